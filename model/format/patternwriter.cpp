#include "format/patternwriter.h"
#include "format/frontmatter_p.h"
#include "format/yamlsupport_p.h"
#include "format/yamlvalue.h"

#include <QCoreApplication>

namespace pb {

namespace {

// The context of these messages for Qt Linguist.
class WriterTr
{
    Q_DECLARE_TR_FUNCTIONS(pb::Writer)
};

struct Replacement
{
    Span span;
    QByteArray text;
};

QByteArray apply(const QByteArray &bytes, const Replacement &r)
{
    Q_ASSERT(r.span.start >= 0 && r.span.start <= r.span.end && r.span.end <= bytes.size());
    QByteArray out;
    out.reserve(bytes.size() + r.text.size() - r.span.length());
    out.append(bytes.constData(), r.span.start);
    out.append(r.text);
    out.append(bytes.constData() + r.span.end, bytes.size() - r.span.end);
    return out;
}

// Integers of any width compare as qint64; string lists as variant lists.
QVariant normalised(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return v.toLongLong();
    case QMetaType::QStringList:
    case QMetaType::QVariantList: {
        QVariantList out;
        for (const QVariant &item : v.toList())
            out.append(normalised(item));
        return out;
    }
    case QMetaType::QVariantMap: {
        QVariantMap out;
        const QVariantMap map = v.toMap();
        for (auto it = map.begin(); it != map.end(); ++it)
            out.insert(it.key(), normalised(it.value()));
        return out;
    }
    default:
        return v;
    }
}

bool isList(const QVariant &v)
{
    return v.typeId() == QMetaType::QVariantList || v.typeId() == QMetaType::QStringList;
}

ScalarStyle toScalarStyle(ValueStyle s)
{
    switch (s) {
    case ValueStyle::DoubleQuoted:
        return ScalarStyle::DoubleQuoted;
    case ValueStyle::SingleQuoted:
        return ScalarStyle::SingleQuoted;
    default:
        return ScalarStyle::Plain;
    }
}

// How a key is written when the file doesn't show us: as the reference pattern writes it.
ScalarStyle defaultScalarStyle(const QString &key)
{
    return key == QLatin1String("name") || key == QLatin1String("references") ? ScalarStyle::DoubleQuoted
                                                                               : ScalarStyle::Plain;
}

bool defaultBlockList(const QString &key) { return key == QLatin1String("references"); }

YAML::Node loadFrontMatter(const Pattern &p)
{
    const Span fm = p.layout.frontMatter;
    return YAML::Load(std::string(p.bytes.constData() + fm.start, size_t(fm.length())));
}

QByteArray blockItem(const QVariant &item, int indent, ScalarStyle style, const QByteArray &eol)
{
    return QByteArray(indent, ' ') + "- " + formatFlow(item, style) + eol;
}

// The quoting an item is written in, from its first character.
ScalarStyle styleOfText(const QByteArray &text)
{
    return text.startsWith('"') ? ScalarStyle::DoubleQuoted : text.startsWith('\'') ? ScalarStyle::SingleQuoted : ScalarStyle::Plain;
}

// A list of as many items as it had, some changed: each changed item's value is rewritten where it
// stands, in its own quoting, and everything around it stays: the list's layout over lines, its
// spacing, comments after items and between them. Empty when an item's value cannot be found
// exactly in its text (a folded or multi-line scalar, an anchor), and the list is then written
// as a whole.
std::optional<Replacement> replaceItemsInPlace(const Pattern &p, const FrontMatterEntry &e, const YAML::Node &old,
                                               const QVariantList &items)
{
    if (!old.IsSequence() || old.size() != size_t(items.size()) || e.items.size() != items.size())
        return std::nullopt;
    const bool flow = e.style == ValueStyle::FlowSequence;
    if (!flow && e.style != ValueStyle::BlockSequence)
        return std::nullopt;
    QList<QPair<Span, QByteArray>> changes;
    for (int i = 0; i < items.size(); ++i) {
        if (normalised(yaml::toVariant(old[i])) == normalised(items.at(i)))
            continue;
        if (!old[i].IsScalar() && !old[i].IsNull())
            return std::nullopt;
        Span value = e.items.at(i);
        if (!flow) {
            // A block item's lines: "  - value  # comment". The value runs from the node's mark to
            // a comment or the line's end, and must read back alone as the item.
            const int start = p.layout.frontMatter.start + int(old[i].Mark().pos);
            if (old[i].Mark().pos < 0 || start < value.start || start >= value.end)
                return std::nullopt;
            int end = int(p.bytes.indexOf('\n', start));
            end = end < 0 || end > value.end ? value.end : end;
            const QByteArray line = p.bytes.mid(start, end - start);
            int cut = int(line.indexOf(" #"));
            if (line.startsWith('"') || line.startsWith('\'')) {
                // A quoted value ends at its closing quote (\" inside double quotes, '' inside single).
                const char quote = line.at(0);
                cut = -1;
                for (int i = 1; i < line.size(); ++i) {
                    if (quote == '"' && line.at(i) == '\\') {
                        ++i;
                    } else if (line.at(i) == quote) {
                        if (quote == '\'' && i + 1 < line.size() && line.at(i + 1) == '\'') {
                            ++i;
                            continue;
                        }
                        cut = i + 1;
                        break;
                    }
                }
                if (cut < 0)
                    return std::nullopt; // the value goes on past its line
            }
            QByteArray text = cut >= 0 ? line.left(cut) : line;
            while (text.endsWith(' ') || text.endsWith('\r') || text.endsWith('\t'))
                text.chop(1);
            value = {start, start + int(text.size())};
        }
        const QByteArray text = p.bytes.mid(value.start, value.length());
        try {
            const YAML::Node alone = YAML::Load(std::string(text.constData(), size_t(text.size())));
            if (!yaml::same(alone, old[i]))
                return std::nullopt;
        } catch (const YAML::Exception &) {
            return std::nullopt;
        }
        changes.append({value, formatFlow(items.at(i), styleOfText(text))});
    }
    if (changes.isEmpty())
        return std::nullopt;
    const int from = changes.first().first.start, to = changes.last().first.end;
    QByteArray text;
    int at = from;
    for (const auto &[span, replacement] : changes) {
        text += p.bytes.mid(at, span.start - at) + replacement;
        at = span.end;
    }
    return Replacement{{from, to}, text};
}

// The new text for an entry that exists, as one replacement.
Replacement replaceValue(const Pattern &p, const FrontMatterEntry &e, const YAML::Node &old, const QVariant &value)
{
    const QByteArray &eol = p.layout.lineEnding;
    const ScalarStyle keyStyle = defaultScalarStyle(e.key);
    if (isList(value)) {
        const QVariantList items = value.toList();
        if (const std::optional<Replacement> inPlace = replaceItemsInPlace(p, e, old, items))
            return *inPlace;
        // Old items by value, so that kept items keep their own text.
        QList<QPair<QVariant, QByteArray>> oldItems;
        if (old.IsSequence() && old.size() == size_t(e.items.size())) {
            for (int i = 0; i < e.items.size(); ++i)
                oldItems.append({normalised(yaml::toVariant(old[i])), p.bytes.mid(e.items[i].start, e.items[i].length())});
        }
        auto reuse = [&](const QVariant &item) -> QByteArray {
            for (int i = 0; i < oldItems.size(); ++i) {
                if (oldItems.at(i).first == item) {
                    const QByteArray text = oldItems.at(i).second;
                    oldItems.removeAt(i);
                    return text;
                }
            }
            return {};
        };
        if (e.style == ValueStyle::FlowSequence) {
            const ScalarStyle style = e.items.isEmpty() ? keyStyle : toScalarStyle(e.itemStyle);
            const QByteArray separator = p.bytes.mid(e.value.start, e.value.length()).contains(", ") || e.items.size() < 2
                                             ? QByteArrayLiteral(", ")
                                             : QByteArrayLiteral(",");
            QByteArrayList parts;
            for (const QVariant &item : items) {
                const QByteArray kept = reuse(normalised(item));
                parts.append(kept.isEmpty() ? formatFlow(item, style) : kept);
            }
            return {e.value, "[" + parts.join(separator) + "]"};
        }
        if (e.style == ValueStyle::BlockSequence && !e.items.isEmpty() && !items.isEmpty()) {
            const ScalarStyle style = toScalarStyle(e.itemStyle);
            QByteArray text;
            for (const QVariant &item : items) {
                QByteArray kept = reuse(normalised(item));
                if (!kept.isEmpty() && !kept.endsWith('\n'))
                    kept += eol; // the last item of a file without a final newline
                text += kept.isEmpty() ? blockItem(item, e.itemIndent, style, eol) : kept;
            }
            // The last line keeps its own ending (or lack of one).
            const Span span{e.items.first().start, e.lines.end};
            const QByteArray oldTail = p.bytes.mid(span.start, span.length());
            if (!oldTail.endsWith('\n') && text.endsWith(eol))
                text.chop(eol.size());
            return {span, text};
        }
        // A list where there was none, or an empty one: written whole.
        const int valueEnd = std::max(e.value.end, e.colonEnd);
        if (defaultBlockList(e.key) && !items.isEmpty() && e.style != ValueStyle::FlowSequence) {
            QByteArray text;
            for (const QVariant &item : items)
                text += eol + QByteArray(2, ' ') + "- " + formatFlow(item, keyStyle);
            return {{e.colonEnd, valueEnd}, text};
        }
        return {{e.colonEnd, valueEnd}, " " + formatFlow(value, keyStyle)};
    }
    switch (e.style) {
    case ValueStyle::Plain:
    case ValueStyle::SingleQuoted:
    case ValueStyle::DoubleQuoted:
        if (value.typeId() != QMetaType::QVariantMap)
            return {e.value, formatScalar(value, toScalarStyle(e.style))};
        break;
    case ValueStyle::Null:
        if (!e.value.isEmpty())
            return {e.value, formatFlow(value, keyStyle)};
        return {{e.colonEnd, e.colonEnd}, " " + formatFlow(value, keyStyle)};
    default:
        break;
    }
    return {{e.colonEnd, std::max(e.value.end, e.colonEnd)}, " " + formatFlow(value, keyStyle)};
}

// Where a new key goes: after the known key before it in FORMAT.md's order, else before the first
// known key after it, else at the end of the front matter.
int insertionPoint(const Pattern &p, const QString &key)
{
    const int rank = int(knownKeys().indexOf(key));
    if (rank >= 0) {
        const FrontMatterEntry *before = nullptr;
        const FrontMatterEntry *after = nullptr;
        for (const FrontMatterEntry &e : p.entries) {
            const int r = int(knownKeys().indexOf(e.key));
            if (r < 0)
                continue;
            if (r < rank)
                before = &e;
            else if (!after)
                after = &e;
        }
        if (before)
            return before->lines.end;
        if (after)
            return after->lines.start;
    }
    return p.layout.frontMatter.end;
}

Replacement insertEntry(const Pattern &p, const QString &key, const QVariant &value)
{
    const QByteArray &eol = p.layout.lineEnding;
    const ScalarStyle style = defaultScalarStyle(key);
    const int at = insertionPoint(p, key);
    QByteArray keyText = formatScalar(key, ScalarStyle::Plain);
    QByteArray text;
    if (isList(value) && defaultBlockList(key) && !value.toList().isEmpty()) {
        text = keyText + ":" + eol;
        for (const QVariant &item : value.toList())
            text += blockItem(item, 2, style, eol);
    } else {
        text = keyText + ": " + formatFlow(value, style) + eol;
    }
    // The line before must end, or the new key would run on from it.
    if (at > 0 && p.bytes.at(at - 1) != '\n')
        text.prepend(eol);
    return {{at, at}, text};
}

EditResult refuse(const QString &error)
{
    EditResult r;
    r.error = error;
    return r;
}

// Edits change the front matter alone (the title aside, which is edited last), so the body's parse
// stays the original's: each step reads the front matter only.
Pattern reparse(const Pattern &p, const QByteArray &bytes)
{
    return parsePattern(p.fileName, p.path, bytes, ParseParts::FrontMatter);
}

bool frontMatterReadable(const Pattern &p, QString *why)
{
    // The file's own problems first: a file too large or not UTF-8 has no front matter to speak of.
    for (const Diagnostic &d : p.diagnostics) {
        if (d.code == Code::FileUnreadable || d.code == Code::NotUtf8) {
            *why = d.toString();
            return false;
        }
    }
    if (!p.layout.hasFrontMatter || !p.layout.terminated) {
        *why = WriterTr::tr("%1 has no complete front matter to edit").arg(p.path);
        return false;
    }
    for (const Diagnostic &d : p.diagnostics) {
        if (d.code == Code::YamlSyntax || d.code == Code::FrontMatterNotMapping || d.code == Code::DuplicateKey) {
            *why = WriterTr::tr("the front matter cannot be edited until this is fixed: %1").arg(d.toString());
            return false;
        }
    }
    if (!p.editable) {
        *why = WriterTr::tr("%1's front matter cannot be edited in place: %2")
                   .arg(p.path, p.notEditable.isEmpty() ? WriterTr::tr("its form is not understood") : p.notEditable);
        return false;
    }
    return true;
}

} // namespace

