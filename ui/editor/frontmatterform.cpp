#include "frontmatterform.h"
#include "flowlayout.h"
#include "sharedundo.h"
#include "patternlistedit.h"
#include "starsedit.h"
#include "stringlistedit.h"
#include "tagedit.h"

#include "document/patterndocument.h"
#include "format/yamlvalue.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScopedValueRollback>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

namespace pb::ui {

namespace {
QVariantList toVariants(const QList<int> &ids)
{
    QVariantList out;
    for (int id : ids)
        out.append(id);
    return out;
}

QVariantList toVariants(const QStringList &strings)
{
    QVariantList out;
    for (const QString &s : strings)
        out.append(s);
    return out;
}

void setInvalid(QWidget *w, bool invalid)
{
    if (w->property("invalid").toBool() == invalid)
        return;
    w->setProperty("invalid", invalid);
    w->style()->unpolish(w);
    w->style()->polish(w);
}
} // namespace

FrontMatterForm::FrontMatterForm(PatternDocument *document, QWidget *parent)
    : QScrollArea(parent)
    , m_document(document)
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    m_page = new QWidget(this);
    m_page->setStyleSheet(QStringLiteral("*[invalid=\"true\"] { border: 2px solid #b3261e; border-radius: 3px; }"
                                         "QLabel[role=\"error\"] { color: #b3261e; }"));
    auto *outer = new QVBoxLayout(m_page);
    m_banner = new QLabel(m_page);
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("background: #fbe9e7; color: #7a1c14; padding: 6px; border-radius: 3px;"));
    m_banner->hide();
    outer->addWidget(m_banner);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    outer->addLayout(form);
    outer->addStretch(1);
    setWidget(m_page);

    m_id = new QSpinBox(m_page);
    m_id->setRange(1, 9999999);
    m_name = new QLineEdit(m_page);
    m_confidence = new StarsEdit(m_page);
    m_scale = new QComboBox(m_page);
    m_ai = new QCheckBox(tr("AI changes the forces of this pattern"), m_page);
    m_tags = new TagEdit(m_page);
    m_context = new PatternListEdit(m_page);
    m_completion = new PatternListEdit(m_page);
    m_references = new StringListEdit(m_page);
    m_unknown = new QPlainTextEdit(m_page);
    m_unknown->setReadOnly(true);
    m_unknown->setMaximumHeight(90);
    m_unknown->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    addRow(QStringLiteral("id"), tr("Id"), m_id, tr("The number references use: (7)"));
    addRow(QStringLiteral("name"), tr("Name"), m_name, tr("Unique in the language; the title shows it"));
    addRow(QStringLiteral("confidence"), tr("Confidence"), m_confidence, tr("★★ invariant, ★ likely true, none a hypothesis"));
    addRow(QStringLiteral("scale"), tr("Scale"), m_scale, tr("1 is the largest scale"));
    addRow(QStringLiteral("ai_dimension"), tr("AI"), m_ai, QString());
    addRow(QStringLiteral("tags"), tr("Tags"), m_tags, tr("kebab-case labels"));
    addRow(QStringLiteral("context_patterns"), tr("Context"), m_context, tr("The larger patterns this one helps complete"));
    addRow(QStringLiteral("completion_patterns"), tr("Completion"), m_completion, tr("The smaller patterns that complete this one"));
    addRow(QStringLiteral("references"), tr("References"), m_references, tr("Bibliographic entries"));
    m_unknownLabel = new QLabel(tr("Other keys"), m_page);
    m_unknownLabel->setToolTip(tr("Keys Patternbook does not know: kept as written"));
    static_cast<QFormLayout *>(static_cast<QVBoxLayout *>(m_page->layout())->itemAt(1)->layout())->addRow(m_unknownLabel, m_unknown);

    connect(m_id, &QSpinBox::valueChanged, this, [this](int v) { apply(QStringLiteral("id"), v); });
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &v) { apply(QStringLiteral("name"), v); });
    connect(m_confidence, &StarsEdit::valueEdited, this, [this](int v) { apply(QStringLiteral("confidence"), v); });
    connect(m_scale, &QComboBox::activated, this, [this](int index) {
        const int scale = m_scale->itemData(index).toInt();
        apply(QStringLiteral("scale"), scale > 0 ? QVariant(scale) : QVariant());
    });
    connect(m_ai, &QCheckBox::clicked, this, [this](bool on) { apply(QStringLiteral("ai_dimension"), on); });
    connect(m_tags, &TagEdit::tagsEdited, this, [this](const QStringList &v) { apply(QStringLiteral("tags"), toVariants(v)); });
    connect(m_context, &PatternListEdit::idsEdited, this,
            [this](const QList<int> &v) { apply(QStringLiteral("context_patterns"), toVariants(v)); });
    connect(m_completion, &PatternListEdit::idsEdited, this,
            [this](const QList<int> &v) { apply(QStringLiteral("completion_patterns"), toVariants(v)); });
    connect(m_references, &StringListEdit::stringsEdited, this,
            [this](const QStringList &v) { apply(QStringLiteral("references"), toVariants(v)); });
    connect(document, &PatternDocument::changed, this, &FrontMatterForm::documentChanged);

    setLanguage({}, {}, {});
    refreshValues();
    refreshErrors();
    SharedUndo::install(m_page, document->undoStack());
}

