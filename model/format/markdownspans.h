#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace pb {

// What the editor colours, read from cmark's own parse of the text (no regexes): each span is a
// line and a range of bytes in it, 1-based lines and 0-based byte columns of the UTF-8 text.
struct MarkdownSpan
{
    enum Kind {
        Heading,
        Emphasis,
        Strong,
        Link,
        Code, // inline code
        CodeBlock,
        Rule,
        Quote,
        HtmlBlock,
        Reference, // a **Name (id)** reference
    };
    Kind kind = Heading;
    int line = 0;
    int start = 0; // byte column
    int end = 0; // byte column, exclusive; -1 for the whole line
    int referenceId = 0;
    QString referenceName;
};

QList<MarkdownSpan> markdownSpans(const QByteArray &utf8);

} // namespace pb
