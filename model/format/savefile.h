#pragma once

#include <QByteArray>
#include <QString>

class QIODevice;

namespace pb {

// Everything `device` holds, but never more than `limit` + 1 bytes, so that a caller can tell a
// file past its limit. QIODevice::read(limit) would allocate `limit` bytes whatever the file's
// size and keep them as the array's capacity: 16 MiB for every 8 KB pattern.
QByteArray readAtMost(QIODevice &device, qint64 limit);

struct SaveResult
{
    bool ok = false;
    QString error; // what went wrong, for the user
};

enum class SaveMode {
    Replace, // the file must exist and be writable
    Create,  // the file must not exist yet
    CreateOrReplace,
};

// Writes `bytes` to `path` through QSaveFile: into a temporary file beside it, then renamed over
// the old one, so that a failed write (full disk, folder gone) leaves the old file whole. A file
// with other hard links is written in place instead (space reserved first, so a full disk fails
// before any byte changes; but a crash mid-write can leave it half written), since a rename would
// cut it off from its other names. A read-only file is refused rather than replaced, though its
// folder would allow the rename. For a language's files use replaceIfUnchanged() (guardedwrite.h),
// which also refuses to write over what someone else wrote.
SaveResult saveFileAtomically(const QString &path, const QByteArray &bytes, SaveMode mode = SaveMode::Replace);

} // namespace pb
