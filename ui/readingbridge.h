#pragma once

#include <QObject>
#include <QUrl>

namespace pb::ui {

// The C++ side of the reading pane's page shell, over QWebChannel. The shell connects to the
// signals and calls shellReady() once it is listening.
class ReadingBridge : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    Q_INVOKABLE void shellReady() { Q_EMIT ready(); }
    // The shell hands every link click here instead of navigating: the page never leaves.
    Q_INVOKABLE void openLink(const QString &url) { Q_EMIT linkClicked(QUrl(url)); }
    // The shell painted the content with this ticket (after the next animation frame).
    Q_INVOKABLE void painted(double ticket) { Q_EMIT contentPainted(quint64(ticket)); }

Q_SIGNALS:
    void contentChanged(const QString &html, const QString &title, bool keepScroll, double ticket);
    void modeChanged(const QString &classes);
    void ready();
    void linkClicked(const QUrl &url);
    void contentPainted(quint64 ticket);
};

} // namespace pb::ui
