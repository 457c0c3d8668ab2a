#pragma once

#include <QList>
#include <QString>

namespace pb {

enum class Severity { Error, Warning };

// Every diagnostic the app can raise, with a stable kebab-case code. Tools and users filter on
// the code, so a code never changes meaning once released; add new ones instead.
enum class Code {
    // Errors that make a file unreadable as a pattern (it is loaded as a *broken* pattern).
    FileUnreadable,
    NotUtf8,
    NoFrontMatter,
    UnterminatedFrontMatter,
    YamlSyntax,
    FrontMatterNotMapping,
    DuplicateKey,
    MissingKey,
    WrongType,
    OutOfRange,
    EmptyValue,
    // Errors across the language.
    DuplicateId,
    DuplicateName,
    // Warnings about one pattern.
    MissingTitle,
    TitleMismatch,
    TitleConfidence,
    BrokenReference,
    StaleReference,
    BrokenLink,
    SelfLink,
    DuplicateLink,
    UnmirroredLink,
    ContextNotListed,
    CompletionNotListed,
    ContextNotMentioned,
    CompletionNotMentioned,
    MissingContext,
    MissingProblem,
    MissingTherefore,
    MissingSolution,
    MissingCompletion,
    MissingReferences,
    UnknownKey,
    TagNotKebabCase,
    UndefinedScale,
    BidiControl,
    // Warnings about the language's health.
    IsolatedPattern,
    UnreachablePattern,
    CompletionCycle,
    NoRootPattern,
};

// Where a rule is checked. The parser raises what it meets in one file's text (positions come
// from there); a pattern's own form is checked right after it is parsed; the rest needs the
// whole language (model/language/validator.cpp).
enum class CheckScope { Parsing, Pattern, Language };

// The checks, each raising one or more rules.
enum class Check {
    Reading, // pattern.cpp: the file as text: encoding, NUL bytes, the front matter's fences
    FrontMatter, // frontmatter.cpp: the YAML, and each key's presence, type, range and spelling
    Title, // pattern.cpp: the '# ' title against the name and the confidence
    Form, // pattern.cpp: the parts of the Alexandrian form, in order
    Characters, // pattern.cpp: invisible controls in the name and tags
    Duplicates, // validator.cpp: ids and names two patterns share
    References, // validator.cpp: `**Name (id)**` in the body against the patterns there are
    LinkLists, // validator.cpp: context_patterns and completion_patterns, and their mirrors
    Paragraphs, // validator.cpp: the context and completion paragraphs against the link lists
    Scales, // validator.cpp: scales against SCALES.md
    Health, // validator.cpp: the language as a whole: isolated, unreachable, cycles, roots
};

// One rule: its code, name and severity, what it means, and the check that raises it. The table
// (rules()) is the one list of everything a language is checked against: `validate
// --list-codes`, the fixes and the docs read it; the parser and the validator run its checks.
struct Rule
{
    Code code;
    const char *name; // kebab-case, stable
    Severity severity;
    Check check;
    const char *summary;
};

const QList<Rule> &rules();
const Rule &rule(Code code);
// The checks of a scope, in the table's order.
QList<Check> checksOf(CheckScope scope);
CheckScope scopeOf(Check check);
QString checkName(Check check);

// The names the rest of the code knew the table by.
using CodeInfo = Rule;
inline const Rule &codeInfo(Code code) { return rule(code); }
inline const QList<Rule> &allCodes() { return rules(); }

} // namespace pb