void FrontMatterForm::addRow(const QString &key, const QString &label, QWidget *widget, const QString &help)
{
    auto *form = static_cast<QFormLayout *>(static_cast<QVBoxLayout *>(m_page->layout())->itemAt(1)->layout());
    auto *cell = new QWidget(m_page);
    auto *layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(widget);
    auto *error = new QLabel(cell);
    error->setProperty("role", QStringLiteral("error"));
    error->setWordWrap(true);
    error->hide();
    layout->addWidget(error);
    auto *labelWidget = new QLabel(label, m_page);
    labelWidget->setBuddy(widget);
    if (!help.isEmpty()) {
        labelWidget->setToolTip(help);
        widget->setToolTip(widget->toolTip().isEmpty() ? help : widget->toolTip());
    }
    widget->setAccessibleName(label);
    form->addRow(labelWidget, cell);
    m_fields.insert(key, widget);
    m_errors.insert(key, error);
}

void FrontMatterForm::setLanguage(const QList<QPair<int, QString>> &patterns, const QStringList &tags,
                                  const QMap<int, QString> &scales)
{
    m_context->setCandidates(patterns);
    m_completion->setCandidates(patterns);
    m_tags->setCompletions(tags);
    m_scaleNames = scales;
    const QScopedValueRollback applying(m_applying, true);
    m_scale->clear();
    m_scale->addItem(tr("— none"), 0);
    for (int s = 1; s <= 10; ++s) {
        const QString name = scales.value(s);
        m_scale->addItem(name.isEmpty() ? QString::number(s) : QStringLiteral("%1 · %2").arg(s).arg(name), s);
    }
    refreshValues();
}

void FrontMatterForm::setLanguageDiagnostics(const Diagnostics &diagnostics)
{
    m_languageDiagnostics = diagnostics;
    refreshErrors();
}

void FrontMatterForm::documentChanged(const DocumentChange &change)
{
    // What the form typed itself is in its fields already; rewriting them would move the caret.
    if (change.origin != this)
        refreshValues();
    refreshErrors();
}

void FrontMatterForm::apply(const QString &key, const QVariant &value)
{
    if (m_applying || !m_document)
        return;
    const QScopedValueRollback applying(m_applying, true);
    const FieldEdit edit = value.isValid() ? FieldEdit::set(key, value) : FieldEdit::unset(key);
    QString error;
    if (!m_document->setFields({edit}, this, &error)) {
        m_errors.value(key)->setText(error);
        m_errors.value(key)->show();
    }
}

