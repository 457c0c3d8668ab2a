// The one rule of every writer: write only over the bytes you read (model/format/guardedwrite.h).

#include "format/guardedwrite.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

#include <csignal>
#include <sys/stat.h>
#include <unistd.h>

using namespace pb;

namespace {

const QByteArray base = "---\nid: 1\nname: A\nconfidence: 0\n---\n# A\n";
const QByteArray ours = "---\nid: 1\nname: B\nconfidence: 0\n---\n# B\n";
const QByteArray theirs = "---\nid: 1\nname: A\nconfidence: 0\n---\n# A\n\nTheir line.\n";

// Files the writer may have left beside the pattern: none, ever.
QStringList leftovers(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System).filter(QStringLiteral(".tmp"));
}

} // namespace

class TestGuardedWrite : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Each row: what is on disk when the write happens, against what the writer read.
    void replace_data()
    {
        QTest::addColumn<QString>("disk"); // what another hand did since the read
        QTest::addColumn<bool>("expectExists"); // what the writer read: the base text, or no file
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("after"); // the file afterwards ("-" for no file)

        QTest::newRow("unchanged-is-written") << "base" << true << int(GuardedWrite::Written) << ours;
        QTest::newRow("changed-since-is-refused") << "theirs" << true << int(GuardedWrite::Changed) << theirs;
        QTest::newRow("deleted-since-is-refused") << "none" << true << int(GuardedWrite::Changed) << QByteArray("-");
        QTest::newRow("new-file-is-made") << "none" << false << int(GuardedWrite::Written) << ours;
        QTest::newRow("new-file-made-by-another-is-kept") << "theirs" << false << int(GuardedWrite::Changed) << theirs;
        QTest::newRow("hard-linked-unchanged-written-in-place") << "base-linked" << true << int(GuardedWrite::Written) << ours;
        QTest::newRow("hard-linked-changed-is-refused") << "theirs-linked" << true << int(GuardedWrite::Changed) << theirs;
        QTest::newRow("read-only-fails") << "base-read-only" << true << int(GuardedWrite::Failed) << base;
        QTest::newRow("link-written-through") << "base-symlink" << true << int(GuardedWrite::Written) << ours;
    }

    void replace()
    {
        QFETCH(QString, disk);
        QFETCH(bool, expectExists);
        QFETCH(int, status);
        QFETCH(QByteArray, after);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("001-a.md"));
        QString other;
        if (disk.startsWith(QLatin1String("base")))
            test::writeFile(path, base);
        else if (disk.startsWith(QLatin1String("theirs")))
            test::writeFile(path, theirs);
        if (disk.endsWith(QLatin1String("-linked"))) {
            other = dir.filePath(QStringLiteral("other-name"));
            QVERIFY(::link(QFile::encodeName(path).constData(), QFile::encodeName(other).constData()) == 0);
        }
        if (disk.endsWith(QLatin1String("-read-only")))
            QFile::setPermissions(path, QFile::ReadOwner);
        QString target = path;
        if (disk.endsWith(QLatin1String("-symlink"))) {
            QVERIFY(QFile::rename(path, dir.filePath(QStringLiteral("real.txt"))));
            QVERIFY(QFile::link(dir.filePath(QStringLiteral("real.txt")), path));
            target = dir.filePath(QStringLiteral("real.txt"));
        }

        const GuardedWrite w =
            replaceIfUnchanged(path, expectExists ? DiskState::of(base) : DiskState::absent(), ours);
        QCOMPARE(int(w.status), status);
        if (after == "-")
            QVERIFY(!QFileInfo::exists(path));
        else
            QCOMPARE(test::readFile(target), after);
        if (w.status == GuardedWrite::Changed) {
            QCOMPARE(w.found, readDiskState(path));
            QVERIFY(w.error.contains(QLatin1String("001-a.md")));
        }
        if (w.status == GuardedWrite::Failed)
            QCOMPARE(w.error, QStringLiteral("%1 is read-only").arg(path));
        if (!other.isEmpty())
            QCOMPARE(test::readFile(other), after); // still the same file under both names
        if (disk.endsWith(QLatin1String("-symlink")))
            QVERIFY(QFileInfo(path).isSymLink());
        QCOMPARE(leftovers(dir.path()), QStringList());
    }

    void modeAndOwnerKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("001-a.md"));
        test::writeFile(path, base);
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0640) == 0);
        QVERIFY(replaceIfUnchanged(path, DiskState::of(base), ours).ok());
        struct stat st {};
        QVERIFY(::stat(QFile::encodeName(path).constData(), &st) == 0);
        QCOMPARE(int(st.st_mode & 07777), 0640);
    }

    // The lock is the folder's: a second writer waits for the first, and gets it once it is gone.
    void lockSerialisesWriters()
    {
        QTemporaryDir dir;
        std::optional<FolderLock> first(std::in_place, dir.path());
        QVERIFY(first->isLocked());
        {
            const FolderLock second(dir.path(), 0);
            QVERIFY(!second.isLocked());
            QVERIFY2(second.error().contains(QLatin1String("another Patternbook")), qPrintable(second.error()));
        }
        // Released on another thread while this one waits for it.
        QFuture<void> release = QtConcurrent::run([&first] { first.reset(); });
        const FolderLock third(dir.path(), 10000);
        QVERIFY(third.isLocked());
        release.waitForFinished();
    }

    void lockOnMissingFolderSaysWhy()
    {
        QTemporaryDir dir;
        const FolderLock lock(dir.filePath(QStringLiteral("gone")), 0);
        QVERIFY(!lock.isLocked());
        QVERIFY(lock.error().contains(QLatin1String("gone")));
    }

    // Writers of this project (the lock, then compare-and-swap, recomputing on a change) and a
    // plain program appending lines beside them, none waiting for the others: every line reported
    // written is there at the end. The appender checks that its line arrived, as any careful
    // script would, and appends again where a replacement swallowed it.
    void concurrentWritersLoseNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("001-a.md"));
        test::writeFile(path, base);
        const int writers = 3, lines = 40;
        auto writer = [&](int w) {
            QStringList made;
            for (int i = 0; i < lines; ++i) {
                const QByteArray line = QStringLiteral("w%1-%2\n").arg(w).arg(i).toUtf8();
                const FolderLock lock(dir.path());
                if (!lock.isLocked())
                    continue;
                for (int attempt = 0; attempt < 100; ++attempt) {
                    const DiskState read = readDiskState(path);
                    if (replaceIfUnchanged(path, read, read.bytes + line).ok()) {
                        made << QString::fromUtf8(line);
                        break;
                    }
                }
            }
            return made;
        };
        auto appender = [&] {
            QStringList made;
            for (int i = 0; i < lines; ++i) {
                const QByteArray line = QStringLiteral("ext-%1\n").arg(i).toUtf8();
                for (int attempt = 0; attempt < 100; ++attempt) {
                    QFile f(path);
                    if (f.open(QIODevice::Append) && f.write(line) == line.size()) {
                        f.close();
                        if (test::readFile(path).contains(line)) {
                            made << QString::fromUtf8(line);
                            break;
                        }
                    }
                }
            }
            return made;
        };
        QThreadPool pool;
        pool.setMaxThreadCount(writers + 1);
        QList<QFuture<QStringList>> running;
        for (int w = 0; w < writers; ++w)
            running << QtConcurrent::run(&pool, writer, w);
        running << QtConcurrent::run(&pool, appender);
        QStringList made;
        for (QFuture<QStringList> &f : running)
            made += f.result();
        QCOMPARE(made.size(), (writers + 1) * lines);
        const QByteArray final = test::readFile(path);
        for (const QString &line : made)
            QVERIFY2(final.contains(line.toUtf8()), qPrintable(line));
        QCOMPARE(leftovers(dir.path()), QStringList());
    }

    // A program writing the file in place, in two parts with a pause between: a writer that read
    // the first part must not take it for the whole (a pattern was once saved cut off mid-word).
    void aFileHalfWrittenInPlaceIsWaitedFor()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("001-a.md"));
        const QByteArray whole = theirs + "More of their text.\n";
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered));
        QVERIFY(f.write(whole.left(20)) == 20);
        const DiskState half = readDiskState(path);
        QCOMPARE(half.bytes, whole.left(20));
        // The rest comes 10 ms later; the writer, having read the half, tries its change meanwhile.
        QFuture<void> rest = QtConcurrent::run([&] {
            QThread::msleep(10); // the pause inside the other program's save, which is the point here
            f.write(whole.mid(20));
            f.close();
        });
        const GuardedWrite w = replaceIfUnchanged(path, half, half.bytes + "mine\n");
        rest.waitForFinished();
        QCOMPARE(int(w.status), int(GuardedWrite::Changed));
        QCOMPARE(test::readFile(path), whole);
    }

    // A writer killed between writing its temporary file and the exchange leaves that file; the
    // next holder of the lock removes it, and nothing else.
    void leftoversAreRemovedByTheNextLockHolder()
    {
        QTemporaryDir dir;
        test::writeFile(dir.filePath(QStringLiteral(".001-a.md.0a1b2c3d.tmp")), "half");
        test::writeFile(dir.filePath(QStringLiteral(".notes.tmp")), "someone else's");
        test::writeFile(dir.filePath(QStringLiteral("001-a.md")), base);
        {
            const FolderLock lock(dir.path());
            QVERIFY(lock.isLocked());
        }
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name),
                 (QStringList{QStringLiteral(".notes.tmp"), QStringLiteral("001-a.md")}));
    }

    // Several files all or none: when one cannot be written, those before it are put back.
    void batchesAreAllOrNothing()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("001-a.md")), b = dir.filePath(QStringLiteral("002-b.md"));
        test::writeFile(a, base);
        test::writeFile(b, base);
        test::writeFile(b, theirs); // changed since the batch was computed
        const BatchWrite w = replaceAllIfUnchanged({{a, DiskState::of(base), ours}, {b, DiskState::of(base), ours}});
        QVERIFY(!w.ok);
        QVERIFY(w.changed);
        QVERIFY(w.error.contains(QLatin1String("002-b.md")));
        QCOMPARE(test::readFile(a), base);
        QCOMPARE(test::readFile(b), theirs);
        QVERIFY(replaceAllIfUnchanged({{a, DiskState::of(base), ours}, {b, DiskState::of(theirs), ours}}).ok);
        QCOMPARE(test::readFile(a), ours);
        QCOMPARE(test::readFile(b), ours);
    }

    // Told to end while writing, a command finishes the step it is in: the signal is kept for it.
    void interruptsWaitForTheStep()
    {
        struct sigaction before {};
        QVERIFY(::sigaction(SIGTERM, nullptr, &before) == 0);
        {
            const InterruptGuard guard;
            QCOMPARE(InterruptGuard::received(), 0);
            ::raise(SIGTERM);
            QCOMPARE(InterruptGuard::received(), SIGTERM); // and this process is still here
        }
        struct sigaction now {};
        QVERIFY(::sigaction(SIGTERM, nullptr, &now) == 0);
        QVERIFY(now.sa_handler == before.sa_handler); // put back as it was
    }
};

QTEST_GUILESS_MAIN(TestGuardedWrite)
#include "tst_guardedwrite.moc"
