#pragma once

#include <QStringList>

namespace pb::cli {

enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

// True when the arguments (after the program name) ask for a headless command rather than the
// desktop app: a subcommand, --help or --version.
bool isHeadless(const QStringList &arguments);

// Runs a headless command. Needs a QCoreApplication, never a display.
int run(const QStringList &arguments);

QString usage();

} // namespace pb::cli
