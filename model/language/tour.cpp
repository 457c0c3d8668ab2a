#include "language/tour.h"
#include "language/language.h"
#include "language/languageedits.h"
#include "language/linkgraph.h"
#include "format/savefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

namespace pb {

namespace {
// The context of these messages for Qt Linguist.
class TourTr
{
    Q_DECLARE_TR_FUNCTIONS(pb::Files)
};
} // namespace

QList<int> Tour::suggestions(const Language &language, const LinkGraph &graph) const
{
    QHash<int, int> votes; // pattern index -> how many tour patterns it completes
    for (int id : ids) {
        const int from = language.indexOfId(id);
        if (from < 0)
            continue;
        for (const HierarchyEdge &e : graph.hierarchy()) {
            if (e.larger == from)
                ++votes[e.smaller];
        }
    }
    QList<int> out;
    for (auto it = votes.cbegin(); it != votes.cend(); ++it) {
        const int id = language.pattern(it.key()).fields.id;
        if (id > 0 && !ids.contains(id) && !out.contains(id))
            out.append(id);
    }
    auto rank = [&](int id) {
        const Pattern *p = language.patternById(id);
        const int scale = p && p->fields.scale > 0 ? p->fields.scale : 99;
        return std::make_tuple(-votes.value(language.indexOfId(id)), scale, id);
    };
    std::sort(out.begin(), out.end(), [&](int a, int b) { return rank(a) < rank(b); });
    return out;
}

QString TourStore::folderFor(const QString &languageFolder)
{
    return QDir(languageFolder).filePath(QStringLiteral(".patternbook/tours"));
}

QString TourStore::fileNameFor(const QString &name) { return slugFor(name) + QStringLiteral(".tour"); }

namespace {
// The file that holds the tour `name`. A tour written by hand, or renamed in its first line, need
// not be in the file its name would make: then the file whose first line names it (or whose base
// name is `name`) is the one.
QString tourFile(const QString &languageFolder, const QString &name)
{
    const QDir dir(TourStore::folderFor(languageFolder));
    const QString usual = dir.filePath(TourStore::fileNameFor(name));
    if (QFileInfo::exists(usual))
        return usual;
    for (const QString &file : dir.entryList({QStringLiteral("*.tour")}, QDir::Files, QDir::Name)) {
        const QString base = QFileInfo(file).completeBaseName();
        if (base == name)
            return dir.filePath(file);
        QFile f(dir.filePath(file));
        if (f.open(QIODevice::ReadOnly) && TourStore::parse(f.read(64 * 1024), base).name == name)
            return dir.filePath(file);
    }
    return usual;
}
} // namespace

QStringList TourStore::names(const QString &languageFolder)
{
    QStringList out;
    const QDir dir(folderFor(languageFolder));
    for (const QString &file : dir.entryList({QStringLiteral("*.tour")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(file));
        if (f.open(QIODevice::ReadOnly))
            out << parse(f.read(64 * 1024), QFileInfo(file).completeBaseName()).name;
    }
    out.sort(Qt::CaseInsensitive);
    return out;
}

Tour TourStore::load(const QString &languageFolder, const QString &name, QString *error)
{
    // Named as a person types it: "from flow to deployment" finds "From Flow to Deployment".
    QString exact = name;
    if (!QFileInfo::exists(tourFile(languageFolder, name))) {
        for (const QString &known : names(languageFolder)) {
            if (known.compare(name, Qt::CaseInsensitive) == 0)
                exact = known;
        }
    }
    QFile f(tourFile(languageFolder, exact));
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = TourTr::tr("cannot read %1: %2").arg(f.fileName(), f.errorString());
        return {name, {}};
    }
    return parse(f.read(4 * 1024 * 1024), exact);
}

bool TourStore::save(const QString &languageFolder, const Tour &tour, const Language &language, QString *error)
{
    const QString folder = folderFor(languageFolder);
    if (!QDir().mkpath(folder)) {
        if (error)
            *error = TourTr::tr("cannot create %1").arg(folder);
        return false;
    }
    const SaveResult saved =
        saveFileAtomically(tourFile(languageFolder, tour.name), serialise(tour, language), SaveMode::CreateOrReplace);
    if (!saved.ok && error)
        *error = saved.error;
    return saved.ok;
}

bool TourStore::remove(const QString &languageFolder, const QString &name, QString *error)
{
    const QString path = tourFile(languageFolder, name);
    if (!QFile::exists(path) || QFile::remove(path))
        return true;
    if (error)
        *error = TourTr::tr("cannot remove %1").arg(path);
    return false;
}

QByteArray TourStore::serialise(const Tour &tour, const Language &language)
{
    QByteArray out = "# Patternbook tour: " + tour.name.simplified().toUtf8() + "\n";
    out += "# One pattern a line, in the order of the tour: its id, then its name (which is only read by people).\n";
    for (int id : tour.ids) {
        const Pattern *p = language.patternById(id);
        out += QByteArray::number(id);
        if (p && !p->fields.name.isEmpty())
            out += ' ' + p->fields.name.toUtf8();
        out += '\n';
    }
    return out;
}

Tour TourStore::parse(const QByteArray &bytes, const QString &fallbackName)
{
    Tour tour;
    tour.name = fallbackName;
    const QByteArray prefix = "# Patternbook tour:";
    for (const QByteArray &raw : bytes.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.startsWith(prefix)) {
            const QString name = QString::fromUtf8(line.mid(prefix.size())).trimmed();
            if (!name.isEmpty())
                tour.name = name;
            continue;
        }
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        // The id, up to the first blank; the rest of the line is the name, for people.
        bool ok = false;
        const int id = line.left(line.indexOf(' ') < 0 ? line.size() : line.indexOf(' ')).toInt(&ok);
        if (ok && id > 0 && !tour.ids.contains(id))
            tour.ids.append(id);
    }
    return tour;
}

} // namespace pb
