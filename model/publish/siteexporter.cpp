#include "publish/siteexporter.h"
#include "graph/graphlayout.h"
#include "graph/graphrender.h"
#include "language/language.h"
#include "language/parallel_p.h"
#include "render/patternsummary.h"
#include "publish/publication.h"
#include "publish/staging_p.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <optional>

namespace pb {

namespace {

QString esc(const QString &text) { return text.toHtmlEscaped(); }

// Graphviz's SVG made fit to sit inside a page: no XML prologue, doctype or comments, and a class
// the stylesheet scales it by.
QString inlineSvg(const QByteArray &svg, const QString &label)
{
    QString text = QString::fromUtf8(svg);
    const int start = text.indexOf(QLatin1String("<svg"));
    if (start < 0)
        return {};
    text = text.mid(start);
    static const QRegularExpression comments(QStringLiteral("<!--.*?-->"), QRegularExpression::DotMatchesEverythingOption);
    text.remove(comments);
    text.replace(0, 4, QStringLiteral("<svg class=\"graph\" aria-label=\"%1\"").arg(esc(label)));
    return text;
}

// One page of the site around `main`. `root` leads back to the site's top ("../" from a pattern).
struct PageShell
{
    QString lang;
    QString siteTitle;
    QString root;
    QString section; // "patterns", "graph", "tags", "search": marks the current link in the bar
    QString mainClass; // "wide": the page's main part is not held to the reading measure

    QString page(const QString &title, const QString &main, const QString &after = {},
                 const QString &scripts = {}) const
    {
        auto navItem = [&](const QString &id, const QString &href, const QString &label) {
            return QStringLiteral("<li><a href=\"%1%2\"%3>%4</a></li>")
                .arg(root, href, id == section ? QStringLiteral(" aria-current=\"page\"") : QString(), label);
        };
        return QStringLiteral(
                   "<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                   "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                   // Nothing from the network, ever: only the site's own files.
                   "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'self'; "
                   "script-src 'self'; img-src 'self' data:; form-action 'self'\">\n"
                   "<meta name=\"generator\" content=\"Patternbook\">\n"
                   "<title>%2</title>\n"
                   "<link rel=\"stylesheet\" href=\"%3assets/reading.css\">\n"
                   "<link rel=\"stylesheet\" href=\"%3assets/site.css\">\n"
                   "</head>\n<body>\n"
                   "<a class=\"skip-link\" href=\"#main\">Skip to content</a>\n"
                   "<header class=\"site-header\">\n"
                   "<a class=\"site-title\" href=\"%3index.html\">%4</a>\n"
                   "<nav class=\"site-nav\" aria-label=\"Site\"><ul>%5%6%7</ul></nav>\n"
                   "<form class=\"site-search\" role=\"search\" action=\"%3search.html\" method=\"get\">"
                   "<label for=\"site-search-q\">Search</label> "
                   "<input id=\"site-search-q\" name=\"q\" type=\"search\" placeholder=\"Names, tags, text\">"
                   "</form>\n"
                   "</header>\n"
                   "<main id=\"main\" tabindex=\"-1\"%11>\n%8</main>\n%9"
                   "<footer class=\"site-footer\"><p>Made with Patternbook. Every page works offline, "
                   "with no app.</p></footer>\n%10</body>\n</html>\n")
            .arg(esc(lang), esc(title), root, esc(siteTitle),
                 navItem(QStringLiteral("patterns"), QStringLiteral("index.html"), QStringLiteral("Patterns")),
                 navItem(QStringLiteral("graph"), QStringLiteral("graph.html"), QStringLiteral("Graph")),
                 navItem(QStringLiteral("tags"), QStringLiteral("tags/index.html"), QStringLiteral("Tags")), main,
                 after, scripts, mainClass.isEmpty() ? QString() : QStringLiteral(" class=\"%1\"").arg(mainClass));
    }
};

class SiteWriter
{
public:
    SiteWriter(const Publication &publication, Staging &staging, ExportProgress &progress)
        : m_pub(publication)
        , m_staging(staging)
        , m_progress(progress)
    {
        // Built once: a context holds every pattern's name and page, too much to build per page.
        m_topContext = contextFor(QString());
        m_pageContext = contextFor(QStringLiteral("../"));
        m_shell.lang = publication.options().lang;
        m_shell.siteTitle = publication.subtitle().isEmpty()
                                ? publication.title()
                                : QStringLiteral("%1: %2").arg(publication.title(), publication.subtitle());
    }

