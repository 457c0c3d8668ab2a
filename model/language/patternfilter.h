#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace pb {

struct Pattern;

// What the user narrowed the language to. The list and the graph share one.
struct PatternFilter
{
    QString text; // every word must appear in the name, tags or body; a number must be the id; #word a tag
    QSet<QString> tags; // any of these tags (empty: any pattern)
    QSet<int> confidences; // any of these (empty: any)
    QSet<int> scales; // any of these (empty: any)

    bool isEmpty() const { return text.trimmed().isEmpty() && tags.isEmpty() && confidences.isEmpty() && scales.isEmpty(); }
    // Broken patterns always match: they are marked, never hidden.
    bool matches(const Pattern &pattern) const;

    friend bool operator==(const PatternFilter &, const PatternFilter &) = default;
};

// The lowercased text the search runs over: id, name, file name, tags and body.
QString searchText(const Pattern &pattern);

} // namespace pb

namespace pb {

class Language;

// Quick open's ranking: patterns whose id, name or tags match every word of `query`, best first
// (an exact id, then names starting with the query, then names containing it, then tags), at most
// `limit` of them. Indices into the language.
QList<int> quickOpenMatches(const Language &language, const QString &query, int limit = 50);

} // namespace pb
