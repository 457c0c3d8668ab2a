#pragma once

#include "graphstyle.h"

#include <QGraphicsObject>
#include <QStaticText>

namespace pb::ui {

class EdgeItem;

// One pattern in the graph: its id, name and confidence stars in a box coloured by scale.
class NodeItem : public QGraphicsObject
{
    Q_OBJECT

public:
    NodeItem(const QString &fileName, int id, const QString &name, int confidence, int scale, const GraphStyle *style);

    // The size a node needs for its text, before it is placed.
    static QSizeF sizeFor(int id, const QString &name, int confidence, const GraphStyle &style);

    QString fileName() const { return m_fileName; }
    int patternId() const { return m_id; }
    QString name() const { return m_name; }
    QRectF boundingRect() const override;
    QRectF box() const { return m_box; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    void setCurrent(bool current);
    bool isCurrent() const { return m_current; }
    void addEdge(EdgeItem *edge) { m_edges.append(edge); }
    const QList<EdgeItem *> &edges() const { return m_edges; }
    // The user dragged it: its position is theirs, not the layout's.
    bool wasMoved() const { return m_moved; }
    void setMoved(bool moved) { m_moved = moved; }
    void restyle();

Q_SIGNALS:
    void activated(const QString &fileName);
    void dragged(NodeItem *node);
    void hovered(NodeItem *node, bool on);

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    QString m_fileName;
    int m_id;
    QString m_name;
    int m_confidence;
    int m_scale;
    const GraphStyle *m_style;
    QRectF m_box;
    QList<EdgeItem *> m_edges;
    bool m_current = false;
    bool m_moved = false;
    QPointF m_pressPos;
};

} // namespace pb::ui
