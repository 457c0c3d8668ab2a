#include "recoverydialog.h"

#include <QFileInfo>
#include <QLocale>
#include <QPushButton>

namespace pb::ui {

RecoveryDialog::RecoveryDialog(const QList<RecoveryStore::Entry> &entries, QWidget *parent)
    : QMessageBox(QMessageBox::Question, tr("Recover Unsaved Changes"), QString(), QMessageBox::NoButton, parent)
{
    QStringList names;
    for (const RecoveryStore::Entry &e : entries)
        names << QStringLiteral("%1 (%2)").arg(QFileInfo(e.path).fileName(), QLocale().toString(e.savedAt.toLocalTime(), QLocale::ShortFormat));
    setText(tr("The last session ended without saving changes to %n pattern(s):", nullptr, int(entries.size())));
    setInformativeText(names.join(QLatin1Char('\n')));
    m_restore = addButton(tr("Restore"), QMessageBox::AcceptRole);
    m_discard = addButton(tr("Discard"), QMessageBox::DestructiveRole);
    setDefaultButton(static_cast<QPushButton *>(m_restore));
}

UnsavedDialog::UnsavedDialog(const QStringList &fileNames, QWidget *parent)
    : QMessageBox(QMessageBox::Question, tr("Unsaved Changes"), QString(), QMessageBox::NoButton, parent)
{
    if (fileNames.size() == 1) {
        setText(tr("Save the changes to %1 before closing it?").arg(fileNames.first()));
        setStandardButtons(QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
        setDefaultButton(QMessageBox::Save);
    } else {
        setText(tr("Unsaved changes to %n pattern(s):", nullptr, int(fileNames.size())));
        setInformativeText(fileNames.join(QLatin1Char('\n')) + QStringLiteral("\n\n") + tr("Save them before closing?"));
        setStandardButtons(QMessageBox::SaveAll | QMessageBox::Discard | QMessageBox::Cancel);
        setDefaultButton(QMessageBox::SaveAll);
    }
}

} // namespace pb::ui
