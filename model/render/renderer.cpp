#include "render/renderer.h"
#include "language/language.h"
#include "format/markdown_p.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace pb {

namespace {
// The context of these texts for Qt Linguist.
class RenderTr
{
    Q_DECLARE_TR_FUNCTIONS(pb::Render)
};
} // namespace

QString htmlEscaped(const QString &text) { return text.toHtmlEscaped(); }

QString RenderContext::href(int id) const
{
    if (const auto it = hrefById.constFind(id); it != hrefById.cend())
        return *it;
    QString number = QString::number(id);
    if (hrefPadding > 0)
        number = number.rightJustified(hrefPadding, QLatin1Char('0'));
    return hrefPrefix + number + hrefSuffix;
}

QString RenderContext::tagHref(const QString &tag) const
{
    if (const auto it = hrefByTag.constFind(tag); it != hrefByTag.cend())
        return *it;
    return tagPrefix + QString::fromUtf8(QUrl::toPercentEncoding(tag)) + tagSuffix;
}

QString tagLink(const QString &tag, const RenderContext &context)
{
    return context.linkTags ? context.tagHref(tag) : QString();
}

RenderContext makeRenderContext(const Language &language)
{
    RenderContext context;
    for (const Pattern &p : language.patterns()) {
        if (p.fields.id > 0 && !context.names.contains(p.fields.id))
            context.names.insert(p.fields.id, p.fields.name);
    }
    for (const Scale &s : language.scales())
        context.scaleNames.insert(s.level, s.name);
    return context;
}

QList<QList<Backlink>> allBacklinks(const Language &language, const LinkGraph &graph)
{
    QList<QList<Backlink>> out(language.patternCount());
    QSet<quint64> seen; // (to, from, kind): a pattern may name another many times
    for (const Link &l : graph.links()) {
        if (l.to < 0 || l.to >= out.size())
            continue;
        const quint64 key = (quint64(l.to) << 34) | (quint64(l.from) << 2) | quint64(l.kind);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        const Pattern &from = language.pattern(l.from);
        out[l.to].append({from.fields.id, from.fields.name, l.kind});
    }
    for (QList<Backlink> &list : out)
        std::stable_sort(list.begin(), list.end(), [](const Backlink &a, const Backlink &b) { return a.id < b.id; });
    return out;
}

QList<Backlink> backlinksOf(const Language &language, const LinkGraph &graph, int patternIndex)
{
    QList<Backlink> out;
    QSet<quint64> seen;
    for (const Link &l : graph.links()) {
        if (l.to != patternIndex)
            continue;
        const quint64 key = (quint64(l.from) << 8) | quint64(l.kind);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        const Pattern &from = language.pattern(l.from);
        out.append({from.fields.id, from.fields.name, l.kind});
    }
    std::stable_sort(out.begin(), out.end(), [](const Backlink &a, const Backlink &b) { return a.id < b.id; });
    return out;
}

