#include "document/fileeditscommand.h"
#include "document/documentmanager.h"

#include "format/guardedwrite.h"
#include "language/language.h"
#include "format/pattern.h"

#include <QCoreApplication>
#include <QSet>

namespace pb {

namespace {

// The context of these messages for Qt Linguist.
class FileEditsTr
{
    Q_DECLARE_TR_FUNCTIONS(pb::FileEdits)
};

// Every id a pattern's text points at: its link lists and its references.
QSet<int> idsNamedIn(const QString &fileName, const QByteArray &bytes)
{
    const Pattern p = parsePattern(fileName, fileName, bytes);
    QSet<int> ids;
    for (int id : p.fields.contextPatterns)
        ids.insert(id);
    for (int id : p.fields.completionPatterns)
        ids.insert(id);
    for (const PatternReference &ref : p.body.references)
        ids.insert(ref.id);
    ids.remove(p.fields.id);
    return ids;
}

} // namespace

FileEditsCommand::FileEditsCommand(DocumentManager *manager, const QList<FileEdit> &edits, const QString &description)
    : QUndoCommand(description)
    , m_manager(manager)
    , m_edits(edits)
{
}

void FileEditsCommand::redo()
{
    apply(true);
    if (m_manager)
        m_manager->recordOutcome({m_written, m_inEditors, m_failed});
}

void FileEditsCommand::undo()
{
    apply(false);
    if (m_manager)
        m_manager->recordOutcome({m_written, m_inEditors, m_failed});
}

QStringList FileEditsCommand::refusal(bool forward) const
{
    if (!m_manager)
        return {FileEditsTr::tr("the language is closed")};
    QStringList out;
    const Language &language = m_manager->patternSet()->language();
    // Ids of patterns that this very step renumbers, in the direction it goes.
    QSet<int> madeHere;
    for (const FileEdit &e : m_edits) {
        const Pattern p = parsePattern(e.fileName, e.fileName, forward ? e.after : e.before);
        if (!p.broken)
            madeHere.insert(p.fields.id);
    }
    for (const FileEdit &e : m_edits) {
        const QByteArray &from = forward ? e.before : e.after;
        const QByteArray &to = forward ? e.after : e.before;
        const QString why = m_manager->whyNotReplace(e.fileName, from);
        if (!why.isEmpty()) {
            out << QStringLiteral("%1: %2").arg(e.fileName, why);
            continue;
        }
        // The ids this step makes the file point at, which it did not before: a pattern must have
        // each, or the step would write links to nothing (a renumbering redone after a checkout).
        const QSet<int> before = idsNamedIn(e.fileName, from);
        QList<int> missing;
        for (int id : idsNamedIn(e.fileName, to)) {
            if (!before.contains(id) && !madeHere.contains(id) && language.indexOfId(id) < 0)
                missing << id;
        }
        std::sort(missing.begin(), missing.end());
        for (int id : std::as_const(missing))
            out << QStringLiteral("%1: %2").arg(e.fileName, FileEditsTr::tr("it would point at %1, which no pattern has now").arg(id));
    }
    return out;
}

void FileEditsCommand::apply(bool forward)
{
    m_written.clear();
    m_inEditors.clear();
    m_failed.clear();
    if (!m_manager)
        return;
    // All or nothing: checked first, then written under the folder's lock. A file another hand
    // changes in the instant between is refused by its compare-and-swap; what this step wrote
    // before it is then put back, and the step leaves the undo stack.
    const FolderLock lock(m_manager->patternSet()->folder(), PatternDocument::SaveLockTimeoutMs);
    if (!lock.isLocked()) {
        m_failed << lock.error();
        setObsolete(true);
        return;
    }
    m_failed = refusal(forward);
    if (!m_failed.isEmpty()) {
        setObsolete(true);
        return;
    }
    QList<const FileEdit *> done;
    for (const FileEdit &e : std::as_const(m_edits)) {
        const QByteArray &from = forward ? e.before : e.after;
        const QByteArray &to = forward ? e.after : e.before;
        QString error;
        switch (m_manager->replaceFile(e.fileName, from, to, text(), &error)) {
        case DocumentManager::Replaced::OnDisk:
            m_written << e.fileName;
            done << &e;
            continue;
        case DocumentManager::Replaced::InEditor:
            m_inEditors << e.fileName;
            done << &e;
            continue;
        case DocumentManager::Replaced::No:
            m_failed << QStringLiteral("%1: %2").arg(e.fileName, error);
            break;
        }
        break;
    }
    if (m_failed.isEmpty())
        return;
    for (const FileEdit *e : std::as_const(done)) {
        QString ignored;
        m_manager->replaceFile(e->fileName, forward ? e->after : e->before, forward ? e->before : e->after, text(), &ignored);
    }
    m_written.clear();
    m_inEditors.clear();
    setObsolete(true);
}

} // namespace pb
