// The exports that need no app: the static site, the PDF booklet and cards, EPUB. Each is run on
// the sample language and on a hostile one, and its output is checked the way a reader's device
// would meet it: links that go somewhere, nothing fetched from the network, every pattern there.

#include "publish/epubexporter.h"
#include "publish/exporter.h"
#include "language/language.h"
#include "publish/pdfexporter.h"
#include "publish/publication.h"
#include "publish/siteexporter.h"
#include "testsupport.h"

#include <QDateTime>
#include <utime.h>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace pb;

namespace {

// A 1×1 PNG.
const QByteArray png = QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

QByteArray pattern(int id, const QString &name, int scale, const QList<int> &context, const QList<int> &completion,
                   const QByteArray &tags, const QByteArray &discussion)
{
    auto list = [](const QList<int> &ids) {
        QStringList parts;
        for (int i : ids)
            parts << QString::number(i);
        return QStringLiteral("[%1]").arg(parts.join(QStringLiteral(", "))).toUtf8();
    };
    return "---\nid: " + QByteArray::number(id) + "\nname: \"" + name.toUtf8() + "\"\nconfidence: 1\nscale: "
           + QByteArray::number(scale) + "\ncontext_patterns: " + list(context) + "\ncompletion_patterns: "
           + list(completion) + "\ntags: " + tags + "\n---\n\n# " + name.toUtf8() + " *\n\n_Context for " + name.toUtf8()
           + "._\n\n---\n\n**The problem of " + name.toUtf8() + ".**\n\n---\n\n" + discussion
           + "\n\nTherefore:\n\n**Do the thing.**\n\n---\n\n_Completed by the others._\n\n## References\n\n- A book.\n";
}

// A language an author or an attacker might write: odd tags, links out of the folder, raw HTML,
// control characters, a broken file, an image, a reference to nothing.
void writeHostileLanguage(const QString &root)
{
    const QString folder = root + QStringLiteral("/hostile");
    test::writeFile(root + QStringLiteral("/secret.png"), png);
    test::writeFile(folder + QStringLiteral("/img/diagram one.png"), png);
    test::writeFile(folder + QStringLiteral("/notes.txt"), "notes\n");
    test::writeFile(folder + QStringLiteral("/README.md"), "# Hostile <Title> & \"Co\"\n\nA language that tries everything.\n");
    test::writeFile(folder + QStringLiteral("/001-a.md"),
                    pattern(1, QStringLiteral("Alpha & <Omega>"), 1, {}, {2}, "[\"Flow & Focus\", flow-focus, \"日本語\", \"../etc\"]",
                            "See ![a diagram](img/diagram%20one.png) and ![secret](../secret.png), [the next](002-b.md#part), "
                            "[the readme](README.md), [nothing](nope.md), [notes](notes.txt), [root](/etc/passwd), "
                            "[file](file:///etc/passwd), ![remote](https://example.com/x.png), [a site](https://example.org), "
                            "[part two](002-b.md#part-two), [nowhere](#nowhere), [script](javascript:alert(2)), "
                            "![windows](C:\\\\img\\\\x.png).\n\n"
                            "<script>alert(1)</script><img src=\"https://example.com/track.gif\">\n\n"
                            "A control \x01 character, **Ghost (99)** referred to, and [**Beta (2)**](https://example.org)."));
    test::writeFile(folder + QStringLiteral("/002-b.md"),
                    pattern(2, QStringLiteral("Beta"), 2, {1}, {}, "[\"Flow & Focus\"]", "Back to **Alpha & <Omega> (1)**.\n\n## Part Two\n\nMore."));
    test::writeFile(folder + QStringLiteral("/003-broken.md"), "---\nid: 3\nname: [unclosed\n---\n\n# Broken\n");
}

QString hostileDir(const QTemporaryDir &dir) { return dir.filePath(QStringLiteral("hostile")); }

ExportResult runExport(const QString &exporterId, const QString &languageDir, const QString &output,
                       const ExportOptions &options = {})
{
    const Exporter *exporter = exporterById(exporterId);
    const Language language = Language::load(languageDir);
    ExportProgress progress;
    return exporter->run(language, options, output, progress);
}

QStringList filesUnder(const QString &folder, const QString &pattern)
{
    QStringList out;
    QDirIterator it(folder, {pattern}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << it.next();
    out.sort();
    return out;
}

QString unescape(QString text)
{
    return text.replace(QLatin1String("&quot;"), QLatin1String("\"")).replace(QLatin1String("&lt;"), QLatin1String("<"))
        .replace(QLatin1String("&gt;"), QLatin1String(">")).replace(QLatin1String("&amp;"), QLatin1String("&"));
}

QSet<QString> idsIn(const QString &html)
{
    QSet<QString> ids;
    static const QRegularExpression id(QStringLiteral("\\sid=\"([^\"]+)\""));
    for (const QRegularExpressionMatch &m : id.globalMatch(html))
        ids.insert(unescape(m.captured(1)));
    return ids;
}

// Every href and src of every page of an export that is not a web address: the file it names
// must exist inside the export, and a #fragment must be an id of that page.
QStringList brokenLinks(const QString &root, const QStringList &pages)
{
    QStringList broken;
    const QString canonicalRoot = QFileInfo(root).canonicalFilePath();
    static const QRegularExpression attribute(QStringLiteral("(?:href|src|xlink:href)=\"([^\"]*)\""));
    for (const QString &page : pages) {
        const QString html = QString::fromUtf8(test::readFile(page));
        for (const QRegularExpressionMatch &m : attribute.globalMatch(html)) {
            const QString url = unescape(m.captured(1));
            if (url.startsWith(QLatin1String("https:")) || url.startsWith(QLatin1String("http:"))
                || url.startsWith(QLatin1String("mailto:")))
                continue;
            QString path = url.section(QLatin1Char('#'), 0, 0).section(QLatin1Char('?'), 0, 0);
            const QString fragment = url.contains(QLatin1Char('#')) ? url.section(QLatin1Char('#'), 1) : QString();
            QString target = page;
            if (!path.isEmpty()) {
                target = QFileInfo(QFileInfo(page).dir(), QUrl::fromPercentEncoding(path.toUtf8())).absoluteFilePath();
                const QFileInfo info(target);
                if (!info.isFile() || !info.canonicalFilePath().startsWith(canonicalRoot + QLatin1Char('/'))) {
                    broken << QStringLiteral("%1: %2").arg(QDir(root).relativeFilePath(page), url);
                    continue;
                }
            }
            if (!fragment.isEmpty() && !idsIn(QString::fromUtf8(test::readFile(target))).contains(fragment))
                broken << QStringLiteral("%1: %2 (no such id)").arg(QDir(root).relativeFilePath(page), url);
        }
    }
    return broken;
}

// Anything a page or stylesheet would load from the network.
QStringList remoteLoads(const QStringList &files)
{
    QStringList found;
    static const QRegularExpression element(QStringLiteral("<(?:link|script|img|iframe|source|video|audio|embed|object|image|use)\\b[^>]*"
                                                           "\\b(?:src|href|data|xlink:href)=\"\\s*(?:https?:)?//"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression css(QStringLiteral("(?:url\\(\\s*['\"]?\\s*(?:https?:)?//|@import)"),
                                        QRegularExpression::CaseInsensitiveOption);
    for (const QString &file : files) {
        const QString text = QString::fromUtf8(test::readFile(file));
        if (element.match(text).hasMatch() || css.match(text).hasMatch())
            found << file;
    }
    return found;
}

QString tool(const QString &name)
{
    return QStandardPaths::findExecutable(name);
}

QString run(const QString &program, const QStringList &arguments, int *exitCode = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(180000);
    if (exitCode)
        *exitCode = process.exitCode();
    return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
}

// The outline (bookmarks) of a PDF, through poppler's pdftohtml: (level, title, page).
struct OutlineItem
{
    int level;
    QString title;
    int page;
};

QList<OutlineItem> outlineOf(const QString &pdf)
{
    const QString xml = run(tool(QStringLiteral("pdftohtml")), {QStringLiteral("-xml"), QStringLiteral("-i"), QStringLiteral("-q"),
                                                               QStringLiteral("-stdout"), pdf});
    QList<OutlineItem> items;
    QXmlStreamReader reader(xml);
    int depth = 0;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == QLatin1String("outline"))
            ++depth;
        else if (reader.isEndElement() && reader.name() == QLatin1String("outline"))
            --depth;
        else if (reader.isStartElement() && reader.name() == QLatin1String("item")) {
            const int page = reader.attributes().value(QLatin1String("page")).toInt();
            items.append({depth, reader.readElementText(), page});
        }
    }
    return items;
}

int pageCount(const QString &pdf)
{
    static const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    return pages.match(run(tool(QStringLiteral("pdfinfo")), {pdf})).captured(1).toInt();
}

QString pageText(const QString &pdf, int page)
{
    return run(tool(QStringLiteral("pdftotext")), {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                                   QString::number(page), QStringLiteral("-layout"), pdf, QStringLiteral("-")});
}

} // namespace

class TestExporters : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        writeHostileLanguage(m_dir.path());
    }

    void slug_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("slug");
        QTest::newRow("plain") << "flow" << "flow";
        QTest::newRow("spaces and signs") << "Flow & Focus!" << "flow-focus";
        QTest::newRow("accents dropped") << "Manœuvre Café" << "manoeuvre-cafe";
        QTest::newRow("letters spelled out") << "Straße Ærø Łódź" << "strasse-aero-lodz";
        QTest::newRow("dots and slashes cannot climb out") << "../etc/passwd" << "etc-passwd";
        QTest::newRow("nothing left") << "日本語" << "";
        QTest::newRow("file name kept") << "009-team-cognitive-load" << "009-team-cognitive-load";
    }

    void slug()
    {
        QFETCH(QString, text);
        QFETCH(QString, slug);
        QCOMPARE(Publication::slug(text), slug);
    }

    void selection_data()
    {
        QTest::addColumn<QString>("only");
        QTest::addColumn<QString>("tour");
        QTest::addColumn<QList<int>>("ids");
        QTest::addColumn<QString>("error");
        QTest::newRow("everything, by id") << "" << "" << QList<int>{} << "";
        QTest::newRow("only, in the order given") << "12,3,7" << "" << QList<int>{12, 3, 7} << "";
        QTest::newRow("an id no pattern has") << "3,404" << "" << QList<int>{} << "no pattern has id 404";
        QTest::newRow("a tour, in its order") << "" << "From flow to deployment" << QList<int>{3, 7, 8, 16, 19, 24, 25} << "";
        QTest::newRow("a tour and only: both") << "25,3" << "From flow to deployment" << QList<int>{3, 25} << "";
        QTest::newRow("a tour that is not there") << "" << "No such tour" << QList<int>{} << "no tour";
    }

    void selection()
    {
        QFETCH(QString, only);
        QFETCH(QString, tour);
        QFETCH(QList<int>, ids);
        QFETCH(QString, error);
        const Language language = Language::load(test::sampleLanguageDir());
        ExportOptions options;
        if (!only.isEmpty())
            QVERIFY(parseIdList(only, &options.only));
        options.tour = tour;
        const Selection s = selectPatterns(language, options);
        if (!error.isEmpty()) {
            QVERIFY2(s.error.contains(error, Qt::CaseInsensitive), qPrintable(s.error));
            QVERIFY(s.indices.isEmpty());
            return;
        }
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        QList<int> got;
        for (int index : s.indices)
            got << language.pattern(index).fields.id;
        if (ids.isEmpty()) {
            QCOMPARE(got.size(), language.patternCount());
            QVERIFY(std::is_sorted(got.begin(), got.end()));
        } else {
            QCOMPARE(got, ids);
        }
    }

    // A book keeps the order it was given (a tour, --only), in one part; unordered, it goes by scale.
    void booksFollowTheGivenOrder()
    {
        const Language language = Language::load(test::sampleLanguageDir());
        ExportOptions options;
        options.only = {12, 3, 7};
        const Selection chosen = selectPatterns(language, options);
        QVERIFY(chosen.ordered);
        const Publication ordered(language, chosen, options);
        const QList<Publication::Part> parts = ordered.parts();
        QCOMPARE(parts.size(), 1);
        QList<int> ids;
        for (int index : parts.constFirst().indices)
            ids << language.pattern(index).fields.id;
        QCOMPARE(ids, (QList<int>{12, 3, 7}));

        const Selection all = selectPatterns(language, {});
        QVERIFY(!all.ordered);
        const Publication byScale(language, all, {});
        QCOMPARE(byScale.parts().size(), byScale.scales().size());
        QVERIFY(byScale.parts().constFirst().heading.startsWith(QLatin1String("1 ")));
    }

    // A tour is found by the name in its file, whatever the file is called.
    void tourFoundByItsNameNotItsFileName()
    {
        QTemporaryDir dir;
        test::writeFile(dir.filePath(QStringLiteral("001-a.md")), pattern(1, QStringLiteral("Alpha"), 1, {}, {2}, "[]", "A."));
        test::writeFile(dir.filePath(QStringLiteral("002-b.md")), pattern(2, QStringLiteral("Beta"), 2, {1}, {}, "[]", "B."));
        test::writeFile(dir.filePath(QStringLiteral(".patternbook/tours/monday.tour")),
                        "# Patternbook tour: Our Monday Workshop\n2 Beta\n1 Alpha\n");
        const Language language = Language::load(dir.path());
        for (const QString &name : {QStringLiteral("Our Monday Workshop"), QStringLiteral("monday")}) {
            ExportOptions options;
            options.tour = name;
            const Selection s = selectPatterns(language, options);
            QVERIFY2(s.error.isEmpty(), qPrintable(name + QLatin1String(": ") + s.error));
            QCOMPARE(s.indices.size(), 2);
            QCOMPARE(language.pattern(s.indices.first()).fields.id, 2);
        }
    }

    // Two patterns with one id: the export says where references go. An empty folder is an error.
    void selectionWarningsAndErrors()
    {
        QTemporaryDir dir;
        test::writeFile(dir.filePath(QStringLiteral("001-a.md")), pattern(1, QStringLiteral("Alpha"), 1, {}, {}, "[]", "A."));
        test::writeFile(dir.filePath(QStringLiteral("001-b.md")), pattern(1, QStringLiteral("Beta"), 1, {}, {}, "[]", "B."));
        const Selection twice = selectPatterns(Language::load(dir.path()), {});
        QVERIFY(twice.error.isEmpty());
        QCOMPARE(twice.warnings.size(), 1);
        QVERIFY2(twice.warnings.first().contains(QLatin1String("001-a.md and 001-b.md both have id 1")),
                 qPrintable(twice.warnings.first()));

        QTemporaryDir empty;
        const Selection nothing = selectPatterns(Language::load(empty.path()), {});
        QVERIFY2(nothing.error.contains(QLatin1String("nothing to export")), qPrintable(nothing.error));
    }

    void site_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("only");
        QTest::addColumn<int>("pages");
        QTest::newRow("the sample language") << test::sampleLanguageDir() << "" << 28;
        QTest::newRow("the sample, three patterns") << test::sampleLanguageDir() << "9,6,15" << 3;
        QTest::newRow("a hostile language") << hostileDir(m_dir) << "" << 3;
    }

    // The site's promises: a page per pattern, every link going to a file of the site, nothing
    // loaded from the network, search over every pattern.
    void site()
    {
        QFETCH(QString, language);
        QFETCH(QString, only);
        QFETCH(int, pages);
        const QString out = m_dir.filePath(QStringLiteral("site-%1").arg(QLatin1String(QTest::currentDataTag())));
        ExportOptions options;
        if (!only.isEmpty())
            QVERIFY(parseIdList(only, &options.only));
        const ExportResult result = runExport(QStringLiteral("site"), language, out, options);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.patterns, pages);

        QCOMPARE(filesUnder(out + QStringLiteral("/patterns"), QStringLiteral("*.html")).size(), pages);
        const QStringList html = filesUnder(out, QStringLiteral("*.html"));
        for (const QString &page : {QStringLiteral("index.html"), QStringLiteral("graph.html"), QStringLiteral("search.html"),
                                    QStringLiteral("tags/index.html")})
            QVERIFY2(html.contains(QDir(out).filePath(page)), qPrintable(page));
        const QStringList broken = brokenLinks(out, html);
        QVERIFY2(broken.isEmpty(), qPrintable(broken.join(QLatin1Char('\n'))));
        QStringList loaded = html + filesUnder(out, QStringLiteral("*.css")) + filesUnder(out, QStringLiteral("*.svg"));
        const QStringList remote = remoteLoads(loaded);
        QVERIFY2(remote.isEmpty(), qPrintable(remote.join(QLatin1Char('\n'))));
        for (const QString &page : html) {
            const QString text = QString::fromUtf8(test::readFile(page));
            QVERIFY2(text.contains(QLatin1String("<html lang=\"en\">")), qPrintable(page));
            QVERIFY2(text.contains(QLatin1String("class=\"skip-link\" href=\"#main\"")), qPrintable(page));
            QVERIFY2(!text.contains(QLatin1String("<script>")), qPrintable(page)); // no inline script: the CSP forbids it
        }

        // The search index holds every exported pattern, each with a page.
        QByteArray script = test::readFile(out + QStringLiteral("/assets/search-index.js"));
        QVERIFY(script.startsWith("window.PATTERNBOOK_SEARCH = "));
        script = script.mid(script.indexOf('=') + 1).trimmed();
        script.chop(1);
        QJsonParseError error;
        const QJsonArray entries = QJsonDocument::fromJson(script, &error).object().value(QStringLiteral("patterns")).toArray();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(entries.size(), pages);
        for (const QJsonValue &v : entries) {
            const QJsonObject e = v.toObject();
            QVERIFY(QFileInfo::exists(QDir(out).filePath(e.value(QStringLiteral("url")).toString())));
            QVERIFY(!e.value(QStringLiteral("name")).toString().isEmpty());
        }
        if (only.isEmpty() && language == test::sampleLanguageDir()) {
            const Language sample = Language::load(language);
            QSet<int> ids;
            for (const QJsonValue &v : entries)
                ids.insert(v.toObject().value(QStringLiteral("id")).toInt());
            for (const Pattern &p : sample.patterns())
                QVERIFY2(ids.contains(p.fields.id), qPrintable(p.fileName));
            QVERIFY(entries.first().toObject().value(QStringLiteral("text")).toString().contains(QLatin1String("Westrum")));
        }
    }

    // A language too large for one picture gets a graph page per scale, each holding exactly that
    // scale's patterns, linked from the whole graph's page; a small one gets only the whole.
    void siteOfALargeLanguageHasAGraphPerPart()
    {
        const QString language = m_dir.filePath(QStringLiteral("large"));
        test::writeLanguage(language, test::generatedLanguage(250, 3));
        const QString out = m_dir.filePath(QStringLiteral("site-large"));
        ExportOptions options;
        options.graphs = true;
        const ExportResult result = runExport(QStringLiteral("site"), language, out, options);
        QVERIFY2(result.ok, qPrintable(result.error));
        const Language loaded = Language::load(language);
        const QString whole = QString::fromUtf8(test::readFile(QDir(out).filePath(QStringLiteral("graph.html"))));
        int total = 0;
        for (int scale = 1; scale <= 3; ++scale) {
            QVERIFY2(whole.contains(QStringLiteral("href=\"graph-%1.html\"").arg(scale)), qPrintable(QString::number(scale)));
            const QString svg = QString::fromUtf8(test::readFile(QDir(out).filePath(QStringLiteral("graph-%1.svg").arg(scale))));
            int ofScale = 0;
            for (const Pattern &p : loaded.patterns()) {
                if (p.fields.scale == scale) {
                    ++ofScale;
                    // Graphviz writes the id's hyphen as a character reference.
                    QVERIFY2(svg.contains(QStringLiteral("id=\"pattern&#45;%1\"").arg(p.fields.id)), qPrintable(p.fields.name));
                }
            }
            QCOMPARE(int(svg.count(QLatin1String("id=\"pattern&#45;"))), ofScale);
            total += ofScale;
            QVERIFY(QFileInfo::exists(QDir(out).filePath(QStringLiteral("graph-%1.html").arg(scale))));
        }
        QCOMPARE(total, 250);
        const QStringList broken = brokenLinks(out, filesUnder(out, QStringLiteral("*.html")));
        QVERIFY2(broken.isEmpty(), qPrintable(broken.join(QLatin1Char('\n'))));

        const QString small = m_dir.filePath(QStringLiteral("site-small"));
        QVERIFY(runExport(QStringLiteral("site"), test::sampleLanguageDir(), small, options).ok);
        QVERIFY(filesUnder(small, QStringLiteral("graph-*.html")).isEmpty());
        QVERIFY(QFileInfo::exists(QDir(small).filePath(QStringLiteral("graph.svg"))));
    }

    // A broken file is a page that says why, listed on the index; a hostile file's tricks go nowhere.
    void siteOfAHostileLanguage()
    {
        const QString out = m_dir.filePath(QStringLiteral("site-hostile-details"));
        const ExportResult result = runExport(QStringLiteral("site"), hostileDir(m_dir), out);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.warnings.size(), 1);
        QVERIFY(result.warnings.first().startsWith(QLatin1String("003-broken.md")));
        const QString broken = QString::fromUtf8(test::readFile(out + QStringLiteral("/patterns/003-broken.html")));
        QVERIFY(broken.contains(QLatin1String("This file cannot be read as a pattern")));
        QVERIFY(broken.contains(QLatin1String("[yaml-syntax]")));
        QVERIFY(broken.contains(QLatin1String("003-broken.md:3:")));
        const QString index = QString::fromUtf8(test::readFile(out + QStringLiteral("/index.html")));
        QVERIFY(index.contains(QLatin1String("href=\"patterns/003-broken.html\"")));
        // The title's raw HTML is dropped, as in the app; the rest is escaped.
        QVERIFY(index.contains(QLatin1String("<a class=\"site-title\" href=\"index.html\">Hostile &amp; &quot;Co&quot;</a>")));

        const QString alpha = QString::fromUtf8(test::readFile(out + QStringLiteral("/patterns/001-a.html")));
        QVERIFY(!alpha.contains(QLatin1String("alert(1)")));
        QVERIFY(!alpha.contains(QLatin1String("track.gif")));
        QVERIFY(alpha.contains(QLatin1String("href=\"002-b.html\""))); // #part: no heading of 002-b has that id
        QVERIFY(alpha.contains(QLatin1String("href=\"../patterns/002-b.html#part-two\"")));
        QVERIFY(!alpha.contains(QLatin1String("#nowhere")));
        QVERIFY(!alpha.contains(QLatin1String("href=\"\"")));
        QVERIFY(!alpha.contains(QLatin1String("C:")));
        QVERIFY(alpha.contains(QLatin1String("script, windows"))); // javascript: and C:\\ lead nowhere: their text stays
        QVERIFY(alpha.contains(QLatin1String("href=\"../index.html\"")));
        // "Diagram One.png", made safe, carries a hash of its name: another file cannot become it.
        static const QRegularExpression diagram(QStringLiteral("src=\"\\.\\./files/img/(diagram-one-[0-9a-f]{8}\\.png)\""));
        const QRegularExpressionMatch copied = diagram.match(alpha);
        QVERIFY2(copied.hasMatch(), qPrintable(alpha));
        QVERIFY(alpha.contains(QLatin1String("href=\"../files/notes.txt\"")));
        QVERIFY(!alpha.contains(QLatin1String("secret.png"))); // its alt text stays
        QVERIFY(!alpha.contains(QLatin1String("/etc/passwd")));
        QVERIFY(alpha.contains(QLatin1String("[remote image: remote]")));
        // A reference to nothing is marked, as in the app, but links nowhere.
        QVERIFY(alpha.contains(QLatin1String("<span class=\"pattern-ref broken\"")));
        QVERIFY(QFileInfo::exists(out + QStringLiteral("/files/img/") + copied.captured(1)));
        QVERIFY(!QFileInfo::exists(out + QStringLiteral("/files/secret.png")));
        // Tags with the same slug get pages of their own; a tag of no ASCII letters gets one too.
        QCOMPARE(filesUnder(out + QStringLiteral("/tags"), QStringLiteral("*.html")).size(), 5);
        QVERIFY(QFileInfo::exists(out + QStringLiteral("/tags/flow-focus.html")));
        QVERIFY(QFileInfo::exists(out + QStringLiteral("/tags/flow-focus-2.html")));
    }

    // Links go only to pages that were written: the rest are named, not linked.
    void siteOfAFewPatternsLinksOnlyThem()
    {
        const QString out = m_dir.filePath(QStringLiteral("site-few"));
        ExportOptions options;
        options.only = {9, 6};
        QVERIFY(runExport(QStringLiteral("site"), test::sampleLanguageDir(), out, options).ok);
        const QString page = QString::fromUtf8(test::readFile(out + QStringLiteral("/patterns/009-team-cognitive-load.html")));
        QVERIFY(page.contains(QLatin1String("href=\"006-inverse-conway-manoeuvre.html\"")));
        QVERIFY(page.contains(QLatin1String("<span class=\"pattern-ref good\" title=\"Pattern 15\"")));
        // The pager follows the order asked for.
        QVERIFY(page.contains(QLatin1String("rel=\"next\" href=\"006-inverse-conway-manoeuvre.html\"")));
    }

    // An export replaces an earlier one whole, never a folder of someone's files, and a canceled
    // one leaves what was there.
    void siteOutputIsReplacedWholeOrNotAtAll()
    {
        const QString out = m_dir.filePath(QStringLiteral("site-replace"));
        // What a killed export left a day ago goes; another export's fresh one stays.
        const QString stale = m_dir.filePath(QStringLiteral(".site-replace-Ab12Cd"));
        const QString fresh = m_dir.filePath(QStringLiteral(".site-replace-Ef34Gh"));
        test::writeFile(stale + QStringLiteral("/index.html"), "half");
        test::writeFile(fresh + QStringLiteral("/index.html"), "half");
        const time_t twoDaysAgo = QDateTime::currentDateTime().addDays(-2).toSecsSinceEpoch();
        const utimbuf times{twoDaysAgo, twoDaysAgo};
        QCOMPARE(::utime(QFile::encodeName(stale).constData(), &times), 0);
        QVERIFY(runExport(QStringLiteral("site"), test::sampleLanguageDir(), out).ok);
        QVERIFY(!QFileInfo::exists(stale));
        QVERIFY(QFileInfo::exists(fresh));
        QVERIFY(QDir(fresh).removeRecursively());
        // A file the earlier export wrote may be replaced, even when edited since; a file someone
        // added to it may not: replacing the folder would delete it.
        test::writeFile(out + QStringLiteral("/index.html"), "edited");
        test::writeFile(out + QStringLiteral("/patterns/notes.html"), "my notes");
        const ExportResult kept = runExport(QStringLiteral("site"), test::sampleLanguageDir(), out);
        QVERIFY(!kept.ok);
        QVERIFY2(kept.error.contains(QLatin1String("patterns/notes.html")), qPrintable(kept.error));
        QCOMPARE(test::readFile(out + QStringLiteral("/patterns/notes.html")), QByteArray("my notes"));
        QVERIFY(QFile::remove(out + QStringLiteral("/patterns/notes.html")));
        QVERIFY(runExport(QStringLiteral("site"), test::sampleLanguageDir(), out).ok);
        QVERIFY(test::readFile(out + QStringLiteral("/index.html")).startsWith("<!DOCTYPE html>"));

        const Language language = Language::load(test::sampleLanguageDir());
        ExportProgress progress;
        progress.setListener([&](int done, int, const QString &) {
            if (done >= 3)
                progress.cancel();
        });
        ExportOptions few;
        few.only = {1, 2, 3, 4, 5, 6, 7, 8};
        const ExportResult canceled = exporterById(QStringLiteral("site"))->run(language, few, out, progress);
        QVERIFY(canceled.canceled);
        QVERIFY(!canceled.ok);
        QCOMPARE(filesUnder(out + QStringLiteral("/patterns"), QStringLiteral("*.html")).size(), 28);
        const QStringList leftovers = QDir(m_dir.path()).entryList({QStringLiteral(".site-replace-*")}, QDir::AllEntries | QDir::Hidden);
        QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(QLatin1Char(' '))));

        const QString someonesFolder = m_dir.filePath(QStringLiteral("documents"));
        test::writeFile(someonesFolder + QStringLiteral("/thesis.txt"), "years of work");
        const ExportResult refused = runExport(QStringLiteral("site"), test::sampleLanguageDir(), someonesFolder);
        QVERIFY(!refused.ok);
        QVERIFY2(refused.error.contains(QLatin1String("no export made")), qPrintable(refused.error));
        QCOMPARE(test::readFile(someonesFolder + QStringLiteral("/thesis.txt")), QByteArray("years of work"));
    }

    void booklet()
    {
        if (PdfExporter::weasyPrint().isEmpty() || tool(QStringLiteral("pdftohtml")).isEmpty())
            QSKIP("needs weasyprint and poppler-utils (packaging/dev.sh installs them)");
        const QString out = m_dir.filePath(QStringLiteral("booklet.pdf"));
        const ExportResult result = runExport(QStringLiteral("pdf"), test::sampleLanguageDir(), out);
        QVERIFY2(result.ok, qPrintable(result.error));
        const Language language = Language::load(test::sampleLanguageDir());

        // The outline: contents and the six scales at the top, each pattern under its scale, each
        // starting on a page of its own, in order.
        const QList<OutlineItem> outline = outlineOf(out);
        QStringList top;
        QList<int> patternPages;
        for (const OutlineItem &item : outline) {
            if (item.level == 1)
                top << item.title;
            else
                patternPages << item.page;
        }
        QCOMPARE(top.size(), 1 + 1 + 6); // Introduction, Contents, six scales
        QCOMPARE(top.at(1), QStringLiteral("Contents"));
        QCOMPARE(top.at(2), QStringLiteral("1 \u00b7 Culture and Philosophy"));
        QCOMPARE(patternPages.size(), language.patternCount());
        for (int i = 1; i < patternPages.size(); ++i)
            QVERIFY(patternPages.at(i) > patternPages.at(i - 1));
        // Title, introduction, contents and part pages, and each pattern from a page of its own.
        const int pages = pageCount(out);
        QVERIFY2(pages >= 2 + 6 + language.patternCount(), qPrintable(QString::number(pages)));
        QVERIFY(patternPages.last() <= pages);

        // Each pattern's first page carries its name and the running header; the contents give the
        // pages the outline has.
        const OutlineItem *first = nullptr;
        for (const OutlineItem &item : outline) {
            if (item.level == 2) {
                first = &item;
                break;
            }
        }
        QVERIFY(first);
        const QString text = pageText(out, first->page);
        QVERIFY2(text.contains(QLatin1String("Generative Culture")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("DELIVERING VALUE")));
        int contentsPage = 0;
        for (const OutlineItem &item : outline) {
            if (item.title == QLatin1String("Contents"))
                contentsPage = item.page;
        }
        const QString contents = pageText(out, contentsPage);
        static const QRegularExpression entry(QStringLiteral("Generative Culture[ ★.]*?(\\d+)\\s*$"), QRegularExpression::MultilineOption);
        const QRegularExpressionMatch m = entry.match(contents);
        QVERIFY2(m.hasMatch(), qPrintable(contents));
        QCOMPARE(m.captured(1).toInt(), first->page);
        QVERIFY(pageText(out, 1).contains(QLatin1String("Delivering Value")));
    }

    void cards_data()
    {
        QTest::addColumn<QString>("paper");
        QTest::addColumn<QString>("size");
        QTest::newRow("A4") << "A4" << "595.276 x 841.89";
        QTest::newRow("Letter") << "Letter" << "612 x 792";
    }

    // Four cards a sheet, each with its name, problem, "Therefore:" and solution.
    void cards()
    {
        QFETCH(QString, paper);
        QFETCH(QString, size);
        if (PdfExporter::weasyPrint().isEmpty() || tool(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("needs weasyprint and poppler-utils (packaging/dev.sh installs them)");
        const QString out = m_dir.filePath(QStringLiteral("cards-%1.pdf").arg(paper));
        ExportOptions options;
        options.paper = paper;
        const ExportResult result = runExport(QStringLiteral("cards"), test::sampleLanguageDir(), out, options);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(QLatin1Char('\n'))));
        QCOMPARE(pageCount(out), 7); // 28 cards, four a sheet
        QVERIFY(run(tool(QStringLiteral("pdfinfo")), {out}).contains(size));
        const QString sheet = pageText(out, 1);
        for (const char *name : {"Generative Culture", "Psychological Safety", "Flow Over Utilisation", "Explicit Tradeoffs"})
            QVERIFY2(sheet.contains(QLatin1String(name)), name);
        QCOMPARE(sheet.count(QLatin1String("Therefore:")), 4);
        QVERIFY(sheet.contains(QLatin1String("In many organisations bad news travels")));
        QVERIFY(sheet.contains(QLatin1String("COMPLETION")));
    }

    // A card whose text would not fit is cut at a word, and the export says so.
    void cardsTooLongAreShortenedAndSaid()
    {
        if (PdfExporter::weasyPrint().isEmpty())
            QSKIP("needs weasyprint");
        const QString folder = m_dir.filePath(QStringLiteral("long"));
        QByteArray body;
        for (int i = 0; i < 80; ++i)
            body += "a long sentence about the problem ";
        body.chop(1); // "** ends bold only after a word
        test::writeFile(folder + QStringLiteral("/001-long.md"),
                        "---\nid: 1\nname: \"Long\"\nconfidence: 0\nscale: 1\ncontext_patterns: []\ncompletion_patterns: []\n---\n\n"
                        "# Long\n\n_Context._\n\n---\n\n**" + body + "**\n\n---\n\nTherefore:\n\n**" + body + "**\n\n---\n\n_Done._\n");
        const QString out = m_dir.filePath(QStringLiteral("long.pdf"));
        const ExportResult result = runExport(QStringLiteral("cards"), folder, out);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.warnings, QStringList{QStringLiteral("001-long.md: the card's text was shortened to fit")});
        QCOMPARE(pageCount(out), 1);
    }

    void epub_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("the sample language") << test::sampleLanguageDir();
        QTest::newRow("a hostile language") << hostileDir(m_dir);
    }

    // EPUB 3 that epubcheck passes with no error or warning.
    void epub()
    {
        QFETCH(QString, language);
        const QString out = m_dir.filePath(QStringLiteral("%1.epub").arg(QLatin1String(QTest::currentDataTag())));
        const ExportResult result = runExport(QStringLiteral("epub"), language, out);
        QVERIFY2(result.ok, qPrintable(result.error));
        const QByteArray bytes = test::readFile(out);
        // The mimetype entry first and stored: readers recognise the file by these bytes.
        QCOMPARE(bytes.mid(30, 8), QByteArray("mimetype"));
        QCOMPARE(bytes.mid(38, 20), QByteArray("application/epub+zip"));
        const QString jar = QStringLiteral("/usr/share/java/epubcheck.jar");
        if (!QFileInfo::exists(jar) || tool(QStringLiteral("java")).isEmpty())
            QSKIP("needs epubcheck (packaging/dev.sh installs it)");
        int exitCode = -1;
        const QString report = run(tool(QStringLiteral("java")), {QStringLiteral("-jar"), jar, out}, &exitCode);
        QVERIFY2(exitCode == 0 && report.contains(QLatin1String("No errors or warnings detected")), qPrintable(report));
    }
};

QTEST_GUILESS_MAIN(TestExporters)
#include "tst_exporters.moc"
