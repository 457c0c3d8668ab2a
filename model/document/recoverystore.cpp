#include "recoverystore.h"

#include "savefile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace pb {

namespace {
// The context of these messages for Qt Linguist.
class RecoveryTr
{
    Q_DECLARE_TR_FUNCTIONS(pb::Files)
};
} // namespace

RecoveryStore::RecoveryStore(const QString &folder)
    : m_folder(folder)
{
}

QString RecoveryStore::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
}

QString RecoveryStore::fileFor(const QString &path) const
{
    const QByteArray hash = QCryptographicHash::hash(QDir::cleanPath(path).toUtf8(), QCryptographicHash::Sha1).toHex();
    return m_folder + QLatin1Char('/') + QString::fromLatin1(hash.left(20)) + QStringLiteral(".json");
}

bool RecoveryStore::store(const Entry &entry, QString *error)
{
    if (!QDir().mkpath(m_folder)) {
        if (error)
            *error = RecoveryTr::tr("cannot create %1").arg(m_folder);
        return false;
    }
    const QJsonObject json{{QStringLiteral("path"), QDir::cleanPath(entry.path)},
                           {QStringLiteral("bytes"), QString::fromLatin1(entry.bytes.toBase64())},
                           {QStringLiteral("diskBytes"), QString::fromLatin1(entry.diskBytes.toBase64())},
                           {QStringLiteral("savedAt"), entry.savedAt.toString(Qt::ISODateWithMs)}};
    const SaveResult saved = saveFileAtomically(fileFor(entry.path), QJsonDocument(json).toJson(QJsonDocument::Compact),
                                                SaveMode::CreateOrReplace);
    if (!saved.ok && error)
        *error = saved.error;
    return saved.ok;
}

void RecoveryStore::remove(const QString &path)
{
    QFile::remove(fileFor(path));
}

QList<RecoveryStore::Entry> RecoveryStore::entries() const
{
    QList<Entry> out;
    const QDir dir(m_folder);
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Time)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject json = QJsonDocument::fromJson(f.readAll()).object();
        Entry e;
        e.path = json.value(QStringLiteral("path")).toString();
        e.bytes = QByteArray::fromBase64(json.value(QStringLiteral("bytes")).toString().toLatin1());
        e.diskBytes = QByteArray::fromBase64(json.value(QStringLiteral("diskBytes")).toString().toLatin1());
        e.savedAt = QDateTime::fromString(json.value(QStringLiteral("savedAt")).toString(), Qt::ISODateWithMs);
        if (!e.path.isEmpty())
            out.append(e);
    }
    return out;
}

void RecoveryStore::clear()
{
    const QDir dir(m_folder);
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files))
        QFile::remove(dir.filePath(name));
}

} // namespace pb
