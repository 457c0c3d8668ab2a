#include "validator.h"
#include "language.h"
#include "linkgraph.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace pb {

namespace {

// The context of these messages for Qt Linguist.
class ValidatorTr
{
    Q_DECLARE_TR_FUNCTIONS(pb::Validator)
};

class Checker
{
public:
    Checker(const Language &language, const LinkGraph &graph)
        : m_language(language)
        , m_graph(graph)
    {
    }

    Diagnostics run()
    {
        // Files that can't be read may be the pattern a reference means: name them in the message.
        for (const Pattern &p : m_language.patterns()) {
            int digits = 0;
            while (digits < p.fileName.size() && p.fileName.at(digits).isDigit())
                ++digits;
            if (p.broken && p.fields.id == 0 && digits > 0)
                m_unreadable.insert(p.fileName.left(digits).toInt(), p.fileName);
        }
        // The checks across files, as the rule table lists them: those of one pattern at a time
        // in one pass over the patterns, then those of the language as a whole.
        const QList<Check> checks = checksOf(CheckScope::Language);
        if (checks.contains(Check::Duplicates))
            duplicates();
        for (int i = 0; i < m_language.patternCount(); ++i) {
            const Pattern &p = m_language.pattern(i);
            if (p.broken)
                continue;
            for (Check check : checks)
                checkPattern(check, p);
        }
        if (checks.contains(Check::Health))
            health();
        return m_out;
    }

private:
    void checkPattern(Check check, const Pattern &p)
    {
        switch (check) {
        case Check::References:
            references(p);
            break;
        case Check::LinkLists:
            linkList(p, QStringLiteral("context_patterns"), p.fields.contextPatterns, true);
            linkList(p, QStringLiteral("completion_patterns"), p.fields.completionPatterns, false);
            break;
        case Check::Paragraphs:
            paragraphs(p);
            break;
        case Check::Scales:
            if (m_language.hasScales() && p.fields.scale > 0 && !m_language.scales().contains(p.fields.scale))
                add(p, Code::UndefinedScale, valueOffset(p, QStringLiteral("scale")),
                    ValidatorTr::tr("scale %1 is not named in SCALES.md").arg(p.fields.scale));
            break;
        default:
            break; // the language's own checks run before and after the pass
        }
    }

    void add(const Pattern &p, Code code, int offset, const QString &message, int subject = 0, const QString &key = {})
    {
        const TextPosition pos = p.position(offset);
        m_out.append({code, message, p.path, pos.line, pos.column, subject, key});
    }

    static int valueOffset(const Pattern &p, const QString &key)
    {
        const FrontMatterEntry *e = p.entry(key);
        return e ? e->value.start : p.layout.openingLine.start;
    }

    static int itemOffset(const Pattern &p, const QString &key, int item)
    {
        const FrontMatterEntry *e = p.entry(key);
        if (!e)
            return p.layout.openingLine.start;
        return item < e->items.size() ? e->items.at(item).start : e->value.start;
    }

    static int titleOffset(const Pattern &p)
    {
        if (!p.body.hasTitle)
            return p.layout.openingLine.start;
        return p.body.titleText.start >= 0 ? p.body.titleText.start
                                           : p.index.offset(p.body.titlePosition.line, 1);
    }

    QString label(const Pattern &p) const
    {
        return QStringLiteral("%1 %2 (%3)").arg(p.fields.id).arg(p.fields.name, p.fileName);
    }

    void duplicates()
    {
        QHash<int, QList<int>> byId;
        QHash<QString, QList<int>> byName;
        for (int i = 0; i < m_language.patternCount(); ++i) {
            const Pattern &p = m_language.pattern(i);
            if (p.fields.id > 0)
                byId[p.fields.id].append(i);
            if (!p.fields.name.isEmpty())
                byName[p.fields.name.toCaseFolded()].append(i);
        }
        for (const QList<int> &group : std::as_const(byId))
            reportShared(group, Code::DuplicateId, QStringLiteral("id"), [](const Pattern &p) {
                return ValidatorTr::tr("id %1").arg(p.fields.id);
            });
        for (const QList<int> &group : std::as_const(byName))
            reportShared(group, Code::DuplicateName, QStringLiteral("name"), [](const Pattern &p) {
                return ValidatorTr::tr("name '%1'").arg(p.fields.name);
            });
    }

