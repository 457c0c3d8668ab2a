#include "presentation.h"
#include "patterncard.h"
#include "presenterwindow.h"

#include "graph/graphview.h"
#include "graph/graphpalette.h"
#include "language/patternset.h"
#include "render/patternsummary.h"

#include <QAction>
#include <QActionGroup>
#include <QGuiApplication>
#include <QMenu>
#include <QScreen>
#include <QSplitter>
#include <QStackedLayout>
#include <QVBoxLayout>
#include <QWindow>

namespace pb::ui {

Presentation::Presentation(PatternSet *set, QWidget *window)
    : QObject(window)
    , m_set(set)
    , m_window(window)
{
    m_stage = new QWidget;
    m_stage->setObjectName(QStringLiteral("presentationStage"));
    m_stage->setAutoFillBackground(true);
    QPalette black = m_stage->palette();
    black.setColor(QPalette::Window, QColor(GraphPalette::audience().background));
    m_stage->setPalette(black);
    m_splitter = new QSplitter(Qt::Horizontal, m_stage);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setHandleWidth(2);
    m_card = new PatternCard(m_splitter);
    m_splitter->addWidget(m_card);
    // Blanking: black over everything, as presentation programs do (B or '.').
    m_blankCover = new QWidget;
    m_blankCover->setAutoFillBackground(true);
    m_blankCover->setPalette(black);
    m_blankCover->setAccessibleName(tr("Blank screen"));
    auto *stack = new QStackedLayout(m_stage);
    stack->setStackingMode(QStackedLayout::StackAll);
    stack->addWidget(m_blankCover);
    stack->addWidget(m_splitter);
    m_blankCover->hide();

    auto make = [this, window](const QString &text, const QList<QKeySequence> &keys) {
        auto *a = new QAction(text, window);
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WindowShortcut);
        window->addAction(a);
        return a;
    };
    // A presenter remote sends Page Down and Page Up (some send the arrows, B or '.').
    nextAction = make(tr("&Next Pattern"), {QKeySequence(Qt::Key_PageDown), QKeySequence(Qt::Key_Space)});
    previousAction = make(tr("&Previous Pattern"), {QKeySequence(Qt::Key_PageUp), QKeySequence(Qt::Key_Backspace)});
    firstAction = make(tr("&First Pattern"), {QKeySequence(Qt::Key_Home)});
    lastAction = make(tr("&Last Pattern"), {QKeySequence(Qt::Key_End)});
    blankAction = make(tr("&Blank Screen"), {QKeySequence(Qt::Key_B), QKeySequence(Qt::Key_Period)});
    blankAction->setCheckable(true);
    cycleViewAction = make(tr("Next &View"), {QKeySequence(Qt::Key_V)});
    viewGroup = new QActionGroup(this);
    graphAndCardAction = make(tr("Graph &and Card"), {QKeySequence(Qt::Key_1)});
    graphOnlyAction = make(tr("&Graph Only"), {QKeySequence(Qt::Key_2)});
    cardOnlyAction = make(tr("&Card Only"), {QKeySequence(Qt::Key_3)});
    for (QAction *a : {graphAndCardAction, graphOnlyAction, cardOnlyAction}) {
        a->setCheckable(true);
        viewGroup->addAction(a);
    }
    graphAndCardAction->setChecked(true);
    presenterAction = make(tr("P&resenter Screen"), {QKeySequence(Qt::Key_S)});
    presenterAction->setCheckable(true);
    const QList<QPair<QString, Qt::Key>> walks = {{tr("Walk &Up the Links"), Qt::Key_Up},
                                                  {tr("Walk &Down the Links"), Qt::Key_Down},
                                                  {tr("Walk Le&ft"), Qt::Key_Left},
                                                  {tr("Walk Ri&ght"), Qt::Key_Right}};
    for (const auto &[text, key] : walks)
        walkActions.append(make(text, {QKeySequence(key)}));

    m_menu = new QMenu(tr("&Presentation"), window);
    m_menu->addActions({nextAction, previousAction, firstAction, lastAction});
    m_menu->addSeparator();
    m_menu->addActions(walkActions);
    m_menu->addSeparator();
    m_menu->addActions({graphAndCardAction, graphOnlyAction, cardOnlyAction, cycleViewAction});
    m_menu->addSeparator();
    m_menu->addActions({blankAction, presenterAction});

