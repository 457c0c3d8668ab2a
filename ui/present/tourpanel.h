#pragma once

#include "language/tour.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace pb {
class PatternSet;
struct LanguageChange;
} // namespace pb

namespace pb::ui {

// Builds a tour: start from a pattern, tick the patterns its links suggest next, reorder by
// dragging, save. Tours are plain files in the language folder (TourStore); the one shown here is
// the one presentation mode steps through.
class TourPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TourPanel(PatternSet *set, QWidget *parent = nullptr);

    const Tour &tour() const { return m_tour; }
    void setTour(const Tour &tour);
    bool isModified() const { return m_modified; }
    // Adds a pattern at the end (if it is not in the tour yet).
    void addPattern(int id);
    // Saves under the tour's name, asking for one if it has none; false if not saved.
    bool save();
    bool saveAs(const QString &name);
    // Loads a saved tour of the language by name.
    bool open(const QString &name);

    QListWidget *steps() const { return m_steps; }
    QListWidget *suggestions() const { return m_suggestions; }

Q_SIGNALS:
    void tourChanged(const pb::Tour &tour);
    void presentRequested(const pb::Tour &tour);
    void stepActivated(int index);
    void message(const QString &text);

private:
    void languageChanged(const LanguageChange &change);
    void refresh();
    void refreshTours();
    void stepsReordered();
    void suggestionTicked(QListWidgetItem *item);
    void markModified();
    QString labelFor(int id) const;

    QPointer<PatternSet> m_set;
    Tour m_tour;
    bool m_modified = false;
    bool m_updating = false;
    QComboBox *m_tours;
    QPushButton *m_new;
    QPushButton *m_save;
    QPushButton *m_delete;
    QListWidget *m_steps;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_suggestionsLabel;
    QListWidget *m_suggestions;
    QPushButton *m_present;
};

} // namespace pb::ui
