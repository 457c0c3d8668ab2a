#include "itemmodels/diagnosticlistmodel.h"
#include "format/pattern.h"
#include "language/patternset.h"

#include <QFileInfo>

namespace pb {

DiagnosticListModel::DiagnosticListModel(PatternSet *set, QObject *parent)
    : QAbstractTableModel(parent)
    , m_set(set)
{
    m_rows = set->diagnostics();
    connect(set, &PatternSet::languageChanged, this, [this](const LanguageChange &change) {
        // A pattern's new text is analysed on a worker; its diagnostics come with Analysed.
        if (change.kind != LanguageChange::PatternUpdated)
            refresh();
    });
}

void DiagnosticListModel::refresh()
{
    const Diagnostics fresh = m_set ? m_set->diagnostics() : Diagnostics();
    // The rows that stay the same keep their place (and the views their selection): only the
    // run of rows between the common beginning and the common end is replaced.
    const qsizetype oldCount = m_rows.size();
    const qsizetype newCount = fresh.size();
    qsizetype head = 0;
    while (head < oldCount && head < newCount && m_rows.at(head) == fresh.at(head))
        ++head;
    qsizetype tail = 0;
    while (tail < oldCount - head && tail < newCount - head
           && m_rows.at(oldCount - 1 - tail) == fresh.at(newCount - 1 - tail))
        ++tail;
    const qsizetype removed = oldCount - head - tail;
    const qsizetype added = newCount - head - tail;
    const qsizetype changed = std::min(removed, added);
    // Rows replaced one for one are changed in place; the rest removed or inserted.
    for (qsizetype i = head; i < head + changed; ++i)
        m_rows[i] = fresh.at(i);
    if (changed > 0)
        Q_EMIT dataChanged(index(int(head), 0), index(int(head + changed - 1), ColumnCount - 1));
    if (removed > changed) {
        beginRemoveRows({}, int(head + changed), int(head + removed - 1));
        m_rows.remove(head + changed, removed - changed);
        endRemoveRows();
    } else if (added > changed) {
        beginInsertRows({}, int(head + changed), int(head + added - 1));
        for (qsizetype i = head + changed; i < head + added; ++i)
            m_rows.insert(i, fresh.at(i));
        endInsertRows();
    }
    Q_ASSERT(m_rows == fresh);
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
            return visibleControls(d.line > 0 ? QStringLiteral("%1:%2:%3").arg(fileName).arg(d.line).arg(d.column) : fileName);
        case MessageColumn:
            return visibleControls(d.message);
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
