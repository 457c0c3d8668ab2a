#include "fileeditscommand.h"
#include "documentmanager.h"

namespace pb {

FileEditsCommand::FileEditsCommand(DocumentManager *manager, const QList<FileEdit> &edits, const QString &description)
    : QUndoCommand(description)
    , m_manager(manager)
    , m_edits(edits)
{
}

void FileEditsCommand::redo() { apply(true); }
void FileEditsCommand::undo() { apply(false); }

void FileEditsCommand::apply(bool forward)
{
    m_written.clear();
    m_inEditors.clear();
    m_failed.clear();
    if (!m_manager)
        return;
    QList<QPair<QString, QByteArray>> changed;
    for (const FileEdit &e : std::as_const(m_edits)) {
        const QByteArray &from = forward ? e.before : e.after;
        const QByteArray &to = forward ? e.after : e.before;
        QString error;
        switch (m_manager->replaceFile(e.fileName, from, to, text(), &error)) {
        case DocumentManager::Replaced::OnDisk:
            m_written << e.fileName;
            break;
        case DocumentManager::Replaced::InEditor:
            m_inEditors << e.fileName;
            break;
        case DocumentManager::Replaced::No:
            m_failed << QStringLiteral("%1: %2").arg(e.fileName, error);
            break;
        }
    }
}

} // namespace pb
