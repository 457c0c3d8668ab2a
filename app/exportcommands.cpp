// export-site, export-pdf and export-epub: the exporters of model/publish, driven from the
// command line as the app's File › Export drives them.

#include "commandsupport_p.h"
#include "publish/exporter.h"
#include "language/language.h"

#include <QElapsedTimer>
#include <QLocale>
#include <array>
#include <csignal>
#include <unistd.h>

namespace pb::cli {

namespace {

// Ctrl+C, a terminal hanging up and a polite kill cancel the export, which then stops WeasyPrint
// and removes what it staged: no half-written output, no orphan process.
std::atomic<ExportProgress *> g_running{nullptr};

extern "C" void cancelOnInterrupt(int)
{
    if (ExportProgress *progress = g_running.load())
        progress->cancel();
}

} // namespace

int exportCommand(const QString &id, const QStringList &arguments)
{
    const bool pdf = id == QLatin1String("pdf");
    const bool site = id == QLatin1String("site");
    QString synopsis;
    QString description;
    if (site) {
        synopsis = QStringLiteral("export-site DIR OUT [--only IDS] [--tour NAME] [--no-graphs] [--lang CODE]");
        description = CommandLineTr::tr(
            "Write the language as a static site in the folder OUT: a page per pattern set like the reading\n"
            "pane, with its backlinks and neighbourhood graph; an index by scale; a page per tag; the whole\n"
            "graph; offline search. It opens from file:// with no server and fetches nothing from the network.\n"
            "OUT must be new, empty, or an earlier export (which is replaced whole, only once the new one is\n"
            "complete).");
    } else if (pdf) {
        synopsis = QStringLiteral("export-pdf DIR OUT.pdf [--cards] [--paper A4|Letter] [--only IDS] [--tour NAME]");
        description = CommandLineTr::tr(
            "Write a PDF booklet (title page, contents by scale with page numbers, each pattern from a new\n"
            "page, an outline, running headers), or with --cards, workshop cards: A6, four to an A4 sheet with\n"
            "cut marks (a quarter sheet on Letter). Needs WeasyPrint (Debian package weasyprint).");
    } else {
        synopsis = QStringLiteral("export-epub DIR OUT.epub [--only IDS] [--tour NAME] [--lang CODE]");
        description =
            CommandLineTr::tr("Write an EPUB 3 book for e-readers and phones: a navigation document by scale,\n"
                              "references as internal links, the reading stylesheet.");
    }
    Command cmd(QStringLiteral("export-") + id, synopsis,
                description + QLatin1Char('\n') +
                    CommandLineTr::tr("Exits 1 when the export fails; the output is then left as it was."));
    cmd.parser.addPositionalArgument(QStringLiteral("DIR"), CommandLineTr::tr("The language folder."));
    cmd.parser.addPositionalArgument(QStringLiteral("OUT"), site ? CommandLineTr::tr("The folder to write.")
                                                                 : CommandLineTr::tr("The file to write."));
    cmd.parser.addOption({QStringLiteral("only"),
                          CommandLineTr::tr("Export only these pattern ids, in this order: 3,7,12."),
                          QStringLiteral("ids")});
    cmd.parser.addOption({QStringLiteral("tour"),
                          CommandLineTr::tr("Export a tour's patterns, in its order (.patternbook/tours)."),
                          QStringLiteral("name")});
    cmd.parser.addOption({QStringLiteral("lang"), CommandLineTr::tr("The language the patterns are written in (en)."),
                          QStringLiteral("code"), QStringLiteral("en")});
    if (site)
        cmd.parser.addOption(
            {QStringLiteral("no-graphs"), CommandLineTr::tr("Leave out the graphs (faster for large languages).")});
    if (pdf) {
        cmd.parser.addOption({QStringLiteral("cards"), CommandLineTr::tr("Workshop cards instead of the booklet.")});
        cmd.parser.addOption({QStringLiteral("paper"), CommandLineTr::tr("A4 or Letter."), QStringLiteral("size"),
                              QStringLiteral("A4")});
    }
    if (!cmd.parse(arguments, 2, 2))
        return cmd.exitCode;
    const QStringList positional = cmd.parser.positionalArguments();
    const QFileInfo dir(positional.at(0));
    if (!dir.isDir())
        return usageError(dir.exists()
                              ? CommandLineTr::tr("%1 is a file; give the language's folder").arg(positional.at(0))
                              : CommandLineTr::tr("%1: no such folder").arg(positional.at(0)),
                          cmd.name);

    ExportOptions options;
    if (cmd.parser.isSet(QStringLiteral("only")) && !parseIdList(cmd.parser.value(QStringLiteral("only")), &options.only))
        return usageError(CommandLineTr::tr("--only takes pattern ids, such as 3,7,12"), cmd.name);
    options.tour = cmd.parser.value(QStringLiteral("tour"));
    options.lang = cmd.parser.value(QStringLiteral("lang"));
    static const QRegularExpression langCode(QStringLiteral("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$"));
    if (!langCode.match(options.lang).hasMatch())
        return usageError(CommandLineTr::tr("--lang takes a language code such as en or de-CH"), cmd.name);
    if (site)
        options.graphs = !cmd.parser.isSet(QStringLiteral("no-graphs"));
    QString exporterId = id;
    if (pdf) {
        options.paper = cmd.parser.value(QStringLiteral("paper"));
        if (options.paper.compare(QLatin1String("A4"), Qt::CaseInsensitive) != 0
            && options.paper.compare(QLatin1String("Letter"), Qt::CaseInsensitive) != 0)
            return usageError(CommandLineTr::tr("--paper takes A4 or Letter"), cmd.name);
        if (cmd.parser.isSet(QStringLiteral("cards")))
            exporterId = QStringLiteral("cards");
    }
    const Exporter *exporter = exporterById(exporterId);
    if (const QString why = exporter->unavailableReason(); !why.isEmpty()) {
        fail(why);
        return Failure;
    }

    QElapsedTimer timer;
    timer.start();
    const Language &language = loadLanguage(dir.filePath());
    for (const Diagnostic &d : language.loadDiagnostics())
        err(d.toString() + QLatin1Char('\n'));
    ExportProgress progress;
    const bool tty = isatty(STDERR_FILENO);
    if (tty) {
        progress.setListener([](int done, int total, const QString &step) {
            err(QStringLiteral("\r\033[K[%1/%2] %3").arg(done).arg(total).arg(step.left(60)));
        });
    }
    g_running = &progress;
    const int handled[] = {SIGINT, SIGTERM, SIGHUP};
    std::array<void (*)(int), 3> previous{};
    for (size_t i = 0; i < previous.size(); ++i)
        previous[i] = std::signal(handled[i], cancelOnInterrupt);
    const ExportResult result = exporter->run(language, options, positional.at(1), progress);
    for (size_t i = 0; i < previous.size(); ++i)
        std::signal(handled[i], previous[i]);
    g_running = nullptr;
    if (tty)
        err(QStringLiteral("\r\033[K"));
    for (const QString &warning : result.warnings)
        fail(CommandLineTr::tr("warning: %1").arg(warning));
    if (result.canceled) {
        fail(CommandLineTr::tr("canceled; %1 is as it was").arg(positional.at(1)));
        return Failure;
    }
    if (!result.ok) {
        fail(result.error);
        return Failure;
    }
    err(CommandLineTr::tr("%1: %n pattern(s) in %2 s", nullptr, result.patterns)
            .arg(positional.at(1), QLocale().toString(timer.elapsed() / 1000.0, 'f', 1)) +
        QLatin1Char('\n'));
    return Success;
}

} // namespace pb::cli
