// Nothing lost when several hands write: every writer of this project (the app's save, `set`,
// `fix`, a rename across files) and a plain program appending lines, all at once, on one small
// language, for a bounded time. Then the invariant: every write reported as made is on disk,
// every other one was reported as refused or conflicting, and every file parses and
// round-trips.

#include "document/documentmanager.h"
#include "language/languageedits.h"
#include "document/patterndocument.h"
#include "language/patternset.h"
#include "format/patternwriter.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QtConcurrent>

#include <atomic>

using namespace pb;

namespace {

// At least this long, and on until every writer has made one write reported as made (a build with
// the sanitizers runs each program several times slower), but never longer than MaxRunMs.
constexpr int RunMs = 3000;
constexpr int MaxRunMs = 60000;

QString mini() { return test::testDataDir() + QStringLiteral("/languages/mini"); }

// The mini language, and twelve small patterns the root lists one by one as the test runs.
void writeLanguage(const QString &folder)
{
    for (const QString &name : QDir(mini()).entryList({QStringLiteral("*.md")}, QDir::Files))
        QFile::copy(mini() + QLatin1Char('/') + name, folder + QLatin1Char('/') + name);
    for (int id = 10; id < 22; ++id) {
        const QByteArray name = "Extra " + QByteArray::number(id);
        test::writeFile(folder + QStringLiteral("/%1-extra.md").arg(id, 3, 10, QLatin1Char('0')),
                        "---\nid: " + QByteArray::number(id) + "\nname: \"" + name
                            + "\"\nconfidence: 0\nscale: 3\ncontext_patterns: []\ncompletion_patterns: []\n---\n\n# " + name
                            + "\n\nA small pattern.\n");
    }
}

// A program of this project run over and over until told to stop, each run's arguments made
// fresh; what each run said and how it ended are kept.
class Repeater : public QObject
{
public:
    struct Result
    {
        QStringList arguments;
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    // `arguments` makes the next run's arguments from the runs done so far.
    Repeater(std::function<QStringList(const QList<Result> &)> arguments, QObject *parent)
        : QObject(parent)
        , m_arguments(std::move(arguments))
    {
        connect(&m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
            m_results.append({m_current, status == QProcess::NormalExit ? code : -1, m_process.readAllStandardOutput(),
                              m_process.readAllStandardError()});
            // A short pause between runs, as a script in a loop makes: the writers take turns
            // rather than one holding a file changed every few milliseconds.
            if (!m_stopping)
                QTimer::singleShot(20, this, [this] {
                    if (!m_stopping)
                        start();
                });
        });
        start();
    }
    // Lets the running command finish, starts no other.
    void stop()
    {
        m_stopping = true; // a run queued in the pause never starts
        if (m_process.state() != QProcess::NotRunning)
            m_process.waitForFinished(60000);
    }
    const QList<Result> &results() const { return m_results; }

private:
    void start()
    {
        m_current = m_arguments(m_results);
        m_process.start(QStringLiteral(PATTERNBOOK_CLI_BINARY), m_current);
    }

    std::function<QStringList(const QList<Result> &)> m_arguments;
    QProcess m_process;
    QStringList m_current;
    QList<Result> m_results;
    bool m_stopping = false;
};

} // namespace

