#include "document/documentmanager.h"
#include "format/editortext.h"
#include "language/languageedits.h"
#include "language/language.h"
#include "document/patterndocument.h"
#include "language/patternset.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pb;

namespace {

QString mini() { return test::testDataDir() + QStringLiteral("/languages/mini"); }

// A writable copy of the mini language.
struct Copy
{
    QTemporaryDir dir;
    Copy()
    {
        for (const QString &name : QDir(mini()).entryList({QStringLiteral("*.md")}, QDir::Files))
            QFile::copy(mini() + QLatin1Char('/') + name, dir.filePath(name));
    }
    QString path(const QString &name) const { return dir.filePath(name); }
};

// The copy opened, with a document manager over it and a recovery folder of its own.
struct Session
{
    Copy copy;
    QTemporaryDir recovery;
    PatternSet set;
    std::unique_ptr<DocumentManager> manager;
    Session()
    {
        set.openNow(copy.dir.path());
        manager = std::make_unique<DocumentManager>(&set, recovery.path());
    }
};

// A session that types `line` at the end of `file` and dies without saving: its text is left in
// the recovery folder.
void crashWithUnsavedText(const Copy &copy, const QString &recovery, const QString &file, const QString &line)
{
    PatternSet set;
    set.openNow(copy.dir.path());
    DocumentManager manager(&set, recovery);
    PatternDocument *doc = manager.open(file);
    doc->setBodyEditorText(doc->bodyEditorText() + line);
    manager.writeRecovery();
}

const QByteArray simple = "---\nid: 1\nname: \"One\"\nconfidence: 0\n---\n\n# One\n\nBody text.\n";

} // namespace

class TestDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Editor positions map to exact bytes, whatever the line endings.
    void editorMapping_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("position");
        QTest::addColumn<QString>("inserted");
        QTest::addColumn<QByteArray>("expected");

        QTest::newRow("lf") << QByteArray("ab\ncd\n") << 4 << QStringLiteral("X") << QByteArray("ab\ncXd\n");
        QTest::newRow("crlf-keeps-endings") << QByteArray("ab\r\ncd\r\n") << 4 << QStringLiteral("X") << QByteArray("ab\r\ncXd\r\n");
        QTest::newRow("crlf-new-line-is-crlf") << QByteArray("ab\r\ncd\r\n") << 2 << QStringLiteral("\nnew")
                                              << QByteArray("ab\r\nnew\r\ncd\r\n");
        QTest::newRow("bom-kept") << QByteArray("\xEF\xBB\xBF" "ab") << 1 << QStringLiteral("X") << QByteArray("\xEF\xBB\xBF" "aXb");
        QTest::newRow("multibyte") << QByteArray("é—x") << 2 << QStringLiteral("Y") << QByteArray("é—Yx");
        QTest::newRow("astral-counts-two") << QByteArray("😀z") << 2 << QStringLiteral("Y") << QByteArray("😀Yz");
        QTest::newRow("mixed-endings-untouched") << QByteArray("a\r\nb\nc\r\n") << 3 << QStringLiteral("X")
                                                 << QByteArray("a\r\nbX\nc\r\n");
    }
    void editorMapping()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, position);
        QFETCH(QString, inserted);
        QFETCH(QByteArray, expected);
        PatternDocument doc(QStringLiteral("a.md"), QStringLiteral("a.md"), bytes);
        doc.replaceEditorText(position, 0, inserted);
        QCOMPARE(doc.bytes(), expected);
        QCOMPARE(doc.editorText(), editortext::fromBytes(expected));
        QCOMPARE(editortext::position(expected, editortext::byteOffset(expected, position)), position);
    }

    void editUndoRedoAndModified()
    {
        PatternDocument doc(QStringLiteral("a.md"), QStringLiteral("a.md"), simple);
        QSignalSpy modified(&doc, &PatternDocument::modifiedChanged);
        QVERIFY(!doc.isModified());
        const int at = doc.editorText().indexOf(QLatin1String("text"));
        doc.replaceEditorText(at, 4, QStringLiteral("words"));
        QVERIFY(doc.bytes().contains("Body words."));
        QVERIFY(doc.isModified());
        QCOMPARE(modified.count(), 1);
        doc.undoStack()->undo();
        QCOMPARE(doc.bytes(), simple);
        QVERIFY(!doc.isModified()); // derived from the undo stack's clean state
        QCOMPARE(modified.count(), 2);
        doc.undoStack()->redo();
        QVERIFY(doc.bytes().contains("Body words."));
    }

    void typingMergesUntilALineBreak()
    {
        PatternDocument doc(QStringLiteral("a.md"), QStringLiteral("a.md"), simple);
        int at = int(doc.editorText().size());
        for (const QString &c : {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}) {
            doc.replaceEditorText(at, 0, c);
            ++at;
        }
        QCOMPARE(doc.undoStack()->count(), 1);
        doc.replaceEditorText(at, 0, QStringLiteral("\n"));
        doc.replaceEditorText(at + 1, 0, QStringLiteral("d"));
        QCOMPARE(doc.undoStack()->count(), 3);
        // Typing somewhere else starts a new step.
        doc.replaceEditorText(0, 0, QStringLiteral(""));
        doc.replaceEditorText(5, 0, QStringLiteral("Z"));
        QCOMPARE(doc.undoStack()->count(), 4);
    }

    void fieldEditChangesTitleAndUndoesExactly()
    {
        PatternDocument doc(QStringLiteral("a.md"), QStringLiteral("a.md"), simple);
        QString error;
        QVERIFY(doc.setFields({FieldEdit::set(QStringLiteral("confidence"), 2)}, nullptr, &error));
        QVERIFY(doc.bytes().contains("confidence: 2\n"));
        QVERIFY(doc.bytes().contains("# One **\n"));
        QCOMPARE(doc.pattern().fields.confidence, 2);
        // Changes to one field in a row are one undo step.
        QVERIFY(doc.setFields({FieldEdit::set(QStringLiteral("confidence"), 1)}));
        QCOMPARE(doc.undoStack()->count(), 1);
        doc.undoStack()->undo();
        QCOMPARE(doc.bytes(), simple);
    }

    // Revert puts back what is on disk as one step, which undo takes back in turn; the document
    // is clean after it.
    void revertIsOneUndoableStep()
    {
        PatternDocument doc(QStringLiteral("a.md"), QStringLiteral("a.md"), simple);
        doc.setBodyEditorText(QStringLiteral("\n# One\n\nMine.\n"));
        QVERIFY(doc.setFields({FieldEdit::set(QStringLiteral("confidence"), 2)}));
        const QByteArray mine = doc.bytes();
        QVERIFY(doc.isModified());
        doc.revert();
        QCOMPARE(doc.bytes(), simple);
        QVERIFY(!doc.isModified());
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Revert"));
        doc.undoStack()->undo();
        QCOMPARE(doc.bytes(), mine);
        QVERIFY(doc.isModified());
        doc.undoStack()->redo();
        QCOMPARE(doc.bytes(), simple);
        doc.revert(); // nothing to revert: no step at all
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Revert"));
    }

    void bodyAndRawViewsStayInStep()
    {
        PatternDocument doc(QStringLiteral("a.md"), QStringLiteral("a.md"), test::variant(simple, test::Variant::Crlf));
        QCOMPARE(doc.bodyEditorText(), QStringLiteral("\n# One\n\nBody text.\n"));
        doc.setBodyEditorText(QStringLiteral("\n# One\n\nNew body.\n"));
        QCOMPARE(doc.bytes(), test::variant(QByteArray(simple).replace("Body text.", "New body."), test::Variant::Crlf));
        QVERIFY(doc.setFields({FieldEdit::set(QStringLiteral("id"), 5)}));
        QCOMPARE(doc.bodyEditorText(), QStringLiteral("\n# One\n\nNew body.\n"));
    }

    void saveWritesExactlyTheBytes()
    {
        Copy copy;
        PatternSet set;
        set.openNow(copy.dir.path());
        const QString file = QStringLiteral("003-middle-b.md");
        PatternDocument doc(file, copy.path(file), test::readFile(copy.path(file)));
        QVERIFY(doc.setFields({FieldEdit::set(QStringLiteral("confidence"), 1)}));
        const QByteArray expected = doc.bytes();
        QSignalSpy changed(&doc, &PatternDocument::changed);
        const SaveOutcome outcome = doc.save(set.language());
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(test::readFile(copy.path(file)), expected);
        QVERIFY(!doc.isModified());
        QCOMPARE(changed.last().first().value<DocumentChange>().kind, DocumentChange::Saved);
    }

    void invalidSaveIsRefusedAndLeavesTheFile()
    {
        Copy copy;
        PatternSet set;
        set.openNow(copy.dir.path());
        const QString file = QStringLiteral("003-middle-b.md");
        const QByteArray before = test::readFile(copy.path(file));
        PatternDocument doc(file, copy.path(file), before);
        QVERIFY(doc.setFields({FieldEdit::set(QStringLiteral("id"), 2)})); // 2 is Middle A's
        const SaveOutcome outcome = doc.save(set.language());
        QVERIFY(!outcome.ok);
        QVERIFY(test::codes(outcome.refusedBy).contains(QStringLiteral("duplicate-id")));
        QCOMPARE(test::readFile(copy.path(file)), before);
        QVERIFY(doc.isModified()); // nothing typed is lost
    }

    void failedSaveKeepsTheBufferDirty()
    {
        Copy copy;
        PatternSet set;
        set.openNow(copy.dir.path());
        const QString file = QStringLiteral("004-leaf.md");
        const QByteArray before = test::readFile(copy.path(file));
        PatternDocument doc(file, copy.path(file), before);
        doc.replaceEditorText(int(doc.editorText().size()), 0, QStringLiteral("More.\n"));
        QFile::setPermissions(copy.path(file), QFile::ReadOwner | QFile::ReadGroup);
        const SaveOutcome outcome = doc.save(set.language());
        QVERIFY(!outcome.ok);
        QVERIFY(outcome.error.contains(QLatin1String("read-only")));
        QVERIFY(doc.isModified());
        QCOMPARE(test::readFile(copy.path(file)), before);
    }

    void externalChangeWithoutLocalEditsReloads()
    {
        PatternDocument doc(QStringLiteral("a.md"), QStringLiteral("a.md"), simple);
        const QByteArray theirs = QByteArray(simple).replace("Body text.", "Their text.");
        doc.diskChanged(theirs);
        QCOMPARE(doc.bytes(), theirs);
        QVERIFY(!doc.isModified());
        QVERIFY(!doc.hasConflict());
    }

    void externalChangeWithLocalEditsAsks()
    {
        PatternDocument doc(QStringLiteral("a.md"), QStringLiteral("a.md"), simple);
        doc.replaceEditorText(0, 0, QStringLiteral(""));
        doc.setBodyEditorText(QStringLiteral("\n# One\n\nMy text.\n"));
        const QByteArray mine = doc.bytes();
        const QByteArray theirs = QByteArray(simple).replace("Body text.", "Their text.");
        QSignalSpy changed(&doc, &PatternDocument::changed);
        doc.diskChanged(theirs);
        QVERIFY(doc.hasConflict());
        QCOMPARE(doc.bytes(), mine); // both are kept until the author chooses
        QCOMPARE(doc.theirs(), theirs);
        QCOMPARE(changed.last().first().value<DocumentChange>().kind, DocumentChange::Conflict);

        PatternDocument other(QStringLiteral("a.md"), QStringLiteral("a.md"), simple);
        other.setBodyEditorText(QStringLiteral("\n# One\n\nMy text.\n"));
        other.diskChanged(theirs);
        other.takeTheirs();
        QCOMPARE(other.bytes(), theirs);
        QVERIFY(!other.isModified());

        doc.keepMine();
        QCOMPARE(doc.bytes(), mine);
        QVERIFY(doc.isModified());
        QCOMPARE(doc.diskBytes(), theirs);
    }

    void saveRefusesToOverwriteAnUnnoticedChange()
    {
        Copy copy;
        PatternSet set;
        set.openNow(copy.dir.path());
        const QString file = QStringLiteral("004-leaf.md");
        PatternDocument doc(file, copy.path(file), test::readFile(copy.path(file)));
        doc.replaceEditorText(int(doc.editorText().size()), 0, QStringLiteral("Mine.\n"));
        const QByteArray theirs = test::readFile(copy.path(file)) + "Theirs.\n";
        test::writeFile(copy.path(file), theirs);
        const SaveOutcome outcome = doc.save(set.language());
        QVERIFY(!outcome.ok);
        QVERIFY(doc.hasConflict());
        QCOMPARE(test::readFile(copy.path(file)), theirs);
    }

    void deletedOnDiskKeepsTheBuffer()
    {
        Copy copy;
        PatternSet set;
        set.openNow(copy.dir.path());
        const QString file = QStringLiteral("004-leaf.md");
        const QByteArray bytes = test::readFile(copy.path(file));
        PatternDocument doc(file, copy.path(file), bytes);
        QFile::remove(copy.path(file));
        doc.diskDeleted();
        QVERIFY(doc.isDeletedOnDisk());
        QCOMPARE(doc.bytes(), bytes);
        QVERIFY(doc.isModified());
        QVERIFY(doc.save(set.language()).ok); // writing it again brings it back
        QCOMPARE(test::readFile(copy.path(file)), bytes);
    }

    void notUtf8IsShownNotEdited()
    {
        PatternDocument doc(QStringLiteral("a.md"), QStringLiteral("a.md"), "---\nid: 1\nname: \"Caf\xe9\"\n---\n");
        QVERIFY(!doc.isEditable());
        doc.replaceEditorText(0, 0, QStringLiteral("x"));
        QVERIFY(!doc.isModified());
    }

    void recoveryRoundTrip()
    {
        QTemporaryDir folder;
        RecoveryStore store(folder.path());
        QVERIFY(store.store({QStringLiteral("/lang/a.md"), "unsaved", "disk", QDateTime::currentDateTimeUtc()}));
        QVERIFY(store.store({QStringLiteral("/lang/b.md"), "other", "disk", QDateTime::currentDateTimeUtc()}));
        QCOMPARE(store.entries().size(), 2);
        QVERIFY(store.store({QStringLiteral("/lang/a.md"), "newer", "disk", QDateTime::currentDateTimeUtc()}));
        QCOMPARE(store.entries().size(), 2);
        store.remove(QStringLiteral("/lang/b.md"));
        const QList<RecoveryStore::Entry> left = store.entries();
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().bytes, QByteArray("newer"));
    }

    // After a crash: the unsaved text is there, offered back, and restored as a modified buffer.
    void managerRecoversAfterACrash()
    {
        Copy copy;
        QTemporaryDir recovery;
        const QString file = QStringLiteral("002-middle-a.md");
        const QByteArray disk = test::readFile(copy.path(file));
        crashWithUnsavedText(copy, recovery.path(), file, QStringLiteral("\nUnsaved line.\n"));
        QCOMPARE(test::readFile(copy.path(file)), disk);
        PatternSet set;
        set.openNow(copy.dir.path());
        DocumentManager manager(&set, recovery.path());
        const QList<RecoveryStore::Entry> entries = manager.recoverable();
        QCOMPARE(entries.size(), 1);
        PatternDocument *doc = manager.restore(entries.first());
        QVERIFY(doc->bytes().contains("Unsaved line."));
        QVERIFY(doc->isModified());
        doc->undoStack()->undo();
        QCOMPARE(doc->bytes(), disk);
        // A saved document leaves nothing to recover.
        doc->undoStack()->redo();
        QVERIFY(manager.save(doc).ok);
        QVERIFY(manager.recoverable().isEmpty());
    }

    void managerSharesWorkingCopiesAndWatchesFiles()
    {
        Session session;
        Copy &copy = session.copy;
        PatternSet &set = session.set;
        DocumentManager &manager = *session.manager;
        PatternDocument *doc = manager.open(QStringLiteral("004-leaf.md"));
        QVERIFY(doc->setFields({FieldEdit::set(QStringLiteral("name"), QStringLiteral("Leaves"))}));
        // The language follows the unsaved text (the list, the graph, validation see it).
        QTRY_COMPARE(set.language().patternById(4)->fields.name, QStringLiteral("Leaves"));
        // The graph and the diagnostics follow from a worker (LanguageChange::Analysed).
        QTRY_VERIFY(test::codes(set.diagnostics()).contains(QStringLiteral("stale-reference")));

        // Our own save is not mistaken for someone else's change: once the watcher's report of it is
        // handled, there is no conflict.
        QSignalSpy checked(&manager, &DocumentManager::diskChecked);
        QVERIFY(manager.save(doc).ok);
        QVERIFY(checked.wait(5000));
        QVERIFY(!doc->hasConflict());
        QVERIFY(!doc->isModified());

        // Someone else changes a file that is not open: the language reloads it.
        QByteArray bytes = test::readFile(copy.path(QStringLiteral("003-middle-b.md")));
        test::writeFile(copy.path(QStringLiteral("003-middle-b.md")), bytes.replace("Middle B", "Middle Bee"));
        QTRY_COMPARE_WITH_TIMEOUT(set.language().patternById(3)->fields.name, QStringLiteral("Middle Bee"), 5000);

        // ... and one that is open and edited: a conflict, nothing lost.
        doc->setBodyEditorText(doc->bodyEditorText() + QStringLiteral("\nMine.\n"));
        test::writeFile(copy.path(QStringLiteral("004-leaf.md")), test::readFile(copy.path(QStringLiteral("004-leaf.md"))) + "Theirs.\n");
        QTRY_VERIFY_WITH_TIMEOUT(doc->hasConflict(), 5000);
        QVERIFY(doc->bytes().contains("Mine."));

        // A new file joins the language; a deleted one leaves it.
        test::writeFile(copy.path(QStringLiteral("009-new.md")), "---\nid: 9\nname: \"New\"\nconfidence: 0\n---\n");
        QTRY_VERIFY_WITH_TIMEOUT(set.language().patternById(9), 5000);
        QFile::remove(copy.path(QStringLiteral("009-new.md")));
        QTRY_VERIFY_WITH_TIMEOUT(!set.language().patternById(9), 5000);
    }

    void closingWithoutSavingRestoresTheLanguage()
    {
        Session session;
        PatternSet &set = session.set;
        DocumentManager &manager = *session.manager;
        PatternDocument *doc = manager.open(QStringLiteral("004-leaf.md"));
        QVERIFY(doc->setFields({FieldEdit::set(QStringLiteral("name"), QStringLiteral("Leaves"))}));
        QTRY_COMPARE(set.language().patternById(4)->fields.name, QStringLiteral("Leaves"));
        manager.close(QStringLiteral("004-leaf.md"));
        QCOMPARE(set.language().patternById(4)->fields.name, QStringLiteral("Leaf"));
        QVERIFY(!manager.document(QStringLiteral("004-leaf.md")));
    }

    // Take Theirs lets nothing go for good: Undo brings the text back, and a copy is kept.
    void takeTheirsKeepsMineOnTheUndoStackAndInTheRecoveryStore()
    {
        Session session;
        Copy &copy = session.copy;
        DocumentManager &manager = *session.manager;
        const QString file = QStringLiteral("004-leaf.md");
        PatternDocument *doc = manager.open(file);
        doc->setBodyEditorText(doc->bodyEditorText() + QStringLiteral("\nMy long paragraph.\n"));
        const QByteArray mine = doc->bytes();
        const QByteArray theirs = test::readFile(copy.path(file)) + "Theirs.\n";
        doc->diskChanged(theirs);
        QVERIFY(doc->hasConflict());
        doc->takeTheirs();
        QCOMPARE(doc->bytes(), theirs);
        QVERIFY(!doc->isModified());
        const QList<RecoveryStore::Entry> kept = manager.recovery().discarded();
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.first().bytes, mine);
        QCOMPARE(kept.first().path, QDir::cleanPath(copy.path(file)));
        QVERIFY(manager.recoverable().isEmpty()); // never offered as a crash's text
        doc->undoStack()->undo();
        QCOMPARE(doc->bytes(), mine);
        QVERIFY(doc->isModified());
        QCOMPARE(doc->diskBytes(), theirs); // saving now writes over theirs knowingly
    }

    // Typed, killed, another program appends a line, restarted, restored: their line is not
    // overwritten. The recovered text raises the conflict a change on disk raises.
    void restoredTextConflictsWithWhatTheDiskHoldsNow()
    {
        Copy copy;
        QTemporaryDir recovery;
        const QString file = QStringLiteral("002-middle-a.md");
        crashWithUnsavedText(copy, recovery.path(), file, QStringLiteral("\nUnsaved line.\n"));
        const QByteArray theirs = test::readFile(copy.path(file)) + "Their appended line.\n";
        test::writeFile(copy.path(file), theirs);
        PatternSet set;
        set.openNow(copy.dir.path());
        DocumentManager manager(&set, recovery.path());
        const QList<RecoveryStore::Entry> entries = manager.recoverable();
        QCOMPARE(entries.size(), 1);
        PatternDocument *doc = manager.restore(entries.first());
        QVERIFY(doc->bytes().contains("Unsaved line."));
        QVERIFY(doc->hasConflict());
        QCOMPARE(doc->theirs(), theirs);
        const SaveOutcome refused = manager.save(doc);
        QVERIFY(!refused.ok);
        QCOMPARE(test::readFile(copy.path(file)), theirs);
        // Keep Mine is a choice made knowing theirs is there.
        doc->keepMine();
        QVERIFY(manager.save(doc).ok);
        QVERIFY(test::readFile(copy.path(file)).contains("Unsaved line."));
    }

    // A step across files applies whole or not at all, and Undo and Redo name every file that
    // stands in the way instead of skipping it silently.
    void stepsAcrossFilesAreAllOrNothing()
    {
        Session session;
        Copy &copy = session.copy;
        DocumentManager &manager = *session.manager;
        QList<FileEdit> edits;
        for (const QString &name : {QStringLiteral("002-middle-a.md"), QStringLiteral("003-middle-b.md")}) {
            const QByteArray before = test::readFile(copy.path(name));
            edits << FileEdit{name, before, QByteArray(before).replace("**Root Pattern (1)**", "**The Root (1)**"), 1, {}};
        }
        // One file changed since the step was computed: nothing is written.
        const QByteArray changedB = edits.at(1).before + "Theirs.\n";
        test::writeFile(copy.path(edits.at(1).fileName), changedB);
        DocumentManager::ApplyOutcome outcome = manager.applyFileEdits(edits, QStringLiteral("Rename"));
        QCOMPARE(outcome.written, QStringList());
        QCOMPARE(outcome.failed, QStringList{QStringLiteral("003-middle-b.md: it changed on disk since")});
        QCOMPARE(test::readFile(copy.path(edits.at(0).fileName)), edits.at(0).before);
        QCOMPARE(manager.fileEdits()->count(), 0);

        test::writeFile(copy.path(edits.at(1).fileName), edits.at(1).before);
        outcome = manager.applyFileEdits(edits, QStringLiteral("Rename"));
        QCOMPARE(outcome.written.size(), 2);
        QVERIFY(outcome.failed.isEmpty());

        // Changed on disk since: Undo refuses, names the file, and the stack stays where it is.
        test::writeFile(copy.path(edits.at(0).fileName), edits.at(0).after + "Later.\n");
        outcome = manager.undoFileEdits();
        QCOMPARE(outcome.failed, QStringList{QStringLiteral("002-middle-a.md: it changed on disk since")});
        QCOMPARE(manager.fileEdits()->index(), 1);
        QCOMPARE(test::readFile(copy.path(edits.at(1).fileName)), edits.at(1).after);

        test::writeFile(copy.path(edits.at(0).fileName), edits.at(0).after);
        outcome = manager.undoFileEdits();
        QCOMPARE(outcome.written.size(), 2);
        QCOMPARE(manager.fileEdits()->index(), 0);
        QCOMPARE(test::readFile(copy.path(edits.at(0).fileName)), edits.at(0).before);
    }

    // Redo of a renumbering after the id went away (a checkout): refused, not written half.
    void redoRefusesToPointAtIdsNoPatternHas()
    {
        Session session;
        Copy &copy = session.copy;
        PatternSet &set = session.set;
        DocumentManager &manager = *session.manager;
        // Pattern 4 became 40; the others follow.
        const QString leaf = QStringLiteral("004-leaf.md");
        test::writeFile(copy.path(leaf), test::readFile(copy.path(leaf)).replace("id: 4\n", "id: 40\n"));
        set.openNow(copy.dir.path());
        QList<FileEdit> edits;
        for (const QString &name : {QStringLiteral("002-middle-a.md"), QStringLiteral("003-middle-b.md")}) {
            const QByteArray before = test::readFile(copy.path(name));
            edits << FileEdit{name, before,
                              QByteArray(before).replace("completion_patterns: [4]", "completion_patterns: [40]").replace("**Leaf (4)**", "**Leaf (40)**"),
                              2, {}};
        }
        QVERIFY(manager.applyFileEdits(edits, QStringLiteral("Renumber 4 to 40")).failed.isEmpty());
        // Undone while 40 is still the leaf's id, the links would point at 4, which no pattern has.
        QCOMPARE(manager.undoFileEdits().failed.size(), 2);
        QCOMPARE(manager.fileEdits()->index(), 1);
        // The leaf is 4 again (its own undo, or a checkout): now the step undoes.
        test::writeFile(copy.path(leaf), test::readFile(copy.path(leaf)).replace("id: 40\n", "id: 4\n"));
        set.openNow(copy.dir.path());
        QVERIFY(manager.undoFileEdits().failed.isEmpty());
        QCOMPARE(test::readFile(copy.path(QStringLiteral("002-middle-a.md"))), edits.at(0).before);
        // Redone now, it would point at 40, which no pattern has.
        const DocumentManager::ApplyOutcome outcome = manager.redoFileEdits();
        QCOMPARE(outcome.written, QStringList());
        QCOMPARE(outcome.failed, (QStringList{QStringLiteral("002-middle-a.md: it would point at 40, which no pattern has now"),
                                             QStringLiteral("003-middle-b.md: it would point at 40, which no pattern has now")}));
        QCOMPARE(test::readFile(copy.path(QStringLiteral("002-middle-a.md"))), edits.at(0).before);
        QVERIFY(manager.fileEdits()->canRedo());
    }
};

QTEST_GUILESS_MAIN(TestDocument)
#include "tst_document.moc"
