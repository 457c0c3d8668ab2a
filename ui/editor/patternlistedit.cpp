#include "patternlistedit.h"
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
QString completionText(int id, const QString &name) { return QStringLiteral("%1  %2").arg(id).arg(name); }
} // namespace

PatternListEdit::PatternListEdit(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
{
    setUpList(m_list, tr("Patterns"));
    m_list->installEventFilter(this);

    auto *entry = new EntryLineEdit(this);
    entry->setPlaceholderText(tr("Pattern name or id"));
    entry->setAccessibleName(tr("Pattern to add"));
    entry->setToolTip(tr("Type a pattern's name or id, then Enter to add it"));
    entry->setClearButtonEnabled(true);
    entry->keyHandler = [this](QKeyEvent *event) {
        if (hasCommandModifier(event) || (event->key() != Qt::Key_Return && event->key() != Qt::Key_Enter))
            return false;
        const QString text = takeCompletion(m_lineEdit, m_completer);
        // Nothing typed: Enter goes on to the dialog's default button. Else it is taken, even if
        // the text names no pattern: that text stays, to be corrected.
        if (text.trimmed().isEmpty())
            return false;
        add(text);
        return true;
    };
    m_lineEdit = entry;
    m_completionModel = new QStringListModel(this);
    m_completer = makeCompleter(m_lineEdit, m_completionModel, Qt::MatchContains);
    // Queued: QLineEdit puts the chosen text in itself on the same signal, and must be done first.
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, &PatternListEdit::add,
            Qt::QueuedConnection);

    m_add = makeButton(this, tr("Add"), tr("Add the pattern named in the field (Enter)"), "addButton");
    m_remove = makeButton(this, tr("Remove"), tr("Remove the selected pattern (Delete)"), "removeButton");
    m_up = makeButton(this, tr("Move Up"), tr("Move the selected pattern up (Alt+Up)"), "moveUpButton");
    m_down = makeButton(this, tr("Move Down"), tr("Move the selected pattern down (Alt+Down)"),
                        "moveDownButton");
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_list, 0, 0);
    layout->addLayout(buttonColumn({m_remove, m_up, m_down}), 0, 1);
    layout->addWidget(m_lineEdit, 1, 0);
    layout->addWidget(m_add, 1, 1);
    layout->setColumnStretch(0, 1);

    connect(m_add, &QToolButton::clicked, this, [this] { add(m_lineEdit->text()); });
    connect(m_remove, &QToolButton::clicked, this, &PatternListEdit::removeSelected);
    connect(m_up, &QToolButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveSelected(1); });
    connect(m_list, &QListWidget::itemSelectionChanged, this, &PatternListEdit::updateButtons);
    connect(m_lineEdit, &QLineEdit::textChanged, this, &PatternListEdit::updateButtons);
    updateButtons();
}

void PatternListEdit::setCandidates(const QList<QPair<int, QString>> &idsAndNames)
{
    m_candidates = idsAndNames;
    for (int row = 0; row < m_list->count(); ++row)
        fillItem(m_list->item(row), m_list->item(row)->data(Qt::UserRole).toInt());
    refreshCompletions();
    updateButtons();
}

QList<int> PatternListEdit::ids() const
{
    QList<int> result;
    for (int row = 0; row < m_list->count(); ++row)
        result.append(m_list->item(row)->data(Qt::UserRole).toInt());
    return result;
}

void PatternListEdit::setIds(const QList<int> &ids)
{
    m_list->clear();
    for (int id : ids)
        fillItem(new QListWidgetItem(m_list), id);
    m_ids = ids;
    refreshCompletions();
    updateButtons();
}

std::optional<int> PatternListEdit::resolve(const QString &text) const
{
    const QString typed = text.trimmed();
    bool isNumber = false;
    const int number = typed.toInt(&isNumber);
    std::optional<int> byName;
    int sameName = 0;
    for (const auto &[id, name] : m_candidates) {
        if (isNumber ? id == number : completionText(id, name).compare(typed, Qt::CaseInsensitive) == 0)
            return id;
        if (!isNumber && !typed.isEmpty() && name.trimmed().compare(typed, Qt::CaseInsensitive) == 0) {
            byName = id;
            ++sameName;
        }
    }
    // A name that two patterns share names neither; the id or the completion tells them apart.
    return sameName == 1 ? byName : std::nullopt;
}

bool PatternListEdit::eventFilter(QObject *watched, QEvent *event)
{
    if (const int command = watched == m_list ? listCommand(event) : 0) {
        command == kRemoveRow ? removeSelected() : moveSelected(command);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

bool PatternListEdit::add(const QString &text)
{
    const std::optional<int> id = resolve(text);
    if (!id)
        return false;
    // Already listed: show where, instead of listing it twice.
    if (const qsizetype row = ids().indexOf(*id); row >= 0) {
        m_list->setCurrentRow(int(row));
        m_lineEdit->clear();
        return false;
    }
    auto *item = new QListWidgetItem(m_list);
    fillItem(item, *id);
    m_list->setCurrentItem(item);
    m_list->scrollToItem(item);
    m_lineEdit->clear();
    refreshCompletions();
    emitIfChanged();
    return true;
}

void PatternListEdit::removeSelected()
{
    if (!removeSelectedRow(m_list))
        return;
    refreshCompletions();
    updateButtons();
    emitIfChanged();
}

void PatternListEdit::moveSelected(int delta)
{
    if (!moveSelectedRow(m_list, delta))
        return;
    updateButtons();
    emitIfChanged();
}

void PatternListEdit::fillItem(QListWidgetItem *item, int id) const
{
    item->setData(Qt::UserRole, id);
    const auto it = std::find_if(m_candidates.cbegin(), m_candidates.cend(),
                                 [id](const auto &c) { return c.first == id; });
    if (it != m_candidates.cend()) {
        item->setText(QStringLiteral("%1 (%2)").arg(it->second).arg(id));
        item->setToolTip(tr("Pattern %1: %2").arg(id).arg(it->second));
        item->setData(Qt::ForegroundRole, QVariant());
    } else {
        item->setText(tr("(%1) \u2014 no such pattern").arg(id));
        item->setToolTip(tr("The language has no pattern with id %1").arg(id));
        item->setForeground(errorColor(m_list->palette()));
    }
}

void PatternListEdit::refreshCompletions()
{
    // Patterns listed already are not offered again.
    const QList<int> listed = ids();
    QStringList offered;
    for (const auto &[id, name] : std::as_const(m_candidates)) {
        if (!listed.contains(id))
            offered.append(completionText(id, name));
    }
    m_completionModel->setStringList(offered);
}

void PatternListEdit::updateButtons()
{
    updateListButtons(m_list, m_remove, m_up, m_down);
    const std::optional<int> id = resolve(m_lineEdit->text());
    m_add->setEnabled(id && !ids().contains(*id));
}

void PatternListEdit::emitIfChanged()
{
    if (const QList<int> now = ids(); now != m_ids) {
        m_ids = now;
        Q_EMIT idsEdited(now);
    }
}

} // namespace pb::ui
