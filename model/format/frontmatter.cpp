#include "format/frontmatter_p.h"
#include "format/fastfrontmatter_p.h"
#include "format/textdiff.h"
#include "format/yamlsupport_p.h"

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

// readEntries and readFields are templates over the node type: YAML::Node from yaml-cpp, or
// FastNode from the fast reader (fastfrontmatter_p.h explains why there are two). What the two
// spell differently is spelled here, once for each.
int at(const Pattern &p, const YAML::Node &node) { return offsetOf(p, node.Mark()); }

int at(const Pattern &p, const FastNode &node)
{
    if (node.pos() < 0)
        return p.layout.frontMatter.start;
    return std::min(p.layout.frontMatter.start + node.pos(), p.layout.frontMatter.end);
}

bool isFlow(const YAML::Node &node) { return node.Style() == YAML::EmitterStyle::Flow; }
bool isFlow(const FastNode &node) { return node.isFlow(); }

yaml::Resolved resolved(const YAML::Node &node) { return yaml::resolve(node); }

// As yaml::resolve: the fast reader's scalars are plain (tag "?") or quoted (tag "!") only.
yaml::Resolved resolved(const FastNode &node)
{
    if (node.IsNull())
        return {};
    if (!node.IsScalar() || !node.isPlain())
        return {yaml::Kind::String};
    return yaml::resolvePlain(node.Scalar());
}

bool isPlain(const YAML::Node &node) { return yaml::isPlain(node); }
bool isPlain(const FastNode &node) { return node.isPlain(); }

// A mapping's keys and values in the order written.
std::vector<std::pair<YAML::Node, YAML::Node>> pairsOf(const YAML::Node &map)
{
    std::vector<std::pair<YAML::Node, YAML::Node>> pairs;
    pairs.reserve(map.size());
    for (auto it = map.begin(); it != map.end(); ++it)
        pairs.emplace_back(it->first, it->second);
    return pairs;
}

const std::vector<std::pair<FastNode, FastNode>> &pairsOf(const FastNode &map) { return map.pairs(); }

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

