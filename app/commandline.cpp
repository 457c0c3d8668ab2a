#include "commandline.h"
#include "commandsupport_p.h"

#include "format/diagnostic.h"
#include "graph/graphexport.h"
#include "graph/graphlayout.h"
#include "graph/graphrender.h"
#include "format/guardedwrite.h"
#include "language/language.h"
#include "language/linkgraph.h"
#include "format/patternwriter.h"
#include "language/savecheck.h"
#include "language/quickfixes.h"
#include "render/renderer.h"
#include "format/savefile.h"
#include "format/textdiff.h"
#include "language/validator.h"
#include "format/yamlvalue.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <cstdio>
#include <optional>


namespace pb::cli {

namespace {

const QStringList &commands()
{
    static const QStringList names = {QStringLiteral("validate"), QStringLiteral("render"), QStringLiteral("graph"),
                                      QStringLiteral("set"), QStringLiteral("fix"), QStringLiteral("check-roundtrip"),
                                      QStringLiteral("export-site"), QStringLiteral("export-pdf"),
                                      QStringLiteral("export-epub"), QStringLiteral("help")};
    return names;
}


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
    if (!cmd.parse(arguments, 1, 1))
        return cmd.exitCode;
    const std::optional<Target> target = targetOf(cmd.parser.positionalArguments().first(), cmd);
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
    if (!cmd.parse(arguments, 1, 1))
        return cmd.exitCode;
    const std::optional<Target> target = targetOf(cmd.parser.positionalArguments().first(), cmd);
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
                               "[--output FILE]"),
                CommandLineTr::tr("Print the language's link graph: larger patterns above smaller, each scale a band,\n"
                                  "completion links as arrows, related mentions dashed. svg, png and pdf are laid out\n"
                                  "as the app lays the graph out and drawn by Graphviz; with --paper, a poster with a\n"
                                  "title and a legend, for a workshop wall."));
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
    if (!cmd.parse(arguments, 1, 1))
        return cmd.exitCode;
    const std::optional<Target> target = targetOf(cmd.parser.positionalArguments().first(), cmd);
    if (!target)
        return cmd.exitCode;
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
    QByteArray bytes;
    if (format == QLatin1String("dot")) {
        bytes = graphToDot(language, graph);
    } else if (format == QLatin1String("json")) {
        bytes = QJsonDocument(graphToJson(language, graph)).toJson(QJsonDocument::Indented);
    } else if (format == QLatin1String("svg") || format == QLatin1String("png") || format == QLatin1String("pdf")) {
        const GraphInput input = GraphInput::fromLanguage(language, graph);
        GraphRenderOptions options;
        options.format = format;
        options.page = paperSize(paper);
        if (!options.page.isEmpty()) {
            options.title = language.title();
            options.legend = true;
        }
        LayoutOptions layoutOptions;
        layoutOptions.aspect = options.page.isEmpty() ? aspectRatio : options.page.width() / options.page.height();
        const GraphLayout layout = layoutGraph(input, layoutOptions);
        QString error;
        bytes = layout.ok ? renderGraph(input, layout, options, &error) : QByteArray();
        if (bytes.isEmpty()) {
            fail(CommandLineTr::tr("the graph could not be drawn: %1").arg(layout.ok ? error : layout.error));
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

// An edit refused by the writer or by validation: why, and the errors that refused it.
int refusedEdit(const EditResult &result)
{
    fail(result.error);
    for (const Diagnostic &d : result.diagnostics)
        err(d.toString() + QLatin1Char('\n'));
    return Failure;
}

int setCommand(const QStringList &arguments)
{
    Command cmd(QStringLiteral("set"), QStringLiteral("set FILE KEY=VALUE... [--unset KEY]... [--dry-run]"),
                CommandLineTr::tr("Edit a pattern's front matter through the app's save path: only the named keys'\n"
                                  "text changes (and the title, with name or confidence); the result must validate\n"
                                  "without errors or nothing is written. VALUE is YAML: 2, \"Some Name\", [1, 3]."));
    cmd.parser.addPositionalArgument(QStringLiteral("FILE"), CommandLineTr::tr("A pattern file."));
    cmd.parser.addPositionalArgument(QStringLiteral("KEY=VALUE"), CommandLineTr::tr("A key and its new YAML value."));
    cmd.parser.addOption(
        {QStringLiteral("unset"), CommandLineTr::tr("Remove KEY from the front matter."), QStringLiteral("KEY")});
    cmd.parser.addOption({QStringLiteral("dry-run"), CommandLineTr::tr("Print the new file instead of writing it.")});
    if (!cmd.parse(arguments, 1, -1))
        return cmd.exitCode;
    const QStringList positional = cmd.parser.positionalArguments();
    QList<FieldEdit> edits;
    for (const QString &assignment : positional.mid(1)) {
        const int eq = int(assignment.indexOf(QLatin1Char('=')));
        if (eq <= 0)
            return usageError(CommandLineTr::tr("'%1' is not KEY=VALUE").arg(assignment), cmd.name);
        QString error;
        const QString valueText = assignment.mid(eq + 1);
        const QVariant value = parseYamlValue(valueText, &error);
        if (!error.isEmpty())
            return usageError(CommandLineTr::tr("the value of %1 is not YAML: %2").arg(assignment.left(eq), error),
                              cmd.name);
        edits.append(FieldEdit::set(assignment.left(eq).trimmed(), value));
    }
    for (const QString &key : cmd.parser.values(QStringLiteral("unset")))
        edits.append(FieldEdit::unset(key));
    if (edits.isEmpty())
        return usageError(CommandLineTr::tr("nothing to set: give KEY=VALUE or --unset KEY"), cmd.name);

    const std::optional<Target> target = targetOf(positional.first(), cmd);
    if (!target)
        return cmd.exitCode;
    const QString folder = target->folder, file = target->file;
    const Language &language = loadLanguage(folder);
    const int index = language.indexOfFile(file);
    if (file.isEmpty() || index < 0)
        return usageError(CommandLineTr::tr("%1 is not a pattern file").arg(positional.first()), cmd.name);

    const QString path = language.pathFor(file);
    if (cmd.parser.isSet(QStringLiteral("dry-run"))) {
        const EditResult result = editInLanguage(language, file, edits);
        if (!result.ok)
            return refusedEdit(result);
        out(result.bytes);
        return Success;
    }
    // Written only over the bytes the edit was made on: under the folder's lock, so that no
    // other writer of this project interleaves, and through a compare-and-swap, so that a program
    // that wrote since is seen. The edit is then made again on what the file holds now.
    const InterruptGuard interrupts;
    const FolderLock lock(folder);
    if (!lock.isLocked()) {
        fail(lock.error());
        return Failure;
    }
    std::optional<Language> fresh;
    DiskState read = DiskState::of(language.pattern(index).bytes);
    DiskState now = readDiskState(path);
    for (int attempt = 0; attempt < 5; ++attempt) {
        if (now != read) {
            if (!now.exists) {
                fail(CommandLineTr::tr("%1 was deleted; nothing was written").arg(path));
                return Failure;
            }
            if (!fresh)
                fresh = language;
            fresh->setPattern(parsePattern(file, path, now.bytes));
            read = now;
        }
        const EditResult result = editInLanguage(fresh ? *fresh : language, file, edits);
        if (!result.ok)
            return refusedEdit(result);
        if (result.bytes == read.bytes)
            return Success; // nothing changes: the file is not touched
        if (InterruptGuard::received())
            InterruptGuard::endAsAsked(); // before the write: nothing was written
        const GuardedWrite written = replaceIfUnchanged(path, read, result.bytes);
        if (written.ok()) {
            if (InterruptGuard::received())
                InterruptGuard::endAsAsked();
            return Success;
        }
        if (written.status == GuardedWrite::Failed) {
            fail(written.error);
            return Failure;
        }
        now = readDiskState(path);
    }
    fail(CommandLineTr::tr("%1 kept changing on disk while it was being edited; nothing was written").arg(path));
    return Failure;
}

// Whether any pattern file of `language` differs on disk from what it was read as, or files came
// or went.
bool changedSince(const Language &language)
{
    const QStringList names = Language::markdownFilesIn(language.directory());
    int patterns = 0;
    for (const QString &name : names) {
        if (classifyFile(name) != FileKind::Pattern)
            continue;
        ++patterns;
        const int i = language.indexOfFile(name);
        if (i < 0 || readDiskState(language.pathFor(name)) != DiskState::of(language.pattern(i).bytes))
            return true;
    }
    return patterns != language.patternCount();
}

int fixCommand(const QStringList &arguments)
{
    Command cmd(
        QStringLiteral("fix"), QStringLiteral("fix DIR [--dry-run] [--only CODE]..."),
        CommandLineTr::tr("Apply every mechanical fix validate knows: links only one side lists are listed by\n"
                          "the other side too, patterns named in the context or completion paragraph are added\n"
                          "to the link list, duplicate and self links removed, titles rewritten from the name\n"
                          "and confidence, tags written in kebab-case. Only the lines of those lists and titles\n"
                          "change; list style, comments and everything else stay as written. Stale references\n"
                          "(an old name of a pattern) rewrite prose, so they are fixed only with\n"
                          "--only stale-reference, and only where the words are close to the pattern's name.\n"
                          "Fixes run to a fixed point: a second run finds nothing. A link against the scale order\n"
                          "or one that would make a cycle is never added: it is listed for the author instead.\n"
                          "Every file is checked to round-trip and validate, and written only if it still holds\n"
                          "what fix read. Exits 2, writing nothing, on a language with errors; 1 when a file\n"
                          "could not be written."));
    cmd.parser.addPositionalArgument(QStringLiteral("DIR"), CommandLineTr::tr("The language folder."));
    cmd.parser.addOption({QStringLiteral("dry-run"), CommandLineTr::tr("List the changes; write nothing.")});
    cmd.parser.addOption({QStringLiteral("only"),
                          CommandLineTr::tr("Fix only diagnostics with this code (repeatable)."),
                          QStringLiteral("CODE")});
    if (!cmd.parse(arguments, 1, 1))
        return cmd.exitCode;
    const std::optional<Target> target = targetOf(cmd.parser.positionalArguments().first(), cmd);
    if (!target)
        return cmd.exitCode;
    QSet<Code> codes = defaultFixCodes();
    if (cmd.parser.isSet(QStringLiteral("only"))) {
        codes.clear();
        for (const QString &name : cmd.parser.values(QStringLiteral("only"))) {
            const auto info = std::find_if(allCodes().cbegin(), allCodes().cend(),
                                           [&](const CodeInfo &c) { return QLatin1String(c.name) == name; });
            if (info == allCodes().cend())
                return usageError(CommandLineTr::tr("'%1' is not a diagnostic code (%2 validate --list-codes)")
                                      .arg(name, programName()),
                                  cmd.name);
            if (!fixableCodes().contains(info->code))
                return usageError(CommandLineTr::tr("'%1' has no mechanical fix").arg(name), cmd.name);
            codes.insert(info->code);
        }
    }
    const bool dryRun = cmd.parser.isSet(QStringLiteral("dry-run"));
    const QString folder = target->folder;
    const Language *language = &loadLanguage(folder);
    // Errors first: with two patterns of one id, or a file that cannot be read, a fix cannot
    // know what a link means.
    auto refuseErrors = [&](const Language &l) {
        Diagnostics errors = validate(l);
        errors.removeIf([](const Diagnostic &d) { return !d.isError(); });
        for (const Diagnostic &d : std::as_const(errors))
            out(d.toString() + QLatin1Char('\n'));
        if (!errors.isEmpty())
            fail(CommandLineTr::tr("%n error(s) in the language, which fix does not mend: fix them first; nothing was written",
                                   nullptr, int(errors.size())));
        return !errors.isEmpty();
    };
    if (refuseErrors(*language))
        return UsageError;
    FixPlan plan = planFixesToFixedPoint(*language, codes);

    // Written all or none, under the folder's lock. The plan was made from the language as read
    // before the lock: if another hand changed a file since (or while the files were written),
    // the language is read again and the plan made again. Told to end meanwhile, fix stops before
    // it writes, or finishes the files of the step it is in.
    const InterruptGuard interrupts;
    BatchWrite written;
    if (!dryRun && !plan.edits.isEmpty()) {
        const FolderLock lock(folder);
        if (!lock.isLocked()) {
            fail(lock.error());
            return Failure;
        }
        for (int attempt = 0; attempt < 4; ++attempt) {
            if (changedSince(*language)) {
                language = &loadLanguage(folder);
                if (refuseErrors(*language))
                    return UsageError;
                plan = planFixesToFixedPoint(*language, codes);
            }
            if (InterruptGuard::received()) {
                fail(CommandLineTr::tr("interrupted; nothing was written"));
                InterruptGuard::endAsAsked();
            }
            QList<Replacement> files;
            for (const FileEdit &e : std::as_const(plan.edits))
                files.append({language->pathFor(e.fileName), DiskState::of(e.before), e.after});
            written = replaceAllIfUnchanged(files);
            if (written.ok || !written.changed)
                break;
        }
    }
    for (const FileEdit &e : std::as_const(plan.edits)) {
        out(QStringLiteral("%1: %2\n").arg(language->pathFor(e.fileName), e.summary));
        // Every changed line, old above new, so that nobody is surprised by what a fix writes.
        for (const ChangedLine &line : changedLines(e.before, e.after)) {
            if (line.oldLine > 0)
                out(QStringLiteral("  %1 - %2\n").arg(line.oldLine, 5).arg(line.before));
            if (line.newLine > 0)
                out(QStringLiteral("  %1 + %2\n").arg(line.newLine, 5).arg(line.after));
        }
    }
    for (const QString &why : std::as_const(plan.declined))
        out(CommandLineTr::tr("%1 (left for the author)").arg(why) + QLatin1Char('\n'));
    const QString fixes = CommandLineTr::tr("%n fix(es)", nullptr, plan.applied);
    const QString files = CommandLineTr::tr("%n file(s)", nullptr, int(plan.edits.size()));
    if (dryRun) {
        //: "3 fixes in 2 files (a dry run: nothing written)"
        err(CommandLineTr::tr("%1 in %2 (a dry run: nothing written)").arg(fixes, files) + QLatin1Char('\n'));
        return Success;
    }
    if (!plan.edits.isEmpty() && !written.ok) {
        fail(written.error);
        for (const QString &why : std::as_const(written.notPutBack))
            fail(CommandLineTr::tr("could not be put back: %1").arg(why));
        //: "3 fixes in 2 files: nothing was written"
        err(CommandLineTr::tr("%1 in %2: nothing was written").arg(fixes, files) + QLatin1Char('\n'));
        return Failure;
    }
    //: "3 fixes in 2 files"
    err(CommandLineTr::tr("%1 in %2").arg(fixes, files) + QLatin1Char('\n'));
    if (InterruptGuard::received())
        InterruptGuard::endAsAsked(); // every file of the step is written; now end as asked
    return Success;
}

int roundtripCommand(const QStringList &arguments)
{
    Command cmd(QStringLiteral("check-roundtrip"), QStringLiteral("check-roundtrip DIR"),
                CommandLineTr::tr("Load every file of a language and write it back in memory; list any file whose\n"
                                  "bytes would change, or whose front matter could not be edited safely.\n"
                                  "Exits 1 when any would change, or a file could not be read to check it."));
    cmd.parser.addPositionalArgument(QStringLiteral("DIR"), CommandLineTr::tr("The language folder."));
    if (!cmd.parse(arguments, 1, 1))
        return cmd.exitCode;
    const std::optional<Target> target = targetOf(cmd.parser.positionalArguments().first(), cmd);
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

// A row of a help table: what is typed, then what it does, from the 43rd column.
QString helpRow(const QString &syntax, const QString &what)
{
    const QString typed = QStringLiteral("  ") + syntax;
    return (typed.size() <= 40 ? typed.leftJustified(42) : typed + QStringLiteral("  ")) + what + QLatin1Char('\n');
}

} // namespace

namespace {
QString g_programName = QStringLiteral("patternbook");
}

void setProgramName(const QString &name) { g_programName = name; }
QString programName() { return g_programName; }
bool isHeadlessProgram() { return g_programName != QLatin1String("patternbook"); }

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Patternbook"));
    QCoreApplication::setApplicationName(QStringLiteral("Patternbook"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PATTERNBOOK_VERSION));
}

QString usage()
{
    QString text;
    if (isHeadlessProgram()) {
        text = CommandLineTr::tr("Usage: %1").arg(programName() + QStringLiteral(" COMMAND [ARGS...]")) +
               QLatin1Char('\n') +
               CommandLineTr::tr("The headless commands of Patternbook: no display, no widgets, no web engine.\n"
                                 "(The desktop app, 'patternbook', takes the same commands.)") +
               QLatin1Char('\n');
    } else {
        text = CommandLineTr::tr("Usage: %1").arg(QStringLiteral("patternbook [FOLDER | FILE]")) + QLatin1Char('\n') +
               CommandLineTr::tr("  or:  %1").arg(QStringLiteral("patternbook COMMAND [ARGS...]")) + QLatin1Char('\n') +
               CommandLineTr::tr("Open the desktop app on a pattern language (the sample language at first), or\n"
                                 "with a COMMAND, run it headless, without a display.") +
               QLatin1Char('\n');
    }
    text += QLatin1Char('\n') + CommandLineTr::tr("Commands:") + QLatin1Char('\n');
    text += helpRow(QStringLiteral("validate DIR [--format text|json|github] [--werror]"),
                    CommandLineTr::tr("check a language; FILE:LINE:COL: error|warning: ..."));
    text += helpRow(QStringLiteral("render FILE [--fragment]"),
                    CommandLineTr::tr("the reading pane's HTML for one pattern, to stdout"));
    text += helpRow(QStringLiteral("graph DIR [--format dot|json|svg|png|pdf] [--paper A1..]"),
                    CommandLineTr::tr("the link graph; a poster with --paper"));
    text += helpRow(QStringLiteral("set FILE KEY=VALUE... [--unset KEY]"),
                    CommandLineTr::tr("edit front matter through the save path; VALUE is YAML"));
    text += helpRow(QStringLiteral("fix DIR [--dry-run] [--only CODE]..."),
                    CommandLineTr::tr("apply the mechanical fixes: mirror links, list named patterns..."));
    text += helpRow(QStringLiteral("check-roundtrip DIR"),
                    CommandLineTr::tr("load and re-serialise every file; list any that would change"));
    text +=
        helpRow(QStringLiteral("export-site DIR OUT"), CommandLineTr::tr("a static site that needs no app or server"));
    text += helpRow(QStringLiteral("export-pdf DIR OUT.pdf [--cards]"),
                    CommandLineTr::tr("a PDF booklet, or workshop cards (A4 or Letter)"));
    text += helpRow(QStringLiteral("export-epub DIR OUT.epub"), CommandLineTr::tr("an EPUB 3 book"));
    text +=
        QStringLiteral("  ") + CommandLineTr::tr("(each export takes --only IDS or --tour NAME)") + QLatin1Char('\n');
    text += QLatin1Char('\n') + CommandLineTr::tr("Options:") + QLatin1Char('\n');
    text += helpRow(QStringLiteral("-h, --help"), CommandLineTr::tr("show this help (or 'COMMAND --help')"));
    text += helpRow(QStringLiteral("-v, --version"), CommandLineTr::tr("show the version"));
    text += QLatin1Char('\n') +
            CommandLineTr::tr(
                "Exit status: 0 on success, 1 when validate finds errors, check-roundtrip finds a change, an edit\n"
                "is refused or an export fails, 2 on a usage error.") +
            QLatin1Char('\n');
    return text;
}

bool isHeadless(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return false;
    const QString &first = arguments.first();
    return commands().contains(first) || first == QLatin1String("--help") || first == QLatin1String("-h")
           || first == QLatin1String("--version") || first == QLatin1String("-v");
}

int run(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return usageError(CommandLineTr::tr("no command given"));
    const QString command = arguments.first();
    const QStringList rest = arguments.mid(1);
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        if (!rest.isEmpty() && commands().contains(rest.first()) && rest.first() != QLatin1String("help"))
            return run({rest.first(), QStringLiteral("--help")});
        out(usage());
        return Success;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out(QStringLiteral("%1 %2\n").arg(programName(), QCoreApplication::applicationVersion()));
        return Success;
    }
    if (command == QLatin1String("validate"))
        return validateCommand(rest);
    if (command == QLatin1String("render"))
        return renderCommand(rest);
    if (command == QLatin1String("graph"))
        return graphCommand(rest);
    if (command == QLatin1String("set"))
        return setCommand(rest);
    if (command == QLatin1String("fix"))
        return fixCommand(rest);
    if (command == QLatin1String("check-roundtrip"))
        return roundtripCommand(rest);
    if (commands().contains(command) && command.startsWith(QLatin1String("export-")))
        return exportCommand(command.mid(7), rest);
    return usageError(CommandLineTr::tr("unknown command '%1'").arg(command));
}

} // namespace pb::cli
