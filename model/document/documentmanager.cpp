#include "document/documentmanager.h"

#include "document/fileeditscommand.h"
#include "format/guardedwrite.h"
#include "language/languageedits.h"
#include "language/patternset.h"
#include "format/savefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace pb {

DocumentManager::DocumentManager(PatternSet *set, const QString &recoveryFolder, QObject *parent)
    : QObject(parent)
    , m_set(set)
    , m_recovery(recoveryFolder)
{
    // Typing updates the preview at once; the rest of the app (list, graph, diagnostics across
    // the language) follows a moment later, so that a large language never slows typing down.
    m_workingCopyTimer.setSingleShot(true);
    m_workingCopyTimer.setInterval(250);
    connect(&m_workingCopyTimer, &QTimer::timeout, this, &DocumentManager::pushWorkingCopies);
    m_recoveryTimer.setSingleShot(true);
    m_recoveryTimer.setInterval(3000);
    connect(&m_recoveryTimer, &QTimer::timeout, this, &DocumentManager::writeRecovery);
    // Editors and sync tools write a file in several steps: look once they are done.
    m_diskTimer.setSingleShot(true);
    m_diskTimer.setInterval(150);
    connect(&m_diskTimer, &QTimer::timeout, this, [this] {
        checkPaths(std::exchange(m_pendingPaths, {}));
        if (std::exchange(m_pendingFolder, false))
            folderChanged();
        Q_EMIT diskChecked();
    });
    m_missingTimer.setInterval(1000);
    connect(&m_missingTimer, &QTimer::timeout, this, &DocumentManager::checkMissing);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, [this](const QString &path) {
        m_pendingPaths.insert(path);
        m_diskTimer.start();
    });
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] {
        m_pendingFolder = true;
        m_diskTimer.start();
    });
    connect(set, &PatternSet::languageChanged, this, &DocumentManager::languageChanged);
    watchLanguage();
}

DocumentManager::~DocumentManager()
{
    writeRecovery();
}

QString DocumentManager::pathOf(const QString &fileName) const { return m_set->language().pathFor(fileName); }

