#include "graphview.h"
#include "format/pattern.h"
#include "graphaccessible.h"
#include "edgeitem.h"
#include "graphscene.h"
#include "layoutstore.h"
#include "nodeitem.h"

#include "graph/graphrender.h"
#include "language/patternset.h"

#include <QAccessible>
#include <QApplication>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>
#include <QtConcurrent>

namespace pb::ui {

GraphView::GraphView(PatternSet *set, QWidget *parent)
    : QGraphicsView(parent)
    , m_set(set)
    , m_scene(new GraphScene(this))
    , m_deskStyle(GraphStyle::desk(QApplication::font()))
    , m_presentationStyle(GraphStyle::presentation(QApplication::font()))
{
    m_scene->setGraphStyle(m_deskStyle);
    setScene(m_scene);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setFocusPolicy(Qt::StrongFocus);
    static const bool accessible = [] {
        QAccessible::installFactory(graphAccessibleFactory);
        return true;
    }();
    Q_UNUSED(accessible);
    setAccessibleName(tr("Link graph"));
    setAccessibleDescription(tr("The patterns as a map, larger scales above smaller. Arrow keys walk the links."));
    setAutoFit(true);

    // A resize changes the shape to fill: lay out again once the resizing stops.
    m_resizeTimer.setSingleShot(true);
    m_resizeTimer.setInterval(250);
    connect(&m_resizeTimer, &QTimer::timeout, this, [this] {
        if (m_set->language().patternCount() > 0 && std::abs(viewAspect() / std::max(m_laidOutAspect, 0.01) - 1) > 0.12)
            requestLayout();
    });
    connect(&m_watcher, &QFutureWatcher<GraphLayout>::finished, this, &GraphView::applyLayout);
    connect(set, &PatternSet::languageChanged, this, &GraphView::languageChanged);
    connect(set, &PatternSet::currentChanged, this, &GraphView::currentChanged);
    connect(m_scene, &GraphScene::nodeActivated, set, &PatternSet::setCurrent);
    connect(m_scene, &GraphScene::nodeDragged, this, &GraphView::nodeDragged);
    // Panning by dragging the background is the user's choice of view: stop fitting.
    connect(horizontalScrollBar(), &QScrollBar::sliderMoved, this, &GraphView::userMovedView);
    connect(verticalScrollBar(), &QScrollBar::sliderMoved, this, &GraphView::userMovedView);
    if (set->language().patternCount() > 0)
        requestLayout();
}

GraphView::~GraphView()
{
    // A layout still running must not outlive the view it reports to.
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

qreal GraphView::viewAspect() const
{
    const QSize size = viewport()->size();
    if (size.width() < 50 || size.height() < 50)
        return 16.0 / 9.0;
    return qreal(size.width()) / size.height();
}

QString GraphView::signature() const
{
    // What the picture depends on: nodes, their labels and the links, what is shown, and the type.
    // Text edits that change none of these leave the layout alone.
    const Language &language = m_set->language();
    QString s = language.directory();
    for (const Pattern &p : language.patterns()) {
        if (p.broken)
            continue;
        s += QStringLiteral("|%1:%2:%3:%4").arg(p.fields.id).arg(p.fields.name).arg(p.fields.confidence).arg(p.fields.scale);
    }
    for (const HierarchyEdge &e : m_set->graph().hierarchy())
        s += QStringLiteral("|%1>%2%3").arg(e.larger).arg(e.smaller).arg(e.mirrored() ? 'm' : 'u');
    for (const Link &l : m_set->graph().related())
        s += QStringLiteral("|%1~%2").arg(l.from).arg(l.to);
    QList<int> shown = shownSet().values();
    std::sort(shown.begin(), shown.end());
    for (int i : std::as_const(shown))
        s += QStringLiteral("|s%1").arg(i);
    return s + (m_presentation ? QStringLiteral("|P") : QString());
}

QSet<int> GraphView::shownSet() const
{
    // Empty: every pattern.
    QSet<int> out;
    const Language &language = m_set->language();
    const int current = m_set->currentIndex();
    if (m_focusHops > 0) {
        for (int i : m_set->graph().neighbourhood(current, m_focusHops))
            out.insert(i);
    }
    if (m_tourOnly && !m_tourSteps.isEmpty()) {
        QSet<int> tour;
        for (const QString &fileName : std::as_const(m_tourSteps)) {
            if (const int i = language.indexOfFile(fileName); i >= 0)
                tour.insert(i);
        }
        out = out.isEmpty() ? tour : out.intersect(tour);
    }
    if (!m_filter.isEmpty()) {
        QSet<int> passing;
        for (int i = 0; i < language.patternCount(); ++i) {
            // The current pattern stays in view whatever the filter says: it is where we are.
            if (i == current || m_filter.matches(language.pattern(i)))
                passing.insert(i);
        }
        out = out.isEmpty() ? passing : out.intersect(passing);
        if (out.isEmpty() && current >= 0)
            out.insert(current);
    }
    return out;
}

void GraphView::languageChanged(const LanguageChange &change)
{
    if (change.kind == LanguageChange::Reset)
        setAutoFit(true);
    if (signature() != m_laidOutSignature)
        requestLayout();
}

void GraphView::requestLayout()
{
    if (m_running) {
        m_again = true; // one more when this one is done, with whatever is newest then
        return;
    }
    startLayout();
}

void GraphView::startLayout()
{
    const Language &language = m_set->language();
    m_laidOutSignature = signature();
    m_laidOutAspect = viewAspect();
    const QSet<int> shown = shownSet();
    GraphInput input = GraphInput::fromLanguage(language, m_set->graph(), shown);
    // A few nodes (a neighbourhood) have room to spare: their names wrap less, into fewer, larger
    // lines.
    GraphStyle style = m_presentation ? m_presentationStyle : m_deskStyle;
    style.nameEms = input.nodes.size() <= 16 ? 13 : 9;
    GraphScene::sizeNodes(input, style);
    LayoutOptions options = style.layoutOptions(m_laidOutAspect);
    // Where a facilitator placed nodes on the whole map, for a screen of this shape, they stay.
    if (shown.isEmpty()) {
        const LayoutStore::Positions saved = LayoutStore::load(m_set->folder());
        if (saved.aspect > 0 && std::abs(saved.aspect / m_laidOutAspect - 1) < 0.12) {
            const qreal em = style.namePixelSize();
            for (const GraphInput::Node &n : std::as_const(input.nodes)) {
                if (saved.byId.contains(n.id))
                    options.pinned.insert(n.index, saved.byId.value(n.id) * em);
            }
        }
    }
    m_pendingInput = input;
    m_pendingStyle = style;
    m_running = true;
    m_message = m_layout.nodes.isEmpty() ? tr("Laying out the graph…") : QString();
    viewport()->update();
    Q_EMIT layoutStarted();
    m_watcher.setFuture(QtConcurrent::run(layoutGraph, input, options));
}

void GraphView::applyLayout()
{
    m_running = false;
    const GraphLayout result = m_watcher.result();
    if (m_again) {
        m_again = false;
        startLayout();
        if (result.ok)
            return; // a newer one is coming
    }
    if (!result.ok) {
        m_message = tr("The graph could not be laid out: %1").arg(result.error);
        viewport()->update();
        Q_EMIT layoutFailed(result.error);
        return;
    }
    m_input = m_pendingInput;
    m_layout = result;
    m_scene->setGraphStyle(m_pendingStyle);
    m_scene->build(m_set->language(), m_input, m_layout);
    m_scene->setCurrent(m_set->current());
    m_scene->setTour(m_tourSteps, m_tourAt);
    m_message.clear();
    if (m_autoFit)
        fitToWindow();
    viewport()->update();
    Q_EMIT layoutFinished();
    // The view changed shape while this was laid out (a window going full screen): lay out for
    // the shape it has now.
    if (std::abs(viewAspect() / std::max(m_laidOutAspect, 0.01) - 1) > 0.12)
        m_resizeTimer.start();
}

void GraphView::setFilter(const PatternFilter &filter)
{
    m_filter = filter;
    setAutoFit(true);
    if (signature() != m_laidOutSignature)
        requestLayout();
}

void GraphView::setFocusHops(int hops)
{
    hops = std::clamp(hops, 0, 3);
    if (hops == m_focusHops)
        return;
    m_focusHops = hops;
    setAutoFit(true);
    requestLayout();
}

void GraphView::setTour(const QStringList &steps, int at)
{
    const bool shownChanged = m_tourOnly && steps != m_tourSteps;
    m_tourSteps = steps;
    m_tourAt = at;
    m_scene->setTour(steps, at);
    if (shownChanged)
        requestLayout();
}

void GraphView::setTourOnly(bool on)
{
    if (on == m_tourOnly)
        return;
    m_tourOnly = on;
    setAutoFit(true);
    requestLayout();
}

void GraphView::currentChanged(const QString &fileName)
{
    m_scene->setCurrent(fileName);
    // A screen reader following the graph hears the pattern walked to.
    if (NodeItem *node = m_scene->node(fileName); node && hasFocus() && QAccessible::isActive()) {
        QAccessibleEvent event(node, QAccessible::Focus);
        QAccessible::updateAccessibility(&event);
    }
    if (signature() != m_laidOutSignature) { // focus mode, or a filter that now lets it in
        setAutoFit(true);
        requestLayout();
        return;
    }
    // The current pattern is always on screen.
    if (NodeItem *node = m_scene->node(fileName)) {
        const QRectF visibleArea = mapToScene(viewport()->rect()).boundingRect();
        if (!visibleArea.contains(node->sceneBoundingRect()))
            centerOn(node);
    }
}

QString GraphView::describeNode(const NodeItem *node) const
{
    if (!m_set || !node)
        return {};
    const Language &language = m_set->language();
    const int index = node->patternIndex();
    if (index < 0 || index >= language.patternCount())
        return {};
    const Pattern &p = language.pattern(index);
    auto label = [&](int i) {
        const Pattern &other = language.pattern(i);
        return QStringLiteral("%1 %2").arg(other.fields.id).arg(visibleControls(other.fields.name));
    };
    QStringList larger, smaller;
    for (const HierarchyEdge &e : m_set->graph().hierarchy()) {
        if (e.smaller == index)
            larger << label(e.larger);
        else if (e.larger == index)
            smaller << label(e.smaller);
    }
    QStringList parts;
    const QString scale = language.scaleName(p.fields.scale);
    if (p.fields.scale > 0)
        parts << (scale.isEmpty() ? tr("Scale %1").arg(p.fields.scale) : tr("Scale %1, %2").arg(p.fields.scale).arg(scale));
    parts << tr("confidence %1 of 2").arg(std::max(p.fields.confidence, 0));
    if (!larger.isEmpty())
        parts << tr("completes %1").arg(larger.join(QStringLiteral(", ")));
    if (!smaller.isEmpty())
        parts << tr("completed by %1").arg(smaller.join(QStringLiteral(", ")));
    return parts.join(QStringLiteral("; "));
}

void GraphView::makeCurrent(const NodeItem *node)
{
    if (m_set && node)
        m_set->setCurrent(node->fileName());
}

void GraphView::setPresentation(bool on)
{
    if (on == m_presentation)
        return;
    m_presentation = on;
    setAutoFit(true);
    // New type, new node sizes: a new layout, so that no two nodes overlap and every edge ends on
    // its nodes. Until it comes, the old one is drawn in the old style.
    m_scene->setGraphStyle(on ? m_presentationStyle : m_deskStyle);
    m_scene->reset();
    m_layout = GraphLayout();
    requestLayout();
}

bool GraphView::isSettled() const
{
    return !m_running && !m_again && !m_resizeTimer.isActive() && (!m_autoFit || m_fittedFor == viewport()->size());
}

void GraphView::fitToWindow()
{
    setAutoFit(true);
    const QRectF bounds = m_scene->contentBounds();
    m_fittedFor = viewport()->size();
    if (bounds.isEmpty())
        return;
    const qreal margin = m_scene->graphStyle().namePixelSize() * 0.5;
    fitInView(bounds.adjusted(-margin, -margin, margin, margin), Qt::KeepAspectRatio);
    // A small neighbourhood fills the view, but not in type several times too large to take in.
    const qreal limit = 2.5;
    if (transform().m11() > limit)
        setTransform(QTransform::fromScale(limit, limit));
    centerOn(bounds.center());
}

qreal GraphView::namePixelsOnScreen() const { return m_scene->graphStyle().namePixelSize() * transform().m11(); }

void GraphView::userMovedView() { setAutoFit(false); }

void GraphView::setAutoFit(bool on)
{
    m_autoFit = on;
    // Fitted, the whole graph is in view: scroll bars would only come and go as the fit changes
    // the view's size (and each change would fit again). On a projector there are none at all;
    // dragging the background still pans.
    const Qt::ScrollBarPolicy bars = on || m_presentation ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded;
    setHorizontalScrollBarPolicy(bars);
    setVerticalScrollBarPolicy(bars);
}

void GraphView::zoomIn()
{
    setAutoFit(false);
    scale(1.25, 1.25);
}

void GraphView::zoomOut()
{
    setAutoFit(false);
    scale(0.8, 0.8);
}

void GraphView::resetZoom()
{
    setAutoFit(false);
    setTransform(QTransform());
}

void GraphView::resetLayout()
{
    QString error;
    if (!LayoutStore::forget(m_set->folder(), &error))
        Q_EMIT positionsSaveFailed(error);
    m_laidOutSignature.clear();
    setAutoFit(true);
    requestLayout();
}

void GraphView::nodeDragged(NodeItem *)
{
    if (!shownSet().isEmpty())
        return; // a neighbourhood or a filtered view is laid out afresh each time; only the map keeps places
    LayoutStore::Positions positions = LayoutStore::load(m_set->folder());
    if (std::abs(positions.aspect / m_laidOutAspect - 1) >= 0.12)
        positions = {m_laidOutAspect, {}};
    const qreal em = m_scene->graphStyle().namePixelSize();
    const QHash<int, QPointF> moved = m_scene->movedPositions();
    for (auto it = moved.begin(); it != moved.end(); ++it)
        positions.byId.insert(it.key(), it.value() / em);
    QString error;
    if (!LayoutStore::save(m_set->folder(), positions, &error))
        Q_EMIT positionsSaveFailed(error);
}

void GraphView::wheelEvent(QWheelEvent *event)
{
    const qreal factor = std::pow(1.0015, event->angleDelta().y());
    const qreal current = transform().m11();
    if ((current < 0.01 && factor < 1) || (current > 8 && factor > 1))
        return;
    setAutoFit(false);
    scale(factor, factor);
    event->accept();
}

void GraphView::mousePressEvent(QMouseEvent *event)
{
    // A press on the background starts a pan.
    if (!itemAt(event->pos()))
        setAutoFit(false);
    QGraphicsView::mousePressEvent(event);
}

void GraphView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Up:
        walk(0, -1);
        return;
    case Qt::Key_Down:
        walk(0, 1);
        return;
    case Qt::Key_Left:
        walk(-1, 0);
        return;
    case Qt::Key_Right:
        walk(1, 0);
        return;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    default:
        QGraphicsView::keyPressEvent(event);
    }
}

