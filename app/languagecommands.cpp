// The commands that read a language: validate, render, graph and check-roundtrip.

#include "commandsupport_p.h"

#include "format/diagnostic.h"
#include "format/patternwriter.h"
#include "format/savefile.h"
#include "graph/graphexport.h"
#include "graph/graphlayout.h"
#include "graph/graphrender.h"
#include "language/language.h"
#include "language/linkgraph.h"
#include "language/validator.h"
#include "publish/exporter.h"
#include "render/renderer.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace pb::cli {

int validateCommand(const QStringList &arguments)
{
    Command cmd(QStringLiteral("validate"), QStringLiteral("validate DIR [--format text|json|github] [--werror]"),
                CommandLineTr::tr("Check a pattern language and print its problems, compiler style:\n"
                                  "FILE:LINE:COL: error|warning: MESSAGE [CODE]. Prints nothing for a clean language.\n"
                                  "Exits 1 when there are errors, 0 otherwise."));
    cmd.parser.addPositionalArgument(QStringLiteral("DIR"),
                                     CommandLineTr::tr("The language folder (or one file of it)."));
    cmd.parser.addOption({QStringLiteral("json"), CommandLineTr::tr("Print the diagnostics as JSON.")});
    cmd.parser.addOption({QStringLiteral("werror"), CommandLineTr::tr("Treat warnings as errors (exit 1).")});
    cmd.parser.addOption(
        {QStringLiteral("format"),
         CommandLineTr::tr("text (FILE:LINE:COL: ...), json (as --json), or github (annotations for GitHub Actions)."),
         QStringLiteral("format"), QStringLiteral("text")});
    cmd.parser.addOption(
        {QStringLiteral("list-codes"),
         CommandLineTr::tr("List every rule: its code, severity, the check that raises it, and what it means.")});
    if (arguments.contains(QStringLiteral("--list-codes"))) {
        for (const Rule &rule : rules())
            out(QStringLiteral("%1  %2  %3  %4\n")
                    .arg(QString::fromLatin1(rule.name).leftJustified(26), severityName(rule.severity).leftJustified(7),
                         checkName(rule.check).leftJustified(12), QString::fromLatin1(rule.summary)));
        return Success;
    }
    const std::optional<Target> target = cmd.parseTarget(arguments, 1, 1);
    if (!target)
        return cmd.exitCode;
    const QString folder = target->folder, file = target->file;
    const Language &language = loadLanguage(folder);
    Diagnostics diagnostics = validate(language);
    if (!file.isEmpty()) {
        const QString path = language.pathFor(file);
        diagnostics.removeIf([&](const Diagnostic &d) { return d.file != path; });
    }
    const int errors = countErrors(diagnostics);
    const int warnings = int(diagnostics.size()) - errors;
    const QString format = cmd.parser.isSet(QStringLiteral("json")) ? QStringLiteral("json") : cmd.parser.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("json") && format != QLatin1String("github"))
        return usageError(CommandLineTr::tr("--format takes text, json or github, not '%1'").arg(format), cmd.name);
    if (format == QLatin1String("github")) {
        // GitHub Actions' workflow commands: each diagnostic an annotation on its file and line.
        auto escaped = [](QString text, bool property) {
            text.replace(QLatin1Char('%'), QLatin1String("%25")).replace(QLatin1Char('\r'), QLatin1String("%0D")).replace(QLatin1Char('\n'), QLatin1String("%0A"));
            if (property)
                text.replace(QLatin1Char(':'), QLatin1String("%3A")).replace(QLatin1Char(','), QLatin1String("%2C"));
            return text;
        };
        for (const Diagnostic &d : diagnostics) {
            QString location = QStringLiteral("file=") + escaped(d.file, true);
            if (d.line > 0)
                location += QStringLiteral(",line=%1,col=%2").arg(d.line).arg(std::max(d.column, 1));
            location += QStringLiteral(",title=") + escaped(d.codeName(), true);
            out(QStringLiteral("::%1 %2::%3\n").arg(d.isError() ? QStringLiteral("error") : QStringLiteral("warning"), location,
                                                   escaped(d.message, false)));
        }
    } else if (format == QLatin1String("json")) {
        QJsonArray list;
        for (const Diagnostic &d : diagnostics)
            list.append(d.toJson());
        const QJsonObject root{{QStringLiteral("language"), folder},
                               {QStringLiteral("patterns"), language.patternCount()},
                               {QStringLiteral("errors"), errors},
                               {QStringLiteral("warnings"), warnings},
                               {QStringLiteral("diagnostics"), list}};
        out(QJsonDocument(root).toJson(QJsonDocument::Indented));
    } else {
        for (const Diagnostic &d : diagnostics)
            out(d.toString() + QLatin1Char('\n'));
        if (!diagnostics.isEmpty())
            //: "3 errors and 1 warning in 28 patterns"
            err(CommandLineTr::tr("%1 and %2 in %3")
                    .arg(CommandLineTr::tr("%n error(s)", nullptr, errors),
                         CommandLineTr::tr("%n warning(s)", nullptr, warnings),
                         CommandLineTr::tr("%n pattern(s)", nullptr, language.patternCount())) +
                QLatin1Char('\n'));
    }
    const bool failed = errors > 0 || (cmd.parser.isSet(QStringLiteral("werror")) && warnings > 0);
    return failed ? Failure : Success;
}

