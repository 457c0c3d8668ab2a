#include "patterncard.h"

#include "graph/graphpalette.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextOption>
#include <cmath>

namespace pb::ui {

PatternCard::PatternCard(QWidget *parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Pattern card"));
    setMinimumSize(200, 150);
}

void PatternCard::setSummary(const PatternSummary &summary)
{
    m_summary = summary;
    setAccessibleDescription(QStringLiteral("%1. %2 %3 %4").arg(summary.name, summary.problem, tr("Therefore:"), summary.solution));
    fit();
    update();
}

QString PatternCard::html(qreal body) const
{
    // Whole pixels: Qt's rich text reads "36px", not "36.0px".
    const auto px = [body](qreal factor) { return QString::number(std::max(1, int(std::round(body * factor)))); };
    const GraphPalette p = GraphPalette::audience();
    const auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QString out = QStringLiteral("<html><body>");
    out += QStringLiteral("<p style=\"font-size:%1px; margin-bottom:%2px;\"><span style=\"color:%3;\">%4</span>&nbsp;&nbsp;"
                          "<b>%5</b>&nbsp;<span style=\"color:%6;\">%7</span></p>")
               .arg(px(1.5), px(0.8), p.bandText)
               .arg(m_summary.id)
               .arg(esc(m_summary.name), p.stars, m_summary.stars());
    if (!m_summary.problem.isEmpty())
        out += QStringLiteral("<p style=\"font-size:%1px;\"><b>%2</b></p>").arg(px(1), esc(m_summary.problem));
    if (!m_summary.solution.isEmpty()) {
        out += QStringLiteral("<p style=\"font-size:%1px; color:%2; margin-top:%3px;\"><i>%4</i></p>")
                   .arg(px(0.9), p.bandText, px(0.6), tr("Therefore:"));
        out += QStringLiteral("<p style=\"font-size:%1px;\">%2</p>").arg(px(1), esc(m_summary.solution));
    }
    if (m_summary.problem.isEmpty() && m_summary.solution.isEmpty())
        out += QStringLiteral("<p style=\"font-size:%1px; color:%2;\">%3</p>")
                   .arg(px(1), p.bandText, tr("This pattern has no problem or solution paragraph yet."));
    return out + QStringLiteral("</body></html>");
}

void PatternCard::fit()
{
    // The largest type at which everything fits: a binary search over the body's size.
    m_margin = std::max(12, std::min(width(), height()) / 20);
    QFont base = font();
    base.setPixelSize(12);
    m_document.setDefaultFont(base);
    m_document.setDefaultStyleSheet(QStringLiteral("p { color: %1; }").arg(GraphPalette::audience().nodeText));
    // Words wrap whole: a name broken mid-word without a hyphen ("Indepen/dent") reads as two
    // words to the room, so a word that does not fit shrinks the type instead.
    QTextOption option = m_document.defaultTextOption();
    option.setWrapMode(QTextOption::WordWrap);
    m_document.setDefaultTextOption(option);
    const qreal textWidth = std::max(50, width() - 2 * m_margin);
    const qreal available = std::max(50, height() - 2 * m_margin);
    qreal low = 6, high = std::max<qreal>(12, height() / 6.0);
    for (int i = 0; i < 12; ++i) {
        const qreal mid = (low + high) / 2;
        m_document.setHtml(html(mid));
        m_document.setTextWidth(textWidth);
        // idealWidth() passes textWidth only when some word is wider than a line.
        if (m_document.size().height() <= available && m_document.idealWidth() <= textWidth + 0.5)
            low = mid;
        else
            high = mid;
    }
    m_bodyPixels = low;
    m_document.setHtml(html(low));
    m_document.setTextWidth(textWidth);
}

void PatternCard::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fit();
}

void PatternCard::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const GraphPalette p = GraphPalette::audience();
    painter.fillRect(rect(), QColor(p.background));
    painter.translate(m_margin, m_margin);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, QColor(p.nodeText));
    m_document.documentLayout()->draw(&painter, context);
}

} // namespace pb::ui
