#pragma once

#include "format/diagnostic.h"

#include <QWidget>

class QLabel;
class QMenu;
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
    QTreeView *view() const { return m_view; }
    DiagnosticListModel *model() const { return m_model; }
    // The diagnostics selected, in the list's order.
    Diagnostics selectedDiagnostics() const;
    // Every diagnostic of the language with this code.
    Diagnostics diagnosticsOfKind(Code code) const;
    // The context menu for the diagnostics selected (or the one at `row`); public for the tests.
    QMenu *contextMenu(int row);

Q_SIGNALS:
    // Chosen (clicked, or moved to with the keyboard): its pattern is shown.
    void diagnosticSelected(const QString &fileName);
    // Double-clicked or Enter: its pattern is opened for editing at the line and column.
    void diagnosticActivated(const QString &fileName, int line, int column);
    void summaryChanged(const QString &summary);
    // Fix these, after listing the changes (several at once: one step to undo).
    void fixRequested(const pb::Diagnostics &diagnostics);

private:
    PatternSet *m_set;
    DiagnosticListModel *m_model;
    QTreeView *m_view;
    QLabel *m_empty;
};

} // namespace pb::ui
