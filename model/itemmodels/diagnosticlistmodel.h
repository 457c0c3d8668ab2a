#pragma once

#include "format/diagnostic.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace pb {

class PatternSet;

// The open language's diagnostics, one row each, in file, line and column order.
class DiagnosticListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, LocationColumn, MessageColumn, CodeColumn, ColumnCount };
    enum Role { SeverityRole = Qt::UserRole + 1, FileNameRole, LineRole, ColumnRole };

    explicit DiagnosticListModel(PatternSet *set, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    Diagnostic diagnostic(int row) const { return m_rows.value(row); }
    int errorCount() const;
    int warningCount() const;

private:
    void refresh();

    QPointer<PatternSet> m_set;
    Diagnostics m_rows;
};

} // namespace pb
