#pragma once

#include "publish/exporter.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <memory>

class QProgressDialog;
class QWidget;

namespace pb::ui {

// An export run from the app: on a worker thread behind a progress dialog with Cancel, then a word
// on how it went (offering to open the result). Nothing waits for it: the window stays live, no
// event loop is nested, and the run deletes itself once it has said its piece.
class ExportRun : public QObject
{
    Q_OBJECT

public:
    // Starts at once; `language` is copied, a snapshot the export reads while the app goes on.
    static ExportRun *start(const Exporter *exporter, const Language &language, const ExportOptions &options,
                            const QString &output, QWidget *window);

    const ExportResult &result() const { return m_result; }

Q_SIGNALS:
    // The export is over: written, failed or canceled (result() says which).
    void finished(bool written);

private:
    ExportRun(const Exporter *exporter, const QString &output, QWidget *window);
    void done();

    const Exporter *m_exporter;
    QString m_output;
    QPointer<QWidget> m_window;
    std::shared_ptr<ExportProgress> m_progress;
    QProgressDialog *m_dialog = nullptr;
    QFutureWatcher<ExportResult> m_watcher;
    ExportResult m_result;
};

} // namespace pb::ui
