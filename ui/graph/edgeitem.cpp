#include "edgeitem.h"
#include "nodeitem.h"

#include <QPainter>
#include <QPainterPathStroker>
#include <QtMath>

namespace pb::ui {

namespace {
// Where the ray from `from` towards `to` leaves `rect`.
QPointF borderPoint(const QRectF &rect, const QPointF &from, const QPointF &to)
{
    const QPointF d = to - from;
    if (qFuzzyIsNull(d.x()) && qFuzzyIsNull(d.y()))
        return from;
    qreal t = 1e9;
    if (!qFuzzyIsNull(d.x()))
        t = std::min(t, std::abs((d.x() > 0 ? rect.right() - from.x() : rect.left() - from.x()) / d.x()));
    if (!qFuzzyIsNull(d.y()))
        t = std::min(t, std::abs((d.y() > 0 ? rect.bottom() - from.y() : rect.top() - from.y()) / d.y()));
    return from + d * t;
}

qreal arrowSize(const GraphStyle &style) { return std::max<qreal>(8, style.namePixelSize() * 0.7); }
} // namespace

EdgeItem::EdgeItem(NodeItem *tail, NodeItem *head, EdgeKind kind, const QList<QPointF> &spline,
                   const std::optional<QPointF> &arrowTip, const GraphStyle *style)
    : m_tail(tail)
    , m_head(head)
    , m_kind(kind)
    , m_spline(spline)
    , m_layoutTip(arrowTip)
    , m_style(style)
{
    setZValue(0);
    tail->addEdge(this);
    head->addEdge(this);
    restyle();
    adjust();
}

void EdgeItem::restyle()
{
    const GraphPalette &p = m_style->palette;
    QString colour = p.edge;
    if (m_kind == EdgeKind::Related)
        colour = p.relatedEdge;
    else if (m_kind == EdgeKind::Unmirrored && p.marksUnmirrored)
        colour = p.unmirroredEdge;
    const qreal base = std::max<qreal>(1.2, m_style->namePixelSize() / 10);
    QPen pen(GraphStyle::color(m_lit ? p.currentBorder : colour), m_lit ? base * 2 : base);
    if (m_kind == EdgeKind::Related)
        pen.setStyle(Qt::DashLine);
    pen.setCapStyle(Qt::FlatCap);
    setPen(pen);
    setZValue(m_lit ? 0.5 : 0);
    if (m_kind == EdgeKind::Unmirrored && p.marksUnmirrored)
        setToolTip(QObject::tr("Listed by only one of the two patterns"));
    else if (m_kind == EdgeKind::Related)
        setToolTip(QObject::tr("%1 mentions %2").arg(m_tail->name(), m_head->name()));
    else
        setToolTip(QObject::tr("%1 is completed by %2").arg(m_tail->name(), m_head->name()));
}

void EdgeItem::setLit(bool lit)
{
    if (lit == m_lit)
        return;
    m_lit = lit;
    restyle();
}

QPointF EdgeItem::startPoint() const { return path().elementCount() ? path().pointAtPercent(0) : QPointF(); }

QPointF EdgeItem::endPoint() const
{
    if (m_kind != EdgeKind::Related)
        return m_arrowTip;
    return path().elementCount() ? path().pointAtPercent(1) : QPointF();
}

void EdgeItem::adjust()
{
    prepareGeometryChange();
    const QRectF tailBox = m_tail->sceneBox();
    const QRectF headBox = m_head->sceneBox();
    QPainterPath path;
    const bool useSpline = m_spline.size() >= 4 && !m_tail->wasMoved() && !m_head->wasMoved();
    if (useSpline) {
        path.moveTo(m_spline.first());
        for (int i = 1; i + 2 < m_spline.size(); i += 3)
            path.cubicTo(m_spline.at(i), m_spline.at(i + 1), m_spline.at(i + 2));
        m_arrowBase = m_spline.last();
        m_arrowTip = m_layoutTip.value_or(m_spline.last());
    } else {
        // Dragged by hand: a plain curve from border to border.
        const QPointF a = tailBox.center();
        const QPointF b = headBox.center();
        const QPointF start = borderPoint(tailBox, a, b);
        const QPointF end = borderPoint(headBox, b, a);
        const qreal size = m_kind == EdgeKind::Related ? 0 : arrowSize(*m_style);
        const QLineF line(start, end);
        const QPointF base = line.length() > size ? line.pointAt(1 - size / line.length()) : start;
        path.moveTo(start);
        path.lineTo(base);
        m_arrowBase = base;
        m_arrowTip = end;
    }
    setPath(path);
}

QRectF EdgeItem::boundingRect() const
{
    const qreal extra = arrowSize(*m_style) + pen().widthF();
    return QGraphicsPathItem::boundingRect().united(QRectF(m_arrowTip, m_arrowBase).normalized()).adjusted(-extra, -extra, extra, extra);
}

QPainterPath EdgeItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(std::max<qreal>(6, pen().widthF() * 3));
    return stroker.createStroke(path());
}

bool EdgeItem::contains(const QPointF &point) const
{
    const qreal reach = std::max<qreal>(6, pen().widthF() * 3) / 2;
    if (!boundingRect().contains(point))
        return false;
    auto near = [&](const QPointF &a, const QPointF &b) {
        const QPointF ab = b - a;
        const qreal length2 = QPointF::dotProduct(ab, ab);
        const qreal t = length2 > 0 ? std::clamp(QPointF::dotProduct(point - a, ab) / length2, 0.0, 1.0) : 0.0;
        const QPointF d = point - (a + ab * t);
        return QPointF::dotProduct(d, d) <= reach * reach;
    };
    for (const QPolygonF &polygon : path().toSubpathPolygons()) {
        for (int i = 0; i + 1 < polygon.size(); ++i) {
            if (near(polygon.at(i), polygon.at(i + 1)))
                return true;
        }
    }
    // The arrowhead, from the end of the curve to the tip.
    return m_kind != EdgeKind::Related && near(m_arrowBase, m_arrowTip);
}

void EdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    Q_UNUSED(option)
    Q_UNUSED(widget)
    painter->setRenderHint(QPainter::Antialiasing);
    // A copy of the path, not the item's own: drawing a path caches its converted form in it for
    // good, some 2 KB an edge, 6 MB at 1,000 patterns, to save a conversion that takes microseconds.
    QPainterPath drawn;
    drawn.addPath(path());
    painter->setPen(pen());
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(drawn);
    if (m_kind == EdgeKind::Related)
        return; // a mention has no direction worth an arrow
    // The arrowhead runs from the end of the curve to the tip on the head's border.
    QLineF shaft(m_arrowBase, m_arrowTip);
    if (shaft.length() < 1)
        return;
    const qreal size = std::max(shaft.length(), arrowSize(*m_style) * 0.6);
    const qreal angle = std::atan2(shaft.dy(), shaft.dx());
    const qreal spread = M_PI / 8;
    const QPointF left = m_arrowTip - QPointF(std::cos(angle - spread) * size, std::sin(angle - spread) * size);
    const QPointF right = m_arrowTip - QPointF(std::cos(angle + spread) * size, std::sin(angle + spread) * size);
    painter->setPen(Qt::NoPen);
    painter->setBrush(pen().color());
    painter->drawPolygon(QPolygonF{m_arrowTip, left, right});
}

} // namespace pb::ui
