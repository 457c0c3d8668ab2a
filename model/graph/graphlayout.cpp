#include "graphlayout.h"

#include <QMutex>
#include <gvc.h>

namespace pb {

namespace {

// Graphviz keeps global state (its context, cgraph's allocators, error handling): one caller at a
// time.
QMutex &graphvizMutex()
{
    static QMutex mutex;
    return mutex;
}

QString lastError;

int collectErrors(char *message)
{
    lastError += QString::fromUtf8(message).trimmed() + QLatin1Char(' ');
    return 0;
}

// Splits a line of Graphviz's plain output into words; "quoted words" keep their spaces.
QList<QByteArray> words(const QByteArray &line)
{
    QList<QByteArray> out;
    int i = 0;
    while (i < line.size()) {
        while (i < line.size() && line.at(i) == ' ')
            ++i;
        if (i >= line.size())
            break;
        QByteArray word;
        if (line.at(i) == '"') {
            ++i;
            while (i < line.size() && line.at(i) != '"') {
                if (line.at(i) == '\\' && i + 1 < line.size())
                    ++i;
                word += line.at(i++);
            }
            ++i;
        } else {
            while (i < line.size() && line.at(i) != ' ')
                word += line.at(i++);
        }
        out.append(word);
    }
    return out;
}

// One Graphviz context for the process, made on first use and kept (it is reachable to the end,
// so no leak checker counts it). A context per layout both leaks and leaves the pango plugin's
// cached font name pointing into the freed context: a use-after-free on the next layout.
GVC_t *context()
{
    static GVC_t *gvc = gvContext();
    return gvc;
}

template<typename Render>
auto withGraph(const QByteArray &dot, QString *error, Render render) -> decltype(render(nullptr, nullptr))
{
    QMutexLocker lock(&graphvizMutex());
    lastError.clear();
    agseterrf(collectErrors);
    GVC_t *gvc = context();
    Agraph_t *graph = agmemread(dot.constData());
    decltype(render(nullptr, nullptr)) result{};
    if (!graph) {
        *error = QStringLiteral("Graphviz could not read the graph: %1").arg(lastError.trimmed());
    } else if (gvLayout(gvc, graph, "dot") != 0) {
        *error = QStringLiteral("Graphviz could not lay out the graph: %1").arg(lastError.trimmed());
        agclose(graph);
    } else {
        result = render(gvc, graph);
        gvFreeLayout(gvc, graph);
        agclose(graph);
    }
    return result;
}

QByteArray renderData(GVC_t *gvc, Agraph_t *graph, const char *format)
{
    char *data = nullptr;
    unsigned int length = 0;
    if (gvRenderData(gvc, graph, format, &data, &length) != 0)
        return {};
    QByteArray out(data, int(length));
    gvFreeRenderData(data);
    return out;
}

} // namespace

GraphLayoutResult parsePlainLayout(const QByteArray &plain)
{
    GraphLayoutResult result;
    double height = 0;
    const double points = 72.0; // plain output is in inches
    for (const QByteArray &line : plain.split('\n')) {
        const QList<QByteArray> w = words(line);
        if (w.isEmpty())
            continue;
        if (w.first() == "graph" && w.size() >= 4) {
            height = w.at(3).toDouble();
            result.bounds = QRectF(0, 0, w.at(2).toDouble() * points, height * points);
        } else if (w.first() == "node" && w.size() >= 4) {
            result.nodeCentres.insert(QString::fromUtf8(w.at(1)),
                                      QPointF(w.at(2).toDouble() * points, (height - w.at(3).toDouble()) * points));
        } else if (w.first() == "edge" && w.size() >= 4) {
            GraphLayoutResult::Edge edge;
            edge.tail = QString::fromUtf8(w.at(1));
            edge.head = QString::fromUtf8(w.at(2));
            const int n = w.at(3).toInt();
            for (int i = 0; i < n && 5 + 2 * i < w.size(); ++i)
                edge.spline.append(QPointF(w.at(4 + 2 * i).toDouble() * points, (height - w.at(5 + 2 * i).toDouble()) * points));
            edge.dashed = w.contains("dashed");
            result.edges.append(edge);
        }
    }
    result.ok = !result.bounds.isNull() || plain.contains("stop");
    return result;
}

GraphLayoutResult layoutDot(const QByteArray &dot)
{
    QString error;
    const QByteArray plain = withGraph(dot, &error, [](GVC_t *gvc, Agraph_t *graph) {
        return gvc ? renderData(gvc, graph, "plain") : QByteArray();
    });
    if (plain.isEmpty()) {
        GraphLayoutResult failed;
        failed.error = error.isEmpty() ? QStringLiteral("Graphviz produced no layout") : error;
        return failed;
    }
    return parsePlainLayout(plain);
}

QByteArray renderDotToSvg(const QByteArray &dot, QString *error)
{
    QString message;
    const QByteArray svg = withGraph(dot, &message, [](GVC_t *gvc, Agraph_t *graph) {
        return gvc ? renderData(gvc, graph, "svg") : QByteArray();
    });
    if (svg.isEmpty() && error)
        *error = message.isEmpty() ? QStringLiteral("Graphviz has no SVG renderer") : message;
    return svg;
}

} // namespace pb
