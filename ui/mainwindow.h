#pragma once

#include <QMainWindow>

namespace pb::ui {

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a language folder, or the folder of a pattern file and that pattern.
    void openPath(const QString &path);
    // The last language, or on the first run the bundled sample.
    void openStartupLanguage();
};

} // namespace pb::ui
