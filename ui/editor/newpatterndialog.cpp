#include "newpatterndialog.h"

#include "language/language.h"
#include "language/languageedits.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace pb::ui {

NewPatternDialog::NewPatternDialog(const Language &language, QWidget *parent)
    : QDialog(parent)
    , m_language(language)
{
    setWindowTitle(tr("New Pattern"));
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("What the pattern is called"));
    m_id = new QSpinBox(this);
    m_id->setRange(1, 9999999);
    m_id->setValue(nextFreeId(language));
    m_scale = new QComboBox(this);
    m_scale->addItem(tr("— none"), 0);
    for (int s = 1; s <= 10; ++s) {
        const QString name = language.scaleName(s);
        m_scale->addItem(name.isEmpty() ? QString::number(s) : QStringLiteral("%1 · %2").arg(s).arg(name), s);
    }
    m_file = new QLabel(this);
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_create = buttons->button(QDialogButtonBox::Ok);
    m_create->setText(tr("Create"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Id:"), m_id);
    form->addRow(tr("&Scale:"), m_scale);
    form->addRow(tr("File:"), m_file);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &NewPatternDialog::update);
    connect(m_id, &QSpinBox::valueChanged, this, &NewPatternDialog::update);
    update();
    resize(460, sizeHint().height());
}

QString NewPatternDialog::name() const { return m_name->text().simplified(); }
int NewPatternDialog::id() const { return m_id->value(); }
int NewPatternDialog::scale() const { return m_scale->currentData().toInt(); }

void NewPatternDialog::update()
{
    const QString file = fileNameFor(id(), name().isEmpty() ? tr("new pattern") : name());
    QString problem;
    if (name().isEmpty())
        problem = tr("give it a name");
    else if (m_language.patternById(id()))
        problem = tr("id %1 is taken").arg(id());
    else if (QFileInfo::exists(m_language.pathFor(file)))
        problem = tr("%1 exists").arg(file);
    else {
        for (const Pattern &p : m_language.patterns()) {
            if (p.fields.name.compare(name(), Qt::CaseInsensitive) == 0)
                problem = tr("a pattern is named so already");
        }
    }
    m_file->setText(problem.isEmpty() ? file : QStringLiteral("%1 — <span style=\"color:#b3261e\">%2</span>").arg(file, problem));
    m_create->setEnabled(problem.isEmpty());
}

} // namespace pb::ui
