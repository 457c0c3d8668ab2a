#pragma once

#include <QElapsedTimer>
#include <QObject>

namespace pb::ui {

class MainWindow;

// `patternbook DIR --measure-startup`: when the window was first on screen, when the list had the
// language, when the reading pane painted its first pattern and when the graph was laid out, in
// milliseconds since main() began. Prints them and quits the app.
class StartupProbe : public QObject
{
    Q_OBJECT

public:
    StartupProbe(MainWindow *window, const QElapsedTimer &sinceMain, qint64 beforeWindow);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void mark(qint64 *at);
    void finishIfDone();

    MainWindow *m_window;
    QElapsedTimer m_sinceMain;
    qint64 m_beforeWindow = -1;
    qint64 m_constructed = -1;
    qint64 m_shown = -1;
    qint64 m_listed = -1;
    qint64 m_painted = -1;
    qint64 m_paneMade = -1; // when Qt WebEngine started
    qint64 m_laidOut = -1;
};

} // namespace pb::ui
