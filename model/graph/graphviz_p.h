#pragma once

// Private to the graph library: Graphviz does not appear in any public header.

#include <QByteArray>
#include <QString>
#include <functional>
#include <gvc.h>

namespace pb::graphviz {

// Reads `dot`, lays it out with `engine` ("dot", "nop2", ...), attaches the layout's attributes
// ("pos", "width", "bb", ...) and hands the graph to `inspect`, all under the one lock of the
// process: Graphviz keeps global state, and its one context is shared (see context()). False, with
// *error, when the graph cannot be read or laid out.
bool run(const QByteArray &dot, const char *engine, const std::function<void(GVC_t *, Agraph_t *)> &inspect,
         QString *error);

// The graph rendered in a Graphviz output format ("svg", "png", "pdf", "plain"); empty on failure.
QByteArray render(GVC_t *gvc, Agraph_t *graph, const char *format);

// A DOT string literal.
QByteArray quoted(const QString &text);

// An attribute of a node, edge or graph as text; empty when unset.
QString attribute(void *object, const char *name);

} // namespace pb::graphviz
