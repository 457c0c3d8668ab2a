#include "graphscene.h"
#include "edgeitem.h"
#include "nodeitem.h"

#include "graphexport.h"
#include "language.h"
#include "linkgraph.h"

namespace pb::ui {

GraphScene::GraphScene(QObject *parent)
    : QGraphicsScene(parent)
{
}

void GraphScene::setGraphStyle(const GraphStyle &style)
{
    m_style = style;
    setBackgroundBrush(style.background);
    for (NodeItem *n : std::as_const(m_nodes))
        n->restyle();
    for (EdgeItem *e : std::as_const(m_edges)) {
        e->restyle();
        e->adjust();
    }
}

QHash<int, QSizeF> GraphScene::nodeSizes(const Language &language) const
{
    QHash<int, QSizeF> sizes;
    for (int i = 0; i < language.patternCount(); ++i) {
        const Pattern &p = language.pattern(i);
        if (!p.broken && p.fields.id > 0)
            sizes.insert(i, NodeItem::sizeFor(p.fields.id, p.fields.name, p.fields.confidence, m_style));
    }
    return sizes;
}

void GraphScene::build(const Language &language, const LinkGraph &graph, const GraphLayoutResult &layout,
                       const QHash<int, QPointF> &savedPositions)
{
    clear();
    m_nodes.clear();
    m_edges.clear();
    QHash<int, NodeItem *> byIndex;
    for (int i = 0; i < language.patternCount(); ++i) {
        const Pattern &p = language.pattern(i);
        const QString dotName = QString::fromLatin1(dotNodeName(i));
        if (!layout.nodeCentres.contains(dotName))
            continue;
        auto *node = new NodeItem(p.fileName, p.fields.id, p.fields.name, p.fields.confidence, p.fields.scale, &m_style);
        const auto saved = savedPositions.constFind(p.fields.id);
        if (saved != savedPositions.cend()) {
            node->setPos(*saved);
            node->setMoved(true);
        } else {
            node->setPos(layout.nodeCentres.value(dotName));
        }
        node->setZValue(1);
        addItem(node);
        m_nodes.insert(p.fileName, node);
        byIndex.insert(i, node);
        connect(node, &NodeItem::activated, this, &GraphScene::nodeActivated);
        connect(node, &NodeItem::dragged, this, &GraphScene::nodeDragged);
        connect(node, &NodeItem::hovered, this, [this](NodeItem *n, bool on) { highlight(on ? n : nullptr); });
    }
    // Graphviz's curves, by their ends.
    QHash<QPair<QString, QString>, QList<QPointF>> splines;
    for (const GraphLayoutResult::Edge &e : layout.edges)
        splines.insert({e.tail, e.head}, e.spline);
    auto splineFor = [&](int a, int b) {
        return splines.value({QString::fromLatin1(dotNodeName(a)), QString::fromLatin1(dotNodeName(b))});
    };
    for (const HierarchyEdge &e : graph.hierarchy()) {
        NodeItem *tail = byIndex.value(e.larger);
        NodeItem *head = byIndex.value(e.smaller);
        if (!tail || !head)
            continue;
        auto *edge = new EdgeItem(tail, head, e.mirrored() ? EdgeItem::Hierarchy : EdgeItem::Unmirrored,
                                  splineFor(e.larger, e.smaller), &m_style);
        addItem(edge);
        m_edges.append(edge);
    }
    for (const Link &l : graph.related()) {
        NodeItem *tail = byIndex.value(l.from);
        NodeItem *head = byIndex.value(l.to);
        if (!tail || !head)
            continue;
        auto *edge = new EdgeItem(tail, head, EdgeItem::Related, splineFor(l.from, l.to), &m_style);
        addItem(edge);
        m_edges.append(edge);
    }
    if (NodeItem *current = m_nodes.value(m_current))
        current->setCurrent(true);
    setSceneRect(itemsBoundingRect().adjusted(-40, -40, 40, 40));
}

void GraphScene::setCurrent(const QString &fileName)
{
    if (NodeItem *old = m_nodes.value(m_current))
        old->setCurrent(false);
    m_current = fileName;
    if (NodeItem *now = m_nodes.value(fileName))
        now->setCurrent(true);
}

void GraphScene::setVisibleFiles(const std::optional<QSet<QString>> &files)
{
    for (NodeItem *n : std::as_const(m_nodes))
        n->setVisible(!files || files->contains(n->fileName()));
    for (EdgeItem *e : std::as_const(m_edges))
        e->setVisible(e->tail()->isVisible() && e->head()->isVisible());
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

QRectF GraphScene::visibleBounds() const
{
    QRectF bounds;
    for (NodeItem *n : std::as_const(m_nodes)) {
        if (n->isVisible())
            bounds = bounds.united(n->sceneBoundingRect());
    }
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
