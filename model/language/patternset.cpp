#include "language/patternset.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace pb {

PatternSet::PatternSet(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<pb::LanguageChange>();
}

PatternSet::~PatternSet()
{
    // Every load and analysis still running is waited for: none outlives what it reports to.
    for (QFuture<void> &worker : m_workers)
        worker.waitForFinished();
}

void PatternSet::track(const QFuture<void> &worker)
{
    m_workers.removeIf([](const QFuture<void> &f) { return f.isFinished(); });
    m_workers.append(worker);
}

void PatternSet::open(const QString &folder)
{
    const quint64 generation = ++m_generation;
    auto *watcher = new QFutureWatcher<Language>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        --m_loading;
        if (generation == m_generation)
            adopt(watcher->result());
    });
    ++m_loading;
    Q_EMIT loadingStarted(folder);
    const QFuture<Language> load = QtConcurrent::run(&Language::load, folder);
    track(QFuture<void>(load));
    watcher->setFuture(load);
}

void PatternSet::openNow(const QString &folder)
{
    ++m_generation;
    Q_EMIT loadingStarted(folder);
    adopt(Language::load(folder));
}

void PatternSet::reload()
{
    if (!folder().isEmpty())
        open(folder());
}

void PatternSet::close()
{
    ++m_generation;
    adopt(Language());
}

void PatternSet::adopt(const Language &language)
{
    const bool sameFolder = language.directory() == m_language.directory();
    m_language = language;
    refresh();
    if (!sameFolder)
        m_history.clear();
    // Keep the current pattern across a reload; otherwise start at the first root.
    QString current = sameFolder && m_language.indexOfFile(m_current) >= 0 ? m_current : QString();
    if (current.isEmpty() && m_language.patternCount() > 0) {
        int best = 0;
        for (int i = 0; i < m_language.patternCount(); ++i) {
            const Pattern &p = m_language.pattern(i);
            const Pattern &b = m_language.pattern(best);
            auto rank = [](const Pattern &x) {
                return std::make_tuple(x.broken, x.fields.scale <= 0 ? 99 : x.fields.scale, x.fields.id);
            };
            if (rank(p) < rank(b))
                best = i;
        }
        current = m_language.pattern(best).fileName;
    }
    m_current.clear();
    Q_EMIT languageChanged({LanguageChange::Reset, {}, {}});
    // A view may have chosen a pattern on hearing of the new language (the one asked for on the
    // command line, say); that choice stands.
    if (m_current.isEmpty())
        makeCurrent(current, true);
}

void PatternSet::refresh()
{
    ++m_analysisGeneration; // a worker's result, if one runs, is for older text now
    ++m_analysisEpoch;      // and for other files: it can't be built on either
    m_analysisPending = false;
    m_unanalysed.clear();
    m_analysis = LanguageAnalysis::build(m_language);
    m_graph = m_analysis.graph();
    m_diagnostics = m_analysis.diagnostics();
}

void PatternSet::scheduleAnalysis()
{
    ++m_analysisGeneration;
    if (!m_analysisOnWorker) {
        m_analysis = LanguageAnalysis::update(m_analysis, m_language, takeUnanalysed());
        m_graph = m_analysis.graph();
        m_diagnostics = m_analysis.diagnostics();
        Q_EMIT languageChanged({LanguageChange::Analysed, {}, {}});
        return;
    }
    if (m_analysisRunning) {
        m_analysisPending = true; // merged: one run for however many pushes came meanwhile
        return;
    }
    startAnalysis();
}

QList<int> PatternSet::takeUnanalysed()
{
    QList<int> indices;
    indices.reserve(m_unanalysed.size());
    for (const QString &fileName : std::as_const(m_unanalysed)) {
        const int i = m_language.indexOfFile(fileName);
        if (i >= 0)
            indices.append(i);
    }
    m_unanalysed.clear();
    return indices;
}

