#include "itemmodels/diagnosticlistmodel.h"
#include "language/navigationhistory.h"
#include "language/patternfilter.h"
#include "itemmodels/patternlistmodel.h"
#include "language/patternset.h"
#include "testsupport.h"
#include "language/validator.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pb;

namespace {
QString mini() { return test::testDataDir() + QStringLiteral("/languages/mini"); }
QString broken() { return test::testDataDir() + QStringLiteral("/languages/broken"); }
} // namespace

class TestModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void patternListModel()
    {
        PatternSet set;
        PatternListModel model(&set);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        set.openNow(mini());
        QCOMPARE(model.rowCount(), 4);
        const QModelIndex leaf = model.indexOfFile(QStringLiteral("004-leaf.md"));
        QCOMPARE(leaf.data().toString(), QStringLiteral("Leaf"));
        QCOMPARE(model.index(leaf.row(), PatternListModel::ConfidenceColumn).data().toString(), QStringLiteral("★"));
        QCOMPARE(model.index(leaf.row(), PatternListModel::ScaleColumn).data().toInt(), 3);
        QCOMPARE(model.index(leaf.row(), PatternListModel::ScaleColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Scale 3: Detail"));
        QCOMPARE(leaf.data(PatternListModel::TagsRole).toStringList(), QStringList{QStringLiteral("detail")});

        // Structural changes go through the model's own signals.
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        set.updatePattern(QStringLiteral("005-new.md"), "---\nid: 5\nname: \"New\"\nconfidence: 0\n---\n\n# New\n");
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.indexOfFile(QStringLiteral("005-new.md")).row(), 4);
        set.removePattern(QStringLiteral("002-middle-a.md"));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.rowCount(), 4);
        QVERIFY(!model.indexOfFile(QStringLiteral("002-middle-a.md")).isValid());
    }

    void brokenRowsListedAndMarked()
    {
        PatternSet set;
        PatternListModel model(&set);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        set.openNow(broken());
        QCOMPARE(model.rowCount(), 7);
        const QModelIndex bad = model.indexOfFile(QStringLiteral("002-bad-yaml.md"));
        QVERIFY(bad.data(PatternListModel::BrokenRole).toBool());
        QCOMPARE(bad.data().toString(), QStringLiteral("002-bad-yaml.md"));
        QVERIFY(bad.data(Qt::ToolTipRole).toString().contains(QLatin1String("YAML")));
    }

    void filterModel_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("tags");
        QTest::addColumn<QList<int>>("confidences");
        QTest::addColumn<QList<int>>("scales");
        QTest::addColumn<QStringList>("names");

        QTest::newRow("no-filter") << QString() << QStringList{} << QList<int>{} << QList<int>{}
                                   << QStringList{QStringLiteral("Root Pattern"), QStringLiteral("Middle A"), QStringLiteral("Middle B"), QStringLiteral("Leaf")};
        QTest::newRow("hash-tag") << QStringLiteral("#part") << QStringList{} << QList<int>{} << QList<int>{}
                                  << QStringList{QStringLiteral("Middle A"), QStringLiteral("Middle B")};
        QTest::newRow("hash-tag-prefix-as-typed") << QStringLiteral("#pa") << QStringList{} << QList<int>{} << QList<int>{}
                                                  << QStringList{QStringLiteral("Middle A"), QStringLiteral("Middle B")};
        QTest::newRow("hash-tag-and-word") << QStringLiteral("#part shape") << QStringList{} << QList<int>{} << QList<int>{}
                                           << QStringList{QStringLiteral("Middle A")};
        QTest::newRow("word-in-names-and-bodies") << QStringLiteral("middle") << QStringList{} << QList<int>{} << QList<int>{}
                                                  << QStringList{QStringLiteral("Root Pattern"), QStringLiteral("Middle A"), QStringLiteral("Middle B"), QStringLiteral("Leaf")};
        QTest::newRow("body-text") << QStringLiteral("compete") << QStringList{} << QList<int>{} << QList<int>{}
                                   << QStringList{QStringLiteral("Middle B")};
        QTest::newRow("case-folded") << QStringLiteral("COMPETE") << QStringList{} << QList<int>{} << QList<int>{}
                                     << QStringList{QStringLiteral("Middle B")};
        QTest::newRow("all-words-must-match") << QStringLiteral("middle shape") << QStringList{} << QList<int>{}
                                              << QList<int>{} << QStringList{QStringLiteral("Middle A")};
        QTest::newRow("number-is-an-id") << QStringLiteral("4") << QStringList{} << QList<int>{} << QList<int>{}
                                         << QStringList{QStringLiteral("Leaf")};
        QTest::newRow("tag") << QString() << QStringList{QStringLiteral("part")} << QList<int>{} << QList<int>{}
                             << QStringList{QStringLiteral("Middle A"), QStringLiteral("Middle B")};
        QTest::newRow("confidence") << QString() << QStringList{} << QList<int>{1} << QList<int>{}
                                    << QStringList{QStringLiteral("Middle A"), QStringLiteral("Leaf")};
        QTest::newRow("scale") << QString() << QStringList{} << QList<int>{} << QList<int>{1, 3}
                               << QStringList{QStringLiteral("Root Pattern"), QStringLiteral("Leaf")};
        QTest::newRow("combined") << QStringLiteral("middle") << QStringList{} << QList<int>{0, 1} << QList<int>{2}
                                  << QStringList{QStringLiteral("Middle A"), QStringLiteral("Middle B")};
    }
    void filterModel()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, tags);
        QFETCH(QList<int>, confidences);
        QFETCH(QList<int>, scales);
        QFETCH(QStringList, names);
        PatternSet set;
        set.openNow(mini());
        PatternListModel model(&set);
        PatternFilterModel proxy(&set);
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(PatternListModel::IdColumn);
        PatternFilter filter;
        filter.text = text;
        filter.tags = QSet<QString>(tags.begin(), tags.end());
        filter.confidences = QSet<int>(confidences.begin(), confidences.end());
        filter.scales = QSet<int>(scales.begin(), scales.end());
        proxy.setFilter(filter);
        QStringList got;
        for (int row = 0; row < proxy.rowCount(); ++row)
            got << proxy.index(row, PatternListModel::NameColumn).data().toString();
        QCOMPARE(got, names);
    }

    void brokenPatternsAreNeverFilteredOut()
    {
        PatternSet set;
        set.openNow(broken());
        PatternListModel model(&set);
        PatternFilterModel proxy(&set);
        proxy.setSourceModel(&model);
        PatternFilter filter;
        filter.tags = {QStringLiteral("no-such-tag")};
        proxy.setFilter(filter);
        QCOMPARE(proxy.rowCount(), 5); // the five broken files
    }

    void sortsNumbersAsNumbers()
    {
        QList<QPair<QString, QByteArray>> files;
        for (int id : {2, 10, 1})
            files << qMakePair(QStringLiteral("%1.md").arg(id), QByteArray("---\nid: ") + QByteArray::number(id)
                                                                      + "\nname: \"P" + QByteArray::number(id) + "\"\nconfidence: 0\n---\n");
        QTemporaryDir dir;
        for (const auto &[name, bytes] : files)
            test::writeFile(dir.filePath(name), bytes);
        PatternSet set;
        set.openNow(dir.path());
        PatternListModel model(&set);
        PatternFilterModel proxy(&set);
        proxy.setSourceModel(&model);
        proxy.sort(PatternListModel::IdColumn);
        QStringList ids;
        for (int row = 0; row < proxy.rowCount(); ++row)
            ids << proxy.index(row, 0).data().toString();
        QCOMPARE(ids, (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("10")}));
    }

    void diagnosticListModel()
    {
        PatternSet set;
        DiagnosticListModel model(&set);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        set.openNow(broken());
        QVERIFY(model.rowCount() >= 10);
        QCOMPARE(model.errorCount() + model.warningCount(), model.rowCount());
        const QModelIndex first = model.index(0, DiagnosticListModel::LocationColumn);
        QCOMPARE(first.data().toString(), QStringLiteral("001-good.md:2:5"));
        QCOMPARE(first.data(DiagnosticListModel::FileNameRole).toString(), QStringLiteral("001-good.md"));
        QCOMPARE(first.data(DiagnosticListModel::LineRole).toInt(), 2);
        set.openNow(mini());
        QCOMPARE(model.rowCount(), 0);
    }

    // A keystroke's push changes the pattern's own row at once and nothing else; the graph and
    // the diagnostics follow from a worker, the newest text's only; diagnostics rows that stay
    // are not reset, so a selection of them survives.
    void pushIsCheapAndAnalysisFollows()
    {
        PatternSet set;
        PatternListModel list(&set);
        DiagnosticListModel diagnostics(&set);
        QAbstractItemModelTester listTester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester diagnosticsTester(&diagnostics, QAbstractItemModelTester::FailureReportingMode::QtTest);
        set.openNow(mini());
        const int before = diagnostics.rowCount();
        const QByteArray leaf = set.language().pattern(set.language().indexOfFile(QStringLiteral("004-leaf.md"))).bytes;

        QSignalSpy rowChanges(&list, &QAbstractItemModel::dataChanged);
        QSignalSpy resets(&diagnostics, &QAbstractItemModel::modelReset);
        QSignalSpy analysed(&set, &PatternSet::languageChanged);
        // Three quick pushes: the leaf names a pattern that is not there, then two more texts.
        QByteArray edited = leaf;
        edited.replace("context_patterns: [2, 3]", "context_patterns: [2, 3, 77]");
        set.updatePattern(QStringLiteral("004-leaf.md"), QByteArray(leaf).replace("Leaf", "Leaflet"));
        set.updatePattern(QStringLiteral("004-leaf.md"), QByteArray(leaf).replace("Leaf", "Leaves"));
        set.updatePattern(QStringLiteral("004-leaf.md"), edited);
        QCOMPARE(set.language().pattern(set.language().indexOfFile(QStringLiteral("004-leaf.md"))).fields.contextPatterns,
                 (QList<int>{2, 3, 77}));
        QCOMPARE(rowChanges.count(), 3);
        for (const QList<QVariant> &change : std::as_const(rowChanges)) {
            QCOMPARE(change.at(0).toModelIndex().row(), list.indexOfFile(QStringLiteral("004-leaf.md")).row());
            QCOMPARE(change.at(1).toModelIndex().row(), list.indexOfFile(QStringLiteral("004-leaf.md")).row());
        }
        QVERIFY(set.isAnalysing());
        QTRY_VERIFY(!set.isAnalysing());
        int analyses = 0;
        for (const QList<QVariant> &change : std::as_const(analysed))
            analyses += change.at(0).value<LanguageChange>().kind == LanguageChange::Analysed;
        QVERIFY2(analyses >= 1 && analyses <= 2, qPrintable(QString::number(analyses))); // merged, not three
        bool unknown = false;
        for (const Diagnostic &d : set.diagnostics())
            unknown = unknown || (d.file.endsWith(QLatin1String("004-leaf.md")) && d.message.contains(QLatin1String("77")));
        QVERIFY(unknown);
        QVERIFY(diagnostics.rowCount() > before);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(set.diagnostics(), validate(set.language()));
    }

    // Typing narrows and deleting widens the filter; the list reuses the last verdicts, and must
    // show what a fresh filter shows at every key, also after a pattern's text changed between.
    void filterNarrowsAndWidensLikeAFreshOne()
    {
        PatternSet set;
        set.setAnalysisOnWorker(false);
        PatternListModel list(&set);
        PatternFilterModel filtered(&set);
        filtered.setSourceModel(&list);
        QAbstractItemModelTester tester(&filtered, QAbstractItemModelTester::FailureReportingMode::QtTest);
        set.openNow(test::sampleLanguageDir());
        auto shown = [&] {
            QStringList files;
            for (int row = 0; row < filtered.rowCount(); ++row)
                files << filtered.index(row, 0).data(PatternListModel::FileNameRole).toString();
            files.sort();
            return files;
        };
        auto expected = [&](const PatternFilter &f) {
            QStringList files;
            for (const Pattern &p : set.language().patterns())
                if (f.matches(p))
                    files << p.fileName;
            files.sort();
            return files;
        };
        PatternFilter filter;
        const char *const keys[] = {"t", "te", "tea", "team", "team c", "team co", "team c", "team", "tea", "te",
                                    "4", "42", "#fl", "#flow", "value"};
        for (const char *typed : keys) {
            const QString key = QString::fromUtf8(typed);
            filter.text = key;
            filtered.setFilter(filter);
            QCOMPARE(shown(), expected(filter));
            if (key == QLatin1String("team")) {
                // An edit between keys: the pattern now says "team" nowhere... or everywhere.
                const Pattern &first = set.language().pattern(0);
                set.updatePattern(first.fileName, QByteArray(first.bytes).replace("Therefore:", "Therefore, teamwork:"));
                QCOMPARE(shown(), expected(filter));
            }
        }
        QVERIFY(!expected(filter).isEmpty());
    }

    // Many files at once (a checkout): one change, rows changed or added, one analysis.
    void batchUpdate()
    {
        PatternSet set;
        set.setAnalysisOnWorker(false);
        PatternListModel list(&set);
        QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
        set.openNow(mini());
        QSignalSpy changes(&set, &PatternSet::languageChanged);
        QList<Pattern> batch;
        for (const QString &file : {QStringLiteral("002-middle-a.md"), QStringLiteral("003-middle-b.md")}) {
            Pattern p = set.language().pattern(set.language().indexOfFile(file));
            batch << parsePattern(file, p.path, QByteArray(p.bytes).replace("Middle", "Centre"));
        }
        batch << parsePattern(QStringLiteral("005-new.md"), set.language().pathFor(QStringLiteral("005-new.md")),
                              "---\nid: 5\nname: \"New\"\nconfidence: 0\n---\n\n# New\n");
        set.updatePatterns(batch);
        QCOMPARE(list.rowCount(), 5);
        QCOMPARE(list.indexOfFile(QStringLiteral("003-middle-b.md")).data().toString(), QStringLiteral("Centre B"));
        QCOMPARE(set.language().indexOfId(5), set.language().indexOfFile(QStringLiteral("005-new.md")));
        QCOMPARE(changes.count(), 1);
        QCOMPARE(changes.first().at(0).value<LanguageChange>().kind, LanguageChange::PatternsUpdated);
        QCOMPARE(set.graph().nodeCount(), 5);
    }

    // One current pattern, with a history like a browser's.
    void currentAndHistory()
    {
        PatternSet set;
        QSignalSpy current(&set, &PatternSet::currentChanged);
        set.openNow(mini());
        QCOMPARE(set.current(), QStringLiteral("001-root-pattern.md")); // the first root
        QVERIFY(set.setCurrentId(4));
        set.setCurrent(QStringLiteral("002-middle-a.md"));
        QCOMPARE(current.count(), 3);
        QVERIFY(set.canGoBack());
        set.back();
        QCOMPARE(set.current(), QStringLiteral("004-leaf.md"));
        set.back();
        QCOMPARE(set.current(), QStringLiteral("001-root-pattern.md"));
        QVERIFY(!set.canGoBack());
        set.forward();
        QCOMPARE(set.current(), QStringLiteral("004-leaf.md"));
        set.setCurrent(QStringLiteral("003-middle-b.md")); // drops the forward pages
        QVERIFY(!set.canGoForward());
        QVERIFY(!set.setCurrentId(99));
        set.setCurrent(QStringLiteral("no-such-file.md"));
        QCOMPARE(set.current(), QStringLiteral("003-middle-b.md"));
    }

    void currentSurvivesReloadAndRemoval()
    {
        PatternSet set;
        set.openNow(mini());
        set.setCurrent(QStringLiteral("004-leaf.md"));
        set.openNow(mini()); // a reload of the same folder
        QCOMPARE(set.current(), QStringLiteral("004-leaf.md"));
        set.setCurrent(QStringLiteral("002-middle-a.md"));
        set.removePattern(QStringLiteral("002-middle-a.md"));
        QCOMPARE(set.current(), QStringLiteral("004-leaf.md"));
    }

    void asynchronousOpen()
    {
        PatternSet set;
        QSignalSpy changed(&set, &PatternSet::languageChanged);
        set.open(mini());
        QVERIFY(set.isLoading());
        QVERIFY(changed.wait(10000));
        QCOMPARE(set.language().patternCount(), 4);
        QVERIFY(!set.isLoading());
    }

    void history_data()
    {
        QTest::addColumn<QStringList>("visits");
        QTest::addColumn<QString>("removed");
        QTest::addColumn<QStringList>("pages");
        QTest::addColumn<QString>("current");
        QTest::newRow("plain") << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")} << QString() << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")} << "c";
        QTest::newRow("repeat-ignored") << QStringList{QStringLiteral("a"), QStringLiteral("a"), QStringLiteral("b")} << QString() << QStringList{QStringLiteral("a"), QStringLiteral("b")} << "b";
        QTest::newRow("remove-current") << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")} << "c" << QStringList{QStringLiteral("a"), QStringLiteral("b")} << "b";
        QTest::newRow("remove-merges-neighbours") << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("a")} << "b" << QStringList{QStringLiteral("a")} << "a";
    }
    void history()
    {
        QFETCH(QStringList, visits);
        QFETCH(QString, removed);
        QFETCH(QStringList, pages);
        QFETCH(QString, current);
        NavigationHistory h;
        for (const QString &v : visits)
            h.visit(v);
        if (!removed.isEmpty())
            h.remove(removed);
        QCOMPARE(h.pages(), pages);
        QCOMPARE(h.current(), current);
    }

    void quickOpenRanking()
    {
        const Language language = Language::load(test::sampleLanguageDir());
        auto first = [&](const QString &q) {
            const QList<int> m = quickOpenMatches(language, q, 5);
            return m.isEmpty() ? QString() : language.pattern(m.first()).fields.name;
        };
        QCOMPARE(first(QStringLiteral("7")), QStringLiteral("Value Stream Alignment"));
        QCOMPARE(first(QStringLiteral("value stream")), QStringLiteral("Value Stream Alignment"));
        QCOMPARE(first(QStringLiteral("stream-al")), QStringLiteral("Stream-Aligned Teams"));
        QCOMPARE(first(QStringLiteral("toggles")), QStringLiteral("Feature Toggles"));
        QVERIFY(quickOpenMatches(language, QStringLiteral("zzzz")).isEmpty());
        QCOMPARE(quickOpenMatches(language, QString()).size(), 28);
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
