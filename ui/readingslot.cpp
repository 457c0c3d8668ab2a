#include "readingslot.h"
#include "readingpane.h"

#include <QPainter>
#include <QTimer>
#include <QVBoxLayout>

namespace pb::ui {

ReadingSlot::ReadingSlot(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("readingSlot"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

ReadingPane *ReadingSlot::pane()
{
    if (m_pane)
        return m_pane;
    m_pane = new ReadingPane(this);
    m_pane->setAccessibleName(tr("Reading pane"));
    if (!m_folder.isEmpty())
        m_pane->setFolder(m_folder);
    m_pane->setPresentation(m_presentation);
    connect(m_pane, &ReadingPane::patternLinkActivated, this, &ReadingSlot::patternLinkActivated);
    connect(m_pane, &ReadingPane::tagLinkActivated, this, &ReadingSlot::tagLinkActivated);
    connect(m_pane, &ReadingPane::fileLinkActivated, this, &ReadingSlot::fileLinkActivated);
    connect(m_pane, &ReadingPane::contentPainted, this, &ReadingSlot::contentPainted);
    layout()->addWidget(m_pane);
    // Focus moves through the pane as it moved through the slot.
    setFocusProxy(m_pane);
    update();
    Q_EMIT paneMade();
    return m_pane;
}

void ReadingSlot::makeSoon(int milliseconds)
{
    if (m_pane || m_scheduled)
        return;
    m_scheduled = true;
    QTimer::singleShot(milliseconds, this, [this] {
        m_scheduled = false;
        pane();
    });
}

void ReadingSlot::setFolder(const QString &folder)
{
    m_folder = folder;
    if (m_pane)
        m_pane->setFolder(folder);
}

void ReadingSlot::setPresentation(bool on)
{
    m_presentation = on;
    if (m_pane)
        m_pane->setPresentation(on);
}

void ReadingSlot::showRendered(const RenderedPattern &rendered, bool keepScroll, quint64 ticket)
{
    pane()->showRendered(rendered, keepScroll, ticket);
}

void ReadingSlot::paintEvent(QPaintEvent *event)
{
    QWidget::paintEvent(event);
    if (m_pane)
        return;
    // The page's paper (--paper in reading.css), so that the pane does not flash when it comes.
    const QColor paper = m_presentation ? QColor(Qt::black) : paletteIsDark() ? QColor(0x1c1b19) : QColor(0xfbf8f1);
    QPainter(this).fillRect(rect(), paper);
    // The window is on screen now: the pane can start.
    makeSoon();
}

} // namespace pb::ui
