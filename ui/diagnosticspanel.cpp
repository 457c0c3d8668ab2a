#include "diagnosticspanel.h"


#include "itemmodels/diagnosticlistmodel.h"
#include "language/patternset.h"
#include "language/quickfixes.h"

#include <QApplication>
#include <QClipboard>
#include <QGuiApplication>
#include <QMenu>
#include <QHeaderView>
#include <QLabel>
#include <QStackedLayout>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTreeView>

namespace pb::ui {

namespace {
class SeverityDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.column() != DiagnosticListModel::SeverityColumn)
            return;
        const bool error = index.data(DiagnosticListModel::SeverityRole).toInt() == int(Severity::Error);
        option->icon = QApplication::style()->standardIcon(error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning);
        option->features |= QStyleOptionViewItem::HasDecoration;
    }
};
} // namespace

DiagnosticsPanel::DiagnosticsPanel(PatternSet *set, QWidget *parent)
    : QWidget(parent)
    , m_set(set)
    , m_model(new DiagnosticListModel(set, this))
{
    m_view = new QTreeView(this);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new SeverityDelegate(m_view));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->header()->setSectionResizeMode(DiagnosticListModel::SeverityColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(DiagnosticListModel::LocationColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(DiagnosticListModel::MessageColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(DiagnosticListModel::CodeColumn, QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(false);
    m_view->setAccessibleName(tr("Diagnostics"));

    m_empty = new QLabel(tr("No problems: every pattern reads, every link lands."), this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);

    auto *stack = new QStackedLayout(this);
    stack->addWidget(m_view);
    stack->addWidget(m_empty);

    auto update = [this, stack] {
        stack->setCurrentWidget(m_model->rowCount() ? static_cast<QWidget *>(m_view) : m_empty);
        Q_EMIT summaryChanged(summary());
    };
    // The model replaces only the rows that differ: every way its rows change is heard.
    connect(m_model, &QAbstractItemModel::modelReset, this, update);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, update);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, update);
    connect(m_model, &QAbstractItemModel::dataChanged, this, update);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, update);
    update();

    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        const QModelIndex index = m_view->indexAt(at);
        if (!index.isValid())
            return;
        QMenu *menu = contextMenu(index.row());
        menu->exec(m_view->viewport()->mapToGlobal(at));
        menu->deleteLater();
    });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QString file = index.data(DiagnosticListModel::FileNameRole).toString();
        if (!file.isEmpty())
            Q_EMIT diagnosticActivated(file, index.data(DiagnosticListModel::LineRole).toInt(),
                                       index.data(DiagnosticListModel::ColumnRole).toInt());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        const QString file = current.data(DiagnosticListModel::FileNameRole).toString();
        if (!file.isEmpty())
            Q_EMIT diagnosticSelected(file);
    });
}

Diagnostics DiagnosticsPanel::selectedDiagnostics() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    Diagnostics out;
    for (int row : std::as_const(rows))
        out << m_model->diagnostic(row);
    return out;
}

Diagnostics DiagnosticsPanel::diagnosticsOfKind(Code code) const
{
    Diagnostics out;
    for (const Diagnostic &d : m_set->diagnostics()) {
        if (d.code == code)
            out << d;
    }
    return out;
}

QMenu *DiagnosticsPanel::contextMenu(int row)
{
    const QModelIndex index = m_model->index(row, 0);
    if (!m_view->selectionModel()->isRowSelected(row, {}))
        m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const Diagnostic clicked = m_model->diagnostic(row);
    Diagnostics selected = selectedDiagnostics();
    selected.removeIf([](const Diagnostic &d) { return !hasFix(d); });
    auto *menu = new QMenu(this);
    QAction *go = menu->addAction(tr("Go to %1").arg(index.siblingAtColumn(DiagnosticListModel::LocationColumn).data().toString()));
    connect(go, &QAction::triggered, this, [this, index] { Q_EMIT m_view->activated(index); });
    menu->addSeparator();
    if (selected.size() == 1) {
        const std::optional<QuickFix> fix = fixFor(m_set->language(), selected.first());
        QAction *a = menu->addAction(fix ? tr("Fix: %1").arg(fix->title) : tr("Fix"));
        a->setEnabled(bool(fix));
        a->setObjectName(QStringLiteral("fixSelected"));
        connect(a, &QAction::triggered, this, [this, selected] { Q_EMIT fixRequested(selected); });
    } else if (selected.size() > 1) {
        QAction *a = menu->addAction(tr("Fix the %n Selected", nullptr, int(selected.size())));
        a->setObjectName(QStringLiteral("fixSelected"));
        connect(a, &QAction::triggered, this, [this, selected] { Q_EMIT fixRequested(selected); });
    }
    if (hasFix(clicked)) {
        const Diagnostics kind = diagnosticsOfKind(clicked.code);
        QAction *all = menu->addAction(tr("Fix All of This Kind (%n)", nullptr, int(kind.size())));
        all->setObjectName(QStringLiteral("fixAllOfKind"));
        connect(all, &QAction::triggered, this, [this, kind] { Q_EMIT fixRequested(kind); });
    }
    menu->addSeparator();
    QAction *copy = menu->addAction(tr("Copy"));
    connect(copy, &QAction::triggered, this, [this] {
        QStringList lines;
        for (const Diagnostic &d : selectedDiagnostics())
            lines << d.toString();
        QGuiApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
    });
    return menu;
}

QString DiagnosticsPanel::summary() const
{
    const int errors = m_model->errorCount();
    const int warnings = m_model->warningCount();
    if (errors == 0 && warnings == 0)
        return tr("No problems");
    return tr("%n error(s)", nullptr, errors) + QStringLiteral(", ") + tr("%n warning(s)", nullptr, warnings);
}

} // namespace pb::ui
