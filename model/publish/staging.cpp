#include "publish/staging_p.h"
#include "format/savefile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace pb {

namespace {
// The context of these messages for Qt Linguist.
class StagingTr
{
    Q_DECLARE_TR_FUNCTIONS(pb::Exporter)
};
} // namespace

Staging::Staging(const QString &output)
    : m_output(QFileInfo(output).absoluteFilePath())
{
    const QFileInfo info(m_output);
    const QDir parent = info.absoluteDir();
    if (!parent.exists()) {
        m_error = StagingTr::tr("%1: the folder does not exist").arg(QDir::toNativeSeparators(parent.path()));
        return;
    }
    removeStale(m_output);
    // Beside the output, so that the final rename stays on one file system.
    m_dir = std::make_unique<QTemporaryDir>(parent.filePath(QStringLiteral(".%1-XXXXXX").arg(info.fileName())));
    if (!m_dir->isValid())
        m_error = StagingTr::tr("%1: cannot write here (%2)").arg(QDir::toNativeSeparators(parent.path()), m_dir->errorString());
}

Staging::~Staging() = default;

QString Staging::path() const { return m_dir ? m_dir->path() : QString(); }

bool Staging::write(const QString &relative, const QByteArray &bytes, QString *error)
{
    const QString path = m_dir->filePath(relative);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush()) {
        *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(QDir(m_output).filePath(relative)), file.errorString());
        return false;
    }
    const QMutexLocker lock(&m_mutex);
    m_written.append(relative);
    return true;
}

QStringList Staging::written() const
{
    const QMutexLocker lock(&m_mutex);
    QStringList out = m_written;
    out.sort();
    out.removeDuplicates();
    return out;
}

void Staging::removeStale(const QString &output)
{
    const QFileInfo info(output);
    const QDir parent = info.absoluteDir();
    static const QRegularExpression temporary(QStringLiteral("^[A-Za-z0-9]{6}$"));
    const QString prefix = QLatin1Char('.') + info.fileName() + QLatin1Char('-');
    const QDateTime dayAgo = QDateTime::currentDateTimeUtc().addDays(-1);
    for (const QFileInfo &entry : parent.entryInfoList({prefix + QLatin1Char('*')}, QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot)) {
        if (!temporary.match(entry.fileName().mid(prefix.size())).hasMatch() || entry.isSymLink())
            continue;
        if (entry.lastModified().toUTC() < dayAgo)
            QDir(entry.absoluteFilePath()).removeRecursively();
    }
}

bool Staging::copy(const QString &source, const QString &relative, QString *error)
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(source), in.errorString());
        return false;
    }
    return write(relative, in.readAll(), error);
}

QString Staging::checkFolderOutput(const QString &output, const QString &marker)
{
    const QFileInfo info(output);
    if (!info.exists())
        return {};
    if (!info.isDir())
        return StagingTr::tr("%1 is a file, not a folder").arg(QDir::toNativeSeparators(output));
    const QDir dir(output);
    if (dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
        return {};
    QFile markerFile(dir.filePath(marker));
    if (!markerFile.open(QIODevice::ReadOnly))
        return StagingTr::tr("%1 already holds files that no export made; choose an empty or new folder")
            .arg(QDir::toNativeSeparators(output));
    // An earlier export: it is replaced whole, so anything added to it since would be lost.
    const QJsonValue files = QJsonDocument::fromJson(markerFile.readAll()).object().value(QLatin1String("files"));
    if (!files.isArray())
        return {}; // an export from before the manifest: nothing to compare with
    QSet<QString> made{marker};
    for (const QJsonValue &f : files.toArray())
        made.insert(f.toString());
    QStringList added;
    QDirIterator it(output, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString relative = dir.relativeFilePath(it.next());
        if (!made.contains(relative))
            added.append(relative);
    }
    if (added.isEmpty())
        return {};
    added.sort();
    return StagingTr::tr("%1 holds %n file(s) that the earlier export did not write, such as %2; "
                         "move them out or choose another folder, so that replacing the export loses nothing",
                         nullptr, int(added.size()))
        .arg(QDir::toNativeSeparators(output), added.constFirst());
}

bool Staging::commitFolder(const QString &marker, QString *error)
{
    if (const QString why = checkFolderOutput(m_output, marker); !why.isEmpty()) {
        *error = why;
        return false;
    }
    const QString staged = m_dir->path();
    m_dir->setAutoRemove(false);
    QString old;
    if (QFileInfo::exists(m_output)) {
        old = m_output + QStringLiteral(".old-") + QFileInfo(staged).fileName();
        if (!QDir().rename(m_output, old)) {
            m_dir->setAutoRemove(true);
            *error = StagingTr::tr("%1: cannot replace the earlier export").arg(QDir::toNativeSeparators(m_output));
            return false;
        }
    }
    if (!QDir().rename(staged, m_output)) {
        if (!old.isEmpty())
            QDir().rename(old, m_output);
        m_dir->setAutoRemove(true);
        *error = StagingTr::tr("%1: cannot move the export into place").arg(QDir::toNativeSeparators(m_output));
        return false;
    }
    // QTemporaryDir makes its folder private to the user; a site is for others to read too.
    QFile::setPermissions(m_output, QFile::permissions(m_output) | QFile::ReadGroup | QFile::ExeGroup
                                        | QFile::ReadOther | QFile::ExeOther);
    if (!old.isEmpty())
        QDir(old).removeRecursively();
    return true;
}

bool Staging::commitFile(const QString &relative, QString *error)
{
    QFile staged(m_dir->filePath(relative));
    if (!staged.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(staged.fileName()), staged.errorString());
        return false;
    }
    const SaveResult saved = saveFileAtomically(m_output, staged.readAll(), SaveMode::CreateOrReplace);
    if (!saved.ok)
        *error = saved.error;
    return saved.ok;
}

} // namespace pb
