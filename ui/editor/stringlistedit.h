#pragma once

#include <QStringList>
#include <QWidget>

class QListWidget;
class QToolButton;

namespace pb::ui {

// An editable list of strings (references): items are edited in place (double-click or F2);
// empty ones are dropped when their editor closes.
class StringListEdit : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(QStringList strings READ strings WRITE setStrings USER true)

public:
    explicit StringListEdit(QWidget *parent = nullptr);
    ~StringListEdit() override;

    // The items' texts, trimmed, without empty ones.
    QStringList strings() const;
    void setStrings(const QStringList &strings);
    QListWidget *listWidget() const { return m_list; }

Q_SIGNALS:
    void stringsEdited(const QStringList &strings);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addItem();
    void removeSelected();
    void moveSelected(int delta);
    void scheduleSync();
    void sync();
    void updateButtons();
    void emitIfChanged();

    QStringList m_strings; // as last set or emitted
    QListWidget *m_list;
    QToolButton *m_add;
    QToolButton *m_remove;
    QToolButton *m_up;
    QToolButton *m_down;
    int m_openEditors = 0;
    bool m_updating = false;
    bool m_syncPending = false;
};

} // namespace pb::ui