namespace {

// A value read from the front matter, with the offset to report problems at.
template <typename Node>
struct Field
{
    Node node;
    int offset = 0;
    bool present = false;
};

template <typename Node>
QString quoted(const Node &node)
{
    if (node.IsScalar())
        return QLatin1Char('"') + QString::fromStdString(node.Scalar()) + QLatin1Char('"');
    if (node.IsSequence())
        return FrontMatterTr::tr("a list");
    if (node.IsMap())
        return FrontMatterTr::tr("a mapping");
    return FrontMatterTr::tr("nothing");
}

template <typename Node>
QString kindOf(const Node &node)
{
    if (node.IsSequence())
        return FrontMatterTr::tr("a list");
    if (node.IsMap())
        return FrontMatterTr::tr("a mapping");
    if (node.IsNull())
        return QStringLiteral("null");
    switch (resolved(node).kind) {
    case yaml::Kind::Null:
        return QStringLiteral("null");
    case yaml::Kind::Bool:
        return FrontMatterTr::tr("a boolean");
    case yaml::Kind::Int:
        return FrontMatterTr::tr("a number");
    case yaml::Kind::Float:
        return FrontMatterTr::tr("a decimal number");
    case yaml::Kind::String:
        return isPlain(node) ? FrontMatterTr::tr("text") : FrontMatterTr::tr("a quoted string");
    }
    return QString();
}

// Reads an integer in [min, max]; reports and returns nullopt otherwise.
template <typename Node>
std::optional<int> readInt(Pattern &p, const Field<Node> &f, const QString &key, int min, int max,
                           const QString &what)
{
    const Node &n = f.node;
    const yaml::Resolved r = resolved(n);
    if (!n.IsScalar() || r.kind != yaml::Kind::Int) {
        QString msg = FrontMatterTr::tr("'%1' must be %2, not %3").arg(key, what, kindOf(n));
        if (n.IsScalar() && !isPlain(n)
            && yaml::resolvePlain(n.Scalar()).kind == yaml::Kind::Int)
            msg += FrontMatterTr::tr(" (write it without quotes: %1: %2)")
                       .arg(key, QString::fromStdString(n.Scalar()));
        else if (n.IsScalar())
            msg += QStringLiteral(" (%1)").arg(quoted(n));
        report(p, Code::WrongType, f.offset, msg);
        return std::nullopt;
    }
    if (r.overflow || r.integer < min || r.integer > max) {
        report(p, Code::OutOfRange, f.offset,
               FrontMatterTr::tr("'%1' must be %2, not %3")
                   .arg(key, what, QString::fromStdString(n.Scalar())));
        return std::nullopt;
    }
    return int(r.integer);
}

template <typename Node>
QList<int> readIdList(Pattern &p, const Field<Node> &f, const QString &key)
{
    QList<int> ids;
    if (!f.present || f.node.IsNull())
        return ids;
    if (!f.node.IsSequence()) {
        report(p, Code::WrongType, f.offset,
               FrontMatterTr::tr("'%1' must be a list of pattern ids such as [3, 12], not %2")
                   .arg(key, kindOf(f.node)));
        return ids;
    }
    for (const Node &item : f.node) {
        const Field<Node> itemField{item, at(p, item), true};
        if (auto id = readInt(p, itemField, key, 1, std::numeric_limits<int>::max(),
                              FrontMatterTr::tr("a list of pattern ids (whole numbers from 1)")))
            ids.append(*id);
    }
    return ids;
}

template <typename Node>
QStringList readStringList(Pattern &p, const Field<Node> &f, const QString &key)
{
    QStringList out;
    if (!f.present || f.node.IsNull())
        return out;
    if (!f.node.IsSequence()) {
        report(p, Code::WrongType, f.offset,
               FrontMatterTr::tr("'%1' must be a list such as [a, b], not %2").arg(key, kindOf(f.node)));
        return out;
    }
    for (const Node &item : f.node) {
        if (!item.IsScalar()) {
            report(p, Code::WrongType, at(p, item),
                   FrontMatterTr::tr("each item of '%1' must be text, not %2").arg(key, kindOf(item)));
            continue;
        }
        out.append(QString::fromStdString(item.Scalar()));
    }
    return out;
}

QString suggestionFor(const QString &key)
{
    static const QHash<QString, QString> aliases = {
        {QStringLiteral("context"), QStringLiteral("context_patterns")},
        {QStringLiteral("completion"), QStringLiteral("completion_patterns")},
        {QStringLiteral("completions"), QStringLiteral("completion_patterns")},
        {QStringLiteral("contexts"), QStringLiteral("context_patterns")},
        {QStringLiteral("tag"), QStringLiteral("tags")},
        {QStringLiteral("title"), QStringLiteral("name")},
    };
    const QString lower = key.toLower();
    if (aliases.contains(lower))
        return aliases.value(lower);
    for (const QString &known : knownKeys()) {
        if (lower == known || lower == QString(known).replace(QLatin1Char('_'), QLatin1Char('-')))
            return known;
        if (key.size() >= 4 && editDistance(lower, known) <= 2)
            return known;
    }
    return QString();
}

// Plain ASCII kebab-case, [a-z0-9]+(-[a-z0-9]+)*: what nearly every tag is, answered without the
// regular expression below, which costs more than reading the whole front matter.
bool isAsciiKebabCase(const QString &tag)
{
    bool wordStart = true;
    for (const QChar c : tag) {
        const char16_t u = c.unicode();
        if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9')) {
            wordStart = false;
        } else if (u == '-' && !wordStart) {
            wordStart = true;
        } else {
            return false;
        }
    }
    return !wordStart;
}

bool isKebabCase(const QString &tag)
{
    if (isAsciiKebabCase(tag))
        return true; // a subset of the expression's language: the rest is for it to decide
    static const QRegularExpression re(QStringLiteral("^[\\p{Ll}\\p{Lo}\\p{Nd}]+(-[\\p{Ll}\\p{Lo}\\p{Nd}]+)*$"));
    return re.match(tag).hasMatch();
}

// The keys met so far, to find duplicates: a front matter has a dozen, which a scan finds sooner
// than a hash; past a few dozen, a hash.
class KeySet
{
public:
    // False when `key` was there already.
    bool insert(const QString &key)
    {
        if (!m_many.isEmpty()) {
            const qsizetype before = m_many.size();
            m_many.insert(key);
            return m_many.size() != before;
        }
        if (std::find(m_few.cbegin(), m_few.cend(), key) != m_few.cend())
            return false;
        m_few.append(key);
        if (m_few.size() > 32)
            m_many = QSet<QString>(m_few.cbegin(), m_few.cend());
        return true;
    }

private:
    QVarLengthArray<QString, 33> m_few;
    QSet<QString> m_many;
};

