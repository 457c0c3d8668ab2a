#include "render/patternsummary.h"
#include "language/language.h"
#include "format/markdown_p.h"
#include "format/pattern.h"

namespace pb {

namespace {
QString plain(cmark_node *block)
{
    return block ? QString::fromUtf8(md::textOf(block)).simplified() : QString();
}

QStringList namesOf(const QList<int> &ids, const Language *language)
{
    QStringList out;
    for (int id : ids) {
        const Pattern *p = language ? language->patternById(id) : nullptr;
        out << (p && !p->fields.name.isEmpty() ? QStringLiteral("%1 (%2)").arg(p->fields.name).arg(id) : QString::number(id));
    }
    return out;
}
} // namespace

PatternSummary summarize(const Pattern &pattern, const Language *language)
{
    PatternSummary s;
    s.id = pattern.fields.id;
    s.name = pattern.fields.name.isEmpty() ? pattern.fileName : pattern.fields.name;
    s.confidence = std::max(pattern.fields.confidence, 0);
    s.scale = pattern.fields.scale;
    s.contextNames = namesOf(pattern.fields.contextPatterns, language);
    s.completionNames = namesOf(pattern.fields.completionPatterns, language);
    const int start = pattern.layout.bodyStart;
    if (start >= pattern.bytes.size())
        return s;
    const md::Document doc = md::parse(pattern.bytes.constData() + start, pattern.bytes.size() - start);
    const md::FormBlocks form = md::findForm(doc.get());
    s.context = plain(form.context);
    s.problem = plain(form.problem);
    s.solution = plain(form.solution);
    s.completion = plain(form.completion);
    return s;
}

QString plainText(const QByteArray &markdown)
{
    const md::Document doc = md::parse(markdown.constData(), markdown.size(), CMARK_OPT_DEFAULT);
    QByteArray out;
    cmark_iter *iter = cmark_iter_new(doc.get());
    cmark_event_type event;
    while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        cmark_node *n = cmark_iter_get_node(iter);
        switch (cmark_node_get_type(n)) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
        case CMARK_NODE_CODE_BLOCK:
            out += cmark_node_get_literal(n);
            break;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
            out += ' ';
            break;
        case CMARK_NODE_HEADING:
            // A pattern's title ends in its confidence asterisks: not words to find.
            if (event == CMARK_EVENT_EXIT) {
                while (out.endsWith('*') || out.endsWith(' '))
                    out.chop(1);
                out += '\n';
            }
            break;
        case CMARK_NODE_PARAGRAPH:
        case CMARK_NODE_ITEM:
            if (event == CMARK_EVENT_EXIT)
                out += '\n';
            break;
        default:
            break;
        }
    }
    cmark_iter_free(iter);
    return QString::fromUtf8(out).trimmed();
}

QString plainText(const Pattern &pattern)
{
    const int start = std::min(int(pattern.bytes.size()), std::max(pattern.layout.bodyStart, 0));
    return plainText(pattern.bytes.mid(start));
}

} // namespace pb
