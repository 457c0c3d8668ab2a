#include "tourpanel.h"
#include "format/pattern.h"

#include "language/patternset.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace pb::ui {

TourPanel::TourPanel(PatternSet *set, QWidget *parent)
    : QWidget(parent)
    , m_set(set)
{
    setAccessibleName(tr("Tour"));
    m_tours = new QComboBox(this);
    m_tours->setAccessibleName(tr("Saved tours"));
    m_tours->setToolTip(tr("The tours saved with this language"));
    m_new = new QPushButton(tr("New"), this);
    m_new->setToolTip(tr("Start a new tour from the current pattern"));
    m_save = new QPushButton(tr("Save"), this);
    m_delete = new QPushButton(tr("Delete"), this);
    m_steps = new QListWidget(this);
    m_steps->setAccessibleName(tr("Tour steps"));
    m_steps->setToolTip(tr("The patterns of the tour, in order: drag to reorder, double-click to go to one"));
    m_steps->setDragDropMode(QAbstractItemView::InternalMove);
    m_steps->setDefaultDropAction(Qt::MoveAction);
    m_add = new QPushButton(tr("Add Current Pattern"), this);
    m_remove = new QPushButton(tr("Remove"), this);
    m_suggestionsLabel = new QLabel(tr("Suggested next, from their completion links:"), this);
    m_suggestionsLabel->setWordWrap(true);
    m_suggestions = new QListWidget(this);
    m_suggestions->setAccessibleName(tr("Suggested patterns"));
    m_suggestions->setToolTip(tr("Tick a pattern to add it to the tour"));
    m_suggestionsLabel->setBuddy(m_suggestions);
    m_present = new QPushButton(tr("Present This Tour"), this);
    m_present->setToolTip(tr("Presentation mode, stepping through the tour with Page Down and Page Up"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_tours, 1);
    top->addWidget(m_new);
    top->addWidget(m_save);
    top->addWidget(m_delete);
    auto *edit = new QHBoxLayout;
    edit->addWidget(m_add);
    edit->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_steps, 3);
    layout->addLayout(edit);
    layout->addWidget(m_suggestionsLabel);
    layout->addWidget(m_suggestions, 2);
    layout->addWidget(m_present);

    connect(m_tours, &QComboBox::activated, this, [this](int index) {
        if (index >= 0)
            open(m_tours->itemText(index));
    });
    connect(m_new, &QPushButton::clicked, this, [this] {
        Tour tour;
        if (const Pattern *p = m_set->currentPattern(); p && p->fields.id > 0)
            tour.ids = {p->fields.id};
        setTour(tour);
        markModified();
    });
    connect(m_save, &QPushButton::clicked, this, &TourPanel::save);
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (m_tour.name.isEmpty())
            return;
        if (QMessageBox::question(this, tr("Delete Tour"), tr("Delete the tour “%1”?").arg(m_tour.name)) != QMessageBox::Yes)
            return;
        QString error;
        if (!TourStore::remove(m_set->folder(), m_tour.name, &error))
            Q_EMIT message(error);
        setTour(Tour());
        refreshTours();
    });
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (const Pattern *p = m_set->currentPattern(); p && p->fields.id > 0)
            addPattern(p->fields.id);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_steps->currentRow();
        if (row < 0 || row >= m_tour.ids.size())
            return;
        m_tour.ids.removeAt(row);
        markModified();
        refresh();
    });
    connect(m_steps->model(), &QAbstractItemModel::rowsMoved, this, &TourPanel::stepsReordered);
    connect(m_steps, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT stepActivated(m_steps->row(item));
        m_set->setCurrentId(item->data(Qt::UserRole).toInt());
    });
    connect(m_suggestions, &QListWidget::itemChanged, this, &TourPanel::suggestionTicked);
    connect(m_present, &QPushButton::clicked, this, [this] { Q_EMIT presentRequested(m_tour); });
    connect(set, &PatternSet::languageChanged, this, &TourPanel::languageChanged);
    refreshTours();
    refresh();
}

