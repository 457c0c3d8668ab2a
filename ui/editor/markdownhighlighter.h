#pragma once

#include "format/markdownspans.h"

#include <QHash>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace pb::ui {

// Highlighting from cmark's own parse of the whole text (KSyntaxHighlighting has no Qt 6 build on
// Debian 12, and a parse is exact where line regexes guess). After each change the text is parsed
// again (microseconds for a pattern) and only lines whose spans changed are repainted. In the raw
// view the front matter is coloured as YAML and the body as Markdown.
class MarkdownHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    enum class ReferenceState { Good, Broken, Stale };
    struct Reference
    {
        int start = 0; // in the block, UTF-16 units
        int end = 0;
        int id = 0;
        QString name;
    };

    MarkdownHighlighter(QTextDocument *document, bool withFrontMatter);

    // id -> name of every pattern, to tell good references from broken and stale ones.
    void setNames(const QHash<int, QString> &names);
    ReferenceState stateOf(int id, const QString &name) const;
    QString describe(int id, const QString &name) const;
    // The reference at a position of a block, if any.
    const Reference *referenceAt(int block, int positionInBlock) const;

protected:
    void highlightBlock(const QString &text) override;

private:
    struct Span
    {
        int start;
        int end; // -1: to the end of the line
        MarkdownSpan::Kind kind;
        friend bool operator==(const Span &, const Span &) = default;
    };
    void reparse();
    QTextCharFormat formatFor(MarkdownSpan::Kind kind) const;
    QTextCharFormat referenceFormat(ReferenceState state) const;

    bool m_frontMatter;
    QHash<int, QString> m_names;
    QHash<int, QList<Span>> m_spans; // by block number
    QHash<int, QList<Reference>> m_references;
    int m_frontMatterEnd = -1; // last block of the front matter, raw view only
    bool m_reparsing = false;
};

} // namespace pb::ui
