#pragma once

#include "language/patternfilter.h"

#include <QPointer>
#include <QWidget>

class QLineEdit;
class QMenu;
class QToolButton;
class QTreeView;

namespace pb {
class PatternSet;
class PatternListModel;
class PatternFilterModel;
} // namespace pb

namespace pb::ui {

// The pattern list with its search field and filters. Choosing a row makes that pattern current;
// the row follows the current pattern wherever it is chosen.
class PatternListPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PatternListPanel(PatternSet *set, QWidget *parent = nullptr);

    const PatternFilter &filter() const { return m_filter; }
    void setFilter(const PatternFilter &filter);
    void focusSearch();
    QTreeView *view() const { return m_view; }
    PatternFilterModel *proxy() const { return m_proxy; }
    QLineEdit *searchField() const { return m_search; }

Q_SIGNALS:
    void filterChanged(const pb::PatternFilter &filter);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuildFilterMenu();
    void selectCurrent();
    void applyFilter();

    QPointer<PatternSet> m_set;
    PatternListModel *m_model;
    PatternFilterModel *m_proxy;
    QLineEdit *m_search;
    QToolButton *m_filterButton;
    QMenu *m_filterMenu;
    QTreeView *m_view;
    PatternFilter m_filter;
    bool m_syncing = false; // the view's current row is being set to follow the model
};

} // namespace pb::ui
