#pragma once

#include "document/patterndocument.h"

#include <QPlainTextEdit>
#include <QPointer>

class QCompleter;
class QStringListModel;


namespace pb::ui {

class MarkdownHighlighter;

// A plain-text Markdown editor over a PatternDocument: the body alone, or the raw file. It has no
// undo of its own: every keystroke becomes a command on the document's undo stack, shared with
// the form and the other view, and changes made elsewhere flow back in without moving the caret.
// Line numbers, highlighting from cmark's parse, references coloured by state with the reason in a
// tooltip, and completion of references (type ** or press Ctrl+Space).
class MarkdownEditor : public QPlainTextEdit
{
    Q_OBJECT

public:
    enum class View { Body, Raw };

    MarkdownEditor(PatternDocument *document, View view, QWidget *parent = nullptr);

    View view() const { return m_view; }
    // Patterns for completion and reference states: id -> name.
    void setPatternNames(const QHash<int, QString> &names);
    MarkdownHighlighter *highlighter() const { return m_highlighter; }
    QCompleter *completer() const { return m_completer; }
    // Moves the caret to a 1-based line of the file (raw view) or of the body.
    void goToFileLine(int line, int column = 1);

    int lineNumberAreaWidth() const;
    void paintLineNumbers(QPaintEvent *event);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void contentsChanged(int position, int removed, int added);
    void documentChanged(const DocumentChange &change);
    void syncFromDocument();
    void updateWrapping(const QString &text);
    static constexpr int LongestWrappedLine = 10000;
    QString documentText() const;
    int offsetInDocument() const;
    void updateCompletion();
    void insertCompletion(const QString &completion);
    void updateLineNumberArea(const QRect &rect, int dy);

    QPointer<PatternDocument> m_document;
    View m_view;
    MarkdownHighlighter *m_highlighter;
    QWidget *m_lineNumbers;
    QCompleter *m_completer;
    QStringListModel *m_completions;
    int m_completionStart = -1; // where the name being completed starts
    bool m_wrapInStars = false; // Ctrl+Space on a bare word: add the ** around it
    bool m_syncing = false;
};

} // namespace pb::ui
