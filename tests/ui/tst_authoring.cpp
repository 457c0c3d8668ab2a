// Authoring you can trust, through the real widgets: undo that never lies, banners that go when
// their reason goes, renames that respect prose and change files (not tabs), and one-sided links
// fixed many at once.

#include "actions.h"
#include "changesdialog.h"
#include "deletepatterndialog.h"
#include "itemmodels/diagnosticlistmodel.h"
#include "diagnosticspanel.h"
#include "documenteditor.h"
#include "document/documentmanager.h"
#include "editcontroller.h"
#include "editorarea.h"
#include "frontmatterform.h"
#include "mainwindow.h"
#include "markdowneditor.h"
#include "document/patterndocument.h"
#include "patternlistpanel.h"
#include "language/patternset.h"
#include "readingpane.h"
#include "recoverydialog.h"
#include "document/recoverystore.h"
#include "testsupport.h"
#include "format/textdiff.h"
#include "webtestsupport.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>

using namespace pb;
using namespace pb::ui;

class TestAuthoring : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_copy;
    std::unique_ptr<MainWindow> m_window;

    PatternSet *set() const { return m_window->patternSet(); }
    EditController *editing() const { return m_window->editing(); }
    QString path(const QString &name) const { return m_copy->filePath(name); }

    // A fresh window on a writable copy of the mini language, changed by `changes` (file, from, to).
    void open(const QList<std::tuple<QString, QByteArray, QByteArray>> &changes = {})
    {
        m_window.reset();
        m_copy = std::make_unique<QTemporaryDir>();
        const QString mini = test::testDataDir() + QStringLiteral("/languages/mini");
        for (const QString &name : QDir(mini).entryList({QStringLiteral("*.md")}, QDir::Files))
            QFile::copy(mini + QLatin1Char('/') + name, m_copy->filePath(name));
        for (const auto &[file, from, to] : changes) {
            QFile::setPermissions(path(file), QFile::ReadOwner | QFile::WriteOwner);
            test::writeFile(path(file), test::readFile(path(file)).replace(from, to));
        }
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1500, 950);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get())); // the X server maps it: a state, no signal to wait on
        QApplication::setActiveWindow(m_window.get());
        QSignalSpy changed(set(), &PatternSet::languageChanged);
        m_window->openPath(m_copy->path());
        QVERIFY(changed.wait(10000));
    }

    DocumentEditor *edit(const QString &file)
    {
        set()->setCurrent(file);
        return editing()->edit(file);
    }

    // Answers the next modal dialog, as the user would.
    void answerNextDialog(std::function<void(QWidget *)> answer)
    {
        QTimer::singleShot(0, this, [answer] {
            QWidget *dialog = nullptr;
            if (QTest::qWaitFor([&] { return (dialog = QApplication::activeModalWidget()) != nullptr; }, 5000)) // a condition, polled
                answer(dialog);
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PatternbookTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_authoring"));
        RecoveryStore().clear();
    }

    void cleanup()
    {
        if (m_window) {
            for (PatternDocument *d : editing()->documents()->documents())
                editing()->documents()->close(d->fileName());
        }
        m_window.reset();
        m_copy.reset();
    }

    // Ctrl+Z in a field undoes on the pattern's one stack: the text, the Edit menu and Redo agree.
    void undoInAFieldGoesThroughTheOneStack()
    {
        open();
        DocumentEditor *editor = edit(QStringLiteral("004-leaf.md"));
        QVERIFY(editor);
        PatternDocument *doc = editor->document();
        const QByteArray original = doc->bytes();
        auto *name = qobject_cast<QLineEdit *>(editor->form()->field(QStringLiteral("name")));
        name->setFocus();
        name->end(false);
        QTest::keyClicks(name, QStringLiteral("Foo"));
        QCOMPARE(doc->pattern().fields.name, QStringLiteral("LeafFoo"));
        QVERIFY(m_window->actions()->undo->text().contains(QLatin1String("name")));
        QTest::keySequence(name, QKeySequence::Undo);
        QCOMPARE(doc->bytes(), original);
        QCOMPARE(name->text(), QStringLiteral("Leaf"));
        QVERIFY(!doc->undoStack()->canUndo());
        QVERIFY(doc->undoStack()->canRedo());
        QVERIFY(m_window->actions()->redo->isEnabled());
        QVERIFY(m_window->actions()->redo->text().contains(QLatin1String("name")));
        QTest::keySequence(name, QKeySequence::Redo);
        QCOMPARE(name->text(), QStringLiteral("LeafFoo"));
        QCOMPARE(doc->pattern().fields.name, QStringLiteral("LeafFoo"));
        // Undo, again and again, only ever walks the one stack: it never flips back and forth.
        QTest::keySequence(name, QKeySequence::Undo);
        QTest::keySequence(name, QKeySequence::Undo);
        QTest::keySequence(name, QKeySequence::Undo);
        QCOMPARE(doc->bytes(), original);
        QCOMPARE(name->text(), QStringLiteral("Leaf"));
    }

    // Deleting a pattern whose id has an unsaved change lists who refers to the id on disk.
    void deleteListsTheReferrersOfTheFileOnDisk()
    {
        open();
        DocumentEditor *editor = edit(QStringLiteral("004-leaf.md"));
        QVERIFY(editor);
        QVERIFY(editor->document()->setFields({FieldEdit::set(QStringLiteral("id"), 2)})); // unsaved: now 2, like Middle A
        QTRY_COMPARE(set()->language().pattern(set()->language().indexOfFile(QStringLiteral("004-leaf.md"))).fields.id, 2);
        DeletePatternDialog dialog(set()->language(), editing()->documents(), QStringLiteral("004-leaf.md"), m_window.get());
        QCOMPARE(dialog.referredId(), 4);
        // Middle A and Middle B list 4; the root lists 2, and must not be named.
        QVERIFY2(dialog.detailedText().contains(QLatin1String("002-middle-a.md")), qPrintable(dialog.detailedText()));
        QVERIFY(dialog.detailedText().contains(QLatin1String("003-middle-b.md")));
        QVERIFY(!dialog.detailedText().contains(QLatin1String("001-root-pattern.md")));
        QVERIFY(dialog.informativeText().contains(QLatin1String("unsaved")));
    }

    // Delete moves the file away and closes its editor; the language forgets it.
    void deleteRemovesTheFile()
    {
        open();
        QVERIFY(edit(QStringLiteral("004-leaf.md")));
        answerNextDialog([](QWidget *dialog) {
            auto *box = qobject_cast<QMessageBox *>(dialog);
            for (QAbstractButton *b : box->buttons()) {
                if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                    b->click();
            }
        });
        m_window->actions()->deletePattern->trigger();
        QTRY_VERIFY(!QFile::exists(path(QStringLiteral("004-leaf.md"))));
        QVERIFY(!set()->language().patternById(4));
        QVERIFY(!editing()->documents()->document(QStringLiteral("004-leaf.md")));
    }

    // The "Not saved" reason goes when its text goes: reverted, reloaded, or in conflict.
    void aRefusedSaveBannerGoesWithItsReason()
    {
        open();
        DocumentEditor *editor = edit(QStringLiteral("004-leaf.md"));
        QVERIFY(editor);
        PatternDocument *doc = editor->document();
        QVERIFY(doc->setFields({FieldEdit::set(QStringLiteral("id"), 2)})); // a duplicate id: refused
        m_window->actions()->save->trigger();
        QVERIFY(editor->barText().contains(QLatin1String("Not saved")));
        m_window->actions()->revert->trigger();
        QVERIFY(!doc->isModified());
        QVERIFY(!editor->barText().contains(QLatin1String("Not saved")));

        // Refused again, then the file changes on disk: the conflict bar tells of the conflict only.
        QVERIFY(doc->setFields({FieldEdit::set(QStringLiteral("id"), 2)}));
        m_window->actions()->save->trigger();
        QVERIFY(editor->barText().contains(QLatin1String("Not saved")));
        test::writeFile(path(QStringLiteral("004-leaf.md")), test::readFile(path(QStringLiteral("004-leaf.md"))) + "Theirs.\n");
        QTRY_VERIFY_WITH_TIMEOUT(doc->hasConflict(), 5000);
        QVERIFY(editor->barText().contains(QLatin1String("changed on disk")));
        QVERIFY2(!editor->barText().contains(QLatin1String("Not saved")), qPrintable(editor->barText()));
        doc->takeTheirs();
        // What is left says how to get the text back, and nothing of the conflict or the refusal.
        QCOMPARE(editor->barText(), QStringLiteral("Their version is shown. Undo brings your text back; a copy of it is kept "
                                                   "in the recovery folder too."));
        doc->undoStack()->undo();
        QVERIFY(doc->isModified());
        QVERIFY(doc->bytes().contains("id: 2\n"));
    }

    // A rename changes the files that wrote the old name exactly, on disk and as one step to
    // undo; no editor opens for them and the current pattern stays. Inflected and older names are
    // listed and left alone unless ticked.
    void renameRespectsProseAndChangesFiles()
    {
        open({{QStringLiteral("004-leaf.md"), QByteArray("# Leaf *\n\n"),
               QByteArray("# Leaf *\n\nBuilt on **Middle As (2)**, and on the older **Middle Part (2)**.\n\n")}});
        DocumentEditor *editor = edit(QStringLiteral("002-middle-a.md"));
        QVERIFY(editor);
        const QByteArray root = test::readFile(path(QStringLiteral("001-root-pattern.md")));
        const QByteArray leaf = test::readFile(path(QStringLiteral("004-leaf.md")));
        QVERIFY(editor->document()->setFields({FieldEdit::set(QStringLiteral("name"), QStringLiteral("Middle Alpha"))}));
        QStringList others;
        QString firstExcerpt;
        answerNextDialog([&](QWidget *dialog) {
            auto *changes = qobject_cast<ChangesDialog *>(dialog);
            for (int i = 0; i < changes->others()->count(); ++i)
                others << changes->others()->item(i)->text();
            firstExcerpt = changes->detail()->toPlainText();
            changes->accept();
        });
        m_window->actions()->save->trigger();
        QCOMPARE(others.size(), 2);
        QVERIFY(others.first().contains(QLatin1String("Built on **Middle As (2)**")));
        // What each would become, beside what it is.
        QVERIFY2(others.first().contains(QStringLiteral("“Middle As” → “Middle Alpha”")), qPrintable(others.first()));
        // Old and new text side by side: the line as it is, then as it will be.
        QVERIFY2(firstExcerpt.contains(QLatin1String("Now")) && firstExcerpt.contains(QLatin1String("After the change")),
                 qPrintable(firstExcerpt));
        QVERIFY2(firstExcerpt.contains(QLatin1String("**Middle A (2)**")) && firstExcerpt.contains(QLatin1String("**Middle Alpha (2)**")),
                 qPrintable(firstExcerpt));
        // Files changed, no new tabs, the current pattern kept.
        QCOMPARE(editing()->area()->count(), 1);
        QCOMPARE(set()->current(), QStringLiteral("002-middle-a.md"));
        const QByteArray rootAfter = test::readFile(path(QStringLiteral("001-root-pattern.md")));
        QVERIFY(rootAfter.contains("**Middle Alpha (2)**"));
        const QByteArray leafAfter = test::readFile(path(QStringLiteral("004-leaf.md")));
        QVERIFY(leafAfter.contains("it completes **Middle Alpha (2)** and"));
        QVERIFY(leafAfter.contains("**Middle As (2)**"));
        QVERIFY(leafAfter.contains("**Middle Part (2)**"));
        // One step takes them all back.
        QVERIFY(m_window->actions()->undoAcrossFiles->isEnabled());
        QVERIFY(m_window->actions()->undoAcrossFiles->text().contains(QLatin1String("Middle Alpha")));
        m_window->actions()->undoAcrossFiles->trigger();
        QCOMPARE(test::readFile(path(QStringLiteral("001-root-pattern.md"))), root);
        QCOMPARE(test::readFile(path(QStringLiteral("004-leaf.md"))), leaf);
        m_window->actions()->redoAcrossFiles->trigger();
        QCOMPARE(test::readFile(path(QStringLiteral("001-root-pattern.md"))), rootAfter);
    }

    // The changes dialog shows each changed line around its change, however long the line.
    void changedWordsAreShownInLongLines()
    {
        const QByteArray before = "_" + QByteArray(300, 'x') + " delivering in **Thin Slice Delivery (17)** and more " + QByteArray(200, 'y') + "_\n";
        QByteArray after = before;
        after.replace("Thin Slice Delivery", "Thin Slice Delivery Revised");
        QStringList excerpts;
        for (const ChangedLine &line : pb::changedLines(before, after))
            excerpts << markedChange(line.before, line.after, 48);
        QCOMPARE(excerpts.size(), 1);
        QVERIFY2(QRegularExpression(QStringLiteral("\\*\\*Thin Slice Delivery ?\\{\\+ ?Revised ?\\+\\} ?\\(17\\)\\*\\*")).match(excerpts.first()).hasMatch(),
                 qPrintable(excerpts.first()));
        QVERIFY(excerpts.first().size() < 200);
    }

    // Many one-sided links fixed at once from the panel: the changes listed first, then written,
    // one step to undo, no editor opened.
    void manyLinksFixedAtOnce()
    {
        open({{QStringLiteral("004-leaf.md"), QByteArray("context_patterns: [2, 3]"), QByteArray("context_patterns: []")}});
        m_window->showDiagnostics(true);
        DiagnosticsPanel *panel = m_window->diagnosticsPanel();
        QTRY_VERIFY(panel->diagnosticsOfKind(Code::UnmirroredLink).size() == 2);
        // Both selected.
        int first = -1;
        for (int row = 0; row < panel->model()->rowCount(); ++row) {
            if (panel->model()->diagnostic(row).code != Code::UnmirroredLink)
                continue;
            panel->view()->selectionModel()->select(panel->model()->index(row, 0),
                                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
            if (first < 0)
                first = row;
        }
        QCOMPARE(panel->selectedDiagnostics().size(), 2);
        QMenu *menu = panel->contextMenu(first);
        QAction *fixSelected = menu->findChild<QAction *>(QStringLiteral("fixSelected"));
        QAction *fixAll = menu->findChild<QAction *>(QStringLiteral("fixAllOfKind"));
        QVERIFY(fixSelected && fixAll);
        QVERIFY(fixSelected->text().contains(QLatin1String("2")));
        QStringList listed;
        answerNextDialog([&](QWidget *dialog) {
            auto *changes = qobject_cast<ChangesDialog *>(dialog);
            for (int i = 0; i < changes->files()->count(); ++i)
                listed << changes->files()->item(i)->text();
            changes->accept();
        });
        const QByteArray leaf = test::readFile(path(QStringLiteral("004-leaf.md")));
        fixAll->trigger();
        delete menu;
        QCOMPARE(listed.size(), 1); // both fixes land in the one file
        QVERIFY(listed.first().startsWith(QLatin1String("004-leaf.md")));
        QCOMPARE(test::changedLines(leaf, test::readFile(path(QStringLiteral("004-leaf.md")))).size(), 1);
        QTRY_VERIFY(panel->diagnosticsOfKind(Code::UnmirroredLink).isEmpty());
        QCOMPARE(editing()->area()->count(), 0);
        m_window->actions()->undoAcrossFiles->trigger();
        QCOMPARE(test::readFile(path(QStringLiteral("004-leaf.md"))), leaf);
        QTRY_COMPARE(panel->diagnosticsOfKind(Code::UnmirroredLink).size(), 2);
    }

    // Double-clicking a diagnostic opens the editor at its line and column.
    void aDiagnosticOpensTheEditorAtItsLine()
    {
        open({{QStringLiteral("003-middle-b.md"), QByteArray("tags: ["), QByteArray("tags: [Not_Kebab, ")}});
        m_window->showDiagnostics(true);
        DiagnosticsPanel *panel = m_window->diagnosticsPanel();
        int row = -1;
        QTRY_VERIFY((row = [&] {
            for (int r = 0; r < panel->model()->rowCount(); ++r) {
                if (panel->model()->diagnostic(r).code == Code::TagNotKebabCase)
                    return r;
            }
            return -1;
        }()) >= 0);
        const Diagnostic d = panel->model()->diagnostic(row);
        Q_EMIT panel->view()->activated(panel->model()->index(row, 0));
        DocumentEditor *editor = editing()->editorFor(QStringLiteral("003-middle-b.md"));
        QVERIFY(editor);
        QCOMPARE(editor->rawEditor()->textCursor().blockNumber() + 1, d.line);
        QCOMPARE(editor->rawEditor()->textCursor().positionInBlock() + 1, d.column);
    }

    // Closing an editor with unsaved text asks; Discard gives the language back its file, Cancel
    // keeps the text.
    void closingWithUnsavedTextAsks()
    {
        open();
        DocumentEditor *editor = edit(QStringLiteral("004-leaf.md"));
        QVERIFY(editor->document()->setFields({FieldEdit::set(QStringLiteral("name"), QStringLiteral("Leaves"))}));
        answerNextDialog([](QWidget *dialog) { qobject_cast<QMessageBox *>(dialog)->button(QMessageBox::Cancel)->click(); });
        m_window->actions()->closeEditor->trigger();
        QVERIFY(editing()->documents()->document(QStringLiteral("004-leaf.md")));
        answerNextDialog([](QWidget *dialog) { qobject_cast<QMessageBox *>(dialog)->button(QMessageBox::Discard)->click(); });
        m_window->actions()->closeEditor->trigger();
        QVERIFY(!editing()->documents()->document(QStringLiteral("004-leaf.md")));
        QCOMPARE(set()->language().patternById(4)->fields.name, QStringLiteral("Leaf"));
    }

    // A dialog ended without a choice (Escape, or the app told to quit while it was open) lets
    // nothing go: the text offered for recovery stays offered, an editor with unsaved text stays.
    void dialogsEndedWithoutAChoiceLoseNothing()
    {
        m_window.reset();
        m_copy = std::make_unique<QTemporaryDir>();
        const QString mini = test::testDataDir() + QStringLiteral("/languages/mini");
        for (const QString &name : QDir(mini).entryList({QStringLiteral("*.md")}, QDir::Files))
            QFile::copy(mini + QLatin1Char('/') + name, m_copy->filePath(name));
        const QString leaf = path(QStringLiteral("004-leaf.md"));
        QFile::setPermissions(leaf, QFile::ReadOwner | QFile::WriteOwner);
        const QByteArray onDisk = test::readFile(leaf);
        RecoveryStore().clear();
        QVERIFY(RecoveryStore().store({leaf, QByteArray(onDisk).replace("Leaf", "Leaves"), onDisk, QDateTime::currentDateTimeUtc()}));

        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get())); // the X server maps it: a state, no signal to wait on
        // The offer comes from inside the language's arrival, so it is watched for, not waited on.
        bool offered = false;
        QTimer watch;
        watch.setInterval(20);
        connect(&watch, &QTimer::timeout, this, [&offered, &watch] {
            if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
                offered = qobject_cast<RecoveryDialog *>(dialog) != nullptr;
                watch.stop();
                dialog->reject();
            }
        });
        watch.start();
        QSignalSpy changed(set(), &PatternSet::languageChanged);
        m_window->openPath(m_copy->path());
        QVERIFY(changed.wait(10000));
        QTRY_VERIFY(offered);
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QCOMPARE(RecoveryStore().entries().size(), 1);
        QVERIFY(!editing()->documents()->document(QStringLiteral("004-leaf.md")));

        DocumentEditor *editor = edit(QStringLiteral("004-leaf.md"));
        QVERIFY(editor->document()->setFields({FieldEdit::set(QStringLiteral("name"), QStringLiteral("Leaflet"))}));
        editing()->documents()->writeRecovery();
        answerNextDialog([](QWidget *dialog) { qobject_cast<QDialog *>(dialog)->reject(); });
        m_window->actions()->closeEditor->trigger();
        QVERIFY(editing()->documents()->document(QStringLiteral("004-leaf.md")));
        QVERIFY(editing()->documents()->document(QStringLiteral("004-leaf.md"))->isModified());
        bool kept = false;
        for (const RecoveryStore::Entry &e : RecoveryStore().entries())
            kept = kept || (e.path == leaf && e.bytes.contains("Leaflet"));
        QVERIFY(kept);
        QCOMPARE(test::readFile(leaf), onDisk);
        RecoveryStore().clear();
    }

    // A tag in the reading pane narrows the list to its patterns; Escape in the search shows all.
    void tagsAreLinksAndEscapeClearsTheSearch()
    {
        open();
        set()->setCurrent(QStringLiteral("002-middle-a.md"));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->readingPane()->isShellReady(), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(test::evaluate(m_window->readingPane(), QStringLiteral("document.title")).toString(),
                                  QStringLiteral("Middle A"), 20000);
        test::evaluate(m_window->readingPane(), QStringLiteral("document.querySelector('a.tag').click()"));
        QLineEdit *search = m_window->listPanel()->searchField();
        QTRY_COMPARE(search->text(), QStringLiteral("#part"));
        QCOMPARE(m_window->listPanel()->view()->model()->rowCount(), 2);
        search->setFocus();
        QTest::keyClick(search, Qt::Key_Escape);
        QCOMPARE(search->text(), QString());
        QCOMPARE(m_window->listPanel()->view()->model()->rowCount(), 4);
    }

    // A path that cannot be opened opens the window anyway, and says why.
    void aMissingFolderOrATextFileIsExplained()
    {
        open();
        m_window->openPath(QStringLiteral("/no/such/folder"));
        QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box->text().contains(QLatin1String("does not exist")));
        box->accept();
        QVERIFY(m_window->isVisible());

        test::writeFile(path(QStringLiteral("notes.txt")), "not a pattern\n");
        m_window->openPath(path(QStringLiteral("notes.txt")));
        QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
        box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY2(box->text().contains(QLatin1String("not a pattern")), qPrintable(box->text()));
        box->accept();
        QCOMPARE(set()->language().patternCount(), 4);
    }
};

QTEST_MAIN(TestAuthoring)
#include "tst_authoring.moc"
