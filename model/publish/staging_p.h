#pragma once

#include <QByteArray>
#include <QMutex>
#include <QStringList>
#include <QString>
#include <memory>

class QTemporaryDir;

namespace pb {

// Where an export writes before its output is complete: a hidden folder beside the output. On
// commit(), the staged folder replaces the output folder (or the one staged file the output
// file), so a failed or canceled export leaves the old output whole and no half-written files.
class Staging
{
public:
    // `output` is the folder or file the export makes.
    explicit Staging(const QString &output);
    ~Staging();

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QString path() const; // the staging folder

    // Thread-safe: writes `relative` (with '/' separators) under the staging folder.
    bool write(const QString &relative, const QByteArray &bytes, QString *error);
    bool copy(const QString &source, const QString &relative, QString *error);
    // What has been written so far, sorted: the manifest a folder export keeps in its marker, so
    // that the next export can tell its own files from a person's.
    QStringList written() const;

    // A folder output: the staging folder becomes `output`. An existing output folder is replaced
    // only when it is empty or was made by an earlier export (it holds `marker`, a JSON object
    // whose "files" lists what that export wrote) and holds nothing else; anything else is
    // refused, so that an export never deletes a person's files.
    bool commitFolder(const QString &marker, QString *error);
    // A file output: the staged file `relative` becomes `output`, through QSaveFile.
    bool commitFile(const QString &relative, QString *error);

    // Whether an export may write its folder at `output`: empty when it may, else why not.
    static QString checkFolderOutput(const QString &output, const QString &marker);

    // Staging folders of this output left by an export that was killed: removed when older than
    // a day (a live export's folder is younger: each file written touches it).
    static void removeStale(const QString &output);

private:
    QString m_output;
    mutable QMutex m_mutex;
    QStringList m_written;
    QString m_error;
    std::unique_ptr<QTemporaryDir> m_dir;
};

} // namespace pb
