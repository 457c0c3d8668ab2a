#pragma once

#include "graph/graphlayout.h"
#include "graphstyle.h"

#include <QGraphicsPathItem>
#include <optional>

namespace pb::ui {

class NodeItem;

// A link in the graph: from a larger pattern down to a smaller one (solid, with an arrowhead;
// on the desk red when only one side lists it), or a related mention (dashed).
class EdgeItem : public QGraphicsPathItem
{
public:
    EdgeItem(NodeItem *tail, NodeItem *head, EdgeKind kind, const QList<QPointF> &spline,
             const std::optional<QPointF> &arrowTip, const GraphStyle *style);

    NodeItem *tail() const { return m_tail; }
    NodeItem *head() const { return m_head; }
    EdgeKind kind() const { return m_kind; }
    // Where the line starts and ends, in scene coordinates (the arrowhead's tip, if any).
    QPointF startPoint() const;
    QPointF endPoint() const;
    // Follows its nodes: the layout's curve while they stay where the layout put them, a plain
    // curve between them once either was dragged.
    void adjust();
    void restyle();
    // One of the current pattern's links: drawn stronger for an audience.
    void setLit(bool lit);
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    // Near the curve, as shape() says, but measured against the flattened curve: stroking the
    // path for every item under the pointer made each hover over a large graph take milliseconds.
    bool contains(const QPointF &point) const override;

private:
    NodeItem *m_tail;
    NodeItem *m_head;
    EdgeKind m_kind;
    QList<QPointF> m_spline; // the layout's, in scene coordinates
    std::optional<QPointF> m_layoutTip;
    const GraphStyle *m_style;
    QPointF m_arrowTip;
    QPointF m_arrowBase;
    bool m_lit = false;
};

} // namespace pb::ui
