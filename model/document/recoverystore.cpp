#include "document/recoverystore.h"

#include "format/savefile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
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

namespace {

QByteArray toJson(const RecoveryStore::Entry &entry)
{
    const QJsonObject json{{QStringLiteral("path"), QDir::cleanPath(entry.path)},
                           {QStringLiteral("bytes"), QString::fromLatin1(entry.bytes.toBase64())},
                           {QStringLiteral("diskBytes"), QString::fromLatin1(entry.diskBytes.toBase64())},
                           {QStringLiteral("savedAt"), entry.savedAt.toString(Qt::ISODateWithMs)}};
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

bool write(const QString &folder, const QString &file, const QByteArray &bytes, QString *error)
{
    if (!QDir().mkpath(folder)) {
        if (error)
            *error = RecoveryTr::tr("cannot create %1").arg(folder);
        return false;
    }
    const SaveResult saved = saveFileAtomically(file, bytes, SaveMode::CreateOrReplace);
    if (!saved.ok && error)
        *error = saved.error;
    return saved.ok;
}

QList<RecoveryStore::Entry> read(const QString &folder)
{
    QList<RecoveryStore::Entry> out;
    const QDir dir(folder);
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Time)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject json = QJsonDocument::fromJson(f.readAll()).object();
        RecoveryStore::Entry e;
        e.path = json.value(QStringLiteral("path")).toString();
        e.bytes = QByteArray::fromBase64(json.value(QStringLiteral("bytes")).toString().toLatin1());
        e.diskBytes = QByteArray::fromBase64(json.value(QStringLiteral("diskBytes")).toString().toLatin1());
        e.savedAt = QDateTime::fromString(json.value(QStringLiteral("savedAt")).toString(), Qt::ISODateWithMs);
        if (!e.path.isEmpty())
            out.append(e);
    }
    return out;
}

} // namespace

bool RecoveryStore::store(const Entry &entry, QString *error)
{
    return write(m_folder, fileFor(entry.path), toJson(entry), error);
}

QString RecoveryStore::discardedFolder() const { return m_folder + QStringLiteral("/discarded"); }

bool RecoveryStore::keepDiscarded(const Entry &entry, QString *error)
{
    const QString folder = discardedFolder();
    // One file per discarded text: the time first, so that names sort as the texts came.
    const QString name = QStringLiteral("%1-%2").arg(entry.savedAt.toString(QStringLiteral("yyyyMMddTHHmmsszzz")),
                                                     QFileInfo(fileFor(entry.path)).fileName());
    if (!write(folder, folder + QLatin1Char('/') + name, toJson(entry), error))
        return false;
    const QDir dir(folder);
    const QStringList names = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name | QDir::Reversed);
    const QDateTime oldest = QDateTime::currentDateTimeUtc().addDays(-DiscardedDays);
    for (int i = 0; i < names.size(); ++i) {
        if (i >= MaxDiscarded || QFileInfo(dir.filePath(names.at(i))).lastModified() < oldest)
            QFile::remove(dir.filePath(names.at(i)));
    }
    return true;
}

QList<RecoveryStore::Entry> RecoveryStore::discarded() const
{
    QList<Entry> out = read(discardedFolder());
    std::sort(out.begin(), out.end(), [](const Entry &a, const Entry &b) { return a.savedAt > b.savedAt; });
    return out;
}

void RecoveryStore::remove(const QString &path)
{
    QFile::remove(fileFor(path));
}

QList<RecoveryStore::Entry> RecoveryStore::entries() const
{
    return read(m_folder);
}

void RecoveryStore::clear()
{
    const QDir dir(m_folder);
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files))
        QFile::remove(dir.filePath(name));
}

} // namespace pb
