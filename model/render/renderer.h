#pragma once

#include "language/linkgraph.h"
#include "format/pattern.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QString>
#include <functional>

namespace pb {

class Language;

// A pattern that links to the one being rendered.
struct Backlink
{
    int id = 0;
    QString name;
    LinkKind kind = LinkKind::Related; // how the other pattern links here
};

// What rendering needs to know of the rest of the language, as plain values: rendering runs on
// worker threads and must not touch live objects.
struct RenderContext
{
    QHash<int, QString> names; // id -> name of every pattern
    QMap<int, QString> scaleNames; // scale -> name from SCALES.md
    // A reference to pattern `id` links to hrefPrefix + id + hrefSuffix, e.g. "pattern:7" in the
    // app, "007.html" in a static site (see hrefPadding).
    QString hrefPrefix = QStringLiteral("pattern:");
    QString hrefSuffix;
    int hrefPadding = 0; // zero-pad ids to this width
    QHash<int, QString> hrefById; // when set for an id, used instead of the pattern above
    // A tag links to tagPrefix + tag + tagSuffix: "tag:flow" in the app (the list narrows to it),
    // "tags/flow.html" in a static site.
    QString tagPrefix = QStringLiteral("tag:");
    QString tagSuffix;
    QHash<QString, QString> hrefByTag; // when set for a tag, used instead of the pattern above
    bool linkTags = true; // false: tags are plain text (an export without tag pages)
    bool blockRemoteImages = true; // show remote images as links: the pane loads nothing remote
    // For exports: a reference or backlink links only when hrefById holds its id, so that nothing
    // points at a page that was not written (a broken reference, a pattern left out). The others
    // are marked as in the app, but as text.
    bool linkOnlyListed = false;
    // For exports: every link and image URL that is not remote (a relative path, "other.md#part")
    // is passed through this and replaced by what it returns; an empty result removes the link,
    // keeping its text (an image, its alt text). Called from worker threads: it must be safe there.
    std::function<QString(const QString &url, bool image)> rewriteUrl;

    QString href(int id) const;
    QString tagHref(const QString &tag) const;
    bool links(int id) const { return !linkOnlyListed || hrefById.contains(id); }
};

RenderContext makeRenderContext(const Language &language);
QList<Backlink> backlinksOf(const Language &language, const LinkGraph &graph, int patternIndex);
// Every pattern's backlinks at once, by pattern index: one pass over the links, for exports.
QList<QList<Backlink>> allBacklinks(const Language &language, const LinkGraph &graph);

struct RenderedPattern
{
    QString title; // plain text, for the window and <title>
    QString html; // an <article> element
};

// The ids the rendered page gives its headings ("forces", "forces-1"), for links into it.
QSet<QString> headingAnchors(const Pattern &p);

// The reading pane's HTML for one pattern: the Alexandrian form's parts set apart, every
// `**Name (id)**` a link (broken and stale ones marked), the title's asterisks as stars, raw HTML
// not passed through. A broken pattern shows its diagnostics and its text, never nothing.
RenderedPattern renderPattern(const Pattern &pattern, const RenderContext &context,
                              const QList<Backlink> &backlinks = {});

// Parses `bytes` as the file `fileName`, then renders it: the preview of unsaved text.
RenderedPattern renderText(const QString &fileName, const QByteArray &bytes, const RenderContext &context,
                           const QList<Backlink> &backlinks = {});

// Any Markdown document of the language (README.md, SCALES.md), references linked.
QString renderDocument(const QByteArray &markdown, const RenderContext &context);

// The tag's link, "tag:flow" in the app; empty when tags are not links.
QString tagLink(const QString &tag, const RenderContext &context);

// The reading pane's stylesheet (light and dark, following the system's preference).
QString readingStylesheet();

// A whole HTML page around an article, with the stylesheet inlined: it needs no app at all.
QString standalonePage(const RenderedPattern &rendered, const QString &stylesheet = readingStylesheet());

QString htmlEscaped(const QString &text);

} // namespace pb
