#include "starsedit.h"
#include "fieldwidgets_p.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPainterPath>
#include <QStringListModel>
#include <QStyleOptionFrame>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <functional>
#include <numbers>
#include <utility>

namespace pb::ui {

using namespace detail;


namespace {
constexpr int kStarMargin = 3; // room for the focus frame
constexpr int kMaxStars = 2;

QPainterPath starPath(const QRectF &box)
{
    // Five points, the inner radius about that of the ★ glyph; a little low, as the glyph sits.
    const QPointF c(box.center().x(), box.center().y() + box.height() * 0.04);
    QPainterPath path;
    for (int i = 0; i < 10; ++i) {
        const qreal r = box.width() / 2 * (i % 2 ? 0.45 : 1.0);
        const qreal angle = -std::numbers::pi / 2 + i * std::numbers::pi / 5;
        const QPointF point(c.x() + r * std::cos(angle), c.y() + r * std::sin(angle));
        i == 0 ? path.moveTo(point) : path.lineTo(point);
    }
    path.closeSubpath();
    return path;
}
} // namespace

StarsEdit::StarsEdit(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setAccessibleName(tr("Confidence"));
    updateTexts();
}

QString StarsEdit::meaning(int value)
{
    switch (std::clamp(value, 0, kMaxStars)) {
    case 0:
        return tr("Hypothesis");
    case 1:
        return tr("Likely true");
    default:
        return tr("Invariant");
    }
}

void StarsEdit::setValue(int value)
{
    value = std::clamp(value, 0, kMaxStars);
    if (value == m_value)
        return;
    m_value = value;
    updateTexts();
    update();
}

int StarsEdit::starSize() const { return qRound(fontMetrics().height() * 1.3); }

QRect StarsEdit::starRect(int star) const
{
    if (star < 1 || star > kMaxStars)
        return {};
    const int s = starSize();
    return QRect(kStarMargin + (star - 1) * (s + s / 5), (height() - s) / 2, s, s);
}

int StarsEdit::starAt(const QPoint &pos) const
{
    // Split halfway between the stars, so that no click falls between them.
    if (pos.x() < 0 || pos.x() >= width())
        return 0;
    return pos.x() < (starRect(1).right() + starRect(2).left()) / 2 ? 1 : 2;
}

QSize StarsEdit::sizeHint() const
{
    const int s = starSize();
    return QSize(2 * kStarMargin + kMaxStars * s + (kMaxStars - 1) * (s / 5), 2 * kStarMargin + s);
}

QSize StarsEdit::minimumSizeHint() const { return sizeHint(); }

void StarsEdit::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QColor accent = isEnabled() ? accentColor() : pal.color(QPalette::Disabled, QPalette::WindowText);
    const QColor empty =
        mix(pal.color(QPalette::Window), pal.color(QPalette::WindowText), isEnabled() ? 0.5f : 0.3f);
    for (int star = 1; star <= kMaxStars; ++star) {
        if (star <= m_value) {
            p.setPen(QPen(accent.darker(115), 1.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            p.setBrush(accent);
        } else {
            // The empty star under the mouse takes the accent, to show that it is a target.
            const bool hovered = star == m_hover && isEnabled();
            p.setPen(QPen(hovered ? accent : empty, hovered ? 1.6 : 1.3, Qt::SolidLine, Qt::RoundCap,
                          Qt::RoundJoin));
            p.setBrush(Qt::NoBrush);
        }
        p.drawPath(starPath(QRectF(starRect(star)).adjusted(1, 1, -1, -1)));
    }
    // Drawn whenever focused, not only after Tab as Fusion's focus rect is: in a form full of
    // fields it must be plain which one the keys go to.
    if (hasFocus()) {
        p.setPen(QPen(pal.color(QPalette::Highlight), 1.0));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
    }
}

void StarsEdit::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    if (const int star = starAt(event->position().toPoint()))
        edit(star == m_value ? star - 1 : star);
}

void StarsEdit::mouseMoveEvent(QMouseEvent *event)
{
    if (const int star = starAt(event->position().toPoint()); star != m_hover) {
        m_hover = star;
        update();
    }
}

void StarsEdit::leaveEvent(QEvent *)
{
    m_hover = 0;
    update();
}

void StarsEdit::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if (hasCommandModifier(event))
        QWidget::keyPressEvent(event);
    else if (key == Qt::Key_Left || key == Qt::Key_Minus)
        edit(m_value - 1);
    else if (key == Qt::Key_Right || key == Qt::Key_Plus)
        edit(m_value + 1);
    else if (key >= Qt::Key_0 && key <= Qt::Key_0 + kMaxStars)
        edit(key - Qt::Key_0);
    else
        QWidget::keyPressEvent(event); // Tab and the rest go on to the form
}

void StarsEdit::edit(int value)
{
    value = std::clamp(value, 0, kMaxStars);
    if (value == m_value)
        return;
    setValue(value);
    Q_EMIT valueEdited(value);
}

void StarsEdit::updateTexts()
{
    setToolTip(meaning(m_value));
    setAccessibleDescription(tr("%1 of 2 stars: %2").arg(m_value).arg(meaning(m_value)));
}

} // namespace pb::ui
