#include "patternsummary.h"
#include "language.h"
#include "markdown_p.h"
#include "pattern.h"

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

} // namespace pb
