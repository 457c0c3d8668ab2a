// File › Export: the dialog offers what each exporter can do, and refuses what would lose a file.

#include "publish/exporter.h"
#include "language/language.h"
#include "publish/exportdialog.h"
#include "testsupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace pb;
using namespace pb::ui;

namespace {

QPushButton *exportButton(ExportDialog &dialog)
{
    for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
        if (b->text().remove(QLatin1Char('&')) == QLatin1String("Export"))
            return b;
    }
    return nullptr;
}

QRadioButton *radio(ExportDialog &dialog, const QString &startsWith)
{
    for (QRadioButton *b : dialog.findChildren<QRadioButton *>()) {
        if (b->text().remove(QLatin1Char('&')).startsWith(startsWith))
            return b;
    }
    return nullptr;
}

} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Language m_language;

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("PatternbookTests"));
        QSettings().clear();
        m_language = Language::load(test::sampleLanguageDir());
    }

    // Each exporter's own options, and the patterns to export: all, those shown, a tour, ids.
    void optionsFollowTheChoices()
    {
        ExportDialog dialog(exporterById(QStringLiteral("cards")), m_language, {3, 7}, 0);
        auto *output = dialog.findChild<QLineEdit *>();
        output->setText(m_dir.filePath(QStringLiteral("cards.pdf")));
        QVERIFY(dialog.findChild<QComboBox *>(QString(), Qt::FindChildrenRecursively));
        QVERIFY(!dialog.findChild<QCheckBox *>()); // graphs are the site's
        QCOMPARE(dialog.options().only, QList<int>{});
        radio(dialog, QStringLiteral("The 2 patterns the list shows"))->setChecked(true);
        QCOMPARE(dialog.options().only, (QList<int>{3, 7}));
        radio(dialog, QStringLiteral("A tour"))->setChecked(true);
        QCOMPARE(dialog.options().tour, QStringLiteral("From flow to deployment"));
        QVERIFY(dialog.options().only.isEmpty());
        QLineEdit *ids = nullptr;
        for (QLineEdit *e : dialog.findChildren<QLineEdit *>()) {
            if (e->accessibleName() == QLatin1String("Pattern ids"))
                ids = e;
        }
        QVERIFY(ids);
        QTest::keyClicks(ids, QStringLiteral("12, 4"));
        QVERIFY(radio(dialog, QStringLiteral("Only these ids"))->isChecked());
        QCOMPARE(dialog.options().only, (QList<int>{12, 4}));
        QVERIFY(exportButton(dialog)->isEnabled());
        ids->setText(QStringLiteral("twelve"));
        QVERIFY(!exportButton(dialog)->isEnabled());
    }

    // A folder of someone's files is never offered as the site's place: the export would replace it.
    void aFolderOfOtherFilesIsRefused()
    {
        ExportDialog dialog(exporterById(QStringLiteral("site")), m_language, {}, 2);
        QVERIFY(dialog.findChild<QCheckBox *>());
        auto *output = dialog.findChild<QLineEdit *>();
        const QString mine = m_dir.filePath(QStringLiteral("mine"));
        test::writeFile(mine + QStringLiteral("/notes.txt"), "mine");
        output->setText(mine);
        QVERIFY(!exportButton(dialog)->isEnabled());
        bool said = false;
        for (QLabel *l : dialog.findChildren<QLabel *>())
            said = said || (l->isVisibleTo(&dialog) && l->text().contains(QLatin1String("holds other files")));
        QVERIFY(said);
        output->setText(m_dir.filePath(QStringLiteral("new site")));
        QVERIFY(exportButton(dialog)->isEnabled());
        // Unsaved edits are exported as seen, and the dialog says so.
        bool noted = false;
        for (QLabel *l : dialog.findChildren<QLabel *>())
            noted = noted || l->text().contains(QLatin1String("Unsaved changes in 2 patterns"));
        QVERIFY(noted);
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
