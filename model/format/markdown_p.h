#pragma once

// Private to the model: cmark does not appear in any public header.

#include <QByteArray>
#include <QString>
#include <cmark.h>
#include <memory>

namespace pb::md {

struct NodeDeleter
{
    void operator()(cmark_node *node) const { cmark_node_free(node); }
};
using Document = std::unique_ptr<cmark_node, NodeDeleter>;

Document parse(const char *data, qsizetype size, int options = CMARK_OPT_SOURCEPOS);

// A parsed document whose nodes live in one arena, given back at once when it goes: for a tree
// that is only read (iterated, its text and positions taken), on the thread that parsed it, while
// no other ScratchDocument is made there. Not for a tree that is changed or rendered: see why in
// markdown.cpp.
class ScratchDocument
{
public:
    explicit ScratchDocument(const char *data, qsizetype size, int options = CMARK_OPT_SOURCEPOS);
    ~ScratchDocument();
    ScratchDocument(const ScratchDocument &) = delete;
    ScratchDocument &operator=(const ScratchDocument &) = delete;

    cmark_node *get() const { return m_root; }

    struct Arena;

private:
    std::unique_ptr<Arena> m_arena;
    Arena *m_previous = nullptr;
    cmark_node *m_root = nullptr;
};

// The text of an inline container: literal text and code, soft and hard breaks as spaces.
QByteArray textOf(cmark_node *node);

// A `**Name (id)**` reference: a strong node holding only text, ending in "(digits)", whose name
// reads as a name and not as prose: at most MaxReferenceWords words and MaxReferenceLength
// characters. A bold solution paragraph that happens to end in "(205)" is a paragraph, and must
// never be rewritten as a stale reference. The longest name in the sample language, the test
// data and the format's reference has 6 words; the longest we know of in the field has 9
// ("Service vs. Library: It's Inner Source, Not Inner Product"), so punctuation is no sign.
inline constexpr int MaxReferenceWords = 12;
inline constexpr int MaxReferenceLength = 100;
struct Reference
{
    int id = 0;
    QString name;
};
bool readReference(cmark_node *strong, Reference *out);

// Paragraphs of the Alexandrian form: wholly italic (context, completion) or wholly bold
// (problem, solution).
bool isWhollyEmphasised(cmark_node *paragraph, cmark_node_type type);
bool isTherefore(cmark_node *node);
bool isReferencesHeading(cmark_node *node);

// The parts of the form among a document's top-level blocks.
struct FormBlocks
{
    cmark_node *title = nullptr;
    cmark_node *context = nullptr;
    cmark_node *problem = nullptr;
    cmark_node *therefore = nullptr;
    cmark_node *solution = nullptr;
    cmark_node *completion = nullptr;
    cmark_node *referencesHeading = nullptr;
    cmark_node *referencesList = nullptr;
};
FormBlocks findForm(cmark_node *document);

// The top-level block holding `node`.
cmark_node *topLevelBlock(cmark_node *node);

} // namespace pb::md
