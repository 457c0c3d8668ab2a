#pragma once

#include "format/diagnostic.h"
#include "format/textindex.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <array>
#include <optional>

namespace pb {

// Where a file's parts lie in its bytes. Every byte of the file belongs to exactly one of: the
// byte order mark, the opening line, the front matter, the closing line, the body.
struct FileLayout
{
    bool hasBom = false;
    bool hasFrontMatter = false; // the first line is '---'
    bool terminated = false; // a closing '---' line was found
    Span openingLine; // '---' and its line break
    Span frontMatter; // between the two delimiter lines
    Span closingLine;
    int bodyStart = 0;
    int bodyStartLine = 1;
    QByteArray lineEnding = "\n";
};

// How a value is written in the front matter.
enum class ValueStyle {
    Null,
    Plain,
    SingleQuoted,
    DoubleQuoted,
    BlockScalar,
    FlowSequence,
    BlockSequence,
    FlowMapping,
    BlockMapping,
};

// One top-level key of the front matter and where its text lies in the file. The writer edits
// these spans and nothing else.
struct FrontMatterEntry
{
    QString key;
    Span lines; // from the start of the key's line to just past the line break ending the value
    Span keyText;
    int colonEnd = 0; // offset just past the ':' after the key
    Span value; // the value as written, without a trailing comment; empty for a bare null
    ValueStyle style = ValueStyle::Null;
    QList<Span> items; // flow sequence: each item's text; block sequence: each item's lines
    int itemIndent = 0; // block sequence: column of its '-' marks
    ValueStyle itemStyle = ValueStyle::Plain; // style of the first scalar item
};

// The typed fields of FORMAT.md's table. Absent or invalid fields keep their defaults.
struct PatternFields
{
    int id = 0; // 0 when missing or invalid
    QString name;
    int confidence = -1; // -1 when missing or invalid
    int scale = 0; // 0 when absent or invalid
    QList<int> contextPatterns;
    QList<int> completionPatterns;
    std::optional<bool> aiDimension;
    QStringList tags;
    QStringList references;
};

enum class ReferencePart { Context, Completion, Elsewhere };

// A `**Name (id)**` reference in the body.
struct PatternReference
{
    int id = 0;
    QString name;
    ReferencePart part = ReferencePart::Elsewhere;
    Span span; // the whole `**Name (id)**`
    Span nameSpan; // `Name`
    TextPosition position;
};

enum class FormPart { Title, Context, Problem, Therefore, Solution, Completion, References };
inline constexpr int FormPartCount = 7;
QString formPartName(FormPart part);

// What the body holds, read from cmark's syntax tree.
struct PatternBody
{
    bool hasTitle = false;
    QString title; // without the asterisks
    int titleStars = 0;
    Span titleText; // the heading's text, asterisks included
    TextPosition titlePosition;
    std::array<int, FormPartCount> partLines{}; // 1-based line of each part; 0 when missing
    QList<PatternReference> references;

    bool has(FormPart part) const { return partLines[size_t(part)] > 0; }
    int line(FormPart part) const { return partLines[size_t(part)]; }
};

// One pattern file, parsed. A value type: copies are cheap (the byte arrays are shared).
struct Pattern
{
    QString fileName; // within the language folder
    QString path; // as diagnostics name it
    QByteArray bytes; // exactly as read
    TextIndex index;
    FileLayout layout;
    QList<FrontMatterEntry> entries;
    bool editable = false; // the front matter can be edited in place
    QString notEditable; // why not, for the user, when it can't
    PatternFields fields;
    PatternBody body;
    Diagnostics diagnostics; // this file's own, from parsing
    bool broken = false; // has an error: can't be read as a pattern

    const FrontMatterEntry *entry(const QString &key) const;
    bool hasKey(const QString &key) const { return entry(key) != nullptr; }
    TextPosition position(int offset) const { return index.position(offset); }
    // Text of the body (everything after the front matter).
    QByteArray bodyBytes() const { return bytes.mid(layout.bodyStart); }
    // A label for lists: "7 Value Stream Alignment", or the file name when broken.
    // "7 Name", with any Unicode direction control shown (visibleControls()).
    QString displayName() const;
};

enum class ParseParts {
    All,
    FrontMatter, // the layout and the front matter only: no body, no warnings about its form
};

// Parses one file. Never throws, never fails: a file that can't be read as a pattern comes back
// broken, with diagnostics naming file, line and column.
Pattern parsePattern(const QString &fileName, const QString &path, const QByteArray &bytes,
                     ParseParts parts = ParseParts::All);

// The file layout alone: where the front matter and body lie.
FileLayout splitFile(const QByteArray &bytes, const TextIndex &index);

// The known keys, in FORMAT.md's order.
const QStringList &knownKeys();

// Text of a title for a name and confidence: "Value Stream Alignment **".
QString titleFor(const QString &name, int confidence);

// Unicode's direction controls (U+202A to U+202E, U+2066 to U+2069, and the marks U+200E, U+200F,
// U+061C): invisible, they reorder the text around them, so that "TXT.exe" can read "exe.TXT".
// The trick of "Trojan Source".
bool isDirectionControl(QChar c);
// `text` with every direction control written out as "<U+202E>", so that what is shown is what
// is there: for names and tags in the list, the title bar and the reading pane.
QString visibleControls(const QString &text);

} // namespace pb