    connect(nextAction, &QAction::triggered, this, &Presentation::next);
    connect(previousAction, &QAction::triggered, this, &Presentation::previous);
    connect(firstAction, &QAction::triggered, this, &Presentation::first);
    connect(lastAction, &QAction::triggered, this, &Presentation::last);
    connect(blankAction, &QAction::toggled, this, &Presentation::setBlank);
    connect(graphAndCardAction, &QAction::triggered, this, [this] { setView(View::GraphAndCard); });
    connect(graphOnlyAction, &QAction::triggered, this, [this] { setView(View::GraphOnly); });
    connect(cardOnlyAction, &QAction::triggered, this, [this] { setView(View::CardOnly); });
    connect(cycleViewAction, &QAction::triggered, this, [this] { setView(View((int(m_view) + 1) % 3)); });
    connect(presenterAction, &QAction::toggled, this, &Presentation::setPresenterScreen);
    const QList<QPoint> directions = {{0, -1}, {0, 1}, {-1, 0}, {1, 0}};
    for (int i = 0; i < walkActions.size(); ++i) {
        connect(walkActions.at(i), &QAction::triggered, this, [this, d = directions.at(i)] {
            if (m_graph)
                m_graph->walk(d.x(), d.y());
        });
    }
    connect(set, &PatternSet::currentChanged, this, &Presentation::currentChanged);
    connect(set, &PatternSet::languageChanged, this, &Presentation::currentChanged);
    updateActions();
}

Presentation::~Presentation()
{
    delete m_presenter;
    if (!m_stage->parent())
        delete m_stage;
}

void Presentation::begin(GraphView *graph)
{
    m_active = true;
    m_graph = graph;
    m_splitter->insertWidget(0, graph);
    graph->show();
    setView(m_view);
    setBlank(false);
    currentChanged();
    // Two screens: the audience sees the stage, the facilitator the presenter screen.
    if (QGuiApplication::screens().size() > 1)
        setPresenterScreen(true);
    if (m_presenter)
        m_presenter->restartClock();
    updateActions();
    // The keys work at once: no click first.
    graph->setFocus(Qt::OtherFocusReason);
}

void Presentation::end()
{
    m_active = false;
    setBlank(false);
    setPresenterScreen(false);
    if (m_graph) {
        m_graph->setTour({}, {});
        m_graph = nullptr;
    }
    updateActions();
}

void Presentation::setView(View view)
{
    m_view = view;
    (view == View::GraphAndCard ? graphAndCardAction : view == View::GraphOnly ? graphOnlyAction : cardOnlyAction)
        ->setChecked(true);
    if (m_graph)
        m_graph->setVisible(view != View::CardOnly);
    m_card->setVisible(view != View::GraphOnly);
    if (view == View::GraphAndCard) {
        // The map gets most of the stage; the card a third, which holds its text in large type.
        m_splitter->setStretchFactor(0, 2);
        m_splitter->setStretchFactor(1, 1);
        const int width = std::max(m_splitter->width(), 900);
        m_splitter->setSizes({width * 2 / 3, width / 3});
    }
}

void Presentation::setBlank(bool blank)
{
    m_blank = blank && m_active;
    blankAction->setChecked(m_blank);
    m_blankCover->setVisible(m_blank);
    if (m_blank)
        m_blankCover->raise();
}

void Presentation::setTour(const Tour &tour)
{
    m_tour = tour;
    m_step = -1;
    const Pattern *p = m_set->currentPattern();
    if (p)
        m_step = int(m_tour.ids.indexOf(p->fields.id));
    updateMarks();
    updateActions();
}

void Presentation::goToStep(int step)
{
    if (m_tour.ids.isEmpty())
        return;
    m_step = std::clamp(step, 0, int(m_tour.ids.size()) - 1);
    m_set->setCurrentId(m_tour.ids.at(m_step));
    updateMarks();
    Q_EMIT stepChanged(m_step);
}

QStringList Presentation::readingOrder() const
{
    // The map read as a page: band by band, row by row, left to right.
    QList<QPair<QRectF, QString>> nodes;
    if (m_graph) {
        const GraphLayout &layout = m_graph->layout();
        const Language &language = m_set->language();
        for (auto it = layout.nodes.cbegin(); it != layout.nodes.cend(); ++it) {
            if (it.key() < language.patternCount())
                nodes.append({it.value(), language.pattern(it.key()).fileName});
        }
    }
    std::sort(nodes.begin(), nodes.end(), [](const auto &a, const auto &b) {
        const qreal ay = a.first.center().y(), by = b.first.center().y();
        if (std::abs(ay - by) > std::min(a.first.height(), b.first.height()) / 2)
            return ay < by;
        return a.first.left() < b.first.left();
    });
    QStringList out;
    for (const auto &n : nodes)
        out << n.second;
    if (out.isEmpty()) {
        for (const Pattern &p : m_set->language().patterns()) {
            if (!p.broken)
                out << p.fileName;
        }
    }
    return out;
}

