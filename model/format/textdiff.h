#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace pb {

// The one line diff of the project (the changes dialog, the compare dialog, `fix --dry-run`, the
// tests): Debian's dtl, Wu, Manber and Myers' O(NP) algorithm, whose memory grows with the
// lines and the differences, where a table of common subsequences grows with their product (two
// 10,000-line texts needed 400 MB that way).
struct LineChange
{
    enum Kind { Same, Removed, Added };
    Kind kind = Same;
    int oldLine = 0; // 1-based in the old text; 0 for an added line
    int newLine = 0; // 1-based in the new text; 0 for a removed line
    QString text;
};

// Every line of both texts in order: kept, removed or added. Lines are split at '\n' (a '\r'
// before it stays in the line, so a change of line ending shows).
QList<LineChange> diffLines(const QStringList &before, const QStringList &after);
QList<LineChange> diffLines(const QByteArray &before, const QByteArray &after);

// The changed lines paired for showing side by side: within each run of changes, the n-th line
// removed beside the n-th added; a line with no partner has an empty side (line 0).
struct ChangedLine
{
    int oldLine = 0;
    int newLine = 0;
    QString before;
    QString after;
};
QList<ChangedLine> changedLines(const QByteArray &before, const QByteArray &after);

// How many characters two texts share at their start and, after that, at their end: what an
// edit between them left alone on either side.
struct CommonEnds
{
    int prefix = 0;
    int suffix = 0;
};
CommonEnds commonEnds(const QString &a, const QString &b);

// Levenshtein's distance: the fewest characters inserted, removed or replaced to make one text the
// other (for names: a misspelt key, a reference close to a pattern's name).
int editDistance(const QString &a, const QString &b);

// A changed pair, shortened to `context` characters around the change, with the change marked
// "[-gone-]{+come+}" as git's word diff does.
QString markedChange(const QString &before, const QString &after, int context = 40);

} // namespace pb
