#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace pb::ui {

// The language folders opened lately, newest first, kept in the settings and offered in File ›
// Open Recent. A folder that is gone is shown, greyed.
class RecentLanguages : public QObject
{
    Q_OBJECT

public:
    static constexpr int Max = 10;

    explicit RecentLanguages(QMenu *menu, QObject *parent = nullptr);

    QStringList folders() const;
    void add(const QString &folder);
    void clear();

Q_SIGNALS:
    void chosen(const QString &folder);

private:
    void updateMenu();

    QMenu *m_menu;
};

} // namespace pb::ui
