// Hard numbers for the targets the app is built to: 10,000 patterns validated in under 0.5 s on
// two cores, keystroke to preview within one frame. Run with `packaging/dev.sh bench`, which
// repeats each and reports the median.

#include "format/fastfrontmatter_p.h"
#include "language/language.h"
#include "language/linkgraph.h"
#include "format/patternwriter.h"
#include "render/renderer.h"
#include "language/validator.h"
#include "benchsupport.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <cmark.h>

using namespace pb;

namespace pb::bench {

QList<QPair<QString, QByteArray>> sampleFiles()
{
    QList<QPair<QString, QByteArray>> files;
    const QDir dir(QStringLiteral(PATTERNBOOK_SOURCE_DIR "/resources/sample-language"));
    for (const QString &name : dir.entryList({QStringLiteral("[0-9]*.md")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        f.open(QIODevice::ReadOnly);
        files.append({name, f.readAll()});
    }
    return files;
}

QList<QPair<QString, QByteArray>> syntheticLanguage(int count)
{
    const auto sample = sampleFiles();
    const int n = int(sample.size());
    static const QRegularExpression reference(QStringLiteral("\\*\\*([^*\\n]+?) \\((\\d+)\\)\\*\\*"));
    static const QRegularExpression list(QStringLiteral("^(context_patterns|completion_patterns): \\[([^\\]]*)\\]"),
                                         QRegularExpression::MultilineOption);
    QList<QPair<QString, QByteArray>> out;
    for (int i = 0; i < count; ++i) {
        const int copy = i / n;
        const auto &[name, bytes] = sample.at(i % n);
        QString text = QString::fromUtf8(bytes);
        const int shift = copy * n;
        auto rename = [&](const QString &original) { return copy ? original + QStringLiteral(" %1").arg(copy) : original; };
        // Body references and the name.
        QString result;
        int last = 0;
        for (auto it = reference.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            result += text.mid(last, m.capturedStart() - last);
            result += QStringLiteral("**%1 (%2)**").arg(rename(m.captured(1))).arg(m.captured(2).toInt() + shift);
            last = int(m.capturedEnd());
        }
        text = result + text.mid(last);
        static const QRegularExpression nameLine(QStringLiteral("^name: \"([^\"]+)\""), QRegularExpression::MultilineOption);
        const auto nm = nameLine.match(text);
        const QString newName = rename(nm.captured(1));
        text.replace(nm.capturedStart(), nm.capturedLength(), QStringLiteral("name: \"%1\"").arg(newName));
        static const QRegularExpression title(QStringLiteral("^# ([^*\\n]+?)( \\*+)?$"), QRegularExpression::MultilineOption);
        const auto tm = title.match(text);
        text.replace(tm.capturedStart(1), tm.capturedLength(1), newName);
        static const QRegularExpression idLine(QStringLiteral("^id: (\\d+)"), QRegularExpression::MultilineOption);
        const auto im = idLine.match(text);
        text.replace(im.capturedStart(1), im.capturedLength(1), QString::number(im.captured(1).toInt() + shift));
        QList<QRegularExpressionMatch> lists;
        for (auto it = list.globalMatch(text); it.hasNext();)
            lists.prepend(it.next()); // replaced from the end, so earlier offsets still hold
        for (const auto &m : lists) {
            QStringList ids;
            for (const QString &id : m.captured(2).split(QLatin1Char(','), Qt::SkipEmptyParts))
                ids << QString::number(id.trimmed().toInt() + shift);
            text.replace(m.capturedStart(2), m.capturedLength(2), ids.join(QStringLiteral(", ")));
        }
        out.append({QStringLiteral("%1-%2").arg(copy, 4, 10, QLatin1Char('0')).arg(name), text.toUtf8()});
    }
    return out;
}

} // namespace pb::bench

namespace {

using bench::sampleFiles;
using bench::syntheticLanguage;

const QList<QPair<QString, QByteArray>> &tenThousand()
{
    // Whole copies of the sample, so that every link lands: 358 copies of 28 are 10,024 patterns.
    static const auto files = syntheticLanguage(10024);
    return files;
}

void BM_ParseAndValidate10k(benchmark::State &state)
{
    const auto &files = tenThousand();
    for (auto _ : state) {
        const Language language = Language::fromFiles(QStringLiteral("bench"), files);
        const Diagnostics diagnostics = validate(language);
        benchmark::DoNotOptimize(diagnostics.size());
        if (!diagnostics.isEmpty())
            state.SkipWithError(qPrintable(diagnostics.first().toString()));
    }
    state.SetItemsProcessed(state.iterations() * files.size());
}
BENCHMARK(BM_ParseAndValidate10k)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_LoadFromDiskAndValidate10k(benchmark::State &state)
{
    QTemporaryDir dir;
    for (const auto &[name, bytes] : tenThousand()) {
        QFile f(dir.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
    }
    for (auto _ : state) {
        const Language language = Language::load(dir.path());
        benchmark::DoNotOptimize(validate(language).size());
    }
    state.SetItemsProcessed(state.iterations() * 10000);
}
BENCHMARK(BM_LoadFromDiskAndValidate10k)->Unit(benchmark::kMillisecond)->UseRealTime();

// The parts of the above, to see where the time goes.
void BM_ParseOnly10k(benchmark::State &state)
{
    const auto &files = tenThousand();
    for (auto _ : state)
        benchmark::DoNotOptimize(Language::fromFiles(QStringLiteral("bench"), files).patternCount());
}
BENCHMARK(BM_ParseOnly10k)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_ValidateOnly10k(benchmark::State &state)
{
    const Language language = Language::fromFiles(QStringLiteral("bench"), tenThousand());
    for (auto _ : state)
        benchmark::DoNotOptimize(validate(language).size());
}
BENCHMARK(BM_ValidateOnly10k)->Unit(benchmark::kMillisecond)->UseRealTime();

// One thread, one file: the floor that the front-matter reader and cmark set. The front matter is
// read by the fast reader (model/format/fastfrontmatter_p.h), as the app reads it.
void BM_ParseOnePattern(benchmark::State &state)
{
    const auto &[name, bytes] = tenThousand().at(6);
    for (auto _ : state)
        benchmark::DoNotOptimize(parsePattern(name, name, bytes).fields.id);
}
BENCHMARK(BM_ParseOnePattern)->Unit(benchmark::kMicrosecond);

// The same with the front matter read by yaml-cpp alone, the reference the fast reader is tested
// against: the difference is what the fast reader saves.
void BM_ParseOnePatternYamlCpp(benchmark::State &state)
{
    const auto &[name, bytes] = tenThousand().at(6);
    frontmatter::setFastFrontMatterEnabled(false);
    for (auto _ : state)
        benchmark::DoNotOptimize(parsePattern(name, name, bytes).fields.id);
    frontmatter::setFastFrontMatterEnabled(true);
}
BENCHMARK(BM_ParseOnePatternYamlCpp)->Unit(benchmark::kMicrosecond);

// The front matter alone (no body), both ways.
void BM_ParseOneFrontMatter(benchmark::State &state)
{
    const auto &[name, bytes] = tenThousand().at(6);
    for (auto _ : state)
        benchmark::DoNotOptimize(parsePattern(name, name, bytes, ParseParts::FrontMatter).fields.id);
}
BENCHMARK(BM_ParseOneFrontMatter)->Unit(benchmark::kMicrosecond);

void BM_ParseOneFrontMatterYamlCpp(benchmark::State &state)
{
    const auto &[name, bytes] = tenThousand().at(6);
    frontmatter::setFastFrontMatterEnabled(false);
    for (auto _ : state)
        benchmark::DoNotOptimize(parsePattern(name, name, bytes, ParseParts::FrontMatter).fields.id);
    frontmatter::setFastFrontMatterEnabled(true);
}
BENCHMARK(BM_ParseOneFrontMatterYamlCpp)->Unit(benchmark::kMicrosecond);

// cmark alone over the same file, for scale: the Markdown floor under BM_ParseOnePattern.
void BM_ParseOneCmarkOnly(benchmark::State &state)
{
    const auto &[name, bytes] = tenThousand().at(6);
    for (auto _ : state) {
        cmark_node *doc = cmark_parse_document(bytes.constData(), size_t(bytes.size()), CMARK_OPT_SOURCEPOS);
        benchmark::DoNotOptimize(doc);
        cmark_node_free(doc);
    }
}
BENCHMARK(BM_ParseOneCmarkOnly)->Unit(benchmark::kMicrosecond);

// The whole 10,000 with yaml-cpp alone, beside BM_ParseOnly10k.
void BM_ParseOnly10kYamlCpp(benchmark::State &state)
{
    const auto &files = tenThousand();
    frontmatter::setFastFrontMatterEnabled(false);
    for (auto _ : state)
        benchmark::DoNotOptimize(Language::fromFiles(QStringLiteral("bench"), files).patternCount());
    frontmatter::setFastFrontMatterEnabled(true);
}
BENCHMARK(BM_ParseOnly10kYamlCpp)->Unit(benchmark::kMillisecond)->UseRealTime();

// The preview's work per keystroke: parse the edited text and render it.
void BM_RenderPreview(benchmark::State &state)
{
    const Language language = Language::fromFiles(QStringLiteral("bench"), sampleFiles());
    const RenderContext context = makeRenderContext(language);
    const Pattern &p = language.pattern(language.indexOfId(7));
    for (auto _ : state)
        benchmark::DoNotOptimize(renderText(p.fileName, p.bytes, context).html.size());
}
BENCHMARK(BM_RenderPreview)->Unit(benchmark::kMicrosecond);

void BM_EditOneField(benchmark::State &state)
{
    const Language language = Language::fromFiles(QStringLiteral("bench"), sampleFiles());
    const Pattern &p = language.pattern(language.indexOfId(7));
    int confidence = 0;
    for (auto _ : state) {
        const EditResult r = applyEdits(p, {FieldEdit::set(QStringLiteral("confidence"), confidence++ % 3)});
        benchmark::DoNotOptimize(r.bytes.size());
    }
}
BENCHMARK(BM_EditOneField)->Unit(benchmark::kMicrosecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // `--write-language DIR COUNT`: the synthetic language the benchmarks use, on disk, for
    // packaging/compare.py to time the command line and the floors over the very same files.
    if (argc == 4 && qstrcmp(argv[1], "--write-language") == 0) {
        const QDir dir(QString::fromLocal8Bit(argv[2]));
        if (!dir.mkpath(QStringLiteral(".")))
            return 1;
        for (const auto &[name, bytes] : bench::syntheticLanguage(QByteArray(argv[3]).toInt())) {
            QFile f(dir.filePath(name));
            if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
                return 1;
        }
        return 0;
    }
    // `--write-generated DIR PATTERNS SCALES LINKS`: the tests' generated language in parts
    // (test::generatedLanguage), for the start-up of a language the size of Alexander's.
    if (argc == 6 && qstrcmp(argv[1], "--write-generated") == 0) {
        const QString dir = QString::fromLocal8Bit(argv[2]);
        if (!QDir(dir).mkpath(QStringLiteral(".")))
            return 1;
        test::writeLanguage(dir, test::generatedLanguage(QByteArray(argv[3]).toInt(), QByteArray(argv[4]).toInt(), 600,
                                                         QByteArray(argv[5]).toInt()));
        return 0;
    }
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
