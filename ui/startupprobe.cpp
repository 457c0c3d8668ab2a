#include "startupprobe.h"
#include "graphview.h"
#include "mainwindow.h"
#include "language/patternset.h"
#include "readingslot.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWindow>
#include <cstdio>

namespace pb::ui {

StartupProbe::StartupProbe(MainWindow *window, const QElapsedTimer &sinceMain, qint64 beforeWindow)
    : QObject(window)
    , m_window(window)
    , m_sinceMain(sinceMain)
    , m_beforeWindow(beforeWindow)
{
    m_constructed = m_sinceMain.elapsed();
    window->installEventFilter(this);
    connect(window->patternSet(), &PatternSet::languageChanged, this, [this](const LanguageChange &change) {
        // The list has the language once the views have heard of it: the next turn of the loop.
        if (change.kind == LanguageChange::Reset && m_listed < 0)
            QTimer::singleShot(0, this, [this] { mark(&m_listed); });
        // No patterns: nothing will be painted or laid out, and the probe must not wait for it.
        if (change.kind == LanguageChange::Reset && m_window->patternSet()->language().patternCount() == 0) {
            QTimer::singleShot(0, this, [this] {
                mark(&m_painted);
                mark(&m_laidOut);
            });
        }
    });
    connect(window->readingSlot(), &ReadingSlot::contentPainted, this, [this] { mark(&m_painted); });
    connect(window->readingSlot(), &ReadingSlot::paneMade, this, [this] { m_paneMade = m_sinceMain.elapsed(); });
    connect(window->graphView(), &GraphView::layoutFinished, this, [this] { mark(&m_laidOut); });
    // A language that never paints or lays out (no patterns) must not keep the probe waiting.
    QTimer::singleShot(60000, this, [this] {
        std::fputs("startup: gave up waiting after 60 s\n", stderr);
        QCoreApplication::exit(1);
    });
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Show && m_window->windowHandle())
        m_window->windowHandle()->installEventFilter(this);
    if (watched == m_window->windowHandle() && event->type() == QEvent::Expose && m_window->windowHandle()->isExposed())
        mark(&m_shown);
    return QObject::eventFilter(watched, event);
}

void StartupProbe::mark(qint64 *at)
{
    if (*at >= 0)
        return;
    *at = m_sinceMain.elapsed();
    finishIfDone();
}

void StartupProbe::finishIfDone()
{
    // Presenting, the reading pane is not on screen and paints nothing: the stage is the graph.
    const bool painted = m_painted >= 0 || (m_window->isPresenting() && m_laidOut >= 0);
    if (m_shown < 0 || m_listed < 0 || !painted || m_laidOut < 0)
        return;
    std::printf("application ready: %lld ms\nmain window constructed: %lld ms\nwindow on screen: %lld ms\nlist filled: %lld ms\n"
                "reading pane made: %lld ms\n",
                static_cast<long long>(m_beforeWindow), static_cast<long long>(m_constructed), static_cast<long long>(m_shown),
                static_cast<long long>(m_listed), static_cast<long long>(m_paneMade));
    if (m_painted >= 0)
        std::printf("reading pane painted: %lld ms\n", static_cast<long long>(m_painted));
    else
        std::printf("reading pane painted: not on screen (presenting)\n");
    std::printf("graph laid out: %lld ms\n", static_cast<long long>(m_laidOut));
    std::fflush(stdout);
    QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
}

} // namespace pb::ui
