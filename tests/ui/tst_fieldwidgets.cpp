// The front-matter form's field widgets, driven with keys and clicks as a user would drive them.
// Each must report user edits exactly once and never a value set through its setter.

#include "flowlayout.h"
#include "patternlistedit.h"
#include "starsedit.h"
#include "stringlistedit.h"
#include "tagedit.h"
#include "testsupport.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

using namespace pb;
using namespace pb::ui;

using IdList = QList<int>;

namespace {

const QList<QPair<int, QString>> kCandidates = {
    {1, QStringLiteral("Stream-aligned Team")}, {2, QStringLiteral("Platform")},
    {3, QStringLiteral("Enabling Team")},       {10, QStringLiteral("Team API")},
    {20, QStringLiteral("Flow")},               {21, QStringLiteral("flow")},
};

// The form's windows get the keyboard; so do these, for focus and popups to behave as there.
bool showActive(QWidget *widget)
{
    widget->resize(widget->sizeHint().expandedTo(QSize(420, 0)));
    widget->show();
    widget->activateWindow();
    return QTest::qWaitForWindowActive(widget); // a state polled: Qt has no signal for "active"
}

QToolButton *button(const QWidget *widget, const QString &name)
{
    return widget->findChild<QToolButton *>(name);
}

QStringList rowTexts(const QListWidget *list)
{
    QStringList texts;
    for (int row = 0; row < list->count(); ++row)
        texts.append(list->item(row)->text());
    return texts;
}

// The in-place editor of a list, once the view has opened it.
QLineEdit *openEditor(const QListWidget *list)
{
    const QList<QLineEdit *> editors = list->viewport()->findChildren<QLineEdit *>();
    for (QLineEdit *editor : editors) {
        if (editor->isVisible())
            return editor;
    }
    return nullptr;
}

QAbstractButton *chipRemoveButton(const TagEdit &edit, const QString &tag)
{
    const QList<QAbstractButton *> buttons = edit.findChildren<QAbstractButton *>();
    for (QAbstractButton *b : buttons) {
        if (b->isVisible() && b->accessibleName() == TagEdit::tr("Remove tag %1").arg(tag))
            return b;
    }
    return nullptr;
}

// A TagEdit with a field after it, as in the form, so that Tab and clicks have somewhere to go.
struct TagForm
{
    QWidget window;
    TagEdit *tags = new TagEdit(&window);
    QLineEdit *next = new QLineEdit(&window);
    TagForm()
    {
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(tags);
        layout->addWidget(next);
    }
};

} // namespace

class TestFieldWidgets : public QObject
{
    Q_OBJECT

private:
    void reorderData()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QList<int>>("order"); // indexes into the three starting entries
        QTest::newRow("Move Up") << 1 << QStringLiteral("moveUpButton") << QList<int>{1, 0, 2};
        QTest::newRow("Move Down") << 1 << QStringLiteral("moveDownButton") << QList<int>{0, 2, 1};
        QTest::newRow("Move Up on first: none") << 0 << QStringLiteral("moveUpButton") << QList<int>{0, 1, 2};
        QTest::newRow("Move Down on last: none") << 2 << QStringLiteral("moveDownButton") << QList<int>{0, 1, 2};
        QTest::newRow("Remove") << 1 << QStringLiteral("removeButton") << QList<int>{0, 2};
        QTest::newRow("Delete key") << 0 << QStringLiteral("Delete") << QList<int>{1, 2};
        QTest::newRow("Alt+Down key") << 0 << QStringLiteral("Alt+Down") << QList<int>{1, 0, 2};
        QTest::newRow("Alt+Up key") << 2 << QStringLiteral("Alt+Up") << QList<int>{0, 2, 1};
    }

    // Does the row's action; the caller checks the outcome against "order".
    void reorder(QWidget *widget, QListWidget *list, QSignalSpy &spy)
    {
        QFETCH(int, row);
        QFETCH(QString, action);
        QVERIFY(showActive(widget));
        list->setFocus();
        list->setCurrentRow(row);
        if (action == QLatin1String("Delete"))
            QTest::keyClick(list, Qt::Key_Delete);
        else if (action == QLatin1String("Alt+Down"))
            QTest::keyClick(list, Qt::Key_Down, Qt::AltModifier);
        else if (action == QLatin1String("Alt+Up"))
            QTest::keyClick(list, Qt::Key_Up, Qt::AltModifier);
        else
            QTest::mouseClick(button(widget, action), Qt::LeftButton);
        QVERIFY(spy.count() <= 1);
    }

