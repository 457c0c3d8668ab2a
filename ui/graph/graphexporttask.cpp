#include "graphexporttask.h"

#include "format/savefile.h"
#include "language/language.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

namespace pb::ui {

GraphExportTask::GraphExportTask(QObject *parent)
    : QObject(parent)
{
}

GraphExportTask *GraphExportTask::ask(const Language &language, const QSet<int> &only, QWidget *window)
{
    const QStringList filters = {tr("SVG image (*.svg)"), tr("PNG image (*.png)"), tr("PDF document (*.pdf)"),
                                 tr("Poster on A1 paper (*.pdf)"), tr("Poster on A2 paper (*.pdf)"),
                                 tr("Poster on A3 paper (*.pdf)")};
    QString selected = filters.first();
    const QString folder = language.directory();
    const QString base = QDir(folder).filePath(QFileInfo(folder).fileName() + QStringLiteral(" graph.svg"));
    QString path = QFileDialog::getSaveFileName(window, tr("Export Graph"), base, filters.join(QStringLiteral(";;")), &selected);
    if (path.isEmpty())
        return nullptr;
    const int kind = std::max<int>(0, int(filters.indexOf(selected)));
    static const QStringList suffixes = {QStringLiteral("svg"), QStringLiteral("png"), QStringLiteral("pdf"),
                                         QStringLiteral("pdf"), QStringLiteral("pdf"), QStringLiteral("pdf")};
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffixes.at(kind);
    GraphRenderOptions options;
    options.format = QFileInfo(path).suffix().toLower();
    if (!QStringList{QStringLiteral("svg"), QStringLiteral("png"), QStringLiteral("pdf")}.contains(options.format))
        options.format = suffixes.at(kind);
    if (kind >= 3)
        options.page = paperSize(QStringLiteral("A%1").arg(kind - 2));
    return start(language, only, options, path, window);
}

GraphExportTask *GraphExportTask::start(const Language &language, const QSet<int> &only, const GraphRenderOptions &options,
                                        const QString &path, QObject *parent)
{
    auto *task = new GraphExportTask(parent);
    task->m_path = path;
    connect(&task->m_watcher, &QFutureWatcherBase::finished, task, [task] {
        const auto [bytes, error] = task->m_watcher.result();
        const SaveResult saved = bytes.isEmpty() ? SaveResult{false, error}
                                                 : saveFileAtomically(task->m_path, bytes, SaveMode::CreateOrReplace);
        Q_EMIT task->finished(saved.ok, saved.ok ? tr("Graph exported to %1").arg(QDir::toNativeSeparators(task->m_path))
                                                 : tr("The graph was not exported: %1").arg(saved.error));
        task->deleteLater();
    });
    // The language is copied for the worker; Graphviz's lock is taken there, not on this thread.
    task->m_watcher.setFuture(QtConcurrent::run([language, only, options] {
        QString error;
        const QByteArray bytes = drawLanguageGraph(language, only, options, 16.0 / 9.0, &error);
        return qMakePair(bytes, error);
    }));
    return task;
}

} // namespace pb::ui
