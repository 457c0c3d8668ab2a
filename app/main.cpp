// patternbook: the desktop app, or with a command, the headless tools over the same model.

#include "commandline.h"
#include "mainwindow.h"
#include "samplelanguage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <cstdio>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Patternbook"));
    QCoreApplication::setApplicationName(QStringLiteral("Patternbook"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PATTERNBOOK_VERSION));
}

int runDesktop(int argc, char **argv)
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Patternbook"));
    QApplication::setDesktopFileName(QStringLiteral("org.patternbook.Patternbook"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Browse and edit pattern languages."));
    parser.addPositionalArgument(QStringLiteral("FOLDER"), QStringLiteral("A language folder, or a pattern file in one."));
    parser.process(app);

    pb::ui::MainWindow window;
    window.show();
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty())
        window.openPath(positional.first());
    else
        window.openStartupLanguage();
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    if (pb::cli::isHeadless(arguments)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        return pb::cli::run(arguments);
    }
    // Anything else must be a folder or file to open; say so without needing a display.
    if (!arguments.isEmpty() && !arguments.first().startsWith(QLatin1Char('-'))
        && !QFileInfo::exists(arguments.first())) {
        std::fprintf(stderr, "patternbook: '%s' is neither a command nor a file or folder\nTry 'patternbook --help'.\n",
                     argv[1]);
        return pb::cli::UsageError;
    }
    return runDesktop(argc, argv);
}
