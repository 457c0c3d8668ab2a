#include "stringlistedit.h"
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
// Reports its editors' lives: the list drops empty rows once no editor is open, however the
// editor closed (Enter, Escape, focus lost, or the view closing it on a change of row).
class StringItemDelegate : public QStyledItemDelegate
{
public:
    StringItemDelegate(std::function<void()> opened, std::function<void()> closed, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_opened(std::move(opened))
        , m_closed(std::move(closed))
    {
    }
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (editor) {
            m_opened();
            connect(editor, &QObject::destroyed, this, [closed = m_closed] { closed(); });
        }
        return editor;
    }

private:
    std::function<void()> m_opened;
    std::function<void()> m_closed;
};
} // namespace

StringListEdit::StringListEdit(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
{
    setUpList(m_list, tr("Entries"));
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_list->setToolTip(tr("Double-click an entry or press F2 to edit it"));
    m_list->installEventFilter(this);
    m_list->setItemDelegate(new StringItemDelegate([this] { ++m_openEditors; },
                                                   [this] {
                                                       --m_openEditors;
                                                       scheduleSync();
                                                   },
                                                   this));

    m_add = makeButton(this, tr("Add"), tr("Add an entry and edit it"), "addButton");
    m_remove = makeButton(this, tr("Remove"), tr("Remove the selected entry (Delete)"), "removeButton");
    m_up = makeButton(this, tr("Move Up"), tr("Move the selected entry up (Alt+Up)"), "moveUpButton");
    m_down = makeButton(this, tr("Move Down"), tr("Move the selected entry down (Alt+Down)"),
                        "moveDownButton");
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttonColumn({m_add, m_remove, m_up, m_down}));

    connect(m_add, &QToolButton::clicked, this, &StringListEdit::addItem);
    connect(m_remove, &QToolButton::clicked, this, &StringListEdit::removeSelected);
    connect(m_up, &QToolButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveSelected(1); });
    connect(m_list, &QListWidget::itemSelectionChanged, this, &StringListEdit::updateButtons);
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        if (!m_updating)
            scheduleSync();
    });
    updateButtons();
}

StringListEdit::~StringListEdit()
{
    // The list goes first, while this object is whole: closing its editors calls back here.
    delete std::exchange(m_list, nullptr);
}

QStringList StringListEdit::strings() const
{
    QStringList result;
    for (int row = 0; m_list && row < m_list->count(); ++row) {
        if (const QString text = m_list->item(row)->text().trimmed(); !text.isEmpty())
            result.append(text);
    }
    return result;
}

void StringListEdit::setStrings(const QStringList &strings)
{
    m_updating = true;
    m_list->clear();
    for (const QString &text : strings) {
        auto *item = new QListWidgetItem(text);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        item->setToolTip(text);
        m_list->addItem(item);
    }
    m_updating = false;
    m_strings = this->strings();
    updateButtons();
}

bool StringListEdit::eventFilter(QObject *watched, QEvent *event)
{
    if (const int command = watched == m_list ? listCommand(event) : 0) {
        command == kRemoveRow ? removeSelected() : moveSelected(command);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void StringListEdit::addItem()
{
    m_updating = true;
    auto *item = new QListWidgetItem;
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    m_list->addItem(item);
    m_updating = false;
    m_list->setCurrentItem(item);
    m_list->scrollToItem(item);
    m_list->setFocus(Qt::OtherFocusReason);
    // Nothing is emitted yet: the entry counts once it has text.
    m_list->editItem(item);
    updateButtons();
}

void StringListEdit::removeSelected()
{
    if (!removeSelectedRow(m_list))
        return;
    updateButtons();
    emitIfChanged();
}

void StringListEdit::moveSelected(int delta)
{
    if (!moveSelectedRow(m_list, delta))
        return;
    updateButtons();
    emitIfChanged();
}

void StringListEdit::scheduleSync()
{
    // Later, not now: these signals come while the view is still committing and closing.
    if (m_syncPending || !m_list)
        return;
    m_syncPending = true;
    QTimer::singleShot(0, this, &StringListEdit::sync);
}

void StringListEdit::sync()
{
    m_syncPending = false;
    // An open editor may be on an empty row still being typed into: tidy once it has closed.
    if (m_openEditors == 0) {
        m_updating = true;
        for (int row = m_list->count() - 1; row >= 0; --row) {
            QListWidgetItem *item = m_list->item(row);
            const QString text = item->text().trimmed();
            if (text.isEmpty()) {
                delete m_list->takeItem(row);
                continue;
            }
            item->setText(text);
            item->setToolTip(text);
        }
        m_updating = false;
        updateButtons();
    }
    emitIfChanged();
}

void StringListEdit::updateButtons() { updateListButtons(m_list, m_remove, m_up, m_down); }

void StringListEdit::emitIfChanged()
{
    if (const QStringList now = strings(); now != m_strings) {
        m_strings = now;
        Q_EMIT stringsEdited(now);
    }
}

} // namespace pb::ui
