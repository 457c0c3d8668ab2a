// patternbook: the desktop app, or with a command, the headless tools over the same model.

#include "commandline.h"
#include "commandsupport_p.h"
#include "graphicssetup.h"
#include "mainwindow.h"
#include "presentation.h"
#include "startupprobe.h"
#include "terminationwatcher.h"
#include "format/translations.h"
#include "language/tour.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <unistd.h>

namespace {

QElapsedTimer g_sinceMain; // for --measure-startup

int runDesktop(int argc, char **argv)
{
    // Chromium, inside Qt WebEngine, will not start as root with its sandbox on. The reading pane
    // loads nothing remote and runs no pattern's script, so say so and go on without it.
    const bool unsandboxed = geteuid() == 0 && qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX");
    if (unsandboxed)
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    const bool withoutOpenGl = pb::ui::startWithoutOpenGlIfEmulated();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    pb::cli::describeApplication();
    pb::installTranslations();
    if (unsandboxed)
        pb::cli::fail(pb::cli::CommandLineTr::tr("running as root, so the web engine's sandbox is off"));
    QApplication::setApplicationDisplayName(QStringLiteral("Patternbook"));
    QApplication::setDesktopFileName(QStringLiteral("org.patternbook.Patternbook"));

    QCommandLineParser parser;
    parser.setApplicationDescription(pb::cli::CommandLineTr::tr("Browse and edit pattern languages.\n"
                                                                "Run 'patternbook --help' for the headless commands."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FOLDER"),
                                 pb::cli::CommandLineTr::tr("A language folder, or a pattern file in one."));
    const QCommandLineOption pattern(QStringLiteral("pattern"),
                                     pb::cli::CommandLineTr::tr("Open at the pattern with this id."),
                                     QStringLiteral("ID"));
    const QCommandLineOption presentation(QStringLiteral("presentation"),
                                          pb::cli::CommandLineTr::tr("Start in presentation mode."));
    const QCommandLineOption view(QStringLiteral("view"),
                                  pb::cli::CommandLineTr::tr("In presentation mode, what the room sees: both (the "
                                                             "graph and the card), graph or card."),
                                  QStringLiteral("both|graph|card"));
    const QCommandLineOption scale(QStringLiteral("scale"),
                                   pb::cli::CommandLineTr::tr("Show one part of the language: the patterns of this scale."),
                                   QStringLiteral("N"));
    const QCommandLineOption focus(QStringLiteral("focus"),
                                   pb::cli::CommandLineTr::tr("Show only N links around the current pattern."),
                                   QStringLiteral("N"));
    const QCommandLineOption tabbed(QStringLiteral("tab"),
                                    pb::cli::CommandLineTr::tr("Reading pane and graph in tabs, this one in front."),
                                    QStringLiteral("reading|graph"));
    const QCommandLineOption diagnostics(QStringLiteral("diagnostics"),
                                         pb::cli::CommandLineTr::tr("Show the diagnostics panel."));
    const QCommandLineOption edit(QStringLiteral("edit"), pb::cli::CommandLineTr::tr("Open the pattern in an editor."));
    const QCommandLineOption tour(QStringLiteral("tour"),
                                  pb::cli::CommandLineTr::tr("Present the saved tour of this name."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption measureStartup(
        QStringLiteral("measure-startup"),
        pb::cli::CommandLineTr::tr("Print how long the start took (window, list, reading pane, graph) and quit."));
    parser.addOptions({pattern, presentation, view, scale, focus, tabbed, diagnostics, edit, tour, measureStartup});
    parser.process(app);
    int part = 0;
    if (parser.isSet(scale)) {
        bool ok = false;
        part = parser.value(scale).toInt(&ok);
        if (!ok || part < 1 || part > 10)
            return pb::cli::usageError(pb::cli::CommandLineTr::tr("--scale takes a scale from 1 to 10"));
    }
    const QString shown = parser.value(view);
    if (parser.isSet(view) && shown != QLatin1String("both") && shown != QLatin1String("graph") && shown != QLatin1String("card"))
        return pb::cli::usageError(pb::cli::CommandLineTr::tr("--view takes both, graph or card, not '%1'").arg(shown));
    if (withoutOpenGl)
        pb::ui::recheckGraphicsLater(&app, 10000);
    else
        pb::ui::chooseGraphicsBackend();

    // A misspelt tour is said at once, with the tours there are, where the folder is known.
    if (parser.isSet(tour) && !parser.positionalArguments().isEmpty()) {
        const QFileInfo given(parser.positionalArguments().first());
        const QString folder = given.isDir() ? given.filePath() : given.path();
        const QStringList tours = pb::TourStore::names(folder);
        const QString wanted = parser.value(tour);
        if (given.exists() && std::none_of(tours.cbegin(), tours.cend(), [&](const QString &t) {
                return t.compare(wanted, Qt::CaseInsensitive) == 0;
            }))
            return pb::cli::usageError(tours.isEmpty() ? pb::cli::CommandLineTr::tr("no tour named “%1”: the language has no tours").arg(wanted)
                                                       : pb::cli::CommandLineTr::tr("no tour named “%1”; the language has: %2")
                                                             .arg(wanted, tours.join(QStringLiteral(", "))));
    }
    const qint64 beforeWindow = g_sinceMain.elapsed();
    pb::ui::TerminationWatcher termination;
    pb::ui::MainWindow window;
    QObject::connect(&termination, &pb::ui::TerminationWatcher::terminationRequested, &window,
                     &pb::ui::MainWindow::quitKeepingUnsaved);
    if (parser.isSet(measureStartup))
        new pb::ui::StartupProbe(&window, g_sinceMain, beforeWindow);
    window.show();
    const QStringList positional = parser.positionalArguments();
    const int patternId = parser.value(pattern).toInt();
    if (!positional.isEmpty())
        window.openPath(positional.first(), patternId);
    else
        window.openStartupLanguage(patternId);
    if (parser.isSet(tabbed))
        window.showTab(parser.value(tabbed) == QLatin1String("graph"));
    if (parser.isSet(focus))
        window.setFocusHops(parser.value(focus).toInt());
    if (parser.isSet(diagnostics))
        window.showDiagnostics(true);
    if (part > 0)
        window.showPartWhenOpen(part);
    if (parser.isSet(presentation)) {
        // The view is chosen before the stage is shown, so that it is laid out once for its shape.
        if (parser.isSet(view))
            window.presentation()->setView(shown == QLatin1String("graph")  ? pb::ui::Presentation::View::GraphOnly
                                           : shown == QLatin1String("card") ? pb::ui::Presentation::View::CardOnly
                                                                            : pb::ui::Presentation::View::GraphAndCard);
        window.setPresentation(true);
    }
    if (parser.isSet(edit))
        window.editWhenOpen();
    if (parser.isSet(tour))
        window.presentTourWhenOpen(parser.value(tour));
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    g_sinceMain.start();
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    // A child the app starts to see whether OpenGL is emulated here (graphicssetup.h).
    if (arguments == QStringList{QStringLiteral("--probe-graphics")})
        return pb::ui::probeGraphics(argc, argv);
    if (pb::cli::isHeadless(arguments)) {
        QCoreApplication app(argc, argv);
        pb::cli::describeApplication();
        pb::installTranslations();
        return pb::cli::run(arguments);
    }
    // Anything else is a folder or file to open: the app opens, and says so in its window if the
    // path is not there. A bare word that is no path is a mistyped command; and without a display
    // there is no window to say anything in.
    if (!arguments.isEmpty() && !arguments.first().startsWith(QLatin1Char('-')) && !QFileInfo::exists(arguments.first())) {
        const QString first = arguments.first();
        const bool looksLikePath = first.contains(QLatin1Char('/')) || first.contains(QLatin1Char('.'));
        const bool display = !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
                             || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
        if (!looksLikePath || !display) {
            const QCoreApplication app(argc, argv); // for the translation of the message alone
            pb::installTranslations();
            return pb::cli::usageError(
                pb::cli::CommandLineTr::tr("'%1' is neither a command nor a file or folder").arg(first));
        }
    }
    return runDesktop(argc, argv);
}
