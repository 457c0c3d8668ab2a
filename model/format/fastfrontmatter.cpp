#include "format/fastfrontmatter_p.h"

#include <atomic>

namespace pb::frontmatter {

namespace {
std::atomic<bool> s_enabled{true};

const std::string &emptyString()
{
    static const std::string empty;
    return empty;
}

const std::vector<FastNode> &noItems()
{
    static const std::vector<FastNode> none;
    return none;
}

const std::vector<std::pair<FastNode, FastNode>> &noPairs()
{
    static const std::vector<std::pair<FastNode, FastNode>> none;
    return none;
}
} // namespace

void setFastFrontMatterEnabled(bool enabled) { s_enabled.store(enabled, std::memory_order_relaxed); }

bool fastFrontMatterEnabled() { return s_enabled.load(std::memory_order_relaxed); }

FastNode::Type FastNode::type() const { return m_data ? m_data->type : Type::Null; }

const std::string &FastNode::Scalar() const
{
    return m_data && m_data->type == Type::Scalar ? m_data->text : emptyString();
}

bool FastNode::isPlain() const { return !m_data || m_data->plain; }

bool FastNode::isFlow() const { return m_data && m_data->flow; }

int FastNode::pos() const { return m_data ? m_data->pos : -1; }

std::vector<FastNode>::const_iterator FastNode::begin() const
{
    return IsSequence() ? m_data->items.cbegin() : noItems().cbegin();
}

std::vector<FastNode>::const_iterator FastNode::end() const
{
    return IsSequence() ? m_data->items.cend() : noItems().cend();
}

size_t FastNode::size() const
{
    if (IsSequence())
        return m_data->items.size();
    if (IsMap())
        return m_data->pairs.size();
    return 0;
}

const std::vector<std::pair<FastNode, FastNode>> &FastNode::pairs() const
{
    return IsMap() ? m_data->pairs : noPairs();
}

namespace {

// What YAML forbids at the start of a plain scalar (the c-indicator set). '-', '?' and ':' may
// start one in YAML when a non-blank follows; of those, only '-' before a digit, a letter or '.'
// ("-1", "-x", "-.inf") is read here: the rest is rare, and doubtful.
bool isIndicator(char c)
{
    switch (c) {
    case '-':
    case '?':
    case ':':
    case ',':
    case '[':
    case ']':
    case '{':
    case '}':
    case '#':
    case '&':
    case '*':
    case '!':
    case '|':
    case '>':
    case '\'':
    case '"':
    case '%':
    case '@':
    case '`':
        return true;
    default:
        return false;
    }
}

bool isAsciiAlnum(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool mayStartPlain(std::string_view line, int i)
{
    const char c = line[i];
    if (c == ' ')
        return false;
    if (!isIndicator(c))
        return true;
    return c == '-' && i + 1 < int(line.size()) && (isAsciiAlnum(line[i + 1]) || line[i + 1] == '.');
}

// Plain scalars that yaml-cpp turns into null nodes rather than scalars.
bool isNullWord(std::string_view s) { return s == "~" || s == "null" || s == "Null" || s == "NULL"; }

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

void appendUtf8(std::string &out, unsigned value)
{
    // As yaml-cpp encodes an escaped code point (Exp::Escape).
    if (value <= 0x7F) {
        out += char(value);
    } else if (value <= 0x7FF) {
        out += char(0xC0 + (value >> 6));
        out += char(0x80 + (value & 0x3F));
    } else if (value <= 0xFFFF) {
        out += char(0xE0 + (value >> 12));
        out += char(0x80 + ((value >> 6) & 0x3F));
        out += char(0x80 + (value & 0x3F));
    } else {
        out += char(0xF0 + (value >> 18));
        out += char(0x80 + ((value >> 12) & 0x3F));
        out += char(0x80 + ((value >> 6) & 0x3F));
        out += char(0x80 + (value & 0x3F));
    }
}

// The double-quoted scalar whose opening quote is at `from`, closed on the same line: its value,
// with escapes resolved as yaml-cpp resolves them, and `to` just past the closing quote. False on
// an escape yaml-cpp rejects (so that it reports it) or a quote left open on its line (YAML lets
// quoted text run on, folded: not this reader's business).
bool readDoubleQuoted(std::string_view line, int from, int &to, std::string &out)
{
    const int size = int(line.size());
    int i = from + 1;
    while (i < size) {
        int run = i;
        while (run < size && line[run] != '"' && line[run] != '\\')
            ++run;
        out.append(line.data() + i, size_t(run - i));
        i = run;
        if (i == size)
            break;
        if (line[i] == '"') {
            to = i + 1;
            return true;
        }
        if (i + 1 >= size)
            return false; // an escaped line break
        const char e = line[i + 1];
        i += 2;
        int digits = 0;
        switch (e) {
        case '0':
            out += '\0';
            break;
        case 'a':
            out += '\x07';
            break;
        case 'b':
            out += '\x08';
            break;
        case 't':
            out += '\x09';
            break;
        case 'n':
            out += '\x0A';
            break;
        case 'v':
            out += '\x0B';
            break;
        case 'f':
            out += '\x0C';
            break;
        case 'r':
            out += '\x0D';
            break;
        case 'e':
            out += '\x1B';
            break;
        case ' ':
        case '"':
        case '\'':
        case '\\':
        case '/':
            out += e;
            break;
        case 'L':
            out += "\xE2\x80\xA8";
            break;
        case 'P':
            out += "\xE2\x80\xA9";
            break;
        case 'x':
            digits = 2;
            break;
        case 'u':
            digits = 4;
            break;
        case 'U':
            digits = 8;
            break;
        default:
            // Unknown escapes, which yaml-cpp reports; and \N and \_, which yaml-cpp 0.7 turns
            // into the single bytes 0x85 and 0xA0 (not UTF-8) where later versions write NEL and
            // NBSP: whichever it does is its own to do.
            return false;
        }
        if (digits == 0)
            continue;
        if (i + digits > size)
            return false;
        unsigned value = 0;
        for (int k = 0; k < digits; ++k) {
            const int d = hexDigit(line[i + k]);
            if (d < 0)
                return false;
            value = (value << 4) + unsigned(d);
        }
        if ((value >= 0xD800 && value <= 0xDFFF) || value > 0x10FFFF)
            return false;
        appendUtf8(out, value);
        i += digits;
    }
    return false;
}

bool readSingleQuoted(std::string_view line, int from, int &to, std::string &out)
{
    const int size = int(line.size());
    int i = from + 1;
    while (i < size) {
        const size_t quote = line.find('\'', size_t(i));
        if (quote == std::string_view::npos)
            return false;
        out.append(line.data() + i, quote - size_t(i));
        i = int(quote);
        if (i + 1 < size && line[i + 1] == '\'') {
            out += '\''; // '' is one quote
            i += 2;
            continue;
        }
        to = i + 1;
        return true;
    }
    return false;
}

// Bytes yaml-cpp might read otherwise than as text: control characters but the line feed (tabs
// included, which YAML forbids in indentation), a carriage return not before a line feed, and the
// code points YAML treats as line breaks or byte order marks (NEL and the C1 controls, LS, PS,
// BOM) or that are not characters (U+FFFE, U+FFFF). The text is valid UTF-8: parsePattern has
// checked.
bool hasDoubtfulBytes(std::string_view text)
{
    const auto *s = reinterpret_cast<const unsigned char *>(text.data());
    const size_t n = text.size();
    for (size_t i = 0; i < n; ++i) {
        const unsigned char c = s[i];
        if (c >= 0x20 && c < 0x7F)
            continue;
        if (c == '\n')
            continue;
        if (c == '\r') {
            if (i + 1 < n && s[i + 1] == '\n')
                continue;
            return true;
        }
        if (c < 0x80)
            return true; // other controls, DEL
        if (c == 0xC2 && i + 1 < n && s[i + 1] < 0xA0)
            return true; // U+0080 to U+009F
        if (c == 0xE2 && i + 2 < n && s[i + 1] == 0x80 && (s[i + 2] == 0xA8 || s[i + 2] == 0xA9))
            return true;
        if (c == 0xEF && i + 2 < n
            && ((s[i + 1] == 0xBB && s[i + 2] == 0xBF) || (s[i + 1] == 0xBF && s[i + 2] >= 0xBE)))
            return true;
    }
    return false;
}

} // namespace

FastNodeData &FastFrontMatter::add(FastNode::Type type, int pos)
{
    FastNodeData &d = m_nodes.emplace_back();
    d.type = type;
    d.pos = pos;
    return d;
}

bool FastFrontMatter::read(std::string_view text)
{
    m_nodes.clear();
    m_open = nullptr;
    m_itemIndent = -1;
    if (hasDoubtfulBytes(text))
        return false;
    add(FastNode::Type::Map, 0);
    const int size = int(text.size());
    int start = 0;
    while (start < size) {
        const size_t nl = text.find('\n', size_t(start));
        const int next = nl == std::string_view::npos ? size : int(nl) + 1;
        int end = nl == std::string_view::npos ? size : int(nl);
        if (end > start && text[end - 1] == '\r')
            --end;
        if (!readLine(text, start, end))
            return false;
        start = next;
    }
    return true;
}

// One line of the front matter, [start, end) of `text` without its line break.
bool FastFrontMatter::readLine(std::string_view text, int start, int end)
{
    const std::string_view line = text.substr(size_t(start), size_t(end - start));
    int indent = 0;
    while (indent < int(line.size()) && line[indent] == ' ')
        ++indent;
    if (indent == int(line.size()) || line[indent] == '#')
        return true; // blank or a comment: YAML reads neither as part of a value
    if (line[indent] == '-' && (indent + 1 == int(line.size()) || line[indent + 1] == ' '))
        return readItemLine(line, start, indent);
    if (indent > 0)
        return false; // a continued scalar, a nested mapping, odd indentation: yaml-cpp's to read
    return readKeyLine(line, start);
}

// "key: value" at column 0.
bool FastFrontMatter::readKeyLine(std::string_view line, int start)
{
    m_open = nullptr;
    m_itemIndent = -1;
    const int size = int(line.size());
    // Keys are words: anything else (quotes, spaces, '?', very long keys, which YAML limits) goes
    // to yaml-cpp.
    int i = 0;
    if (!(isAsciiAlnum(line[0]) || line[0] == '_'))
        return false;
    while (i < size && (isAsciiAlnum(line[i]) || line[i] == '_' || line[i] == '-'))
        ++i;
    if (i > 128 || i >= size || line[i] != ':' || (i + 1 < size && line[i + 1] != ' '))
        return false;
    const std::string_view key = line.substr(0, size_t(i));
    if (isNullWord(key))
        return false; // a null key
    FastNodeData &keyData = add(FastNode::Type::Scalar, start);
    keyData.text.assign(key);
    const FastNode keyNode(&keyData);

    int from = i + 1;
    while (from < size && line[from] == ' ')
        ++from;
    FastNode value;
    if (from == size || line[from] == '#') {
        // Nothing on the key's line: null, unless "- " lines follow.
        FastNodeData &d = add(FastNode::Type::Null, start + i + 1);
        m_open = &d;
        value = FastNode(&d);
    } else if (line[from] == '[') {
        if (!readFlowSequence(line, start, from, value))
            return false;
    } else {
        int to = from;
        if (!readScalar(line, start, from, to, false, value) || !restIsComment(line, to))
            return false;
    }
    m_nodes.front().pairs.emplace_back(keyNode, value);
    return true;
}

// "- item" under a key with nothing after its ':'.
bool FastFrontMatter::readItemLine(std::string_view line, int start, int indent)
{
    if (!m_open)
        return false; // a list after a scalar, or at the top: yaml-cpp's to read or to report
    if (m_itemIndent < 0) {
        m_open->type = FastNode::Type::Sequence;
        m_open->pos = start + indent;
        m_itemIndent = indent;
    } else if (indent != m_itemIndent) {
        return false; // items indented unlike the first: a nested or a broken list
    }
    int from = indent + 1;
    while (from < int(line.size()) && line[from] == ' ')
        ++from;
    if (from == int(line.size()) || line[from] == '#' || line[from] == '[')
        return false; // an empty item, or a nested list
    FastNode item;
    int to = from;
    if (!readScalar(line, start, from, to, false, item) || !restIsComment(line, to))
        return false;
    m_open->items.push_back(item);
    return true;
}

// A scalar starting at `from`, on one line: quoted, or plain up to a comment (block context) or to
// ',' or ']' (inside a flow list). Sets `to` just past it.
bool FastFrontMatter::readScalar(std::string_view line, int start, int from, int &to, bool inFlow, FastNode &out)
{
    const int size = int(line.size());
    const char c = line[from];
    if (c == '"' || c == '\'') {
        FastNodeData &d = add(FastNode::Type::Scalar, start + from);
        d.plain = false;
        const bool closed =
            c == '"' ? readDoubleQuoted(line, from, to, d.text) : readSingleQuoted(line, from, to, d.text);
        out = FastNode(&d);
        return closed;
    }
    if (!mayStartPlain(line, from))
        return false;
    int end = from;
    if (inFlow) {
        // Stops at ',' or ']'. Whatever YAML makes of ':', '?', '#', quotes and brackets inside a
        // flow item (yaml-cpp and the YAML spec differ on some) is left to yaml-cpp.
        while (end < size && line[end] != ',' && line[end] != ']') {
            switch (line[end]) {
            case ':':
            case '?':
            case '#':
            case '[':
            case '{':
            case '}':
            case '"':
            case '\'':
                return false;
            default:
                ++end;
            }
        }
        if (end == size)
            return false; // the list runs on to the next line
        to = end;
    } else {
        // Stops at " #", a comment. ": " or a final ':' would make a mapping, or an error.
        while (end < size && !(line[end] == '#' && line[end - 1] == ' ')) {
            if (line[end] == ':' && (end + 1 == size || line[end + 1] == ' '))
                return false;
            ++end;
        }
    }
    while (end > from && line[end - 1] == ' ')
        --end;
    if (!inFlow)
        to = end; // before the blanks, so that restIsComment sees them
    const std::string_view text = line.substr(size_t(from), size_t(end - from));
    if (isNullWord(text)) {
        out = FastNode(&add(FastNode::Type::Null, start + from));
        return true;
    }
    FastNodeData &d = add(FastNode::Type::Scalar, start + from);
    d.text.assign(text);
    out = FastNode(&d);
    return true;
}

// "[a, 'b', 3]" closed on the line where it opens, holding scalars only.
bool FastFrontMatter::readFlowSequence(std::string_view line, int start, int from, FastNode &out)
{
    const int size = int(line.size());
    FastNodeData &seq = add(FastNode::Type::Sequence, start + from);
    seq.flow = true;
    out = FastNode(&seq);
    int i = from + 1;
    while (i < size && line[i] == ' ')
        ++i;
    if (i < size && line[i] == ']')
        return restIsComment(line, i + 1);
    while (i < size) {
        FastNode item;
        int to = i;
        if (!readScalar(line, start, i, to, true, item))
            return false;
        seq.items.push_back(item);
        i = to;
        while (i < size && line[i] == ' ')
            ++i;
        if (i >= size)
            return false;
        if (line[i] == ']')
            return restIsComment(line, i + 1);
        if (line[i] != ',')
            return false;
        ++i;
        while (i < size && line[i] == ' ')
            ++i;
        if (i < size && line[i] == ']')
            return false; // a trailing comma
    }
    return false;
}

// Nothing but blanks from `from` to the end of the line, or blanks and then a comment.
bool FastFrontMatter::restIsComment(std::string_view line, int from) const
{
    int i = from;
    while (i < int(line.size()) && line[i] == ' ')
        ++i;
    if (i == int(line.size()))
        return true;
    return line[i] == '#' && i > from;
}

} // namespace pb::frontmatter
