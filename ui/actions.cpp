#include "actions.h"
#include "publish/exporter.h"

#include <QAction>
#include <QActionGroup>
#include <QMainWindow>
#include <QMenuBar>
#include <QStyle>
#include <QToolBar>

namespace pb::ui {

namespace {
// The desktop's icon if its theme has one, else the style's. Each lookup that misses costs about
// 2 ms (Qt searches every folder of the theme and does not remember the miss), and without a
// theme of action icons (only hicolor's application icons) all twelve missed, twice, at every
// start: so the theme is asked once whether it has any, and the style's icon is made only when
// needed.
QIcon icon(QMainWindow *w, const char *theme, QStyle::StandardPixmap fallback)
{
    static const bool themeHasActions = QIcon::hasThemeIcon(QStringLiteral("document-open"));
    QIcon found = themeHasActions ? QIcon::fromTheme(QString::fromLatin1(theme)) : QIcon();
    return found.isNull() ? w->style()->standardIcon(fallback) : found;
}
} // namespace

Actions::Actions(QMainWindow *w)
{
    auto make = [w](const QString &text, const QList<QKeySequence> &keys = {}, const QIcon &i = QIcon()) {
        auto *a = new QAction(i, text, w);
        // Standard keys can repeat ours (QKeySequence::Back is Alt+Left on Linux): a shortcut
        // listed twice is ambiguous and then fires for neither.
        QList<QKeySequence> unique;
        for (const QKeySequence &k : keys) {
            if (!k.isEmpty() && !unique.contains(k))
                unique.append(k);
        }
        a->setShortcuts(unique);
        if (!keys.isEmpty())
            a->setToolTip(QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…")),
                                                       keys.first().toString(QKeySequence::NativeText)));
        return a;
    };

    openLanguage = make(QObject::tr("&Open Language…"), {QKeySequence::Open}, icon(w, "document-open", QStyle::SP_DirOpenIcon));
    reload = make(QObject::tr("&Reload"), {QKeySequence(Qt::Key_F5), QKeySequence(QStringLiteral("Ctrl+R"))},
                  icon(w, "view-refresh", QStyle::SP_BrowserReload));
    newPattern = make(QObject::tr("&New Pattern…"), {QKeySequence::New}, icon(w, "document-new", QStyle::SP_FileIcon));
    save = make(QObject::tr("&Save"), {QKeySequence::Save}, icon(w, "document-save", QStyle::SP_DialogSaveButton));
    saveAll = make(QObject::tr("Save A&ll"), {QKeySequence(QStringLiteral("Ctrl+Shift+S"))});
    revert = make(QObject::tr("Re&vert"));
    closeEditor = make(QObject::tr("&Close Editor"), {QKeySequence(QStringLiteral("Ctrl+W"))});
    deletePattern = make(QObject::tr("&Delete Pattern…"));
    undo = make(QObject::tr("&Undo"), {QKeySequence::Undo});
    redo = make(QObject::tr("&Redo"), {QKeySequence::Redo});
    undoAcrossFiles = make(QObject::tr("Undo Change Across Files"), {QKeySequence(QStringLiteral("Ctrl+Alt+Z"))});
    redoAcrossFiles = make(QObject::tr("Redo Change Across Files"), {QKeySequence(QStringLiteral("Ctrl+Alt+Shift+Z"))});
    editPattern = make(QObject::tr("&Edit Pattern"), {QKeySequence(QStringLiteral("Ctrl+E"))},
                       icon(w, "document-edit", QStyle::SP_FileDialogDetailedView));
    exportGraph = make(QObject::tr("&Graph…"), {QKeySequence(QStringLiteral("Ctrl+Shift+E"))});
    exportGraph->setToolTip(QObject::tr("Export the graph as SVG, PNG, PDF or a poster"));
    for (const Exporter *exporter : pb::exporters()) {
        QAction *a = make(QObject::tr("%1…").arg(exporter->displayName()));
        a->setData(exporter->id());
        exports.append(a);
    }
    quit = make(QObject::tr("&Quit"), {QKeySequence::Quit});
    quit->setMenuRole(QAction::QuitRole);

    back = make(QObject::tr("&Back"), {QKeySequence(QStringLiteral("Alt+Left")), QKeySequence::Back},
                icon(w, "go-previous", QStyle::SP_ArrowBack));
    forward = make(QObject::tr("&Forward"), {QKeySequence(QStringLiteral("Alt+Right")), QKeySequence::Forward},
                   icon(w, "go-next", QStyle::SP_ArrowForward));
    quickOpen = make(QObject::tr("&Go to Pattern…"), {QKeySequence(QStringLiteral("Ctrl+P")), QKeySequence(QStringLiteral("Ctrl+K"))},
                     icon(w, "go-jump", QStyle::SP_FileDialogContentsView));
    search = make(QObject::tr("&Search Patterns"), {QKeySequence::Find});

