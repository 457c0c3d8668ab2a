#include "editcontroller.h"
#include "changesdialog.h"
#include "comparedialog.h"
#include "deletepatterndialog.h"
#include "documenteditor.h"
#include "editorarea.h"
#include "newpatterndialog.h"
#include "recoverydialog.h"

#include "actions.h"
#include "document/documentmanager.h"
#include "language/languageedits.h"
#include "language/patternset.h"
#include "language/quickfixes.h"

#include <QAction>
#include <QFileInfo>
#include <QMessageBox>
#include <QUndoGroup>

namespace pb::ui {

EditController::EditController(PatternSet *set, Actions *actions, QWidget *window, const QString &recoveryFolder)
    : QObject(window)
    , m_set(set)
    , m_actions(actions)
    , m_window(window)
    , m_documents(new DocumentManager(set, recoveryFolder.isEmpty() ? RecoveryStore::defaultFolder() : recoveryFolder, this))
    , m_area(new EditorArea(window))
    , m_undoGroup(new QUndoGroup(this))
{
    m_area->hide();
    Actions &a = *actions;
    connect(a.editPattern, &QAction::triggered, this, [this] {
        if (!m_set->current().isEmpty())
            edit(m_set->current());
    });
    connect(a.newPattern, &QAction::triggered, this, &EditController::newPattern);
    connect(a.save, &QAction::triggered, this, [this] {
        if (PatternDocument *d = currentDocument())
            save(d);
    });
    connect(a.saveAll, &QAction::triggered, this, &EditController::saveAll);
    connect(a.revert, &QAction::triggered, this, [this] {
        if (PatternDocument *d = currentDocument())
            d->revert();
    });
    connect(a.closeEditor, &QAction::triggered, this, [this] {
        if (PatternDocument *d = currentDocument())
            closeDocument(d);
    });
    connect(a.deletePattern, &QAction::triggered, this, &EditController::deleteCurrent);
    // One undo stack per document, the current editor's active: Undo and Redo name what they undo.
    connect(a.undo, &QAction::triggered, m_undoGroup, &QUndoGroup::undo);
    connect(a.redo, &QAction::triggered, m_undoGroup, &QUndoGroup::redo);
    connect(m_undoGroup, &QUndoGroup::canUndoChanged, a.undo, &QAction::setEnabled);
    connect(m_undoGroup, &QUndoGroup::canRedoChanged, a.redo, &QAction::setEnabled);
    connect(m_undoGroup, &QUndoGroup::undoTextChanged, this,
            [undo = a.undo](const QString &text) { undo->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(text)); });
    connect(m_undoGroup, &QUndoGroup::redoTextChanged, this,
            [redo = a.redo](const QString &text) { redo->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(text)); });
    // Changes made to several files at once (a rename, a batch of fixes) undo as one step.
    QUndoStack *files = m_documents->fileEdits();
    // Through the manager, which refuses a step that can no longer be applied whole (a file changed
    // since, an id gone after a checkout) and says which files stand in the way.
    connect(a.undoAcrossFiles, &QAction::triggered, this, [this, files] {
        const QString description = files->undoText();
        report(tr("Undo %1").arg(description), m_documents->undoFileEdits());
    });
    connect(a.redoAcrossFiles, &QAction::triggered, this, [this, files] {
        const QString description = files->redoText();
        report(tr("Redo %1").arg(description), m_documents->redoFileEdits());
    });
    connect(files, &QUndoStack::canUndoChanged, a.undoAcrossFiles, &QAction::setEnabled);
    connect(files, &QUndoStack::canRedoChanged, a.redoAcrossFiles, &QAction::setEnabled);
    connect(files, &QUndoStack::undoTextChanged, this, [undo = a.undoAcrossFiles](const QString &text) {
        undo->setText(text.isEmpty() ? tr("Undo Change Across Files") : tr("Undo Across Files: %1").arg(text));
    });
    connect(files, &QUndoStack::redoTextChanged, this, [redo = a.redoAcrossFiles](const QString &text) {
        redo->setText(text.isEmpty() ? tr("Redo Change Across Files") : tr("Redo Across Files: %1").arg(text));
    });
    for (QAction *action : {a.undo, a.redo, a.undoAcrossFiles, a.redoAcrossFiles})
        action->setEnabled(false);

    connect(m_documents, &DocumentManager::documentOpened, this, &EditController::documentOpened);
    connect(m_documents, &DocumentManager::documentClosed, this, [this](const QString &fileName) {
        m_area->removeDocument(fileName);
        if (m_area->count() == 0) {
            m_area->hide();
            Q_EMIT editorsShown(false);
        }
        updateActions();
    });
    connect(m_documents, &DocumentManager::documentModifiedChanged, this, &EditController::updateActions);
    connect(m_area, &EditorArea::currentDocumentChanged, this, [this](PatternDocument *d) {
        m_undoGroup->setActiveStack(d ? d->undoStack() : nullptr);
        if (d && m_set->current() != d->fileName())
            m_set->setCurrent(d->fileName());
        updateActions();
    });
    connect(m_area, &EditorArea::closeRequested, this, &EditController::closeDocument);
    connect(set, &PatternSet::currentChanged, this, [this](const QString &fileName) {
        if (m_area->editorFor(fileName))
            m_area->activate(fileName);
        updateActions();
    });
    connect(set, &PatternSet::languageChanged, this, &EditController::languageChanged);
    updateActions();
}

