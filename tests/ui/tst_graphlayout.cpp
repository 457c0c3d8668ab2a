#include "graphexport.h"
#include "graphlayout.h"
#include "language.h"
#include "linkgraph.h"
#include "testsupport.h"

#include <QTest>

using namespace pb;

class TestGraphLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Larger patterns above smaller: every hierarchy edge points down the page.
    void largerAboveSmaller()
    {
        const Language language = Language::load(test::sampleLanguageDir());
        const LinkGraph graph = LinkGraph::build(language);
        const GraphLayoutResult layout = layoutDot(graphToDot(language, graph));
        QVERIFY2(layout.ok, qPrintable(layout.error));
        QCOMPARE(layout.nodeCentres.size(), language.patternCount());
        for (const HierarchyEdge &e : graph.hierarchy()) {
            const QPointF larger = layout.nodeCentres.value(QString::fromLatin1(dotNodeName(e.larger)));
            const QPointF smaller = layout.nodeCentres.value(QString::fromLatin1(dotNodeName(e.smaller)));
            QVERIFY(larger.y() < smaller.y());
        }
        // Each scale is one row.
        for (int i = 0; i < language.patternCount(); ++i) {
            for (int j = 0; j < language.patternCount(); ++j) {
                if (language.pattern(i).fields.scale == language.pattern(j).fields.scale)
                    QCOMPARE(layout.nodeCentres.value(QString::fromLatin1(dotNodeName(i))).y(),
                             layout.nodeCentres.value(QString::fromLatin1(dotNodeName(j))).y());
            }
        }
        QVERIFY(!layout.edges.isEmpty());
        for (const auto &edge : layout.edges)
            QVERIFY(edge.spline.size() >= 4);
    }

    void fixedNodeSizes()
    {
        const Language language = Language::load(test::testDataDir() + QStringLiteral("/languages/mini"));
        DotOptions options;
        for (int i = 0; i < language.patternCount(); ++i)
            options.nodeSizes.insert(i, QSizeF(200, 50));
        const QByteArray dot = graphToDot(language, LinkGraph::build(language), options);
        QVERIFY(dot.contains("fixedsize=true, width=2.778, height=0.694"));
        const GraphLayoutResult layout = layoutDot(dot);
        QVERIFY(layout.ok);
        // Two nodes side by side are at least a node's width apart.
        const QPointF a = layout.nodeCentres.value(QStringLiteral("p1"));
        const QPointF b = layout.nodeCentres.value(QStringLiteral("p2"));
        QVERIFY(std::abs(a.x() - b.x()) >= 200);
    }

    void plainFormat()
    {
        const GraphLayoutResult r = parsePlainLayout("graph 1 2 1\nnode p0 1 0.5 0.5 0.3 \"a label\" solid box black white\n"
                                                     "edge p0 p1 4 0 0 1 1 2 1 2 0 dashed black\nstop\n");
        QVERIFY(r.ok);
        QCOMPARE(r.bounds, QRectF(0, 0, 144, 72));
        QCOMPARE(r.nodeCentres.value(QStringLiteral("p0")), QPointF(72, 36));
        QCOMPARE(r.edges.size(), 1);
        QCOMPARE(r.edges.first().spline.size(), 4);
        QVERIFY(r.edges.first().dashed);
    }

    void badDotFailsCleanly()
    {
        const GraphLayoutResult r = layoutDot("this is not dot {");
        QVERIFY(!r.ok);
        QVERIFY(!r.error.isEmpty());
    }

    void svg()
    {
        const Language language = Language::load(test::testDataDir() + QStringLiteral("/languages/mini"));
        QString error;
        const QByteArray svg = renderDotToSvg(graphToDot(language, LinkGraph::build(language)), &error);
        QVERIFY2(svg.contains("<svg"), qPrintable(error));
        QVERIFY(svg.contains("Root Pattern"));
    }
};

QTEST_GUILESS_MAIN(TestGraphLayout)
#include "tst_graphlayout.moc"
