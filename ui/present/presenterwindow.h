#pragma once

#include "render/patternsummary.h"

#include <QElapsedTimer>
#include <optional>
#include <QTimer>
#include <QWidget>

class QLabel;
class QTextBrowser;

namespace pb::ui {

// The facilitator's screen, while the audience sees the graph and the card: the current
// pattern's whole text, the next pattern of the tour, where the tour is, and a clock.
class PresenterWindow : public QWidget
{
    Q_OBJECT

public:
    explicit PresenterWindow(QWidget *parent = nullptr);

    // The current pattern: its Markdown body and summary.
    void setCurrent(const PatternSummary &summary, const QString &markdown);
    // The next step of the tour, if any.
    void setNext(const std::optional<PatternSummary> &next);
    // "Step 3 of 9", or nothing without a tour.
    void setStep(int step, int steps);
    void restartClock();

    QString nextText() const;
    QString stepText() const;

Q_SIGNALS:
    void closed();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void tick();

    QLabel *m_clock;
    QLabel *m_step;
    QLabel *m_title;
    QTextBrowser *m_text;
    QLabel *m_next;
    QTimer m_timer;
    QElapsedTimer m_elapsed;
};

} // namespace pb::ui
