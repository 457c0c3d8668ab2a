#pragma once

#include <QWidget>

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
    QTreeView *view() const { return m_view; }

Q_SIGNALS:
    void diagnosticActivated(const QString &fileName, int line, int column);
    void summaryChanged(const QString &summary);

private:
    DiagnosticListModel *m_model;
    QTreeView *m_view;
    QLabel *m_empty;
};

} // namespace pb::ui
