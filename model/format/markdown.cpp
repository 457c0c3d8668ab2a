#include "markdown_p.h"

namespace pb::md {

Document parse(const char *data, qsizetype size, int options)
{
    return Document(cmark_parse_document(data, size_t(size), options));
}

QByteArray textOf(cmark_node *node)
{
    QByteArray out;
    cmark_iter *iter = cmark_iter_new(node);
    cmark_event_type event;
    while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        if (event != CMARK_EVENT_ENTER)
            continue;
        cmark_node *n = cmark_iter_get_node(iter);
        switch (cmark_node_get_type(n)) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
            out += cmark_node_get_literal(n);
            break;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
            out += ' ';
            break;
        default:
            break;
        }
    }
    cmark_iter_free(iter);
    return out;
}

bool readReference(cmark_node *strong, Reference *out)
{
    if (cmark_node_get_type(strong) != CMARK_NODE_STRONG)
        return false;
    // Only text and soft breaks: the children are the whole text, no walk of the tree needed.
    QByteArray text;
    for (cmark_node *child = cmark_node_first_child(strong); child; child = cmark_node_next(child)) {
        const cmark_node_type type = cmark_node_get_type(child);
        if (type == CMARK_NODE_TEXT)
            text += cmark_node_get_literal(child);
        else if (type == CMARK_NODE_SOFTBREAK)
            text += ' ';
        else
            return false;
    }
    text = text.trimmed();
    if (!text.endsWith(')'))
        return false;
    const int open = int(text.lastIndexOf('('));
    if (open < 1)
        return false;
    const QByteArray digits = text.mid(open + 1, text.size() - open - 2);
    if (digits.isEmpty() || digits.size() > 9)
        return false;
    for (char c : digits) {
        if (c < '0' || c > '9')
            return false;
    }
    const QString name = QString::fromUtf8(text.left(open)).simplified();
    if (name.isEmpty())
        return false;
    out->id = digits.toInt();
    out->name = name;
    return out->id > 0;
}

bool isWhollyEmphasised(cmark_node *paragraph, cmark_node_type type)
{
    if (!paragraph || cmark_node_get_type(paragraph) != CMARK_NODE_PARAGRAPH)
        return false;
    int emphasised = 0;
    for (cmark_node *child = cmark_node_first_child(paragraph); child; child = cmark_node_next(child)) {
        const cmark_node_type t = cmark_node_get_type(child);
        if (t == type) {
            ++emphasised;
        } else if (t == CMARK_NODE_TEXT) {
            if (!QByteArray(cmark_node_get_literal(child)).trimmed().isEmpty())
                return false;
        } else if (t != CMARK_NODE_SOFTBREAK && t != CMARK_NODE_LINEBREAK) {
            return false;
        }
    }
    return emphasised == 1;
}

bool isTherefore(cmark_node *node)
{
    return cmark_node_get_type(node) == CMARK_NODE_PARAGRAPH
           && textOf(node).trimmed() == "Therefore:";
}

bool isReferencesHeading(cmark_node *node)
{
    return cmark_node_get_type(node) == CMARK_NODE_HEADING && cmark_node_get_heading_level(node) == 2
           && textOf(node).trimmed().compare("References", Qt::CaseInsensitive) == 0;
}

FormBlocks findForm(cmark_node *document)
{
    FormBlocks f;
    cmark_node *n = cmark_node_first_child(document);
    for (cmark_node *b = n; b; b = cmark_node_next(b)) {
        if (cmark_node_get_type(b) == CMARK_NODE_HEADING && cmark_node_get_heading_level(b) == 1) {
            f.title = b;
            n = cmark_node_next(b);
            break;
        }
    }
    // The context: an italic paragraph before the first rule.
    for (cmark_node *b = n; b && cmark_node_get_type(b) != CMARK_NODE_THEMATIC_BREAK; b = cmark_node_next(b)) {
        if (isWhollyEmphasised(b, CMARK_NODE_EMPH)) {
            f.context = b;
            n = cmark_node_next(b);
            break;
        }
    }
    // The problem: a bold paragraph before "Therefore:".
    for (cmark_node *b = n; b && !isTherefore(b); b = cmark_node_next(b)) {
        if (isWhollyEmphasised(b, CMARK_NODE_STRONG)) {
            f.problem = b;
            n = cmark_node_next(b);
            break;
        }
    }
    for (cmark_node *b = n; b; b = cmark_node_next(b)) {
        if (isTherefore(b)) {
            f.therefore = b;
            n = cmark_node_next(b);
            break;
        }
    }
    if (f.therefore) {
        for (cmark_node *b = n; b; b = cmark_node_next(b)) {
            if (isWhollyEmphasised(b, CMARK_NODE_STRONG)) {
                f.solution = b;
                n = cmark_node_next(b);
                break;
            }
            if (cmark_node_get_type(b) == CMARK_NODE_PARAGRAPH)
                break; // the solution comes right after "Therefore:"
        }
    }
    // The completion: an italic paragraph after the solution, before the references.
    for (cmark_node *b = n; b && !isReferencesHeading(b); b = cmark_node_next(b)) {
        if (isWhollyEmphasised(b, CMARK_NODE_EMPH)) {
            f.completion = b;
            n = cmark_node_next(b);
            break;
        }
    }
    for (cmark_node *b = n; b; b = cmark_node_next(b)) {
        if (isReferencesHeading(b)) {
            f.referencesHeading = b;
            cmark_node *next = cmark_node_next(b);
            if (next && cmark_node_get_type(next) == CMARK_NODE_LIST)
                f.referencesList = next;
            break;
        }
    }
    return f;
}

cmark_node *topLevelBlock(cmark_node *node)
{
    while (node) {
        cmark_node *parent = cmark_node_parent(node);
        if (!parent || cmark_node_get_type(parent) == CMARK_NODE_DOCUMENT)
            return node;
        node = parent;
    }
    return nullptr;
}

} // namespace pb::md
