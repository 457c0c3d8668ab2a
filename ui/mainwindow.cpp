#include "mainwindow.h"
#include "actions.h"
#include "diagnosticspanel.h"
#include "editor/documenteditor.h"
#include "editor/editcontroller.h"
#include "editor/editorarea.h"
#include "graph/graphexporttask.h"
#include "graph/graphview.h"
#include "patternlistpanel.h"
#include "present/presentation.h"
#include "present/tourpanel.h"
#include "publish/exportdialog.h"
#include "publish/exportrun.h"
#include "quickopen.h"
#include "recentlanguages.h"
#include "stageswitch.h"
#include "readingpane.h"
#include "readingslot.h"
#include "freedmemory.h"
#include "renderqueue.h"
#include "samplelanguage.h"

#include "document/documentmanager.h"
#include "graph/graphrender.h"
#include "language/patternset.h"
#include "language/tour.h"
#include "render/renderer.h"
#include "format/savefile.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMouseEvent>
#include <QScreen>
#include <QSettings>
#include <QTimer>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeView>

namespace pb::ui {

namespace {
// The app's icon, drawn for each size a desktop asks for (resources/icons, in the binary).
QIcon applicationIcon()
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/patternbook/icons/hicolor/%1x%1/apps/org.patternbook.Patternbook.png").arg(size), QSize(size, size));
    return icon;
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_set(new PatternSet(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    if (qApp->windowIcon().isNull())
        QApplication::setWindowIcon(applicationIcon());
    m_actions = std::make_unique<Actions>(this);
    buildLayout();
    buildEditing();
    buildPresentation();
    m_recent = new RecentLanguages(m_actions->recentMenu, this);
    connect(m_recent, &RecentLanguages::chosen, this, [this](const QString &folder) { openPath(folder); });
    m_stage = std::make_unique<StageSwitch>(StageSwitch::Desk{
        this,
        {m_diagnosticsDock, m_tourDock, m_actions->toolBar, menuBar(), statusBar()},
        {m_mainSplitter, m_middleSplitter},
        [this] { return m_middle->currentWidget() == m_middleTabs; },
        [this](bool tabbed) { placeViews(tabbed); }});
    connectActions();
    restoreSettings();
    updateTitle();
    qApp->installEventFilter(this);
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(this);
    // ~QWidget hides and destroys the children after this body has run, and they still signal
    // (a dock's visibilityChanged, a view's currentChanged): no slot of a half-destroyed window
    // may run then.
    const QList<QObject *> children = findChildren<QObject *>();
    for (QObject *child : children)
        child->disconnect(this);
}

ReadingPane *MainWindow::readingPane() const
{
    return m_reading->pane();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // The slot makes the pane when first painted; behind the graph's tab it isn't painted.
    m_reading->makeSoon(300);
}

void MainWindow::buildLayout()
{
    m_list = new PatternListPanel(m_set, this);
    m_reading = new ReadingSlot(this);
    m_graph = new GraphView(m_set, this);
    m_renderQueue = new RenderQueue(this);
    m_quickOpen = new QuickOpen(m_set, this);

    m_middleSplitter = new QSplitter(Qt::Horizontal, this);
    m_middleSplitter->setObjectName(QStringLiteral("middleSplitter"));
    m_middleSplitter->setChildrenCollapsible(false);
    m_middleSplitter->addWidget(m_reading);
    m_middleSplitter->addWidget(m_graph);
    m_middleSplitter->setStretchFactor(0, 1);
    m_middleSplitter->setStretchFactor(1, 1);

    m_middleTabs = new QTabWidget(this);
    m_middleTabs->setDocumentMode(true);
    // Side by side or tabbed: the two arrangements take turns in one place.
    m_middle = new QStackedWidget(this);
    m_middle->addWidget(m_middleSplitter);
    m_middle->addWidget(m_middleTabs);

    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(m_list);
    m_mainSplitter->addWidget(m_middle);
    m_mainSplitter->setStretchFactor(0, 0);
    m_mainSplitter->setStretchFactor(1, 1);
    setCentralWidget(m_mainSplitter);

    m_diagnostics = new DiagnosticsPanel(m_set, this);
    m_diagnosticsDock = new QDockWidget(tr("Diagnostics"), this);
    m_diagnosticsDock->setObjectName(QStringLiteral("diagnosticsDock"));
    m_diagnosticsDock->setWidget(m_diagnostics);
    m_diagnosticsDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::BottomDockWidgetArea, m_diagnosticsDock);
    m_diagnosticsDock->hide();

    m_focusBox = new QComboBox(this);
    m_focusBox->addItems({tr("Whole language"), tr("1 link around"), tr("2 links around"), tr("3 links around")});
    m_focusBox->setToolTip(tr("Focus mode: show only the current pattern's neighbourhood in the graph"));
    m_focusBox->setAccessibleName(tr("Graph focus"));
    m_actions->toolBar->addWidget(new QLabel(tr(" Focus: "), this));
    m_actions->toolBar->addWidget(m_focusBox);

    m_status = new QLabel(this);
    statusBar()->addPermanentWidget(m_status);
}

void MainWindow::buildEditing()
{
    m_edit = new EditController(m_set, m_actions.get(), this);
    // The editors stand between the list and the reading pane, which becomes their live preview.
    m_mainSplitter->insertWidget(1, m_edit->area());
    m_mainSplitter->setStretchFactor(1, 1);

    connect(m_edit, &EditController::statusMessage, this, [this](const QString &message) { statusBar()->showMessage(message, 6000); });
    connect(m_edit, &EditController::documentTextChanged, this, [this](const QString &fileName) {
        if (fileName != m_set->current())
            return;
        m_typedAt.start();
        renderCurrent(true);
        m_typedTicket = m_latestTicket;
    });
    connect(m_edit, &EditController::editorsShown, this, [this](bool shown) {
        if (shown) {
            // Room for the editor: take it from the reading pane and graph.
            QList<int> sizes = m_mainSplitter->sizes();
            if (sizes.size() == 3 && sizes.at(1) < 200) {
                const int total = sizes.at(0) + sizes.at(1) + sizes.at(2);
                const int list = std::min(sizes.at(0), 280);
                m_mainSplitter->setSizes({list, (total - list) * 9 / 20, (total - list) * 11 / 20});
                // The reading pane is the editor's live preview now: it gets most of the rest.
                const QList<int> middle = m_middleSplitter->sizes();
                if (middle.size() == 2 && middle.at(0) + middle.at(1) > 0)
                    m_middleSplitter->setSizes({(middle.at(0) + middle.at(1)) * 2 / 3, (middle.at(0) + middle.at(1)) / 3});
            }
        }
    });
    connect(m_reading, &ReadingSlot::contentPainted, this, [this](quint64 ticket) {
        if (ticket == 0 || ticket != m_typedTicket || !m_typedAt.isValid())
            return;
        m_latencies.append(m_typedAt.nsecsElapsed() / 1e6);
        m_typedAt.invalidate();
        if (qEnvironmentVariableIsSet("PATTERNBOOK_LATENCY"))
            qInfo("keystroke to preview: %.1f ms", m_latencies.last());
    });
    connect(m_diagnostics, &DiagnosticsPanel::fixRequested, m_edit, &EditController::fix);
    connect(m_list->view(), &QAbstractItemView::doubleClicked, this, [this] { m_edit->edit(m_set->current()); });
}

void MainWindow::connectActions()
{
    Actions &a = *m_actions;
    connect(a.openLanguage, &QAction::triggered, this, &MainWindow::chooseLanguage);
    connect(a.reload, &QAction::triggered, m_set, &PatternSet::reload);
    connect(a.exportGraph, &QAction::triggered, this, &MainWindow::exportGraph);
    for (QAction *e : std::as_const(a.exports))
        connect(e, &QAction::triggered, this, [this, e] { exportLanguage(e->data().toString()); });
    connect(a.quit, &QAction::triggered, this, &QWidget::close);
    connect(a.back, &QAction::triggered, m_set, &PatternSet::back);
    connect(a.forward, &QAction::triggered, m_set, &PatternSet::forward);
    connect(a.quickOpen, &QAction::triggered, m_quickOpen, &QuickOpen::popUp);
    connect(a.search, &QAction::triggered, m_list, &PatternListPanel::focusSearch);
    connect(a.sideBySide, &QAction::triggered, this, [this] { setTabbed(false); });
    connect(a.tabbed, &QAction::triggered, this, [this] { setTabbed(true); });
    connect(a.showDiagnostics, &QAction::toggled, m_diagnosticsDock, &QDockWidget::setVisible);
    connect(m_diagnosticsDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (!isPresenting())
            m_actions->showDiagnostics->setChecked(visible);
    });
    connect(a.focus, &QActionGroup::triggered, this, [this](QAction *action) { setFocusHops(action->data().toInt()); });
    connect(m_focusBox, &QComboBox::activated, this, &MainWindow::setFocusHops);
    connect(a.fitGraph, &QAction::triggered, m_graph, &GraphView::fitToWindow);
    connect(a.zoomIn, &QAction::triggered, m_graph, &GraphView::zoomIn);
    connect(a.zoomOut, &QAction::triggered, m_graph, &GraphView::zoomOut);
    connect(a.resetLayout, &QAction::triggered, m_graph, &GraphView::resetLayout);
    connect(a.presentation, &QAction::toggled, this, &MainWindow::setPresentation);
    connect(a.about, &QAction::triggered, this, &MainWindow::about);

