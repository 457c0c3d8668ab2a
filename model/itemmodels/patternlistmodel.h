#pragma once

#include <QAbstractTableModel>
#include <QPointer>
#include <QSortFilterProxyModel>

#include "patternfilter.h"

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

    static QString stars(int confidence);

private:
    void languageChanged(const LanguageChange &change);

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

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QPointer<PatternSet> m_set;
    PatternFilter m_filter;
};

} // namespace pb