QByteArray DocumentManager::readDisk(const QString &fileName, bool *exists) const
{
    const QFileInfo info(pathOf(fileName));
    *exists = info.exists() || info.isSymLink();
    // Opening a pipe would block until something writes to it.
    if (!info.isFile())
        return {};
    QFile file(info.filePath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return readAtMost(file, MaxPatternFileSize);
}

PatternDocument *DocumentManager::open(const QString &fileName)
{
    if (PatternDocument *existing = m_documents.value(fileName))
        return existing;
    bool exists = false;
    QByteArray bytes = readDisk(fileName, &exists);
    if (!exists) {
        // Not on disk (deleted since): edit what the language last held.
        const int i = m_set->language().indexOfFile(fileName);
        if (i < 0)
            return nullptr;
        bytes = m_set->language().pattern(i).bytes;
    }
    auto *document = new PatternDocument(fileName, pathOf(fileName), bytes, this);
    if (!exists)
        document->diskDeleted();
    m_documents.insert(fileName, document);
    connect(document, &PatternDocument::changed, this,
            [this, document](const DocumentChange &change) { documentChanged(document, change); });
    connect(document, &PatternDocument::modifiedChanged, this,
            [this, document](bool modified) { Q_EMIT documentModifiedChanged(document, modified); });
    // What the language holds may be older than the disk: catch up.
    if (exists && m_set->language().indexOfFile(fileName) >= 0
        && m_set->language().pattern(m_set->language().indexOfFile(fileName)).bytes != bytes)
        m_set->updatePattern(fileName, bytes);
    Q_EMIT documentOpened(document);
    return document;
}

QList<PatternDocument *> DocumentManager::documents() const
{
    QList<PatternDocument *> out = m_documents.values();
    std::sort(out.begin(), out.end(), [](PatternDocument *a, PatternDocument *b) { return a->fileName() < b->fileName(); });
    return out;
}

QList<PatternDocument *> DocumentManager::modifiedDocuments() const
{
    QList<PatternDocument *> out;
    for (PatternDocument *d : documents()) {
        if (d->isModified())
            out.append(d);
    }
    return out;
}

void DocumentManager::close(const QString &fileName)
{
    PatternDocument *document = m_documents.take(fileName);
    if (!document)
        return;
    m_recovery.remove(document->path());
    // The language goes back to what is on disk (or loses a file that is gone).
    bool exists = false;
    const QByteArray disk = readDisk(fileName, &exists);
    if (exists)
        m_set->updatePattern(fileName, disk);
    else
        m_set->removePattern(fileName);
    document->deleteLater();
    Q_EMIT documentClosed(fileName);
}

void DocumentManager::closeAll()
{
    for (const QString &fileName : m_documents.keys())
        close(fileName);
}

void DocumentManager::documentChanged(PatternDocument *document, const DocumentChange &change)
{
    switch (change.kind) {
    case DocumentChange::Text:
        m_workingCopyTimer.start();
        m_recoveryTimer.start();
        break;
    case DocumentChange::Saved:
    case DocumentChange::Reloaded:
        m_recovery.remove(document->path());
        m_set->updatePattern(document->fileName(), document->bytes());
        break;
    case DocumentChange::Discarded:
        // Taken back by Undo in this session; kept in the recovery folder for after it.
        m_recovery.keepDiscarded({document->path(), change.discarded, document->diskBytes(), QDateTime::currentDateTimeUtc()});
        break;
    case DocumentChange::DeletedOnDisk:
    case DocumentChange::Conflict:
    case DocumentChange::ConflictResolved:
        Q_EMIT fileChangedOnDisk(document->fileName());
        m_recoveryTimer.start();
        break;
    }
}

void DocumentManager::pushWorkingCopies()
{
    // The documents have parsed their text already (for their own views): hand that over rather
    // than parse it again, all of them in one change.
    const Language &language = m_set->language();
    QList<Pattern> changed;
    for (PatternDocument *d : std::as_const(m_documents)) {
        const int i = language.indexOfFile(d->fileName());
        if (i < 0 || language.pattern(i).bytes != d->bytes())
            changed.append(d->pattern().bytes == d->bytes() ? d->pattern() : parsePattern(d->fileName(), d->path(), d->bytes()));
    }
    m_set->updatePatterns(changed);
}

void DocumentManager::languageChanged(const LanguageChange &change)
{
    if (change.kind != LanguageChange::Reset)
        return;
    if (m_set->folder() != m_watchedFolder) {
        // Another language: its documents are not these.
        for (PatternDocument *d : std::as_const(m_documents)) {
            Q_EMIT documentClosed(d->fileName());
            d->deleteLater();
        }
        m_documents.clear();
        watchLanguage();
        return;
    }
    // A reload of this language: unsaved texts stay what the language shows.
    if (!m_documents.isEmpty())
        m_workingCopyTimer.start(0);
    watchLanguage();
}

SaveOutcome DocumentManager::save(PatternDocument *document)
{
    // Recorded first: the watcher may report the write before save() returns.
    m_written.insert(document->path(), document->bytes());
    const SaveOutcome outcome = document->save(m_set->language());
    if (!outcome.ok)
        m_written.remove(document->path());
    // QSaveFile replaces the file, so the watcher must be told of the new one.
    if (outcome.ok && !m_watcher.files().contains(document->path()))
        m_watcher.addPath(document->path());
    return outcome;
}

QList<QPair<QString, SaveOutcome>> DocumentManager::saveAll()
{
    QList<QPair<QString, SaveOutcome>> failed;
    for (PatternDocument *d : modifiedDocuments()) {
        const SaveOutcome outcome = save(d);
        if (!outcome.ok)
            failed.append({d->fileName(), outcome});
    }
    return failed;
}

PatternDocument *DocumentManager::createPattern(const QString &fileName, const QByteArray &bytes, QString *error)
{
    const QString path = pathOf(fileName);
    m_written.insert(path, bytes);
    const FolderLock lock(m_set->folder(), PatternDocument::SaveLockTimeoutMs);
    const GuardedWrite written = lock.isLocked() ? replaceIfUnchanged(path, DiskState::absent(), bytes)
                                                 : GuardedWrite{GuardedWrite::Failed, lock.error(), {}};
    if (!written.ok()) {
        m_written.remove(path);
        if (error)
            *error = written.status == GuardedWrite::Changed ? tr("%1 already exists").arg(path) : written.error;
        return nullptr;
    }
    m_set->updatePattern(fileName, bytes);
    m_watcher.addPath(path);
    return open(fileName);
}

bool DocumentManager::deletePattern(const QString &fileName, QString *error)
{
    const QString path = pathOf(fileName);
    if (QFileInfo::exists(path) && !QFile::moveToTrash(path) && !QFile::remove(path)) {
        if (error)
            *error = tr("%1 could not be deleted").arg(path);
        return false;
    }
    if (PatternDocument *d = m_documents.take(fileName)) {
        m_recovery.remove(d->path());
        d->deleteLater();
        Q_EMIT documentClosed(fileName);
    }
    m_set->removePattern(fileName);
    return true;
}

DocumentManager::ApplyOutcome DocumentManager::applyFileEdits(const QList<FileEdit> &edits, const QString &description)
{
    auto *command = new FileEditsCommand(this, edits, description);
    if (const QStringList refused = command->refusal(true); !refused.isEmpty()) {
        delete command;
        return {{}, {}, refused};
    }
    m_lastOutcome = {};
    m_fileEdits.push(command); // runs it; a step that failed part-way is undone and dropped
    return m_lastOutcome;
}

DocumentManager::ApplyOutcome DocumentManager::undoFileEdits()
{
    if (!m_fileEdits.canUndo())
        return {};
    const auto *command = static_cast<const FileEditsCommand *>(m_fileEdits.command(m_fileEdits.index() - 1));
    if (const QStringList refused = command->refusal(false); !refused.isEmpty())
        return {{}, {}, refused};
    m_lastOutcome = {};
    m_fileEdits.undo();
    return m_lastOutcome;
}

DocumentManager::ApplyOutcome DocumentManager::redoFileEdits()
{
    if (!m_fileEdits.canRedo())
        return {};
    const auto *command = static_cast<const FileEditsCommand *>(m_fileEdits.command(m_fileEdits.index()));
    if (const QStringList refused = command->refusal(true); !refused.isEmpty())
        return {{}, {}, refused};
    m_lastOutcome = {};
    m_fileEdits.redo();
    return m_lastOutcome;
}

QString DocumentManager::whyNotReplace(const QString &fileName, const QByteArray &from) const
{
    if (PatternDocument *d = m_documents.value(fileName); d && d->isModified())
        return d->bytes() == from ? QString() : tr("its unsaved text has changed since");
    const DiskState now = readDiskState(pathOf(fileName));
    if (!now.exists)
        return tr("it no longer exists");
    return now.bytes == from ? QString() : tr("it changed on disk since");
}

DocumentManager::Replaced DocumentManager::replaceFile(const QString &fileName, const QByteArray &from, const QByteArray &to,
                                                       const QString &description, QString *error)
{
    PatternDocument *d = m_documents.value(fileName);
    if (d && d->isModified()) {
        // Unsaved text: the change goes into it, as an edit the author saves (or undoes) there.
        if (d->bytes() != from) {
            *error = tr("its unsaved text has changed since");
            return Replaced::No;
        }
        d->setBytes(to, description);
        pushWorkingCopies();
        return Replaced::InEditor;
    }
    const QString path = pathOf(fileName);
    m_written.insert(path, to);
    const GuardedWrite written = replaceIfUnchanged(path, DiskState::of(from), to);
    if (!written.ok()) {
        m_written.remove(path);
        *error = written.status == GuardedWrite::Changed
                     ? (written.found.exists ? tr("it changed on disk since") : tr("it no longer exists"))
                     : written.error;
        return Replaced::No;
    }
    if (!m_watcher.files().contains(path))
        m_watcher.addPath(path);
    if (d)
        d->diskChanged(to); // no unsaved text: the editor shows the file as it is now
    else
        m_set->updatePattern(fileName, to);
    return Replaced::OnDisk;
}

QList<RecoveryStore::Entry> DocumentManager::recoverable() const
{
    QList<RecoveryStore::Entry> out;
    const QString folder = QDir::cleanPath(QDir(m_set->folder()).absolutePath());
    for (const RecoveryStore::Entry &e : m_recovery.entries()) {
        if (QFileInfo(e.path).absolutePath() != folder)
            continue;
        QFile f(e.path);
        const QByteArray disk = f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        if (disk != e.bytes)
            out.append(e);
        else
            const_cast<RecoveryStore &>(m_recovery).remove(e.path); // nothing to recover
    }
    return out;
}

PatternDocument *DocumentManager::restore(const RecoveryStore::Entry &entry)
{
    PatternDocument *d = open(QFileInfo(entry.path).fileName());
    if (!d)
        return nullptr;
    d->restoreRecovered(entry.bytes, entry.diskBytes);
    pushWorkingCopies();
    return d;
}

void DocumentManager::writeRecovery()
{
    for (PatternDocument *d : std::as_const(m_documents)) {
        if (d->isModified())
            m_recovery.store({d->path(), d->bytes(), d->diskBytes(), QDateTime::currentDateTimeUtc()});
        else
            m_recovery.remove(d->path());
    }
}

void DocumentManager::watchLanguage()
{
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    m_watchedFolder = m_set->folder();
    if (m_watchedFolder.isEmpty())
        return;
    m_watcher.addPath(m_watchedFolder);
    QStringList files;
    for (const Pattern &p : m_set->language().patterns())
        files << pathOf(p.fileName);
    for (const LanguageDocument &doc : m_set->language().documents())
        files << pathOf(doc.fileName);
    if (!files.isEmpty())
        m_watcher.addPaths(files);
}

void DocumentManager::checkPath(const QString &path)
{
    const QString fileName = QFileInfo(path).fileName();
    if (classifyFile(fileName) != FileKind::Pattern) {
        // SCALES.md, README.md, templates: the language reads them whole.
        m_set->reload();
        return;
    }
    bool exists = false;
    const QByteArray bytes = readDisk(fileName, &exists);
    if (exists && !m_watcher.files().contains(path))
        m_watcher.addPath(path); // replaced files drop out of the watch
    if (exists && m_written.value(path) == bytes && m_written.contains(path)) {
        m_written.remove(path); // our own write coming back
        return;
    }
    PatternDocument *d = m_documents.value(fileName);
    if (!exists) {
        if (d) {
            d->diskDeleted();
            m_missingTimer.start();
        } else {
            m_set->removePattern(fileName);
        }
        Q_EMIT fileChangedOnDisk(fileName);
        return;
    }
    if (d) {
        d->diskChanged(bytes); // reloads, or raises a conflict
    } else {
        // Read as loading does, so that an unreadable file says why.
        const Pattern fresh = m_set->language().readPattern(fileName);
        const int i = m_set->language().indexOfFile(fileName);
        if (i < 0 || m_set->language().pattern(i).bytes != fresh.bytes
            || m_set->language().pattern(i).diagnostics != fresh.diagnostics) {
            if (m_batch)
                m_batch->append(fresh);
            else
                m_set->updatePattern(fresh);
        }
    }
    Q_EMIT fileChangedOnDisk(fileName);
}

void DocumentManager::folderChanged()
{
    const QDir dir(m_set->folder());
    if (!dir.exists())
        m_missingTimer.start(); // the folder itself went: look for it to come back
    const QStringList names = Language::markdownFilesIn(dir.path());
    QSet<QString> onDisk;
    for (const QString &name : names) {
        if (classifyFile(name) != FileKind::Pattern)
            continue;
        onDisk.insert(name);
        const PatternDocument *d = m_documents.value(name);
        if (m_set->language().indexOfFile(name) < 0 || (d && d->isDeletedOnDisk()))
            checkPath(dir.filePath(name)); // a new file joins the language; a deleted one is back
    }
    for (const Pattern &p : m_set->language().patterns()) {
        if (!onDisk.contains(p.fileName) && !QFileInfo::exists(pathOf(p.fileName)))
            m_pendingPaths.insert(pathOf(p.fileName));
    }
    checkPaths(std::exchange(m_pendingPaths, {}));
}

void DocumentManager::checkPaths(const QSet<QString> &paths)
{
    // A checkout or a sync tool changes many files at once: the language takes them as one
    // batch (one change for the views, one analysis), not as one push per file.
    QList<Pattern> batch;
    m_batch = &batch;
    for (const QString &path : paths)
        checkPath(path);
    m_batch = nullptr;
    m_set->updatePatterns(batch);
}

bool DocumentManager::anythingMissing() const
{
    if (m_watchedFolder.isEmpty())
        return false;
    if (!m_watcher.directories().contains(m_watchedFolder))
        return true;
    return std::any_of(m_documents.cbegin(), m_documents.cend(),
                       [](const PatternDocument *d) { return d->isDeletedOnDisk(); });
}

void DocumentManager::checkMissing()
{
    if (!m_watchedFolder.isEmpty() && !m_watcher.directories().contains(m_watchedFolder)
        && QFileInfo(m_watchedFolder).isDir()) {
        // The folder is back (restored, checked out again): watch it and everything in it again.
        m_watcher.addPath(m_watchedFolder);
        for (const Pattern &p : m_set->language().patterns()) {
            const QString path = pathOf(p.fileName);
            if (QFileInfo::exists(path) && !m_watcher.files().contains(path))
                m_watcher.addPath(path);
        }
        folderChanged();
    }
    for (PatternDocument *d : m_documents.values()) {
        if (d->isDeletedOnDisk() && QFileInfo::exists(d->path()))
            checkPath(d->path());
    }
    if (!anythingMissing())
        m_missingTimer.stop();
}

} // namespace pb
