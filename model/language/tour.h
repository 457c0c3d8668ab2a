#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace pb {

class Language;
class LinkGraph;

// A tour: the patterns chosen for one project, in the order a workshop walks them. Alexander's way
// of using a language: start from a large pattern and walk down its completion links, keeping
// the ones that matter here.
struct Tour
{
    QString name;
    QList<int> ids; // pattern ids, in order

    // Patterns the tour's links suggest next: those that complete a pattern of the tour and are
    // not in it yet, most suggested first (then larger scales, then by id).
    QList<int> suggestions(const Language &language, const LinkGraph &graph) const;
};

// Tours live beside the language in .patternbook/tours/NAME.tour, a plain text file of one
// pattern a line ("7 Value Stream Alignment": the id, then the name for people reading the file),
// so that two people's tours merge as text does.
class TourStore
{
public:
    static QString folderFor(const QString &languageFolder);
    // The file name a tour of this name is kept in: "onboarding-a-team.tour".
    static QString fileNameFor(const QString &name);
    // The tours of a language, by name, sorted.
    static QStringList names(const QString &languageFolder);
    static Tour load(const QString &languageFolder, const QString &name, QString *error = nullptr);
    static bool save(const QString &languageFolder, const Tour &tour, const Language &language, QString *error = nullptr);
    static bool remove(const QString &languageFolder, const QString &name, QString *error = nullptr);

    // The file's text and back; public for the tests.
    static QByteArray serialise(const Tour &tour, const Language &language);
    static Tour parse(const QByteArray &bytes, const QString &fallbackName);
};

} // namespace pb
