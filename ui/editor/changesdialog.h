#pragma once

#include "language/languageedits.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QTextBrowser;

namespace pb::ui {

// Shows the files a language-wide edit (rename, renumber, link fixes) will change, and what
// changes in each, before anything is written. For a rename it can also list the references it
// leaves alone (those that write the old name otherwise), each to be ticked to rename it too.
class ChangesDialog : public QDialog
{
    Q_OBJECT

public:
    ChangesDialog(const QString &title, const QString &question, const QList<FileEdit> &edits, QWidget *parent = nullptr);

    // `newName` is what a ticked reference becomes, shown beside what it is now.
    void setOtherReferences(const QList<ReferenceSite> &sites, const QString &newName, const QString &explanation);
    // The other references ticked to change too.
    QList<ReferenceSite> chosenOthers() const;
    QListWidget *files() const { return m_files; }
    QListWidget *others() const { return m_others; }
    QTextBrowser *detail() const { return m_detail; }

private:
    void updateButton();

    QList<FileEdit> m_edits;
    QList<ReferenceSite> m_sites;
    QString m_newName;
    QListWidget *m_files;
    QTextBrowser *m_detail;
    QLabel *m_othersLabel;
    QListWidget *m_others;
    QPushButton *m_tickAll;
    QPushButton *m_ok;
};

} // namespace pb::ui
