#include "graphview.h"
#include "edgeitem.h"
#include "graphlayout.h"
#include "graphscene.h"
#include "layoutstore.h"
#include "nodeitem.h"

#include "graphexport.h"
#include "patternset.h"

#include <QApplication>
#include <QImage>
#include <QKeyEvent>
#include <QPainter>
#include <QSvgGenerator>
#include <QThread>
#include <QWheelEvent>
#include <memory>

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
    setAccessibleName(tr("Link graph"));

    connect(set, &PatternSet::languageChanged, this, &GraphView::languageChanged);
    connect(set, &PatternSet::currentChanged, this, &GraphView::currentChanged);
    connect(m_scene, &GraphScene::nodeActivated, set, &PatternSet::setCurrent);
    connect(m_scene, &GraphScene::nodeDragged, this, &GraphView::nodeDragged);
    if (set->language().patternCount() > 0)
        requestLayout();
}

GraphView::~GraphView()
{
    // A layout still running must not outlive the view it reports to.
    if (m_thread) {
        m_thread->disconnect(this);
        m_thread->wait();
        delete m_thread;
    }
}

QString GraphView::signature() const
{
    // What the picture depends on: nodes, their labels and the links. Text edits that change
    // none of these leave the layout alone.
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
    QList<int> focus = focusSet().values();
    std::sort(focus.begin(), focus.end());
    for (int i : std::as_const(focus))
        s += QStringLiteral("|f%1").arg(i);
    return s + (m_presentation ? QStringLiteral("|P") : QString());
}

QSet<int> GraphView::focusSet() const
{
    QSet<int> out;
    if (m_focusHops > 0) {
        for (int i : m_set->graph().neighbourhood(m_set->currentIndex(), m_focusHops))
            out.insert(i);
    }
    return out;
}

void GraphView::languageChanged(const LanguageChange &change)
{
    if (change.kind == LanguageChange::Reset) {
        m_fitAfterLayout = true;
        m_positions = LayoutStore::load(m_set->folder());
    }
    if (signature() != m_laidOutSignature)
        requestLayout();
    else
        updateVisibility();
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
    DotOptions options;
    options.nodeSizes = m_scene->nodeSizes(language);
    // Focus mode lays out the neighbourhood alone, compactly, rather than picking it out of the
    // whole map.
    options.only = focusSet();
    const QByteArray dot = graphToDot(language, m_set->graph(), options);
    const quint64 generation = ++m_generation;
    m_running = true;
    m_message = tr("Laying out the graph…");
    viewport()->update();
    Q_EMIT layoutStarted();

    auto result = std::make_shared<GraphLayoutResult>();
    QThread *thread = QThread::create([dot, result] { *result = layoutDot(dot); });
    connect(thread, &QThread::finished, this, [this, thread, result, generation] {
        thread->deleteLater();
        m_thread = nullptr;
        m_running = false;
        if (generation == m_generation)
            applyLayout(*result);
        if (m_again) {
            m_again = false;
            startLayout();
        }
    });
    m_thread = thread;
    thread->start();
}

void GraphView::applyLayout(const GraphLayoutResult &result)
{
    if (!result.ok) {
        m_message = tr("The graph could not be laid out: %1").arg(result.error);
        viewport()->update();
        Q_EMIT layoutFailed(result.error);
        return;
    }
    // Keep what the user dragged in this session, and what earlier sessions saved: positions on
    // the whole map, so not in focus mode.
    const QHash<int, QPointF> saved = m_focusHops == 0 ? m_positions : QHash<int, QPointF>();
    m_scene->setGraphStyle(m_presentation ? m_presentationStyle : m_deskStyle);
    m_scene->build(m_set->language(), m_set->graph(), result, saved);
    m_scene->setCurrent(m_set->current());
    m_message.clear();
    updateVisibility();
    if (m_fitAfterLayout) {
        m_fitAfterLayout = false;
        fitReadably();
    }
    Q_EMIT layoutFinished();
}

void GraphView::setFilter(const PatternFilter &filter)
{
    m_filter = filter;
    updateVisibility();
}

void GraphView::setFocusHops(int hops)
{
    hops = std::clamp(hops, 0, 3);
    if (hops == m_focusHops)
        return;
    m_focusHops = hops;
    m_fitAfterLayout = true;
    requestLayout();
}

void GraphView::updateVisibility()
{
    const Language &language = m_set->language();
    std::optional<QSet<QString>> visible;
    if (!m_filter.isEmpty()) {
        visible = QSet<QString>();
        for (int i = 0; i < language.patternCount(); ++i) {
            const Pattern &p = language.pattern(i);
            // The current pattern stays in view whatever the filter says: it is where we are.
            if (m_filter.matches(p) || p.fileName == m_set->current())
                visible->insert(p.fileName);
        }
    }
    m_scene->setVisibleFiles(visible);
}

void GraphView::currentChanged(const QString &fileName)
{
    m_scene->setCurrent(fileName);
    if (m_focusHops > 0) {
        if (signature() != m_laidOutSignature) {
            m_fitAfterLayout = true;
            requestLayout();
        }
        return;
    }
    if (!m_filter.isEmpty())
        updateVisibility();
    if (NodeItem *node = m_scene->node(fileName)) {
        const QRectF visibleArea = mapToScene(viewport()->rect()).boundingRect();
        if (!visibleArea.contains(node->sceneBoundingRect()))
            centerOn(node);
    }
}

