#pragma once

#include "format/editortext.h"

#include <QUndoCommand>
#include <QtGlobal>

namespace pb {

class PatternDocument;

// The one command every edit of a document is: replace some bytes with others. Field changes,
// typing and whole-text replacements all come down to this; consecutive ones with the same merge
// id (typing at the caret, one field's changes) merge into one undo step.
class ChangeTextCommand : public QUndoCommand
{
public:
    ChangeTextCommand(PatternDocument *document, const QByteArray &before, const Splice &splice, const QString &text,
                      int mergeId, const void *origin);

    void undo() override;
    void redo() override;
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    PatternDocument *m_document;
    QByteArray m_before; // the whole text before and after: simple and exact; files are small
    QByteArray m_after;
    Splice m_last; // the latest splice merged in: where typing continues
    qint64 m_time; // when it came, in ms: a pause ends an undo step
    int m_mergeId;
    const void *m_origin;
    bool m_firstRedo = true;
};

} // namespace pb
