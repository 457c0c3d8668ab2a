#include "language/navigationhistory.h"

namespace pb {

void NavigationHistory::visit(const QString &page)
{
    if (page.isEmpty() || current() == page)
        return;
    m_pages.resize(m_index + 1);
    m_pages.append(page);
    m_index = int(m_pages.size()) - 1;
}

QString NavigationHistory::back()
{
    if (canGoBack())
        --m_index;
    return current();
}

QString NavigationHistory::forward()
{
    if (canGoForward())
        ++m_index;
    return current();
}

void NavigationHistory::remove(const QString &page)
{
    QList<QString> kept;
    int index = -1;
    for (int i = 0; i < m_pages.size(); ++i) {
        if (m_pages.at(i) == page || (!kept.isEmpty() && kept.last() == m_pages.at(i))) {
            continue;
        }
        kept.append(m_pages.at(i));
        if (i <= m_index)
            index = int(kept.size()) - 1;
    }
    m_pages = kept;
    m_index = m_pages.isEmpty() ? -1 : std::max(index, 0);
}

void NavigationHistory::clear()
{
    m_pages.clear();
    m_index = -1;
}

} // namespace pb
