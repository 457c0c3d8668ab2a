#include "language/language.h"
#include "testsupport.h"
#include "language/validator.h"

#include <QDir>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace pb;

namespace {

// A change to one file of the mini language: replace `from` with `to`; an empty `from` appends
// `to` as a new file; "DELETE" removes the file.
struct Mutation
{
    QString file;
    QByteArray from;
    QByteArray to;
};

const QByteArray alonePattern = "---\nid: 5\nname: \"Alone\"\nconfidence: 0\nscale: 2\n---\n\n# Alone\n\n_C._\n\n---\n\n"
                                "**P.**\n\n---\n\nD.\n\nTherefore:\n\n**S.**\n\n---\n\n_Done._\n\n## References\n\n- None.\n";

} // namespace

Q_DECLARE_METATYPE(QList<Mutation>)

class TestValidator : public QObject
{
    Q_OBJECT

private:
    static void row(const char *name, const QList<Mutation> &mutations, const char *code, const char *where)
    {
        QTest::newRow(name) << mutations << QString::fromUtf8(code) << QString::fromUtf8(where);
    }

private Q_SLOTS:
    void cleanLanguageHasNoDiagnostics()
    {
        const Diagnostics all = validate(test::languageOf(test::miniFiles()));
        QVERIFY2(all.isEmpty(), qPrintable(test::codesAt(all).join(QLatin1Char(' '))));
    }

