#include "document/changetextcommand.h"
#include "document/patterndocument.h"

#include <QDateTime>

namespace pb {

ChangeTextCommand::ChangeTextCommand(PatternDocument *document, const QByteArray &before, const Splice &splice,
                                     const QString &text, int mergeId, const void *origin)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(before)
    , m_after(pb::applySplice(before, splice))
    , m_last(splice)
    , m_time(QDateTime::currentMSecsSinceEpoch())
    , m_mergeId(mergeId)
    , m_origin(origin)
{
}

void ChangeTextCommand::redo()
{
    // The view that typed the change already shows it; on redo (after an undo) every view must
    // follow, so the origin is forgotten.
    const void *origin = m_firstRedo ? m_origin : nullptr;
    m_firstRedo = false;
    m_document->applySplice(spliceBetween(m_document->bytes(), m_after), origin);
}

void ChangeTextCommand::undo()
{
    m_document->applySplice(spliceBetween(m_document->bytes(), m_before), nullptr);
}

bool ChangeTextCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ChangeTextCommand *>(other);
    if (next->m_mergeId != m_mergeId || next->m_time - m_time > 2000 || next->m_before != m_after)
        return false;
    if (m_mergeId == TypingMerge) {
        // One undo step is a run of typing at one place: it ends at a line break, or when the
        // caret jumps elsewhere.
        const int end = m_last.offset + int(m_last.inserted.size());
        const Splice &n = next->m_last;
        const bool continues = (n.offset == end && n.removed == 0) || (n.inserted.isEmpty() && n.offset + n.removed == end);
        if (!continues || n.inserted.contains('\n') || m_last.inserted.endsWith('\n'))
            return false;
    }
    m_after = next->m_after;
    m_last = next->m_last;
    m_time = next->m_time;
    return true;
}

} // namespace pb
