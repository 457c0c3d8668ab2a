// Saving under faults: a full disk, a file deleted and made again behind the app's back, a branch
// checked out and back, hard links and other owners. Whatever happens, no word is lost: the file
// on disk stays whole, and the unsaved text, its undo steps and its recovery copy stay too.

#include "document/documentmanager.h"
#include "language/language.h"
#include "document/patterndocument.h"
#include "language/patternset.h"
#include "format/savefile.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace pb;

namespace {

QString mini()
{
    return test::testDataDir() + QStringLiteral("/languages/mini");
}

// A writable copy of the mini language, in a folder of its own inside a temporary one, so that
// the language folder itself can be deleted and made again.
struct Copy
{
    QTemporaryDir root;
    QString folder;
    Copy() : folder(root.filePath(QStringLiteral("language")))
    {
        QDir().mkpath(folder);
        for (const QString &name : QDir(mini()).entryList({QStringLiteral("*.md")}, QDir::Files))
            QFile::copy(mini() + QLatin1Char('/') + name, path(name));
    }
    QString path(const QString &name) const { return folder + QLatin1Char('/') + name; }
    QStringList files() const { return QDir(folder).entryList(QDir::Files | QDir::Hidden); }
};

struct stat statOf(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        qFatal("cannot stat %s", qPrintable(path));
    return st;
}

} // namespace

class TestFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // A write that fails part-way (here EFBIG, as ENOSPC on a full disk) must not be taken for a
    // save: the old file stays whole, and the text, its undo steps and its recovery copy stay.
    void aFullDiskLosesNothing()
    {
        Copy copy;
        QTemporaryDir recovery;
        PatternSet set;
        set.openNow(copy.folder);
        DocumentManager manager(&set, recovery.path());
        const QString file = QStringLiteral("002-middle-a.md");
        const QByteArray disk = test::readFile(copy.path(file));
        const QStringList filesBefore = copy.files();

        PatternDocument *doc = manager.open(file);
        doc->setBodyEditorText(doc->bodyEditorText() + QStringLiteral("\nWritten just before the disk filled up.\n"));
        manager.writeRecovery();
        const QByteArray mine = doc->bytes();
        const int steps = doc->undoStack()->count();
        QSignalSpy changedOnDisk(&manager, &DocumentManager::fileChangedOnDisk);

        SaveOutcome outcome;
        {
            test::FileSizeLimit full(64);
            outcome = manager.save(doc);
        }
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.error.contains(QLatin1String("File too large")), qPrintable(outcome.error));
        QCOMPARE(test::readFile(copy.path(file)), disk);
        QCOMPARE(copy.files(), filesBefore); // no temporary file left behind
        QCOMPARE(doc->bytes(), mine);
        QVERIFY(doc->isModified());
        QCOMPARE(doc->undoStack()->count(), steps);
        QVERIFY(doc->undoStack()->canUndo());
        // Nothing on disk changed, so the watcher has nothing to reload.
        QVERIFY(!changedOnDisk.wait(600));
        QCOMPARE(doc->bytes(), mine);
        const QList<RecoveryStore::Entry> recoverable = manager.recoverable();
        QCOMPARE(recoverable.size(), 1);
        QCOMPARE(recoverable.first().bytes, mine);

        // With room again, the same save goes through.
        QVERIFY(manager.save(doc).ok);
        QCOMPARE(test::readFile(copy.path(file)), mine);
    }

    void aFullDiskFailsTheRecoveryCopyLoudly()
    {
        QTemporaryDir folder;
        RecoveryStore store(folder.path());
        QString error;
        {
            test::FileSizeLimit full(16);
            QVERIFY(!store.store(
                {QStringLiteral("/lang/a.md"), QByteArray(4096, 'x'), "disk", QDateTime::currentDateTimeUtc()},
                &error));
        }
        QVERIFY2(error.contains(QLatin1String("File too large")), qPrintable(error));
        QVERIFY(store.entries().isEmpty());
    }

    // The file was deleted while edited, then someone made it again: saving must not write over
    // their new file without a word.
    void aFileMadeAgainAfterDeletionIsAConflictOnSave()
    {
        Copy copy;
        PatternSet set;
        set.openNow(copy.folder);
        const QString file = QStringLiteral("004-leaf.md");
        PatternDocument doc(file, copy.path(file), test::readFile(copy.path(file)));
        doc.replaceEditorText(int(doc.editorText().size()), 0, QStringLiteral("Mine.\n"));
        QFile::remove(copy.path(file));
        doc.diskDeleted();
        const QByteArray theirs = "---\nid: 4\nname: \"Leaf\"\nconfidence: 0\n---\n\n# Leaf\n\nTheirs, new.\n";
        test::writeFile(copy.path(file), theirs);

        const SaveOutcome outcome = doc.save(set.language());
        QVERIFY(!outcome.ok);
        QVERIFY(doc.hasConflict());
        QCOMPARE(doc.theirs(), theirs);
        QCOMPARE(test::readFile(copy.path(file)), theirs);
        QVERIFY(doc.bytes().contains("Mine."));
    }

    void theWatcherNoticesAFileMadeAgain_data()
    {
        QTest::addColumn<bool>("wholeFolder");
        QTest::newRow("the file") << false;
        QTest::newRow("its whole folder") << true;
    }

    void theWatcherNoticesAFileMadeAgain()
    {
        QFETCH(bool, wholeFolder);
        Copy copy;
        QTemporaryDir recovery;
        PatternSet set;
        set.openNow(copy.folder);
        DocumentManager manager(&set, recovery.path());
        const QString file = QStringLiteral("004-leaf.md");
        const QByteArray disk = test::readFile(copy.path(file));
        PatternDocument *doc = manager.open(file);
        doc->setBodyEditorText(doc->bodyEditorText() + QStringLiteral("\nMine.\n"));

        if (wholeFolder)
            QVERIFY(QDir(copy.folder).removeRecursively());
        else
            QVERIFY(QFile::remove(copy.path(file)));
        QTRY_VERIFY_WITH_TIMEOUT(doc->isDeletedOnDisk(), 5000);

        QDir().mkpath(copy.folder);
        const QByteArray theirs = QByteArray(disk).replace("# Leaf", "# Leaf\n\nTheirs.");
        test::writeFile(copy.path(file), theirs);
        QTRY_VERIFY_WITH_TIMEOUT(doc->hasConflict(), 5000);
        QVERIFY(!doc->isDeletedOnDisk());
        QCOMPARE(doc->theirs(), theirs);
        QVERIFY(doc->bytes().contains("Mine."));
        QVERIFY(!manager.save(doc).ok);
        QCOMPARE(test::readFile(copy.path(file)), theirs);
    }

    // A branch checked out and then the original checked out again: the disk is back to what the
    // document was based on, so there is nothing left to choose.
    void aConflictEndsWhenTheDiskGoesBack()
    {
        Copy copy;
        QTemporaryDir recovery;
        PatternSet set;
        set.openNow(copy.folder);
        DocumentManager manager(&set, recovery.path());
        const QString file = QStringLiteral("004-leaf.md");
        const QByteArray original = test::readFile(copy.path(file));
        PatternDocument *doc = manager.open(file);
        doc->setBodyEditorText(doc->bodyEditorText() + QStringLiteral("\nMine.\n"));
        const QByteArray mine = doc->bytes();

        test::writeFile(copy.path(file), original + "Their branch.\n");
        QTRY_VERIFY_WITH_TIMEOUT(doc->hasConflict(), 5000);
        QSignalSpy changed(doc, &PatternDocument::changed);
        test::writeFile(copy.path(file), original);
        QTRY_VERIFY_WITH_TIMEOUT(!doc->hasConflict(), 5000);
        QCOMPARE(doc->bytes(), mine);
        QVERIFY(doc->isModified());
        QCOMPARE(doc->diskBytes(), original);
        bool resolved = false;
        for (const QList<QVariant> &args : std::as_const(changed))
            resolved |= args.first().value<DocumentChange>().kind == DocumentChange::ConflictResolved;
        QVERIFY(resolved);
        QVERIFY(manager.save(doc).ok);
        QCOMPARE(test::readFile(copy.path(file)), mine);
    }

    void aHardLinkStaysLinked()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("001-a.md"));
        const QString link = dir.filePath(QStringLiteral("linked.md"));
        test::writeFile(path, "old bytes\n");
        QVERIFY(::link(QFile::encodeName(path).constData(), QFile::encodeName(link).constData()) == 0);
        const SaveResult saved = saveFileAtomically(path, "new bytes, longer than the old\n");
        QVERIFY2(saved.ok, qPrintable(saved.error));
        QCOMPARE(test::readFile(path), QByteArray("new bytes, longer than the old\n"));
        QCOMPARE(test::readFile(link), QByteArray("new bytes, longer than the old\n"));
        QCOMPARE(statOf(path).st_ino, statOf(link).st_ino);
        // Shorter: no stale tail.
        QVERIFY(saveFileAtomically(path, "short\n").ok);
        QCOMPARE(test::readFile(link), QByteArray("short\n"));
    }

    void aHardLinkOnAFullDiskStaysWhole()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("001-a.md"));
        const QString link = dir.filePath(QStringLiteral("linked.md"));
        test::writeFile(path, "old bytes\n");
        QVERIFY(::link(QFile::encodeName(path).constData(), QFile::encodeName(link).constData()) == 0);
        SaveResult saved;
        {
            test::FileSizeLimit full(16);
            saved = saveFileAtomically(path, QByteArray(4096, 'n'));
        }
        QVERIFY(!saved.ok);
        QVERIFY2(saved.error.contains(QLatin1String("File too large")), qPrintable(saved.error));
        QCOMPARE(test::readFile(path), QByteArray("old bytes\n"));
    }

    void ownerAndPermissionsAreKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("001-a.md"));
        test::writeFile(path, "old\n");
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0640) == 0);
        const bool root = ::geteuid() == 0;
        if (root)
            QVERIFY(::chown(QFile::encodeName(path).constData(), 4321, 4322) == 0);
        QVERIFY(saveFileAtomically(path, "new\n").ok);
        const struct stat st = statOf(path);
        QCOMPARE(st.st_mode & 07777, mode_t(0640));
        if (!root)
            QSKIP("changing a file's owner needs root; the permissions were checked");
        QCOMPARE(st.st_uid, uid_t(4321));
        QCOMPARE(st.st_gid, gid_t(4322));
    }
};

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