    connect(m_set, &PatternSet::languageChanged, this, &MainWindow::languageChanged);
    connect(m_set, &PatternSet::currentChanged, this, &MainWindow::currentChanged);
    connect(m_set, &PatternSet::historyChanged, this, [this] {
        m_actions->back->setEnabled(m_set->canGoBack());
        m_actions->forward->setEnabled(m_set->canGoForward());
    });
    connect(m_set, &PatternSet::loadingStarted, this, [this](const QString &folder) {
        statusBar()->showMessage(tr("Reading %1…").arg(QDir::toNativeSeparators(folder)));
    });
    connect(m_renderQueue, &RenderQueue::rendered, this, &MainWindow::showRendered);
    connect(m_reading, &ReadingSlot::patternLinkActivated, this, [this](int id) {
        if (!m_set->setCurrentId(id))
            statusBar()->showMessage(tr("No pattern has id %1").arg(id), 4000);
    });
    connect(m_reading, &ReadingSlot::fileLinkActivated, m_set, &PatternSet::setCurrent);
    // A tag narrows the list (and the graph) to the patterns that carry it.
    connect(m_reading, &ReadingSlot::tagLinkActivated, this, [this](const QString &tag) {
        m_list->searchField()->setText(QLatin1Char('#') + tag);
        statusBar()->showMessage(tr("Patterns tagged %1 (Escape in the search field shows all)").arg(tag), 6000);
    });
    connect(m_list, &PatternListPanel::filterChanged, m_graph, &GraphView::setFilter);
    connect(m_diagnostics, &DiagnosticsPanel::diagnosticSelected, m_set, &PatternSet::setCurrent);
    connect(m_diagnostics, &DiagnosticsPanel::diagnosticActivated, this, [this](const QString &file, int line, int column) {
        m_set->setCurrent(file);
        m_edit->goTo(file, line, column); // the editor, at the very line and column
    });
    connect(m_diagnostics, &DiagnosticsPanel::summaryChanged, this, [this](const QString &summary) {
        m_diagnosticsDock->setWindowTitle(tr("Diagnostics — %1").arg(summary));
        m_status->setText(tr("%n pattern(s)", nullptr, m_set->language().patternCount()) + QStringLiteral(" · ") + summary);
    });
    connect(m_graph, &GraphView::layoutStarted, this, [this] { statusBar()->showMessage(tr("Laying out the graph…")); });
    connect(m_graph, &GraphView::layoutFinished, this, [this] {
        statusBar()->clearMessage();
        // The language is read and laid out: what both allocated for the moment can go.
        QTimer::singleShot(0, this, &giveBackFreedMemory);
    });
    connect(m_graph, &GraphView::layoutFailed, this,
            [this](const QString &error) { statusBar()->showMessage(tr("Graph layout failed: %1").arg(error)); });
    connect(m_graph, &GraphView::positionsSaveFailed, this,
            [this](const QString &error) { statusBar()->showMessage(tr("Node positions not saved: %1").arg(error), 8000); });
    m_actions->back->setEnabled(false);
    m_actions->forward->setEnabled(false);
}

void MainWindow::openPath(const QString &path, int patternId)
{
    const QFileInfo info(path);
    // What cannot be opened is said, in the window, and the window opens anyway.
    auto notice = [this](const QString &text) {
        auto *box = new QMessageBox(QMessageBox::Information, tr("Patternbook"), text, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    };
    if (!info.exists()) {
        notice(tr("%1 does not exist.").arg(QDir::toNativeSeparators(path)));
        statusBar()->showMessage(tr("%1 does not exist").arg(QDir::toNativeSeparators(path)));
        if (m_set->folder().isEmpty())
            openStartupLanguage(patternId);
        return;
    }
    if (info.isFile() && info.suffix().compare(QLatin1String("md"), Qt::CaseInsensitive) != 0) {
        const bool hasPatterns = !Language::markdownFilesIn(info.absolutePath()).isEmpty();
        notice(hasPatterns ? tr("%1 is not a pattern: patterns are Markdown files (.md). Showing the language in its folder.")
                                 .arg(info.fileName())
                           : tr("%1 is not a pattern: patterns are Markdown files (.md), and its folder holds none.")
                                 .arg(info.fileName()));
        if (!hasPatterns) {
            if (m_set->folder().isEmpty())
                openStartupLanguage(patternId);
            return;
        }
        openPath(info.absolutePath(), patternId);
        return;
    }
    const QString folder = QDir::cleanPath(info.isDir() ? info.absoluteFilePath() : info.absolutePath());
    // Another language replaces this one's documents: unsaved text is saved or let go knowingly.
    if (folder != QDir::cleanPath(QDir(m_set->folder()).absolutePath()) && !m_set->folder().isEmpty()
        && !m_edit->confirmClose())
        return;
    const QString file = info.isDir() ? QString() : info.fileName();
    m_recent->add(folder);
    m_reading->setFolder(folder);
    if (!file.isEmpty() || patternId > 0) {
        // Select the pattern once the language is read.
        auto *once = new QObject(this);
        connect(m_set, &PatternSet::languageChanged, once, [this, file, patternId, once] {
            if (patternId > 0)
                m_set->setCurrentId(patternId);
            else
                m_set->setCurrent(file);
            once->deleteLater();
        });
    }
    m_set->open(folder);
}

void MainWindow::openStartupLanguage(int patternId)
{
    const QString last = QSettings().value(QStringLiteral("language/last")).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir()) {
        openPath(last, patternId);
        return;
    }
    QString error;
    const QString sample = installSampleLanguage(&error);
    if (sample.isEmpty()) {
        QMessageBox::warning(this, tr("Patternbook"), tr("The sample language could not be set up: %1").arg(error));
        return;
    }
    openPath(sample, patternId);
}

void MainWindow::languageChanged(const LanguageChange &change)
{
    // Names and scales for rendering: once per change of the language, not once per keystroke.
    m_renderContext = makeRenderContext(m_set->language());
    if (change.kind == LanguageChange::Reset) {
        statusBar()->clearMessage();
        if (m_set->language().patternCount() == 0 && !m_set->folder().isEmpty())
            statusBar()->showMessage(tr("No patterns in %1: a pattern is a Markdown file (.md) that starts with front matter")
                                         .arg(QDir::toNativeSeparators(m_set->folder())));
        updateTitle();
        QSettings().setValue(QStringLiteral("language/last"), m_set->folder());
    }
    // The shown pattern may be the one that changed, or its links or names may have.
    renderCurrent(true);
}

void MainWindow::currentChanged()
{
    renderCurrent(false);
    updateTitle();
}

void MainWindow::renderCurrent(bool keepScroll)
{
    const Pattern *p = m_set->currentPattern();
    if (!p)
        return;
    RenderQueue::Request request;
    request.fileName = p->fileName;
    request.bytes = m_edit ? m_edit->bytesFor(p->fileName) : p->bytes; // unsaved text previews too
    request.context = m_renderContext;
    request.backlinks = backlinksOf(m_set->language(), m_set->graph(), m_set->currentIndex());
    request.keepScroll = keepScroll;
    m_latestTicket = m_renderQueue->request(std::move(request));
}

void MainWindow::showRendered(const RenderedPattern &rendered, bool keepScroll, quint64 ticket)
{
    // Merged requests: only the newest result is worth showing.
    if (ticket != m_latestTicket)
        return;
    m_reading->showRendered(rendered, keepScroll, ticket);
}

void MainWindow::updateTitle()
{
    const Pattern *p = m_set->currentPattern();
    const QString language = m_set->folder().isEmpty() ? QString() : m_set->language().title();
    if (p && !language.isEmpty())
        setWindowTitle(QStringLiteral("%1 — %2").arg(p->displayName(), language));
    else
        setWindowTitle(language);
}

void MainWindow::chooseLanguage()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Language"), m_set->folder());
    if (!folder.isEmpty())
        openPath(folder);
}

