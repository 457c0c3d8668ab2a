#include "format/editortext.h"

namespace pb {

namespace editortext {

namespace {
int bomLength(const QByteArray &bytes) { return bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0; }

// UTF-16 units of the UTF-8 sequence starting with `lead`.
int units(unsigned char lead) { return (lead & 0xF8) == 0xF0 ? 2 : 1; }
bool isContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }
} // namespace

QString fromBytes(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes.constData() + bomLength(bytes), bytes.size() - bomLength(bytes));
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text;
}

int byteOffset(const QByteArray &bytes, int position)
{
    int i = bomLength(bytes);
    int pos = 0;
    const int n = int(bytes.size());
    while (i < n && pos < position) {
        const auto c = static_cast<unsigned char>(bytes.at(i));
        if (c == '\r' && i + 1 < n && bytes.at(i + 1) == '\n') {
            i += 2; // one editor '\n'
            ++pos;
            continue;
        }
        if (isContinuation(c)) {
            ++i;
            continue;
        }
        pos += units(c);
        ++i;
        while (i < n && isContinuation(static_cast<unsigned char>(bytes.at(i))))
            ++i;
    }
    return i;
}

int position(const QByteArray &bytes, int offset)
{
    int i = bomLength(bytes);
    int pos = 0;
    offset = std::min<int>(offset, int(bytes.size()));
    while (i < offset) {
        const auto c = static_cast<unsigned char>(bytes.at(i));
        if (c == '\r' && i + 1 < bytes.size() && bytes.at(i + 1) == '\n') {
            if (i + 1 == offset)
                return pos; // between CR and LF: the line break itself
            i += 2;
            ++pos;
            continue;
        }
        if (!isContinuation(c))
            pos += units(c);
        ++i;
    }
    return pos;
}

QByteArray toBytes(const QString &text, const QByteArray &lineEnding)
{
    QByteArray out = text.toUtf8();
    if (lineEnding != "\n")
        out.replace("\n", lineEnding);
    return out;
}

} // namespace editortext

Splice spliceBetween(const QByteArray &before, const QByteArray &after)
{
    const int shorter = int(std::min(before.size(), after.size()));
    int prefix = 0;
    while (prefix < shorter && before.at(prefix) == after.at(prefix))
        ++prefix;
    int suffix = 0;
    while (suffix < shorter - prefix && before.at(before.size() - 1 - suffix) == after.at(after.size() - 1 - suffix))
        ++suffix;
    // Cut between whole UTF-8 sequences, so that each side of the splice is text.
    auto continuation = [](const QByteArray &b, int i) {
        return i >= 0 && i < b.size() && (static_cast<unsigned char>(b.at(i)) & 0xC0) == 0x80;
    };
    while (prefix > 0 && (continuation(before, prefix) || continuation(after, prefix)))
        --prefix;
    while (suffix > 0 && (continuation(before, int(before.size()) - suffix) || continuation(after, int(after.size()) - suffix)))
        --suffix;
    Splice s;
    s.offset = prefix;
    s.removed = int(before.size()) - prefix - suffix;
    s.inserted = after.mid(prefix, after.size() - prefix - suffix);
    return s;
}

QByteArray applySplice(const QByteArray &bytes, const Splice &s)
{
    QByteArray out;
    out.reserve(bytes.size() - s.removed + s.inserted.size());
    out.append(bytes.constData(), s.offset);
    out.append(s.inserted);
    out.append(bytes.constData() + s.offset + s.removed, bytes.size() - s.offset - s.removed);
    return out;
}

} // namespace pb
