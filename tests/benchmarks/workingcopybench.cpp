// The working copy at 10,000 patterns, as the app drives it: a pattern set with the list (sorted,
// filtered) and the diagnostics attached, the paths that run while a person types. Each figure is
// the time on the calling (UI) thread unless its name says "Full".

#include "benchsupport.h"
#include "itemmodels/diagnosticlistmodel.h"
#include "language/languageanalysis.h"
#include "itemmodels/patternlistmodel.h"
#include "language/patternset.h"
#include "language/validator.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <memory>

using namespace pb;

namespace {

// The synthetic language of 10,024 patterns on disk, written once per run.
const QString &tenThousandOnDisk()
{
    static QTemporaryDir dir;
    static const bool written = [] {
        for (const auto &[name, bytes] : bench::syntheticLanguage(10024)) {
            QFile f(dir.filePath(name));
            if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
                return false;
        }
        return true;
    }();
    static const QString path = written ? dir.path() : QString();
    return path;
}

// What the app's main window holds, without widgets.
struct WorkingCopy
{
    PatternSet set;
    PatternListModel list{&set};
    PatternFilterModel filtered{&set};
    DiagnosticListModel diagnostics{&set};

    WorkingCopy()
    {
        filtered.setSourceModel(&list);
        set.openNow(tenThousandOnDisk());
        filtered.sort(PatternListModel::NameColumn);
    }

