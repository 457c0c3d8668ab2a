#include "graphscene.h"
#include "graph/graphrender.h"
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
    m_walked = m_ahead = nullptr;
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

bool GraphScene::isDense() const { return m_nodes.size() > DenseGraphPatterns; }

void GraphScene::markNeighbours()
{
    // For an audience, the current pattern's links and neighbours stand out with it. In a dense
    // graph (graphrender.h's DenseGraphPatterns says why) only the current pattern's links are
    // drawn, and a hovered pattern's while the pointer is on it.
    NodeItem *current = m_nodes.value(m_current);
    QSet<NodeItem *> neighbours;
    const bool dense = isDense();
    for (EdgeItem *e : std::as_const(m_edges)) {
        const bool touches = current && (e->tail() == current || e->head() == current);
        const bool lit = m_style.audience && touches;
        e->setLit(lit);
        e->setVisible(!dense || touches);
        if (current && e->tail() == current)
            neighbours.insert(e->head());
        if (current && e->head() == current)
            neighbours.insert(e->tail());
    }
    for (NodeItem *n : std::as_const(m_nodes))
        n->setNeighbour(neighbours.contains(n));
}

void GraphScene::setTour(const QStringList &steps, int at)
{
    m_tourSteps = steps;
    m_tourAt = at;
    for (NodeItem *n : std::as_const(m_nodes)) {
        const int step = int(steps.indexOf(n->fileName()));
        n->setTourMark(step + 1, step >= 0 && step <= at, step >= 0 && step == at + 1);
    }
    drawTourPath();
}

void GraphScene::drawTourPath()
{
    // Centre to centre, beneath the patterns (so that it never covers a name) and above the links.
    QPainterPath walked, ahead;
    NodeItem *previous = nullptr;
    for (int i = 0; i < m_tourSteps.size(); ++i) {
        NodeItem *node = m_nodes.value(m_tourSteps.at(i));
        if (!node)
            continue; // outside what is shown: the path jumps it
        if (previous) {
            QPainterPath &path = i <= m_tourAt ? walked : ahead;
            path.moveTo(previous->pos());
            path.lineTo(node->pos());
        }
        previous = node;
    }
    if (!m_walked) {
        m_walked = new QGraphicsPathItem;
        m_ahead = new QGraphicsPathItem;
        for (QGraphicsPathItem *item : {m_walked, m_ahead}) {
            item->setZValue(0.8);
            addItem(item);
        }
    }
    const qreal width = std::max<qreal>(2, m_style.namePixelSize() / 6);
    QPen solid(GraphStyle::color(m_style.palette.currentBorder), width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    QPen dashed = solid;
    dashed.setStyle(Qt::DashLine);
    dashed.setWidthF(width * 0.7);
    m_walked->setPen(solid);
    m_ahead->setPen(dashed);
    m_walked->setPath(walked);
    m_ahead->setPath(ahead);
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
    NodeItem *current = m_nodes.value(m_current);
    for (EdgeItem *e : std::as_const(m_edges)) {
        e->setOpacity(!node || lit.contains(e) ? 1.0 : dim);
        if (isDense())
            e->setVisible(lit.contains(e) || (current && (e->tail() == current || e->head() == current)));
    }
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
