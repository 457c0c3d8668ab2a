#pragma once

// Private to format/: what the two readers of a front matter's nodes spell differently. The span
// reader (frontmatterspans.cpp) and the field reader (frontmatterfields.cpp) are templates over
// the node type, YAML::Node from yaml-cpp or FastNode from the fast reader
// (fastfrontmatter_p.h says why there are two); these adapters let one template read both.

#include "format/fastfrontmatter_p.h"
#include "format/frontmatter_p.h"
#include "format/yamlsupport_p.h"

#include <utility>
#include <vector>

namespace pb::frontmatter {

// readEntries and readFields are templates over the node type: YAML::Node from yaml-cpp, or
// FastNode from the fast reader (fastfrontmatter_p.h explains why there are two). What the two
// spell differently is spelled here, once for each.
inline int at(const Pattern &p, const YAML::Node &node) { return offsetOf(p, node.Mark()); }

inline int at(const Pattern &p, const FastNode &node)
{
    if (node.pos() < 0)
        return p.layout.frontMatter.start;
    return std::min(p.layout.frontMatter.start + node.pos(), p.layout.frontMatter.end);
}

inline bool isFlow(const YAML::Node &node) { return node.Style() == YAML::EmitterStyle::Flow; }
inline bool isFlow(const FastNode &node) { return node.isFlow(); }

inline yaml::Resolved resolved(const YAML::Node &node) { return yaml::resolve(node); }

// As yaml::resolve: the fast reader's scalars are plain (tag "?") or quoted (tag "!") only.
inline yaml::Resolved resolved(const FastNode &node)
{
    if (node.IsNull())
        return {};
    if (!node.IsScalar() || !node.isPlain())
        return {yaml::Kind::String};
    return yaml::resolvePlain(node.Scalar());
}

inline bool isPlain(const YAML::Node &node) { return yaml::isPlain(node); }
inline bool isPlain(const FastNode &node) { return node.isPlain(); }

// A mapping's keys and values in the order written.
inline std::vector<std::pair<YAML::Node, YAML::Node>> pairsOf(const YAML::Node &map)
{
    std::vector<std::pair<YAML::Node, YAML::Node>> pairs;
    pairs.reserve(map.size());
    for (auto it = map.begin(); it != map.end(); ++it)
        pairs.emplace_back(it->first, it->second);
    return pairs;
}

inline const std::vector<std::pair<FastNode, FastNode>> &pairsOf(const FastNode &map) { return map.pairs(); }

} // namespace pb::frontmatter