    bool run(ExportResult &result)
    {
        const QList<int> &indices = m_pub.indices();
        m_progress.setTotal(int(indices.size()) + 4);
        // What the lists and the search index show of each pattern, read on the way through the
        // pages (once each, on every core) rather than again for every list a pattern is in.
        m_summaries.resize(indices.size());
        m_texts.resize(indices.size());
        for (int i = 0; i < indices.size(); ++i)
            m_position.insert(indices.at(i), i);
        QString failure;
        QMutex failureMutex;
        std::atomic<bool> stop{false};
        parallelFor(int(indices.size()), [&](int i) {
            if (stop || m_progress.isCanceled())
                return;
            QString error;
            const Pattern &p = m_pub.language().pattern(indices.at(i));
            QString problem = summarize(p).problem;
            if (problem.size() > 180)
                problem = problem.left(177).trimmed() + QStringLiteral("\u2026");
            m_summaries[i] = problem;
            m_texts[i] = p.broken ? QString::fromUtf8(p.bytes.left(20000)) : plainText(p);
            if (!writePatternPage(i, &error)) {
                QMutexLocker lock(&failureMutex);
                if (failure.isEmpty())
                    failure = error;
                stop = true;
            }
            m_progress.advance(m_pub.displayName(indices.at(i)));
        });
        if (m_progress.isCanceled())
            return false;
        if (!failure.isEmpty()) {
            result.error = failure;
            return false;
        }
        QString error;
        const bool ok = writeIndex(&error) && step(QStringLiteral("index")) && writeTags(&error)
                        && step(QStringLiteral("tags")) && writeGraph(&error) && step(QStringLiteral("graph"))
                        && writeSearch(&error) && writeAssets(&error) && step(QStringLiteral("search"));
        if (!ok)
            result.error = error;
        for (int index : m_pub.brokenPatterns())
            result.warnings << QStringLiteral("%1: exported as a page showing why it cannot be read")
                                   .arg(m_pub.language().pattern(index).fileName);
        return ok && !m_progress.isCanceled();
    }

private:
    bool step(const QString &what)
    {
        m_progress.advance(what);
        return !m_progress.isCanceled();
    }

    QString patternHref(int index, const QString &root) const
    {
        return root + QStringLiteral("patterns/") + m_pub.pageName(index) + QStringLiteral(".html");
    }

    // A list item for a pattern: its id, name and stars, and the first sentence of its problem.
    QString listItem(int index, const QString &root) const
    {
        const Pattern &p = m_pub.language().pattern(index);
        const QString problem = m_summaries.value(m_position.value(index, -1));
        const int confidence = std::max(p.fields.confidence, 0);
        const QString stars = starsText(confidence);
        return QStringLiteral("<li><a href=\"%1\"><span class=\"pattern-id\">%2</span> %3</a>%4%5</li>\n")
            .arg(patternHref(index, root), p.fields.id > 0 ? QString::number(p.fields.id) : QString(),
                 esc(m_pub.displayName(index)),
                 stars.isEmpty() ? QString()
                                 : QStringLiteral(" <span class=\"stars\" title=\"%1\" aria-label=\"%1\">%2</span>")
                                       .arg(esc(confidenceMeaning(confidence)), stars),
                 problem.isEmpty() ? QString() : QStringLiteral("<p class=\"summary\">%1</p>").arg(esc(problem)));
    }

    RenderContext contextFor(const QString &root) const
    {
        RenderContext context = m_pub.renderContext(root + QStringLiteral("patterns/"), QStringLiteral(".html"));
        for (const QString &tag : m_pub.tags())
            context.hrefByTag.insert(tag, root + QStringLiteral("tags/") + m_pub.tagSlug(tag) + QStringLiteral(".html"));
        const Publication *pub = &m_pub;
        Publication::LinkTargets targets;
        targets.pagePrefix = root + QStringLiteral("patterns/");
        targets.pageSuffix = QStringLiteral(".html");
        targets.indexHref = root + QStringLiteral("index.html");
        targets.filePrefix = root + QStringLiteral("files/");
        targets.fragments = true;
        context.rewriteUrl = [pub, targets](const QString &url, bool) { return pub->resolveLocalUrl(url, targets); };
        return context;
    }

