#pragma once

#include "publish/exporter.h"

namespace pb {

// A static site that needs no app and no server: a page per pattern set like the reading pane
// (backlinks, its neighbourhood as a graph), an index by scale, a page per tag, the whole graph
// with its nodes as links, and offline search. Relative links only; it opens from file:// and
// fetches nothing from the network.
//
//   OUT/index.html               the language's README and its patterns by scale
//   OUT/patterns/NAME.html       one per pattern, a broken one showing its diagnostics
//   OUT/tags/index.html, tags/TAG.html
//   OUT/graph.html, graph.svg    the whole language
//   OUT/search.html              with assets/search.js over assets/search-index.js
//   OUT/assets/                  the stylesheets and scripts
//   OUT/files/                   images and files the patterns link to
class SiteExporter : public Exporter
{
public:
    QString id() const override { return QStringLiteral("site"); }
    QString displayName() const override;
    bool writesFolder() const override { return true; }
    QString suffix() const override { return {}; }
    // The file an earlier site export leaves in its folder, so that the next one may replace it.
    static QString markerFileName() { return QStringLiteral(".patternbook-site"); }

protected:
    QString outputProblem(const QString &output) const override;
    bool write(const Publication &publication, Staging &staging, ExportProgress &progress,
               ExportResult &result) const override;
    bool commit(Staging &staging, QString *error) const override;
};

} // namespace pb
