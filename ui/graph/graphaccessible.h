#pragma once

#include <QAccessibleObject>
#include <QAccessibleWidget>
#include <QPointer>

namespace pb::ui {

class GraphView;
class NodeItem;

// A screen reader meets the graph as a list of its patterns: each node a child that says its id,
// name, scale, confidence and links, the current one focused, so that walking the map with the
// arrow keys announces where one is. (QGraphicsView's items have no accessibility of their own.)
class GraphAccessible : public QAccessibleWidget
{
public:
    explicit GraphAccessible(GraphView *view);

    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *focusChild() const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QString text(QAccessible::Text t) const override;

private:
    GraphView *view() const;
    QList<NodeItem *> nodes() const; // in the order of the language
};

// One node of the graph.
class NodeAccessible : public QAccessibleObject, public QAccessibleActionInterface
{
public:
    explicit NodeAccessible(NodeItem *node);

    QAccessibleInterface *parent() const override;
    int childCount() const override { return 0; }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    QAccessible::State state() const override;
    QRect rect() const override;
    QString text(QAccessible::Text t) const override;
    void *interface_cast(QAccessible::InterfaceType type) override;

    // Press: make this pattern the current one.
    QStringList actionNames() const override;
    void doAction(const QString &actionName) override;
    QStringList keyBindingsForAction(const QString &) const override { return {}; }

private:
    NodeItem *node() const;
    GraphView *view() const;
};

// For QAccessible::installFactory: the graph view and its nodes.
QAccessibleInterface *graphAccessibleFactory(const QString &className, QObject *object);

} // namespace pb::ui
