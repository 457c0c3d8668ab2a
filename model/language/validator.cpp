#include "language/validator.h"
#include "language/language.h"
#include "language/languageanalysis.h"
#include "language/linkgraph.h"
#include "language/validator_p.h"

#include <QCoreApplication>
#include <QSet>
#include <QVarLengthArray>
#include <algorithm>

namespace pb {

namespace {

// The context of these messages for Qt Linguist.
class ValidatorTr
{
    Q_DECLARE_TR_FUNCTIONS(pb::Validator)
};

int valueOffset(const Pattern &p, const QString &key)
{
    const FrontMatterEntry *e = p.entry(key);
    return e ? e->value.start : p.layout.openingLine.start;
}

int itemOffset(const FrontMatterEntry *e, const Pattern &p, int item)
{
    if (!e)
        return p.layout.openingLine.start;
    return item < e->items.size() ? e->items.at(item).start : e->value.start;
}

int titleOffset(const Pattern &p)
{
    if (!p.body.hasTitle)
        return p.layout.openingLine.start;
    return p.body.titleText.start >= 0 ? p.body.titleText.start : p.index.offset(p.body.titlePosition.line, 1);
}

QString label(const Pattern &p)
{
    return QStringLiteral("%1 %2 (%3)").arg(p.fields.id).arg(p.fields.name, p.fileName);
}

// The ids a pattern names: a handful, so a short array, which (unlike a QSet) allocates nothing;
// a hash only for a list long enough that searching the array would cost more.
class IdSet
{
public:
    bool contains(int id) const
    {
        return m_many.isEmpty() ? std::find(m_few.cbegin(), m_few.cend(), id) != m_few.cend() : m_many.contains(id);
    }
    void insert(int id)
    {
        if (contains(id))
            return;
        if (m_many.isEmpty() && m_few.size() < FewIds) {
            m_few.append(id);
            return;
        }
        if (m_many.isEmpty())
            m_many = QSet<int>(m_few.cbegin(), m_few.cend());
        m_many.insert(id);
    }

private:
    static constexpr int FewIds = 32;
    QVarLengthArray<int, FewIds> m_few;
    QSet<int> m_many;
};

// The checks of one pattern, writing into one list.
class PatternChecks
{
public:
    PatternChecks(const Language &language, const QHash<int, QString> &unreadable, const Pattern &p, Diagnostics &out)
        : m_language(language), m_unreadable(unreadable), p(p), m_out(out)
    {
    }

    void run(Check check)
    {
        switch (check) {
        case Check::References:
            references();
            break;
        case Check::LinkLists:
            linkList(QStringLiteral("context_patterns"), p.fields.contextPatterns, true);
            linkList(QStringLiteral("completion_patterns"), p.fields.completionPatterns, false);
            break;
        case Check::Paragraphs:
            paragraphs();
            break;
        case Check::Scales:
            if (m_language.hasScales() && p.fields.scale > 0 && !m_language.scales().contains(p.fields.scale))
                add(Code::UndefinedScale, valueOffset(p, QStringLiteral("scale")),
                    ValidatorTr::tr("scale %1 is not named in SCALES.md").arg(p.fields.scale));
            break;
        default:
            break; // the language's own checks run apart
        }
    }

    // Each pattern of a group that shares what must be unique hears which files share it.
    template <typename Describe>
    void shared(const validation::SharedKeys::Group &group, Code code, const QString &key, Describe describe)
    {
        if (group.size() < 2)
            return;
        QStringList others;
        for (int j : group) {
            const Pattern &other = m_language.pattern(j);
            if (&other != &p)
                others.append(other.fileName);
        }
        add(code, valueOffset(p, key),
            ValidatorTr::tr("%1 is also used by %2").arg(describe(p), others.join(QLatin1String(", "))));
    }

private:
    void add(Code code, int offset, const QString &message, int subject = 0, const QString &key = {})
    {
        const TextPosition pos = p.position(offset);
        m_out.append({code, message, p.path, pos.line, pos.column, subject, key});
    }

    void references()
    {
        for (const PatternReference &ref : p.body.references) {
            const Pattern *target = m_language.patternById(ref.id);
            if (!target) {
                add(Code::BrokenReference, ref.span.start,
                    ValidatorTr::tr("**%1 (%2)**: no pattern has id %2%3")
                        .arg(ref.name)
                        .arg(ref.id)
                        .arg(unreadableHint(ref.id)));
            } else if (!target->fields.name.isEmpty() && target->fields.name != ref.name) {
                add(Code::StaleReference, ref.span.start,
                    ValidatorTr::tr("**%1 (%2)**: pattern %2 is named '%3'")
                        .arg(ref.name)
                        .arg(ref.id)
                        .arg(target->fields.name),
                    ref.id);
            }
        }
    }

