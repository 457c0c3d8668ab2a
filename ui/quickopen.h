#pragma once

#include <QDialog>
#include <QPointer>

class QLineEdit;
class QListWidget;

namespace pb {
class PatternSet;
}

namespace pb::ui {

// Ctrl+P: type part of a name, id or tag; Enter jumps there.
class QuickOpen : public QDialog
{
    Q_OBJECT

public:
    explicit QuickOpen(PatternSet *set, QWidget *parent = nullptr);

    void popUp();
    QLineEdit *field() const { return m_field; }
    QListWidget *list() const { return m_list; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refill();
    void accept() override;

    QPointer<PatternSet> m_set;
    QLineEdit *m_field;
    QListWidget *m_list;
};

} // namespace pb::ui
