// The patternbook command line, run as a user runs it: a separate process, no display.

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace pb;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// `fileSizeLimit` >= 0 runs the command as on a full disk: its writes fail past that many bytes.
Run runProgram(const QString &program, const QStringList &arguments, qint64 fileSizeLimit = -1)
{
    QProcess process;
    if (fileSizeLimit >= 0)
        process.setChildProcessModifier([fileSizeLimit] { test::FileSizeLimit::applyInChild(fileSizeLimit); });
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY")); // headless commands need none
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    if (!process.waitForFinished(60000))
        qFatal("%s did not finish", qPrintable(program));
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

Run patternbook(const QStringList &arguments, qint64 fileSizeLimit = -1)
{
    return runProgram(QStringLiteral(PATTERNBOOK_BINARY), arguments, fileSizeLimit);
}

// The headless program: the same commands.
Run patternbookCli(const QStringList &arguments) { return runProgram(QStringLiteral(PATTERNBOOK_CLI_BINARY), arguments); }

QString copyOf(const QString &language, QTemporaryDir &dir)
{
    for (const QString &name : QDir(language).entryList({QStringLiteral("*.md")}, QDir::Files))
        QFile::copy(language + QLatin1Char('/') + name, dir.filePath(name));
    return dir.path();
}

QString mini() { return test::testDataDir() + QStringLiteral("/languages/mini"); }
QString broken() { return test::testDataDir() + QStringLiteral("/languages/broken"); }

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validateCleanSamplePrintsNothing()
    {
        const Run r = patternbook({QStringLiteral("validate"), test::sampleLanguageDir()});
        QCOMPARE(r.out, QByteArray());
        QCOMPARE(r.err, QByteArray());
        QCOMPARE(r.exitCode, 0);
    }

    void validateBrokenLanguage()
    {
        const Run r = patternbook({QStringLiteral("validate"), broken()});
        QCOMPARE(r.exitCode, 1);
        const QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.size() >= 7);
        static const QRegularExpression style(
            QStringLiteral("^[^:]+\\.md:\\d+:\\d+: (error|warning): .+ \\[[a-z0-9-]+\\]$"));
        for (const QString &line : lines)
            QVERIFY2(style.match(line).hasMatch(), qPrintable(line));
        QVERIFY(r.out.contains("002-bad-yaml.md:4:19: error: YAML: end of sequence flow not found"));
        QVERIFY(r.out.contains("004-latin1.md:3:11: error: byte 0xe9 is not valid UTF-8"));
        QVERIFY(r.err.contains("errors and"));
    }

    void validateJson()
    {
        const Run r = patternbook({QStringLiteral("validate"), broken(), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(r.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(root.value(QStringLiteral("patterns")).toInt(), 7);
        const QJsonArray list = root.value(QStringLiteral("diagnostics")).toArray();
        QCOMPARE(list.size(), root.value(QStringLiteral("errors")).toInt() + root.value(QStringLiteral("warnings")).toInt());
        const QJsonObject first = list.first().toObject();
        for (const char *key : {"file", "line", "column", "severity", "code", "message"})
            QVERIFY2(first.contains(QLatin1String(key)), key);
    }

    void validateWarningsOnlyExitsZeroUnlessWerror()
    {
        QTemporaryDir dir;
        copyOf(mini(), dir);
        QFile f(dir.filePath(QStringLiteral("004-leaf.md")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray bytes = f.readAll();
        f.close();
        bytes.replace("# Leaf *", "# Leaves *");
        test::writeFile(dir.filePath(QStringLiteral("004-leaf.md")), bytes);
        QCOMPARE(patternbook({QStringLiteral("validate"), dir.path()}).exitCode, 0);
        QCOMPARE(patternbook({QStringLiteral("validate"), dir.path(), QStringLiteral("--werror")}).exitCode, 1);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("unknown-command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("validate-without-dir") << QStringList{QStringLiteral("validate")};
        QTest::newRow("validate-missing-dir") << QStringList{QStringLiteral("validate"), QStringLiteral("/no/such/dir")};
        QTest::newRow("validate-unknown-option") << QStringList{QStringLiteral("validate"), mini(), QStringLiteral("--nope")};
        QTest::newRow("graph-bad-format") << QStringList{QStringLiteral("graph"), mini(), QStringLiteral("--format=gif")};
        QTest::newRow("graph-bad-paper") << QStringList{QStringLiteral("graph"), mini(), QStringLiteral("--paper=B7")};
        QTest::newRow("render-a-folder") << QStringList{QStringLiteral("render"), mini()};
        QTest::newRow("set-without-assignment") << QStringList{QStringLiteral("set"), mini() + QStringLiteral("/004-leaf.md")};
        QTest::newRow("set-not-key-value") << QStringList{QStringLiteral("set"), mini() + QStringLiteral("/004-leaf.md"),
                                                          QStringLiteral("scale")};
        QTest::newRow("set-bad-yaml") << QStringList{QStringLiteral("set"), mini() + QStringLiteral("/004-leaf.md"),
                                                     QStringLiteral("tags=[a, b")};
        QTest::newRow("set-a-document") << QStringList{QStringLiteral("set"), mini() + QStringLiteral("/SCALES.md"),
                                                       QStringLiteral("id=3")};
        QTest::newRow("export-site-without-output") << QStringList{QStringLiteral("export-site"), mini()};
        QTest::newRow("export-site-missing-dir") << QStringList{QStringLiteral("export-site"), QStringLiteral("/no/such/dir"),
                                                                QStringLiteral("/tmp/out")};
        QTest::newRow("export-pdf-bad-paper") << QStringList{QStringLiteral("export-pdf"), mini(), QStringLiteral("/tmp/x.pdf"),
                                                             QStringLiteral("--paper=A5")};
        QTest::newRow("export-epub-bad-ids") << QStringList{QStringLiteral("export-epub"), mini(), QStringLiteral("/tmp/x.epub"),
                                                            QStringLiteral("--only=three")};
        QTest::newRow("export-epub-bad-lang") << QStringList{QStringLiteral("export-epub"), mini(), QStringLiteral("/tmp/x.epub"),
                                                             QStringLiteral("--lang=<script>")};
        QTest::newRow("export-unknown-kind") << QStringList{QStringLiteral("export-docx"), mini(), QStringLiteral("/tmp/x")};
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        const Run r = patternbook(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.startsWith("patternbook: "));
        QCOMPARE(r.out, QByteArray());
    }

    // An export writes its output and says so; it refuses a folder of other files, an unknown id or
    // tour, and leaves the output as it was.
    void exports()
    {
        QTemporaryDir dir;
        const QString site = dir.filePath(QStringLiteral("site"));
        const Run ok = patternbook({QStringLiteral("export-site"), mini(), site});
        QCOMPARE(ok.exitCode, 0);
        QVERIFY2(ok.err.contains(": 4 patterns in "), ok.err.constData());
        QVERIFY(QFileInfo::exists(site + QStringLiteral("/index.html")));
        const Run again = patternbook({QStringLiteral("export-site"), mini(), site, QStringLiteral("--only=1,4")});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(QDir(site + QStringLiteral("/patterns")).entryList(QDir::Files).size(), 2);

        test::writeFile(dir.filePath(QStringLiteral("mine/letter.txt")), "dear");
        const Run refused = patternbook({QStringLiteral("export-site"), mini(), dir.filePath(QStringLiteral("mine"))});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("already holds files that no export made"), refused.err.constData());
        const Run unknown = patternbook({QStringLiteral("export-epub"), mini(), dir.filePath(QStringLiteral("x.epub")),
                                         QStringLiteral("--only=1,99")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains("no pattern has id 99"), unknown.err.constData());
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("x.epub"))));
        const Run epub = patternbook({QStringLiteral("export-epub"), mini(), dir.filePath(QStringLiteral("x.epub"))});
        QCOMPARE(epub.exitCode, 0);
        QVERIFY(test::readFile(dir.filePath(QStringLiteral("x.epub"))).startsWith("PK"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 (QStringList{QStringLiteral("mine"), QStringLiteral("site"), QStringLiteral("x.epub")}));
    }

    // The headless program runs every command, links no widgets, GUI or web engine, and names
    // itself in its messages.
    void headlessProgram()
    {
        const Run validate = patternbookCli({QStringLiteral("validate"), mini()});
        QCOMPARE(validate.exitCode, patternbook({QStringLiteral("validate"), mini()}).exitCode);
        QCOMPARE(validate.out, patternbook({QStringLiteral("validate"), mini()}).out);
        const Run version = patternbookCli({QStringLiteral("--version")});
        QVERIFY(version.out.startsWith("patternbook-cli "));
        const Run wrong = patternbookCli({QStringLiteral("frobnicate")});
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY(wrong.err.startsWith("patternbook-cli: unknown command 'frobnicate'"));
        QVERIFY(patternbookCli({}).out.contains("Usage: patternbook-cli COMMAND"));
        const Run ldd = runProgram(QStringLiteral("ldd"), {QStringLiteral(PATTERNBOOK_CLI_BINARY)});
        QCOMPARE(ldd.exitCode, 0);
        QVERIFY(ldd.out.contains("libQt6Core"));
        for (const char *library : {"libQt6Widgets", "libQt6Gui", "libQt6WebEngine", "libQt6Svg", "libQt6Network"})
            QVERIFY2(!ldd.out.contains(library), library);
    }

    void helpAndVersion()
    {
        const Run help = patternbook({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("check-roundtrip DIR"));
        const Run version = patternbook({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("patternbook "));
        const Run sub = patternbook({QStringLiteral("set"), QStringLiteral("--help")});
        QCOMPARE(sub.exitCode, 0);
        QVERIFY(sub.out.contains("Usage: patternbook set FILE KEY=VALUE"));
    }

    void render()
    {
        const Run r = patternbook({QStringLiteral("render"), mini() + QStringLiteral("/002-middle-a.md")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("<!DOCTYPE html>"));
        QVERIFY(r.out.contains("<title>Middle A</title>"));
        QVERIFY(r.out.contains("href=\"pattern:1\""));
        const Run fragment = patternbook({QStringLiteral("render"), mini() + QStringLiteral("/002-middle-a.md"),
                                          QStringLiteral("--fragment"), QStringLiteral("--links=html")});
        QVERIFY(fragment.out.startsWith("<article"));
        QVERIFY(fragment.out.contains("href=\"001-root-pattern.html\""));
    }

    void graph()
    {
        const Run dot = patternbook({QStringLiteral("graph"), mini()});
        QCOMPARE(dot.exitCode, 0);
        QVERIFY(dot.out.startsWith("digraph"));
        const Run json = patternbook({QStringLiteral("graph"), mini(), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(json.out).object().value(QStringLiteral("nodes")).toArray().size(), 4);
    }

    void setWritesOnlyTheField()
    {
        QTemporaryDir dir;
        copyOf(mini(), dir);
        const QString file = dir.filePath(QStringLiteral("003-middle-b.md"));
        const QByteArray before = test::readFile(file);
        const Run r = patternbook({QStringLiteral("set"), file, QStringLiteral("confidence=1"), QStringLiteral("tags=[part, second]")});
        QCOMPARE(r.exitCode, 0);
        const QByteArray after = test::readFile(file);
        QCOMPARE(test::changedLines(before, after), (QStringList{QStringLiteral("4"), QStringLiteral("8"), QStringLiteral("12")}));
        QVERIFY(after.contains("\nconfidence: 1\n"));
        QVERIFY(after.contains("\n# Middle B *\n"));
        QCOMPARE(patternbook({QStringLiteral("validate"), dir.path()}).exitCode, 0);
    }

    void setRefusedLeavesFile()
    {
        QTemporaryDir dir;
        copyOf(mini(), dir);
        const QString file = dir.filePath(QStringLiteral("003-middle-b.md"));
        const QByteArray before = test::readFile(file);
        const Run r = patternbook({QStringLiteral("set"), file, QStringLiteral("id=2")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("duplicate-id"));
        QCOMPARE(test::readFile(file), before);
    }

    void setOnAFullDiskChangesNothing()
    {
        QTemporaryDir dir;
        copyOf(mini(), dir);
        const QString file = dir.filePath(QStringLiteral("003-middle-b.md"));
        const QByteArray before = test::readFile(file);
        const QStringList files = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
        const Run r = patternbook({QStringLiteral("set"), file, QStringLiteral("confidence=1")}, 100);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("File too large"), r.err.constData());
        QVERIFY2(r.err.contains("003-middle-b.md"), r.err.constData());
        QCOMPARE(test::readFile(file), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), files);
    }

    void setDryRunAndUnset()
    {
        QTemporaryDir dir;
        copyOf(mini(), dir);
        const QString file = dir.filePath(QStringLiteral("002-middle-a.md"));
        const QByteArray before = test::readFile(file);
        const Run r = patternbook({QStringLiteral("set"), file, QStringLiteral("--unset"), QStringLiteral("ai_dimension"),
                                   QStringLiteral("--dry-run")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.out.contains("ai_dimension"));
        QCOMPARE(test::readFile(file), before); // a dry run writes nothing
    }

    void fixMirrorsOneSidedLinks()
    {
        QTemporaryDir dir;
        copyOf(mini(), dir);
        const QString root = dir.filePath(QStringLiteral("001-root-pattern.md"));
        const QString leaf = dir.filePath(QStringLiteral("004-leaf.md"));
        test::writeFile(root, test::readFile(root).replace("completion_patterns: [2, 3]", "completion_patterns: [2, 3, 4]"));
        QVERIFY(patternbook({QStringLiteral("validate"), dir.path()}).out.contains("unmirrored-link"));
        const QByteArray before = test::readFile(leaf);

        const Run dry = patternbook({QStringLiteral("fix"), dir.path(), QStringLiteral("--dry-run")});
        QCOMPARE(dry.exitCode, 0);
        QVERIFY2(dry.out.contains("004-leaf.md"), dry.out.constData());
        QCOMPARE(test::readFile(leaf), before); // a dry run writes nothing

        const Run fix = patternbook({QStringLiteral("fix"), dir.path()});
        QCOMPARE(fix.exitCode, 0);
        QVERIFY2(fix.err.contains("1 fix in 1 file"), fix.err.constData());
        const QByteArray after = test::readFile(leaf);
        QCOMPARE(test::changedLines(before, after), QStringList{QStringLiteral("6")});
        QVERIFY(after.contains("\ncontext_patterns: [2, 3, 1]\n"));
        QVERIFY(!patternbook({QStringLiteral("validate"), dir.path()}).out.contains("unmirrored-link"));
        QCOMPARE(patternbook({QStringLiteral("check-roundtrip"), dir.path()}).exitCode, 0);
        // Nothing left: a second run changes nothing.
        QVERIFY(patternbook({QStringLiteral("fix"), dir.path()}).err.contains("0 fixes in 0 files"));

        QCOMPARE(patternbook({QStringLiteral("fix"), dir.path(), QStringLiteral("--only"), QStringLiteral("no-such-code")}).exitCode, 2);
        QCOMPARE(patternbook({QStringLiteral("fix"), dir.path(), QStringLiteral("--only"), QStringLiteral("missing-therefore")}).exitCode, 2);
    }

    void validateForGitHubActions()
    {
        const Run r = patternbook({QStringLiteral("validate"), broken(), QStringLiteral("--format"), QStringLiteral("github")});
        QCOMPARE(r.exitCode, 1);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QVERIFY(!lines.isEmpty());
        static const QRegularExpression annotation(QStringLiteral("^::(error|warning) file=[^,:]+(,line=\\d+,col=\\d+)?,title=[a-z0-9-]+::.+$"));
        for (const QByteArray &line : lines)
            QVERIFY2(annotation.match(QString::fromUtf8(line)).hasMatch(), line.constData());
        QVERIFY(r.out.contains("::error file="));
    }

    void checkRoundtrip()
    {
        const Run r = patternbook({QStringLiteral("check-roundtrip"), test::sampleLanguageDir()});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray());
        QVERIFY(r.err.contains("every byte round-trips"));
        const Run b = patternbook({QStringLiteral("check-roundtrip"), broken()});
        QCOMPARE(b.exitCode, 0); // broken files are kept as read, too
    }

    // Two `set` of one file at once: each waits for the other's write and makes its edit on it.
    // Before the folder lock and the compare-and-swap, one change was lost in 20 of 20 rounds.
    void concurrentSetsLoseNothing()
    {
        QTemporaryDir dir;
        copyOf(mini(), dir);
        const QString file = dir.filePath(QStringLiteral("003-middle-b.md"));
        for (int round = 0; round < 8; ++round) {
            QList<QProcess *> running;
            for (const QString &key : {QStringLiteral("first_%1").arg(round), QStringLiteral("second_%1").arg(round)}) {
                auto *process = new QProcess(this);
                process->start(QStringLiteral(PATTERNBOOK_CLI_BINARY), {QStringLiteral("set"), file, key + QStringLiteral("=1")});
                running << process;
            }
            for (QProcess *process : running) {
                QVERIFY(process->waitForFinished(30000));
                QCOMPARE(process->exitCode(), 0);
                delete process;
            }
            const QByteArray after = test::readFile(file);
            QVERIFY2(after.contains(QStringLiteral("first_%1: 1").arg(round).toUtf8()), after.constData());
            QVERIFY2(after.contains(QStringLiteral("second_%1: 1").arg(round).toUtf8()), after.constData());
        }
        QCOMPARE(patternbook({QStringLiteral("check-roundtrip"), dir.path()}).exitCode, 0);
    }

    // With two patterns of one id, a "self link" may be meant for the other one: fix writes
    // nothing and says which errors to mend first.
    void fixRefusesALanguageWithErrors()
    {
        QTemporaryDir dir;
        copyOf(mini(), dir);
        const QString b = dir.filePath(QStringLiteral("003-middle-b.md"));
        test::writeFile(b, test::readFile(b).replace("id: 3\n", "id: 2\n").replace("completion_patterns: [4]", "completion_patterns: [4, 2]"));
        const QByteArray before = test::readFile(b);
        const Run r = patternbook({QStringLiteral("fix"), dir.path()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.out.contains("duplicate-id"), r.out.constData());
        QVERIFY2(r.err.contains("fix them first; nothing was written"), r.err.constData());
        QCOMPARE(test::readFile(b), before);
    }

    // Every changed line is shown before and after, so that a refactor surprises nobody.
    void fixDryRunShowsOldAndNewText()
    {
        QTemporaryDir dir;
        copyOf(mini(), dir);
        const QString root = dir.filePath(QStringLiteral("001-root-pattern.md"));
        test::writeFile(root, test::readFile(root).replace("completion_patterns: [2, 3]", "completion_patterns: [2, 3, 4]"));
        const Run dry = patternbook({QStringLiteral("fix"), dir.path(), QStringLiteral("--dry-run")});
        QCOMPARE(dry.exitCode, 0);
        QVERIFY2(dry.out.contains("      6 - context_patterns: [2, 3]\n      6 + context_patterns: [2, 3, 1]\n"), dry.out.constData());
    }

    // On a full disk nothing is written, and the summary says so rather than counting fixes.
    void fixOnAFullDiskSaysNothingWasWritten()
    {
        QTemporaryDir dir;
        copyOf(mini(), dir);
        const QString root = dir.filePath(QStringLiteral("001-root-pattern.md"));
        test::writeFile(root, test::readFile(root).replace("completion_patterns: [2, 3]", "completion_patterns: [2, 3, 4]"));
        const QByteArray leaf = test::readFile(dir.filePath(QStringLiteral("004-leaf.md")));
        const Run r = patternbook({QStringLiteral("fix"), dir.path()}, 100);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("1 fix in 1 file: nothing was written"), r.err.constData());
        QVERIFY2(r.err.contains("File too large"), r.err.constData());
        QCOMPARE(test::readFile(dir.filePath(QStringLiteral("004-leaf.md"))), leaf);
    }

    // Standard output and error on one pipe, as in a CI log: every line is whole, the summary last.
    void diagnosticLinesStayWholeOnOnePipe()
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral(PATTERNBOOK_BINARY), {QStringLiteral("validate"), broken()});
        QVERIFY(process.waitForFinished(60000));
        const QStringList lines = QString::fromUtf8(process.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.size() > 3);
        static const QRegularExpression diagnostic(QStringLiteral("^[^:]+(:\\d+:\\d+)?: (error|warning): .+ \\[[a-z0-9-]+\\]$"));
        for (int i = 0; i + 1 < lines.size(); ++i)
            QVERIFY2(diagnostic.match(lines.at(i)).hasMatch(), qPrintable(lines.at(i)));
        QVERIFY2(lines.last().contains(QLatin1String(" in ")), qPrintable(lines.last()));
    }

    // A file that cannot be read is not a file that round-trips: named, and the exit says so.
    void checkRoundtripNamesUnreadableFiles()
    {
        QTemporaryDir dir;
        copyOf(mini(), dir);
        QVERIFY(::mkfifo(QFile::encodeName(dir.filePath(QStringLiteral("005-pipe.md"))).constData(), 0644) == 0);
        const Run r = patternbook({QStringLiteral("check-roundtrip"), dir.path()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("005-pipe.md: not checked: "), r.out.constData());
        QVERIFY2(!r.err.contains("every byte round-trips"), r.err.constData());
    }

    // The files of a fix are written all or none: one that cannot be written stops them all.
    void fixWritesAllOrNothing()
    {
        QTemporaryDir dir;
        copyOf(mini(), dir);
        const QString root = dir.filePath(QStringLiteral("001-root-pattern.md"));
        const QString a = dir.filePath(QStringLiteral("002-middle-a.md"));
        const QString b = dir.filePath(QStringLiteral("003-middle-b.md"));
        const QString leaf = dir.filePath(QStringLiteral("004-leaf.md"));
        test::writeFile(root, test::readFile(root).replace("completion_patterns: [2, 3]", "completion_patterns: [2, 3, 4]"));
        test::writeFile(a, test::readFile(a).replace("completion_patterns: [4]", "completion_patterns: [4, 3]"));
        const QByteArray leafBefore = test::readFile(leaf), bBefore = test::readFile(b);
        QFile::setPermissions(b, QFile::ReadOwner);
        const Run r = patternbook({QStringLiteral("fix"), dir.path()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("003-middle-b.md is read-only"), r.err.constData());
        QVERIFY2(r.err.contains("nothing was written"), r.err.constData());
        QCOMPARE(test::readFile(leaf), leafBefore);
        QCOMPARE(test::readFile(b), bBefore);
        QFile::setPermissions(b, QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(patternbook({QStringLiteral("fix"), dir.path()}).exitCode, 0);
        QVERIFY(test::readFile(leaf).contains("context_patterns: [2, 3, 1]"));
        QVERIFY(test::readFile(b).contains("context_patterns: [1, 2]"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
