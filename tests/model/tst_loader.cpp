#include "language/language.h"
#include "format/pattern.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QTest>

using namespace pb;

namespace {
// A front matter of the given lines, then a minimal body.
QByteArray file(const QByteArray &frontMatter, const QByteArray &body = "\n# Alpha\n")
{
    return "---\n" + frontMatter + "---\n" + body;
}
const QByteArray good = "id: 1\nname: \"Alpha\"\nconfidence: 0\n";
} // namespace

class TestLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The ways a file fails to be a pattern are in tst_badinput, the bad-input catalogue.

    // What authors write that is fine: all of it reads the same.
    void tolerated_data()
    {
        QTest::addColumn<QByteArray>("bytes");

        const QByteArray canonical = file("id: 7\nname: \"Value Stream Alignment\"\nconfidence: 2\nscale: 2\n"
                                          "context_patterns: [1, 3]\ncompletion_patterns: [8, 14]\n"
                                          "ai_dimension: false\ntags: [flow, value-stream]\n");
        QTest::newRow("canonical") << canonical;
        QTest::newRow("crlf") << test::variant(canonical, test::Variant::Crlf);
        QTest::newRow("bom") << test::variant(canonical, test::Variant::Bom);
        QTest::newRow("no-final-newline") << test::variant(canonical, test::Variant::NoFinalNewline);
        QTest::newRow("comments-and-any-order")
            << file("# leading comment\ntags: [flow, value-stream]   # trailing\nscale: 2\n"
                    "completion_patterns: [8, 14]\nai_dimension: false\n\n# between\nconfidence: 2 # two\n"
                    "context_patterns: [1, 3]\nname: \"Value Stream Alignment\"\nid: 7\n");
        QTest::newRow("plain-and-single-quoted")
            << file("id: 7\nname: Value Stream Alignment\nconfidence: 2\nscale: 2\ncontext_patterns: [1, 3]\n"
                    "completion_patterns: [8, 14]\nai_dimension: false\ntags: ['flow', \"value-stream\"]\n");
        QTest::newRow("block-lists")
            << file("id: 7\nname: \"Value Stream Alignment\"\nconfidence: 2\nscale: 2\ncontext_patterns:\n  - 1\n  - 3\n"
                    "completion_patterns:\n- 8\n- 14\nai_dimension: false\ntags:\n  - flow\n  # a comment\n  - value-stream\n");
        QTest::newRow("delimiters-with-comments")
            << QByteArray("--- # metadata\nid: 7\nname: \"Value Stream Alignment\"\nconfidence: 2\nscale: 2\n"
                          "context_patterns: [1, 3]\ncompletion_patterns: [8, 14]\nai_dimension: false\n"
                          "tags: [flow, value-stream]\n--- # end\n\n# x\n");
        QTest::newRow("delimiters-with-trailing-blanks")
            << QByteArray("---  \nid: 7\nname: \"Value Stream Alignment\"\nconfidence: 2\nscale: 2\ncontext_patterns: [1, 3]\n"
                          "completion_patterns: [8, 14]\nai_dimension: false\ntags: [flow, value-stream]\n---\t\n\n# x\n");
    }
    void tolerated()
    {
        QFETCH(QByteArray, bytes);
        const Pattern p = parsePattern(QStringLiteral("007.md"), QStringLiteral("007.md"), bytes);
        QVERIFY2(!p.broken, qPrintable(test::codesAt(p.diagnostics).join(QLatin1Char(' '))));
        QCOMPARE(p.fields.id, 7);
        QCOMPARE(p.fields.name, QStringLiteral("Value Stream Alignment"));
        QCOMPARE(p.fields.confidence, 2);
        QCOMPARE(p.fields.scale, 2);
        QCOMPARE(p.fields.contextPatterns, (QList<int>{1, 3}));
        QCOMPARE(p.fields.completionPatterns, (QList<int>{8, 14}));
        QCOMPARE(p.fields.aiDimension, std::optional<bool>(false));
        QCOMPARE(p.fields.tags, (QStringList{QStringLiteral("flow"), QStringLiteral("value-stream")}));
        QVERIFY(p.editable);
        QCOMPARE(p.entries.size(), 8);
    }

    void unknownKeysAreKeptAndTyposFlagged()
    {
        const Pattern p = parsePattern(QStringLiteral("a.md"), QStringLiteral("a.md"),
                                       file(good + "status: draft\nconfidance: 1\nowner:\n  name: x\n"));
        QVERIFY(!p.broken);
        QVERIFY(p.hasKey(QStringLiteral("status")));
        QVERIFY(p.hasKey(QStringLiteral("owner")));
        QCOMPARE(test::codesAt(p.diagnostics).filter(QStringLiteral("unknown-key")),
                 QStringList{QStringLiteral("unknown-key@6:1")});
    }

    void titleAndForm()
    {
        const Pattern p = parsePattern(QStringLiteral("a.md"), QStringLiteral("a.md"),
                                       file(good, "\n# Alpha **\n\n_Context._\n\n---\n\n**Problem.**\n"));
        QVERIFY(p.body.hasTitle);
        QCOMPARE(p.body.title, QStringLiteral("Alpha"));
        QCOMPARE(p.body.titleStars, 2);
        QCOMPARE(p.body.titlePosition.line, 7);
        QCOMPARE(p.body.line(FormPart::Context), 9);
        QCOMPARE(p.body.line(FormPart::Problem), 13);
        QVERIFY(!p.body.has(FormPart::Therefore));
    }

    // A language folder: patterns and the language's own documents, bad files among them.
    void loadFolder()
    {
        const QString dir = test::testDataDir() + QStringLiteral("/languages/broken");
        QHash<QString, QDateTime> before;
        for (QDirIterator it(dir, QDir::Files); it.hasNext();) {
            const QString f = it.next();
            before.insert(f, QFileInfo(f).lastModified());
        }
        const Language language = Language::load(dir);
        QCOMPARE(language.patternCount(), 7);
        QStringList broken;
        for (const Pattern &p : language.patterns()) {
            if (p.broken)
                broken << p.fileName;
        }
        QCOMPARE(broken, (QStringList{QStringLiteral("002-bad-yaml.md"), QStringLiteral("003-no-front-matter.md"),
                                      QStringLiteral("004-latin1.md"), QStringLiteral("005-wrong-types.md"),
                                      QStringLiteral("006-unterminated.md")}));
        // Loading never writes.
        for (QDirIterator it(dir, QDir::Files); it.hasNext();) {
            const QString f = it.next();
            QCOMPARE(QFileInfo(f).lastModified(), before.value(f));
        }
    }

    void languageDocuments()
    {
        const Language language = Language::load(test::testDataDir() + QStringLiteral("/languages/mini"));
        QCOMPARE(language.patternCount(), 4);
        QCOMPARE(language.documents().size(), 3);
        QCOMPARE(classifyFile(QStringLiteral("SCALES.md")), FileKind::Scales);
        QCOMPARE(classifyFile(QStringLiteral("_TEMPLATE.md")), FileKind::Template);
        QCOMPARE(classifyFile(QStringLiteral("index.md")), FileKind::Introduction);
        QCOMPARE(classifyFile(QStringLiteral("012-x.md")), FileKind::Pattern);
        QVERIFY(language.hasScales());
        QCOMPARE(language.scaleName(2), QStringLiteral("Part"));
        QVERIFY(language.templateBytes().contains("id: 0"));
        QCOMPARE(language.title(), QStringLiteral("Mini Language"));
        QCOMPARE(language.patternById(3)->fileName, QStringLiteral("003-middle-b.md"));
        QCOMPARE(language.indexOfId(99), -1);
    }

    void scalesTable_data()
    {
        QTest::addColumn<QByteArray>("markdown");
        QTest::addColumn<QStringList>("names");

        QTest::newRow("plain") << QByteArray("| Scale | Name | Description |\n| --- | --- | --- |\n| 1 | Whole | W |\n| 2 | Part | P |\n")
                               << QStringList{QStringLiteral("Whole"), QStringLiteral("Part")};
        QTest::newRow("bold-and-escaped-pipe")
            << QByteArray("|Scale|Name|Description|\n|:-:|---|---|\n| **3** | A \\| B | x |\n")
            << QStringList{QStringLiteral("A | B")};
        QTest::newRow("not-a-number-skipped") << QByteArray("| x | Name | d |\n| 11 | Too big | d |\n") << QStringList{};
    }
    void scalesTable()
    {
        QFETCH(QByteArray, markdown);
        QFETCH(QStringList, names);
        QStringList got;
        for (const Scale &s : parseScales(markdown))
            got << s.name;
        QCOMPARE(got, names);
    }

    void sampleLanguageLoadsClean()
    {
        const Language language = Language::load(test::sampleLanguageDir());
        QVERIFY(language.patternCount() >= 24);
        for (const Pattern &p : language.patterns())
            QVERIFY2(p.diagnostics.isEmpty(), qPrintable(p.fileName));
        QCOMPARE(language.scales().size(), 6);
    }

    void missingFolder()
    {
        const Language language = Language::load(QStringLiteral("/no/such/folder"));
        QCOMPARE(language.patternCount(), 0);
        QCOMPARE(language.loadDiagnostics().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestLoader)
#include "tst_loader.moc"
