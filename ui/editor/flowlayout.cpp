#include "flowlayout.h"

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


FlowLayout::FlowLayout(QWidget *parent, int hSpacing, int vSpacing)
    : QLayout(parent)
    , m_hSpace(hSpacing)
    , m_vSpace(vSpacing)
{
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::setExpandLastItem(bool expand)
{
    m_expandLast = expand;
    invalidate();
}

void FlowLayout::insertWidget(int index, QWidget *widget)
{
    addChildWidget(widget);
    m_items.insert(std::clamp(index, 0, int(m_items.size())), new QWidgetItem(widget));
    invalidate();
}

void FlowLayout::addItem(QLayoutItem *item) { m_items.append(item); }
int FlowLayout::count() const { return int(m_items.size()); }
QLayoutItem *FlowLayout::itemAt(int index) const { return m_items.value(index); }
QLayoutItem *FlowLayout::takeAt(int index)
{
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}
Qt::Orientations FlowLayout::expandingDirections() const { return {}; }
bool FlowLayout::hasHeightForWidth() const { return true; }
int FlowLayout::heightForWidth(int width) const { return doLayout(QRect(0, 0, width, 0), true); }

QSize FlowLayout::minimumSize() const
{
    QSize size;
    for (const QLayoutItem *item : m_items)
        size = size.expandedTo(item->minimumSize());
    return size.grownBy(contentsMargins());
}

QSize FlowLayout::sizeHint() const
{
    // Everything on one line.
    QSize size;
    for (const QLayoutItem *item : m_items) {
        if (!item->isEmpty()) {
            const QSize hint = item->sizeHint();
            size.rwidth() += (size.width() > 0 ? m_hSpace : 0) + hint.width();
            size.setHeight(std::max(size.height(), hint.height()));
        }
    }
    return size.grownBy(contentsMargins());
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    doLayout(rect, false);
}

int FlowLayout::doLayout(const QRect &rect, bool testOnly) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    int last = int(m_items.size()) - 1;
    while (last >= 0 && m_items.at(last)->isEmpty())
        --last;
    QList<QPair<QLayoutItem *, QRect>> line;
    int x = area.x();
    int y = area.y();
    int lineHeight = 0;
    // A line is placed once complete, because its tallest item decides where the others centre.
    const auto flush = [&] {
        for (auto &[item, geometry] : line) {
            geometry.moveTop(y + (lineHeight - geometry.height()) / 2);
            if (!testOnly)
                item->setGeometry(geometry);
        }
        line.clear();
    };
    for (int i = 0; i <= last; ++i) {
        QLayoutItem *item = m_items.at(i);
        if (item->isEmpty())
            continue;
        const bool expand = m_expandLast && i == last;
        const QSize hint = item->sizeHint();
        const int wanted = expand ? item->minimumSize().width() : hint.width();
        int width = std::max(0, std::min(wanted, area.width()));
        if (!line.isEmpty() && x + width > area.right() + 1) {
            flush();
            x = area.x();
            y += lineHeight + m_vSpace;
            lineHeight = 0;
        }
        if (expand)
            width = std::max(width, area.right() + 1 - x);
        line.append({item, QRect(x, y, width, hint.height())});
        x += width + m_hSpace;
        lineHeight = std::max(lineHeight, hint.height());
    }
    flush();
    return y + lineHeight - rect.y() + contentsMargins().bottom();
}

} // namespace pb::ui
