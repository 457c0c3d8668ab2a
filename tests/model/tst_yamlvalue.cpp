#include "format/yamlvalue.h"

#include <QTest>

using namespace pb;

class TestYamlValue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Plain scalars resolve by YAML 1.2's core schema, not YAML 1.1's.
    void resolution_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QVariant>("expected");

        QTest::newRow("integer") << QStringLiteral("7") << QVariant(qint64(7));
        QTest::newRow("negative") << QStringLiteral("-3") << QVariant(qint64(-3));
        QTest::newRow("hex") << QStringLiteral("0x1F") << QVariant(qint64(31));
        QTest::newRow("octal-1.2-style") << QStringLiteral("0o17") << QVariant(qint64(15));
        QTest::newRow("true") << QStringLiteral("true") << QVariant(true);
        QTest::newRow("False") << QStringLiteral("False") << QVariant(false);
        QTest::newRow("yes-is-text-in-1.2") << QStringLiteral("yes") << QVariant(QStringLiteral("yes"));
        QTest::newRow("on-is-text-in-1.2") << QStringLiteral("on") << QVariant(QStringLiteral("on"));
        QTest::newRow("float") << QStringLiteral("1.5") << QVariant(1.5);
        QTest::newRow("null-tilde") << QStringLiteral("~") << QVariant();
        QTest::newRow("quoted-number-is-text") << QStringLiteral("\"7\"") << QVariant(QStringLiteral("7"));
        QTest::newRow("single-quoted") << QStringLiteral("'it''s'") << QVariant(QStringLiteral("it's"));
        QTest::newRow("flow-list") << QStringLiteral("[1, 3]")
                                   << QVariant(QVariantList{qint64(1), qint64(3)});
        QTest::newRow("flow-map") << QStringLiteral("{a: 1}") << QVariant(QVariantMap{{QStringLiteral("a"), qint64(1)}});
        QTest::newRow("text-with-spaces") << QStringLiteral("Value Stream Alignment")
                                          << QVariant(QStringLiteral("Value Stream Alignment"));
    }
    void resolution()
    {
        QFETCH(QString, text);
        QFETCH(QVariant, expected);
        QString error;
        const QVariant value = parseYamlValue(text, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(value, expected);
    }

    void syntaxError()
    {
        QString error;
        QVERIFY(!parseYamlValue(QStringLiteral("[1, 2"), &error).isValid());
        QVERIFY(!error.isEmpty());
    }

    // A value the app would not keep as given is refused, not cut down without a word.
    void refusedValues_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("a-second-document") << QStringLiteral("1\n---\nbody") << QStringLiteral("it holds 2 YAML documents, not one value");
        QTest::newRow("a-tag") << QStringLiteral("!!binary aGVsbG8=")
                               << QStringLiteral("the YAML tag tag:yaml.org,2002:binary would not be kept; quote the value");
        QTest::newRow("a-tag-inside-a-list") << QStringLiteral("[a, !custom b]")
                                             << QStringLiteral("the YAML tag !custom would not be kept; quote the value");
        QTest::newRow("an-alias-holding-itself") << QStringLiteral("&a [*a]") << QStringLiteral("it holds itself through an alias");
    }
    void refusedValues()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);
        QString why;
        QVERIFY(!parseYamlValue(text, &why).isValid());
        QCOMPARE(why, error);
    }

    // Whatever formatScalar writes reads back as the same value.
    void formatRoundTrip_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<int>("style");
        QTest::addColumn<QByteArray>("expected");

        const int plain = int(ScalarStyle::Plain), dq = int(ScalarStyle::DoubleQuoted), sq = int(ScalarStyle::SingleQuoted);
        QTest::newRow("plain-text") << QVariant(QStringLiteral("Small Batches")) << plain << QByteArray("Small Batches");
        QTest::newRow("number-looking-text-quoted") << QVariant(QStringLiteral("1984")) << plain << QByteArray("\"1984\"");
        QTest::newRow("bool-looking-text-quoted") << QVariant(QStringLiteral("true")) << plain << QByteArray("\"true\"");
        QTest::newRow("yaml11-bool-quoted") << QVariant(QStringLiteral("no")) << plain << QByteArray("\"no\"");
        QTest::newRow("colon-space-quoted") << QVariant(QStringLiteral("A: B")) << plain << QByteArray("\"A: B\"");
        QTest::newRow("hash-quoted") << QVariant(QStringLiteral("x #y")) << plain << QByteArray("\"x #y\"");
        QTest::newRow("leading-dash-quoted") << QVariant(QStringLiteral("- x")) << plain << QByteArray("\"- x\"");
        QTest::newRow("comma-quoted-for-flow") << QVariant(QStringLiteral("a, b")) << plain << QByteArray("\"a, b\"");
        QTest::newRow("empty-quoted") << QVariant(QString()) << plain << QByteArray("\"\"");
        QTest::newRow("double-quotes-escaped") << QVariant(QStringLiteral("say \"hi\"\\")) << dq
                                               << QByteArray("\"say \\\"hi\\\"\\\\\"");
        QTest::newRow("newline-escaped") << QVariant(QStringLiteral("a\nb")) << dq << QByteArray("\"a\\nb\"");
        QTest::newRow("single-quote-doubled") << QVariant(QStringLiteral("it's")) << sq << QByteArray("'it''s'");
        QTest::newRow("single-falls-back-for-newline") << QVariant(QStringLiteral("a\nb")) << sq << QByteArray("\"a\\nb\"");
        QTest::newRow("unicode-kept") << QVariant(QStringLiteral("Café — ü")) << dq << QByteArray("\"Café — ü\"");
        QTest::newRow("integer") << QVariant(qint64(42)) << dq << QByteArray("42");
        QTest::newRow("bool") << QVariant(false) << dq << QByteArray("false");
        QTest::newRow("null") << QVariant() << plain << QByteArray("null");
    }
    void formatRoundTrip()
    {
        QFETCH(QVariant, value);
        QFETCH(int, style);
        QFETCH(QByteArray, expected);
        const QByteArray text = formatScalar(value, ScalarStyle(style));
        QCOMPARE(text, expected);
        QString error;
        const QVariant back = parseYamlValue(QString::fromUtf8(text), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        if (value.typeId() == QMetaType::QString)
            QCOMPARE(back.toString(), value.toString());
        else
            QCOMPARE(back, value);
    }

    void flow()
    {
        const QVariant list = QVariantList{qint64(1), QStringLiteral("two"), QStringLiteral("a, b")};
        QCOMPARE(formatFlow(list), QByteArray("[1, two, \"a, b\"]"));
        QCOMPARE(parseYamlValue(QString::fromUtf8(formatFlow(list))), list);
    }
};

QTEST_GUILESS_MAIN(TestYamlValue)
#include "tst_yamlvalue.moc"