namespace {

cmark_node *customInline(const QByteArray &enter, const QByteArray &exit)
{
    cmark_node *node = cmark_node_new(CMARK_NODE_CUSTOM_INLINE);
    cmark_node_set_on_enter(node, enter.constData());
    cmark_node_set_on_exit(node, exit.constData());
    return node;
}

QByteArray attr(const QString &text) { return text.toHtmlEscaped().toUtf8(); }

// The opening tag of a reference's link, marked when broken or stale.
QByteArray referenceTag(const md::Reference &ref, const RenderContext &context)
{
    QString state = QStringLiteral("good");
    QString tip = RenderTr::tr("Pattern %1").arg(ref.id);
    const auto it = context.names.constFind(ref.id);
    if (it == context.names.cend()) {
        state = QStringLiteral("broken");
        tip = RenderTr::tr("No pattern has id %1").arg(ref.id);
    } else if (*it != ref.name) {
        state = QStringLiteral("stale");
        tip = RenderTr::tr("Pattern %1 is now named “%2”").arg(ref.id).arg(*it);
    }
    if (!context.links(ref.id) || (context.linkOnlyListed && state == QLatin1String("broken")))
        return "<span class=\"pattern-ref " + state.toUtf8() + "\" title=\"" + attr(tip) + "\" data-id=\""
               + QByteArray::number(ref.id) + "\">";
    return "<a class=\"pattern-ref " + state.toUtf8() + "\" href=\"" + attr(context.href(ref.id)) + "\" title=\""
           + attr(tip) + "\" data-id=\"" + QByteArray::number(ref.id) + "\">";
}

// Turns every `**Name (id)**` into a link, marked when broken or stale.
void linkReferences(cmark_node *root, const RenderContext &context)
{
    QList<cmark_node *> strongs;
    cmark_iter *iter = cmark_iter_new(root);
    cmark_event_type event;
    while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        cmark_node *n = cmark_iter_get_node(iter);
        if (event == CMARK_EVENT_ENTER && cmark_node_get_type(n) == CMARK_NODE_STRONG)
            strongs.append(n);
    }
    cmark_iter_free(iter);
    // A reference written inside a link (`[**Name (3)**](url)`) stays that link: a link inside a
    // link is not valid HTML, and the author chose where it goes.
    strongs.removeIf([](cmark_node *n) {
        for (cmark_node *up = cmark_node_parent(n); up; up = cmark_node_parent(up)) {
            if (cmark_node_get_type(up) == CMARK_NODE_LINK)
                return true;
        }
        return false;
    });
    // A long pattern names the same few patterns again and again: make each opening tag once.
    QHash<QPair<int, QString>, QByteArray> tags;
    for (cmark_node *strong : strongs) {
        md::Reference ref;
        if (!md::readReference(strong, &ref))
            continue;
        QByteArray &enter = tags[{ref.id, ref.name}];
        if (enter.isEmpty())
            enter = referenceTag(ref, context);
        cmark_node *link = customInline(enter, enter.startsWith("<a") ? "</a>" : "</span>");
        cmark_node_insert_before(strong, link);
        cmark_node_unlink(strong);
        cmark_node_append_child(link, strong);
    }
}

// Anything not inside the language: another scheme, or a host ("//host/x.png" has no scheme but
// a host, and the page would fetch it over the page's own scheme).
bool isRemote(const char *url)
{
    const QString text = QString::fromUtf8(url ? url : "").trimmed();
    if (text.startsWith(QLatin1String("//")) || text.startsWith(QLatin1String("\\\\")))
        return true;
    // "C:\\x.png" or "C:/x.png" is a Windows path, not a URL with the scheme "c".
    static const QRegularExpression drive(QStringLiteral("^[A-Za-z]:[\\\\/]"));
    if (drive.match(text).hasMatch())
        return false;
    const QUrl u(text);
    return (!u.scheme().isEmpty() && u.scheme() != QLatin1String("file") && u.scheme() != QLatin1String("data"))
           || !u.host().isEmpty();
}

// Links cmark empties when raw HTML is off (its own list): they lead nowhere, so they become
// their text rather than an <a href=""> that reloads the page.
bool isUnsafeLink(const QString &url)
{
    const QString scheme = url.section(QLatin1Char(':'), 0, 0).trimmed().toLower();
    if (!url.contains(QLatin1Char(':')))
        return false;
    return scheme == QLatin1String("javascript") || scheme == QLatin1String("vbscript") || scheme == QLatin1String("file")
           || (scheme == QLatin1String("data") && !url.startsWith(QLatin1String("data:image/"), Qt::CaseInsensitive));
}

void unwrap(cmark_node *n)
{
    while (cmark_node *child = cmark_node_first_child(n))
        cmark_node_insert_before(n, child);
    cmark_node_free(n);
}

// An export's links to files of the language go where the export put them, or become text.
void rewriteLocalUrls(cmark_node *root, const RenderContext &context, const QSet<QString> &anchors)
{
    QList<cmark_node *> nodes;
    cmark_iter *iter = cmark_iter_new(root);
    cmark_event_type event;
    while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        cmark_node *n = cmark_iter_get_node(iter);
        const cmark_node_type type = cmark_node_get_type(n);
        if (event == CMARK_EVENT_ENTER && (type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE)
            && !isRemote(cmark_node_get_url(n)))
            nodes.append(n);
    }
    cmark_iter_free(iter);
    for (cmark_node *n : nodes) {
        const bool image = cmark_node_get_type(n) == CMARK_NODE_IMAGE;
        const QString url = QString::fromUtf8(cmark_node_get_url(n)).trimmed();
        if (url.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
            continue;
        // A place in this page: kept where a heading has that id, else the link is only its text
        // (an export's reader, and EPUB checkers, find no target for it).
        if (url.startsWith(QLatin1Char('#')) && !image) {
            if (!anchors.contains(QUrl::fromPercentEncoding(url.mid(1).toUtf8())))
                unwrap(n);
            continue;
        }
        const QString target = context.rewriteUrl(url, image);
        if (!target.isEmpty()) {
            cmark_node_set_url(n, target.toUtf8().constData());
        } else if (image) {
            cmark_node *text = cmark_node_new(CMARK_NODE_TEXT);
            cmark_node_set_literal(text, md::textOf(n).constData());
            cmark_node_replace(n, text);
            cmark_node_free(n);
        } else {
            unwrap(n);
        }
    }
}

