#pragma once

#include <QPointer>
#include <QWidget>

#include "render/renderer.h"

namespace pb::ui {

class ReadingPane;

// Where the reading pane goes, holding it once it is made. Qt WebEngine's first page starts
// Chromium, about 50 ms on the UI thread, which has nothing to show before there is a pattern:
// the window, the list and the graph come first, and the pane is made on the turn of the event
// loop after the slot is first painted (or when anyone asks for it). Until then the slot keeps
// what the pane is to show and paints the page's background.
class ReadingSlot : public QWidget
{
    Q_OBJECT

public:
    explicit ReadingSlot(QWidget *parent = nullptr);

    // The pane, made now if it isn't yet.
    ReadingPane *pane();
    ReadingPane *paneIfMade() const { return m_pane; }
    // Makes the pane soon, on a later turn of the event loop, if it isn't made by then.
    void makeSoon(int milliseconds = 0);

    void setFolder(const QString &folder);
    void setPresentation(bool on);
    void showRendered(const RenderedPattern &rendered, bool keepScroll, quint64 ticket);

Q_SIGNALS:
    void paneMade();
    // The pane's, passed on.
    void patternLinkActivated(int id);
    void tagLinkActivated(const QString &tag);
    void fileLinkActivated(const QString &fileName);
    void contentPainted(quint64 ticket);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    ReadingPane *m_pane = nullptr;
    QString m_folder;
    bool m_presentation = false;
    bool m_scheduled = false;
};

} // namespace pb::ui
