// The static site export beside Hugo, a static site generator made for speed, building the same
// files in the same run: 1,000 patterns, copies of the sample language (about 5 KB each). Hugo gets
// a minimal layout (a page per pattern and per tag, the lists); Patternbook writes its whole site.
// Its graphs, a Graphviz layout per page, are measured apart: Hugo draws none.

#include "benchsupport.h"
#include "publish/exporter.h"
#include "language/language.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>

using namespace pb;

namespace {

struct Workspace
{
    QTemporaryDir dir;
    QString language; // the patterns, as Patternbook opens them
    QString hugoSite; // the same files as Hugo's content, with a minimal layout

    Workspace()
    {
        language = dir.filePath(QStringLiteral("language"));
        hugoSite = dir.filePath(QStringLiteral("hugo"));
        QDir().mkpath(language);
        QDir().mkpath(hugoSite + QStringLiteral("/content/patterns"));
        QDir().mkpath(hugoSite + QStringLiteral("/layouts/_default"));
        for (const auto &[name, bytes] : bench::syntheticLanguage(1000)) {
            for (const QString &folder : {language, hugoSite + QStringLiteral("/content/patterns")}) {
                QFile f(QDir(folder).filePath(name));
                f.open(QIODevice::WriteOnly);
                f.write(bytes);
            }
        }
        auto write = [&](const QString &path, const QByteArray &bytes) {
            QFile f(QDir(hugoSite).filePath(path));
            f.open(QIODevice::WriteOnly);
            f.write(bytes);
        };
        write(QStringLiteral("config.toml"), "baseURL = '/'\nrelativeURLs = true\ndisableKinds = ['RSS', 'sitemap', 'robotsTXT']\n"
                                             "[markup.goldmark.renderer]\nunsafe = false\n");
        const QByteArray head = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{{ .Title }}</title>"
                                "<link rel=\"stylesheet\" href=\"/reading.css\"></head><body>";
        write(QStringLiteral("layouts/_default/single.html"), head + "<main>{{ .Content }}</main></body></html>\n");
        write(QStringLiteral("layouts/_default/list.html"),
              head + "<main><h1>{{ .Title }}</h1><ol>{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">"
                     "{{ .Params.name }}</a></li>{{ end }}</ol></main></body></html>\n");
    }
};

Workspace &workspace()
{
    static Workspace w;
    return w;
}

void exportSite(benchmark::State &state, bool graphs)
{
    const Workspace &w = workspace();
    const QString out = w.dir.filePath(graphs ? QStringLiteral("site-graphs") : QStringLiteral("site"));
    ExportOptions options;
    options.graphs = graphs;
    for (auto _ : state) {
        // As the command does: read the folder, then write the site.
        const Language language = Language::load(w.language);
        ExportProgress progress;
        const ExportResult result = exporterById(QStringLiteral("site"))->run(language, options, out, progress);
        if (!result.ok)
            state.SkipWithError(qPrintable(result.error));
    }
}

void BM_ExportSite1000(benchmark::State &state) { exportSite(state, false); }
BENCHMARK(BM_ExportSite1000)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_ExportSite1000WithGraphs(benchmark::State &state) { exportSite(state, true); }
BENCHMARK(BM_ExportSite1000WithGraphs)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_Hugo1000(benchmark::State &state)
{
    const QString hugo = QStandardPaths::findExecutable(QStringLiteral("hugo"));
    if (hugo.isEmpty()) {
        state.SkipWithError("hugo is not installed (packaging/dev.sh bench installs it)");
        return;
    }
    const Workspace &w = workspace();
    for (auto _ : state) {
        QProcess process;
        process.start(hugo, {QStringLiteral("--quiet"), QStringLiteral("--source"), w.hugoSite, QStringLiteral("--destination"),
                             w.dir.filePath(QStringLiteral("hugo-out")), QStringLiteral("--cleanDestinationDir")});
        process.waitForFinished(-1);
        if (process.exitCode() != 0)
            state.SkipWithError(process.readAllStandardError().constData());
    }
}
BENCHMARK(BM_Hugo1000)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace
