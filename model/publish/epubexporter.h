#pragma once

#include "publish/exporter.h"

namespace pb {

// EPUB 3 for e-readers and phones: a title page from README.md, a navigation document by scale,
// a page per pattern with its references as internal links, and the reading stylesheet. Zipped
// by libzip (the mimetype entry first and stored, as the format asks); checked by epubcheck in
// the tests.
class EpubExporter : public Exporter
{
public:
    QString id() const override { return QStringLiteral("epub"); }
    QString displayName() const override;
    QString suffix() const override { return QStringLiteral("epub"); }

    // Removes what XML 1.0 does not allow (control characters a hostile file may hold).
    static QString xmlSafe(QString text);

protected:
    bool write(const Publication &publication, Staging &staging, ExportProgress &progress,
               ExportResult &result) const override;
    bool commit(Staging &staging, QString *error) const override;
};

} // namespace pb
