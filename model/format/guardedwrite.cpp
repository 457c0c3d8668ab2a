#include "format/guardedwrite.h"
#include "format/savefile_p.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QThread>

#include <cerrno>
#include <limits>
#include <csignal>
#include <fcntl.h>
#include <stdio.h> // renameat2, RENAME_EXCHANGE, RENAME_NOREPLACE (glibc 2.28)
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

namespace pb {

using namespace files;

namespace {

constexpr qint64 MaxComparedSize = 64 * 1024 * 1024;

// A file another program writes in place (truncated, then written in parts) holds part of its new
// text for a while: an editor's save, a script's print() after open("w"). A file changed less than
// QuietMs ago is waited on until it has been still that long, up to SettleTimeoutMs, so that a
// change is judged, and an edit made again, on the whole text rather than on half of it. (Editors
// and scripts write a file of a pattern's size in well under a millisecond; a pause of 25 ms
// within one save is rare, and a file still changing after a second is being written by a
// program that keeps at it.)
constexpr qint64 QuietMs = 25;
constexpr int SettleTimeoutMs = 1000;

// How long ago the file last changed, in milliseconds; a large number where that cannot be told
// (it is gone, or its time stamp comes from a clock far off, as on some network file systems).
qint64 msSinceChange(const QByteArray &name)
{
    struct stat st {};
    if (::stat(name.constData(), &st) != 0)
        return std::numeric_limits<qint64>::max();
    timespec now {};
    ::clock_gettime(CLOCK_REALTIME, &now);
    const qint64 age = (qint64(now.tv_sec) - qint64(st.st_mtim.tv_sec)) * 1000
                       + (qint64(now.tv_nsec) - qint64(st.st_mtim.tv_nsec)) / 1000000;
    return age < -1000 ? std::numeric_limits<qint64>::max() : age;
}

// False when the file kept changing for the whole time out.
bool waitUntilQuiet(const QByteArray &name)
{
    const QDeadlineTimer deadline(SettleTimeoutMs);
    for (;;) {
        const qint64 age = msSinceChange(name);
        if (age >= QuietMs)
            return true;
        if (deadline.hasExpired())
            return false;
        QThread::msleep(quint64(std::max<qint64>(QuietMs - age, 1)));
    }
}

// Everything `fd` holds from its start; false (with *why) when it cannot be read or exceeds the
// size anything here is compared at.
bool readAll(int fd, QByteArray *out, QString *why)
{
    out->clear();
    char block[65536];
    off_t at = 0;
    for (;;) {
        const ssize_t n = ::pread(fd, block, sizeof block, at);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            *why = systemError(errno);
            return false;
        }
        if (n == 0)
            return true;
        out->append(block, qsizetype(n));
        at += n;
        if (out->size() > MaxComparedSize) {
            *why = SaveFileTr::tr("the file is too large");
            return false;
        }
    }
}

DiskState readPath(const QByteArray &name, bool *readable)
{
    *readable = true;
    struct stat st {};
    if (::lstat(name.constData(), &st) != 0)
        return errno == ENOENT || errno == ENOTDIR ? DiskState::absent() : DiskState{true, {}};
    // A pipe or a device would block or never end: it is there, and holds nothing we could have read.
    if (!S_ISREG(st.st_mode) && !S_ISLNK(st.st_mode)) {
        *readable = false;
        return {true, {}};
    }
    const int fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        *readable = errno == ENOENT;
        return errno == ENOENT ? DiskState::absent() : DiskState{true, {}};
    }
    DiskState state{true, {}};
    QString why;
    if (!readAll(fd, &state.bytes, &why)) {
        *readable = false;
        state.bytes.clear();
    }
    ::close(fd);
    return state;
}

