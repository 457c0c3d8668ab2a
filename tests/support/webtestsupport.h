#pragma once

// For the GUI tests: ask the reading pane's page, the way a test reads what a user sees.

#include <QTest>
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
    view->page()->runJavaScript(script, [answer](const QVariant &v) {
        answer->value = v;
        answer->done = true;
    });
    if (!QTest::qWaitFor([&] { return answer->done; }, 10000))
        qWarning("JavaScript did not answer: %s", qPrintable(script));
    return answer->value;
}

} // namespace pb::test