int renderCommand(const QStringList &arguments)
{
    Command cmd(QStringLiteral("render"), QStringLiteral("render FILE [--fragment] [--links app|html]"),
                CommandLineTr::tr("Print the reading pane's HTML for one pattern: a whole page with its stylesheet,\n"
                                  "or with --fragment only the <article>."));
    cmd.parser.addPositionalArgument(QStringLiteral("FILE"), CommandLineTr::tr("A pattern file."));
    cmd.parser.addOption({QStringLiteral("fragment"), CommandLineTr::tr("Print only the <article> element.")});
    cmd.parser.addOption({QStringLiteral("links"),
                          CommandLineTr::tr("Where pattern references point: 'app' (pattern:ID, as in the app) or "
                                            "'html' (the sibling FILE.html, as in a static site)."),
                          QStringLiteral("app|html"), QStringLiteral("app")});
    const std::optional<Target> target = cmd.parseTarget(arguments, 1, 1);
    if (!target)
        return cmd.exitCode;
    const QString folder = target->folder, file = target->file;
    if (file.isEmpty())
        return usageError(CommandLineTr::tr("%1 is a folder; render takes one pattern file").arg(folder), cmd.name);
    const QString links = cmd.parser.value(QStringLiteral("links"));
    if (links != QLatin1String("app") && links != QLatin1String("html"))
        return usageError(CommandLineTr::tr("--links takes 'app' or 'html', not '%1'").arg(links), cmd.name);

    const Language &language = loadLanguage(folder);
    RenderContext context = makeRenderContext(language);
    if (links == QLatin1String("html")) {
        for (const Pattern &p : language.patterns()) {
            if (p.fields.id > 0 && !context.hrefById.contains(p.fields.id))
                context.hrefById.insert(p.fields.id, QFileInfo(p.fileName).completeBaseName() + QStringLiteral(".html"));
        }
    }
    const int index = language.indexOfFile(file);
    RenderedPattern rendered;
    if (index >= 0) {
        const LinkGraph graph = LinkGraph::build(language);
        rendered = renderPattern(language.pattern(index), context, backlinksOf(language, graph, index));
    } else {
        const auto docs = language.documents();
        const auto it = std::find_if(docs.begin(), docs.end(), [&](const LanguageDocument &d) { return d.fileName == file; });
        if (it == docs.end())
            return usageError(CommandLineTr::tr("%1 is not a Markdown file of the language").arg(file), cmd.name);
        rendered.title = file;
        rendered.html = renderDocument(it->bytes, context);
    }
    out(cmd.parser.isSet(QStringLiteral("fragment")) ? rendered.html : standalonePage(rendered));
    return Success;
}

