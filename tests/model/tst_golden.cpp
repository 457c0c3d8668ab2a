// Golden files: the renderer's HTML and the graph's DOT, compared whole with files kept in
// tests/data, so that any change to what they write shows in review as a diff of those files.
//
// To accept a change on purpose, run the test with PATTERNBOOK_REGENERATE_GOLDEN=1: it writes
// the expected files instead of comparing, and the diff goes into the commit for a reviewer to
// read:
//
//     PATTERNBOOK_REGENERATE_GOLDEN=1 build/tests/tst_golden && git diff tests/data

#include "graph/graphexport.h"
#include "language/language.h"
#include "language/linkgraph.h"
#include "render/renderer.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

using namespace pb;

namespace {

bool regenerating() { return qEnvironmentVariableIntValue("PATTERNBOOK_REGENERATE_GOLDEN") == 1; }

// Compares `actual` with the golden file, or writes it when regenerating.
void golden(const QString &path, const QByteArray &actual)
{
    if (regenerating()) {
        test::writeFile(path, actual);
        return;
    }
    QVERIFY2(QFileInfo::exists(path), qPrintable(QStringLiteral("%1 is missing: run with PATTERNBOOK_REGENERATE_GOLDEN=1").arg(path)));
    const QByteArray expected = test::readFile(path);
    if (actual != expected) {
        // Where they part, for the log; the whole of both is in the files and the diff.
        const QStringList changed = test::changedLines(expected, actual);
        QFAIL(qPrintable(QStringLiteral("%1 differs at lines %2").arg(path, changed.join(QStringLiteral(", ")))));
    }
}

QStringList caseFolders(const QString &under)
{
    QStringList out;
    const QDir dir(test::testDataDir() + QLatin1Char('/') + under);
    for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        out << dir.filePath(name);
    return out;
}

} // namespace

class TestGolden : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Each tests/data/render/<case>/input.md rendered as a pattern of the mini language (whose
    // names its references may use): the reading pane's fragment, and the whole page.
    void renderer_data()
    {
        QTest::addColumn<QString>("folder");
        for (const QString &folder : caseFolders(QStringLiteral("render")))
            QTest::newRow(qPrintable(QFileInfo(folder).fileName())) << folder;
    }

    void renderer()
    {
        QFETCH(QString, folder);
        const Language mini = Language::load(test::testDataDir() + QStringLiteral("/languages/mini"));
        const RenderedPattern r = renderText(QStringLiteral("input.md"), test::readFile(folder + QStringLiteral("/input.md")),
                                             makeRenderContext(mini));
        golden(folder + QStringLiteral("/expected.html"), r.html.toUtf8());
    }

    // Each tests/data/graph/<case>/ read as a language: its graph in Graphviz's language.
    void graphDot_data()
    {
        QTest::addColumn<QString>("folder");
        for (const QString &folder : caseFolders(QStringLiteral("graph")))
            QTest::newRow(qPrintable(QFileInfo(folder).fileName())) << folder;
    }

    void graphDot()
    {
        QFETCH(QString, folder);
        const Language language = Language::load(folder);
        golden(folder + QStringLiteral("/expected.dot"), graphToDot(language, LinkGraph::build(language)));
    }

    // The golden folders are all there: a case deleted by mistake would silently stop testing.
    void casesArePresent()
    {
        QCOMPARE(caseFolders(QStringLiteral("render")).size(), 4);
        QCOMPARE(caseFolders(QStringLiteral("graph")).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestGolden)
#include "tst_golden.moc"
