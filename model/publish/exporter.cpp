#include "exporter.h"
#include "epubexporter.h"
#include "language.h"
#include "pdfexporter.h"
#include "siteexporter.h"
#include "tour.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace pb {

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

Selection selectPatterns(const Language &language, const ExportOptions &options)
{
    Selection s;
    QList<int> ids = options.only;
    if (!options.tour.isEmpty()) {
        const QStringList tours = TourStore::names(language.directory());
        if (!tours.contains(options.tour)) {
            s.error = tours.isEmpty() ? ExporterTr::tr("no tour named “%1”: the language has no tours").arg(options.tour)
                                      : ExporterTr::tr("no tour named “%1”; the language has: %2")
                                            .arg(options.tour, tours.join(QStringLiteral(", ")));
            return s;
        }
        QString error;
        const Tour tour = TourStore::load(language.directory(), options.tour, &error);
        if (!error.isEmpty()) {
            s.error = error;
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
    return s;
}

} // namespace pb
