#include "language/quickfixes.h"
#include "language/language.h"
#include "format/patternwriter.h"
#include "format/textdiff.h"
#include "language/validator.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace pb {

namespace {

// The context of these messages for Qt Linguist.
class QuickFixesTr
{
    Q_DECLARE_TR_FUNCTIONS(pb::QuickFixes)
};

QVariantList variants(const QList<int> &ids)
{
    QVariantList out;
    for (int id : ids)
        out.append(id);
    return out;
}

const QList<int> &listOf(const Pattern &p, const QString &key)
{
    return key == QLatin1String("context_patterns") ? p.fields.contextPatterns : p.fields.completionPatterns;
}

QString labelOf(const Pattern &p) { return QStringLiteral("%1 %2").arg(p.fields.id).arg(p.fields.name); }

// Whether two patterns share `id`: a fix cannot tell which one a link to it meant.
bool idShared(const Language &language, int id)
{
    int count = 0;
    for (const Pattern &p : language.patterns())
        count += !p.broken && p.fields.id == id ? 1 : 0;
    return count > 1;
}

// Why a completion link from `larger` to `smaller` may not be added, or empty when it may: it
// must not run against the scale order, nor close a cycle of completion links.
QString linkRefusal(const Language &language, const Pattern &larger, const Pattern &smaller)
{
    if (larger.fields.scale > 0 && smaller.fields.scale > 0 && larger.fields.scale > smaller.fields.scale)
        return QuickFixesTr::tr("%1 (scale %2) cannot complete %3 (scale %4), being the larger pattern: against the "
                                "scale order")
            .arg(labelOf(smaller))
            .arg(smaller.fields.scale)
            .arg(labelOf(larger))
            .arg(larger.fields.scale);
    // A cycle: `smaller` already reaches `larger` going down the completion links.
    QHash<int, QList<int>> down;
    for (const Pattern &p : language.patterns()) {
        if (p.broken || p.fields.id <= 0)
            continue;
        for (int id : p.fields.completionPatterns)
            down[p.fields.id].append(id);
        for (int id : p.fields.contextPatterns)
            down[id].append(p.fields.id);
    }
    QList<int> todo{smaller.fields.id};
    QSet<int> seen{smaller.fields.id};
    while (!todo.isEmpty()) {
        const int at = todo.takeLast();
        if (at == larger.fields.id)
            return QuickFixesTr::tr("linking %1 to %2 would make a cycle of completion links")
                .arg(labelOf(larger), labelOf(smaller));
        for (int next : down.value(at)) {
            if (!seen.contains(next)) {
                seen.insert(next);
                todo.append(next);
            }
        }
    }
    return {};
}

// The words of a name, folded for comparison: lower case, a plural's "s" dropped.
QStringList foldedWords(const QString &text)
{
    QStringList out;
    for (QString word : text.toLower().split(QRegularExpression(QStringLiteral("[^\\p{L}\\p{N}]+")), Qt::SkipEmptyParts)) {
        if (word.size() > 3 && word.endsWith(QLatin1Char('s')))
            word.chop(1);
        out << word;
    }
    return out;
}



// The fix of one file's front matter; where the writer refuses (a front matter it cannot edit in
// place), *declined says why.
std::optional<QuickFix> single(const Pattern &p, const QString &title, const QList<FieldEdit> &edits, QString *declined)
{
    const EditResult r = applyEdits(p, edits);
    if (!r.ok && declined)
        *declined = r.error;
    if (!r.ok || r.bytes == p.bytes)
        return std::nullopt;
    return QuickFix{title, {{p.fileName, p.bytes, r.bytes, 1, title}}};
}

// "Value_Stream Alignment" -> "value-stream-alignment".
QString kebab(const QString &tag)
{
    QString out = tag.trimmed().toLower();
    out.replace(QRegularExpression(QStringLiteral("[^\\p{Ll}\\p{Lo}\\p{Nd}]+")), QStringLiteral("-"));
    while (out.startsWith(QLatin1Char('-')))
        out.remove(0, 1);
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out;
}

} // namespace

const QSet<Code> &fixableCodes()
{
    static const QSet<Code> codes = {Code::UnmirroredLink,  Code::ContextNotListed, Code::CompletionNotListed,
                                     Code::DuplicateLink,   Code::SelfLink,         Code::TitleConfidence,
                                     Code::TitleMismatch,   Code::TagNotKebabCase,  Code::StaleReference};
    return codes;
}

const QSet<Code> &defaultFixCodes()
{
    static const QSet<Code> codes = [] {
        QSet<Code> c = fixableCodes();
        c.remove(Code::StaleReference);
        return c;
    }();
    return codes;
}

bool hasFix(const Diagnostic &diagnostic) { return fixableCodes().contains(diagnostic.code); }

bool namesAlike(const QString &written, const QString &name)
{
    const QStringList a = foldedWords(written), b = foldedWords(name);
    if (a.isEmpty() || b.isEmpty())
        return false;
    int shared = 0;
    for (const QString &word : a)
        shared += b.contains(word) ? 1 : 0;
    // Words of the name, not a sentence that holds one of them: no more than two words longer.
    if (2 * shared >= std::min(a.size(), b.size()) && a.size() <= b.size() + 2)
        return true;
    const QString x = a.join(QLatin1Char(' ')), y = b.join(QLatin1Char(' '));
    return 3 * editDistance(x, y) <= std::max(x.size(), y.size());
}