void MainWindow::setTabbed(bool tabbed)
{
    m_actions->tabbed->setChecked(tabbed);
    m_actions->sideBySide->setChecked(!tabbed);
    if (tabbed == (m_middle->currentWidget() == m_middleTabs))
        return;
    placeViews(tabbed);
}

void MainWindow::placeViews(bool tabbed)
{
    if (tabbed) {
        m_middleTabs->addTab(m_reading, tr("Reading"));
        m_middleTabs->addTab(m_graph, tr("Graph"));
        m_middle->setCurrentWidget(m_middleTabs);
    } else {
        m_middleSplitter->insertWidget(0, m_reading);
        m_middleSplitter->insertWidget(1, m_graph);
        m_reading->show(); // out of the tab widget's stack, shown as any splitter pane
        m_graph->show();
        m_middle->setCurrentWidget(m_middleSplitter);
    }
}

void MainWindow::showTab(bool graph)
{
    setTabbed(true);
    m_middleTabs->setCurrentWidget(graph ? static_cast<QWidget *>(m_graph) : m_reading);
}

void MainWindow::setFocusHops(int hops)
{
    // From the command line or the settings file: anything, so kept to the choices there are.
    hops = std::clamp(hops, 0, int(m_actions->focusHops.size()) - 1);
    m_actions->focusHops.value(hops)->setChecked(true);
    m_focusBox->setCurrentIndex(hops);
    m_graph->setFocusHops(hops);
}

