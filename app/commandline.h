#pragma once

#include <QStringList>

namespace pb::cli {

enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

// True when the arguments (after the program name) ask for a headless command rather than the
// desktop app: a subcommand, --help or --version.
bool isHeadless(const QStringList &arguments);

// Runs a headless command. Needs a QCoreApplication, never a display.
int run(const QStringList &arguments);

// The help of `patternbook --help`; for the headless program, without the desktop app's line.
QString usage();

// What the program is called in messages: "patternbook" (the default) or "patternbook-cli".
void setProgramName(const QString &name);
QString programName();
// True for the headless program, which has no desktop app to open.
bool isHeadlessProgram();

// Organisation, name and version, for QSettings and --version.
void describeApplication();

} // namespace pb::cli
