#include "edgeitem.h"
#include "nodeitem.h"

#include <QPainter>
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
} // namespace

EdgeItem::EdgeItem(NodeItem *tail, NodeItem *head, Kind kind, const QList<QPointF> &spline, const GraphStyle *style)
    : m_tail(tail)
    , m_head(head)
    , m_kind(kind)
    , m_spline(spline)
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
    QColor colour = m_kind == Related ? m_style->relatedEdge : m_kind == Unmirrored ? m_style->unmirroredEdge : m_style->edge;
    QPen pen(colour, m_kind == Related ? 1.0 : 1.4);
    if (m_kind == Related)
        pen.setStyle(Qt::DashLine);
    pen.setCapStyle(Qt::RoundCap);
    setPen(pen);
    if (m_kind == Unmirrored)
        setToolTip(QObject::tr("Listed by only one of the two patterns"));
    else if (m_kind == Related)
        setToolTip(QObject::tr("%1 mentions %2").arg(m_tail->name(), m_head->name()));
}

void EdgeItem::adjust()
{
    prepareGeometryChange();
    const QRectF tailBox = m_tail->box().translated(m_tail->pos());
    const QRectF headBox = m_head->box().translated(m_head->pos());
    QPainterPath path;
    const bool useSpline = m_spline.size() >= 4 && !m_tail->wasMoved() && !m_head->wasMoved();
    QPointF end, direction;
    if (useSpline) {
        path.moveTo(m_spline.first());
        for (int i = 1; i + 2 < m_spline.size(); i += 3)
            path.cubicTo(m_spline.at(i), m_spline.at(i + 1), m_spline.at(i + 2));
        end = m_spline.last();
        direction = m_spline.last() - m_spline.at(m_spline.size() - 2);
    } else {
        const QPointF a = tailBox.center();
        const QPointF b = headBox.center();
        const QPointF start = borderPoint(tailBox, a, b);
        end = borderPoint(headBox, b, a);
        path.moveTo(start);
        if (m_kind == Related) {
            path.lineTo(end);
        } else {
            // Down the hierarchy: leave and arrive vertically.
            const qreal bend = std::max<qreal>(30, std::abs(end.y() - start.y()) / 2);
            const qreal sign = end.y() >= start.y() ? 1 : -1;
            path.cubicTo(start + QPointF(0, sign * bend), end - QPointF(0, sign * bend), end);
        }
        direction = end - path.pointAtPercent(0.95);
    }
    const qreal length = std::hypot(direction.x(), direction.y());
    const QPointF unit = length > 0 ? direction / length : QPointF(0, 1);
    m_arrowBase = end;
    m_arrowTip = headBox.contains(end) ? end : borderPoint(headBox, headBox.center(), end);
    if (QLineF(m_arrowBase, m_arrowTip).length() < 4 || QLineF(m_arrowBase, m_arrowTip).length() > 20) {
        m_arrowTip = end;
        m_arrowBase = end - unit * 8;
    }
    setPath(path);
}

QRectF EdgeItem::boundingRect() const
{
    return QGraphicsPathItem::boundingRect().united(QRectF(m_arrowTip, m_arrowBase).normalized()).adjusted(-6, -6, 6, 6);
}

void EdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    painter->setRenderHint(QPainter::Antialiasing);
    QGraphicsPathItem::paint(painter, option, widget);
    if (m_kind == Related)
        return; // a mention has no direction worth an arrow
    const QLineF shaft(m_arrowBase, m_arrowTip);
    const qreal angle = std::atan2(shaft.dy(), shaft.dx());
    const qreal size = 8;
    const QPointF left = m_arrowTip - QPointF(std::cos(angle - M_PI / 7) * size, std::sin(angle - M_PI / 7) * size);
    const QPointF right = m_arrowTip - QPointF(std::cos(angle + M_PI / 7) * size, std::sin(angle + M_PI / 7) * size);
    painter->setPen(Qt::NoPen);
    painter->setBrush(pen().color());
    painter->drawPolygon(QPolygonF{m_arrowTip, left, right});
    painter->setPen(pen());
    painter->drawLine(m_arrowBase, m_arrowTip);
}

} // namespace pb::ui