QString TourPanel::labelFor(int id) const
{
    const Pattern *p = m_set->language().patternById(id);
    return p ? QStringLiteral("%1  %2").arg(id).arg(visibleControls(p->fields.name)) : tr("%1  (no pattern has this id)").arg(id);
}

void TourPanel::setTour(const Tour &tour)
{
    m_tour = tour;
    m_modified = false;
    refresh();
    Q_EMIT tourChanged(m_tour);
}

void TourPanel::addPattern(int id)
{
    if (id <= 0 || m_tour.ids.contains(id))
        return;
    m_tour.ids.append(id);
    markModified();
    refresh();
}

void TourPanel::markModified()
{
    m_modified = true;
    Q_EMIT tourChanged(m_tour);
}

void TourPanel::stepsReordered()
{
    if (m_updating)
        return;
    QList<int> ids;
    for (int row = 0; row < m_steps->count(); ++row)
        ids.append(m_steps->item(row)->data(Qt::UserRole).toInt());
    m_tour.ids = ids;
    markModified();
    refresh();
}

void TourPanel::suggestionTicked(QListWidgetItem *item)
{
    if (m_updating || item->checkState() != Qt::Checked)
        return;
    addPattern(item->data(Qt::UserRole).toInt());
}

void TourPanel::refresh()
{
    m_updating = true;
    const int row = m_steps->currentRow();
    m_steps->clear();
    for (int id : std::as_const(m_tour.ids)) {
        auto *item = new QListWidgetItem(labelFor(id), m_steps);
        item->setData(Qt::UserRole, id);
    }
    m_steps->setCurrentRow(std::min(row, m_steps->count() - 1));
    m_suggestions->clear();
    for (int id : m_tour.suggestions(m_set->language(), m_set->graph())) {
        auto *item = new QListWidgetItem(labelFor(id), m_suggestions);
        item->setData(Qt::UserRole, id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_suggestionsLabel->setVisible(!m_tour.ids.isEmpty());
    m_updating = false;
    m_save->setEnabled(!m_tour.ids.isEmpty());
    m_delete->setEnabled(!m_tour.name.isEmpty());
    m_present->setEnabled(!m_tour.ids.isEmpty());
    m_remove->setEnabled(!m_tour.ids.isEmpty());
    const int index = m_tours->findText(m_tour.name);
    if (index >= 0)
        m_tours->setCurrentIndex(index);
}

void TourPanel::refreshTours()
{
    m_tours->clear();
    m_tours->addItems(TourStore::names(m_set->folder()));
    m_tours->setPlaceholderText(tr("No saved tours"));
    m_tours->setCurrentIndex(m_tours->findText(m_tour.name));
}

bool TourPanel::save()
{
    QString name = m_tour.name;
    if (name.isEmpty()) {
        bool ok = false;
        name = QInputDialog::getText(this, tr("Save Tour"), tr("A name for this tour:"), QLineEdit::Normal, QString(), &ok).simplified();
        if (!ok || name.isEmpty())
            return false;
    }
    return saveAs(name);
}

bool TourPanel::saveAs(const QString &name)
{
    m_tour.name = name.simplified();
    QString error;
    if (!TourStore::save(m_set->folder(), m_tour, m_set->language(), &error)) {
        Q_EMIT message(tr("The tour was not saved: %1").arg(error));
        return false;
    }
    m_modified = false;
    refreshTours();
    refresh();
    Q_EMIT message(tr("Saved the tour “%1”").arg(m_tour.name));
    return true;
}

bool TourPanel::open(const QString &name)
{
    QString error;
    const Tour tour = TourStore::load(m_set->folder(), name, &error);
    if (!error.isEmpty()) {
        Q_EMIT message(error);
        return false;
    }
    setTour(tour);
    return true;
}

void TourPanel::languageChanged(const LanguageChange &change)
{
    if (change.kind == LanguageChange::Reset) {
        if (m_set->folder() != property("folder").toString()) {
            setProperty("folder", m_set->folder());
            setTour(Tour());
        }
        refreshTours();
    }
    refresh();
}

} // namespace pb::ui
