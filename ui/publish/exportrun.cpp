#include "exportrun.h"

#include "language/language.h"

#include <QDesktopServices>
#include <QDir>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

namespace pb::ui {

ExportRun::ExportRun(const Exporter *exporter, const QString &output, QWidget *window)
    : QObject(window)
    , m_exporter(exporter)
    , m_output(output)
    , m_window(window)
    , m_progress(std::make_shared<ExportProgress>())
{
}

ExportRun *ExportRun::start(const Exporter *exporter, const Language &language, const ExportOptions &options,
                            const QString &output, QWidget *window)
{
    auto *run = new ExportRun(exporter, output, window);
    run->m_dialog = new QProgressDialog(tr("Exporting %1…").arg(exporter->displayName()), tr("Cancel"), 0, 0, window);
    QProgressDialog *dialog = run->m_dialog;
    dialog->setWindowTitle(tr("Export"));
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(300);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    QPointer<QProgressDialog> guard(dialog);
    run->m_progress->setListener([guard](int done, int total, const QString &step) {
        // From the export's threads: the dialog is updated on its own.
        QMetaObject::invokeMethod(
            guard.data(),
            [guard, done, total, step] {
                if (!guard)
                    return;
                guard->setMaximum(std::max(total, 1));
                guard->setValue(std::min(done, std::max(total, 1)));
                if (!step.isEmpty())
                    guard->setLabelText(tr("Exporting: %1").arg(step));
            },
            Qt::QueuedConnection);
    });
    connect(dialog, &QProgressDialog::canceled, run, [progress = run->m_progress] { progress->cancel(); });
    connect(&run->m_watcher, &QFutureWatcher<ExportResult>::finished, run, &ExportRun::done);
    run->m_watcher.setFuture(QtConcurrent::run(
        [exporter, language, options, output, progress = run->m_progress] { return exporter->run(language, options, output, *progress); }));
    return run;
}

void ExportRun::done()
{
    m_progress->setListener({});
    m_result = m_watcher.result();
    m_dialog->deleteLater();
    const bool written = m_result.ok && !m_result.canceled;
    Q_EMIT finished(written);
    if (m_result.canceled || !m_window) {
        deleteLater();
        return;
    }
    QMessageBox *box = nullptr;
    if (!m_result.ok) {
        box = new QMessageBox(QMessageBox::Warning, tr("Export"), tr("The export failed: %1").arg(m_result.error),
                              QMessageBox::Close, m_window);
    } else {
        box = new QMessageBox(QMessageBox::Information, tr("Export"),
                              tr("Exported %n pattern(s) to %1.", nullptr, m_result.patterns).arg(QDir::toNativeSeparators(m_output)),
                              QMessageBox::Close, m_window);
        if (!m_result.warnings.isEmpty()) {
            box->setInformativeText(tr("%n note(s): see the details.", nullptr, int(m_result.warnings.size())));
            box->setDetailedText(m_result.warnings.join(QLatin1Char('\n')));
        }
        QPushButton *open = box->addButton(tr("&Open"), QMessageBox::AcceptRole);
        box->setDefaultButton(open);
        const QString target = m_exporter->writesFolder() ? QDir(m_output).filePath(QStringLiteral("index.html")) : m_output;
        connect(open, &QPushButton::clicked, box, [target] { QDesktopServices::openUrl(QUrl::fromLocalFile(target)); });
    }
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    deleteLater();
}

} // namespace pb::ui
