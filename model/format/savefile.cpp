#include "format/savefile.h"
#include "format/savefile_p.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QSaveFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace pb {

namespace files {

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

QString cannotWrite(const QString &path, const QString &why)
{
    return SaveFileTr::tr("cannot write %1: %2").arg(path, why);
}

QString refusal(const QString &path, SaveMode mode)
{
    const QFileInfo info(path);
    if (mode == SaveMode::Create && info.exists())
        return SaveFileTr::tr("%1 already exists").arg(path);
    if (mode == SaveMode::Replace && !info.exists())
        return SaveFileTr::tr("%1 no longer exists").arg(path);
    if (info.exists() && !info.isFile())
        return SaveFileTr::tr("%1 is not a regular file").arg(path);
    // Permission bits, not just access(): root may write anything, but a file its owner marked
    // read-only is meant to stay as it is.
    const QFile::Permissions writable = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
    if (info.exists() && (!info.isWritable() || !(info.permissions() & writable)))
        return SaveFileTr::tr("%1 is read-only").arg(path);
    if (!info.absoluteDir().exists())
        return SaveFileTr::tr("the folder %1 no longer exists").arg(info.absolutePath());
    return {};
}

bool writeAll(int fd, const QByteArray &bytes, QString *why)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            *why = systemError(n < 0 ? errno : ENOSPC);
            return false;
        }
        done += n;
    }
    return true;
}

void keepOwnership(int fd, const struct stat &old)
{
    // A new file is made by this process: give it the old one's owner and group, so that a save
    // by root (or by a member of the file's group) does not take the file from its owner.
    if (old.st_uid != ::geteuid() || old.st_gid != ::getegid()) {
        if (::fchown(fd, old.st_uid, old.st_gid) != 0) {
            // The group alone, where the owner can't be kept; where neither can, the file is still saved.
            [[maybe_unused]] const int groupKept = ::fchown(fd, uid_t(-1), old.st_gid);
        }
    }
    (void)::fchmod(fd, old.st_mode & 07777); // chown clears set-id bits
}

// A file with more than one hard link: replacing it would cut it off from its other names, so
// it is written in place. The space is reserved first (posix_fallocate fails on a full disk before
// any byte changes), then the bytes are written and the tail cut. What cannot fail part-way here
// has been checked before the first byte is written.
bool overwrite(int fd, const QByteArray &bytes, QString *why)
{
    if (!bytes.isEmpty()) {
        const int reserved = ::posix_fallocate(fd, 0, off_t(bytes.size()));
        // Some file systems cannot reserve; they then fail on write, as any other would.
        if (reserved != 0 && reserved != EOPNOTSUPP && reserved != EINVAL) {
            *why = systemError(reserved);
            return false;
        }
    }
    if (::lseek(fd, 0, SEEK_SET) != 0) {
        *why = systemError(errno);
        return false;
    }
    if (!writeAll(fd, bytes, why))
        return false;
    if (::ftruncate(fd, off_t(bytes.size())) != 0 || ::fsync(fd) != 0) {
        *why = systemError(errno);
        return false;
    }
    return true;
}

} // namespace files

using namespace files;

namespace {

SaveResult failed(const QString &path, const QString &why)
{
    return {false, cannotWrite(path, why)};
}

SaveResult writeInPlace(const QString &path, const QByteArray &bytes)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_WRONLY | O_CLOEXEC);
    if (fd < 0)
        return failed(path, systemError(errno));
    QString why;
    bool ok = overwrite(fd, bytes, &why);
    if (::close(fd) != 0 && ok) {
        why = systemError(errno);
        ok = false;
    }
    return ok ? SaveResult{true, {}} : failed(path, why);
}

} // namespace

QByteArray readAtMost(QIODevice &device, qint64 limit)
{
    QByteArray out;
    const qint64 expected = device.isSequential() ? 0 : std::min(device.size() - device.pos(), limit + 1);
    if (expected > 0) {
        // Exactly the file's size: resize() would round the capacity up, by half again on average.
        out = QByteArray(qsizetype(expected), Qt::Uninitialized);
        const qint64 read = device.read(out.data(), expected);
        out.resize(qsizetype(std::max<qint64>(read, 0)));
    }
    // A file that grew since, or a device that can't tell its size: the rest, block by block.
    while (out.size() <= limit) {
        char block[16384];
        const qint64 read = device.read(block, std::min<qint64>(sizeof block, limit + 1 - out.size()));
        if (read <= 0)
            break;
        out.append(block, qsizetype(read));
    }
    return out;
}

SaveResult saveFileAtomically(const QString &path, const QByteArray &bytes, SaveMode mode)
{
    if (const QString refused = refusal(path, mode); !refused.isEmpty())
        return {false, refused};

    struct stat old
    {
    };
    const bool exists = ::stat(QFile::encodeName(path).constData(), &old) == 0;
    if (exists && old.st_nlink > 1)
        return writeInPlace(path, bytes);

    // Unbuffered: every write reaches the file system at once and reports its own failure. A
    // buffered QSaveFile (Qt 6.4) flushes in commit(), and a flush that fails there (a full disk)
    // can still be followed by the rename: the old file would be replaced by a cut-off one.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return failed(path, file.errorString());
    QString why;
    if (!writeAll(file.handle(), bytes, &why)) {
        file.cancelWriting();
        return failed(path, why);
    }
    // Delayed allocation and network file systems report a full disk only here.
    if (::fsync(file.handle()) != 0) {
        why = systemError(errno);
        file.cancelWriting();
        return failed(path, why);
    }
    if (exists)
        keepOwnership(file.handle(), old);
    if (!file.commit())
        return failed(path, file.errorString());
    return {true, {}};
}

} // namespace pb