void MainWindow::editWhenOpen()
{
    if (!m_set->current().isEmpty() && !m_set->isLoading()) {
        m_edit->edit(m_set->current());
        return;
    }
    auto *once = new QObject(this);
    connect(m_set, &PatternSet::currentChanged, once, [this, once] {
        once->deleteLater();
        m_edit->edit(m_set->current());
    });
}

void MainWindow::presentTourWhenOpen(const QString &name)
{
    auto present = [this, name] {
        if (!m_tourPanel->open(name)) {
            const QStringList tours = TourStore::names(m_set->folder());
            const QString text = tours.isEmpty() ? tr("No tour named “%1”: this language has no tours.").arg(name)
                                                 : tr("No tour named “%1”. This language has: %2.")
                                                       .arg(name, tours.join(QStringLiteral(", ")));
            statusBar()->showMessage(text, 8000);
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Patternbook"), text, QMessageBox::Ok, this);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
            return;
        }
        Q_EMIT m_tourPanel->presentRequested(m_tourPanel->tour());
    };
    if (!m_set->folder().isEmpty() && !m_set->isLoading()) {
        present();
        return;
    }
    auto *once = new QObject(this);
    connect(m_set, &PatternSet::languageChanged, once, [once, present] {
        once->deleteLater();
        present();
    });
}

