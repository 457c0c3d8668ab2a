#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QSizeF>

namespace pb {

class Language;
class LinkGraph;

struct DotOptions
{
    bool ranksByScale = true; // patterns of one scale side by side, larger scales above
    QSet<int> only; // pattern indices to include; empty for all
    QString fontName = QStringLiteral("DejaVu Sans");
};

// The link graph in Graphviz's DOT language, for people's own Graphviz: one node per pattern
// ("p" + index), hierarchy edges from larger to smaller patterns, related mentions dashed and not
// constraining the ranks. (The app's own layout is model/graph/graphlayout.h.)
QByteArray graphToDot(const Language &language, const LinkGraph &graph, const DotOptions &options = {});

// The link graph as JSON: nodes with their fields, every declared link with its source position.
QJsonObject graphToJson(const Language &language, const LinkGraph &graph);

// "p12" for pattern index 12, as graphToDot names nodes.
QByteArray dotNodeName(int patternIndex);

} // namespace pb
