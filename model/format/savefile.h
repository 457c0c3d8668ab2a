#pragma once

#include <QByteArray>
#include <QString>

namespace pb {

struct SaveResult
{
    bool ok = false;
    QString error; // what went wrong, for the user
};

enum class SaveMode {
    Replace, // the file must exist and be writable
    Create, // the file must not exist yet
    CreateOrReplace,
};

// Writes `bytes` to `path` through QSaveFile: into a temporary file beside it, then renamed over
// the old one, so that a failed write (full disk, folder gone) leaves the old file whole. A
// read-only file is refused rather than replaced, though its folder would allow the rename.
SaveResult saveFileAtomically(const QString &path, const QByteArray &bytes, SaveMode mode = SaveMode::Replace);

} // namespace pb
