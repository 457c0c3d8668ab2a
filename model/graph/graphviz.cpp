#include "graph/graphviz_p.h"

#include <QCoreApplication>
#include <QMutex>

// Graphviz's own global, exported by libgvc but in no public header: which "nop" mode neato is in.
extern "C" int Nop;

namespace pb::graphviz {

namespace {

// The context of these texts for Qt Linguist.
class GraphvizTr
{
    Q_DECLARE_TR_FUNCTIONS(pb::Graph)
};

QMutex &mutex()
{
    static QMutex m;
    return m;
}

QString lastError;

int collectErrors(char *message)
{
    lastError += QString::fromUtf8(message).trimmed() + QLatin1Char(' ');
    return 0;
}

// One Graphviz context for the process, made on first use and kept (it stays reachable to the end,
// so no leak checker counts it). A context per layout both leaks and leaves the pango plugin's
// cached font name pointing into the freed context: a use-after-free on the next layout.
GVC_t *context()
{
    static GVC_t *gvc = gvContext();
    return gvc;
}

} // namespace

QByteArray render(GVC_t *gvc, Agraph_t *graph, const char *format)
{
    char *data = nullptr;
    unsigned int length = 0;
    if (gvRenderData(gvc, graph, format, &data, &length) != 0) {
        gvFreeRenderData(data);
        return {};
    }
    QByteArray out(data, qsizetype(length));
    gvFreeRenderData(data);
    return out;
}

bool run(const QByteArray &dot, const char *engine, const std::function<void(GVC_t *, Agraph_t *)> &inspect,
         QString *error)
{
    QMutexLocker lock(&mutex());
    lastError.clear();
    agseterrf(collectErrors);
    GVC_t *gvc = context();
    Agraph_t *graph = agmemread(dot.constData());
    if (!graph) {
        *error = GraphvizTr::tr("Graphviz could not read the graph: %1").arg(lastError.trimmed());
        return false;
    }
    if (gvLayout(gvc, graph, engine) != 0) {
        *error = GraphvizTr::tr("Graphviz could not lay out the graph: %1").arg(lastError.trimmed());
        agclose(graph);
        return false;
    }
    // Rendering to "dot" is what writes the layout into the graph's attributes.
    render(gvc, graph, "dot");
    inspect(gvc, graph);
    // Graphviz 2.42's "nop" engines set Nop for their layout and clear it before their cleanup
    // runs, and the cleanup frees the node list and clusters only while Nop is set: every layout
    // leaked them. Set it again for the cleanup. (Fixed upstream; harmless there.)
    const bool nop = qstrncmp(engine, "nop", 3) == 0;
    if (nop)
        Nop = engine[3] == '2' ? 2 : 1;
    gvFreeLayout(gvc, graph);
    if (nop)
        Nop = 0;
    agclose(graph);
    return true;
}

QByteArray quoted(const QString &text)
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

QString attribute(void *object, const char *name)
{
    const char *value = agget(object, const_cast<char *>(name));
    return value ? QString::fromUtf8(value) : QString();
}

} // namespace pb::graphviz
