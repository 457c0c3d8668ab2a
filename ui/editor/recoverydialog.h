#pragma once

#include "recoverystore.h"

#include <QMessageBox>

namespace pb::ui {

// Offers back the text a crashed session left unsaved.
class RecoveryDialog : public QMessageBox
{
    Q_OBJECT

public:
    RecoveryDialog(const QList<RecoveryStore::Entry> &entries, QWidget *parent = nullptr);
    bool restore() const { return clickedButton() == m_restore; }

private:
    QAbstractButton *m_restore = nullptr;
};

// Asks what to do with unsaved text before closing: Save, Discard or Cancel.
class UnsavedDialog : public QMessageBox
{
    Q_OBJECT

public:
    UnsavedDialog(const QStringList &fileNames, QWidget *parent = nullptr);
};

} // namespace pb::ui