void FrontMatterForm::refreshValues()
{
    if (!m_document)
        return;
    const QScopedValueRollback applying(m_applying, true);
    const Pattern &p = m_document->pattern();
    const PatternFields &f = p.fields;
    if (f.id > 0 && m_id->value() != f.id)
        m_id->setValue(f.id);
    if (m_name->text().simplified() != f.name)
        m_name->setText(f.name);
    m_confidence->setValue(std::max(f.confidence, 0));
    m_scale->setCurrentIndex(std::max(0, m_scale->findData(f.scale)));
    m_ai->setChecked(f.aiDimension.value_or(false));
    if (m_tags->tags() != f.tags)
        m_tags->setTags(f.tags);
    if (m_context->ids() != f.contextPatterns)
        m_context->setIds(f.contextPatterns);
    if (m_completion->ids() != f.completionPatterns)
        m_completion->setIds(f.completionPatterns);
    if (m_references->strings() != f.references)
        m_references->setStrings(f.references);

    QStringList unknown;
    for (const FrontMatterEntry &e : p.entries) {
        if (!knownKeys().contains(e.key))
            unknown << QString::fromUtf8(p.bytes.mid(e.lines.start, e.lines.length())).trimmed();
    }
    m_unknown->setPlainText(unknown.join(QLatin1Char('\n')));
    m_unknown->setVisible(!unknown.isEmpty());
    m_unknownLabel->setVisible(!unknown.isEmpty());

    // The form edits front matter the writer can edit in place; otherwise, say why.
    const bool readable = m_document->isEditable() && p.layout.terminated && p.editable;
    QString why;
    if (!m_document->isEditable())
        why = tr("This file is not UTF-8 text; it is shown, not edited.");
    else if (!p.layout.hasFrontMatter)
        why = tr("This file has no front matter (a first line '---'); add it in the Whole File view.");
    else if (!p.layout.terminated)
        why = tr("The front matter is never closed by a line '---'; fix it in the Whole File view.");
    else if (!p.editable)
        why = tr("The front matter cannot be edited field by field until its YAML reads; fix it in the Whole File view.");
    m_banner->setText(why);
    m_banner->setVisible(!why.isEmpty());
    for (QWidget *w : std::as_const(m_fields))
        w->setEnabled(readable);
}

QString FrontMatterForm::keyForLine(int line) const
{
    const Pattern &p = m_document->pattern();
    for (const FrontMatterEntry &e : p.entries) {
        const int first = p.index.lineAt(e.lines.start);
        const int last = p.index.lineAt(std::max(e.lines.end - 1, e.lines.start));
        if (line >= first && line <= last)
            return e.key;
    }
    return {};
}

void FrontMatterForm::refreshErrors()
{
    if (!m_document)
        return;
    QHash<QString, QStringList> messages;
    static const QRegularExpression quotedKey(QStringLiteral("'([a-z_]+)'"));
    auto collect = [&](const Diagnostic &d) {
        QString key = keyForLine(d.line);
        if (key.isEmpty() && (d.code == Code::MissingKey || d.code == Code::EmptyValue))
            key = quotedKey.match(d.message).captured(1);
        if (m_fields.contains(key))
            messages[key].append(d.message);
    };
    for (const Diagnostic &d : m_document->pattern().diagnostics)
        collect(d);
    for (const Diagnostic &d : m_languageDiagnostics) {
        // Diagnostics of one file only depend on its text; those from the whole language add
        // what only the language can know.
        if (codeInfo(d.code).severity == Severity::Error || d.code == Code::BrokenLink || d.code == Code::UnmirroredLink
            || d.code == Code::SelfLink || d.code == Code::DuplicateLink || d.code == Code::UndefinedScale)
            if (d.code != Code::MissingKey && !m_document->pattern().diagnostics.contains(d))
                collect(d);
    }
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        QStringList list = messages.value(it.key());
        list.removeDuplicates();
        it.value()->setText(list.join(QLatin1Char('\n')));
        it.value()->setVisible(!list.isEmpty());
        setInvalid(m_fields.value(it.key()), !list.isEmpty());
    }
}

QString FrontMatterForm::errorText(const QString &key) const
{
    const QLabel *label = m_errors.value(key);
    return label && !label->isHidden() ? label->text() : QString();
}

} // namespace pb::ui
