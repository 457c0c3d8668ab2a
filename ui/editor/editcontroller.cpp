#include "editcontroller.h"
#include "plural.h"
#include "changesdialog.h"
#include "documenteditor.h"
#include "editorarea.h"
#include "newpatterndialog.h"

#include "documentmanager.h"
#include "languageedits.h"
#include "patternset.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUndoGroup>
#include <QVBoxLayout>

namespace pb::ui {

EditController::EditController(PatternSet *set, QWidget *window, const QString &recoveryFolder)
    : QObject(window)
    , m_set(set)
    , m_window(window)
    , m_documents(new DocumentManager(set, recoveryFolder.isEmpty() ? RecoveryStore::defaultFolder() : recoveryFolder, this))
    , m_area(new EditorArea(window))
    , m_undoGroup(new QUndoGroup(this))
{
    auto make = [this](const QString &text, const QKeySequence &key = {}) {
        auto *a = new QAction(text, this);
        if (!key.isEmpty()) {
            a->setShortcut(key);
            a->setToolTip(QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')).remove(QChar(0x2026)),
                                                       key.toString(QKeySequence::NativeText)));
        }
        return a;
    };
    editAction = make(tr("&Edit Pattern"), QKeySequence(QStringLiteral("Ctrl+E")));
    newPatternAction = make(tr("&New Pattern…"), QKeySequence::New);
    saveAction = make(tr("&Save"), QKeySequence::Save);
    saveAllAction = make(tr("Save A&ll"), QKeySequence(QStringLiteral("Ctrl+Shift+S")));
    revertAction = make(tr("Re&vert"));
    closeAction = make(tr("&Close Editor"), QKeySequence(QStringLiteral("Ctrl+W")));
    deleteAction = make(tr("&Delete Pattern…"));
    undoAction = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undoAction->setShortcut(QKeySequence::Undo);
    redoAction = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redoAction->setShortcut(QKeySequence::Redo);
    m_area->hide();

    connect(editAction, &QAction::triggered, this, [this] {
        if (!m_set->current().isEmpty())
            edit(m_set->current());
    });
    connect(newPatternAction, &QAction::triggered, this, &EditController::newPattern);
    connect(saveAction, &QAction::triggered, this, [this] {
        if (PatternDocument *d = currentDocument())
            save(d);
    });
    connect(saveAllAction, &QAction::triggered, this, &EditController::saveAll);
    connect(revertAction, &QAction::triggered, this, [this] {
        if (PatternDocument *d = currentDocument())
            d->revert();
    });
    connect(closeAction, &QAction::triggered, this, [this] {
        if (PatternDocument *d = currentDocument())
            closeDocument(d);
    });
    connect(deleteAction, &QAction::triggered, this, &EditController::deleteCurrent);

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
    connect(editor, &DocumentEditor::compareRequested, this, &EditController::compare);
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
    PatternDocument *d = currentDocument();
    saveAction->setEnabled(d && (d->isModified() || d->isDeletedOnDisk()));
    revertAction->setEnabled(d && d->isModified());
    closeAction->setEnabled(d);
    saveAllAction->setEnabled(!m_documents->modifiedDocuments().isEmpty());
    editAction->setEnabled(!m_set->current().isEmpty());
    deleteAction->setEnabled(!m_set->current().isEmpty());
    newPatternAction->setEnabled(!m_set->folder().isEmpty());
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

void EditController::offerRenameAndRenumber(int oldId, const QString &oldName, PatternDocument *document)
{
    const PatternFields &now = document->pattern().fields;
    if (oldId > 0 && now.id > 0 && now.id != oldId) {
        QList<FileEdit> edits = renumber(m_set->language(), oldId, now.id);
        edits.removeIf([&](const FileEdit &e) { return e.fileName == document->fileName(); });
        if (!edits.isEmpty()) {
            ChangesDialog dialog(tr("Renumber Pattern"),
                                 tr("Pattern %1 is now %2. Update the links and references to it in %3?")
                                     .arg(oldId)
                                     .arg(now.id)
                                     .arg(counted(edits.size(), tr("other file"), tr("other files"))),
                                 edits, m_window);
            if (dialog.exec() == QDialog::Accepted)
                m_documents->applyFileEdits(edits, tr("Renumber %1 to %2").arg(oldId).arg(now.id), true);
        }
    }
    if (!oldName.isEmpty() && !now.name.isEmpty() && now.name != oldName && now.id > 0) {
        const QList<FileEdit> edits = renameReferences(m_set->language(), now.id, oldName, now.name).edits;
        if (!edits.isEmpty()) {
            ChangesDialog dialog(tr("Rename Pattern"),
                                 tr("“%1” is now “%2”. Update the references to it in %3?")
                                     .arg(oldName, now.name, counted(edits.size(), tr("file"), tr("files"))),
                                 edits, m_window);
            if (dialog.exec() == QDialog::Accepted)
                m_documents->applyFileEdits(edits, tr("Rename references to %1").arg(now.name), true);
        }
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
        const auto answer = QMessageBox::question(
            m_window, tr("Unsaved Changes"), tr("Save the changes to %1 before closing it?").arg(document->fileName()),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !save(document)))
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
    const auto answer = QMessageBox::question(m_window, tr("Unsaved Changes"),
                                              tr("Unsaved changes to %1:\n\n%2\n\nSave them before closing?")
                                                  .arg(counted(modified.size(), tr("pattern"), tr("patterns")), names.join(QLatin1Char('\n'))),
                                              QMessageBox::SaveAll | QMessageBox::Discard | QMessageBox::Cancel,
                                              QMessageBox::SaveAll);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::SaveAll && !saveAll())
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
    QStringList names;
    for (const RecoveryStore::Entry &e : entries)
        names << QStringLiteral("%1 (%2)").arg(QFileInfo(e.path).fileName(), QLocale().toString(e.savedAt.toLocalTime(), QLocale::ShortFormat));
    QMessageBox box(QMessageBox::Question, tr("Recover Unsaved Changes"),
                    tr("The last session ended without saving changes to %1:").arg(counted(entries.size(), tr("pattern"), tr("patterns"))),
                    QMessageBox::NoButton, m_window);
    box.setInformativeText(names.join(QLatin1Char('\n')));
    QPushButton *restore = box.addButton(tr("Restore"), QMessageBox::AcceptRole);
    box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
    box.setDefaultButton(restore);
    box.exec();
    if (box.clickedButton() == restore) {
        for (const RecoveryStore::Entry &e : entries)
            m_documents->restore(e);
        Q_EMIT statusMessage(tr("Restored %1; save them to keep them").arg(counted(entries.size(), tr("unsaved pattern"), tr("unsaved patterns"))));
    } else {
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
    const Pattern *p = m_set->currentPattern();
    if (!p)
        return;
    QString text = tr("Delete %1 (%2)?").arg(p->displayName(), p->fileName);
    const QList<QPair<QString, int>> refs = p->fields.id > 0 ? referencesTo(m_set->language(), p->fields.id)
                                                               : QList<QPair<QString, int>>();
    QString detail;
    for (const auto &[file, count] : refs)
        detail += tr("%1: %2\n").arg(file, counted(count, tr("link or reference"), tr("links or references")));
    QMessageBox box(QMessageBox::Warning, tr("Delete Pattern"), text, QMessageBox::NoButton, m_window);
    box.setInformativeText(refs.isEmpty() ? tr("No other pattern refers to it. The file goes to the trash.")
                                          : tr("%1 to it; their links will be broken:").arg(counted(refs.size(), tr("pattern refers"), tr("patterns refer"))));
    if (!detail.isEmpty())
        box.setDetailedText(detail);
    QPushButton *remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != remove)
        return;
    QString error;
    const QString fileName = p->fileName;
    if (!m_documents->deletePattern(fileName, &error))
        QMessageBox::warning(m_window, tr("Delete Pattern"), error);
    else
        Q_EMIT statusMessage(tr("Deleted %1").arg(fileName));
}

