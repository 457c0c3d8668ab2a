#include "diagnosticlistmodel.h"
#include "patternset.h"

#include <QFileInfo>

namespace pb {

DiagnosticListModel::DiagnosticListModel(PatternSet *set, QObject *parent)
    : QAbstractTableModel(parent)
    , m_set(set)
{
    m_rows = set->diagnostics();
    connect(set, &PatternSet::languageChanged, this, &DiagnosticListModel::refresh);
}

void DiagnosticListModel::refresh()
{
    // Diagnostics are recomputed whole; one reset says so.
    beginResetModel();
    m_rows = m_set ? m_set->diagnostics() : Diagnostics();
    endResetModel();
}

int DiagnosticListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DiagnosticListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DiagnosticListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Diagnostic &d = m_rows.at(index.row());
    const QString fileName = QFileInfo(d.file).fileName();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return severityName(d.severity());
        case LocationColumn:
            return d.line > 0 ? QStringLiteral("%1:%2:%3").arg(fileName).arg(d.line).arg(d.column) : fileName;
        case MessageColumn:
            return d.message;
        case CodeColumn:
            return d.codeName();
        }
        return {};
    case Qt::ToolTipRole:
        return d.toString();
    case SeverityRole:
        return int(d.severity());
    case FileNameRole:
        // Diagnostics about the folder itself name no pattern file.
        return d.file.endsWith(QLatin1String(".md")) ? fileName : QString();
    case LineRole:
        return d.line;
    case ColumnRole:
        return d.column;
    default:
        return {};
    }
}

QVariant DiagnosticListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case LocationColumn:
        return tr("Where");
    case MessageColumn:
        return tr("Message");
    case CodeColumn:
        return tr("Code");
    }
    return {};
}

int DiagnosticListModel::errorCount() const { return countErrors(m_rows); }
int DiagnosticListModel::warningCount() const { return int(m_rows.size()) - countErrors(m_rows); }

} // namespace pb
