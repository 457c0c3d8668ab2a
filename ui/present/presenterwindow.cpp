#include "presenterwindow.h"

#include <QCloseEvent>
#include <QDateTime>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QTextBrowser>

namespace pb::ui {

PresenterWindow::PresenterWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
{
    setWindowTitle(tr("Presenter — Patternbook"));
    setAccessibleName(tr("Presenter screen"));
    QFont big = font();
    big.setPixelSize(28);
    m_clock = new QLabel(this);
    m_clock->setFont(big);
    m_clock->setAccessibleName(tr("Clock"));
    m_step = new QLabel(this);
    m_step->setFont(big);
    m_step->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_title = new QLabel(this);
    QFont title = big;
    title.setBold(true);
    title.setPixelSize(34);
    m_title->setFont(title);
    m_title->setWordWrap(true);
    m_text = new QTextBrowser(this);
    m_text->setAccessibleName(tr("Current pattern's text"));
    m_text->setOpenLinks(false);
    QFont text = font();
    text.setPixelSize(20);
    m_text->setFont(text);
    m_next = new QLabel(this);
    m_next->setWordWrap(true);
    m_next->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_next->setAccessibleName(tr("Next pattern"));
    QFont next = font();
    next.setPixelSize(24);
    m_next->setFont(next);
    m_next->setTextFormat(Qt::RichText);

    auto *layout = new QGridLayout(this);
    layout->addWidget(m_clock, 0, 0);
    layout->addWidget(m_step, 0, 1);
    layout->addWidget(m_title, 1, 0, 1, 2);
    layout->addWidget(m_text, 2, 0);
    layout->addWidget(m_next, 2, 1);
    layout->setColumnStretch(0, 3);
    layout->setColumnStretch(1, 2);
    layout->setRowStretch(2, 1);

    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &PresenterWindow::tick);
    restartClock();
}

void PresenterWindow::restartClock()
{
    m_elapsed.start();
    m_timer.start();
    tick();
}

void PresenterWindow::tick()
{
    const qint64 seconds = m_elapsed.elapsed() / 1000;
    m_clock->setText(tr("%1   ·   %2:%3 elapsed")
                         .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat))
                         .arg(seconds / 60)
                         .arg(seconds % 60, 2, 10, QLatin1Char('0')));
}

void PresenterWindow::setCurrent(const PatternSummary &summary, const QString &markdown)
{
    m_title->setText(QStringLiteral("%1  %2 %3").arg(summary.id).arg(summary.name, summary.stars()));
    m_text->setMarkdown(markdown);
}

void PresenterWindow::setNext(const std::optional<PatternSummary> &next)
{
    if (!next) {
        m_next->setText(tr("<p><b>Next:</b> the end of the tour.</p>"));
        return;
    }
    m_next->setText(tr("<p><b>Next:</b> %1 %2 %3</p><p>%4</p>")
                        .arg(next->id)
                        .arg(next->name.toHtmlEscaped(), next->stars(), next->problem.toHtmlEscaped()));
}

void PresenterWindow::setStep(int step, int steps)
{
    m_step->setText(steps > 0 ? tr("Step %1 of %2").arg(step + 1).arg(steps) : QString());
}

QString PresenterWindow::nextText() const { return m_next->text(); }
QString PresenterWindow::stepText() const { return m_step->text(); }

void PresenterWindow::closeEvent(QCloseEvent *event)
{
    m_timer.stop();
    Q_EMIT closed();
    QWidget::closeEvent(event);
}

} // namespace pb::ui
