#pragma once

#include <QByteArray>
#include <QString>

namespace pb::ui {

// Two texts side by side as HTML for a QTextBrowser: a table of the changed lines, the old text
// on the left and the new on the right, each with its line number, the words that differ marked
// (struck through on the left, bold on the right), and `context` unchanged lines around each
// change. Long lines wrap in their cell rather than hide their change past the edge. The lines
// come from the one diff of the model (textdiff.h).
QString sideBySideHtml(const QByteArray &before, const QByteArray &after, const QString &leftTitle,
                       const QString &rightTitle, int context = 1);

} // namespace pb::ui
