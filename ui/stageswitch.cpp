#include "stageswitch.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QScreen>
#include <QSplitter>

namespace pb::ui {

StageSwitch::StageSwitch(const Desk &desk)
    : m_desk(desk)
{
}

void StageSwitch::toStage(QWidget *stage)
{
    if (m_onStage)
        return;
    m_onStage = true;
    QMainWindow *w = m_desk.window;
    m_state = w->saveState();
    m_tabbed = m_desk.isTabbed();
    m_geometry = w->geometry();
    m_splitterStates.clear();
    for (QSplitter *s : std::as_const(m_desk.splitters))
        m_splitterStates << s->saveState();
    for (QWidget *chrome : std::as_const(m_desk.chrome))
        chrome->hide();
    m_central = w->takeCentralWidget();
    // Kept as a hidden child while off stage, so that quitting from the stage deletes the desk
    // with the window (its web page before WebEngine's profile, which warned otherwise).
    m_central->setParent(w);
    m_central->hide();
    w->setCentralWidget(stage);
    stage->show();
    // The whole screen even where no window manager honours full-screen requests.
    if (w->screen())
        w->setGeometry(w->screen()->geometry());
    w->showFullScreen();
    w->activateWindow();
    w->raise();
}

void StageSwitch::toDesk()
{
    if (!m_onStage)
        return;
    m_onStage = false;
    QMainWindow *w = m_desk.window;
    w->takeCentralWidget(); // the stage, kept by its owner for next time
    w->setCentralWidget(m_central);
    m_central->show();
    m_desk.placeViews(m_tabbed);
    for (QWidget *chrome : std::as_const(m_desk.chrome)) {
        if (!qobject_cast<QDockWidget *>(chrome)) // docks come back as the state says
            chrome->show();
    }
    w->restoreState(m_state);
    w->showNormal();
    if (m_geometry.isValid())
        w->setGeometry(m_geometry);
    for (int i = 0; i < m_desk.splitters.size() && i < m_splitterStates.size(); ++i)
        m_desk.splitters.at(i)->restoreState(m_splitterStates.at(i));
}

} // namespace pb::ui
