// The graph's layout and its drawing, headless: bands in order, nothing overlapping, every edge
// on its nodes, the shape of the screen filled, and exports that hold every node and edge.

#include "graph/graphexport.h"
#include "graph/graphlayout.h"
#include "graph/graphrender.h"
#include "language/language.h"
#include "language/linkgraph.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace pb;

namespace {

Language sample() { return Language::load(test::sampleLanguageDir()); }
Language generated(int patterns, int scales) { return test::languageOf(test::generatedLanguage(patterns, scales)); }

GraphInput inputOf(const Language &language)
{
    GraphInput input = GraphInput::fromLanguage(language, LinkGraph::build(language));
    // Sizes as the app gives them: wide enough for the name, three lines high at most.
    for (GraphInput::Node &n : input.nodes)
        n.size = QSizeF(60 + 6 * std::min<qsizetype>(n.name.size(), 18), n.name.size() > 18 ? 52 : 38);
    return input;
}

qreal distanceToBorder(const QRectF &r, const QPointF &p)
{
    const qreal dx = std::max({r.left() - p.x(), 0.0, p.x() - r.right()});
    const qreal dy = std::max({r.top() - p.y(), 0.0, p.y() - r.bottom()});
    if (dx > 0 || dy > 0)
        return std::hypot(dx, dy); // outside
    return std::min({p.x() - r.left(), r.right() - p.x(), p.y() - r.top(), r.bottom() - p.y()}); // inside
}

// The numbers of an SVG path or points list as (x, y) pairs.
QList<QPointF> pairs(const QString &text)
{
    QList<QPointF> out;
    static const QRegularExpression number(QStringLiteral("-?\\d+(\\.\\d+)?"));
    QList<qreal> values;
    for (auto it = number.globalMatch(text); it.hasNext();)
        values << it.next().captured().toDouble();
    for (int i = 0; i + 1 < values.size(); i += 2)
        out << QPointF(values.at(i), values.at(i + 1));
    return out;
}

} // namespace

class TestGraphLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void layouts_data()
    {
        QTest::addColumn<int>("patterns"); // 0: the sample language
        QTest::addColumn<int>("scales");
        QTest::addColumn<qreal>("aspect");
        QTest::newRow("sample, 16:9") << 0 << 0 << 16.0 / 9;
        QTest::newRow("sample, 4:3") << 0 << 0 << 4.0 / 3;
        QTest::newRow("sample, portrait") << 0 << 0 << 0.7;
        QTest::newRow("60 over 8 scales, 16:9") << 60 << 8 << 16.0 / 9;
        QTest::newRow("60 over 8 scales, 4:3") << 60 << 8 << 4.0 / 3;
        QTest::newRow("300 over 5 scales, 16:9") << 300 << 5 << 16.0 / 9;
        QTest::newRow("1000 over 8 scales, 16:9") << 1000 << 8 << 16.0 / 9;
    }

    // Larger scales above smaller, each a band; no two nodes overlap; every edge ends on its nodes.
    void layouts()
    {
        QFETCH(int, patterns);
        QFETCH(int, scales);
        QFETCH(qreal, aspect);
        const Language language = patterns ? generated(patterns, scales) : sample();
        const GraphInput input = inputOf(language);
        LayoutOptions options;
        options.aspect = aspect;
        const GraphLayout layout = layoutGraph(input, options);
        QVERIFY2(layout.ok, qPrintable(layout.error));
        QCOMPARE(layout.nodes.size(), input.nodes.size());

        // Bands: one per scale, in order, top to bottom, each holding its patterns.
        QCOMPARE(layout.bands.size(), patterns ? scales : 6);
        for (int b = 1; b < layout.bands.size(); ++b) {
            QVERIFY(layout.bands.at(b - 1).scale < layout.bands.at(b).scale);
            QVERIFY(layout.bands.at(b - 1).rect.bottom() <= layout.bands.at(b).rect.top());
        }
        for (const GraphInput::Node &n : input.nodes) {
            const auto band = std::find_if(layout.bands.cbegin(), layout.bands.cend(),
                                           [&](const GraphLayout::Band &b) { return b.scale == n.scale; });
            QVERIFY(band != layout.bands.cend());
            QVERIFY(band->rect.contains(layout.nodes.value(n.index)));
            QCOMPARE(layout.nodes.value(n.index).size(), n.size);
            QVERIFY(layout.bounds.contains(layout.nodes.value(n.index)));
        }
        // No overlap (sorted sweep: quadratic would be slow at 1,000).
        QList<QRectF> rects = layout.nodes.values();
        std::sort(rects.begin(), rects.end(), [](const QRectF &a, const QRectF &b) { return a.left() < b.left(); });
        for (int i = 0; i < rects.size(); ++i) {
            for (int j = i + 1; j < rects.size() && rects.at(j).left() < rects.at(i).right(); ++j)
                QVERIFY2(!rects.at(i).intersects(rects.at(j)), "two nodes overlap");
        }
        // Edges: from the tail's border to the head's (the arrowhead's tip on it), inside the bounds.
        QVERIFY(layout.edges.size() >= input.edges.size() * 9 / 10);
        for (const GraphLayout::Edge &e : layout.edges) {
            QVERIFY(e.spline.size() >= 4);
            QVERIFY(distanceToBorder(layout.nodes.value(e.from), e.spline.first()) < 3);
            const QPointF end = e.arrowTip.value_or(e.spline.last());
            QVERIFY2(distanceToBorder(layout.nodes.value(e.to), end) < 3, qPrintable(QStringLiteral("%1 -> %2").arg(e.from).arg(e.to)));
            for (const QPointF &p : e.spline)
                QVERIFY(layout.bounds.contains(p));
        }
        // The shape filled: a layout whose bands each fit one row may be narrower than asked
        // (bands never sit side by side); one with rows to wrap comes close to the shape asked.
        const qreal shape = layout.bounds.width() / layout.bounds.height();
        if (patterns >= 300)
            QVERIFY2(std::abs(shape / aspect - 1) < 0.3, qPrintable(QString::number(shape)));
        else
            QVERIFY2(shape < aspect * 1.3, qPrintable(QString::number(shape)));
    }

    // Without sizes (the command line has no fonts of its own), Graphviz measures the labels.
    void measuredByGraphviz()
    {
        const Language language = sample();
        const GraphInput input = GraphInput::fromLanguage(language, LinkGraph::build(language));
        const GraphLayout layout = layoutGraph(input);
        QVERIFY(layout.ok);
        for (const QRectF &r : layout.nodes)
            QVERIFY(r.width() > 30 && r.height() > 20);
    }

    void pinnedNodesStay()
    {
        const Language language = sample();
        const GraphInput input = inputOf(language);
        LayoutOptions options;
        const int index = input.nodes.at(3).index;
        options.pinned.insert(index, QPointF(-500, -300)); // far outside: everything moves along
        const GraphLayout layout = layoutGraph(input, options);
        QVERIFY(layout.ok);
        const QRectF pinned = layout.nodes.value(index);
        QCOMPARE(layout.bounds.topLeft(), QPointF(0, 0));
        for (auto it = layout.nodes.cbegin(); it != layout.nodes.cend(); ++it) {
            if (it.key() != index)
                QVERIFY(it.value().left() > pinned.right());
        }
    }

    void emptyAndBroken()
    {
        QVERIFY(layoutGraph(GraphInput()).ok);
        const Language broken = Language::load(test::testDataDir() + QStringLiteral("/languages/broken"));
        const GraphLayout layout = layoutGraph(inputOf(broken));
        QVERIFY(layout.ok);
    }

    // The SVG holds every node and every edge, and draws nothing outside its view box.
    void svgHoldsEverything()
    {
        const Language language = sample();
        const GraphInput input = inputOf(language);
        const GraphLayout layout = layoutGraph(input);
        GraphRenderOptions options;
        options.title = language.title();
        options.legend = true;
        QString error;
        const QByteArray svg = renderGraph(input, layout, options, &error);
        QVERIFY2(!svg.isEmpty(), qPrintable(error));
        QXmlStreamReader xml(svg);
        QRectF viewBox;
        // Graphviz's "scale(s s) rotate(0) translate(tx ty)": translated, then scaled.
        QPointF scale(1, 1), shift;
        auto map = [&](const QPointF &p) { return QPointF((p.x() + shift.x()) * scale.x(), (p.y() + shift.y()) * scale.y()); };
        int nodes = 0, edges = 0;
        QStringList outside;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            const auto attributes = xml.attributes();
            if (xml.name() == QLatin1String("svg")) {
                const QList<QPointF> box = pairs(attributes.value(QLatin1String("viewBox")).toString());
                viewBox = QRectF(box.at(0), QSizeF(box.at(1).x(), box.at(1).y()));
            } else if (attributes.value(QLatin1String("class")) == QLatin1String("graph")) {
                const QString t = attributes.value(QLatin1String("transform")).toString();
                const QRegularExpressionMatch s = QRegularExpression(QStringLiteral("scale\\(([\\d.]+) ([\\d.]+)\\)")).match(t);
                const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("translate\\((-?[\\d.]+) (-?[\\d.]+)\\)")).match(t);
                scale = QPointF(s.captured(1).toDouble(), s.captured(2).toDouble());
                shift = QPointF(m.captured(1).toDouble(), m.captured(2).toDouble());
            } else if (attributes.value(QLatin1String("class")) == QLatin1String("node")
                       && attributes.value(QLatin1String("id")).startsWith(QLatin1String("pattern-"))) {
                ++nodes;
            } else if (attributes.value(QLatin1String("class")) == QLatin1String("edge")) {
                ++edges;
            } else if (xml.name() == QLatin1String("path") || xml.name() == QLatin1String("polygon")) {
                const QString points = attributes.value(xml.name() == QLatin1String("path") ? QLatin1String("d") : QLatin1String("points")).toString();
                for (const QPointF &p : pairs(points)) {
                    if (!viewBox.adjusted(-0.5, -0.5, 0.5, 0.5).contains(map(p)))
                        outside << points.left(60);
                }
            }
        }
        QCOMPARE(nodes, int(input.nodes.size()));
        QCOMPARE(edges, int(layout.edges.size()));
        QVERIFY2(outside.isEmpty(), qPrintable(outside.join(QLatin1Char('\n'))));
        QVERIFY(svg.contains(language.title().toUtf8()));
    }

    void namesAboveLinks_data()
    {
        QTest::addColumn<int>("patterns");
        QTest::addColumn<bool>("dense");
        QTest::newRow("sample: every link") << 0 << false;
        QTest::newRow("250 patterns: completions only, faint") << 250 << true;
    }

    // Every link is drawn before every box, so no name lies under a link; above DenseGraphPatterns
    // the mentions are left out (and the legend says so) and the completion links are faint.
    void namesAboveLinks()
    {
        QFETCH(int, patterns);
        QFETCH(bool, dense);
        const Language language = patterns ? generated(patterns, 3) : sample();
        const GraphInput input = inputOf(language);
        const GraphLayout layout = layoutGraph(input);
        GraphRenderOptions options;
        options.legend = true;
        QString error;
        const QByteArray svg = renderGraph(input, layout, options, &error);
        QVERIFY2(!svg.isEmpty(), qPrintable(error));
        QXmlStreamReader xml(svg);
        int nodes = 0, edges = 0, edgesAfterNodes = 0, dashed = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            const QStringView kind = xml.attributes().value(QLatin1String("class"));
            if (kind == QLatin1String("node") && xml.attributes().value(QLatin1String("id")).startsWith(QLatin1String("pattern-")))
                ++nodes;
            if (kind == QLatin1String("edge")) {
                ++edges;
                if (nodes > 0)
                    ++edgesAfterNodes;
            }
            if (xml.name() == QLatin1String("path") && xml.attributes().hasAttribute(QLatin1String("stroke-dasharray")))
                ++dashed;
        }
        QCOMPARE(nodes, int(input.nodes.size()));
        QCOMPARE(edgesAfterNodes, 0);
        int related = 0;
        for (const GraphLayout::Edge &e : layout.edges)
            related += e.kind == EdgeKind::Related ? 1 : 0;
        QCOMPARE(edges, int(layout.edges.size()) - (dense ? related : 0));
        QCOMPARE(dashed > 0, !dense && related > 0);
        QCOMPARE(svg.contains("mentions not drawn"), dense);
    }

    void pngAndPoster()
    {
        const Language language = sample();
        const GraphInput input = inputOf(language);
        GraphRenderOptions png;
        png.format = QStringLiteral("png");
        QVERIFY(renderGraph(input, layoutGraph(input), png).startsWith("\x89PNG"));

        GraphRenderOptions poster;
        poster.format = QStringLiteral("pdf");
        poster.page = paperSize(QStringLiteral("A3"));
        poster.title = language.title();
        poster.legend = true;
        LayoutOptions options;
        options.aspect = poster.page.width() / poster.page.height();
        const QByteArray pdf = renderGraph(input, layoutGraph(input, options), poster);
        QVERIFY(pdf.startsWith("%PDF"));
        // The page is the paper's.
        const QRegularExpressionMatch box = QRegularExpression(QStringLiteral("/MediaBox \\[\\s*0 0 ([\\d.]+) ([\\d.]+)\\s*\\]"))
                                                .match(QString::fromLatin1(pdf));
        QVERIFY(box.hasMatch());
        const QSizeF page(box.captured(1).toDouble(), box.captured(2).toDouble());
        QVERIFY2(std::abs(page.width() - poster.page.width()) < 2 && std::abs(page.height() - poster.page.height()) < 2,
                 qPrintable(QStringLiteral("%1 x %2").arg(page.width()).arg(page.height())));
        QCOMPARE(paperSize(QStringLiteral("B7")), QSizeF());
    }

    // The plain DOT export for people's own Graphviz.
    void dot()
    {
        const Language language = sample();
        const QByteArray dot = graphToDot(language, LinkGraph::build(language));
        QVERIFY(dot.startsWith("digraph"));
        QVERIFY(dot.contains("rank=same"));
        QCOMPARE(dot.count(" -> "), LinkGraph::build(language).hierarchy().size() + LinkGraph::build(language).related().size());
    }

    void wrapping()
    {
        QCOMPARE(wrapName(QStringLiteral("Value Stream Alignment"), 14), QStringLiteral("Value Stream\nAlignment"));
        QCOMPARE(wrapName(QStringLiteral("Supercalifragilistic"), 5), QStringLiteral("Supercalifragilistic"));
    }
};

QTEST_GUILESS_MAIN(TestGraphLayout)
#include "tst_graphlayout.moc"