void markLinks(cmark_node *root, const RenderContext &context, const QSet<QString> &anchors = {})
{
    if (context.rewriteUrl)
        rewriteLocalUrls(root, context, anchors);
    QList<cmark_node *> unsafe;
    QList<cmark_node *> images;
    cmark_iter *iter = cmark_iter_new(root);
    cmark_event_type event;
    while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        cmark_node *n = cmark_iter_get_node(iter);
        if (event == CMARK_EVENT_ENTER && cmark_node_get_type(n) == CMARK_NODE_IMAGE && context.blockRemoteImages
            && isRemote(cmark_node_get_url(n)))
            images.append(n);
        else if (event == CMARK_EVENT_ENTER && cmark_node_get_type(n) == CMARK_NODE_LINK
                 && isUnsafeLink(QString::fromUtf8(cmark_node_get_url(n))))
            unsafe.append(n);
    }
    cmark_iter_free(iter);
    for (cmark_node *link : unsafe)
        unwrap(link);
    // A remote image becomes a plain link to it: the reader decides whether to fetch it.
    for (cmark_node *image : images) {
        const QString url = QString::fromUtf8(cmark_node_get_url(image));
        const QString alt = QString::fromUtf8(md::textOf(image));
        cmark_node *link = cmark_node_new(CMARK_NODE_LINK);
        cmark_node_set_url(link, url.toUtf8().constData());
        cmark_node *text = cmark_node_new(CMARK_NODE_TEXT);
        const QString label = alt.isEmpty() ? RenderTr::tr("[remote image]") : RenderTr::tr("[remote image: %1]").arg(alt);
        cmark_node_set_literal(text, label.toUtf8().constData());
        cmark_node_append_child(link, text);
        cmark_node_replace(image, link);
        cmark_node_free(image);
    }
}

QString starsHtml(int stars)
{
    static const char *meaning[] = {QT_TRANSLATE_NOOP("pb::Render", "a hypothesis"),
                                    QT_TRANSLATE_NOOP("pb::Render", "likely true"),
                                    QT_TRANSLATE_NOOP("pb::Render", "an invariant")};
    const QString tip = RenderTr::tr("Confidence %1: %2").arg(stars).arg(RenderTr::tr(meaning[std::clamp(stars, 0, 2)]));
    return QStringLiteral("<span class=\"stars\" title=\"%1\" aria-label=\"%1\">%2</span>")
        .arg(htmlEscaped(tip), QString(stars, QChar(0x2605)));
}

// Moves the title's trailing asterisks into a stars span.
void decorateTitle(cmark_node *heading, int stars)
{
    // What the title holds is what the reader sees: a direction control is written out.
    for (cmark_node *child = cmark_node_first_child(heading); child; child = cmark_node_next(child)) {
        if (cmark_node_get_type(child) == CMARK_NODE_TEXT) {
            const QString text = QString::fromUtf8(cmark_node_get_literal(child));
            if (const QString shown = visibleControls(text); shown != text)
                cmark_node_set_literal(child, shown.toUtf8().constData());
        }
    }
    cmark_node *last = cmark_node_last_child(heading);
    if (last && cmark_node_get_type(last) == CMARK_NODE_TEXT) {
        QByteArray text = cmark_node_get_literal(last);
        while (text.endsWith('*') || text.endsWith(' '))
            text.chop(1);
        cmark_node_set_literal(last, text.constData());
    }
    if (stars > 0) {
        cmark_node *span = customInline(" " + starsHtml(stars).toUtf8(), "");
        cmark_node_append_child(heading, span);
    }
}

