// The exported site in a real browser engine, opened from file:// as a reader would open it:
// it shows, its search works, and it asks the network for nothing.

#include "publish/exporter.h"
#include "language/language.h"
#include "testsupport.h"
#include "webtestsupport.h"

#include <QApplication>
#include <QMutex>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEngineProfile>
#include <QWebEngineUrlRequestInterceptor>
#include <QWebEngineUrlRequestInfo>

using namespace pb;

namespace {

// Every request the pages make, from the engine's network thread.
class Recorder : public QWebEngineUrlRequestInterceptor
{
public:
    void interceptRequest(QWebEngineUrlRequestInfo &info) override
    {
        QMutexLocker lock(&m_mutex);
        m_urls.append(info.requestUrl());
    }
    QList<QUrl> urls()
    {
        QMutexLocker lock(&m_mutex);
        return m_urls;
    }
    void clear()
    {
        QMutexLocker lock(&m_mutex);
        m_urls.clear();
    }

private:
    QMutex m_mutex;
    QList<QUrl> m_urls;
};

class Page : public QWebEnginePage
{
public:
    using QWebEnginePage::QWebEnginePage;
    QStringList errors;

protected:
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message, int line,
                                  const QString &source) override
    {
        if (level == ErrorMessageLevel)
            errors << QStringLiteral("%1:%2: %3").arg(source).arg(line).arg(message);
    }
};

} // namespace

class TestSiteInBrowser : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_site;
    Recorder m_recorder;
    std::unique_ptr<QWebEngineProfile> m_profile;
    std::unique_ptr<Page> m_page;
    std::unique_ptr<QWebEngineView> m_view;

    bool open(const QString &relative, const QString &query = {})
    {
        QUrl url = QUrl::fromLocalFile(QDir(m_site).filePath(relative));
        url.setQuery(query);
        QSignalSpy loaded(m_view.get(), &QWebEngineView::loadFinished);
        m_view->load(url);
        return loaded.wait(20000) && loaded.first().first().toBool();
    }

    QVariant js(const QString &script) { return test::evaluate(m_view.get(), script); }

    void requestsStayedOnDisk()
    {
        for (const QUrl &url : m_recorder.urls())
            QVERIFY2(url.isLocalFile() && url.toLocalFile().startsWith(m_site), qPrintable(url.toString()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_site = m_dir.filePath(QStringLiteral("site"));
        const Language language = Language::load(test::sampleLanguageDir());
        ExportProgress progress;
        const ExportResult result = exporterById(QStringLiteral("site"))->run(language, {}, m_site, progress);
        QVERIFY2(result.ok, qPrintable(result.error));
        m_profile = std::make_unique<QWebEngineProfile>();
        m_profile->setUrlRequestInterceptor(&m_recorder);
        m_page = std::make_unique<Page>(m_profile.get());
        m_view = std::make_unique<QWebEngineView>();
        m_view->setPage(m_page.get());
        m_view->resize(1200, 900);
        m_view->show();
    }

    void cleanupTestCase()
    {
        m_view.reset();
        m_page.reset();
        m_profile.reset();
    }

    void init()
    {
        m_recorder.clear();
        m_page->errors.clear();
    }

    // The index lists every pattern by scale, styled by the site's own stylesheets.
    void indexShows()
    {
        QVERIFY(open(QStringLiteral("index.html")));
        QCOMPARE(js(QStringLiteral("document.querySelectorAll('nav.contents .pattern-list li').length")).toInt(), 28);
        QCOMPARE(js(QStringLiteral("document.querySelectorAll('nav.contents h3').length")).toInt(), 6);
        // The stylesheet applied: the content is held to the reading measure.
        QVERIFY(js(QStringLiteral("document.querySelector('main').getBoundingClientRect().width")).toDouble() < 800);
        QVERIFY2(m_page->errors.isEmpty(), qPrintable(m_page->errors.join(QLatin1Char('\n'))));
        requestsStayedOnDisk();
    }

    // A pattern page: its neighbourhood is a graph of links, and following one goes to its page.
    void patternPageLinks()
    {
        QVERIFY(open(QStringLiteral("patterns/009-team-cognitive-load.html")));
        QCOMPARE(js(QStringLiteral("document.querySelector('h1').textContent.trim()")).toString(),
                 QStringLiteral("Team Cognitive Load \u2605"));
        QCOMPARE(js(QStringLiteral("document.querySelectorAll('svg.graph a[*|href]').length")).toInt(), 3);
        QSignalSpy loaded(m_view.get(), &QWebEngineView::loadFinished);
        js(QStringLiteral("document.querySelector('a.pattern-ref[data-id=\"6\"]').click()"));
        QVERIFY(loaded.wait(20000));
        QVERIFY(m_view->url().toLocalFile().endsWith(QLatin1String("patterns/006-inverse-conway-manoeuvre.html")));
        QVERIFY2(m_page->errors.isEmpty(), qPrintable(m_page->errors.join(QLatin1Char('\n'))));
        requestsStayedOnDisk();
    }

    void search_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("first");
        QTest::newRow("a name first, then the text") << "conway" << 8 << "Inverse Conway Manoeuvre";
        QTest::newRow("words anywhere, case and accents aside") << "WESTRUM generative" << 1 << "Generative Culture";
        QTest::newRow("a tag") << "#flow" << 4 << "";
        QTest::newRow("a number is an id") << "17" << 1 << "Fitness Functions";
        QTest::newRow("nothing") << "zebra-quokka" << 0 << "";
    }

    // Offline search: from the address's ?q=, and again as one types.
    void search()
    {
        QFETCH(QString, query);
        QFETCH(int, count);
        QFETCH(QString, first);
        QVERIFY(open(QStringLiteral("search.html"), QStringLiteral("q=") + QString::fromUtf8(QUrl::toPercentEncoding(query))));
        QTRY_COMPARE(js(QStringLiteral("document.querySelectorAll('#search-results li').length")).toInt(), count);
        if (!first.isEmpty())
            QVERIFY(js(QStringLiteral("document.querySelector('#search-results li a').textContent")).toString().contains(first));
        QCOMPARE(js(QStringLiteral("document.getElementById('q').value")).toString(), query);
        js(QStringLiteral("var q = document.getElementById('q'); q.value = 'team'; q.dispatchEvent(new Event('input'));"));
        QTRY_VERIFY(js(QStringLiteral("document.querySelectorAll('#search-results li').length")).toInt() > 5);
        QVERIFY2(m_page->errors.isEmpty(), qPrintable(m_page->errors.join(QLatin1Char('\n'))));
        requestsStayedOnDisk();
    }
};

QTEST_MAIN(TestSiteInBrowser)
#include "tst_siteinbrowser.moc"