    QString neighbourhood(int index) const
    {
        const Language &language = m_pub.language();
        QSet<int> shown{index};
        for (int n : m_pub.graph().neighbours(index)) {
            if (m_pub.contains(n))
                shown.insert(n);
        }
        if (shown.size() < 2 || language.pattern(index).fields.id <= 0)
            return {};
        GraphInput input = GraphInput::fromLanguage(language, m_pub.graph(), shown);
        for (GraphInput::Node &node : input.nodes) {
            if (node.index != index)
                node.href = m_pub.pageName(node.index) + QStringLiteral(".html");
        }
        LayoutOptions layoutOptions;
        layoutOptions.aspect = 1.6;
        const GraphLayout layout = layoutGraph(input, layoutOptions);
        if (!layout.ok)
            return {};
        GraphRenderOptions options;
        options.current = index;
        const QByteArray svg = renderGraph(input, layout, options);
        const QString name = m_pub.displayName(index);
        return QStringLiteral("<section class=\"neighbourhood\" aria-labelledby=\"neighbourhood\">\n"
                              "<h2 id=\"neighbourhood\">Neighbourhood</h2>\n<figure>\n%1\n"
                              "<figcaption>%2 among the patterns it links to: larger patterns above, smaller "
                              "below. Each is a link to its page.</figcaption>\n</figure>\n</section>\n")
            .arg(inlineSvg(svg, QStringLiteral("The neighbourhood of %1").arg(name)), esc(name));
    }

    bool writePatternPage(int position, QString *error)
    {
        const QList<int> &indices = m_pub.indices();
        const int index = indices.at(position);
        const Pattern &p = m_pub.language().pattern(index);
        const QString root = QStringLiteral("../");
        const RenderedPattern rendered = renderPattern(p, m_pageContext, m_pub.backlinks(index));
        QString main = rendered.html;
        if (m_pub.options().graphs && !p.broken)
            main += neighbourhood(index);
        auto pagerLink = [&](int at, const char *rel, const QString &arrowBefore, const QString &arrowAfter) {
            if (at < 0 || at >= indices.size())
                return QStringLiteral("<span></span>");
            const QString label = m_pub.label(indices.at(at));
            return QStringLiteral("<a rel=\"%1\" href=\"%2.html\">%3%4%5</a>")
                .arg(QLatin1String(rel), m_pub.pageName(indices.at(at)), arrowBefore, esc(label), arrowAfter);
        };
        const QString pager = QStringLiteral("<nav class=\"pager\" aria-label=\"Previous and next pattern\">%1%2</nav>\n")
                                  .arg(pagerLink(position - 1, "prev", QStringLiteral("\u2190 "), QString()),
                                       pagerLink(position + 1, "next", QString(), QStringLiteral(" \u2192")));
        PageShell shell = m_shell;
        shell.root = root;
        shell.section = QStringLiteral("patterns");
        const QString html = shell.page(QStringLiteral("%1 \u2014 %2").arg(rendered.title, m_shell.siteTitle), main, pager);
        return m_staging.write(QStringLiteral("patterns/%1.html").arg(m_pub.pageName(index)), html.toUtf8(), error);
    }

