#include "diagnosticspanel.h"
#include "plural.h"

#include "diagnosticlistmodel.h"
#include "patternset.h"

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
    connect(m_model, &QAbstractItemModel::modelReset, this, update);
    update();

    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        const QModelIndex index = m_view->indexAt(at);
        if (!index.isValid())
            return;
        const Diagnostic d = m_model->diagnostic(index.row());
        QMenu menu(this);
        QAction *go = menu.addAction(tr("Go to %1").arg(index.siblingAtColumn(DiagnosticListModel::LocationColumn).data().toString()));
        connect(go, &QAction::triggered, this, [this, index] { Q_EMIT m_view->activated(index); });
        if (m_fixable && m_fixable(d)) {
            QAction *fix = menu.addAction(tr("Fix: List the Link in the Other Pattern Too"));
            connect(fix, &QAction::triggered, this, [this, d] { Q_EMIT fixRequested(d); });
        }
        QAction *copy = menu.addAction(tr("Copy"));
        connect(copy, &QAction::triggered, this, [d] { QGuiApplication::clipboard()->setText(d.toString()); });
        menu.exec(m_view->viewport()->mapToGlobal(at));
    });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QString file = index.data(DiagnosticListModel::FileNameRole).toString();
        if (!file.isEmpty())
            Q_EMIT diagnosticActivated(file, index.data(DiagnosticListModel::LineRole).toInt(),
                                       index.data(DiagnosticListModel::ColumnRole).toInt());
    });
}

QString DiagnosticsPanel::summary() const
{
    const int errors = m_model->errorCount();
    const int warnings = m_model->warningCount();
    if (errors == 0 && warnings == 0)
        return tr("No problems");
    return counted(errors, tr("error"), tr("errors")) + QStringLiteral(", ") + counted(warnings, tr("warning"), tr("warnings"));
}

} // namespace pb::ui
