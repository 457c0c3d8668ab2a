// Termination by a signal (a logout, a shutdown, `kill`, Ctrl+C): the app ends between two of its
// own steps, asks nothing, and keeps unsaved text for recovery. Each test ends the application's
// event loops for good (QCoreApplication::exit), so the one that does comes last, in a binary of
// its own.

#include "documenteditor.h"
#include "document/documentmanager.h"
#include "editcontroller.h"
#include "format/patternwriter.h"
#include "mainwindow.h"
#include "document/patterndocument.h"
#include "language/patternset.h"
#include "document/recoverystore.h"
#include "terminationwatcher.h"
#include "testsupport.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <csignal>

using namespace pb;
using namespace pb::ui;

class TestTermination : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PatternbookTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_termination"));
        RecoveryStore().clear();
    }

    // Each signal arrives on the event loop as itself.
    void signalsArriveOnTheEventLoop_data()
    {
        QTest::addColumn<int>("signalNumber");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGHUP") << int(SIGHUP);
        QTest::newRow("SIGINT") << int(SIGINT);
    }
    void signalsArriveOnTheEventLoop()
    {
        QFETCH(int, signalNumber);
        TerminationWatcher watcher;
        QSignalSpy requested(&watcher, &TerminationWatcher::terminationRequested);
        ::raise(signalNumber);
        QVERIFY(requested.wait(5000));
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().first().toInt(), signalNumber);
    }

    // SIGTERM while a pattern has unsaved text: no dialog nobody is there to answer, the text waits
    // in the recovery store, the file on disk is as it was.
    void terminationKeepsUnsavedTextForRecovery()
    {
        QTemporaryDir copy;
        const QString mini = test::testDataDir() + QStringLiteral("/languages/mini");
        for (const QString &name : QDir(mini).entryList({QStringLiteral("*.md")}, QDir::Files))
            QFile::copy(mini + QLatin1Char('/') + name, copy.filePath(name));
        const QString leaf = copy.filePath(QStringLiteral("004-leaf.md"));
        QFile::setPermissions(leaf, QFile::ReadOwner | QFile::WriteOwner);
        const QByteArray onDisk = test::readFile(leaf);

        MainWindow window;
        TerminationWatcher watcher;
        connect(&watcher, &TerminationWatcher::terminationRequested, &window, &MainWindow::quitKeepingUnsaved);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window)); // the X server maps it: a state, no signal to wait on
        QSignalSpy changed(window.patternSet(), &PatternSet::languageChanged);
        window.openPath(copy.path());
        QVERIFY(changed.wait(10000));
        window.patternSet()->setCurrent(QStringLiteral("004-leaf.md"));
        DocumentEditor *editor = window.editing()->edit(QStringLiteral("004-leaf.md"));
        QVERIFY(editor);
        QVERIFY(editor->document()->setFields({FieldEdit::set(QStringLiteral("name"), QStringLiteral("Leaves"))}));
        const QByteArray unsaved = editor->document()->bytes();
        RecoveryStore().clear(); // only what the termination writes

        QEventLoop loop; // stands for the app's own: quitKeepingUnsaved() ends it
        QTimer::singleShot(0, [] { ::raise(SIGTERM); });
        QTimer::singleShot(10000, &loop, [&loop] { loop.exit(1); });
        QCOMPARE(loop.exec(), 0);
        QVERIFY(!QApplication::activeModalWidget());
        const QList<RecoveryStore::Entry> entries = RecoveryStore().entries();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().path, leaf);
        QCOMPARE(entries.first().bytes, unsaved);
        QCOMPARE(test::readFile(leaf), onDisk);
        RecoveryStore().clear();
    }
};

QTEST_MAIN(TestTermination)
#include "tst_termination.moc"
