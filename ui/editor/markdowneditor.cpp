#include "markdowneditor.h"
#include "markdownhighlighter.h"

#include "document/patterndocument.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QPaintEvent>
#include <QPainter>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QStringListModel>
#include <QTextBlock>
#include <QToolTip>

namespace pb::ui {

namespace {
class LineNumberArea : public QWidget
{
public:
    explicit LineNumberArea(MarkdownEditor *editor)
        : QWidget(editor)
        , m_editor(editor)
    {
    }
    QSize sizeHint() const override { return {m_editor->lineNumberAreaWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintLineNumbers(event); }

private:
    MarkdownEditor *m_editor;
};
} // namespace

MarkdownEditor::MarkdownEditor(PatternDocument *document, View view, QWidget *parent)
    : QPlainTextEdit(parent)
    , m_document(document)
    , m_view(view)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    updateWrapping(documentText());
    setTabChangesFocus(false);
    setAccessibleName(view == View::Body ? tr("Pattern body") : tr("Whole file"));
    // The document's undo stack is the only one: the editor keeps none.
    setUndoRedoEnabled(false);
    setPlainText(documentText());
    setReadOnly(!document->isEditable());

    m_highlighter = new MarkdownHighlighter(this->document(), view == View::Raw);
    m_lineNumbers = new LineNumberArea(this);
    connect(this, &QPlainTextEdit::blockCountChanged, this, [this] { setViewportMargins(lineNumberAreaWidth(), 0, 0, 0); });
    connect(this, &QPlainTextEdit::updateRequest, this, &MarkdownEditor::updateLineNumberArea);
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);

    m_completions = new QStringListModel(this);
    m_completer = new QCompleter(m_completions, this);
    m_completer->setWidget(this);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setMaxVisibleItems(12);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, &MarkdownEditor::insertCompletion);

    connect(this->document(), &QTextDocument::contentsChange, this, &MarkdownEditor::contentsChanged);
    connect(document, &PatternDocument::changed, this, &MarkdownEditor::documentChanged);
}

QString MarkdownEditor::documentText() const
{
    return m_view == View::Body ? m_document->bodyEditorText() : m_document->editorText();
}

int MarkdownEditor::offsetInDocument() const { return m_view == View::Body ? m_document->bodyEditorStart() : 0; }

void MarkdownEditor::setPatternNames(const QHash<int, QString> &names)
{
    m_highlighter->setNames(names);
    QStringList entries;
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        entries << QStringLiteral("%1 (%2)").arg(it.value()).arg(it.key());
    entries.sort(Qt::CaseInsensitive);
    m_completions->setStringList(entries);
}

void MarkdownEditor::contentsChanged(int position, int removed, int added)
{
    if (m_syncing || !m_document)
        return;
    QString inserted = document()->toRawText().mid(position, added);
    inserted.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    inserted.replace(QChar::LineSeparator, QLatin1Char('\n'));
    m_document->replaceEditorText(offsetInDocument() + position, removed, inserted, this);
    updateCompletion();
}

void MarkdownEditor::documentChanged(const DocumentChange &change)
{
    if (change.kind == DocumentChange::Text && change.origin == this)
        return; // this editor typed it
    setReadOnly(!m_document->isEditable());
    syncFromDocument();
}

void MarkdownEditor::updateWrapping(const QString &text)
{
    // Qt wraps a line in time that grows with the square of its length: a hostile file's
    // megabyte-long line would take minutes. Such text is shown unwrapped.
    int longest = 0;
    for (qsizetype start = 0; start < text.size();) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), start);
        if (end < 0)
            end = text.size();
        longest = std::max(longest, int(end - start));
        start = end + 1;
    }
    setLineWrapMode(longest > LongestWrappedLine ? QPlainTextEdit::NoWrap : QPlainTextEdit::WidgetWidth);
}

void MarkdownEditor::syncFromDocument()
{
    const QString target = documentText();
    updateWrapping(target);
    QString current = document()->toRawText();
    current.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    if (current == target)
        return;
    // Replace only what differs, so the caret and the scroll position stay where they were.
    int prefix = 0;
    const int shorter = int(std::min(current.size(), target.size()));
    while (prefix < shorter && current.at(prefix) == target.at(prefix))
        ++prefix;
    int suffix = 0;
    while (suffix < shorter - prefix && current.at(current.size() - 1 - suffix) == target.at(target.size() - 1 - suffix))
        ++suffix;
    const QScopedValueRollback syncing(m_syncing, true);
    QTextCursor cursor(document());
    cursor.setPosition(prefix);
    cursor.setPosition(int(current.size()) - suffix, QTextCursor::KeepAnchor);
    cursor.insertText(target.mid(prefix, target.size() - prefix - suffix));
}

void MarkdownEditor::goToFileLine(int line, int column)
{
    int block = line - 1;
    if (m_view == View::Body) {
        const int bodyLine = m_document->pattern().layout.bodyStartLine;
        block = line - bodyLine;
    }
    QTextCursor cursor(document()->findBlockByNumber(std::max(block, 0)));
    cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, std::max(column - 1, 0));
    setTextCursor(cursor);
    centerCursor();
    setFocus();
}

