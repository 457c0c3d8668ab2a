#include "exportdialog.h"
#include "publish/siteexporter.h"
#include "language/tour.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace pb::ui {

ExportDialog::ExportDialog(const Exporter *exporter, const Language &language, const QList<int> &shownIds, int unsavedCount,
                           QWidget *parent)
    : QDialog(parent)
    , m_exporter(exporter)
    , m_languageFolder(language.directory())
    , m_shownIds(shownIds)
{
    setWindowTitle(tr("Export %1").arg(exporter->displayName()));
    setObjectName(QStringLiteral("exportDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    // Where: a folder for the site, a file for the rest; beside the language by default.
    const QString parentFolder = QFileInfo(m_languageFolder).absolutePath();
    QString title = language.title();
    title.replace(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|]")), QStringLiteral("-"));
    const QString defaultOutput = QDir(parentFolder).filePath(
        exporter->writesFolder() ? tr("%1 site").arg(title)
                                 : exporter->id() == QLatin1String("cards") ? tr("%1 cards.pdf").arg(title)
                                                                            : QStringLiteral("%1.%2").arg(title, exporter->suffix()));
    QSettings settings;
    m_output = new QLineEdit(settings.value(settingsKey(QStringLiteral("output")), defaultOutput).toString(), this);
    m_output->setAccessibleName(tr("Export to"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    auto *where = new QHBoxLayout;
    where->addWidget(m_output, 1);
    where->addWidget(browse);
    auto *whereLabel = new QLabel(exporter->writesFolder() ? tr("&Folder:") : tr("&File:"), this);
    whereLabel->setBuddy(m_output);
    form->addRow(whereLabel, where);

    // Which patterns.
    m_which = new QButtonGroup(this);
    auto *which = new QVBoxLayout;
    m_all = new QRadioButton(tr("&All %n pattern(s)", nullptr, language.patternCount()), this);
    m_shown = new QRadioButton(tr("The %n pattern(s) the &list shows", nullptr, int(shownIds.size())), this);
    m_shown->setVisible(!shownIds.isEmpty());
    m_tour = new QRadioButton(tr("A &tour:"), this);
    m_tours = new QComboBox(this);
    m_tours->addItems(TourStore::names(m_languageFolder));
    m_tours->setAccessibleName(tr("Tour"));
    m_tour->setEnabled(m_tours->count() > 0);
    m_only = new QRadioButton(tr("Only these &ids:"), this);
    m_ids = new QLineEdit(this);
    m_ids->setPlaceholderText(tr("3, 7, 12"));
    m_ids->setAccessibleName(tr("Pattern ids"));
    for (QRadioButton *b : {m_all, m_shown, m_tour, m_only})
        m_which->addButton(b);
    m_all->setChecked(true);
    auto *tourRow = new QHBoxLayout;
    tourRow->addWidget(m_tour);
    tourRow->addWidget(m_tours, 1);
    auto *idsRow = new QHBoxLayout;
    idsRow->addWidget(m_only);
    idsRow->addWidget(m_ids, 1);
    which->addWidget(m_all);
    which->addWidget(m_shown);
    which->addLayout(tourRow);
    which->addLayout(idsRow);
    form->addRow(tr("Patterns:"), which);
    connect(m_tours, &QComboBox::activated, m_tour, [this] { m_tour->setChecked(true); });
    connect(m_ids, &QLineEdit::textEdited, m_only, [this] { m_only->setChecked(true); });

    if (exporter->suffix() == QLatin1String("pdf")) {
        m_paper = new QComboBox(this);
        m_paper->addItems({QStringLiteral("A4"), QStringLiteral("Letter")});
        m_paper->setCurrentText(settings.value(settingsKey(QStringLiteral("paper")), QStringLiteral("A4")).toString());
        m_paper->setAccessibleName(tr("Paper"));
        form->addRow(tr("&Paper:"), m_paper);
    }
    if (exporter->writesFolder()) {
        m_graphs = new QCheckBox(tr("Draw each pattern's &neighbourhood and the whole graph"), this);
        m_graphs->setChecked(settings.value(settingsKey(QStringLiteral("graphs")), true).toBool());
        form->addRow(QString(), m_graphs);
    }
    m_lang = new QLineEdit(settings.value(settingsKey(QStringLiteral("lang")), QStringLiteral("en")).toString(), this);
    m_lang->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 8);
    m_lang->setToolTip(tr("The language the patterns are written in, as a code such as en or de-CH: readers and "
                          "screen readers use it to pronounce and hyphenate the text."));
    form->addRow(tr("Text &language:"), m_lang);

    if (unsavedCount > 0) {
        auto *note = new QLabel(tr("Unsaved changes in %n pattern(s): the export shows them as you see them now.",
                                   nullptr, unsavedCount),
                                this);
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: palette(highlight);"));
    layout->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_exportButton = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_exportButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    for (QLineEdit *edit : {m_output, m_ids, m_lang})
        connect(edit, &QLineEdit::textChanged, this, &ExportDialog::updateState);
    connect(m_which, &QButtonGroup::buttonToggled, this, &ExportDialog::updateState);
    updateState();
    resize(std::max(sizeHint().width(), 560), sizeHint().height());
}

QString ExportDialog::settingsKey(const QString &name) const
{
    return QStringLiteral("export/%1/%2").arg(m_exporter->id(), name);
}

QString ExportDialog::output() const { return QDir::cleanPath(m_output->text().trimmed()); }

ExportOptions ExportDialog::options() const
{
    ExportOptions options;
    if (m_shown->isChecked())
        options.only = m_shownIds;
    else if (m_tour->isChecked())
        options.tour = m_tours->currentText();
    else if (m_only->isChecked())
        parseIdList(m_ids->text(), &options.only);
    if (m_paper)
        options.paper = m_paper->currentText();
    if (m_graphs)
        options.graphs = m_graphs->isChecked();
    options.lang = m_lang->text().trimmed();
    return options;
}

void ExportDialog::browse()
{
    QString path;
    if (m_exporter->writesFolder()) {
        path = QFileDialog::getExistingDirectory(this, tr("Export to Folder"), QFileInfo(output()).absolutePath());
    } else {
        path = QFileDialog::getSaveFileName(this, windowTitle(), output(),
                                            tr("%1 (*.%2)").arg(m_exporter->displayName(), m_exporter->suffix()));
        if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
            path += QLatin1Char('.') + m_exporter->suffix();
    }
    if (!path.isEmpty())
        m_output->setText(QDir::toNativeSeparators(path));
}

void ExportDialog::updateState()
{
    QString problem = m_exporter->unavailableReason();
    QList<int> ids;
    if (problem.isEmpty() && output().isEmpty())
        problem = tr("Choose where to export to.");
    if (problem.isEmpty() && m_only->isChecked() && !parseIdList(m_ids->text(), &ids))
        problem = tr("Give the ids of the patterns to export, such as 3, 7, 12.");
    static const QRegularExpression langCode(QStringLiteral("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$"));
    if (problem.isEmpty() && !langCode.match(m_lang->text().trimmed()).hasMatch())
        problem = tr("The text language is a code such as en, de or pt-BR.");
    if (problem.isEmpty() && m_exporter->writesFolder()) {
        const QFileInfo info(output());
        if (info.exists() && info.isDir() && !QDir(output()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)
            && !QFileInfo::exists(QDir(output()).filePath(SiteExporter::markerFileName())))
            problem = tr("That folder holds other files. Choose a new or empty folder, or an earlier export, which is "
                         "replaced.");
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_exportButton->setEnabled(problem.isEmpty());
}

void ExportDialog::accept()
{
    updateState();
    if (!m_exportButton->isEnabled())
        return;
    QSettings settings;
    settings.setValue(settingsKey(QStringLiteral("output")), output());
    settings.setValue(settingsKey(QStringLiteral("lang")), m_lang->text().trimmed());
    if (m_paper)
        settings.setValue(settingsKey(QStringLiteral("paper")), m_paper->currentText());
    if (m_graphs)
        settings.setValue(settingsKey(QStringLiteral("graphs")), m_graphs->isChecked());
    QDialog::accept();
}

} // namespace pb::ui