void MainWindow::showPart(int scale)
{
    PatternFilter filter = m_list->filter();
    filter.scales.clear();
    if (scale > 0)
        filter.scales.insert(scale);
    m_list->setFilter(filter);
}

void MainWindow::showPartWhenOpen(int scale)
{
    auto show = [this, scale] {
        bool present = false;
        for (const Pattern &p : m_set->language().patterns())
            present = present || (!p.broken && p.fields.scale == scale);
        if (!present) {
            statusBar()->showMessage(tr("No pattern has the scale %1: showing the whole language").arg(scale), 8000);
            return;
        }
        m_presentation->setPart(scale);
    };
    if (!m_set->folder().isEmpty() && !m_set->isLoading()) {
        show();
        return;
    }
    auto *once = new QObject(this);
    connect(m_set, &PatternSet::languageChanged, once, [once, show] {
        once->deleteLater();
        show();
    });
}

void MainWindow::showDiagnostics(bool on)
{
    m_diagnosticsDock->setVisible(on);
    m_actions->showDiagnostics->setChecked(on);
}

void MainWindow::buildPresentation()
{
    m_presentation = new Presentation(m_set, this);
    m_presentation->startAction = m_actions->presentation;
    menuBar()->insertMenu(m_actions->helpMenu->menuAction(), m_presentation->menu());
    m_presentation->menu()->insertAction(m_presentation->menu()->actions().value(0), m_actions->presentation);
    m_presentation->menu()->insertSeparator(m_presentation->menu()->actions().value(1));

    m_tourPanel = new TourPanel(m_set, this);
    m_tourDock = new QDockWidget(tr("Tour"), this);
    m_tourDock->setObjectName(QStringLiteral("tourDock"));
    m_tourDock->setWidget(m_tourPanel);
    m_tourDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::RightDockWidgetArea, m_tourDock);
    m_tourDock->hide();
    QAction *showTour = m_tourDock->toggleViewAction();
    showTour->setText(tr("&Tour Panel"));
    showTour->setShortcut(QKeySequence(QStringLiteral("Ctrl+T")));
    m_presentation->menu()->addSeparator();
    m_presentation->menu()->addAction(showTour);
    addAction(showTour);

    connect(m_tourPanel, &TourPanel::tourChanged, m_presentation, &Presentation::setTour);
    connect(m_presentation, &Presentation::partChanged, this, &MainWindow::showPart);
    connect(m_tourPanel, &TourPanel::presentRequested, this, [this](const Tour &tour) {
        m_presentation->setTour(tour);
        m_presentation->first();
        setPresentation(true);
    });
    connect(m_tourPanel, &TourPanel::message, this, [this](const QString &text) { statusBar()->showMessage(text, 6000); });
}

