#pragma once

#include "flowlayout.h"

#include <QStringList>
#include <QWidget>

class QCompleter;
class QLineEdit;
class QStringListModel;

namespace pb::ui {

// Tags as chips with a remove button each, then a line edit to add more. Typed tags are made
// kebab-case ("Team Topologies" becomes "team-topologies"); Enter, comma or Tab adds, Backspace
// in the empty line edit removes the last chip.
class TagEdit : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(QStringList tags READ tags WRITE setTags USER true)

public:
    explicit TagEdit(QWidget *parent = nullptr);

    QStringList tags() const { return m_tags; }
    void setTags(const QStringList &tags);
    // The language's tags, offered as the user types.
    void setCompletions(const QStringList &tags);
    QLineEdit *lineEdit() const { return m_lineEdit; }

    // Trimmed, lowercased, inner whitespace and commas turned into single '-'.
    static QString normalizedTag(const QString &text);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void tagsEdited(const QStringList &tags);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    bool handleKey(QKeyEvent *event);
    bool addTags(const QStringList &texts);
    void commitTyped();
    void textEdited(const QString &text);
    void removeTag(int index);
    void rebuildChips();
    void refreshCompletions();

    QStringList m_tags;
    QStringList m_completions;
    FlowLayout *m_flow;
    QLineEdit *m_lineEdit;
    QCompleter *m_completer;
    QStringListModel *m_completionModel;
    QList<QWidget *> m_chips;
};

} // namespace pb::ui
