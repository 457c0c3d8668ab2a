// patternbook-cli: the headless commands alone, for servers and a language repository's CI. It
// links the model libraries only (QtCore, yaml-cpp, cmark, Graphviz, libzip): no widgets, no
// web engine, no display.

#include "commandline.h"
#include "format/translations.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    pb::cli::describeApplication();
    pb::installTranslations();
    pb::cli::setProgramName(QStringLiteral("patternbook-cli"));
    QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.isEmpty())
        arguments = {QStringLiteral("--help")};
    return pb::cli::run(arguments);
}
