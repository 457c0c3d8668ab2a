#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace pb::bench {

// The sample language's pattern files, (name, bytes).
QList<QPair<QString, QByteArray>> sampleFiles();

// `count` patterns made from copies of the sample language, each copy's ids and names shifted so
// that the whole is one valid language of the same shape (the copies link among themselves).
QList<QPair<QString, QByteArray>> syntheticLanguage(int count);

} // namespace pb::bench
