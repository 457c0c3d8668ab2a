// The commands that write a language: set and fix. Both write only over the bytes they read,
// under the folder's lock (format/guardedwrite.h).

#include "commandsupport_p.h"

#include "format/guardedwrite.h"
#include "format/patternwriter.h"
#include "format/textdiff.h"
#include "format/yamlvalue.h"
#include "language/language.h"
#include "language/quickfixes.h"
#include "language/savecheck.h"
#include "language/validator.h"

namespace pb::cli {

namespace {

// An edit refused by the writer or by validation: why, and the errors that refused it.
int refusedEdit(const EditResult &result)
{
    fail(result.error);
    for (const Diagnostic &d : result.diagnostics)
        err(d.toString() + QLatin1Char('\n'));
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

} // namespace

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

    const std::optional<Target> target = cmd.target(positional.first());
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
    const std::optional<Target> target = cmd.parseTarget(arguments, 1, 1);
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

} // namespace pb::cli