// A temporary file beside `path`, made with the process's umask as a new file would be; its name
// does not end in ".md", so no language takes it for a pattern while it exists.
int makeTemporary(const QString &path, QByteArray *name, QString *why)
{
    const QFileInfo info(path);
    for (int attempt = 0; attempt < 100; ++attempt) {
        const QString candidate = info.absolutePath() + QStringLiteral("/.") + info.fileName()
                                  + QStringLiteral(".%1.tmp").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
        *name = QFile::encodeName(candidate);
        const int fd = ::open(name->constData(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd >= 0)
            return fd;
        if (errno != EEXIST) {
            *why = systemError(errno);
            return -1;
        }
    }
    *why = systemError(EEXIST);
    return -1;
}

GuardedWrite failure(const QString &path, const QString &why)
{
    return {GuardedWrite::Failed, cannotWrite(path, why), {}};
}

GuardedWrite unreadable(const QString &path)
{
    return {GuardedWrite::Failed, SaveFileTr::tr("%1 cannot be read to check that it has not changed").arg(path), {}};
}

GuardedWrite changed(const QString &path, const DiskState &found)
{
    return {GuardedWrite::Changed,
            found.exists ? SaveFileTr::tr("%1 changed on disk since it was read").arg(path)
                         : SaveFileTr::tr("%1 was deleted since it was read").arg(path),
            found};
}

// The file has other hard links: compare and write through one descriptor, in place.
GuardedWrite replaceInPlace(const QString &path, const QByteArray &name, const DiskState &expected,
                            const QByteArray &bytes)
{
    const int fd = ::open(name.constData(), O_RDWR | O_CLOEXEC);
    if (fd < 0)
        return failure(path, systemError(errno));
    QByteArray now;
    QString why;
    GuardedWrite result;
    if (!readAll(fd, &now, &why))
        result = failure(path, why);
    else if (now != expected.bytes)
        result = changed(path, DiskState::of(now));
    else if (!overwrite(fd, bytes, &why))
        result = failure(path, why);
    else
        result.status = GuardedWrite::Written;
    if (::close(fd) != 0 && result.ok())
        result = failure(path, systemError(errno));
    return result;
}

// Temporary files of replaceIfUnchanged() (".NAME.1a2b3c4d.tmp") exist only while a writer holds
// the folder's lock: one found by the holder of the lock was left by a writer killed mid-write
// (SIGKILL, a power cut), and would show in `git status` for good.
void removeLeftovers(const QString &folder)
{
    static const QRegularExpression temporary(QStringLiteral("^\\..+\\.[0-9a-f]{8}\\.tmp$"));
    const QDir dir(folder);
    for (const QString &name : dir.entryList({QStringLiteral(".*.tmp")}, QDir::Files | QDir::Hidden | QDir::System)) {
        if (temporary.match(name).hasMatch())
            QFile::remove(dir.filePath(name));
    }
}

} // namespace

FolderLock::FolderLock(const QString &folder, int timeoutMs)
{
    m_fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (m_fd < 0) {
        m_error = SaveFileTr::tr("cannot lock the folder %1: %2").arg(folder, systemError(errno));
        return;
    }
    // flock has no timeout of its own: try, and wait a little longer each time, up to the deadline.
    const QDeadlineTimer deadline(timeoutMs);
    int wait = 1;
    for (;;) {
        if (::flock(m_fd, LOCK_EX | LOCK_NB) == 0) {
            m_locked = true;
            removeLeftovers(folder);
            return;
        }
        if (errno == EINTR)
            continue;
        if (errno != EWOULDBLOCK) {
            m_error = SaveFileTr::tr("cannot lock the folder %1: %2").arg(folder, systemError(errno));
            return;
        }
        if (deadline.hasExpired())
            break;
        QThread::msleep(std::min<qint64>(wait, std::max<qint64>(deadline.remainingTime(), 1)));
        wait = std::min(wait * 2, 50);
    }
    m_error = SaveFileTr::tr("another Patternbook has been writing to %1 for %2 s; nothing was written")
                  .arg(folder)
                  .arg(timeoutMs / 1000.0, 0, 'f', timeoutMs % 1000 ? 1 : 0);
}

FolderLock::~FolderLock()
{
    if (m_fd >= 0)
        ::close(m_fd); // releases the lock
}

DiskState readDiskState(const QString &path, bool *readable)
{
    bool ok = true;
    const DiskState state = readPath(QFile::encodeName(path), &ok);
    if (readable)
        *readable = ok;
    return state;
}

