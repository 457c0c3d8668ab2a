#pragma once

#include "document/patterndocument.h"
#include "language/patternset.h"
#include "document/recoverystore.h"

#include <QFileSystemWatcher>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUndoStack>

namespace pb {

struct FileEdit;

// The documents open for editing in one language, and the files beneath them:
// - every unsaved text is the language's working copy, so the list, the graph and validation
//   see what the author sees;
// - files changed on disk by others reload, or raise a conflict where there are local edits;
//   files deleted keep their buffers; new files join the language. The app's own writes are
//   recognised and ignored;
// - unsaved buffers go to a recovery folder a few seconds after each change.
class DocumentManager : public QObject
{
    Q_OBJECT

public:
    explicit DocumentManager(PatternSet *set, const QString &recoveryFolder = RecoveryStore::defaultFolder(),
                             QObject *parent = nullptr);
    ~DocumentManager() override;

    PatternSet *patternSet() const { return m_set; }
    // The open document for a pattern file, opening it (from disk) if need be; null if the file
    // can't be read.
    PatternDocument *open(const QString &fileName);
    PatternDocument *document(const QString &fileName) const { return m_documents.value(fileName); }
    QList<PatternDocument *> documents() const;
    QList<PatternDocument *> modifiedDocuments() const;
    // Closes without saving: the language goes back to what is on disk.
    void close(const QString &fileName);
    void closeAll();

    SaveOutcome save(PatternDocument *document);
    // Saves every modified document; the outcomes of those that failed.
    QList<QPair<QString, SaveOutcome>> saveAll();

    // Writes a new pattern file (refusing to replace one) and opens it.
    PatternDocument *createPattern(const QString &fileName, const QByteArray &bytes, QString *error);
    // Moves a pattern file to the trash (or deletes it where there is none) and closes it.
    bool deletePattern(const QString &fileName, QString *error);
    // Applies edits to several files (a rename, a renumbering, link fixes) as one step of
    // fileEdits(): written to disk, or where a file has unsaved text, into its editor. No editor
    // is opened for them. All or nothing: if any file no longer holds what the edit was made from,
    // or the edit would point at an id no pattern has, nothing is written and `failed` names each
    // file and why. Says what was done, for the user.
    struct ApplyOutcome
    {
        QStringList written;
        QStringList inEditors;
        QStringList failed; // "FILE: why"
    };
    ApplyOutcome applyFileEdits(const QList<FileEdit> &edits, const QString &description);
    // The steps of applyFileEdits, to undo and redo as one. Undo and redo them through
    // undoFileEdits() and redoFileEdits(), which refuse a step that can no longer be applied
    // whole, rather than through the stack itself.
    QUndoStack *fileEdits() { return &m_fileEdits; }
    ApplyOutcome undoFileEdits();
    ApplyOutcome redoFileEdits();

    // Why one file cannot go from `from` to another text now (for FileEditsCommand): its editor's
    // unsaved text, or else the file on disk, is no longer `from`. Empty when it can.
    QString whyNotReplace(const QString &fileName, const QByteArray &from) const;
    // One file from `from` to `to`, for FileEditsCommand, which holds the folder's lock: its
    // editor's text when it has unsaved text (which must be `from`), else the file on disk (which
    // must be `from`), written as a save is. Refused (No, with *error) when the file is no longer
    // `from`.
    enum class Replaced { No, OnDisk, InEditor };
    Replaced replaceFile(const QString &fileName, const QByteArray &from, const QByteArray &to, const QString &description,
                         QString *error);
    // What a FileEditsCommand's last run did (it may be gone from the stack since).
    void recordOutcome(const ApplyOutcome &outcome) { m_lastOutcome = outcome; }

    RecoveryStore &recovery() { return m_recovery; }
    // Recovered buffers of this language's files that differ from what is on disk.
    QList<RecoveryStore::Entry> recoverable() const;
    PatternDocument *restore(const RecoveryStore::Entry &entry);
    // Writes the recovery entries now (the timer does it a few seconds after a change).
    void writeRecovery();

Q_SIGNALS:
    void documentOpened(pb::PatternDocument *document);
    void documentClosed(const QString &fileName);
    void documentModifiedChanged(pb::PatternDocument *document, bool modified);
    void fileChangedOnDisk(const QString &fileName);
    // The files the watcher reported have been looked at (reloaded, in conflict, or seen to be
    // this app's own writes).
    void diskChecked();

private:
    void documentChanged(PatternDocument *document, const DocumentChange &change);
    void pushWorkingCopies();
    void languageChanged(const LanguageChange &change);
    void watchLanguage();
    void fileChanged(const QString &path);
    void folderChanged();
    void checkPath(const QString &path);
    void checkPaths(const QSet<QString> &paths);
    // Files and folders that went away: watched for coming back (see m_missingTimer).
    void checkMissing();
    bool anythingMissing() const;
    QByteArray readDisk(const QString &fileName, bool *exists) const;
    QString pathOf(const QString &fileName) const;

    QPointer<PatternSet> m_set;
    QHash<QString, PatternDocument *> m_documents;
    QHash<QString, QByteArray> m_written; // path -> what this app last wrote there
    RecoveryStore m_recovery;
    QFileSystemWatcher m_watcher;
    QList<Pattern> *m_batch = nullptr; // while checkPaths() runs: where checkPath() puts new patterns
    QTimer m_workingCopyTimer;
    QTimer m_recoveryTimer;
    QTimer m_diskTimer;
    // The watcher forgets a path once it is deleted, and cannot watch for it to come back. While
    // an open document's file or the language folder is missing, look for them now and then.
    QTimer m_missingTimer;
    QSet<QString> m_pendingPaths;
    bool m_pendingFolder = false;
    QString m_watchedFolder;
    QUndoStack m_fileEdits;
    ApplyOutcome m_lastOutcome;
};

} // namespace pb
