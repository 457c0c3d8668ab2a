#include "diffview.h"

#include "format/textdiff.h"

namespace pb::ui {

namespace {

// The two sides of a changed pair, the part that differs marked on each.
QPair<QString, QString> markedPair(const QString &old, const QString &now)
{
    // Plain variables, not a structured binding: clang 14 (the sanitizer build) cannot capture one.
    const CommonEnds ends = commonEnds(old, now);
    int prefix = ends.prefix, suffix = ends.suffix;
    // Whole words are marked: "Middle [A]" against "Middle [Alpha]", not "A[lpha]".
    while (prefix > 0 && old.at(prefix - 1).isLetterOrNumber())
        --prefix;
    while (suffix > 0 && old.at(old.size() - suffix).isLetterOrNumber() && now.at(now.size() - suffix).isLetterOrNumber())
        --suffix;
    auto side = [&](const QString &text, const char *style) {
        const QString middle = text.mid(prefix, text.size() - prefix - suffix);
        return text.left(prefix).toHtmlEscaped()
               + (middle.isEmpty() ? QString() : QStringLiteral("<span style=\"%1\">%2</span>").arg(QLatin1String(style), middle.toHtmlEscaped()))
               + text.right(suffix).toHtmlEscaped();
    };
    return {side(old, "background:#f6d3d0; text-decoration:line-through;"), side(now, "background:#cfe8cf; font-weight:bold;")};
}

QString cell(int line, const QString &html, const char *background)
{
    return QStringLiteral("<td style=\"color:#777; text-align:right; padding:1px 6px; white-space:pre;\">%1</td>"
                          "<td width=\"49%\" style=\"background:%2; padding:1px 6px; white-space:pre-wrap;\">%3</td>")
        .arg(line > 0 ? QString::number(line) : QString(), QLatin1String(background), html);
}

} // namespace

QString sideBySideHtml(const QByteArray &before, const QByteArray &after, const QString &leftTitle,
                       const QString &rightTitle, int context)
{
    const QList<LineChange> lines = diffLines(before, after);
    // Which lines to show: every change, and `context` kept lines on each side of one.
    QList<bool> shown(lines.size(), false);
    for (int i = 0; i < lines.size(); ++i) {
        if (lines.at(i).kind == LineChange::Same)
            continue;
        for (int j = std::max(0, i - context); j <= std::min(int(lines.size()) - 1, i + context); ++j)
            shown[j] = true;
    }
    QString rows;
    bool gap = false;
    for (int i = 0; i < lines.size();) {
        if (!shown.at(i)) {
            gap = true;
            ++i;
            continue;
        }
        if (gap && !rows.isEmpty())
            rows += QStringLiteral("<tr><td colspan=\"4\" style=\"color:#999; padding:2px 6px;\">…</td></tr>");
        gap = false;
        const LineChange &c = lines.at(i);
        if (c.kind == LineChange::Same) {
            rows += QStringLiteral("<tr>%1%2</tr>").arg(cell(c.oldLine, c.text.toHtmlEscaped(), "transparent"),
                                                        cell(c.newLine, c.text.toHtmlEscaped(), "transparent"));
            ++i;
            continue;
        }
        // A run of changes: the n-th removed line beside the n-th added one.
        QList<LineChange> removed, added;
        for (; i < lines.size() && lines.at(i).kind != LineChange::Same; ++i)
            (lines.at(i).kind == LineChange::Removed ? removed : added).append(lines.at(i));
        for (int k = 0; k < std::max(removed.size(), added.size()); ++k) {
            const bool both = k < removed.size() && k < added.size();
            const auto [left, right] = both ? markedPair(removed.at(k).text, added.at(k).text)
                                            : QPair<QString, QString>{k < removed.size() ? removed.at(k).text.toHtmlEscaped() : QString(),
                                                                      k < added.size() ? added.at(k).text.toHtmlEscaped() : QString()};
            rows += QStringLiteral("<tr>%1%2</tr>")
                        .arg(cell(k < removed.size() ? removed.at(k).oldLine : 0, left, k < removed.size() ? "#fdf1f0" : "#f4f4f4"),
                             cell(k < added.size() ? added.at(k).newLine : 0, right, k < added.size() ? "#f0f8f0" : "#f4f4f4"));
        }
    }
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" style=\"font-family:monospace;\">"
                          "<tr><th></th><th align=\"left\">%1</th><th></th><th align=\"left\">%2</th></tr>%3</table>")
        .arg(leftTitle.toHtmlEscaped(), rightTitle.toHtmlEscaped(), rows);
}

} // namespace pb::ui
