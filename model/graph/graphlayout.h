#pragma once

#include <QHash>
#include <QList>
#include <QMap>
#include <QPointF>
#include <QRectF>
#include <QSet>
#include <QSizeF>
#include <QString>
#include <optional>

namespace pb {

class Language;
class LinkGraph;

enum class EdgeKind {
    Completion, // larger to smaller, both sides list it
    Unmirrored, // larger to smaller, only one side lists it
    Related, // a mention in the body
};

// What to lay out: the patterns shown and the links between them, as plain values (layout runs
// on worker threads).
struct GraphInput
{
    struct Node
    {
        int index = -1; // the pattern's index in its language
        int id = 0;
        QString name;
        int confidence = 0;
        int scale = 0; // 0: none
        QSizeF size; // in points; empty: measured by Graphviz from the label
        QString href; // where the node links to in an SVG, if anywhere
    };
    struct Edge
    {
        int from = -1; // pattern indices; hierarchy edges go from larger to smaller
        int to = -1;
        EdgeKind kind = EdgeKind::Completion;
    };
    QString title;
    QList<Node> nodes;
    QList<Edge> edges;
    QMap<int, QString> scaleNames; // SCALES.md's names, for the bands

    // Every readable pattern of a language with an id (or only those in `only`, when given), and
    // the links between them.
    static GraphInput fromLanguage(const Language &language, const LinkGraph &graph, const QSet<int> &only = {});
    const Node *node(int index) const;
};

struct LayoutOptions
{
    qreal aspect = 16.0 / 9.0; // width / height of the screen or page to fill
    bool bands = true; // each scale a labelled band, larger scales above
    qreal bandLabelWidth = 120; // room at the left of each band for its label
    // In points. Between the rows of two bands there is rowGap + bandGap + rowGap for the edges.
    qreal nodeGap = 14; // between nodes in a row
    qreal rowGap = 10; // above and below each row of a band
    qreal bandGap = 8; // between bands
    qreal margin = 12;
    QHash<int, QPointF> pinned; // centres a facilitator placed by hand, by pattern index
    qreal fontSize = 11; // for nodes Graphviz measures (no size given), in points
};

// Where everything goes, in points, y growing downwards.
struct GraphLayout
{
    struct Edge
    {
        int from = -1;
        int to = -1;
        EdgeKind kind = EdgeKind::Completion;
        QList<QPointF> spline; // cubic Bézier: the start, then three points per segment
        std::optional<QPointF> arrowTip; // where the arrowhead points, on the head's border
    };
    struct Band
    {
        int scale = 0;
        QString label; // "2 · Organisational Structure"
        int count = 0; // patterns in it
        QRectF rect; // the whole band
        QRectF labelRect; // where its label goes
    };

    bool ok = false;
    QString error;
    QRectF bounds; // everything drawn: bands, nodes, edges and their arrowheads
    QHash<int, QRectF> nodes; // by pattern index
    QList<Edge> edges;
    QList<Band> bands;
};

// Lays a graph out for a screen or a page of the given shape: each scale a band, its patterns in
// the language's order (by id, row by row), the rows packed to the shape here (see the .cpp for
// why), and the edges routed around the nodes by Graphviz (neato with the nodes fixed). Serialised through the one
// Graphviz context of the process, so an app calls it from a worker thread (the view's layouts,
// File › Export › Graph): on the UI thread it would wait for any other layout running.
GraphLayout layoutGraph(const GraphInput &input, const LayoutOptions &options = {});

// Wraps a pattern name into lines of about `width` characters, for labels Graphviz measures.
QString wrapName(const QString &name, int width = 18);

} // namespace pb
