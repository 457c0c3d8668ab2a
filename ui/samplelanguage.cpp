#include "samplelanguage.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace pb::ui {

QString sampleLanguageFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/Delivering Value");
}

QString installSampleLanguage(QString *error)
{
    const QString folder = sampleLanguageFolder();
    if (QDir(folder).exists())
        return folder; // already installed: the user's copy, edits and all
    if (!QDir().mkpath(folder)) {
        if (error)
            *error = QStringLiteral("cannot create %1").arg(folder);
        return {};
    }
    // The patterns and the language's own files, its saved tours among them.
    QDirIterator it(QStringLiteral(":/sample-language"), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString relative = source.mid(QStringLiteral(":/sample-language/").size());
        const QString target = folder + QLatin1Char('/') + relative;
        QDir().mkpath(QFileInfo(target).path());
        if (!QFile::copy(source, target)) {
            if (error)
                *error = QStringLiteral("cannot copy %1 to %2").arg(it.fileName(), folder);
            return {};
        }
        // Files copied out of resources are read-only; the user's copy is theirs to edit.
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    }
    return folder;
}

} // namespace pb::ui
