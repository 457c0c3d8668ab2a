#pragma once

#include "languageedits.h"

#include <QPointer>
#include <QUndoCommand>

namespace pb {

class DocumentManager;

// Edits of several files as one undoable step (a rename's references, a batch of link fixes).
// Each file is written to disk, as a save is; a file open in an editor with unsaved text gets the
// edit in its text instead. Undone, each file goes back, where it is still as the step left it.
class FileEditsCommand : public QUndoCommand
{
public:
    FileEditsCommand(DocumentManager *manager, const QList<FileEdit> &edits, const QString &description);

    void redo() override;
    void undo() override;

    // What the last redo or undo did: files written, files changed in their editors, files left
    // as they were and why.
    QStringList written() const { return m_written; }
    QStringList inEditors() const { return m_inEditors; }
    QStringList failed() const { return m_failed; }

private:
    void apply(bool forward);

    QPointer<DocumentManager> m_manager;
    QList<FileEdit> m_edits;
    QStringList m_written;
    QStringList m_inEditors;
    QStringList m_failed;
};

} // namespace pb
