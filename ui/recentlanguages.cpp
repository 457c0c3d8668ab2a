#include "recentlanguages.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace pb::ui {

namespace {
const QString key = QStringLiteral("language/recent");
}

RecentLanguages::RecentLanguages(QMenu *menu, QObject *parent)
    : QObject(parent)
    , m_menu(menu)
{
    updateMenu();
}

QStringList RecentLanguages::folders() const { return QSettings().value(key).toStringList(); }

void RecentLanguages::add(const QString &folder)
{
    QStringList recent = folders();
    recent.removeAll(folder);
    recent.prepend(folder);
    while (recent.size() > Max)
        recent.removeLast();
    QSettings().setValue(key, recent);
    updateMenu();
}

void RecentLanguages::clear()
{
    QSettings().remove(key);
    updateMenu();
}

void RecentLanguages::updateMenu()
{
    m_menu->clear();
    const QStringList recent = folders();
    for (const QString &folder : recent) {
        QAction *a = m_menu->addAction(QDir::toNativeSeparators(folder));
        a->setEnabled(QFileInfo(folder).isDir());
        connect(a, &QAction::triggered, this, [this, folder] { Q_EMIT chosen(folder); });
    }
    m_menu->setEnabled(!recent.isEmpty());
    if (!recent.isEmpty()) {
        m_menu->addSeparator();
        connect(m_menu->addAction(tr("Clear Recent")), &QAction::triggered, this, &RecentLanguages::clear);
    }
}

} // namespace pb::ui
