#include "banditem.h"
#include "nodeitem.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QRegularExpression>
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
    Q_UNUSED(option);
    painter->setPen(GraphStyle::color(s.palette.bandText));
    QFont font = s.bandFont;
    // Always in the label column at the band's left, never across its patterns: a label laid over
    // the nodes in large type hid the map a new user first sees. For an audience, the name alone
    // (the count is for the author), and never below three quarters of the names' type, so that
    // the room reads it too; a label that needs more room runs on below the band's top line.
    const QString text = s.audience ? m_band.label : QStringLiteral("%1\n(%2)").arg(m_band.label).arg(m_band.count);
    const int flags = Qt::AlignTop | Qt::AlignLeft | Qt::TextWordWrap;
    const int smallest = s.audience ? std::max(8, int(s.namePixelSize() * 0.75)) : 6;
    // Smaller until it fits: its height, and its longest word across (a word wider than the
    // column was cut off: "Organisationa").
    const QStringList words = text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    const auto fits = [&](const QFont &f) {
        const QFontMetricsF metrics(f);
        for (const QString &word : words) {
            if (metrics.horizontalAdvance(word) > m_band.labelRect.width())
                return false;
        }
        return metrics.boundingRect(m_band.labelRect, flags, text).height() <= m_band.labelRect.height();
    };
    while (font.pixelSize() > smallest && !fits(font))
        font.setPixelSize(font.pixelSize() - 1);
    painter->setFont(font);
    painter->drawText(m_band.labelRect, flags, text);
}

} // namespace pb::ui
