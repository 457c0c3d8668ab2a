#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace pb {

// Unsaved buffers, written a few seconds after each change into a recovery folder (the app's
// data location), so that a crash loses nothing: the next start offers them back.
class RecoveryStore
{
public:
    struct Entry
    {
        QString path; // the pattern file the buffer belongs to
        QByteArray bytes; // the unsaved text
        QByteArray diskBytes; // what was on disk when it was edited
        QDateTime savedAt;
    };

    explicit RecoveryStore(const QString &folder = defaultFolder());

    static QString defaultFolder();
    QString folder() const { return m_folder; }

    bool store(const Entry &entry, QString *error = nullptr);
    void remove(const QString &path);
    QList<Entry> entries() const;
    void clear();

    // Text the author let go for another version (Take Theirs): kept apart from the crash
    // entries, never offered at start, newest first; the oldest go past MaxDiscarded entries or
    // DiscardedDays days.
    static constexpr int MaxDiscarded = 200;
    static constexpr int DiscardedDays = 30;
    bool keepDiscarded(const Entry &entry, QString *error = nullptr);
    QList<Entry> discarded() const;

private:
    QString fileFor(const QString &path) const;
    QString discardedFolder() const;

    QString m_folder;
};

} // namespace pb