    // Each pattern of a group that shares what must be unique hears which files share it.
    template<typename Describe>
    void reportShared(const QList<int> &group, Code code, const QString &key, Describe describe)
    {
        if (group.size() < 2)
            return;
        for (int i : group) {
            const Pattern &p = m_language.pattern(i);
            QStringList others;
            for (int j : group) {
                if (j != i)
                    others.append(m_language.pattern(j).fileName);
            }
            add(p, code, valueOffset(p, key),
                ValidatorTr::tr("%1 is also used by %2").arg(describe(p), others.join(QLatin1String(", "))));
        }
    }

    void references(const Pattern &p)
    {
        for (const PatternReference &ref : p.body.references) {
            const Pattern *target = m_language.patternById(ref.id);
            if (!target) {
                add(p, Code::BrokenReference, ref.span.start,
                    ValidatorTr::tr("**%1 (%2)**: no pattern has id %2%3").arg(ref.name).arg(ref.id).arg(unreadableHint(ref.id)));
            } else if (!target->fields.name.isEmpty() && target->fields.name != ref.name) {
                add(p, Code::StaleReference, ref.span.start,
                    ValidatorTr::tr("**%1 (%2)**: pattern %2 is named '%3'").arg(ref.name).arg(ref.id).arg(target->fields.name),
                    ref.id);
            }
        }
    }

    void linkList(const Pattern &p, const QString &key, const QList<int> &ids, bool isContext)
    {
        const QString other = isContext ? QStringLiteral("completion_patterns") : QStringLiteral("context_patterns");
        QSet<int> seen;
        for (int i = 0; i < ids.size(); ++i) {
            const int id = ids.at(i);
            const int at = itemOffset(p, key, i);
            if (seen.contains(id)) {
                add(p, Code::DuplicateLink, at, ValidatorTr::tr("%1 lists %2 twice").arg(key).arg(id), id, key);
                continue;
            }
            seen.insert(id);
            if (id == p.fields.id) {
                add(p, Code::SelfLink, at, ValidatorTr::tr("%1 lists the pattern itself (%2)").arg(key).arg(id), id, key);
                continue;
            }
            const Pattern *target = m_language.patternById(id);
            if (!target) {
                add(p, Code::BrokenLink, at, ValidatorTr::tr("%1 lists %2, but no pattern has id %2%3").arg(key).arg(id).arg(unreadableHint(id)));
                continue;
            }
            if (target->broken)
                continue;
            const QList<int> &back = isContext ? target->fields.completionPatterns : target->fields.contextPatterns;
            if (!back.contains(p.fields.id))
                add(p, Code::UnmirroredLink, at,
                    ValidatorTr::tr("%1 lists %2 under %3, but %4 does not list %1 under %5")
                        .arg(p.fields.id)
                        .arg(id)
                        .arg(key, label(*target), other),
                    id, key);
        }
    }