// GitHub's heading ids: lower case, punctuation dropped, spaces to '-'.
QString headingSlug(const QString &text)
{
    QString out;
    for (const QChar c : text.trimmed().toLower()) {
        if (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_'))
            out += c;
        else if (c.isSpace())
            out += QLatin1Char('-');
    }
    return out;
}

// The top-level headings' ids but the title's, unique within the page.
QHash<cmark_node *, QString> assignHeadingIds(cmark_node *doc, cmark_node *title)
{
    QHash<cmark_node *, QString> out;
    QSet<QString> used;
    for (cmark_node *b = cmark_node_first_child(doc); b; b = cmark_node_next(b)) {
        if (cmark_node_get_type(b) != CMARK_NODE_HEADING || b == title)
            continue;
        const QString base = headingSlug(QString::fromUtf8(md::textOf(b)));
        QString id = base;
        for (int n = 1; id.isEmpty() || used.contains(id); ++n)
            id = (base.isEmpty() ? QStringLiteral("section") : base) + QLatin1Char('-') + QString::number(n);
        used.insert(id);
        out.insert(b, id);
    }
    return out;
}

QString renderNode(cmark_node *node)
{
    // CMARK_OPT_DEFAULT without CMARK_OPT_UNSAFE: raw HTML is dropped and javascript:, vbscript:,
    // file: and data: links are emptied.
    char *html = cmark_render_html(node, CMARK_OPT_DEFAULT);
    const QString out = QString::fromUtf8(html);
    free(html);
    return out;
}

QString metaLine(const Pattern &p, const RenderContext &context)
{
    QStringList parts;
    if (p.fields.id > 0)
        parts << QStringLiteral("<span class=\"id\">%1</span>").arg(p.fields.id);
    if (p.fields.scale > 0) {
        const QString name = context.scaleNames.value(p.fields.scale);
        const QString scale = name.isEmpty() ? RenderTr::tr("Scale %1").arg(p.fields.scale)
                                             : RenderTr::tr("Scale %1 · %2").arg(p.fields.scale).arg(name);
        parts << QStringLiteral("<span class=\"scale\">%1</span>").arg(htmlEscaped(scale));
    }
    if (p.fields.aiDimension.value_or(false))
        parts << QStringLiteral("<span class=\"ai\" title=\"%1\">%2</span>")
                     .arg(htmlEscaped(RenderTr::tr("AI changes the forces of this pattern")),
                          htmlEscaped(RenderTr::tr("AI", "short for artificial intelligence")));
    QStringList tags;
    for (const QString &tag : p.fields.tags)
        if (const QString href = tagLink(tag, context); !href.isEmpty())
            tags << QStringLiteral("<a class=\"tag\" href=\"%1\">%2</a>").arg(htmlEscaped(href), htmlEscaped(visibleControls(tag)));
        else
            tags << QStringLiteral("<span class=\"tag\">%1</span>").arg(htmlEscaped(visibleControls(tag)));
    if (!tags.isEmpty())
        parts << QStringLiteral("<span class=\"tags\">%1</span>").arg(tags.join(QLatin1Char(' ')));
    return QStringLiteral("<header class=\"meta\">%1</header>\n").arg(parts.join(QLatin1Char('\n')));
}

QString backlinksHtml(QList<Backlink> backlinks, const RenderContext &context)
{
    backlinks.removeIf([&](const Backlink &b) { return !context.links(b.id); });
    if (backlinks.isEmpty())
        return {};
    struct Group
    {
        LinkKind kind;
        const char *title;
    };
    // Seen from this pattern: a pattern that lists it as context is one it completes, and so on.
    static const Group groups[] = {{LinkKind::Completion, QT_TRANSLATE_NOOP("pb::Render", "Completes")},
                                   {LinkKind::Context, QT_TRANSLATE_NOOP("pb::Render", "Completed by")},
                                   {LinkKind::Related, QT_TRANSLATE_NOOP("pb::Render", "Mentioned by")}};
    QString out = QStringLiteral("<aside class=\"backlinks\">\n<h2>%1</h2>\n").arg(htmlEscaped(RenderTr::tr("Linked from")));
    for (const Group &g : groups) {
        QStringList items;
        for (const Backlink &b : backlinks) {
            if (b.kind == g.kind)
                items << QStringLiteral("<li><a class=\"pattern-ref good\" href=\"%1\" data-id=\"%2\">%3 <span "
                                        "class=\"ref-id\">(%2)</span></a></li>")
                             .arg(htmlEscaped(context.href(b.id)))
                             .arg(b.id)
                             .arg(htmlEscaped(visibleControls(b.name)));
        }
        if (!items.isEmpty())
            out += QStringLiteral("<section class=\"%1\"><h3>%2</h3><ul>%3</ul></section>\n")
                       .arg(QString::fromLatin1(g.title).toLower().replace(QLatin1Char(' '), QLatin1Char('-')),
                            htmlEscaped(RenderTr::tr(g.title)), items.join(QString()));
    }
    return out + QStringLiteral("</aside>\n");
}

QString diagnosticsHtml(const Pattern &p)
{
    QString out = QStringLiteral("<div class=\"diagnostics\" role=\"alert\">\n<h2>%1</h2>\n<ul>\n")
                      .arg(htmlEscaped(RenderTr::tr("This file cannot be read as a pattern")));
    for (const Diagnostic &d : p.diagnostics) {
        if (!d.isError())
            continue;
        out += QStringLiteral("<li><span class=\"where\">%1:%2:%3</span> %4 <code>[%5]</code></li>\n")
                   .arg(htmlEscaped(p.fileName))
                   .arg(d.line)
                   .arg(d.column)
                   .arg(htmlEscaped(d.message), d.codeName());
    }
    return out + QStringLiteral("</ul>\n</div>\n");
}

// Nesting deeper than any prose needs (a hostile file's thousand block quotes) would cost the
// browser engine seconds of layout; such a block is shown as its source text instead.
constexpr int MaxNesting = 48;

int nestingDepth(cmark_node *block)
{
    int deepest = 0;
    int depth = 0;
    cmark_iter *iter = cmark_iter_new(block);
    cmark_event_type event;
    while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        cmark_node *n = cmark_iter_get_node(iter);
        if (!cmark_node_first_child(n) && event == CMARK_EVENT_ENTER)
            continue; // a leaf: no enter/exit pair that nests
        depth += event == CMARK_EVENT_ENTER ? 1 : event == CMARK_EVENT_EXIT ? -1 : 0;
        deepest = std::max(deepest, depth);
    }
    cmark_iter_free(iter);
    return deepest;
}

