#pragma once

#include "render/renderer.h"

#include <QFutureWatcher>
#include <QObject>

namespace pb::ui {

// Renders patterns off the UI thread, as ghostwriter does: the text is copied, rendered by a pure
// function on the thread pool, and handed back. Requests that arrive while one is rendering are
// merged: only the newest is rendered next.
class RenderQueue : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QString fileName;
        QByteArray bytes;
        RenderContext context;
        QList<Backlink> backlinks;
        bool keepScroll = false;
        quint64 ticket = 0;
    };

    explicit RenderQueue(QObject *parent = nullptr);
    ~RenderQueue() override;

    // Returns the request's ticket.
    quint64 request(Request request);
    bool isBusy() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    void rendered(const pb::RenderedPattern &rendered, bool keepScroll, quint64 ticket);

private:
    void start(Request request);

    QFutureWatcher<RenderedPattern> m_watcher;
    std::optional<Request> m_pending;
    Request m_running;
    quint64 m_nextTicket = 1;
};

} // namespace pb::ui

Q_DECLARE_METATYPE(pb::RenderedPattern)
