#pragma once

// Private to the model: what the plain save (savefile.cpp) and the guarded write
// (guardedwrite.cpp) share.

#include "format/savefile.h"

#include <QCoreApplication>
#include <sys/stat.h>

namespace pb::files {

// The context of these messages for Qt Linguist.
class SaveFileTr
{
    Q_DECLARE_TR_FUNCTIONS(pb::Files)
};

QString systemError(int error);
// "cannot write PATH: WHY"
QString cannotWrite(const QString &path, const QString &why);
// Why `path` may not be written in `mode` (gone, read-only, not a file, folder gone); empty if it may.
QString refusal(const QString &path, SaveMode mode);
// Writes all of `bytes` to `fd`, retrying short writes; errno's message on failure.
bool writeAll(int fd, const QByteArray &bytes, QString *why);
// Writes `bytes` over the whole of the open file `fd`, in place: the space reserved first, the tail
// cut, then synced. For files with other hard links, which a replacement would cut off.
bool overwrite(int fd, const QByteArray &bytes, QString *why);
// Gives the new file `fd` the owner, group and mode of the file it replaces.
void keepOwnership(int fd, const struct stat &old);

} // namespace pb::files
