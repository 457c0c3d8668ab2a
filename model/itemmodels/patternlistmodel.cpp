#include "itemmodels/patternlistmodel.h"
#include "language/patternset.h"

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
            return visibleControls(f.name.isEmpty() ? p.fileName : f.name);
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
            return tr("%n star(s)", nullptr, std::max(f.confidence, 0));
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

int PatternListModel::rowOf(const QString &fileName) const
{
    // The rows are ordered by file name, as the language is: a binary search.
    const auto it = std::lower_bound(m_files.cbegin(), m_files.cend(), fileName);
    return it != m_files.cend() && *it == fileName ? int(it - m_files.cbegin()) : -1;
}

QModelIndex PatternListModel::indexOfFile(const QString &fileName, int column) const
{
    const int row = rowOf(fileName);
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
        m_files.reserve(language.patternCount());
        for (const Pattern &p : language.patterns())
            m_files.append(p.fileName);
        endResetModel();
        return;
    case LanguageChange::PatternAdded:
        insertFileRow(change.fileName);
        return;
    case LanguageChange::PatternRemoved: {
        const int row = rowOf(change.fileName);
        if (row >= 0) {
            beginRemoveRows({}, row, row);
            m_files.removeAt(row);
            endRemoveRows();
        }
        return;
    }
    case LanguageChange::PatternUpdated:
        rowChanged(change.fileName);
        return;
    case LanguageChange::PatternsUpdated:
        for (const QString &fileName : change.fileNames) {
            if (rowOf(fileName) < 0)
                insertFileRow(fileName);
            else
                rowChanged(fileName);
        }
        return;
    case LanguageChange::Analysed:
        // The rows show each pattern's own fields and parse problems, not the analysis.
        return;
    }
}

void PatternListModel::insertFileRow(const QString &fileName)
{
    // The language keeps its patterns ordered by file name; so does this list.
    const int row = int(std::lower_bound(m_files.begin(), m_files.end(), fileName) - m_files.begin());
    beginInsertRows({}, row, row);
    m_files.insert(row, fileName);
    endInsertRows();
}

