#pragma once

#include "graphstyle.h"

#include <QGraphicsPathItem>

namespace pb::ui {

class NodeItem;

// A link in the graph: from a larger pattern down to a smaller one (solid; red when only one
// side lists it), or a related mention (dashed).
class EdgeItem : public QGraphicsPathItem
{
public:
    enum Kind { Hierarchy, Unmirrored, Related };

    EdgeItem(NodeItem *tail, NodeItem *head, Kind kind, const QList<QPointF> &spline, const GraphStyle *style);

    NodeItem *tail() const { return m_tail; }
    NodeItem *head() const { return m_head; }
    Kind kind() const { return m_kind; }
    // Follows its nodes: the layout's curve while they stay where the layout put them, a plain
    // curve between them once either was dragged.
    void adjust();
    void restyle();
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    QRectF boundingRect() const override;

private:
    NodeItem *m_tail;
    NodeItem *m_head;
    Kind m_kind;
    QList<QPointF> m_spline; // Graphviz's, in scene coordinates
    const GraphStyle *m_style;
    QPointF m_arrowTip;
    QPointF m_arrowBase;
};

} // namespace pb::ui
