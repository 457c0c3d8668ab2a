#include "format/textindex.h"

#include <QTest>

using namespace pb;

class TestTextIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void position_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("offset");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");

        QTest::newRow("start") << QByteArray("abc\ndef") << 0 << 1 << 1;
        QTest::newRow("second-line") << QByteArray("abc\ndef") << 5 << 2 << 2;
        QTest::newRow("at-line-break") << QByteArray("abc\ndef") << 3 << 1 << 4;
        QTest::newRow("crlf-second-line") << QByteArray("ab\r\ncd") << 4 << 2 << 1;
        QTest::newRow("multibyte-counts-one-column") << QByteArray("é—x") << 5 << 1 << 3;
        QTest::newRow("bom-is-not-a-column") << QByteArray("\xEF\xBB\xBFid") << 4 << 1 << 2;
        QTest::newRow("past-end-clamps") << QByteArray("ab") << 10 << 1 << 3;
        QTest::newRow("empty") << QByteArray() << 0 << 1 << 1;
    }
    void position()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, offset);
        QFETCH(int, line);
        QFETCH(int, column);
        const TextIndex index(text);
        const TextPosition pos = index.position(offset);
        QCOMPARE(pos.line, line);
        QCOMPARE(pos.column, column);
    }

    void lines()
    {
        const TextIndex index(QByteArray("one\r\ntwo\nthree"));
        QCOMPARE(index.lineCount(), 3);
        QCOMPARE(index.lineStart(2), 5);
        QCOMPARE(index.lineEnd(1), 3); // before the CR
        QCOMPARE(index.nextLineStart(1), 5);
        QCOMPARE(index.lineEnd(3), 14);
        QCOMPARE(index.offset(2, 3), 7);
        QCOMPARE(index.lineAt(8), 2); // a line break belongs to its line
        QCOMPARE(index.lineAt(9), 3);
    }

    void utf8_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("firstInvalid");

        QTest::newRow("ascii") << QByteArray("plain text") << -1;
        QTest::newRow("two-three-four-byte") << QByteArray("é — 😀") << -1;
        QTest::newRow("latin1-e-acute") << QByteArray("caf\xe9!") << 3;
        QTest::newRow("truncated-sequence") << QByteArray("ab\xe2\x80") << 2;
        QTest::newRow("lone-continuation") << QByteArray("a\x80") << 1;
        QTest::newRow("overlong-slash") << QByteArray("\xc0\xaf") << 0;
        QTest::newRow("surrogate") << QByteArray("x\xed\xa0\x80") << 1;
        QTest::newRow("beyond-unicode") << QByteArray("\xf4\x90\x80\x80") << 0;
        QTest::newRow("invalid-lead-byte") << QByteArray("ok\xff") << 2;
    }
    void utf8()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, firstInvalid);
        QCOMPARE(firstInvalidUtf8(bytes.constData(), int(bytes.size())), firstInvalid);
    }

    void lineEnding()
    {
        QCOMPARE(dominantLineEnding("a\nb\n"), QByteArray("\n"));
        QCOMPARE(dominantLineEnding("a\r\nb\r\nc\n"), QByteArray("\r\n"));
        QCOMPARE(dominantLineEnding("no break"), QByteArray("\n"));
    }
};

QTEST_GUILESS_MAIN(TestTextIndex)
#include "tst_textindex.moc"
