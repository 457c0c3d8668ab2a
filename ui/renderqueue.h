#pragma once

#include "render/renderer.h"

#include <QFutureWatcher>
#include <QObject>

#include <functional>

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

    // The pure function that renders a request on a worker; renderText() unless a test gives
    // another (one that waits for its word, to hold a render open while requests arrive).
    using RenderFunction = std::function<RenderedPattern(const Request &)>;

    explicit RenderQueue(QObject *parent = nullptr);
    ~RenderQueue() override;

    void setRenderFunction(RenderFunction render) { m_render = std::move(render); }

    // Returns the request's ticket.
    quint64 request(Request request);
    // A render is running or its result is not handed out yet. Our own flag, as ghostwriter keeps
    // one: the watcher's isRunning() turns false on the worker, before `finished` reaches this
    // thread, and a request in that gap would start a second render beside the first.
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void rendered(const pb::RenderedPattern &rendered, bool keepScroll, quint64 ticket);

private:
    void start(Request request);

    QFutureWatcher<RenderedPattern> m_watcher;
    RenderFunction m_render;
    bool m_busy = false;
    std::optional<Request> m_pending;
    Request m_running;
    quint64 m_nextTicket = 1;
};

} // namespace pb::ui

Q_DECLARE_METATYPE(pb::RenderedPattern)
