#include "layoutstore.h"

#include "savefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace pb::ui {

QString LayoutStore::pathFor(const QString &folder)
{
    return QDir(folder).filePath(QStringLiteral(".patternbook/layout.json"));
}

QHash<int, QPointF> LayoutStore::load(const QString &folder)
{
    QHash<int, QPointF> positions;
    QFile file(pathFor(folder));
    if (!file.open(QIODevice::ReadOnly))
        return positions;
    const QJsonObject nodes = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("positions")).toObject();
    for (auto it = nodes.begin(); it != nodes.end(); ++it) {
        bool ok = false;
        const int id = it.key().toInt(&ok);
        const QJsonObject at = it.value().toObject();
        if (ok && at.contains(QStringLiteral("x")) && at.contains(QStringLiteral("y")))
            positions.insert(id, QPointF(at.value(QStringLiteral("x")).toDouble(), at.value(QStringLiteral("y")).toDouble()));
    }
    return positions;
}

bool LayoutStore::save(const QString &folder, const QHash<int, QPointF> &positions, QString *error)
{
    QJsonObject nodes;
    for (auto it = positions.begin(); it != positions.end(); ++it)
        nodes.insert(QString::number(it.key()), QJsonObject{{QStringLiteral("x"), std::round(it->x())},
                                                            {QStringLiteral("y"), std::round(it->y())}});
    const QJsonObject root{{QStringLiteral("version"), 1}, {QStringLiteral("positions"), nodes}};
    const QString path = pathFor(folder);
    if (!QDir().mkpath(QFileInfo(path).path())) {
        if (error)
            *error = QObject::tr("cannot create %1").arg(QFileInfo(path).path());
        return false;
    }
    const SaveResult saved = saveFileAtomically(path, QJsonDocument(root).toJson(QJsonDocument::Indented), SaveMode::CreateOrReplace);
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