void GraphView::setPresentation(bool on)
{
    if (on == m_presentation)
        return;
    m_presentation = on;
    m_fitAfterLayout = true;
    // On a projector the map is the picture: no scroll bars (dragging still pans).
    const Qt::ScrollBarPolicy bars = on ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded;
    setHorizontalScrollBarPolicy(bars);
    setVerticalScrollBarPolicy(bars);
    requestLayout(); // node sizes change with the type
}

void GraphView::fitToWindow()
{
    m_autoFit = true;
    QRectF bounds = m_scene->visibleBounds();
    if (bounds.isEmpty())
        return;
    bounds.adjust(-30, -30, 30, 30);
    fitInView(bounds, Qt::KeepAspectRatio);
    // Never blow a small neighbourhood up past twice its size: it would look broken.
    if (transform().m11() > 2.0)
        setTransform(QTransform::fromScale(2.0, 2.0));
    centerOn(bounds.center());
}

void GraphView::fitReadably()
{
    m_autoFit = true;
    // The whole language if it fits at a size one can read; else readable type around the
    // current pattern (fit to window shows the rest).
    fitToWindow();
    const qreal readable = 0.7;
    if (transform().m11() >= readable)
        return;
    setTransform(QTransform::fromScale(readable, readable));
    if (NodeItem *node = m_scene->node(m_set->current()))
        centerOn(node);
}

void GraphView::zoomIn()
{
    m_autoFit = false;
    scale(1.25, 1.25);
}

void GraphView::zoomOut()
{
    m_autoFit = false;
    scale(0.8, 0.8);
}

void GraphView::resetZoom()
{
    m_autoFit = false;
    setTransform(QTransform());
}

void GraphView::resetLayout()
{
    QString error;
    if (!LayoutStore::forget(m_set->folder(), &error))
        Q_EMIT positionsSaveFailed(error);
    for (NodeItem *n : m_scene->nodes())
        n->setMoved(false);
    m_positions.clear();
    m_laidOutSignature.clear();
    m_fitAfterLayout = true;
    requestLayout();
}

void GraphView::nodeDragged(NodeItem *)
{
    if (m_focusHops > 0)
        return; // a neighbourhood's layout is made afresh each time; only the map keeps places
    const QHash<int, QPointF> moved = m_scene->movedPositions();
    for (auto it = moved.begin(); it != moved.end(); ++it)
        m_positions.insert(it.key(), it.value());
    QString error;
    if (!LayoutStore::save(m_set->folder(), m_positions, &error))
        Q_EMIT positionsSaveFailed(error);
}

void GraphView::wheelEvent(QWheelEvent *event)
{
    const qreal factor = std::pow(1.0015, event->angleDelta().y());
    const qreal current = transform().m11();
    if ((current < 0.05 && factor < 1) || (current > 8 && factor > 1))
        return;
    m_autoFit = false;
    scale(factor, factor);
    event->accept();
}

void GraphView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Up:
        moveToNeighbour(0, -1);
        return;
    case Qt::Key_Down:
        moveToNeighbour(0, 1);
        return;
    case Qt::Key_Left:
        moveToNeighbour(-1, 0);
        return;
    case Qt::Key_Right:
        moveToNeighbour(1, 0);
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

void GraphView::moveToNeighbour(int dx, int dy)
{
    NodeItem *from = m_scene->node(m_set->current());
    if (!from)
        return;
    // Of the patterns linked to the current one, the nearest in the direction of the arrow.
    const QPointF direction(dx, dy);
    NodeItem *best = nullptr;
    qreal bestScore = 0;
    for (EdgeItem *e : from->edges()) {
        NodeItem *other = e->tail() == from ? e->head() : e->tail();
        if (!other->isVisible())
            continue;
        const QPointF d = other->pos() - from->pos();
        const qreal length = std::hypot(d.x(), d.y());
        if (length <= 0)
            continue;
        const qreal along = (d.x() * direction.x() + d.y() * direction.y()) / length;
        if (along < 0.3)
            continue;
        const qreal score = along / (1 + length / 1000);
        if (score > bestScore) {
            bestScore = score;
            best = other;
        }
    }
    if (best) {
        m_set->setCurrent(best->fileName());
        ensureVisible(best, 40, 40);
    }
}

void GraphView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    // Until the user zooms, the graph keeps fitting the window as the window changes.
    if (m_autoFit)
        fitReadably();
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

bool GraphView::exportSvg(const QString &path, QString *error) const
{
    const QRectF source = m_scene->visibleBounds().adjusted(-20, -20, 20, 20);
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(source.size().toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), source.size()));
    svg.setTitle(m_set->language().title());
    svg.setDescription(tr("Link graph exported by Patternbook"));
    QPainter painter;
    if (!painter.begin(&svg)) {
        if (error)
            *error = tr("cannot write %1").arg(path);
        return false;
    }
    painter.fillRect(QRectF(QPointF(0, 0), source.size()), m_scene->backgroundBrush());
    m_scene->render(&painter, QRectF(QPointF(0, 0), source.size()), source);
    painter.end();
    return true;
}

bool GraphView::exportPng(const QString &path, QString *error) const
{
    const QRectF source = m_scene->visibleBounds().adjusted(-20, -20, 20, 20);
    const qreal scale = 2.0; // sharp on high-density screens and projectors
    QImage image((source.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(m_scene->backgroundBrush().color());
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    m_scene->render(&painter, QRectF(QPointF(0, 0), image.size()), source);
    painter.end();
    if (!image.save(path, "PNG")) {
        if (error)
            *error = tr("cannot write %1").arg(path);
        return false;
    }
    return true;
}

} // namespace pb::ui
