#include "language/languageanalysis.h"
#include "language/language.h"
#include "language/parallel_p.h"

#include <QSet>

namespace pb {

namespace {

// The id a file name starts with ("012-x.md" -> 12), which the validator's hint for an
// unreadable file uses; 0 if none.
int leadingId(const QString &fileName)
{
    int digits = 0;
    while (digits < fileName.size() && fileName.at(digits).isDigit())
        ++digits;
    return digits > 0 ? fileName.left(digits).toInt() : 0;
}

bool namesAny(const Pattern &p, const QSet<int> &ids)
{
    for (int id : p.fields.contextPatterns) {
        if (ids.contains(id))
            return true;
    }
    for (int id : p.fields.completionPatterns) {
        if (ids.contains(id))
            return true;
    }
    for (const PatternReference &ref : p.body.references) {
        if (ids.contains(ref.id))
            return true;
    }
    return false;
}

bool lessByPlace(const Diagnostic &a, const Diagnostic &b)
{
    if (a.line != b.line)
        return a.line < b.line;
    if (a.column != b.column)
        return a.column < b.column;
    return a.severity() < b.severity();
}

} // namespace

LanguageAnalysis::Face LanguageAnalysis::faceOf(const Pattern &p)
{
    return {p.fields.id, p.fields.name, p.broken, p.fields.contextPatterns, p.fields.completionPatterns};
}

LanguageAnalysis LanguageAnalysis::build(const Language &language)
{
    return build(language, LinkGraph::build(language));
}

LanguageAnalysis LanguageAnalysis::build(const Language &language, const LinkGraph &graph)
{
    LanguageAnalysis a;
    a.m_graph = graph;
    const int n = language.patternCount();
    a.m_faces.resize(n);
    a.m_names.resize(n);
    a.m_shared.reserve(n);
    for (int i = 0; i < n; ++i) {
        const Pattern &p = language.pattern(i);
        a.m_faces[i] = faceOf(p);
        a.m_names[i] = validation::foldedName(p);
        a.m_shared.add(i, p.fields.id, a.m_names.at(i));
    }
    a.checkAll(language);
    a.assemble(language);
    return a;
}

void LanguageAnalysis::checkAll(const Language &language)
{
    const validation::Checker checker(language, m_shared);
    const int n = language.patternCount();
    m_checks.resize(n);
    // Each pattern's checks read the language and write their own row: on every core.
    Diagnostics *rows = m_checks.data();
    parallelFor(n, [&](int i) { rows[i] = checker.checkPattern(i); });
    m_checked = n;
}

LanguageAnalysis LanguageAnalysis::update(const LanguageAnalysis &previous, const Language &language,
                                          const QList<int> &changed)
{
    const int n = language.patternCount();
    // Many changes at once (a checkout): finding who they touch would cost more than the checks.
    if (previous.m_checks.size() != n || (changed.size() > 16 && changed.size() > n / 8))
        return build(language);

    LanguageAnalysis a = previous;
    // The ids whose patterns changed, before and after, and the names they share: every pattern
    // whose diagnostics can differ names one of these ids or shares one of these keys.
    QSet<int> ids;
    QSet<int> affected;
    for (int i : changed) {
        const Pattern &p = language.pattern(i);
        affected.insert(i);
        Face face = faceOf(p);
        if (face == a.m_faces.at(i))
            continue; // words of the body: nobody else's checks read them
        const QString name = validation::foldedName(p);
        const int oldId = a.m_faces.at(i).id;
        for (int j : a.m_shared.byId.value(oldId))
            affected.insert(j);
        for (int j : a.m_shared.byName.value(a.m_names.at(i)))
            affected.insert(j);
        ids.insert(oldId);
        a.m_shared.remove(i, oldId, a.m_names.at(i));
        a.m_faces[i] = std::move(face);
        a.m_names[i] = name;
        a.m_shared.add(i, p.fields.id, name);
        for (int j : a.m_shared.byId.value(p.fields.id))
            affected.insert(j);
        for (int j : a.m_shared.byName.value(name))
            affected.insert(j);
        ids.insert(p.fields.id);
        ids.insert(leadingId(p.fileName)); // the hint that names an unreadable file
    }
    ids.remove(0);
    if (!ids.isEmpty()) {
        for (int i = 0; i < n; ++i) {
            if (!affected.contains(i) && namesAny(language.pattern(i), ids))
                affected.insert(i);
        }
    }
    a.m_graph = LinkGraph::build(language);
    const validation::Checker checker(language, a.m_shared);
    for (int i : std::as_const(affected))
        a.m_checks[i] = checker.checkPattern(i);
    a.m_checked = int(affected.size());
    a.assemble(language);
    return a;
}

// The whole list, in the order sortDiagnostics() gives: each pattern's own diagnostics (from
// parsing), its checks and the language's checks about it, sorted within the file; the files in
// the language's order.
void LanguageAnalysis::assemble(const Language &language)
{
    const int n = language.patternCount();
    QList<Diagnostics> ofLanguage(n);
    Diagnostics languageWide = language.loadDiagnostics();
    validation::Checker(language, m_shared).checkLanguage(m_graph, ofLanguage, languageWide);

    Diagnostics all = languageWide;
    Diagnostics file;
    for (int i = 0; i < n; ++i) {
        const Diagnostics &own = language.pattern(i).diagnostics;
        if (own.isEmpty() && m_checks.at(i).isEmpty() && ofLanguage.at(i).isEmpty())
            continue;
        file.clear();
        file += own;
        file += m_checks.at(i);
        file += ofLanguage.at(i);
        std::stable_sort(file.begin(), file.end(), lessByPlace);
        all += file;
    }
    // The files are in order already, unless the language-wide ones (about the folder) or an odd
    // path say otherwise; sorting keeps the order within each file.
    const bool sorted = std::is_sorted(all.begin(), all.end(),
                                       [](const Diagnostic &a, const Diagnostic &b) { return a.file < b.file; });
    if (!sorted)
        sortDiagnostics(all);
    m_diagnostics = std::move(all);
}

} // namespace pb