    arrangement = new QActionGroup(w);
    sideBySide = make(QObject::tr("Reading and Graph &Side by Side"));
    tabbed = make(QObject::tr("Reading and Graph in &Tabs"));
    for (QAction *a : {sideBySide, tabbed}) {
        a->setCheckable(true);
        arrangement->addAction(a);
    }
    sideBySide->setChecked(true);
    showDiagnostics = make(QObject::tr("Show &Diagnostics"), {QKeySequence(Qt::Key_F8)});
    showDiagnostics->setCheckable(true);

    focus = new QActionGroup(w);
    const QStringList focusNames = {QObject::tr("&Whole Language"), QObject::tr("Focus: &1 Link Around"),
                                    QObject::tr("Focus: &2 Links Around"), QObject::tr("Focus: &3 Links Around")};
    for (int hops = 0; hops <= 3; ++hops) {
        QAction *a = make(focusNames.at(hops), {QKeySequence(QStringLiteral("Ctrl+Alt+%1").arg(hops))});
        a->setCheckable(true);
        a->setData(hops);
        focus->addAction(a);
        focusHops.append(a);
    }
    focusHops.first()->setChecked(true);
    fitGraph = make(QObject::tr("&Fit Graph to Window"), {QKeySequence(QStringLiteral("Ctrl+0"))},
                    icon(w, "zoom-fit-best", QStyle::SP_TitleBarMaxButton));
    zoomIn = make(QObject::tr("Zoom &In"), {QKeySequence::ZoomIn, QKeySequence(QStringLiteral("Ctrl+="))},
                  icon(w, "zoom-in", QStyle::SP_ArrowUp));
    zoomOut = make(QObject::tr("Zoom &Out"), {QKeySequence::ZoomOut}, icon(w, "zoom-out", QStyle::SP_ArrowDown));
    resetLayout = make(QObject::tr("&Reset Graph Layout"));
    presentation = make(QObject::tr("&Presentation Mode"), {QKeySequence(Qt::Key_F11)},
                        icon(w, "view-fullscreen", QStyle::SP_DesktopIcon));
    presentation->setCheckable(true);

    about = make(QObject::tr("&About Patternbook"));
    about->setMenuRole(QAction::AboutRole);

    QMenuBar *bar = w->menuBar();
    fileMenu = bar->addMenu(QObject::tr("&File"));
    fileMenu->addAction(newPattern);
    fileMenu->addAction(openLanguage);
    recentMenu = fileMenu->addMenu(QObject::tr("Open &Recent"));
    fileMenu->addAction(reload);
    fileMenu->addSeparator();
    fileMenu->addActions({save, saveAll, revert, closeEditor});
    fileMenu->addSeparator();
    fileMenu->addAction(deletePattern);
    fileMenu->addSeparator();
    exportMenu = fileMenu->addMenu(QObject::tr("E&xport"));
    exportMenu->addActions(exports);
    exportMenu->addSeparator();
    exportMenu->addAction(exportGraph);
    fileMenu->addSeparator();
    fileMenu->addAction(quit);

    editMenu = bar->addMenu(QObject::tr("&Edit"));
    editMenu->addActions({undo, redo});
    editMenu->addSeparator();
    editMenu->addActions({undoAcrossFiles, redoAcrossFiles});
    editMenu->addSeparator();
    editMenu->addAction(editPattern);

    goMenu = bar->addMenu(QObject::tr("&Go"));
    goMenu->addAction(back);
    goMenu->addAction(forward);
    goMenu->addSeparator();
    goMenu->addAction(quickOpen);
    goMenu->addAction(search);

    viewMenu = bar->addMenu(QObject::tr("&View"));
    viewMenu->addAction(sideBySide);
    viewMenu->addAction(tabbed);
    viewMenu->addAction(showDiagnostics);
    viewMenu->addSeparator();
    for (QAction *a : std::as_const(focusHops))
        viewMenu->addAction(a);
    viewMenu->addSeparator();
    viewMenu->addAction(fitGraph);
    viewMenu->addAction(zoomIn);
    viewMenu->addAction(zoomOut);
    viewMenu->addAction(resetLayout);
    viewMenu->addSeparator();
    viewMenu->addAction(presentation);

    helpMenu = bar->addMenu(QObject::tr("&Help"));
    helpMenu->addAction(about);

    toolBar = w->addToolBar(QObject::tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->addAction(back);
    toolBar->addAction(forward);
    toolBar->addSeparator();
    toolBar->addAction(openLanguage);
    toolBar->addAction(reload);
    toolBar->addAction(quickOpen);
    toolBar->addSeparator();
    toolBar->addAction(editPattern);
    toolBar->addAction(save);
    toolBar->addSeparator();
    toolBar->addAction(fitGraph);
    toolBar->addAction(presentation);

    // Shortcuts must work with the menu bar hidden too (presentation mode).
    for (QMenu *menu : {fileMenu, editMenu, goMenu, viewMenu, helpMenu})
        w->addActions(menu->actions());
}

} // namespace pb::ui