void MarkdownEditor::keyPressEvent(QKeyEvent *event)
{
    if (m_completer->popup()->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            event->ignore(); // the completer takes these
            return;
        default:
            break;
        }
    }
    if (event->matches(QKeySequence::Undo)) {
        m_document->undoStack()->undo();
        return;
    }
    if (event->matches(QKeySequence::Redo)) {
        m_document->undoStack()->redo();
        return;
    }
    if (event->key() == Qt::Key_Space && event->modifiers() & Qt::ControlModifier) {
        // Complete the word before the caret into a reference.
        QTextCursor cursor = textCursor();
        cursor.movePosition(QTextCursor::StartOfWord, QTextCursor::KeepAnchor);
        m_completionStart = cursor.position();
        m_wrapInStars = true;
        updateCompletion();
        if (!m_completer->popup()->isVisible()) {
            m_completer->setCompletionPrefix(QString());
            m_completer->complete(cursorRect());
        }
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
    // "**" starts a reference: offer the patterns.
    const int pos = textCursor().position();
    const QString text = document()->toRawText();
    if (event->text() == QLatin1String("*") && pos >= 2 && text.mid(pos - 2, 2) == QLatin1String("**")
        && (pos < 3 || text.at(pos - 3) != QLatin1Char('*'))) {
        m_completionStart = pos;
        m_wrapInStars = false;
        m_completer->setCompletionPrefix(QString());
        QRect rect = cursorRect();
        rect.setWidth(360);
        m_completer->complete(rect);
        m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    }
}

void MarkdownEditor::updateCompletion()
{
    if (m_completionStart < 0)
        return;
    const int pos = textCursor().position();
    const QString typed = document()->toRawText().mid(m_completionStart, pos - m_completionStart);
    if (pos < m_completionStart || typed.contains(QLatin1Char('*')) || typed.contains(QChar::ParagraphSeparator)
        || typed.size() > 60) {
        m_completionStart = -1;
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(typed);
    if (m_completer->completionCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    QRect rect = cursorRect();
    rect.setWidth(360);
    m_completer->complete(rect);
    // Enter takes the best match without an arrow key first.
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
}

void MarkdownEditor::insertCompletion(const QString &completion)
{
    if (m_completionStart < 0)
        return;
    QTextCursor cursor = textCursor();
    cursor.setPosition(m_completionStart, QTextCursor::KeepAnchor);
    const QString text = m_wrapInStars ? QStringLiteral("**%1**").arg(completion) : completion + QStringLiteral("**");
    m_completionStart = -1;
    cursor.insertText(text);
    setTextCursor(cursor);
}

bool MarkdownEditor::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QTextCursor cursor = cursorForPosition(viewport()->mapFrom(this, help->pos()) - QPoint(0, 0));
        const QTextBlock block = cursor.block();
        if (const auto *ref = m_highlighter->referenceAt(block.blockNumber(), cursor.positionInBlock())) {
            QToolTip::showText(help->globalPos(), m_highlighter->describe(ref->id, ref->name), this);
            return true;
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QPlainTextEdit::event(event);
}

void MarkdownEditor::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createStandardContextMenu();
    // The editor's own undo is off; the document's stack undoes every view's edits.
    const QList<QAction *> actions = menu->actions();
    if (actions.size() >= 2) {
        menu->removeAction(actions.at(0));
        menu->removeAction(actions.at(1));
    }
    QAction *first = menu->actions().value(0);
    QAction *undo = m_document->undoStack()->createUndoAction(menu);
    QAction *redo = m_document->undoStack()->createRedoAction(menu);
    menu->insertAction(first, undo);
    menu->insertAction(first, redo);
    menu->exec(event->globalPos());
    delete menu;
}

int MarkdownEditor::lineNumberAreaWidth() const
{
    int digits = 1;
    for (int max = std::max(1, blockCount() + (m_view == View::Body ? m_document->pattern().layout.bodyStartLine : 0));
         max >= 10; max /= 10)
        ++digits;
    return 12 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * std::max(digits, 3);
}

void MarkdownEditor::updateLineNumberArea(const QRect &rect, int dy)
{
    if (dy)
        m_lineNumbers->scroll(0, dy);
    else
        m_lineNumbers->update(0, rect.y(), m_lineNumbers->width(), rect.height());
}

void MarkdownEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect r = contentsRect();
    m_lineNumbers->setGeometry(QRect(r.left(), r.top(), lineNumberAreaWidth(), r.height()));
}

void MarkdownEditor::paintLineNumbers(QPaintEvent *event)
{
    QPainter painter(m_lineNumbers);
    painter.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    // Numbers are the file's own lines, so that a diagnostic's line is found where it says.
    const int firstLine = m_view == View::Body ? m_document->pattern().layout.bodyStartLine : 1;
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    int bottom = top + qRound(blockBoundingRect(block).height());
    const int current = textCursor().blockNumber();
    while (block.isValid() && top <= event->rect().bottom()) {
        if (block.isVisible() && bottom >= event->rect().top()) {
            painter.setPen(block.blockNumber() == current ? palette().color(QPalette::Text)
                                                         : palette().color(QPalette::PlaceholderText));
            painter.drawText(0, top, m_lineNumbers->width() - 6, fontMetrics().height(), Qt::AlignRight,
                             QString::number(block.blockNumber() + firstLine));
        }
        block = block.next();
        top = bottom;
        bottom = top + qRound(blockBoundingRect(block).height());
    }
}

} // namespace pb::ui
