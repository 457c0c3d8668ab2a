#include "language/language.h"
#include "format/patternwriter.h"
#include "language/savecheck.h"
#include "format/savefile.h"
#include "testsupport.h"
#include "format/yamlvalue.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pb;

namespace {

QList<FieldEdit> readEdits(const QString &path, QStringList *changedLines)
{
    QList<FieldEdit> edits;
    const QList<QByteArray> lines = test::readFile(path).split('\n');
    for (const QByteArray &raw : lines) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (line.startsWith(QLatin1String("changed-lines:"))) {
            for (const QString &n : line.mid(14).split(QLatin1Char(','), Qt::SkipEmptyParts))
                changedLines->append(n.trimmed());
        } else if (line.startsWith(QLatin1Char('-'))) {
            edits.append(FieldEdit::unset(line.mid(1)));
        } else {
            const int eq = int(line.indexOf(QLatin1Char('=')));
            QString error;
            const QVariant value = parseYamlValue(line.mid(eq + 1), &error);
            if (!error.isEmpty())
                qFatal("bad edit in %s: %s", qPrintable(path), qPrintable(error));
            edits.append(FieldEdit::set(line.left(eq), value));
        }
    }
    return edits;
}

QStringList filesToRoundTrip()
{
    QStringList files;
    for (const QString &dir : {test::sampleLanguageDir(), test::testDataDir() + QStringLiteral("/languages/mini"),
                               test::testDataDir() + QStringLiteral("/languages/broken")}) {
        for (const QString &name : QDir(dir).entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name))
            files << dir + QLatin1Char('/') + name;
    }
    const QDir edits(test::testDataDir() + QStringLiteral("/edits"));
    for (const QString &name : edits.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        files << edits.filePath(name + QStringLiteral("/input.md"));
        files << edits.filePath(name + QStringLiteral("/expected.md"));
    }
    if (!test::referencePattern().isEmpty())
        files << test::referencePattern();
    return files;
}

} // namespace

class TestWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Load and save with no change gives back every byte, in every variant of every file.
    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        for (const QString &path : filesToRoundTrip()) {
            const QByteArray bytes = test::readFile(path);
            const QString name = path.section(QLatin1Char('/'), -2);
            for (const auto &[variantName, v] : test::allVariants())
                QTest::addRow("%s/%s", qPrintable(name), qPrintable(variantName)) << test::variant(bytes, v);
        }
    }
    void roundTrip()
    {
        QFETCH(QByteArray, bytes);
        const Pattern p = parsePattern(QStringLiteral("f.md"), QStringLiteral("f.md"), bytes);
        QCOMPARE(reassemble(p), bytes);
        if (p.broken || !p.editable)
            return;
        QCOMPARE(checkEntrySpans(p), QString());
        // Setting fields to the values they have changes nothing.
        QList<FieldEdit> same{FieldEdit::set(QStringLiteral("id"), p.fields.id),
                              FieldEdit::set(QStringLiteral("name"), p.fields.name)};
        if (p.hasKey(QStringLiteral("tags")))
            same.append(FieldEdit::set(QStringLiteral("tags"), p.fields.tags));
        const EditResult r = applyEdits(p, same);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.bytes, bytes);
    }

    // Golden folders: input.md with edits.txt applied gives expected.md, byte for byte, in every
    // variant; and the lines that change are those edits.txt names.
    void goldenEdits_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<int>("variant");
        const QDir edits(test::testDataDir() + QStringLiteral("/edits"));
        for (const QString &name : edits.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            for (const auto &[variantName, v] : test::allVariants())
                QTest::addRow("%s/%s", qPrintable(name), qPrintable(variantName)) << edits.filePath(name) << int(v);
        }
    }
    void goldenEdits()
    {
        QFETCH(QString, folder);
        QFETCH(int, variant);
        QStringList expectedChanges;
        const QList<FieldEdit> edits = readEdits(folder + QStringLiteral("/edits.txt"), &expectedChanges);
        const QByteArray inputText = test::readFile(folder + QStringLiteral("/input.md"));
        const QByteArray expectedText = test::readFile(folder + QStringLiteral("/expected.md"));
        QCOMPARE(test::changedLines(inputText, expectedText), expectedChanges);

        const QByteArray input = test::variant(inputText, test::Variant(variant));
        const QByteArray expected = test::variant(expectedText, test::Variant(variant));
        const Pattern p = parsePattern(QStringLiteral("input.md"), QStringLiteral("input.md"), input);
        const EditResult r = applyEdits(p, edits);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(QString::fromUtf8(r.bytes), QString::fromUtf8(expected));
    }

    void referencePatternEdit()
    {
        if (test::referencePattern().isEmpty())
            QSKIP("the format's reference pattern is not beside the repository");
        const QByteArray bytes = test::readFile(test::referencePattern());
        const Pattern p = parsePattern(QStringLiteral("007.md"), QStringLiteral("007.md"), bytes);
        const EditResult r = applyEdits(p, {FieldEdit::set(QStringLiteral("confidence"), 1)});
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(test::changedLines(bytes, r.bytes), (QStringList{QStringLiteral("4"), QStringLiteral("17")}));
        QVERIFY(r.bytes.contains("\n# Value Stream Alignment *\n"));
    }

    // An edit that would leave the file invalid is refused, with the diagnostics, and nothing is
    // written.
    void refusedEdit_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("code");

        QTest::newRow("confidence-out-of-range") << "confidence" << QVariant(qint64(3)) << "out-of-range";
        QTest::newRow("id-taken") << "id" << QVariant(qint64(2)) << "duplicate-id";
        QTest::newRow("name-taken") << "name" << QVariant(QStringLiteral("Middle A")) << "duplicate-name";
        QTest::newRow("scale-as-text") << "scale" << QVariant(QStringLiteral("big")) << "wrong-type";
        QTest::newRow("links-not-a-list") << "context_patterns" << QVariant(qint64(1)) << "wrong-type";
        QTest::newRow("empty-name") << "name" << QVariant(QString()) << "empty-value";
    }
    void refusedEdit()
    {
        QFETCH(QString, key);
        QFETCH(QVariant, value);
        QFETCH(QString, code);
        QTemporaryDir dir;
        const QString mini = test::testDataDir() + QStringLiteral("/languages/mini");
        for (const QString &name : QDir(mini).entryList({QStringLiteral("*.md")}, QDir::Files))
            QVERIFY(QFile::copy(mini + QLatin1Char('/') + name, dir.filePath(name)));
        const Language language = Language::load(dir.path());
        const QByteArray before = test::readFile(dir.filePath(QStringLiteral("003-middle-b.md")));
        const EditResult r = editInLanguage(language, QStringLiteral("003-middle-b.md"), {FieldEdit::set(key, value)});
        QVERIFY(!r.ok);
        QVERIFY(!r.error.isEmpty());
        QVERIFY2(test::codes(r.diagnostics).contains(code), qPrintable(test::codesAt(r.diagnostics).join(QLatin1Char(' '))));
        for (const Diagnostic &d : r.diagnostics) {
            QVERIFY(d.line > 0);
            QVERIFY(d.file.endsWith(QLatin1String("003-middle-b.md")));
        }
        QCOMPARE(test::readFile(dir.filePath(QStringLiteral("003-middle-b.md"))), before);
    }

    void brokenFrontMatterIsNotEdited_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("yaml-error") << QByteArray("---\nid: [\n---\n");
        QTest::newRow("no-front-matter") << QByteArray("# Just a title\n");
        QTest::newRow("unterminated") << QByteArray("---\nid: 1\n");
        QTest::newRow("flow-mapping") << QByteArray("---\n{id: 1, name: x, confidence: 0}\n---\n");
    }
    void brokenFrontMatterIsNotEdited()
    {
        QFETCH(QByteArray, bytes);
        const Pattern p = parsePattern(QStringLiteral("x.md"), QStringLiteral("x.md"), bytes);
        const EditResult r = applyEdits(p, {FieldEdit::set(QStringLiteral("scale"), 2)});
        QVERIFY(!r.ok);
        QVERIFY(!r.error.isEmpty());
    }

    // A title the writer cannot find exactly is left alone, never half-rewritten.
    void titleOverTwoLinesIsLeftAlone()
    {
        const QByteArray bytes = "---\nid: 1\nname: \"Two Lines\"\nconfidence: 0\n---\n\nTwo\nLines\n=====\n\nBody.\n";
        const Pattern p = parsePattern(QStringLiteral("a.md"), QStringLiteral("a.md"), bytes);
        QVERIFY(p.body.hasTitle);
        const EditResult r = applyEdits(p, {FieldEdit::set(QStringLiteral("confidence"), 2)});
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(test::changedLines(bytes, r.bytes), QStringList{QStringLiteral("4")});
    }

    // Anchors and aliases nested inside one key (billion laughs, in 367 bytes) expand to hundreds
    // of millions of values. Checking an edit must not expand them: such a front matter is refused
    // at once with the reason; a few aliases are edited as any other value.
    void aliasBombs_data()
    {
        QTest::addColumn<QByteArray>("frontMatter");
        QTest::addColumn<bool>("editable");
        QByteArray bomb = "notes: [&a0 [x, x, x, x, x, x, x, x, x]";
        for (int level = 1; level <= 9; ++level) {
            bomb += ", &a" + QByteArray::number(level) + " [";
            for (int i = 0; i < 9; ++i)
                bomb += (i ? ", *a" : "*a") + QByteArray::number(level - 1);
            bomb += "]";
        }
        bomb += "]\n";
        QTest::newRow("nine levels in an unknown key") << bomb << false;
        QTest::newRow("nine levels in tags") << QByteArray(bomb).replace("notes:", "tags:") << false;
        QTest::newRow("an anchored value and its alias") << QByteArray("base: &b three\nmore: *b\n") << true;
    }

    void aliasBombs()
    {
        QFETCH(QByteArray, frontMatter);
        QFETCH(bool, editable);
        const QByteArray bytes = "---\nid: 1\nname: \"A\"\nconfidence: 0\n" + frontMatter + "---\n\n# A\n\nText.\n";
        const Pattern p = parsePattern(QStringLiteral("a.md"), QStringLiteral("a.md"), bytes);
        const EditResult r = applyEdits(p, {FieldEdit::set(QStringLiteral("confidence"), 2)});
        QCOMPARE(r.ok, editable);
        if (!editable)
            QVERIFY2(r.error.contains(QLatin1String("aliases")), qPrintable(r.error));
        else
            QCOMPARE(test::changedLines(bytes, r.bytes),
                     (QStringList{QStringLiteral("4"), QString::number(int(bytes.left(bytes.indexOf("# A")).count('\n')) + 1)}));
        // The round-trip check is bounded the same way.
        QCOMPARE(checkEntrySpans(p).contains(QLatin1String("aliases")), !editable);
    }

    void markdownTitleEscapes()
    {
        QCOMPARE(markdownTitle(QStringLiteral("Plain"), 0), QByteArray("Plain"));
        QCOMPARE(markdownTitle(QStringLiteral("Two"), 2), QByteArray("Two **"));
        QCOMPARE(markdownTitle(QStringLiteral("a_b *c* [d]"), 1), QByteArray("a\\_b \\*c\\* \\[d\\] *"));
    }

    // Writing goes through QSaveFile: whole or not at all.
    void save()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.md"));
        test::writeFile(path, "old");
        QVERIFY(saveFileAtomically(path, "new bytes").ok);
        QCOMPARE(test::readFile(path), QByteArray("new bytes"));

        // A read-only file is refused, not replaced.
        QFile::setPermissions(path, QFile::ReadOwner);
        const SaveResult readOnly = saveFileAtomically(path, "other");
        QVERIFY(!readOnly.ok);
        QVERIFY(readOnly.error.contains(QLatin1String("read-only")));
        QCOMPARE(test::readFile(path), QByteArray("new bytes"));
    }

    void saveModes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("b.md"));
        QVERIFY(!saveFileAtomically(path, "x", SaveMode::Replace).ok); // must exist
        QVERIFY(saveFileAtomically(path, "x", SaveMode::Create).ok);
        QVERIFY(!saveFileAtomically(path, "y", SaveMode::Create).ok); // must not exist
        QCOMPARE(test::readFile(path), QByteArray("x"));
        const SaveResult gone = saveFileAtomically(dir.filePath(QStringLiteral("no/such/c.md")), "z", SaveMode::CreateOrReplace);
        QVERIFY(!gone.ok);
        QVERIFY(gone.error.contains(QLatin1String("no longer exists")));
    }
};

QTEST_GUILESS_MAIN(TestWriter)
#include "tst_writer.moc"
