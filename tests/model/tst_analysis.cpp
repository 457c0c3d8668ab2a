// LanguageAnalysis::update() against build(): after any change to a few patterns, the incremental
// analysis must say exactly what analysing the whole language from scratch says, while running the
// checks of only the patterns the change can touch.

#include "language/languageanalysis.h"
#include "testsupport.h"
#include "language/validator.h"

#include <QDir>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace pb;

namespace {

Language miniLanguage()
{
    return test::languageOf(test::miniFiles());
}

// The language with one pattern's text replaced, as a push replaces it.
void replaceText(Language &language, int index, const QByteArray &bytes)
{
    const Pattern &p = language.pattern(index);
    language.setPattern(parsePattern(p.fileName, p.path, bytes));
}

QString firstDifference(const Diagnostics &incremental, const Diagnostics &whole)
{
    for (qsizetype i = 0; i < std::max(incremental.size(), whole.size()); ++i) {
        const QString a = i < incremental.size() ? incremental.at(i).toString() : QStringLiteral("(none)");
        const QString b = i < whole.size() ? whole.at(i).toString() : QStringLiteral("(none)");
        if (a != b || (i < incremental.size() && i < whole.size() && incremental.at(i) != whole.at(i)))
            return QStringLiteral("at %1: incremental '%2', whole '%3'").arg(i).arg(a, b);
    }
    return {};
}

#define COMPARE_ANALYSES(incremental, language)                                                                        \
    do {                                                                                                               \
        const LanguageAnalysis whole_ = LanguageAnalysis::build(language);                                             \
        QVERIFY2((incremental).diagnostics() == whole_.diagnostics(),                                                  \
                 qPrintable(firstDifference((incremental).diagnostics(), whole_.diagnostics())));                      \
        QCOMPARE((incremental).graph().links().size(), whole_.graph().links().size());                                 \
        QCOMPARE((incremental).graph().hierarchy().size(), whole_.graph().hierarchy().size());                         \
    } while (false)

} // namespace

class TestAnalysis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wholeIsTheValidator()
    {
        const Language language = Language::load(test::testDataDir() + QStringLiteral("/languages/broken"));
        QCOMPARE(LanguageAnalysis::build(language).diagnostics(), validate(language));
        QVERIFY(!validate(language).isEmpty());
    }

    // One file of the mini language changed: (file, from, to) and how many patterns' checks the
    // change may run at most (itself and those that name it or share its keys).
    void oneChange_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<int>("mostChecked");
        QTest::addColumn<bool>("diagnosticsChange");

        const QString root = QStringLiteral("001-root-pattern.md"), a = QStringLiteral("002-middle-a.md"),
                      b = QStringLiteral("003-middle-b.md"), leaf = QStringLiteral("004-leaf.md");
        QTest::newRow("body-words") << leaf << QByteArray("spoil the whole") << QByteArray("spoil it all") << 1
                                    << false;
        QTest::newRow("body-form-broken") << leaf << QByteArray("Therefore:") << QByteArray("So:") << 1 << true;
        QTest::newRow("body-reference-added")
            << a << QByteArray("Give the part a shape.")
            << QByteArray("Give the part a shape, as **Middle B (3)** does.") << 1 << false;
        QTest::newRow("id-taken-from-another") << b << QByteArray("id: 3") << QByteArray("id: 2") << 4 << true;
        QTest::newRow("id-to-a-new-one") << b << QByteArray("id: 3") << QByteArray("id: 30") << 4 << true;
        QTest::newRow("name-taken-ignoring-case")
            << b << QByteArray("name: \"Middle B\"") << QByteArray("name: \"middle a\"") << 4 << true;
        QTest::newRow("renamed-referrers-stale")
            << a << QByteArray("name: \"Middle A\"") << QByteArray("name: \"Middle Alpha\"") << 4 << true;
        QTest::newRow("link-unmirrored") << a << QByteArray("completion_patterns: [4]")
                                         << QByteArray("completion_patterns: [4, 3]") << 4 << true;
        QTest::newRow("link-dropped") << a << QByteArray("context_patterns: [1]") << QByteArray("context_patterns: []")
                                      << 4 << true;
        QTest::newRow("broken-reference")
            << b << QByteArray("**Middle A (2)**") << QByteArray("**Middle A (99)**") << 4 << true;
        QTest::newRow("front-matter-broken")
            << a << QByteArray("---\n\n# Middle A") << QByteArray("\n\n# Middle A") << 4 << true;
        QTest::newRow("yaml-broken") << a << QByteArray("context_patterns: [1]") << QByteArray("context_patterns: [1")
                                     << 4 << true;
        QTest::newRow("cycle") << leaf << QByteArray("completion_patterns: []")
                               << QByteArray("completion_patterns: [2]") << 4 << true;
        QTest::newRow("no-root") << root << QByteArray("scale: 1") << QByteArray("scale: 2") << 4 << true;
        QTest::newRow("undefined-scale") << leaf << QByteArray("scale: 3") << QByteArray("scale: 7") << 4 << true;
    }
    void oneChange()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(int, mostChecked);
        QFETCH(bool, diagnosticsChange);

        Language language = miniLanguage();
        const LanguageAnalysis before = LanguageAnalysis::build(language);
        const int index = language.indexOfFile(file);
        QVERIFY(index >= 0);
        const QByteArray original = language.pattern(index).bytes;
        QVERIFY2(original.contains(from), from.constData());
        replaceText(language, index, QByteArray(original).replace(from, to));

        const LanguageAnalysis changed = LanguageAnalysis::update(before, language, {index});
        COMPARE_ANALYSES(changed, language);
        QVERIFY2(changed.patternsChecked() <= mostChecked, qPrintable(QString::number(changed.patternsChecked())));
        QCOMPARE(changed.diagnostics() != before.diagnostics(), diagnosticsChange);

        // And back: the change undone leaves the analysis it started from.
        replaceText(language, index, original);
        const LanguageAnalysis undone = LanguageAnalysis::update(changed, language, {index});
        COMPARE_ANALYSES(undone, language);
        QCOMPARE(undone.diagnostics(), before.diagnostics());
    }

    // A file that can't be read is named in the messages about the id its file name starts with,
    // whatever id it had: breaking it changes what the patterns naming that id hear.
    void unreadableFileHintFollows()
    {
        QList<QPair<QString, QByteArray>> files = test::miniFiles();
        files.append({QStringLiteral("009-stray.md"),
                      "---\nid: 5\nname: \"Stray\"\nconfidence: 0\nscale: 2\n---\n\n# Stray\n\n_C._\n"});
        for (auto &[name, bytes] : files) {
            if (name == QLatin1String("003-middle-b.md"))
                bytes.replace("**Middle A (2)**", "**Middle A (2)** and **Ghost (9)**");
        }
        Language language = test::languageOf(files);
        const LanguageAnalysis before = LanguageAnalysis::build(language);
        const int stray = language.indexOfFile(QStringLiteral("009-stray.md"));
        replaceText(language, stray, QByteArray(language.pattern(stray).bytes).replace("scale: 2\n", "scale: [2\n"));
        QVERIFY(language.pattern(stray).broken);
        const LanguageAnalysis after = LanguageAnalysis::update(before, language, {stray});
        COMPARE_ANALYSES(after, language);
        const QStringList messages = [&] {
            QStringList out;
            for (const Diagnostic &d : after.diagnostics())
                out << d.message;
            return out;
        }();
        QVERIFY2(messages.filter(QStringLiteral("009-stray.md may be it")).size() == 1,
                 qPrintable(messages.join(QLatin1Char('\n'))));
    }

    // An edit in a large language checks the edited pattern and its neighbours, not the language.
    void editChecksOnlyNeighbours()
    {
        Language language = test::languageOf(test::generatedLanguage(400, 5));
        const LanguageAnalysis before = LanguageAnalysis::build(language);
        QCOMPARE(before.patternsChecked(), language.patternCount());
        const int index = 200;
        replaceText(language, index, QByteArray(language.pattern(index).bytes).replace("Therefore:", "Therefore, so:"));
        const LanguageAnalysis after = LanguageAnalysis::update(before, language, {index});
        COMPARE_ANALYSES(after, language);
        QVERIFY(after.patternsChecked() >= 1);
        QVERIFY2(after.patternsChecked() == 1, qPrintable(QString::number(after.patternsChecked())));
    }

    // Many random edits in a row, each building on the last analysis: ids moved onto others and
    // back, names shared, links and references pointed anywhere, files broken and mended.
    void randomEditsInARow_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<int>("changesAtOnce");
        QTest::newRow("one-at-a-time-seed-1") << 1u << 1;
        QTest::newRow("one-at-a-time-seed-2") << 2u << 1;
        QTest::newRow("three-at-once-seed-3") << 3u << 3;
    }
    void randomEditsInARow()
    {
        QFETCH(quint32, seed);
        QFETCH(int, changesAtOnce);
        QRandomGenerator random(seed);
        const QList<QPair<QString, QByteArray>> files = test::generatedLanguage(60, 4, 300);
        Language language = test::languageOf(files);
        const int n = language.patternCount();
        LanguageAnalysis analysis = LanguageAnalysis::build(language);
        auto anyId = [&] { return QByteArray::number(random.bounded(1, n + 6)); };
        auto anyName = [&] { return language.pattern(random.bounded(n)).fields.name.toUtf8(); };

        for (int step = 0; step < 150; ++step) {
            QList<int> changed;
            for (int k = 0; k < changesAtOnce; ++k) {
                const int index = random.bounded(n);
                if (changed.contains(index))
                    continue;
                changed.append(index);
                QString text = QString::fromUtf8(language.pattern(index).bytes);
                switch (random.bounded(9)) {
                case 0:
                    text.replace(QRegularExpression(QStringLiteral("\\nid: \\d+")),
                                 QStringLiteral("\nid: ") + QString::fromLatin1(anyId()));
                    break;
                case 1:
                    text.replace(QRegularExpression(QStringLiteral("\\nname: \"[^\"]*\"")),
                                 QStringLiteral("\nname: \"%1\"")
                                     .arg(QString::fromUtf8(random.bounded(2) ? anyName().toUpper() : anyName())));
                    break;
                case 2:
                    text.replace(QRegularExpression(QStringLiteral("context_patterns: \\[[^\\]]*\\]")),
                                 QStringLiteral("context_patterns: [%1, %2]")
                                     .arg(QString::fromLatin1(anyId()), QString::fromLatin1(anyId())));
                    break;
                case 3:
                    text.replace(QRegularExpression(QStringLiteral("completion_patterns: \\[[^\\]]*\\]")),
                                 QStringLiteral("completion_patterns: [%1]").arg(QString::fromLatin1(anyId())));
                    break;
                case 4:
                    text.replace(
                        QRegularExpression(QStringLiteral("\\*\\*([^*(]+) \\((\\d+)\\)\\*\\*")),
                        QStringLiteral("**%1 (%2)**").arg(QString::fromUtf8(anyName()), QString::fromLatin1(anyId())));
                    break;
                case 5:
                    text.replace(QStringLiteral("\n---\n\n#"), QStringLiteral("\n\n#")); // no closing fence
                    break;
                case 6:
                    text.replace(QRegularExpression(QStringLiteral("\\nscale: \\d+")),
                                 QStringLiteral("\nscale: %1").arg(random.bounded(1, 7)));
                    break;
                case 7:
                    text.replace(QStringLiteral("Therefore:"), QStringLiteral("So:"));
                    break;
                default: // back to how it was written
                    text = QString::fromUtf8(std::find_if(files.cbegin(), files.cend(), [&](const auto &f) {
                                                 return f.first == language.pattern(index).fileName;
                                             })->second);
                    break;
                }
                replaceText(language, index, text.toUtf8());
            }
            analysis = LanguageAnalysis::update(analysis, language, changed);
            COMPARE_ANALYSES(analysis, language);
        }
    }
};

QTEST_GUILESS_MAIN(TestAnalysis)
#include "tst_analysis.moc"
