#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QSortFilterProxyModel>

#include "language/patternfilter.h"

namespace pb {

class PatternSet;
struct LanguageChange;

// The patterns of the open language, one row each, broken ones included. Views mark broken rows
// (BrokenRole) themselves: this layer has no colours or icons.
class PatternListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { IdColumn, NameColumn, ConfidenceColumn, ScaleColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // numbers as numbers
        FileNameRole,
        PatternIdRole,
        BrokenRole,
        WarningCountRole,
        TagsRole,
        ConfidenceRole,
        ScaleRole,
    };

    explicit PatternListModel(PatternSet *set, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QModelIndex indexOfFile(const QString &fileName, int column = NameColumn) const;
    QString fileNameAt(const QModelIndex &index) const;
    const QString &fileNameAtRow(int row) const { return m_files.at(row); }

    static QString stars(int confidence);

private:
    void languageChanged(const LanguageChange &change);
    int rowOf(const QString &fileName) const;
    void insertFileRow(const QString &fileName);
    void rowChanged(const QString &fileName);

    QPointer<PatternSet> m_set;
    QStringList m_files; // row -> file name, as the views last heard
};

// Sorting (numbers as numbers) and filtering (a PatternFilter) over a PatternListModel.
class PatternFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit PatternFilterModel(PatternSet *set, QObject *parent = nullptr);

    void setFilter(const PatternFilter &filter);
    const PatternFilter &filter() const { return m_filter; }
    void setSourceModel(QAbstractItemModel *source) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void languageChanged(const LanguageChange &change);

    QPointer<PatternSet> m_set;
    PatternFilter m_filter;
    PatternFilter::Prepared m_prepared;
    bool m_filterEmpty = true;
    bool m_needsText = false;
    // Each pattern's folded search text, made on the first keystroke and kept while its text is
    // the same: folding 10,000 bodies for every key would be the whole cost of typing. The
    // bytes it was made from are kept (shared, not copied), so that their buffer's address
    // tells whether the pattern is still that text, whichever slot hears of a change first.
    struct SearchKey
    {
        QByteArray bytes;
        QByteArray key;
        quint64 verdictOf = 0; // the filter (m_generation) `accepted` was found for
        bool accepted = false;
    };
    mutable QHash<QString, SearchKey> m_searchKeys;
    // Typing narrows the filter ("flo", then "flow"): what the last one rejected stays rejected,
    // unscanned; deleting widens it: what it accepted stays accepted.
    enum class Relation { Unrelated, Narrower, Wider };
    Relation m_relation = Relation::Unrelated;
    quint64 m_generation = 1;
    // By source row: the folded name the list sorts by, made once per sort rather than twice per
    // comparison; dropped whenever the source changes (this model hears of it first).
    mutable QStringList m_sortNames;
};

} // namespace pb