class TestWriters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void manyWritersLoseNothing()
    {
        QTemporaryDir dir;
        QTemporaryDir recovery;
        const QString folder = dir.path();
        writeLanguage(folder);
        auto path = [&](const QString &name) { return folder + QLatin1Char('/') + name; };
        const QString root = QStringLiteral("001-root-pattern.md"), a = QStringLiteral("002-middle-a.md"),
                      b = QStringLiteral("003-middle-b.md");

        // 1. The app: a form edit to the root, saved; a conflict is resolved as a careful author
        //    would (their text taken, the edit made again), never by keeping a stale text.
        PatternSet set;
        set.openNow(folder);
        DocumentManager manager(&set, recovery.path());
        QStringList appSaved, appRefused;
        int appNext = 0;
        QTimer appTimer;
        connect(&appTimer, &QTimer::timeout, this, [&] {
            PatternDocument *doc = manager.open(root);
            if (doc->hasConflict())
                doc->takeTheirs();
            const QString key = QStringLiteral("app_%1").arg(appNext++);
            if (!doc->setFields({FieldEdit::set(key, 1)}))
                return;
            const SaveOutcome outcome = manager.save(doc);
            (outcome.ok ? appSaved : appRefused) << key;
            if (!outcome.ok && !doc->hasConflict())
                doc->revert(); // refused for another reason (the lock): try afresh next time
        });
        appTimer.start(15);

        // 2. A rename across files: the references to the leaf in two files, as one step.
        int renameNext = 0, lastRename = -1, renamesRefused = 0;
        QTimer renameTimer;
        connect(&renameTimer, &QTimer::timeout, this, [&] {
            const int k = renameNext++;
            static const QRegularExpression leaf(QStringLiteral("\\*\\*Leaf[^*(]* \\(4\\)\\*\\*"));
            QList<FileEdit> edits;
            for (const QString &name : {a, b}) {
                const QByteArray before = test::readFile(path(name));
                QString after = QString::fromUtf8(before);
                after.replace(leaf, QStringLiteral("**Leaf v%1 (4)**").arg(k));
                edits << FileEdit{name, before, after.toUtf8(), 1, {}};
            }
            const DocumentManager::ApplyOutcome outcome = manager.applyFileEdits(edits, QStringLiteral("Rename"));
            if (outcome.failed.isEmpty())
                lastRename = k;
            else
                ++renamesRefused;
        });
        renameTimer.start(40);

        // 3. `set`: keys of its own in two files, and the root's completion list growing by one
        //    small pattern at a time (`fix` then mirrors each in that pattern's context list).
        Repeater keys(
            [&](const QList<Repeater::Result> &done) {
                const int i = int(done.size());
                return QStringList{QStringLiteral("set"), path(i % 2 ? a : root), QStringLiteral("set_%1=1").arg(i)};
            },
            this);
        static const QRegularExpression listed(QStringLiteral("\\[(.*)\\]"));
        auto idsIn = [](const QString &assignment) {
            QList<int> ids;
            for (const QString &id : listed.match(assignment).captured(1).split(QStringLiteral(", ")))
                ids << id.toInt();
            return ids;
        };
        Repeater lists(
            [&](const QList<Repeater::Result> &done) {
                // The list as the last run that landed left it, and one more small pattern.
                QList<int> ids{2, 3};
                for (auto r = done.crbegin(); r != done.crend(); ++r) {
                    if (r->exitCode == 0) {
                        ids = idsIn(r->arguments.last());
                        break;
                    }
                }
                for (int id = 10; id < 22; ++id) {
                    if (!ids.contains(id)) {
                        ids << id;
                        break;
                    }
                }
                QStringList text;
                for (int id : std::as_const(ids))
                    text << QString::number(id);
                return QStringList{QStringLiteral("set"), path(root),
                                   QStringLiteral("completion_patterns=[%1]").arg(text.join(QStringLiteral(", ")))};
            },
            this);

        // 4. `fix` over the whole language, again and again.
        Repeater fixes([&](const QList<Repeater::Result> &) { return QStringList{QStringLiteral("fix"), folder}; }, this);

        // 5. A plain program: appends a line to two files, checks it arrived, appends it again if
        //    a replacement swallowed it. It knows nothing of Patternbook's lock.
        std::atomic<bool> stop = false;
        std::atomic<int> appendedSoFar = 0;
        QFuture<QStringList> appender = QtConcurrent::run([&] {
            QStringList made;
            for (int i = 0; !stop; ++i) {
                const QString file = path(i % 2 ? b : root);
                const QByteArray line = QStringLiteral("\nAppended line %1.\n").arg(i).toUtf8();
                for (int attempt = 0; attempt < 50 && !stop; ++attempt) {
                    QFile f(file);
                    if (f.open(QIODevice::Append) && f.write(line) == line.size()) {
                        f.close();
                        if (test::readFile(file).contains(line)) {
                            made << file + QLatin1Char('|') + QString::fromUtf8(line);
                            ++appendedSoFar;
                            break;
                        }
                    }
                }
                QThread::msleep(30); // a writer at a script's pace, not a spinning loop
            }
            return made;
        });

        // The bounded time: a timer ends the loop that the writers run in.
        QEventLoop loop;
        QElapsedTimer running;
        running.start();
        auto everyoneWrote = [&] {
            const auto landed = [](const Repeater &r) {
                return std::any_of(r.results().cbegin(), r.results().cend(), [](const Repeater::Result &x) { return x.exitCode == 0; });
            };
            return !appSaved.isEmpty() && lastRename >= 0 && appendedSoFar > 0 && landed(keys) && landed(lists);
        };
        QTimer watch;
        connect(&watch, &QTimer::timeout, &loop, [&] {
            if ((running.elapsed() >= RunMs && everyoneWrote()) || running.elapsed() >= MaxRunMs)
                loop.quit();
        });
        watch.start(50);
        loop.exec();
        appTimer.stop();
        renameTimer.stop();
        stop = true;
        keys.stop();
        lists.stop();
        fixes.stop();
        const QStringList appended = appender.result();
        // Once more with nobody else writing: whatever the root lists by now is mirrored.
        QProcess last;
        last.start(QStringLiteral(PATTERNBOOK_CLI_BINARY), {QStringLiteral("fix"), folder});
        QVERIFY(last.waitForFinished(60000));
        QCOMPARE(last.exitCode(), 0);
        const QByteArray lastFix = last.readAllStandardOutput();

        // What was reported made is there.
        const QByteArray rootNow = test::readFile(path(root));
        // The counts only show that each writer had its turns, even under the sanitizers' slowness.
        QVERIFY2(!appSaved.isEmpty(), qPrintable(QStringLiteral("%1 saves, %2 refused").arg(appSaved.size()).arg(appRefused.size())));
        for (const QString &key : std::as_const(appSaved))
            QVERIFY2(rootNow.contains((QLatin1Char('\n') + key + QStringLiteral(": 1\n")).toUtf8()), qPrintable(key));
        int setsMade = 0;
        for (const Repeater::Result &r : keys.results()) {
            if (r.exitCode != 0) {
                QVERIFY2(!r.err.isEmpty(), "a refused set says why");
                continue;
            }
            ++setsMade;
            const QString key = r.arguments.last().section(QLatin1Char('='), 0, 0);
            QVERIFY2(test::readFile(r.arguments.at(1)).contains((QLatin1Char('\n') + key + QStringLiteral(": 1\n")).toUtf8()),
                     qPrintable(key));
        }
        QVERIFY(setsMade > 0);
        const Pattern rootPattern = parsePattern(root, path(root), rootNow);
        for (const Repeater::Result &r : lists.results()) {
            if (r.exitCode != 0)
                continue;
            for (int id : idsIn(r.arguments.last()))
                QVERIFY2(rootPattern.fields.completionPatterns.contains(id), qPrintable(r.arguments.last()));
        }
        // Every link fix reported adding is there.
        int fixesMade = 0;
        static const QRegularExpression added(QStringLiteral("^(\\S+): .*Add 1 to context_patterns"));
        QList<Repeater::Result> fixRuns = fixes.results();
        fixRuns.append({{}, 0, lastFix, {}});
        for (const Repeater::Result &r : std::as_const(fixRuns)) {
            QVERIFY2(r.exitCode == 0 || r.exitCode == 1, r.err.constData());
            if (r.exitCode != 0)
                QVERIFY2(r.err.contains("not written"), r.err.constData());
            for (const QByteArray &line : r.out.split('\n')) {
                const QRegularExpressionMatch m = added.match(QString::fromUtf8(line));
                if (!m.hasMatch() || r.err.contains(m.captured(1).toUtf8()))
                    continue; // listed but refused: its file changed meanwhile
                ++fixesMade;
                const Pattern p = parsePattern(m.captured(1), m.captured(1), test::readFile(m.captured(1)));
                QVERIFY2(p.fields.contextPatterns.contains(1), qPrintable(m.captured(1)));
            }
        }
        QVERIFY(fixesMade > 0 || rootPattern.fields.completionPatterns == (QList<int>{2, 3}));
        for (const QString &made : appended) {
            const QString file = made.section(QLatin1Char('|'), 0, 0);
            QVERIFY2(test::readFile(file).contains(made.section(QLatin1Char('|'), 1).toUtf8()), qPrintable(made));
        }
        QVERIFY(!appended.isEmpty());
        if (lastRename >= 0) {
            for (const QString &name : {a, b})
                QVERIFY2(test::readFile(path(name)).contains(QStringLiteral("**Leaf v%1 (4)**").arg(lastRename).toUtf8()), qPrintable(name));
        }
        QVERIFY(renameNext > 0);

        // Every file parses and round-trips, and no temporary file is left behind.
        const Language language = Language::load(folder);
        for (const Pattern &p : language.patterns()) {
            QVERIFY2(!p.broken, qPrintable(p.fileName));
            QCOMPARE(reassemble(p), p.bytes);
        }
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral(".tmp")), QStringList());
        qInfo("app saves %lld (refused %lld), sets %d of %lld, lists %lld, fixes %d over %lld runs, appended %lld, "
              "renames %d (refused %d)",
              qlonglong(appSaved.size()), qlonglong(appRefused.size()), setsMade, qlonglong(keys.results().size()),
              qlonglong(lists.results().size()), fixesMade, qlonglong(fixes.results().size()), qlonglong(appended.size()),
              renameNext - renamesRefused, renamesRefused);
    }
};

QTEST_GUILESS_MAIN(TestWriters)
#include "tst_writers.moc"
