// A front matter read for the writer: where each key and its value lie in the file, byte for
// byte, so that an edit replaces exactly its span (frontmatterfields.cpp reads the values).

#include "format/frontmatternodes_p.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QVarLengthArray>
#include <limits>

namespace pb::frontmatter {

namespace {
// The context of these messages for Qt Linguist.
class FrontMatterTr
{
    Q_DECLARE_TR_FUNCTIONS(pb::FrontMatter)
};
} // namespace

void report(Pattern &pattern, Code code, int offset, const QString &message)
{
    const TextPosition pos = pattern.position(offset);
    pattern.diagnostics.append(Diagnostic{code, message, pattern.path, pos.line, pos.column});
}

int offsetOf(const Pattern &pattern, const YAML::Mark &mark)
{
    if (mark.pos < 0)
        return pattern.layout.frontMatter.start;
    return std::min(pattern.layout.frontMatter.start + mark.pos, pattern.layout.frontMatter.end);
}

int scanQuoted(const QByteArray &text, int start, int limit)
{
    const char quote = text.at(start);
    int i = start + 1;
    while (i < limit) {
        const char c = text.at(i);
        if (quote == '"' && c == '\\') {
            i += 2;
            continue;
        }
        if (c == quote) {
            if (quote == '\'' && i + 1 < limit && text.at(i + 1) == '\'') {
                i += 2;
                continue;
            }
            return i + 1;
        }
        ++i;
    }
    return limit;
}

int scanFlow(const QByteArray &text, int start, int limit)
{
    int depth = 0;
    int i = start;
    while (i < limit) {
        const char c = text.at(i);
        if (c == '"' || c == '\'') {
            i = scanQuoted(text, i, limit);
            continue;
        }
        if (c == '#' && i > start && (text.at(i - 1) == ' ' || text.at(i - 1) == '\t')) {
            while (i < limit && text.at(i) != '\n')
                ++i;
            continue;
        }
        if (c == '[' || c == '{') {
            ++depth;
        } else if (c == ']' || c == '}') {
            if (--depth == 0)
                return i + 1;
        }
        ++i;
    }
    return limit;
}

namespace {

bool isBlank(char c) { return c == ' ' || c == '\t'; }

// End of a plain scalar on one line: before a " #" comment, without trailing blanks.
int plainEnd(const QByteArray &text, int from, int lineEnd)
{
    int end = lineEnd;
    for (int i = from; i < lineEnd; ++i) {
        if (text.at(i) == '#' && i > from && isBlank(text.at(i - 1))) {
            end = i;
            break;
        }
    }
    while (end > from && isBlank(text.at(end - 1)))
        --end;
    return end;
}

// End of a plain scalar inside a flow collection.
int plainFlowEnd(const QByteArray &text, int from, int limit)
{
    int i = from;
    while (i < limit) {
        const char c = text.at(i);
        if (c == ',' || c == ']' || c == '}' || c == '\n' || c == '\r')
            break;
        if (c == '#' && i > from && isBlank(text.at(i - 1)))
            break;
        ++i;
    }
    while (i > from && isBlank(text.at(i - 1)))
        --i;
    return i;
}

int firstNonBlank(const QByteArray &text, int from, int end)
{
    while (from < end && isBlank(text.at(from)))
        ++from;
    return from;
}

// The last line in (keyLine, lastLine] that holds content, or keyLine. Blank lines never do;
// comment lines don't, except inside a block scalar, where a '#' indented past the key is text.
int lastContentLine(const Pattern &p, int keyLine, int lastLine, int keyIndent, bool blockScalar)
{
    for (int line = lastLine; line > keyLine; --line) {
        const int start = p.index.lineStart(line);
        const int end = p.index.lineEnd(line);
        const int first = firstNonBlank(p.bytes, start, end);
        if (first >= end)
            continue;
        if (p.bytes.at(first) == '#' && (!blockScalar || first - start <= keyIndent))
            continue;
        return line;
    }
    return keyLine;
}

ValueStyle scalarStyle(char c)
{
    switch (c) {
    case '"':
        return ValueStyle::DoubleQuoted;
    case '\'':
        return ValueStyle::SingleQuoted;
    case '|':
    case '>':
        return ValueStyle::BlockScalar;
    default:
        return ValueStyle::Plain;
    }
}

template <typename Node>
bool readItems(Pattern &p, FrontMatterEntry &entry, const Node &value)
{
    const QByteArray &t = p.bytes;
    if (entry.style == ValueStyle::FlowSequence) {
        int previous = entry.value.start;
        for (const Node &item : value) {
            const int start = at(p, item);
            if (start <= previous || start >= entry.value.end)
                return false;
            int end;
            const char c = t.at(start);
            if (item.IsScalar() && (c == '"' || c == '\''))
                end = scanQuoted(t, start, entry.value.end);
            else if (c == '[' || c == '{')
                end = scanFlow(t, start, entry.value.end);
            else
                end = plainFlowEnd(t, start, entry.value.end);
            if (entry.items.isEmpty() && item.IsScalar())
                entry.itemStyle = scalarStyle(c);
            entry.items.append({start, end});
            previous = end - 1;
        }
        return true;
    }
    if (entry.style == ValueStyle::BlockSequence) {
        int previousLineStart = -1;
        for (const Node &item : value) {
            int dash = at(p, item) - 1;
            while (dash > entry.colonEnd && (isBlank(t.at(dash)) || t.at(dash) == '\n' || t.at(dash) == '\r'))
                --dash;
            if (dash <= entry.colonEnd || t.at(dash) != '-')
                return false;
            const int line = p.index.lineAt(dash);
            const int lineStart = p.index.lineStart(line);
            if (firstNonBlank(t, lineStart, dash) != dash || lineStart <= previousLineStart)
                return false;
            if (entry.items.isEmpty())
                entry.itemIndent = dash - lineStart;
            else
                entry.items.last().end = lineStart;
            entry.items.append({lineStart, entry.lines.end});
            if (entry.items.size() == 1 && item.IsScalar()) {
                const int content = at(p, item);
                entry.itemStyle = scalarStyle(t.at(content));
            }
            previousLineStart = lineStart;
        }
        return true;
    }
    return true;
}

} // namespace

namespace {
// The writer leaves such a front matter alone; the first reason found is the one given.
void notEditable(Pattern &p, const QString &why)
{
    if (p.editable || p.notEditable.isEmpty())
        p.notEditable = why;
    p.editable = false;
}
} // namespace

namespace {

template <typename Node>
void readEntriesOf(Pattern &p, const Node &root)
{
    p.editable = true;
    if (!root.IsMap())
        return notEditable(p, FrontMatterTr::tr("the front matter is not a mapping of keys and values"));
    if (isFlow(root))
        return notEditable(p, FrontMatterTr::tr("the front matter is written as one flow mapping ({key: value, ...})"));
    const QByteArray &t = p.bytes;
    const Span fm = p.layout.frontMatter;
    const int lastFmLine = fm.isEmpty() ? 0 : p.index.lineAt(fm.end - 1);

    struct KeyAt
    {
        Node key, value;
        int offset;
    };
    QList<KeyAt> keys;
    for (const auto &[key, value] : pairsOf(root))
        keys.append({key, value, at(p, key)});

    for (int i = 0; i < keys.size(); ++i) {
        const KeyAt &k = keys.at(i);
        FrontMatterEntry entry;
        entry.key = QString::fromStdString(k.key.IsScalar() ? k.key.Scalar() : std::string());
        const int keyLine = p.index.lineAt(k.offset);
        const int keyLineStart = p.index.lineStart(keyLine);
        const int keyLineEnd = p.index.lineEnd(keyLine);
        const int keyIndent = k.offset - keyLineStart;
        const int lastLine = i + 1 < keys.size() ? p.index.lineAt(keys.at(i + 1).offset) - 1 : lastFmLine;
        const int regionEnd = p.index.nextLineStart(lastLine);

        // The key as written, then its colon.
        int keyEnd;
        if (t.at(k.offset) == '"' || t.at(k.offset) == '\'') {
            keyEnd = scanQuoted(t, k.offset, keyLineEnd);
        } else {
            keyEnd = k.offset;
            while (keyEnd < keyLineEnd
                   && !(t.at(keyEnd) == ':'
                        && (keyEnd + 1 == keyLineEnd || isBlank(t.at(keyEnd + 1)))))
                ++keyEnd;
        }
        int colon = firstNonBlank(t, keyEnd, keyLineEnd);
        while (keyEnd > k.offset && isBlank(t.at(keyEnd - 1)))
            --keyEnd;
        if (colon >= keyLineEnd || t.at(colon) != ':' || !k.key.IsScalar()
            || firstNonBlank(t, keyLineStart, k.offset) != k.offset) {
            const QString what = k.key.IsScalar() ? FrontMatterTr::tr("the key '%1'").arg(entry.key)
                                                  : FrontMatterTr::tr("a key that is not plain text");
            return notEditable(p, FrontMatterTr::tr("%1 on line %2 is not written as 'key: value' at the start of its line")
                                      .arg(what)
                                      .arg(keyLine));
        }
        entry.keyText = {k.offset, keyEnd};
        entry.colonEnd = colon + 1;

        const int sameLine = firstNonBlank(t, entry.colonEnd, keyLineEnd);
        const bool valueOnKeyLine = sameLine < keyLineEnd && t.at(sameLine) != '#';
        const Node &v = k.value;
        int start = valueOnKeyLine ? sameLine : at(p, v);
        int end = start;
        if (v.IsNull() || !v.IsDefined()) {
            entry.style = ValueStyle::Null;
            if (valueOnKeyLine) {
                end = plainEnd(t, start, keyLineEnd);
            } else {
                start = end = entry.colonEnd;
            }
        } else if (v.IsScalar()) {
            const char c = t.at(start);
            entry.style = scalarStyle(c);
            if (entry.style == ValueStyle::DoubleQuoted || entry.style == ValueStyle::SingleQuoted) {
                end = scanQuoted(t, start, regionEnd);
                // yaml-cpp accepts a quoted scalar left open at the end of its input, which here
                // swallows every key after it: say so rather than report them missing.
                if (end == regionEnd && (end - 1 == start || t.at(end - 1) != c) && i + 1 == keys.size())
                    report(p, Code::YamlSyntax, start,
                           FrontMatterTr::tr("YAML: the quoted text of '%1' is never closed with %2")
                               .arg(entry.key, QString(QLatin1Char(c))));
            } else {
                const bool block = entry.style == ValueStyle::BlockScalar;
                const int last = lastContentLine(p, keyLine, lastLine, keyIndent, block);
                if (block) {
                    end = last == keyLine ? plainEnd(t, start, keyLineEnd) : p.index.lineEnd(last);
                } else if (last == keyLine) {
                    end = plainEnd(t, start, keyLineEnd);
                } else {
                    const int from = firstNonBlank(t, p.index.lineStart(last), p.index.lineEnd(last));
                    end = plainEnd(t, from, p.index.lineEnd(last));
                }
            }
        } else if (isFlow(v)) {
            entry.style = v.IsSequence() ? ValueStyle::FlowSequence : ValueStyle::FlowMapping;
            if (t.at(start) != '[' && t.at(start) != '{')
                return notEditable(p, FrontMatterTr::tr("'%1' has an anchor or a tag before its value, on line %2")
                                          .arg(entry.key)
                                          .arg(keyLine));
            end = scanFlow(t, start, regionEnd);
        } else {
            entry.style = v.IsSequence() ? ValueStyle::BlockSequence : ValueStyle::BlockMapping;
            if (valueOnKeyLine) // an anchor or tag before a block collection: leave it alone
                notEditable(p, FrontMatterTr::tr("'%1' has an anchor or a tag before its value, on line %2")
                                   .arg(entry.key)
                                   .arg(keyLine));
            start = at(p, v);
            const int last = lastContentLine(p, keyLine, lastLine, keyIndent, false);
            end = p.index.lineEnd(last);
        }
        entry.value = {start, std::max(start, end)};
        const int valueLastLine = p.index.lineAt(std::max(entry.value.end - 1, entry.colonEnd - 1));
        entry.lines = {keyLineStart, p.index.nextLineStart(valueLastLine)};
        if (!readItems(p, entry, v))
            notEditable(p, FrontMatterTr::tr("the items of '%1' (line %2) are written in a form whose place in the file "
                                          "cannot be found exactly, such as an item with an anchor or a tag")
                               .arg(entry.key)
                               .arg(keyLine));
        p.entries.append(entry);
    }
}

} // namespace

void readEntries(Pattern &pattern, const YAML::Node &root) { readEntriesOf(pattern, root); }

void readEntries(Pattern &pattern, const FastNode &root) { readEntriesOf(pattern, root); }

} // namespace pb::frontmatter
