#pragma once

#include "graph/graphlayout.h"
#include "graph/graphpalette.h"

#include <QByteArray>
#include <QSizeF>
#include <QString>

namespace pb {

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
};

// Paper sizes for posters, in points, landscape: "A1", "A2", "A3", "A4", "Letter". Empty when the
// name is not one of them.
QSizeF paperSize(const QString &name);

// The laid-out graph drawn by Graphviz, every node and edge exactly where the layout put them and
// nothing clipped: the one way from a layout to SVG, PNG or PDF, for the app's Export Graph, the
// command line and the published site alike. Empty (with *error) on failure.
QByteArray renderGraph(const GraphInput &input, const GraphLayout &layout, const GraphRenderOptions &options,
                       QString *error = nullptr);

} // namespace pb
