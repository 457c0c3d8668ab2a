#pragma once

#include "presenterwindow.h"
#include "language/tour.h"

#include <QObject>
#include <QPointer>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QSplitter;
class QWidget;

namespace pb {
class PatternSet;
} // namespace pb

namespace pb::ui {

class GraphView;
class PatternCard;
class PresenterWindow;

// Presentation mode as a facilitator runs it: the stage (the graph, the current pattern's card,
// or both), stepping through a tour or the map with a presenter remote's keys, blanking the
// screen, and a presenter screen on a second monitor. The main window hands it the graph and
// takes it back; every action here has a menu entry (the Presentation menu) and a key.
class Presentation : public QObject
{
    Q_OBJECT

public:
    enum class View { GraphAndCard, GraphOnly, CardOnly };

    Presentation(PatternSet *set, QWidget *window);
    ~Presentation() override;

    QWidget *stage() const { return m_stage; }
    PatternCard *card() const { return m_card; }
    QMenu *menu() const { return m_menu; }
    PresenterWindow *presenterWindow() const { return m_presenter; }

    // Starts with the graph placed on the stage; ends, giving it back (the window re-homes it).
    void begin(GraphView *graph);
    void end();
    bool isActive() const { return m_active; }

    void setView(View view);
    View view() const { return m_view; }
    void setBlank(bool blank);
    bool isBlank() const { return m_blank; }
    void setTour(const Tour &tour);
    const Tour &tour() const { return m_tour; }
    int step() const { return m_step; }
    // Steps: the tour's, or without one the language's order (by id) among the patterns of the
    // part shown: a fixed order, which no new layout or focus changes (focus mode bounced between
    // two patterns when it followed the map). A step taken while the screen is blank shows it.
    void next();
    void previous();
    void first();
    void last();
    void setPresenterScreen(bool on);
    // The part of the language shown: a scale (0: the whole). The window applies it, as the
    // Filter menu's scale; P and Shift+P step through the scales and back to the whole.
    void setPart(int scale);
    int part() const { return m_part; }
    void nextPart();
    void previousPart();
    // The tour's patterns alone on the map (T).
    void setTourOnly(bool on);
    // What the room reads above the map: the part, the tour and its step ("4 / 7").
    QString caption() const;

    QAction *startAction = nullptr; // set by the window: its presentation toggle
    QAction *nextAction;
    QAction *previousAction;
    QAction *firstAction;
    QAction *lastAction;
    QAction *blankAction;
    QAction *cycleViewAction;
    QActionGroup *viewGroup;
    QAction *graphAndCardAction;
    QAction *graphOnlyAction;
    QAction *cardOnlyAction;
    QAction *presenterAction;
    QAction *nextPartAction;
    QAction *previousPartAction;
    QAction *tourOnlyAction;
    QList<QAction *> walkActions; // the arrow keys: along the links

Q_SIGNALS:
    void stepChanged(int step);
    void partChanged(int scale);

private:
    void currentChanged();
    void goToStep(int step);
    QStringList readingOrder() const;
    QList<int> parts() const;
    void updateMarks();
    void updateActions();
    void updateCaption();

    QPointer<PatternSet> m_set;
    QWidget *m_window;
    QWidget *m_stage;
    QSplitter *m_splitter;
    PatternCard *m_card;
    QWidget *m_blankCover;
    QLabel *m_caption;
    QMenu *m_menu;
    QPointer<GraphView> m_graph;
    QPointer<PresenterWindow> m_presenter;
    Tour m_tour;
    int m_step = -1;
    View m_view = View::GraphAndCard;
    bool m_active = false;
    bool m_blank = false;
    int m_part = 0;
};

} // namespace pb::ui
