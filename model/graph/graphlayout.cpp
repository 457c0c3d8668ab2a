#include "graph/graphlayout.h"
#include "format/pattern.h"
#include "graph/graphviz_p.h"

#include "language/language.h"
#include "language/linkgraph.h"

#include <QCoreApplication>
#include <QStringList>
#include <algorithm>
#include <cmath>

namespace pb {

namespace {
// The context of these texts for Qt Linguist.
class GraphTr
{
    Q_DECLARE_TR_FUNCTIONS(pb::Graph)
};
} // namespace

GraphInput GraphInput::fromLanguage(const Language &language, const LinkGraph &graph, const QSet<int> &only)
{
    GraphInput input;
    input.title = language.title();
    QSet<int> shown;
    for (int i = 0; i < language.patternCount(); ++i) {
        const Pattern &p = language.pattern(i);
        if (p.broken || p.fields.id <= 0 || (!only.isEmpty() && !only.contains(i)))
            continue;
        shown.insert(i);
        // What the graph shows is what the name holds: a direction control is written out.
        input.nodes.append({i, p.fields.id, visibleControls(p.fields.name), std::max(p.fields.confidence, 0), p.fields.scale, {}, {}});
    }
    for (const HierarchyEdge &e : graph.hierarchy()) {
        if (shown.contains(e.larger) && shown.contains(e.smaller))
            input.edges.append({e.larger, e.smaller, e.mirrored() ? EdgeKind::Completion : EdgeKind::Unmirrored});
    }
    for (const Link &l : graph.related()) {
        if (shown.contains(l.from) && shown.contains(l.to))
            input.edges.append({l.from, l.to, EdgeKind::Related});
    }
    for (const Scale &s : language.scales())
        input.scaleNames.insert(s.level, s.name);
    return input;
}

const GraphInput::Node *GraphInput::node(int index) const
{
    for (const Node &n : nodes) {
        if (n.index == index)
            return &n;
    }
    return nullptr;
}

QString wrapName(const QString &name, int width)
{
    QStringList lines;
    QString line;
    for (const QString &word : name.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines << line;
            line = word;
        } else {
            line = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        }
    }
    if (!line.isEmpty())
        lines << line;
    return lines.join(QLatin1Char('\n'));
}

