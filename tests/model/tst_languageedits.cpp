#include "language/language.h"
#include "language/languageedits.h"
#include "testsupport.h"
#include "language/validator.h"

#include <QTest>

using namespace pb;

namespace {
Language mini() { return Language::load(test::testDataDir() + QStringLiteral("/languages/mini")); }

// The language with the edits applied, in memory.
Language applied(const Language &language, const QList<FileEdit> &edits)
{
    QList<QPair<QString, QByteArray>> files;
    for (const Pattern &p : language.patterns()) {
        QByteArray bytes = p.bytes;
        for (const FileEdit &e : edits) {
            if (e.fileName == p.fileName)
                bytes = e.after;
        }
        files.append({p.fileName, bytes});
    }
    for (const LanguageDocument &d : language.documents())
        files.append({d.fileName, d.bytes});
    return test::languageOf(files);
}
} // namespace

class TestLanguageEdits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void slugs_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("slug");
        QTest::newRow("words") << "Value Stream Alignment" << "value-stream-alignment";
        QTest::newRow("punctuation") << "You Build It, You Run It" << "you-build-it-you-run-it";
        QTest::newRow("accents") << "Café Société" << "cafe-societe";
        QTest::newRow("hyphens-kept-single") << "Stream-Aligned  Teams" << "stream-aligned-teams";
        QTest::newRow("nothing-left") << "!!!" << "pattern";
    }
    void slugs()
    {
        QFETCH(QString, name);
        QFETCH(QString, slug);
        QCOMPARE(slugFor(name), slug);
    }

    void newPattern()
    {
        const Language language = mini();
        QCOMPARE(nextFreeId(language), 5);
        QCOMPARE(fileNameFor(5, QStringLiteral("A New One")), QStringLiteral("005-a-new-one.md"));
        const QByteArray text = newPatternText(language, 5, QStringLiteral("A New One"), 2);
        const Pattern p = parsePattern(QStringLiteral("005-a-new-one.md"), QStringLiteral("005-a-new-one.md"), text);
        QVERIFY2(!p.broken, text.constData());
        QCOMPARE(p.fields.id, 5);
        QCOMPARE(p.fields.name, QStringLiteral("A New One"));
        QCOMPARE(p.fields.scale, 2);
        QCOMPARE(p.body.title, QStringLiteral("A New One"));
        QVERIFY(text.contains("# a new, unused number")); // the template's own comments stay
        // No scale chosen: the template's example scale is not kept.
        const Pattern unscaled = parsePattern(QStringLiteral("x.md"), QStringLiteral("x.md"),
                                              newPatternText(language, 5, QStringLiteral("A New One"), 0));
        QVERIFY(!unscaled.broken);
        QCOMPARE(unscaled.fields.scale, 0);
        QVERIFY(!unscaled.hasKey(QStringLiteral("scale")));
        // Without a template: the built-in skeleton, in the Alexandrian form.
        const Language bare = test::languageOf({});
        const Pattern s = parsePattern(QStringLiteral("x.md"), QStringLiteral("x.md"), newPatternText(bare, 1, QStringLiteral("First")));
        QVERIFY(!s.broken);
        for (FormPart part : {FormPart::Title, FormPart::Context, FormPart::Problem, FormPart::Therefore, FormPart::Solution,
                              FormPart::Completion})
            QVERIFY2(s.body.has(part), qPrintable(formPartName(part)));
    }

    // A rename rewrites only the references that wrote the old name exactly; references that
    // write it otherwise are the author's prose, listed for them to decide.
    void rename()
    {
        QList<QPair<QString, QByteArray>> files;
        const Language original = mini();
        for (const Pattern &p : original.patterns()) {
            QByteArray bytes = p.bytes;
            if (p.fileName == QLatin1String("004-leaf.md"))
                bytes.replace("# Leaf *\n\n", "# Leaf *\n\nBuilt on **Middle As (2)**, and on an older **Middle Part (2)**.\n\n");
            files.append({p.fileName, bytes});
        }
        const Language language = test::languageOf(files);
        const RenameChanges changes = renameReferences(language, 2, QStringLiteral("Middle A"), QStringLiteral("Middle *Alpha*"));
        QStringList changed;
        for (const FileEdit &e : changes.edits) {
            changed << e.fileName;
            QCOMPARE(test::changedLines(e.before, e.after).size(), 1);
            QVERIFY(e.after.contains("**Middle \\*Alpha\\* (2)**"));
        }
        QCOMPARE(changed, (QStringList{QStringLiteral("001-root-pattern.md"), QStringLiteral("003-middle-b.md"), QStringLiteral("004-leaf.md")}));
        const QByteArray leaf = changes.edits.last().after;
        QVERIFY(leaf.contains("**Middle As (2)**")); // inflected: left alone
        QVERIFY(leaf.contains("**Middle Part (2)**")); // stale: left alone
        // ... and listed, with the words around them.
        QCOMPARE(changes.others.size(), 2);
        QCOMPARE(changes.others.first().text, QStringLiteral("Middle As"));
        QVERIFY(changes.others.first().excerpt.contains(QLatin1String("Built on **Middle As (2)**")));
        // The author may rename them too, one by one or all at once.
        const QList<FileEdit> more = renameReferencesAt(language, changes.others, QStringLiteral("Middle Alpha"));
        QCOMPARE(more.size(), 1);
        QVERIFY(more.first().after.contains("Built on **Middle Alpha (2)**, and on an older **Middle Alpha (2)**."));
    }

    void renumberKeepsTheLanguageValid()
    {
        const Language language = mini();
        const QList<FileEdit> edits = renumber(language, 2, 20);
        QCOMPARE(edits.size(), 4);
        const Language after = applied(language, edits);
        QCOMPARE(after.patternById(20)->fields.name, QStringLiteral("Middle A"));
        QVERIFY(!after.patternById(2));
        const Diagnostics diagnostics = validate(after);
        QVERIFY2(diagnostics.isEmpty(), qPrintable(test::codesAt(diagnostics).join(QLatin1Char(' '))));
    }

    void mirrorFixesAnUnmirroredLink()
    {
        QList<QPair<QString, QByteArray>> files;
        const Language language = mini();
        for (const Pattern &p : language.patterns())
            files.append({p.fileName, QByteArray(p.bytes).replace("completion_patterns: [2, 3]", "completion_patterns: [2, 3, 4]")});
        const Language broken = test::languageOf(files);
        QVERIFY(test::codes(validate(broken)).contains(QStringLiteral("unmirrored-link")));
        const QList<FileEdit> fix = mirrorLink(broken, QStringLiteral("001-root-pattern.md"), 4);
        QCOMPARE(fix.size(), 1);
        QCOMPARE(fix.first().fileName, QStringLiteral("004-leaf.md"));
        QVERIFY(fix.first().after.contains("context_patterns: [2, 3, 1]"));
        QVERIFY(!test::codes(validate(applied(broken, fix))).contains(QStringLiteral("unmirrored-link")));
        QVERIFY(mirrorLink(language, QStringLiteral("001-root-pattern.md"), 2).isEmpty()); // nothing to fix
    }

    void whatRefersToAPattern()
    {
        const QList<QPair<QString, int>> refs = referencesTo(mini(), 2);
        QCOMPARE(refs.size(), 3);
        QCOMPARE(refs.first().first, QStringLiteral("001-root-pattern.md"));
        QCOMPARE(refs.first().second, 2); // its completion list and its completion paragraph
    }
};

QTEST_GUILESS_MAIN(TestLanguageEdits)
#include "tst_languageedits.moc"
