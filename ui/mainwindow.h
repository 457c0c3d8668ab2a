#pragma once

#include <QElapsedTimer>
#include <QMainWindow>
#include <memory>

class QComboBox;
class QDockWidget;
class QLabel;
class QSplitter;
class QStackedWidget;
class QTabWidget;

#include "render/renderer.h"

namespace pb {
class PatternSet;
struct LanguageChange;
} // namespace pb

namespace pb::ui {

struct Actions;
class DiagnosticsPanel;
class EditController;
class GraphView;
class Presentation;
class TourPanel;
class PatternListPanel;
class QuickOpen;
class ReadingPane;
class ReadingSlot;
class RecentLanguages;
class RenderQueue;
class StageSwitch;

// The main window wires the views to the pattern set and keeps the layout across runs: the
// current pattern lives in the PatternSet, the switch to presentation mode in a StageSwitch, the
// recent languages in RecentLanguages, exports in their own tasks.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a language folder, or the folder of a pattern file and that pattern; with a
    // pattern id, that pattern once the language is read.
    void openPath(const QString &path, int patternId = 0);
    // The last language, or on the first run the bundled sample.
    void openStartupLanguage(int patternId = 0);

    PatternSet *patternSet() const { return m_set; }
    // The reading pane, made now if it isn't yet (it is made once the window is on screen).
    ReadingPane *readingPane() const;
    ReadingSlot *readingSlot() const { return m_reading; }
    GraphView *graphView() const { return m_graph; }
    PatternListPanel *listPanel() const { return m_list; }
    DiagnosticsPanel *diagnosticsPanel() const { return m_diagnostics; }
    QuickOpen *quickOpen() const { return m_quickOpen; }
    Actions *actions() const { return m_actions.get(); }
    EditController *editing() const { return m_edit; }
    Presentation *presentation() const { return m_presentation; }
    TourPanel *tourPanel() const { return m_tourPanel; }
    // Keystroke-to-preview latencies measured so far, in milliseconds.
    const QList<double> &previewLatencies() const { return m_latencies; }

    void setPresentation(bool on);
    bool isPresenting() const;
    void setTabbed(bool tabbed);
    // Tabbed, with the graph's tab (or the reading pane's) in front.
    void showTab(bool graph);
    void setFocusHops(int hops);
    void showDiagnostics(bool on);
    // One part of the language on the map and in the list: a scale (0: the whole).
    void showPart(int scale);
    // The same, once the language is read (--scale).
    void showPartWhenOpen(int scale);
    // Ends the app without asking (SIGTERM: a logout, a shutdown): unsaved text goes to the
    // recovery store, to be offered at the next start, and the settings are saved.
    void quitKeepingUnsaved();
    // Opens the current pattern in an editor as soon as the language is read.
    void editWhenOpen();
    // Presents a saved tour as soon as the language is read.
    void presentTourWhenOpen(const QString &name);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildLayout();
    void buildPresentation();
    // Puts the reading pane and the graph in the arrangement chosen, side by side or tabbed.
    void placeViews(bool tabbed);
    void connectActions();
    void languageChanged(const LanguageChange &change);
    void currentChanged();
    void renderCurrent(bool keepScroll);
    void buildEditing();
    void showRendered(const RenderedPattern &rendered, bool keepScroll, quint64 ticket);
    void updateTitle();
    void chooseLanguage();
    void exportGraph();
    void exportLanguage(const QString &exporterId);
    void about();
    void restoreSettings();
    void saveSettings();

    PatternSet *m_set;
    std::unique_ptr<Actions> m_actions;
    PatternListPanel *m_list = nullptr;
    ReadingSlot *m_reading = nullptr;
    GraphView *m_graph = nullptr;
    DiagnosticsPanel *m_diagnostics = nullptr;
    QDockWidget *m_diagnosticsDock = nullptr;
    QuickOpen *m_quickOpen = nullptr;
    RenderQueue *m_renderQueue = nullptr;
    EditController *m_edit = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_middleSplitter = nullptr;
    QTabWidget *m_middleTabs = nullptr;
    QStackedWidget *m_middle = nullptr;
    QComboBox *m_focusBox = nullptr;
    QLabel *m_status = nullptr;
    quint64 m_latestTicket = 0;
    RenderContext m_renderContext;
    // Keystroke-to-preview: when the text changed, and which render shows it.
    QElapsedTimer m_typedAt;
    quint64 m_typedTicket = 0;
    QList<double> m_latencies;
    Presentation *m_presentation = nullptr;
    TourPanel *m_tourPanel = nullptr;
    QDockWidget *m_tourDock = nullptr;
    std::unique_ptr<StageSwitch> m_stage;
    RecentLanguages *m_recent = nullptr;
};

} // namespace pb::ui
