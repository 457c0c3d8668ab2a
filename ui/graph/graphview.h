#pragma once

#include "graph/graphlayout.h"
#include "graphstyle.h"
#include "language/patternfilter.h"

#include <QFutureWatcher>
#include <QGraphicsView>
#include <QPointer>
#include <QTimer>

namespace pb {
class PatternSet;
struct LanguageChange;
struct GraphRenderOptions;
} // namespace pb

namespace pb::ui {

class GraphScene;
class NodeItem;

// The link graph, laid out on a worker thread for the shape of the view: scales in bands, larger
// above smaller, each band wrapped into rows so that the whole fills the view (model/graph).
// Click a node to make it current; hover to see its neighbours; drag to place it (kept in
// .patternbook/layout.json); arrows walk the links. Zoomed out past reading, nodes lose their
// text and the bands say what they hold.
class GraphView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit GraphView(PatternSet *set, QWidget *parent = nullptr);
    ~GraphView() override;

    GraphScene *graphScene() const { return m_scene; }
    // Only the patterns the filter lets through (and the current one) are laid out and shown.
    void setFilter(const PatternFilter &filter);
    // Focus mode: only the current pattern's neighbourhood of `hops` links; 0 shows everything.
    void setFocusHops(int hops);
    const PatternFilter &filter() const { return m_filter; }
    int focusHops() const { return m_focusHops; }
    // Styled for an audience: large type, high contrast, no authoring warnings.
    void setPresentation(bool on);
    bool isPresentation() const { return m_presentation; }
    bool isLayingOut() const { return m_running; }
    // Nothing left to do for the view's present shape: no layout running or asked for, no resize
    // waiting for a layout of its own, and the last fit made for the viewport as it is. What a
    // test (or a screenshot) waits for, instead of a time.
    bool isSettled() const;
    // A tour's steps (file names, in order) and the one in hand (-1: none), marked on the map.
    void setTour(const QStringList &steps, int at);
    // Only the tour's patterns on the map (while a tour is set).
    void setTourOnly(bool on);
    bool isTourOnly() const { return m_tourOnly; }

    // Moves the current pattern along the map: down to a pattern that completes it, up to one it
    // completes, else to the nearest node in that direction.
    void walk(int dx, int dy);

    void fitToWindow();
    void zoomIn();
    void zoomOut();
    void resetZoom();
    // Forgets the positions the user dragged nodes to, and lays the graph out afresh.
    void resetLayout();

    const GraphInput &input() const { return m_input; }
    const GraphLayout &layout() const { return m_layout; }
    // On-screen height in pixels of the node names at the current zoom.
    qreal namePixelsOnScreen() const;

    // For screen readers (graphaccessible.h): what a node is and how it links, and choosing it.
    QString describeNode(const NodeItem *node) const;
    void makeCurrent(const NodeItem *node);

Q_SIGNALS:
    void layoutStarted();
    void layoutFinished();
    void layoutFailed(const QString &message);
    void positionsSaveFailed(const QString &message);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    void languageChanged(const LanguageChange &change);
    void requestLayout();
    void startLayout();
    void applyLayout();
    void currentChanged(const QString &fileName);
    QSet<int> shownSet() const;
    void nodeDragged(NodeItem *node);
    QString signature() const;
    qreal viewAspect() const;
    void userMovedView();
    void setAutoFit(bool on);

    QPointer<PatternSet> m_set;
    GraphScene *m_scene;
    GraphStyle m_deskStyle;
    GraphStyle m_presentationStyle;
    PatternFilter m_filter;
    int m_focusHops = 0;
    bool m_presentation = false;
    bool m_running = false;
    bool m_again = false;
    bool m_autoFit = true; // fit when the view changes, until the user zooms or pans
    QString m_laidOutSignature;
    qreal m_laidOutAspect = 0;
    QFutureWatcher<GraphLayout> m_watcher;
    GraphInput m_pendingInput;
    GraphStyle m_pendingStyle;
    GraphInput m_input; // what is shown, and where
    GraphLayout m_layout;
    QTimer m_resizeTimer;
    QSize m_fittedFor; // the viewport's size at the last fit
    QString m_message;
    QStringList m_tourSteps;
    int m_tourAt = -1;
    bool m_tourOnly = false;
};

} // namespace pb::ui
