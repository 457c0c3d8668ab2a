#pragma once

#include <QByteArray>
#include <QList>
#include <QPointer>
#include <QRect>
#include <functional>

class QMainWindow;
class QSplitter;
class QWidget;

namespace pb::ui {

// The switch between the desk (menus, docks, the list, the reading pane beside or behind the
// graph) and a stage (presentation mode: full screen, nothing else). Everything the desk was is
// remembered and put back: the docks and toolbars, the window's place, the arrangement of the
// views and the splitters' sizes (a stage that borrowed the graph leaves the reading pane as wide
// as it was, not at the width it was squeezed to).
class StageSwitch
{
public:
    struct Desk
    {
        QMainWindow *window = nullptr;
        QList<QWidget *> chrome; // hidden on the stage: docks, toolbars, menu and status bars
        QList<QSplitter *> splitters;
        std::function<bool()> isTabbed;
        std::function<void(bool tabbed)> placeViews; // puts the reading pane and graph back
    };

    explicit StageSwitch(const Desk &desk);

    bool isOnStage() const { return m_onStage; }
    // The stage becomes the window's central widget, full screen on the window's screen.
    void toStage(QWidget *stage);
    void toDesk();

    // What the desk was when the stage came (for saving the settings while on the stage).
    QByteArray deskState() const { return m_state; }
    bool deskTabbed() const { return m_tabbed; }

private:
    Desk m_desk;
    bool m_onStage = false;
    QByteArray m_state;
    QRect m_geometry;
    bool m_tabbed = false;
    QList<QByteArray> m_splitterStates;
    QPointer<QWidget> m_central;
};

} // namespace pb::ui
