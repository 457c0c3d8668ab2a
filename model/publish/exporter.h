#pragma once

#include <optional>

#include <QList>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>
#include <mutex>

namespace pb {

class Language;
class Publication;
class Staging;

// What to export and how. Every exporter reads the fields that mean something to it.
struct ExportOptions
{
    QList<int> only; // pattern ids to export, in this order; empty: every pattern
    QString tour; // a tour's name (.patternbook/tours): its patterns, in its order
    int scale = 0; // only the patterns of this scale (a part of the language); 0: every scale
    QString paper = QStringLiteral("A4"); // PDF: "A4" or "Letter"
    bool cards = false; // PDF: workshop cards instead of the booklet
    bool graphs = true; // site: the neighbourhood graph on each page and the whole-language graph
    QString lang = QStringLiteral("en"); // the language the patterns are written in, for lang attributes
};

// How far an export is, and the way to stop it. The exporter calls setTotal() and advance() from
// any thread; the caller reads or listens, and may cancel() at any time from any thread.
class ExportProgress
{
public:
    using Listener = std::function<void(int done, int total, const QString &step)>;

    void setListener(Listener listener) { m_listener = std::move(listener); }
    void setTotal(int total);
    void advance(const QString &step = {});
    void cancel() { m_canceled = true; }
    bool isCanceled() const { return m_canceled; }
    int done() const { return m_done; }
    int total() const { return m_total; }

private:
    Listener m_listener;
    std::mutex m_mutex; // one listener call at a time, in order
    std::atomic<int> m_done{0};
    std::atomic<int> m_total{0};
    std::atomic<bool> m_canceled{false};
};

struct ExportResult
{
    bool ok = false;
    bool canceled = false;
    QString error; // why it failed, for a person: names the file when a file is the cause
    QStringList warnings; // exported, but a person should know (a broken pattern, a card cut short)
    int patterns = 0; // patterns exported
    QString output; // the file or folder written
};

// One way out of the app: the static site, the PDF booklet and cards, the EPUB. The command line
// and the app's File › Export drive them alike (Tiled's file formats are the model). An export
// writes into a temporary file or folder beside the output and moves it into place at the end,
// so a failed or canceled export leaves any earlier one whole.
class Exporter
{
public:
    virtual ~Exporter() = default;

    virtual QString id() const = 0; // "site", "pdf", "cards", "epub": the command is export-<id>
    virtual QString displayName() const = 0; // for menus: "Static Site"
    virtual bool writesFolder() const { return false; }
    virtual QString suffix() const = 0; // of the file written: "pdf"; empty for a folder
    // Why this exporter cannot run here (a missing program), or empty.
    virtual QString unavailableReason() const { return {}; }

    // The export, as every exporter runs it (a template method): the options checked, the
    // patterns chosen, a staging place made beside the output, the exporter's own write() into
    // it, then what was staged moved into place by commit(). Runs on the calling thread
    // (spreading work over the thread pool where it can); call it from a worker thread in an app.
    // `language` is a snapshot the export may keep using.
    ExportResult run(const Language &language, const ExportOptions &options, const QString &output,
                     ExportProgress &progress) const;

protected:
    // The options as this exporter takes them; an error, for a person, refuses the export.
    virtual QString adjust(ExportOptions &options) const;
    // Why `output` may not be written (a folder that is not an earlier export); empty when it may.
    virtual QString outputProblem(const QString &output) const;
    // Writes the export into `staging`; false with result.error set, or when progress was canceled.
    virtual bool write(const Publication &publication, Staging &staging, ExportProgress &progress,
                       ExportResult &result) const = 0;
    // Moves what write() staged into place: a folder, or the one file.
    virtual bool commit(Staging &staging, QString *error) const = 0;
};

// Every exporter, in menu order.
const QList<const Exporter *> &exporters();
const Exporter *exporterById(const QString &id);

// The patterns an export takes, as indices into the language: `only` or the tour's in their
// order, else every pattern by id (broken ones, which have none, by file name after them).
// Unknown ids or a missing tour give an error and no patterns.
struct Selection
{
    QList<int> indices;
    QString error;
    QString title; // the tour's name, when a tour chose them
    bool ordered = false; // chosen in this order (--only, a tour): books follow it, not the scales
    QStringList warnings; // what the reader of the export will find amiss (two patterns, one id)
};
Selection selectPatterns(const Language &language, const ExportOptions &options);
// What every exporter does first: chooses the patterns, with their warnings put in `result`; on
// an error, says it in `result` and gives nothing.
std::optional<Selection> selectForExport(const Language &language, const ExportOptions &options, ExportResult &result);

// Parses "3,7,12" or "3 7 12" into ids; false on anything else.
bool parseIdList(const QString &text, QList<int> *ids);

} // namespace pb
