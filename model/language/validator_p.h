#pragma once

// The validator's parts, for LanguageAnalysis, which runs the checks of a few patterns at a time
// when one of them changes, and for validate(), which runs them all.

#include "format/diagnostic.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QVarLengthArray>

namespace pb {

class Language;
class LinkGraph;
struct Pattern;

namespace validation {

// The patterns that share an id or a name (case-folded), each group in index order: what the
// duplicate check reports. Kept up to date pattern by pattern, as folding every name again on
// each keystroke would cost more than all the other checks together.
struct SharedKeys
{
    using Group = QVarLengthArray<int, 2>; // most keys are one pattern's: no allocation for them
    QHash<int, Group> byId;
    QHash<QString, Group> byName;

    void reserve(qsizetype patterns);

    void add(int index, int id, const QString &foldedName);
    void remove(int index, int id, const QString &foldedName);
};

// The name as the duplicate check compares it (case-folded), the name itself when folding
// changes nothing.
QString foldedName(const Pattern &pattern);

// The checks across files, as the rule table lists them.
class Checker
{
public:
    Checker(const Language &language, const SharedKeys &shared);

    // One pattern against the others: the ids and names it shares, then its references, link
    // lists, paragraphs and scale. What it says depends on this pattern and on the patterns whose
    // ids it names, and on those sharing its id or name; nothing else.
    Diagnostics checkPattern(int index) const;

    // The language as a whole (isolated and unreachable patterns, cycles, the root): what is about
    // one pattern goes to perPattern at its index, the rest to languageWide.
    void checkLanguage(const LinkGraph &graph, QList<Diagnostics> &perPattern, Diagnostics &languageWide) const;

private:
    const Language &m_language;
    const SharedKeys &m_shared;
    QHash<int, QString> m_unreadable; // broken files whose names start with an id
    bool m_duplicates = false;
    QList<int> m_patternChecks; // pb::Check values, those of one pattern, in table order
    bool m_health = false;
};

} // namespace validation
} // namespace pb
