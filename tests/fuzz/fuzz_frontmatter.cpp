// libFuzzer target, the differential property of the fast front-matter reader: any bytes, parsed
// with the fast reader allowed and with yaml-cpp alone, give the same Pattern, field for field
// (fastfrontmatter_p.h says why there are two readers; yaml-cpp is the reference). Each input is
// also tried as the front matter itself, between '---' lines, so that the fuzzer's mutations land
// where the fast reader works. Aborts on the first difference, printing it.

#include "format/fastfrontmatter_p.h"
#include "format/pattern.h"
#include "patterncompare.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace pb;

namespace {

void compareBothWays(const QByteArray &bytes)
{
    const QString name = QStringLiteral("fuzz.md");
    frontmatter::setFastFrontMatterEnabled(true);
    const Pattern fast = parsePattern(name, name, bytes);
    frontmatter::setFastFrontMatterEnabled(false);
    const Pattern reference = parsePattern(name, name, bytes);
    frontmatter::setFastFrontMatterEnabled(true);
    const QString difference = test::firstDifference(fast, reference);
    if (!difference.isEmpty()) {
        std::fprintf(stderr, "fast reader and yaml-cpp differ: %s\n", qPrintable(difference));
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    compareBothWays(bytes);
    if (!bytes.startsWith("---"))
        compareBothWays("---\n" + bytes + "\n---\n# Title\n");
    return 0;
}
