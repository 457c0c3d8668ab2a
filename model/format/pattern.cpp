#include "format/pattern.h"
#include "format/frontmatter_p.h"
#include "format/markdown_p.h"
#include "format/yamlsupport_p.h"

#include <QCoreApplication>

namespace pb {

namespace {
// The context of these messages for Qt Linguist.
class ParserTr
{
    Q_DECLARE_TR_FUNCTIONS(pb::Parser)
};
} // namespace

const QStringList &knownKeys()
{
    static const QStringList keys = {
        QStringLiteral("id"),           QStringLiteral("name"),
        QStringLiteral("confidence"),   QStringLiteral("scale"),
        QStringLiteral("context_patterns"), QStringLiteral("completion_patterns"),
        QStringLiteral("ai_dimension"), QStringLiteral("tags"),
        QStringLiteral("references"),
    };
    return keys;
}

QString formPartName(FormPart part)
{
    switch (part) {
    case FormPart::Title:
        return QStringLiteral("title");
    case FormPart::Context:
        return QStringLiteral("context");
    case FormPart::Problem:
        return QStringLiteral("problem");
    case FormPart::Therefore:
        return QStringLiteral("Therefore:");
    case FormPart::Solution:
        return QStringLiteral("solution");
    case FormPart::Completion:
        return QStringLiteral("completion");
    case FormPart::References:
        return QStringLiteral("references");
    }
    return QString();
}

QString titleFor(const QString &name, int confidence)
{
    if (confidence <= 0)
        return name;
    return name + QLatin1Char(' ') + QString(confidence, QLatin1Char('*'));
}

const FrontMatterEntry *Pattern::entry(const QString &key) const
{
    for (const FrontMatterEntry &e : entries) {
        if (e.key == key)
            return &e;
    }
    return nullptr;
}

QString Pattern::displayName() const
{
    if (fields.id > 0 && !fields.name.isEmpty())
        return QString::number(fields.id) + QLatin1Char(' ') + visibleControls(fields.name);
    if (!fields.name.isEmpty())
        return visibleControls(fields.name);
    return visibleControls(fileName);
}

bool isDirectionControl(QChar c)
{
    // Unicode's Bidi_Control characters: the embeddings and overrides, the isolates, and the
    // marks (left-to-right, right-to-left, Arabic letter).
    const char16_t u = c.unicode();
    return (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069) || u == 0x200E || u == 0x200F || u == 0x061C;
}

QString visibleControls(const QString &text)
{
    if (std::none_of(text.cbegin(), text.cend(), isDirectionControl))
        return text;
    QString out;
    for (QChar c : text) {
        if (isDirectionControl(c))
            out += QStringLiteral("<U+%1>").arg(QString::number(c.unicode(), 16).toUpper());
        else
            out += c;
    }
    return out;
}

namespace {

bool isDelimiter(const QByteArray &text, int start, int end)
{
    // "---" alone on its line; trailing blanks are forgiven, and so is a YAML comment after a
    // blank ("--- # metadata"), which YAML itself allows there.
    if (end - start < 3 || text.at(start) != '-' || text.at(start + 1) != '-' || text.at(start + 2) != '-')
        return false;
    for (int i = start + 3; i < end; ++i) {
        if (text.at(i) == '#' && i > start + 3)
            return true;
        if (text.at(i) != ' ' && text.at(i) != '\t')
            return false;
    }
    return true;
}

} // namespace

FileLayout splitFile(const QByteArray &bytes, const TextIndex &index)
{
    FileLayout layout;
    layout.lineEnding = dominantLineEnding(bytes);
    layout.hasBom = bytes.startsWith("\xEF\xBB\xBF");
    const int first = layout.hasBom ? 3 : 0;
    layout.bodyStart = first;
    if (!isDelimiter(bytes, first, index.lineEnd(1)))
        return layout;
    layout.hasFrontMatter = true;
    layout.openingLine = {first, index.nextLineStart(1)};
    for (int line = 2; line <= index.lineCount(); ++line) {
        const int start = index.lineStart(line);
        if (start >= bytes.size())
            break;
        if (isDelimiter(bytes, start, index.lineEnd(line))) {
            layout.terminated = true;
            layout.frontMatter = {layout.openingLine.end, start};
            layout.closingLine = {start, index.nextLineStart(line)};
            layout.bodyStart = layout.closingLine.end;
            layout.bodyStartLine = line + 1;
            return layout;
        }
    }
    layout.frontMatter = {layout.openingLine.end, int(bytes.size())};
    layout.bodyStart = int(bytes.size());
    layout.bodyStartLine = index.lineCount() + 1;
    return layout;
}

namespace {

// yaml-cpp's messages name the symptom; add what an author should look at.
QString explained(const QString &message)
{
    static const QList<QPair<QLatin1String, const char *>> hints = {
        {QLatin1String("end of sequence flow not found"), QT_TRANSLATE_NOOP("pb::Parser", "a '[' list is never closed with ']'")},
        {QLatin1String("end of map flow not found"), QT_TRANSLATE_NOOP("pb::Parser", "a '{' mapping is never closed with '}'")},
        {QLatin1String("illegal map value"),
         QT_TRANSLATE_NOOP("pb::Parser", "a ': ' inside a value (quote the value) or a line indented under the one before")},
        {QLatin1String("end of map not found"), QT_TRANSLATE_NOOP("pb::Parser", "the indentation is inconsistent")},
        {QLatin1String("end of sequence not found"), QT_TRANSLATE_NOOP("pb::Parser", "the list items are not indented alike")},
        {QLatin1String("illegal tab when looking for indentation"),
         QT_TRANSLATE_NOOP("pb::Parser", "YAML indents with spaces, never tabs")},
        {QLatin1String("the referenced anchor is not defined"),
         QT_TRANSLATE_NOOP("pb::Parser", "a value starting with '*' is an alias in YAML; quote it")},
        {QLatin1String("invalid character in anchor"), QT_TRANSLATE_NOOP("pb::Parser", "a value starting with '&' or '*'; quote it")},
    };
    for (const auto &[symptom, hint] : hints) {
        if (message.startsWith(symptom))
            return message + QStringLiteral(": ") + ParserTr::tr(hint);
    }
    return message;
}

// The outermost '[' or '{' still open at `to`, skipping quoted text and comments; -1 if none.
int unclosedBracket(const QByteArray &text, int from, int to)
{
    QList<int> open;
    for (int i = from; i < to; ++i) {
        const char c = text.at(i);
        if ((c == '"' || c == '\'') && (i == from || text.at(i - 1) != '\\')) {
            i = frontmatter::scanQuoted(text, i, to) - 1;
        } else if (c == '#' && (i == from || text.at(i - 1) == ' ' || text.at(i - 1) == '\n')) {
            while (i < to && text.at(i) != '\n')
                ++i;
        } else if (c == '[' || c == '{') {
            open.append(i);
        } else if ((c == ']' || c == '}') && !open.isEmpty()) {
            open.removeLast();
        }
    }
    return open.isEmpty() ? -1 : open.first();
}

// The first quote in the front matter, before `limit`, that opens a quoted value its line does
// not close; -1 if none. YAML lets quoted text run over several lines, so yaml-cpp reads on and
// fails far below, at whatever the open quote swallowed; when a parse fails, this is the likelier
// place to look.
int unclosedQuote(const QByteArray &text, const TextIndex &index, int from, int limit)
{
    for (int line = index.lineAt(from); line <= index.lineCount(); ++line) {
        const int start = std::max(index.lineStart(line), from);
        const int end = index.lineEnd(line);
        if (start >= limit)
            break;
        // A value starts after "key: " or "- ", or after "[" or "," in a flow list.
        for (int i = start; i < end; ++i) {
            const char c = text.at(i);
            if (c == '#' && (i == start || text.at(i - 1) == ' '))
                break; // a comment
            if ((c != '"' && c != '\'') || i == start)
                continue;
            int j = i - 1;
            while (j > start && text.at(j) == ' ')
                --j;
            const char before = text.at(j);
            if (before != ':' && before != '-' && before != '[' && before != ',')
                continue;
            const int close = frontmatter::scanQuoted(text, i, end);
            if (close >= end && (close - 1 <= i || text.at(close - 1) != c))
                return i;
            i = close - 1;
        }
    }
    return -1;
}

// The bytes of a `**Name (id)**` reference from cmark's positions, checked against the text.
// cmark's inline positions drift on continuation lines inside block quotes and lists; the
// closing "(id)**" is then found in the bytes. A span that can't be trusted comes back empty, so
// that no edit ever rewrites bytes it has not found.
Span exactSpan(const QByteArray &bytes, int start, int end)
{
    start = std::clamp(start, 0, int(bytes.size()));
    end = std::clamp(end, start, int(bytes.size()));
    const QByteArray delimiter = bytes.mid(start, 2);
    if (delimiter != "**" && delimiter != "__")
        return {start, start};
    if (end - start >= 7 && bytes.mid(end - 3, 3) == ")" + delimiter)
        return {start, end};
    const int close = int(bytes.indexOf(")" + delimiter, start + 2));
    return close < 0 ? Span{start, start} : Span{start, close + 3};
}

void readBody(Pattern &p)
{
    const int start = p.layout.bodyStart;
    if (start >= p.bytes.size() && !p.layout.terminated)
        return;
    const md::ScratchDocument doc(p.bytes.constData() + start, p.bytes.size() - start);
    const int lineOffset = p.layout.bodyStartLine - 1;
    // cmark counts lines and byte columns from the body's start, which is a line start except
    // after a byte order mark.
    auto offsetOf = [&](int line, int column) {
        return line == 1 ? start + std::max(column, 1) - 1 : p.index.offset(line + lineOffset, column);
    };
    auto lineOf = [&](cmark_node *n) { return n ? cmark_node_get_start_line(n) + lineOffset : 0; };

    const md::FormBlocks form = md::findForm(doc.get());
    PatternBody &body = p.body;
    if (form.title) {
        body.hasTitle = true;
        QString text = QString::fromUtf8(md::textOf(form.title)).trimmed();
        int stars = 0;
        while (text.endsWith(QLatin1Char('*'))) {
            text.chop(1);
            ++stars;
        }
        body.title = text.simplified();
        body.titleStars = stars;
        cmark_node *firstChild = cmark_node_first_child(form.title);
        cmark_node *lastChild = cmark_node_last_child(form.title);
        if (firstChild && lastChild) {
            body.titleText = {offsetOf(cmark_node_get_start_line(firstChild), cmark_node_get_start_column(firstChild)),
                              offsetOf(cmark_node_get_end_line(lastChild), cmark_node_get_end_column(lastChild)) + 1};
            // Positions that stray outside the heading's own line cannot be edited safely.
            const int line = cmark_node_get_start_line(form.title) + lineOffset;
            const int lineStart = line == p.layout.bodyStartLine ? start : p.index.lineStart(line);
            if (body.titleText.start < lineStart || body.titleText.end > p.index.lineEnd(p.index.lineAt(body.titleText.start))
                || body.titleText.end < body.titleText.start)
                body.titleText = {-1, -1};
        } else {
            const int at = offsetOf(cmark_node_get_start_line(form.title), 1);
            body.titleText = {at, at};
        }
        body.titlePosition = body.titleText.start >= 0
                                 ? p.position(body.titleText.start)
                                 : p.position(offsetOf(cmark_node_get_start_line(form.title), 1));
    }
    body.partLines[size_t(FormPart::Title)] = lineOf(form.title);
    body.partLines[size_t(FormPart::Context)] = lineOf(form.context);
    body.partLines[size_t(FormPart::Problem)] = lineOf(form.problem);
    body.partLines[size_t(FormPart::Therefore)] = lineOf(form.therefore);
    body.partLines[size_t(FormPart::Solution)] = lineOf(form.solution);
    body.partLines[size_t(FormPart::Completion)] = lineOf(form.completion);
    body.partLines[size_t(FormPart::References)] = form.referencesList ? lineOf(form.referencesHeading) : 0;

    cmark_iter *iter = cmark_iter_new(doc.get());
    cmark_event_type event;
    while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        cmark_node *n = cmark_iter_get_node(iter);
        md::Reference found;
        if (event != CMARK_EVENT_ENTER || !md::readReference(n, &found))
            continue;
        PatternReference ref;
        ref.id = found.id;
        ref.name = found.name;
        cmark_node *block = md::topLevelBlock(n);
        ref.part = block == form.context      ? ReferencePart::Context
                   : block == form.completion ? ReferencePart::Completion
                                              : ReferencePart::Elsewhere;
        ref.span = exactSpan(p.bytes, offsetOf(cmark_node_get_start_line(n), cmark_node_get_start_column(n)),
                             offsetOf(cmark_node_get_end_line(n), cmark_node_get_end_column(n)) + 1);
        if (!ref.span.isEmpty()) {
            // The name runs from after the opening "**" to before the last "(".
            const int open = int(p.bytes.lastIndexOf('(', ref.span.end - 1));
            int nameEnd = open;
            while (nameEnd > ref.span.start + 2 && QChar::isSpace(uchar(p.bytes.at(nameEnd - 1))))
                --nameEnd;
            ref.nameSpan = {ref.span.start + 2, nameEnd};
        } else {
            ref.nameSpan = ref.span;
        }
        ref.position = p.position(ref.span.start);
        body.references.append(ref);
    }
    cmark_iter_free(iter);
}

void report(Pattern &p, Code code, int line, const QString &message)
{
    p.diagnostics.append(Diagnostic{code, message, p.path, line, line > 0 ? 1 : 0});
}

// Check::Title: the title line against the name and the confidence.
void checkTitle(Pattern &p)
{
    const PatternBody &b = p.body;
    const int bodyLine = p.layout.bodyStartLine;
    if (!b.hasTitle) {
        report(p, Code::MissingTitle, bodyLine,
               ParserTr::tr("no '# %1' title line").arg(titleFor(p.fields.name, p.fields.confidence)));
    } else {
        const TextPosition at = b.titlePosition;
        if (b.title != p.fields.name)
            p.diagnostics.append({Code::TitleMismatch,
                                  ParserTr::tr("title '%1' differs from name '%2'").arg(b.title, p.fields.name),
                                  p.path, at.line, at.column});
        if (p.fields.confidence >= 0 && b.titleStars != p.fields.confidence) {
            const QString expected = p.fields.confidence == 0
                                         ? ParserTr::tr("no asterisks")
                                         : QStringLiteral("'%1'").arg(QString(p.fields.confidence, QLatin1Char('*')));
            p.diagnostics.append({Code::TitleConfidence,
                                  ParserTr::tr("title has %n asterisk(s) but confidence is %1 (expected %2)", nullptr,
                                               b.titleStars)
                                      .arg(p.fields.confidence)
                                      .arg(expected),
                                  p.path, at.line, at.column});
        }
    }
}

// Check::Characters: a direction control in the name or a tag, warned of as compilers warn of
// them in source (GCC's -Wbidi-chars): the name is what every view shows and every reference
// must match, and one control can make it read as something else. The values are checked as YAML
// reads them, so an escape ("\u202E") counts as much as the character itself.
void checkCharacters(Pattern &p)
{
    const std::pair<const char *, QStringList> fields[] = {{"name", {p.fields.name}}, {"tags", p.fields.tags}};
    for (const auto &[key, values] : fields) {
        const FrontMatterEntry *e = p.entry(QLatin1String(key));
        if (!e)
            continue;
        for (const QString &value : values) {
            const auto control = std::find_if(value.cbegin(), value.cend(), isDirectionControl);
            if (control == value.cend())
                continue;
            // At the character itself where the file holds it, else at the value (an escape).
            const QByteArray raw = QString(*control).toUtf8();
            int at = int(p.bytes.indexOf(raw, e->value.start));
            if (at < 0 || at >= e->lines.end)
                at = e->value.start;
            const TextPosition pos = p.position(at);
            p.diagnostics.append({Code::BidiControl,
                                  ParserTr::tr("'%1' holds the invisible direction control U+%2, which makes it read "
                                               "otherwise than it is; remove it")
                                      .arg(QLatin1String(key), QString::number(control->unicode(), 16).toUpper()),
                                  p.path, pos.line, pos.column});
            break;
        }
    }
}

// Check::Form: the parts of the Alexandrian form, each after the one before.
void checkForm(Pattern &p)
{
    const PatternBody &b = p.body;
    const int bodyLine = p.layout.bodyStartLine;
    const int after = b.hasTitle ? b.titlePosition.line : bodyLine;
    struct Expected
    {
        FormPart part;
        Code code;
        const char *what;
    };
    static const Expected expected[] = {
        {FormPart::Context, Code::MissingContext, QT_TRANSLATE_NOOP("pb::Parser", "no italic context paragraph (_..._) after the title")},
        {FormPart::Problem, Code::MissingProblem, QT_TRANSLATE_NOOP("pb::Parser", "no bold problem paragraph (**...**) after the context")},
        {FormPart::Therefore, Code::MissingTherefore, QT_TRANSLATE_NOOP("pb::Parser", "no 'Therefore:' paragraph before the solution")},
        {FormPart::Solution, Code::MissingSolution, QT_TRANSLATE_NOOP("pb::Parser", "no bold solution paragraph (**...**) after 'Therefore:'")},
        {FormPart::Completion, Code::MissingCompletion, QT_TRANSLATE_NOOP("pb::Parser", "no italic completion paragraph (_..._) after the solution")},
        {FormPart::References, Code::MissingReferences, QT_TRANSLATE_NOOP("pb::Parser", "no '## References' heading followed by a list")},
    };
    int line = after;
    for (const Expected &e : expected) {
        if (b.has(e.part))
            line = b.line(e.part);
        else
            report(p, e.code, line, ParserTr::tr(e.what));
    }
}

// The front matter in the common subset of YAML, read without yaml-cpp (fastfrontmatter_p.h says
// why) into the same readEntries and readFields as yaml-cpp's nodes, so that the Pattern is the one
// yaml-cpp's reading gives. False when the fast reader declines, and yaml-cpp must read it.
bool readFastFrontMatter(Pattern &p)
{
    if (!frontmatter::fastFrontMatterEnabled())
        return false;
    const Span fm = p.layout.frontMatter;
    frontmatter::FastFrontMatter fast;
    if (!fast.read(std::string_view(p.bytes.constData() + fm.start, size_t(fm.length()))))
        return false;
    if (fast.isEmpty()) {
        // As yaml-cpp's null document below: no entries, every required key missing.
        frontmatter::readFields(p, fast.root());
        p.editable = true;
    } else {
        frontmatter::readEntries(p, fast.root());
        frontmatter::readFields(p, fast.root());
    }
    return true;
}

} // namespace

