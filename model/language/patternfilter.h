#pragma once

#include <QByteArray>
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
    // The same, with the pattern's searchKey() made already (a list keeps them between keys).
    bool matches(const Pattern &pattern, const QByteArray &searchKey) const;
    // The text's words read once, for matching many patterns.
    struct Prepared
    {
        struct Word
        {
            QString tag; // "#tag": a tag starting so
            int id = -1; // a number: the id
            QByteArray needle; // else: folded UTF-8, somewhere in the search key
        };
        QList<Word> words;
    };
    Prepared prepare() const;
    bool matches(const Pattern &pattern, const QByteArray &searchKey, const Prepared &prepared) const;
    // Whether matches() reads the text at all (else a key need not be made).
    bool needsText() const { return !text.trimmed().isEmpty(); }

    friend bool operator==(const PatternFilter &, const PatternFilter &) = default;
};

// The case-folded text the search runs over: id, name, file name, tags and body, as UTF-8 (half
// the memory of a QString, and a UTF-8 substring is a substring of the text).
QByteArray searchKey(const Pattern &pattern);

} // namespace pb

namespace pb {

class Language;

// Quick open's ranking: patterns whose id, name or tags match every word of `query`, best first
// (an exact id, then names starting with the query, then names containing it, then tags), at most
// `limit` of them. Indices into the language.
QList<int> quickOpenMatches(const Language &language, const QString &query, int limit = 50);

} // namespace pb
