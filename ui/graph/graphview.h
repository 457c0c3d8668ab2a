#pragma once

#include "graphstyle.h"
#include "patternfilter.h"

#include <QGraphicsView>
#include <QPointer>
#include <QThread>

namespace pb {
class PatternSet;
struct LanguageChange;
struct GraphLayoutResult;
} // namespace pb

namespace pb::ui {

class GraphScene;
class NodeItem;

// The link graph of the whole language, laid out by Graphviz on a worker thread: larger patterns
// above, smaller below. Click a node to make it current; hover to see its neighbours; drag to
// place it (kept in .patternbook/layout.json); arrows walk the links.
class GraphView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit GraphView(PatternSet *set, QWidget *parent = nullptr);
    ~GraphView() override;

    GraphScene *graphScene() const { return m_scene; }
    void setFilter(const PatternFilter &filter);
    // Focus mode: only the current pattern's neighbourhood of `hops` links; 0 shows everything.
    void setFocusHops(int hops);
    int focusHops() const { return m_focusHops; }
    void setPresentation(bool on);
    bool isLayingOut() const { return m_running; }

    void fitToWindow();
    // Fits the visible graph, but never below a readable size: then centres on the current one.
    void fitReadably();
    void zoomIn();
    void zoomOut();
    void resetZoom();
    // Forgets the positions the user dragged nodes to, and lays the graph out afresh.
    void resetLayout();

    bool exportSvg(const QString &path, QString *error) const;
    bool exportPng(const QString &path, QString *error) const;

Q_SIGNALS:
    void layoutStarted();
    void layoutFinished();
    void layoutFailed(const QString &message);
    void positionsSaveFailed(const QString &message);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    void languageChanged(const LanguageChange &change);
    void requestLayout();
    void startLayout();
    void applyLayout(const GraphLayoutResult &result);
    void currentChanged(const QString &fileName);
    void updateVisibility();
    void moveToNeighbour(int dx, int dy);
    QSet<int> focusSet() const;
    void nodeDragged(NodeItem *node);
    QString signature() const;

    QPointer<PatternSet> m_set;
    GraphScene *m_scene;
    GraphStyle m_deskStyle;
    GraphStyle m_presentationStyle;
    PatternFilter m_filter;
    int m_focusHops = 0;
    bool m_presentation = false;
    bool m_running = false;
    bool m_again = false;
    bool m_fitAfterLayout = true;
    bool m_autoFit = true; // fit on resize, until the user zooms
    quint64 m_generation = 0;
    QPointer<QThread> m_thread; // the layout running, if any: joined before the view goes
    QString m_laidOutSignature;
    QHash<int, QPointF> m_positions; // where the user placed nodes on the whole map, by id
    QString m_message;
};

} // namespace pb::ui
