#include "commandline.h"
#include "commandsupport_p.h"

#include <QCoreApplication>

#include <optional>


namespace pb::cli {

namespace {

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

// The commands, in the order --help lists them: what is typed, what it does, and the function
// that runs it. The one list that --help, the dispatch and isHeadless() read. Built at run time:
// the summaries are translated once main() has installed the translator.
QList<CommandEntry> commandTable()
{
    return {
        {QStringLiteral("validate"), QStringLiteral("validate DIR [--format text|json|github] [--werror]"),
         CommandLineTr::tr("check a language; FILE:LINE:COL: error|warning: ..."), validateCommand},
        {QStringLiteral("render"), QStringLiteral("render FILE [--fragment]"),
         CommandLineTr::tr("the reading pane's HTML for one pattern, to stdout"), renderCommand},
        {QStringLiteral("graph"), QStringLiteral("graph DIR [--format dot|json|svg|png|pdf] [--paper A1..]"),
         CommandLineTr::tr("the link graph; a poster with --paper"), graphCommand},
        {QStringLiteral("set"), QStringLiteral("set FILE KEY=VALUE... [--unset KEY]"),
         CommandLineTr::tr("edit front matter through the save path; VALUE is YAML"), setCommand},
        {QStringLiteral("fix"), QStringLiteral("fix DIR [--dry-run] [--only CODE]..."),
         CommandLineTr::tr("apply the mechanical fixes: mirror links, list named patterns..."), fixCommand},
        {QStringLiteral("check-roundtrip"), QStringLiteral("check-roundtrip DIR"),
         CommandLineTr::tr("load and re-serialise every file; list any that would change"), roundtripCommand},
        {QStringLiteral("export-site"), QStringLiteral("export-site DIR OUT"),
         CommandLineTr::tr("a static site that needs no app or server"),
         [](const QStringList &arguments) { return exportCommand(QStringLiteral("site"), arguments); }},
        {QStringLiteral("export-pdf"), QStringLiteral("export-pdf DIR OUT.pdf [--cards]"),
         CommandLineTr::tr("a PDF booklet, or workshop cards (A4 or Letter)"),
         [](const QStringList &arguments) { return exportCommand(QStringLiteral("pdf"), arguments); }},
        {QStringLiteral("export-epub"), QStringLiteral("export-epub DIR OUT.epub"), CommandLineTr::tr("an EPUB 3 book"),
         [](const QStringList &arguments) { return exportCommand(QStringLiteral("epub"), arguments); }},
    };
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
    for (const CommandEntry &command : commandTable())
        text += helpRow(command.row, command.summary);
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

namespace {

std::optional<CommandEntry> commandNamed(const QString &name)
{
    const QList<CommandEntry> table = commandTable();
    const auto it = std::find_if(table.cbegin(), table.cend(), [&](const CommandEntry &c) { return c.name == name; });
    return it == table.cend() ? std::nullopt : std::optional<CommandEntry>(*it);
}

} // namespace

bool isHeadless(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return false;
    const QString &first = arguments.first();
    return commandNamed(first) || first == QLatin1String("help") || first == QLatin1String("--help")
           || first == QLatin1String("-h") || first == QLatin1String("--version") || first == QLatin1String("-v");
}

int run(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return usageError(CommandLineTr::tr("no command given"));
    const QString command = arguments.first();
    const QStringList rest = arguments.mid(1);
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        if (!rest.isEmpty() && commandNamed(rest.first()))
            return run({rest.first(), QStringLiteral("--help")});
        out(usage());
        return Success;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out(QStringLiteral("%1 %2\n").arg(programName(), QCoreApplication::applicationVersion()));
        return Success;
    }
    if (const std::optional<CommandEntry> entry = commandNamed(command))
        return entry->run(rest);
    return usageError(CommandLineTr::tr("unknown command '%1'").arg(command));
}

} // namespace pb::cli
