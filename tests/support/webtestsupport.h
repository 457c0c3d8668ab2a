#pragma once

// For the GUI tests: ask the reading pane's page, the way a test reads what a user sees.

#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineView>

namespace pb::test {

// Runs JavaScript in a web view and waits for its answer.
inline QVariant evaluate(QWebEngineView *view, const QString &script)
{
    QVariant result;
    bool done = false;
    view->page()->runJavaScript(script, [&](const QVariant &v) {
        result = v;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        qWarning("JavaScript did not answer: %s", qPrintable(script));
    return result;
}

} // namespace pb::test
