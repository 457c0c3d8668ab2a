#pragma once

#include <QString>

namespace pb {

// "1 file", "3 files". Qt's "%n file(s)" needs a translation file to pluralise even English; the
// app speaks English only for now, and English needs just these two forms.
inline QString counted(qsizetype n, const QString &one, const QString &many)
{
    return QStringLiteral("%1 %2").arg(n).arg(n == 1 ? one : many);
}

} // namespace pb