    bool writeIndex(QString *error)
    {
        QString main;
        const QByteArray intro = m_pub.introduction();
        QString introHtml = intro.isEmpty() ? QString() : renderDocument(intro, m_topContext);
        if (!introHtml.contains(QLatin1String("<h1")))
            main += QStringLiteral("<h1>%1</h1>\n").arg(esc(m_shell.siteTitle));
        else if (!m_pub.subtitle().isEmpty())
            introHtml.replace(QLatin1String("</h1>"), QStringLiteral("</h1>\n<p class=\"subtitle\">%1</p>").arg(esc(m_pub.subtitle())));
        main += introHtml;
        main += QStringLiteral("<nav class=\"contents\" aria-labelledby=\"contents\">\n<h2 id=\"contents\">Patterns by "
                               "scale</h2>\n<p class=\"contents-note\">%1. Also as a <a href=\"graph.html\">graph</a>, "
                               "by <a href=\"tags/index.html\">tag</a>, or <a href=\"search.html\">search</a>.</p>\n")
                    .arg(patternCount(m_pub.indices().size()));
        for (int scale : m_pub.scales()) {
            main += QStringLiteral("<section class=\"scale\">\n<h3>%1</h3>\n").arg(esc(m_pub.scaleHeading(scale)));
            const QString description = m_pub.language().scales().value(scale).description;
            if (!description.isEmpty())
                main += QStringLiteral("<p class=\"scale-description\">%1</p>\n").arg(esc(description));
            main += QStringLiteral("<ol class=\"pattern-list\">\n");
            for (int index : m_pub.patternsOfScale(scale))
                main += listItem(index, QString());
            main += QStringLiteral("</ol>\n</section>\n");
        }
        if (!m_pub.brokenPatterns().isEmpty()) {
            main += QStringLiteral("<section class=\"scale broken\">\n<h3>Files that cannot be read as patterns</h3>\n<ul "
                                   "class=\"pattern-list\">\n");
            for (int index : m_pub.brokenPatterns())
                main += QStringLiteral("<li><a href=\"%1\">%2</a></li>\n")
                            .arg(patternHref(index, QString()), esc(m_pub.language().pattern(index).fileName));
            main += QStringLiteral("</ul>\n</section>\n");
        }
        main += QStringLiteral("</nav>\n");
        PageShell shell = m_shell;
        shell.section = QStringLiteral("patterns");
        return m_staging.write(QStringLiteral("index.html"), shell.page(m_shell.siteTitle, main).toUtf8(), error);
    }

    bool writeTags(QString *error)
    {
        PageShell shell = m_shell;
        shell.root = QStringLiteral("../");
        shell.section = QStringLiteral("tags");
        QString list;
        for (const QString &tag : m_pub.tags()) {
            const QList<int> tagged = m_pub.patternsTagged(tag);
            list += QStringLiteral("<li><a href=\"%1.html\">#%2</a> <span class=\"count\">%3</span></li>\n")
                        .arg(m_pub.tagSlug(tag), esc(tag))
                        .arg(tagged.size());
            QString main = QStringLiteral("<h1>#%1</h1>\n<p>%2 tagged \u201c%1\u201d. <a href=\"index.html\">All "
                                          "tags</a></p>\n<ol class=\"pattern-list\">\n")
                               .arg(esc(tag), tagged.size() == 1 ? QStringLiteral("One pattern is")
                                                                 : QStringLiteral("%1 patterns are").arg(tagged.size()));
            for (int index : tagged)
                main += listItem(index, shell.root);
            main += QStringLiteral("</ol>\n");
            const QString html = shell.page(QStringLiteral("#%1 \u2014 %2").arg(tag, m_shell.siteTitle), main);
            if (!m_staging.write(QStringLiteral("tags/%1.html").arg(m_pub.tagSlug(tag)), html.toUtf8(), error))
                return false;
        }
        const QString main = m_pub.tags().isEmpty()
                                 ? QStringLiteral("<h1>Tags</h1>\n<p>No pattern has tags.</p>\n")
                                 : QStringLiteral("<h1>Tags</h1>\n<ul class=\"tag-list\">\n%1</ul>\n").arg(list);
        return m_staging.write(QStringLiteral("tags/index.html"),
                               shell.page(QStringLiteral("Tags \u2014 %1").arg(m_shell.siteTitle), main).toUtf8(), error);
    }

    // The graph of `indices`, inline, with its SVG file beside the page; or a sentence saying why
    // it could not be drawn. Empty with *error when the file could not be written.
    std::optional<QString> graphFigure(const QSet<int> &indices, const QString &svgName, const QString &title, QString *error)
    {
        GraphInput input = GraphInput::fromLanguage(m_pub.language(), m_pub.graph(), indices);
        for (GraphInput::Node &node : input.nodes)
            node.href = patternHref(node.index, QString());
        const GraphLayout layout = layoutGraph(input, LayoutOptions{});
        QString why = layout.error;
        GraphRenderOptions options;
        options.legend = true;
        const QByteArray svg = layout.ok ? renderGraph(input, layout, options, &why) : QByteArray();
        if (svg.isEmpty())
            return QStringLiteral("<p>The graph could not be drawn: %1</p>\n").arg(esc(why));
        if (!m_staging.write(svgName, svg, error))
            return std::nullopt;
        return QStringLiteral("<p><a href=\"%1\">The graph as an SVG file</a>.</p>\n<figure class=\"whole-graph%2\">\n%3\n</figure>\n")
            // A large graph is drawn at its own size and scrolls; a small one fits.
            .arg(svgName, input.nodes.size() > 150 ? QStringLiteral(" large") : QString(), inlineSvg(svg, title));
    }

