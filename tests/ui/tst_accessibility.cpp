// What a screen reader finds: every control of the main window named, the graph's patterns
// reachable and announced as the keyboard walks them.

#include "graphscene.h"
#include "graphview.h"
#include "mainwindow.h"
#include "nodeitem.h"
#include "language/patternset.h"
#include "testsupport.h"

#include <QAccessible>
#include <QApplication>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>

using namespace pb;
using namespace pb::ui;

namespace {

// Roles a user acts on: each must say what it is.
bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::PageTab:
    case QAccessible::List:
    case QAccessible::Tree:
    case QAccessible::Table:
    case QAccessible::MenuItem:
    case QAccessible::ListItem:
        return true;
    default:
        return false;
    }
}

QString describe(QAccessibleInterface *iface)
{
    QObject *o = iface->object();
    return QStringLiteral("%1 (role %2, object %3 \"%4\")")
        .arg(iface->text(QAccessible::Name))
        .arg(int(iface->role()))
        .arg(o ? QString::fromLatin1(o->metaObject()->className()) : QStringLiteral("-"))
        .arg(o ? o->objectName() : QString());
}

// Walks the tree below the interface `id`: the unnamed interactive controls that are shown. By
// ids, as assistive technology does: asking a view for its children can lay it out, and a table
// that lays itself out drops the cell interfaces it made before, so a pointer kept across the
// walk of a sibling may be gone (and accessibleInterface() then says so).
void walk(QAccessible::Id id, QStringList *unnamed, int *visited, int depth = 0)
{
    QAccessibleInterface *iface = QAccessible::accessibleInterface(id);
    if (!iface || !iface->isValid() || depth > 40)
        return;
    ++*visited;
    const QAccessible::State state = iface->state();
    if (state.invisible)
        return;
    if (isInteractive(iface->role()) && iface->text(QAccessible::Name).trimmed().isEmpty())
        unnamed->append(describe(iface));
    // A web view's own tree is the page's (semantic HTML, tested in the page); it is made by
    // Chromium, built without RTTI, whose interfaces UBSan cannot check. A graph's children are
    // checked apart.
    if (iface->role() == QAccessible::WebDocument || iface->role() == QAccessible::Document)
        return;
    if (const QObject *o = iface->object(); o && o->inherits("QWebEngineView"))
        return;
    QList<QAccessible::Id> children;
    for (int i = 0; i < iface->childCount(); ++i) {
        if (QAccessibleInterface *child = iface->child(i))
            children.append(QAccessible::uniqueId(child));
    }
    for (QAccessible::Id child : std::as_const(children))
        walk(child, unnamed, visited, depth + 1);
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> m_window;

private Q_SLOTS:
    void initTestCase()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get())); // the X server maps it: a state, no signal to wait on
        QApplication::setActiveWindow(m_window.get());
        QSignalSpy changed(m_window->patternSet(), &PatternSet::languageChanged);
        m_window->openPath(test::sampleLanguageDir());
        QVERIFY(changed.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->graphView()->isLayingOut() && !m_window->graphView()->graphScene()->nodes().isEmpty(),
                                 10000);
    }

    void cleanupTestCase() { m_window.reset(); }

    // Every button, field, list and tab of the main window has a name a screen reader can say.
    void everyControlIsNamed()
    {
        QStringList unnamed;
        int visited = 0;
        QCoreApplication::processEvents(); // the views laid out before the walk
        walk(QAccessible::uniqueId(QAccessible::queryAccessibleInterface(m_window.get())), &unnamed, &visited);
        QVERIFY2(visited > 50, qPrintable(QString::number(visited)));
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
    }

    // The menus too: each action says what it does (a hidden menu has no accessible children,
    // so its actions are read, which is what QAccessibleMenu names its items by).
    void everyMenuItemIsNamed()
    {
        QStringList unnamed;
        int visited = 0;
        for (QMenu *menu : m_window->findChildren<QMenu *>()) {
            for (QAction *action : menu->actions()) {
                if (action->isSeparator())
                    continue;
                ++visited;
                if (action->text().remove(QLatin1Char('&')).trimmed().isEmpty())
                    unnamed.append(menu->title() + QLatin1String(" › ") + action->objectName());
            }
        }
        QVERIFY2(visited > 30, qPrintable(QString::number(visited)));
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
    }

    // The graph is a list of its patterns; the current one has the focus, and walking the map
    // with the arrow keys moves it and says so.
    void graphNodesAreReachable()
    {
        GraphView *graph = m_window->graphView();
        QAccessibleInterface *view = QAccessible::queryAccessibleInterface(graph);
        QVERIFY(view);
        QCOMPARE(view->role(), QAccessible::List);
        QVERIFY(!view->text(QAccessible::Name).isEmpty());
        QCOMPARE(view->childCount(), 28);
        QAccessibleInterface *first = view->child(0);
        QCOMPARE(first->text(QAccessible::Name), QStringLiteral("1 Generative Culture"));
        QVERIFY2(first->text(QAccessible::Description).contains(QLatin1String("Culture and Philosophy")),
                 qPrintable(first->text(QAccessible::Description)));
        QCOMPARE(first->parent()->object(), graph);
        QCOMPARE(view->indexOfChild(first), 0);

        m_window->patternSet()->setCurrentId(9);
        graph->setFocus();
        QTRY_VERIFY(graph->hasFocus());
        QAccessibleInterface *focused = view->focusChild();
        QVERIFY(focused);
        QCOMPARE(focused->text(QAccessible::Name), QStringLiteral("9 Team Cognitive Load"));
        QVERIFY(focused->state().focused);
        QVERIFY(focused->text(QAccessible::Description).contains(QLatin1String("completed by 15 Service Domain Boundaries")));
        // Down walks to a smaller pattern that completes it.
        QTest::keyClick(graph, Qt::Key_Down);
        QTRY_VERIFY(view->focusChild()->text(QAccessible::Name) != QLatin1String("9 Team Cognitive Load"));
        const QString now = view->focusChild()->text(QAccessible::Name);
        QVERIFY2(now.startsWith(QLatin1String("15 ")) || now.startsWith(QLatin1String("16 ")), qPrintable(now));
        // Pressing a node makes it current.
        QAccessibleInterface *seventeen = nullptr;
        for (int i = 0; i < view->childCount(); ++i) {
            if (view->child(i)->text(QAccessible::Name).startsWith(QLatin1String("17 ")))
                seventeen = view->child(i);
        }
        QVERIFY(seventeen && seventeen->actionInterface());
        seventeen->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
        QCOMPARE(m_window->patternSet()->currentPattern()->fields.id, 17);
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
