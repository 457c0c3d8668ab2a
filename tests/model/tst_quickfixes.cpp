// Quick fixes: one per fixable diagnostic, and many at once. A fix changes only the lines it
// must (a link list, the title, the tags), keeps list style, and leaves the diagnostic gone.

#include "language/language.h"
#include "format/patternwriter.h"
#include "language/quickfixes.h"
#include "testsupport.h"
#include "language/validator.h"

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

    // Fixes that would add a link against the scale order, make a cycle, or guess which of two
    // patterns sharing an id a link means, are declined with the reason, for the author.
    void declined_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("reason");
        // The leaf's completion paragraph names the root: listing it would make the root complete
        // the leaf, a larger pattern as a completion.
        QTest::newRow("completion-naming-a-larger-pattern")
            << "004-leaf.md" << QByteArray("_Nothing smaller completes it; it is done by hand._")
            << QByteArray("_It ends where **Root Pattern (1)** began._") << "completion-not-listed"
            << "1 Root Pattern (scale 1) cannot complete 4 Leaf (scale 3), being the larger pattern: against the scale order";
        QTest::newRow("context-naming-a-smaller-pattern")
            << "001-root-pattern.md" << QByteArray("_This pattern stands at the top of the language; nothing contains it._")
            << QByteArray("_This pattern sits within **Leaf (4)**._") << "context-not-listed"
            << "1 Root Pattern (scale 1) cannot complete 4 Leaf (scale 3), being the larger pattern: against the scale order";
        // Two patterns of one scale: no order between them, but 2 -> 3 -> 2 would be a cycle.
        QTest::newRow("a-link-closing-a-cycle")
            << "003-middle-b.md" << QByteArray("completion_patterns: [4]") << QByteArray("completion_patterns: [4, 2]")
            << "unmirrored-link" << "";
        // A paragraph names an id no pattern has: listing it would make a link to nothing.
        QTest::newRow("a-link-to-an-id-no-pattern-has")
            << "002-middle-a.md" << QByteArray("_**Root Pattern (1)** needs parts;") << QByteArray("_**Root Pattern (1)** and **Ghost (77)** need parts;")
            << "context-not-listed" << "no pattern has the id 77 that the text names: a link to it would lead nowhere";
        QTest::newRow("a-tag-kebab-case-would-cut")
            << "004-leaf.md" << QByteArray("tags: [detail]") << QByteArray("tags: [C++]") << "tag-not-kebab-case"
            << "the tag “C++” has no kebab-case form that keeps all it says";
        QTest::newRow("two-tags-kebab-case-would-merge")
            << "004-leaf.md" << QByteArray("tags: [detail]") << QByteArray("tags: [Foo Bar, foo-bar]") << "tag-not-kebab-case"
            << "the tag “foo-bar” would become “foo-bar”, which the pattern has already";
        QTest::newRow("an-id-two-patterns-share")
            << "003-middle-b.md" << QByteArray("id: 3\n") << QByteArray("id: 2\n") << "self-link"
            << "two patterns share the id 2: which one the link means is for the author to say";
    }

    void declined()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, code);
        QFETCH(QString, reason);
        Language language = changed(file, from, to);
        if (QTest::currentDataTag() == QByteArray("a-link-closing-a-cycle")) {
            // Middle A lists Middle B as its completion already (its own list), and Middle B now
            // lists Middle A too: mirroring either would close 2 -> 3 -> 2.
            language = applied(language, {{QStringLiteral("002-middle-a.md"), language.patternById(2)->bytes,
                                           QByteArray(language.patternById(2)->bytes).replace("completion_patterns: [4]", "completion_patterns: [4, 3]"),
                                           1, {}}});
        }
        if (QTest::currentDataTag() == QByteArray("an-id-two-patterns-share")) {
            // The second pattern of id 2 lists 2: a self link, or a link to the other one?
            const Pattern *b = nullptr;
            for (const Pattern &p : language.patterns())
                if (p.fileName == QLatin1String("003-middle-b.md"))
                    b = &p;
            language = applied(language, {{b->fileName, b->bytes, QByteArray(b->bytes).replace("completion_patterns: [4]", "completion_patterns: [4, 2]"), 1, {}}});
        }
        const Diagnostics diagnostics = validate(language);
        const auto d = std::find_if(diagnostics.cbegin(), diagnostics.cend(), [&](const Diagnostic &x) { return x.codeName() == code; });
        QVERIFY2(d != diagnostics.cend(), qPrintable(test::codesAt(diagnostics).join(QLatin1Char(' '))));
        QString why;
        QVERIFY(!fixFor(language, *d, &why));
        if (reason.isEmpty())
            QVERIFY2(why.contains(QLatin1String("cycle")), qPrintable(why));
        else
            QCOMPARE(why, reason);
        // A whole run declines it too, and says so.
        const FixPlan plan = planFixesToFixedPoint(language, fixableCodes());
        QVERIFY2(std::any_of(plan.declined.cbegin(), plan.declined.cend(), [&](const QString &s) { return s.endsWith(why); }),
                 qPrintable(plan.declined.join(QLatin1Char('\n'))));
    }

    // A stale reference is renamed only where its words are those of the name written another
    // way; prose ending in an id is left for the author.
    void namesAlike_data()
    {
        QTest::addColumn<QString>("written");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("alike");
        QTest::newRow("plural-and-shortened") << "Thin Slices" << "Thin Slice Delivery" << true;
        QTest::newRow("older-name-sharing-words") << "Value Stream Map" << "Value Stream Alignment" << true;
        QTest::newRow("case-differs") << "root pattern" << "Root Pattern" << true;
        QTest::newRow("a-typo") << "Stream-Alinged Teams" << "Stream-Aligned Teams" << true;
        QTest::newRow("one-word-kept") << "Root" << "Root Pattern" << true;
        QTest::newRow("other-words") << "the way we work now" << "Stream-Aligned Teams" << false;
        QTest::newRow("a-sentence") << "Build in small steps and test each one as in" << "Small Batches" << false;
        QTest::newRow("empty") << "" << "Leaf" << false;
    }

    void namesAlike()
    {
        QFETCH(QString, written);
        QFETCH(QString, name);
        QFETCH(bool, alike);
        QCOMPARE(pb::namesAlike(written, name), alike);
    }

    // Each stale reference is its own diagnostic and its own fix: the close one renamed, the far
    // one left, and what is left is named by its own words at its own place.
    void staleReferencesAreFixedOneByOne()
    {
        const Language language = changed(QStringLiteral("003-middle-b.md"), "This part works next to **Middle A (2)**",
                                          "This part works next to **Apple Pie (2)**, also called **Middle As (2)**");
        const FixPlan plan = planFixesToFixedPoint(language, {Code::StaleReference});
        QCOMPARE(plan.applied, 1);
        QCOMPARE(plan.edits.size(), 1);
        QVERIFY(plan.edits.first().after.contains("**Apple Pie (2)**, also called **Middle A (2)**"));
        QCOMPARE(plan.declined.size(), 1);
        QVERIFY2(plan.declined.first().contains(QStringLiteral("“Apple Pie” is not close")), qPrintable(plan.declined.first()));
        QVERIFY2(plan.declined.first().startsWith(QLatin1String("lang/003-middle-b.md:22:25:")), qPrintable(plan.declined.first()));
    }

    void staleReferenceNotLikeTheNameIsDeclined()
    {
        const Language language = changed(QStringLiteral("003-middle-b.md"), "**Middle A (2)**", "**the other half of the work (2)**");
        const Diagnostics diagnostics = validate(language);
        const auto d = std::find_if(diagnostics.cbegin(), diagnostics.cend(), [](const Diagnostic &x) { return x.code == Code::StaleReference; });
        QVERIFY(d != diagnostics.cend());
        QString why;
        QVERIFY(!fixFor(language, *d, &why));
        QCOMPARE(why, QStringLiteral("“the other half of the work” is not close to the name “Middle A”: rename it by hand if it means that pattern"));
    }

    // A whole run reaches its fixed point: what it leaves, a second run leaves too; it never adds
    // a cycle or a link against the scale order, and never leaves more warnings than it found.
    void fixedPoint()
    {
        QList<QPair<QString, QByteArray>> files = test::generatedLanguage(60, 6);
        int touched = 0;
        for (auto &[name, bytes] : files) {
            const int id = name.left(5).toInt();
            if (id <= 0)
                continue;
            if (id % 3 == 0) { // forget the context list
                const int at = int(bytes.indexOf("context_patterns: ["));
                const int end = int(bytes.indexOf('\n', at));
                bytes.replace(at, end - at, "context_patterns: []");
                ++touched;
            }
            if (id % 7 == 0 && id > 10) { // a completion paragraph naming a larger pattern
                const int at = int(bytes.lastIndexOf("._\n"));
                bytes.insert(at, QByteArray(" Compare **Pattern 1 (1)**"));
                ++touched;
            }
        }
        QVERIFY(touched > 20);
        const Language language = test::languageOf(files);
        const Diagnostics before = validate(language);
        const auto warnings = [](const Diagnostics &all) { return std::count_if(all.cbegin(), all.cend(), [](const Diagnostic &d) { return !d.isError(); }); };
        const FixPlan plan = planFixesToFixedPoint(language, defaultFixCodes());
        QVERIFY(plan.applied > 20);
        QVERIFY(!plan.declined.isEmpty());
        const Language after = applied(language, plan.edits);
        const Diagnostics now = validate(after);
        QVERIFY(warnings(now) <= warnings(before));
        QCOMPARE(test::codes(now).count(QStringLiteral("completion-cycle")), test::codes(before).count(QStringLiteral("completion-cycle")));
        // No link against the scale order was added.
        for (const Pattern &p : after.patterns()) {
            for (int id : p.fields.completionPatterns) {
                const Pattern *q = after.patternById(id);
                const Pattern *old = language.patternById(p.fields.id);
                if (q && q->fields.scale < p.fields.scale)
                    QVERIFY2(old->fields.completionPatterns.contains(id), qPrintable(p.fileName));
            }
        }
        // The second run proposes nothing.
        const FixPlan again = planFixesToFixedPoint(after, defaultFixCodes());
        QCOMPARE(again.edits.size(), 0);
        QCOMPARE(again.declined, plan.declined);
    }
};

QTEST_GUILESS_MAIN(TestQuickFixes)
#include "tst_quickfixes.moc"