    bool writeGraph(QString *error)
    {
        PageShell shell = m_shell;
        shell.section = QStringLiteral("graph");
        shell.mainClass = QStringLiteral("wide");
        QString main = QStringLiteral("<div class=\"measure\"><h1>The whole language</h1>\n");
        if (!m_pub.options().graphs) {
            main += QStringLiteral("<p>This site was exported without graphs.</p></div>\n");
            return m_staging.write(QStringLiteral("graph.html"),
                                   shell.page(QStringLiteral("Graph \u2014 %1").arg(m_shell.siteTitle), main).toUtf8(), error);
        }
        // A language too large to read as one picture (graphrender.h's DenseGraphPatterns) gets a
        // page per scale too, each drawn with all its links, and the whole page leads to them.
        QList<int> parts;
        if (m_pub.indices().size() > DenseGraphPatterns) {
            for (int scale : m_pub.scales()) {
                if (scale > 0)
                    parts << scale;
            }
            if (parts.size() < 2)
                parts.clear();
        }
        main += QStringLiteral("<p>Larger patterns above, smaller below, each scale a band, in the language's order. "
                               "Every pattern is a link to its page.</p>\n");
        if (!parts.isEmpty()) {
            main += QStringLiteral("<p>The language is large: each part reads better on its own page.</p>\n<ul class=\"graph-parts\">\n");
            for (int scale : std::as_const(parts))
                main += QStringLiteral("<li><a href=\"graph-%1.html\">%2</a> (%3)</li>\n")
                            .arg(scale)
                            .arg(esc(m_pub.scaleHeading(scale)))
                            .arg(m_pub.patternsOfScale(scale).size());
            main += QStringLiteral("</ul>\n");
        }
        main += QStringLiteral("</div>\n");
        const std::optional<QString> whole = graphFigure(QSet<int>(m_pub.indices().cbegin(), m_pub.indices().cend()),
                                                         QStringLiteral("graph.svg"),
                                                         QStringLiteral("The link graph of %1").arg(m_shell.siteTitle), error);
        if (!whole)
            return false;
        main += *whole;
        if (!m_staging.write(QStringLiteral("graph.html"),
                             shell.page(QStringLiteral("Graph \u2014 %1").arg(m_shell.siteTitle), main).toUtf8(), error))
            return false;
        for (int scale : std::as_const(parts)) {
            const QList<int> members = m_pub.patternsOfScale(scale);
            const QString heading = m_pub.scaleHeading(scale);
            QString page = QStringLiteral("<div class=\"measure\"><h1>%1</h1>\n<p><a href=\"graph.html\">The whole language</a> · "
                                          "%2 patterns, larger above, smaller below, in the language's order.</p>\n</div>\n")
                               .arg(esc(heading))
                               .arg(members.size());
            const std::optional<QString> figure = graphFigure(QSet<int>(members.cbegin(), members.cend()),
                                                              QStringLiteral("graph-%1.svg").arg(scale),
                                                              QStringLiteral("The link graph of %1").arg(heading), error);
            if (!figure)
                return false;
            page += *figure;
            if (!m_staging.write(QStringLiteral("graph-%1.html").arg(scale),
                                 shell.page(QStringLiteral("%1 \u2014 %2").arg(heading, m_shell.siteTitle), page).toUtf8(), error))
                return false;
        }
        return true;
    }

