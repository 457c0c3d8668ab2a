#include "diagnostic.h"

#include <algorithm>

namespace pb {

namespace {
const QList<CodeInfo> &table()
{
    static const QList<CodeInfo> codes = {
        {Code::FileUnreadable, "file-unreadable", Severity::Error, "the file cannot be read as text"},
        {Code::NotUtf8, "not-utf8", Severity::Error, "the file is not valid UTF-8"},
        {Code::NoFrontMatter, "no-front-matter", Severity::Error,
         "the file does not start with a '---' line"},
        {Code::UnterminatedFrontMatter, "unterminated-front-matter", Severity::Error,
         "no closing '---' line ends the front matter"},
        {Code::YamlSyntax, "yaml-syntax", Severity::Error, "the front matter is not valid YAML"},
        {Code::FrontMatterNotMapping, "front-matter-not-mapping", Severity::Error,
         "the front matter is not a mapping of keys to values"},
        {Code::DuplicateKey, "duplicate-key", Severity::Error,
         "a key appears twice in the front matter"},
        {Code::MissingKey, "missing-key", Severity::Error, "a required key is missing"},
        {Code::WrongType, "wrong-type", Severity::Error, "a value has the wrong type"},
        {Code::OutOfRange, "out-of-range", Severity::Error, "a value is outside its range"},
        {Code::EmptyValue, "empty-value", Severity::Error, "a required value is empty"},
        {Code::DuplicateId, "duplicate-id", Severity::Error, "two patterns share an id"},
        {Code::DuplicateName, "duplicate-name", Severity::Error, "two patterns share a name"},
        {Code::MissingTitle, "missing-title", Severity::Warning, "the body has no '# ' title"},
        {Code::TitleMismatch, "title-mismatch", Severity::Warning,
         "the title differs from the name"},
        {Code::TitleConfidence, "title-confidence", Severity::Warning,
         "the title's asterisks differ from the confidence"},
        {Code::BrokenReference, "broken-reference", Severity::Warning,
         "a reference names an id no pattern has"},
        {Code::StaleReference, "stale-reference", Severity::Warning,
         "a reference names a pattern by an old name"},
        {Code::BrokenLink, "broken-link", Severity::Warning,
         "a link list names an id no pattern has"},
        {Code::SelfLink, "self-link", Severity::Warning, "a pattern links to itself"},
        {Code::DuplicateLink, "duplicate-link", Severity::Warning,
         "a link list names the same id twice"},
        {Code::UnmirroredLink, "unmirrored-link", Severity::Warning,
         "a link is not listed by the other pattern"},
        {Code::ContextNotListed, "context-not-listed", Severity::Warning,
         "a reference in the context paragraph is missing from context_patterns"},
        {Code::CompletionNotListed, "completion-not-listed", Severity::Warning,
         "a reference in the completion paragraph is missing from completion_patterns"},
        {Code::ContextNotMentioned, "context-not-mentioned", Severity::Warning,
         "a context pattern is not named in the context paragraph"},
        {Code::CompletionNotMentioned, "completion-not-mentioned", Severity::Warning,
         "a completion pattern is not named in the completion paragraph"},
        {Code::MissingContext, "missing-context", Severity::Warning,
         "no italic context paragraph follows the title"},
        {Code::MissingProblem, "missing-problem", Severity::Warning,
         "no bold problem paragraph follows the context"},
        {Code::MissingTherefore, "missing-therefore", Severity::Warning,
         "no 'Therefore:' paragraph introduces the solution"},
        {Code::MissingSolution, "missing-solution", Severity::Warning,
         "no bold solution paragraph follows 'Therefore:'"},
        {Code::MissingCompletion, "missing-completion", Severity::Warning,
         "no italic completion paragraph follows the solution"},
        {Code::MissingReferences, "missing-references", Severity::Warning,
         "no '## References' list ends the pattern"},
        {Code::UnknownKey, "unknown-key", Severity::Warning,
         "an unknown key looks like a misspelt known key"},
        {Code::TagNotKebabCase, "tag-not-kebab-case", Severity::Warning,
         "a tag is not in kebab-case"},
        {Code::UndefinedScale, "undefined-scale", Severity::Warning,
         "the scale is not named in SCALES.md"},
        {Code::IsolatedPattern, "isolated-pattern", Severity::Warning,
         "a pattern has no links at all"},
        {Code::UnreachablePattern, "unreachable-pattern", Severity::Warning,
         "no pattern of scale 1 reaches this one through completion links"},
        {Code::CompletionCycle, "completion-cycle", Severity::Warning,
         "completion links form a cycle"},
        {Code::NoRootPattern, "no-root-pattern", Severity::Warning,
         "the language has no pattern of scale 1"},
    };
    return codes;
}
} // namespace

const QList<CodeInfo> &allCodes() { return table(); }

const CodeInfo &codeInfo(Code code)
{
    // The table is ordered as the enum; the assert keeps the two in step.
    const CodeInfo &info = table().at(static_cast<int>(code));
    Q_ASSERT(info.code == code);
    return info;
}

QString severityName(Severity severity)
{
    return severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
}

QString Diagnostic::codeName() const { return QString::fromLatin1(codeInfo(code).name); }

QString Diagnostic::toString() const
{
    QString where = file;
    if (line > 0) {
        where += QLatin1Char(':') + QString::number(line);
        if (column > 0)
            where += QLatin1Char(':') + QString::number(column);
    }
    return QStringLiteral("%1: %2: %3 [%4]")
        .arg(where, severityName(severity()), message, codeName());
}

QJsonObject Diagnostic::toJson() const
{
    return QJsonObject{{QStringLiteral("file"), file},
                       {QStringLiteral("line"), line},
                       {QStringLiteral("column"), column},
                       {QStringLiteral("severity"), severityName(severity())},
                       {QStringLiteral("code"), codeName()},
                       {QStringLiteral("message"), message}};
}

void sortDiagnostics(Diagnostics &diagnostics)
{
    std::stable_sort(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic &a, const Diagnostic &b) {
                         if (a.file != b.file)
                             return a.file < b.file;
                         if (a.line != b.line)
                             return a.line < b.line;
                         if (a.column != b.column)
                             return a.column < b.column;
                         return a.severity() < b.severity();
                     });
}

int countErrors(const Diagnostics &diagnostics)
{
    return int(std::count_if(diagnostics.begin(), diagnostics.end(),
                             [](const Diagnostic &d) { return d.isError(); }));
}

} // namespace pb
