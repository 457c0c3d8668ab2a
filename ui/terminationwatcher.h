#pragma once

#include <QObject>

class QSocketNotifier;

namespace pb::ui {

// Turns SIGTERM, SIGHUP and SIGINT (a logout, a shutdown, `kill`, Ctrl+C in the terminal) into a
// signal on the event loop, so that the app ends between two of its own steps, never in the middle
// of one. Killed at once, it could leave a settings file's lock half written, and Qt then waits
// 30 s for that lock at the next start; an editor could lose what it had not yet put in recovery.
// One per process; the handler only writes a byte to a pipe, which is all a handler may do.
class TerminationWatcher : public QObject
{
    Q_OBJECT

public:
    explicit TerminationWatcher(QObject *parent = nullptr);
    ~TerminationWatcher() override;

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace pb::ui