QByteArray markdownTitle(const QString &name, int confidence)
{
    QString escaped;
    for (QChar c : name) {
        if (QStringLiteral("\\*_`[]<#").contains(c))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    // A leading "#" needs no escape inside a heading, but "1." or "-" at the start would still be
    // read as heading text, so only the characters above matter.
    if (confidence > 0)
        escaped += QLatin1Char(' ') + QString(confidence, QLatin1Char('*'));
    return escaped.toUtf8();
}

EditResult applyEdits(const Pattern &original, const QList<FieldEdit> &edits)
{
    QString why;
    if (!frontMatterReadable(original, &why))
        return refuse(why);
    // Every check below compares values; aliases must not make that exponential.
    try {
        if (const QString problem = yaml::expansionProblem(loadFrontMatter(original)); !problem.isEmpty())
            return refuse(QStringLiteral("%1: %2").arg(original.path, problem));
    } catch (const YAML::Exception &e) {
        return refuse(yaml::message(e));
    }

    Pattern current = original;
    bool titleChange = false;
    for (const FieldEdit &edit : edits) {
        if (edit.key.isEmpty() || edit.key.contains(QLatin1Char('\n')))
            return refuse(WriterTr::tr("'%1' is not a key that can be set").arg(edit.key));
        const FrontMatterEntry *entry = current.entry(edit.key);
        Replacement r;
        if (edit.remove) {
            if (!entry)
                continue;
            r = {entry->lines, {}};
        } else if (entry) {
            YAML::Node old;
            try {
                old = loadFrontMatter(current)[edit.key.toStdString()];
            } catch (const YAML::Exception &e) {
                return refuse(yaml::message(e));
            }
            if (normalised(yaml::toVariant(old)) == normalised(edit.value) && old.IsDefined())
                continue; // nothing to change: not a byte moves
            r = replaceValue(current, *entry, old, edit.value);
        } else {
            r = insertEntry(current, edit.key, edit.value);
        }
        current = reparse(current, apply(current.bytes, r));
        if (!frontMatterReadable(current, &why))
            return refuse((edit.remove ? WriterTr::tr("removing '%1' would break the front matter: %2")
                                       : WriterTr::tr("setting '%1' would break the front matter: %2"))
                              .arg(edit.key, why));
        if (edit.key == QLatin1String("name") || edit.key == QLatin1String("confidence"))
            titleChange = true;
    }

    const PatternBody &body = original.body;
    if (titleChange && body.hasTitle && !current.fields.name.isEmpty() && body.titleText.start >= 0) {
        const int shift = current.layout.bodyStart - original.layout.bodyStart;
        const Span titleText{body.titleText.start + shift, body.titleText.end + shift};
        const bool nameChanged = current.fields.name != original.fields.name;
        const QByteArray oldText = current.bytes.mid(titleText.start, titleText.length());
        QByteArray text;
        if (nameChanged || body.title == current.fields.name) {
            text = markdownTitle(current.fields.name, std::max(current.fields.confidence, 0));
        } else {
            // Only the confidence changed and the title says something else: keep its words.
            QByteArray words = oldText;
            while (words.endsWith('*') || words.endsWith(' '))
                words.chop(1);
            text = words;
            if (current.fields.confidence > 0)
                text += ' ' + QByteArray(current.fields.confidence, '*');
        }
        if (text != oldText)
            current = reparse(current, apply(current.bytes, {titleText, text}));
    }

    // Check the result against the request: every edited key holds what was asked, every other
    // key what it held, and the body is untouched but for the title.
    try {
        const YAML::Node before = loadFrontMatter(original);
        const YAML::Node after = loadFrontMatter(current);
        QSet<QString> edited;
        for (const FieldEdit &edit : edits) {
            edited.insert(edit.key);
            const YAML::Node node = after[edit.key.toStdString()];
            if (edit.remove ? node.IsDefined() : normalised(yaml::toVariant(node)) != normalised(edit.value))
                return refuse(WriterTr::tr("could not write '%1' so that it reads back as given").arg(edit.key));
        }
        for (auto it = before.begin(); it != before.end(); ++it) {
            const QString key = QString::fromStdString(it->first.Scalar());
            if (!edited.contains(key) && !yaml::same(it->second, after[it->first.Scalar()]))
                return refuse(WriterTr::tr("editing would have changed '%1' too; nothing was written").arg(key));
        }
    } catch (const YAML::Exception &e) {
        return refuse(WriterTr::tr("the edited front matter does not read back: %1").arg(yaml::message(e)));
    }
    EditResult result;
    result.ok = true;
    result.bytes = current.bytes;
    return result;
}

EditResult retitle(const Pattern &p)
{
    if (p.broken || !p.body.hasTitle || p.body.titleText.start < 0 || p.fields.name.isEmpty())
        return refuse(WriterTr::tr("%1 has no title that can be rewritten in place").arg(p.path));
    const QByteArray text = markdownTitle(p.fields.name, std::max(p.fields.confidence, 0));
    EditResult result;
    result.ok = true;
    result.bytes = apply(p.bytes, {p.body.titleText, text});
    const Pattern again = parsePattern(p.fileName, p.path, result.bytes);
    if (again.body.title != p.fields.name || again.fields.id != p.fields.id)
        return refuse(WriterTr::tr("the title of %1 would not read back as its name").arg(p.path));
    return result;
}

QByteArray reassemble(const Pattern &p)
{
    const QByteArray &b = p.bytes;
    QByteArray out;
    out.reserve(b.size());
    if (p.layout.hasBom)
        out += QByteArray("\xEF\xBB\xBF");
    if (!p.layout.hasFrontMatter)
        return out + b.mid(p.layout.bodyStart);
    out += b.mid(p.layout.openingLine.start, p.layout.openingLine.length());
    // The front matter: the gaps between entries, and the entries.
    int at = p.layout.frontMatter.start;
    for (const FrontMatterEntry &e : p.entries) {
        if (e.lines.start < at)
            return QByteArray(); // overlapping entries: the parse lost track
        out += b.mid(at, e.lines.start - at);
        out += b.mid(e.lines.start, e.lines.length());
        at = e.lines.end;
    }
    out += b.mid(at, p.layout.frontMatter.end - at);
    if (!p.layout.terminated)
        return out;
    out += b.mid(p.layout.closingLine.start, p.layout.closingLine.length());
    out += b.mid(p.layout.bodyStart);
    return out;
}

QString checkEntrySpans(const Pattern &p)
{
    if (!p.layout.terminated || p.entries.isEmpty())
        return {};
    try {
        const YAML::Node all = loadFrontMatter(p);
        if (const QString problem = yaml::expansionProblem(all); !problem.isEmpty())
            return problem;
        for (const FrontMatterEntry &e : p.entries) {
            const std::string text(p.bytes.constData() + e.lines.start, size_t(e.lines.length()));
            const YAML::Node alone = YAML::Load(text);
            if (!alone.IsMap() || alone.size() != 1 || !alone[e.key.toStdString()])
                return WriterTr::tr("the lines of '%1' do not hold it alone").arg(e.key);
            if (!yaml::same(alone[e.key.toStdString()], all[e.key.toStdString()]))
                return WriterTr::tr("the lines of '%1' hold a different value").arg(e.key);
            // A value on the key's line must read back alone too. (Block values start at their first
            // item's column, so only the whole lines above say anything about them.)
            const bool block = e.style == ValueStyle::BlockSequence || e.style == ValueStyle::BlockMapping
                               || e.style == ValueStyle::BlockScalar;
            if (!block && !e.value.isEmpty()) {
                const YAML::Node value =
                    YAML::Load(std::string(p.bytes.constData() + e.value.start, size_t(e.value.length())));
                if (!yaml::same(value, all[e.key.toStdString()]))
                    return WriterTr::tr("the value span of '%1' holds a different value").arg(e.key);
            }
        }
    } catch (const YAML::Exception &e) {
        return WriterTr::tr("an entry does not read back alone: %1").arg(yaml::message(e));
    }
    return {};
}

} // namespace pb
