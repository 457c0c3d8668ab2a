// The browsing app, driven through its real widgets on a (virtual) display.

#include "actions.h"
#include "diagnosticspanel.h"
#include "documenteditor.h"
#include "document/documentmanager.h"
#include "editcontroller.h"
#include "graphscene.h"
#include "graph/graphrender.h"
#include "graphexporttask.h"
#include "graphview.h"
#include "layoutstore.h"
#include "mainwindow.h"
#include "nodeitem.h"
#include "itemmodels/patternlistmodel.h"
#include "patternlistpanel.h"
#include "language/patternset.h"
#include "patterncard.h"
#include "presentation.h"
#include "quickopen.h"
#include "readingpane.h"
#include "readingslot.h"
#include "edgeitem.h"
#include "testsupport.h"
#include "webtestsupport.h"

#include <QAction>
#include <QElapsedTimer>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtMath>
#include <QLabel>
#include <QTreeView>
#include <QWebEnginePage>
#include <sys/stat.h>
#include <unistd.h>

using namespace pb;
using namespace pb::ui;

namespace {

QString mini() { return test::testDataDir() + QStringLiteral("/languages/mini"); }


QString shownTitle(ReadingPane *pane) { return test::evaluate(pane, QStringLiteral("document.title")).toString(); }

} // namespace

