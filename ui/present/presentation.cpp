#include "presentation.h"
#include "patterncard.h"
#include "presenterwindow.h"

#include "graph/graphscene.h"
#include "graph/graphview.h"
#include "graph/graphpalette.h"
#include "language/patternset.h"
#include "render/patternsummary.h"
#include "render/renderer.h"

#include <QLabel>

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
    // Above the map, in type the room reads: the part shown, the tour and its step.
    m_caption = new QLabel;
    m_caption->setObjectName(QStringLiteral("presentationCaption"));
    QFont captionFont = m_caption->font();
    captionFont.setPixelSize(30);
    captionFont.setBold(true);
    m_caption->setFont(captionFont);
    QPalette captionPalette = m_caption->palette();
    captionPalette.setColor(QPalette::WindowText, QColor(GraphPalette::audience().bandText));
    m_caption->setPalette(captionPalette);
    m_caption->setContentsMargins(24, 10, 24, 4);
    m_caption->hide();
    auto *shown = new QWidget;
    auto *column = new QVBoxLayout(shown);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(m_caption);
    column->addWidget(m_splitter, 1);
    auto *stack = new QStackedLayout(m_stage);
    stack->setStackingMode(QStackedLayout::StackAll);
    stack->addWidget(m_blankCover);
    stack->addWidget(shown);
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
    nextPartAction = make(tr("Next P&art"), {QKeySequence(Qt::Key_P)});
    previousPartAction = make(tr("Pre&vious Part"), {QKeySequence(Qt::SHIFT | Qt::Key_P)});
    tourOnlyAction = make(tr("&Tour Only"), {QKeySequence(Qt::Key_T)});
    tourOnlyAction->setCheckable(true);
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
    m_menu->addActions({nextPartAction, previousPartAction, tourOnlyAction});
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
    connect(nextPartAction, &QAction::triggered, this, &Presentation::nextPart);
    connect(previousPartAction, &QAction::triggered, this, &Presentation::previousPart);
    connect(tourOnlyAction, &QAction::toggled, this, &Presentation::setTourOnly);
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
    updateCaption();
    // The keys work at once: no click first.
    graph->setFocus(Qt::OtherFocusReason);
}

void Presentation::end()
{
    m_active = false;
    setBlank(false);
    setPresenterScreen(false);
    if (m_graph) {
        m_graph->setTour({}, -1);
        m_graph->setTourOnly(false);
        m_graph = nullptr;
    }
    tourOnlyAction->setChecked(false);
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
    if (m_presenter)
        m_presenter->setBlank(m_blank);
}

void Presentation::setTour(const Tour &tour)
{
    m_tour = tour;
    m_step = -1;
    const Pattern *p = m_set->currentPattern();
    if (p)
        m_step = int(m_tour.ids.indexOf(p->fields.id));
    if (m_tour.ids.isEmpty())
        tourOnlyAction->setChecked(false);
    updateMarks();
    updateActions();
    updateCaption();
}

void Presentation::goToStep(int step)
{
    if (m_tour.ids.isEmpty())
        return;
    m_step = std::clamp(step, 0, int(m_tour.ids.size()) - 1);
    setBlank(false);
    m_set->setCurrentId(m_tour.ids.at(m_step));
    updateMarks();
    updateCaption();
    Q_EMIT stepChanged(m_step);
}

QStringList Presentation::readingOrder() const
{
    // The language's order, by id, among the patterns of the part shown (the graph's filter):
    // fixed, whatever the layout or the focus does.
    const Language &language = m_set->language();
    QList<int> indices;
    for (int i = 0; i < language.patternCount(); ++i) {
        const Pattern &p = language.pattern(i);
        if (p.broken || p.fields.id <= 0 || (m_graph && !m_graph->filter().isEmpty() && !m_graph->filter().matches(p)))
            continue;
        indices.append(i);
    }
    std::stable_sort(indices.begin(), indices.end(),
                     [&](int a, int b) { return language.pattern(a).fields.id < language.pattern(b).fields.id; });
    QStringList out;
    for (int i : std::as_const(indices))
        out << language.pattern(i).fileName;
    return out;
}

QList<int> Presentation::parts() const
{
    QList<int> scales;
    for (const Pattern &p : m_set->language().patterns()) {
        if (!p.broken && p.fields.scale > 0 && !scales.contains(p.fields.scale))
            scales.append(p.fields.scale);
    }
    std::sort(scales.begin(), scales.end());
    return scales;
}

void Presentation::setPart(int scale)
{
    if (scale != 0 && !parts().contains(scale))
        scale = 0;
    m_part = scale;
    Q_EMIT partChanged(scale);
    // The current pattern stays when it is in the part; else the part's first, in order.
    const Pattern *p = m_set->currentPattern();
    if (scale > 0 && (!p || p->fields.scale != scale)) {
        const QStringList order = readingOrder();
        for (const QString &fileName : order) {
            const int i = m_set->language().indexOfFile(fileName);
            if (i >= 0 && m_set->language().pattern(i).fields.scale == scale) {
                m_set->setCurrent(fileName);
                break;
            }
        }
    }
    updateCaption();
}

