#include "deletepatterndialog.h"

#include "document/documentmanager.h"
#include "language/languageedits.h"

#include <QPushButton>

namespace pb::ui {

DeletePatternDialog::DeletePatternDialog(const Language &language, DocumentManager *documents, const QString &fileName,
                                         QWidget *parent)
    : QMessageBox(QMessageBox::Warning, tr("Delete Pattern"), QString(), QMessageBox::NoButton, parent)
{
    const int index = language.indexOfFile(fileName);
    const Pattern *p = index >= 0 ? &language.pattern(index) : nullptr;
    PatternDocument *document = documents->document(fileName);
    // What is on disk is what is deleted: the id others refer to is the one the file has there.
    Pattern onDisk = p ? *p : Pattern();
    if (document && document->isModified())
        onDisk = parsePattern(fileName, document->path(), document->diskBytes());
    m_id = onDisk.fields.id;
    setText(tr("Delete %1 (%2)?").arg(onDisk.displayName(), fileName));
    QList<QPair<QString, int>> refs = m_id > 0 ? referencesTo(language, m_id) : QList<QPair<QString, int>>();
    refs.removeIf([&](const QPair<QString, int> &r) { return r.first == fileName; });
    QString detail;
    for (const auto &[file, count] : refs)
        detail += tr("%1: %n link(s) or reference(s)\n", nullptr, count).arg(file);
    QString info = refs.isEmpty() ? tr("No other pattern refers to it. The file goes to the trash.")
                                  : tr("%n pattern(s) refer to it; their links will be broken.", nullptr, int(refs.size()));
    if (document && document->isModified())
        info += QLatin1Char(' ') + tr("Its unsaved changes are lost.");
    setInformativeText(info);
    if (!detail.isEmpty())
        setDetailedText(detail);
    m_delete = addButton(tr("Delete"), QMessageBox::DestructiveRole);
    addButton(QMessageBox::Cancel);
    setDefaultButton(QMessageBox::Cancel);
}

} // namespace pb::ui
