#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

struct sigaction;

namespace pb {

// One rule for every writer of this project (the app's save, `set`, `fix`, a rename across files,
// undo across files, restored recovery text): write only over the bytes you read.
//
// - FolderLock serialises this project's own writers on one language folder: an advisory flock(2)
//   on the folder itself, so no lock file appears beside the patterns (nor in `git status`), and
//   a process that dies lets go of it with its file descriptors.
// - replaceIfUnchanged() is a compare-and-swap on the file's bytes: the new text goes to a
//   temporary file beside the old, is exchanged with it in one step (renameat2 RENAME_EXCHANGE),
//   and what was exchanged out is compared with what the change was computed from. If another
//   program wrote in between, the exchange is undone and the caller is told what the file holds
//   now, to recompute its change on it or to raise a conflict.
//
// A file changed in the last moments is waited on until it has been still for a while (25 ms, at
// most 1 s), so that a program writing it in place, in parts, is never judged on half its text.
//
// What this cannot guarantee against a program that writes without looking (an editor, a script,
// git): that program may itself overwrite what we wrote after reading an older text; and a write
// it makes through a descriptor it opened before our exchange, landing after our comparison, goes
// to the replaced file (a window of microseconds).

// Waits for, then holds, the exclusive lock of this project's writers on `folder`, until
// destroyed. isLocked() is false when it could not be had in time, or the folder cannot be opened.
class FolderLock
{
public:
    static constexpr int DefaultTimeoutMs = 20000;

    explicit FolderLock(const QString &folder, int timeoutMs = DefaultTimeoutMs);
    ~FolderLock();
    FolderLock(const FolderLock &) = delete;
    FolderLock &operator=(const FolderLock &) = delete;

    bool isLocked() const { return m_locked; }
    QString error() const { return m_error; } // for the user, when not locked

private:
    int m_fd = -1;
    bool m_locked = false;
    QString m_error;
};

// What a path held when a writer read it: the bytes, or no file at all.
struct DiskState
{
    bool exists = false;
    QByteArray bytes;

    static DiskState of(const QByteArray &bytes) { return {true, bytes}; }
    static DiskState absent() { return {false, {}}; }
    bool operator==(const DiskState &other) const = default;
};

// What `path` holds now (a file that cannot be read counts as holding nothing readable: exists,
// with *readable false).
DiskState readDiskState(const QString &path, bool *readable = nullptr);


struct GuardedWrite
{
    enum Status {
        Written,
        Changed, // the file no longer held what was expected: nothing written; `found` holds what it does
        Failed,  // the write itself failed (read-only, full disk, folder gone): nothing changed
    };
    Status status = Failed;
    QString error; // for the user: Failed's cause, or which file changed
    DiskState found;

    bool ok() const { return status == Written; }
};

// Replaces `path` with `bytes` only if it still holds `expected` (and creates it only if it still
// does not exist, when `expected` is absent()). Take the folder's FolderLock around it, so that
// this project's writers do not race each other. The old file stays whole on any failure; a file
// with other hard links is written in place (compared first), a replaced file keeps its owner,
// group and mode.
GuardedWrite replaceIfUnchanged(const QString &path, const DiskState &expected, const QByteArray &bytes);

// One file of a step that writes several at once.
struct Replacement
{
    QString path;
    DiskState expected; // what the change was computed from
    QByteArray bytes;
};

struct BatchWrite
{
    bool ok = false;
    QString error; // for the user: the first file that could not be written, and why
    bool changed = false; // that file held something else (another hand wrote): worth computing again
    QStringList notPutBack; // files written before the failure that could not be put back ("PATH: why")
};

// Writes every file through replaceIfUnchanged(), all or none: when one cannot be written, those
// written before it are put back (only over what this wrote). Take the folder's FolderLock around it.
BatchWrite replaceAllIfUnchanged(const QList<Replacement> &files);

// While alive, SIGINT, SIGTERM and SIGHUP do not end the process: they are remembered, so that a
// command between two of its writes finishes the step it is in (or, before it writes, stops) and
// then ends as the signal asked. SIGXFSZ, which would kill a process writing past its file size
// limit and leave a half temporary file, is ignored for good by the first one made: the write
// then fails with EFBIG, and the file stays whole.
class InterruptGuard
{
public:
    InterruptGuard();
    ~InterruptGuard();
    InterruptGuard(const InterruptGuard &) = delete;
    InterruptGuard &operator=(const InterruptGuard &) = delete;

    // The signal received so far, or 0.
    static int received();
    // Ends the process as `received()` asked: the signal's default action, re-raised.
    [[noreturn]] static void endAsAsked();

private:
    struct sigaction *m_previous = nullptr;
};

} // namespace pb
