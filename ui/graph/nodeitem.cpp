#include "nodeitem.h"
#include "edgeitem.h"

#include <QCursor>
#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QTextLayout>

namespace pb::ui {

namespace {
QString starsText(int confidence) { return confidence > 0 ? QString(confidence, QChar(0x2605)) : QString(); }

// Lines of `text` wrapped to `width` in `font`.
QStringList wrap(const QString &text, const QFont &font, qreal width)
{
    const QFontMetricsF fm(font);
    QStringList lines;
    QString line;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
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
} // namespace

QSizeF NodeItem::sizeFor(int id, const QString &name, int confidence, const GraphStyle &style)
{
    const QFontMetricsF nameMetrics(style.nameFont);
    const QFontMetricsF idMetrics(style.idFont);
    const qreal textWidth = style.maxNodeWidth - 2 * style.padding;
    qreal widest = idMetrics.horizontalAdvance(QString::number(id) + QStringLiteral("  ") + starsText(confidence));
    const QStringList lines = wrap(name, style.nameFont, textWidth);
    for (const QString &line : lines)
        widest = std::max(widest, nameMetrics.horizontalAdvance(line));
    const qreal width = std::clamp(widest + 2 * style.padding, style.maxNodeWidth * 0.55, style.maxNodeWidth);
    const qreal height = style.padding * 1.6 + idMetrics.height() + lines.size() * nameMetrics.lineSpacing();
    return {std::ceil(width), std::ceil(height)};
}

NodeItem::NodeItem(const QString &fileName, int id, const QString &name, int confidence, int scale, const GraphStyle *style)
    : m_fileName(fileName)
    , m_id(id)
    , m_name(name)
    , m_confidence(confidence)
    , m_scale(scale)
    , m_style(style)
{
    setFlags(ItemIsMovable | ItemIsSelectable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    setCursor(Qt::PointingHandCursor);
    setToolTip(QStringLiteral("%1 %2").arg(id).arg(name));
    restyle();
}

void NodeItem::restyle()
{
    prepareGeometryChange();
    const QSizeF size = sizeFor(m_id, m_name, m_confidence, *m_style);
    m_box = QRectF(-size.width() / 2, -size.height() / 2, size.width(), size.height());
    update();
}

QRectF NodeItem::boundingRect() const
{
    return m_box.adjusted(-3, -3, 3, 3);
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const GraphStyle &s = *m_style;
    painter->setRenderHint(QPainter::Antialiasing);
    QPen border(m_current ? s.currentBorder : s.nodeBorder, m_current ? 3 : 1);
    painter->setPen(border);
    painter->setBrush(s.fillFor(m_scale));
    painter->drawRoundedRect(m_box, 6, 6);

    const QRectF inner = m_box.adjusted(s.padding, s.padding * 0.8, -s.padding, -s.padding * 0.8);
    painter->setFont(s.idFont);
    painter->setPen(s.nodeText);
    const QFontMetricsF idMetrics(s.idFont);
    painter->drawText(QRectF(inner.left(), inner.top(), inner.width(), idMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      QString::number(m_id));
    painter->setPen(s.stars);
    painter->drawText(QRectF(inner.left(), inner.top(), inner.width(), idMetrics.height()), Qt::AlignRight | Qt::AlignVCenter,
                      starsText(m_confidence));
    painter->setFont(s.nameFont);
    painter->setPen(s.nodeText);
    const QFontMetricsF nameMetrics(s.nameFont);
    qreal y = inner.top() + idMetrics.height();
    for (const QString &line : wrap(m_name, s.nameFont, s.maxNodeWidth - 2 * s.padding)) {
        painter->drawText(QRectF(inner.left(), y, inner.width(), nameMetrics.lineSpacing()), Qt::AlignHCenter | Qt::AlignVCenter,
                          line);
        y += nameMetrics.lineSpacing();
    }
}

void NodeItem::setCurrent(bool current)
{
    if (current == m_current)
        return;
    m_current = current;
    setZValue(current ? 2 : 1);
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
