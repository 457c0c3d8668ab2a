// The one line diff (format/textdiff.h): what the changes dialog, the compare dialog, `fix
// --dry-run` and the tests show of a change.

#include "format/textdiff.h"
#include "testsupport.h"

#include <QTest>

using namespace pb;

namespace {

// The changed lines as "old:new before|after", for compact rows.
QStringList pairs(const QByteArray &before, const QByteArray &after)
{
    QStringList out;
    for (const ChangedLine &c : changedLines(before, after))
        out << QStringLiteral("%1:%2 %3|%4").arg(c.oldLine).arg(c.newLine).arg(c.before, c.after);
    return out;
}

} // namespace

class TestTextDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void changedLines_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QByteArray>("after");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("identical") << QByteArray("a\nb\n") << QByteArray("a\nb\n") << QStringList{};
        QTest::newRow("one-line-replaced") << QByteArray("a\nb\nc\n") << QByteArray("a\nB\nc\n") << QStringList{QStringLiteral("2:2 b|B")};
        QTest::newRow("inserted") << QByteArray("a\nc\n") << QByteArray("a\nb\nc\n") << QStringList{QStringLiteral("0:2 |b")};
        QTest::newRow("removed") << QByteArray("a\nb\nc\n") << QByteArray("a\nc\n") << QStringList{QStringLiteral("2:0 b|")};
        QTest::newRow("two-replaced-by-one")
            << QByteArray("a\nb1\nb2\nc\n") << QByteArray("a\nB\nc\n") << QStringList{QStringLiteral("2:2 b1|B"), QStringLiteral("3:0 b2|")};
        QTest::newRow("apart") << QByteArray("1\n2\n3\n4\n5\n") << QByteArray("one\n2\n3\n4\nfive\n")
                               << QStringList{QStringLiteral("1:1 1|one"), QStringLiteral("5:5 5|five")};
        // A line ending changed is a change, and shows.
        QTest::newRow("line-ending") << QByteArray("a\nb\n") << QByteArray("a\r\nb\n") << QStringList{QStringLiteral("1:1 a|a\r")};
        QTest::newRow("no-final-newline") << QByteArray("a\nb\n") << QByteArray("a\nb") << QStringList{QStringLiteral("3:0 |")};
    }

    void changedLines()
    {
        QFETCH(QByteArray, before);
        QFETCH(QByteArray, after);
        QFETCH(QStringList, expected);
        QCOMPARE(pairs(before, after), expected);
    }

    // Two texts of 10,000 lines with a change in each thousand: the diff finds exactly those. (A
    // table of common subsequences would have needed 400 MB for this; Myers' algorithm does not.)
    void largeTexts()
    {
        QByteArray before, after;
        for (int i = 0; i < 10000; ++i) {
            const QByteArray line = "line " + QByteArray::number(i) + "\n";
            before += line;
            after += i % 1000 == 500 ? "changed " + QByteArray::number(i) + "\n" : line;
        }
        const QList<ChangedLine> changed = pb::changedLines(before, after);
        QCOMPARE(changed.size(), 10);
        QCOMPARE(changed.first().oldLine, 501);
        QCOMPARE(changed.first().after, QStringLiteral("changed 500"));
    }

    void markedChange_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("expected");
        QTest::newRow("inserted-word") << QStringLiteral("the cat") << QStringLiteral("the big cat") << QStringLiteral("the {+big +}cat");
        QTest::newRow("replaced") << QStringLiteral("**Old (1)**") << QStringLiteral("**New (1)**") << QStringLiteral("**[-Old-]{+New+} (1)**");
        QTest::newRow("cut-to-context")
            << (QString(60, QLatin1Char('x')) + QStringLiteral(" a ") + QString(60, QLatin1Char('y')))
            << (QString(60, QLatin1Char('x')) + QStringLiteral(" b ") + QString(60, QLatin1Char('y')))
            << (QString(QChar(0x2026)) + QString(10, QLatin1Char('x')) + QStringLiteral(" [-a-]{+b+} ") + QString(10, QLatin1Char('y'))
                + QString(QChar(0x2026)));
    }

    void markedChange()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QString, expected);
        QCOMPARE(pb::markedChange(before, after, 11), expected);
    }

    void editDistance_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("distance");
        QTest::newRow("same") << QStringLiteral("name") << QStringLiteral("name") << 0;
        QTest::newRow("one-letter") << QStringLiteral("name") << QStringLiteral("nam") << 1;
        QTest::newRow("swap-is-two") << QStringLiteral("confidence") << QStringLiteral("confiednce") << 2;
        QTest::newRow("empty") << QString() << QStringLiteral("abc") << 3;
    }

    void editDistance()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, distance);
        QCOMPARE(pb::editDistance(a, b), distance);
        QCOMPARE(pb::editDistance(b, a), distance);
    }
};

QTEST_GUILESS_MAIN(TestTextDiff)
#include "tst_textdiff.moc"
