#include "format/markdown_p.h"

#include <cstdlib>
#include <cstring>

namespace pb::md {

Document parse(const char *data, qsizetype size, int options)
{
    return Document(cmark_parse_document(data, size_t(size), options));
}

// Why an arena: cmark allocates every node, inline and text buffer on its own and frees them one
// by one. For a pattern that is some thousands of calloc and free calls, and with the frees'
// consolidation they were a third of `validate`'s time over 10,000 patterns. cmark_mem is cmark's
// own hook for an allocator. It has no context pointer, so the arena in use is the thread's: set
// for as long as a ScratchDocument lives, because reading a node's text may allocate too (cmark
// caches a NUL-terminated copy). Nothing is given back before the document goes; a realloc copies
// (cmark's buffers double, so that wastes at most what they hold).
struct ScratchDocument::Arena
{
    struct Block
    {
        Block *next;
        size_t capacity;
        size_t used;
    };
    static constexpr size_t Header = 16; // each allocation's size, keeping the data 16-byte aligned
    static constexpr size_t BlockHeader = (sizeof(Block) + 15) & ~size_t(15);

    Block *blocks = nullptr;
    size_t nextCapacity = 32 * 1024;

    ~Arena()
    {
        while (blocks) {
            Block *next = blocks->next;
            std::free(blocks);
            blocks = next;
        }
    }

    static char *dataOf(Block *b) { return reinterpret_cast<char *>(b) + BlockHeader; }

    void *allocate(size_t bytes)
    {
        if (bytes > (size_t(1) << 40))
            std::abort(); // as cmark does when memory runs out
        const size_t need = Header + ((bytes + 15) & ~size_t(15));
        if (!blocks || blocks->used + need > blocks->capacity) {
            const size_t capacity = std::max(nextCapacity, need);
            nextCapacity = std::min<size_t>(nextCapacity * 2, 8 * 1024 * 1024);
            auto *b = static_cast<Block *>(std::malloc(BlockHeader + capacity));
            if (!b)
                std::abort();
            *b = {blocks, capacity, 0};
            blocks = b;
        }
        char *at = dataOf(blocks) + blocks->used;
        blocks->used += need;
        std::memcpy(at, &bytes, sizeof bytes);
        return at + Header;
    }

    bool owns(const void *p) const
    {
        for (Block *b = blocks; b; b = b->next) {
            const char *data = dataOf(b);
            if (p >= data && p < data + b->used)
                return true;
        }
        return false;
    }

    static size_t sizeOf(const void *p)
    {
        size_t bytes;
        std::memcpy(&bytes, static_cast<const char *>(p) - Header, sizeof bytes);
        return bytes;
    }
};

namespace {

thread_local ScratchDocument::Arena *t_arena = nullptr;

void *arenaCalloc(size_t count, size_t size)
{
    if (!t_arena) {
        void *p = std::calloc(count, size);
        if (!p)
            std::abort();
        return p;
    }
    if (size != 0 && count > size_t(-1) / size)
        std::abort();
    void *p = t_arena->allocate(count * size);
    std::memset(p, 0, count * size);
    return p;
}

void *arenaRealloc(void *p, size_t size)
{
    if (!t_arena || (p && !t_arena->owns(p))) {
        void *q = std::realloc(p, size);
        if (!q && size)
            std::abort();
        return q;
    }
    if (!p)
        return t_arena->allocate(size);
    const size_t old = ScratchDocument::Arena::sizeOf(p);
    if (size <= old)
        return p;
    void *q = t_arena->allocate(size);
    std::memcpy(q, p, old);
    return q;
}

void arenaFree(void *p)
{
    if (p && !(t_arena && t_arena->owns(p)))
        std::free(p);
}

cmark_mem arenaMemory = {arenaCalloc, arenaRealloc, arenaFree};

} // namespace

ScratchDocument::ScratchDocument(const char *data, qsizetype size, int options)
    : m_arena(std::make_unique<Arena>()), m_previous(t_arena)
{
    t_arena = m_arena.get();
    cmark_parser *parser = cmark_parser_new_with_mem(options, &arenaMemory);
    cmark_parser_feed(parser, data, size_t(size));
    m_root = cmark_parser_finish(parser);
    cmark_parser_free(parser);
}

ScratchDocument::~ScratchDocument()
{
    t_arena = m_previous; // the nodes go with the arena, none of them one by one
}

QByteArray textOf(cmark_node *node)
{
    QByteArray out;
    cmark_iter *iter = cmark_iter_new(node);
    cmark_event_type event;
    while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        if (event != CMARK_EVENT_ENTER)
            continue;
        cmark_node *n = cmark_iter_get_node(iter);
        switch (cmark_node_get_type(n)) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
            out += cmark_node_get_literal(n);
            break;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
            out += ' ';
            break;
        default:
            break;
        }
    }
    cmark_iter_free(iter);
    return out;
}

