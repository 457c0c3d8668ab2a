// The fast front-matter reader against yaml-cpp. The fast reader (model/format/fastfrontmatter_p.h)
// exists only for speed: for every input it must either decline or give exactly the Pattern that
// yaml-cpp gives, the same fields, entries and spans, diagnostics and flags. Each row parses a file
// both ways and compares the whole result; the first difference is the failure message. The rows
// are every Markdown file in the repository, constructs written to sit at the subset's edges, and
// random mutations of the sample language. The fuzz target fuzz_frontmatter does the same on
// whatever libFuzzer makes up.

#include "format/fastfrontmatter_p.h"
#include "format/pattern.h"
#include "patterncompare.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QRandomGenerator>
#include <QTest>

using namespace pb;

namespace {

// Both ways: (fast path allowed, yaml-cpp alone).
QPair<Pattern, Pattern> parseBoth(const QByteArray &bytes)
{
    const QString name = QStringLiteral("001-test.md");
    frontmatter::setFastFrontMatterEnabled(true);
    const Pattern fast = parsePattern(name, name, bytes);
    frontmatter::setFastFrontMatterEnabled(false);
    const Pattern reference = parsePattern(name, name, bytes);
    frontmatter::setFastFrontMatterEnabled(true);
    return {fast, reference};
}

// Whether the fast reader reads the file's front matter itself, rather than declining.
bool readsFast(const QByteArray &bytes)
{
    const FileLayout layout = splitFile(bytes, TextIndex(bytes));
    if (!layout.terminated)
        return false;
    frontmatter::FastFrontMatter fast;
    const Span fm = layout.frontMatter;
    return fast.read(std::string_view(bytes.constData() + fm.start, size_t(fm.length())));
}

QByteArray file(const QByteArray &frontMatter)
{
    return "---\n" + frontMatter + "---\n\n# Alpha\n\n_Context._\n\n---\n\n**Problem.**\n";
}

enum class Expect { Reads, Declines };

struct Case
{
    const char *name;
    QByteArray frontMatter;
    Expect expect;
};

// Constructs at the subset's edges: what the fast reader reads must come out as yaml-cpp reads it,
// and what it declines goes to yaml-cpp. Both lists are part of the contract, so both are asserted.
QList<Case> edgeCaseList()
{
    const QByteArray base = "id: 1\nname: \"Alpha\"\nconfidence: 0\n";
    const auto R = Expect::Reads;
    const auto D = Expect::Declines;
    return {
        // Read: the common subset.
        {"plain-values", "id: 1\nname: Alpha\nconfidence: 0\n", R},
        {"double-quoted-name", base, R},
        {"single-quoted-name", "id: 1\nname: 'Alpha'\nconfidence: 0\n", R},
        {"single-quote-doubled", "id: 1\nname: 'it''s'\nconfidence: 0\n", R},
        {"double-quote-escapes", "id: 1\nname: \"a \\\"b\\\" \\\\ \\/ \\t c\"\nconfidence: 0\n", R},
        {"double-quote-unicode-escapes",
         "id: 1\nname: \"\\u00e9\\x41\\U0001F600 \\L\\P\\xe9\\u0000\"\nconfidence: 0\n", R},
        {"double-quote-control-escapes", "id: 1\nname: \"a\\0b\\a\\b\\n\\v\\f\\r\\e\\ \"\nconfidence: 0\n", R},
        {"escapes-in-lists",
         base + "references: [\"\\u00e9\\x41\\U0001F600 \\L\\P\\xe9\\u0000\", \"a\\tb\\n\\r\\e\\0\\ \\/\\\"\\\\\"]\n"
                "tags:\n  - \"\\x41\\a\\b\\v\\f\"\n  - 'it''s'\n",
         R},
        {"single-quote-escaped-in-double", "id: 1\nname: \"it\\'s\"\nconfidence: 0\n", R},
        {"hash-inside-quotes", "id: 1\nname: \"a # b\"\nconfidence: 0\ntags: ['#x', \"y # z\"]\n", R},
        {"hash-inside-plain", "id: 1\nname: C#sharp\nconfidence: 0\n", R},
        {"trailing-comments", "id: 1   # the id\nname: \"Alpha\" # name\nconfidence: 0 #\ntags: [a, b] # tags\n", R},
        {"full-line-comments", "# first\nid: 1\n# between\n  # indented\nname: Alpha\nconfidence: 0\n# last\n", R},
        {"empty-value-is-null", base + "scale:\ntags:   \nreferences: # none\n", R},
        {"required-key-empty", "id:\nname: Alpha\nconfidence: 0\n", R},
        {"null-words", base + "scale: ~\nai_dimension: null\ntags: Null\nreferences: NULL # c\n", R},
        {"null-items", base + "context_patterns: [~, null, 2]\ntags:\n  - ~\n  - a\n", R},
        {"empty-flow-list", base + "context_patterns: []\ncompletion_patterns: [ ]\n", R},
        {"one-item-flow-list", base + "context_patterns: [2]\ntags: [\"a b\"]\n", R},
        {"flow-list-spacing", base + "context_patterns: [ 2 ,3,  4 ]\ntags: [a b , 'c' ,\"d\"]\n", R},
        {"block-list-indented", base + "references:\n  - \"A. Book\"\n  - 'B. Book' # c\n  -   C. Book\n", R},
        {"block-list-unindented", base + "references:\n- A\n- B\nscale: 2\n", R},
        {"block-list-one-item", base + "tags:\n  - one\n", R},
        {"block-list-comments-between", base + "tags:\n  # first\n  - a\n# col 0\n    # deeper\n  - b\n\n  - c\n", R},
        {"block-list-after-comment", base + "tags: # labels\n  - a\n", R},
        {"block-list-of-ids", base + "context_patterns:\n  - 2\n  - 3\n", R},
        {"leading-zeros", "id: 007\nname: Alpha\nconfidence: 00\nscale: 010\n", R},
        {"negative-numbers", "id: -1\nname: Alpha\nconfidence: -0\nscale: -3\n", R},
        {"plus-and-hex-and-octal", "id: +7\nname: Alpha\nconfidence: 0x1\nscale: 0o7\n", R},
        {"floats", "id: 1.0\nname: Alpha\nconfidence: 1e3\nscale: .inf\nx: -.inf\ny: .nan\n", R},
        {"big-number", "id: 99999999999999999999\nname: Alpha\nconfidence: 0\n", R},
        {"quoted-number", "id: \"7\"\nname: Alpha\nconfidence: '1'\n", R},
        {"yaml-1.1-booleans-are-text", base + "ai_dimension: yes\nx: on\n", R},
        {"booleans", base + "ai_dimension: True\nx: FALSE\n", R},
        {"bool-where-number", "id: true\nname: false\nconfidence: 0\n", R},
        {"name-number", "id: 1\nname: 12\nconfidence: 0\n", R},
        {"name-list", "id: 1\nname: [a]\nconfidence: 0\n", R},
        {"empty-quoted-name", "id: 1\nname: \"\"\nconfidence: 0\n", R},
        {"blank-name", "id: 1\nname: '   '\nconfidence: 0\n", R},
        {"tags-not-kebab", base + "tags: [Foo, a_b, \"c d\", 1]\n", R},
        {"tags-scalar", base + "tags: one\n", R},
        {"ids-as-text", base + "context_patterns: [a, \"2\", 0, -1]\n", R},
        {"ids-scalar", base + "context_patterns: 3\n", R},
        {"unicode", "id: 1\nname: Größe — ünïcødé ✓\nconfidence: 0\ntags: [日本, \"é\"]\n", R},
        {"colon-inside-plain", "id: 1\nname: a:b\nconfidence: 0\nurl: http://x.org/a\n", R},
        {"punctuation-inside-plain", "id: 1\nname: a [b], {c} & *d !e |f >g 'h' \"i\" %j @k `l`\nconfidence: 0\n", R},
        {"dash-plain", "id: 1\nname: -x\nconfidence: 0\ntags: [-a, -1]\n", R},
        {"keys-repeated", base + "name: Beta\n", R},
        {"key-repeated-with-list", base + "tags: [a]\ntags:\n  - b\n", R},
        {"unknown-keys", base + "context: [2]\ntitle: x\nmy-key: 3\n_private: x\n9: nine\n", R},
        {"key-with-no-space", base + "scale:\n", R},
        {"missing-keys", "scale: 1\n", R},
        {"only-comments", "# nothing here\n\n   # really\n", R},
        {"empty-front-matter", "", R},
        {"blank-lines", "\n\nid: 1\n\n   \nname: Alpha\n\nconfidence: 0\n\n", R},
        {"trailing-blanks", "id: 1   \nname: \"Alpha\"   \nconfidence: 0 \ntags: [a]  \n", R},
        {"very-long-line", "id: 1\nname: " + QByteArray(20000, 'x') + "\nconfidence: 0\n", R},
        {"very-long-list", base + "tags: [" + QByteArray("a, ").repeated(3000) + "b]\n", R},
        {"out-of-range", "id: 0\nname: Alpha\nconfidence: 3\nscale: 11\n", R},
        {"int-overflow", "id: 2147483648\nname: Alpha\nconfidence: 0\n", R},
        {"ai-dimension-text", base + "ai_dimension: maybe\n", R},
        {"ai-dimension-quoted", base + "ai_dimension: \"true\"\n", R},
        // Declined: everything else goes to yaml-cpp, which reads it or reports it.
        {"anchor-alias", base + "a: &x 1\nb: *x\n", D},
        {"tag", base + "scale: !!int 2\n", D},
        {"block-scalar-literal", base + "note: |\n  text\n", D},
        {"block-scalar-folded", base + "note: >\n  text\n", D},
        {"multi-line-plain", "id: 1\nname: Alpha\n  Beta\nconfidence: 0\n", D},
        {"multi-line-quoted", "id: 1\nname: \"Alpha\n  Beta\"\nconfidence: 0\n", D},
        {"unclosed-quote", "id: 1\nname: \"Alpha\nconfidence: 0\n", D},
        {"unclosed-single-quote", "id: 1\nname: 'Alpha\nconfidence: 0\n", D},
        {"flow-mapping", base + "x: {a: 1}\n", D},
        {"top-flow-mapping", "{id: 1, name: Alpha, confidence: 0}\n", D},
        {"nested-flow-list", base + "x: [1, [2]]\n", D},
        {"multi-line-flow-list", base + "tags: [a,\n  b]\n", D},
        {"unclosed-flow-list", base + "tags: [a, b\n", D},
        {"trailing-comma", base + "tags: [a, b,]\n", D},
        {"empty-flow-item", base + "tags: [a, , b]\n", D},
        {"nested-block-mapping", base + "x:\n  a: 1\n", D},
        {"list-of-mappings", base + "x:\n  - a: 1\n", D},
        {"nested-block-list", base + "x:\n  - - a\n", D},
        {"empty-block-item", base + "tags:\n  -\n  - a\n", D},
        {"items-misaligned", base + "tags:\n  - a\n    - b\n", D},
        {"items-dedented", base + "tags:\n  - a\n - b\n", D},
        {"item-continued", base + "tags:\n  - a\n    b\n", D},
        {"value-on-next-line", base + "scale:\n  2\n", D},
        {"items-after-scalar", base + "tags: a\n  - b\n", D},
        {"top-level-list", "- a\n- b\n", D},
        {"indented-keys", "  id: 1\n  name: Alpha\n", D},
        {"tab-indent", base + "tags:\n\t- a\n", D},
        {"tab-in-value", "id: 1\nname: \"a\tb\"\nconfidence: 0\n", D},
        {"tab-before-comment", base + "scale: 2\t# c\n", D},
        {"document-end-marker", base + "...\n", D},
        {"directive", "%YAML 1.2\n" + base, D},
        {"complex-key", base + "? a\n: b\n", D},
        {"quoted-key", base + "\"x y\": 1\n", D},
        {"key-with-space", base + "my key: 1\n", D},
        {"key-space-before-colon", base + "scale : 2\n", D},
        {"key-without-space-after-colon", base + "scale:2\n", D},
        {"null-key", base + "null: 1\n", D},
        {"colon-space-in-value", base + "x: a: b: c\n", D},
        {"colon-at-end-of-value", base + "x: a:\n", D},
        {"colon-in-flow-item", base + "tags: [a:b]\n", D},
        {"question-in-flow-item", base + "tags: [a?b]\n", D},
        {"hash-in-flow-item", base + "tags: [a#b]\n", D},
        {"quote-in-flow-plain", base + "tags: [it's]\n", D},
        {"comment-without-blank-after-quote", "id: 1\nname: \"Alpha\"# c\nconfidence: 0\n", D},
        {"two-quoted-scalars", "id: 1\nname: 'a' 'b'\nconfidence: 0\n", D},
        {"text-after-flow-list", base + "tags: [a] b\n", D},
        {"indicator-starts", base + "a: @x\n", D},
        {"backtick-start", base + "a: `x`\n", D},
        {"percent-start", base + "a: %x\n", D},
        {"pipe-start", base + "a: |x\n", D},
        {"dash-alone", base + "a: -\n", D},
        {"dash-space", base + "a: - b\n", D},
        {"triple-dash-value", base + "a: ---x\n", D},
        {"question-start", base + "a: ?x\n", D},
        {"colon-start", base + "a: :x\n", D},
        {"nel-escape", "id: 1\nname: \"a\\Nb\"\nconfidence: 0\n", D},
        {"nbsp-escape", "id: 1\nname: \"a\\_b\"\nconfidence: 0\n", D},
        {"unknown-escape", "id: 1\nname: \"\\q\"\nconfidence: 0\n", D},
        {"short-hex-escape", "id: 1\nname: \"\\x4\"\nconfidence: 0\n", D},
        {"surrogate-escape", "id: 1\nname: \"\\ud800\"\nconfidence: 0\n", D},
        {"escaped-line-break", "id: 1\nname: \"a\\\n  b\"\nconfidence: 0\n", D},
        {"lone-cr", "id: 1\rname: Alpha\nconfidence: 0\n", D},
        {"bom-inside", "\xEF\xBB\xBFid: 1\nname: Alpha\nconfidence: 0\n", D},
        {"nel-inside", "id: 1\nname: a\xC2\x85" "b\nconfidence: 0\n", D},
        {"line-separator", "id: 1\nname: a\xE2\x80\xA8" "b\nconfidence: 0\n", D},
        {"control-character", "id: 1\nname: a\x01" "b\nconfidence: 0\n", D},
        {"delete-character", "id: 1\nname: a\x7F" "b\nconfidence: 0\n", D},
        {"very-long-key", base + QByteArray(300, 'k') + ": 1\n", D},
    };
}

} // namespace

