// Presentation mode as a facilitator runs it, on a virtual display of two screens: 1920×1080 for
// the room and 1280×720 (a common projector, and the presenter's screen). Legibility is measured:
// the names' height on screen is the scene's type times the view's scale.

#include "banditem.h"
#include "edgeitem.h"
#include "graphscene.h"
#include "graphview.h"
#include "mainwindow.h"
#include "nodeitem.h"
#include "patterncard.h"
#include "language/patternset.h"
#include "presentation.h"
#include "presenterwindow.h"
#include "readingslot.h"
#include "testsupport.h"
#include "tourpanel.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QListWidget>
#include <QMenu>
#include <QScreen>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QWindow>

using namespace pb;
using namespace pb::ui;

namespace {

qreal distanceToBorder(const QRectF &r, const QPointF &p)
{
    const qreal dx = std::max({r.left() - p.x(), 0.0, p.x() - r.right()});
    const qreal dy = std::max({r.top() - p.y(), 0.0, p.y() - r.bottom()});
    if (dx > 0 || dy > 0)
        return std::hypot(dx, dy);
    return std::min({p.x() - r.left(), r.right() - p.x(), p.y() - r.top(), r.bottom() - p.y()});
}

} // namespace

class TestPresent : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QTemporaryDir> m_folder;
    bool m_opened = false; // open() got as far as a laid-out graph (it may skip or fail)

    GraphView *graph() const { return m_window->graphView(); }
    PatternSet *set() const { return m_window->patternSet(); }

    QScreen *screenOf(const QSize &size) const
    {
        for (QScreen *s : QGuiApplication::screens()) {
            if (s->geometry().size() == size)
                return s;
        }
        return nullptr;
    }

    // A window on the screen of `size` with a copy of a language: the sample, or a generated one.
    void open(const QSize &size, int patterns = 0, int scales = 0)
    {
        m_window.reset();
        m_opened = false;
        m_folder = std::make_unique<QTemporaryDir>();
        if (patterns > 0) {
            test::writeLanguage(m_folder->path(), test::generatedLanguage(patterns, scales));
        } else {
            for (const QString &name : QDir(test::sampleLanguageDir()).entryList({QStringLiteral("*.md")}, QDir::Files))
                QFile::copy(test::sampleLanguageDir() + QLatin1Char('/') + name, m_folder->filePath(name));
        }
        QScreen *screen = screenOf(size);
        if (!screen)
            QSKIP("this display has no screen of that size (run under the test's own Xvfb)");
        m_window = std::make_unique<MainWindow>();
        m_window->setScreen(screen);
        m_window->setGeometry(QRect(screen->geometry().topLeft() + QPoint(20, 20), QSize(1200, 680)));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get())); // the X server maps it: a state, no signal to wait on
        QSignalSpy changed(set(), &PatternSet::languageChanged);
        m_window->openPath(m_folder->path());
        QVERIFY(changed.wait(20000));
        waitForLayout();
        m_opened = !QTest::currentTestFailed();
    }

    // Laid out and fitted for the view's present shape (GraphView::isSettled), in a window that
    // has taken the shape it was asked for: waited on as a state, never as a time.
    void waitForLayout()
    {
        QTRY_VERIFY_WITH_TIMEOUT(graph()->isSettled() && !graph()->graphScene()->nodes().isEmpty(), 30000);
    }

    void waitForStage(bool fullScreen)
    {
        if (fullScreen)
            QTRY_VERIFY_WITH_TIMEOUT(m_window->geometry() == m_window->screen()->geometry(), 10000);
        waitForLayout();
    }

    void present(Presentation::View view)
    {
        m_window->setPresentation(true);
        m_window->presentation()->setView(view);
        QCOMPARE(graph()->isVisible(), view != Presentation::View::CardOnly);
        QCOMPARE(m_window->presentation()->card()->isVisible(), view != Presentation::View::GraphOnly);
        // The shape of the stage settles after the window goes full screen: a layout for it.
        waitForStage(true);
    }

    // The invariants of any mode: no two nodes overlap, every edge ends on its nodes' borders,
    // and after a fit every node is inside the view.
    void checkMap()
    {
        GraphScene *scene = graph()->graphScene();
        const QList<NodeItem *> nodes = scene->nodes();
        QVERIFY(!nodes.isEmpty());
        for (int i = 0; i < nodes.size(); ++i) {
            for (int j = i + 1; j < nodes.size(); ++j)
                QVERIFY2(!nodes.at(i)->sceneBox().intersects(nodes.at(j)->sceneBox()),
                         qPrintable(nodes.at(i)->name() + QStringLiteral(" overlaps ") + nodes.at(j)->name()));
        }
        for (EdgeItem *e : scene->edges()) {
            QVERIFY2(distanceToBorder(e->tail()->sceneBox(), e->startPoint()) < 3, qPrintable(e->tail()->name()));
            QVERIFY2(distanceToBorder(e->head()->sceneBox(), e->endPoint()) < 3, qPrintable(e->head()->name()));
        }
        const QRect viewport = graph()->viewport()->rect();
        for (NodeItem *n : nodes) {
            const QRect onScreen = graph()->mapFromScene(n->sceneBox()).boundingRect();
            QVERIFY2(viewport.adjusted(-1, -1, 1, 1).contains(onScreen), qPrintable(n->name()));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PatternbookTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_present"));
    }

    void cleanup()
    {
        m_window.reset();
        m_folder.reset();
    }

    void wholeLanguageIsReadable_data()
    {
        QTest::addColumn<QSize>("screen");
        QTest::addColumn<int>("patterns");
        QTest::addColumn<int>("scales");
        QTest::addColumn<qreal>("pixels");
        QTest::newRow("sample, 1920x1080") << QSize(1920, 1080) << 0 << 0 << 18.0;
        QTest::newRow("60 over 8 scales, 1920x1080") << QSize(1920, 1080) << 60 << 8 << 18.0;
        QTest::newRow("sample, 1280x720") << QSize(1280, 720) << 0 << 0 << 12.0;
        QTest::newRow("60 over 8 scales, 1280x720") << QSize(1280, 720) << 60 << 8 << 12.0;
    }

    // The whole language on the room's screen, graph only: every name readable from the back.
    void wholeLanguageIsReadable()
    {
        QFETCH(QSize, screen);
        QFETCH(int, patterns);
        QFETCH(int, scales);
        QFETCH(qreal, pixels);
        open(screen, patterns, scales);
        if (QTest::currentTestFailed() || !m_opened)
            return;
        present(Presentation::View::GraphOnly);
        QCOMPARE(m_window->geometry().size(), screen);
        checkMap();
        const qreal names = graph()->namePixelsOnScreen();
        qInfo("names %.1f px high on a %dx%d screen", names, screen.width(), screen.height());
        QVERIFY2(names >= pixels, qPrintable(QString::number(names)));

        // Leaving: laid out again for the desk's type and shape; edges still end on their nodes.
        m_window->setPresentation(false);
        QTRY_VERIFY_WITH_TIMEOUT(!graph()->isPresentation(), 30000);
        waitForStage(false);
        checkMap();
    }

    void focusIsLargeOnAProjector_data()
    {
        QTest::addColumn<int>("patterns");
        QTest::newRow("sample") << 0;
        QTest::newRow("60 over 8 scales") << 60;
    }

    void focusIsLargeOnAProjector()
    {
        QFETCH(int, patterns);
        open(QSize(1280, 720), patterns, 8);
        if (QTest::currentTestFailed() || !m_opened)
            return;
        set()->setCurrentId(patterns ? 20 : 8);
        m_window->setFocusHops(1);
        present(Presentation::View::GraphOnly);
        checkMap();
        const qreal names = graph()->namePixelsOnScreen();
        qInfo("focus: names %.1f px high at 1280x720", names);
        QVERIFY2(names >= 28, qPrintable(QString::number(names)));
        // Graph and card side by side: still every node in view, and the card in large type.
        m_window->presentation()->setView(Presentation::View::GraphAndCard);
        test::settle(); // the card takes its room: the graph's resize is posted
        waitForLayout();
        checkMap();
        QVERIFY(m_window->presentation()->card()->isVisible());
        QVERIFY2(m_window->presentation()->card()->bodyPixels() >= 18, qPrintable(QString::number(m_window->presentation()->card()->bodyPixels())));
    }

    // Above 60 patterns the fitted overview shows the bands and their counts, not specks; the
    // names appear as one zooms in.
    void semanticZoom()
    {
        open(QSize(1920, 1080), 1000, 8);
        if (QTest::currentTestFailed() || !m_opened)
            return;
        present(Presentation::View::GraphOnly);
        QVERIFY(!NodeItem::nameReadable(graph()->namePixelsOnScreen()));
        const QList<BandItem *> bands = graph()->graphScene()->bands();
        QCOMPARE(bands.size(), 8);
        int counted = 0;
        for (BandItem *b : bands) {
            QVERIFY(b->overviewText().contains(b->band().label));
            counted += b->band().count;
        }
        QCOMPARE(counted, 1000);
        // Zooming in until the names read.
        for (int i = 0; i < 30 && !NodeItem::nameReadable(graph()->namePixelsOnScreen()); ++i)
            graph()->zoomIn();
        QVERIFY(NodeItem::nameReadable(graph()->namePixelsOnScreen()));
    }

    // The keys of a presenter remote work at once, with no click first; B blanks; Escape leaves.
    void keysWorkAtOnce()
    {
        open(QSize(1920, 1080));
        if (QTest::currentTestFailed() || !m_opened)
            return;
        present(Presentation::View::GraphAndCard);
        QTRY_COMPARE_WITH_TIMEOUT(QApplication::activeWindow(), m_window.get(), 5000);
        const QString before = set()->current();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageDown);
        QVERIFY(set()->current() != before);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageUp);
        QCOMPARE(set()->current(), before);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_End);
        const QString last = set()->current();
        QVERIFY(last != before);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Home);
        QVERIFY(set()->current() != last);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down); // along a link
        // The card follows the current pattern.
        QCOMPARE(m_window->presentation()->card()->summary().name, set()->currentPattern()->fields.name);
        // Blank and back, as presentation programs do.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_B);
        QVERIFY(m_window->presentation()->isBlank());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Period);
        QVERIFY(!m_window->presentation()->isBlank());
        // Every action is in the Presentation menu too.
        for (QAction *a : {m_window->presentation()->nextAction, m_window->presentation()->blankAction,
                           m_window->presentation()->graphOnlyAction, m_window->presentation()->presenterAction})
            QVERIFY(m_window->presentation()->menu()->actions().contains(a));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY(!m_window->isPresenting());
    }

    // A tour is built from suggestions, saved, read back, and stepped through; the map marks
    // where it has been and where it goes next; the presenter screen shows what comes next.
    void tours()
    {
        open(QSize(1920, 1080));
        if (QTest::currentTestFailed() || !m_opened)
            return;
        TourPanel *panel = m_window->tourPanel();
        set()->setCurrentId(7);
        panel->setTour(Tour());
        panel->addPattern(7);
        // The suggestions are the patterns completing it; tick two of them.
        QListWidget *suggested = panel->suggestions();
        QVERIFY(suggested->count() >= 2);
        const int first = suggested->item(0)->data(Qt::UserRole).toInt();
        suggested->item(0)->setCheckState(Qt::Checked);
        const int second = panel->suggestions()->item(0)->data(Qt::UserRole).toInt();
        panel->suggestions()->item(0)->setCheckState(Qt::Checked);
        QCOMPARE(panel->tour().ids, (QList<int>{7, first, second}));
        QVERIFY(panel->saveAs(QStringLiteral("Delivering in streams")));
        const QByteArray file = test::readFile(QDir(TourStore::folderFor(m_folder->path())).filePath(TourStore::fileNameFor(QStringLiteral("Delivering in streams"))));
        QCOMPARE(file.count('\n'), 5); // two comment lines, then one pattern a line
        QVERIFY(file.contains("\n7 Value Stream Alignment\n"));

        // A fresh panel reads it back.
        panel->setTour(Tour());
        QVERIFY(panel->open(QStringLiteral("Delivering in streams")));
        QCOMPARE(panel->tour().ids, (QList<int>{7, first, second}));

        QSignalSpy stepped(m_window->presentation(), &Presentation::stepChanged);
        Q_EMIT panel->presentRequested(panel->tour());
        waitForLayout();
        QVERIFY(m_window->isPresenting());
        QCOMPARE(set()->currentPattern()->fields.id, 7);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageDown);
        QCOMPARE(set()->currentPattern()->fields.id, first);
        QCOMPARE(m_window->presentation()->step(), 1);
        GraphScene *scene = graph()->graphScene();
        QCOMPARE(scene->node(set()->language().patternById(7)->fileName)->tourStep(), 1);
        QVERIFY(scene->node(set()->language().patternById(second)->fileName)->isTourNext());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageDown);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageDown); // past the end: stays
        QCOMPARE(set()->currentPattern()->fields.id, second);
        QVERIFY(stepped.size() >= 2);

        // The presenter screen is on the other screen, with the tour's place and what is next.
        PresenterWindow *presenter = m_window->presentation()->presenterWindow();
        QVERIFY(presenter);
        QTRY_VERIFY(presenter->isVisible());
        QCOMPARE(presenter->screen()->geometry().size(), QSize(1280, 720));
        QCOMPARE(presenter->stepText(), QStringLiteral("Step 3 of 3"));
        QVERIFY(presenter->nextText().contains(QLatin1String("end of the tour")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Home);
        QCOMPARE(presenter->stepText(), QStringLiteral("Step 1 of 3"));
        QVERIFY(presenter->nextText().contains(set()->language().patternById(first)->fields.name));
        m_window->setPresentation(false);
        QVERIFY(!presenter->isVisible());
    }

    // A language the size of Alexander's, one part at a time: the part on its own at 1920x1080
    // reads from the back of the room, in the language's order, with no name buried under a link.
    void onePartOfALargeLanguage()
    {
        open(QSize(1920, 1080), 250, 3);
        if (QTest::currentTestFailed() || !m_opened)
            return;
        present(Presentation::View::GraphOnly);
        QSignalSpy parts(m_window->presentation(), &Presentation::partChanged);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_P); // the first part
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_P); // the second
        QCOMPARE(parts.size(), 2);
        QCOMPARE(m_window->presentation()->part(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(graph()->graphScene()->nodes().size() < 250, 30000);
        waitForLayout();
        GraphScene *scene = graph()->graphScene();
        const QList<NodeItem *> nodes = scene->nodes();
        QVERIFY2(nodes.size() > 60, qPrintable(QString::number(nodes.size())));
        for (NodeItem *n : nodes)
            QCOMPARE(set()->language().patternById(n->patternId())->fields.scale, 2);
        QVERIFY(m_window->presentation()->caption().startsWith(QLatin1String("2")));
        checkMap();
        const qreal names = graph()->namePixelsOnScreen();
        qInfo("one part of 250 patterns: %lld nodes, names %.1f px high at 1920x1080", qlonglong(nodes.size()), names);
        QVERIFY2(names >= 18, qPrintable(QString::number(names)));

        // The sequence: within the band, each pattern right of the one before or on a lower row.
        QList<NodeItem *> byId = nodes;
        std::sort(byId.begin(), byId.end(), [](NodeItem *a, NodeItem *b) { return a->patternId() < b->patternId(); });
        for (int i = 1; i < byId.size(); ++i) {
            const QRectF a = byId.at(i - 1)->sceneBox();
            const QRectF b = byId.at(i)->sceneBox();
            const bool sameRow = std::abs(a.center().y() - b.center().y()) < std::min(a.height(), b.height()) / 2;
            QVERIFY2(sameRow ? b.center().x() > a.center().x() : b.center().y() > a.center().y(),
                     qPrintable(byId.at(i)->name() + QStringLiteral(" is out of order after ") + byId.at(i - 1)->name()));
        }
        // No band label over a node.
        for (BandItem *band : scene->bands()) {
            for (NodeItem *n : nodes)
                QVERIFY2(!band->band().labelRect.intersects(n->sceneBox()), qPrintable(band->band().label + QStringLiteral(" over ") + n->name()));
        }
        // Only the current pattern's links are drawn in a part this large, and none of them runs
        // through another pattern's box: tried for every fifth pattern as the current one.
        QVERIFY(scene->isDense());
        for (int i = 0; i < byId.size(); i += 5) {
            set()->setCurrentId(byId.at(i)->patternId());
            for (EdgeItem *e : scene->edges()) {
                const bool touches = e->tail() == byId.at(i) || e->head() == byId.at(i);
                QCOMPARE(e->isVisible(), touches);
                if (!e->isVisible())
                    continue;
                for (NodeItem *n : nodes) {
                    if (n == e->tail() || n == e->head())
                        continue;
                    const QRectF inner = n->sceneBox().adjusted(2, 2, -2, -2);
                    for (int k = 0; k <= 100; ++k)
                        QVERIFY2(!inner.contains(e->path().pointAtPercent(k / 100.0)),
                                 qPrintable(e->tail()->name() + QStringLiteral(" → ") + e->head()->name() + QStringLiteral(" crosses ") + n->name()));
                }
            }
        }

        // P past the last part comes back to the whole language.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_P);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_P);
        QCOMPARE(m_window->presentation()->part(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(graph()->graphScene()->nodes().size(), 250, 30000);
    }

    // Stepping in focus mode follows a fixed order, however each step re-lays the map out.
    void focusStepsInAFixedOrder()
    {
        open(QSize(1280, 720), 60, 8);
        if (QTest::currentTestFailed() || !m_opened)
            return;
        m_window->setFocusHops(1);
        present(Presentation::View::GraphAndCard);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Home);
        QList<int> seen{set()->currentPattern()->fields.id};
        for (int i = 0; i < 8; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageDown);
            waitForLayout();
            seen << set()->currentPattern()->fields.id;
        }
        QCOMPARE(seen, (QList<int>{1, 2, 3, 4, 5, 6, 7, 8, 9}));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageUp);
        QCOMPARE(set()->currentPattern()->fields.id, 8);
    }

    // A key pressed on a blanked screen does what it says at once: PageDown steps and shows,
    // Escape leaves.
    void blankedScreenTakesKeysAtOnce()
    {
        open(QSize(1920, 1080));
        if (QTest::currentTestFailed() || !m_opened)
            return;
        present(Presentation::View::GraphAndCard);
        QTRY_COMPARE_WITH_TIMEOUT(QApplication::activeWindow(), m_window.get(), 5000);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Home);
        const QString first = set()->current();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_B);
        QVERIFY(m_window->presentation()->isBlank());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageDown);
        QVERIFY(!m_window->presentation()->isBlank());
        QVERIFY(set()->current() != first);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_B);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY(!m_window->isPresenting());
        QVERIFY(!m_window->presentation()->isBlank());
    }

    // Presenting from the tabbed desk with the graph in front still shows the card beside it;
    // leaving gives the desk back its reading pane at the width it had.
    void deskComesBackAsItWas()
    {
        open(QSize(1920, 1080), 250, 3);
        if (QTest::currentTestFailed() || !m_opened)
            return;
        const int readingWidth = m_window->readingSlot()->width();
        QVERIFY(readingWidth > 300);
        m_window->setPresentation(true);
        QVERIFY(m_window->presentation()->card()->isVisible());
        waitForStage(true);
        m_window->setPresentation(false);
        waitForStage(false);
        QTRY_VERIFY_WITH_TIMEOUT(std::abs(m_window->readingSlot()->width() - readingWidth) <= 2, 5000);

        m_window->setTabbed(true);
        m_window->showTab(true);
        m_window->setPresentation(true);
        QCOMPARE(m_window->presentation()->view(), Presentation::View::GraphAndCard);
        QVERIFY(m_window->presentation()->card()->isVisible());
        QVERIFY(graph()->isVisible());
        m_window->setPresentation(false);
    }

    // A pattern's name on the card wraps between words, never inside one: a word too long for
    // the line makes the type smaller.
    void cardWrapsWholeWords()
    {
        PatternCard card;
        card.resize(420, 600);
        PatternSummary summary;
        summary.id = 12;
        summary.name = QStringLiteral("Independent Neighbourhoodassociations");
        summary.problem = QStringLiteral("People who live side by side rarely decide anything together.");
        summary.solution = QStringLiteral("Give each neighbourhood a room and a budget of its own.");
        card.setSummary(summary);
        QVERIFY(card.bodyPixels() >= 6);
        const QTextDocument *document = card.document();
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            const QString text = block.text();
            QTextLayout *layout = block.layout();
            for (int l = 0; l + 1 < layout->lineCount(); ++l) {
                const QTextLine line = layout->lineAt(l);
                const int end = line.textStart() + line.textLength();
                QVERIFY2(end > 0 && end <= text.size() && (text.at(end - 1).isSpace() || text.at(end - 1) == QChar::Nbsp || text.at(end).isSpace()),
                         qPrintable(QStringLiteral("a line ends inside a word: ") + text.left(end)));
            }
        }
    }

    void tourFilesMergeLineByLine()
    {
        const Tour tour = TourStore::parse("# Patternbook tour: Workshop\n# comment\n7 Value Stream Alignment\n\n8\n"
                                           "  3 Flow Over Utilisation  \nnot a number\n7 again\n",
                                           QStringLiteral("fallback"));
        QCOMPARE(tour.name, QStringLiteral("Workshop"));
        QCOMPARE(tour.ids, (QList<int>{7, 8, 3}));
        QCOMPARE(TourStore::fileNameFor(QStringLiteral("Onboarding a Team!")), QStringLiteral("onboarding-a-team.tour"));
    }
};

QTEST_MAIN(TestPresent)
#include "tst_present.moc"
