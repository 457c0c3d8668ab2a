#include "renderqueue.h"

#include <QtConcurrent/QtConcurrentRun>

namespace pb::ui {

RenderQueue::RenderQueue(QObject *parent)
    : QObject(parent)
    , m_render([](const Request &r) { return renderText(r.fileName, r.bytes, r.context, r.backlinks); })
{
    qRegisterMetaType<pb::RenderedPattern>();
    connect(&m_watcher, &QFutureWatcher<RenderedPattern>::finished, this, [this] {
        const RenderedPattern result = m_watcher.result();
        const Request done = m_running;
        m_busy = false;
        if (m_pending) {
            Request next = std::move(*m_pending);
            m_pending.reset();
            start(std::move(next));
        }
        Q_EMIT rendered(result, done.keepScroll, done.ticket);
    });
}

RenderQueue::~RenderQueue()
{
    m_watcher.waitForFinished();
}

quint64 RenderQueue::request(Request request)
{
    request.ticket = m_nextTicket++;
    const quint64 ticket = request.ticket;
    if (m_busy) {
        // Keep the scroll if any merged request asked to: a preview update stays a preview update.
        if (m_pending && m_pending->fileName == request.fileName)
            request.keepScroll = request.keepScroll || m_pending->keepScroll;
        m_pending = std::move(request);
    } else {
        start(std::move(request));
    }
    return ticket;
}

void RenderQueue::start(Request request)
{
    m_running = request;
    m_busy = true;
    m_watcher.setFuture(QtConcurrent::run(m_render, request));
}

} // namespace pb::ui
