#include "graph/graphexport.h"
#include "language/language.h"
#include "language/linkgraph.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QTest>

using namespace pb;

class TestLinkGraph : public QObject
{
    Q_OBJECT

private:
    Language mini() { return Language::load(test::testDataDir() + QStringLiteral("/languages/mini")); }

private Q_SLOTS:
    void edges()
    {
        const Language language = mini();
        const LinkGraph graph = LinkGraph::build(language);
        // 1 -> 2, 1 -> 3, 2 -> 4, 3 -> 4, each declared from both sides.
        QCOMPARE(graph.hierarchy().size(), 4);
        for (const HierarchyEdge &e : graph.hierarchy())
            QVERIFY(e.mirrored());
        // 3 names 2 in its discussion: one related link.
        QCOMPARE(graph.related().size(), 1);
        QCOMPARE(language.pattern(graph.related().first().from).fields.id, 3);
        QCOMPARE(language.pattern(graph.related().first().to).fields.id, 2);
        // Every declared link keeps where it was declared.
        for (const Link &l : graph.links())
            QVERIFY(l.offset > 0);
    }

    void neighbourhood_data()
    {
        QTest::addColumn<int>("id");
        QTest::addColumn<int>("hops");
        QTest::addColumn<QList<int>>("ids");

        QTest::newRow("leaf-one-hop") << 4 << 1 << QList<int>{2, 3, 4};
        QTest::newRow("leaf-two-hops") << 4 << 2 << QList<int>{1, 2, 3, 4};
        QTest::newRow("root-one-hop") << 1 << 1 << QList<int>{1, 2, 3};
        QTest::newRow("zero-hops") << 2 << 0 << QList<int>{2};
    }
    void neighbourhood()
    {
        QFETCH(int, id);
        QFETCH(int, hops);
        QFETCH(QList<int>, ids);
        const Language language = mini();
        const LinkGraph graph = LinkGraph::build(language);
        QList<int> got;
        for (int i : graph.neighbourhood(language.indexOfId(id), hops))
            got << language.pattern(i).fields.id;
        std::sort(got.begin(), got.end());
        QCOMPARE(got, ids);
    }

    void cyclesAndReach()
    {
        QList<QPair<QString, QByteArray>> files;
        auto pattern = [](int id, int scale, const QByteArray &completion) {
            return QByteArray("---\nid: ") + QByteArray::number(id) + "\nname: \"P" + QByteArray::number(id)
                   + "\"\nconfidence: 0\nscale: " + QByteArray::number(scale) + "\ncompletion_patterns: " + completion + "\n---\n";
        };
        files << qMakePair(QStringLiteral("1.md"), pattern(1, 1, "[2]")) << qMakePair(QStringLiteral("2.md"), pattern(2, 2, "[3]"))
              << qMakePair(QStringLiteral("3.md"), pattern(3, 3, "[4]")) << qMakePair(QStringLiteral("4.md"), pattern(4, 3, "[2]"))
              << qMakePair(QStringLiteral("5.md"), pattern(5, 2, "[]"));
        const Language language = test::languageOf(files);
        const LinkGraph graph = LinkGraph::build(language);
        const QList<QList<int>> cycles = graph.cycles();
        QCOMPARE(cycles.size(), 1);
        QList<int> ids;
        for (int i : cycles.first())
            ids << language.pattern(i).fields.id;
        QCOMPARE(ids, (QList<int>{2, 3, 4}));
        const QList<bool> reached = graph.reachableFrom({language.indexOfId(1)});
        QVERIFY(reached.at(language.indexOfId(4)));
        QVERIFY(!reached.at(language.indexOfId(5)));
    }

    // A chain far longer than any stack: the cycle search must not recurse.
    void longChain()
    {
        QList<QPair<QString, QByteArray>> files;
        const int n = 20000;
        for (int id = 1; id <= n; ++id) {
            const QByteArray next = id < n ? "[" + QByteArray::number(id + 1) + "]" : QByteArray("[1]");
            files << qMakePair(QStringLiteral("%1.md").arg(id, 5, 10, QLatin1Char('0')),
                               "---\nid: " + QByteArray::number(id) + "\nname: \"P" + QByteArray::number(id)
                                   + "\"\nconfidence: 0\ncompletion_patterns: " + next + "\n---\n");
        }
        const LinkGraph graph = LinkGraph::build(test::languageOf(files));
        QCOMPARE(graph.cycles().size(), 1);
        QCOMPARE(graph.cycles().first().size(), n);
    }

    void dotAndJson()
    {
        const Language language = mini();
        const LinkGraph graph = LinkGraph::build(language);
        const QByteArray dot = graphToDot(language, graph);
        QVERIFY(dot.startsWith("digraph \"Mini Language\" {"));
        QVERIFY(dot.contains("p0 [label=\"1  Root Pattern\\n★★\""));
        QVERIFY(dot.contains("{ rank=same; p1; p2; }"));
        QVERIFY(dot.contains("p0 -> p1;"));
        QVERIFY(dot.contains("p2 -> p1 [style=dashed, constraint=false"));
        const QJsonObject json = graphToJson(language, graph);
        QCOMPARE(json.value(QStringLiteral("nodes")).toArray().size(), 4);
        const QJsonArray edges = json.value(QStringLiteral("edges")).toArray();
        QCOMPARE(edges.size(), 9); // 8 list entries + 1 related mention
        const QJsonObject first = edges.first().toObject();
        QCOMPARE(first.value(QStringLiteral("kind")).toString(), QStringLiteral("completion"));
        QCOMPARE(first.value(QStringLiteral("line")).toInt(), 7);
    }
};

QTEST_GUILESS_MAIN(TestLinkGraph)
#include "tst_linkgraph.moc"
