#pragma once

#include "diagnostic.h"

#include <QMap>
#include <QObject>
#include <QStringList>
#include <QPointer>

class QAction;
class QUndoGroup;
class QWidget;

namespace pb {
class DocumentManager;
class PatternDocument;
class PatternSet;
struct LanguageChange;
} // namespace pb

namespace pb::ui {

class DocumentEditor;
class EditorArea;

// Editing, wired: the open documents and their editors, Save and Save All, Revert, undo across
// every view of a document, new patterns, deleting, renaming and renumbering across the language,
// link fixes, files changed elsewhere and recovery after a crash. The main window places its
// widget and its actions; the dialogs are here.
class EditController : public QObject
{
    Q_OBJECT

public:
    EditController(PatternSet *set, QWidget *window, const QString &recoveryFolder = QString());
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
    // The fix for a diagnostic, if there is one.
    bool canFix(const Diagnostic &diagnostic) const;
    void fix(const Diagnostic &diagnostic);

    QAction *editAction;
    QAction *newPatternAction;
    QAction *saveAction;
    QAction *saveAllAction;
    QAction *revertAction;
    QAction *closeAction;
    QAction *deleteAction;
    QAction *undoAction;
    QAction *redoAction;

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
    void compare(PatternDocument *document);
    void offerRenameAndRenumber(int oldId, const QString &oldName, PatternDocument *document);
    PatternDocument *currentDocument() const;

    QPointer<PatternSet> m_set;
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
