#include "document/patterndocument.h"
#include "document/changetextcommand.h"

#include "language/language.h"
#include "language/savecheck.h"
#include "format/textdiff.h"
#include "format/guardedwrite.h"
#include "format/savefile.h"

#include <QFile>
#include <QFileInfo>

namespace pb {

PatternDocument::PatternDocument(const QString &fileName, const QString &path, const QByteArray &diskBytes, QObject *parent)
    : QObject(parent)
    , m_fileName(fileName)
    , m_path(path)
    , m_bytes(diskBytes)
    , m_diskBytes(diskBytes)
{
    qRegisterMetaType<pb::DocumentChange>();
    m_undo.setUndoLimit(1000);
    reparse();
    connect(&m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

PatternDocument::~PatternDocument() = default;

void PatternDocument::reparse()
{
    m_pattern = parsePattern(m_fileName, m_path, m_bytes);
    // Bytes that are not UTF-8 would be changed by any editor; such a file is shown, not edited.
    m_editable = firstInvalidUtf8(m_bytes.constData(), int(m_bytes.size())) < 0 && !m_bytes.contains('\0');
}

QString PatternDocument::editorText() const { return editortext::fromBytes(m_bytes); }

int PatternDocument::bodyEditorStart() const { return editortext::position(m_bytes, m_pattern.layout.bodyStart); }

QString PatternDocument::bodyEditorText() const { return editorText().mid(bodyEditorStart()); }

void PatternDocument::applySplice(const Splice &splice, const void *origin)
{
    if (splice.isEmpty())
        return;
    m_bytes = pb::applySplice(m_bytes, splice);
    reparse();
    Q_EMIT changed({DocumentChange::Text, splice, origin});
}

void PatternDocument::push(const QByteArray &after, const QString &description, int mergeId, const void *origin)
{
    const Splice splice = spliceBetween(m_bytes, after);
    if (splice.isEmpty())
        return;
    m_undo.push(new ChangeTextCommand(this, m_bytes, splice, description, mergeId, origin));
}

void PatternDocument::replaceEditorText(int position, int removedLength, const QString &inserted, const void *origin)
{
    if (!m_editable)
        return;
    const QString before = editorText();
    position = std::clamp(position, 0, int(before.size()));
    removedLength = std::clamp(removedLength, 0, int(before.size()) - position);
    // Editors report generous ranges; narrow them to what really changed, so that the lines
    // around keep their own line endings.
    QString removed = before.mid(position, removedLength);
    QString added = inserted;
    const auto [common, tail] = commonEnds(removed, added);
    position += common;
    removed = removed.mid(common, removed.size() - common - tail);
    added = added.mid(common, added.size() - common - tail);
    if (removed.isEmpty() && added.isEmpty())
        return;
    const int start = editortext::byteOffset(m_bytes, position);
    const int end = editortext::byteOffset(m_bytes, position + int(removed.size()));
    Splice splice;
    splice.offset = start;
    splice.removed = end - start;
    splice.inserted = editortext::toBytes(added, m_pattern.layout.lineEnding);
    push(pb::applySplice(m_bytes, splice), tr("Typing"), TypingMerge, origin);
}

void PatternDocument::setEditorText(const QString &text, const void *origin)
{
    replaceEditorText(0, int(editorText().size()), text, origin);
}

void PatternDocument::setBodyEditorText(const QString &body, const void *origin)
{
    const int start = bodyEditorStart();
    replaceEditorText(start, int(editorText().size()) - start, body, origin);
}

bool PatternDocument::setFields(const QList<FieldEdit> &edits, const void *origin, QString *error)
{
    const EditResult result = applyEdits(m_pattern, edits);
    if (!result.ok) {
        if (error)
            *error = result.error;
        return false;
    }
    const QString key = edits.size() == 1 ? edits.first().key : QString();
    const int mergeId = key.isEmpty() ? NoMerge : mergeIdFor(key);
    push(result.bytes, key.isEmpty() ? tr("Edit front matter") : tr("Change %1").arg(key), mergeId, origin);
    return true;
}

void PatternDocument::setBytes(const QByteArray &bytes, const QString &description, const void *origin)
{
    push(bytes, description, NoMerge, origin);
}

int mergeIdFor(const QString &key)
{
    static const QHash<QString, int> ids = {
        {QStringLiteral("id"), FieldIdMerge},
        {QStringLiteral("name"), FieldNameMerge},
        {QStringLiteral("confidence"), FieldConfidenceMerge},
        {QStringLiteral("scale"), FieldScaleMerge},
        {QStringLiteral("context_patterns"), FieldContextMerge},
        {QStringLiteral("completion_patterns"), FieldCompletionMerge},
        {QStringLiteral("ai_dimension"), FieldAiMerge},
        {QStringLiteral("tags"), FieldTagsMerge},
        {QStringLiteral("references"), FieldReferencesMerge},
    };
    return ids.value(key, FieldOtherMerge);
}

SaveOutcome PatternDocument::save(const Language &language)
{
    SaveOutcome outcome;
    if (!m_editable) {
        outcome.error = tr("%1 is not UTF-8 text; Patternbook shows it but does not write it").arg(m_fileName);
        return outcome;
    }
    if (m_conflict) {
        outcome.error = tr("%1 changed on disk: keep your version or take theirs first").arg(m_fileName);
        return outcome;
    }
    const EditResult checked = checkInLanguage(language, m_fileName, m_bytes);
    if (!checked.ok) {
        outcome.error = checked.error;
        outcome.refusedBy = checked.diagnostics;
        return outcome;
    }
    // Whatever the file watcher saw or missed: never overwrite what someone else wrote, nor make
    // again a deleted file that someone has made since. Under the folder's lock, so that no other
    // writer of this project (`set`, `fix`, another window) writes between the check and the write.
    const FolderLock lock(QFileInfo(m_path).absolutePath(), SaveLockTimeoutMs);
    if (!lock.isLocked()) {
        outcome.error = lock.error();
        return outcome;
    }
    const GuardedWrite written =
        replaceIfUnchanged(m_path, m_deleted ? DiskState::absent() : DiskState::of(m_diskBytes), m_bytes);
    if (written.status == GuardedWrite::Changed) {
        if (written.found.exists)
            diskChanged(written.found.bytes);
        else
            diskDeleted();
        if (!isModified()) { // someone wrote exactly this text
            outcome.ok = true;
            return outcome;
        }
        outcome.error = written.found.exists
                            ? tr("%1 changed on disk since it was opened: keep your version or take theirs first").arg(m_fileName)
                            : tr("%1 was deleted on disk since it was opened; save again to write it anew").arg(m_fileName);
        return outcome;
    }
    if (!written.ok()) {
        outcome.error = written.error;
        return outcome;
    }
    m_diskBytes = m_bytes;
    m_deleted = false;
    m_undo.setClean();
    outcome.ok = true;
    Q_EMIT changed({DocumentChange::Saved, {}, nullptr});
    return outcome;
}

void PatternDocument::revert()
{
    if (m_bytes == m_diskBytes && !m_deleted) {
        m_undo.setClean();
        return;
    }
    setBytes(m_diskBytes, tr("Revert"));
    if (!m_deleted)
        m_undo.setClean();
}

void PatternDocument::resetTo(const QByteArray &bytes)
{
    const Splice splice = spliceBetween(m_bytes, bytes);
    m_bytes = bytes;
    reparse();
    // The old steps would now undo into text that was never on disk: start afresh.
    m_undo.clear();
    if (!splice.isEmpty())
        Q_EMIT changed({DocumentChange::Text, splice, nullptr});
}

void PatternDocument::diskChanged(const QByteArray &theirs)
{
    if (theirs == m_diskBytes) {
        // Our own write, or no change; or the disk went back to what this text is based on (a
        // branch checked out and back, a deleted file restored): nothing to choose between.
        const bool wasDeleted = std::exchange(m_deleted, false);
        const bool hadConflict = std::exchange(m_conflict, false);
        m_theirs.clear();
        if (wasDeleted && m_bytes == theirs)
            m_undo.setClean();
        if (wasDeleted || hadConflict)
            Q_EMIT changed({DocumentChange::ConflictResolved, {}, nullptr});
        return;
    }
    m_deleted = false;
    if (theirs == m_bytes) {
        // Someone wrote what we have: we are saved.
        m_diskBytes = theirs;
        m_conflict = false;
        m_undo.setClean();
        Q_EMIT changed({DocumentChange::Reloaded, {}, nullptr});
        return;
    }
    if (!isModified()) {
        m_diskBytes = theirs;
        m_conflict = false;
        resetTo(theirs);
        Q_EMIT changed({DocumentChange::Reloaded, {}, nullptr});
        return;
    }
    m_theirs = theirs;
    m_conflict = true;
    Q_EMIT changed({DocumentChange::Conflict, {}, nullptr});
}

void PatternDocument::diskDeleted()
{
    if (m_deleted)
        return;
    m_deleted = true;
    // The buffer is all there is now: it differs from the disk, so it is modified.
    m_undo.resetClean();
    Q_EMIT changed({DocumentChange::DeletedOnDisk, {}, nullptr});
}

void PatternDocument::keepMine()
{
    if (!m_conflict)
        return;
    m_diskBytes = m_theirs;
    m_theirs.clear();
    m_conflict = false;
    m_undo.resetClean(); // ours differs from what is on disk now
    Q_EMIT changed({DocumentChange::ConflictResolved, {}, nullptr});
}

void PatternDocument::takeTheirs()
{
    if (!m_conflict)
        return;
    const QByteArray mine = m_bytes;
    const QByteArray theirs = m_theirs;
    m_theirs.clear();
    m_conflict = false;
    m_diskBytes = theirs;
    Q_EMIT changed({DocumentChange::Discarded, {}, nullptr, mine});
    push(theirs, tr("Take Their Version"), NoMerge, nullptr);
    m_undo.setClean(); // their version is what is on disk
    Q_EMIT changed({DocumentChange::ConflictResolved, {}, nullptr});
    Q_EMIT changed({DocumentChange::Reloaded, {}, nullptr});
}

void PatternDocument::restoreRecovered(const QByteArray &bytes, const QByteArray &base)
{
    setBytes(bytes, tr("Recovered text"));
    if (m_deleted || base == m_diskBytes)
        return;
    // Typed on `base`; the disk holds another text now. The same state as a change seen on disk
    // while editing: theirs is the disk, ours the recovered text.
    const QByteArray theirs = m_diskBytes;
    m_diskBytes = base;
    diskChanged(theirs);
}

} // namespace pb
