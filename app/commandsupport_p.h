#pragma once

// What the command line's commands share: output, usage errors, a parser per command.

#include "commandline.h"
#include "language/language.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QString>
#include <cstdio>
#include <functional>
#include <optional>

namespace pb::cli {

// The context of the command line's texts for Qt Linguist. Call tr() at run time, once main() has
// installed the translator: never into a static.
class CommandLineTr
{
    Q_DECLARE_TR_FUNCTIONS(pb::CommandLine)
};

inline void out(const QByteArray &bytes) { std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout); }
inline void out(const QString &text) { out(text.toUtf8()); }
// Standard output is flushed first: where both go to one pipe (a CI log), a message never lands
// in the middle of a line written before it.
inline void err(const QString &text)
{
    std::fflush(stdout);
    std::fputs(text.toUtf8().constData(), stderr);
}

// "patternbook: MESSAGE" (or "patternbook-cli: ..."), to standard error.
inline void fail(const QString &message) { err(QStringLiteral("%1: %2\n").arg(programName(), message)); }

inline int usageError(const QString &message, const QString &command = QString())
{
    fail(message);
    const QString help = command.isEmpty() ? programName() + QStringLiteral(" --help")
                                           : QStringLiteral("%1 %2 --help").arg(programName(), command);
    err(CommandLineTr::tr("Try '%1'.").arg(help) + QLatin1Char('\n'));
    return UsageError;
}

// The command's language, read from `folder` and kept until the process ends: a command reads one
// language and then exits, and freeing 10,000 parsed patterns one allocation at a time took a
// tenth of `validate`'s run, where the end of the process gives the memory back at once. It stays
// reachable from here, so leak checkers do not count it.
inline const Language &loadLanguage(const QString &folder)
{
    static Language *kept = nullptr;
    delete kept;
    kept = new Language(Language::load(folder));
    return *kept;
}

// A FILE or DIR argument: the language folder it names, and the file, if it names one.
struct Target
{
    QString folder;
    QString file;
};

// A parser for one subcommand; returns false (having said why) on a usage error.
struct Command
{
    QString name;
    QString synopsis;
    QString description;
    QCommandLineParser parser;
    int exitCode = Success;

    Command(const QString &n, const QString &syn, const QString &desc)
        : name(n)
        , synopsis(syn)
        , description(desc)
    {
        parser.setApplicationDescription(desc);
        parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
        parser.addHelpOption();
    }

    // Parses; returns false when the caller should return exitCode right away.
    bool parse(const QStringList &arguments, int minPositional, int maxPositional)
    {
        if (!parser.parse(QStringList{programName() + QLatin1Char(' ') + name} + arguments)) {
            exitCode = usageError(parser.errorText(), name);
            return false;
        }
        if (parser.isSet(QStringLiteral("help"))) {
            // Qt's first line, "Usage: patternbook COMMAND [options] DIR", gives way to the synopsis.
            const QString help = parser.helpText();
            out(CommandLineTr::tr("Usage: %1").arg(programName() + QLatin1Char(' ') + synopsis) + QLatin1Char('\n') +
                help.mid(help.indexOf(QLatin1Char('\n')) + 1));
            exitCode = Success;
            return false;
        }
        const int n = int(parser.positionalArguments().size());
        if (n < minPositional || (maxPositional >= 0 && n > maxPositional)) {
            exitCode =
                usageError(CommandLineTr::tr("usage: %1").arg(programName() + QLatin1Char(' ') + synopsis), name);
            return false;
        }
        return true;
    }

    // parse(), then the first positional argument read as a FILE or DIR: what nearly every
    // command starts with. Empty (having said why, exitCode set) on a usage error or --help.
    std::optional<Target> parseTarget(const QStringList &arguments, int minPositional, int maxPositional)
    {
        if (!parse(arguments, minPositional, maxPositional))
            return std::nullopt;
        return target(parser.positionalArguments().first());
    }

    // A FILE or DIR argument read; on a usage error says why and sets exitCode.
    std::optional<Target> target(const QString &argument)
    {
        const QFileInfo info(argument);
        if (!info.exists()) {
            exitCode = usageError(CommandLineTr::tr("%1: no such file or folder").arg(argument), name);
            return std::nullopt;
        }
        if (info.isDir())
            return Target{argument, {}};
        return Target{info.path(), info.fileName()};
    }
};

// One command of the table: its name, its row in --help, and what runs it.
struct CommandEntry
{
    QString name;
    QString row; // what is typed, for the help table
    QString summary;
    std::function<int(const QStringList &)> run;
};
QList<CommandEntry> commandTable();

// The commands, one file a kind: those that read a language (languagecommands.cpp), those that
// write one (editcommands.cpp), the exports (exportcommands.cpp).
int validateCommand(const QStringList &arguments);
int renderCommand(const QStringList &arguments);
int graphCommand(const QStringList &arguments);
int roundtripCommand(const QStringList &arguments);
int setCommand(const QStringList &arguments);
int fixCommand(const QStringList &arguments);
int exportCommand(const QString &id, const QStringList &arguments);

} // namespace pb::cli