void Presentation::nextPart()
{
    // The whole, then each scale, then the whole again.
    const QList<int> all = parts();
    const int at = int(all.indexOf(m_part));
    setBlank(false);
    setPart(at + 1 < all.size() ? all.at(at + 1) : 0);
}

void Presentation::previousPart()
{
    const QList<int> all = parts();
    const int at = m_part == 0 ? int(all.size()) : int(all.indexOf(m_part));
    setBlank(false);
    setPart(at - 1 >= 0 ? all.at(at - 1) : 0);
}

void Presentation::setTourOnly(bool on)
{
    on = on && !m_tour.ids.isEmpty();
    tourOnlyAction->setChecked(on);
    if (m_graph)
        m_graph->setTourOnly(on);
}

QString Presentation::caption() const
{
    QStringList parts;
    if (m_part > 0) {
        const QString name = m_set->language().scaleName(m_part);
        parts << (name.isEmpty() ? tr("Scale %1").arg(m_part) : QStringLiteral("%1 · %2").arg(m_part).arg(name));
    }
    if (!m_tour.ids.isEmpty()) {
        const QString where = m_step >= 0 ? QStringLiteral("%1 / %2").arg(m_step + 1).arg(m_tour.ids.size())
                                          : QStringLiteral("– / %1").arg(m_tour.ids.size());
        parts << QStringLiteral("%1  %2").arg(m_tour.name, where);
    }
    return parts.join(QStringLiteral("   ·   "));
}

void Presentation::updateCaption()
{
    const QString text = caption();
    m_caption->setText(text);
    m_caption->setVisible(m_active && !text.isEmpty());
}

void Presentation::next()
{
    if (!m_tour.ids.isEmpty()) {
        goToStep(m_step + 1);
        return;
    }
    setBlank(false);
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
    setBlank(false);
    const QStringList order = readingOrder();
    const int at = int(order.indexOf(m_set->current()));
    if (!order.isEmpty())
        m_set->setCurrent(order.at(std::max(at - 1, 0)));
}

void Presentation::first()
{
    if (!m_tour.ids.isEmpty())
        return goToStep(0);
    setBlank(false);
    const QStringList order = readingOrder();
    if (!order.isEmpty())
        m_set->setCurrent(order.first());
}

void Presentation::last()
{
    if (!m_tour.ids.isEmpty())
        return goToStep(int(m_tour.ids.size()) - 1);
    setBlank(false);
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
        // The body as the reading pane sets it: the same renderer, not Qt's own Markdown.
        const RenderedPattern rendered = renderPattern(*p, makeRenderContext(m_set->language()));
        m_presenter->setCurrent(summary, rendered.html);
        // What comes next: the tour's next step, or without a tour the next pattern in order.
        std::optional<PatternSummary> next;
        if (!m_tour.ids.isEmpty()) {
            if (m_step + 1 < m_tour.ids.size()) {
                if (const Pattern *n = m_set->language().patternById(m_tour.ids.at(m_step + 1)))
                    next = summarize(*n, &m_set->language());
            }
        } else {
            const QStringList order = readingOrder();
            const int at = int(order.indexOf(p->fileName));
            if (at >= 0 && at + 1 < order.size())
                next = summarize(m_set->language().pattern(m_set->language().indexOfFile(order.at(at + 1))), &m_set->language());
        }
        m_presenter->setNext(next, !m_tour.ids.isEmpty());
        m_presenter->setStep(m_step, int(m_tour.ids.size()));
    }
    updateCaption();
    updateMarks();
}

void Presentation::updateMarks()
{
    if (!m_graph)
        return;
    QStringList steps;
    const Language &language = m_set->language();
    for (int id : std::as_const(m_tour.ids)) {
        const Pattern *p = language.patternById(id);
        steps << (p ? p->fileName : QString());
    }
    m_graph->setTour(steps, m_step);
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
    m_presenter->setStage(m_graph ? m_graph->graphScene() : nullptr);
    m_presenter->setBlank(m_blank);
    m_window->activateWindow();
    currentChanged();
}

void Presentation::updateActions()
{
    for (QAction *a : {nextAction, previousAction, firstAction, lastAction, blankAction, cycleViewAction,
                       graphAndCardAction, graphOnlyAction, cardOnlyAction, presenterAction, nextPartAction,
                       previousPartAction})
        a->setEnabled(m_active);
    tourOnlyAction->setEnabled(m_active && !m_tour.ids.isEmpty());
    // The arrows walk the map only while presenting: at the desk they belong to the focused view.
    for (QAction *a : std::as_const(walkActions))
        a->setEnabled(m_active);
}

} // namespace pb::ui