void Presentation::next()
{
    if (!m_tour.ids.isEmpty()) {
        goToStep(m_step + 1);
        return;
    }
    const QStringList order = readingOrder();
    const int at = int(order.indexOf(m_set->current()));
    if (!order.isEmpty())
        m_set->setCurrent(order.at(std::min<int>(at + 1, int(order.size()) - 1)));
}

void Presentation::previous()
{
    if (!m_tour.ids.isEmpty()) {
        goToStep(std::max(m_step - 1, 0));
        return;
    }
    const QStringList order = readingOrder();
    const int at = int(order.indexOf(m_set->current()));
    if (!order.isEmpty())
        m_set->setCurrent(order.at(std::max(at - 1, 0)));
}

void Presentation::first()
{
    if (!m_tour.ids.isEmpty())
        return goToStep(0);
    const QStringList order = readingOrder();
    if (!order.isEmpty())
        m_set->setCurrent(order.first());
}

void Presentation::last()
{
    if (!m_tour.ids.isEmpty())
        return goToStep(int(m_tour.ids.size()) - 1);
    const QStringList order = readingOrder();
    if (!order.isEmpty())
        m_set->setCurrent(order.last());
}

void Presentation::currentChanged()
{
    const Pattern *p = m_set->currentPattern();
    if (!p)
        return;
    // A pattern chosen some other way (a click on the map) that is in the tour moves the tour there.
    if (!m_tour.ids.isEmpty()) {
        const int at = int(m_tour.ids.indexOf(p->fields.id));
        if (at >= 0)
            m_step = at;
    }
    const PatternSummary summary = summarize(*p, &m_set->language());
    m_card->setSummary(summary);
    if (m_presenter) {
        m_presenter->setCurrent(summary, QString::fromUtf8(p->bodyBytes()));
        std::optional<PatternSummary> next;
        if (!m_tour.ids.isEmpty() && m_step + 1 < m_tour.ids.size()) {
            if (const Pattern *n = m_set->language().patternById(m_tour.ids.at(m_step + 1)))
                next = summarize(*n, &m_set->language());
        }
        if (!m_tour.ids.isEmpty())
            m_presenter->setNext(next);
        m_presenter->setStep(m_step, int(m_tour.ids.size()));
    }
    updateMarks();
}

void Presentation::updateMarks()
{
    if (!m_graph)
        return;
    QStringList visited;
    QString next;
    const Language &language = m_set->language();
    for (int i = 0; i < m_tour.ids.size(); ++i) {
        const Pattern *p = language.patternById(m_tour.ids.at(i));
        if (!p)
            continue;
        if (i < m_step)
            visited << p->fileName;
        else if (i == m_step + 1)
            next = p->fileName;
    }
    m_graph->setTour(visited, next);
}

void Presentation::setPresenterScreen(bool on)
{
    presenterAction->setChecked(on);
    if (!on) {
        if (m_presenter)
            m_presenter->hide();
        return;
    }
    if (!m_presenter) {
        m_presenter = new PresenterWindow;
        connect(m_presenter, &PresenterWindow::closed, this, [this] { presenterAction->setChecked(false); });
    }
    // On the screen the audience is not looking at.
    QScreen *audience = m_window->screen();
    QScreen *presenter = audience;
    for (QScreen *s : QGuiApplication::screens()) {
        if (s != audience) {
            presenter = s;
            break;
        }
    }
    m_presenter->setScreen(presenter);
    if (m_presenter->windowHandle())
        m_presenter->windowHandle()->setScreen(presenter);
    m_presenter->setGeometry(presenter->availableGeometry());
    // Never takes the keyboard: the remote's keys go to the audience's window.
    m_presenter->setAttribute(Qt::WA_ShowWithoutActivating);
    m_presenter->setWindowFlag(Qt::WindowDoesNotAcceptFocus);
    if (presenter != audience)
        m_presenter->showFullScreen();
    else
        m_presenter->show();
    m_window->activateWindow();
    currentChanged();
}

void Presentation::updateActions()
{
    for (QAction *a : {nextAction, previousAction, firstAction, lastAction, blankAction, cycleViewAction,
                       graphAndCardAction, graphOnlyAction, cardOnlyAction, presenterAction})
        a->setEnabled(m_active);
    // The arrows walk the map only while presenting: at the desk they belong to the focused view.
    for (QAction *a : std::as_const(walkActions))
        a->setEnabled(m_active);
}

} // namespace pb::ui
