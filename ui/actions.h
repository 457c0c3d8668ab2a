#pragma once

#include <QObject>

class QAction;
class QActionGroup;
class QMainWindow;
class QMenu;
class QToolBar;

namespace pb::ui {

// Every command of the main window, with its shortcut, built once. The window connects them.
struct Actions
{
    explicit Actions(QMainWindow *window);

    QAction *openLanguage;
    QMenu *recentMenu;
    QAction *reload;
    QAction *newPattern;
    QAction *save;
    QAction *saveAll;
    QAction *revert;
    QAction *closeEditor;
    QAction *deletePattern;
    QAction *exportGraph;
    QMenu *exportMenu;
    QList<QAction *> exports; // one per exporter of model/publish, its id as the action's data
    QAction *quit;

    QAction *undo;
    QAction *redo;
    QAction *undoAcrossFiles; // the last change made to several files at once
    QAction *redoAcrossFiles;
    QAction *editPattern;

    QAction *back;
    QAction *forward;
    QAction *quickOpen;
    QAction *search;

    QActionGroup *arrangement;
    QAction *sideBySide;
    QAction *tabbed;
    QAction *showDiagnostics;
    QActionGroup *focus;
    QList<QAction *> focusHops; // 0 (off) to 3
    QAction *fitGraph;
    QAction *zoomIn;
    QAction *zoomOut;
    QAction *resetLayout;
    QAction *presentation;

    QAction *about;

    QMenu *fileMenu;
    QMenu *editMenu;
    QMenu *goMenu;
    QMenu *viewMenu;
    QMenu *helpMenu;
    QToolBar *toolBar;
};

} // namespace pb::ui
