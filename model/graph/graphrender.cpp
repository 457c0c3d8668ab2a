#include "graph/graphrender.h"
#include "graph/graphviz_p.h"
#include "language/language.h"
#include "language/linkgraph.h"

#include <QCoreApplication>
#include <algorithm>

namespace pb {

namespace {

// The context of these texts for Qt Linguist.
class GraphRenderTr
{
    Q_DECLARE_TR_FUNCTIONS(pb::Graph)
};

constexpr qreal PointsPerInch = 72.0;

QByteArray number(qreal value) { return QByteArray::number(value, 'f', 2); }

// Graphviz's y grows upwards; the layout's downwards, from the top of `height`.
// Layout coordinates to Graphviz's: y upwards from the bottom of the picture, everything times
// `scale` (a poster is the layout scaled to its page, type and lines included).
struct Frame
{
    qreal height = 0; // the picture's, in layout units
    qreal scale = 1;

    QByteArray point(const QPointF &p) const { return number(p.x() * scale) + "," + number((height - p.y()) * scale); }
    QByteArray inches(qreal length) const { return number(length * scale / PointsPerInch); }
    QByteArray size(qreal length) const { return number(length * scale); }
    QByteArray boxAt(const QRectF &r) const
    {
        return "pos=\"" + point(r.center()) + "!\", width=" + inches(r.width()) + ", height=" + inches(r.height());
    }
};

QByteArray color(const QString &hex) { return graphviz::quoted(hex); }

QString label(const GraphInput::Node &n)
{
    QString text = QString::number(n.id);
    if (n.confidence > 0)
        text += QStringLiteral("  ") + QString(n.confidence, QChar(0x2605));
    return text + QLatin1Char('\n') + wrapName(n.name);
}

} // namespace

QSizeF paperSize(const QString &name)
{
    const qreal mm = PointsPerInch / 25.4;
    const QString n = name.toUpper();
    if (n == QLatin1String("A1"))
        return {841 * mm, 594 * mm};
    if (n == QLatin1String("A2"))
        return {594 * mm, 420 * mm};
    if (n == QLatin1String("A3"))
        return {420 * mm, 297 * mm};
    if (n == QLatin1String("A4"))
        return {297 * mm, 210 * mm};
    if (n == QLatin1String("LETTER"))
        return {11 * PointsPerInch, 8.5 * PointsPerInch};
    return {};
}

QByteArray renderGraph(const GraphInput &input, const GraphLayout &layout, const GraphRenderOptions &options,
                       QString *error)
{
    const GraphPalette &palette = options.palette;
    // Room above for the title and below for the legend, outside the layout.
    const qreal titleHeight = options.title.isEmpty() ? 0 : options.fontSize * 3.2;
    // The legend: one line where the graph is wide enough, else a line for each of its parts;
    // and the picture widened where even those are wider than a small language's graph.
    // A dense graph (see DenseGraphPatterns): the mentions left out, the completion links faint,
    // so that the names read through them; the legend says so.
    const bool dense = int(input.nodes.size()) > options.denseAbove;
    const QStringList legendParts{QStringLiteral("→  ") + GraphRenderTr::tr("a larger pattern completed by a smaller one"),
                                  dense ? GraphRenderTr::tr("mentions not drawn in a graph of more than %n pattern(s)", nullptr, options.denseAbove)
                                        : QStringLiteral("- - -  ") + GraphRenderTr::tr("a pattern mentions another"),
                                  GraphRenderTr::tr("bands: the scales, largest at the top")};
    const QString legendGap = QStringLiteral("          ");
    const qreal charWidth = options.fontSize * 0.6; // generous for the sans-serif faces Graphviz picks
    const qreal oneLine = legendParts.join(legendGap).size() * charWidth;
    const bool stacked = oneLine > layout.bounds.width();
    qreal legendWidth = oneLine;
    if (stacked) {
        legendWidth = 0;
        for (const QString &part : legendParts)
            legendWidth = std::max(legendWidth, part.size() * charWidth);
    }
    const QString legendText = legendParts.join(stacked ? QStringLiteral("\n") : legendGap);
    const qreal legendHeight = options.legend ? options.fontSize * (stacked ? 6.0 : 3.4) : 0;
    QRectF bounds = layout.bounds.adjusted(0, -titleHeight, 0, legendHeight);
    if (options.legend && legendWidth + 2 * options.fontSize > bounds.width()) {
        const qreal grow = (legendWidth + 2 * options.fontSize - bounds.width()) / 2;
        bounds.adjust(-grow, 0, grow, 0);
    }
    // Graphviz's PDF and PostScript pages have a margin of half an inch around the picture: the
    // picture is scaled to the page less that margin, and widened or heightened to its shape,
    // so that the page is the paper's.
    const qreal pageMargin = options.format == QLatin1String("pdf") ? PointsPerInch : 0;
    if (!options.page.isEmpty()) {
        const qreal shape = (options.page.width() - pageMargin) / (options.page.height() - pageMargin);
        if (bounds.width() / bounds.height() < shape) {
            const qreal grow = bounds.height() * shape - bounds.width();
            bounds.adjust(-grow / 2, 0, grow / 2, 0);
        } else {
            const qreal grow = bounds.width() / shape - bounds.height();
            bounds.adjust(0, -grow / 2, 0, grow / 2);
        }
    }
    Frame f;
    f.height = bounds.bottom();
    if (!options.page.isEmpty())
        f.scale = std::min((options.page.width() - pageMargin) / bounds.width(),
                           (options.page.height() - pageMargin) / bounds.height());
    const QByteArray font = graphviz::quoted(QStringLiteral("DejaVu Sans"));

    QByteArray dot = "digraph graph_export {\n";
    // Bands, then links, then patterns: the names are never beneath a link.
    dot += "  graph [notranslate=true, outputorder=edgesfirst, pad=0, bgcolor=" + color(palette.background)
           + ", fontname=" + font;
    if (options.format == QLatin1String("png"))
        dot += ", dpi=" + number(options.dpi);
    dot += "];\n";
    dot += "  node [fontname=" + font + ", fixedsize=true, penwidth=" + f.size(1) + "];\n";
    dot += "  edge [arrowsize=" + f.size(options.fontSize / 14) + ", penwidth=" + f.size(std::max(1.2, options.fontSize / 9)) + "];\n";
    // Invisible corners: Graphviz sizes the picture to its nodes, and edges that curve outside
    // them would be cut off. These hold the picture to the layout's bounds, edges and all.
    dot += "  corner_tl [shape=point, style=invis, width=0.01, pos=\"" + f.point(bounds.topLeft()) + "!\"];\n";
    dot += "  corner_br [shape=point, style=invis, width=0.01, pos=\"" + f.point(bounds.bottomRight()) + "!\"];\n";
    if (!options.title.isEmpty())
        dot += "  title [shape=plaintext, fontsize=" + f.size(options.fontSize * 2) + ", fontcolor=" + color(palette.nodeText)
               + ", label=" + graphviz::quoted(options.title) + ", "
               + f.boxAt(QRectF(bounds.left(), layout.bounds.top() - titleHeight, bounds.width(), titleHeight)) + "];\n";
    // The bands are clusters: Graphviz draws a cluster's box before any link or pattern, so that
    // the bands lie beneath both. Each holds its label.
    int b = 0;
    for (const GraphLayout::Band &band : layout.bands) {
        const QByteArray name = "band" + QByteArray::number(b++);
        const QRectF r = band.rect;
        dot += "  subgraph cluster_" + name + " {\n    graph [bb=\"" + f.point(r.bottomLeft()) + "," + f.point(r.topRight())
               + "\", style=filled, color=" + color(palette.bandFill) + ", fillcolor=" + color(palette.bandFill)
               + ", label=\"\"];\n";
        dot += "    " + name + "_label [shape=plaintext, fontsize=" + f.size(options.fontSize * 1.1) + ", fontcolor="
               + color(palette.bandText) + ", label=" + graphviz::quoted(wrapName(band.label, 16) + QStringLiteral("\n(%1)").arg(band.count))
               + ", " + f.boxAt(band.labelRect) + "];\n  }\n";
    }
    for (const GraphInput::Node &n : input.nodes) {
        const auto rect = layout.nodes.constFind(n.index);
        if (rect == layout.nodes.cend())
            continue;
        const bool current = n.index == options.current;
        dot += "  n" + QByteArray::number(n.index) + " [shape=box, style=\"rounded,filled\", fillcolor="
               + color(palette.fillFor(n.scale)) + ", color=" + color(current ? palette.currentBorder : palette.nodeBorder)
               + ", penwidth=" + f.size(current ? 3 : 1) + ", fontcolor=" + color(palette.nodeText)
               + ", fontsize=" + f.size(options.fontSize) + ", label=" + graphviz::quoted(label(n))
               + ", tooltip=" + graphviz::quoted(n.name) + ", id=" + graphviz::quoted(QStringLiteral("pattern-%1").arg(n.id));
        if (!n.href.isEmpty())
            dot += ", URL=" + graphviz::quoted(n.href) + ", target=\"_top\"";
        dot += ", " + f.boxAt(*rect) + "];\n";
    }
    for (const GraphLayout::Edge &e : layout.edges) {
        if (dense && e.kind == EdgeKind::Related)
            continue;
        QByteArray pos;
        if (e.arrowTip)
            pos = "e," + f.point(*e.arrowTip);
        for (const QPointF &p : e.spline)
            pos += (pos.isEmpty() ? "" : " ") + f.point(p);
        QString colour = palette.edge;
        if (e.kind == EdgeKind::Related)
            colour = palette.relatedEdge;
        else if (e.kind == EdgeKind::Unmirrored && palette.marksUnmirrored)
            colour = palette.unmirroredEdge;
        if (dense)
            colour += QStringLiteral("59"); // about a third opaque
        dot += "  n" + QByteArray::number(e.from) + " -> n" + QByteArray::number(e.to) + " [pos=\"" + pos
               + "\", color=" + color(colour);
        if (e.kind == EdgeKind::Related)
            dot += ", style=dashed, dir=none";
        dot += "];\n";
    }
    if (options.legend) {
        dot += "  legend [shape=plaintext, fontsize=" + f.size(options.fontSize) + ", fontcolor=" + color(palette.bandText)
               + ", label=" + graphviz::quoted(legendText) + ", "
               + f.boxAt(QRectF(bounds.left(), layout.bounds.bottom(), bounds.width(), legendHeight)) + "];\n";
    }
    dot += "}\n";

    QByteArray out;
    QString message;
    const bool ok = graphviz::run(dot, "nop2", [&](GVC_t *gvc, Agraph_t *graph) {
        out = graphviz::render(gvc, graph, options.format.toLatin1().constData());
    }, &message);
    if ((!ok || out.isEmpty()) && error)
        *error = message.isEmpty() ? GraphRenderTr::tr("Graphviz cannot write %1").arg(options.format) : message;
    return ok ? out : QByteArray();
}

QByteArray drawLanguageGraph(const Language &language, const QSet<int> &only, GraphRenderOptions options, qreal aspect,
                             QString *error)
{
    const GraphInput input = GraphInput::fromLanguage(language, LinkGraph::build(language), only);
    if (!options.page.isEmpty()) {
        if (options.title.isEmpty())
            options.title = language.title();
        options.legend = true;
    }
    LayoutOptions layoutOptions;
    layoutOptions.aspect = options.page.isEmpty() ? aspect : options.page.width() / options.page.height();
    const GraphLayout layout = layoutGraph(input, layoutOptions);
    if (!layout.ok) {
        if (error)
            *error = layout.error;
        return {};
    }
    return renderGraph(input, layout, options, error);
}

} // namespace pb
