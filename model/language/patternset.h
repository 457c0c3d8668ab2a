#pragma once

#include "format/diagnostic.h"
#include "language/language.h"
#include "language/languageanalysis.h"
#include "language/linkgraph.h"
#include "language/navigationhistory.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QFuture>

namespace pb {

// What changed in the pattern set; every view subscribes to the one signal that carries it.
struct LanguageChange
{
    enum Kind {
        Reset,           // a language was opened or reloaded: everything is new
        PatternUpdated,  // one pattern's text changed (fileName)
        PatternAdded,    // a pattern file appeared (fileName)
        PatternRemoved,  // a pattern file went away (fileName)
        PatternsUpdated, // many patterns changed or appeared at once (fileNames): a batch
        Analysed,        // the link graph and the diagnostics caught up with the patterns
    };
    Kind kind = Reset;
    QString fileName;
    QStringList fileNames; // PatternsUpdated
};

// The open language as the app sees it: the parsed patterns, their link graph and diagnostics,
// and the one *current pattern* that every view follows. Views request a change of current
// pattern here and follow currentChanged; nobody else keeps a current pattern of their own.
class PatternSet : public QObject
{
    Q_OBJECT

public:
    explicit PatternSet(QObject *parent = nullptr);
    ~PatternSet() override;

    // Opens a language folder on a worker thread; languageChanged(Reset) follows when it is read.
    void open(const QString &folder);
    // The same, on the calling thread.
    void openNow(const QString &folder);
    void reload();
    void close();
    bool isLoading() const { return m_loading > 0; }

    QString folder() const { return m_language.directory(); }
    const Language &language() const { return m_language; }
    const LinkGraph &graph() const { return m_graph; }
    const Diagnostics &diagnostics() const { return m_diagnostics; }
    Diagnostics diagnosticsOf(const QString &fileName) const;

    // The current pattern (a file name), shared by every view.
    QString current() const { return m_current; }
    int currentIndex() const { return m_language.indexOfFile(m_current); }
    const Pattern *currentPattern() const;
    // Makes `fileName` current and records it in the history.
    void setCurrent(const QString &fileName);
    bool setCurrentId(int id);
    bool canGoBack() const { return m_history.canGoBack(); }
    bool canGoForward() const { return m_history.canGoForward(); }
    void back();
    void forward();

    // Applies a pattern's new text (from an editor, a save, a change on disk).
    void updatePattern(const QString &fileName, const QByteArray &bytes);
    // The same, parsed already (by a document, or read from disk).
    void updatePattern(const Pattern &pattern);
    // Many at once (a watcher's burst, a checkout, a fix): one change, one analysis.
    void updatePatterns(const QList<Pattern> &patterns);
    void removePattern(const QString &fileName);

    // A pattern's new text is in language() at once; the link graph and the diagnostics follow
    // from a worker thread (LanguageChange::Analysed), so that a keystroke never waits for the
    // whole language to be validated. Results for text that has changed since are dropped.
    // Off, they are computed before updatePattern() returns (the command line, some tests).
    void setAnalysisOnWorker(bool on) { m_analysisOnWorker = on; }
    bool isAnalysing() const { return m_analysisRunning; }

Q_SIGNALS:
    void loadingStarted(const QString &folder);
    void languageChanged(const pb::LanguageChange &change);
    void currentChanged(const QString &fileName);
    void historyChanged();

private:
    void adopt(const Language &language);
    void refresh();
    void scheduleAnalysis();
    void startAnalysis();
    QList<int> takeUnanalysed();
    void track(const QFuture<void> &worker);
    void makeCurrent(const QString &fileName, bool record);

    Language m_language;
    LanguageAnalysis m_analysis; // of the newest text analysed, which the next analysis builds on
    QSet<QString> m_unanalysed;  // files changed since m_analysis
    LinkGraph m_graph;           // what the views see: m_analysis's once it is for the newest text
    Diagnostics m_diagnostics;
    QString m_current;
    NavigationHistory m_history;
    QList<QFuture<void>> m_workers; // loads and analyses running, all waited for on destruction
    int m_loading = 0;
    quint64 m_generation = 0; // a newer open() wins over an older one still loading
    bool m_analysisOnWorker = true;
    bool m_analysisRunning = false;
    bool m_analysisPending = false;   // the text changed while the worker ran: once more after it
    quint64 m_analysisGeneration = 0; // the newest text's; older results are not shown
    quint64 m_analysisEpoch = 0;      // the file list's: results for another are dropped
};

} // namespace pb

Q_DECLARE_METATYPE(pb::LanguageChange)
