#pragma once

#include "languageedits.h"

#include <QDialog>

namespace pb::ui {

// Shows the files a language-wide edit (rename, renumber, link fix) will change, and what changes
// in each, before anything is written.
class ChangesDialog : public QDialog
{
    Q_OBJECT

public:
    ChangesDialog(const QString &title, const QString &question, const QList<FileEdit> &edits, QWidget *parent = nullptr);
};

// The lines that differ between two texts, as "- old" and "+ new" lines.
QString lineDifferences(const QByteArray &before, const QByteArray &after, int context = 0);

} // namespace pb::ui
