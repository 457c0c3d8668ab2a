#include "format/textindex.h"

#include <algorithm>
#include <cstring>
#include <mutex>
#include <vector>

namespace pb {

struct TextIndex::Blocks
{
    std::once_flag built;
    std::vector<int> before; // continuation bytes in [0, k * BlockSize)
};

namespace {
constexpr int BlockSize = 256;
inline bool isContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Calls `f` with the offset of each '\n' of `text`, found by memchr (far faster than a loop).
template<typename F>
void forEachNewline(const QByteArray &text, F f)
{
    const char *data = text.constData();
    const char *end = data + text.size();
    for (const char *p = data; p < end;) {
        const void *nl = std::memchr(p, '\n', size_t(end - p));
        if (!nl)
            break;
        const char *at = static_cast<const char *>(nl);
        f(int(at - data));
        p = at + 1;
    }
}
} // namespace

TextIndex::TextIndex(const QByteArray &text)
    : m_text(text)
    , m_blocks(std::make_shared<Blocks>())
{
    m_lineStarts.reserve(text.size() / 40 + 1);
    m_lineStarts.append(0);
    forEachNewline(text, [this](int at) { m_lineStarts.append(at + 1); });
}

int TextIndex::lineStart(int line) const
{
    if (line < 1)
        return 0;
    if (line > lineCount())
        return int(m_text.size());
    return m_lineStarts.at(line - 1);
}

int TextIndex::nextLineStart(int line) const
{
    if (line >= lineCount())
        return int(m_text.size());
    return m_lineStarts.at(line);
}

int TextIndex::lineEnd(int line) const
{
    int end = nextLineStart(line);
    if (end > lineStart(line) && m_text.at(end - 1) == '\n') {
        --end;
        if (end > lineStart(line) && m_text.at(end - 1) == '\r')
            --end;
    }
    return end;
}

int TextIndex::lineAt(int offset) const
{
    auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset);
    return int(it - m_lineStarts.begin());
}

TextPosition TextIndex::position(int offset) const
{
    offset = std::clamp(offset, 0, int(m_text.size()));
    const int line = lineAt(offset);
    int start = lineStart(line);
    if (line == 1 && m_text.startsWith("\xEF\xBB\xBF") && offset >= 3)
        start = 3; // a byte order mark is not a column
    // A column counts characters: lead bytes, not continuation bytes (10xxxxxx).
    return {line, offset - start - continuationBytes(start, offset) + 1};
}

int TextIndex::continuationBytes(int from, int to) const
{
    auto count = [this](int a, int b) {
        int n = 0;
        for (int i = a; i < b; ++i)
            n += isContinuation(m_text.at(i)) ? 1 : 0;
        return n;
    };
    if (to - from < 2 * BlockSize || !m_blocks)
        return count(from, to);
    std::call_once(m_blocks->built, [this, &count] {
        auto &before = m_blocks->before;
        before.assign(size_t(m_text.size() / BlockSize + 2), 0);
        for (int k = 1; k < int(before.size()); ++k)
            before[k] = before[k - 1] + count((k - 1) * BlockSize, std::min<int>(k * BlockSize, int(m_text.size())));
    });
    auto upTo = [&](int offset) { return m_blocks->before[size_t(offset / BlockSize)] + count(offset / BlockSize * BlockSize, offset); };
    return upTo(to) - upTo(from);
}

int TextIndex::offset(int line, int byteColumn) const
{
    return std::min(lineStart(line) + std::max(byteColumn, 1) - 1, int(m_text.size()));
}

int firstInvalidUtf8(const char *data, int size)
{
    const auto *s = reinterpret_cast<const unsigned char *>(data);
    int i = 0;
    while (i < size) {
        // Mostly ASCII: eight bytes at a time while none has its high bit set.
        while (i + 8 <= size) {
            quint64 word;
            std::memcpy(&word, s + i, sizeof word);
            if (word & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= size)
            break;
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int need = 0;
        unsigned int min = 0;
        unsigned int cp = 0;
        if ((c & 0xE0) == 0xC0) {
            need = 1, min = 0x80, cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            need = 2, min = 0x800, cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            need = 3, min = 0x10000, cp = c & 0x07;
        } else {
            return i;
        }
        for (int k = 1; k <= need; ++k) {
            if (i + k >= size || (s[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8.
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += need + 1;
    }
    return -1;
}

QByteArray dominantLineEnding(const QByteArray &text)
{
    // One memchr pass: every CRLF is an LF with a CR before it. (QByteArray::count("\r\n") is a
    // substring search, and it and count('\n') were a fifth of parsing a front matter.)
    int lf = 0;
    int crlf = 0;
    forEachNewline(text, [&](int at) {
        ++lf;
        if (at > 0 && text.constData()[at - 1] == '\r')
            ++crlf;
    });
    return crlf * 2 > lf ? QByteArrayLiteral("\r\n") : QByteArrayLiteral("\n");
}

} // namespace pb
