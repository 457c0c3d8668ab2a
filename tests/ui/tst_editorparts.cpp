// Parts of the editor without a window: the highlighter's colours from cmark's parse, and the
// render queue's merging of requests that come while one renders.

#include "markdownhighlighter.h"
#include "diffview.h"
#include "renderqueue.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QSemaphore>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace pb;
using namespace pb::ui;

namespace {
// The format the highlighter gave the character at `column` of `line` (0-based).
QTextCharFormat formatAt(QTextDocument &doc, int line, int column)
{
    const QTextBlock block = doc.findBlockByNumber(line);
    for (const QTextLayout::FormatRange &r : block.layout()->formats()) {
        if (column >= r.start && column < r.start + r.length)
            return r.format;
    }
    return {};
}
} // namespace

class TestEditorParts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void highlighterColoursFromTheParse()
    {
        QTextDocument doc;
        doc.setPlainText(QStringLiteral("# Title\n\nSee **Good (1)**, **Gone (9)** and **Old Name (2)**; *em* and `**Code (1)**`.\n"));
        MarkdownHighlighter highlighter(&doc, false);
        highlighter.setNames({{1, QStringLiteral("Good")}, {2, QStringLiteral("New Name")}});
        highlighter.rehighlight();
        QVERIFY(formatAt(doc, 0, 2).fontWeight() > QFont::Normal || formatAt(doc, 0, 2).fontPointSize() > 0
                || formatAt(doc, 0, 2).foreground().style() != Qt::NoBrush);
        QCOMPARE(highlighter.stateOf(1, QStringLiteral("Good")), MarkdownHighlighter::ReferenceState::Good);
        QCOMPARE(highlighter.stateOf(9, QStringLiteral("Gone")), MarkdownHighlighter::ReferenceState::Broken);
        QCOMPARE(highlighter.stateOf(2, QStringLiteral("Old Name")), MarkdownHighlighter::ReferenceState::Stale);
        QVERIFY(highlighter.describe(2, QStringLiteral("Old Name")).contains(QLatin1String("New Name")));
        // The three references are found where they stand, and their states coloured apart.
        const QString line = doc.findBlockByNumber(2).text();
        const int good = int(line.indexOf(QLatin1String("**Good"))), gone = int(line.indexOf(QLatin1String("**Gone"))),
                  old = int(line.indexOf(QLatin1String("**Old")));
        QVERIFY(highlighter.referenceAt(2, good + 3));
        QCOMPARE(highlighter.referenceAt(2, gone + 3)->id, 9);
        QCOMPARE(highlighter.referenceAt(2, old + 3)->name, QStringLiteral("Old Name"));
        QVERIFY(!highlighter.referenceAt(2, int(line.indexOf(QLatin1String("**Code"))) + 3)); // code is no reference
        const QColor goodColour = formatAt(doc, 2, good + 3).foreground().color();
        const QColor goneColour = formatAt(doc, 2, gone + 3).foreground().color();
        const QColor oldColour = formatAt(doc, 2, old + 3).foreground().color();
        QVERIFY(goodColour != goneColour && goneColour != oldColour && goodColour != oldColour);
        // An edit colours again: the reference made good.
        highlighter.setNames({{1, QStringLiteral("Good")}, {2, QStringLiteral("Old Name")}, {9, QStringLiteral("Gone")}});
        highlighter.rehighlight();
        QCOMPARE(formatAt(doc, 2, gone + 3).foreground().color(), goodColour);
    }

    // Requests that come while one renders are merged: the newest is rendered next, the ones in
    // between never, and a preview's keepScroll survives the merge.
    void renderQueueMergesRequests()
    {
        RenderQueue queue;
        // The first render waits for the test's word: the other requests surely arrive while it
        // runs, however fast the machine.
        QSemaphore gate;
        queue.setRenderFunction([&gate](const RenderQueue::Request &r) {
            if (r.ticket == 1)
                gate.acquire();
            return renderText(r.fileName, r.bytes, {}, {});
        });
        QSignalSpy rendered(&queue, &RenderQueue::rendered);
        QList<quint64> tickets;
        const QByteArray text = test::generatedLanguage(1, 1).last().second;
        for (int i = 0; i < 6; ++i) {
            RenderQueue::Request r;
            r.fileName = QStringLiteral("00001-pattern.md");
            r.bytes = text + QByteArray::number(i);
            r.keepScroll = i == 2;
            tickets << queue.request(r);
        }
        QVERIFY(queue.isBusy());
        gate.release();
        // Done when the queue is idle: nothing pending, nothing running.
        QTRY_VERIFY_WITH_TIMEOUT(!queue.isBusy(), 20000);
        QCOMPARE(rendered.size(), 2); // the first, and the newest: nothing in between
        QCOMPARE(rendered.at(0).at(2).toULongLong(), tickets.first());
        QCOMPARE(rendered.at(1).at(2).toULongLong(), tickets.last());
        QVERIFY(rendered.at(1).at(1).toBool()); // a merged request asked to keep the scroll
    }

    // The compare and changes dialogs' view: the changed lines side by side, old on the left and
    // new on the right, each with its number and its changed words marked, a line around each.
    void sideBySideShowsBothTexts()
    {
        const QByteArray before = "one\ntwo\nthree old words\nfour\nfive\nsix\n";
        const QByteArray after = "one\ntwo\nthree new words\nfour\nfive\nsix\nseven\n";
        const QString html = sideBySideHtml(before, after, QStringLiteral("Yours"), QStringLiteral("On disk now"));
        QVERIFY(html.contains(QLatin1String("Yours")) && html.contains(QLatin1String("On disk now")));
        QVERIFY2(html.contains(QLatin1String("three <span style=\"background:#f6d3d0; text-decoration:line-through;\">old</span> words")),
                 qPrintable(html));
        QVERIFY(html.contains(QLatin1String("three <span style=\"background:#cfe8cf; font-weight:bold;\">new</span> words")));
        QVERIFY(html.contains(QLatin1String(">seven<")));
        QVERIFY(!html.contains(QLatin1String(">one<"))); // two lines from any change: left out
        QVERIFY(html.contains(QLatin1String(">two<")));  // one line around a change: shown
    }
};

QTEST_MAIN(TestEditorParts)
#include "tst_editorparts.moc"
