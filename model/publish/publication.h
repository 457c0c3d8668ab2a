#pragma once

#include "publish/exporter.h"
#include "language/linkgraph.h"
#include "render/renderer.h"

#include <QHash>
#include <QMap>
#include <QMutex>
#include <QSet>
#include <QString>

namespace pb {

class Language;

// What every export works from: the chosen patterns, the names their pages get, the tags and the
// scales, built once on the calling thread and then only read, from any thread.
class Publication
{
public:
    Publication(const Language &language, const Selection &selection, const ExportOptions &options);

    const Language &language() const { return m_language; }
    const LinkGraph &graph() const { return m_graph; }
    const ExportOptions &options() const { return m_options; }
    QString title() const { return m_title; }
    QString subtitle() const { return m_subtitle; } // the tour's name, when a tour chose the patterns

    const QList<int> &indices() const { return m_indices; } // in export order
    bool contains(int index) const { return m_included.contains(index); }
    // The page name of a pattern, without folder or suffix: "009-team-cognitive-load". Unique,
    // made of ASCII letters, digits, '-' and '_' only, so it is a safe file name and URL everywhere.
    QString pageName(int index) const { return m_pageNames.value(index); }
    // How a pattern is named in lists, pagers and contents: its name ("Team Cognitive Load"), or,
    // for a broken pattern whose fields cannot be trusted or one with no name, its file name.
    QString displayName(int index) const;
    // Its id and name, "9 Team Cognitive Load"; the file name when broken or without an id.
    QString label(int index) const;

    // The chosen patterns by scale, larger scales first; those without a scale under 0, last; broken
    // patterns (no readable scale) are listed apart.
    QList<int> scales() const;
    QList<int> patternsOfScale(int scale) const { return m_byScale.value(scale); }
    QString scaleHeading(int scale) const; // "2 · Organisational Structure", or "No scale"
    QList<int> brokenPatterns() const { return m_broken; }

    // The parts of a book (booklet, EPUB) in reading order: a part per scale, then the broken
    // patterns; or, when the patterns were chosen in an order (a tour, --only), one part that
    // keeps it.
    struct Part
    {
        QString anchor; // "scale-2", "scale-broken", "selection"
        QString heading;
        QString description;
        QList<int> indices;
    };
    QList<Part> parts() const;

    // Tags of the chosen patterns, sorted case-insensitively, each with its patterns and slug.
    QStringList tags() const { return m_tags; }
    QList<int> patternsTagged(const QString &tag) const { return m_byTag.value(tag); }
    QString tagSlug(const QString &tag) const { return m_tagSlugs.value(tag); }

    // A render context whose references link to `prefix` + page name + `suffix` for chosen
    // patterns only, and whose local links are passed to the resolver below.
    RenderContext renderContext(const QString &prefix, const QString &suffix) const;
    QList<Backlink> backlinks(int index) const { return m_backlinks.value(index); }

    // README.md's bytes (or index.md's), empty when the language has none.
    QByteArray introduction() const;

    // Local files the patterns link to or show (images, attachments), which an export copies:
    // only regular files inside the language folder that are not Markdown.
    struct LocalFile
    {
        QString source; // absolute path
        QString relative; // to the language folder, '/' separated, safe for a URL
    };
    // Where the local links of an export go.
    struct LinkTargets
    {
        QString pagePrefix; // a pattern's page: pagePrefix + page name + pageSuffix
        QString pageSuffix;
        QString indexHref; // README.md, SCALES.md
        QString filePrefix; // another file of the language, copied: filePrefix + its path
        bool files = true; // false: links to other files are dropped (paper, EPUB)
        bool fragments = false; // keep "#heading" on links to other pages, where the page has it
        QStringList fileSuffixes; // the kinds of file copied (lowercase); empty: any
    };
    // What a local URL in a pattern becomes under `targets`, or empty where the export has nothing
    // to link to. A file to copy is remembered for localFiles(). Only files inside the language
    // folder qualify: "../", absolute paths and file: URLs are dropped. Thread-safe.
    QString resolveLocalUrl(const QString &url, const LinkTargets &targets) const;
    QList<LocalFile> localFiles() const;

    // ASCII-only, lowercase, '-' separated: "Flow & Focus" -> "flow-focus". Empty when nothing is left.
    static QString slug(const QString &text);

private:
    const Language &m_language;
    LinkGraph m_graph;
    QList<QList<Backlink>> m_backlinks; // by pattern index
    ExportOptions m_options;
    QString m_title;
    QString m_subtitle;
    QList<int> m_indices;
    bool m_ordered = false;
    QSet<int> m_included;
    QHash<int, QString> m_pageNames;
    QHash<QString, int> m_indexByFile;
    QMap<int, QList<int>> m_byScale;
    QList<int> m_broken;
    QStringList m_tags;
    QHash<QString, QList<int>> m_byTag;
    QHash<QString, QString> m_tagSlugs;
    QSet<QString> m_introductionFiles;
    mutable QMutex m_filesMutex;
    mutable QMap<QString, LocalFile> m_files;
    mutable QHash<int, QSet<QString>> m_anchors; // by pattern index, filled as links ask (m_filesMutex)
};

// A file of resources/publish (site.css, booklet.css, ...), built into the library.
QByteArray publishResource(const QString &name);

// "1 pattern", "28 patterns": the exports' own words are English, as their chrome is.
QString patternCount(qsizetype n);

// The stars of a confidence, "★★"; empty for none.
QString starsText(int confidence);
QString confidenceMeaning(int confidence);

} // namespace pb
