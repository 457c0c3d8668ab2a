#pragma once

#include "format/diagnostic.h"
#include "document/documentmanager.h"

#include <QMap>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QUndoGroup;
class QWidget;

namespace pb {
class DocumentManager;
class PatternDocument;
class PatternSet;
struct FileEdit;
struct LanguageChange;
} // namespace pb

namespace pb::ui {

struct Actions;
class DocumentEditor;
class EditorArea;

// Editing, wired: the open documents and their editors, the edit actions of the action registry,
// undo across every view of a document, new patterns, deleting, renaming and renumbering across
// the language, quick fixes, files changed elsewhere and recovery after a crash. The model does
// the work (DocumentManager, languageedits, quickfixes); the dialogs are classes of their own.
class EditController : public QObject
{
    Q_OBJECT

public:
    EditController(PatternSet *set, Actions *actions, QWidget *window, const QString &recoveryFolder = QString());
    ~EditController() override;

    DocumentManager *documents() const { return m_documents; }
    EditorArea *area() const { return m_area; }
    DocumentEditor *editorFor(const QString &fileName) const;

    // The text of a pattern as the author sees it: the open document's, else the language's.
    QByteArray bytesFor(const QString &fileName) const;

    // Opens the pattern for editing (or brings its editor forward).
    DocumentEditor *edit(const QString &fileName);
    void goTo(const QString &fileName, int line, int column);
    bool save(PatternDocument *document);
    bool saveAll();
    // Asks about unsaved text; true when the window may close.
    bool confirmClose();
    // Offers to restore text a crashed session left unsaved.
    void offerRecovery();
    // Fixes diagnostics (one, several, all of a kind): the changes are listed first, then
    // applied to the files as one step (Undo Change Across Files).
    void fix(const Diagnostics &diagnostics);
    // Applies edits to files as one undoable step and says what was done.
    void applyToFiles(const QList<FileEdit> &edits, const QString &description);
    // Says what a step across files did, or which files stood in its way.
    void report(const QString &description, const DocumentManager::ApplyOutcome &outcome);

Q_SIGNALS:
    // The text of an open pattern changed (typing, an edit anywhere): for the live preview.
    void documentTextChanged(const QString &fileName);
    void editorsShown(bool shown);
    void statusMessage(const QString &message);

private:
    void documentOpened(PatternDocument *document);
    void languageChanged(const LanguageChange &change);
    void updateLanguageContext();
    void updateActions();
    bool closeDocument(PatternDocument *document);
    void newPattern();
    void deleteCurrent();
    void offerRenameAndRenumber(int oldId, const QString &oldName, PatternDocument *document);
    PatternDocument *currentDocument() const;

    QPointer<PatternSet> m_set;
    Actions *m_actions;
    QWidget *m_window;
    DocumentManager *m_documents;
    EditorArea *m_area;
    QUndoGroup *m_undoGroup;
    bool m_recoveryOffered = false;
    // What the editors were last offered to link to and complete.
    QList<QPair<int, QString>> m_offeredPatterns;
    QStringList m_offeredTags;
    QMap<int, QString> m_offeredScales;
    int m_offeredEditors = 0;
};

} // namespace pb::ui
