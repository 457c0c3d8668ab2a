#pragma once

#include "graphstyle.h"

#include <QGraphicsObject>

namespace pb::ui {

class EdgeItem;

// One pattern in the graph: its id, stars and name in a box coloured by scale. Zoomed out past
// reading, it is drawn as a plain box (semantic zoom: the bands say what is there).
class NodeItem : public QGraphicsObject
{
    Q_OBJECT

public:
    NodeItem(const QString &fileName, int index, int id, const QString &name, int confidence, int scale,
             const GraphStyle *style);

    // The size a node needs for its text, before it is placed.
    static QSizeF sizeFor(int id, const QString &name, int confidence, const GraphStyle &style);
    // The label's words (the id, the name's words, the stars) wrapped into lines.
    static QList<QStringList> labelLines(int id, const QString &name, int confidence, const GraphStyle &style);

    QString fileName() const { return m_fileName; }
    int patternIndex() const { return m_index; }
    int patternId() const { return m_id; }
    QString name() const { return m_name; }
    QRectF boundingRect() const override;
    QRectF box() const { return m_box; }
    // The box in scene coordinates.
    QRectF sceneBox() const { return m_box.translated(pos()); }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    void setCurrent(bool current);
    bool isCurrent() const { return m_current; }
    // A neighbour of the current pattern: stands out with it for an audience.
    void setNeighbour(bool neighbour);
    // Its place in a tour: the step's number (0: not in the tour), whether the tour has been
    // there yet, and whether it is where the tour goes next.
    void setTourMark(int step, bool walked, bool next);
    int tourStep() const { return m_tourStep; }
    bool isTourWalked() const { return m_tourWalked; }
    bool isTourNext() const { return m_tourNext; }
    bool isNeighbour() const { return m_neighbour; }
    // Whether the name is drawn at the view's zoom: below a few pixels it is a speck, not text.
    static bool nameReadable(qreal namePixelsOnScreen) { return namePixelsOnScreen >= ReadablePixels; }
    static constexpr qreal ReadablePixels = 5.5;
    void addEdge(EdgeItem *edge) { m_edges.append(edge); }
    const QList<EdgeItem *> &edges() const { return m_edges; }
    // The user dragged it: its position is theirs, not the layout's.
    bool wasMoved() const { return m_moved; }
    void setMoved(bool moved) { m_moved = moved; }
    // Sets the box's size (from a new layout) around the node's position.
    void setBoxSize(const QSizeF &size);

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
    int m_index;
    int m_id;
    QString m_name;
    int m_confidence;
    int m_scale;
    const GraphStyle *m_style;
    QRectF m_box;
    QList<EdgeItem *> m_edges;
    bool m_current = false;
    bool m_neighbour = false;
    int m_tourStep = 0;
    bool m_tourWalked = false;
    bool m_tourNext = false;
    bool m_moved = false;
    QPointF m_pressPos;
};

} // namespace pb::ui
