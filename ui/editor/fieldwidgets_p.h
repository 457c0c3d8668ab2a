#pragma once

// Private to the form's field widgets: what they share (colours, the line edit that sees its
// keys first, the list editors' buttons).

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

namespace pb::ui::detail {


// The reading view's accent (reading.css), so that stars and chips look the same in both.
inline QColor accentColor() { return QColor(0x8a, 0x3b, 0x12); }
// Red that reads on the list's base, light or dark.
inline QColor errorColor(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    return dark ? QColor(0xff, 0x6b, 0x60) : QColor(0xb3, 0x26, 0x1e);
}

inline QColor mix(const QColor &a, const QColor &b, float t)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * t, a.greenF() + (b.greenF() - a.greenF()) * t,
                            a.blueF() + (b.blueF() - a.blueF()) * t);
}

inline bool hasCommandModifier(const QKeyEvent *event)
{
    return event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier);
}

// A line edit whose owner sees its keys first. Overriding event() rather than filtering events
// matters: while a completer popup is open, QCompleter hands keys straight to the line edit's
// event(), past any event filter, and Tab never reaches keyPressEvent().
class EntryLineEdit : public QLineEdit
{
public:
    using QLineEdit::QLineEdit;

    std::function<bool(QKeyEvent *)> keyHandler;
    std::function<void(Qt::FocusReason)> focusOutHandler;

protected:
    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress && keyHandler && keyHandler(static_cast<QKeyEvent *>(event))) {
            event->accept();
            return true;
        }
        return QLineEdit::event(event);
    }
    void focusInEvent(QFocusEvent *event) override
    {
        QLineEdit::focusInEvent(event);
        parentWidget()->update(); // TagEdit draws the focus of its line edit on its own frame
    }
    void focusOutEvent(QFocusEvent *event) override
    {
        QLineEdit::focusOutEvent(event);
        if (focusOutHandler)
            focusOutHandler(event->reason());
        parentWidget()->update();
    }
};

// The text a completer popup has highlighted, or else the line edit's; closes the popup, since
// the key that asks for this is taken from the completer.
inline QString takeCompletion(QLineEdit *lineEdit, QCompleter *completer)
{
    QString text = lineEdit->text();
    if (QAbstractItemView *popup = completer->popup(); popup->isVisible()) {
        if (const QModelIndex index = popup->currentIndex(); index.isValid())
            text = index.data(completer->completionRole()).toString();
        popup->hide();
    }
    return text;
}

inline QCompleter *makeCompleter(QLineEdit *lineEdit, QStringListModel *model, Qt::MatchFlags filter)
{
    auto *completer = new QCompleter(model, lineEdit->parent());
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setFilterMode(filter);
    completer->setMaxVisibleItems(12);
    // The popup is as wide as the line edit, which after a row of chips can be very narrow.
    completer->popup()->setMinimumWidth(lineEdit->fontMetrics().averageCharWidth() * 24);
    lineEdit->setCompleter(completer);
    return completer;
}

// ---- What PatternListEdit and StringListEdit share: a list with Remove, Move Up, Move Down ----

inline QToolButton *makeButton(QWidget *parent, const QString &text, const QString &toolTip, const char *objectName)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setObjectName(QLatin1String(objectName));
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed); // one width for the column
    return button;
}

inline QVBoxLayout *buttonColumn(std::initializer_list<QToolButton *> buttons)
{
    auto *column = new QVBoxLayout;
    column->setSpacing(2);
    for (QToolButton *button : buttons)
        column->addWidget(button);
    column->addStretch(1);
    return column;
}

// Lists grow with their rows up to a point, instead of QListWidget's fixed 192 pixels that would
// make an empty "context" field as tall as a paragraph.
inline void setUpList(QListWidget *list, const QString &accessibleName)
{
    list->setAccessibleName(accessibleName);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list->setMaximumHeight((list->fontMetrics().height() + 6) * 8 + 2 * list->frameWidth());
}

inline int selectedRow(const QListWidget *list)
{
    const QList<QListWidgetItem *> selected = list->selectedItems();
    return selected.isEmpty() ? -1 : list->row(selected.first());
}

inline void updateListButtons(const QListWidget *list, QToolButton *remove, QToolButton *up, QToolButton *down)
{
    const int row = selectedRow(list);
    remove->setEnabled(row >= 0);
    up->setEnabled(row > 0);
    down->setEnabled(row >= 0 && row < list->count() - 1);
}

inline bool removeSelectedRow(QListWidget *list)
{
    const int row = selectedRow(list);
    if (row < 0)
        return false;
    delete list->takeItem(row);
    // The next row is selected, so that Delete can go on down the list.
    if (list->count() > 0)
        list->setCurrentRow(std::min(row, list->count() - 1));
    return true;
}

inline bool moveSelectedRow(QListWidget *list, int delta)
{
    const int row = selectedRow(list);
    if (row < 0 || row + delta < 0 || row + delta >= list->count())
        return false;
    QListWidgetItem *item = list->takeItem(row);
    list->insertItem(row + delta, item);
    list->setCurrentItem(item);
    return true;
}

// The keys that edit a list from its rows: Delete removes, Alt+Up/Down move. 0 for other keys.
inline constexpr int kRemoveRow = 2;
inline int listCommand(const QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return 0;
    const auto *key = static_cast<const QKeyEvent *>(event);
    const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
    if (mods == Qt::NoModifier && (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace))
        return kRemoveRow;
    if (mods == Qt::AltModifier && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down))
        return key->key() == Qt::Key_Up ? -1 : 1;
    return 0;
}


} // namespace pb::ui::detail
