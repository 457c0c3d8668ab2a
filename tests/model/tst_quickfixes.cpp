// Quick fixes: one per fixable diagnostic, and many at once. A fix changes only the lines it
// must (a link list, the title, the tags), keeps list style, and leaves the diagnostic gone.

#include "language.h"
#include "patternwriter.h"
#include "quickfixes.h"
#include "testsupport.h"
#include "validator.h"

#include <QTest>

using namespace pb;

namespace {

QList<QPair<QString, QByteArray>> miniFiles()
{
    QList<QPair<QString, QByteArray>> files;
    const Language language = Language::load(test::testDataDir() + QStringLiteral("/languages/mini"));
    for (const Pattern &p : language.patterns())
        files.append({p.fileName, p.bytes});
    for (const LanguageDocument &d : language.documents())
        files.append({d.fileName, d.bytes});
    return files;
}

// The mini language with `from` replaced by `to` in `file`.
Language changed(const QString &file, const QByteArray &from, const QByteArray &to)
{
    QList<QPair<QString, QByteArray>> files = miniFiles();
    for (auto &[name, bytes] : files) {
        if (name == file) {
            if (!bytes.contains(from))
                qFatal("%s does not contain %s", qPrintable(file), from.constData());
            bytes.replace(from, to);
        }
    }
    return test::languageOf(files);
}

Language applied(const Language &language, const QList<FileEdit> &edits)
{
    Language out = language;
    for (const FileEdit &e : edits)
        out.setPattern(parsePattern(e.fileName, out.pathFor(e.fileName), e.after));
    return out;
}

} // namespace