bool MainWindow::isPresenting() const { return m_stage && m_stage->isOnStage(); }

void MainWindow::setPresentation(bool on)
{
    if (on == m_stage->isOnStage())
        return;
    m_actions->presentation->setChecked(on);
    // The stage alone, full screen: the graph, the current pattern's card, or both.
    if (on) {
        m_stage->toStage(m_presentation->stage());
        m_graph->setPresentation(true);
        m_presentation->begin(m_graph);
        m_graph->setFocus(Qt::OtherFocusReason);
    } else {
        m_presentation->end();
        m_stage->toDesk();
        m_graph->setPresentation(false);
    }
    m_reading->setPresentation(on);
}

void MainWindow::exportGraph()
{
    // The patterns the list shows, drawn as the command line draws them (model/graph).
    QSet<int> shown;
    if (!m_list->filter().isEmpty()) {
        for (const Pattern &p : m_set->language().patterns()) {
            if (p.fields.id > 0 && m_list->filter().matches(p))
                shown.insert(p.fields.id);
        }
    }
    if (GraphExportTask *task = GraphExportTask::ask(m_set->language(), shown, this)) {
        connect(task, &GraphExportTask::finished, this, [this](bool ok, const QString &message) {
            if (ok)
                statusBar()->showMessage(message, 5000);
            else
                QMessageBox::warning(this, tr("Export Graph"), message);
        });
    }
}