    bool writeSearch(QString *error)
    {
        QJsonArray patterns;
        for (int position = 0; position < m_pub.indices().size(); ++position) {
            const int index = m_pub.indices().at(position);
            const Pattern &p = m_pub.language().pattern(index);
            QJsonObject entry{{QStringLiteral("id"), p.fields.id},
                              {QStringLiteral("name"), m_pub.displayName(index)},
                              {QStringLiteral("url"), patternHref(index, QString())},
                              {QStringLiteral("stars"), std::max(p.fields.confidence, 0)},
                              {QStringLiteral("scale"), p.broken ? QString() : m_pub.scaleHeading(p.fields.scale)},
                              {QStringLiteral("tags"), QJsonArray::fromStringList(p.fields.tags)},
                              {QStringLiteral("text"), m_texts.at(position)}};
            patterns.append(entry);
        }
        QByteArray json = QJsonDocument(QJsonObject{{QStringLiteral("patterns"), patterns}}).toJson(QJsonDocument::Compact);
        // Line and paragraph separators are valid JSON but ended strings in JavaScript before ES2019.
        json.replace("\xe2\x80\xa8", "\\u2028").replace("\xe2\x80\xa9", "\\u2029");
        // A script, not JSON to fetch: browsers refuse fetch() from file:// pages.
        const QByteArray script = "window.PATTERNBOOK_SEARCH = " + json + ";\n";
        if (!m_staging.write(QStringLiteral("assets/search-index.js"), script, error))
            return false;
        PageShell shell = m_shell;
        shell.section = QStringLiteral("search");
        const QString main = QStringLiteral(
            "<h1>Search</h1>\n"
            "<form class=\"search-page\" role=\"search\" action=\"search.html\" method=\"get\">\n"
            "<label for=\"q\">Words to find in names, tags and text; <kbd>#tag</kbd> for a tag</label>\n"
            "<input id=\"q\" name=\"q\" type=\"search\" autofocus>\n</form>\n"
            "<p id=\"search-status\" role=\"status\"></p>\n<ol id=\"search-results\" class=\"pattern-list\"></ol>\n"
            "<noscript><p>Search needs JavaScript. Every pattern is also listed <a href=\"index.html\">by scale</a> "
            "and <a href=\"tags/index.html\">by tag</a>.</p></noscript>\n");
        const QString scripts = QStringLiteral("<script src=\"assets/search-index.js\"></script>\n"
                                               "<script src=\"assets/search.js\"></script>\n");
        return m_staging.write(QStringLiteral("search.html"),
                               shell.page(QStringLiteral("Search \u2014 %1").arg(m_shell.siteTitle), main, {}, scripts).toUtf8(),
                               error);
    }

    bool writeAssets(QString *error)
    {
        if (!m_staging.write(QStringLiteral("assets/reading.css"), readingStylesheet().toUtf8(), error)
            || !m_staging.write(QStringLiteral("assets/site.css"), publishResource(QStringLiteral("site.css")), error)
            || !m_staging.write(QStringLiteral("assets/search.js"), publishResource(QStringLiteral("search.js")), error))
            return false;
        for (const Publication::LocalFile &file : m_pub.localFiles()) {
            if (!m_staging.copy(file.source, QStringLiteral("files/") + file.relative, error))
                return false;
        }
        const QJsonObject marker{{QStringLiteral("generator"), QStringLiteral("Patternbook")},
                                 {QStringLiteral("language"), m_pub.title()},
                                 {QStringLiteral("patterns"), int(m_pub.indices().size())},
                                 {QStringLiteral("exported"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                                 {QStringLiteral("files"), QJsonArray::fromStringList(m_staging.written())}};
        return m_staging.write(SiteExporter::markerFileName(), QJsonDocument(marker).toJson(), error);
    }

    const Publication &m_pub;
    Staging &m_staging;
    ExportProgress &m_progress;
    PageShell m_shell;
    RenderContext m_topContext; // for pages at the top of the site
    RenderContext m_pageContext; // for pages in a folder of it
    QHash<int, int> m_position; // pattern index -> position in the export
    QStringList m_summaries; // by position: the problem, shortened for lists
    QStringList m_texts; // by position: the plain text, for search
};

} // namespace

QString SiteExporter::displayName() const { return QCoreApplication::translate("pb::Exporter", "Static Site"); }

QString SiteExporter::outputProblem(const QString &output) const
{
    return Staging::checkFolderOutput(output, markerFileName());
}

bool SiteExporter::write(const Publication &publication, Staging &staging, ExportProgress &progress,
                         ExportResult &result) const
{
    SiteWriter writer(publication, staging, progress);
    return writer.run(result);
}

bool SiteExporter::commit(Staging &staging, QString *error) const
{
    return staging.commitFolder(markerFileName(), error);
}

} // namespace pb