void PatternListModel::rowChanged(const QString &fileName)
{
    // A row shows its own pattern's fields only: a change elsewhere leaves it as it is, so only
    // this row is announced (and only it is sorted and filtered again).
    if (const int row = rowOf(fileName); row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

PatternFilterModel::PatternFilterModel(PatternSet *set, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_set(set)
{
    setSortRole(PatternListModel::SortRole);
    setDynamicSortFilter(true);
    connect(set, &PatternSet::languageChanged, this, &PatternFilterModel::languageChanged);
}

void PatternFilterModel::languageChanged(const LanguageChange &change)
{
    // Only to free what is no longer needed: a key's freshness is checked where it is read.
    switch (change.kind) {
    case LanguageChange::Reset:
        m_searchKeys.clear();
        break;
    case LanguageChange::PatternRemoved:
        m_searchKeys.remove(change.fileName); // the rest are checked against their text when read
        break;
    default:
        break;
    }
}

namespace {
QStringList filterWords(const PatternFilter &filter)
{
    return filter.text.trimmed().toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// Whether every word of `inner` is within the word of `outer` at its place (a word of text, not
// an id or a #tag, whose meanings do not nest).
bool wordsWithin(const QStringList &inner, const QStringList &outer)
{
    if (inner.size() > outer.size())
        return false;
    for (qsizetype i = 0; i < inner.size(); ++i) {
        if (inner.at(i) == outer.at(i))
            continue;
        bool number = false;
        inner.at(i).toInt(&number);
        if (number || inner.at(i).startsWith(QLatin1Char('#')) || outer.at(i).startsWith(QLatin1Char('#'))
            || !outer.at(i).contains(inner.at(i)))
            return false;
        outer.at(i).toInt(&number);
        if (number)
            return false;
    }
    return true;
}
} // namespace

void PatternFilterModel::setFilter(const PatternFilter &filter)
{
    if (filter == m_filter)
        return;
    m_relation = Relation::Unrelated;
    if (filter.tags == m_filter.tags && filter.confidences == m_filter.confidences && filter.scales == m_filter.scales
        && m_filter.needsText() && filter.needsText()) {
        const QStringList before = filterWords(m_filter);
        const QStringList now = filterWords(filter);
        if (wordsWithin(before, now))
            m_relation = Relation::Narrower;
        else if (wordsWithin(now, before))
            m_relation = Relation::Wider;
    }
    m_filter = filter;
    m_prepared = filter.prepare();
    m_filterEmpty = filter.isEmpty();
    m_needsText = filter.needsText();
    ++m_generation;
    invalidateFilter();
}

bool PatternFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_filterEmpty || !m_set)
        return true;
    // Straight from the list when it is the source: no QVariant for each of 10,000 rows a key.
    const auto *list = qobject_cast<const PatternListModel *>(sourceModel());
    const QString file = list ? list->fileNameAtRow(sourceRow)
                              : sourceModel()->index(sourceRow, 0, sourceParent).data(PatternListModel::FileNameRole).toString();
    const int i = m_set->language().indexOfFile(file);
    if (i < 0)
        return true;
    const Pattern &p = m_set->language().pattern(i);
    if (!m_needsText || p.broken)
        return m_filter.matches(p, QByteArray(), m_prepared);
    auto it = m_searchKeys.find(file);
    if (it == m_searchKeys.end() || it->bytes.constData() != p.bytes.constData() || it->bytes.size() != p.bytes.size())
        it = m_searchKeys.insert(file, {p.bytes, searchKey(p), 0, false});
    if (it->verdictOf == m_generation)
        return it->accepted;
    // The verdict of the filter before this one, for this very text, stands where it decides.
    const bool before = it->verdictOf == m_generation - 1;
    const bool stands = before
                        && ((m_relation == Relation::Narrower && !it->accepted) || (m_relation == Relation::Wider && it->accepted));
    if (!stands)
        it->accepted = m_filter.matches(p, it->key, m_prepared);
    it->verdictOf = m_generation;
    return it->accepted;
}

void PatternFilterModel::setSourceModel(QAbstractItemModel *source)
{
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    // Connected before the base class connects its own handlers, so that the sort names are gone
    // before it sorts again.
    if (source) {
        auto drop = [this] { m_sortNames.clear(); };
        connect(source, &QAbstractItemModel::dataChanged, this, [this, source](const QModelIndex &from, const QModelIndex &to) {
            // A row's new text: its name alone is made again.
            if (m_sortNames.size() != source->rowCount() || to.row() - from.row() > 64)
                return m_sortNames.clear();
            for (int row = from.row(); row <= to.row(); ++row)
                m_sortNames[row] = source->index(row, PatternListModel::NameColumn).data(PatternListModel::SortRole).toString();
        });
        connect(source, &QAbstractItemModel::rowsInserted, this, drop);
        connect(source, &QAbstractItemModel::rowsRemoved, this, drop);
        connect(source, &QAbstractItemModel::modelReset, this, drop);
        connect(source, &QAbstractItemModel::layoutChanged, this, drop);
    }
    m_sortNames.clear();
    QSortFilterProxyModel::setSourceModel(source);
}

bool PatternFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // By name, the common sort: each row's folded name is made once, then compared as it is,
    // rather than a QVariant and two folded copies for each of the n log n comparisons.
    const QAbstractItemModel *source = sourceModel();
    if (left.column() != PatternListModel::NameColumn || sortRole() != PatternListModel::SortRole || !source)
        return QSortFilterProxyModel::lessThan(left, right);
    if (m_sortNames.size() != source->rowCount()) {
        m_sortNames.clear();
        m_sortNames.reserve(source->rowCount());
        for (int row = 0; row < source->rowCount(); ++row)
            m_sortNames.append(source->index(row, PatternListModel::NameColumn).data(PatternListModel::SortRole).toString());
    }
    const QString &a = m_sortNames.at(left.row());
    const QString &b = m_sortNames.at(right.row());
    return a == b ? left.row() < right.row() : a < b;
}

} // namespace pb
