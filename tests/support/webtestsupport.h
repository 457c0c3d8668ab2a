#pragma once

// For the GUI tests: ask the reading pane's page, the way a test reads what a user sees.

#include <QEventLoop>
#include <QPointer>
#include <QTest>
#include <QTimer>
#include <QWebEnginePage>
#include <QWebEngineView>
#include <memory>

namespace pb::test {

// Runs JavaScript in a web view and waits for its answer.
inline QVariant evaluate(QWebEngineView *view, const QString &script)
{
    // Shared, not on the stack: an answer that comes after we stopped waiting must land safely.
    struct Answer
    {
        QVariant value;
        bool done = false;
    };
    auto answer = std::make_shared<Answer>();
    QEventLoop loop;
    QPointer<QEventLoop> waiting(&loop);
    view->page()->runJavaScript(script, [answer, waiting](const QVariant &v) {
        answer->value = v;
        answer->done = true;
        if (waiting)
            waiting->quit();
    });
    // Ends with the answer's callback, or at the time out (a page that never answers).
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    if (!answer->done)
        loop.exec();
    if (!answer->done)
        qWarning("JavaScript did not answer: %s", qPrintable(script));
    return answer->value;
}

} // namespace pb::test
