#include "language/savecheck.h"

#include "language/language.h"
#include "language/validator_p.h"

#include <QCoreApplication>

namespace pb {

namespace {

// The context of these messages for Qt Linguist.
class SaveCheckTr
{
    Q_DECLARE_TR_FUNCTIONS(pb::Writer)
};

EditResult refused(const QString &why)
{
    EditResult r;
    r.error = why;
    return r;
}

} // namespace

EditResult checkInLanguage(const Language &language, const QString &fileName, const QByteArray &bytes)
{
    const QString path = language.pathFor(fileName);
    Language changed = language;
    changed.setPattern(parsePattern(fileName, path, bytes));
    const int index = changed.indexOfFile(fileName);
    const Pattern &p = changed.pattern(index);
    // The validator's own check of one pattern (validator_p.h), with the groups of patterns that
    // share this one's id or name: the only errors that reach across files.
    validation::SharedKeys shared;
    const QString name = validation::foldedName(p);
    for (int i = 0; i < changed.patternCount(); ++i) {
        const Pattern &other = changed.pattern(i);
        const bool sameId = p.fields.id > 0 && other.fields.id == p.fields.id;
        const bool sameName = !name.isEmpty() && !other.fields.name.isEmpty() && validation::foldedName(other) == name;
        if (sameId || sameName)
            shared.add(i, sameId ? other.fields.id : 0, sameName ? name : QString());
    }
    EditResult result;
    for (const Diagnostic &d : p.diagnostics + validation::Checker(changed, shared).checkPattern(index)) {
        if (d.isError() && d.file == path)
            result.diagnostics.append(d);
    }
    sortDiagnostics(result.diagnostics);
    result.ok = result.diagnostics.isEmpty();
    if (!result.ok)
        result.error = SaveCheckTr::tr("%1 would not be valid; nothing was written").arg(path);
    result.bytes = bytes;
    return result;
}

EditResult editInLanguage(const Language &language, const QString &fileName, const QList<FieldEdit> &edits)
{
    const int index = language.indexOfFile(fileName);
    if (index < 0)
        return refused(SaveCheckTr::tr("%1 is not a pattern of this language").arg(fileName));
    const EditResult edited = applyEdits(language.pattern(index), edits);
    if (!edited.ok)
        return edited;
    return checkInLanguage(language, fileName, edited.bytes);
}

} // namespace pb
