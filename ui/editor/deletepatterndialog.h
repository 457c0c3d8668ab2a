#pragma once

#include <QMessageBox>

namespace pb {
class DocumentManager;
class Language;
} // namespace pb

namespace pb::ui {

// Confirms deleting a pattern's file, listing the patterns that refer to it. The pattern is the
// file on disk: with an unsaved change of id, it is still the id on disk that others refer to.
class DeletePatternDialog : public QMessageBox
{
    Q_OBJECT

public:
    DeletePatternDialog(const Language &language, DocumentManager *documents, const QString &fileName, QWidget *parent = nullptr);

    // The id whose referrers are listed.
    int referredId() const { return m_id; }
    bool confirmed() const { return clickedButton() == m_delete; }

private:
    int m_id = 0;
    QAbstractButton *m_delete = nullptr;
};

} // namespace pb::ui
