#include "editorarea.h"
#include "format/pattern.h"
#include "documenteditor.h"

#include "document/patterndocument.h"

namespace pb::ui {

EditorArea::EditorArea(QWidget *parent)
    : QTabWidget(parent)
{
    setDocumentMode(true);
    setTabsClosable(true);
    setMovable(true);
    setAccessibleName(tr("Open patterns"));
    connect(this, &QTabWidget::tabCloseRequested, this, [this](int index) {
        if (auto *e = qobject_cast<DocumentEditor *>(widget(index)))
            Q_EMIT closeRequested(e->document());
    });
    connect(this, &QTabWidget::currentChanged, this, [this] {
        DocumentEditor *e = currentEditor();
        Q_EMIT currentDocumentChanged(e ? e->document() : nullptr);
    });
}

DocumentEditor *EditorArea::addDocument(PatternDocument *document)
{
    if (DocumentEditor *existing = editorFor(document->fileName()))
        return existing;
    auto *editor = new DocumentEditor(document, this);
    addTab(editor, QString());
    updateTab(editor);
    connect(document, &PatternDocument::modifiedChanged, editor, [this, editor] { updateTab(editor); });
    connect(document, &PatternDocument::changed, editor, [this, editor] { updateTab(editor); });
    return editor;
}

void EditorArea::updateTab(DocumentEditor *editor)
{
    const int index = indexOf(editor);
    PatternDocument *d = editor->document();
    if (index < 0 || !d)
        return;
    const Pattern &p = d->pattern();
    QString label = p.fields.id > 0 && !p.fields.name.isEmpty() ? QStringLiteral("%1 %2").arg(p.fields.id).arg(visibleControls(p.fields.name))
                                                                : d->fileName();
    if (label.size() > 28)
        label = label.left(26) + QChar(0x2026);
    if (d->isModified())
        label.prepend(QStringLiteral("● "));
    setTabText(index, label);
    setTabToolTip(index, d->path() + (d->isModified() ? tr("\nUnsaved changes") : QString()));
}

DocumentEditor *EditorArea::editorFor(const QString &fileName) const
{
    for (DocumentEditor *e : editors()) {
        if (e->document() && e->document()->fileName() == fileName)
            return e;
    }
    return nullptr;
}

DocumentEditor *EditorArea::currentEditor() const { return qobject_cast<DocumentEditor *>(currentWidget()); }

QList<DocumentEditor *> EditorArea::editors() const
{
    QList<DocumentEditor *> out;
    for (int i = 0; i < count(); ++i) {
        if (auto *e = qobject_cast<DocumentEditor *>(widget(i)))
            out.append(e);
    }
    return out;
}

void EditorArea::removeDocument(const QString &fileName)
{
    if (DocumentEditor *e = editorFor(fileName)) {
        removeTab(indexOf(e));
        e->deleteLater();
    }
}

void EditorArea::activate(const QString &fileName)
{
    if (DocumentEditor *e = editorFor(fileName))
        setCurrentWidget(e);
}

} // namespace pb::ui
