#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

namespace pb {

// Where Graphviz put a graph's nodes and edges, in points (1/72 inch), y growing downwards.
struct GraphLayoutResult
{
    bool ok = false;
    QString error;
    QRectF bounds;
    QHash<QString, QPointF> nodeCentres; // by DOT node name
    struct Edge
    {
        QString tail;
        QString head;
        QList<QPointF> spline; // cubic Bézier control points: p0, then three per segment
        bool dashed = false;
    };
    QList<Edge> edges;
};

// Lays out a DOT graph with Graphviz's `dot` engine through libgvc. Thread-safe: Graphviz keeps
// global state, so calls are serialised; call it from a worker thread, never the UI thread.
GraphLayoutResult layoutDot(const QByteArray &dot);

// Renders a DOT graph to SVG with Graphviz (for `patternbook graph --format svg`).
QByteArray renderDotToSvg(const QByteArray &dot, QString *error = nullptr);

// Parses Graphviz's "plain" output format. Public for the tests.
GraphLayoutResult parsePlainLayout(const QByteArray &plain);

} // namespace pb
