#pragma once

#include "render/patternsummary.h"

#include <QElapsedTimer>
#include <optional>
#include <QTimer>
#include <QWidget>

class QGraphicsScene;
class QGraphicsView;
class QLabel;
class QTextBrowser;

namespace pb::ui {

// The facilitator's screen, while the audience sees the graph and the card: the current
// pattern's whole text (set as the reading pane sets it), what comes next (the tour's next step,
// or the next pattern in order), where the tour is, a small map of what the room sees, whether
// the room's screen is blank, the time, and a countdown for the session.
class PresenterWindow : public QWidget
{
    Q_OBJECT

public:
    explicit PresenterWindow(QWidget *parent = nullptr);

    // The current pattern: its summary, and its body as the renderer's HTML.
    void setCurrent(const PatternSummary &summary, const QString &html);
    // What comes next, if anything: the tour's next step (`tour`), or the next pattern in order.
    void setNext(const std::optional<PatternSummary> &next, bool tour);
    // "Step 3 of 9", or nothing without a tour.
    void setStep(int step, int steps);
    void restartClock();
    // The room's screen is blank: said, in large type, so that the facilitator does not talk to
    // a black wall unawares.
    void setBlank(bool blank);
    // The graph the room sees, shown small (the same scene, in a view of its own).
    void setStage(QGraphicsScene *scene);
    // The countdown: minutes for the session (0: none); when it runs out the clock turns red.
    void setCountdown(int minutes);

    QString nextText() const;
    QString stepText() const;
    QString clockText() const;
    bool showsBlank() const;
    QString bodyText() const;

Q_SIGNALS:
    void closed();

protected:
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void tick();

    QLabel *m_clock;
    QLabel *m_blank;
    QGraphicsView *m_map;
    int m_countdownMinutes = 0;
    QLabel *m_step;
    QLabel *m_title;
    QTextBrowser *m_text;
    QLabel *m_next;
    QTimer m_timer;
    QElapsedTimer m_elapsed;
};

} // namespace pb::ui
