// libFuzzer target: any bytes as a pattern file. Parsing never crashes and never loses a byte
// (the parts reassemble to the input); an edit the writer accepts reads back as asked; rendering
// never crashes. Build with -DPATTERNBOOK_BUILD_FUZZERS=ON and clang (see tests/fuzz/README.md).

#include "format/pattern.h"
#include "format/patternwriter.h"
#include "render/renderer.h"

#include <cstdint>
#include <cstdlib>

using namespace pb;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Pattern p = parsePattern(QStringLiteral("fuzz.md"), QStringLiteral("fuzz.md"), bytes);
    if (reassemble(p) != bytes)
        std::abort(); // the parse lost track of a byte
    for (const Diagnostic &d : p.diagnostics) {
        if (d.line < 0 || d.column < 0)
            std::abort();
    }
    if (!p.broken && p.editable && checkEntrySpans(p).isEmpty()) {
        // Edits that must either be refused or land exactly.
        const QList<QList<FieldEdit>> edits = {
            {FieldEdit::set(QStringLiteral("confidence"), 2)},
            {FieldEdit::set(QStringLiteral("name"), QStringLiteral("A *new* name: yes"))},
            {FieldEdit::set(QStringLiteral("tags"), QVariantList{QStringLiteral("a"), QStringLiteral("b c")})},
            {FieldEdit::unset(QStringLiteral("scale")), FieldEdit::set(QStringLiteral("context_patterns"), QVariantList{1, 2})},
        };
        for (const QList<FieldEdit> &edit : edits) {
            const EditResult r = applyEdits(p, edit);
            if (!r.ok)
                continue;
            const Pattern again = parsePattern(QStringLiteral("fuzz.md"), QStringLiteral("fuzz.md"), r.bytes);
            if (reassemble(again) != r.bytes)
                std::abort();
            // The body outside the title line is untouched.
            const int keep = p.body.hasTitle && p.body.titleText.start >= 0 ? p.body.titleText.end : p.layout.bodyStart;
            if (!r.bytes.endsWith(bytes.mid(keep)))
                std::abort();
        }
    }
    RenderContext context;
    context.names = {{1, QStringLiteral("One")}};
    const RenderedPattern rendered = renderPattern(p, context);
    if (rendered.html.isEmpty())
        std::abort(); // never a blank pane
    return 0;
}
