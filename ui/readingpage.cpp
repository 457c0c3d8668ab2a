#include "readingpage.h"

#include <QDebug>
#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineUrlRequestInterceptor>

namespace pb::ui {

namespace {

// Whatever a pattern's HTML asks for, the pane fetches nothing from the network.
class OfflineInterceptor : public QWebEngineUrlRequestInterceptor
{
public:
    using QWebEngineUrlRequestInterceptor::QWebEngineUrlRequestInterceptor;

    void interceptRequest(QWebEngineUrlRequestInfo &info) override
    {
        static const QStringList local = {QStringLiteral("file"), QStringLiteral("qrc"), QStringLiteral("data"),
                                          QStringLiteral("about"), QStringLiteral("blob")};
        if (!local.contains(info.requestUrl().scheme()))
            info.block(true);
    }
};

} // namespace

// The page reads files from the language folder alone: a pattern's `![](../../etc/passwd)` or
// `![](/home/me/secret.png)` is refused, whatever the file is. Symbolic links are followed first,
// so that a link inside the folder cannot point out of it.
class ReadingPage::FolderInterceptor : public QWebEngineUrlRequestInterceptor
{
public:
    using QWebEngineUrlRequestInterceptor::QWebEngineUrlRequestInterceptor;

    void setFolder(const QString &folder)
    {
        const QString canonical = QFileInfo(folder).canonicalFilePath();
        QMutexLocker lock(&m_mutex);
        m_folder = canonical;
    }

    void interceptRequest(QWebEngineUrlRequestInfo &info) override
    {
        const QUrl url = info.requestUrl();
        static const QStringList inert = {QStringLiteral("qrc"), QStringLiteral("data"), QStringLiteral("about"),
                                          QStringLiteral("blob")};
        if (inert.contains(url.scheme()))
            return;
        if (!url.isLocalFile() || !url.host().isEmpty()) {
            info.block(true);
            return;
        }
        const QString path = QFileInfo(url.toLocalFile()).canonicalFilePath();
        QMutexLocker lock(&m_mutex);
        const bool inside = !m_folder.isEmpty() && !path.isEmpty()
                            && (path == m_folder || path.startsWith(m_folder + QLatin1Char('/')));
        if (!inside)
            info.block(true);
    }

private:
    QMutex m_mutex;
    QString m_folder;
};

QWebEngineProfile *readingProfile()
{
    // No storage name: off the record, no cookies, cache or history on disk.
    static QWebEngineProfile *profile = [] {
        auto *p = new QWebEngineProfile();
        p->setUrlRequestInterceptor(new OfflineInterceptor(p));
        p->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
        p->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
        p->setSpellCheckEnabled(false);
        QWebEngineSettings *s = p->settings();
        s->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
        s->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
        s->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, true);
        s->setAttribute(QWebEngineSettings::PluginsEnabled, false);
        s->setAttribute(QWebEngineSettings::ErrorPageEnabled, false);
        s->setAttribute(QWebEngineSettings::JavascriptCanAccessClipboard, false);
        s->setAttribute(QWebEngineSettings::NavigateOnDropEnabled, false);
        return p;
    }();
    return profile;
}

ReadingPage::ReadingPage(QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent)
    , m_interceptor(new FolderInterceptor(this))
{
    setUrlRequestInterceptor(m_interceptor);
}

void ReadingPage::setFolder(const QString &folder) { m_interceptor->setFolder(folder); }

bool ReadingPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    Q_UNUSED(type);
    if (m_expectShell && isMainFrame) {
        m_expectShell = false;
        return true;
    }
    activateLink(url);
    return false;
}

void ReadingPage::activateLink(const QUrl &url)
{
    if (url.scheme() == QLatin1String("pattern")) {
        bool ok = false;
        const int id = url.path().toInt(&ok);
        if (ok && id > 0)
            Q_EMIT patternLinkActivated(id);
        return;
    }
    if (url.scheme() == QLatin1String("tag")) {
        const QString tag = QUrl::fromPercentEncoding(url.path(QUrl::FullyEncoded).toUtf8());
        if (!tag.isEmpty())
            Q_EMIT tagLinkActivated(tag);
        return;
    }
    if (url.isLocalFile()) {
        const QFileInfo info(url.toLocalFile());
        if (info.suffix().compare(QLatin1String("md"), Qt::CaseInsensitive) == 0)
            Q_EMIT fileLinkActivated(info.fileName());
        return;
    }
    if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")
        || url.scheme() == QLatin1String("mailto"))
        Q_EMIT externalLinkActivated(url);
    // Anything else (javascript:, data:, unknown schemes) goes nowhere.
}

QWebEnginePage *ReadingPage::createWindow(WebWindowType type)
{
    Q_UNUSED(type);
    return nullptr; // no pop-ups
}

void ReadingPage::javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message, int line,
                                           const QString &source)
{
    if (level == ErrorMessageLevel)
        qWarning().noquote() << "reading pane:" << source << line << message;
}

} // namespace pb::ui
