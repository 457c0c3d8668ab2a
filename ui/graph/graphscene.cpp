#include "graphscene.h"
#include "banditem.h"
#include "edgeitem.h"
#include "nodeitem.h"

#include "language/language.h"

namespace pb::ui {

GraphScene::GraphScene(QObject *parent)
    : QGraphicsScene(parent)
{
    // No BSP index: an edge's bounding box spans much of the graph, so the tree puts each edge in
    // many leaves, and building it on the first paint of 10,000 patterns (30,000 items) blocked
    // the UI for 2.5 s; without it that paint takes 0.16 s. What the index would speed up, finding
    // the items under the pointer, then scans every item's box: 2.5 ms at 10,000 patterns against
    // 1.5 ms with the tree (edges test the pointer against their flattened curve, EdgeItem::contains).
    setItemIndexMethod(QGraphicsScene::NoIndex);
}

void GraphScene::setGraphStyle(const GraphStyle &style)
{
    m_style = style;
    setBackgroundBrush(GraphStyle::color(style.palette.background));
    for (EdgeItem *e : std::as_const(m_edges))
        e->restyle();
    update();
}

void GraphScene::sizeNodes(GraphInput &input, const GraphStyle &style)
{
    for (GraphInput::Node &n : input.nodes)
        n.size = NodeItem::sizeFor(n.id, n.name, n.confidence, style);
}

void GraphScene::reset()
{
    clear();
    m_nodes.clear();
    m_edges.clear();
    m_bands.clear();
}

void GraphScene::build(const Language &language, const GraphInput &input, const GraphLayout &layout)
{
    reset();
    for (const GraphLayout::Band &band : layout.bands) {
        auto *item = new BandItem(band, &m_style);
        addItem(item);
        m_bands.append(item);
    }
    QHash<int, NodeItem *> byIndex;
    for (const GraphInput::Node &n : input.nodes) {
        const auto rect = layout.nodes.constFind(n.index);
        if (rect == layout.nodes.cend() || n.index < 0 || n.index >= language.patternCount())
            continue;
        const QString fileName = language.pattern(n.index).fileName;
        auto *node = new NodeItem(fileName, n.index, n.id, n.name, n.confidence, n.scale, &m_style);
        node->setBoxSize(rect->size());
        node->setPos(rect->center());
        node->setZValue(1);
        addItem(node);
        m_nodes.insert(fileName, node);
        byIndex.insert(n.index, node);
        connect(node, &NodeItem::activated, this, &GraphScene::nodeActivated);
        connect(node, &NodeItem::dragged, this, &GraphScene::nodeDragged);
        connect(node, &NodeItem::hovered, this, [this](NodeItem *item, bool on) { highlight(on ? item : nullptr); });
    }
    for (const GraphLayout::Edge &e : layout.edges) {
        NodeItem *tail = byIndex.value(e.from);
        NodeItem *head = byIndex.value(e.to);
        if (!tail || !head)
            continue;
        auto *edge = new EdgeItem(tail, head, e.kind, e.spline, e.arrowTip, &m_style);
        addItem(edge);
        m_edges.append(edge);
    }
    setSceneRect(layout.bounds);
    if (NodeItem *current = m_nodes.value(m_current))
        current->setCurrent(true);
    markNeighbours();
}

void GraphScene::setCurrent(const QString &fileName)
{
    if (NodeItem *old = m_nodes.value(m_current))
        old->setCurrent(false);
    m_current = fileName;
    if (NodeItem *now = m_nodes.value(fileName))
        now->setCurrent(true);
    markNeighbours();
}

void GraphScene::markNeighbours()
{
    // For an audience, the current pattern's links and neighbours stand out with it.
    NodeItem *current = m_nodes.value(m_current);
    QSet<NodeItem *> neighbours;
    for (EdgeItem *e : std::as_const(m_edges)) {
        const bool lit = m_style.audience && current && (e->tail() == current || e->head() == current);
        e->setLit(lit);
        if (current && e->tail() == current)
            neighbours.insert(e->head());
        if (current && e->head() == current)
            neighbours.insert(e->tail());
    }
    for (NodeItem *n : std::as_const(m_nodes))
        n->setNeighbour(neighbours.contains(n));
}

void GraphScene::setTour(const QStringList &visited, const QString &next)
{
    for (NodeItem *n : std::as_const(m_nodes))
        n->setTourMark(int(visited.indexOf(n->fileName())) + 1, n->fileName() == next);
}

void GraphScene::highlight(NodeItem *node)
{
    QSet<QGraphicsItem *> lit;
    if (node) {
        lit.insert(node);
        for (EdgeItem *e : node->edges()) {
            lit.insert(e);
            lit.insert(e->tail());
            lit.insert(e->head());
        }
    }
    const qreal dim = m_style.dimmedOpacity;
    for (NodeItem *n : std::as_const(m_nodes))
        n->setOpacity(!node || lit.contains(n) ? 1.0 : dim);
    for (EdgeItem *e : std::as_const(m_edges))
        e->setOpacity(!node || lit.contains(e) ? 1.0 : dim);
}

QRectF GraphScene::contentBounds() const
{
    QRectF bounds;
    for (BandItem *b : m_bands)
        bounds = bounds.united(b->sceneBoundingRect());
    for (NodeItem *n : std::as_const(m_nodes))
        bounds = bounds.united(n->sceneBoundingRect());
    for (EdgeItem *e : std::as_const(m_edges))
        bounds = bounds.united(e->sceneBoundingRect());
    return bounds;
}

QHash<int, QPointF> GraphScene::movedPositions() const
{
    QHash<int, QPointF> out;
    for (NodeItem *n : std::as_const(m_nodes)) {
        if (n->wasMoved())
            out.insert(n->patternId(), n->pos());
    }
    return out;
}

} // namespace pb::ui