void flattenDeepBlocks(cmark_node *document, const QByteArray &markdown)
{
    const QList<QByteArray> lines = markdown.split('\n');
    QList<cmark_node *> deep;
    for (cmark_node *b = cmark_node_first_child(document); b; b = cmark_node_next(b)) {
        if (nestingDepth(b) > MaxNesting)
            deep.append(b);
    }
    for (cmark_node *b : deep) {
        const int first = std::max(cmark_node_get_start_line(b), 1);
        const int last = std::max(cmark_node_get_end_line(b), first);
        QByteArray source;
        for (int l = first; l <= last && l <= lines.size(); ++l)
            source += lines.at(l - 1).left(2000) + '\n';
        cmark_node *note = cmark_node_new(CMARK_NODE_PARAGRAPH);
        cmark_node *noteText = cmark_node_new(CMARK_NODE_TEXT);
        cmark_node_set_literal(noteText, RenderTr::tr("This part nests too deeply to show; here is its text:").toUtf8().constData());
        cmark_node_append_child(note, noteText);
        cmark_node *code = cmark_node_new(CMARK_NODE_CODE_BLOCK);
        cmark_node_set_literal(code, source.constData());
        cmark_node_insert_before(b, note);
        cmark_node_replace(b, code);
        cmark_node_free(b);
    }
}

QString renderBody(const Pattern &p, const RenderContext &context, QString *title)
{
    const int start = p.layout.bodyStart;
    md::Document doc = md::parse(p.bytes.constData() + start, p.bytes.size() - start, CMARK_OPT_DEFAULT | CMARK_OPT_SOURCEPOS);
    flattenDeepBlocks(doc.get(), p.bytes.mid(start));
    const md::FormBlocks form = md::findForm(doc.get());
    if (form.title) {
        *title = QString::fromUtf8(md::textOf(form.title)).trimmed();
        int stars = 0;
        while (title->endsWith(QLatin1Char('*'))) {
            title->chop(1);
            ++stars;
        }
        *title = title->simplified();
        decorateTitle(form.title, stars);
    }
    // Ids for the headings, as GitHub gives them, so that "#forces" and "other.md#forces" land.
    const QHash<cmark_node *, QString> headingIds = assignHeadingIds(doc.get(), form.title);
    const QList<QString> ids = headingIds.values();
    const QSet<QString> anchors(ids.cbegin(), ids.cend());
    linkReferences(doc.get(), context);
    markLinks(doc.get(), context, anchors);

    QString out;
    for (cmark_node *b = cmark_node_first_child(doc.get()); b; b = cmark_node_next(b)) {
        const char *role = nullptr;
        if (b == form.title)
            role = "title";
        else if (b == form.context)
            role = "context";
        else if (b == form.problem)
            role = "problem";
        else if (b == form.therefore)
            role = "therefore";
        else if (b == form.solution)
            role = "solution";
        else if (b == form.completion)
            role = "completion";
        else if (b == form.referencesHeading || b == form.referencesList)
            role = "references";
        QString html = renderNode(b);
        if (const auto id = headingIds.constFind(b); id != headingIds.cend()) {
            const QString open = QStringLiteral("<h%1>").arg(cmark_node_get_heading_level(b));
            if (html.startsWith(open))
                html.replace(0, open.size(), QStringLiteral("<h%1 id=\"%2\">").arg(cmark_node_get_heading_level(b)).arg(htmlEscaped(*id)));
        }
        if (!role) {
            out += html;
        } else if (b == form.title) {
            out += QString(html).replace(QLatin1String("<h1>"), QLatin1String("<h1 class=\"title\">"));
        } else if (b == form.referencesHeading) {
            out += QStringLiteral("<section class=\"references\">\n") + html;
            if (!form.referencesList)
                out += QStringLiteral("</section>\n");
        } else if (b == form.referencesList) {
            out += html + QStringLiteral("</section>\n");
        } else {
            out += QStringLiteral("<section class=\"%1\">\n%2</section>\n").arg(QLatin1String(role), html);
        }
    }
    return out;
}

} // namespace

