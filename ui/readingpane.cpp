#include "readingpane.h"
#include "readingbridge.h"
#include "readingpage.h"

#include "render/renderer.h"

#include <QApplication>
#include <QChildEvent>
#include <QDebug>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QPalette>
#include <QRandomGenerator>
#include <QWebChannel>

namespace pb::ui {

namespace {
QString resourceText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}
} // namespace

bool paletteIsDark()
{
    const QPalette p = QApplication::palette();
    return p.color(QPalette::Window).lightness() < p.color(QPalette::WindowText).lightness();
}

QString shellHtml()
{
    // Everything inline: the page's origin is the language folder (for its images), and the
    // shell needs nothing else. Only the shell's two scripts carry the nonce, so no script or
    // event handler that found its way into a pattern could run.
    const QString nonce = QString::number(QRandomGenerator::system()->generate64(), 36);
    return QStringLiteral("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
                          "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                          "script-src 'nonce-%4'; style-src 'unsafe-inline'; img-src file: data:\">\n"
                          "<style>\n%1</style>\n</head>\n<body>\n<article id=\"content\"></article>\n"
                          "<script nonce=\"%4\">\n%2</script>\n<script nonce=\"%4\">\n%3</script>\n</body>\n</html>\n")
        .arg(readingStylesheet(), resourceText(QStringLiteral(":/qtwebchannel/qwebchannel.js")),
             resourceText(QStringLiteral(":/patternbook/reading/shell.js")), nonce);
}

ReadingPane::ReadingPane(QWidget *parent)
    : QWebEngineView(parent)
{
    m_page = new ReadingPage(readingProfile(), this);
    m_bridge = new ReadingBridge(this);
    auto *channel = new QWebChannel(this);
    channel->registerObject(QStringLiteral("bridge"), m_bridge);
    m_page->setWebChannel(channel);
    setPage(m_page);
    setContextMenuPolicy(Qt::NoContextMenu);

    connect(m_page, &ReadingPage::patternLinkActivated, this, &ReadingPane::patternLinkActivated);
    connect(m_page, &ReadingPage::tagLinkActivated, this, &ReadingPane::tagLinkActivated);
    connect(m_page, &ReadingPage::fileLinkActivated, this, &ReadingPane::fileLinkActivated);
    connect(m_page, &ReadingPage::externalLinkActivated, this, [this](const QUrl &url) {
        if (m_lastInput.isValid() && m_lastInput.elapsed() < 2000)
            QDesktopServices::openUrl(url);
        else
            Q_EMIT externalLinkRefused(url);
    });
    connect(m_bridge, &ReadingBridge::linkClicked, m_page, &ReadingPage::activateLink);
    connect(m_bridge, &ReadingBridge::contentPainted, this, &ReadingPane::contentPainted);
    connect(m_bridge, &ReadingBridge::ready, this, [this] {
        m_ready = true;
        pushMode();
        if (m_pending)
            pushContent();
    });
    loadShell();
}

void ReadingPane::setFolder(const QString &folder)
{
    if (folder == m_folder)
        return;
    m_folder = folder;
    m_page->setFolder(folder);
    loadShell();
}

void ReadingPane::loadShell()
{
    m_ready = false;
    m_pending = !m_html.isEmpty();
    m_page->expectShell();
    const QUrl base = m_folder.isEmpty() ? QUrl(QStringLiteral("file:///")) : QUrl::fromLocalFile(QDir(m_folder).absolutePath() + QLatin1Char('/'));
    m_page->setHtml(shellHtml(), base);
}

void ReadingPane::showRendered(const RenderedPattern &rendered, bool keepScroll, quint64 ticket)
{
    m_ticket = ticket;
    m_html = rendered.html;
    m_title = rendered.title;
    m_keepScroll = keepScroll;
    m_pending = true;
    if (m_ready)
        pushContent();
}

void ReadingPane::pushContent()
{
    m_pending = false;
    m_shownTitle = m_title;
    Q_EMIT m_bridge->contentChanged(m_html, m_title, m_keepScroll, double(m_ticket));
    Q_EMIT contentPushed();
}

void ReadingPane::setPresentation(bool on)
{
    m_presentation = on;
    pushMode();
}

void ReadingPane::pushMode()
{
    QStringList classes;
    classes << (paletteIsDark() ? QStringLiteral("dark") : QStringLiteral("light"));
    if (m_presentation)
        classes << QStringLiteral("presentation");
    Q_EMIT m_bridge->modeChanged(classes.join(QLatin1Char(' ')));
}

void ReadingPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        pushMode();
    QWebEngineView::changeEvent(event);
}

void ReadingPane::childEvent(QChildEvent *event)
{
    // The page's input arrives at a child widget the engine makes: listen there.
    if (event->added() && event->child()->isWidgetType())
        event->child()->installEventFilter(this);
    QWebEngineView::childEvent(event);
}

bool ReadingPane::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonRelease:
    case QEvent::KeyPress:
    case QEvent::TouchEnd:
        m_lastInput.start();
        break;
    default:
        break;
    }
    return QWebEngineView::eventFilter(watched, event);
}

} // namespace pb::ui
