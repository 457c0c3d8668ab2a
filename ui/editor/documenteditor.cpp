#include "documenteditor.h"
#include "frontmatterform.h"
#include "markdowneditor.h"

#include "document/patterndocument.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTextDocument>
#include <QVBoxLayout>

namespace pb::ui {

DocumentEditor::DocumentEditor(PatternDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    m_bar = new QWidget(this);
    m_bar->setAutoFillBackground(true);
    QPalette barPalette = m_bar->palette();
    barPalette.setColor(QPalette::Window, QColor(0xfd, 0xf0, 0xd5));
    barPalette.setColor(QPalette::WindowText, QColor(0x4a, 0x36, 0x00));
    m_bar->setPalette(barPalette);
    m_barText = new QLabel(m_bar);
    m_barText->setWordWrap(true);
    m_barText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_keepMine = new QPushButton(tr("Keep Mine"), m_bar);
    m_takeTheirs = new QPushButton(tr("Take Theirs"), m_bar);
    m_compare = new QPushButton(tr("Compare…"), m_bar);
    m_dismiss = new QPushButton(tr("Dismiss"), m_bar);
    m_keepMine->setToolTip(tr("Keep this text; saving will replace what is on disk"));
    m_takeTheirs->setToolTip(tr("Replace this text with what is on disk; Undo brings yours back"));
    auto *barLayout = new QHBoxLayout(m_bar);
    barLayout->setContentsMargins(8, 6, 8, 6);
    barLayout->addWidget(m_barText, 1);
    for (QPushButton *b : {m_compare, m_keepMine, m_takeTheirs, m_dismiss})
        barLayout->addWidget(b);

    m_form = new FrontMatterForm(document, this);
    m_body = new MarkdownEditor(document, MarkdownEditor::View::Body, this);
    m_raw = new MarkdownEditor(document, MarkdownEditor::View::Raw, this);
    m_views = new QTabWidget(this);
    m_views->setDocumentMode(true);
    m_views->addTab(m_body, tr("Body"));
    m_views->addTab(m_raw, tr("Whole File"));
    m_views->setTabToolTip(0, tr("The Markdown of the pattern, below its front matter"));
    m_views->setTabToolTip(1, tr("The file as it is: front matter and body"));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_form);
    splitter->addWidget(m_views);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_bar);
    layout->addWidget(splitter, 1);

    connect(m_keepMine, &QPushButton::clicked, document, &PatternDocument::keepMine);
    connect(m_takeTheirs, &QPushButton::clicked, document, &PatternDocument::takeTheirs);
    connect(m_compare, &QPushButton::clicked, this, [this] { Q_EMIT compareRequested(m_document); });
    connect(m_dismiss, &QPushButton::clicked, this, [this] {
        m_saveMessage.clear();
        m_notice.clear();
        updateBar();
    });
    connect(document, &PatternDocument::changed, this, &DocumentEditor::documentChanged);
    // Saved, reverted or undone to what is on disk: a refused save's reason is history.
    connect(document, &PatternDocument::modifiedChanged, this, [this](bool modified) {
        if (!modified)
            m_saveMessage.clear();
        updateBar();
    });
    updateBar();
}

void DocumentEditor::setLanguage(const QList<QPair<int, QString>> &patterns, const QStringList &tags,
                                 const QMap<int, QString> &scales, const QHash<int, QString> &names)
{
    m_form->setLanguage(patterns, tags, scales);
    m_body->setPatternNames(names);
    m_raw->setPatternNames(names);
}

void DocumentEditor::setLanguageDiagnostics(const Diagnostics &diagnostics)
{
    m_form->setLanguageDiagnostics(diagnostics);
}

void DocumentEditor::documentChanged(const DocumentChange &change)
{
    // Why a save failed holds for the text it was about: once that text is saved, reverted,
    // reloaded or in conflict with the disk, the reason is history.
    if (change.kind != DocumentChange::Text || !m_document->isModified())
        m_saveMessage.clear();
    if (change.kind == DocumentChange::Discarded)
        m_notice = tr("Their version is shown. <b>Undo</b> brings your text back; a copy of it is kept in the "
                      "recovery folder too.");
    else if (change.kind == DocumentChange::Saved || change.kind == DocumentChange::Conflict)
        m_notice.clear();
    updateBar();
}

void DocumentEditor::showSaveOutcome(const SaveOutcome &outcome)
{
    if (outcome.ok) {
        m_saveMessage.clear();
    } else {
        m_saveMessage = tr("Not saved: %1").arg(outcome.error.toHtmlEscaped());
        if (!outcome.refusedBy.isEmpty()) {
            m_saveMessage += QStringLiteral("<ul>");
            for (const Diagnostic &d : outcome.refusedBy)
                m_saveMessage += QStringLiteral("<li>line %1: %2</li>").arg(d.line).arg(d.message.toHtmlEscaped());
            m_saveMessage += QStringLiteral("</ul>");
        }
    }
    updateBar();
}

void DocumentEditor::updateBar()
{
    if (!m_document)
        return;
    QString text;
    const bool conflict = m_document->hasConflict();
    if (conflict)
        text = tr("<b>%1 changed on disk</b> while you were editing it. Keep your text, or take theirs?")
                   .arg(m_document->fileName().toHtmlEscaped());
    else if (m_document->isDeletedOnDisk())
        text = tr("<b>%1 was deleted on disk.</b> Your text is kept here; saving writes the file again.")
                   .arg(m_document->fileName().toHtmlEscaped());
    else if (!m_document->isEditable())
        text = tr("This file is not UTF-8 text: it is shown, not edited.");
    for (const QString &more : {m_notice, m_saveMessage}) {
        if (!more.isEmpty())
            text = text.isEmpty() ? more : text + QStringLiteral("<br>") + more;
    }
    m_barText->setText(text);
    m_keepMine->setVisible(conflict);
    m_takeTheirs->setVisible(conflict);
    m_compare->setVisible(conflict);
    m_dismiss->setVisible(!conflict && (!m_saveMessage.isEmpty() || !m_notice.isEmpty()));
    m_bar->setVisible(!text.isEmpty());
}

QString DocumentEditor::barText() const
{
    if (m_bar->isHidden())
        return {};
    QTextDocument text;
    text.setHtml(m_barText->text());
    return text.toPlainText();
}

void DocumentEditor::goToLine(int line, int column)
{
    const int bodyLine = m_document->pattern().layout.bodyStartLine;
    if (line >= bodyLine && m_document->pattern().layout.terminated) {
        m_views->setCurrentWidget(m_body);
        m_body->goToFileLine(line, column);
    } else {
        m_views->setCurrentWidget(m_raw);
        m_raw->goToFileLine(line, column);
    }
}

} // namespace pb::ui