void EditController::compare(PatternDocument *document)
{
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("%1: yours and theirs").arg(document->fileName()));
    auto *label = new QLabel(tr("Lines marked - are yours, + are on disk now."), &dialog);
    auto *text = new QPlainTextEdit(&dialog);
    text->setReadOnly(true);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    text->setPlainText(lineDifferences(document->bytes(), document->theirs()));
    auto *buttons = new QDialogButtonBox(&dialog);
    QPushButton *mine = buttons->addButton(tr("Keep Mine"), QDialogButtonBox::AcceptRole);
    QPushButton *theirs = buttons->addButton(tr("Take Theirs"), QDialogButtonBox::DestructiveRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::clicked, &dialog, [&](QAbstractButton *b) {
        if (b == mine)
            document->keepMine();
        else if (b == theirs)
            document->takeTheirs();
        dialog.accept();
    });
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(label);
    layout->addWidget(text, 1);
    layout->addWidget(buttons);
    dialog.resize(760, 520);
    dialog.exec();
}

bool EditController::canFix(const Diagnostic &diagnostic) const { return diagnostic.code == Code::UnmirroredLink; }

void EditController::fix(const Diagnostic &diagnostic)
{
    if (diagnostic.code != Code::UnmirroredLink)
        return;
    const QString fileName = QFileInfo(diagnostic.file).fileName();
    const int index = m_set->language().indexOfFile(fileName);
    if (index < 0)
        return;
    // The list item the diagnostic points at is the id to mirror.
    const Pattern &p = m_set->language().pattern(index);
    for (const QString &key : {QStringLiteral("context_patterns"), QStringLiteral("completion_patterns")}) {
        const FrontMatterEntry *e = p.entry(key);
        const QList<int> &ids = key == QLatin1String("context_patterns") ? p.fields.contextPatterns : p.fields.completionPatterns;
        for (int i = 0; e && i < e->items.size() && i < ids.size(); ++i) {
            const TextPosition at = p.position(e->items.at(i).start);
            if (at.line != diagnostic.line || at.column != diagnostic.column)
                continue;
            const QList<FileEdit> edits = mirrorLink(m_set->language(), fileName, ids.at(i));
            if (edits.isEmpty())
                return;
            m_documents->applyFileEdits(edits, tr("Mirror the link from %1").arg(p.fields.id), false);
            edit(edits.first().fileName);
            Q_EMIT statusMessage(tr("%1: %2; save it to keep it").arg(edits.first().fileName, edits.first().summary));
            return;
        }
    }
}

} // namespace pb::ui
