#include "publish/pdfexporter.h"
#include "language/language.h"
#include "language/parallel_p.h"
#include "render/patternsummary.h"
#include "publish/publication.h"
#include "publish/staging_p.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

namespace pb {

namespace {

QString esc(const QString &text) { return text.toHtmlEscaped(); }

QString pageAnchor(const Publication &pub, int index) { return QStringLiteral("p-") + pub.pageName(index); }

QString documentHead(const Publication &pub, const QString &title, const QString &css)
{
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n<title>%2</title>\n"
                          "<meta name=\"generator\" content=\"Patternbook\">\n<style>\n%3</style>\n</head>\n")
        .arg(esc(pub.options().lang), esc(title), css);
}

// The paper's size in CSS, portrait.
QString pageSize(const Publication &pub)
{
    return pub.options().paper.compare(QLatin1String("Letter"), Qt::CaseInsensitive) == 0 ? QStringLiteral("letter")
                                                                                           : QStringLiteral("A4");
}

RenderContext printContext(const Publication &pub)
{
    RenderContext context = pub.renderContext(QStringLiteral("#p-"), QString());
    context.linkTags = false;
    const Publication *p = &pub;
    // Images print; a link to another file of the language goes nowhere on paper.
    Publication::LinkTargets images;
    images.filePrefix = QStringLiteral("files/");
    images.fileSuffixes = {QStringLiteral("png"), QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("gif"),
                           QStringLiteral("svg"), QStringLiteral("webp")};
    Publication::LinkTargets links;
    links.pagePrefix = QStringLiteral("#p-");
    links.indexHref = QStringLiteral("#title");
    links.files = false;
    context.rewriteUrl = [p, images, links](const QString &url, bool image) {
        return p->resolveLocalUrl(url, image ? images : links);
    };
    return context;
}

// Runs WeasyPrint on `html` in `staging`, writing `pdf` there. Polls so that a cancel stops it.
bool runWeasyPrint(const Staging &staging, const QString &html, const QString &pdf, ExportProgress &progress,
                   QString *error)
{
    const QString input = QDir(staging.path()).filePath(QStringLiteral("print.html"));
    {
        QFile file(input);
        if (!file.open(QIODevice::WriteOnly) || file.write(html.toUtf8()) < 0) {
            *error = QStringLiteral("%1: %2").arg(input, file.errorString());
            return false;
        }
    }
    QProcess process;
    process.setProgram(PdfExporter::weasyPrint());
    process.setArguments({QStringLiteral("--encoding"), QStringLiteral("utf-8"), input, QDir(staging.path()).filePath(pdf)});
    process.setWorkingDirectory(staging.path());
    process.start();
    if (!process.waitForStarted()) {
        *error = QStringLiteral("WeasyPrint did not start: %1").arg(process.errorString());
        return false;
    }
    while (!process.waitForFinished(100)) {
        if (progress.isCanceled()) {
            process.kill();
            process.waitForFinished();
            return false;
        }
        if (process.state() == QProcess::NotRunning)
            break;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QString log = QString::fromUtf8(process.readAllStandardError()).trimmed();
        *error = QStringLiteral("WeasyPrint failed: %1").arg(log.isEmpty() ? process.errorString() : log.right(2000));
        return false;
    }
    return true;
}

// The README's HTML without its first heading (the title page shows the title), split into its
// first paragraph, for the title page, and the rest.
void splitIntroduction(const QString &html, QString *lead, QString *rest)
{
    QString text = html;
    static const QRegularExpression heading(QStringLiteral("<h1[^>]*>.*?</h1>\\s*"),
                                            QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = heading.match(text);
    if (m.hasMatch())
        text.remove(m.capturedStart(), m.capturedLength());
    static const QRegularExpression paragraph(QStringLiteral("<p>.*?</p>\\s*"), QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch p = paragraph.match(text);
    const int articleStart = text.indexOf(QLatin1String(">")) + 1;
    if (p.hasMatch() && text.left(p.capturedStart()).mid(articleStart).trimmed().isEmpty()) {
        *lead = p.captured(0);
        text.remove(p.capturedStart(), p.capturedLength());
    }
    static const QRegularExpression empty(QStringLiteral("^\\s*<article class=\"document\">\\s*</article>\\s*$"));
    *rest = empty.match(text).hasMatch() ? QString() : text;
}

// How large a card's type can be for its text: from 10.5 pt down to 8 pt, which still reads well
// when printed. WeasyPrint cannot shrink text to fit, so the lines are counted here, with the
// average advance of DejaVu Serif's bold and italic (measured on the sample's cards) and a
// margin to spare. `widthMm` and `heightMm` are the card's text block (cards.css's padding off).
struct CardFit
{
    qreal points = 10.5;
    int bodyChars = 0; // how many characters of problem and solution fit at `points`
    bool fits = true;
};

CardFit fitCard(const PatternSummary &s, qreal widthMm, qreal heightMm)
{
    const qreal widthPt = widthMm / 25.4 * 72;
    const qreal heightPt = heightMm / 25.4 * 72;
    const qreal mm = 72 / 25.4;
    auto lines = [&](qsizetype chars, qreal advance) { return chars <= 0 ? 0.0 : std::ceil(chars * advance / widthPt); };
    CardFit fit;
    for (qreal pt : {10.5, 10.0, 9.5, 9.0, 8.5, 8.0}) {
        fit.points = pt;
        const qreal lineHeight = pt * 1.32;
        const qreal head = pt * 0.72 * 1.32 + 1 * mm + 2.5 * mm + 1;
        const qreal name = lines(s.name.size() + 3, pt * 1.6 * 0.68) * pt * 1.6 * 1.2 + 2.5 * mm;
        const qreal linkPt = pt * 0.78;
        qreal links = 1.2 * mm + 0.6 + 2 * mm; // rule, padding, room above
        for (const QStringList &names : {s.contextNames, s.completionNames}) {
            if (!names.isEmpty())
                links += lines(names.join(QStringLiteral(", ")).size() + 12, linkPt * 0.6) * linkPt * 1.3 + 0.8 * mm;
        }
        const qreal therefore = lineHeight + 1.6 * mm;
        const qreal room = heightPt - head - name - links - therefore - 2 * 1.6 * mm;
        const qreal body = (lines(s.problem.size(), pt * 0.62) + lines(s.solution.size(), pt * 0.56)) * lineHeight;
        if (body <= room) {
            fit.fits = true;
            return fit;
        }
        // At the smallest size: how much of the text the room holds, in characters of either kind.
        fit.fits = false;
        fit.bodyChars = std::max(0, int(std::floor(room / lineHeight) * widthPt / (pt * 0.6)) - 20);
    }
    return fit;
}

QString shortened(const QString &text, int cut)
{
    if (cut <= 0 || text.size() <= cut + 40)
        return cut > 0 ? text.left(40) + QStringLiteral("\u2026") : text;
    QString out = text.left(text.size() - cut);
    const int space = out.lastIndexOf(QLatin1Char(' '));
    if (space > out.size() - 30)
        out.truncate(space);
    return out + QStringLiteral("\u2026");
}

QString cardHtml(const Publication &pub, int index, qreal widthMm, qreal heightMm, QStringList *warnings)
{
    const Language &language = pub.language();
    const Pattern &p = language.pattern(index);
    PatternSummary s = summarize(p, &language);
    // cards.css pads a card by 9 mm at the sides, 10 mm at the top and 8 mm at the bottom.
    const CardFit fit = fitCard(s, widthMm - 18, heightMm - 18);
    if (!fit.fits) {
        // Problem and solution keep their shares of what fits; each is cut at a word, with an ellipsis.
        const qsizetype total = s.problem.size() + s.solution.size();
        const int problemChars = total > 0 ? int(qint64(fit.bodyChars) * s.problem.size() / total) : 0;
        s.problem = shortened(s.problem, int(s.problem.size()) - problemChars);
        s.solution = shortened(s.solution, int(s.solution.size()) - (fit.bodyChars - problemChars));
        warnings->append(QStringLiteral("%1: the card's text was shortened to fit").arg(p.fileName));
    }
    if (p.broken)
        warnings->append(QStringLiteral("%1: cannot be read as a pattern; its card says so").arg(p.fileName));
    QString html = QStringLiteral("<div class=\"card\" style=\"font-size: %1pt\">\n").arg(fit.points);
    html += QStringLiteral("<div class=\"card-head\"><span class=\"card-id\">%1</span><span class=\"card-scale\">%2</span></div>\n")
                .arg(s.id > 0 ? QString::number(s.id) : QString(), p.broken ? QString() : esc(pub.scaleHeading(s.scale)));
    html += QStringLiteral("<h2 class=\"card-name\">%1%2</h2>\n")
                .arg(esc(s.name), s.confidence > 0 ? QStringLiteral(" <span class=\"stars\">%1</span>").arg(starsText(s.confidence))
                                                   : QString());
    if (p.broken) {
        html += QStringLiteral("<p class=\"card-problem\">This file cannot be read as a pattern: %1</p>\n")
                    .arg(esc(p.diagnostics.isEmpty() ? QString() : p.diagnostics.first().message));
    } else {
        if (!s.problem.isEmpty())
            html += QStringLiteral("<p class=\"card-problem\">%1</p>\n").arg(esc(s.problem));
        html += QStringLiteral("<p class=\"card-therefore\">Therefore:</p>\n");
        if (!s.solution.isEmpty())
            html += QStringLiteral("<p class=\"card-solution\">%1</p>\n").arg(esc(s.solution));
    }
    html += QStringLiteral("<div class=\"card-links\">\n");
    if (!s.contextNames.isEmpty())
        html += QStringLiteral("<p><span class=\"label\">Context</span> %1</p>\n").arg(esc(s.contextNames.join(QStringLiteral(", "))));
    if (!s.completionNames.isEmpty())
        html += QStringLiteral("<p><span class=\"label\">Completion</span> %1</p>\n")
                    .arg(esc(s.completionNames.join(QStringLiteral(", "))));
    return html + QStringLiteral("</div>\n</div>\n");
}

} // namespace

QString PdfExporter::displayName() const
{
    return m_kind == Cards ? QCoreApplication::translate("pb::Exporter", "Workshop Cards (PDF)")
                           : QCoreApplication::translate("pb::Exporter", "PDF Booklet");
}

QString PdfExporter::weasyPrint() { return QStandardPaths::findExecutable(QStringLiteral("weasyprint")); }

QString PdfExporter::unavailableReason() const
{
    if (!weasyPrint().isEmpty())
        return {};
    return QCoreApplication::translate("pb::Exporter",
                                       "PDF export needs WeasyPrint, which is not installed. On Debian and Ubuntu: "
                                       "sudo apt install weasyprint");
}

QString PdfExporter::bookletHtml(const Publication &pub)
{
    const Language &language = pub.language();
    const RenderContext context = printContext(pub);
    const QString title = pub.title();
    QString css = readingStylesheet() + QString::fromUtf8(publishResource(QStringLiteral("booklet.css")));
    css += QStringLiteral("@page { size: %1; }\n").arg(pageSize(pub));
    css += QStringLiteral(":root { --book-title: \"%1\"; }\n").arg(QString(title).replace(QLatin1Char('"'), QLatin1Char('\'')));
    QString html = documentHead(pub, pub.subtitle().isEmpty() ? title : QStringLiteral("%1: %2").arg(title, pub.subtitle()), css);
    html += QStringLiteral("<body class=\"booklet\" data-title=\"%1\">\n").arg(esc(title));

    QString lead, rest;
    const QByteArray intro = pub.introduction();
    if (!intro.isEmpty())
        splitIntroduction(renderDocument(intro, context), &lead, &rest);
    html += QStringLiteral("<section class=\"title-page\" id=\"title\">\n<h1 class=\"book-title\">%1</h1>\n").arg(esc(title));
    if (!pub.subtitle().isEmpty())
        html += QStringLiteral("<p class=\"book-subtitle\">%1</p>\n").arg(esc(pub.subtitle()));
    html += QStringLiteral("<div class=\"lead\">%1</div>\n<p class=\"book-count\">%2</p>\n</section>\n")
                .arg(lead, patternCount(pub.indices().size()));
    if (!rest.isEmpty())
        html += QStringLiteral("<section class=\"introduction\" data-name=\"Introduction\">\n<h1 class=\"section-title\">"
                               "Introduction</h1>\n%1</section>\n")
                    .arg(rest);

    // Contents: each pattern's page number from WeasyPrint's target-counter (see booklet.css).
    html += QStringLiteral("<nav class=\"toc\" data-name=\"Contents\">\n<h1 class=\"section-title\">Contents</h1>\n");
    const QList<Publication::Part> parts = pub.parts();
    for (const Publication::Part &part : parts) {
        html += QStringLiteral("<h2><a href=\"#%1\">%2</a></h2>\n<ol>\n").arg(part.anchor, esc(part.heading));
        for (int index : part.indices) {
            const Pattern &p = language.pattern(index);
            if (p.broken) {
                html += QStringLiteral("<li><a href=\"#%1\">%2</a></li>\n").arg(pageAnchor(pub, index), esc(p.fileName));
                continue;
            }
            html += QStringLiteral("<li><a href=\"#%1\"><span class=\"toc-id\">%2</span> %3 <span class=\"stars\">%4</span></a></li>\n")
                        .arg(pageAnchor(pub, index))
                        .arg(p.fields.id)
                        .arg(esc(p.fields.name), starsText(p.fields.confidence));
        }
        html += QStringLiteral("</ol>\n");
    }
    html += QStringLiteral("</nav>\n");

    // The parts and patterns. Rendering is the slow part: it runs on every core.
    QList<int> order;
    QList<int> partOf;
    for (int i = 0; i < parts.size(); ++i) {
        for (int index : parts.at(i).indices) {
            order.append(index);
            partOf.append(i);
        }
    }
    QStringList rendered(order.size());
    parallelFor(int(order.size()), [&](int i) {
        const int index = order.at(i);
        const Pattern &p = language.pattern(index);
        const RenderedPattern r = renderPattern(p, context, pub.backlinks(index));
        const QString name = p.broken ? pub.displayName(index) : p.fields.id > 0 ? QStringLiteral("%1 %2").arg(p.fields.id).arg(r.title) : r.title;
        rendered[i] = QStringLiteral("<section class=\"pattern-page\" id=\"%1\" data-name=\"%2\">\n%3</section>\n")
                          .arg(pageAnchor(pub, index), esc(name), r.html);
    });
    int lastPart = -1;
    for (int i = 0; i < order.size(); ++i) {
        if (partOf.at(i) != lastPart) {
            lastPart = partOf.at(i);
            const Publication::Part &part = parts.at(lastPart);
            html += QStringLiteral("<section class=\"part\" id=\"%1\" data-name=\"%2\">\n<h1 class=\"part-title\">%2</h1>\n")
                        .arg(part.anchor, esc(part.heading));
            if (!part.description.isEmpty())
                html += QStringLiteral("<p class=\"part-description\">%1</p>\n").arg(esc(part.description));
            html += QStringLiteral("</section>\n");
        }
        html += rendered.at(i);
    }
    return html + QStringLiteral("</body>\n</html>\n");
}

QString PdfExporter::cardsHtml(const Publication &pub, QStringList *warnings)
{
    const bool letter = pageSize(pub) == QLatin1String("letter");
    const qreal sheetW = letter ? 215.9 : 210, sheetH = letter ? 279.4 : 297;
    const qreal cardW = sheetW / 2, cardH = sheetH / 2;
    QString css = QString::fromUtf8(publishResource(QStringLiteral("cards.css")));
    css += QStringLiteral("@page { size: %1mm %2mm; margin: 0; }\n.sheet { width: %1mm; height: %2mm; }\n"
                          ".card { width: %3mm; height: %4mm; }\n.card:nth-child(2) { left: %3mm; }\n"
                          ".card:nth-child(3) { top: %4mm; }\n.card:nth-child(4) { left: %3mm; top: %4mm; }\n")
               .arg(sheetW)
               .arg(sheetH)
               .arg(cardW)
               .arg(cardH);
    // Cut marks: where the two cuts cross the sheet's edges, and a cross at the centre. Outside the
    // cards' text, inside what printers can print.
    css += QStringLiteral(".cut.v { left: %1mm; } .cut.h { top: %2mm; } .cut.bottom { top: %3mm; } .cut.right { left: %4mm; }\n"
                          ".cut.centre.v { top: %5mm; } .cut.centre.h { left: %6mm; }\n")
               .arg(cardW)
               .arg(cardH)
               .arg(sheetH - 9)
               .arg(sheetW - 9)
               .arg(cardH - 3)
               .arg(cardW - 3);
    QString html = documentHead(pub, QStringLiteral("%1: cards").arg(pub.title()), css);
    html += QStringLiteral("<body class=\"cards\">\n");
    const QList<int> &indices = pub.indices();
    QStringList cards(indices.size());
    QList<QStringList> cardWarnings(indices.size());
    parallelFor(int(indices.size()), [&](int i) { cards[i] = cardHtml(pub, indices.at(i), cardW, cardH, &cardWarnings[i]); });
    for (const QStringList &w : std::as_const(cardWarnings))
        warnings->append(w);
    static const QString marks = QStringLiteral(
        "<div class=\"cut v top\"></div><div class=\"cut v bottom\"></div><div class=\"cut h left\"></div>"
        "<div class=\"cut h right\"></div><div class=\"cut v centre\"></div><div class=\"cut h centre\"></div>\n");
    for (int i = 0; i < cards.size(); i += 4) {
        html += QStringLiteral("<div class=\"sheet\">\n");
        for (int j = i; j < std::min<qsizetype>(i + 4, cards.size()); ++j)
            html += cards.at(j);
        html += marks + QStringLiteral("</div>\n");
    }
    return html + QStringLiteral("</body>\n</html>\n");
}

QString PdfExporter::adjust(ExportOptions &options) const
{
    options.cards = m_kind == Cards;
    if (options.paper.compare(QLatin1String("A4"), Qt::CaseInsensitive) != 0
        && options.paper.compare(QLatin1String("Letter"), Qt::CaseInsensitive) != 0)
        return QStringLiteral("the paper is A4 or Letter, not \u201c%1\u201d").arg(options.paper);
    return {};
}

bool PdfExporter::write(const Publication &publication, Staging &staging, ExportProgress &progress,
                        ExportResult &result) const
{
    progress.setTotal(3);
    const QString html = m_kind == Cards ? cardsHtml(publication, &result.warnings) : bookletHtml(publication);
    for (const Publication::LocalFile &file : publication.localFiles()) {
        if (!staging.copy(file.source, QStringLiteral("files/") + file.relative, &result.error))
            return false;
    }
    progress.advance(QStringLiteral("HTML"));
    if (progress.isCanceled())
        return false;
    if (m_kind == Booklet) {
        for (int index : publication.brokenPatterns())
            result.warnings << QStringLiteral("%1: printed as a page showing why it cannot be read")
                                   .arg(publication.language().pattern(index).fileName);
    }
    if (!runWeasyPrint(staging, html, QStringLiteral("out.pdf"), progress, &result.error))
        return false;
    progress.advance(QStringLiteral("PDF"));
    return true;
}

bool PdfExporter::commit(Staging &staging, QString *error) const
{
    return staging.commitFile(QStringLiteral("out.pdf"), error);
}

} // namespace pb