class TestBrowse : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QTemporaryDir> m_copy;

    // Opens a copy of `folder` (the graph may write its layout there) and waits until the
    // language is read, the graph laid out and the reading pane showing the current pattern.
    void open(const QString &folder)
    {
        auto copy = std::make_unique<QTemporaryDir>();
        QDir(copy->path()).mkpath(QStringLiteral(".patternbook"));
        for (const QString &name : QDir(folder).entryList({QStringLiteral("*.md")}, QDir::Files))
            QFile::copy(folder + QLatin1Char('/') + name, copy->filePath(name));
        QFile::copy(LayoutStore::pathFor(folder), LayoutStore::pathFor(copy->path()));
        m_window.reset();
        m_copy = std::move(copy);
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get())); // the X server maps it: a state, no signal to wait on
        QApplication::setActiveWindow(m_window.get()); // for keyboard shortcuts
        QSignalSpy changed(m_window->patternSet(), &PatternSet::languageChanged);
        m_window->openPath(m_copy->path());
        QVERIFY(changed.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->graphView()->isLayingOut() && !m_window->graphView()->graphScene()->nodes().isEmpty(),
                                 20000);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->readingPane()->isShellReady(), 20000);
    }

    PatternSet *set() const { return m_window->patternSet(); }

    void clickNode(const QString &fileName)
    {
        GraphView *view = m_window->graphView();
        NodeItem *node = view->graphScene()->node(fileName);
        QVERIFY2(node, qPrintable(fileName));
        view->centerOn(node);
        const QPoint at = view->mapFromScene(node->scenePos());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PatternbookTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_browse"));
    }

    void cleanup()
    {
        m_window.reset();
        m_copy.reset();
    }

    // Qt WebEngine starts after the window is on screen, not before: the window and the list
    // don't wait for Chromium. The pane then comes by itself, with the folder it was given.
    void readingPaneComesAfterTheWindow()
    {
        auto copy = std::make_unique<QTemporaryDir>();
        for (const QString &name : QDir(mini()).entryList({QStringLiteral("*.md")}, QDir::Files))
            QFile::copy(mini() + QLatin1Char('/') + name, copy->filePath(name));
        m_copy = std::move(copy);
        m_window = std::make_unique<MainWindow>();
        QVERIFY(!m_window->readingSlot()->paneIfMade());
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get())); // the X server maps it: a state, no signal to wait on
        QSignalSpy made(m_window->readingSlot(), &ReadingSlot::paneMade);
        m_window->openPath(m_copy->path());
        QTRY_VERIFY_WITH_TIMEOUT(m_window->readingSlot()->paneIfMade(), 10000);
        QCOMPARE(made.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(shownTitle(m_window->readingPane()), QStringLiteral("Root Pattern"), 20000);
        QCOMPARE(made.size(), 1);
    }

    void clickingANodeShowsThatPattern()
    {
        open(mini());
        if (QTest::currentTestFailed())
            return;
        QTRY_COMPARE_WITH_TIMEOUT(shownTitle(m_window->readingPane()), QStringLiteral("Root Pattern"), 20000);
        clickNode(QStringLiteral("003-middle-b.md"));
        QTRY_COMPARE(set()->current(), QStringLiteral("003-middle-b.md"));
        QTRY_COMPARE_WITH_TIMEOUT(shownTitle(m_window->readingPane()), QStringLiteral("Middle B"), 10000);
        QVERIFY(m_window->graphView()->graphScene()->node(QStringLiteral("003-middle-b.md"))->isCurrent());
        // The list follows.
        const QModelIndex row = m_window->listPanel()->view()->currentIndex();
        QCOMPARE(row.data(PatternListModel::FileNameRole).toString(), QStringLiteral("003-middle-b.md"));
    }

    void referenceLinkNavigatesAndBackReturns()
    {
        open(mini());
        if (QTest::currentTestFailed())
            return;
        set()->setCurrent(QStringLiteral("002-middle-a.md"));
        QTRY_COMPARE_WITH_TIMEOUT(shownTitle(m_window->readingPane()), QStringLiteral("Middle A"), 20000);
        // Click the reference to pattern 1 in the pane, as a reader would.
        test::evaluate(m_window->readingPane(), QStringLiteral("document.querySelector('a.pattern-ref[data-id=\"1\"]').click()"));
        QTRY_COMPARE_WITH_TIMEOUT(set()->current(), QStringLiteral("001-root-pattern.md"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(shownTitle(m_window->readingPane()), QStringLiteral("Root Pattern"), 10000);
        // Back, by the toolbar's action (Alt+Left).
        QVERIFY(m_window->actions()->back->isEnabled());
        m_window->actions()->back->trigger();
        QCOMPARE(set()->current(), QStringLiteral("002-middle-a.md"));
        QTRY_COMPARE_WITH_TIMEOUT(shownTitle(m_window->readingPane()), QStringLiteral("Middle A"), 10000);
        m_window->actions()->forward->trigger();
        QCOMPARE(set()->current(), QStringLiteral("001-root-pattern.md"));
        // The keyboard shortcut too.
        QTest::keyClick(m_window.get(), Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(set()->current(), QStringLiteral("002-middle-a.md"));
    }

    void backlinksAreShown()
    {
        open(mini());
        if (QTest::currentTestFailed())
            return;
        set()->setCurrent(QStringLiteral("002-middle-a.md"));
        QTRY_COMPARE_WITH_TIMEOUT(shownTitle(m_window->readingPane()), QStringLiteral("Middle A"), 20000);
        const QString backlinks = test::evaluate(m_window->readingPane(), QStringLiteral("document.querySelector('.backlinks').innerText")).toString();
        QVERIFY2(backlinks.contains(QLatin1String("Root Pattern")), qPrintable(backlinks));
        QVERIFY2(backlinks.contains(QLatin1String("Leaf")), qPrintable(backlinks));
    }

    void searchNarrowsTheList()
    {
        open(mini());
        if (QTest::currentTestFailed())
            return;
        QTreeView *list = m_window->listPanel()->view();
        QCOMPARE(list->model()->rowCount(), 4);
        QTest::keyClicks(m_window->listPanel()->searchField(), QStringLiteral("compete"));
        QCOMPARE(list->model()->rowCount(), 1);
        QCOMPARE(set()->current(), QStringLiteral("001-root-pattern.md")); // searching is not choosing
        m_window->listPanel()->searchField()->clear();
        QCOMPARE(list->model()->rowCount(), 4);
        // Choosing a row makes it current.
        const QModelIndex leaf = m_window->listPanel()->proxy()->index(3, PatternListModel::NameColumn);
        list->setCurrentIndex(leaf);
        QCOMPARE(set()->current(), leaf.data(PatternListModel::FileNameRole).toString());
    }

    void filterAppliesToTheGraph()
    {
        open(mini());
        if (QTest::currentTestFailed())
            return;
        PatternFilter filter;
        filter.tags = {QStringLiteral("part")};
        m_window->listPanel()->setFilter(filter);
        QCOMPARE(m_window->listPanel()->view()->model()->rowCount(), 2);
        // The graph is laid out again with what the filter lets through.
        GraphScene *scene = m_window->graphView()->graphScene();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->graphView()->isLayingOut() && !scene->node(QStringLiteral("004-leaf.md")), 20000);
        QVERIFY(scene->node(QStringLiteral("002-middle-a.md")));
        // The current pattern stays in view whatever the filter.
        QVERIFY(scene->node(QStringLiteral("001-root-pattern.md")));
    }

    void focusModeShowsOnlyTheNeighbourhood()
    {
        open(mini());
        if (QTest::currentTestFailed())
            return;
        set()->setCurrent(QStringLiteral("004-leaf.md"));
        m_window->setFocusHops(1);
        GraphScene *scene = m_window->graphView()->graphScene();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->graphView()->isLayingOut() && !scene->node(QStringLiteral("001-root-pattern.md")),
                                 20000);
        QVERIFY(scene->node(QStringLiteral("004-leaf.md")));
        QVERIFY(scene->node(QStringLiteral("002-middle-a.md")));
        QVERIFY(scene->node(QStringLiteral("003-middle-b.md")));
        m_window->setFocusHops(2);
        QTRY_VERIFY_WITH_TIMEOUT(scene->node(QStringLiteral("001-root-pattern.md")), 20000);
        m_window->setFocusHops(0);
        QTRY_COMPARE_WITH_TIMEOUT(scene->nodes().size(), 4, 20000);
    }

    void arrowKeysWalkTheLinks()
    {
        open(mini());
        if (QTest::currentTestFailed())
            return;
        set()->setCurrent(QStringLiteral("001-root-pattern.md"));
        GraphView *view = m_window->graphView();
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Down);
        QVERIFY(set()->current() == QLatin1String("002-middle-a.md") || set()->current() == QLatin1String("003-middle-b.md"));
        QTest::keyClick(view, Qt::Key_Down);
        QCOMPARE(set()->current(), QStringLiteral("004-leaf.md"));
        QTest::keyClick(view, Qt::Key_Up);
        QVERIFY(set()->current() != QLatin1String("004-leaf.md"));
    }

    void quickOpenJumps()
    {
        open(mini());
        if (QTest::currentTestFailed())
            return;
        m_window->actions()->quickOpen->trigger();
        QuickOpen *quick = m_window->quickOpen();
        QTRY_VERIFY(quick->isVisible());
        QTest::keyClicks(quick->field(), QStringLiteral("leaf"));
        QCOMPARE(quick->list()->count(), 1);
        QTest::keyClick(quick->field(), Qt::Key_Return);
        QCOMPARE(set()->current(), QStringLiteral("004-leaf.md"));
        QVERIFY(!quick->isVisible());
    }

    void draggedPositionsAreKept()
    {
        open(mini());
        if (QTest::currentTestFailed())
            return;
        GraphScene *scene = m_window->graphView()->graphScene();
        NodeItem *leaf = scene->node(QStringLiteral("004-leaf.md"));
        const QPointF target = leaf->pos() + QPointF(150, 40);
        // What a drag does: the node moves, and on release it reports the move.
        leaf->setPos(target);
        leaf->setMoved(true);
        Q_EMIT scene->nodeDragged(leaf);
        // Kept in ems of the name type, for the shape of view it was placed in.
        const qreal em = scene->graphStyle().namePixelSize();
        const LayoutStore::Positions stored = LayoutStore::load(m_copy->path());
        QVERIFY(stored.aspect > 0);
        QVERIFY((stored.byId.value(4) * em - target).manhattanLength() < 1);
        // A new window of the same size on the same folder puts the node back where it was dragged.
        open(m_copy->path());
        if (QTest::currentTestFailed())
            return;
        const QRectF bounds = m_window->graphView()->layout().bounds;
        NodeItem *again = m_window->graphView()->graphScene()->node(QStringLiteral("004-leaf.md"));
        // The layout starts at the origin, so the picture may have moved as a whole: compare with a neighbour.
        NodeItem *root = m_window->graphView()->graphScene()->node(QStringLiteral("001-root-pattern.md"));
        QVERIFY(again && root && bounds.isValid());
        QVERIFY(((again->pos() - root->pos()) - (target - root->pos())).manhattanLength() < 250);
        m_window->actions()->resetLayout->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->graphView()->isLayingOut(), 20000);
        QVERIFY(LayoutStore::load(m_copy->path()).byId.isEmpty());
    }

    void brokenLanguageShowsDiagnosticsNotABlankPane()
    {
        open(test::testDataDir() + QStringLiteral("/languages/broken"));
        if (QTest::currentTestFailed())
            return;
        set()->setCurrent(QStringLiteral("002-bad-yaml.md"));
        QTRY_VERIFY_WITH_TIMEOUT(test::evaluate(m_window->readingPane(),
                                          QStringLiteral("document.querySelector('.diagnostics') !== null"))
                                     .toBool(),
                                 20000);
        const QString text = test::evaluate(m_window->readingPane(), QStringLiteral("document.querySelector('.diagnostics').innerText")).toString();
        QVERIFY2(text.contains(QLatin1String("002-bad-yaml.md:4:19")), qPrintable(text));
        set()->setCurrent(QStringLiteral("004-latin1.md"));
        QTRY_VERIFY_WITH_TIMEOUT(test::evaluate(m_window->readingPane(), QStringLiteral("document.querySelector('pre.raw') !== null")).toBool(),
                                 20000);
        QVERIFY(m_window->diagnosticsPanel()->summary().contains(QLatin1String("error")));
    }

    // An edge is under the pointer near its curve and its arrowhead, not elsewhere in its box;
    // the scene finds it without an index.
    void edgesAreFoundNearTheirCurve()
    {
        open(mini());
        if (QTest::currentTestFailed())
            return;
        GraphScene *scene = m_window->graphView()->graphScene();
        QVERIFY(!scene->edges().isEmpty());
        for (EdgeItem *edge : scene->edges()) {
            const QPainterPath curve = edge->path();
            const QPointF middle = curve.pointAtPercent(0.5);
            QVERIFY(edge->contains(middle));
            QVERIFY(edge->shape().contains(middle));
            QVERIFY(scene->items(edge->mapToScene(middle)).contains(edge));
            const qreal angle = curve.angleAtPercent(0.5) * M_PI / 180;
            const QPointF across(std::sin(angle), std::cos(angle)); // perpendicular to the curve
            QVERIFY(edge->contains(middle + across * 2));
            const QPointF far = middle + across * 40;
            QCOMPARE(edge->contains(far), edge->shape().contains(far));
            QVERIFY(!edge->contains(edge->boundingRect().topLeft() - QPointF(5, 5)));
        }
    }

    // The panel follows the diagnostics as they come and go with edits (its model replaces only
    // the rows that differ, so there is no reset to hear): its list and summary, or "No problems".
    void diagnosticsPanelFollowsEdits()
    {
        open(mini());
        if (QTest::currentTestFailed())
            return;
        m_window->showDiagnostics(true);
        DiagnosticsPanel *panel = m_window->diagnosticsPanel();
        auto *empty = panel->findChild<QLabel *>();
        auto *list = panel->findChild<QTreeView *>();
        QVERIFY(empty && list);
        QTRY_VERIFY(empty->isVisible());
        QVERIFY(!panel->summary().contains(QLatin1String("error")));
        const Pattern *middle = set()->language().patternById(3);
        const QByteArray original = middle->bytes;
        set()->updatePattern(middle->fileName, QByteArray(original).replace("id: 3", "id: 2"));
        QTRY_VERIFY_WITH_TIMEOUT(list->isVisible(), 10000);
        QVERIFY(!empty->isVisible());
        QVERIFY2(panel->summary().contains(QLatin1String("error")), qPrintable(panel->summary()));
        QVERIFY(list->model()->rowCount() > 0);
        set()->updatePattern(QStringLiteral("003-middle-b.md"), original);
        QTRY_VERIFY_WITH_TIMEOUT(empty->isVisible(), 10000);
        QVERIFY(!panel->summary().contains(QLatin1String("error")));
    }

    // Files written to break things: the app reads them, shows them, opens them for editing, and
    // carries on.
    void hostileFilesNeverCrashIt()
    {
        QTemporaryDir dir;
        auto write = [&](const QString &name, const QByteArray &bytes) { test::writeFile(dir.filePath(name), bytes); };
        write(QStringLiteral("001-deep-yaml.md"), "---\nid: 1\nname: x\nconfidence: 0\nextra: " + QByteArray(3000, '[')
                                                      + QByteArray(3000, ']') + "\n---\n# x\n");
        write(QStringLiteral("002-deep-markdown.md"), "---\nid: 2\nname: \"Deep\"\nconfidence: 0\n---\n" + QByteArray(4000, '>')
                                                          + " q\n" + QByteArray(20000, '*') + "\n" + QByteArray(5000, '[') + "\n");
        write(QStringLiteral("003-huge-line.md"), "---\nid: 3\nname: \"Huge\"\nconfidence: 0\n---\n# Huge\n" + QByteArray(1 << 20, 'a'));
        QByteArray binary;
        for (int i = 0; i < 4096; ++i)
            binary += char(i % 256);
        write(QStringLiteral("004-binary.md"), binary);
        write(QStringLiteral("005-script.md"), "---\nid: 5\nname: \"Script\"\nconfidence: 0\n---\n# Script\n\n<script>document.title='pwned'"
                                                 "</script>\n\n<img src=x onerror=\"document.title='pwned'\">\n\n[x](javascript:alert(1))\n");
        QByteArray refs = "---\nid: 6\nname: \"Refs\"\nconfidence: 0\n---\n# Refs\n\n";
        for (int i = 1; i < 3000; ++i)
            refs += "**P (" + QByteArray::number(i) + ")** ";
        write(QStringLiteral("006-many-references.md"), refs);
        write(QStringLiteral("007-cr-only.md"), "---\rid: 7\rname: \"Cr\"\r---\r# Cr\r");
        write(QStringLiteral("008-bom-only.md"), "\xEF\xBB\xBF");
        write(QStringLiteral("009-utf16.md"), QByteArray("\xFF\xFE-\0-\0-\0\n\0", 10));
        write(QStringLiteral("010-unclosed.md"), "---\nid: 10\nname: \"Unclosed");
        write(QStringLiteral("011-cycle.md"), "---\nid: 11\nname: \"Cycle\"\nconfidence: 0\nscale: 1\ncompletion_patterns: [11, 12]\n---\n");
        write(QStringLiteral("012-cycle.md"), "---\nid: 12\nname: \"Cycle Two\"\nconfidence: 0\ncompletion_patterns: [11]\n---\n");
        QVERIFY(mkfifo(qPrintable(dir.filePath(QStringLiteral("013-fifo.md"))), 0644) == 0);
        QVERIFY(symlink("014-loop.md", qPrintable(dir.filePath(QStringLiteral("014-loop.md")))) == 0);

        open(dir.path());
        if (QTest::currentTestFailed())
            return;
        const QList<Pattern> patterns = set()->language().patterns();
        QVERIFY(patterns.size() >= 12);
        for (const Pattern &p : patterns) {
            QElapsedTimer timer;
            timer.start();
            set()->setCurrent(p.fileName);
            QTRY_COMPARE_WITH_TIMEOUT(m_window->readingPane()->shownTitle().isEmpty(), false, 10000);
            const qint64 shown = timer.elapsed();
            QVERIFY(m_window->editing()->edit(p.fileName));
            qInfo("%s: shown %lld ms, editor %lld ms", qPrintable(p.fileName), shown, timer.elapsed() - shown);
        }
        // Still answering, and no pattern's script ever ran.
        set()->setCurrent(QStringLiteral("005-script.md"));
        QTRY_COMPARE_WITH_TIMEOUT(shownTitle(m_window->readingPane()), QStringLiteral("Script"), 10000);
        // Nothing that could run later is in the page: no script, no element with a handler, no
        // javascript: link; the page has loaded, and the title is still the pattern's.
        QCOMPARE(test::evaluate(m_window->readingPane(),
                                QStringLiteral("document.querySelectorAll('#content script, #content img, #content [onerror], "
                                               "#content [onload], #content [onclick], #content a[href^=\"javascript\"]').length"))
                     .toInt(),
                 0);
        QTRY_COMPARE_WITH_TIMEOUT(test::evaluate(m_window->readingPane(), QStringLiteral("document.readyState")).toString(),
                                  QStringLiteral("complete"), 10000);
        QCOMPARE(shownTitle(m_window->readingPane()), QStringLiteral("Script"));
        for (const Pattern &p : patterns)
            m_window->editing()->documents()->close(p.fileName);
    }

    // Presentation mode shows the stage alone (tst_present tries it as a facilitator would);
    // leaving it puts the desk back as it was.
    void presentationModeShowsTheStageAndBack()
    {
        open(mini());
        if (QTest::currentTestFailed())
            return;
        m_window->setPresentation(true);
        QVERIFY(m_window->isFullScreen() || QGuiApplication::platformName() == QLatin1String("offscreen"));
        QVERIFY(!m_window->listPanel()->isVisible());
        QVERIFY(!m_window->menuBar()->isVisible());
        QVERIFY(m_window->graphView()->isVisible());
        QVERIFY(m_window->presentation()->card()->isVisible());
        QVERIFY(!m_window->readingPane()->isVisible());
        m_window->setPresentation(false);
        QVERIFY(m_window->listPanel()->isVisible());
        QVERIFY(m_window->graphView()->isVisible());
        QVERIFY(m_window->readingPane()->isVisible());
        QVERIFY(m_window->menuBar()->isVisible());
    }

    void tabbedArrangement()
    {
        open(mini());
        if (QTest::currentTestFailed())
            return;
        m_window->setTabbed(true);
        QVERIFY(m_window->readingPane()->isVisible() != m_window->graphView()->isVisible()
                || m_window->readingPane()->parentWidget() != m_window->graphView()->parentWidget());
        m_window->setTabbed(false);
        QVERIFY(m_window->readingPane()->isVisible());
        QVERIFY(m_window->graphView()->isVisible());
    }

    // File › Export › Graph draws as the command line does, on a worker: the window stays live,
    // and the file is the command line's, byte for byte.
    void exportsGraph()
    {
        open(mini());
        if (QTest::currentTestFailed())
            return;
        QTemporaryDir out;
        for (const QString &format : {QStringLiteral("svg"), QStringLiteral("png")}) {
            GraphRenderOptions options;
            options.format = format;
            const QString path = out.filePath(QStringLiteral("graph.") + format);
            GraphExportTask *task = GraphExportTask::start(set()->language(), {}, options, path, this);
            QSignalSpy finished(task, &GraphExportTask::finished);
            QVERIFY(finished.wait(30000));
            QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
            QString error;
            const QByteArray expected = drawLanguageGraph(set()->language(), {}, options, 16.0 / 9.0, &error);
            if (format == QLatin1String("png")) {
                QCOMPARE(test::readFile(path), expected);
            } else {
                // Graphviz writes the bands (clusters, which never overlap) in an order of its
                // own from run to run: the same lines, each in its place within its group.
                QList<QByteArray> written = test::readFile(path).split('\n'), drawn = expected.split('\n');
                std::sort(written.begin(), written.end());
                std::sort(drawn.begin(), drawn.end());
                QCOMPARE(written, drawn);
            }
        }
        QVERIFY(test::readFile(out.filePath(QStringLiteral("graph.svg"))).contains("Root Pattern"));
        QVERIFY(test::readFile(out.filePath(QStringLiteral("graph.png"))).startsWith("\x89PNG"));
    }
};

QTEST_MAIN(TestBrowse)
#include "tst_browse.moc"
