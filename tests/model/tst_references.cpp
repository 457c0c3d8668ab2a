#include "format/pattern.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace pb;

namespace {
const QByteArray frontMatter = "---\nid: 5\nname: \"Five\"\nconfidence: 0\n---\n"; // body starts on line 6

QString partName(ReferencePart part)
{
    switch (part) {
    case ReferencePart::Context:
        return QStringLiteral("context");
    case ReferencePart::Completion:
        return QStringLiteral("completion");
    case ReferencePart::Elsewhere:
        return QStringLiteral("elsewhere");
    }
    return {};
}
} // namespace

class TestReferences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // References come from cmark's tree: strong emphasis holding "Name (id)", nothing else.
    // Each expected reference reads "id|name|part|line:column".
    void extract_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("context-paragraph")
            << QByteArray("\n# Five\n\n_Within **Big One (1)** and **Big Two (2)**._\n")
            << QStringList{QStringLiteral("1|Big One|context|9:9"), QStringLiteral("2|Big Two|context|9:29")};
        QTest::newRow("completion-paragraph")
            << QByteArray("\n# Five\n\n_C._\n\n---\n\n**P.**\n\n---\n\nTherefore:\n\n**S.**\n\n---\n\n_Done by **Small (9)**._\n")
            << QStringList{QStringLiteral("9|Small|completion|23:10")};
        QTest::newRow("discussion-is-elsewhere")
            << QByteArray("\n# Five\n\nSee **Other (4)** too.\n") << QStringList{QStringLiteral("4|Other|elsewhere|9:5")};
        QTest::newRow("inline-code-is-not") << QByteArray("\nText `**Code (3)**` here.\n") << QStringList{};
        QTest::newRow("fenced-code-is-not") << QByteArray("\n```\n**Code (3)**\n```\n") << QStringList{};
        QTest::newRow("indented-code-is-not") << QByteArray("\n    **Code (3)**\n") << QStringList{};
        QTest::newRow("html-block-is-not") << QByteArray("\n<div>\n**Html (3)**\n</div>\n") << QStringList{};
        QTest::newRow("emphasis-is-not-strong") << QByteArray("\n*Italic (3)*\n") << QStringList{};
        QTest::newRow("no-number-is-not") << QByteArray("\n**Just Bold**\n") << QStringList{};
        QTest::newRow("word-in-parens-is-not") << QByteArray("\n**Name (three)**\n") << QStringList{};
        QTest::newRow("zero-is-not") << QByteArray("\n**Name (0)**\n") << QStringList{};
        QTest::newRow("nested-emphasis-is-not") << QByteArray("\n**The *Big* One (3)**\n") << QStringList{};
        QTest::newRow("underscore-strong-counts") << QByteArray("\n__Under (3)__\n") << QStringList{QStringLiteral("3|Under|elsewhere|7:1")};
        QTest::newRow("across-a-line-break")
            << QByteArray("\nSee **Value Stream\nAlignment (7)** here.\n") << QStringList{QStringLiteral("7|Value Stream Alignment|elsewhere|7:5")};
        QTest::newRow("unicode-columns")
            << QByteArray("\nÉté — **Café Society (12)**\n") << QStringList{QStringLiteral("12|Café Society|elsewhere|7:7")};
        QTest::newRow("in-a-list") << QByteArray("\n- **Listed (6)**\n") << QStringList{QStringLiteral("6|Listed|elsewhere|7:3")};
        // A reference is a name, not a paragraph: a bold paragraph ending in "(205)" is prose.
        QTest::newRow("bold-paragraph-ending-in-a-number-is-not")
            << ("\n**" + QByteArray("Build the thing in small steps, each one tested, ").repeated(11) + "as in (205)**\n")
            << QStringList{};
        QTest::newRow("twelve-words-are-a-name")
            << QByteArray("\n**One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve (3)**\n")
            << QStringList{QStringLiteral("3|One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve|elsewhere|7:1")};
        QTest::newRow("thirteen-words-are-prose")
            << QByteArray("\n**One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen (3)**\n")
            << QStringList{};
        QTest::newRow("a-hundred-characters-are-a-name")
            << ("\n**" + QByteArray(100, 'x') + " (3)**\n") << QStringList{QStringLiteral("3|") + QString(100, QLatin1Char('x')) + QStringLiteral("|elsewhere|7:1")};
        QTest::newRow("a-hundred-and-one-characters-are-prose")
            << ("\n**" + QByteArray(101, 'x') + " (3)**\n") << QStringList{};
        QTest::newRow("punctuation-in-a-name-is-kept")
            << QByteArray("\n**Service vs. Library: It's Inner Source, Not Inner Product (9)**\n")
            << QStringList{QStringLiteral("9|Service vs. Library: It's Inner Source, Not Inner Product|elsewhere|7:1")};
        QTest::newRow("words-counted-across-line-breaks")
            << QByteArray("\n**One Two Three Four Five Six\nSeven Eight Nine Ten Eleven Twelve Thirteen (3)**\n")
            << QStringList{};
        QTest::newRow("escaped-asterisks-are-not") << QByteArray("\n\\*\\*Esc (3)\\*\\*\n") << QStringList{};
    }
    void extract()
    {
        QFETCH(QByteArray, body);
        QFETCH(QStringList, expected);
        const Pattern p = parsePattern(QStringLiteral("5.md"), QStringLiteral("5.md"), frontMatter + body);
        QStringList got;
        for (const PatternReference &r : p.body.references)
            got << QStringLiteral("%1|%2|%3|%4:%5").arg(r.id).arg(r.name, partName(r.part)).arg(r.position.line).arg(r.position.column);
        QCOMPARE(got, expected);
    }

    // The spans point at the reference's bytes, for renaming.
    void spans()
    {
        const QByteArray bytes = frontMatter + "\nSee **Other Name (4)**, then\r\nmore.\n";
        const Pattern p = parsePattern(QStringLiteral("5.md"), QStringLiteral("5.md"), bytes);
        QCOMPARE(p.body.references.size(), 1);
        const PatternReference &r = p.body.references.first();
        QCOMPARE(bytes.mid(r.span.start, r.span.length()), QByteArray("**Other Name (4)**"));
        QCOMPARE(bytes.mid(r.nameSpan.start, r.nameSpan.length()), QByteArray("Other Name"));
    }

    // cmark's inline positions drift on continuation lines inside block quotes; the span is
    // found in the bytes, so a rename rewrites exactly the reference.
    void spansInsideBlockQuotes()
    {
        const QByteArray bytes = frontMatter + "\n> See **Value Stream\n> Alignment (7)** here,\n> and **Other (4)**.\n";
        const Pattern p = parsePattern(QStringLiteral("5.md"), QStringLiteral("5.md"), bytes);
        QCOMPARE(p.body.references.size(), 2);
        QCOMPARE(bytes.mid(p.body.references.at(0).span.start, p.body.references.at(0).span.length()),
                 QByteArray("**Value Stream\n> Alignment (7)**"));
        QCOMPARE(bytes.mid(p.body.references.at(1).span.start, p.body.references.at(1).span.length()), QByteArray("**Other (4)**"));
        for (const PatternReference &r : p.body.references)
            QVERIFY(r.nameSpan.end <= r.span.end);
    }

    void spansAfterBom()
    {
        const QByteArray bytes = "\xEF\xBB\xBFSee **Other (4)**.\n";
        const Pattern p = parsePattern(QStringLiteral("5.md"), QStringLiteral("5.md"), bytes);
        QCOMPARE(p.body.references.size(), 1);
        const PatternReference &r = p.body.references.first();
        QCOMPARE(bytes.mid(r.span.start, r.span.length()), QByteArray("**Other (4)**"));
        QCOMPARE(r.position.column, 5);
    }

    // Every Markdown file of the repository (and the format's reference beside it): each bold
    // "Name (id)" short enough to be a name is found as a reference, and nothing else is.
    void everyMarkdownFileOfTheRepository()
    {
        QStringList files;
        QDirIterator it(test::sourceDir(), {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (!path.contains(QLatin1String("/build")) && !path.contains(QLatin1String("/.git/")))
                files << path;
        }
        if (!test::referencePattern().isEmpty())
            files << test::referencePattern();
        QVERIFY(files.size() > 30);
        const QRegularExpression plain(QStringLiteral("\\*\\*([^*`\\n]+?) \\((\\d{1,9})\\)\\*\\*"));
        int total = 0;
        for (const QString &path : std::as_const(files)) {
            const QByteArray bytes = test::readFile(path);
            const Pattern p = parsePattern(QFileInfo(path).fileName(), path, bytes);
            if (!p.layout.hasFrontMatter || p.broken)
                continue; // the project's own documents, not patterns
            QSet<QString> found;
            for (const PatternReference &r : p.body.references) {
                QVERIFY(r.name.size() <= 100);
                QVERIFY(r.name.count(QLatin1Char(' ')) < 12);
                found.insert(QStringLiteral("%1 (%2)").arg(r.name).arg(r.id));
            }
            // What a reader takes for a reference on one line, in the body's plain text.
            const QString body = QString::fromUtf8(bytes.mid(p.layout.bodyStart));
            for (auto m = plain.globalMatch(body); m.hasNext();) {
                const auto match = m.next();
                const QString name = match.captured(1).simplified();
                const bool inCode = body.lastIndexOf(QLatin1String("```"), match.capturedStart()) >= 0
                                    || (match.capturedStart() > 0 && body.at(match.capturedStart() - 1) == QLatin1Char('`'));
                if (match.captured(2).toInt() > 0 && !inCode)
                    QVERIFY2(found.contains(QStringLiteral("%1 (%2)").arg(name, match.captured(2))),
                             qPrintable(path + QStringLiteral(": ") + match.captured(0)));
            }
            total += int(p.body.references.size());
        }
        QVERIFY(total > 100);
    }

    // The sample language's references all sit where the form puts them.
    void sampleLanguage()
    {
        const Language language = Language::load(test::sampleLanguageDir());
        int total = 0;
        for (const Pattern &p : language.patterns()) {
            for (const PatternReference &r : p.body.references) {
                ++total;
                QCOMPARE(p.bytes.mid(r.span.start, 2), QByteArray("**"));
                QCOMPARE(QString::fromUtf8(p.bytes.mid(r.nameSpan.start, r.nameSpan.length())).simplified(), r.name);
            }
        }
        QVERIFY(total > 50);
    }
};

QTEST_GUILESS_MAIN(TestReferences)
#include "tst_references.moc"
