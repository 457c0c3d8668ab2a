#pragma once

#include "document/patterndocument.h"

#include "format/diagnostic.h"

#include <QMap>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;


namespace pb::ui {

class FrontMatterForm;
class MarkdownEditor;

// Everything about one open pattern: the front-matter form above, the body and raw views below,
// and a bar that speaks up when the file changed on disk, was deleted, or would not save.
class DocumentEditor : public QWidget
{
    Q_OBJECT

public:
    explicit DocumentEditor(PatternDocument *document, QWidget *parent = nullptr);

    PatternDocument *document() const { return m_document; }
    FrontMatterForm *form() const { return m_form; }
    MarkdownEditor *bodyEditor() const { return m_body; }
    MarkdownEditor *rawEditor() const { return m_raw; }

    void setLanguage(const QList<QPair<int, QString>> &patterns, const QStringList &tags, const QMap<int, QString> &scales,
                     const QHash<int, QString> &names);
    void setLanguageDiagnostics(const Diagnostics &diagnostics);
    // Shows a failed or refused save in the bar.
    void showSaveOutcome(const SaveOutcome &outcome);
    // What the bar above the editor says, as plain text; empty when it is hidden.
    QString barText() const;
    // Puts the caret on a line of the file, in the view that shows it.
    void goToLine(int line, int column);

Q_SIGNALS:
    void compareRequested(pb::PatternDocument *document);

private:
    void documentChanged(const DocumentChange &change);
    void updateBar();

    QPointer<PatternDocument> m_document;
    FrontMatterForm *m_form;
    MarkdownEditor *m_body;
    MarkdownEditor *m_raw;
    QTabWidget *m_views;
    QWidget *m_bar;
    QLabel *m_barText;
    QPushButton *m_keepMine;
    QPushButton *m_takeTheirs;
    QPushButton *m_compare;
    QPushButton *m_dismiss;
    QString m_saveMessage;
    QString m_notice; // what the last choice did (Take Theirs), until dismissed or saved
};

} // namespace pb::ui