std::optional<QuickFix> fixFor(const Language &language, const Diagnostic &d, QString *declined)
{
    if (!hasFix(d))
        return std::nullopt;
    const int index = language.indexOfFile(QFileInfo(d.file).fileName());
    if (index < 0 || language.pattern(index).broken)
        return std::nullopt;
    const Pattern &p = language.pattern(index);
    auto decline = [&](const QString &why) -> std::optional<QuickFix> {
        if (declined)
            *declined = why;
        return std::nullopt;
    };
    const bool linkFix = d.code == Code::UnmirroredLink || d.code == Code::ContextNotListed
                         || d.code == Code::CompletionNotListed || d.code == Code::SelfLink
                         || d.code == Code::DuplicateLink;
    if (linkFix && (idShared(language, p.fields.id) || (d.subject > 0 && idShared(language, d.subject))))
        return decline(QuickFixesTr::tr("two patterns share the id %1: which one the link means is for the author to say")
                           .arg(idShared(language, p.fields.id) ? p.fields.id : d.subject));
    // The link the fix would add, larger pattern first, checked before anything is planned.
    if (d.code == Code::UnmirroredLink || d.code == Code::ContextNotListed || d.code == Code::CompletionNotListed) {
        const Pattern *other = language.patternById(d.subject);
        if (!other || other->broken)
            return decline(QuickFixesTr::tr("no pattern has the id %1 that the text names: a link to it would lead nowhere")
                               .arg(d.subject));
        if (other && !other->broken) {
            const bool otherLarger = d.key == QLatin1String("context_patterns");
            const QString why = otherLarger ? linkRefusal(language, *other, p) : linkRefusal(language, p, *other);
            if (!why.isEmpty())
                return decline(why);
        }
    }
    switch (d.code) {
    case Code::UnmirroredLink: {
        // The other pattern lists this one in its other list.
        QString refused;
        const QList<FileEdit> edits = mirrorLink(language, p.fileName, d.subject, &refused);
        if (edits.isEmpty())
            return refused.isEmpty() ? std::nullopt : decline(refused);
        const Pattern *other = language.patternById(d.subject);
        const QString key = d.key == QLatin1String("context_patterns") ? QStringLiteral("completion_patterns")
                                                                        : QStringLiteral("context_patterns");
        return QuickFix{QuickFixesTr::tr("Add %1 to %2 of %3").arg(p.fields.id).arg(key, other ? labelOf(*other) : QString::number(d.subject)), edits};
    }
    case Code::ContextNotListed:
    case Code::CompletionNotListed: {
        QList<int> ids = listOf(p, d.key);
        if (ids.contains(d.subject) || d.subject <= 0)
            return std::nullopt;
        ids.append(d.subject);
        return single(p, QuickFixesTr::tr("Add %1 to %2 of %3").arg(d.subject).arg(d.key, labelOf(p)), {FieldEdit::set(d.key, variants(ids))}, declined);
    }
    case Code::DuplicateLink:
    case Code::SelfLink: {
        QList<int> ids;
        for (int id : listOf(p, d.key)) {
            if (!ids.contains(id) && !(d.code == Code::SelfLink && id == p.fields.id))
                ids.append(id);
        }
        if (ids == listOf(p, d.key))
            return std::nullopt;
        return single(p,
                      d.code == Code::SelfLink ? QuickFixesTr::tr("Remove %1 itself from its %2").arg(labelOf(p), d.key)
                                               : QuickFixesTr::tr("List %1 once in %2 of %3").arg(d.subject).arg(d.key, labelOf(p)),
                      {FieldEdit::set(d.key, variants(ids))}, declined);
    }
    case Code::TitleConfidence:
    case Code::TitleMismatch: {
        const EditResult r = retitle(p);
        if (!r.ok)
            return decline(r.error);
        if (r.bytes == p.bytes)
            return std::nullopt;
        const QString title = QuickFixesTr::tr("Write the title of %1 as “%2”").arg(p.fileName, titleFor(p.fields.name, p.fields.confidence));
        return QuickFix{title, {{p.fileName, p.bytes, r.bytes, 1, title}}};
    }
    case Code::TagNotKebabCase: {
        // Each tag in its place; a tag whose kebab-case form would lose letters or signs ("C++"),
        // or merge with another tag, is the author's to rename.
        QVariantList tags;
        for (const QString &tag : p.fields.tags) {
            const QString k = kebab(tag);
            QString letters = tag;
            letters.remove(QRegularExpression(QStringLiteral("[\\s_-]")));
            if (k.isEmpty() || QString(k).remove(QLatin1Char('-')) != letters.toLower())
                return decline(QuickFixesTr::tr("the tag “%1” has no kebab-case form that keeps all it says").arg(tag));
            if (tags.contains(k))
                return decline(QuickFixesTr::tr("the tag “%1” would become “%2”, which the pattern has already").arg(tag, k));
            tags.append(k);
        }
        return single(p, QuickFixesTr::tr("Write the tags of %1 in kebab-case").arg(labelOf(p)),
                      {FieldEdit::set(QStringLiteral("tags"), tags)}, declined);
    }
    case Code::StaleReference: {
        // The reference the diagnostic is about, renamed to the pattern's name where its words are
        // that name written another way.
        const Pattern *target = language.patternById(d.subject);
        if (!target)
            return std::nullopt;
        const auto ref = std::find_if(p.body.references.cbegin(), p.body.references.cend(), [&](const PatternReference &r) {
            return r.id == d.subject && r.position.line == d.line && r.position.column == d.column;
        });
        if (ref == p.body.references.cend() || ref->name == target->fields.name || ref->nameSpan.isEmpty())
            return std::nullopt;
        if (!namesAlike(ref->name, target->fields.name))
            return decline(QuickFixesTr::tr("“%1” is not close to the name “%2”: rename it by hand if it means that pattern")
                               .arg(ref->name, target->fields.name));
        const QList<FileEdit> edits =
            renameReferencesAt(language, {{p.fileName, ref->nameSpan, ref->position, ref->name, {}}}, target->fields.name);
        if (edits.isEmpty())
            return std::nullopt;
        return QuickFix{QuickFixesTr::tr("Rename “%1” to “%2” in %3").arg(ref->name, target->fields.name, p.fileName), edits};
    }
    default:
        return std::nullopt;
    }
}

