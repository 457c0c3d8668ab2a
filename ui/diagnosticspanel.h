#pragma once

#include "diagnostic.h"

#include <QWidget>
#include <functional>

class QLabel;
class QTreeView;

namespace pb {
class PatternSet;
class DiagnosticListModel;
} // namespace pb

namespace pb::ui {

// The language's problems, compiler style. Activating one makes its pattern current.
class DiagnosticsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DiagnosticsPanel(PatternSet *set, QWidget *parent = nullptr);

    QString summary() const;
    // Which diagnostics have a quick fix (offered in the context menu).
    void setFixable(std::function<bool(const Diagnostic &)> fixable) { m_fixable = std::move(fixable); }
    QTreeView *view() const { return m_view; }

Q_SIGNALS:
    void diagnosticActivated(const QString &fileName, int line, int column);
    void summaryChanged(const QString &summary);
    void fixRequested(const pb::Diagnostic &diagnostic);

private:
    DiagnosticListModel *m_model;
    QTreeView *m_view;
    QLabel *m_empty;
    std::function<bool(const Diagnostic &)> m_fixable;
};

} // namespace pb::ui