EditController::~EditController() = default;

PatternDocument *EditController::currentDocument() const
{
    DocumentEditor *e = m_area->currentEditor();
    return e ? e->document() : nullptr;
}

DocumentEditor *EditController::editorFor(const QString &fileName) const { return m_area->editorFor(fileName); }

QByteArray EditController::bytesFor(const QString &fileName) const
{
    if (PatternDocument *d = m_documents->document(fileName))
        return d->bytes();
    const int i = m_set->language().indexOfFile(fileName);
    return i < 0 ? QByteArray() : m_set->language().pattern(i).bytes;
}

DocumentEditor *EditController::edit(const QString &fileName)
{
    PatternDocument *d = m_documents->open(fileName);
    if (!d) {
        Q_EMIT statusMessage(tr("%1 cannot be opened").arg(fileName));
        return nullptr;
    }
    m_area->activate(fileName);
    return m_area->editorFor(fileName);
}

void EditController::documentOpened(PatternDocument *document)
{
    DocumentEditor *editor = m_area->addDocument(document);
    m_undoGroup->addStack(document->undoStack());
    connect(document, &PatternDocument::changed, this, [this, document](const DocumentChange &change) {
        if (change.kind == DocumentChange::Text || change.kind == DocumentChange::Reloaded)
            Q_EMIT documentTextChanged(document->fileName());
        updateActions();
    });
    connect(editor, &DocumentEditor::compareRequested, this, [this](PatternDocument *d) { CompareDialog(d, m_window).exec(); });
    updateLanguageContext();
    if (!m_area->isVisible()) {
        m_area->show();
        Q_EMIT editorsShown(true);
    }
    m_area->activate(document->fileName());
}

void EditController::languageChanged(const LanguageChange &change)
{
    updateLanguageContext();
    if (change.kind == LanguageChange::Reset && !m_recoveryOffered && !m_set->folder().isEmpty()) {
        m_recoveryOffered = true;
        offerRecovery();
    }
    updateActions();
}

void EditController::updateLanguageContext()
{
    if (m_area->count() == 0)
        return;
    const Language &language = m_set->language();
    QList<QPair<int, QString>> patterns;
    QHash<int, QString> names;
    QStringList tags;
    for (const Pattern &p : language.patterns()) {
        if (p.fields.id > 0) {
            patterns.append({p.fields.id, p.fields.name});
            names.insert(p.fields.id, p.fields.name);
        }
        tags << p.fields.tags;
    }
    tags.removeDuplicates();
    tags.sort();
    QMap<int, QString> scales;
    for (const Scale &s : language.scales())
        scales.insert(s.level, s.name);
    // Typing changes the language's working copy every moment; the names, tags and scales the
    // editors offer change far less often, and rebuilding their completers is not free.
    const bool sameOffer = patterns == m_offeredPatterns && tags == m_offeredTags && scales == m_offeredScales
                           && m_offeredEditors == m_area->count();
    m_offeredPatterns = patterns;
    m_offeredTags = tags;
    m_offeredScales = scales;
    m_offeredEditors = m_area->count();
    for (DocumentEditor *e : m_area->editors()) {
        if (!sameOffer)
            e->setLanguage(patterns, tags, scales, names);
        if (e->document())
            e->setLanguageDiagnostics(m_set->diagnosticsOf(e->document()->fileName()));
    }
}

