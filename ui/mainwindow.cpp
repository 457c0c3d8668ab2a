#include "mainwindow.h"
#include "samplelanguage.h"

#include "language.h"

#include <QFileInfo>
#include <QLabel>

namespace pb::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    resize(1200, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::openPath(const QString &path)
{
    const QFileInfo info(path);
    const QString folder = info.isDir() ? path : info.path();
    const Language language = Language::load(folder);
    setWindowTitle(language.title());
    setCentralWidget(new QLabel(tr("%n pattern(s)", nullptr, language.patternCount()), this));
}

void MainWindow::openStartupLanguage()
{
    const QString folder = installSampleLanguage();
    if (!folder.isEmpty())
        openPath(folder);
}

} // namespace pb::ui
