#pragma once

#include "document/recoverystore.h"

#include <QMessageBox>

namespace pb::ui {

// Offers back the text a crashed session left unsaved.
class RecoveryDialog : public QMessageBox
{
    Q_OBJECT

public:
    RecoveryDialog(const QList<RecoveryStore::Entry> &entries, QWidget *parent = nullptr);
    bool restore() const { return clickedButton() == m_restore; }
    // Only a click on Discard lets the text go: a dialog ended any other way (the app told to
    // quit while it was open, say) keeps it for the next start.
    bool discard() const { return clickedButton() == m_discard; }

private:
    QAbstractButton *m_restore = nullptr;
    QAbstractButton *m_discard = nullptr;
};

// Asks what to do with unsaved text before closing: Save, Discard or Cancel.
class UnsavedDialog : public QMessageBox
{
    Q_OBJECT

public:
    UnsavedDialog(const QStringList &fileNames, QWidget *parent = nullptr);
};

} // namespace pb::ui
