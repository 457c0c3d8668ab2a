// What the editor colours, read from cmark's parse: each kind where it stands, in bytes.

#include "format/markdownspans.h"

#include <QTest>

using namespace pb;

Q_DECLARE_METATYPE(MarkdownSpan::Kind)

class TestMarkdownSpans : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void spans_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<MarkdownSpan::Kind>("kind");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("end"); // -1: the whole line

        QTest::newRow("heading") << QByteArray("# Title **\n") << MarkdownSpan::Heading << 1 << 0 << -1;
        QTest::newRow("emphasis") << QByteArray("a _b_ c\n") << MarkdownSpan::Emphasis << 1 << 2 << 5;
        QTest::newRow("strong") << QByteArray("a **b** c\n") << MarkdownSpan::Strong << 1 << 2 << 7;
        QTest::newRow("reference") << QByteArray("see **Small Batches (19)**.\n") << MarkdownSpan::Reference << 1 << 4 << 26;
        QTest::newRow("link") << QByteArray("[x](http://e.org)\n") << MarkdownSpan::Link << 1 << 0 << 17;
        QTest::newRow("inline code") << QByteArray("a `**X (1)**` b\n") << MarkdownSpan::Code << 1 << 3 << 12; // the code, inside its backticks
        QTest::newRow("code block") << QByteArray("```\ncode\n```\n") << MarkdownSpan::CodeBlock << 2 << 0 << -1;
        QTest::newRow("rule") << QByteArray("a\n\n---\n\nb\n") << MarkdownSpan::Rule << 3 << 0 << -1;
        QTest::newRow("quote") << QByteArray("> quoted\n") << MarkdownSpan::Quote << 1 << 0 << -1;
        QTest::newRow("html block") << QByteArray("<div>\nx\n</div>\n") << MarkdownSpan::HtmlBlock << 1 << 0 << -1;
        QTest::newRow("multibyte before") << QByteArray("é **b** c\n") << MarkdownSpan::Strong << 1 << 3 << 8;
        QTest::newRow("emphasis over two lines") << QByteArray("a _b\nc_ d\n") << MarkdownSpan::Emphasis << 2 << 0 << 2;
    }

    void spans()
    {
        QFETCH(QByteArray, text);
        QFETCH(MarkdownSpan::Kind, kind);
        QFETCH(int, line);
        QFETCH(int, start);
        QFETCH(int, end);
        const QList<MarkdownSpan> spans = markdownSpans(text);
        const auto it = std::find_if(spans.cbegin(), spans.cend(),
                                     [&](const MarkdownSpan &s) { return s.kind == kind && s.line == line; });
        QVERIFY(it != spans.cend());
        QCOMPARE(it->start, start);
        QCOMPARE(it->end, end);
    }

    void references()
    {
        const QList<MarkdownSpan> spans = markdownSpans("**Small Batches (19)** and **not one** and `**Code (3)**`\n");
        QList<MarkdownSpan> refs;
        for (const MarkdownSpan &s : spans) {
            if (s.kind == MarkdownSpan::Reference)
                refs << s;
        }
        QCOMPARE(refs.size(), 1);
        QCOMPARE(refs.first().referenceId, 19);
        QCOMPARE(refs.first().referenceName, QStringLiteral("Small Batches"));
    }
};

QTEST_GUILESS_MAIN(TestMarkdownSpans)
#include "tst_markdownspans.moc"
