#pragma once

#include "graph/graphlayout.h"
#include "graphstyle.h"

#include <QGraphicsScene>
#include <QHash>
#include <QSet>

namespace pb {
class Language;
} // namespace pb

namespace pb::ui {

class BandItem;
class EdgeItem;
class NodeItem;

// The graph's items, built from a layout: bands for the scales, nodes where the layout put them
// (or where a facilitator dragged them), edges along the curves Graphviz routed.
class GraphScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit GraphScene(QObject *parent = nullptr);

    void setGraphStyle(const GraphStyle &style);
    const GraphStyle &graphStyle() const { return m_style; }

    // Node sizes in a style, as the layout needs them.
    static void sizeNodes(GraphInput &input, const GraphStyle &style);
    void build(const Language &language, const GraphInput &input, const GraphLayout &layout);
    // No items at all, until the next build.
    void reset();

    NodeItem *node(const QString &fileName) const { return m_nodes.value(fileName); }
    QList<NodeItem *> nodes() const { return m_nodes.values(); }
    QList<EdgeItem *> edges() const { return m_edges; }
    QList<BandItem *> bands() const { return m_bands; }
    void setCurrent(const QString &fileName);
    // A tour: its steps (by file name, in order) and the one in hand (-1: none yet). Every step
    // is numbered on the map, and a path joins them, solid where the tour has been.
    void setTour(const QStringList &steps, int at);
    // Above DenseGraphPatterns patterns, only the current pattern's links are drawn.
    bool isDense() const;
    // Dims all but `node` and its neighbours; nullptr undoes it.
    void highlight(NodeItem *node);
    // Everything drawn: bands, nodes, edges and their arrowheads.
    QRectF contentBounds() const;
    // Positions of the nodes the user dragged, by pattern id.
    QHash<int, QPointF> movedPositions() const;

Q_SIGNALS:
    void nodeActivated(const QString &fileName);
    void nodeDragged(NodeItem *node);

private:
    void markNeighbours();
    void drawTourPath();

    GraphStyle m_style;
    QHash<QString, NodeItem *> m_nodes;
    QList<EdgeItem *> m_edges;
    QList<BandItem *> m_bands;
    QString m_current;
    QGraphicsPathItem *m_walked = nullptr; // the tour's path so far
    QGraphicsPathItem *m_ahead = nullptr;  // and still to go
    QStringList m_tourSteps;
    int m_tourAt = -1;
};

} // namespace pb::ui
