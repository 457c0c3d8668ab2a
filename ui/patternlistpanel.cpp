#include "patternlistpanel.h"

#include "itemmodels/patternlistmodel.h"
#include "language/patternset.h"

#include <QApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QScopedValueRollback>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace pb::ui {

namespace {

// Broken files stand out: red, italic, a warning icon. Files with warnings get a quieter mark.
class PatternRowDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const bool broken = index.data(PatternListModel::BrokenRole).toBool();
        if (broken) {
            option->font.setItalic(true);
            option->palette.setColor(QPalette::Text, QColor(0xb3, 0x26, 0x1e));
        }
        if (index.column() == PatternListModel::NameColumn) {
            if (broken) {
                option->icon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
                option->features |= QStyleOptionViewItem::HasDecoration;
            } else if (index.data(PatternListModel::WarningCountRole).toInt() > 0) {
                option->icon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
                option->features |= QStyleOptionViewItem::HasDecoration;
            }
        }
        if (index.column() == PatternListModel::ConfidenceColumn)
            option->palette.setColor(QPalette::Text, QColor(0x8a, 0x3b, 0x12));
    }
};

} // namespace

PatternListPanel::PatternListPanel(PatternSet *set, QWidget *parent)
    : QWidget(parent)
    , m_set(set)
    , m_model(new PatternListModel(set, this))
    , m_proxy(new PatternFilterModel(set, this))
{
    m_proxy->setSourceModel(m_model);

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search names, tags and text"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search patterns"));

    m_filterMenu = new QMenu(this);
    m_filterButton = new QToolButton(this);
    m_filterButton->setText(tr("Filter"));
    m_filterButton->setToolTip(tr("Filter by tag, confidence and scale"));
    m_filterButton->setPopupMode(QToolButton::InstantPopup);
    m_filterButton->setMenu(m_filterMenu);
    m_filterButton->setIcon(style()->standardIcon(QStyle::SP_FileDialogDetailedView));
    m_filterButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_view = new QTreeView(this);
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new PatternRowDelegate(m_view));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->sortByColumn(PatternListModel::IdColumn, Qt::AscendingOrder);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(PatternListModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(PatternListModel::IdColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(PatternListModel::ConfidenceColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(PatternListModel::ScaleColumn, QHeaderView::ResizeToContents);
    m_view->setAccessibleName(tr("Patterns"));

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_search, 1);
    top->addWidget(m_filterButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 0, 4);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter.text = text;
        applyFilter();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &index) {
        // Rows coming and going under a filter move the view's current row; only the user's own
        // choice of row changes the current pattern.
        if (m_syncing)
            return;
        const QString file = index.data(PatternListModel::FileNameRole).toString();
        if (!file.isEmpty() && m_set && file != m_set->current())
            m_set->setCurrent(file);
    });
    connect(set, &PatternSet::currentChanged, this, &PatternListPanel::selectCurrent);
    connect(set, &PatternSet::languageChanged, this, &PatternListPanel::selectCurrent);
    // The tags, confidences and scales on offer are those of the language when the menu opens.
    connect(m_filterMenu, &QMenu::aboutToShow, this, &PatternListPanel::rebuildFilterMenu);
    m_search->installEventFilter(this);
}

bool PatternListPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Escape in the search field clears it; pressed again (empty), it goes back to the list.
    if (watched == m_search && event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        if (!m_search->text().isEmpty())
            m_search->clear();
        else
            m_view->setFocus(Qt::OtherFocusReason);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void PatternListPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void PatternListPanel::setFilter(const PatternFilter &filter)
{
    m_filter = filter;
    if (m_search->text() != filter.text)
        m_search->setText(filter.text);
    applyFilter();
}

void PatternListPanel::applyFilter()
{
    const QScopedValueRollback syncing(m_syncing, true);
    m_proxy->setFilter(m_filter);
    const bool narrowed = !m_filter.tags.isEmpty() || !m_filter.confidences.isEmpty() || !m_filter.scales.isEmpty();
    m_filterButton->setText(narrowed ? tr("Filter (on)") : tr("Filter"));
    selectCurrent();
    Q_EMIT filterChanged(m_filter);
}

void PatternListPanel::rebuildFilterMenu()
{
    m_filterMenu->clear();
    const Language &language = m_set->language();

    auto addToggle = [this](QMenu *menu, const QString &text, bool checked, auto toggle) {
        QAction *a = menu->addAction(text);
        a->setCheckable(true);
        a->setChecked(checked);
        connect(a, &QAction::toggled, this, [this, toggle](bool on) {
            toggle(on);
            applyFilter();
        });
    };

    QMenu *tags = m_filterMenu->addMenu(tr("Tags"));
    QStringList allTags;
    for (const Pattern &p : language.patterns())
        allTags << p.fields.tags;
    allTags.removeDuplicates();
    allTags.sort(Qt::CaseInsensitive);
    for (const QString &tag : std::as_const(allTags))
        addToggle(tags, tag, m_filter.tags.contains(tag), [this, tag](bool on) {
            on ? void(m_filter.tags.insert(tag)) : void(m_filter.tags.remove(tag));
        });
    tags->setEnabled(!allTags.isEmpty());

    QMenu *confidence = m_filterMenu->addMenu(tr("Confidence"));
    const QStringList labels = {tr("No stars: a hypothesis"), tr("★ Likely true"), tr("★★ Invariant")};
    for (int c = 2; c >= 0; --c)
        addToggle(confidence, labels.at(c), m_filter.confidences.contains(c), [this, c](bool on) {
            on ? void(m_filter.confidences.insert(c)) : void(m_filter.confidences.remove(c));
        });

    QMenu *scales = m_filterMenu->addMenu(tr("Scale"));
    QList<int> levels;
    for (const Pattern &p : language.patterns()) {
        if (p.fields.scale > 0 && !levels.contains(p.fields.scale))
            levels << p.fields.scale;
    }
    std::sort(levels.begin(), levels.end());
    for (int s : std::as_const(levels)) {
        const QString name = language.scaleName(s);
        addToggle(scales, name.isEmpty() ? tr("Scale %1").arg(s) : QStringLiteral("%1 · %2").arg(s).arg(name),
                  m_filter.scales.contains(s), [this, s](bool on) {
                      on ? void(m_filter.scales.insert(s)) : void(m_filter.scales.remove(s));
                  });
    }
    scales->setEnabled(!levels.isEmpty());

    m_filterMenu->addSeparator();
    QAction *clear = m_filterMenu->addAction(tr("Clear Filters"));
    connect(clear, &QAction::triggered, this, [this] {
        PatternFilter cleared;
        cleared.text = m_filter.text;
        setFilter(cleared);
    });
}

void PatternListPanel::selectCurrent()
{
    if (!m_set)
        return;
    const QScopedValueRollback syncing(m_syncing, true);
    const QModelIndex source = m_model->indexOfFile(m_set->current());
    const QModelIndex index = m_proxy->mapFromSource(source);
    if (!index.isValid()) {
        m_view->selectionModel()->clearSelection();
        return;
    }
    if (m_view->selectionModel()->currentIndex().row() != index.row() || !m_view->selectionModel()->isSelected(index))
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

} // namespace pb::ui
