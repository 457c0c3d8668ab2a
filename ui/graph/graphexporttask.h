#pragma once

#include "graph/graphrender.h"

#include <QFutureWatcher>
#include <QObject>
#include <QSet>

class QWidget;

namespace pb {
class Language;
}

namespace pb::ui {

// File › Export › Graph…: asks where and in what form (SVG, PNG, PDF, or a poster on A1 to A3),
// then draws the language's graph on a worker thread the way the command line's `graph` does
// (drawLanguageGraph: one path, in the print palette, names inside their boxes, nothing of the
// desk's highlights), and saves it. The window stays live meanwhile; the task deletes itself.
class GraphExportTask : public QObject
{
    Q_OBJECT

public:
    // Asks for the file, then starts; null when the user chose nothing. `only`: the patterns
    // shown (a filter), or empty for every pattern.
    static GraphExportTask *ask(const Language &language, const QSet<int> &only, QWidget *window);

    // Starts at once, writing `path` with `options` (for tests, and for what ask() chose).
    static GraphExportTask *start(const Language &language, const QSet<int> &only, const GraphRenderOptions &options,
                                  const QString &path, QObject *parent);

Q_SIGNALS:
    // Saved, or not (`message` says why, for a person).
    void finished(bool ok, const QString &message);

private:
    explicit GraphExportTask(QObject *parent);

    QFutureWatcher<QPair<QByteArray, QString>> m_watcher;
    QString m_path;
};

} // namespace pb::ui