void GraphView::walk(int dx, int dy)
{
    NodeItem *from = m_scene->node(m_set->current());
    if (!from) {
        if (!m_scene->nodes().isEmpty())
            m_set->setCurrent(m_scene->nodes().first()->fileName());
        return;
    }
    // Down walks to a pattern that completes this one, up to one it completes: the links of the
    // language first, wherever the rows put them; of several, the nearest across.
    NodeItem *best = nullptr;
    qreal bestDistance = 0;
    if (dy != 0) {
        for (EdgeItem *e : from->edges()) {
            if (e->kind() == EdgeKind::Related)
                continue;
            NodeItem *other = dy > 0 ? (e->tail() == from ? e->head() : nullptr) : (e->head() == from ? e->tail() : nullptr);
            if (!other)
                continue;
            const qreal distance = std::abs(other->pos().x() - from->pos().x()) + std::abs(other->pos().y() - from->pos().y()) / 4;
            if (!best || distance < bestDistance) {
                best = other;
                bestDistance = distance;
            }
        }
    }
    // Otherwise, and left and right: the nearest node in that direction, linked ones first, so
    // that the keyboard reaches every pattern on the map.
    if (!best) {
        const QPointF direction(dx, dy);
        qreal bestScore = 0;
        for (NodeItem *other : m_scene->nodes()) {
            if (other == from)
                continue;
            const QPointF d = other->pos() - from->pos();
            const qreal length = std::hypot(d.x(), d.y());
            const qreal along = (d.x() * direction.x() + d.y() * direction.y()) / length;
            if (length <= 0 || along < 0.5)
                continue;
            bool linked = false;
            for (EdgeItem *e : from->edges())
                linked |= e->tail() == other || e->head() == other;
            const qreal score = along / (1 + length / (linked ? 2000 : 400));
            if (score > bestScore) {
                bestScore = score;
                best = other;
            }
        }
    }
    if (best)
        m_set->setCurrent(best->fileName());
}

void GraphView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    // Until the user zooms or pans, the graph keeps fitting the view as it changes; a new shape
    // gets a layout of its own once the resizing stops.
    if (m_autoFit)
        fitToWindow();
    m_resizeTimer.start();
}

void GraphView::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    if (m_autoFit)
        fitToWindow();
    if (!m_layout.nodes.isEmpty() && std::abs(viewAspect() / std::max(m_laidOutAspect, 0.01) - 1) > 0.12)
        m_resizeTimer.start();
}

void GraphView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QGraphicsView::drawForeground(painter, rect);
    if (m_message.isEmpty() && !m_set->language().patterns().isEmpty())
        return;
    const QString text = !m_message.isEmpty() ? m_message : tr("No patterns to show");
    painter->save();
    painter->resetTransform();
    painter->setPen(palette().color(QPalette::PlaceholderText));
    painter->drawText(viewport()->rect(), Qt::AlignCenter | Qt::TextWordWrap, text);
    painter->restore();
}

} // namespace pb::ui