class TestQuickFixes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixes_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("fixedFile");
        QTest::addColumn<QByteArray>("fixedLine"); // the one line of fixedFile that changes, as it reads after

        QTest::newRow("unmirrored completion link") << "001-root-pattern.md" << QByteArray("completion_patterns: [2, 3]")
                                                    << QByteArray("completion_patterns: [2, 3, 4]") << "unmirrored-link"
                                                    << "004-leaf.md" << QByteArray("context_patterns: [2, 3, 1]");
        QTest::newRow("unmirrored context link") << "004-leaf.md" << QByteArray("context_patterns: [2, 3]")
                                                 << QByteArray("context_patterns: [2, 3, 1]") << "unmirrored-link"
                                                 << "001-root-pattern.md" << QByteArray("completion_patterns: [2, 3, 4]");
        QTest::newRow("named in the context, not listed") << "002-middle-a.md" << QByteArray("context_patterns: [1]")
                                                          << QByteArray("context_patterns: []") << "context-not-listed"
                                                          << "002-middle-a.md" << QByteArray("context_patterns: [1]");
        QTest::newRow("named in the completion, not listed") << "002-middle-a.md" << QByteArray("completion_patterns: [4]")
                                                             << QByteArray("completion_patterns: []") << "completion-not-listed"
                                                             << "002-middle-a.md" << QByteArray("completion_patterns: [4]");
        QTest::newRow("duplicate link") << "002-middle-a.md" << QByteArray("completion_patterns: [4]")
                                        << QByteArray("completion_patterns: [4, 4]") << "duplicate-link"
                                        << "002-middle-a.md" << QByteArray("completion_patterns: [4]");
        QTest::newRow("self link") << "002-middle-a.md" << QByteArray("completion_patterns: [4]")
                                   << QByteArray("completion_patterns: [4, 2]") << "self-link"
                                   << "002-middle-a.md" << QByteArray("completion_patterns: [4]");
        QTest::newRow("title's stars") << "002-middle-a.md" << QByteArray("# Middle A *") << QByteArray("# Middle A ***")
                                       << "title-confidence" << "002-middle-a.md" << QByteArray("# Middle A *");
        QTest::newRow("title's words") << "002-middle-a.md" << QByteArray("# Middle A *") << QByteArray("# Middle Aye *")
                                       << "title-mismatch" << "002-middle-a.md" << QByteArray("# Middle A *");
        QTest::newRow("tag case") << "002-middle-a.md" << QByteArray("tags: [part]") << QByteArray("tags: [part, Big_Part]")
                                  << "tag-not-kebab-case" << "002-middle-a.md" << QByteArray("tags: [part, big-part]");
        QTest::newRow("stale reference") << "002-middle-a.md" << QByteArray("_**Root Pattern (1)** needs")
                                         << QByteArray("_**Root (1)** needs") << "stale-reference" << "002-middle-a.md"
                                         << QByteArray("_**Root Pattern (1)** needs parts; this is the first of them._");
    }

    void fixes()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, code);
        QFETCH(QString, fixedFile);
        QFETCH(QByteArray, fixedLine);
        const Language language = changed(file, from, to);
        const Diagnostics diagnostics = validate(language);
        const auto d = std::find_if(diagnostics.cbegin(), diagnostics.cend(), [&](const Diagnostic &x) { return x.codeName() == code; });
        QVERIFY2(d != diagnostics.cend(), qPrintable(test::codesAt(diagnostics).join(QLatin1Char(' '))));
        QVERIFY(hasFix(*d));
        const std::optional<QuickFix> fix = fixFor(language, *d);
        QVERIFY(fix);
        QVERIFY(!fix->title.isEmpty());
        QCOMPARE(fix->edits.size(), 1);
        const FileEdit &edit = fix->edits.first();
        QCOMPARE(edit.fileName, fixedFile);
        const QStringList lines = test::changedLines(edit.before, edit.after);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(edit.after.split('\n').at(lines.first().toInt() - 1), fixedLine);
        // It round-trips and the diagnostic is gone.
        const Pattern after = parsePattern(edit.fileName, edit.fileName, edit.after);
        QCOMPARE(reassemble(after), edit.after);
        QVERIFY(!test::codes(validate(applied(language, fix->edits))).contains(code));
        // Applied, there is nothing left to fix.
        QVERIFY(!fixFor(applied(language, fix->edits), *d));
    }

    void notEverythingHasAFix()
    {
        const Language language = changed(QStringLiteral("002-middle-a.md"), "Therefore:", "Thus:");
        const Diagnostics diagnostics = validate(language);
        for (const Diagnostic &d : diagnostics) {
            if (d.code == Code::MissingTherefore) {
                QVERIFY(!hasFix(d));
                QVERIFY(!fixFor(language, d));
            }
        }
        QVERIFY(!defaultFixCodes().contains(Code::StaleReference)); // prose: only when asked for
    }

    // Many one-sided links at once: one edit per file, only the link lists' lines change, and
    // validate has no one-sided link left.
    void manyAtOnce()
    {
        QList<QPair<QString, QByteArray>> files = test::generatedLanguage(60, 8);
        int stripped = 0;
        for (auto &[name, bytes] : files) {
            // Half the patterns forget their context lists; a quarter write theirs in block style.
            const int id = name.left(5).toInt();
            const int at = int(bytes.indexOf("context_patterns: ["));
            if (at < 0 || id % 2)
                continue;
            const int end = int(bytes.indexOf('\n', at));
            bytes.replace(at, end - at, id % 4 ? QByteArray("context_patterns: []") : QByteArray("context_patterns:\n  - 999"));
            ++stripped;
        }
        QVERIFY(stripped > 20);
        const Language language = test::languageOf(files);
        const Diagnostics before = validate(language);
        const int unmirrored = int(std::count_if(before.cbegin(), before.cend(), [](const Diagnostic &d) { return d.code == Code::UnmirroredLink; }));
        QVERIFY(unmirrored > 20);
        Diagnostics chosen = before;
        chosen.removeIf([](const Diagnostic &d) { return d.code != Code::UnmirroredLink; });
        const FixPlan plan = planFixes(language, chosen);
        QCOMPARE(plan.applied, unmirrored);
        QCOMPARE(plan.skipped, 0);
        QSet<QString> files2;
        for (const FileEdit &e : plan.edits) {
            QVERIFY(!files2.contains(e.fileName)); // one edit per file
            files2.insert(e.fileName);
            const Pattern p = parsePattern(e.fileName, e.fileName, e.after);
            QCOMPARE(reassemble(p), e.after);
            const QList<QByteArray> lines = e.after.split('\n');
            for (const QString &line : test::changedLines(e.before, e.after)) {
                const QByteArray text = lines.value(line.startsWith(QLatin1Char('+')) ? line.mid(1).toInt() - 1 : line.toInt() - 1);
                QVERIFY2(text.startsWith("context_patterns:") || text.startsWith("  - "), text.constData());
            }
            // Block lists stay block lists.
            if (e.before.contains("context_patterns:\n  - 999"))
                QVERIFY(e.after.contains("context_patterns:\n  - 999\n  - "));
        }
        const Diagnostics after = validate(applied(language, plan.edits));
        QVERIFY(!test::codes(after).contains(QStringLiteral("unmirrored-link")));
    }
};

QTEST_GUILESS_MAIN(TestQuickFixes)
#include "tst_quickfixes.moc"