void MainWindow::exportLanguage(const QString &exporterId)
{
    const Exporter *exporter = exporterById(exporterId);
    if (!exporter)
        return;
    const Language &language = m_set->language();
    QList<int> shown;
    if (!m_list->filter().isEmpty()) {
        for (const Pattern &p : language.patterns()) {
            if (p.fields.id > 0 && m_list->filter().matches(p))
                shown.append(p.fields.id);
        }
    }
    ExportDialog dialog(exporter, language, shown, int(m_edit->documents()->modifiedDocuments().size()), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString output = dialog.output();
    connect(ExportRun::start(exporter, language, dialog.options(), output, this), &ExportRun::finished, this,
            [this, output](bool written) {
                if (written)
                    statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(output)), 5000);
            });
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Patternbook"),
                       tr("<h3>Patternbook %1</h3><p>Browse and edit pattern languages in the form Christopher "
                          "Alexander gave them.</p><p>Built with Qt, yaml-cpp, cmark and Graphviz.</p>")
                           .arg(QApplication::applicationVersion()));
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // The mouse's back and forward buttons work anywhere in the window, as in a browser.
    if (event->type() == QEvent::MouseButtonPress && isActiveWindow()) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::BackButton) {
            m_set->back();
            return true;
        }
        if (mouse->button() == Qt::ForwardButton) {
            m_set->forward();
            return true;
        }
    }
    if (event->type() == QEvent::KeyPress && isPresenting() && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        setPresentation(false);
        return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    const bool restored = restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    // Never larger than the screen it opens on (a 1280x720 projector, or a geometry saved on a
    // larger screen): what does not fit would be off-screen, the current pattern with it.
    const QScreen *onScreen = screen() ? screen() : QGuiApplication::primaryScreen();
    const QRect available = onScreen ? onScreen->availableGeometry() : QRect(0, 0, 1400, 900);
    if (!restored || width() > available.width() || height() > available.height()) {
        resize(std::min(restored ? width() : 1400, available.width()), std::min(restored ? height() : 900, available.height()));
        if (!available.contains(frameGeometry()))
            move(available.topLeft());
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (!m_mainSplitter->restoreState(settings.value(QStringLiteral("window/mainSplitter")).toByteArray()))
        m_mainSplitter->setSizes({360, 0, 1040});
    if (!m_middleSplitter->restoreState(settings.value(QStringLiteral("window/middleSplitter")).toByteArray()))
        m_middleSplitter->setSizes({560, 480});
    setTabbed(settings.value(QStringLiteral("view/tabbed"), false).toBool());
    m_actions->showDiagnostics->setChecked(m_diagnosticsDock->isVisible());
    setFocusHops(settings.value(QStringLiteral("view/focusHops"), 0).toInt());
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), isPresenting() ? m_stage->deskState() : saveState());
    settings.setValue(QStringLiteral("window/mainSplitter"), m_mainSplitter->saveState());
    settings.setValue(QStringLiteral("window/middleSplitter"), m_middleSplitter->saveState());
    settings.setValue(QStringLiteral("view/tabbed"), isPresenting() ? m_stage->deskTabbed() : m_middle->currentWidget() == m_middleTabs);
    settings.setValue(QStringLiteral("view/focusHops"), m_graph->focusHops());
}

void MainWindow::quitKeepingUnsaved()
{
    m_edit->documents()->writeRecovery();
    if (isPresenting())
        setPresentation(false);
    saveSettings();
    QCoreApplication::exit(0);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_edit->confirmClose()) {
        event->ignore();
        return;
    }
    if (isPresenting())
        setPresentation(false);
    saveSettings();
    event->accept();
}

} // namespace pb::ui
