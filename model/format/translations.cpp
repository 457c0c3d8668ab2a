#include "format/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace pb {

QString installTranslations(const QLocale &locale)
{
    auto *app = QCoreApplication::instance();
    if (!app)
        return {};
    // Ours: :/i18n/patternbook_LANG.qm, compiled from resources/translations at build time.
    auto *ours = new QTranslator(app);
    QString loaded;
    if (ours->load(locale, QStringLiteral("patternbook"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        && !ours->language().startsWith(QLatin1String("en"))) {
        loaded = ours->language().left(2);
    } else if (ours->load(QStringLiteral(":/i18n/patternbook_en.qm"))) {
        loaded = QStringLiteral("en");
    }
    QCoreApplication::installTranslator(ours);
    // Qt's own strings (the buttons of standard dialogs), where the system has them.
    if (loaded != QLatin1String("en")) {
        auto *qt = new QTranslator(app);
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
    }
    return loaded;
}

} // namespace pb