void EditController::updateActions()
{
    Actions &a = *m_actions;
    PatternDocument *d = currentDocument();
    a.save->setEnabled(d && (d->isModified() || d->isDeletedOnDisk()));
    a.revert->setEnabled(d && d->isModified());
    a.closeEditor->setEnabled(d);
    a.saveAll->setEnabled(!m_documents->modifiedDocuments().isEmpty());
    a.editPattern->setEnabled(!m_set->current().isEmpty());
    a.deletePattern->setEnabled(!m_set->current().isEmpty());
    a.newPattern->setEnabled(!m_set->folder().isEmpty());
}

void EditController::goTo(const QString &fileName, int line, int column)
{
    if (DocumentEditor *e = edit(fileName))
        e->goToLine(line, column);
}

bool EditController::save(PatternDocument *document)
{
    const Pattern before = parsePattern(document->fileName(), document->path(), document->diskBytes());
    const SaveOutcome outcome = m_documents->save(document);
    if (DocumentEditor *e = m_area->editorFor(document->fileName()))
        e->showSaveOutcome(outcome);
    if (!outcome.ok) {
        Q_EMIT statusMessage(tr("%1 not saved: %2").arg(document->fileName(), outcome.error));
        return false;
    }
    Q_EMIT statusMessage(tr("Saved %1").arg(document->fileName()));
    if (!before.broken)
        offerRenameAndRenumber(before.fields.id, before.fields.name, document);
    updateActions();
    return true;
}

void EditController::applyToFiles(const QList<FileEdit> &edits, const QString &description)
{
    report(description, m_documents->applyFileEdits(edits, description));
}

void EditController::report(const QString &description, const DocumentManager::ApplyOutcome &outcome)
{
    QStringList said;
    if (!outcome.written.isEmpty())
        said << tr("%n file(s) changed", nullptr, int(outcome.written.size()));
    if (!outcome.inEditors.isEmpty())
        said << tr("%n file(s) with unsaved text changed in their editors", nullptr, int(outcome.inEditors.size()));
    if (!outcome.failed.isEmpty()) {
        said << tr("nothing changed");
        QMessageBox::warning(m_window, description,
                             tr("Nothing was changed, because these files stand in the way:\n\n%1")
                                 .arg(outcome.failed.join(QLatin1Char('\n'))));
    }
    Q_EMIT statusMessage(QStringLiteral("%1: %2").arg(description, said.join(QStringLiteral("; "))));
}

void EditController::offerRenameAndRenumber(int oldId, const QString &oldName, PatternDocument *document)
{
    const PatternFields &now = document->pattern().fields;
    if (oldId > 0 && now.id > 0 && now.id != oldId) {
        QList<FileEdit> edits = renumber(m_set->language(), oldId, now.id);
        edits.removeIf([&](const FileEdit &e) { return e.fileName == document->fileName(); });
        if (!edits.isEmpty()) {
            ChangesDialog dialog(tr("Renumber Pattern"),
                                 tr("Pattern %1 is now %2. Update the links and references to it in %n other file(s)?",
                                    nullptr, int(edits.size()))
                                     .arg(oldId)
                                     .arg(now.id),
                                 edits, m_window);
            if (dialog.exec() == QDialog::Accepted)
                applyToFiles(edits, tr("Renumber %1 to %2").arg(oldId).arg(now.id));
        }
    }
    if (!oldName.isEmpty() && !now.name.isEmpty() && now.name != oldName && now.id > 0) {
        const RenameChanges changes = renameReferences(m_set->language(), now.id, oldName, now.name);
        if (changes.edits.isEmpty() && changes.others.isEmpty())
            return;
        ChangesDialog dialog(tr("Rename Pattern"),
                             tr("“%1” is now “%2”. Update the references that name it “%1” in %n file(s)?", nullptr,
                                int(changes.edits.size()))
                                 .arg(oldName, now.name),
                             changes.edits, m_window);
        dialog.setOtherReferences(changes.others, now.name,
                                  tr("These references name it otherwise (inflected, or by an older name), in words the "
                                     "author chose: they are left as they are. Tick those to rename too."));
        if (dialog.exec() != QDialog::Accepted)
            return;
        // The exact ones and those the author ticked, together, one edit per file.
        const QList<FileEdit> edits = renameReferencesAt(m_set->language(), changes.exact + dialog.chosenOthers(), now.name);
        applyToFiles(edits, tr("Rename references to %1").arg(now.name));
    }
}