void PatternSet::startAnalysis()
{
    m_analysisRunning = true;
    m_analysisPending = false;
    const quint64 generation = m_analysisGeneration;
    const quint64 epoch = m_analysisEpoch;
    auto *watcher = new QFutureWatcher<LanguageAnalysis>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, epoch] {
        watcher->deleteLater();
        m_analysisRunning = false;
        if (epoch != m_analysisEpoch) {
            // Files came or went meanwhile and refresh() analysed them all: nothing to build on.
            if (m_analysisPending)
                startAnalysis();
            return;
        }
        // A result for older text is still the analysis of that text: the next run builds on it.
        m_analysis = watcher->result();
        if (generation == m_analysisGeneration) {
            m_graph = m_analysis.graph();
            m_diagnostics = m_analysis.diagnostics();
            Q_EMIT languageChanged({LanguageChange::Analysed, {}, {}});
        } else if (m_analysisPending) {
            startAnalysis();
        }
    });
    // The worker reads its own copy of the language (shared until the next edit detaches it).
    const QFuture<LanguageAnalysis> analysis = QtConcurrent::run(
        [previous = m_analysis, language = m_language, changed = takeUnanalysed()] {
            return LanguageAnalysis::update(previous, language, changed);
        });
    track(QFuture<void>(analysis));
    watcher->setFuture(analysis);
}

Diagnostics PatternSet::diagnosticsOf(const QString &fileName) const
{
    const QString path = m_language.pathFor(fileName);
    Diagnostics out;
    for (const Diagnostic &d : m_diagnostics) {
        if (d.file == path)
            out.append(d);
    }
    return out;
}

const Pattern *PatternSet::currentPattern() const
{
    const int i = currentIndex();
    return i < 0 ? nullptr : &m_language.pattern(i);
}

void PatternSet::setCurrent(const QString &fileName)
{
    if (m_language.indexOfFile(fileName) < 0)
        return;
    makeCurrent(fileName, true);
}

bool PatternSet::setCurrentId(int id)
{
    const int i = m_language.indexOfId(id);
    if (i < 0)
        return false;
    setCurrent(m_language.pattern(i).fileName);
    return true;
}

void PatternSet::back()
{
    if (canGoBack())
        makeCurrent(m_history.back(), false);
}

void PatternSet::forward()
{
    if (canGoForward())
        makeCurrent(m_history.forward(), false);
}

void PatternSet::makeCurrent(const QString &fileName, bool record)
{
    if (record)
        m_history.visit(fileName);
    Q_EMIT historyChanged();
    if (fileName == m_current)
        return;
    m_current = fileName;
    Q_EMIT currentChanged(fileName);
}

void PatternSet::updatePattern(const QString &fileName, const QByteArray &bytes)
{
    updatePattern(parsePattern(fileName, m_language.pathFor(fileName), bytes));
}

void PatternSet::updatePattern(const Pattern &pattern)
{
    const int index = m_language.indexOfFile(pattern.fileName);
    if (index < 0) {
        // A new file renumbers the patterns: graph and diagnostics must not lag behind it.
        m_language.setPattern(pattern);
        refresh();
        Q_EMIT languageChanged({LanguageChange::PatternAdded, pattern.fileName, {}});
        return;
    }
    m_language.setPattern(pattern);
    m_unanalysed.insert(pattern.fileName);
    Q_EMIT languageChanged({LanguageChange::PatternUpdated, pattern.fileName, {}});
    scheduleAnalysis();
}

void PatternSet::updatePatterns(const QList<Pattern> &patterns)
{
    if (patterns.isEmpty())
        return;
    if (patterns.size() == 1)
        return updatePattern(patterns.first());
    bool added = false;
    QStringList names;
    for (const Pattern &p : patterns) {
        added = added || m_language.indexOfFile(p.fileName) < 0;
        names.append(p.fileName);
    }
    m_language.setPatterns(patterns);
    for (const QString &name : std::as_const(names))
        m_unanalysed.insert(name);
    if (added)
        refresh();
    Q_EMIT languageChanged({LanguageChange::PatternsUpdated, {}, names});
    if (!added)
        scheduleAnalysis();
}

void PatternSet::removePattern(const QString &fileName)
{
    if (m_language.indexOfFile(fileName) < 0)
        return;
    const bool wasCurrent = fileName == m_current;
    m_language.removePattern(fileName);
    refresh();
    m_history.remove(fileName);
    Q_EMIT languageChanged({LanguageChange::PatternRemoved, fileName, {}});
    if (wasCurrent) {
        m_current.clear();
        makeCurrent(m_history.current().isEmpty() && m_language.patternCount() ? m_language.pattern(0).fileName
                                                                               : m_history.current(),
                    m_history.current().isEmpty());
    }
}

} // namespace pb
