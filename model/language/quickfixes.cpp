#include "quickfixes.h"
#include "language.h"
#include "patternwriter.h"
#include "plural.h"

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

std::optional<QuickFix> single(const Pattern &p, const QString &title, const QList<FieldEdit> &edits)
{
    const EditResult r = applyEdits(p, edits);
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

std::optional<QuickFix> fixFor(const Language &language, const Diagnostic &d)
{
    if (!hasFix(d))
        return std::nullopt;
    const int index = language.indexOfFile(QFileInfo(d.file).fileName());
    if (index < 0 || language.pattern(index).broken)
        return std::nullopt;
    const Pattern &p = language.pattern(index);
    switch (d.code) {
    case Code::UnmirroredLink: {
        // The other pattern lists this one in its other list.
        const QList<FileEdit> edits = mirrorLink(language, p.fileName, d.subject);
        if (edits.isEmpty())
            return std::nullopt;
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
        return single(p, QuickFixesTr::tr("Add %1 to %2 of %3").arg(d.subject).arg(d.key, labelOf(p)), {FieldEdit::set(d.key, variants(ids))});
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
                      {FieldEdit::set(d.key, variants(ids))});
    }
    case Code::TitleConfidence:
    case Code::TitleMismatch: {
        const EditResult r = retitle(p);
        if (!r.ok || r.bytes == p.bytes)
            return std::nullopt;
        const QString title = QuickFixesTr::tr("Write the title of %1 as “%2”").arg(p.fileName, titleFor(p.fields.name, p.fields.confidence));
        return QuickFix{title, {{p.fileName, p.bytes, r.bytes, 1, title}}};
    }
    case Code::TagNotKebabCase: {
        QVariantList tags;
        for (const QString &tag : p.fields.tags) {
            const QString k = kebab(tag);
            if (!k.isEmpty() && !tags.contains(k))
                tags.append(k);
        }
        return single(p, QuickFixesTr::tr("Write the tags of %1 in kebab-case").arg(labelOf(p)), {FieldEdit::set(QStringLiteral("tags"), tags)});
    }
    case Code::StaleReference: {
        // The references to that pattern that use an old name, renamed to its name.
        const Pattern *target = language.patternById(d.subject);
        if (!target)
            return std::nullopt;
        QList<ReferenceSite> sites;
        for (const PatternReference &ref : p.body.references) {
            if (ref.id == d.subject && ref.name != target->fields.name && !ref.nameSpan.isEmpty())
                sites.append({p.fileName, ref.nameSpan, ref.position, ref.name, {}});
        }
        const QList<FileEdit> edits = renameReferencesAt(language, sites, target->fields.name);
        if (edits.isEmpty())
            return std::nullopt;
        return QuickFix{QuickFixesTr::tr("Rename the references to %1 in %2").arg(target->fields.name, p.fileName), edits};
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
        const std::optional<QuickFix> fix = fixFor(current, d);
        if (!fix) {
            ++plan.skipped;
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

} // namespace pb
