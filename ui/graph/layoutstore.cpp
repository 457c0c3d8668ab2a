#include "layoutstore.h"

#include "format/savefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace pb::ui {

QString LayoutStore::pathFor(const QString &folder)
{
    return QDir(folder).filePath(QStringLiteral(".patternbook/layout.json"));
}

LayoutStore::Positions LayoutStore::load(const QString &folder)
{
    Positions positions;
    QFile file(pathFor(folder));
    if (!file.open(QIODevice::ReadOnly))
        return positions;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    if (root.value(QStringLiteral("version")).toInt() != 2)
        return positions; // version 1 held pixels of an older layout: not worth keeping
    positions.aspect = root.value(QStringLiteral("aspect")).toDouble();
    const QJsonObject nodes = root.value(QStringLiteral("positions")).toObject();
    for (auto it = nodes.begin(); it != nodes.end(); ++it) {
        bool ok = false;
        const int id = it.key().toInt(&ok);
        const QJsonObject at = it.value().toObject();
        if (ok && at.contains(QStringLiteral("x")) && at.contains(QStringLiteral("y")))
            positions.byId.insert(id, QPointF(at.value(QStringLiteral("x")).toDouble(), at.value(QStringLiteral("y")).toDouble()));
    }
    return positions;
}

bool LayoutStore::save(const QString &folder, const Positions &positions, QString *error)
{
    QJsonObject nodes;
    auto rounded = [](qreal v) { return std::round(v * 100) / 100; };
    for (auto it = positions.byId.begin(); it != positions.byId.end(); ++it)
        nodes.insert(QString::number(it.key()),
                     QJsonObject{{QStringLiteral("x"), rounded(it->x())}, {QStringLiteral("y"), rounded(it->y())}});
    const QJsonObject root{{QStringLiteral("version"), 2},
                           {QStringLiteral("aspect"), rounded(positions.aspect)},
                           {QStringLiteral("positions"), nodes}};
    const QString path = pathFor(folder);
    if (!QDir().mkpath(QFileInfo(path).path())) {
        if (error)
            *error = QObject::tr("cannot create %1").arg(QFileInfo(path).path());
        return false;
    }
    const SaveResult saved =
        saveFileAtomically(path, QJsonDocument(root).toJson(QJsonDocument::Indented), SaveMode::CreateOrReplace);
    if (!saved.ok && error)
        *error = saved.error;
    return saved.ok;
}

bool LayoutStore::forget(const QString &folder, QString *error)
{
    const QString path = pathFor(folder);
    if (!QFileInfo::exists(path))
        return true;
    if (QFile::remove(path))
        return true;
    if (error)
        *error = QObject::tr("cannot remove %1").arg(path);
    return false;
}

} // namespace pb::ui