    // A failing case for every rule ("where" is file:line:column of the diagnostic), and passing
    // cases (empty "where": the code must not appear) for the rules' edges.
    void rules_data()
    {
        QTest::addColumn<QList<Mutation>>("mutations");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("where");

        const QString root = QStringLiteral("001-root-pattern.md"), a = QStringLiteral("002-middle-a.md"),
                      b = QStringLiteral("003-middle-b.md"), leaf = QStringLiteral("004-leaf.md");
        row("duplicate-id", {{b, "id: 3", "id: 2"}}, "duplicate-id", "003-middle-b.md:2:5");
        row("duplicate-id-other-file", {{b, "id: 3", "id: 2"}}, "duplicate-id", "002-middle-a.md:2:5");
        row("duplicate-name", {{b, "name: \"Middle B\"", "name: \"Middle A\""}}, "duplicate-name", "003-middle-b.md:3:7");
        row("duplicate-name-ignores-case", {{b, "name: \"Middle B\"", "name: \"middle a\""}}, "duplicate-name",
            "003-middle-b.md:3:7");
        row("missing-title", {{leaf, "# Leaf *\n", ""}}, "missing-title", "004-leaf.md:11:1");
        row("title-mismatch", {{leaf, "# Leaf *", "# Leaves *"}}, "title-mismatch", "004-leaf.md:12:3");
        row("title-confidence", {{leaf, "# Leaf *", "# Leaf **"}}, "title-confidence", "004-leaf.md:12:3");
        row("title-confidence-none", {{leaf, "# Leaf *", "# Leaf"}}, "title-confidence", "004-leaf.md:12:3");
        row("broken-reference", {{b, "**Middle A (2)**", "**Middle A (99)**"}}, "broken-reference", "003-middle-b.md:22:25");
        row("reference-in-code-is-not-broken", {{b, "This part", "`**Ghost (99)**` This part"}}, "broken-reference", "");
        row("stale-reference", {{b, "**Middle A (2)**", "**Middle Alpha (2)**"}}, "stale-reference", "003-middle-b.md:22:25");
        row("broken-link", {{leaf, "context_patterns: [2, 3]", "context_patterns: [2, 3, 77]"}}, "broken-link",
            "004-leaf.md:6:26");
        row("self-link", {{leaf, "completion_patterns: []", "completion_patterns: [4]"}}, "self-link", "004-leaf.md:7:23");
        row("duplicate-link", {{leaf, "context_patterns: [2, 3]", "context_patterns: [2, 3, 2]"}}, "duplicate-link",
            "004-leaf.md:6:26");
        row("unmirrored-link", {{a, "completion_patterns: [4]", "completion_patterns: [4, 3]"}}, "unmirrored-link",
            "002-middle-a.md:7:26");
        row("unmirrored-context-link", {{b, "context_patterns: [1]", "context_patterns: [1, 2]"}}, "unmirrored-link",
            "003-middle-b.md:6:23");
        row("mirrored-links-pass", {}, "unmirrored-link", "");
        row("context-not-listed", {{a, "_**Root Pattern (1)** needs", "_**Root Pattern (1)** and **Leaf (4)** need"}},
            "context-not-listed", "002-middle-a.md:16:27");
        row("completion-not-listed", {{root, "**Middle B (3)**._", "**Middle B (3)** and **Leaf (4)**._"}},
            "completion-not-listed", "001-root-pattern.md:33:65");
        row("context-not-mentioned", {{a, "_**Root Pattern (1)** needs", "_The root needs"}}, "context-not-mentioned",
            "002-middle-a.md:6:20");
        row("completion-not-mentioned", {{a, "_It is completed by **Leaf (4)**._", "_It is completed by leaves._"}},
            "completion-not-mentioned", "002-middle-a.md:7:23");
        row("leaf-without-completion-passes", {}, "completion-not-mentioned", "");
        row("missing-context", {{leaf, "_The smallest pattern: it completes **Middle A (2)** and **Middle B (3)**._",
                                 "The smallest pattern."}},
            "missing-context", "004-leaf.md:12:1");
        row("missing-problem", {{leaf, "**Details left to chance spoil the whole.**", "Details left to chance."}},
            "missing-problem", "004-leaf.md:14:1");
        row("missing-therefore", {{leaf, "Therefore:", "So:"}}, "missing-therefore", "004-leaf.md:18:1");
        row("missing-solution", {{leaf, "**Finish each part with care.**", "Finish each part with care."}},
            "missing-solution", "004-leaf.md:24:1");
        row("missing-completion", {{leaf, "_Nothing smaller completes it; it is done by hand._", "Nothing smaller."}},
            "missing-completion", "004-leaf.md:26:1");
        row("missing-references", {{leaf, "## References", "## Sources"}}, "missing-references", "004-leaf.md:30:1");
        row("unknown-key-typo", {{leaf, "tags: [detail]", "tag: [detail]"}}, "unknown-key", "004-leaf.md:8:1");
        row("unknown-key-unlike-any-passes", {{leaf, "tags: [detail]", "tags: [detail]\nstatus: draft"}}, "unknown-key", "");
        row("tag-not-kebab-case", {{leaf, "tags: [detail]", "tags: [Detail_Tag]"}}, "tag-not-kebab-case", "004-leaf.md:8:8");
        row("tag-kebab-with-digits-passes", {{leaf, "tags: [detail]", "tags: [web-3]"}}, "tag-not-kebab-case", "");
        row("undefined-scale", {{leaf, "scale: 3", "scale: 7"}}, "undefined-scale", "004-leaf.md:5:8");
        // "Leaf" with a right-to-left override: it would show as "faeL"-like nonsense, or hide a name.
        row("bidi-control-in-name", {{leaf, "name: \"Leaf\"", "name: \"Le\u202Eaf\""}, {leaf, "# Leaf *", "# Le\u202Eaf *"}},
            "bidi-control", "004-leaf.md:3:10");
        row("bidi-isolate-in-a-tag", {{leaf, "tags: [detail]", "tags: [de\u2067tail]"}}, "bidi-control", "004-leaf.md:8:10");
        row("bidi-control-as-a-yaml-escape", {{leaf, "name: \"Leaf\"", "name: \"Le\\u202Eaf\""}, {leaf, "# Leaf *", "# Le\u202Eaf *"}},
            "bidi-control", "004-leaf.md:3:7");
        row("bidi-right-to-left-mark", {{leaf, "name: \"Leaf\"", "name: \"Le\u200Faf\""}, {leaf, "# Leaf *", "# Le\u200Faf *"}},
            "bidi-control", "004-leaf.md:3:10");
        row("bidi-like-but-not-one", {{leaf, "name: \"Leaf\"", "name: \"Le\u200Baf\""}, {leaf, "# Leaf *", "# Le\u200Baf *"}},
            "bidi-control", "");
        row("no-scales-file-no-undefined-scale", {{leaf, "scale: 3", "scale: 7"}, {QStringLiteral("SCALES.md"), "DELETE", ""}},
            "undefined-scale", "");
        row("isolated-pattern", {{QStringLiteral("005-alone.md"), "", alonePattern}}, "isolated-pattern", "005-alone.md:8:3");
        row("related-mention-is-a-link", {}, "isolated-pattern", "");
        row("unreachable-pattern",
            {{root, "completion_patterns: [2, 3]", "completion_patterns: [2]"},
             {root, " and **Middle B (3)**", ""},
             {b, "context_patterns: [1]", "context_patterns: []"},
             {b, "_Within **Root Pattern (1)**, a", "_A"}},
            "unreachable-pattern", "003-middle-b.md:12:3");
        row("completion-cycle",
            {{leaf, "completion_patterns: []", "completion_patterns: [2]"},
             {a, "context_patterns: [1]", "context_patterns: [1, 4]"}},
            "completion-cycle", "002-middle-a.md:7:22");
        row("no-root-pattern", {{root, "scale: 1", "scale: 2"}}, "no-root-pattern", "lang:0:0");
    }
    void rules()
    {
        QFETCH(QList<Mutation>, mutations);
        QFETCH(QString, code);
        QFETCH(QString, where);

        QList<QPair<QString, QByteArray>> files = test::miniFiles();
        for (const Mutation &m : mutations) {
            if (m.from.isEmpty()) {
                files.append({m.file, m.to});
                continue;
            }
            const auto it = std::find_if(files.begin(), files.end(), [&](const auto &f) { return f.first == m.file; });
            QVERIFY2(it != files.end(), qPrintable(m.file));
            if (m.from == "DELETE") {
                files.erase(it);
                continue;
            }
            QVERIFY2(it->second.contains(m.from), m.from.constData());
            it->second.replace(m.from, m.to);
        }
        const Diagnostics all = validate(test::languageOf(files));
        QStringList found;
        for (const Diagnostic &d : all) {
            if (d.codeName() == code)
                found << QStringLiteral("%1:%2:%3").arg(d.file.section(QLatin1Char('/'), -1)).arg(d.line).arg(d.column);
        }
        if (where.isEmpty()) {
            QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char(' '))));
        } else {
            QVERIFY2(found.contains(where), qPrintable(QStringLiteral("found: %1; all: %2")
                                                           .arg(found.join(QLatin1Char(' ')),
                                                                test::codesAt(all).join(QLatin1Char(' ')))));
            const Diagnostic &d = *std::find_if(all.begin(), all.end(), [&](const Diagnostic &x) { return x.codeName() == code; });
            QVERIFY(!d.message.isEmpty());
            QCOMPARE(d.severity(), codeInfo(d.code).severity);
        }
    }

    void severities()
    {
        QCOMPARE(codeInfo(Code::DuplicateId).severity, Severity::Error);
        QCOMPARE(codeInfo(Code::YamlSyntax).severity, Severity::Error);
        QCOMPARE(codeInfo(Code::StaleReference).severity, Severity::Warning);
        QCOMPARE(codeInfo(Code::CompletionCycle).severity, Severity::Warning);
        // Codes are unique and kebab-case.
        QSet<QString> names;
        for (const CodeInfo &info : allCodes()) {
            const QString name = QString::fromLatin1(info.name);
            QVERIFY(!names.contains(name));
            names.insert(name);
            QVERIFY(QRegularExpression(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$")).match(name).hasMatch());
        }
    }

    // The one rule table: a row per code, in the enum's order, each raised by a check of the scope
    // that can see what it needs.
    void ruleTable()
    {
        QCOMPARE(pb::rules().size(), int(Code::NoRootPattern) + 1);
        for (int i = 0; i < pb::rules().size(); ++i) {
            QCOMPARE(int(pb::rules().at(i).code), i);
            QVERIFY(QByteArray(pb::rules().at(i).summary).size() > 10);
            QVERIFY(!checkName(pb::rules().at(i).check).isEmpty());
        }
        QCOMPARE(scopeOf(rule(Code::YamlSyntax).check), CheckScope::Parsing);
        QCOMPARE(scopeOf(rule(Code::MissingSolution).check), CheckScope::Pattern);
        QCOMPARE(scopeOf(rule(Code::UnmirroredLink).check), CheckScope::Language);
        // Every error is raised while parsing or across files (duplicates), never as a style check.
        for (const Rule &r : pb::rules()) {
            if (r.severity == Severity::Error)
                QVERIFY(scopeOf(r.check) != CheckScope::Pattern);
        }
        QCOMPARE(checksOf(CheckScope::Pattern), (QList<Check>{Check::Title, Check::Form, Check::Characters}));
        QCOMPARE(checksOf(CheckScope::Language).first(), Check::Duplicates);
        QCOMPARE(checksOf(CheckScope::Language).last(), Check::Health);
    }

    void compilerStyle()
    {
        const Diagnostic d{Code::StaleReference, QStringLiteral("a message"), QStringLiteral("dir/f.md"), 3, 14};
        QCOMPARE(d.toString(), QStringLiteral("dir/f.md:3:14: warning: a message [stale-reference]"));
        const Diagnostic whole{Code::NoRootPattern, QStringLiteral("m"), QStringLiteral("dir"), 0, 0};
        QCOMPARE(whole.toString(), QStringLiteral("dir: warning: m [no-root-pattern]"));
    }

    void sampleLanguageIsClean()
    {
        const Diagnostics all = validate(Language::load(test::sampleLanguageDir()));
        QVERIFY2(all.isEmpty(), qPrintable(test::codesAt(all).join(QLatin1Char(' '))));
    }

    void brokenLanguageNamesUnreadableFiles()
    {
        const Diagnostics all = validate(Language::load(test::testDataDir() + QStringLiteral("/languages/broken")));
        const auto it = std::find_if(all.begin(), all.end(), [](const Diagnostic &d) { return d.code == Code::BrokenReference; });
        QVERIFY(it != all.end());
        QVERIFY2(it->message.contains(QLatin1String("002-bad-yaml.md")), qPrintable(it->message));
    }
};

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_validator.moc"
