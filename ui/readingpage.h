#pragma once

#include <QWebEnginePage>

namespace pb::ui {

// The reading pane's page: it navigates nowhere itself. Pattern links become requests to the app,
// web links open in the system browser, everything else is refused.
class ReadingPage : public QWebEnginePage
{
    Q_OBJECT

public:
    explicit ReadingPage(QWebEngineProfile *profile, QObject *parent = nullptr);

    // Lets the next main-frame load through: the page shell itself.
    void expectShell() { m_expectShell = true; }
    // The only folder the page may read files from (the language's, for its images).
    void setFolder(const QString &folder);
    // Where a link goes: a pattern in the app, the web in the system browser, nothing else.
    void activateLink(const QUrl &url);

Q_SIGNALS:
    void patternLinkActivated(int id);
    void tagLinkActivated(const QString &tag);
    void fileLinkActivated(const QString &fileName);
    void externalLinkActivated(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message, int line,
                                  const QString &source) override;

private:
    bool m_expectShell = false;
    class FolderInterceptor;
    FolderInterceptor *m_interceptor = nullptr;
};

// A profile for reading only: nothing stored, nothing fetched from the network.
QWebEngineProfile *readingProfile();

} // namespace pb::ui
