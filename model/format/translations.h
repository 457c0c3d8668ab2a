#pragma once

#include <QLocale>

namespace pb {

// Loads the app's translations for `locale` (the system's by default) into the application: the
// language's own when there is one (German), else English's plural forms, which Qt needs to say
// "1 file" and "3 files" from one "%n file(s)". Also Qt's own translations, where installed.
// Returns the language loaded ("de", "en").
QString installTranslations(const QLocale &locale = QLocale::system());

} // namespace pb
