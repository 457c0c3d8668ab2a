#include "publish/exporter.h"
#include "publish/publication.h"
#include "publish/staging_p.h"
#include "publish/epubexporter.h"
#include "language/language.h"
#include "publish/pdfexporter.h"
#include "publish/siteexporter.h"
#include "language/tour.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QRegularExpression>

namespace pb {

static Selection selectPatternsUnchecked(const Language &language, const ExportOptions &options);

namespace {
// The context of these messages for Qt Linguist.
class ExporterTr
{
    Q_DECLARE_TR_FUNCTIONS(pb::Exporter)
};
} // namespace

void ExportProgress::setTotal(int total)
{
    m_total = total;
    std::lock_guard lock(m_mutex);
    if (m_listener)
        m_listener(m_done, m_total, {});
}

void ExportProgress::advance(const QString &step)
{
    const int done = ++m_done;
    std::lock_guard lock(m_mutex);
    if (m_listener)
        m_listener(done, m_total, step);
}

const QList<const Exporter *> &exporters()
{
    static const SiteExporter site;
    static const PdfExporter booklet(PdfExporter::Booklet);
    static const PdfExporter cards(PdfExporter::Cards);
    static const EpubExporter epub;
    static const QList<const Exporter *> all{&site, &booklet, &cards, &epub};
    return all;
}

const Exporter *exporterById(const QString &id)
{
    for (const Exporter *e : exporters()) {
        if (e->id() == id)
            return e;
    }
    return nullptr;
}

bool parseIdList(const QString &text, QList<int> *ids)
{
    ids->clear();
    const QStringList parts = text.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        bool ok = false;
        const int id = part.toInt(&ok);
        if (!ok || id <= 0)
            return false;
        if (!ids->contains(id))
            ids->append(id);
    }
    return !ids->isEmpty();
}

namespace {
// Two chosen patterns with one id: references to it can only go to one of them.
QStringList duplicateIdWarnings(const Language &language, const QList<int> &indices)
{
    QStringList out;
    QHash<int, int> first; // id -> the first chosen index with it
    for (int index : indices) {
        const Pattern &p = language.pattern(index);
        if (p.broken || p.fields.id <= 0)
            continue;
        const auto it = first.constFind(p.fields.id);
        if (it == first.cend()) {
            first.insert(p.fields.id, index);
            continue;
        }
        const int target = language.indexOfId(p.fields.id);
        out << ExporterTr::tr("%1 and %2 both have id %3; references to %3 go to %4")
                   .arg(language.pattern(*it).fileName, p.fileName)
                   .arg(p.fields.id)
                   .arg(language.pattern(target >= 0 ? target : *it).fileName);
    }
    return out;
}
} // namespace

Selection selectPatterns(const Language &language, const ExportOptions &options)
{
    Selection s = selectPatternsUnchecked(language, options);
    // A part of the language: one scale, in whatever order was chosen.
    if (s.error.isEmpty() && options.scale > 0) {
        s.indices.removeIf([&](int i) { return language.pattern(i).fields.scale != options.scale; });
        if (s.indices.isEmpty()) {
            s.error = ExporterTr::tr("no pattern chosen has the scale %1").arg(options.scale);
            return s;
        }
        const QString part = language.scaleName(options.scale).isEmpty()
                                 ? ExporterTr::tr("Scale %1").arg(options.scale)
                                 : QStringLiteral("%1 · %2").arg(options.scale).arg(language.scaleName(options.scale));
        s.title = s.title.isEmpty() ? part : QStringLiteral("%1, %2").arg(s.title, part);
    }
    if (s.error.isEmpty())
        s.warnings = duplicateIdWarnings(language, s.indices);
    return s;
}

std::optional<Selection> selectForExport(const Language &language, const ExportOptions &options, ExportResult &result)
{
    Selection selection = selectPatterns(language, options);
    if (!selection.error.isEmpty()) {
        result.error = selection.error;
        return std::nullopt;
    }
    result.warnings += selection.warnings;
    return selection;
}

static Selection selectPatternsUnchecked(const Language &language, const ExportOptions &options)
{
    Selection s;
    QList<int> ids = options.only;
    if (!options.tour.isEmpty()) {
        QString error;
        const Tour tour = TourStore::load(language.directory(), options.tour, &error);
        if (!error.isEmpty()) {
            const QStringList tours = TourStore::names(language.directory());
            s.error = tours.isEmpty() ? ExporterTr::tr("no tour named “%1”: the language has no tours").arg(options.tour)
                                      : ExporterTr::tr("no tour named “%1”; the language has: %2")
                                            .arg(options.tour, tours.join(QStringLiteral(", ")));
            return s;
        }
        if (tour.ids.isEmpty()) {
            s.error = ExporterTr::tr("the tour “%1” has no patterns").arg(options.tour);
            return s;
        }
        s.title = tour.name;
        // Both: the tour's patterns that are also in `only`, in the tour's order.
        QList<int> chosen;
        for (int id : tour.ids) {
            if (ids.isEmpty() || ids.contains(id))
                chosen.append(id);
        }
        ids = chosen;
        if (ids.isEmpty()) {
            s.error = ExporterTr::tr("no pattern is both in the tour and in --only");
            return s;
        }
    }
    if (!ids.isEmpty()) {
        QStringList unknown;
        for (int id : std::as_const(ids)) {
            const int index = language.indexOfId(id);
            if (index < 0)
                unknown << QString::number(id);
            else if (!s.indices.contains(index))
                s.indices.append(index);
        }
        if (!unknown.isEmpty()) {
            s.error = ExporterTr::tr("no pattern has id %1").arg(unknown.join(QStringLiteral(", ")));
            s.indices.clear();
        }
        s.ordered = true;
        return s;
    }
    QList<int> withId;
    QList<int> withoutId;
    for (int i = 0; i < language.patternCount(); ++i)
        (language.pattern(i).fields.id > 0 ? withId : withoutId).append(i);
    std::stable_sort(withId.begin(), withId.end(), [&](int a, int b) {
        return language.pattern(a).fields.id < language.pattern(b).fields.id;
    });
    s.indices = withId + withoutId;
    if (s.indices.isEmpty())
        s.error = ExporterTr::tr("there is nothing to export: %1 holds no pattern files")
                      .arg(QDir::toNativeSeparators(language.directory()));
    return s;
}

QString Exporter::adjust(ExportOptions &) const { return {}; }

QString Exporter::outputProblem(const QString &) const { return {}; }

ExportResult Exporter::run(const Language &language, const ExportOptions &options, const QString &output,
                           ExportProgress &progress) const
{
    ExportResult result;
    result.output = output;
    ExportOptions effective = options;
    if (const QString why = unavailableReason(); !why.isEmpty()) {
        result.error = why;
        return result;
    }
    if (const QString why = adjust(effective); !why.isEmpty()) {
        result.error = why;
        return result;
    }
    const std::optional<Selection> chosen = selectForExport(language, effective, result);
    if (!chosen)
        return result;
    if (const QString why = outputProblem(output); !why.isEmpty()) {
        result.error = why;
        return result;
    }
    Staging staging(output);
    if (!staging.isValid()) {
        result.error = staging.error();
        return result;
    }
    const Publication publication(language, *chosen, effective);
    if (!write(publication, staging, progress, result)) {
        result.canceled = progress.isCanceled();
        return result;
    }
    if (progress.isCanceled()) {
        result.canceled = true;
        return result;
    }
    if (!commit(staging, &result.error))
        return result;
    result.ok = true;
    result.patterns = int(chosen->indices.size());
    return result;
}

} // namespace pb
