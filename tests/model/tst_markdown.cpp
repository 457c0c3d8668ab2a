// md::ScratchDocument, the arena-backed cmark parse that pattern parsing uses, against cmark's own
// allocator: the same tree, node for node, on every Markdown file of the repository and on inputs
// made to strain the arena (long texts whose buffers grow, deep nesting, bytes that aren't text).

#include "format/markdown_p.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QTest>

using namespace pb;

namespace {

// Each node as one line: event, type, positions, literal, url and title.
QByteArrayList describe(cmark_node *root)
{
    QByteArrayList out;
    cmark_iter *iter = cmark_iter_new(root);
    cmark_event_type event;
    while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        cmark_node *n = cmark_iter_get_node(iter);
        QByteArray line = QByteArray(event == CMARK_EVENT_ENTER ? "enter " : "exit ") + cmark_node_get_type_string(n);
        line += ' ' + QByteArray::number(cmark_node_get_start_line(n)) + ':' +
                QByteArray::number(cmark_node_get_start_column(n));
        line += '-' + QByteArray::number(cmark_node_get_end_line(n)) + ':' +
                QByteArray::number(cmark_node_get_end_column(n));
        if (const char *literal = cmark_node_get_literal(n))
            line += " literal=" + QByteArray(literal).toHex();
        if (const char *url = cmark_node_get_url(n))
            line += " url=" + QByteArray(url).toHex();
        if (const char *title = cmark_node_get_title(n))
            line += " title=" + QByteArray(title).toHex();
        out.append(line);
    }
    cmark_iter_free(iter);
    return out;
}

} // namespace

class TestMarkdown : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scratchMatchesCmarkAllocator_data()
    {
        QTest::addColumn<QByteArray>("markdown");
        QDirIterator it(test::sourceDir(), {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.contains(QLatin1String("/build")) || path.contains(QLatin1String("/.git/")))
                continue;
            QTest::newRow(qPrintable(QDir(test::sourceDir()).relativeFilePath(path))) << test::readFile(path);
        }
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("one-megabyte-paragraph") << QByteArray(1 << 20, 'a');
        QTest::newRow("long-code-block") << "```\n" + QByteArray("code line\n").repeated(50000) + "```\n";
        QTest::newRow("thousand-references") << QByteArray("**Name (12)** and _more_ `code`\n").repeated(1000);
        QTest::newRow("deeply-nested-lists") << [] {
            QByteArray text;
            for (int i = 0; i < 200; ++i)
                text += QByteArray(i * 2, ' ') + "- item\n";
            return text;
        }();
        QTest::newRow("deeply-nested-quotes") << QByteArray(5000, '>') + " deep\n";
        static const char withNul[] = "a\0b \xff\xfe **x (1)**\r\n\r\nc";
        QTest::newRow("nul-and-invalid-utf8") << QByteArray(withNul, sizeof withNul - 1);
        QTest::newRow("links-and-entities")
            << QByteArray("[a](http://x \"t\") &amp; &#1234; ![i](y.png)\n\n<div>\nhtml\n</div>\n");
    }
    void scratchMatchesCmarkAllocator()
    {
        QFETCH(QByteArray, markdown);
        const md::Document plain = md::parse(markdown.constData(), markdown.size());
        const QByteArrayList expected = describe(plain.get());
        const md::ScratchDocument scratch(markdown.constData(), markdown.size());
        QCOMPARE(describe(scratch.get()), expected);
    }

    // Documents one after another on a thread, and cmark's own allocator between them: each
    // arena is the thread's only while its document lives.
    void arenasFollowOneAnother()
    {
        const QByteArray text = "# Title *\n\n_**A (1)** needs it._\n";
        QByteArrayList first;
        {
            const md::ScratchDocument doc(text.constData(), text.size());
            first = describe(doc.get());
        }
        const md::Document plain = md::parse(text.constData(), text.size());
        QCOMPARE(describe(plain.get()), first);
        for (int i = 0; i < 100; ++i) {
            const md::ScratchDocument doc(text.constData(), text.size());
            QCOMPARE(describe(doc.get()), first);
        }
    }
};

QTEST_GUILESS_MAIN(TestMarkdown)
#include "tst_markdown.moc"
