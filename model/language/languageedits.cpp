#include "language/languageedits.h"
#include "language/language.h"
#include "format/patternwriter.h"
#include "format/yamlvalue.h"

#include <QCoreApplication>
#include <QMap>
#include <QRegularExpression>

namespace pb {

namespace {
// The context of these messages for Qt Linguist.
class LanguageEditsTr
{
    Q_DECLARE_TR_FUNCTIONS(pb::LanguageEdits)
};
} // namespace

int nextFreeId(const Language &language)
{
    int largest = 0;
    for (const Pattern &p : language.patterns())
        largest = std::max(largest, p.fields.id);
    return largest + 1;
}

QString slugFor(const QString &name)
{
    QString slug;
    for (QChar c : name.normalized(QString::NormalizationForm_KD)) {
        if (c.isLetterOrNumber() && c.unicode() < 0x80)
            slug += c.toLower();
        else if (c.isLetterOrNumber() && c.category() != QChar::Mark_NonSpacing)
            slug += c.toLower();
        else if (c.category() == QChar::Mark_NonSpacing)
            continue; // the accent of a decomposed letter
        else if (!slug.endsWith(QLatin1Char('-')))
            slug += QLatin1Char('-');
    }
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    while (slug.startsWith(QLatin1Char('-')))
        slug.remove(0, 1);
    return slug.isEmpty() ? QStringLiteral("pattern") : slug.left(60);
}

QString fileNameFor(int id, const QString &name)
{
    return QStringLiteral("%1-%2.md").arg(id, 3, 10, QLatin1Char('0')).arg(slugFor(name));
}

namespace {

QByteArray skeleton(int id, const QString &name, int scale)
{
    QByteArray text = "---\nid: " + QByteArray::number(id) + "\nname: " + formatScalar(name, ScalarStyle::DoubleQuoted) + "\nconfidence: 0\n";
    if (scale > 0)
        text += "scale: " + QByteArray::number(scale) + "\n";
    text += "context_patterns: []\ncompletion_patterns: []\nai_dimension: false\ntags: []\nreferences: []\n---\n\n# "
            + markdownTitle(name, 0)
            + "\n\n_The larger patterns this one helps to complete, each named as **Name (id)**._\n\n---\n\n"
              "**The problem: the forces in conflict, in a sentence or two.**\n\n---\n\n"
              "The discussion: where the problem comes from, what is known about it, what works.\n\n"
              "Therefore:\n\n**The solution: what to do, general enough to apply widely, specific enough to act on.**\n\n"
              "---\n\n_The smaller patterns that complete this one, each named as **Name (id)**._\n\n## References\n\n";
    return text;
}

} // namespace

QByteArray newPatternText(const Language &language, int id, const QString &name, int scale)
{
    const QByteArray templ = language.templateBytes();
    if (!templ.isEmpty()) {
        const Pattern p = parsePattern(QStringLiteral("_TEMPLATE.md"), QStringLiteral("_TEMPLATE.md"), templ);
        QList<FieldEdit> edits{FieldEdit::set(QStringLiteral("id"), id), FieldEdit::set(QStringLiteral("name"), name)};
        // No scale chosen: none, not the template's example.
        edits.append(scale > 0 ? FieldEdit::set(QStringLiteral("scale"), scale) : FieldEdit::unset(QStringLiteral("scale")));
        // The template's title reads "Pattern Name": the name edit rewrites it.
        const EditResult r = applyEdits(p, edits);
        if (r.ok)
            return r.bytes;
    }
    return skeleton(id, name, scale);
}

namespace {

QByteArray escapedName(const QString &name)
{
    return markdownTitle(name, 0);
}

// Replaces spans of `bytes`, given in ascending order, with the matching texts.
QByteArray replaceSpans(const QByteArray &bytes, const QList<QPair<Span, QByteArray>> &replacements)
{
    QByteArray out;
    int at = 0;
    for (const auto &[span, text] : replacements) {
        out += bytes.mid(at, span.start - at);
        out += text;
        at = span.end;
    }
    return out + bytes.mid(at);
}

QVariantList replaced(const QList<int> &ids, int from, int to)
{
    QVariantList out;
    for (int id : ids)
        out.append(id == from ? to : id);
    return out;
}

} // namespace

namespace {
// The words around a span, on its line: enough to see what the reference says in its sentence.
QString excerptAround(const Pattern &p, const Span &span)
{
    const int line = p.index.lineAt(span.start);
    const int lineStart = p.index.lineStart(line);
    const int lineEnd = p.index.lineEnd(line);
    const int from = std::max(lineStart, span.start - 60);
    const int to = std::min(lineEnd, span.end + 60);
    QString out = QString::fromUtf8(p.bytes.mid(from, to - from)).simplified();
    if (from > lineStart)
        out.prepend(QChar(0x2026));
    if (to < lineEnd)
        out.append(QChar(0x2026));
    return out;
}
} // namespace

RenameChanges renameReferences(const Language &language, int id, const QString &oldName, const QString &newName)
{
    RenameChanges out;
    QList<ReferenceSite> &exact = out.exact;
    for (const Pattern &p : language.patterns()) {
        if (p.broken)
            continue;
        for (const PatternReference &ref : p.body.references) {
            if (ref.id != id || ref.name == newName || ref.nameSpan.isEmpty())
                continue;
            const ReferenceSite site{p.fileName, ref.nameSpan, ref.position, ref.name, excerptAround(p, ref.span)};
            if (ref.name == oldName)
                exact.append(site);
            else
                out.others.append(site);
        }
    }
    out.edits = renameReferencesAt(language, exact, newName);
    return out;
}

QList<FileEdit> renameReferencesAt(const Language &language, const QList<ReferenceSite> &sites, const QString &newName)
{
    QMap<QString, QList<QPair<Span, QByteArray>>> byFile;
    for (const ReferenceSite &site : sites)
        byFile[site.fileName].append({site.nameSpan, escapedName(newName)});
    QList<FileEdit> out;
    for (auto it = byFile.begin(); it != byFile.end(); ++it) {
        const int index = language.indexOfFile(it.key());
        if (index < 0)
            continue;
        const Pattern &p = language.pattern(index);
        QList<QPair<Span, QByteArray>> replacements = it.value();
        std::sort(replacements.begin(), replacements.end(), [](const auto &a, const auto &b) { return a.first.start < b.first.start; });
        out.append({p.fileName, p.bytes, replaceSpans(p.bytes, replacements), int(replacements.size()),
                    LanguageEditsTr::tr("%n reference(s) renamed", nullptr, int(replacements.size()))});
    }
    return out;
}

QList<FileEdit> renumber(const Language &language, int oldId, int newId)
{
    QList<FileEdit> out;
    static const QRegularExpression number(QStringLiteral("\\((\\d+)\\)\\s*[*_]{2}$"));
    for (const Pattern &p : language.patterns()) {
        if (p.broken)
            continue;
        // References first (spans in the old text), then the front matter through the writer.
        QList<QPair<Span, QByteArray>> replacements;
        for (const PatternReference &ref : p.body.references) {
            if (ref.id != oldId || ref.span.isEmpty())
                continue;
            const QString text = QString::fromUtf8(p.bytes.mid(ref.span.start, ref.span.length()));
            const auto m = number.match(text);
            if (!m.hasMatch())
                continue;
            const int digitsStart = ref.span.start + int(text.left(m.capturedStart(1)).toUtf8().size());
            replacements.append({{digitsStart, digitsStart + int(m.captured(1).toUtf8().size())}, QByteArray::number(newId)});
        }
        QByteArray bytes = replaceSpans(p.bytes, replacements);
        int changes = int(replacements.size());
        QList<FieldEdit> edits;
        if (p.fields.id == oldId)
            edits.append(FieldEdit::set(QStringLiteral("id"), newId));
        if (p.fields.contextPatterns.contains(oldId))
            edits.append(FieldEdit::set(QStringLiteral("context_patterns"), replaced(p.fields.contextPatterns, oldId, newId)));
        if (p.fields.completionPatterns.contains(oldId))
            edits.append(FieldEdit::set(QStringLiteral("completion_patterns"), replaced(p.fields.completionPatterns, oldId, newId)));
        if (!edits.isEmpty()) {
            const EditResult r = applyEdits(parsePattern(p.fileName, p.path, bytes), edits);
            if (r.ok) {
                bytes = r.bytes;
                changes += int(edits.size());
            }
        }
        if (changes > 0)
            out.append({p.fileName, p.bytes, bytes, changes,
                        p.fields.id == oldId ? LanguageEditsTr::tr("its own id, and %n reference(s)", nullptr, changes - 1)
                                             : LanguageEditsTr::tr("%n link(s) or reference(s)", nullptr, changes)});
    }
    return out;
}

QList<FileEdit> mirrorLink(const Language &language, const QString &fromFile, int toId, QString *refused)
{
    const int fromIndex = language.indexOfFile(fromFile);
    const int toIndex = language.indexOfId(toId);
    if (fromIndex < 0 || toIndex < 0)
        return {};
    const Pattern &from = language.pattern(fromIndex);
    const Pattern &to = language.pattern(toIndex);
    if (to.broken || from.fields.id <= 0)
        return {};
    QString key;
    QList<int> ids;
    if (from.fields.completionPatterns.contains(toId) && !to.fields.contextPatterns.contains(from.fields.id)) {
        key = QStringLiteral("context_patterns");
        ids = to.fields.contextPatterns;
    } else if (from.fields.contextPatterns.contains(toId) && !to.fields.completionPatterns.contains(from.fields.id)) {
        key = QStringLiteral("completion_patterns");
        ids = to.fields.completionPatterns;
    } else {
        return {};
    }
    ids.append(from.fields.id);
    QVariantList list;
    for (int id : ids)
        list.append(id);
    const EditResult r = applyEdits(to, {FieldEdit::set(key, list)});
    if (!r.ok) {
        if (refused)
            *refused = r.error;
        return {};
    }
    return {{to.fileName, to.bytes, r.bytes, 1, LanguageEditsTr::tr("adds %1 to %2").arg(from.fields.id).arg(key)}};
}

QList<QPair<QString, int>> referencesTo(const Language &language, int id)
{
    QList<QPair<QString, int>> out;
    for (const Pattern &p : language.patterns()) {
        if (p.fields.id == id)
            continue;
        int count = int(p.fields.contextPatterns.count(id) + p.fields.completionPatterns.count(id));
        for (const PatternReference &ref : p.body.references)
            count += ref.id == id ? 1 : 0;
        if (count > 0)
            out.append({p.fileName, count});
    }
    return out;
}

} // namespace pb
