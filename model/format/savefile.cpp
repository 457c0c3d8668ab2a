#include "savefile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace pb {

SaveResult saveFileAtomically(const QString &path, const QByteArray &bytes, SaveMode mode)
{
    const QFileInfo info(path);
    if (mode == SaveMode::Create && info.exists())
        return {false, QStringLiteral("%1 already exists").arg(path)};
    if (mode == SaveMode::Replace && !info.exists())
        return {false, QStringLiteral("%1 no longer exists").arg(path)};
    if (info.exists() && !info.isFile())
        return {false, QStringLiteral("%1 is not a regular file").arg(path)};
    // Permission bits, not just access(): root may write anything, but a file its owner marked
    // read-only is meant to stay as it is.
    const QFile::Permissions writable = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
    if (info.exists() && (!info.isWritable() || !(info.permissions() & writable)))
        return {false, QStringLiteral("%1 is read-only").arg(path)};
    if (!info.absoluteDir().exists())
        return {false, QStringLiteral("the folder %1 no longer exists").arg(info.absolutePath())};

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {false, QStringLiteral("cannot write %1: %2").arg(path, file.errorString())};
    if (file.write(bytes) != bytes.size()) {
        const QString error = file.errorString();
        file.cancelWriting();
        return {false, QStringLiteral("cannot write %1: %2").arg(path, error)};
    }
    if (!file.commit())
        return {false, QStringLiteral("cannot write %1: %2").arg(path, file.errorString())};
    return {true, {}};
}

} // namespace pb
