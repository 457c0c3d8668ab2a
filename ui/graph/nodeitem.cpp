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
} // namespace

namespace {
// The label is one run of words: the id (bold), the name, the stars. One line fewer than an id
// line above the name: the height saved is type that can be larger on the projector.
enum class Word { Id, Name, Stars };

Word kindOf(int index, int count, bool stars)
{
    if (index == 0)
        return Word::Id;
    return stars && index == count - 1 ? Word::Stars : Word::Name;
}

const QFont &fontFor(Word kind, const GraphStyle &style) { return kind == Word::Id ? style.idFont : style.nameFont; }
} // namespace

QList<QStringList> NodeItem::labelLines(int id, const QString &name, int confidence, const GraphStyle &style)
{
    QStringList words{QString::number(id)};
    words += name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const bool stars = confidence > 0;
    if (stars)
        words << starsText(confidence);
    const qreal space = QFontMetricsF(style.nameFont).horizontalAdvance(QLatin1Char(' '));
    QList<QStringList> lines;
    QStringList line;
    qreal width = 0;
    for (int i = 0; i < words.size(); ++i) {
        const qreal w = QFontMetricsF(fontFor(kindOf(i, int(words.size()), stars), style)).horizontalAdvance(words.at(i));
        if (!line.isEmpty() && width + space + w > style.nameWidth()) {
            lines << line;
            line.clear();
            width = 0;
        }
        width += (line.isEmpty() ? 0 : space) + w;
        line << words.at(i);
    }
    if (!line.isEmpty())
        lines << line;
    return lines;
}

QSizeF NodeItem::sizeFor(int id, const QString &name, int confidence, const GraphStyle &style)
{
    const QFontMetricsF metrics(style.nameFont);
    const qreal space = metrics.horizontalAdvance(QLatin1Char(' '));
    const QList<QStringList> lines = labelLines(id, name, confidence, style);
    const bool stars = confidence > 0;
    const int count = 1 + int(name.split(QLatin1Char(' '), Qt::SkipEmptyParts).size()) + (stars ? 1 : 0);
    qreal widest = 0;
    int index = 0;
    for (const QStringList &line : lines) {
        qreal width = 0;
        for (const QString &word : line) {
            width += (width > 0 ? space : 0) + QFontMetricsF(fontFor(kindOf(index++, count, stars), style)).horizontalAdvance(word);
        }
        widest = std::max(widest, width);
    }
    const qreal width = widest + 2 * style.padding;
    const qreal height = style.padding * 1.4 + lines.size() * metrics.lineSpacing();
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
    // Room for the current pattern's border, a tour's ring and its step's disc.
    const qreal extra = std::max(m_style->padding * 0.6 + 3, QFontMetricsF(m_style->nameFont).height() * 1.3);
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
    if ((m_tourStep > 0 && m_tourWalked) || m_tourNext) {
        // The tour: a dashed ring where it goes next, a solid one where it has been.
        QPen ring(GraphStyle::color(p.currentBorder), std::max(2.0, s.namePixelSize() / 8),
                  m_tourNext ? Qt::DashLine : Qt::SolidLine);
        painter->setPen(ring);
        painter->setBrush(Qt::NoBrush);
        const qreal gap = s.padding * 0.45;
        painter->drawRoundedRect(m_box.adjusted(-gap, -gap, gap, gap), radius + gap, radius + gap);
    }
    if (!nameReadable(s.namePixelSize() * detail) && !standsOut)
        return; // semantic zoom: too small to read, so not drawn as text at all

    const QRectF inner = m_box.adjusted(s.padding, s.padding * 0.7, -s.padding, -s.padding * 0.7);
    const QFontMetricsF metrics(s.nameFont);
    const qreal space = metrics.horizontalAdvance(QLatin1Char(' '));
    const bool stars = m_confidence > 0;
    const int count = 1 + int(m_name.split(QLatin1Char(' '), Qt::SkipEmptyParts).size()) + (stars ? 1 : 0);
    const QList<QStringList> lines = labelLines(m_id, m_name, m_confidence, s);
    qreal y = inner.top() + (inner.height() - lines.size() * metrics.lineSpacing()) / 2;
    int index = 0;
    for (const QStringList &line : lines) {
        // Each line centred, each word in its own font and colour.
        QList<qreal> widths;
        qreal total = 0;
        for (int i = 0; i < line.size(); ++i) {
            widths << QFontMetricsF(fontFor(kindOf(index + i, count, stars), s)).horizontalAdvance(line.at(i));
            total += widths.last() + (i ? space : 0);
        }
        qreal x = inner.center().x() - total / 2;
        for (int i = 0; i < line.size(); ++i, ++index) {
            const Word kind = kindOf(index, count, stars);
            painter->setFont(fontFor(kind, s));
            painter->setPen(GraphStyle::color(kind == Word::Stars ? p.stars : kind == Word::Id ? p.bandText : p.nodeText));
            painter->drawText(QRectF(x, y, widths.at(i) + 1, metrics.lineSpacing()), Qt::AlignLeft | Qt::AlignVCenter, line.at(i));
            x += widths.at(i) + space;
        }
        y += metrics.lineSpacing();
    }
    if (m_tourStep > 0) {
        // Every step's number, in a disc on the top right corner, in the names' type so that the
        // room reads it: filled where the tour has been, outlined where it is still to go.
        QFont font = s.nameFont;
        font.setBold(true);
        const qreal radius = QFontMetricsF(font).height() * 0.62;
        const QRectF disc(m_box.right() - radius * 1.2, m_box.top() - radius * 0.9, 2 * radius, 2 * radius);
        painter->setPen(QPen(GraphStyle::color(p.currentBorder), std::max(1.5, s.namePixelSize() / 10)));
        painter->setBrush(m_tourWalked ? GraphStyle::color(p.currentBorder) : GraphStyle::color(p.background));
        painter->drawEllipse(disc);
        painter->setFont(font);
        painter->setPen(GraphStyle::color(m_tourWalked ? p.background : p.currentBorder));
        painter->drawText(disc, Qt::AlignCenter, QString::number(m_tourStep));
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

void NodeItem::setTourMark(int step, bool walked, bool next)
{
    if (step == m_tourStep && walked == m_tourWalked && next == m_tourNext)
        return;
    prepareGeometryChange();
    m_tourStep = step;
    m_tourWalked = walked;
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