bool readReference(cmark_node *strong, Reference *out)
{
    if (cmark_node_get_type(strong) != CMARK_NODE_STRONG)
        return false;
    // Only text and soft breaks: the children are the whole text, no walk of the tree needed.
    QByteArray text;
    for (cmark_node *child = cmark_node_first_child(strong); child; child = cmark_node_next(child)) {
        const cmark_node_type type = cmark_node_get_type(child);
        if (type == CMARK_NODE_TEXT)
            text += cmark_node_get_literal(child);
        else if (type == CMARK_NODE_SOFTBREAK)
            text += ' ';
        else
            return false;
    }
    text = text.trimmed();
    if (!text.endsWith(')'))
        return false;
    const int open = int(text.lastIndexOf('('));
    if (open < 1)
        return false;
    const QByteArray digits = text.mid(open + 1, text.size() - open - 2);
    if (digits.isEmpty() || digits.size() > 9)
        return false;
    for (char c : digits) {
        if (c < '0' || c > '9')
            return false;
    }
    const QString name = QString::fromUtf8(text.left(open)).simplified();
    if (name.isEmpty() || name.size() > MaxReferenceLength || name.count(QLatin1Char(' ')) >= MaxReferenceWords)
        return false;
    out->id = digits.toInt();
    out->name = name;
    return out->id > 0;
}

bool isWhollyEmphasised(cmark_node *paragraph, cmark_node_type type)
{
    if (!paragraph || cmark_node_get_type(paragraph) != CMARK_NODE_PARAGRAPH)
        return false;
    int emphasised = 0;
    for (cmark_node *child = cmark_node_first_child(paragraph); child; child = cmark_node_next(child)) {
        const cmark_node_type t = cmark_node_get_type(child);
        if (t == type) {
            ++emphasised;
        } else if (t == CMARK_NODE_TEXT) {
            if (!QByteArray(cmark_node_get_literal(child)).trimmed().isEmpty())
                return false;
        } else if (t != CMARK_NODE_SOFTBREAK && t != CMARK_NODE_LINEBREAK) {
            return false;
        }
    }
    return emphasised == 1;
}

bool isTherefore(cmark_node *node)
{
    return cmark_node_get_type(node) == CMARK_NODE_PARAGRAPH && textOf(node).trimmed() == "Therefore:";
}

bool isReferencesHeading(cmark_node *node)
{
    return cmark_node_get_type(node) == CMARK_NODE_HEADING && cmark_node_get_heading_level(node) == 2 &&
           textOf(node).trimmed().compare("References", Qt::CaseInsensitive) == 0;
}

FormBlocks findForm(cmark_node *document)
{
    FormBlocks f;
    cmark_node *n = cmark_node_first_child(document);
    for (cmark_node *b = n; b; b = cmark_node_next(b)) {
        if (cmark_node_get_type(b) == CMARK_NODE_HEADING && cmark_node_get_heading_level(b) == 1) {
            f.title = b;
            n = cmark_node_next(b);
            break;
        }
    }
    // The context: an italic paragraph before the first rule.
    for (cmark_node *b = n; b && cmark_node_get_type(b) != CMARK_NODE_THEMATIC_BREAK; b = cmark_node_next(b)) {
        if (isWhollyEmphasised(b, CMARK_NODE_EMPH)) {
            f.context = b;
            n = cmark_node_next(b);
            break;
        }
    }
    // The problem: a bold paragraph before "Therefore:".
    for (cmark_node *b = n; b && !isTherefore(b); b = cmark_node_next(b)) {
        if (isWhollyEmphasised(b, CMARK_NODE_STRONG)) {
            f.problem = b;
            n = cmark_node_next(b);
            break;
        }
    }
    for (cmark_node *b = n; b; b = cmark_node_next(b)) {
        if (isTherefore(b)) {
            f.therefore = b;
            n = cmark_node_next(b);
            break;
        }
    }
    if (f.therefore) {
        for (cmark_node *b = n; b; b = cmark_node_next(b)) {
            if (isWhollyEmphasised(b, CMARK_NODE_STRONG)) {
                f.solution = b;
                n = cmark_node_next(b);
                break;
            }
            if (cmark_node_get_type(b) == CMARK_NODE_PARAGRAPH)
                break; // the solution comes right after "Therefore:"
        }
    }
    // The completion: an italic paragraph after the solution, before the references.
    for (cmark_node *b = n; b && !isReferencesHeading(b); b = cmark_node_next(b)) {
        if (isWhollyEmphasised(b, CMARK_NODE_EMPH)) {
            f.completion = b;
            n = cmark_node_next(b);
            break;
        }
    }
    for (cmark_node *b = n; b; b = cmark_node_next(b)) {
        if (isReferencesHeading(b)) {
            f.referencesHeading = b;
            cmark_node *next = cmark_node_next(b);
            if (next && cmark_node_get_type(next) == CMARK_NODE_LIST)
                f.referencesList = next;
            break;
        }
    }
    return f;
}

cmark_node *topLevelBlock(cmark_node *node)
{
    while (node) {
        cmark_node *parent = cmark_node_parent(node);
        if (!parent || cmark_node_get_type(parent) == CMARK_NODE_DOCUMENT)
            return node;
        node = parent;
    }
    return nullptr;
}

} // namespace pb::md
