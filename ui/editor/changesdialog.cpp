#include "changesdialog.h"

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

QString lineDifferences(const QByteArray &before, const QByteArray &after, int)
{
    const QStringList a = QString::fromUtf8(before).split(QLatin1Char('\n'));
    const QStringList b = QString::fromUtf8(after).split(QLatin1Char('\n'));
    // Longest common subsequence of lines: files are small enough for the plain table.
    const int n = int(a.size()), m = int(b.size());
    QList<QList<int>> lcs(n + 1, QList<int>(m + 1, 0));
    for (int i = n - 1; i >= 0; --i)
        for (int j = m - 1; j >= 0; --j)
            lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    QStringList out;
    int i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[i] == b[j]) {
            ++i, ++j;
        } else if (j >= m || (i < n && lcs[i + 1][j] >= lcs[i][j + 1])) {
            out << QStringLiteral("%1 - %2").arg(i + 1, 4).arg(a[i]);
            ++i;
        } else {
            out << QStringLiteral("%1 + %2").arg(j + 1, 4).arg(b[j]);
            ++j;
        }
    }
    return out.join(QLatin1Char('\n'));
}

QStringList changedExcerpts(const QByteArray &before, const QByteArray &after, int context)
{
    const QStringList a = QString::fromUtf8(before).split(QLatin1Char('\n'));
    const QStringList b = QString::fromUtf8(after).split(QLatin1Char('\n'));
    // Pair the lines as lineDifferences does, then show each changed pair around its change.
    QStringList removed, added;
    for (const QString &line : lineDifferences(before, after).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QString text = line.mid(7);
        (line.mid(5, 1) == QLatin1String("-") ? removed : added) << text;
    }
    QStringList out;
    for (int i = 0; i < std::max(removed.size(), added.size()); ++i) {
        const QString old = removed.value(i), now = added.value(i);
        int prefix = 0;
        while (prefix < old.size() && prefix < now.size() && old.at(prefix) == now.at(prefix))
            ++prefix;
        int suffix = 0;
        while (suffix < old.size() - prefix && suffix < now.size() - prefix
               && old.at(old.size() - 1 - suffix) == now.at(now.size() - 1 - suffix))
            ++suffix;
        const int from = std::max(0, prefix - context);
        QString excerpt = (from > 0 ? QString(QChar(0x2026)) : QString()) + now.mid(from, prefix - from);
        const QString gone = old.mid(prefix, old.size() - prefix - suffix);
        const QString come = now.mid(prefix, now.size() - prefix - suffix);
        if (!gone.isEmpty())
            excerpt += QStringLiteral("[-%1-]").arg(gone);
        if (!come.isEmpty())
            excerpt += QStringLiteral("{+%1+}").arg(come);
        const QString tail = now.right(suffix);
        excerpt += tail.left(context) + (tail.size() > context ? QString(QChar(0x2026)) : QString());
        out << excerpt;
    }
    return out;
}

namespace {
QString excerptHtml(const QString &excerpt)
{
    QString html = excerpt.toHtmlEscaped();
    html.replace(QStringLiteral("[-"), QStringLiteral("<span style=\"background:#f6d3d0; text-decoration:line-through;\">"));
    html.replace(QStringLiteral("-]"), QStringLiteral("</span>"));
    html.replace(QStringLiteral("{+"), QStringLiteral("<span style=\"background:#cfe8cf; font-weight:bold;\">"));
    html.replace(QStringLiteral("+}"), QStringLiteral("</span>"));
    return html;
}
} // namespace

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
        QString html;
        for (const QString &excerpt : changedExcerpts(m_edits.at(row).before, m_edits.at(row).after))
            html += QStringLiteral("<p style=\"margin:4px 0;\">%1</p>").arg(excerptHtml(excerpt));
        m_detail->setHtml(html);
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

void ChangesDialog::setOtherReferences(const QList<ReferenceSite> &sites, const QString &explanation)
{
    m_sites = sites;
    m_others->clear();
    for (const ReferenceSite &site : sites) {
        auto *item = new QListWidgetItem(QStringLiteral("%1:%2 — %3").arg(site.fileName).arg(site.position.line).arg(site.excerpt), m_others);
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
