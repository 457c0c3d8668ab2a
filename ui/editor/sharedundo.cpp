#include "sharedundo.h"

#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QUndoStack>

namespace pb::ui {

SharedUndo::SharedUndo(QUndoStack *stack, QObject *parent)
    : QObject(parent)
    , m_stack(stack)
{
}

void SharedUndo::install(QWidget *root, QUndoStack *stack)
{
    auto *filter = new SharedUndo(stack, root);
    for (QLineEdit *edit : root->findChildren<QLineEdit *>())
        edit->installEventFilter(filter);
}

bool SharedUndo::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::ShortcutOverride: {
        // Claim the keys, so that neither the field's own undo nor an ambiguous shortcut takes them.
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            event->accept();
            return true;
        }
        break;
    }
    case QEvent::KeyPress: {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo)) {
            m_stack->undo();
            return true;
        }
        if (key->matches(QKeySequence::Redo)) {
            m_stack->redo();
            return true;
        }
        break;
    }
    case QEvent::ContextMenu: {
        auto *edit = qobject_cast<QLineEdit *>(watched);
        if (!edit)
            break;
        // The field's own menu, its Undo and Redo the document's.
        QMenu *menu = edit->createStandardContextMenu();
        for (QAction *a : menu->actions()) {
            if (a->objectName() == QLatin1String("edit-undo")) {
                QAction *undo = m_stack->createUndoAction(menu);
                undo->setShortcut(a->shortcut());
                menu->insertAction(a, undo);
                menu->removeAction(a);
            } else if (a->objectName() == QLatin1String("edit-redo")) {
                QAction *redo = m_stack->createRedoAction(menu);
                redo->setShortcut(a->shortcut());
                menu->insertAction(a, redo);
                menu->removeAction(a);
            }
        }
        menu->exec(static_cast<QContextMenuEvent *>(event)->globalPos());
        delete menu;
        return true;
    }
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace pb::ui
