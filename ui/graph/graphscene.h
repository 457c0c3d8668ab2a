#pragma once

#include "graphlayout.h"
#include "graphstyle.h"

#include <QGraphicsScene>
#include <QHash>
#include <QSet>
#include <optional>

namespace pb {
class Language;
class LinkGraph;
} // namespace pb

namespace pb::ui {

class EdgeItem;
class NodeItem;

// The graph's items, built from a Graphviz layout: nodes where it put them (or where a
// facilitator dragged them), edges along its curves.
class GraphScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit GraphScene(QObject *parent = nullptr);

    void setGraphStyle(const GraphStyle &style);
    const GraphStyle &graphStyle() const { return m_style; }

    // Node sizes for the layout, by pattern index, in the current style.
    QHash<int, QSizeF> nodeSizes(const Language &language) const;
    void build(const Language &language, const LinkGraph &graph, const GraphLayoutResult &layout,
               const QHash<int, QPointF> &savedPositions);

    NodeItem *node(const QString &fileName) const { return m_nodes.value(fileName); }
    QList<NodeItem *> nodes() const { return m_nodes.values(); }
    QList<EdgeItem *> edges() const { return m_edges; }
    void setCurrent(const QString &fileName);
    // Only these files' nodes show (and edges between them); nullopt shows every node.
    void setVisibleFiles(const std::optional<QSet<QString>> &files);
    // Dims all but `node` and its neighbours; nullptr undoes it.
    void highlight(NodeItem *node);
    QRectF visibleBounds() const;
    // Positions of the nodes the user dragged, by pattern id.
    QHash<int, QPointF> movedPositions() const;

Q_SIGNALS:
    void nodeActivated(const QString &fileName);
    void nodeDragged(NodeItem *node);

private:
    GraphStyle m_style;
    QHash<QString, NodeItem *> m_nodes;
    QList<EdgeItem *> m_edges;
    QString m_current;
};

} // namespace pb::ui