FixPlan planFixes(const Language &language, const Diagnostics &diagnostics)
{
    FixPlan plan;
    Language current = language;
    QHash<QString, QStringList> byFile; // what the fixes did to each file
    for (const Diagnostic &d : diagnostics) {
        QString declined;
        const std::optional<QuickFix> fix = fixFor(current, d, &declined);
        if (!fix) {
            ++plan.skipped;
            if (!declined.isEmpty())
                plan.declined << QStringLiteral("%1: %2").arg(d.location(), declined);
            continue;
        }
        for (const FileEdit &e : fix->edits) {
            current.setPattern(parsePattern(e.fileName, current.pathFor(e.fileName), e.after));
            byFile[e.fileName] << fix->title;
        }
        ++plan.applied;
        plan.titles << fix->title;
    }
    // One edit per file: from what it was to what every fix made of it.
    for (const Pattern &before : language.patterns()) {
        const int i = current.indexOfFile(before.fileName);
        if (i < 0 || current.pattern(i).bytes == before.bytes)
            continue;
        const QStringList what = byFile.value(before.fileName);
        plan.edits.append({before.fileName, before.bytes, current.pattern(i).bytes, int(what.size()), what.join(QStringLiteral("; "))});
    }
    return plan;
}

FixPlan planFixesToFixedPoint(const Language &language, const QSet<Code> &codes)
{
    auto chosen = [&codes](Diagnostics all) {
        all.removeIf([&codes](const Diagnostic &d) { return !codes.contains(d.code); });
        return all;
    };
    auto warnings = [](const Diagnostics &all) {
        return std::count_if(all.cbegin(), all.cend(), [](const Diagnostic &d) { return !d.isError(); });
    };
    const Diagnostics before = validate(language);
    const auto warningsBefore = warnings(before);
    FixPlan plan;
    Language current = language;
    Diagnostics now = before;
    QSet<QString> declined;
    QHash<QString, QStringList> byFile; // what the rounds did to each file
    QHash<QString, int> changes;
    // Each round fixes what the last one left or made (a link added is mirrored in the next). A
    // language of n patterns settles in a few rounds; the bound only guards against a rule that
    // would undo another.
    for (int round = 0; round < 8; ++round) {
        const FixPlan step = planFixes(current, chosen(now));
        for (const QString &why : step.declined) {
            if (!declined.contains(why)) {
                declined.insert(why);
                plan.declined << why;
            }
        }
        if (step.edits.isEmpty())
            break;
        Language next = current;
        QList<Pattern> changed;
        for (const FileEdit &e : step.edits)
            changed << parsePattern(e.fileName, next.pathFor(e.fileName), e.after);
        next.setPatterns(changed);
        const Diagnostics after = validate(next);
        if (warnings(after) > warningsBefore || countErrors(after) > countErrors(before))
            break; // never leave more than was found
        current = std::move(next);
        now = after;
        plan.applied += step.applied;
        plan.titles += step.titles;
        for (const FileEdit &e : step.edits) {
            byFile[e.fileName] << e.summary;
            changes[e.fileName] += e.changes;
        }
    }
    plan.skipped = int(chosen(now).size());
    for (const Pattern &old : language.patterns()) {
        const int i = current.indexOfFile(old.fileName);
        if (i < 0 || current.pattern(i).bytes == old.bytes)
            continue;
        plan.edits.append({old.fileName, old.bytes, current.pattern(i).bytes, changes.value(old.fileName),
                           byFile.value(old.fileName).join(QStringLiteral("; "))});
    }
    return plan;
}

} // namespace pb
