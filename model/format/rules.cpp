#include "format/rules.h"

namespace pb {

const QList<Rule> &rules()
{
    // In the enum's order (rule() relies on it). Each row names the check that raises the rule;
    // the checks run in the order of their first row.
    static const QList<Rule> table = {
        {Code::FileUnreadable, "file-unreadable", Severity::Error, Check::Reading, "the file cannot be read as text"},
        {Code::NotUtf8, "not-utf8", Severity::Error, Check::Reading, "the file is not valid UTF-8"},
        {Code::NoFrontMatter, "no-front-matter", Severity::Error, Check::Reading, "the file does not start with a '---' line"},
        {Code::UnterminatedFrontMatter, "unterminated-front-matter", Severity::Error, Check::Reading, "no closing '---' line ends the front matter"},
        {Code::YamlSyntax, "yaml-syntax", Severity::Error, Check::FrontMatter, "the front matter is not valid YAML"},
        {Code::FrontMatterNotMapping, "front-matter-not-mapping", Severity::Error, Check::FrontMatter, "the front matter is not a mapping of keys to values"},
        {Code::DuplicateKey, "duplicate-key", Severity::Error, Check::FrontMatter, "a key appears twice in the front matter"},
        {Code::MissingKey, "missing-key", Severity::Error, Check::FrontMatter, "a required key is missing"},
        {Code::WrongType, "wrong-type", Severity::Error, Check::FrontMatter, "a value has the wrong type"},
        {Code::OutOfRange, "out-of-range", Severity::Error, Check::FrontMatter, "a value is outside its range"},
        {Code::EmptyValue, "empty-value", Severity::Error, Check::FrontMatter, "a required value is empty"},
        {Code::DuplicateId, "duplicate-id", Severity::Error, Check::Duplicates, "two patterns share an id"},
        {Code::DuplicateName, "duplicate-name", Severity::Error, Check::Duplicates, "two patterns share a name"},
        {Code::MissingTitle, "missing-title", Severity::Warning, Check::Title, "the body has no '# ' title"},
        {Code::TitleMismatch, "title-mismatch", Severity::Warning, Check::Title, "the title differs from the name"},
        {Code::TitleConfidence, "title-confidence", Severity::Warning, Check::Title, "the title's asterisks differ from the confidence"},
        {Code::BrokenReference, "broken-reference", Severity::Warning, Check::References, "a reference names an id no pattern has"},
        {Code::StaleReference, "stale-reference", Severity::Warning, Check::References, "a reference names a pattern by an old name"},
        {Code::BrokenLink, "broken-link", Severity::Warning, Check::LinkLists, "a link list names an id no pattern has"},
        {Code::SelfLink, "self-link", Severity::Warning, Check::LinkLists, "a pattern links to itself"},
        {Code::DuplicateLink, "duplicate-link", Severity::Warning, Check::LinkLists, "a link list names the same id twice"},
        {Code::UnmirroredLink, "unmirrored-link", Severity::Warning, Check::LinkLists, "a link is not listed by the other pattern"},
        {Code::ContextNotListed, "context-not-listed", Severity::Warning, Check::Paragraphs, "a reference in the context paragraph is missing from context_patterns"},
        {Code::CompletionNotListed, "completion-not-listed", Severity::Warning, Check::Paragraphs, "a reference in the completion paragraph is missing from completion_patterns"},
        {Code::ContextNotMentioned, "context-not-mentioned", Severity::Warning, Check::Paragraphs, "a context pattern is not named in the context paragraph"},
        {Code::CompletionNotMentioned, "completion-not-mentioned", Severity::Warning, Check::Paragraphs, "a completion pattern is not named in the completion paragraph"},
        {Code::MissingContext, "missing-context", Severity::Warning, Check::Form, "no italic context paragraph follows the title"},
        {Code::MissingProblem, "missing-problem", Severity::Warning, Check::Form, "no bold problem paragraph follows the context"},
        {Code::MissingTherefore, "missing-therefore", Severity::Warning, Check::Form, "no 'Therefore:' paragraph introduces the solution"},
        {Code::MissingSolution, "missing-solution", Severity::Warning, Check::Form, "no bold solution paragraph follows 'Therefore:'"},
        {Code::MissingCompletion, "missing-completion", Severity::Warning, Check::Form, "no italic completion paragraph follows the solution"},
        {Code::MissingReferences, "missing-references", Severity::Warning, Check::Form, "no '## References' list ends the pattern"},
        {Code::UnknownKey, "unknown-key", Severity::Warning, Check::FrontMatter, "an unknown key looks like a misspelt known key"},
        {Code::TagNotKebabCase, "tag-not-kebab-case", Severity::Warning, Check::FrontMatter, "a tag is not in kebab-case"},
        {Code::UndefinedScale, "undefined-scale", Severity::Warning, Check::Scales, "the scale is not named in SCALES.md"},
        {Code::BidiControl, "bidi-control", Severity::Warning, Check::Characters, "a name or tag holds an invisible Unicode direction control"},
        {Code::IsolatedPattern, "isolated-pattern", Severity::Warning, Check::Health, "a pattern has no links at all"},
        {Code::UnreachablePattern, "unreachable-pattern", Severity::Warning, Check::Health, "no pattern of scale 1 reaches this one through completion links"},
        {Code::CompletionCycle, "completion-cycle", Severity::Warning, Check::Health, "completion links form a cycle"},
        {Code::NoRootPattern, "no-root-pattern", Severity::Warning, Check::Health, "the language has no pattern of scale 1"},
    };
    return table;
}

const Rule &rule(Code code)
{
    const Rule &r = rules().at(static_cast<int>(code));
    Q_ASSERT(r.code == code);
    return r;
}

QList<Check> checksOf(CheckScope scope)
{
    QList<Check> out;
    for (const Rule &r : rules()) {
        if (scopeOf(r.check) == scope && !out.contains(r.check))
            out.append(r.check);
    }
    return out;
}

CheckScope scopeOf(Check check)
{
    switch (check) {
    case Check::Reading:
    case Check::FrontMatter:
        return CheckScope::Parsing;
    case Check::Title:
    case Check::Form:
    case Check::Characters:
        return CheckScope::Pattern;
    case Check::Duplicates:
    case Check::References:
    case Check::LinkLists:
    case Check::Paragraphs:
    case Check::Scales:
    case Check::Health:
        return CheckScope::Language;
    }
    return CheckScope::Language;
}

QString checkName(Check check)
{
    switch (check) {
    case Check::Reading:
        return QStringLiteral("reading");
    case Check::FrontMatter:
        return QStringLiteral("front-matter");
    case Check::Title:
        return QStringLiteral("title");
    case Check::Form:
        return QStringLiteral("form");
    case Check::Characters:
        return QStringLiteral("characters");
    case Check::Duplicates:
        return QStringLiteral("duplicates");
    case Check::References:
        return QStringLiteral("references");
    case Check::LinkLists:
        return QStringLiteral("link-lists");
    case Check::Paragraphs:
        return QStringLiteral("paragraphs");
    case Check::Scales:
        return QStringLiteral("scales");
    case Check::Health:
        return QStringLiteral("health");
    }
    return {};
}

} // namespace pb