GuardedWrite replaceIfUnchanged(const QString &givenPath, const DiskState &expected, const QByteArray &bytes)
{
    // A link is written through, as QSaveFile does: the file it points at is the one replaced.
    QString path = givenPath;
    if (const QFileInfo link(givenPath); link.isSymLink()) {
        path = link.canonicalFilePath();
        if (path.isEmpty())
            return failure(givenPath, SaveFileTr::tr("it is a link to a file that does not exist"));
    }
    const QByteArray name = QFile::encodeName(path);
    // The cheap refusals first, with the words the plain save uses.
    if (const QString refused = refusal(path, expected.exists ? SaveMode::Replace : SaveMode::Create);
        !refused.isEmpty()) {
        bool readable = true;
        const DiskState now = readDiskState(path, &readable);
        if (!readable)
            return unreadable(path);
        if (now != expected)
            return changed(path, now);
        return {GuardedWrite::Failed, refused, {}};
    }
    struct stat old {};
    if (expected.exists) {
        if (::stat(name.constData(), &old) != 0)
            return changed(path, readDiskState(path));
        if (old.st_nlink > 1) {
            if (!waitUntilQuiet(name))
                return {GuardedWrite::Failed, SaveFileTr::tr("%1 is being written by another program; nothing was written").arg(path), {}};
            return replaceInPlace(path, name, expected, bytes);
        }
    }

    QByteArray temporary;
    QString why;
    const int fd = makeTemporary(path, &temporary, &why);
    if (fd < 0)
        return failure(path, why);
    auto discard = [&] { ::unlink(temporary.constData()); };
    bool ok = writeAll(fd, bytes, &why);
    // Delayed allocation and network file systems report a full disk only here.
    if (ok && ::fsync(fd) != 0) {
        why = systemError(errno);
        ok = false;
    }
    if (ok && expected.exists)
        keepOwnership(fd, old);
    if (::close(fd) != 0 && ok) {
        why = systemError(errno);
        ok = false;
    }
    if (!ok) {
        discard();
        return failure(path, why);
    }

    if (!expected.exists) {
        // Made only where nothing is: RENAME_NOREPLACE, or link(2) where the file system has no
        // renameat2 flags (link fails on an existing name as well).
        int made = ::renameat2(AT_FDCWD, temporary.constData(), AT_FDCWD, name.constData(), RENAME_NOREPLACE);
        if (made != 0 && (errno == EINVAL || errno == ENOSYS || errno == EOPNOTSUPP)) {
            made = ::link(temporary.constData(), name.constData());
            if (made == 0 || errno == EEXIST)
                discard();
            if (made == 0)
                return {GuardedWrite::Written, {}, {}};
        }
        if (made == 0)
            return {GuardedWrite::Written, {}, {}};
        const int error = errno;
        discard();
        if (error == EEXIST)
            return changed(path, readDiskState(path));
        return failure(path, systemError(error));
    }

    // Compared before the exchange, so that a change made since the read never has our text
    // appear at the path even for an instant; then exchanged, not renamed over, so that what
    // comes out is exactly what was replaced, and compared again: that catches a write landing in
    // the microseconds between the two.
    // The text the change was made on may be the first part of another program's write in place,
    // read in a pause of it: a file changed a moment ago is compared again once it is still.
    for (const QDeadlineTimer deadline(SettleTimeoutMs);;) {
        bool readable = true;
        const DiskState now = readDiskState(path, &readable);
        if (!readable || now != expected) {
            discard();
            return readable ? changed(path, now) : unreadable(path);
        }
        const qint64 age = msSinceChange(name);
        if (age >= QuietMs)
            break;
        if (deadline.hasExpired()) {
            discard();
            return {GuardedWrite::Failed, SaveFileTr::tr("%1 is being written by another program; nothing was written").arg(path), {}};
        }
        QThread::msleep(quint64(std::max<qint64>(QuietMs - age, 1)));
    }
    if (::renameat2(AT_FDCWD, temporary.constData(), AT_FDCWD, name.constData(), RENAME_EXCHANGE) != 0) {
        const int error = errno;
        if (error == ENOENT) {
            discard();
            return changed(path, readDiskState(path));
        }
        if (error != EINVAL && error != ENOSYS && error != EOPNOTSUPP) {
            discard();
            return failure(path, systemError(error));
        }
        // No exchange on this file system: the comparison above, then a rename, with the short
        // window between.
        if (::rename(temporary.constData(), name.constData()) != 0) {
            const int renameError = errno;
            discard();
            return failure(path, systemError(renameError));
        }
        return {GuardedWrite::Written, {}, {}};
    }
    bool readable = true;
    const DiskState replaced = readPath(temporary, &readable);
    if (readable && replaced == expected) {
        discard();
        return {GuardedWrite::Written, {}, {}};
    }
    // Someone wrote in between: put their file back. Should yet another program have replaced ours
    // in that instant, what comes back out is its text: kept beside the file, never deleted.
    GuardedWrite result = changed(path, replaced);
    if (::renameat2(AT_FDCWD, temporary.constData(), AT_FDCWD, name.constData(), RENAME_EXCHANGE) == 0) {
        bool backReadable = true;
        if (readPath(temporary, &backReadable) == DiskState::of(bytes)) {
            discard();
        } else {
            const QString kept = path + QStringLiteral(".conflict-%1").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
            if (::rename(temporary.constData(), QFile::encodeName(kept).constData()) == 0)
                result.error += QLatin1Char(' ') + SaveFileTr::tr("(another program's text is kept in %1)").arg(kept);
        }
    }
    return result;
}