    void linkList(const QString &key, const QList<int> &ids, bool isContext)
    {
        const QString other = isContext ? QStringLiteral("completion_patterns") : QStringLiteral("context_patterns");
        const FrontMatterEntry *entry = p.entry(key);
        IdSet seen;
        for (int i = 0; i < ids.size(); ++i) {
            const int id = ids.at(i);
            const int at = itemOffset(entry, p, i);
            if (seen.contains(id)) {
                add(Code::DuplicateLink, at, ValidatorTr::tr("%1 lists %2 twice").arg(key).arg(id), id, key);
                continue;
            }
            seen.insert(id);
            if (id == p.fields.id) {
                add(Code::SelfLink, at, ValidatorTr::tr("%1 lists the pattern itself (%2)").arg(key).arg(id), id, key);
                continue;
            }
            const Pattern *target = m_language.patternById(id);
            if (!target) {
                add(Code::BrokenLink, at,
                    ValidatorTr::tr("%1 lists %2, but no pattern has id %2%3")
                        .arg(key)
                        .arg(id)
                        .arg(unreadableHint(id)));
                continue;
            }
            if (target->broken)
                continue;
            const QList<int> &back = isContext ? target->fields.completionPatterns : target->fields.contextPatterns;
            if (!back.contains(p.fields.id))
                add(Code::UnmirroredLink, at,
                    ValidatorTr::tr("%1 lists %2 under %3, but %4 does not list %1 under %5")
                        .arg(p.fields.id)
                        .arg(id)
                        .arg(key, label(*target), other),
                    id, key);
        }
    }

    void paragraphs()
    {
        IdSet inContext, inCompletion;
        for (const PatternReference &ref : p.body.references) {
            if (ref.part == ReferencePart::Context) {
                inContext.insert(ref.id);
                if (!p.fields.contextPatterns.contains(ref.id) && ref.id != p.fields.id)
                    add(Code::ContextNotListed, ref.span.start,
                        ValidatorTr::tr(
                            "**%1 (%2)** is named in the context paragraph but not listed in context_patterns")
                            .arg(ref.name)
                            .arg(ref.id),
                        ref.id, QStringLiteral("context_patterns"));
            } else if (ref.part == ReferencePart::Completion) {
                inCompletion.insert(ref.id);
                if (!p.fields.completionPatterns.contains(ref.id) && ref.id != p.fields.id)
                    add(Code::CompletionNotListed, ref.span.start,
                        ValidatorTr::tr(
                            "**%1 (%2)** is named in the completion paragraph but not listed in completion_patterns")
                            .arg(ref.name)
                            .arg(ref.id),
                        ref.id, QStringLiteral("completion_patterns"));
            }
        }
        auto unmentioned = [&](const QString &key, const QList<int> &ids, const IdSet &named, FormPart part,
                               Code code) {
            if (!p.body.has(part))
                return; // the missing paragraph is reported already
            const FrontMatterEntry *entry = p.entry(key);
            for (int i = 0; i < ids.size(); ++i) {
                if (named.contains(ids.at(i)))
                    continue;
                const Pattern *target = m_language.patternById(ids.at(i));
                const bool context = part == FormPart::Context;
                QString message;
                if (!target)
                    message = context ? ValidatorTr::tr("%1 lists %2, but the context paragraph does not name it")
                                      : ValidatorTr::tr("%1 lists %2, but the completion paragraph does not name it");
                else
                    message =
                        context
                            ? ValidatorTr::tr("%1 lists %2, but the context paragraph does not name it as **%3 (%2)**")
                            : ValidatorTr::tr(
                                  "%1 lists %2, but the completion paragraph does not name it as **%3 (%2)**");
                message = message.arg(key).arg(ids.at(i));
                add(code, itemOffset(entry, p, i), target ? message.arg(target->fields.name) : message);
            }
        };
        unmentioned(QStringLiteral("context_patterns"), p.fields.contextPatterns, inContext, FormPart::Context,
                    Code::ContextNotMentioned);
        unmentioned(QStringLiteral("completion_patterns"), p.fields.completionPatterns, inCompletion,
                    FormPart::Completion, Code::CompletionNotMentioned);
    }

    // "; 002-x.md may be it, but it cannot be read", when a broken file's name starts with the id.
    QString unreadableHint(int id) const
    {
        const auto it = m_unreadable.constFind(id);
        return it == m_unreadable.cend() ? QString()
                                         : ValidatorTr::tr("; %1 may be it, but it cannot be read").arg(*it);
    }

