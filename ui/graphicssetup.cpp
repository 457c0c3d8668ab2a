#include "graphicssetup.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QOffscreenSurface>
#include <QOpenGLContext>
#include <QOpenGLFunctions>
#include <QProcess>
#include <QSettings>
#include <QTimer>
#include <cstdio>

namespace pb::ui {

namespace {

const QString verdictKey = QStringLiteral("graphics/openGl");

enum class Renderer { None, Emulated, Hardware };

// The renderer of a fresh OpenGL context, in a QGuiApplication with OpenGL on.
Renderer detectRenderer()
{
    QOpenGLContext context;
    QOffscreenSurface surface;
    surface.create();
    if (!context.create() || !surface.isValid() || !context.makeCurrent(&surface))
        return Renderer::None;
    const QByteArray renderer =
        QByteArray(reinterpret_cast<const char *>(context.functions()->glGetString(GL_RENDERER))).toLower();
    context.doneCurrent();
    const bool emulated = renderer.contains("llvmpipe") || renderer.contains("softpipe") || renderer.contains("software")
                          || renderer.contains("swiftshader") || renderer.isEmpty();
    return emulated ? Renderer::Emulated : Renderer::Hardware;
}

const char *nameOf(Renderer r)
{
    return r == Renderer::Hardware ? "hardware" : r == Renderer::Emulated ? "emulated" : "none";
}

// The application's settings before (or without) its QCoreApplication's names.
QSettings settings()
{
    return QSettings(QStringLiteral("Patternbook"), QStringLiteral("Patternbook"));
}

bool environmentChose()
{
    return qEnvironmentVariableIsSet("QT_QUICK_BACKEND") || qEnvironmentVariableIsSet("QSG_RHI_BACKEND")
           || qEnvironmentVariableIsSet("QT_XCB_GL_INTEGRATION") || qEnvironmentVariableIsSet("QT_OPENGL");
}

} // namespace

bool startWithoutOpenGlIfEmulated()
{
    if (environmentChose())
        return false;
    // QT_XCB_GL_INTEGRATION is X11's; elsewhere OpenGL stays as Qt sets it up.
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    const bool x11 = platform.startsWith("xcb") || (platform.isEmpty() && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
                                                    && !qEnvironmentVariableIsEmpty("DISPLAY"));
    if (!x11 || settings().value(verdictKey).toString() != QLatin1String(nameOf(Renderer::Emulated)))
        return false;
    qputenv("QT_XCB_GL_INTEGRATION", "none");
    qputenv("QT_QUICK_BACKEND", "software");
    return true;
}

bool chooseGraphicsBackend()
{
    if (qEnvironmentVariableIsSet("QT_QUICK_BACKEND") || qEnvironmentVariableIsSet("QSG_RHI_BACKEND"))
        return false;
    const Renderer renderer = detectRenderer();
    if (!qEnvironmentVariableIsSet("QT_XCB_GL_INTEGRATION"))
        settings().setValue(verdictKey, QString::fromLatin1(nameOf(renderer)));
    if (renderer == Renderer::Hardware)
        return false;
    qputenv("QT_QUICK_BACKEND", "software");
    return true;
}

void recheckGraphicsLater(QObject *context, int delayMs)
{
    QTimer::singleShot(delayMs, context, [context] {
        auto *probe = new QProcess(context);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_XCB_GL_INTEGRATION")); // set by this process for itself, not by the user
        env.remove(QStringLiteral("QT_QUICK_BACKEND"));
        probe->setProcessEnvironment(env);
        QObject::connect(probe, &QProcess::finished, probe, [probe](int code, QProcess::ExitStatus status) {
            const QString verdict = QString::fromLatin1(probe->readAllStandardOutput()).trimmed();
            if (status == QProcess::NormalExit && code == 0 && !verdict.isEmpty())
                settings().setValue(verdictKey, verdict);
            probe->deleteLater();
        });
        probe->start(QCoreApplication::applicationFilePath(), {QStringLiteral("--probe-graphics")});
    });
}

int probeGraphics(int &argc, char **argv)
{
    QGuiApplication app(argc, argv);
    std::puts(nameOf(detectRenderer()));
    return 0;
}

} // namespace pb::ui