    void paragraphs(const Pattern &p)
    {
        QSet<int> inContext, inCompletion;
        for (const PatternReference &ref : p.body.references) {
            if (ref.part == ReferencePart::Context) {
                inContext.insert(ref.id);
                if (!p.fields.contextPatterns.contains(ref.id) && ref.id != p.fields.id)
                    add(p, Code::ContextNotListed, ref.span.start,
                        ValidatorTr::tr("**%1 (%2)** is named in the context paragraph but not listed in context_patterns")
                            .arg(ref.name)
                            .arg(ref.id),
                        ref.id, QStringLiteral("context_patterns"));
            } else if (ref.part == ReferencePart::Completion) {
                inCompletion.insert(ref.id);
                if (!p.fields.completionPatterns.contains(ref.id) && ref.id != p.fields.id)
                    add(p, Code::CompletionNotListed, ref.span.start,
                        ValidatorTr::tr("**%1 (%2)** is named in the completion paragraph but not listed in completion_patterns")
                            .arg(ref.name)
                            .arg(ref.id),
                        ref.id, QStringLiteral("completion_patterns"));
            }
        }
        auto unmentioned = [&](const QString &key, const QList<int> &ids, const QSet<int> &named, FormPart part,
                               Code code) {
            if (!p.body.has(part))
                return; // the missing paragraph is reported already
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
                    message = context
                                  ? ValidatorTr::tr("%1 lists %2, but the context paragraph does not name it as **%3 (%2)**")
                                  : ValidatorTr::tr(
                                        "%1 lists %2, but the completion paragraph does not name it as **%3 (%2)**");
                message = message.arg(key).arg(ids.at(i));
                add(p, code, itemOffset(p, key, i), target ? message.arg(target->fields.name) : message);
            }
        };
        unmentioned(QStringLiteral("context_patterns"), p.fields.contextPatterns, inContext, FormPart::Context,
                    Code::ContextNotMentioned);
        unmentioned(QStringLiteral("completion_patterns"), p.fields.completionPatterns, inCompletion,
                    FormPart::Completion, Code::CompletionNotMentioned);
    }

    void health()
    {
        const int n = m_language.patternCount();
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
            if (!p.broken && !m_graph.hasLinks(i) && healthy > 1) {
                isolated[i] = true;
                add(p, Code::IsolatedPattern, titleOffset(p),
                    ValidatorTr::tr("%1 has no links: no pattern it belongs to, none that complete it, none it names")
                        .arg(p.displayName()));
            }
        }
        if (roots.isEmpty()) {
            m_out.append({Code::NoRootPattern,
                          ValidatorTr::tr("no pattern has scale 1, so nothing roots the language"),
                          m_language.directory(), 0, 0});
        } else {
            const QList<bool> reached = m_graph.reachableFrom(roots);
            for (int i = 0; i < n; ++i) {
                const Pattern &p = m_language.pattern(i);
                if (p.broken || reached.at(i) || isolated.at(i))
                    continue;
                add(p, Code::UnreachablePattern, titleOffset(p),
                    ValidatorTr::tr("%1 is not reached from any scale 1 pattern through completion links")
                        .arg(p.displayName()));
            }
        }
        for (const QList<int> &cycle : m_graph.cycles()) {
            QStringList ids;
            for (int i : cycle)
                ids.append(QString::number(m_language.pattern(i).fields.id));
            ids.append(ids.first());
            const Pattern &p = m_language.pattern(cycle.first());
            add(p, Code::CompletionCycle, valueOffset(p, QStringLiteral("completion_patterns")),
                ValidatorTr::tr("completion links form a cycle: %1").arg(ids.join(QStringLiteral(" → "))));
        }
    }

    // "; 002-x.md may be it, but it cannot be read", when a broken file's name starts with the id.
    QString unreadableHint(int id) const
    {
        const auto it = m_unreadable.constFind(id);
        return it == m_unreadable.cend() ? QString()
                                         : ValidatorTr::tr("; %1 may be it, but it cannot be read").arg(*it);
    }

    const Language &m_language;
    const LinkGraph &m_graph;
    Diagnostics m_out;
    QHash<int, QString> m_unreadable;
};

} // namespace

Diagnostics validateAcrossFiles(const Language &language, const LinkGraph &graph)
{
    return Checker(language, graph).run();
}

Diagnostics validate(const Language &language, const LinkGraph &graph)
{
    Diagnostics all = language.loadDiagnostics();
    for (const Pattern &p : language.patterns())
        all += p.diagnostics;
    all += validateAcrossFiles(language, graph);
    sortDiagnostics(all);
    return all;
}

Diagnostics validate(const Language &language)
{
    return validate(language, LinkGraph::build(language));
}

} // namespace pb
