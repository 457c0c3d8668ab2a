#include "changesdialog.h"
#include "diffview.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSet>
#include <QTextBrowser>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace pb::ui {

ChangesDialog::ChangesDialog(const QString &title, const QString &question, const QList<FileEdit> &edits, QWidget *parent)
    : QDialog(parent)
    , m_edits(edits)
{
    setWindowTitle(title);
    auto *label = new QLabel(question, this);
    label->setWordWrap(true);
    m_files = new QListWidget(this);
    m_files->setAccessibleName(tr("Files that change"));
    m_detail = new QTextBrowser(this);
    m_detail->setAccessibleName(tr("What changes"));
    for (const FileEdit &e : edits)
        m_files->addItem(QStringLiteral("%1 — %2").arg(e.fileName, e.summary));
    connect(m_files, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_edits.size())
            return;
        m_detail->setHtml(sideBySideHtml(m_edits.at(row).before, m_edits.at(row).after, tr("Now"), tr("After the change")));
    });
    m_files->setCurrentRow(0);
    m_othersLabel = new QLabel(this);
    m_othersLabel->setWordWrap(true);
    m_others = new QListWidget(this);
    m_others->setAccessibleName(tr("References left as they are"));
    m_others->setWordWrap(true);
    m_tickAll = new QPushButton(tr("Tick All"), this);
    for (QWidget *w : {static_cast<QWidget *>(m_othersLabel), static_cast<QWidget *>(m_others), static_cast<QWidget *>(m_tickAll)})
        w->hide();
    connect(m_tickAll, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_others->count(); ++i)
            m_others->item(i)->setCheckState(Qt::Checked);
    });
    connect(m_others, &QListWidget::itemChanged, this, &ChangesDialog::updateButton);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Leave Them"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_files);
    splitter->addWidget(m_detail);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(splitter, 2);
    layout->addWidget(m_othersLabel);
    layout->addWidget(m_others, 1);
    layout->addWidget(m_tickAll, 0, Qt::AlignLeft);
    layout->addWidget(buttons);
    updateButton();
    resize(820, 560);
}

void ChangesDialog::setOtherReferences(const QList<ReferenceSite> &sites, const QString &newName, const QString &explanation)
{
    m_sites = sites;
    m_newName = newName;
    m_others->clear();
    for (const ReferenceSite &site : sites) {
        // What is written now, and what it would become, beside the sentence around it.
        auto *item = new QListWidgetItem(QStringLiteral("%1:%2 — “%3” → “%4” — %5")
                                             .arg(site.fileName)
                                             .arg(site.position.line)
                                             .arg(site.text, m_newName, site.excerpt),
                                         m_others);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_othersLabel->setText(explanation);
    for (QWidget *w : {static_cast<QWidget *>(m_othersLabel), static_cast<QWidget *>(m_others), static_cast<QWidget *>(m_tickAll)})
        w->setVisible(!sites.isEmpty());
    updateButton();
}

QList<ReferenceSite> ChangesDialog::chosenOthers() const
{
    QList<ReferenceSite> out;
    for (int i = 0; i < m_others->count() && i < m_sites.size(); ++i) {
        if (m_others->item(i)->checkState() == Qt::Checked)
            out << m_sites.at(i);
    }
    return out;
}

void ChangesDialog::updateButton()
{
    QSet<QString> files;
    for (const FileEdit &e : m_edits)
        files.insert(e.fileName);
    for (const ReferenceSite &site : chosenOthers())
        files.insert(site.fileName);
    m_ok->setText(tr("Change %n File(s)", nullptr, int(files.size())));
    m_ok->setEnabled(!files.isEmpty());
}

} // namespace pb::ui
