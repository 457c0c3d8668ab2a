#pragma once

#include <QList>

namespace pb {

class Language;

enum class LinkKind {
    Context, // `from` lists `to` in context_patterns: `to` is larger
    Completion, // `from` lists `to` in completion_patterns: `to` is smaller
    Related, // `from` names `to` in its body, outside the link lists
};

// One link as a pattern declares it. Patterns are indices into Language::patterns().
struct Link
{
    int from = -1;
    int to = -1;
    LinkKind kind = LinkKind::Related;
    int offset = 0; // where `from`'s file declares it
};

// An edge of the hierarchy, larger pattern above smaller, whichever side declared it.
struct HierarchyEdge
{
    int larger = -1;
    int smaller = -1;
    bool declaredByLarger = false; // in larger's completion_patterns
    bool declaredBySmaller = false; // in smaller's context_patterns
    bool mirrored() const { return declaredByLarger && declaredBySmaller; }
};

// The links between the patterns of a language. Broken references and ids no pattern has make
// no links; the validator reports those.
class LinkGraph
{
public:
    static LinkGraph build(const Language &language);

    int nodeCount() const { return m_nodeCount; }
    const QList<Link> &links() const { return m_links; }
    const QList<HierarchyEdge> &hierarchy() const { return m_hierarchy; }
    // Related links, one per pair (from, to), not counting pairs already in the hierarchy.
    const QList<Link> &related() const { return m_related; }

    // Patterns directly linked to `node` in any way, either direction.
    QList<int> neighbours(int node) const;
    // Patterns within `hops` links of `node`, `node` included.
    QList<int> neighbourhood(int node, int hops) const;
    bool hasLinks(int node) const { return !m_adjacent.value(node).isEmpty(); }

    // Nodes reachable from `roots` by going from larger to smaller.
    QList<bool> reachableFrom(const QList<int> &roots) const;
    // Cycles among hierarchy edges, each as the patterns along it (first == smallest index).
    QList<QList<int>> cycles() const;

private:
    int m_nodeCount = 0;
    QList<Link> m_links;
    QList<HierarchyEdge> m_hierarchy;
    QList<Link> m_related;
    QList<QList<int>> m_adjacent; // undirected, deduplicated
    QList<QList<int>> m_smaller; // hierarchy: larger -> smaller
};

} // namespace pb
