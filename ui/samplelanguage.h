#pragma once

#include <QString>

namespace pb::ui {

// The sample language ships inside the app (":/sample-language"). The first run copies it into the
// user's data folder, where it can be edited like any other language; later runs find it there.
// Returns the folder, or an empty string with *error set.
QString installSampleLanguage(QString *error = nullptr);

// Where installSampleLanguage puts it.
QString sampleLanguageFolder();

} // namespace pb::ui
