#include "graphicssetup.h"

#include <QByteArray>
#include <QOffscreenSurface>
#include <QOpenGLContext>
#include <QOpenGLFunctions>

namespace pb::ui {

bool chooseGraphicsBackend()
{
    if (qEnvironmentVariableIsSet("QT_QUICK_BACKEND") || qEnvironmentVariableIsSet("QSG_RHI_BACKEND"))
        return false;
    bool software = true;
    QOpenGLContext context;
    QOffscreenSurface surface;
    surface.create();
    if (context.create() && surface.isValid() && context.makeCurrent(&surface)) {
        const QByteArray renderer =
            QByteArray(reinterpret_cast<const char *>(context.functions()->glGetString(GL_RENDERER))).toLower();
        software = renderer.contains("llvmpipe") || renderer.contains("softpipe") || renderer.contains("software")
                   || renderer.contains("swiftshader") || renderer.isEmpty();
        context.doneCurrent();
    }
    if (software)
        qputenv("QT_QUICK_BACKEND", "software");
    return software;
}

} // namespace pb::ui
