// The author's app: editors, form, live preview and the save path, through the real widgets.

#include "actions.h"
#include "documenteditor.h"
#include "document/documentmanager.h"
#include "editcontroller.h"
#include "flowlayout.h"
#include "patternlistedit.h"
#include "starsedit.h"
#include "stringlistedit.h"
#include "tagedit.h"
#include "frontmatterform.h"
#include "graphview.h"
#include "mainwindow.h"
#include "markdowneditor.h"
#include "document/patterndocument.h"
#include "language/patternset.h"
#include "readingpane.h"
#include "testsupport.h"
#include "webtestsupport.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCompleter>
#include <QDir>
#include <QFile>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEnginePage>

using namespace pb;
using namespace pb::ui;

namespace {


QString articleText(ReadingPane *pane)
{
    return test::evaluate(pane, QStringLiteral("document.getElementById('content').innerText")).toString();
}

} // namespace

class TestEdit : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_copy;
    std::unique_ptr<MainWindow> m_window;

    PatternSet *set() const { return m_window->patternSet(); }
    QString path(const QString &name) const { return m_copy->filePath(name); }

    // A fresh window on a writable copy of the mini language, with `file` open for editing.
    DocumentEditor *openEditor(const QString &file)
    {
        m_window.reset();
        m_copy = std::make_unique<QTemporaryDir>();
        const QString mini = test::testDataDir() + QStringLiteral("/languages/mini");
        for (const QString &name : QDir(mini).entryList({QStringLiteral("*.md")}, QDir::Files))
            QFile::copy(mini + QLatin1Char('/') + name, m_copy->filePath(name));
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1500, 950);
        m_window->show();
        if (!QTest::qWaitForWindowExposed(m_window.get())) // the X server maps it: a state, no signal to wait on
            return nullptr;
        QApplication::setActiveWindow(m_window.get());
        QSignalSpy changed(set(), &PatternSet::languageChanged);
        m_window->openPath(m_copy->path());
        if (!changed.wait(10000))
            return nullptr;
        set()->setCurrent(file);
        DocumentEditor *editor = m_window->editing()->edit(file);
        if (!QTest::qWaitFor([&] { return m_window->readingPane()->isShellReady(); }, 20000)) // a condition, polled
            return nullptr;
        return editor;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PatternbookTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_edit"));
        RecoveryStore().clear();
    }

    void cleanup()
    {
        // Close without being asked about unsaved text.
        if (m_window) {
            for (PatternDocument *d : m_window->editing()->documents()->documents())
                m_window->editing()->documents()->close(d->fileName());
        }
        m_window.reset();
        m_copy.reset();
    }

    void typingUpdatesThePreview()
    {
        DocumentEditor *editor = openEditor(QStringLiteral("002-middle-a.md"));
        QVERIFY(editor);
        QTRY_VERIFY_WITH_TIMEOUT(articleText(m_window->readingPane()).contains(QLatin1String("Give the part a shape")), 20000);
        MarkdownEditor *body = editor->bodyEditor();
        body->setFocus();
        QTextCursor cursor = body->document()->find(QStringLiteral("Give the part a shape."));
        QVERIFY(!cursor.isNull());
        cursor.clearSelection();
        body->setTextCursor(cursor);
        // Each key waits for its own preview, so that every keystroke's latency is timed alone.
        for (QChar c : QStringLiteral(" Patterns grow by use.")) {
            const qsizetype timed = m_window->previewLatencies().size();
            QTest::keyClicks(body, QString(c));
            QTRY_VERIFY_WITH_TIMEOUT(m_window->previewLatencies().size() > timed, 10000);
        }
        QVERIFY(editor->document()->bytes().contains("Give the part a shape. Patterns grow by use."));
        QVERIFY(editor->document()->isModified());
        QTRY_VERIFY_WITH_TIMEOUT(articleText(m_window->readingPane()).contains(QLatin1String("Patterns grow by use.")), 10000);
        // Measured, not assumed: the keystroke-to-preview latency of every key typed.
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->previewLatencies().isEmpty(), 10000);
        QList<double> latencies = m_window->previewLatencies();
        std::sort(latencies.begin(), latencies.end());
        qInfo("keystroke to preview: median %.1f ms, slowest %.1f ms, over %d keystrokes", latencies.at(latencies.size() / 2),
              latencies.last(), int(latencies.size()));
        // The file is not touched until it is saved.
        QVERIFY(!test::readFile(path(QStringLiteral("002-middle-a.md"))).contains("Patterns grow"));
    }

    void confidenceInTheFormChangesTitleAndFileAndNothingElse()
    {
        DocumentEditor *editor = openEditor(QStringLiteral("004-leaf.md"));
        QVERIFY(editor);
        const QByteArray before = test::readFile(path(QStringLiteral("004-leaf.md")));
        auto *stars = qobject_cast<StarsEdit *>(editor->form()->field(QStringLiteral("confidence")));
        QVERIFY(stars);
        QCOMPARE(stars->value(), 1);
        stars->setFocus();
        QTest::keyClick(stars, Qt::Key_2);
        QCOMPARE(editor->document()->pattern().fields.confidence, 2);
        QVERIFY(editor->document()->bytes().contains("\n# Leaf **\n"));
        // The preview follows, title stars and all.
        QTRY_COMPARE_WITH_TIMEOUT(
            test::evaluate(m_window->readingPane(), QStringLiteral("document.querySelector('h1 .stars').textContent")).toString(),
            QStringLiteral("★★"), 10000);
        m_window->actions()->save->trigger();
        QVERIFY(!editor->document()->isModified());
        const QByteArray after = test::readFile(path(QStringLiteral("004-leaf.md")));
        QCOMPARE(test::changedLines(before, after), (QStringList{QStringLiteral("4"), QStringLiteral("12")}));
        QVERIFY(after.contains("\nconfidence: 2\n"));
    }

    void anInvalidValueIsMarkedAtItsField()
    {
        DocumentEditor *editor = openEditor(QStringLiteral("003-middle-b.md"));
        QVERIFY(editor);
        auto *name = qobject_cast<QLineEdit *>(editor->form()->field(QStringLiteral("name")));
        QVERIFY(name);
        name->setFocus();
        name->selectAll();
        QTest::keyClick(name, Qt::Key_Backspace);
        QVERIFY2(editor->form()->errorText(QStringLiteral("name")).contains(QLatin1String("empty")),
                 qPrintable(editor->form()->errorText(QStringLiteral("name"))));
        QVERIFY(name->property("invalid").toBool());
        // Typing a name taken by another pattern: marked once the language has seen it.
        QTest::keyClicks(name, QStringLiteral("Middle A"));
        QTRY_VERIFY_WITH_TIMEOUT(editor->form()->errorText(QStringLiteral("name")).contains(QLatin1String("also used")), 5000);
        // Saving is refused, and says why; the file stays as it was.
        const QByteArray before = test::readFile(path(QStringLiteral("003-middle-b.md")));
        m_window->actions()->save->trigger();
        QVERIFY(editor->document()->isModified());
        QCOMPARE(test::readFile(path(QStringLiteral("003-middle-b.md"))), before);
        // Fixed, the mark goes.
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Middle Beta"));
        QTRY_VERIFY_WITH_TIMEOUT(editor->form()->errorText(QStringLiteral("name")).isEmpty(), 5000);
        QVERIFY(!name->property("invalid").toBool());
    }

    void oneUndoStackForEveryView()
    {
        DocumentEditor *editor = openEditor(QStringLiteral("004-leaf.md"));
        QVERIFY(editor);
        const QByteArray original = editor->document()->bytes();
        MarkdownEditor *body = editor->bodyEditor();
        body->setFocus();
        body->moveCursor(QTextCursor::End);
        QTest::keyClicks(body, QStringLiteral("Typed."));
        auto *stars = qobject_cast<StarsEdit *>(editor->form()->field(QStringLiteral("confidence")));
        stars->setFocus();
        QTest::keyClick(stars, Qt::Key_0);
        QVERIFY(editor->document()->bytes().contains("\n# Leaf\n"));
        // The raw view shows both.
        QVERIFY(editor->rawEditor()->toPlainText().contains(QLatin1String("confidence: 0")));
        QVERIFY(editor->rawEditor()->toPlainText().contains(QLatin1String("Typed.")));
        m_window->actions()->undo->trigger();
        QVERIFY(editor->document()->bytes().contains("\n# Leaf *\n"));
        QVERIFY(body->toPlainText().contains(QLatin1String("Typed.")));
        body->setFocus();
        QTest::keyClick(body, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(editor->document()->bytes(), original);
        QVERIFY(!body->toPlainText().contains(QLatin1String("Typed.")));
        QVERIFY(!editor->document()->isModified());
    }

    void referencesComplete()
    {
        DocumentEditor *editor = openEditor(QStringLiteral("004-leaf.md"));
        QVERIFY(editor);
        MarkdownEditor *body = editor->bodyEditor();
        body->setFocus();
        body->moveCursor(QTextCursor::End);
        QTest::keyClicks(body, QStringLiteral("See **"));
        QTRY_VERIFY(body->completer()->popup()->isVisible());
        QTest::keyClicks(body, QStringLiteral("root"));
        QCOMPARE(body->completer()->currentCompletion(), QStringLiteral("Root Pattern (1)"));
        QTest::keyClick(body->completer()->popup(), Qt::Key_Return);
        QVERIFY2(editor->document()->bytes().contains("See **Root Pattern (1)**"), editor->document()->bytes().constData());
    }

    // A name changed and saved: the app offers to rename every reference, showing the files
    // first; accepted, those files change on disk, only in the references.
    void renamingOffersToUpdateReferences()
    {
        DocumentEditor *editor = openEditor(QStringLiteral("002-middle-a.md"));
        QVERIFY(editor);
        const QByteArray rootBefore = test::readFile(path(QStringLiteral("001-root-pattern.md")));
        auto *name = qobject_cast<QLineEdit *>(editor->form()->field(QStringLiteral("name")));
        name->setFocus();
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Middle Alpha"));
        QString question;
        QTimer::singleShot(0, this, [&] {
            // The dialog is modal: answer it as the user would.
            QTRY_VERIFY(QApplication::activeModalWidget());
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            question = dialog->findChild<QLabel *>()->text();
            dialog->accept();
        });
        m_window->actions()->save->trigger();
        QVERIFY2(question.contains(QLatin1String("in 3 files?")), qPrintable(question));
        const QByteArray rootAfter = test::readFile(path(QStringLiteral("001-root-pattern.md")));
        QCOMPARE(test::changedLines(rootBefore, rootAfter), QStringList{QStringLiteral("33")});
        QVERIFY(rootAfter.contains("**Middle Alpha (2)**"));
        QVERIFY(test::readFile(path(QStringLiteral("003-middle-b.md"))).contains("**Middle Alpha (2)**"));
        QTRY_VERIFY(!test::codes(set()->diagnostics()).contains(QStringLiteral("stale-reference")));
    }

    void newPatternStartsFromTheTemplate()
    {
        QVERIFY(openEditor(QStringLiteral("004-leaf.md")));
        QTimer::singleShot(0, this, [&] {
            QTRY_VERIFY(QApplication::activeModalWidget());
            QWidget *dialog = QApplication::activeModalWidget();
            QTest::keyClicks(dialog->findChild<QLineEdit *>(), QStringLiteral("Fresh Shoots"));
            static_cast<QDialog *>(dialog)->accept();
        });
        m_window->actions()->newPattern->trigger();
        const QString file = QStringLiteral("005-fresh-shoots.md");
        QTRY_COMPARE(set()->current(), file);
        const QByteArray bytes = test::readFile(path(file));
        QVERIFY(bytes.contains("id: 5"));
        QVERIFY(bytes.contains("\n# Fresh Shoots\n"));
        QVERIFY(bytes.contains("# a new, unused number")); // the template's comments came along
        QVERIFY(m_window->editing()->editorFor(file));
    }

    void aConflictIsShownAndNothingIsLost()
    {
        DocumentEditor *editor = openEditor(QStringLiteral("004-leaf.md"));
        QVERIFY(editor);
        MarkdownEditor *body = editor->bodyEditor();
        body->setFocus();
        body->moveCursor(QTextCursor::End);
        QTest::keyClicks(body, QStringLiteral("Mine."));
        test::writeFile(path(QStringLiteral("004-leaf.md")), test::readFile(path(QStringLiteral("004-leaf.md"))) + "Theirs.\n");
        QTRY_VERIFY_WITH_TIMEOUT(editor->document()->hasConflict(), 5000);
        QVERIFY(body->toPlainText().contains(QLatin1String("Mine.")));
        editor->document()->takeTheirs();
        QTRY_VERIFY(body->toPlainText().contains(QLatin1String("Theirs.")));
        QVERIFY(!editor->document()->isModified());
    }
};

QTEST_MAIN(TestEdit)
#include "tst_edit.moc"
