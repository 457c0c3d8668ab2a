#include "publish/epubexporter.h"
#include "language/language.h"
#include "language/parallel_p.h"
#include "publish/publication.h"
#include "publish/staging_p.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <zip.h>

namespace pb {

namespace {

QString esc(const QString &text) { return text.toHtmlEscaped(); }

// EPUB's core media types for images; other files are not carried (their links become text).
QString imageMediaType(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return QStringLiteral("image/png");
    if (suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg"))
        return QStringLiteral("image/jpeg");
    if (suffix == QLatin1String("gif"))
        return QStringLiteral("image/gif");
    if (suffix == QLatin1String("svg"))
        return QStringLiteral("image/svg+xml");
    return {};
}

QString xhtmlPage(const Publication &pub, const QString &title, const QString &body, const QString &bodyClass = {})
{
    const QString lang = esc(pub.options().lang);
    return EpubExporter::xmlSafe(
        QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n"
                       "<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\" "
                       "lang=\"%1\" xml:lang=\"%1\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>%2</title>\n"
                       "<link rel=\"stylesheet\" type=\"text/css\" href=\"../css/style.css\"/>\n</head>\n"
                       "<body%3>\n%4</body>\n</html>\n")
            .arg(lang, esc(title), bodyClass.isEmpty() ? QString() : QStringLiteral(" class=\"%1\"").arg(bodyClass), body));
}

// A zip through libzip. Entries' bytes must live until close(), so the writer keeps them.
class ZipWriter
{
public:
    explicit ZipWriter(const QString &path)
    {
        int code = 0;
        m_zip = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
        if (!m_zip) {
            zip_error_t error;
            zip_error_init_with_code(&error, code);
            m_error = QString::fromUtf8(zip_error_strerror(&error));
            zip_error_fini(&error);
        }
    }
    ~ZipWriter()
    {
        if (m_zip)
            zip_discard(m_zip);
    }