BatchWrite replaceAllIfUnchanged(const QList<Replacement> &files)
{
    BatchWrite batch;
    QList<const Replacement *> done;
    for (const Replacement &file : files) {
        const GuardedWrite w = replaceIfUnchanged(file.path, file.expected, file.bytes);
        if (w.ok()) {
            done << &file;
            continue;
        }
        batch.error = w.error;
        batch.changed = w.status == GuardedWrite::Changed;
        // Back as they were, newest first; each only if it still holds what this wrote.
        for (auto it = done.crbegin(); it != done.crend(); ++it) {
            const Replacement &back = **it;
            const GuardedWrite undone = back.expected.exists
                                            ? replaceIfUnchanged(back.path, DiskState::of(back.bytes), back.expected.bytes)
                                            : GuardedWrite{::unlink(QFile::encodeName(back.path).constData()) == 0
                                                               ? GuardedWrite::Written
                                                               : GuardedWrite::Failed,
                                                           systemError(errno), {}};
            if (!undone.ok())
                batch.notPutBack << QStringLiteral("%1: %2").arg(back.path, undone.error);
        }
        return batch;
    }
    batch.ok = true;
    return batch;
}

namespace {

constexpr int Deferred[] = {SIGINT, SIGTERM, SIGHUP};
volatile sig_atomic_t g_received = 0;

void remember(int signal)
{
    g_received = signal;
}

} // namespace

InterruptGuard::InterruptGuard()
{
    static const bool fileSizeIgnored = [] {
        ::signal(SIGXFSZ, SIG_IGN);
        return true;
    }();
    Q_UNUSED(fileSizeIgnored);
    m_previous = new struct sigaction[std::size(Deferred)];
    struct sigaction action {};
    action.sa_handler = remember;
    sigemptyset(&action.sa_mask);
    for (size_t i = 0; i < std::size(Deferred); ++i)
        ::sigaction(Deferred[i], &action, &m_previous[i]);
}

InterruptGuard::~InterruptGuard()
{
    for (size_t i = 0; i < std::size(Deferred); ++i)
        ::sigaction(Deferred[i], &m_previous[i], nullptr);
    delete[] m_previous;
}

int InterruptGuard::received() { return g_received; }

void InterruptGuard::endAsAsked()
{
    const int s = g_received ? int(g_received) : SIGTERM;
    ::signal(s, SIG_DFL);
    ::raise(s);
    ::_exit(128 + s);
}

} // namespace pb