bool EditController::saveAll()
{
    bool ok = true;
    for (PatternDocument *d : m_documents->modifiedDocuments())
        ok = save(d) && ok;
    return ok;
}

bool EditController::closeDocument(PatternDocument *document)
{
    if (document->isModified()) {
        // Only Save (done) or Discard closes: a dialog ended any other way (Cancel, Escape, the app
        // told to quit meanwhile) keeps the text, and its recovery copy.
        const int answer = UnsavedDialog({document->fileName()}, m_window).exec();
        const bool saved = answer == QMessageBox::Save && save(document);
        if (!saved && answer != QMessageBox::Discard)
            return false;
    }
    m_documents->close(document->fileName());
    return true;
}

bool EditController::confirmClose()
{
    const QList<PatternDocument *> modified = m_documents->modifiedDocuments();
    if (modified.isEmpty())
        return true;
    QStringList names;
    for (PatternDocument *d : modified)
        names << d->fileName();
    const int answer = UnsavedDialog(names, m_window).exec();
    if (answer != QMessageBox::SaveAll && answer != QMessageBox::Save && answer != QMessageBox::Discard)
        return false; // Cancel, Escape, or the dialog ended from outside: nothing is let go
    if ((answer == QMessageBox::SaveAll || answer == QMessageBox::Save) && !saveAll())
        return false;
    if (answer == QMessageBox::Discard) {
        // Discarded on purpose: nothing to recover next time.
        for (PatternDocument *d : modified)
            m_documents->recovery().remove(d->path());
        m_documents->closeAll();
    }
    return true;
}

void EditController::offerRecovery()
{
    const QList<RecoveryStore::Entry> entries = m_documents->recoverable();
    if (entries.isEmpty())
        return;
    RecoveryDialog box(entries, m_window);
    box.exec();
    if (box.restore()) {
        for (const RecoveryStore::Entry &e : entries)
            m_documents->restore(e);
        Q_EMIT statusMessage(tr("Restored %n unsaved pattern(s); save to keep the changes", nullptr, int(entries.size())));
    } else if (box.discard()) {
        for (const RecoveryStore::Entry &e : entries)
            m_documents->recovery().remove(e.path);
    }
}

void EditController::newPattern()
{
    NewPatternDialog dialog(m_set->language(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString fileName = fileNameFor(dialog.id(), dialog.name());
    QString error;
    PatternDocument *d = m_documents->createPattern(
        fileName, newPatternText(m_set->language(), dialog.id(), dialog.name(), dialog.scale()), &error);
    if (!d) {
        QMessageBox::warning(m_window, tr("New Pattern"), tr("The pattern was not created: %1").arg(error));
        return;
    }
    m_set->setCurrent(fileName);
    m_area->activate(fileName);
}

void EditController::deleteCurrent()
{
    const QString fileName = m_set->current();
    if (fileName.isEmpty())
        return;
    DeletePatternDialog box(m_set->language(), m_documents, fileName, m_window);
    box.exec();
    if (!box.confirmed())
        return;
    QString error;
    if (!m_documents->deletePattern(fileName, &error))
        QMessageBox::warning(m_window, tr("Delete Pattern"), error);
    else
        Q_EMIT statusMessage(tr("Deleted %1").arg(fileName));
}

void EditController::fix(const Diagnostics &diagnostics)
{
    const FixPlan plan = planFixes(m_set->language(), diagnostics);
    if (plan.edits.isEmpty()) {
        Q_EMIT statusMessage(tr("Nothing to fix: the patterns already read as the fix would make them"));
        return;
    }
    ChangesDialog dialog(tr("Fix"),
                         tr("These files change by %n fix(es). Only the lists and titles named change; the files are "
                            "written at once, and Undo Change Across Files takes them back.",
                            nullptr, plan.applied),
                         plan.edits, m_window);
    if (dialog.exec() == QDialog::Accepted)
        applyToFiles(plan.edits, tr("Fix %n diagnostic(s)", nullptr, plan.applied));
}

} // namespace pb::ui