namespace {

constexpr qreal PointsPerInch = 72.0;

QByteArray number(qreal value) { return QByteArray::number(value, 'f', 2); }
QByteArray nodeName(int index) { return "n" + QByteArray::number(index); }

QString nodeLabel(const GraphInput::Node &n)
{
    QString label = QString::number(n.id);
    if (n.confidence > 0)
        label += QStringLiteral("  ") + QString(n.confidence, QChar(0x2605));
    return label + QLatin1Char('\n') + wrapName(n.name);
}

// Patterns with no scale go in a band of their own, below the smallest scale.
int bandOf(const GraphInput::Node &n) { return n.scale > 0 ? n.scale : 1000; }

struct Ordered
{
    QMap<int, QList<int>> bands; // band -> node positions in input.nodes, left to right
    QHash<int, QSizeF> sizes; // node position -> size in points
};

// The node sizes Graphviz gives each label, for nodes that come without a size (the command line
// has no fonts of its own to measure with): every node at the origin, laid out by "nop", which
// measures and places nothing.
bool measureNodes(const GraphInput &input, const LayoutOptions &options, Ordered *out, QString *error)
{
    QByteArray dot = "digraph measure {\n  node [shape=box, fontname=\"DejaVu Sans\", fontsize=" + number(options.fontSize)
                     + ", margin=\"0.1,0.05\", pos=\"0,0\"];\n";
    QHash<int, int> position;
    for (int k = 0; k < input.nodes.size(); ++k) {
        const GraphInput::Node &n = input.nodes.at(k);
        if (!n.size.isEmpty()) {
            out->sizes.insert(k, n.size);
            continue;
        }
        position.insert(n.index, k);
        dot += "  " + nodeName(n.index) + " [label=" + graphviz::quoted(nodeLabel(n)) + "];\n";
    }
    if (position.isEmpty())
        return true;
    return graphviz::run(dot + "}\n", "nop", [&](GVC_t *, Agraph_t *graph) {
        for (Agnode_t *node = agfstnode(graph); node; node = agnxtnode(graph, node)) {
            const int k = position.value(QByteArray(agnameof(node)).mid(1).toInt(), -1);
            if (k >= 0)
                out->sizes.insert(k, QSizeF(graphviz::attribute(node, "width").toDouble() * PointsPerInch,
                                            graphviz::attribute(node, "height").toDouble() * PointsPerInch));
        }
    }, error);
}

// Step one: each band in the language's order, by id, left to right and row by row, so that a
// room reads the map as the book is read (pattern 1 first, then 2, ...). An order that crosses
// fewer links (dot's mincross, tried before) scattered the sequence across the band: pattern 1
// sat mid-band, and nobody could follow the language along its scale. Crossings are the lesser
// evil: above a few dozen patterns the links are drawn faint or only for the current pattern
// anyway (graphrender.cpp, GraphScene), and a crossing costs a reader less than a lost sequence.
bool orderBands(const GraphInput &input, const LayoutOptions &options, Ordered *out, QString *error)
{
    if (!measureNodes(input, options, out, error))
        return false;
    for (int k = 0; k < input.nodes.size(); ++k)
        out->bands[bandOf(input.nodes.at(k))].append(k);
    for (QList<int> &band : out->bands)
        std::stable_sort(band.begin(), band.end(), [&](int a, int b) { return input.nodes.at(a).id < input.nodes.at(b).id; });
    return true;
}

struct Row
{
    QList<int> nodes;
    qreal width = 0;
    qreal height = 0;
};

// Splits a band's ordered nodes into rows no wider than `width`.
QList<Row> wrapRows(const QList<int> &band, const QHash<int, QSizeF> &sizes, qreal width, qreal gap)
{
    QList<Row> rows;
    Row row;
    for (int k : band) {
        const QSizeF size = sizes.value(k);
        const qreal needed = row.nodes.isEmpty() ? size.width() : row.width + gap + size.width();
        if (!row.nodes.isEmpty() && needed > width) {
            rows.append(row);
            row = Row();
        }
        row.width = row.nodes.isEmpty() ? size.width() : row.width + gap + size.width();
        row.height = std::max(row.height, size.height());
        row.nodes.append(k);
    }
    if (!row.nodes.isEmpty())
        rows.append(row);
    return rows;
}

struct Packing
{
    qreal contentWidth = 0; // the widest row
    qreal height = 0;
    QMap<int, QList<Row>> rows;
};

Packing pack(const Ordered &ordered, const LayoutOptions &options, qreal width)
{
    Packing p;
    bool first = true;
    for (auto it = ordered.bands.cbegin(); it != ordered.bands.cend(); ++it) {
        const QList<Row> rows = wrapRows(it.value(), ordered.sizes, width, options.nodeGap);
        qreal bandHeight = 0;
        for (const Row &r : rows) {
            p.contentWidth = std::max(p.contentWidth, r.width);
            bandHeight += r.height;
        }
        bandHeight += options.rowGap * (rows.size() + 1);
        p.height += bandHeight + (first ? 0 : options.bandGap);
        first = false;
        p.rows.insert(it.key(), rows);
    }
    return p;
}

// Step two, done here: rows packed to the shape of the screen. Graphviz lays a ranked graph out as
// wide as its widest rank and cannot wrap a rank into several rows, so a language of a few scales
// and many patterns comes out several times wider than high, and fitted to a 16:9 screen its type
// is a few pixels high. Each band is wrapped instead into rows of the width that, fitted to the
// screen, makes the nodes largest.
Packing bestPacking(const Ordered &ordered, const LayoutOptions &options)
{
    qreal widest = 0;
    qreal longest = 0;
    for (const QList<int> &band : ordered.bands) {
        qreal total = 0;
        for (int k : band) {
            widest = std::max(widest, ordered.sizes.value(k).width());
            total += ordered.sizes.value(k).width() + options.nodeGap;
        }
        longest = std::max(longest, total);
    }
    const qreal extra = (options.bands ? options.bandLabelWidth : 0) + 2 * options.margin;
    auto scaleFor = [&](const Packing &p) {
        const qreal w = p.contentWidth + extra;
        const qreal h = p.height + 2 * options.margin;
        return std::min(options.aspect / std::max(w, 1.0), 1.0 / std::max(h, 1.0));
    };
    Packing best = pack(ordered, options, std::max(longest, widest));
    qreal bestScale = scaleFor(best);
    // Row widths from one node to the longest band, on a geometric scale: 160 tries cost little
    // even for thousands of nodes.
    const int steps = 160;
    for (int i = 0; i <= steps && longest > widest; ++i) {
        const qreal width = widest * std::pow(longest / widest, qreal(i) / steps);
        const Packing p = pack(ordered, options, width);
        const qreal s = scaleFor(p);
        if (s > bestScale * 1.0001) {
            best = p;
            bestScale = s;
        }
    }
    return best;
}

QString bandLabel(int band, const QMap<int, QString> &names)
{
    if (band >= 1000)
        return GraphTr::tr("No scale");
    const QString name = names.value(band);
    return name.isEmpty() ? GraphTr::tr("Scale %1").arg(band) : QStringLiteral("%1 · %2").arg(band).arg(name);
}

// Reads Graphviz's "e,x,y s,x,y x1,y1 x2,y2 ..." edge position into a spline and its arrow tip.
void readEdgePos(const QString &pos, qreal height, GraphLayout::Edge *edge)
{
    for (const QString &part : pos.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QStringList v = part.split(QLatin1Char(','));
        if (v.size() == 3 && v.first() == QLatin1String("e")) {
            edge->arrowTip = QPointF(v.at(1).toDouble(), height - v.at(2).toDouble());
        } else if (v.size() == 3 && v.first() == QLatin1String("s")) {
            continue; // no arrowheads at the tail
        } else if (v.size() == 2) {
            edge->spline.append(QPointF(v.at(0).toDouble(), height - v.at(1).toDouble()));
        }
    }
}

// Step three, Graphviz's again: edges routed around the nodes, which stay where step two put them
// (neato's "nop2" mode). Splines that bend around nodes cost time that grows fast with the graph;
// a large graph gets straight edges instead, which its overview shows as a texture anyway.
bool routeEdges(const GraphInput &input, GraphLayout *layout, QString *error)
{
    const qreal height = layout->bounds.height();
    const bool large = input.nodes.size() > 150;
    QByteArray dot = "digraph route {\n";
    dot += QByteArray("  graph [notranslate=true, splines=") + (large ? "line" : "true") + ", overlap=true, esep=\"+4\", sep=\"+6\"];\n";
    dot += "  node [shape=box, fixedsize=true, label=\"\"];\n";
    dot += "  edge [arrowsize=0.8];\n";
    for (auto it = layout->nodes.cbegin(); it != layout->nodes.cend(); ++it) {
        const QRectF r = it.value();
        dot += "  " + nodeName(it.key()) + " [pos=\"" + number(r.center().x()) + "," + number(height - r.center().y())
               + "!\", width=" + number(r.width() / PointsPerInch) + ", height=" + number(r.height() / PointsPerInch) + "];\n";
    }
    // One route per pair of nodes: a second link between the same two (a mention both ways, a
    // cycle) takes the first one's route. Graphviz routes such multi-edges with a router whose
    // surface it never frees (2.42), and one line per pair reads better anyway.
    QHash<QPair<int, int>, int> routed; // unordered pair -> the edge that is routed
    QList<QPair<int, int>> copies; // (edge, edge whose route it takes)
    for (int i = 0; i < input.edges.size(); ++i) {
        const GraphInput::Edge &e = input.edges.at(i);
        if (!layout->nodes.contains(e.from) || !layout->nodes.contains(e.to) || e.from == e.to)
            continue;
        const QPair<int, int> pair(std::min(e.from, e.to), std::max(e.from, e.to));
        if (const auto it = routed.constFind(pair); it != routed.cend()) {
            copies.append({i, *it});
            continue;
        }
        routed.insert(pair, i);
        dot += "  " + nodeName(e.from) + " -> " + nodeName(e.to) + " [id=\"e" + QByteArray::number(i) + "\"";
        if (e.kind == EdgeKind::Related)
            dot += ", dir=none";
        dot += "];\n";
    }
    dot += "}\n";
    QMap<int, GraphLayout::Edge> byInput; // in the input's order
    const bool ok = graphviz::run(dot, "nop2", [&](GVC_t *, Agraph_t *graph) {
        for (Agnode_t *node = agfstnode(graph); node; node = agnxtnode(graph, node)) {
            for (Agedge_t *e = agfstout(graph, node); e; e = agnxtout(graph, e)) {
                const int i = graphviz::attribute(e, "id").mid(1).toInt();
                if (i < 0 || i >= input.edges.size())
                    continue;
                GraphLayout::Edge edge;
                edge.from = input.edges.at(i).from;
                edge.to = input.edges.at(i).to;
                edge.kind = input.edges.at(i).kind;
                readEdgePos(graphviz::attribute(e, "pos"), height, &edge);
                if (edge.spline.size() >= 4)
                    byInput.insert(i, edge);
            }
        }
    }, error);
    if (!ok)
        return false;
    for (const auto &[copy, original] : copies) {
        if (!byInput.contains(original))
            continue;
        GraphLayout::Edge edge = byInput.value(original);
        const GraphInput::Edge &e = input.edges.at(copy);
        if (edge.from != e.from) {
            // The other way round: the same curve reversed, its arrowhead at the other end.
            std::reverse(edge.spline.begin(), edge.spline.end());
            edge.arrowTip.reset();
            if (e.kind != EdgeKind::Related && !edge.spline.isEmpty())
                edge.arrowTip = edge.spline.last();
        }
        edge.from = e.from;
        edge.to = e.to;
        edge.kind = e.kind;
        if (e.kind == EdgeKind::Related)
            edge.arrowTip.reset();
        byInput.insert(copy, edge);
    }
    for (auto it = byInput.cbegin(); it != byInput.cend(); ++it)
        layout->edges.append(it.value());
    return true;
}

void translate(GraphLayout *layout, const QPointF &shift)
{
    if (shift.isNull())
        return;
    for (QRectF &r : layout->nodes)
        r.translate(shift);
    for (GraphLayout::Band &b : layout->bands) {
        b.rect.translate(shift);
        b.labelRect.translate(shift);
    }
    for (GraphLayout::Edge &e : layout->edges) {
        for (QPointF &p : e.spline)
            p += shift;
        if (e.arrowTip)
            *e.arrowTip += shift;
    }
    layout->bounds.translate(shift);
}

} // namespace