QSet<QString> headingAnchors(const Pattern &p)
{
    if (!(p.layout.terminated || !p.layout.hasFrontMatter))
        return {};
    const int start = p.layout.bodyStart;
    const md::Document doc = md::parse(p.bytes.constData() + start, p.bytes.size() - start, CMARK_OPT_DEFAULT);
    const QList<QString> ids = assignHeadingIds(doc.get(), md::findForm(doc.get()).title).values();
    return QSet<QString>(ids.cbegin(), ids.cend());
}

RenderedPattern renderPattern(const Pattern &p, const RenderContext &context, const QList<Backlink> &backlinks)
{
    RenderedPattern r;
    QString body;
    const bool bodyReadable = p.layout.terminated || !p.layout.hasFrontMatter;
    const bool textReadable = !p.diagnostics.isEmpty() && (p.diagnostics.first().code == Code::NotUtf8
                                                           || p.diagnostics.first().code == Code::FileUnreadable);
    if (bodyReadable && !(p.broken && textReadable))
        body = renderBody(p, context, &r.title);
    if (r.title.isEmpty())
        r.title = p.fields.name.isEmpty() ? p.fileName : p.fields.name;
    r.title = visibleControls(r.title);

    QString html = QStringLiteral("<article class=\"pattern%1\" data-id=\"%2\" data-file=\"%3\">\n")
                       .arg(p.broken ? QStringLiteral(" broken") : QString())
                       .arg(p.fields.id)
                       .arg(htmlEscaped(p.fileName));
    if (p.broken) {
        html += diagnosticsHtml(p);
        if (body.isEmpty())
            html += QStringLiteral("<pre class=\"raw\">%1</pre>\n").arg(htmlEscaped(QString::fromUtf8(p.bytes)));
        else
            html += body;
    } else {
        html += metaLine(p, context) + body;
    }
    html += backlinksHtml(backlinks, context);
    r.html = html + QStringLiteral("</article>\n");
    return r;
}

RenderedPattern renderText(const QString &fileName, const QByteArray &bytes, const RenderContext &context,
                           const QList<Backlink> &backlinks)
{
    return renderPattern(parsePattern(fileName, fileName, bytes), context, backlinks);
}

QString renderDocument(const QByteArray &markdown, const RenderContext &context)
{
    md::Document doc = md::parse(markdown.constData(), markdown.size(), CMARK_OPT_DEFAULT);
    linkReferences(doc.get(), context);
    markLinks(doc.get(), context);
    return QStringLiteral("<article class=\"document\">\n%1</article>\n").arg(renderNode(doc.get()));
}

QString readingStylesheet()
{
    QFile file(QStringLiteral(":/patternbook/reading.css"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString standalonePage(const RenderedPattern &rendered, const QString &stylesheet)
{
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                          "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                          "style-src 'unsafe-inline'; img-src 'self' data:\">\n"
                          "<title>%1</title>\n<style>\n%2</style>\n</head>\n<body>\n%3</body>\n</html>\n")
        .arg(htmlEscaped(rendered.title), stylesheet, rendered.html);
}

} // namespace pb
