#include "nodeitem.h"
#include "edgeitem.h"

#include <QCursor>
#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace pb::ui {

namespace {
QString starsText(int confidence) { return confidence > 0 ? QString(confidence, QChar(0x2605)) : QString(); }

// Below this many pixels on screen, a name is a speck: the node is drawn without text.
constexpr qreal ReadablePixels = 5;
} // namespace

QStringList NodeItem::nameLines(const QString &name, const GraphStyle &style)
{
    const QFontMetricsF fm(style.nameFont);
    const qreal width = style.nameWidth();
    QStringList lines;
    QString line;
    for (const QString &word : name.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString candidate = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (!line.isEmpty() && fm.horizontalAdvance(candidate) > width) {
            lines << line;
            line = word;
        } else {
            line = candidate;
        }
    }
    if (!line.isEmpty())
        lines << line;
    return lines;
}

QSizeF NodeItem::sizeFor(int id, const QString &name, int confidence, const GraphStyle &style)
{
    const QFontMetricsF nameMetrics(style.nameFont);
    const QFontMetricsF idMetrics(style.idFont);
    qreal widest = idMetrics.horizontalAdvance(QString::number(id) + QStringLiteral("   ") + starsText(confidence));
    const QStringList lines = nameLines(name, style);
    for (const QString &line : lines)
        widest = std::max(widest, nameMetrics.horizontalAdvance(line));
    const qreal width = widest + 2 * style.padding;
    const qreal height = style.padding * 1.4 + idMetrics.height() + lines.size() * nameMetrics.lineSpacing();
    return {std::ceil(width), std::ceil(height)};
}

NodeItem::NodeItem(const QString &fileName, int index, int id, const QString &name, int confidence, int scale,
                   const GraphStyle *style)
    : m_fileName(fileName)
    , m_index(index)
    , m_id(id)
    , m_name(name)
    , m_confidence(confidence)
    , m_scale(scale)
    , m_style(style)
{
    setFlags(ItemIsMovable | ItemIsSelectable | ItemSendsGeometryChanges | ItemIsFocusable);
    setAcceptHoverEvents(true);
    setCursor(Qt::PointingHandCursor);
    setToolTip(QStringLiteral("%1 %2").arg(id).arg(name));
    setBoxSize(sizeFor(id, name, confidence, *style));
}

void NodeItem::setBoxSize(const QSizeF &size)
{
    prepareGeometryChange();
    m_box = QRectF(-size.width() / 2, -size.height() / 2, size.width(), size.height());
    update();
}

QRectF NodeItem::boundingRect() const
{
    const qreal extra = m_style->padding * 0.6 + 3;
    return m_box.adjusted(-extra, -extra, extra, extra);
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const GraphStyle &s = *m_style;
    const GraphPalette &p = s.palette;
    const qreal detail = option->levelOfDetailFromTransform(painter->worldTransform());
    painter->setRenderHint(QPainter::Antialiasing);
    const bool standsOut = m_current || m_neighbour;
    QPen border(GraphStyle::color(m_current ? p.currentBorder : p.nodeBorder), 1.0);
    if (m_current)
        border.setWidthF(std::max(3.0, s.namePixelSize() / 5));
    else if (m_neighbour && s.audience)
        border.setWidthF(std::max(2.0, s.namePixelSize() / 9));
    painter->setPen(border);
    painter->setBrush(s.fillFor(m_scale));
    const qreal radius = s.namePixelSize() * 0.45;
    painter->drawRoundedRect(m_box, radius, radius);
    if (m_tourStep > 0 || m_tourNext) {
        // The tour: a dashed ring where it goes next, a solid one where it has been.
        QPen ring(GraphStyle::color(p.currentBorder), std::max(2.0, s.namePixelSize() / 8),
                  m_tourNext ? Qt::DashLine : Qt::SolidLine);
        painter->setPen(ring);
        painter->setBrush(Qt::NoBrush);
        const qreal gap = s.padding * 0.45;
        painter->drawRoundedRect(m_box.adjusted(-gap, -gap, gap, gap), radius + gap, radius + gap);
    }
    if (s.namePixelSize() * detail < ReadablePixels && !standsOut)
        return; // semantic zoom: too small to read, so not drawn as text at all

    const QRectF inner = m_box.adjusted(s.padding, s.padding * 0.7, -s.padding, -s.padding * 0.7);
    const QFontMetricsF idMetrics(s.idFont);
    const QRectF top(inner.left(), inner.top(), inner.width(), idMetrics.height());
    painter->setFont(s.idFont);
    painter->setPen(GraphStyle::color(p.nodeText));
    QString id = QString::number(m_id);
    if (m_tourStep > 0)
        id += QStringLiteral("  · %1").arg(m_tourStep);
    painter->drawText(top, Qt::AlignLeft | Qt::AlignVCenter, id);
    painter->setPen(GraphStyle::color(p.stars));
    painter->drawText(top, Qt::AlignRight | Qt::AlignVCenter, starsText(m_confidence));
    painter->setFont(s.nameFont);
    painter->setPen(GraphStyle::color(p.nodeText));
    const QFontMetricsF nameMetrics(s.nameFont);
    qreal y = top.bottom();
    for (const QString &line : nameLines(m_name, s)) {
        painter->drawText(QRectF(inner.left(), y, inner.width(), nameMetrics.lineSpacing()),
                          Qt::AlignHCenter | Qt::AlignVCenter, line);
        y += nameMetrics.lineSpacing();
    }
}

void NodeItem::setCurrent(bool current)
{
    if (current == m_current)
        return;
    m_current = current;
    setZValue(current ? 3 : m_neighbour ? 2 : 1);
    update();
}

void NodeItem::setNeighbour(bool neighbour)
{
    if (neighbour == m_neighbour)
        return;
    m_neighbour = neighbour;
    setZValue(m_current ? 3 : neighbour ? 2 : 1);
    update();
}

void NodeItem::setTourMark(int step, bool next)
{
    if (step == m_tourStep && next == m_tourNext)
        return;
    m_tourStep = step;
    m_tourNext = next;
    update();
}

QVariant NodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged) {
        for (EdgeItem *edge : std::as_const(m_edges))
            edge->adjust();
    }
    return QGraphicsObject::itemChange(change, value);
}

void NodeItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    m_pressPos = pos();
    QGraphicsObject::mousePressEvent(event);
}

void NodeItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsObject::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton)
        return;
    if ((pos() - m_pressPos).manhattanLength() > 2) {
        m_moved = true;
        for (EdgeItem *edge : std::as_const(m_edges))
            edge->adjust();
        Q_EMIT dragged(this);
    } else {
        Q_EMIT activated(m_fileName);
    }
}

void NodeItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    Q_EMIT hovered(this, true);
    QGraphicsObject::hoverEnterEvent(event);
}

void NodeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    Q_EMIT hovered(this, false);
    QGraphicsObject::hoverLeaveEvent(event);
}

} // namespace pb::ui