int graphCommand(const QStringList &arguments)
{
    Command cmd(QStringLiteral("graph"),
                QStringLiteral("graph DIR [--format dot|json|svg|png|pdf] [--paper A1|A2|A3|A4|Letter] [--aspect W:H] "
                               "[--scale N] [--only IDS] [--tour NAME] [--output FILE]"),
                CommandLineTr::tr("Print the language's link graph: larger patterns above smaller, each scale a band,\n"
                                  "completion links as arrows, related mentions dashed. svg, png and pdf are laid out\n"
                                  "as the app lays the graph out and drawn by Graphviz; with --paper, a poster with a\n"
                                  "title and a legend, for a workshop wall. --scale, --only and --tour draw a part of\n"
                                  "the language: a poster for each part of a large one."));
    cmd.parser.addPositionalArgument(QStringLiteral("DIR"), CommandLineTr::tr("The language folder."));
    cmd.parser.addOption({QStringLiteral("format"),
                          CommandLineTr::tr("dot (Graphviz's language), json, svg, png or pdf."),
                          QStringLiteral("format"), QStringLiteral("dot")});
    cmd.parser.addOption({QStringLiteral("paper"),
                          CommandLineTr::tr("A poster on this paper, landscape: A1, A2, A3, A4 or Letter."),
                          QStringLiteral("size")});
    cmd.parser.addOption({QStringLiteral("aspect"),
                          CommandLineTr::tr("The shape to fill, width:height (default 16:9)."), QStringLiteral("W:H"),
                          QStringLiteral("16:9")});
    cmd.parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                          CommandLineTr::tr("Write to FILE instead of standard output."),
                          QStringLiteral("FILE")});
    cmd.parser.addOption({QStringLiteral("scale"), CommandLineTr::tr("Only the patterns of this scale."), QStringLiteral("N")});
    cmd.parser.addOption({QStringLiteral("only"), CommandLineTr::tr("Only these patterns: ids such as 3,7,12."), QStringLiteral("IDS")});
    cmd.parser.addOption({QStringLiteral("tour"), CommandLineTr::tr("Only the patterns of this tour."), QStringLiteral("NAME")});
    const std::optional<Target> target = cmd.parseTarget(arguments, 1, 1);
    if (!target)
        return cmd.exitCode;
    ExportOptions part;
    if (cmd.parser.isSet(QStringLiteral("scale"))) {
        bool ok = false;
        part.scale = cmd.parser.value(QStringLiteral("scale")).toInt(&ok);
        if (!ok || part.scale < 1 || part.scale > 10)
            return usageError(CommandLineTr::tr("--scale takes a scale from 1 to 10"), cmd.name);
    }
    if (cmd.parser.isSet(QStringLiteral("only")) && !parseIdList(cmd.parser.value(QStringLiteral("only")), &part.only))
        return usageError(CommandLineTr::tr("--only takes pattern ids such as 3,7,12"), cmd.name);
    part.tour = cmd.parser.value(QStringLiteral("tour"));
    QString format = cmd.parser.value(QStringLiteral("format"));
    const QString paper = cmd.parser.value(QStringLiteral("paper"));
    if (!paper.isEmpty() && paperSize(paper).isEmpty())
        return usageError(CommandLineTr::tr("--paper takes A1, A2, A3, A4 or Letter, not '%1'").arg(paper), cmd.name);
    if (!paper.isEmpty() && !cmd.parser.isSet(QStringLiteral("format")))
        format = QStringLiteral("pdf");
    const QStringList aspect = cmd.parser.value(QStringLiteral("aspect")).split(QLatin1Char(':'));
    const qreal aspectRatio = aspect.size() == 2 && aspect.at(1).toDouble() > 0 ? aspect.at(0).toDouble() / aspect.at(1).toDouble() : 0;
    if (aspectRatio <= 0.05 || aspectRatio > 20)
        return usageError(CommandLineTr::tr("--aspect takes a shape such as 16:9 or 4:3"), cmd.name);

    const Language &language = loadLanguage(target->folder);
    const LinkGraph graph = LinkGraph::build(language);
    // A part of the language, chosen as the exports choose theirs.
    QSet<int> only;
    QString partTitle;
    if (part.scale > 0 || !part.only.isEmpty() || !part.tour.isEmpty()) {
        const Selection chosen = selectPatterns(language, part);
        if (!chosen.error.isEmpty()) {
            fail(chosen.error);
            return Failure;
        }
        only = QSet<int>(chosen.indices.cbegin(), chosen.indices.cend());
        partTitle = chosen.title;
    }
    QByteArray bytes;
    if (format == QLatin1String("dot")) {
        DotOptions options;
        options.only = only;
        bytes = graphToDot(language, graph, options);
    } else if (format == QLatin1String("json")) {
        bytes = QJsonDocument(graphToJson(language, graph)).toJson(QJsonDocument::Indented);
    } else if (format == QLatin1String("svg") || format == QLatin1String("png") || format == QLatin1String("pdf")) {
        GraphRenderOptions options;
        options.format = format;
        options.page = paperSize(paper);
        if (!options.page.isEmpty() && !partTitle.isEmpty())
            options.title = QStringLiteral("%1 — %2").arg(language.title(), partTitle);
        QString error;
        bytes = drawLanguageGraph(language, only, options, aspectRatio, &error);
        if (bytes.isEmpty()) {
            fail(CommandLineTr::tr("the graph could not be drawn: %1").arg(error));
            return Failure;
        }
    } else {
        return usageError(CommandLineTr::tr("--format takes dot, json, svg, png or pdf, not '%1'").arg(format),
                          cmd.name);
    }
    const QString output = cmd.parser.value(QStringLiteral("output"));
    if (output.isEmpty()) {
        out(bytes);
        return Success;
    }
    const SaveResult saved = saveFileAtomically(output, bytes, SaveMode::CreateOrReplace);
    if (!saved.ok) {
        fail(saved.error);
        return Failure;
    }
    return Success;
}

