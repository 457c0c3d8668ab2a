#include "presenterwindow.h"

#include "format/pattern.h"

#include <QCloseEvent>
#include <QDateTime>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QSettings>
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

    m_blank = new QLabel(tr("The room's screen is blank (B to show it again)"), this);
    QFont blankFont = big;
    blankFont.setBold(true);
    m_blank->setFont(blankFont);
    m_blank->setAutoFillBackground(true);
    QPalette warning = m_blank->palette();
    warning.setColor(QPalette::Window, QColor(0x8a, 0x1c, 0x1c));
    warning.setColor(QPalette::WindowText, Qt::white);
    m_blank->setPalette(warning);
    m_blank->setAlignment(Qt::AlignCenter);
    m_blank->setContentsMargins(8, 8, 8, 8);
    m_blank->hide();
    m_map = new QGraphicsView(this);
    m_map->setAccessibleName(tr("What the room sees"));
    m_map->setInteractive(false);
    m_map->setRenderHint(QPainter::Antialiasing);
    m_map->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_map->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_map->setMinimumHeight(180);
    m_map->hide();

    auto *layout = new QGridLayout(this);
    layout->addWidget(m_clock, 0, 0);
    layout->addWidget(m_step, 0, 1);
    layout->addWidget(m_blank, 1, 0, 1, 2);
    layout->addWidget(m_title, 2, 0, 1, 2);
    layout->addWidget(m_text, 3, 0, 2, 1);
    layout->addWidget(m_next, 3, 1);
    layout->addWidget(m_map, 4, 1);
    layout->setColumnStretch(0, 3);
    layout->setColumnStretch(1, 2);
    layout->setRowStretch(3, 1);
    layout->setRowStretch(4, 1);
    m_countdownMinutes = QSettings().value(QStringLiteral("presentation/countdownMinutes"), 0).toInt();

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
    QString text = tr("%1   ·   %2:%3 elapsed")
                       .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat))
                       .arg(seconds / 60)
                       .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    bool over = false;
    if (m_countdownMinutes > 0) {
        const qint64 left = qint64(m_countdownMinutes) * 60 - seconds;
        over = left < 0;
        const qint64 a = std::abs(left);
        text += QStringLiteral("   ·   ")
                + (over ? tr("%1:%2 over").arg(a / 60).arg(a % 60, 2, 10, QLatin1Char('0'))
                        : tr("%1:%2 left").arg(a / 60).arg(a % 60, 2, 10, QLatin1Char('0')));
    }
    m_clock->setText(text);
    QPalette p = m_clock->palette();
    p.setColor(QPalette::WindowText, over ? QColor(0xb3, 0x26, 0x1e) : palette().color(QPalette::WindowText));
    m_clock->setPalette(p);
}

void PresenterWindow::setCountdown(int minutes)
{
    m_countdownMinutes = std::clamp(minutes, 0, 24 * 60);
    QSettings().setValue(QStringLiteral("presentation/countdownMinutes"), m_countdownMinutes);
    tick();
}

void PresenterWindow::keyPressEvent(QKeyEvent *event)
{
    // + and - set the session's length in steps of five minutes.
    if (event->key() == Qt::Key_Plus || event->key() == Qt::Key_Equal) {
        setCountdown(m_countdownMinutes + 5);
        return;
    }
    if (event->key() == Qt::Key_Minus) {
        setCountdown(m_countdownMinutes - 5);
        return;
    }
    QWidget::keyPressEvent(event);
}

void PresenterWindow::setBlank(bool blank) { m_blank->setVisible(blank); }

void PresenterWindow::setStage(QGraphicsScene *scene)
{
    m_map->setScene(scene);
    m_map->setVisible(scene != nullptr);
    if (scene) {
        m_map->fitInView(scene->sceneRect(), Qt::KeepAspectRatio);
        connect(scene, &QGraphicsScene::sceneRectChanged, m_map, [this](const QRectF &rect) {
            m_map->fitInView(rect, Qt::KeepAspectRatio);
        }, Qt::UniqueConnection);
    }
}

void PresenterWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_map->scene())
        m_map->fitInView(m_map->scene()->sceneRect(), Qt::KeepAspectRatio);
}

QString PresenterWindow::clockText() const { return m_clock->text(); }
bool PresenterWindow::showsBlank() const { return !m_blank->isHidden(); }
QString PresenterWindow::bodyText() const { return m_text->toPlainText(); }

void PresenterWindow::setCurrent(const PatternSummary &summary, const QString &html)
{
    m_title->setText(QStringLiteral("%1  %2 %3").arg(summary.id).arg(visibleControls(summary.name), summary.stars()));
    m_text->setHtml(html);
}

void PresenterWindow::setNext(const std::optional<PatternSummary> &next, bool tour)
{
    if (!next) {
        m_next->setText(tour ? tr("<p><b>Next:</b> the end of the tour.</p>") : tr("<p><b>Next:</b> the last pattern.</p>"));
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
