#include "banditem.h"
#include "nodeitem.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace pb::ui {

BandItem::BandItem(const GraphLayout::Band &band, const GraphStyle *style)
    : m_band(band)
    , m_style(style)
{
    setZValue(-1);
    setToolTip(overviewText());
}

QString BandItem::overviewText() const
{
    return QCoreApplication::translate("pb::ui::BandItem", "%1 — %n pattern(s)", nullptr, m_band.count).arg(m_band.label);
}

void BandItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const GraphStyle &s = *m_style;
    painter->setPen(Qt::NoPen);
    painter->setBrush(GraphStyle::color(s.palette.bandFill));
    painter->drawRect(m_band.rect);
    const qreal detail = option->levelOfDetailFromTransform(painter->worldTransform());
    painter->setPen(GraphStyle::color(s.palette.bandText));
    QFont font = s.bandFont;
    if (!NodeItem::nameReadable(s.namePixelSize() * detail)) {
        // The overview: the names are too small to read, so the band says what it holds, in type
        // about 20 pixels high on screen, as large as the band allows.
        const qreal pixels = std::min(20.0 / detail, m_band.rect.height() * 0.45);
        font.setPixelSize(std::max(1, int(pixels)));
        font.setBold(true);
        painter->setFont(font);
        painter->drawText(m_band.rect.adjusted(pixels, 0, -pixels, 0), Qt::AlignVCenter | Qt::AlignLeft | Qt::TextWordWrap,
                          overviewText());
        return;
    }
    // As large as the band's type allows, smaller where a short band needs it to fit.
    const QString text = QStringLiteral("%1\n(%2)").arg(m_band.label).arg(m_band.count);
    const int flags = Qt::AlignTop | Qt::AlignLeft | Qt::TextWordWrap;
    while (font.pixelSize() > 6
           && QFontMetricsF(font).boundingRect(m_band.labelRect, flags, text).height() > m_band.labelRect.height())
        font.setPixelSize(font.pixelSize() - 1);
    painter->setFont(font);
    painter->drawText(m_band.labelRect, flags, text);
}

} // namespace pb::ui
