// libFuzzer target: link and reference extraction across a language. The input is several
// pattern files, separated by lines "=====". Every reference found is exactly `**Name (id)**` in
// the bytes, with that name and id; every link joins two patterns of the language and is declared
// where it says; the graph's neighbourhoods are symmetric; validation names real lines; and the
// language-wide edits (rename, renumber, mirror a link) change only what they say they change.

#include "language/language.h"
#include "language/languageedits.h"
#include "language/linkgraph.h"
#include "language/validator.h"

#include <cstdlib>

using namespace pb;

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

QList<QPair<QString, QByteArray>> filesOf(const QByteArray &input)
{
    QList<QPair<QString, QByteArray>> files;
    const QList<QByteArray> parts = input.split('\x1e'); // also accept a record separator
    int n = 0;
    for (const QByteArray &part : parts) {
        for (const QByteArray &text : QByteArray(part).replace("\n=====\n", "\x1f").split('\x1f')) {
            if (files.size() >= 12)
                break;
            files.append({QStringLiteral("%1-p.md").arg(++n, 3, 10, QLatin1Char('0')), text});
        }
    }
    return files;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Language language = Language::fromFiles(QStringLiteral("lang"), filesOf(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size))));
    const int count = language.patternCount();
    for (const Pattern &p : language.patterns()) {
        for (const PatternReference &ref : p.body.references) {
            check(ref.id > 0);
            if (ref.span.isEmpty())
                continue; // a span that could not be found exactly is never edited
            check(ref.span.start >= p.layout.bodyStart && ref.span.end <= p.bytes.size());
            const QByteArray text = p.bytes.mid(ref.span.start, ref.span.length());
            check(text.startsWith("**") || text.startsWith("__"));
            check(text.endsWith(")" + text.left(2)));
            check(text.contains("(" + QByteArray::number(ref.id) + ")") || text.contains("(0"));
            // The name's bytes lie between the opening "**" and the "(id)": a rename edits them alone.
            check(ref.nameSpan.start == ref.span.start + 2 && ref.nameSpan.end <= ref.span.end - 3);
            check(p.bytes.indexOf('(', ref.nameSpan.end) >= 0);
            check(ref.position.line >= 1 && ref.position.column >= 1);
        }
    }
    const LinkGraph graph = LinkGraph::build(language);
    check(graph.nodeCount() == count);
    for (const Link &l : graph.links()) {
        check(l.from >= 0 && l.from < count && l.to >= 0 && l.to < count);
        check(l.offset >= 0 && l.offset <= language.pattern(l.from).bytes.size());
    }
    for (const HierarchyEdge &e : graph.hierarchy())
        check(e.larger >= 0 && e.larger < count && e.smaller >= 0 && e.smaller < count && (e.declaredByLarger || e.declaredBySmaller));
    for (int i = 0; i < count; ++i) {
        for (int j : graph.neighbours(i))
            check(graph.neighbours(j).contains(i));
    }
    for (const Diagnostic &d : validate(language, graph))
        check(d.line >= 0 && d.column >= 0 && (d.line > 0 || d.column == 0));

    // The edits across the language: each after-text is whole, and differs only where it says.
    for (const Pattern &p : language.patterns()) {
        if (p.broken || p.fields.id <= 0)
            continue;
        const RenameChanges renamed = renameReferences(language, p.fields.id, p.fields.name, QStringLiteral("Renamed *x* (9)"));
        QList<FileEdit> edits = renamed.edits;
        // The references written otherwise, renamed too when the author asks for all of them.
        edits += renameReferencesAt(language, renamed.others, QStringLiteral("Renamed *x* (9)"));
        edits += renumber(language, p.fields.id, nextFreeId(language));
        for (int to : p.fields.completionPatterns)
            edits += mirrorLink(language, p.fileName, to);
        for (const FileEdit &e : edits) {
            check(language.indexOfFile(e.fileName) >= 0);
            check(e.before == language.pattern(language.indexOfFile(e.fileName)).bytes);
            check(e.after != e.before || e.changes == 0);
            const Pattern again = parsePattern(e.fileName, e.fileName, e.after);
            check(again.bytes == e.after);
        }
        break; // one pattern's edits per input keeps each run fast
    }
    return 0;
}