template <typename Node>
void readFieldsOf(Pattern &p, const Node &root)
{
    using Field = frontmatter::Field<Node>;
    // Only known keys are looked up below: held by their index in knownKeys().
    const QStringList &known = knownKeys();
    QVarLengthArray<Field, 16> fields(known.size());
    auto field = [&](const QString &key) -> const Field & {
        Q_ASSERT(known.contains(key));
        return fields[known.indexOf(key)];
    };
    KeySet seen;
    for (const auto &[keyNode, valueNode] : pairsOf(root)) {
        const int keyOffset = at(p, keyNode);
        if (!keyNode.IsScalar()) {
            report(p, Code::WrongType, keyOffset, FrontMatterTr::tr("a key must be plain text"));
            continue;
        }
        const QString key = QString::fromStdString(keyNode.Scalar());
        if (!seen.insert(key)) {
            report(p, Code::DuplicateKey, keyOffset,
                   FrontMatterTr::tr("'%1' appears twice in the front matter").arg(key));
            continue;
        }
        const Node value = valueNode; // a copy, kept past the pairs
        const int valueOffset = value.IsNull() ? keyOffset : at(p, value);
        if (const int index = int(known.indexOf(key)); index >= 0) {
            fields[index] = Field{value, valueOffset, true};
        } else {
            const QString suggestion = suggestionFor(key);
            if (!suggestion.isEmpty())
                report(p, Code::UnknownKey, keyOffset,
                       FrontMatterTr::tr("unknown key '%1'; did you mean '%2'?").arg(key, suggestion));
        }
    }

    const int top = p.layout.openingLine.start;
    auto required = [&](const QString &key) -> const Field * {
        const Field &f = field(key);
        if (!f.present) {
            report(p, Code::MissingKey, top, FrontMatterTr::tr("required key '%1' is missing").arg(key));
            return nullptr;
        }
        if (f.node.IsNull()) {
            report(p, Code::EmptyValue, f.offset, FrontMatterTr::tr("'%1' has no value").arg(key));
            return nullptr;
        }
        return &f;
    };
    auto optional = [&](const QString &key) -> const Field * {
        const Field &f = field(key);
        return !f.present || f.node.IsNull() ? nullptr : &f;
    };

    PatternFields &out = p.fields;
    if (const Field *f = required(QStringLiteral("id"))) {
        if (auto id = readInt(p, *f, QStringLiteral("id"), 1, std::numeric_limits<int>::max(),
                              FrontMatterTr::tr("a whole number from 1 to 2,147,483,647")))
            out.id = *id;
    }
    if (const Field *f = required(QStringLiteral("name"))) {
        if (!f->node.IsScalar()) {
            report(p, Code::WrongType, f->offset,
                   FrontMatterTr::tr("'name' must be text, not %1").arg(kindOf(f->node)));
        } else {
            out.name = QString::fromStdString(f->node.Scalar()).simplified();
            if (out.name.isEmpty())
                report(p, Code::EmptyValue, f->offset, FrontMatterTr::tr("'name' is empty"));
        }
    }
    if (const Field *f = required(QStringLiteral("confidence"))) {
        if (auto c = readInt(p, *f, QStringLiteral("confidence"), 0, 2, FrontMatterTr::tr("0, 1 or 2")))
            out.confidence = *c;
    }
    if (const Field *f = optional(QStringLiteral("scale"))) {
        if (auto s = readInt(p, *f, QStringLiteral("scale"), 1, 10,
                             FrontMatterTr::tr("a whole number from 1 to 10")))
            out.scale = *s;
    }
    out.contextPatterns = readIdList(p, field(QStringLiteral("context_patterns")),
                                     QStringLiteral("context_patterns"));
    out.completionPatterns = readIdList(p, field(QStringLiteral("completion_patterns")),
                                        QStringLiteral("completion_patterns"));
    if (const Field *f = optional(QStringLiteral("ai_dimension"))) {
        const yaml::Resolved r = resolved(f->node);
        if (f->node.IsScalar() && r.kind == yaml::Kind::Bool) {
            out.aiDimension = r.boolean;
        } else {
            QString msg = FrontMatterTr::tr("'ai_dimension' must be true or false, not %1")
                              .arg(f->node.IsScalar() ? quoted(f->node) : kindOf(f->node));
            report(p, Code::WrongType, f->offset, msg);
        }
    }
    const Field &tags = field(QStringLiteral("tags"));
    out.tags = readStringList(p, tags, QStringLiteral("tags"));
    if (tags.present && tags.node.IsSequence()) {
        for (const Node &item : tags.node) {
            if (item.IsScalar() && !isKebabCase(QString::fromStdString(item.Scalar())))
                report(p, Code::TagNotKebabCase, at(p, item),
                       FrontMatterTr::tr("tag '%1' is not kebab-case (lowercase words joined by '-')")
                           .arg(QString::fromStdString(item.Scalar())));
        }
    }
    out.references = readStringList(p, field(QStringLiteral("references")),
                                    QStringLiteral("references"));
}

} // namespace

void readFields(Pattern &pattern, const YAML::Node &root) { readFieldsOf(pattern, root); }

void readFields(Pattern &pattern, const FastNode &root) { readFieldsOf(pattern, root); }

} // namespace pb::frontmatter
