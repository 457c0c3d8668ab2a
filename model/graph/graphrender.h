#pragma once

#include "graph/graphlayout.h"
#include "graph/graphpalette.h"

#include <QByteArray>
#include <QSizeF>
#include <QString>

namespace pb {

// Above this many patterns a picture of links is a mesh over the names: Alexander's 253 patterns
// carry 2,276 links, and at 1920x1080 the names (11 px) were lost under them. So above it the app
// draws only the current pattern's links (the rest hidden; GraphScene), and a picture with no
// current pattern (an export, a poster, the site) draws the completion links faint and leaves the
// mentions out. 80, from screenshots of generated languages in the presentation palette at
// 1920x1080: at 56 and 60 patterns every link reads and the names stay clear of them; at 100 the
// links of one band cover a quarter of its names; at 250 nothing can be followed.
inline constexpr int DenseGraphPatterns = 80;

struct GraphRenderOptions
{
    QString format = QStringLiteral("svg"); // svg, png or pdf
    GraphPalette palette = GraphPalette::print();
    qreal fontSize = 11; // the nodes' type, in points
    int current = -1; // the pattern index to mark as current, if any
    QString title; // set above the graph, when given
    bool legend = false; // what the lines and bands mean, below the graph
    QSizeF page; // in points: the picture is scaled to fill this page (a poster); empty: as laid out
    qreal dpi = 144; // for PNG
    int denseAbove = DenseGraphPatterns; // more patterns than this: links faint, mentions left out
};

// Paper sizes for posters, in points, landscape: "A1", "A2", "A3", "A4", "Letter". Empty when the
// name is not one of them.
QSizeF paperSize(const QString &name);

// The laid-out graph drawn by Graphviz, every node and edge exactly where the layout put them and
// nothing clipped: the one way from a layout to SVG, PNG or PDF, for the app's Export Graph, the
// command line and the published site alike. Empty (with *error) on failure.
QByteArray renderGraph(const GraphInput &input, const GraphLayout &layout, const GraphRenderOptions &options,
                       QString *error = nullptr);

// A language's graph drawn for a reader: the one path of the command line's `graph` and the app's
// File › Export › Graph. Every readable pattern with an id (or those of `only`), laid out for the
// page's shape on a poster (with the language's title and a legend), else for `aspect`. Takes
// the Graphviz lock for the layout: call it from a worker thread in an app. Empty (with *error)
// on failure.
QByteArray drawLanguageGraph(const Language &language, const QSet<int> &only, GraphRenderOptions options,
                             qreal aspect = 16.0 / 9.0, QString *error = nullptr);

} // namespace pb
