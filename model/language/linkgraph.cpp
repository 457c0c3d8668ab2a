#include "language/linkgraph.h"
#include "language/language.h"

#include <QHash>
#include <QSet>
#include <algorithm>
#include <vector>

namespace pb {

namespace {
int itemOffset(const FrontMatterEntry *e, int item)
{
    if (!e)
        return 0;
    return item < e->items.size() ? e->items.at(item).start : e->value.start;
}

quint64 pairKey(int a, int b)
{
    return (quint64(quint32(a)) << 32) | quint32(b);
}
} // namespace

LinkGraph LinkGraph::build(const Language &language)
{
    LinkGraph g;
    const int n = language.patternCount();
    g.m_nodeCount = n;
    g.m_smaller.resize(n);
    QHash<quint64, int> hierarchyIndex;
    hierarchyIndex.reserve(n * 4);

    auto addHierarchy = [&](int larger, int smaller, bool byLarger) {
        const quint64 k = pairKey(larger, smaller);
        auto it = hierarchyIndex.find(k);
        if (it == hierarchyIndex.end()) {
            it = hierarchyIndex.insert(k, int(g.m_hierarchy.size()));
            g.m_hierarchy.append({larger, smaller, false, false});
            g.m_smaller[larger].append(smaller);
        }
        HierarchyEdge &e = g.m_hierarchy[*it];
        (byLarger ? e.declaredByLarger : e.declaredBySmaller) = true;
    };

    const QString contextKey = QStringLiteral("context_patterns");
    const QString completionKey = QStringLiteral("completion_patterns");
    for (int from = 0; from < n; ++from) {
        const Pattern &p = language.pattern(from);
        if (p.broken)
            continue;
        const QList<int> &context = p.fields.contextPatterns;
        const FrontMatterEntry *contextEntry = context.isEmpty() ? nullptr : p.entry(contextKey);
        for (int i = 0; i < context.size(); ++i) {
            const int to = language.indexOfId(context.at(i));
            if (to < 0 || to == from)
                continue;
            g.m_links.append({from, to, LinkKind::Context, itemOffset(contextEntry, i)});
            addHierarchy(to, from, false);
        }
        const QList<int> &completion = p.fields.completionPatterns;
        const FrontMatterEntry *completionEntry = completion.isEmpty() ? nullptr : p.entry(completionKey);
        for (int i = 0; i < completion.size(); ++i) {
            const int to = language.indexOfId(completion.at(i));
            if (to < 0 || to == from)
                continue;
            g.m_links.append({from, to, LinkKind::Completion, itemOffset(completionEntry, i)});
            addHierarchy(from, to, true);
        }
    }
    QSet<quint64> relatedPairs;
    for (int from = 0; from < n; ++from) {
        const Pattern &p = language.pattern(from);
        if (p.broken)
            continue;
        auto listed = [&p](int id) {
            return p.fields.contextPatterns.contains(id) || p.fields.completionPatterns.contains(id);
        };
        for (const PatternReference &ref : p.body.references) {
            const int to = language.indexOfId(ref.id);
            if (to < 0 || to == from || listed(ref.id))
                continue;
            const Link link{from, to, LinkKind::Related, ref.span.start};
            g.m_links.append(link);
            if (hierarchyIndex.contains(pairKey(from, to)) || hierarchyIndex.contains(pairKey(to, from)))
                continue;
            if (!relatedPairs.contains(pairKey(from, to))) {
                relatedPairs.insert(pairKey(from, to));
                g.m_related.append(link);
            }
        }
    }
    // Both directions of every link, sorted and once each: the neighbours of each node in order.
    std::vector<quint64> pairs;
    pairs.reserve(g.m_links.size() * 2);
    for (const Link &l : std::as_const(g.m_links)) {
        pairs.push_back(pairKey(l.from, l.to));
        pairs.push_back(pairKey(l.to, l.from));
    }
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    g.m_adjacent.resize(n);
    for (auto it = pairs.cbegin(); it != pairs.cend();) {
        const int node = int(*it >> 32);
        auto end = it;
        while (end != pairs.cend() && int(*end >> 32) == node)
            ++end;
        QList<int> &adjacent = g.m_adjacent[node];
        adjacent.reserve(end - it);
        for (; it != end; ++it)
            adjacent.append(int(quint32(*it)));
    }
    return g;
}

QList<int> LinkGraph::neighbours(int node) const
{
    return node >= 0 && node < m_nodeCount ? m_adjacent.at(node) : QList<int>();
}

QList<int> LinkGraph::neighbourhood(int node, int hops) const
{
    if (node < 0 || node >= m_nodeCount)
        return {};
    QList<int> distance(m_nodeCount, -1);
    QList<int> order{node};
    distance[node] = 0;
    for (int i = 0; i < order.size(); ++i) {
        const int current = order.at(i);
        if (distance.at(current) >= hops)
            continue;
        for (int next : m_adjacent.at(current)) {
            if (distance.at(next) < 0) {
                distance[next] = distance.at(current) + 1;
                order.append(next);
            }
        }
    }
    return order;
}

QList<bool> LinkGraph::reachableFrom(const QList<int> &roots) const
{
    QList<bool> seen(m_nodeCount, false);
    QList<int> stack;
    for (int r : roots) {
        if (r >= 0 && r < m_nodeCount && !seen.at(r)) {
            seen[r] = true;
            stack.append(r);
        }
    }
    while (!stack.isEmpty()) {
        const int current = stack.takeLast();
        for (int next : m_smaller.at(current)) {
            if (!seen.at(next)) {
                seen[next] = true;
                stack.append(next);
            }
        }
    }
    return seen;
}

QList<QList<int>> LinkGraph::cycles() const
{
    // Tarjan's strongly connected components, iteratively (a long chain must not overflow the
    // stack); each component of more than one node holds a cycle.
    QList<int> index(m_nodeCount, -1), low(m_nodeCount, 0), component(m_nodeCount, -1);
    QList<bool> onStack(m_nodeCount, false);
    QList<int> stack;
    int counter = 0;
    int components = 0;
    QList<QList<int>> members;
    struct Frame
    {
        int node;
        int edge;
    };
    for (int start = 0; start < m_nodeCount; ++start) {
        if (index.at(start) >= 0)
            continue;
        QList<Frame> frames{{start, 0}};
        index[start] = low[start] = counter++;
        stack.append(start);
        onStack[start] = true;
        while (!frames.isEmpty()) {
            Frame &f = frames.last();
            const QList<int> &out = m_smaller.at(f.node);
            if (f.edge < out.size()) {
                const int next = out.at(f.edge++);
                if (index.at(next) < 0) {
                    index[next] = low[next] = counter++;
                    stack.append(next);
                    onStack[next] = true;
                    frames.append({next, 0});
                } else if (onStack.at(next)) {
                    low[f.node] = std::min(low.at(f.node), index.at(next));
                }
                continue;
            }
            const int node = f.node;
            frames.removeLast();
            if (!frames.isEmpty())
                low[frames.last().node] = std::min(low.at(frames.last().node), low.at(node));
            if (low.at(node) == index.at(node)) {
                QList<int> scc;
                int w;
                do {
                    w = stack.takeLast();
                    onStack[w] = false;
                    component[w] = components;
                    scc.append(w);
                } while (w != node);
                ++components;
                if (scc.size() > 1)
                    members.append(scc);
            }
        }
    }
    // Within each component, walk from its smallest node back to it to name one cycle.
    QList<QList<int>> result;
    for (const QList<int> &scc : members) {
        const int first = *std::min_element(scc.begin(), scc.end());
        const int c = component.at(first);
        QList<int> parent(m_nodeCount, -1);
        QList<int> queue{first};
        parent[first] = first;
        int last = -1;
        for (int i = 0; i < queue.size() && last < 0; ++i) {
            for (int next : m_smaller.at(queue.at(i))) {
                if (component.at(next) != c)
                    continue;
                if (next == first) {
                    last = queue.at(i);
                    break;
                }
                if (parent.at(next) < 0) {
                    parent[next] = queue.at(i);
                    queue.append(next);
                }
            }
        }
        QList<int> cycle;
        for (int v = last; v != first && v >= 0; v = parent.at(v))
            cycle.prepend(v);
        cycle.prepend(first);
        result.append(cycle);
    }
    return result;
}

} // namespace pb