Pattern parsePattern(const QString &fileName, const QString &path, const QByteArray &bytes, ParseParts parts)
{
    Pattern p;
    p.fileName = fileName;
    p.path = path;
    p.bytes = bytes;
    p.index = TextIndex(bytes);
    p.layout = splitFile(bytes, p.index);

    if (const int bad = firstInvalidUtf8(bytes.constData(), int(bytes.size())); bad >= 0) {
        const bool utf16 = bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF");
        frontmatter::report(p, Code::NotUtf8, bad,
                            utf16 ? ParserTr::tr("the file is UTF-16 text; save it as UTF-8")
                                  : ParserTr::tr("byte 0x%1 is not valid UTF-8; save the file as UTF-8")
                                        .arg(uchar(bytes.at(bad)), 2, 16, QLatin1Char('0')));
        p.broken = true;
        return p;
    }
    if (const int nul = int(bytes.indexOf('\0')); nul >= 0) {
        frontmatter::report(p, Code::FileUnreadable, nul, ParserTr::tr("a NUL byte: this is not a text file"));
        p.broken = true;
        return p;
    }
    if (!p.layout.hasFrontMatter) {
        const bool crOnly = bytes.contains('\r') && !bytes.contains('\n');
        frontmatter::report(p, Code::NoFrontMatter, p.layout.hasBom ? 3 : 0,
                            crOnly ? ParserTr::tr("the lines end in CR alone (classic Mac); save the file with LF or "
                                                    "CRLF line endings")
                                   : ParserTr::tr("no front matter: the file must start with a line '---'"));
    } else if (!p.layout.terminated) {
        frontmatter::report(p, Code::UnterminatedFrontMatter, p.layout.openingLine.start,
                            ParserTr::tr("the front matter opened here is never closed by a line '---'"));
    } else if (!readFastFrontMatter(p)) {
        const Span fm = p.layout.frontMatter;
        YAML::Node root;
        bool parsed = false;
        try {
            root = YAML::Load(std::string(bytes.constData() + fm.start, size_t(fm.length())));
            parsed = true;
        } catch (const YAML::Exception &e) {
            int offset = fm.start;
            if (e.mark.pos >= 0)
                offset = fm.start + e.mark.pos;
            else if (e.mark.line >= 0)
                offset = p.index.offset(p.index.lineAt(fm.start) + e.mark.line, e.mark.column + 1);
            offset = std::min(offset, fm.end);
            // yaml-cpp's depth guard says "bad file", at the end of what it read: say what it
            // means, at the first bracket of that line.
            const bool tooDeep = dynamic_cast<const YAML::DeepRecursion *>(&e) != nullptr;
            const QString message = tooDeep ? ParserTr::tr("the front matter nests too deeply to read") : yaml::message(e);
            if (tooDeep) {
                const int line = p.index.lineAt(offset);
                for (int i = p.index.lineStart(line); i < p.index.lineEnd(line); ++i) {
                    if (bytes.at(i) == '[' || bytes.at(i) == '{') {
                        offset = i;
                        break;
                    }
                }
            }
            // yaml-cpp notices an unclosed bracket where the input runs out; point at the bracket.
            if (message.contains(QLatin1String("flow not found"))) {
                if (const int open = unclosedBracket(bytes, fm.start, offset); open >= 0)
                    offset = open;
            }
            // A tab in the indentation confuses yaml-cpp into any of several messages, noticed
            // after the tab: name the tab and point at it.
            QString text = explained(message);
            if (const int quote = unclosedQuote(bytes, p.index, fm.start, offset); quote >= 0 && !tooDeep) {
                offset = quote;
                text = ParserTr::tr("the quoted text that starts here is not closed on its line (yaml-cpp read on "
                                      "and failed below: %1)")
                           .arg(message);
            }
            {
                const int line = p.index.lineAt(offset);
                int i = p.index.lineStart(line);
                while (i < p.index.lineEnd(line) && bytes.at(i) == ' ')
                    ++i;
                if (i < p.index.lineEnd(line) && bytes.at(i) == '\t') {
                    offset = i;
                    text = ParserTr::tr("a tab indents this line, but YAML indents with spaces only (%1)").arg(message);
                }
            }
            frontmatter::report(p, Code::YamlSyntax, offset, QStringLiteral("YAML: %1").arg(text));
        } catch (const std::exception &e) {
            frontmatter::report(p, Code::YamlSyntax, fm.start,
                                QStringLiteral("YAML: %1").arg(QString::fromLocal8Bit(e.what())));
        }
        if (parsed) {
            if (root.IsNull() || !root.IsDefined()) {
                root = YAML::Node(YAML::NodeType::Map);
                frontmatter::readFields(p, root);
                p.editable = true;
            } else if (!root.IsMap()) {
                frontmatter::report(p, Code::FrontMatterNotMapping, fm.start,
                                    ParserTr::tr("the front matter must be keys and values (key: value)"));
            } else {
                try {
                    frontmatter::readEntries(p, root);
                    frontmatter::readFields(p, root);
                } catch (const YAML::Exception &e) {
                    frontmatter::report(p, Code::YamlSyntax, fm.start,
                                        QStringLiteral("YAML: %1").arg(yaml::message(e)));
                }
            }
        }
    }
    if (parts == ParseParts::All)
        readBody(p);
    p.broken = countErrors(p.diagnostics) > 0;
    if (!p.broken && parts == ParseParts::All)
        // The pattern's own form, which needs nothing from the rest of the language: the checks
        // the rule table gives this scope.
        for (Check check : checksOf(CheckScope::Pattern)) {
            if (check == Check::Title)
                checkTitle(p);
            else if (check == Check::Form)
                checkForm(p);
            else if (check == Check::Characters)
                checkCharacters(p);
        }
    return p;
}

} // namespace pb
