#pragma once

#include <QList>
#include <QString>

namespace pb {

// Back and forward through the patterns visited, like a browser: visiting a new page drops the
// pages ahead.
class NavigationHistory
{
public:
    void visit(const QString &page);
    bool canGoBack() const { return m_index > 0; }
    bool canGoForward() const { return m_index + 1 < m_pages.size(); }
    QString back();
    QString forward();
    QString current() const { return m_index >= 0 ? m_pages.at(m_index) : QString(); }
    // Forget a page that no longer exists (its entries go, neighbours that become equal merge).
    void remove(const QString &page);
    void clear();
    const QList<QString> &pages() const { return m_pages; }

private:
    QList<QString> m_pages;
    int m_index = -1;
};

} // namespace pb
