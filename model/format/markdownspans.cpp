#include "format/markdownspans.h"
#include "format/markdown_p.h"

namespace pb {

namespace {

// Adds a span for an inline node, split at line ends.
void addInline(QList<MarkdownSpan> &out, cmark_node *n, MarkdownSpan::Kind kind, const QList<QByteArray> &lines)
{
    const int l1 = cmark_node_get_start_line(n), l2 = cmark_node_get_end_line(n);
    const int c1 = cmark_node_get_start_column(n), c2 = cmark_node_get_end_column(n);
    if (l1 <= 0 || l2 < l1)
        return;
    for (int line = l1; line <= l2; ++line) {
        const int length = line - 1 < lines.size() ? int(lines.at(line - 1).size()) : 0;
        MarkdownSpan s;
        s.kind = kind;
        s.line = line;
        s.start = line == l1 ? c1 - 1 : 0;
        s.end = line == l2 ? c2 : length;
        out.append(s);
    }
}

void addLines(QList<MarkdownSpan> &out, cmark_node *n, MarkdownSpan::Kind kind)
{
    const int l1 = cmark_node_get_start_line(n), l2 = cmark_node_get_end_line(n);
    for (int line = l1; line > 0 && line <= l2; ++line)
        out.append({kind, line, 0, -1, 0, {}});
}

} // namespace

QList<MarkdownSpan> markdownSpans(const QByteArray &utf8)
{
    QList<MarkdownSpan> out;
    const QList<QByteArray> lines = utf8.split('\n');
    const md::Document doc = md::parse(utf8.constData(), utf8.size());
    cmark_iter *iter = cmark_iter_new(doc.get());
    cmark_event_type event;
    while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        if (event != CMARK_EVENT_ENTER)
            continue;
        cmark_node *n = cmark_iter_get_node(iter);
        switch (cmark_node_get_type(n)) {
        case CMARK_NODE_HEADING:
            addLines(out, n, MarkdownSpan::Heading);
            break;
        case CMARK_NODE_CODE_BLOCK:
            addLines(out, n, MarkdownSpan::CodeBlock);
            break;
        case CMARK_NODE_THEMATIC_BREAK:
            out.append({MarkdownSpan::Rule, cmark_node_get_start_line(n), 0, -1, 0, {}});
            break;
        case CMARK_NODE_BLOCK_QUOTE:
            addLines(out, n, MarkdownSpan::Quote);
            break;
        case CMARK_NODE_HTML_BLOCK:
            addLines(out, n, MarkdownSpan::HtmlBlock);
            break;
        case CMARK_NODE_EMPH:
            addInline(out, n, MarkdownSpan::Emphasis, lines);
            break;
        case CMARK_NODE_STRONG: {
            md::Reference ref;
            if (md::readReference(n, &ref)) {
                const int before = int(out.size());
                addInline(out, n, MarkdownSpan::Reference, lines);
                for (qsizetype i = before; i < out.size(); ++i) {
                    out[i].referenceId = ref.id;
                    out[i].referenceName = ref.name;
                }
            } else {
                addInline(out, n, MarkdownSpan::Strong, lines);
            }
            break;
        }
        case CMARK_NODE_LINK:
        case CMARK_NODE_IMAGE:
            addInline(out, n, MarkdownSpan::Link, lines);
            break;
        case CMARK_NODE_CODE:
            addInline(out, n, MarkdownSpan::Code, lines);
            break;
        default:
            break;
        }
    }
    cmark_iter_free(iter);
    return out;
}

} // namespace pb
