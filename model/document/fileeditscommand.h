#pragma once

#include "language/languageedits.h"

#include <QPointer>
#include <QUndoCommand>

namespace pb {

class DocumentManager;

// Edits of several files as one undoable step (a rename's references, a renumbering, a batch of
// link fixes). Each file is written to disk, as a save is; a file open in an editor with unsaved
// text gets the edit in its text instead.
//
// A step is applied whole or not at all, in either direction: before anything is written, every
// file must still hold what the step starts from (on disk, or in its editor), and every id the
// step makes the files point at must belong to a pattern. Otherwise nothing is written and
// refusal() names each file and why. DocumentManager checks before it pushes, undoes or redoes,
// so the undo stack never moves past a step that did not happen.
class FileEditsCommand : public QUndoCommand
{
public:
    FileEditsCommand(DocumentManager *manager, const QList<FileEdit> &edits, const QString &description);

    void redo() override;
    void undo() override;

    // Why the step cannot be applied forward (redo) or backward (undo) now: "FILE: why" for every
    // file that stands in the way; empty when it can.
    QStringList refusal(bool forward) const;

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
