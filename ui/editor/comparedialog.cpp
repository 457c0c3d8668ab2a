#include "comparedialog.h"
#include "diffview.h"

#include "document/patterndocument.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QTextBrowser>
#include <QPushButton>
#include <QVBoxLayout>

namespace pb::ui {

CompareDialog::CompareDialog(PatternDocument *document, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("%1: yours and theirs").arg(document->fileName()));
    auto *label = new QLabel(tr("Your text on the left, what is on disk now on the right; the lines that differ, "
                                "with a line around each."),
                             this);
    label->setWordWrap(true);
    auto *text = new QTextBrowser(this);
    text->setHtml(sideBySideHtml(document->bytes(), document->theirs(), tr("Yours"), tr("On disk now")));
    text->setAccessibleName(tr("Differences"));
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *mine = buttons->addButton(tr("Keep Mine"), QDialogButtonBox::AcceptRole);
    QPushButton *theirs = buttons->addButton(tr("Take Theirs"), QDialogButtonBox::DestructiveRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::clicked, this, [this, document, mine, theirs](QAbstractButton *b) {
        if (b == mine)
            document->keepMine();
        else if (b == theirs)
            document->takeTheirs();
        accept();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(text, 1);
    layout->addWidget(buttons);
    resize(980, 560);
}

} // namespace pb::ui
