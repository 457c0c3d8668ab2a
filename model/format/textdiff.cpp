#include "format/textdiff.h"

#include <dtl/dtl.hpp>

#include <vector>

namespace pb {

QList<LineChange> diffLines(const QStringList &before, const QStringList &after)
{
    const std::vector<QString> a(before.cbegin(), before.cend());
    const std::vector<QString> b(after.cbegin(), after.cend());
    dtl::Diff<QString, std::vector<QString>> diff(a, b);
    // Past this many lines, dtl records its paths in the compact way meant for large inputs.
    if (a.size() + b.size() > 20000)
        diff.enableHuge();
    diff.compose();
    QList<LineChange> out;
    for (const auto &[text, info] : diff.getSes().getSequence()) {
        LineChange c;
        c.text = text;
        switch (info.type) {
        case dtl::SES_COMMON:
            c.kind = LineChange::Same;
            c.oldLine = int(info.beforeIdx);
            c.newLine = int(info.afterIdx);
            break;
        case dtl::SES_DELETE:
            c.kind = LineChange::Removed;
            c.oldLine = int(info.beforeIdx);
            break;
        case dtl::SES_ADD:
            c.kind = LineChange::Added;
            c.newLine = int(info.afterIdx);
            break;
        }
        out.append(c);
    }
    return out;
}

QList<LineChange> diffLines(const QByteArray &before, const QByteArray &after)
{
    return diffLines(QString::fromUtf8(before).split(QLatin1Char('\n')), QString::fromUtf8(after).split(QLatin1Char('\n')));
}

QList<ChangedLine> changedLines(const QByteArray &before, const QByteArray &after)
{
    QList<ChangedLine> out;
    QList<LineChange> removed, added;
    auto flush = [&] {
        for (qsizetype i = 0; i < std::max(removed.size(), added.size()); ++i) {
            ChangedLine line;
            if (i < removed.size()) {
                line.oldLine = removed.at(i).oldLine;
                line.before = removed.at(i).text;
            }
            if (i < added.size()) {
                line.newLine = added.at(i).newLine;
                line.after = added.at(i).text;
            }
            out.append(line);
        }
        removed.clear();
        added.clear();
    };
    for (const LineChange &c : diffLines(before, after)) {
        if (c.kind == LineChange::Same)
            flush();
        else
            (c.kind == LineChange::Removed ? removed : added).append(c);
    }
    flush();
    return out;
}

CommonEnds commonEnds(const QString &a, const QString &b)
{
    CommonEnds ends;
    while (ends.prefix < a.size() && ends.prefix < b.size() && a.at(ends.prefix) == b.at(ends.prefix))
        ++ends.prefix;
    while (ends.suffix < a.size() - ends.prefix && ends.suffix < b.size() - ends.prefix
           && a.at(a.size() - 1 - ends.suffix) == b.at(b.size() - 1 - ends.suffix))
        ++ends.suffix;
    return ends;
}

int editDistance(const QString &a, const QString &b)
{
    QList<int> row(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a.at(i - 1) == b.at(j - 1) ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

QString markedChange(const QString &old, const QString &now, int context)
{
    const auto [prefix, suffix] = commonEnds(old, now);
    const int from = std::max(0, prefix - context);
    QString excerpt = (from > 0 ? QString(QChar(0x2026)) : QString()) + now.mid(from, prefix - from);
    const QString gone = old.mid(prefix, old.size() - prefix - suffix);
    const QString come = now.mid(prefix, now.size() - prefix - suffix);
    if (!gone.isEmpty())
        excerpt += QStringLiteral("[-%1-]").arg(gone);
    if (!come.isEmpty())
        excerpt += QStringLiteral("{+%1+}").arg(come);
    const QString tail = now.right(suffix);
    excerpt += tail.left(context) + (tail.size() > context ? QString(QChar(0x2026)) : QString());
    return excerpt;
}

} // namespace pb
