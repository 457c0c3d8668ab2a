#include "graph/graphexport.h"
#include "format/pattern.h"
#include "language/language.h"
#include "language/linkgraph.h"

#include <QJsonArray>
#include <QMap>

namespace pb {

QByteArray dotNodeName(int patternIndex) { return "p" + QByteArray::number(patternIndex); }

namespace {
QByteArray dotString(const QString &text)
{
    QByteArray out = "\"";
    for (QChar c : text) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            out += '\\';
        if (c == QLatin1Char('\n')) {
            out += "\\n";
            continue;
        }
        out += QString(c).toUtf8();
    }
    return out + "\"";
}

QString kindName(LinkKind kind)
{
    switch (kind) {
    case LinkKind::Context:
        return QStringLiteral("context");
    case LinkKind::Completion:
        return QStringLiteral("completion");
    case LinkKind::Related:
        return QStringLiteral("related");
    }
    return {};
}
} // namespace

QByteArray graphToDot(const Language &language, const LinkGraph &graph, const DotOptions &options)
{
    auto included = [&](int i) {
        return !language.pattern(i).broken && language.pattern(i).fields.id > 0
               && (options.only.isEmpty() || options.only.contains(i));
    };
    QByteArray out = "digraph " + dotString(language.title()) + " {\n";
    out += "  graph [rankdir=TB, nodesep=0.25, ranksep=0.55, splines=true, outputorder=edgesfirst];\n";
    out += "  node [shape=box, style=\"rounded,filled\", fillcolor=\"#fbf8f1\", color=\"#8a7a60\", fontname="
           + dotString(options.fontName) + ", fontsize=11, margin=\"0.12,0.06\"];\n";
    out += "  edge [color=\"#6f675b\", arrowsize=0.7];\n";
    QMap<int, QList<int>> byScale;
    for (int i = 0; i < language.patternCount(); ++i) {
        if (!included(i))
            continue;
        const Pattern &p = language.pattern(i);
        QString label = QStringLiteral("%1  %2").arg(p.fields.id).arg(visibleControls(p.fields.name));
        if (p.fields.confidence > 0)
            label += QLatin1Char('\n') + QString(p.fields.confidence, QChar(0x2605));
        out += "  " + dotNodeName(i) + " [label=" + dotString(label) + ", tooltip=" + dotString(p.fields.name)
               + ", id=" + dotString(QString::number(p.fields.id));
        out += "];\n";
        if (p.fields.scale > 0)
            byScale[p.fields.scale].append(i);
    }
    if (options.ranksByScale) {
        for (auto it = byScale.cbegin(); it != byScale.cend(); ++it) {
            out += "  { rank=same;";
            for (int i : *it)
                out += " " + dotNodeName(i) + ";";
            out += " }\n";
        }
    }
    for (const HierarchyEdge &e : graph.hierarchy()) {
        if (!included(e.larger) || !included(e.smaller))
            continue;
        out += "  " + dotNodeName(e.larger) + " -> " + dotNodeName(e.smaller);
        if (!e.mirrored())
            out += " [color=\"#b3261e\", tooltip=\"not mirrored\"]";
        out += ";\n";
    }
    for (const Link &l : graph.related()) {
        if (!included(l.from) || !included(l.to))
            continue;
        out += "  " + dotNodeName(l.from) + " -> " + dotNodeName(l.to)
               + " [style=dashed, constraint=false, color=\"#a59d8f\"];\n";
    }
    return out + "}\n";
}

QJsonObject graphToJson(const Language &language, const LinkGraph &graph)
{
    QJsonArray nodes;
    for (int i = 0; i < language.patternCount(); ++i) {
        const Pattern &p = language.pattern(i);
        QJsonObject node{{QStringLiteral("file"), p.fileName}, {QStringLiteral("broken"), p.broken}};
        if (p.fields.id > 0)
            node.insert(QStringLiteral("id"), p.fields.id);
        if (!p.fields.name.isEmpty())
            node.insert(QStringLiteral("name"), p.fields.name);
        if (p.fields.confidence >= 0)
            node.insert(QStringLiteral("confidence"), p.fields.confidence);
        if (p.fields.scale > 0)
            node.insert(QStringLiteral("scale"), p.fields.scale);
        node.insert(QStringLiteral("tags"), QJsonArray::fromStringList(p.fields.tags));
        nodes.append(node);
    }
    QJsonArray edges;
    for (const Link &l : graph.links()) {
        const Pattern &from = language.pattern(l.from);
        const Pattern &to = language.pattern(l.to);
        const TextPosition pos = from.position(l.offset);
        edges.append(QJsonObject{{QStringLiteral("from"), from.fields.id},
                                 {QStringLiteral("to"), to.fields.id},
                                 {QStringLiteral("kind"), kindName(l.kind)},
                                 {QStringLiteral("file"), from.path},
                                 {QStringLiteral("line"), pos.line},
                                 {QStringLiteral("column"), pos.column}});
    }
    QJsonObject scales;
    for (const Scale &s : language.scales())
        scales.insert(QString::number(s.level), s.name);
    return QJsonObject{{QStringLiteral("language"), language.title()},
                       {QStringLiteral("scales"), scales},
                       {QStringLiteral("nodes"), nodes},
                       {QStringLiteral("edges"), edges}};
}

} // namespace pb