    const Language &m_language;
    const QHash<int, QString> &m_unreadable;
    const Pattern &p;
    Diagnostics &m_out;
};

} // namespace

namespace validation {

QString foldedName(const Pattern &pattern)
{
    // toCaseFolded() allocates for every name with a capital; ASCII needs only a lower case.
    const QString &name = pattern.fields.name;
    bool ascii = true;
    bool upper = false;
    for (QChar c : name) {
        ascii = ascii && c.unicode() < 0x80;
        upper = upper || (c.unicode() >= 'A' && c.unicode() <= 'Z');
    }
    if (!ascii)
        return name.toCaseFolded();
    if (!upper)
        return name;
    QString folded = name;
    for (QChar &c : folded) {
        if (c.unicode() >= 'A' && c.unicode() <= 'Z')
            c = QChar(c.unicode() + ('a' - 'A'));
    }
    return folded;
}

void SharedKeys::reserve(qsizetype patterns)
{
    byId.reserve(patterns);
    byName.reserve(patterns);
}

void SharedKeys::add(int index, int id, const QString &name)
{
    auto insertSorted = [index](Group &group) {
        group.insert(std::lower_bound(group.begin(), group.end(), index), index);
    };
    if (id > 0)
        insertSorted(byId[id]);
    if (!name.isEmpty())
        insertSorted(byName[name]);
}

void SharedKeys::remove(int index, int id, const QString &name)
{
    auto removeFrom = [index](auto &hash, const auto &key) {
        const auto it = hash.find(key);
        if (it == hash.end())
            return;
        it->removeAll(index);
        if (it->isEmpty())
            hash.erase(it);
    };
    if (id > 0)
        removeFrom(byId, id);
    if (!name.isEmpty())
        removeFrom(byName, name);
}

Checker::Checker(const Language &language, const SharedKeys &shared) : m_language(language), m_shared(shared)
{
    // Files that can't be read may be the pattern a reference means: name them in the message.
    for (const Pattern &p : language.patterns()) {
        if (!p.broken || p.fields.id != 0)
            continue;
        int digits = 0;
        while (digits < p.fileName.size() && p.fileName.at(digits).isDigit())
            ++digits;
        if (digits > 0)
            m_unreadable.insert(p.fileName.left(digits).toInt(), p.fileName);
    }
    for (Check check : checksOf(CheckScope::Language)) {
        if (check == Check::Duplicates)
            m_duplicates = true;
        else if (check == Check::Health)
            m_health = true;
        else
            m_patternChecks.append(int(check));
    }
}

Diagnostics Checker::checkPattern(int index) const
{
    const Pattern &p = m_language.pattern(index);
    Diagnostics out;
    PatternChecks checks(m_language, m_unreadable, p, out);
    if (m_duplicates) {
        if (p.fields.id > 0)
            checks.shared(m_shared.byId.value(p.fields.id), Code::DuplicateId, QStringLiteral("id"),
                          [](const Pattern &p) { return ValidatorTr::tr("id %1").arg(p.fields.id); });
        if (!p.fields.name.isEmpty())
            checks.shared(m_shared.byName.value(foldedName(p)), Code::DuplicateName, QStringLiteral("name"),
                          [](const Pattern &p) { return ValidatorTr::tr("name '%1'").arg(p.fields.name); });
    }
    if (!p.broken) {
        for (int check : m_patternChecks)
            checks.run(Check(check));
    }
    return out;
}

void Checker::checkLanguage(const LinkGraph &graph, QList<Diagnostics> &perPattern, Diagnostics &languageWide) const
{
    if (!m_health)
        return;
    const int n = m_language.patternCount();
    auto add = [&](int i, Code code, int offset, const QString &message) {
        const Pattern &p = m_language.pattern(i);
        const TextPosition pos = p.position(offset);
        perPattern[i].append({code, message, p.path, pos.line, pos.column});
    };
    QList<int> roots;
    int healthy = 0;
    for (int i = 0; i < n; ++i) {
        const Pattern &p = m_language.pattern(i);
        if (p.broken)
            continue;
        ++healthy;
        if (p.fields.scale == 1)
            roots.append(i);
    }
    if (healthy == 0)
        return;
    QList<bool> isolated(n, false);
    for (int i = 0; i < n; ++i) {
        const Pattern &p = m_language.pattern(i);
        if (!p.broken && !graph.hasLinks(i) && healthy > 1) {
            isolated[i] = true;
            add(i, Code::IsolatedPattern, titleOffset(p),
                ValidatorTr::tr("%1 has no links: no pattern it belongs to, none that complete it, none it names")
                    .arg(p.displayName()));
        }
    }
    if (roots.isEmpty()) {
        languageWide.append({Code::NoRootPattern,
                             ValidatorTr::tr("no pattern has scale 1, so nothing roots the language"),
                             m_language.directory(), 0, 0});
    } else {
        const QList<bool> reached = graph.reachableFrom(roots);
        for (int i = 0; i < n; ++i) {
            const Pattern &p = m_language.pattern(i);
            if (p.broken || reached.at(i) || isolated.at(i))
                continue;
            add(i, Code::UnreachablePattern, titleOffset(p),
                ValidatorTr::tr("%1 is not reached from any scale 1 pattern through completion links")
                    .arg(p.displayName()));
        }
    }
    for (const QList<int> &cycle : graph.cycles()) {
        QStringList ids;
        for (int i : cycle)
            ids.append(QString::number(m_language.pattern(i).fields.id));
        ids.append(ids.first());
        const Pattern &p = m_language.pattern(cycle.first());
        add(cycle.first(), Code::CompletionCycle, valueOffset(p, QStringLiteral("completion_patterns")),
            ValidatorTr::tr("completion links form a cycle: %1").arg(ids.join(QStringLiteral(" → "))));
    }
}

} // namespace validation

Diagnostics validate(const Language &language, const LinkGraph &graph)
{
    return LanguageAnalysis::build(language, graph).diagnostics();
}

Diagnostics validate(const Language &language)
{
    return LanguageAnalysis::build(language).diagnostics();
}

} // namespace pb