class TestFastFrontMatter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Every Markdown file in the repository and beside it, as written and with other line endings.
    void sameResultOnFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QStringList roots = {test::sampleLanguageDir(), test::testDataDir()};
        const QString shared = test::sourceDir() + QStringLiteral("/../shared/format");
        if (QFileInfo::exists(shared))
            roots.append(shared);
        int files = 0;
        for (const QString &root : roots) {
            QDirIterator it(root, {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                const QByteArray bytes = test::readFile(path);
                const QString name = QDir(test::sourceDir()).relativeFilePath(path);
                for (const auto &[variantName, v] : test::allVariants())
                    QTest::newRow(qPrintable(name + QLatin1Char(':') + variantName)) << test::variant(bytes, v);
                ++files;
            }
        }
        QVERIFY(files > 30);
    }
    void sameResultOnFiles()
    {
        QFETCH(QByteArray, bytes);
        const auto [fast, reference] = parseBoth(bytes);
        QCOMPARE(test::firstDifference(fast, reference), QString());
    }

    // The fast reader is of use only if it reads what authors write: the sample language, the
    // format's reference pattern and the templates, in every line ending.
    void readsTheSampleLanguage_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QDirIterator it(test::sampleLanguageDir(), {QStringLiteral("*.md")}, QDir::Files);
        int files = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            const QByteArray bytes = test::readFile(path);
            if (!bytes.startsWith("---"))
                continue; // no front matter to read
            for (const auto &[variantName, v] : test::allVariants())
                QTest::newRow(qPrintable(QFileInfo(path).fileName() + QLatin1Char(':') + variantName))
                    << test::variant(bytes, v);
            ++files;
        }
        QVERIFY(files >= 28);
        if (!test::referencePattern().isEmpty())
            QTest::newRow("reference-pattern") << test::readFile(test::referencePattern());
    }
    void readsTheSampleLanguage()
    {
        QFETCH(QByteArray, bytes);
        QVERIFY(readsFast(bytes));
    }

    // Constructs at the subset's edges, in every line ending: read or declined as listed, and the
    // same result either way.
    void edgeCases_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("reads");
        for (const Case &c : edgeCaseList()) {
            for (const auto &[variantName, v] : test::allVariants()) {
                QTest::newRow(qPrintable(QStringLiteral("%1:%2").arg(QLatin1String(c.name), variantName)))
                    << test::variant(file(c.frontMatter), v) << (c.expect == Expect::Reads);
            }
        }
    }
    void edgeCases()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, reads);
        QCOMPARE(readsFast(bytes), reads);
        const auto [fast, reference] = parseBoth(bytes);
        QCOMPARE(test::firstDifference(fast, reference), QString());
    }

    // Random edits of the sample language with the characters YAML cares about, the same ones on
    // every run: a small, repeatable fuzzer inside the test suite. Each input must give the same
    // Pattern both ways; a good share must be read by the fast reader, or this proves nothing.
    void sameResultOnMutations()
    {
        QList<QByteArray> seeds;
        QDirIterator it(test::sampleLanguageDir(), {QStringLiteral("0*.md")}, QDir::Files);
        while (it.hasNext())
            seeds.append(test::readFile(it.next()));
        std::sort(seeds.begin(), seeds.end());
        QVERIFY(!seeds.isEmpty());
        static const QByteArray alphabet = " \n\r\t-:#,[]{}'\"\\&*!|>?%@`~.0123456789aZ_\xC3\xA9";
        static const QList<QByteArray> snippets = {
            "\n  - x", "\n- 'y'", "\nkey: ", ": ", " # c", "[]", "[1, ", "]", "\"a\\\"b\"", "'it''s'", "~",
            "null", "\n", "\r\n", "- ", "\n\n", "  # c\n", "\ntags:\n  - a\n", "&a ", "*a", "!!str ",
        };
        QRandomGenerator random(20240611);
        int readFast = 0;
        const int rounds = 5000;
        for (int round = 0; round < rounds; ++round) {
            QByteArray bytes = seeds.at(random.bounded(int(seeds.size())));
            // Edit the front matter, where the fast reader works: the first few hundred bytes.
            const int edits = 1 + random.bounded(3);
            for (int e = 0; e < edits; ++e) {
                const int limit = std::min(int(bytes.size()), 700);
                const int at = random.bounded(limit);
                const char c = alphabet.at(random.bounded(int(alphabet.size())));
                const int lineStart = int(bytes.lastIndexOf('\n', at - 1)) + 1;
                const int lineEnd = int(bytes.indexOf('\n', at));
                switch (random.bounded(7)) {
                case 0:
                    bytes.insert(at, c);
                    break;
                case 1:
                    bytes[at] = c;
                    break;
                case 2:
                    bytes.remove(at, 1);
                    break;
                case 3:
                    bytes.insert(at, snippets.at(random.bounded(int(snippets.size()))));
                    break;
                case 4: // indent or dedent a line
                    if (random.bounded(2))
                        bytes.insert(lineStart, random.bounded(2) ? "  " : " ");
                    else if (bytes.at(lineStart) == ' ')
                        bytes.remove(lineStart, 1);
                    break;
                case 5: // repeat a line
                    if (lineEnd > 0)
                        bytes.insert(lineEnd + 1, bytes.mid(lineStart, lineEnd + 1 - lineStart));
                    break;
                default: // drop a line
                    if (lineEnd > 0)
                        bytes.remove(lineStart, lineEnd + 1 - lineStart);
                }
            }
            if (readsFast(bytes))
                ++readFast;
            const auto [fast, reference] = parseBoth(bytes);
            const QString difference = test::firstDifference(fast, reference);
            if (!difference.isEmpty()) {
                const int end = std::min(int(bytes.size()), 700);
                QFAIL(qPrintable(QStringLiteral("round %1: %2\ninput:\n%3")
                                     .arg(round)
                                     .arg(difference, QString::fromUtf8(bytes.left(end)))));
            }
        }
        qInfo("%d of %d inputs read by the fast reader", readFast, rounds);
        QVERIFY(readFast > rounds / 4);
    }

    // The switch itself: off means yaml-cpp alone, so that the comparisons above compare two readers.
    void switchesOff()
    {
        QVERIFY(frontmatter::fastFrontMatterEnabled());
        frontmatter::setFastFrontMatterEnabled(false);
        QVERIFY(!frontmatter::fastFrontMatterEnabled());
        frontmatter::setFastFrontMatterEnabled(true);
        QVERIFY(frontmatter::fastFrontMatterEnabled());
    }
};

QTEST_GUILESS_MAIN(TestFastFrontMatter)
#include "tst_fastfrontmatter.moc"
