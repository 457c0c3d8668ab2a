#include "changesdialog.h"
#include "plural.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
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

ChangesDialog::ChangesDialog(const QString &title, const QString &question, const QList<FileEdit> &edits, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(title);
    auto *label = new QLabel(question, this);
    label->setWordWrap(true);
    auto *files = new QListWidget(this);
    auto *detail = new QPlainTextEdit(this);
    detail->setReadOnly(true);
    detail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    detail->setLineWrapMode(QPlainTextEdit::NoWrap);
    for (const FileEdit &e : edits)
        files->addItem(QStringLiteral("%1 — %2").arg(e.fileName, e.summary));
    connect(files, &QListWidget::currentRowChanged, this, [detail, edits](int row) {
        if (row >= 0 && row < edits.size())
            detail->setPlainText(lineDifferences(edits.at(row).before, edits.at(row).after));
    });
    files->setCurrentRow(0);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(files);
    splitter->addWidget(detail);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Change %1").arg(counted(edits.size(), tr("File"), tr("Files"))));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Leave Them"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(720, 480);
}

} // namespace pb::ui
