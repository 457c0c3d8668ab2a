#pragma once

#include "publish/exporter.h"

namespace pb {

class Publication;

// PDFs for paper, set by WeasyPrint from HTML and print CSS over the reading stylesheet, so that
// they look like the app. WeasyPrint does what a booklet needs and a browser's print does not: page
// numbers in the contents (target-counter), running headers, a PDF outline and working internal
// links; and it runs headless, with no display and no browser engine.
//
// The booklet: a title page from README.md, contents by scale with page numbers, each scale's
// part title, and each pattern from a new page. The cards: A6 workshop cards, four to an A4 sheet
// (a quarter sheet on Letter) with cut marks, each with the name, stars, problem, "Therefore:",
// solution, and the names of its context and completion patterns.
class PdfExporter : public Exporter
{
public:
    enum Kind { Booklet, Cards };
    explicit PdfExporter(Kind kind)
        : m_kind(kind)
    {
    }

    QString id() const override { return m_kind == Cards ? QStringLiteral("cards") : QStringLiteral("pdf"); }
    QString displayName() const override;
    QString suffix() const override { return QStringLiteral("pdf"); }
    QString unavailableReason() const override;

    // The HTML handed to WeasyPrint; public for the tests and for people tuning the print CSS.
    static QString bookletHtml(const Publication &publication);
    static QString cardsHtml(const Publication &publication, QStringList *warnings);

    // The WeasyPrint program, or empty when it is not installed.
    static QString weasyPrint();

protected:
    QString adjust(ExportOptions &options) const override;
    bool write(const Publication &publication, Staging &staging, ExportProgress &progress,
               ExportResult &result) const override;
    bool commit(Staging &staging, QString *error) const override;

private:
    Kind m_kind;
};

} // namespace pb
