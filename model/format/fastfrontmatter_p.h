#pragma once

// Private to the model (and its tests, fuzzers and benchmarks).
//
// Why a hand-written YAML reader beside yaml-cpp: yaml-cpp takes about 100 µs per front matter (its
// scanner runs at 6-10 MB/s and it builds a shared-pointer node graph), which makes YAML, not
// Markdown, the larger part of validating a language. Nearly every front matter is written in a
// small subset of YAML: plain keys at the start of their lines, each with a plain or quoted scalar
// on one line, a one-line flow list of scalars, or a block list of scalars, and comments. This
// reader reads that subset and nothing else, strictly: on anything outside it, or anything it is
// not sure about, it declines, and the front matter goes to yaml-cpp, which stays the reference.
// The differential test (tests/model/tst_fastfrontmatter.cpp) and the fuzz target
// (tests/fuzz/fuzz_frontmatter.cpp) parse every input both ways and fail on any difference.
//
// Its result is not a Pattern: it is a tree of FastNodes, which mirror the part of YAML::Node's
// interface that frontmatter.cpp's readEntries and readFields use. Those two are templates over
// the node type, so that the spans, the typed fields and every diagnostic come from one piece of
// code whichever reader ran: the two paths differ only in how the tree is built.

#include <deque>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pb::frontmatter {

struct FastNodeData;

// A value of the subset, as a handle into the FastFrontMatter that read it (which must outlive
// it). A default-constructed FastNode is null, like a default-constructed YAML::Node. The
// capitalised names are YAML::Node's, so that templates read either kind of node.
class FastNode
{
public:
    enum class Type { Null, Scalar, Sequence, Map };

    FastNode() = default;
    explicit FastNode(const FastNodeData *data)
        : m_data(data)
    {
    }

    Type type() const;
    bool IsDefined() const { return true; }
    bool IsNull() const { return type() == Type::Null; }
    bool IsScalar() const { return type() == Type::Scalar; }
    bool IsSequence() const { return type() == Type::Sequence; }
    bool IsMap() const { return type() == Type::Map; }
    // The scalar's value, quotes and escapes resolved; empty for anything but a scalar.
    const std::string &Scalar() const;
    // A plain scalar resolves by the YAML 1.2 core schema (yaml-cpp's tag "?"); a quoted one is
    // always a string (yaml-cpp's tag "!").
    bool isPlain() const;
    // A sequence written [a, b] rather than as "- a" lines.
    bool isFlow() const;
    // Byte offset of the node in the front matter text, where yaml-cpp's Mark().pos puts it: the
    // scalar's first character or quote, a flow list's '[', a block list's first '-'.
    int pos() const;

    // A sequence's items; nothing for any other node.
    std::vector<FastNode>::const_iterator begin() const;
    std::vector<FastNode>::const_iterator end() const;
    size_t size() const;
    // A mapping's keys and values, in the order written (duplicates included, as yaml-cpp keeps
    // them).
    const std::vector<std::pair<FastNode, FastNode>> &pairs() const;

private:
    const FastNodeData *m_data = nullptr;
};

struct FastNodeData
{
    FastNode::Type type = FastNode::Type::Null;
    bool plain = true;
    bool flow = false;
    int pos = 0;
    std::string text;
    std::vector<FastNode> items;
    std::vector<std::pair<FastNode, FastNode>> pairs;
};

// Reads one front matter (the text between the '---' lines) in the subset. Not copyable: the
// nodes point into it.
class FastFrontMatter
{
public:
    FastFrontMatter() = default;
    FastFrontMatter(const FastFrontMatter &) = delete;
    FastFrontMatter &operator=(const FastFrontMatter &) = delete;

    // True when `text` lies in the subset and was read; false when yaml-cpp must read it. On
    // false, nothing read so far may be used.
    bool read(std::string_view text);

    // The front matter's mapping. Empty when the text holds no keys at all (only blank lines and
    // comments), where yaml-cpp gives a null document.
    FastNode root() const { return FastNode(&m_nodes.front()); }
    bool isEmpty() const { return m_nodes.empty() || m_nodes.front().pairs.empty(); }

private:
    FastNodeData &add(FastNode::Type type, int pos);
    bool readLine(std::string_view text, int start, int end);
    bool readKeyLine(std::string_view line, int start);
    bool readItemLine(std::string_view line, int start, int indent);
    bool readScalar(std::string_view line, int start, int from, int &to, bool inFlow, FastNode &out);
    bool readFlowSequence(std::string_view line, int start, int from, FastNode &out);
    bool restIsComment(std::string_view line, int from) const;

    std::deque<FastNodeData> m_nodes; // stable addresses for the handles
    FastNodeData *m_open = nullptr; // the value of a key with nothing after its ':', while "- " lines may follow
    int m_itemIndent = -1; // the column of m_open's '-' marks, once the first is read
};

// Whether parsePattern tries the fast reader first. On by default; tests, fuzzers and benchmarks
// turn it off to run yaml-cpp alone and compare. Not thread-safe to change while parsing.
void setFastFrontMatterEnabled(bool enabled);
bool fastFrontMatterEnabled();

} // namespace pb::frontmatter
