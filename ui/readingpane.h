#pragma once

#include <QElapsedTimer>
#include <QWebEngineView>

namespace pb {
struct RenderedPattern;
}

namespace pb::ui {

class ReadingBridge;
class ReadingPage;

// The reading pane: a page shell loaded once per language, whose article is replaced in place
// as patterns are shown. It loads nothing remote and runs no script but its own.
class ReadingPane : public QWebEngineView
{
    Q_OBJECT

public:
    explicit ReadingPane(QWidget *parent = nullptr);

    // Relative links and images resolve against the language folder.
    void setFolder(const QString &folder);
    // Shows a rendered pattern; with keepScroll the reader stays where they were (live preview).
    void showRendered(const RenderedPattern &rendered, bool keepScroll = false, quint64 ticket = 0);
    void setPresentation(bool on);
    bool isShellReady() const { return m_ready; }
    QString shownTitle() const { return m_shownTitle; }

Q_SIGNALS:
    // A web link was followed without the reader's click (a script's, had one run): not opened.
    void externalLinkRefused(const QUrl &url);
    void patternLinkActivated(int id);
    void tagLinkActivated(const QString &tag);
    void fileLinkActivated(const QString &fileName);
    // The shell is listening and the last content was handed to it.
    void contentPushed();
    // The content pushed with `ticket` has been painted.
    void contentPainted(quint64 ticket);

protected:
    void changeEvent(QEvent *event) override;
    void childEvent(QChildEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void loadShell();
    void pushMode();
    void pushContent();

    ReadingPage *m_page = nullptr;
    ReadingBridge *m_bridge = nullptr;
    QString m_folder;
    bool m_ready = false;
    bool m_presentation = false;
    QString m_html;
    QString m_title;
    QString m_shownTitle;
    bool m_keepScroll = false;
    quint64 m_ticket = 0;
    bool m_pending = false;
    // When the reader last clicked or pressed a key in the page: a web link opens the browser
    // only right after that, never at a script's call.
    QElapsedTimer m_lastInput;
};

QString shellHtml();
// The page is dark when the application's palette is (reading.css has both).
bool paletteIsDark();

} // namespace pb::ui
