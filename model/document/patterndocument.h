#pragma once

#include "format/diagnostic.h"
#include "format/editortext.h"
#include "format/pattern.h"
#include "format/patternwriter.h"

#include <QObject>
#include <QUndoStack>

namespace pb {

class Language;

// What happened to a document; every view of it subscribes to the one signal that carries this.
struct DocumentChange
{
    enum Kind {
        Text, // the text changed (splice says where); `origin` is the view that typed it, if any
        Saved, // written to disk
        Reloaded, // replaced by what is on disk (no local edits, or the user took theirs)
        Conflict, // changed on disk while edited here: the user must choose
        ConflictResolved,
        DeletedOnDisk, // the file is gone; the buffer is kept
        Discarded, // the author took their version: `discarded` is the text that gave way
    };
    DocumentChange(Kind k = Text, const Splice &s = {}, const void *o = nullptr, const QByteArray &d = {})
        : kind(k)
        , splice(s)
        , origin(o)
        , discarded(d)
    {
    }

    Kind kind = Text;
    Splice splice; // Text: bytes replaced in the old text
    const void *origin = nullptr;
    QByteArray discarded; // Discarded: kept in the recovery store, as on the undo stack
};

struct SaveOutcome
{
    bool ok = false;
    QString error; // why nothing was written, for the user
    Diagnostics refusedBy; // the errors that refused it, when validation did
};

// One open pattern: its text (the file's exact bytes), their parse, and one QUndoStack shared by
// every way of editing it (body editor, raw editor, form). "Modified" is the undo stack's clean
// state, never a flag of its own. No widgets here: the tests drive it without a display.
class PatternDocument : public QObject
{
    Q_OBJECT

public:
    // The pattern `fileName` of a language folder, as it is on disk (`diskBytes`).
    PatternDocument(const QString &fileName, const QString &path, const QByteArray &diskBytes, QObject *parent = nullptr);
    ~PatternDocument() override;

    QString fileName() const { return m_fileName; }
    QString path() const { return m_path; }
    const QByteArray &bytes() const { return m_bytes; }
    const Pattern &pattern() const { return m_pattern; }
    QUndoStack *undoStack() { return &m_undo; }
    bool isModified() const { return !m_undo.isClean(); }
    // The text can be edited: it is UTF-8. (Other bytes are shown, never written back.)
    bool isEditable() const { return m_editable; }

    // The editor's view of the text (no BOM, '\n' line breaks) and where the body starts in it.
    QString editorText() const;
    int bodyEditorStart() const;
    QString bodyEditorText() const;

    // Edits. Each is one undoable command; consecutive edits of one kind (typing in one view,
    // changes to one field) merge into one undo step. `origin` is the view making the edit.
    void replaceEditorText(int position, int removedLength, const QString &inserted, const void *origin = nullptr);
    void setEditorText(const QString &text, const void *origin = nullptr);
    void setBodyEditorText(const QString &body, const void *origin = nullptr);
    // Front matter through the lossless writer; false (with *error) when the writer refuses.
    bool setFields(const QList<FieldEdit> &edits, const void *origin = nullptr, QString *error = nullptr);
    // Any new text, as one undoable step (rename, fix link, revert).
    void setBytes(const QByteArray &bytes, const QString &description, const void *origin = nullptr);

    // Validates in `language` (as it would be with this text in it), then writes under the
    // folder's lock, only over the bytes it read (guardedwrite.h). Refuses if the file changed on
    // disk since it was read, raising the conflict (see diskChanged).
    SaveOutcome save(const Language &language);
    // How long a save waits for another writer of this project to finish with the folder: a
    // `fix` over a large language holds it for its writes only, well under this.
    static constexpr int SaveLockTimeoutMs = 3000;
    // Back to what is on disk, as an undoable step.
    void revert();

    // What is on disk, as far as this document knows: what it read or last wrote.
    const QByteArray &diskBytes() const { return m_diskBytes; }
    // The file changed on disk (not by us): reloads if there are no local edits, else the user
    // must choose between keepMine() and takeTheirs().
    void diskChanged(const QByteArray &theirs);
    void diskDeleted();
    bool hasConflict() const { return m_conflict; }
    QByteArray theirs() const { return m_theirs; }
    bool isDeletedOnDisk() const { return m_deleted; }
    void keepMine();
    // Their version replaces this text as an undoable step: Undo brings this text back, and a
    // copy goes to the recovery store (Discarded). Only Discard lets text go for good.
    void takeTheirs();

    // Restores text recovered after a crash: modified, undoable back to what is on disk. `base` is
    // what the disk held when the text was typed: if the disk holds something else now, another
    // hand wrote since, and the author must choose (a conflict), as for any change on disk.
    void restoreRecovered(const QByteArray &bytes, const QByteArray &base);

    // Applies a splice as the undo stack does (for ChangeTextCommand).
    void applySplice(const Splice &splice, const void *origin);

Q_SIGNALS:
    void changed(const pb::DocumentChange &change);
    void modifiedChanged(bool modified);

private:
    void push(const QByteArray &after, const QString &description, int mergeId, const void *origin);
    void reparse();
    void resetTo(const QByteArray &bytes);

    QString m_fileName;
    QString m_path;
    QByteArray m_bytes;
    QByteArray m_diskBytes;
    QByteArray m_theirs;
    Pattern m_pattern;
    QUndoStack m_undo;
    bool m_editable = true;
    bool m_conflict = false;
    bool m_deleted = false;
};

// Merge ids: edits with the same id, in a row, are one undo step. A fixed list, as Tiled keeps
// (a hash of the key would differ from run to run, and two keys could share one).
enum MergeId {
    NoMerge = -1,
    TypingMerge = 1, // typing in an editor
    FieldIdMerge,
    FieldNameMerge,
    FieldConfidenceMerge,
    FieldScaleMerge,
    FieldContextMerge,
    FieldCompletionMerge,
    FieldAiMerge,
    FieldTagsMerge,
    FieldReferencesMerge,
    FieldOtherMerge, // any key of the author's own
};
// The merge id for changes to one front-matter key.
int mergeIdFor(const QString &key);

} // namespace pb

Q_DECLARE_METATYPE(pb::DocumentChange)