GraphLayout layoutGraph(const GraphInput &input, const LayoutOptions &options)
{
    GraphLayout layout;
    if (input.nodes.isEmpty()) {
        layout.ok = true;
        return layout;
    }
    Ordered ordered;
    if (!orderBands(input, options, &ordered, &layout.error))
        return layout;
    if (!options.bands) {
        // One band of everything, by scale then id, top to bottom, left to right.
        QList<int> all;
        for (const QList<int> &band : std::as_const(ordered.bands))
            all += band;
        ordered.bands = {{0, all}};
    }
    const Packing packing = bestPacking(ordered, options);
    const qreal labelWidth = options.bands ? options.bandLabelWidth : 0;
    const qreal width = 2 * options.margin + labelWidth + packing.contentWidth;
    qreal y = options.margin;
    bool first = true;
    for (auto it = packing.rows.cbegin(); it != packing.rows.cend(); ++it) {
        if (!first)
            y += options.bandGap;
        first = false;
        const qreal top = y;
        y += options.rowGap;
        int count = 0;
        for (const Row &row : it.value()) {
            // Each row centred in the band, its nodes centred on the row's middle line.
            qreal x = options.margin + labelWidth + (packing.contentWidth - row.width) / 2;
            for (int k : row.nodes) {
                const QSizeF size = ordered.sizes.value(k);
                const int index = input.nodes.at(k).index;
                layout.nodes.insert(index, QRectF(QPointF(x, y + (row.height - size.height()) / 2), size));
                x += size.width() + options.nodeGap;
                ++count;
            }
            y += row.height + options.rowGap;
        }
        if (options.bands) {
            GraphLayout::Band band;
            band.scale = it.key() >= 1000 ? 0 : it.key();
            band.label = bandLabel(it.key(), input.scaleNames);
            band.count = count;
            band.rect = QRectF(options.margin, top, width - 2 * options.margin, y - top);
            band.labelRect = QRectF(options.margin + 8, top + 8, labelWidth - 16, y - top - 16);
            layout.bands.append(band);
        }
    }
    // Where a facilitator placed nodes by hand, they stay.
    for (auto it = options.pinned.cbegin(); it != options.pinned.cend(); ++it) {
        if (layout.nodes.contains(it.key())) {
            QRectF r = layout.nodes.value(it.key());
            r.moveCenter(it.value());
            layout.nodes.insert(it.key(), r);
        }
    }
    layout.bounds = QRectF(0, 0, width, y + options.margin);
    for (const QRectF &r : std::as_const(layout.nodes))
        layout.bounds = layout.bounds.united(r.adjusted(-options.margin, -options.margin, options.margin, options.margin));
    // Pinned nodes outside: move everything so that the picture starts at the origin.
    translate(&layout, -layout.bounds.topLeft());
    if (!routeEdges(input, &layout, &layout.error))
        return layout;
    // Edges may curve outside the nodes: the bounds hold them (control points bound a Bézier).
    for (const GraphLayout::Edge &e : std::as_const(layout.edges)) {
        for (const QPointF &p : e.spline)
            layout.bounds = layout.bounds.united(QRectF(p, QSizeF(1, 1)).adjusted(-4, -4, 4, 4));
        if (e.arrowTip)
            layout.bounds = layout.bounds.united(QRectF(*e.arrowTip, QSizeF(1, 1)).adjusted(-4, -4, 4, 4));
    }
    translate(&layout, -layout.bounds.topLeft());
    layout.ok = true;
    return layout;
}

} // namespace pb
