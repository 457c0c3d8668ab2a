#include "patternlistmodel.h"
#include "plural.h"
#include "patternset.h"

namespace pb {

PatternListModel::PatternListModel(PatternSet *set, QObject *parent)
    : QAbstractTableModel(parent)
    , m_set(set)
{
    for (const Pattern &p : set->language().patterns())
        m_files.append(p.fileName);
    connect(set, &PatternSet::languageChanged, this, &PatternListModel::languageChanged);
}

QString PatternListModel::stars(int confidence)
{
    return confidence > 0 ? QString(confidence, QChar(0x2605)) : QString();
}

int PatternListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_files.size());
}

int PatternListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PatternListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_set)
        return {};
    const Language &language = m_set->language();
    const int i = language.indexOfFile(m_files.at(index.row()));
    if (i < 0)
        return {};
    const Pattern &p = language.pattern(i);
    const PatternFields &f = p.fields;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn:
            return f.id > 0 ? QVariant(f.id) : QVariant(QStringLiteral("–"));
        case NameColumn:
            return f.name.isEmpty() ? p.fileName : f.name;
        case ConfidenceColumn:
            return stars(f.confidence);
        case ScaleColumn:
            return f.scale > 0 ? QVariant(f.scale) : QVariant(QString());
        }
        return {};
    case Qt::ToolTipRole: {
        if (index.column() == ScaleColumn && f.scale > 0) {
            const QString name = language.scaleName(f.scale);
            return name.isEmpty() ? tr("Scale %1").arg(f.scale) : tr("Scale %1: %2").arg(f.scale).arg(name);
        }
        if (p.broken) {
            for (const Diagnostic &d : p.diagnostics) {
                if (d.isError())
                    return QStringLiteral("%1\n%2:%3: %4").arg(p.fileName).arg(d.line).arg(d.column).arg(d.message);
            }
        }
        if (index.column() == ConfidenceColumn && f.confidence >= 0)
            return QStringList{tr("Hypothesis"), tr("Likely true"), tr("Invariant")}.value(f.confidence);
        return p.fileName;
    }
    case Qt::AccessibleTextRole:
        if (index.column() == ConfidenceColumn)
            return counted(std::max(f.confidence, 0), tr("star"), tr("stars"));
        return data(index, Qt::DisplayRole);
    case SortRole:
        switch (index.column()) {
        case IdColumn:
            return f.id > 0 ? f.id : std::numeric_limits<int>::max();
        case NameColumn:
            return (f.name.isEmpty() ? p.fileName : f.name).toCaseFolded();
        case ConfidenceColumn:
            return f.confidence;
        case ScaleColumn:
            return f.scale > 0 ? f.scale * 100000 + std::min(f.id, 99999) : std::numeric_limits<int>::max();
        }
        return {};
    case FileNameRole:
        return p.fileName;
    case PatternIdRole:
        return f.id;
    case BrokenRole:
        return p.broken;
    case WarningCountRole:
        return int(p.diagnostics.size());
    case TagsRole:
        return f.tags;
    case ConfidenceRole:
        return f.confidence;
    case ScaleRole:
        return f.scale;
    default:
        return {};
    }
}

QVariant PatternListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        if (section == ConfidenceColumn)
            return tr("Confidence: ★★ invariant, ★ likely true, none a hypothesis");
        if (section == ScaleColumn)
            return tr("Scale: 1 is the largest");
        return {};
    }
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("Id");
    case NameColumn:
        return tr("Name");
    case ConfidenceColumn:
        return QStringLiteral("★");
    case ScaleColumn:
        return tr("Scale");
    }
    return {};
}

QModelIndex PatternListModel::indexOfFile(const QString &fileName, int column) const
{
    const int row = int(m_files.indexOf(fileName));
    return row < 0 ? QModelIndex() : index(row, column);
}

QString PatternListModel::fileNameAt(const QModelIndex &index) const
{
    return index.isValid() && index.row() < m_files.size() ? m_files.at(index.row()) : QString();
}

void PatternListModel::languageChanged(const LanguageChange &change)
{
    const Language &language = m_set->language();
    switch (change.kind) {
    case LanguageChange::Reset:
        beginResetModel();
        m_files.clear();
        for (const Pattern &p : language.patterns())
            m_files.append(p.fileName);
        endResetModel();
        return;
    case LanguageChange::PatternAdded: {
        // The language keeps its patterns ordered by file name; so does this list.
        const int row = int(std::lower_bound(m_files.begin(), m_files.end(), change.fileName) - m_files.begin());
        beginInsertRows({}, row, row);
        m_files.insert(row, change.fileName);
        endInsertRows();
        break;
    }
    case LanguageChange::PatternRemoved: {
        const int row = int(m_files.indexOf(change.fileName));
        if (row >= 0) {
            beginRemoveRows({}, row, row);
            m_files.removeAt(row);
            endRemoveRows();
        }
        break;
    }
    case LanguageChange::PatternUpdated:
        break;
    }
    // A change to one pattern can change others' rows too (a duplicate id resolved, a warning
    // gone): every row's data is refreshed, the rows themselves stay.
    if (!m_files.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_files.size()) - 1, ColumnCount - 1));
}

PatternFilterModel::PatternFilterModel(PatternSet *set, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_set(set)
{
    setSortRole(PatternListModel::SortRole);
    setDynamicSortFilter(true);
}

void PatternFilterModel::setFilter(const PatternFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    invalidateFilter();
}

bool PatternFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_filter.isEmpty() || !m_set)
        return true;
    const QString file = sourceModel()->index(sourceRow, 0, sourceParent).data(PatternListModel::FileNameRole).toString();
    const int i = m_set->language().indexOfFile(file);
    return i < 0 || m_filter.matches(m_set->language().pattern(i));
}

} // namespace pb
