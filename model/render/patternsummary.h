#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace pb {

class Language;
struct Pattern;

// A pattern reduced to what a card holds, as plain text: for the presentation card, the presenter
// screen and printed workshop cards.
struct PatternSummary
{
    int id = 0;
    QString name;
    int confidence = 0;
    int scale = 0;
    QString context; // the italic paragraph before the problem
    QString problem; // the bold problem
    QString solution; // the bold solution after "Therefore:"
    QString completion; // the italic paragraph after the solution
    QStringList contextNames; // the larger patterns it helps complete, "Name (id)"
    QStringList completionNames; // the smaller patterns that complete it

    QString stars() const { return QString(confidence, QChar(0x2605)); }
};

// Reads the parts of the Alexandrian form from a pattern's body; parts it lacks stay empty. With
// a language, the linked patterns are named.
PatternSummary summarize(const Pattern &pattern, const Language *language = nullptr);

// A Markdown text as plain text, without its markup: a line per paragraph, heading or list item.
// For search indexes.
QString plainText(const QByteArray &markdown);
// A pattern's body (after the front matter) as plain text.
QString plainText(const Pattern &pattern);

} // namespace pb
