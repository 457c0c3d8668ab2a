#pragma once

#include <QList>
#include <QPair>
#include <QWidget>

#include <optional>

class QCompleter;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QStringListModel;
class QToolButton;

namespace pb::ui {

// An ordered list of pattern ids, shown as "Name (id)", with a line edit that completes names and
// ids of the language's patterns and buttons to add, remove and reorder.
class PatternListEdit : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(QList<int> ids READ ids WRITE setIds USER true)

public:
    explicit PatternListEdit(QWidget *parent = nullptr);

    void setCandidates(const QList<QPair<int, QString>> &idsAndNames);
    QList<int> ids() const;
    void setIds(const QList<int> &ids);
    QListWidget *listWidget() const { return m_list; }
    QLineEdit *lineEdit() const { return m_lineEdit; }

    // The candidate that text names: an id, a completion "id  Name" or a name (case-insensitive,
    // and only if no other candidate has that name).
    std::optional<int> resolve(const QString &text) const;

Q_SIGNALS:
    void idsEdited(const QList<int> &ids);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool add(const QString &text);
    void removeSelected();
    void moveSelected(int delta);
    void fillItem(QListWidgetItem *item, int id) const;
    void refreshCompletions();
    void updateButtons();
    void emitIfChanged();

    QList<QPair<int, QString>> m_candidates;
    QList<int> m_ids; // as last set or emitted
    QListWidget *m_list;
    QLineEdit *m_lineEdit;
    QCompleter *m_completer;
    QStringListModel *m_completionModel;
    QToolButton *m_add;
    QToolButton *m_remove;
    QToolButton *m_up;
    QToolButton *m_down;
};

} // namespace pb::ui
