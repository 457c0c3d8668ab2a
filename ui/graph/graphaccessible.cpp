#include "graphaccessible.h"
#include "graphscene.h"
#include "graphview.h"
#include "nodeitem.h"

#include <QScrollBar>

namespace pb::ui {

GraphAccessible::GraphAccessible(GraphView *view)
    : QAccessibleWidget(view, QAccessible::List)
{
}

GraphView *GraphAccessible::view() const { return static_cast<GraphView *>(widget()); }

QList<NodeItem *> GraphAccessible::nodes() const
{
    QList<NodeItem *> out = view()->graphScene()->nodes();
    std::sort(out.begin(), out.end(), [](NodeItem *a, NodeItem *b) { return a->patternIndex() < b->patternIndex(); });
    return out;
}

int GraphAccessible::childCount() const { return int(view()->graphScene()->nodes().size()); }

QAccessibleInterface *GraphAccessible::child(int index) const
{
    const QList<NodeItem *> all = nodes();
    return index >= 0 && index < all.size() ? QAccessible::queryAccessibleInterface(all.at(index)) : nullptr;
}

int GraphAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    if (!child)
        return -1;
    return int(nodes().indexOf(static_cast<NodeItem *>(qobject_cast<QGraphicsObject *>(child->object()))));
}

QAccessibleInterface *GraphAccessible::focusChild() const
{
    for (NodeItem *node : view()->graphScene()->nodes()) {
        if (node->isCurrent())
            return QAccessible::queryAccessibleInterface(node);
    }
    return nullptr;
}

QAccessibleInterface *GraphAccessible::childAt(int x, int y) const
{
    const QPoint local = view()->viewport()->mapFromGlobal(QPoint(x, y));
    for (NodeItem *node : view()->graphScene()->nodes()) {
        if (view()->mapFromScene(node->sceneBox()).boundingRect().contains(local))
            return QAccessible::queryAccessibleInterface(node);
    }
    return nullptr;
}

QString GraphAccessible::text(QAccessible::Text t) const
{
    QString text = QAccessibleWidget::text(t);
    if (t == QAccessible::Description && text.isEmpty())
        text = GraphView::tr("The link graph: larger patterns above, smaller below. The arrow keys walk the links.");
    return text;
}

NodeAccessible::NodeAccessible(NodeItem *node)
    : QAccessibleObject(node)
{
}

NodeItem *NodeAccessible::node() const { return static_cast<NodeItem *>(qobject_cast<QGraphicsObject *>(object())); }

GraphView *NodeAccessible::view() const
{
    NodeItem *n = node();
    if (!n || !n->scene())
        return nullptr;
    for (QGraphicsView *v : n->scene()->views()) {
        if (auto *graph = qobject_cast<GraphView *>(v))
            return graph;
    }
    return nullptr;
}

QAccessibleInterface *NodeAccessible::parent() const
{
    GraphView *v = view();
    return v ? QAccessible::queryAccessibleInterface(v) : nullptr;
}

QAccessible::State NodeAccessible::state() const
{
    QAccessible::State s;
    s.focusable = true;
    s.selectable = true;
    NodeItem *n = node();
    GraphView *v = view();
    if (n && n->isCurrent()) {
        s.selected = true;
        s.focused = v && v->hasFocus();
    }
    if (n && v && !v->viewport()->rect().intersects(v->mapFromScene(n->sceneBox()).boundingRect()))
        s.offscreen = true;
    return s;
}

QRect NodeAccessible::rect() const
{
    NodeItem *n = node();
    GraphView *v = view();
    if (!n || !v)
        return {};
    const QRect local = v->mapFromScene(n->sceneBox()).boundingRect();
    return QRect(v->viewport()->mapToGlobal(local.topLeft()), local.size());
}

QString NodeAccessible::text(QAccessible::Text t) const
{
    NodeItem *n = node();
    GraphView *v = view();
    if (!n)
        return {};
    if (t == QAccessible::Name)
        return n->patternId() > 0 ? QStringLiteral("%1 %2").arg(n->patternId()).arg(n->name()) : n->name();
    if (t == QAccessible::Description && v)
        return v->describeNode(n);
    return {};
}

void *NodeAccessible::interface_cast(QAccessible::InterfaceType type)
{
    return type == QAccessible::ActionInterface ? static_cast<QAccessibleActionInterface *>(this) : nullptr;
}

QStringList NodeAccessible::actionNames() const { return {pressAction()}; }

void NodeAccessible::doAction(const QString &actionName)
{
    if (actionName == pressAction()) {
        if (GraphView *v = view(); v && node())
            v->makeCurrent(node());
    }
}

QAccessibleInterface *graphAccessibleFactory(const QString &className, QObject *object)
{
    if (className == QLatin1String("pb::ui::GraphView"))
        if (auto *view = qobject_cast<GraphView *>(object))
            return new GraphAccessible(view);
    if (className == QLatin1String("pb::ui::NodeItem"))
        if (auto *node = qobject_cast<NodeItem *>(object))
            return new NodeAccessible(node);
    return nullptr;
}

} // namespace pb::ui
