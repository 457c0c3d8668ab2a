#pragma once

#include <QTabWidget>

namespace pb {
class PatternDocument;
}

namespace pb::ui {

class DocumentEditor;

// The open documents, a tab each; a dot marks the modified ones.
class EditorArea : public QTabWidget
{
    Q_OBJECT

public:
    explicit EditorArea(QWidget *parent = nullptr);

    DocumentEditor *addDocument(PatternDocument *document);
    DocumentEditor *editorFor(const QString &fileName) const;
    DocumentEditor *currentEditor() const;
    QList<DocumentEditor *> editors() const;
    void removeDocument(const QString &fileName);
    void activate(const QString &fileName);

Q_SIGNALS:
    void currentDocumentChanged(pb::PatternDocument *document);
    // The user asked to close a tab: the controller decides (it may ask about unsaved text).
    void closeRequested(pb::PatternDocument *document);

private:
    void updateTab(DocumentEditor *editor);
};

} // namespace pb::ui