int roundtripCommand(const QStringList &arguments)
{
    Command cmd(QStringLiteral("check-roundtrip"), QStringLiteral("check-roundtrip DIR"),
                CommandLineTr::tr("Load every file of a language and write it back in memory; list any file whose\n"
                                  "bytes would change, or whose front matter could not be edited safely.\n"
                                  "Exits 1 when any would change, or a file could not be read to check it."));
    cmd.parser.addPositionalArgument(QStringLiteral("DIR"), CommandLineTr::tr("The language folder."));
    const std::optional<Target> target = cmd.parseTarget(arguments, 1, 1);
    if (!target)
        return cmd.exitCode;
    const QString folder = target->folder, file = target->file;
    const Language &language = loadLanguage(folder);
    int changed = 0;
    int checked = 0;
    int skipped = 0;
    for (const Pattern &p : language.patterns()) {
        if (!file.isEmpty() && p.fileName != file)
            continue;
        // A file that could not be read has no bytes to compare: it is skipped, and said to be.
        const auto unreadable = std::find_if(p.diagnostics.cbegin(), p.diagnostics.cend(),
                                             [](const Diagnostic &d) { return d.code == Code::FileUnreadable; });
        if (unreadable != p.diagnostics.cend() && p.bytes.isEmpty()) {
            out(p.path + QStringLiteral(": ") + CommandLineTr::tr("not checked: %1").arg(unreadable->message) + QLatin1Char('\n'));
            ++skipped;
            continue;
        }
        ++checked;
        const QByteArray again = reassemble(p);
        if (again != p.bytes) {
            int at = 0;
            while (at < again.size() && at < p.bytes.size() && again.at(at) == p.bytes.at(at))
                ++at;
            const TextPosition pos = p.position(at);
            out(QStringLiteral("%1:%2:%3: ").arg(p.path, QString::number(pos.line), QString::number(pos.column)) +
                CommandLineTr::tr("would change") + QLatin1Char('\n'));
            ++changed;
            continue;
        }
        if (!p.broken) {
            const QString problem = checkEntrySpans(p);
            if (!problem.isEmpty()) {
                out(p.path + QStringLiteral(": ") +
                    CommandLineTr::tr("front matter not safely editable: %1").arg(problem) + QLatin1Char('\n'));
                ++changed;
            }
        }
    }
    // The language's own documents are kept as read: nothing parses them into parts.
    const int documents = file.isEmpty() ? int(language.documents().size()) : 0;
    if (skipped > 0)
        //: "2 files could not be read; 26 patterns round-trip"
        err(CommandLineTr::tr("%n file(s) could not be read and were not checked", nullptr, skipped) + QLatin1Char('\n'));
    else if (changed == 0)
        //: "28 patterns and 3 other documents: every byte round-trips"
        err(CommandLineTr::tr("%1 and %2: every byte round-trips")
                .arg(CommandLineTr::tr("%n pattern(s)", nullptr, checked),
                     CommandLineTr::tr("%n other document(s)", nullptr, documents)) +
            QLatin1Char('\n'));
    return changed || skipped ? Failure : Success;
}

} // namespace pb::cli
