#include "language/language.h"
#include "render/renderer.h"
#include "testsupport.h"

#include <QTest>

using namespace pb;

namespace {
const QByteArray head = "---\nid: 5\nname: \"Five\"\nconfidence: 1\nscale: 2\ntags: [a-tag]\n---\n";
}

class TestRenderer : public QObject
{
    Q_OBJECT

private:
    static RenderContext context()
    {
        RenderContext c;
        c.names = {{1, QStringLiteral("One")}, {5, QStringLiteral("Five")}};
        c.scaleNames = {{2, QStringLiteral("Part")}};
        return c;
    }

private Q_SLOTS:
    // Each row: a body, HTML that must appear, and HTML that must not.
    void render_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QStringList>("present");
        QTest::addColumn<QStringList>("absent");

        QTest::newRow("title-stars") << QByteArray("\n# Five *\n")
                                     << QStringList{QStringLiteral("<h1 class=\"title\">Five <span class=\"stars\""), QStringLiteral("★</span></h1>")}
                                     << QStringList{QStringLiteral("Five *")};
        QTest::newRow("good-reference")
            << QByteArray("\nSee **One (1)**.\n")
            << QStringList{QStringLiteral("<a class=\"pattern-ref good\" href=\"pattern:1\" title=\"Pattern 1\" data-id=\"1\"><strong>One (1)</strong></a>")}
            << QStringList{};
        QTest::newRow("broken-reference") << QByteArray("\nSee **Gone (9)**.\n")
                                          << QStringList{QStringLiteral("class=\"pattern-ref broken\""), QStringLiteral("No pattern has id 9")}
                                          << QStringList{};
        QTest::newRow("stale-reference") << QByteArray("\nSee **Uno (1)**.\n")
                                         << QStringList{QStringLiteral("class=\"pattern-ref stale\""), QStringLiteral("now named “One”")}
                                         << QStringList{};
        QTest::newRow("code-is-not-linked") << QByteArray("\n`**One (1)**`\n") << QStringList{QStringLiteral("<code>**One (1)**</code>")}
                                            << QStringList{QStringLiteral("pattern-ref")};
        QTest::newRow("raw-html-dropped") << QByteArray("\n<script>alert(1)</script>\n\nHi <b onclick=\"x()\">there</b>\n")
                                          << QStringList{QStringLiteral("raw HTML omitted")} << QStringList{QStringLiteral("<script"), QStringLiteral("onclick")};
        QTest::newRow("javascript-link-becomes-text") << QByteArray("\n[click](javascript:alert(1)) here\n")
                                                      << QStringList{QStringLiteral("<p>click here</p>")} << QStringList{QStringLiteral("javascript:"), QStringLiteral("href=\"\"")};
        QTest::newRow("heading-ids") << QByteArray("\n# Five\n\n## The Forces\n\n## The Forces\n\nSee [them](#the-forces-1).\n")
                                     << QStringList{QStringLiteral("<h2 id=\"the-forces\">"), QStringLiteral("<h2 id=\"the-forces-1\">"), QStringLiteral("href=\"#the-forces-1\"")}
                                     << QStringList{QStringLiteral("<h1 id=")};
        QTest::newRow("remote-image-not-loaded")
            << QByteArray("\n![a chart](https://example.com/c.png)\n")
            << QStringList{QStringLiteral("<a href=\"https://example.com/c.png\">[remote image: a chart]</a>")} << QStringList{QStringLiteral("<img")};
        QTest::newRow("local-image-kept") << QByteArray("\n![a chart](images/c.png)\n")
                                          << QStringList{QStringLiteral("<img src=\"images/c.png\" alt=\"a chart\"")} << QStringList{};
        QTest::newRow("form-parts")
            << QByteArray("\n# Five *\n\n_Context **One (1)**._\n\n---\n\n**Problem.**\n\n---\n\nText.\n\nTherefore:\n\n"
                          "**Solution.**\n\n---\n\n_Completion._\n\n## References\n\n- A book.\n")
            << QStringList{QStringLiteral("<section class=\"context\">"), QStringLiteral("<section class=\"problem\">"), QStringLiteral("<section class=\"therefore\">"),
                           QStringLiteral("<section class=\"solution\">"), QStringLiteral("<section class=\"completion\">"),
                           QStringLiteral("<section class=\"references\">\n<h2 id=\"references\">References</h2>\n<ul>")}
            << QStringList{};
        QTest::newRow("meta-line") << QByteArray("\n# Five *\n")
                                   << QStringList{QStringLiteral("<span class=\"scale\">Scale 2 · Part</span>"), QStringLiteral("<a class=\"tag\" href=\"tag:a-tag\">a-tag</a>")}
                                   << QStringList{};
        QTest::newRow("escaped-text") << QByteArray("\nA < B & C\n") << QStringList{QStringLiteral("A &lt; B &amp; C")} << QStringList{};
    }
    void render()
    {
        QFETCH(QByteArray, body);
        QFETCH(QStringList, present);
        QFETCH(QStringList, absent);
        const RenderedPattern r = renderText(QStringLiteral("005-five.md"), head + body, context());
        for (const QString &s : present)
            QVERIFY2(r.html.contains(s), qPrintable(QStringLiteral("missing %1 in\n%2").arg(s, r.html)));
        for (const QString &s : absent)
            QVERIFY2(!r.html.contains(s), qPrintable(QStringLiteral("unexpected %1 in\n%2").arg(s, r.html)));
    }

    void title()
    {
        QCOMPARE(renderText(QStringLiteral("5.md"), head + "\n# Five *\n", context()).title, QStringLiteral("Five"));
        QCOMPARE(renderText(QStringLiteral("5.md"), head + "\nNo title.\n", context()).title, QStringLiteral("Five"));
    }

    // A direction control in the title or a tag is shown for what it is: "TXT.exe" with a
    // right-to-left override would read "exe.TXT".
    void directionControlsAreShown()
    {
        const QByteArray bytes = "---\nid: 5\nname: \"TXT\u202E.exe\"\nconfidence: 0\ntags: [a\u2066b]\n---\n\n# TXT\u202E.exe\n";
        const RenderedPattern r = renderText(QStringLiteral("5.md"), bytes, context());
        QCOMPARE(r.title, QStringLiteral("TXT<U+202E>.exe"));
        QVERIFY2(r.html.contains(QLatin1String("TXT&lt;U+202E&gt;.exe")), qPrintable(r.html));
        QVERIFY2(r.html.contains(QLatin1String("a&lt;U+2066&gt;b")), qPrintable(r.html));
        QVERIFY(!r.html.contains(QChar(0x202E)));
        const Pattern p = parsePattern(QStringLiteral("5.md"), QStringLiteral("5.md"), bytes);
        QCOMPARE(p.displayName(), QStringLiteral("5 TXT<U+202E>.exe"));
    }

    // A broken file never renders as nothing: its errors and its text show.
    void brokenPattern_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("shows");

        QTest::newRow("yaml-error") << QByteArray("---\nid: [\n---\n\n# Body Title\n") << QStringLiteral("<h1 class=\"title\">Body Title</h1>");
        QTest::newRow("not-utf8") << QByteArray("---\nid: 1\nname: \"Caf\xe9\"\n---\n") << QStringLiteral("<pre class=\"raw\">");
        QTest::newRow("unterminated") << QByteArray("---\nid: 1\n# Title\n") << QStringLiteral("<pre class=\"raw\">---\nid: 1\n# Title\n</pre>");
        QTest::newRow("no-front-matter") << QByteArray("# Plain Doc\n") << QStringLiteral("Plain Doc</h1>");
    }
    void brokenPattern()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, shows);
        const RenderedPattern r = renderText(QStringLiteral("bad.md"), bytes, context());
        QVERIFY(r.html.contains(QLatin1String("<article class=\"pattern broken\"")));
        QVERIFY(r.html.contains(QLatin1String("<div class=\"diagnostics\" role=\"alert\">")));
        QVERIFY2(r.html.contains(QLatin1String("bad.md:")), qPrintable(r.html));
        QVERIFY2(r.html.contains(shows), qPrintable(r.html));
    }

    void backlinks()
    {
        const Language language = Language::load(test::testDataDir() + QStringLiteral("/languages/mini"));
        const LinkGraph graph = LinkGraph::build(language);
        const int middleA = language.indexOfId(2);
        const QList<Backlink> links = backlinksOf(language, graph, middleA);
        QStringList got;
        for (const Backlink &b : links)
            got << QStringLiteral("%1:%2").arg(b.id).arg(int(b.kind));
        // 1 lists it as completion, 3 mentions it, 4 lists it as context.
        QCOMPARE(got, (QStringList{QStringLiteral("1:1"), QStringLiteral("3:2"), QStringLiteral("4:0")}));
        const RenderedPattern r = renderPattern(language.pattern(middleA), makeRenderContext(language), links);
        QVERIFY(r.html.contains(QLatin1String("<aside class=\"backlinks\">")));
        QVERIFY(r.html.contains(QLatin1String("<h3>Completes</h3>")));
        QVERIFY(r.html.contains(QLatin1String("<h3>Mentioned by</h3>")));
    }

    void standalone()
    {
        const RenderedPattern r{QStringLiteral("A <Title>"), QStringLiteral("<article></article>")};
        const QString page = standalonePage(r);
        QVERIFY(page.startsWith(QLatin1String("<!DOCTYPE html>")));
        QVERIFY(page.contains(QLatin1String("<title>A &lt;Title&gt;</title>")));
        QVERIFY(page.contains(QLatin1String("default-src 'none'")));
        QVERIFY(page.contains(QLatin1String("--paper"))); // the stylesheet is inlined
    }

    void customHrefs()
    {
        RenderContext c = context();
        c.hrefById.insert(1, QStringLiteral("001-one.html"));
        const RenderedPattern r = renderText(QStringLiteral("5.md"), head + "\n**One (1)**\n", c);
        QVERIFY(r.html.contains(QLatin1String("href=\"001-one.html\"")));
    }
};

QTEST_GUILESS_MAIN(TestRenderer)
#include "tst_renderer.moc"