    bool add(const QString &name, const QByteArray &bytes, bool store = false)
    {
        if (!m_zip)
            return false;
        m_buffers.append(bytes);
        const QByteArray &kept = m_buffers.last();
        zip_source_t *source = zip_source_buffer(m_zip, kept.constData(), zip_uint64_t(kept.size()), 0);
        if (!source)
            return fail();
        const zip_int64_t index = zip_file_add(m_zip, name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
        if (index < 0) {
            zip_source_free(source);
            return fail();
        }
        // A fixed time: the same language gives the same bytes.
        zip_file_set_mtime(m_zip, zip_uint64_t(index), 315532800 + 86400, 0);
        if (zip_set_file_compression(m_zip, zip_uint64_t(index), store ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 9) < 0)
            return fail();
        return true;
    }

    bool close()
    {
        if (!m_zip)
            return false;
        if (zip_close(m_zip) < 0)
            return fail();
        m_zip = nullptr;
        return true;
    }

    QString error() const { return m_error; }

private:
    bool fail()
    {
        m_error = QString::fromUtf8(zip_strerror(m_zip));
        return false;
    }

    zip_t *m_zip = nullptr;
    QString m_error;
    QList<QByteArray> m_buffers;
};

} // namespace

QString EpubExporter::displayName() const { return QCoreApplication::translate("pb::Exporter", "EPUB"); }

QString EpubExporter::xmlSafe(QString text)
{
    text.removeIf([](QChar c) {
        const char16_t u = c.unicode();
        return (u < 0x20 && u != 0x09 && u != 0x0a && u != 0x0d) || u == 0xfffe || u == 0xffff;
    });
    return text;
}

bool EpubExporter::commit(Staging &staging, QString *error) const
{
    return staging.commitFile(QStringLiteral("out.epub"), error);
}

bool EpubExporter::write(const Publication &pub, Staging &staging, ExportProgress &progress, ExportResult &result) const
{
    const Language &language = pub.language();
    const ExportOptions &options = pub.options();
    const QList<int> &indices = pub.indices();
    progress.setTotal(int(indices.size()) + 2);

    RenderContext context = pub.renderContext(QString(), QStringLiteral(".xhtml"));
    context.linkTags = false;
    const Publication *p = &pub;
    // Images in EPUB's core media types are carried; links to other files go nowhere in a book.
    Publication::LinkTargets images;
    images.filePrefix = QStringLiteral("../files/");
    images.fileSuffixes = {QStringLiteral("png"), QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("gif"),
                           QStringLiteral("svg")};
    Publication::LinkTargets links;
    links.pageSuffix = QStringLiteral(".xhtml");
    links.indexHref = QStringLiteral("title.xhtml");
    links.files = false;
    links.fragments = true;
    context.rewriteUrl = [p, images, links](const QString &url, bool image) {
        return p->resolveLocalUrl(url, image ? images : links);
    };

    // The pages, on every core.
    QStringList pages(indices.size());
    QStringList titles(indices.size());
    parallelFor(int(indices.size()), [&](int i) {
        if (progress.isCanceled())
            return;
        const int index = indices.at(i);
        const RenderedPattern r = renderPattern(language.pattern(index), context, pub.backlinks(index));
        const QString title = language.pattern(index).broken ? pub.displayName(index) : r.title;
        titles[i] = title;
        pages[i] = xhtmlPage(pub, title, r.html);
        progress.advance(title);
    });
    if (progress.isCanceled())
        return false;

    const QString title = pub.subtitle().isEmpty() ? pub.title() : QStringLiteral("%1: %2").arg(pub.title(), pub.subtitle());
    QString titleBody = QStringLiteral("<section class=\"title-page\" epub:type=\"titlepage\">\n");
    const QByteArray intro = pub.introduction();
    QString introHtml = intro.isEmpty() ? QString() : renderDocument(intro, context);
    if (!introHtml.contains(QLatin1String("<h1")))
        titleBody += QStringLiteral("<h1>%1</h1>\n").arg(esc(title));
    titleBody += introHtml + QStringLiteral("<p class=\"count\">%1</p>\n</section>\n").arg(patternCount(indices.size()));

    // The navigation document: the title page, then each scale's patterns.
    QString toc = QStringLiteral("<nav epub:type=\"toc\" id=\"toc\">\n<h1>Contents</h1>\n<ol>\n"
                                 "<li><a href=\"title.xhtml\">%1</a></li>\n")
                      .arg(esc(title));
    auto entry = [&](int index) {
        const QString label = pub.label(index);
        return QStringLiteral("<li><a href=\"%1.xhtml\">%2</a></li>\n").arg(pub.pageName(index), esc(label));
    };
    const QList<Publication::Part> parts = pub.parts();
    for (const Publication::Part &part : parts) {
        toc += QStringLiteral("<li><span>%1</span>\n<ol>\n").arg(esc(part.heading));
        for (int index : part.indices)
            toc += entry(index);
        toc += QStringLiteral("</ol></li>\n");
    }
    toc += QStringLiteral("</ol>\n</nav>\n");

    const QString identifier = QUuid::createUuidV5(QUuid(QStringLiteral("{6f3c1a52-8a1e-4d8e-9b7a-2f2d5c1e0a11}")),
                                                   QStringLiteral("%1\n%2").arg(QFileInfo(language.directory()).canonicalFilePath(), title))
                                   .toString(QUuid::WithoutBraces);
    QString manifest = QStringLiteral("<item id=\"nav\" href=\"text/nav.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\"/>\n"
                                      "<item id=\"css\" href=\"css/style.css\" media-type=\"text/css\"/>\n"
                                      "<item id=\"title\" href=\"text/title.xhtml\" media-type=\"application/xhtml+xml\"/>\n");
    QString spine = QStringLiteral("<itemref idref=\"title\"/>\n<itemref idref=\"nav\"/>\n");
    // In the order of the contents.
    QList<int> order;
    for (const Publication::Part &part : parts)
        order += part.indices;
    for (int index : std::as_const(order)) {
        manifest += QStringLiteral("<item id=\"p-%1\" href=\"text/%1.xhtml\" media-type=\"application/xhtml+xml\"/>\n")
                        .arg(pub.pageName(index));
        spine += QStringLiteral("<itemref idref=\"p-%1\"/>\n").arg(pub.pageName(index));
    }
    const QList<Publication::LocalFile> files = pub.localFiles();
    for (int i = 0; i < files.size(); ++i) {
        manifest += QStringLiteral("<item id=\"file-%1\" href=\"files/%2\" media-type=\"%3\"/>\n")
                        .arg(i + 1)
                        .arg(esc(files.at(i).relative), imageMediaType(files.at(i).relative));
    }
    const QString opf = QStringLiteral(
                            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                            "<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" unique-identifier=\"uid\" xml:lang=\"%1\">\n"
                            "<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
                            "<dc:identifier id=\"uid\">urn:uuid:%2</dc:identifier>\n<dc:title>%3</dc:title>\n"
                            "<dc:language>%1</dc:language>\n<meta property=\"dcterms:modified\">%4</meta>\n"
                            "<meta name=\"generator\" content=\"Patternbook\"/>\n</metadata>\n"
                            "<manifest>\n%5</manifest>\n<spine>\n%6</spine>\n</package>\n")
                            .arg(esc(options.lang), identifier, esc(xmlSafe(title)),
                                 QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")), manifest, spine);
    const QByteArray container = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                 "<container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">\n"
                                 "<rootfiles><rootfile full-path=\"OEBPS/package.opf\" media-type=\"application/oebps-package+xml\"/>"
                                 "</rootfiles>\n</container>\n";

    const QString zipPath = QDir(staging.path()).filePath(QStringLiteral("out.epub"));
    ZipWriter zip(zipPath);
    // The mimetype first and stored, so that a reader can recognise the file by its first bytes.
    bool ok = zip.add(QStringLiteral("mimetype"), "application/epub+zip", true)
              && zip.add(QStringLiteral("META-INF/container.xml"), container)
              && zip.add(QStringLiteral("OEBPS/package.opf"), opf.toUtf8())
              && zip.add(QStringLiteral("OEBPS/css/style.css"), publishResource(QStringLiteral("epub.css")))
              && zip.add(QStringLiteral("OEBPS/text/nav.xhtml"), xhtmlPage(pub, QStringLiteral("Contents"), toc, QStringLiteral("nav")).toUtf8())
              && zip.add(QStringLiteral("OEBPS/text/title.xhtml"), xhtmlPage(pub, title, titleBody, QStringLiteral("title")).toUtf8());
    for (int i = 0; ok && i < indices.size(); ++i)
        ok = zip.add(QStringLiteral("OEBPS/text/%1.xhtml").arg(pub.pageName(indices.at(i))), pages.at(i).toUtf8());
    for (const Publication::LocalFile &file : files) {
        QFile in(file.source);
        if (!ok)
            break;
        if (!in.open(QIODevice::ReadOnly)) {
            result.error = QStringLiteral("%1: %2").arg(file.source, in.errorString());
            return false;
        }
        ok = zip.add(QStringLiteral("OEBPS/files/") + file.relative, in.readAll());
    }
    ok = ok && zip.close();
    progress.advance(QStringLiteral("EPUB"));
    if (!ok) {
        result.error = QStringLiteral("%1: %2").arg(result.output, zip.error());
        return false;
    }
    for (int index : pub.brokenPatterns())
        result.warnings << QStringLiteral("%1: exported as a page showing why it cannot be read").arg(language.pattern(index).fileName);
    progress.advance(QString());
    return true;
}

} // namespace pb