private Q_SLOTS:
    // ---- StarsEdit ------------------------------------------------------------------------------
    void starsSetterDoesNotEmit_data()
    {
        QTest::addColumn<int>("value");
        QTest::addColumn<int>("expected");
        QTest::addColumn<QString>("toolTip");
        QTest::newRow("0 is a hypothesis") << 0 << 0 << QStringLiteral("Hypothesis");
        QTest::newRow("1 is likely true") << 1 << 1 << QStringLiteral("Likely true");
        QTest::newRow("2 is an invariant") << 2 << 2 << QStringLiteral("Invariant");
        QTest::newRow("below range clamps to 0") << -3 << 0 << QStringLiteral("Hypothesis");
        QTest::newRow("above range clamps to 2") << 7 << 2 << QStringLiteral("Invariant");
    }

    void starsSetterDoesNotEmit()
    {
        QFETCH(int, value);
        QFETCH(int, expected);
        QFETCH(QString, toolTip);
        StarsEdit stars;
        QSignalSpy spy(&stars, &StarsEdit::valueEdited);
        stars.setValue(1);
        stars.setValue(value);
        QCOMPARE(stars.value(), expected);
        QCOMPARE(stars.toolTip(), toolTip);
        QCOMPARE(spy.count(), 0);
    }

    void starsMouse_data()
    {
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("star");
        QTest::addColumn<int>("expected");
        QTest::newRow("none, first star sets 1") << 0 << 1 << 1;
        QTest::newRow("none, second star sets 2") << 0 << 2 << 2;
        QTest::newRow("one, second star sets 2") << 1 << 2 << 2;
        QTest::newRow("two, first star sets 1") << 2 << 1 << 1;
        QTest::newRow("one, first star again lowers to 0") << 1 << 1 << 0;
        QTest::newRow("two, second star again lowers to 1") << 2 << 2 << 1;
    }

    void starsMouse()
    {
        QFETCH(int, start);
        QFETCH(int, star);
        QFETCH(int, expected);
        StarsEdit stars;
        QVERIFY(showActive(&stars));
        stars.setValue(start);
        QSignalSpy spy(&stars, &StarsEdit::valueEdited);
        QTest::mouseClick(&stars, Qt::LeftButton, {}, stars.starRect(star).center());
        QCOMPARE(stars.value(), expected);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toInt(), expected);
        QCOMPARE(stars.toolTip(), StarsEdit::meaning(expected));
    }

    void starsKeys_data()
    {
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("expected");
        QTest::addColumn<bool>("edited");
        QTest::newRow("Right raises") << 0 << int(Qt::Key_Right) << 1 << true;
        QTest::newRow("Plus raises") << 1 << int(Qt::Key_Plus) << 2 << true;
        QTest::newRow("Right at 2 stays") << 2 << int(Qt::Key_Right) << 2 << false;
        QTest::newRow("Left lowers") << 2 << int(Qt::Key_Left) << 1 << true;
        QTest::newRow("Minus lowers") << 1 << int(Qt::Key_Minus) << 0 << true;
        QTest::newRow("Left at 0 stays") << 0 << int(Qt::Key_Left) << 0 << false;
        QTest::newRow("0 sets none") << 2 << int(Qt::Key_0) << 0 << true;
        QTest::newRow("2 sets two") << 0 << int(Qt::Key_2) << 2 << true;
        QTest::newRow("1 at 1 stays") << 1 << int(Qt::Key_1) << 1 << false;
    }

    void starsKeys()
    {
        QFETCH(int, start);
        QFETCH(int, key);
        QFETCH(int, expected);
        QFETCH(bool, edited);
        StarsEdit stars;
        QVERIFY(showActive(&stars));
        stars.setValue(start);
        QSignalSpy spy(&stars, &StarsEdit::valueEdited);
        QTest::keyClick(&stars, Qt::Key(key));
        QCOMPARE(stars.value(), expected);
        QCOMPARE(spy.count(), edited ? 1 : 0);
        if (edited)
            QCOMPARE(spy.at(0).at(0).toInt(), expected);
    }

    void starsFocus()
    {
        StarsEdit stars;
        QCOMPARE(stars.focusPolicy(), Qt::StrongFocus);
        QVERIFY(!stars.accessibleName().isEmpty());
        QVERIFY(stars.sizeHint().width() >= 2 * stars.starRect(1).width());
        QVERIFY(showActive(&stars));
        QTest::mouseClick(&stars, Qt::LeftButton, {}, stars.starRect(2).center());
        QVERIFY(stars.hasFocus());
    }

    // ---- TagEdit --------------------------------------------------------------------------------
    void tagsSetterDoesNotEmit()
    {
        TagEdit tags;
        QSignalSpy spy(&tags, &TagEdit::tagsEdited);
        QVERIFY(showActive(&tags));
        tags.setTags({QStringLiteral("flow"), QStringLiteral("Odd Case")});
        QCOMPARE(tags.tags(), QStringList({QStringLiteral("flow"), QStringLiteral("Odd Case")}));
        QVERIFY(chipRemoveButton(tags, QStringLiteral("flow")));
        QVERIFY(chipRemoveButton(tags, QStringLiteral("Odd Case")));
        tags.setTags({});
        QVERIFY(tags.tags().isEmpty());
        QCOMPARE(spy.count(), 0);
        QCOMPARE(tags.lineEdit()->placeholderText(), QStringLiteral("Add tag"));
    }

    void tagsTyped_data()
    {
        QTest::addColumn<QStringList>("initial");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("key");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<bool>("edited");
        const QStringList none;
        const QStringList flow{QStringLiteral("flow")};
        QTest::newRow("Enter makes kebab-case") << none << QStringLiteral("Team Topologies") << int(Qt::Key_Return)
                                               << QStringList{QStringLiteral("team-topologies")} << true;
        QTest::newRow("keypad Enter") << none << QStringLiteral("platform") << int(Qt::Key_Enter)
                                      << QStringList{QStringLiteral("platform")} << true;
        QTest::newRow("Tab adds, trimmed")
            << flow << QStringLiteral("  Cognitive   Load ") << int(Qt::Key_Tab)
            << QStringList{QStringLiteral("flow"), QStringLiteral("cognitive-load")} << true;
        QTest::newRow("comma adds") << flow << QStringLiteral("Sensing") << int(Qt::Key_Comma)
                                    << QStringList{QStringLiteral("flow"), QStringLiteral("sensing")} << true;
        QTest::newRow("duplicate ignored") << flow << QStringLiteral("FLOW") << int(Qt::Key_Return) << flow << false;
        QTest::newRow("blank ignored") << flow << QStringLiteral("   ") << int(Qt::Key_Return) << flow << false;
    }

    void tagsTyped()
    {
        QFETCH(QStringList, initial);
        QFETCH(QString, typed);
        QFETCH(int, key);
        QFETCH(QStringList, expected);
        QFETCH(bool, edited);
        TagForm form;
        QVERIFY(showActive(&form.window));
        form.tags->setTags(initial);
        QSignalSpy spy(form.tags, &TagEdit::tagsEdited);
        form.tags->lineEdit()->setFocus();
        QSignalSpy focusMoves(qApp, &QApplication::focusChanged);
        QTest::keyClicks(form.tags->lineEdit(), typed);
        QTest::keyClick(form.tags->lineEdit(), Qt::Key(key));
        QCOMPARE(form.tags->tags(), expected);
        QCOMPARE(spy.count(), edited ? 1 : 0);
        if (edited) {
            QCOMPARE(spy.at(0).at(0).toStringList(), expected);
            QCOMPARE(form.tags->lineEdit()->text(), QString());
            QCOMPARE(focusMoves.count(), 0); // Tab too stays, to type the next tag
            QVERIFY(chipRemoveButton(*form.tags, expected.last()));
        }
    }

    void tagsCommitOnClickAway()
    {
        TagForm form;
        QVERIFY(showActive(&form.window));
        QSignalSpy spy(form.tags, &TagEdit::tagsEdited);
        form.tags->lineEdit()->setFocus();
        QTest::keyClicks(form.tags->lineEdit(), QStringLiteral("Half Typed"));
        QTest::mouseClick(form.next, Qt::LeftButton);
        QVERIFY(form.next->hasFocus());
        QCOMPARE(form.tags->tags(), QStringList{QStringLiteral("half-typed")});
        QCOMPARE(spy.count(), 1);
        QCOMPARE(form.tags->lineEdit()->text(), QString());
    }

    void tagsCommasSplit()
    {
        TagEdit tags;
        QVERIFY(showActive(&tags));
        QSignalSpy spy(&tags, &TagEdit::tagsEdited);
        QTest::keyClicks(tags.lineEdit(), QStringLiteral("alpha, Beta Gamma,del"));
        QCOMPARE(tags.tags(), QStringList({QStringLiteral("alpha"), QStringLiteral("beta-gamma")}));
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(0).at(0).toStringList(), QStringList{QStringLiteral("alpha")});
        QCOMPARE(tags.lineEdit()->text(), QStringLiteral("del"));
    }

    void tagsBackspace()
    {
        TagEdit tags;
        QVERIFY(showActive(&tags));
        tags.setTags({QStringLiteral("a"), QStringLiteral("b")});
        QSignalSpy spy(&tags, &TagEdit::tagsEdited);
        // With text, Backspace edits the text.
        QTest::keyClicks(tags.lineEdit(), QStringLiteral("xy"));
        QTest::keyClick(tags.lineEdit(), Qt::Key_Backspace);
        QCOMPARE(tags.lineEdit()->text(), QStringLiteral("x"));
        QTest::keyClick(tags.lineEdit(), Qt::Key_Backspace);
        QCOMPARE(spy.count(), 0);
        // In the empty field, it takes the last chip.
        QTest::keyClick(tags.lineEdit(), Qt::Key_Backspace);
        QCOMPARE(tags.tags(), QStringList{QStringLiteral("a")});
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toStringList(), QStringList{QStringLiteral("a")});
        QTest::keyClick(tags.lineEdit(), Qt::Key_Backspace);
        QTest::keyClick(tags.lineEdit(), Qt::Key_Backspace);
        QVERIFY(tags.tags().isEmpty());
        QCOMPARE(spy.count(), 2);
    }

    void tagsChipRemove()
    {
        TagEdit tags;
        QVERIFY(showActive(&tags));
        tags.setTags({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
        QSignalSpy spy(&tags, &TagEdit::tagsEdited);
        QAbstractButton *removeB = chipRemoveButton(tags, QStringLiteral("b"));
        QVERIFY(removeB);
        QTest::mouseClick(removeB, Qt::LeftButton);
        QCOMPARE(tags.tags(), QStringList({QStringLiteral("a"), QStringLiteral("c")}));
        QCOMPARE(spy.count(), 1);
        QVERIFY(!chipRemoveButton(tags, QStringLiteral("b")));
        // From the keyboard: a focused × removes with Space or Delete, and focus stays in the widget.
        QAbstractButton *removeA = chipRemoveButton(tags, QStringLiteral("a"));
        QVERIFY(removeA);
        QCOMPARE(removeA->focusPolicy(), Qt::TabFocus);
        removeA->setFocus(Qt::TabFocusReason);
        QTest::keyClick(removeA, Qt::Key_Delete);
        QCOMPARE(tags.tags(), QStringList{QStringLiteral("c")});
        QCOMPARE(spy.count(), 2);
        QAbstractButton *removeC = chipRemoveButton(tags, QStringLiteral("c"));
        QVERIFY(removeC && removeC->hasFocus());
        QTest::keyClick(removeC, Qt::Key_Space);
        QVERIFY(tags.tags().isEmpty());
        QCOMPARE(spy.count(), 3);
        QVERIFY(tags.lineEdit()->hasFocus());
    }

    void tagsCompleter()
    {
        TagEdit tags;
        QVERIFY(showActive(&tags));
        tags.setCompletions({QStringLiteral("team-topologies"), QStringLiteral("flow"), QStringLiteral("platform")});
        QSignalSpy spy(&tags, &TagEdit::tagsEdited);
        QCompleter *completer = tags.lineEdit()->completer();
        QVERIFY(completer);
        QCOMPARE(completer->caseSensitivity(), Qt::CaseInsensitive);
        tags.lineEdit()->setFocus();
        QTest::keyClicks(tags.lineEdit(), QStringLiteral("TEAM"));
        QTRY_VERIFY(completer->popup()->isVisible());
        // Keys go to the popup while it is open, as they would from the keyboard.
        QTest::keyClick(completer->popup(), Qt::Key_Down);
        QTest::keyClick(completer->popup(), Qt::Key_Return);
        QCOMPARE(tags.tags(), QStringList{QStringLiteral("team-topologies")});
        QCOMPARE(spy.count(), 1);
        QVERIFY(!completer->popup()->isVisible());
        QCOMPARE(tags.lineEdit()->text(), QString());
        // A tag already there is no longer offered.
        QTest::keyClicks(tags.lineEdit(), QStringLiteral("te"));
        test::settle(); // every event the edit posted is delivered: a late signal would show now
        QVERIFY(!completer->popup()->isVisible());
        QCOMPARE(spy.count(), 1);
    }

    // ---- PatternListEdit ------------------------------------------------------------------------
    void patternsSetterDoesNotEmit()
    {
        PatternListEdit edit;
        QSignalSpy spy(&edit, &PatternListEdit::idsEdited);
        edit.setCandidates(kCandidates);
        edit.setIds({2, 99, 1});
        QCOMPARE(edit.ids(), IdList({2, 99, 1}));
        QCOMPARE(rowTexts(edit.listWidget()),
                 QStringList({QStringLiteral("Platform (2)"), QStringLiteral("(99) \u2014 no such pattern"),
                              QStringLiteral("Stream-aligned Team (1)")}));
        const QColor unknown = edit.listWidget()->item(1)->foreground().color();
        QVERIFY2(unknown.red() > 2 * unknown.green() && unknown.red() > 2 * unknown.blue(),
                 qPrintable(unknown.name()));
        // New candidates rename the rows they name, and mend the unknown one.
        QList<QPair<int, QString>> renamed = kCandidates;
        renamed[1].second = QStringLiteral("Platform Team");
        renamed.append({99, QStringLiteral("Team of Teams")});
        edit.setCandidates(renamed);
        QCOMPARE(rowTexts(edit.listWidget()),
                 QStringList({QStringLiteral("Platform Team (2)"), QStringLiteral("Team of Teams (99)"),
                              QStringLiteral("Stream-aligned Team (1)")}));
        QCOMPARE(edit.listWidget()->item(1)->foreground().style(), Qt::NoBrush);
        QCOMPARE(spy.count(), 0);
    }

    void patternsAdd_data()
    {
        QTest::addColumn<IdList>("initial");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("useButton");
        QTest::addColumn<IdList>("expected");
        QTest::newRow("id, Enter") << IdList{} << QStringLiteral("2") << false << IdList{2};
        QTest::newRow("id, Add button") << IdList{1} << QStringLiteral("3") << true << IdList{1, 3};
        QTest::newRow("name in any case") << IdList{} << QStringLiteral("enabling TEAM") << false << IdList{3};
        QTest::newRow("completion text") << IdList{} << QStringLiteral("10  Team API") << true << IdList{10};
        QTest::newRow("unknown id refused") << IdList{1} << QStringLiteral("99") << false << IdList{1};
        QTest::newRow("unknown id, button refused") << IdList{1} << QStringLiteral("99") << true << IdList{1};
        QTest::newRow("partial name refused") << IdList{} << QStringLiteral("Plat") << false << IdList{};
        QTest::newRow("duplicate by name refused") << IdList{2} << QStringLiteral("platform") << false << IdList{2};
        QTest::newRow("duplicate by id, button refused") << IdList{2} << QStringLiteral("2") << true << IdList{2};
        QTest::newRow("name two patterns share refused") << IdList{} << QStringLiteral("flow") << false << IdList{};
        QTest::newRow("one of them by id") << IdList{} << QStringLiteral("21") << false << IdList{21};
    }

    void patternsAdd()
    {
        QFETCH(IdList, initial);
        QFETCH(QString, typed);
        QFETCH(bool, useButton);
        QFETCH(IdList, expected);
        PatternListEdit edit;
        QVERIFY(showActive(&edit));
        edit.setCandidates(kCandidates);
        edit.setIds(initial);
        QSignalSpy spy(&edit, &PatternListEdit::idsEdited);
        edit.lineEdit()->setFocus();
        QTest::keyClicks(edit.lineEdit(), typed);
        const bool added = expected != initial;
        QToolButton *add = button(&edit, QStringLiteral("addButton"));
        QCOMPARE(add->isEnabled(), added);
        if (useButton) {
            if (QAbstractItemView *popup = edit.lineEdit()->completer()->popup(); popup->isVisible())
                QTest::keyClick(popup, Qt::Key_Escape);
            QTest::mouseClick(add, Qt::LeftButton);
        } else {
            QTest::keyClick(edit.lineEdit(), Qt::Key_Return);
        }
        QCOMPARE(edit.ids(), expected);
        QCOMPARE(spy.count(), added ? 1 : 0);
        if (added) {
            QCOMPARE(spy.at(0).at(0).value<IdList>(), expected);
            QCOMPARE(edit.lineEdit()->text(), QString());
            QCOMPARE(edit.listWidget()->currentRow(), int(expected.size()) - 1);
        }
    }

    void patternsCompleterPick()
    {
        PatternListEdit edit;
        QVERIFY(showActive(&edit));
        edit.setCandidates(kCandidates);
        edit.setIds({1});
        QSignalSpy spy(&edit, &PatternListEdit::idsEdited);
        QCompleter *completer = edit.lineEdit()->completer();
        QCOMPARE(completer->filterMode(), Qt::MatchContains);
        edit.lineEdit()->setFocus();
        // "team" is in three names; the one listed already is not offered.
        QTest::keyClicks(edit.lineEdit(), QStringLiteral("team"));
        QTRY_VERIFY(completer->popup()->isVisible());
        QCOMPARE(completer->completionCount(), 2);
        QTest::keyClick(completer->popup(), Qt::Key_Down);
        QTest::keyClick(completer->popup(), Qt::Key_Down);
        QTest::keyClick(completer->popup(), Qt::Key_Return);
        QCOMPARE(edit.ids(), IdList({1, 10}));
        QCOMPARE(spy.count(), 1);
        QVERIFY(!completer->popup()->isVisible());
        QCOMPARE(edit.lineEdit()->text(), QString());
    }

    void patternsButtonStates()
    {
        PatternListEdit edit;
        QVERIFY(showActive(&edit));
        edit.setCandidates(kCandidates);
        edit.setIds({1, 2, 3});
        QToolButton *remove = button(&edit, QStringLiteral("removeButton"));
        QToolButton *up = button(&edit, QStringLiteral("moveUpButton"));
        QToolButton *down = button(&edit, QStringLiteral("moveDownButton"));
        QVERIFY(remove && up && down);
        for (QToolButton *b : {remove, up, down, button(&edit, QStringLiteral("addButton"))})
            QVERIFY2(!b->toolTip().isEmpty() && !b->text().isEmpty(), qPrintable(b->objectName()));
        QVERIFY(!remove->isEnabled() && !up->isEnabled() && !down->isEnabled());
        edit.listWidget()->setCurrentRow(0);
        QVERIFY(remove->isEnabled() && !up->isEnabled() && down->isEnabled());
        edit.listWidget()->setCurrentRow(1);
        QVERIFY(remove->isEnabled() && up->isEnabled() && down->isEnabled());
        edit.listWidget()->setCurrentRow(2);
        QVERIFY(remove->isEnabled() && up->isEnabled() && !down->isEnabled());
    }

    void patternsReorder_data() { reorderData(); }

    void patternsReorder()
    {
        QFETCH(QList<int>, order);
        const IdList start{1, 2, 3};
        IdList expected;
        for (int i : order)
            expected.append(start.at(i));
        PatternListEdit edit;
        edit.setCandidates(kCandidates);
        edit.setIds(start);
        QSignalSpy spy(&edit, &PatternListEdit::idsEdited);
        reorder(&edit, edit.listWidget(), spy);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(edit.ids(), expected);
        QCOMPARE(spy.count(), expected == start ? 0 : 1);
        if (expected != start)
            QCOMPARE(spy.at(0).at(0).value<IdList>(), expected);
    }

    // ---- StringListEdit -------------------------------------------------------------------------
    void stringsSetterDoesNotEmit()
    {
        StringListEdit edit;
        QSignalSpy spy(&edit, &StringListEdit::stringsEdited);
        QVERIFY(showActive(&edit));
        edit.setStrings({QStringLiteral("Alexander 1977"), QStringLiteral("Skelton 2019")});
        QCOMPARE(edit.strings(), QStringList({QStringLiteral("Alexander 1977"), QStringLiteral("Skelton 2019")}));
        QCOMPARE(edit.listWidget()->count(), 2);
        edit.setStrings({QStringLiteral("Only")});
        QCOMPARE(edit.strings(), QStringList{QStringLiteral("Only")});
        test::settle(); // every event the edit posted is delivered: a late signal would show now
        QCOMPARE(spy.count(), 0);
    }

    void stringsAdd()
    {
        StringListEdit edit;
        QVERIFY(showActive(&edit));
        edit.setStrings({QStringLiteral("Alexander 1977")});
        QSignalSpy spy(&edit, &StringListEdit::stringsEdited);
        QTest::mouseClick(button(&edit, QStringLiteral("addButton")), Qt::LeftButton);
        QLineEdit *editor = nullptr;
        QTRY_VERIFY((editor = openEditor(edit.listWidget())));
        QCOMPARE(edit.listWidget()->count(), 2);
        QCOMPARE(spy.count(), 0); // an empty entry is not one yet
        QTest::keyClicks(editor, QStringLiteral("  Skelton & Pais 2019 "));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(spy.count(), 1);
        const QStringList expected{QStringLiteral("Alexander 1977"), QStringLiteral("Skelton & Pais 2019")};
        QCOMPARE(spy.at(0).at(0).toStringList(), expected);
        QCOMPARE(edit.strings(), expected);
        test::settle(); // every event the edit posted is delivered: a late signal would show now
        QCOMPARE(spy.count(), 1);
        QCOMPARE(edit.listWidget()->item(1)->text(), expected.at(1));
    }

    void stringsAddCancelled()
    {
        StringListEdit edit;
        QVERIFY(showActive(&edit));
        edit.setStrings({QStringLiteral("Alexander 1977")});
        QSignalSpy spy(&edit, &StringListEdit::stringsEdited);
        QTest::mouseClick(button(&edit, QStringLiteral("addButton")), Qt::LeftButton);
        QLineEdit *editor = nullptr;
        QTRY_VERIFY((editor = openEditor(edit.listWidget())));
        QTest::keyClick(editor, Qt::Key_Escape);
        QTRY_COMPARE(edit.listWidget()->count(), 1); // the empty row is dropped
        test::settle(); // every event the edit posted is delivered: a late signal would show now
        QCOMPARE(spy.count(), 0);
    }

    void stringsEdit_data()
    {
        QTest::addColumn<bool>("doubleClick");
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("expected");
        const QString a = QStringLiteral("Alexander 1977");
        const QString b = QStringLiteral("Skelton 2019");
        const QString a2 = QStringLiteral("Alexander et al. 1977");
        const QString b2 = QStringLiteral("Skelton & Pais 2019");
        QTest::newRow("F2 edits") << false << 0 << a2 << QStringList{a2, b};
        QTest::newRow("double-click edits") << true << 1 << b2 << QStringList{a, b2};
        QTest::newRow("emptied entry is removed") << false << 0 << QString() << QStringList{b};
        QTest::newRow("same text is no edit") << true << 1 << b << QStringList{a, b};
    }

    void stringsEdit()
    {
        QFETCH(bool, doubleClick);
        QFETCH(int, row);
        QFETCH(QString, typed);
        QFETCH(QStringList, expected);
        const QStringList start{QStringLiteral("Alexander 1977"), QStringLiteral("Skelton 2019")};
        StringListEdit edit;
        QVERIFY(showActive(&edit));
        edit.setStrings(start);
        QSignalSpy spy(&edit, &StringListEdit::stringsEdited);
        QListWidget *list = edit.listWidget();
        if (doubleClick) {
            const QPoint at = list->visualItemRect(list->item(row)).center();
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, at);
            QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, at);
        } else {
            list->setFocus();
            list->setCurrentRow(row);
            QTest::keyClick(list, Qt::Key_F2);
        }
        QLineEdit *editor = nullptr;
        QTRY_VERIFY((editor = openEditor(list)));
        QCOMPARE(editor->text(), start.at(row));
        editor->selectAll();
        QTest::keyClick(editor, Qt::Key_Delete);
        QTest::keyClicks(editor, typed);
        QTest::keyClick(editor, Qt::Key_Return);
        const bool edited = expected != start;
        if (edited)
            QTRY_COMPARE(spy.count(), 1);
        test::settle(); // every event the edit posted is delivered: a late signal would show now
        QCOMPARE(spy.count(), edited ? 1 : 0);
        if (edited)
            QCOMPARE(spy.at(0).at(0).toStringList(), expected);
        QCOMPARE(edit.strings(), expected);
        QCOMPARE(list->count(), expected.size());
    }

    void stringsReorder_data() { reorderData(); }

    void stringsReorder()
    {
        QFETCH(QList<int>, order);
        const QStringList start{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
        QStringList expected;
        for (int i : order)
            expected.append(start.at(i));
        StringListEdit edit;
        edit.setStrings(start);
        QSignalSpy spy(&edit, &StringListEdit::stringsEdited);
        reorder(&edit, edit.listWidget(), spy);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(edit.strings(), expected);
        QCOMPARE(rowTexts(edit.listWidget()), expected);
        QCOMPARE(spy.count(), expected == start ? 0 : 1);
        if (expected != start)
            QCOMPARE(spy.at(0).at(0).toStringList(), expected);
    }
};

QTEST_MAIN(TestFieldWidgets)
#include "tst_fieldwidgets.moc"