    void waitForAnalysis()
    {
        while (set.isAnalysing())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        QCoreApplication::processEvents();
    }
};

WorkingCopy &workingCopy()
{
    static auto copy = std::make_unique<WorkingCopy>();
    return *copy;
}

// Two texts of one pattern, parsed beforehand (the document has parsed them for its own views).
QList<Pattern> twoVersions(const WorkingCopy &w, int index)
{
    const Pattern &p = w.set.language().pattern(index);
    return {parsePattern(p.fileName, p.path, QByteArray(p.bytes).replace("Therefore:", "Therefore, so:")),
            parsePattern(p.fileName, p.path, p.bytes)};
}

void BM_PushOneEdit10k(benchmark::State &state)
{
    WorkingCopy &w = workingCopy();
    const QList<Pattern> versions = twoVersions(w, 5000);
    int k = 0;
    for (auto _ : state) {
        w.set.updatePattern(versions.at(k++ % 2));
        state.PauseTiming();
        w.waitForAnalysis();
        state.ResumeTiming();
    }
}
// A fixed count: the analysis each push waits for is outside the timing, and would otherwise be
// repeated until the pushes alone add up to the benchmark's minimum time.
BENCHMARK(BM_PushOneEdit10k)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(40);

// From the push until the graph and the diagnostics have caught up and the views have them.
void BM_PushOneEditFull10k(benchmark::State &state)
{
    WorkingCopy &w = workingCopy();
    const QList<Pattern> versions = twoVersions(w, 5000);
    int k = 0;
    for (auto _ : state) {
        w.set.updatePattern(versions.at(k++ % 2));
        w.waitForAnalysis();
    }
}
BENCHMARK(BM_PushOneEditFull10k)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(20);

// 1,000 files changed at once (a checkout): one batch.
void BM_BatchOf1000Files10k(benchmark::State &state)
{
    WorkingCopy &w = workingCopy();
    QList<Pattern> edited;
    QList<Pattern> original;
    for (int i = 0; i < 10000; i += 10) {
        const Pattern &p = w.set.language().pattern(i);
        original << p;
        edited << parsePattern(p.fileName, p.path, QByteArray(p.bytes).replace("Therefore:", "Therefore, so:"));
    }
    int k = 0;
    for (auto _ : state) {
        w.set.updatePatterns(k++ % 2 ? original : edited);
        state.PauseTiming();
        w.waitForAnalysis();
        state.ResumeTiming();
    }
}
BENCHMARK(BM_BatchOf1000Files10k)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(20);

void BM_SortByName10k(benchmark::State &state)
{
    WorkingCopy &w = workingCopy();
    int k = 0;
    for (auto _ : state)
        w.filtered.sort(PatternListModel::NameColumn, k++ % 2 ? Qt::AscendingOrder : Qt::DescendingOrder);
    w.filtered.sort(PatternListModel::NameColumn);
}
BENCHMARK(BM_SortByName10k)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_SortByScale10k(benchmark::State &state)
{
    WorkingCopy &w = workingCopy();
    int k = 0;
    for (auto _ : state)
        w.filtered.sort(PatternListModel::ScaleColumn, k++ % 2 ? Qt::AscendingOrder : Qt::DescendingOrder);
    w.filtered.sort(PatternListModel::NameColumn);
}
BENCHMARK(BM_SortByScale10k)->Unit(benchmark::kMillisecond)->UseRealTime();

// Typing a word into the search box, key by key ("v", "va", ... "value"), the texts folded
// already by an earlier search: each key narrows the last.
void BM_FilterKeystroke10k(benchmark::State &state)
{
    WorkingCopy &w = workingCopy();
    PatternFilter filter;
    filter.text = QStringLiteral("x");
    w.filtered.setFilter(filter); // the first search folds every text once
    const QString word = QStringLiteral("value");
    int k = 0;
    for (auto _ : state) {
        const int length = k++ % word.size() + 1;
        if (length == 1) {
            state.PauseTiming();
            w.filtered.setFilter({});
            state.ResumeTiming();
        }
        filter.text = word.left(length);
        w.filtered.setFilter(filter);
    }
    w.filtered.setFilter({});
}
BENCHMARK(BM_FilterKeystroke10k)->Unit(benchmark::kMillisecond)->UseRealTime();

// Typing and deleting the last key, again and again: "flo", "flow", "flo", ...
void BM_FilterKeystrokeBackAndForth10k(benchmark::State &state)
{
    WorkingCopy &w = workingCopy();
    PatternFilter filter;
    filter.text = QStringLiteral("flo");
    w.filtered.setFilter(filter); // the first key folds every text once
    int k = 0;
    for (auto _ : state) {
        filter.text = k++ % 2 ? QStringLiteral("flo") : QStringLiteral("flow");
        w.filtered.setFilter(filter);
    }
    w.filtered.setFilter({});
}
BENCHMARK(BM_FilterKeystrokeBackAndForth10k)->Unit(benchmark::kMillisecond)->UseRealTime();

// The first key, which folds every pattern's text.
void BM_FilterFirstKeystroke10k(benchmark::State &state)
{
    for (auto _ : state) {
        state.PauseTiming();
        auto w = std::make_unique<WorkingCopy>();
        PatternFilter filter;
        filter.text = QStringLiteral("f");
        state.ResumeTiming();
        w->filtered.setFilter(filter);
        state.PauseTiming();
        w.reset();
        state.ResumeTiming();
    }
}
BENCHMARK(BM_FilterFirstKeystroke10k)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

// The whole analysis a push starts on the worker: link graph and validation.
void BM_AnalyseWhole10k(benchmark::State &state)
{
    const Language &language = workingCopy().set.language();
    for (auto _ : state) {
        const LinkGraph graph = LinkGraph::build(language);
        benchmark::DoNotOptimize(validate(language, graph).size());
    }
}
BENCHMARK(BM_AnalyseWhole10k)->Unit(benchmark::kMillisecond)->UseRealTime();

// The analysis a push starts, built on the last one: one pattern's words changed (arg 0), or its
// name, which every pattern naming it must hear of (arg 1).
void BM_AnalyseIncremental10k(benchmark::State &state)
{
    Language language = workingCopy().set.language();
    const LanguageAnalysis before = LanguageAnalysis::build(language);
    const int index = 5000;
    const Pattern &p = language.pattern(index);
    const QByteArray edited = state.range(0) == 0 ? QByteArray(p.bytes).replace("Therefore:", "Therefore, so:")
                                                  : QByteArray(p.bytes).replace("\nname: \"", "\nname: \"Renamed ");
    language.setPattern(parsePattern(p.fileName, p.path, edited));
    int checked = 0;
    for (auto _ : state) {
        const LanguageAnalysis after = LanguageAnalysis::update(before, language, {index});
        checked = after.patternsChecked();
        benchmark::DoNotOptimize(after.diagnostics().size());
    }
    state.counters["checked"] = checked;
}
BENCHMARK(BM_AnalyseIncremental10k)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->UseRealTime();

// Opening the language: read, parse, analyse, and the models filled.
void BM_OpenLanguage10k(benchmark::State &state)
{
    tenThousandOnDisk();
    for (auto _ : state) {
        auto w = std::make_unique<WorkingCopy>();
        benchmark::DoNotOptimize(w->list.rowCount());
        state.PauseTiming();
        w.reset();
        state.ResumeTiming();
    }
}
BENCHMARK(BM_OpenLanguage10k)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

} // namespace
