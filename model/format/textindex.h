#pragma once

#include <QByteArray>
#include <QList>
#include <memory>

namespace pb {

// A half-open range of bytes [start, end) in a file's original bytes.
struct Span
{
    int start = 0;
    int end = 0;
    int length() const { return end - start; }
    bool isEmpty() const { return end <= start; }
    bool contains(int offset) const { return offset >= start && offset < end; }
    friend bool operator==(const Span &, const Span &) = default;
};

struct TextPosition
{
    int line = 0; // 1-based
    int column = 0; // 1-based, in Unicode code points
};

// Maps byte offsets of one file to lines and columns, both ways. Diagnostics speak in lines and
// columns (code points, as editors count); the writer and cmark speak in bytes.
class TextIndex
{
public:
    TextIndex() = default;
    explicit TextIndex(const QByteArray &text);

    int lineCount() const { return int(m_lineStarts.size()); }
    // Byte offset where 1-based `line` starts; text size past the last line.
    int lineStart(int line) const;
    // Byte offset of the line break ending `line` (or of the text's end).
    int lineEnd(int line) const;
    // Offset just past the line break ending `line`.
    int nextLineStart(int line) const;
    int lineAt(int offset) const;
    TextPosition position(int offset) const;
    // Offset of a 1-based line and 1-based byte column, as cmark reports them.
    int offset(int line, int byteColumn) const;

    const QByteArray &text() const { return m_text; }

private:
    int continuationBytes(int from, int to) const;

    QByteArray m_text;
    QList<int> m_lineStarts;
    // For very long lines only: UTF-8 continuation bytes before each 256-byte block, built on first
    // need, so that columns far along a line cost a block's scan, not the line's.
    struct Blocks;
    std::shared_ptr<Blocks> m_blocks;
};

// Offset of the first byte that is not part of a well-formed UTF-8 sequence, or -1 if the whole
// text is valid. Written here because QStringDecoder reports that an error happened, not where,
// and every diagnostic must name a line and column.
int firstInvalidUtf8(const char *data, int size);

// The line ending the file mostly uses ("\n" unless CRLF lines outnumber LF lines).
QByteArray dominantLineEnding(const QByteArray &text);

} // namespace pb
