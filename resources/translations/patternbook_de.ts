<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <source>&amp;Open Language…</source>
        <translation>Mustersprache &amp;öffnen…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Neu la&amp;den</translation>
    </message>
    <message>
        <source>&amp;New Pattern…</source>
        <translation>&amp;Neues Muster…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save A&amp;ll</source>
        <translation>&amp;Alle speichern</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Zu&amp;rücksetzen</translation>
    </message>
    <message>
        <source>&amp;Close Editor</source>
        <translation>&amp;Editor schließen</translation>
    </message>
    <message>
        <source>&amp;Delete Pattern…</source>
        <translation>Muster &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Undo Change Across Files</source>
        <translation>Dateiübergreifende Änderung rückgängig machen</translation>
    </message>
    <message>
        <source>Redo Change Across Files</source>
        <translation>Dateiübergreifende Änderung wiederholen</translation>
    </message>
    <message>
        <source>&amp;Edit Pattern</source>
        <translation>Muster &amp;bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Vorwärts</translation>
    </message>
    <message>
        <source>&amp;Go to Pattern…</source>
        <translation>Gehe zu &amp;Muster…</translation>
    </message>
    <message>
        <source>&amp;Search Patterns</source>
        <translation>Muster &amp;suchen</translation>
    </message>
    <message>
        <source>Reading and Graph &amp;Side by Side</source>
        <translation>Lesebereich und Graph &amp;nebeneinander</translation>
    </message>
    <message>
        <source>Reading and Graph in &amp;Tabs</source>
        <translation>Lesebereich und Graph in &amp;Registerkarten</translation>
    </message>
    <message>
        <source>Show &amp;Diagnostics</source>
        <translation>&amp;Befunde anzeigen</translation>
    </message>
    <message>
        <source>&amp;Whole Language</source>
        <translation>&amp;Ganze Mustersprache</translation>
    </message>
    <message>
        <source>Focus: &amp;1 Link Around</source>
        <translation>Fokus: &amp;1 Verknüpfung im Umkreis</translation>
    </message>
    <message>
        <source>Focus: &amp;2 Links Around</source>
        <translation>Fokus: &amp;2 Verknüpfungen im Umkreis</translation>
    </message>
    <message>
        <source>Focus: &amp;3 Links Around</source>
        <translation>Fokus: &amp;3 Verknüpfungen im Umkreis</translation>
    </message>
    <message>
        <source>&amp;Fit Graph to Window</source>
        <translation>Graph an &amp;Fenster anpassen</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Reset Graph Layout</source>
        <translation>Graph-Anordnung &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>&amp;About Patternbook</source>
        <translation>Ü&amp;ber Patternbook</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Listed by only one of the two patterns</source>
        <translation>Nur von einem der beiden Muster aufgeführt</translation>
    </message>
    <message>
        <source>%1 mentions %2</source>
        <translation>%1 erwähnt %2</translation>
    </message>
    <message>
        <source>%1 is completed by %2</source>
        <translation>%1 wird durch %2 ergänzt</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>%1 kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>&amp;Graph…</source>
        <translation>&amp;Graph…</translation>
    </message>
    <message>
        <source>Export the graph as SVG, PNG, PDF or a poster</source>
        <translation>Den Graphen als SVG, PNG, PDF oder Poster exportieren</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
</context>
<context>
    <name>pb::CommandLine</name>
    <message>
        <source>Check a pattern language and print its problems, compiler style:
FILE:LINE:COL: error|warning: MESSAGE [CODE]. Prints nothing for a clean language.
Exits 1 when there are errors, 0 otherwise.</source>
        <translation>Eine Mustersprache prüfen und ihre Probleme im Stil eines Compilers ausgeben:
FILE:LINE:COL: error|warning: MESSAGE [CODE]. Gibt bei einer fehlerfreien Mustersprache nichts aus.
Exit-Status 1, wenn es Fehler gibt, sonst 0.</translation>
    </message>
    <message>
        <source>The language folder (or one file of it).</source>
        <translation>Der Ordner der Mustersprache (oder eine Datei darin).</translation>
    </message>
    <message>
        <source>Print the diagnostics as JSON.</source>
        <translation>Die Befunde als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Treat warnings as errors (exit 1).</source>
        <translation>Warnungen als Fehler behandeln (Exit-Status 1).</translation>
    </message>
    <message>
        <source>text (FILE:LINE:COL: ...), json (as --json), or github (annotations for GitHub Actions).</source>
        <translation>text (FILE:LINE:COL: ...), json (wie --json) oder github (Annotationen für GitHub Actions).</translation>
    </message>
    <message>
        <source>List every rule: its code, severity, the check that raises it, and what it means.</source>
        <translation>Alle Regeln auflisten: ihren Code, ihren Schweregrad, die Prüfung, die sie meldet, und ihre Bedeutung.</translation>
    </message>
    <message>
        <source>--format takes text, json or github, not &apos;%1&apos;</source>
        <translation>--format erwartet text, json oder github, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 and %2 in %3</source>
        <extracomment>&quot;3 errors and 1 warning in 28 patterns&quot;</extracomment>
        <translation>%1 und %2 in %3</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pattern(s)</source>
        <translation>
            <numerusform>%n Muster</numerusform>
            <numerusform>%n Mustern</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the reading pane&apos;s HTML for one pattern: a whole page with its stylesheet,
or with --fragment only the &lt;article&gt;.</source>
        <translation>Das HTML des Lesebereichs für ein Muster ausgeben: eine ganze Seite mit ihrem Stylesheet
oder mit --fragment nur das &lt;article&gt;.</translation>
    </message>
    <message>
        <source>A pattern file.</source>
        <translation>Eine Musterdatei.</translation>
    </message>
    <message>
        <source>Print only the &lt;article&gt; element.</source>
        <translation>Nur das Element &lt;article&gt; ausgeben.</translation>
    </message>
    <message>
        <source>Where pattern references point: &apos;app&apos; (pattern:ID, as in the app) or &apos;html&apos; (the sibling FILE.html, as in a static site).</source>
        <translation>Wohin Verweise auf Muster zeigen: &apos;app&apos; (pattern:ID, wie in der App) oder &apos;html&apos; (die benachbarte FILE.html, wie in einer statischen Website).</translation>
    </message>
    <message>
        <source>%1 is a folder; render takes one pattern file</source>
        <translation>%1 ist ein Ordner; render erwartet eine Musterdatei</translation>
    </message>
    <message>
        <source>--links takes &apos;app&apos; or &apos;html&apos;, not &apos;%1&apos;</source>
        <translation>--links erwartet &apos;app&apos; oder &apos;html&apos;, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 is not a Markdown file of the language</source>
        <translation>%1 ist keine Markdown-Datei der Mustersprache</translation>
    </message>
    <message>
        <source>The language folder.</source>
        <translation>Der Ordner der Mustersprache.</translation>
    </message>
    <message>
        <source>dot (Graphviz&apos;s language), json, svg, png or pdf.</source>
        <translation>dot (die Sprache von Graphviz), json, svg, png oder pdf.</translation>
    </message>
    <message>
        <source>A poster on this paper, landscape: A1, A2, A3, A4 or Letter.</source>
        <translation>Ein Poster auf diesem Papier, im Querformat: A1, A2, A3, A4 oder Letter.</translation>
    </message>
    <message>
        <source>The shape to fill, width:height (default 16:9).</source>
        <translation>Das zu füllende Format, Breite:Höhe (Vorgabe 16:9).</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>In FILE statt in die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>--paper takes A1, A2, A3, A4 or Letter, not &apos;%1&apos;</source>
        <translation>--paper erwartet A1, A2, A3, A4 oder Letter, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--aspect takes a shape such as 16:9 or 4:3</source>
        <translation>--aspect erwartet ein Format wie 16:9 oder 4:3</translation>
    </message>
    <message>
        <source>the graph could not be drawn: %1</source>
        <translation>der Graph konnte nicht gezeichnet werden: %1</translation>
    </message>
    <message>
        <source>--format takes dot, json, svg, png or pdf, not &apos;%1&apos;</source>
        <translation>--format erwartet dot, json, svg, png oder pdf, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Edit a pattern&apos;s front matter through the app&apos;s save path: only the named keys&apos;
text changes (and the title, with name or confidence); the result must validate
without errors or nothing is written. VALUE is YAML: 2, &quot;Some Name&quot;, [1, 3].</source>
        <translation>Den Vorspann eines Musters über den Speicherweg der App bearbeiten: nur der Text der genannten
Schlüssel ändert sich (mit name oder confidence auch der Titel); das Ergebnis muss ohne Fehler
validieren, sonst wird nichts geschrieben. VALUE ist YAML: 2, &quot;Some Name&quot;, [1, 3].</translation>
    </message>
    <message>
        <source>A key and its new YAML value.</source>
        <translation>Ein Schlüssel und sein neuer YAML-Wert.</translation>
    </message>
    <message>
        <source>Remove KEY from the front matter.</source>
        <translation>KEY aus dem Vorspann entfernen.</translation>
    </message>
    <message>
        <source>Print the new file instead of writing it.</source>
        <translation>Die neue Datei ausgeben, statt sie zu schreiben.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not KEY=VALUE</source>
        <translation>&apos;%1&apos; hat nicht die Form KEY=VALUE</translation>
    </message>
    <message>
        <source>the value of %1 is not YAML: %2</source>
        <translation>der Wert von %1 ist kein YAML: %2</translation>
    </message>
    <message>
        <source>nothing to set: give KEY=VALUE or --unset KEY</source>
        <translation>nichts zu setzen: geben Sie KEY=VALUE oder --unset KEY an</translation>
    </message>
    <message>
        <source>%1 is not a pattern file</source>
        <translation>%1 ist keine Musterdatei</translation>
    </message>
    <message>
        <source>List the changes; write nothing.</source>
        <translation>Die Änderungen auflisten; nichts schreiben.</translation>
    </message>
    <message>
        <source>Fix only diagnostics with this code (repeatable).</source>
        <translation>Nur Befunde mit diesem Code korrigieren (wiederholbar).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a diagnostic code (%2 validate --list-codes)</source>
        <translation>&apos;%1&apos; ist kein Befundcode (%2 validate --list-codes)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no mechanical fix</source>
        <translation>für &apos;%1&apos; gibt es keine mechanische Korrektur</translation>
    </message>
    <message numerus="yes">
        <source>%n fix(es)</source>
        <translation>
            <numerusform>%n Korrektur</numerusform>
            <numerusform>%n Korrekturen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2 (a dry run: nothing written)</source>
        <extracomment>&quot;3 fixes in 2 files (a dry run: nothing written)&quot;</extracomment>
        <translation>%1 in %2 (ein Probelauf: nichts geschrieben)</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <extracomment>&quot;3 fixes in 2 files&quot;</extracomment>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>would change</source>
        <translation>würde sich ändern</translation>
    </message>
    <message>
        <source>front matter not safely editable: %1</source>
        <translation>Vorspann nicht sicher bearbeitbar: %1</translation>
    </message>
    <message>
        <source>%1 and %2: every byte round-trips</source>
        <extracomment>&quot;28 patterns and 3 other documents: every byte round-trips&quot;</extracomment>
        <translation>In %1 und %2 bleibt beim Zurückschreiben jedes Byte erhalten</translation>
    </message>
    <message numerus="yes">
        <source>%n other document(s)</source>
        <translation>
            <numerusform>%n weiteren Dokument</numerusform>
            <numerusform>%n weiteren Dokumenten</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>The headless commands of Patternbook: no display, no widgets, no web engine.
(The desktop app, &apos;patternbook&apos;, takes the same commands.)</source>
        <translation>Die Befehle von Patternbook ohne Oberfläche: kein Bildschirm, keine Widgets, keine Web-Engine.
(Die Desktop-App, &apos;patternbook&apos;, versteht dieselben Befehle.)</translation>
    </message>
    <message>
        <source>  or:  %1</source>
        <translation>  oder: %1</translation>
    </message>
    <message>
        <source>Open the desktop app on a pattern language (the sample language at first), or
with a COMMAND, run it headless, without a display.</source>
        <translation>Die Desktop-App mit einer Mustersprache öffnen (anfangs mit der Beispiel-Mustersprache) oder
mit COMMAND diesen Befehl ohne Oberfläche und ohne Bildschirm ausführen.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>check a language; FILE:LINE:COL: error|warning: ...</source>
        <translation>eine Mustersprache prüfen; FILE:LINE:COL: error|warning: ...</translation>
    </message>
    <message>
        <source>the reading pane&apos;s HTML for one pattern, to stdout</source>
        <translation>das HTML des Lesebereichs für ein Muster, auf stdout</translation>
    </message>
    <message>
        <source>the link graph; a poster with --paper</source>
        <translation>der Verknüpfungsgraph; mit --paper ein Poster</translation>
    </message>
    <message>
        <source>edit front matter through the save path; VALUE is YAML</source>
        <translation>den Vorspann über den Speicherweg bearbeiten; VALUE ist YAML</translation>
    </message>
    <message>
        <source>apply the mechanical fixes: mirror links, list named patterns...</source>
        <translation>die mechanischen Korrekturen anwenden: Verknüpfungen spiegeln, genannte Muster aufführen...</translation>
    </message>
    <message>
        <source>load and re-serialise every file; list any that would change</source>
        <translation>jede Datei laden und neu serialisieren; jede auflisten, die sich ändern würde</translation>
    </message>
    <message>
        <source>a static site that needs no app or server</source>
        <translation>eine statische Website, die weder App noch Server braucht</translation>
    </message>
    <message>
        <source>a PDF booklet, or workshop cards (A4 or Letter)</source>
        <translation>eine PDF-Broschüre oder Workshop-Karten (A4 oder Letter)</translation>
    </message>
    <message>
        <source>an EPUB 3 book</source>
        <translation>ein EPUB-3-Buch</translation>
    </message>
    <message>
        <source>(each export takes --only IDS or --tour NAME)</source>
        <translation>(jeder Export versteht --only IDS oder --tour NAME)</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>show this help (or &apos;COMMAND --help&apos;)</source>
        <translation>diese Hilfe anzeigen (oder &apos;COMMAND --help&apos;)</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>die Version anzeigen</translation>
    </message>
    <message>
        <source>Exit status: 0 on success, 1 when validate finds errors, check-roundtrip finds a change, an edit
is refused or an export fails, 2 on a usage error.</source>
        <translation>Exit-Status: 0 bei Erfolg; 1, wenn validate Fehler findet, check-roundtrip eine Änderung findet, eine
Bearbeitung abgelehnt wird oder ein Export fehlschlägt; 2 bei einem Aufruffehler.</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Try &apos;%1&apos;.</source>
        <translation>Versuchen Sie &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: Datei oder Ordner nicht vorhanden</translation>
    </message>
    <message>
        <source>Write the language as a static site in the folder OUT: a page per pattern set like the reading
pane, with its backlinks and neighbourhood graph; an index by scale; a page per tag; the whole
graph; offline search. It opens from file:// with no server and fetches nothing from the network.
OUT must be new, empty, or an earlier export (which is replaced whole, only once the new one is
complete).</source>
        <translation>Die Mustersprache als statische Website in den Ordner OUT schreiben: eine Seite je Muster, gesetzt wie
im Lesebereich, mit Rückverweisen und Umgebungsgraph; ein Verzeichnis nach Ebenen; eine Seite je Schlagwort;
den ganzen Graphen; eine Offline-Suche. Sie öffnet sich über file:// ohne Server und lädt nichts aus dem Netz.
OUT muss neu oder leer sein oder ein früherer Export (der als Ganzes ersetzt wird, erst wenn der neue
vollständig ist).</translation>
    </message>
    <message>
        <source>Write a PDF booklet (title page, contents by scale with page numbers, each pattern from a new
page, an outline, running headers), or with --cards, workshop cards: A6, four to an A4 sheet with
cut marks (a quarter sheet on Letter). Needs WeasyPrint (Debian package weasyprint).</source>
        <translation>Eine PDF-Broschüre schreiben (Titelseite, Inhaltsverzeichnis nach Ebenen mit Seitenzahlen, jedes Muster
auf einer neuen Seite, Lesezeichen, Kopfzeilen) oder mit --cards Workshop-Karten: A6, vier auf einem A4-Bogen
mit Schnittmarken (ein Viertelbogen bei Letter). Benötigt WeasyPrint (Debian-Paket weasyprint).</translation>
    </message>
    <message>
        <source>Write an EPUB 3 book for e-readers and phones: a navigation document by scale,
references as internal links, the reading stylesheet.</source>
        <translation>Ein EPUB-3-Buch für E-Reader und Smartphones schreiben: ein Navigationsdokument nach Ebenen,
Verweise als interne Links, das Stylesheet des Lesebereichs.</translation>
    </message>
    <message>
        <source>Exits 1 when the export fails; the output is then left as it was.</source>
        <translation>Exit-Status 1, wenn der Export fehlschlägt; die Ausgabe bleibt dann, wie sie war.</translation>
    </message>
    <message>
        <source>The folder to write.</source>
        <translation>Der zu schreibende Ordner.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>Export only these pattern ids, in this order: 3,7,12.</source>
        <translation>Nur diese Muster-IDs exportieren, in dieser Reihenfolge: 3,7,12.</translation>
    </message>
    <message>
        <source>Export a tour&apos;s patterns, in its order (.patternbook/tours).</source>
        <translation>Die Muster eines Rundgangs in seiner Reihenfolge exportieren (.patternbook/tours).</translation>
    </message>
    <message>
        <source>The language the patterns are written in (en).</source>
        <translation>Die Sprache, in der die Muster geschrieben sind (en).</translation>
    </message>
    <message>
        <source>Leave out the graphs (faster for large languages).</source>
        <translation>Die Graphen weglassen (schneller bei großen Mustersprachen).</translation>
    </message>
    <message>
        <source>Workshop cards instead of the booklet.</source>
        <translation>Workshop-Karten statt der Broschüre.</translation>
    </message>
    <message>
        <source>A4 or Letter.</source>
        <translation>A4 oder Letter.</translation>
    </message>
    <message>
        <source>%1 is a file; give the language&apos;s folder</source>
        <translation>%1 ist eine Datei; geben Sie den Ordner der Mustersprache an</translation>
    </message>
    <message>
        <source>%1: no such folder</source>
        <translation>%1: Ordner nicht vorhanden</translation>
    </message>
    <message>
        <source>--only takes pattern ids, such as 3,7,12</source>
        <translation>--only erwartet Muster-IDs, etwa 3,7,12</translation>
    </message>
    <message>
        <source>--lang takes a language code such as en or de-CH</source>
        <translation>--lang erwartet einen Sprachcode wie en oder de-CH</translation>
    </message>
    <message>
        <source>--paper takes A4 or Letter</source>
        <translation>--paper erwartet A4 oder Letter</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>canceled; %1 is as it was</source>
        <translation>abgebrochen; %1 ist unverändert</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n pattern(s) in %2 s</source>
        <translation>
            <numerusform>%1: %n Muster in %2 s</numerusform>
            <numerusform>%1: %n Muster in %2 s</numerusform>
        </translation>
    </message>
    <message>
        <source>running as root, so the web engine&apos;s sandbox is off</source>
        <translation>läuft als root, daher ist die Sandbox der Web-Engine abgeschaltet</translation>
    </message>
    <message>
        <source>Browse and edit pattern languages.
Run &apos;patternbook --help&apos; for the headless commands.</source>
        <translation>Mustersprachen durchsuchen und bearbeiten.
&apos;patternbook --help&apos; zeigt die Befehle ohne Oberfläche.</translation>
    </message>
    <message>
        <source>A language folder, or a pattern file in one.</source>
        <translation>Ein Ordner einer Mustersprache oder eine Musterdatei darin.</translation>
    </message>
    <message>
        <source>Open at the pattern with this id.</source>
        <translation>Beim Muster mit dieser ID öffnen.</translation>
    </message>
    <message>
        <source>Show only N links around the current pattern.</source>
        <translation>Nur N Verknüpfungen im Umkreis des aktuellen Musters zeigen.</translation>
    </message>
    <message>
        <source>Reading pane and graph in tabs, this one in front.</source>
        <translation>Lesebereich und Graph in Registerkarten, diese vorn.</translation>
    </message>
    <message>
        <source>Show the diagnostics panel.</source>
        <translation>Die Befundleiste anzeigen.</translation>
    </message>
    <message>
        <source>Open the pattern in an editor.</source>
        <translation>Das Muster in einem Editor öffnen.</translation>
    </message>
    <message>
        <source>Present the saved tour of this name.</source>
        <translation>Den gespeicherten Rundgang dieses Namens präsentieren.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a command nor a file or folder</source>
        <translation>&apos;%1&apos; ist weder ein Befehl noch eine Datei oder ein Ordner</translation>
    </message>
    <message>
        <source>Print how long the start took (window, list, reading pane, graph) and quit.</source>
        <translation>Ausgeben, wie lange der Start gedauert hat (Fenster, Liste, Lesebereich, Graph), und beenden.</translation>
    </message>
    <message>
        <source>%1 was deleted; nothing was written</source>
        <translation>%1 wurde gelöscht; nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>%1 kept changing on disk while it was being edited; nothing was written</source>
        <translation>%1 wurde auf dem Datenträger immer wieder geändert, während es bearbeitet wurde; nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>Apply every mechanical fix validate knows: links only one side lists are listed by
the other side too, patterns named in the context or completion paragraph are added
to the link list, duplicate and self links removed, titles rewritten from the name
and confidence, tags written in kebab-case. Only the lines of those lists and titles
change; list style, comments and everything else stay as written. Stale references
(an old name of a pattern) rewrite prose, so they are fixed only with
--only stale-reference, and only where the words are close to the pattern&apos;s name.
Fixes run to a fixed point: a second run finds nothing. A link against the scale order
or one that would make a cycle is never added: it is listed for the author instead.
Every file is checked to round-trip and validate, and written only if it still holds
what fix read. Exits 2, writing nothing, on a language with errors; 1 when a file
could not be written.</source>
        <translation>Jede mechanische Korrektur anwenden, die validate kennt: Verknüpfungen, die nur eine Seite
aufführt, werden auch auf der anderen Seite eingetragen, im Kontext- oder Ergänzungsabsatz
genannte Muster kommen in die Verknüpfungsliste, doppelte Verknüpfungen und Verknüpfungen auf
sich selbst werden entfernt, Titel aus Name und Gewissheit neu geschrieben, Schlagwörter in
kebab-case geschrieben. Nur die Zeilen dieser Listen und Titel ändern sich; Listenstil,
Kommentare und alles andere bleiben wie geschrieben. Veraltete Verweise (ein alter Name eines
Musters) ändern Fließtext und werden daher nur mit --only stale-reference korrigiert, und nur,
wo die Wörter dem Namen des Musters nahe sind. Die Korrekturen laufen bis zu einem Fixpunkt: ein
zweiter Lauf findet nichts. Eine Verknüpfung gegen die Ordnung der Ebenen oder eine, die einen
Zyklus bilden würde, wird nie hinzugefügt, sondern für den Autor aufgeführt. Jede Datei wird
auf verlustfreies Zurückschreiben und Gültigkeit geprüft und nur geschrieben, wenn sie noch
enthält, was fix gelesen hat. Exit-Status 2 ohne Schreiben bei einer Mustersprache mit Fehlern;
1, wenn eine Datei nicht geschrieben werden konnte.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) in the language, which fix does not mend: fix them first; nothing was written</source>
        <translation>
            <numerusform>%n Fehler in der Mustersprache, den fix nicht behebt: beheben Sie ihn zuerst; nichts wurde geschrieben</numerusform>
            <numerusform>%n Fehler in der Mustersprache, die fix nicht behebt: beheben Sie sie zuerst; nichts wurde geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (left for the author)</source>
        <translation>%1 (dem Autor überlassen)</translation>
    </message>
    <message>
        <source>Load every file of a language and write it back in memory; list any file whose
bytes would change, or whose front matter could not be edited safely.
Exits 1 when any would change, or a file could not be read to check it.</source>
        <translation>Jede Datei einer Mustersprache laden und im Speicher zurückschreiben; jede Datei auflisten,
deren Bytes sich ändern würden oder deren Vorspann nicht sicher bearbeitet werden könnte.
Exit-Status 1, wenn sich eine ändern würde oder eine Datei zum Prüfen nicht gelesen werden konnte.</translation>
    </message>
    <message>
        <source>not checked: %1</source>
        <translation>nicht geprüft: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read and were not checked</source>
        <extracomment>&quot;2 files could not be read; 26 patterns round-trip&quot;</extracomment>
        <translation>
            <numerusform>%n Datei konnte nicht gelesen werden und wurde nicht geprüft</numerusform>
            <numerusform>%n Dateien konnten nicht gelesen werden und wurden nicht geprüft</numerusform>
        </translation>
    </message>
    <message>
        <source>interrupted; nothing was written</source>
        <translation>unterbrochen; nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>could not be put back: %1</source>
        <translation>konnte nicht zurückgesetzt werden: %1</translation>
    </message>
    <message>
        <source>%1 in %2: nothing was written</source>
        <extracomment>&quot;3 fixes in 2 files: nothing was written&quot;</extracomment>
        <translation>%1 in %2: nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>Print the language&apos;s link graph: larger patterns above smaller, each scale a band,
completion links as arrows, related mentions dashed. svg, png and pdf are laid out
as the app lays the graph out and drawn by Graphviz; with --paper, a poster with a
title and a legend, for a workshop wall. --scale, --only and --tour draw a part of
the language: a poster for each part of a large one.</source>
        <translation>Den Verknüpfungsgraphen der Mustersprache ausgeben: größere Muster über kleineren, jede Ebene ein Band,
Ergänzungsverknüpfungen als Pfeile, Erwähnungen gestrichelt. svg, png und pdf werden so angeordnet,
wie die App den Graphen anordnet, und von Graphviz gezeichnet; mit --paper ein Poster mit Titel
und Legende für die Wand eines Workshops. --scale, --only und --tour zeichnen einen Teil der
Mustersprache: ein Poster für jeden Teil einer großen.</translation>
    </message>
    <message>
        <source>Only the patterns of this scale.</source>
        <translation>Nur die Muster dieser Ebene.</translation>
    </message>
    <message>
        <source>Only these patterns: ids such as 3,7,12.</source>
        <translation>Nur diese Muster: IDs wie 3,7,12.</translation>
    </message>
    <message>
        <source>Only the patterns of this tour.</source>
        <translation>Nur die Muster dieser Tour.</translation>
    </message>
    <message>
        <source>--scale takes a scale from 1 to 10</source>
        <translation>--scale erwartet eine Ebene von 1 bis 10</translation>
    </message>
    <message>
        <source>--only takes pattern ids such as 3,7,12</source>
        <translation>--only erwartet Muster-IDs wie 3,7,12</translation>
    </message>
    <message>
        <source>Start in presentation mode.</source>
        <translation>Im Präsentationsmodus starten.</translation>
    </message>
    <message>
        <source>In presentation mode, what the room sees: both (the graph and the card), graph or card.</source>
        <translation>Im Präsentationsmodus, was der Raum sieht: both (Graph und Karte), graph oder card.</translation>
    </message>
    <message>
        <source>Show one part of the language: the patterns of this scale.</source>
        <translation>Einen Teil der Mustersprache zeigen: die Muster dieser Ebene.</translation>
    </message>
    <message>
        <source>--view takes both, graph or card, not &apos;%1&apos;</source>
        <translation>--view erwartet both, graph oder card, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no tour named “%1”: the language has no tours</source>
        <translation>kein Rundgang namens „%1“: die Mustersprache hat keine Rundgänge</translation>
    </message>
    <message>
        <source>no tour named “%1”; the language has: %2</source>
        <translation>kein Rundgang namens „%1“; die Mustersprache hat: %2</translation>
    </message>
</context>
<context>
    <name>pb::DiagnosticListModel</name>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
</context>
<context>
    <name>pb::DocumentManager</name>
    <message>
        <source>%1 could not be deleted</source>
        <translation>%1 konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>its unsaved text has changed since</source>
        <translation>der ungespeicherte Text hat sich seither geändert</translation>
    </message>
    <message>
        <source>it changed on disk since</source>
        <translation>die Datei wurde seither auf dem Datenträger geändert</translation>
    </message>
    <message>
        <source>it no longer exists</source>
        <translation>die Datei existiert nicht mehr</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 existiert bereits</translation>
    </message>
</context>
<context>
    <name>pb::Exporter</name>
    <message>
        <source>EPUB</source>
        <translation>EPUB</translation>
    </message>
    <message>
        <source>Workshop Cards (PDF)</source>
        <translation>Workshop-Karten (PDF)</translation>
    </message>
    <message>
        <source>PDF Booklet</source>
        <translation>PDF-Broschüre</translation>
    </message>
    <message>
        <source>PDF export needs WeasyPrint, which is not installed. On Debian and Ubuntu: sudo apt install weasyprint</source>
        <translation>Der PDF-Export benötigt WeasyPrint, das nicht installiert ist. Unter Debian und Ubuntu: sudo apt install weasyprint</translation>
    </message>
    <message>
        <source>Static Site</source>
        <translation>Statische Website</translation>
    </message>
    <message>
        <source>no tour named “%1”: the language has no tours</source>
        <translation>kein Rundgang namens „%1“: die Mustersprache hat keine Rundgänge</translation>
    </message>
    <message>
        <source>no tour named “%1”; the language has: %2</source>
        <translation>kein Rundgang namens „%1“; die Mustersprache hat: %2</translation>
    </message>
    <message>
        <source>the tour “%1” has no patterns</source>
        <translation>der Rundgang „%1“ enthält keine Muster</translation>
    </message>
    <message>
        <source>no pattern is both in the tour and in --only</source>
        <translation>kein Muster ist sowohl im Rundgang als auch in --only enthalten</translation>
    </message>
    <message>
        <source>no pattern has id %1</source>
        <translation>kein Muster hat die ID %1</translation>
    </message>
    <message>
        <source>%1: the folder does not exist</source>
        <translation>%1: der Ordner existiert nicht</translation>
    </message>
    <message>
        <source>%1: cannot write here (%2)</source>
        <translation>%1: hier kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder</source>
        <translation>%1 ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <source>%1 already holds files that no export made; choose an empty or new folder</source>
        <translation>%1 enthält bereits Dateien, die nicht aus einem Export stammen; wählen Sie einen leeren oder neuen Ordner</translation>
    </message>
    <message>
        <source>%1: cannot replace the earlier export</source>
        <translation>%1: der frühere Export kann nicht ersetzt werden</translation>
    </message>
    <message>
        <source>%1: cannot move the export into place</source>
        <translation>%1: der Export kann nicht an seinen Platz verschoben werden</translation>
    </message>
    <message>
        <source>%1 and %2 both have id %3; references to %3 go to %4</source>
        <translation>%1 und %2 haben beide die ID %3; Verweise auf %3 führen zu %4</translation>
    </message>
    <message>
        <source>there is nothing to export: %1 holds no pattern files</source>
        <translation>es gibt nichts zu exportieren: %1 enthält keine Musterdateien</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n file(s) that the earlier export did not write, such as %2; move them out or choose another folder, so that replacing the export loses nothing</source>
        <translation>
            <numerusform>%1 enthält %n Datei, die der frühere Export nicht geschrieben hat, etwa %2; verschieben Sie sie oder wählen Sie einen anderen Ordner, damit beim Ersetzen des Exports nichts verloren geht</numerusform>
            <numerusform>%1 enthält %n Dateien, die der frühere Export nicht geschrieben hat, etwa %2; verschieben Sie sie oder wählen Sie einen anderen Ordner, damit beim Ersetzen des Exports nichts verloren geht</numerusform>
        </translation>
    </message>
    <message>
        <source>no pattern chosen has the scale %1</source>
        <translation>kein gewähltes Muster hat die Ebene %1</translation>
    </message>
    <message>
        <source>Scale %1</source>
        <translation>Ebene %1</translation>
    </message>
</context>
<context>
    <name>pb::FileEdits</name>
    <message>
        <source>the language is closed</source>
        <translation>die Mustersprache ist geschlossen</translation>
    </message>
    <message>
        <source>it would point at %1, which no pattern has now</source>
        <translation>sie würde auf %1 verweisen, das jetzt kein Muster hat</translation>
    </message>
</context>
<context>
    <name>pb::Files</name>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 existiert bereits</translation>
    </message>
    <message>
        <source>%1 no longer exists</source>
        <translation>%1 existiert nicht mehr</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>%1 is read-only</source>
        <translation>%1 ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the folder %1 no longer exists</source>
        <translation>der Ordner %1 existiert nicht mehr</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>%1 kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>die Datei ist zu groß</translation>
    </message>
    <message>
        <source>%1 changed on disk since it was read</source>
        <translation>%1 wurde auf dem Datenträger geändert, seit es gelesen wurde</translation>
    </message>
    <message>
        <source>%1 was deleted since it was read</source>
        <translation>%1 wurde gelöscht, seit es gelesen wurde</translation>
    </message>
    <message>
        <source>cannot lock the folder %1: %2</source>
        <translation>der Ordner %1 kann nicht gesperrt werden: %2</translation>
    </message>
    <message>
        <source>another Patternbook has been writing to %1 for %2 s; nothing was written</source>
        <translation>ein anderes Patternbook schreibt seit %2 s in %1; nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>it is a link to a file that does not exist</source>
        <translation>es ist eine symbolische Verknüpfung auf eine Datei, die nicht existiert</translation>
    </message>
    <message>
        <source>(another program&apos;s text is kept in %1)</source>
        <translation>(der Text eines anderen Programms ist in %1 aufbewahrt)</translation>
    </message>
    <message>
        <source>%1 cannot be read to check that it has not changed</source>
        <translation>%1 kann nicht gelesen werden, um zu prüfen, ob sich die Datei geändert hat</translation>
    </message>
    <message>
        <source>%1 is being written by another program; nothing was written</source>
        <translation>%1 wird gerade von einem anderen Programm geschrieben; nichts wurde geschrieben</translation>
    </message>
</context>
<context>
    <name>pb::FrontMatter</name>
    <message>
        <source>the front matter is not a mapping of keys and values</source>
        <translation>der Vorspann ist keine Zuordnung von Schlüsseln zu Werten</translation>
    </message>
    <message>
        <source>the front matter is written as one flow mapping ({key: value, ...})</source>
        <translation>der Vorspann ist als eine einzige Flow-Zuordnung geschrieben ({key: value, ...})</translation>
    </message>
    <message>
        <source>the key &apos;%1&apos;</source>
        <translation>der Schlüssel &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a key that is not plain text</source>
        <translation>ein Schlüssel, der kein einfacher Text ist</translation>
    </message>
    <message>
        <source>%1 on line %2 is not written as &apos;key: value&apos; at the start of its line</source>
        <translation>%1 in Zeile %2 steht nicht als &apos;key: value&apos; am Anfang seiner Zeile</translation>
    </message>
    <message>
        <source>YAML: the quoted text of &apos;%1&apos; is never closed with %2</source>
        <translation>YAML: der Text in Anführungszeichen von &apos;%1&apos; wird nie mit %2 geschlossen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has an anchor or a tag before its value, on line %2</source>
        <translation>&apos;%1&apos; hat in Zeile %2 einen Anker oder ein YAML-Tag vor seinem Wert</translation>
    </message>
    <message>
        <source>the items of &apos;%1&apos; (line %2) are written in a form whose place in the file cannot be found exactly, such as an item with an anchor or a tag</source>
        <translation>die Einträge von &apos;%1&apos; (Zeile %2) sind in einer Form geschrieben, deren Stelle in der Datei sich nicht genau bestimmen lässt, etwa ein Eintrag mit einem Anker oder einem YAML-Tag</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>eine Zuordnung</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a decimal number</source>
        <translation>eine Dezimalzahl</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>a quoted string</source>
        <translation>ein Text in Anführungszeichen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be %2, not %3</source>
        <translation>&apos;%1&apos; muss %2 sein, nicht %3</translation>
    </message>
    <message>
        <source> (write it without quotes: %1: %2)</source>
        <translation> (ohne Anführungszeichen schreiben: %1: %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list of pattern ids such as [3, 12], not %2</source>
        <translation>&apos;%1&apos; muss eine Liste von Muster-IDs wie [3, 12] sein, nicht %2</translation>
    </message>
    <message>
        <source>a list of pattern ids (whole numbers from 1)</source>
        <translation>eine Liste von Muster-IDs (ganze Zahlen ab 1)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list such as [a, b], not %2</source>
        <translation>&apos;%1&apos; muss eine Liste wie [a, b] sein, nicht %2</translation>
    </message>
    <message>
        <source>each item of &apos;%1&apos; must be text, not %2</source>
        <translation>jeder Eintrag von &apos;%1&apos; muss Text sein, nicht %2</translation>
    </message>
    <message>
        <source>a key must be plain text</source>
        <translation>ein Schlüssel muss einfacher Text sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; appears twice in the front matter</source>
        <translation>&apos;%1&apos; kommt im Vorspann zweimal vor</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;; did you mean &apos;%2&apos;?</source>
        <translation>unbekannter Schlüssel &apos;%1&apos;; meinten Sie &apos;%2&apos;?</translation>
    </message>
    <message>
        <source>required key &apos;%1&apos; is missing</source>
        <translation>der erforderliche Schlüssel &apos;%1&apos; fehlt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no value</source>
        <translation>&apos;%1&apos; hat keinen Wert</translation>
    </message>
    <message>
        <source>&apos;name&apos; must be text, not %1</source>
        <translation>&apos;name&apos; muss Text sein, nicht %1</translation>
    </message>
    <message>
        <source>&apos;name&apos; is empty</source>
        <translation>&apos;name&apos; ist leer</translation>
    </message>
    <message>
        <source>0, 1 or 2</source>
        <translation>0, 1 oder 2</translation>
    </message>
    <message>
        <source>a whole number from 1 to 10</source>
        <translation>eine ganze Zahl von 1 bis 10</translation>
    </message>
    <message>
        <source>&apos;ai_dimension&apos; must be true or false, not %1</source>
        <translation>&apos;ai_dimension&apos; muss true oder false sein, nicht %1</translation>
    </message>
    <message>
        <source>tag &apos;%1&apos; is not kebab-case (lowercase words joined by &apos;-&apos;)</source>
        <translation>das Schlagwort &apos;%1&apos; ist nicht in kebab-case (kleingeschriebene Wörter, verbunden durch &apos;-&apos;)</translation>
    </message>
    <message>
        <source>the front matter uses YAML aliases that stand for more than %1 values</source>
        <translation>der Vorspann verwendet YAML-Aliase, die für mehr als %1 Werte stehen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; uses YAML aliases that stand for more than %2 values; such a front matter is edited as text, not through the form</source>
        <translation>&apos;%1&apos; verwendet YAML-Aliase, die für mehr als %2 Werte stehen; ein solcher Vorspann wird als Text bearbeitet, nicht über das Formular</translation>
    </message>
    <message>
        <source>its aliases stand for more than %1 values</source>
        <translation>seine Aliase stehen für mehr als %1 Werte</translation>
    </message>
    <message>
        <source>a whole number from 1 to 2,147,483,647</source>
        <translation>eine ganze Zahl von 1 bis 2.147.483.647</translation>
    </message>
    <message>
        <source>the front matter holds itself through a YAML alias</source>
        <translation>der Vorspann enthält sich über einen YAML-Alias selbst</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds itself through a YAML alias; such a front matter is edited as text, not through the form</source>
        <translation>&apos;%1&apos; enthält sich über einen YAML-Alias selbst; ein solcher Vorspann wird als Text bearbeitet, nicht über das Formular</translation>
    </message>
    <message>
        <source>the front matter nests deeper than %1 levels</source>
        <translation>der Vorspann ist tiefer als %1 Stufen verschachtelt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; nests deeper than %2 levels; such a front matter is edited as text, not through the form</source>
        <translation>&apos;%1&apos; ist tiefer als %2 Stufen verschachtelt; ein solcher Vorspann wird als Text bearbeitet, nicht über das Formular</translation>
    </message>
    <message>
        <source>it holds itself through an alias</source>
        <translation>er enthält sich über einen Alias selbst</translation>
    </message>
    <message>
        <source>it nests deeper than %1 levels</source>
        <translation>er ist tiefer als %1 Stufen verschachtelt</translation>
    </message>
    <message>
        <source>it holds %1 YAML documents, not one value</source>
        <translation>er enthält %1 YAML-Dokumente statt eines Werts</translation>
    </message>
    <message>
        <source>the YAML tag %1 would not be kept; quote the value</source>
        <translation>das YAML-Tag %1 bliebe nicht erhalten; setzen Sie den Wert in Anführungszeichen</translation>
    </message>
</context>
<context>
    <name>pb::Graph</name>
    <message>
        <source>No scale</source>
        <translation>Keine Ebene</translation>
    </message>
    <message>
        <source>Scale %1</source>
        <translation>Ebene %1</translation>
    </message>
    <message>
        <source>a larger pattern completed by a smaller one</source>
        <translation>ein größeres Muster, das von einem kleineren ergänzt wird</translation>
    </message>
    <message>
        <source>a pattern mentions another</source>
        <translation>ein Muster erwähnt ein anderes</translation>
    </message>
    <message>
        <source>bands: the scales, largest at the top</source>
        <translation>Bänder: die Ebenen, die größte oben</translation>
    </message>
    <message>
        <source>Graphviz cannot write %1</source>
        <translation>Graphviz kann %1 nicht schreiben</translation>
    </message>
    <message>
        <source>Graphviz could not read the graph: %1</source>
        <translation>Graphviz konnte den Graphen nicht lesen: %1</translation>
    </message>
    <message>
        <source>Graphviz could not lay out the graph: %1</source>
        <translation>Graphviz konnte den Graphen nicht anordnen: %1</translation>
    </message>
    <message numerus="yes">
        <source>mentions not drawn in a graph of more than %n pattern(s)</source>
        <translation>
            <numerusform>Erwähnungen nicht gezeichnet in einem Graphen mit mehr als %n Muster</numerusform>
            <numerusform>Erwähnungen nicht gezeichnet in einem Graphen mit mehr als %n Mustern</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pb::Language</name>
    <message>
        <source>it is larger than %1 MiB, too large for a pattern</source>
        <translation>es ist größer als %1 MiB und damit zu groß für ein Muster</translation>
    </message>
    <message>
        <source>it is a symbolic link to %1, which does not exist or links in a loop</source>
        <translation>es ist eine symbolische Verknüpfung auf %1, das nicht existiert oder im Kreis verweist</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>it is not a regular file (a pipe or a device)</source>
        <translation>es ist keine reguläre Datei (sondern eine Pipe oder ein Gerät)</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>no such folder</source>
        <translation>Ordner nicht vorhanden</translation>
    </message>
    <message>
        <source>the folder cannot be read</source>
        <translation>der Ordner kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>pb::LanguageEdits</name>
    <message numerus="yes">
        <source>%n reference(s) renamed</source>
        <translation>
            <numerusform>%n Verweis umbenannt</numerusform>
            <numerusform>%n Verweise umbenannt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>its own id, and %n reference(s)</source>
        <translation>
            <numerusform>die eigene ID und %n Verweis</numerusform>
            <numerusform>die eigene ID und %n Verweise</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) or reference(s)</source>
        <translation>
            <numerusform>%n Verknüpfung oder Verweis</numerusform>
            <numerusform>%n Verknüpfungen oder Verweise</numerusform>
        </translation>
    </message>
    <message>
        <source>adds %1 to %2</source>
        <translation>fügt %1 zu %2 hinzu</translation>
    </message>
</context>
<context>
    <name>pb::Parser</name>
    <message>
        <source>a &apos;[&apos; list is never closed with &apos;]&apos;</source>
        <translation>eine mit &apos;[&apos; begonnene Liste wird nie mit &apos;]&apos; geschlossen</translation>
    </message>
    <message>
        <source>a &apos;{&apos; mapping is never closed with &apos;}&apos;</source>
        <translation>eine mit &apos;{&apos; begonnene Zuordnung wird nie mit &apos;}&apos; geschlossen</translation>
    </message>
    <message>
        <source>a &apos;: &apos; inside a value (quote the value) or a line indented under the one before</source>
        <translation>ein &apos;: &apos; innerhalb eines Werts (setzen Sie den Wert in Anführungszeichen) oder eine Zeile, die unter die vorherige eingerückt ist</translation>
    </message>
    <message>
        <source>the indentation is inconsistent</source>
        <translation>die Einrückung ist uneinheitlich</translation>
    </message>
    <message>
        <source>the list items are not indented alike</source>
        <translation>die Listeneinträge sind nicht gleich eingerückt</translation>
    </message>
    <message>
        <source>YAML indents with spaces, never tabs</source>
        <translation>YAML rückt mit Leerzeichen ein, nie mit Tabulatoren</translation>
    </message>
    <message>
        <source>a value starting with &apos;*&apos; is an alias in YAML; quote it</source>
        <translation>ein Wert, der mit &apos;*&apos; beginnt, ist in YAML ein Alias; setzen Sie ihn in Anführungszeichen</translation>
    </message>
    <message>
        <source>a value starting with &apos;&amp;&apos; or &apos;*&apos;; quote it</source>
        <translation>ein Wert, der mit &apos;&amp;&apos; oder &apos;*&apos; beginnt; setzen Sie ihn in Anführungszeichen</translation>
    </message>
    <message>
        <source>no &apos;# %1&apos; title line</source>
        <translation>keine Titelzeile &apos;# %1&apos;</translation>
    </message>
    <message>
        <source>title &apos;%1&apos; differs from name &apos;%2&apos;</source>
        <translation>der Titel &apos;%1&apos; weicht vom Namen &apos;%2&apos; ab</translation>
    </message>
    <message>
        <source>no asterisks</source>
        <translation>keine Sternchen</translation>
    </message>
    <message numerus="yes">
        <source>title has %n asterisk(s) but confidence is %1 (expected %2)</source>
        <translation>
            <numerusform>der Titel hat %n Sternchen, aber confidence ist %1 (erwartet: %2)</numerusform>
            <numerusform>der Titel hat %n Sternchen, aber confidence ist %1 (erwartet: %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>no italic context paragraph (_..._) after the title</source>
        <translation>kein kursiver Kontextabsatz (_..._) nach dem Titel</translation>
    </message>
    <message>
        <source>no bold problem paragraph (**...**) after the context</source>
        <translation>kein fetter Problemabsatz (**...**) nach dem Kontext</translation>
    </message>
    <message>
        <source>no &apos;Therefore:&apos; paragraph before the solution</source>
        <translation>kein Absatz &apos;Therefore:&apos; vor der Lösung</translation>
    </message>
    <message>
        <source>no bold solution paragraph (**...**) after &apos;Therefore:&apos;</source>
        <translation>kein fetter Lösungsabsatz (**...**) nach &apos;Therefore:&apos;</translation>
    </message>
    <message>
        <source>no italic completion paragraph (_..._) after the solution</source>
        <translation>kein kursiver Ergänzungsabsatz (_..._) nach der Lösung</translation>
    </message>
    <message>
        <source>no &apos;## References&apos; heading followed by a list</source>
        <translation>keine Überschrift &apos;## References&apos; mit einer Liste darunter</translation>
    </message>
    <message>
        <source>the file is UTF-16 text; save it as UTF-8</source>
        <translation>die Datei ist UTF-16-Text; speichern Sie sie als UTF-8</translation>
    </message>
    <message>
        <source>byte 0x%1 is not valid UTF-8; save the file as UTF-8</source>
        <translation>Byte 0x%1 ist kein gültiges UTF-8; speichern Sie die Datei als UTF-8</translation>
    </message>
    <message>
        <source>a NUL byte: this is not a text file</source>
        <translation>ein NUL-Byte: dies ist keine Textdatei</translation>
    </message>
    <message>
        <source>the lines end in CR alone (classic Mac); save the file with LF or CRLF line endings</source>
        <translation>die Zeilen enden nur mit CR (klassisches Mac OS); speichern Sie die Datei mit LF- oder CRLF-Zeilenenden</translation>
    </message>
    <message>
        <source>no front matter: the file must start with a line &apos;---&apos;</source>
        <translation>kein Vorspann: die Datei muss mit einer Zeile &apos;---&apos; beginnen</translation>
    </message>
    <message>
        <source>the front matter opened here is never closed by a line &apos;---&apos;</source>
        <translation>der hier geöffnete Vorspann wird nie durch eine Zeile &apos;---&apos; geschlossen</translation>
    </message>
    <message>
        <source>the front matter nests too deeply to read</source>
        <translation>der Vorspann ist zu tief verschachtelt, um gelesen zu werden</translation>
    </message>
    <message>
        <source>the quoted text that starts here is not closed on its line (yaml-cpp read on and failed below: %1)</source>
        <translation>der hier beginnende Text in Anführungszeichen wird in seiner Zeile nicht geschlossen (yaml-cpp hat weitergelesen und ist weiter unten gescheitert: %1)</translation>
    </message>
    <message>
        <source>a tab indents this line, but YAML indents with spaces only (%1)</source>
        <translation>diese Zeile ist mit einem Tabulator eingerückt, aber YAML rückt nur mit Leerzeichen ein (%1)</translation>
    </message>
    <message>
        <source>the front matter must be keys and values (key: value)</source>
        <translation>der Vorspann muss aus Schlüsseln und Werten bestehen (key: value)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds the invisible direction control U+%2, which makes it read otherwise than it is; remove it</source>
        <translation>&apos;%1&apos; enthält das unsichtbare Richtungssteuerzeichen U+%2, durch das es sich anders liest, als es ist; entfernen Sie es</translation>
    </message>
</context>
<context>
    <name>pb::PatternDocument</name>
    <message>
        <source>Typing</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Edit front matter</source>
        <translation>Vorspann bearbeiten</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text; Patternbook shows it but does not write it</source>
        <translation>%1 ist kein UTF-8-Text; Patternbook zeigt die Datei an, schreibt sie aber nicht</translation>
    </message>
    <message>
        <source>%1 changed on disk: keep your version or take theirs first</source>
        <translation>%1 wurde auf dem Datenträger geändert: behalten Sie zuerst Ihre Fassung oder übernehmen Sie die vom Datenträger</translation>
    </message>
    <message>
        <source>%1 changed on disk since it was opened: keep your version or take theirs first</source>
        <translation>%1 wurde seit dem Öffnen auf dem Datenträger geändert: behalten Sie zuerst Ihre Fassung oder übernehmen Sie die vom Datenträger</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Recovered text</source>
        <translation>Wiederhergestellter Text</translation>
    </message>
    <message>
        <source>%1 was deleted on disk since it was opened; save again to write it anew</source>
        <translation>%1 wurde seit dem Öffnen auf dem Datenträger gelöscht; speichern Sie erneut, um die Datei neu zu schreiben</translation>
    </message>
    <message>
        <source>Take Their Version</source>
        <translation>Fassung vom Datenträger übernehmen</translation>
    </message>
</context>
<context>
    <name>pb::PatternListModel</name>
    <message>
        <source>Scale %1</source>
        <translation>Ebene %1</translation>
    </message>
    <message>
        <source>Scale %1: %2</source>
        <translation>Ebene %1: %2</translation>
    </message>
    <message>
        <source>Hypothesis</source>
        <translation>Hypothese</translation>
    </message>
    <message>
        <source>Likely true</source>
        <translation>Wahrscheinlich zutreffend</translation>
    </message>
    <message>
        <source>Invariant</source>
        <translation>Invariante</translation>
    </message>
    <message>
        <source>Confidence: ★★ invariant, ★ likely true, none a hypothesis</source>
        <translation>Gewissheit: ★★ Invariante, ★ wahrscheinlich zutreffend, keiner: Hypothese</translation>
    </message>
    <message>
        <source>Scale: 1 is the largest</source>
        <translation>Ebene: 1 ist die größte</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Ebene</translation>
    </message>
    <message numerus="yes">
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n Stern</numerusform>
            <numerusform>%n Sterne</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pb::QuickFixes</name>
    <message>
        <source>Add %1 to %2 of %3</source>
        <translation>%1 in %2 von %3 eintragen</translation>
    </message>
    <message>
        <source>Remove %1 itself from its %2</source>
        <translation>%1 selbst aus dem eigenen %2 entfernen</translation>
    </message>
    <message>
        <source>List %1 once in %2 of %3</source>
        <translation>%1 nur einmal in %2 von %3 aufführen</translation>
    </message>
    <message>
        <source>Write the title of %1 as “%2”</source>
        <translation>Titel von %1 als „%2“ schreiben</translation>
    </message>
    <message>
        <source>Write the tags of %1 in kebab-case</source>
        <translation>Schlagwörter von %1 in kebab-case schreiben</translation>
    </message>
    <message>
        <source>linking %1 to %2 would make a cycle of completion links</source>
        <translation>%1 mit %2 zu verknüpfen, würde einen Zyklus von Ergänzungsverknüpfungen bilden</translation>
    </message>
    <message>
        <source>two patterns share the id %1: which one the link means is for the author to say</source>
        <translation>zwei Muster haben die ID %1: welches die Verknüpfung meint, muss der Autor sagen</translation>
    </message>
    <message>
        <source>“%1” is not close to the name “%2”: rename it by hand if it means that pattern</source>
        <translation>„%1“ liegt nicht nahe am Namen „%2“: benennen Sie ihn von Hand um, wenn er dieses Muster meint</translation>
    </message>
    <message>
        <source>%1 (scale %2) cannot complete %3 (scale %4), being the larger pattern: against the scale order</source>
        <translation>%1 (Ebene %2) kann %3 (Ebene %4) nicht ergänzen, da es das größere Muster ist: gegen die Ordnung der Ebenen</translation>
    </message>
    <message>
        <source>no pattern has the id %1 that the text names: a link to it would lead nowhere</source>
        <translation>kein Muster hat die ID %1, die der Text nennt: eine Verknüpfung dorthin führte ins Leere</translation>
    </message>
    <message>
        <source>the tag “%1” has no kebab-case form that keeps all it says</source>
        <translation>das Schlagwort „%1“ hat keine kebab-case-Form, die alles bewahrt, was es sagt</translation>
    </message>
    <message>
        <source>the tag “%1” would become “%2”, which the pattern has already</source>
        <translation>das Schlagwort „%1“ würde zu „%2“, das das Muster schon hat</translation>
    </message>
    <message>
        <source>Rename “%1” to “%2” in %3</source>
        <translation>„%1“ in %3 in „%2“ umbenennen</translation>
    </message>
</context>
<context>
    <name>pb::Render</name>
    <message>
        <source>Pattern %1</source>
        <translation>Muster %1</translation>
    </message>
    <message>
        <source>No pattern has id %1</source>
        <translation>Kein Muster hat die ID %1</translation>
    </message>
    <message>
        <source>Pattern %1 is now named “%2”</source>
        <translation>Muster %1 heißt jetzt „%2“</translation>
    </message>
    <message>
        <source>[remote image]</source>
        <translation>[externes Bild]</translation>
    </message>
    <message>
        <source>[remote image: %1]</source>
        <translation>[externes Bild: %1]</translation>
    </message>
    <message>
        <source>a hypothesis</source>
        <translation>eine Hypothese</translation>
    </message>
    <message>
        <source>likely true</source>
        <translation>wahrscheinlich zutreffend</translation>
    </message>
    <message>
        <source>an invariant</source>
        <translation>eine Invariante</translation>
    </message>
    <message>
        <source>Confidence %1: %2</source>
        <translation>Gewissheit %1: %2</translation>
    </message>
    <message>
        <source>Scale %1</source>
        <translation>Ebene %1</translation>
    </message>
    <message>
        <source>Scale %1 · %2</source>
        <translation>Ebene %1 · %2</translation>
    </message>
    <message>
        <source>AI changes the forces of this pattern</source>
        <translation>KI verändert die Kräfte dieses Musters</translation>
    </message>
    <message>
        <source>AI</source>
        <comment>short for artificial intelligence</comment>
        <translation>KI</translation>
    </message>
    <message>
        <source>Completes</source>
        <translation>Ergänzt</translation>
    </message>
    <message>
        <source>Completed by</source>
        <translation>Ergänzt durch</translation>
    </message>
    <message>
        <source>Mentioned by</source>
        <translation>Erwähnt von</translation>
    </message>
    <message>
        <source>Linked from</source>
        <translation>Verlinkt von</translation>
    </message>
    <message>
        <source>This file cannot be read as a pattern</source>
        <translation>Diese Datei kann nicht als Muster gelesen werden</translation>
    </message>
    <message>
        <source>This part nests too deeply to show; here is its text:</source>
        <translation>Dieser Teil ist zu tief verschachtelt, um ihn darzustellen; hier ist sein Text:</translation>
    </message>
</context>
<context>
    <name>pb::Validator</name>
    <message>
        <source>scale %1 is not named in SCALES.md</source>
        <translation>Ebene %1 ist in SCALES.md nicht benannt</translation>
    </message>
    <message>
        <source>id %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>name &apos;%1&apos;</source>
        <translation>Name &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 is also used by %2</source>
        <translation>%1 wird auch von %2 verwendet</translation>
    </message>
    <message>
        <source>**%1 (%2)**: no pattern has id %2%3</source>
        <translation>**%1 (%2)**: kein Muster hat die ID %2%3</translation>
    </message>
    <message>
        <source>**%1 (%2)**: pattern %2 is named &apos;%3&apos;</source>
        <translation>**%1 (%2)**: Muster %2 heißt &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1 lists %2 twice</source>
        <translation>%1 führt %2 doppelt auf</translation>
    </message>
    <message>
        <source>%1 lists the pattern itself (%2)</source>
        <translation>%1 führt das Muster selbst auf (%2)</translation>
    </message>
    <message>
        <source>%1 lists %2, but no pattern has id %2%3</source>
        <translation>%1 führt %2 auf, aber kein Muster hat die ID %2%3</translation>
    </message>
    <message>
        <source>%1 lists %2 under %3, but %4 does not list %1 under %5</source>
        <translation>%1 führt %2 unter %3 auf, aber %4 führt %1 nicht unter %5 auf</translation>
    </message>
    <message>
        <source>**%1 (%2)** is named in the context paragraph but not listed in context_patterns</source>
        <translation>**%1 (%2)** wird im Kontextabsatz genannt, steht aber nicht in context_patterns</translation>
    </message>
    <message>
        <source>**%1 (%2)** is named in the completion paragraph but not listed in completion_patterns</source>
        <translation>**%1 (%2)** wird im Ergänzungsabsatz genannt, steht aber nicht in completion_patterns</translation>
    </message>
    <message>
        <source>%1 lists %2, but the context paragraph does not name it</source>
        <translation>%1 führt %2 auf, aber der Kontextabsatz nennt es nicht</translation>
    </message>
    <message>
        <source>%1 lists %2, but the completion paragraph does not name it</source>
        <translation>%1 führt %2 auf, aber der Ergänzungsabsatz nennt es nicht</translation>
    </message>
    <message>
        <source>%1 lists %2, but the context paragraph does not name it as **%3 (%2)**</source>
        <translation>%1 führt %2 auf, aber der Kontextabsatz nennt es nicht als **%3 (%2)**</translation>
    </message>
    <message>
        <source>%1 lists %2, but the completion paragraph does not name it as **%3 (%2)**</source>
        <translation>%1 führt %2 auf, aber der Ergänzungsabsatz nennt es nicht als **%3 (%2)**</translation>
    </message>
    <message>
        <source>%1 has no links: no pattern it belongs to, none that complete it, none it names</source>
        <translation>%1 hat keine Verknüpfungen: kein Muster, zu dem es gehört, keines, das es ergänzt, keines, das es nennt</translation>
    </message>
    <message>
        <source>no pattern has scale 1, so nothing roots the language</source>
        <translation>kein Muster hat die Ebene 1, daher hat die Mustersprache keine Wurzel</translation>
    </message>
    <message>
        <source>%1 is not reached from any scale 1 pattern through completion links</source>
        <translation>%1 ist von keinem Muster der Ebene 1 über Ergänzungsverknüpfungen erreichbar</translation>
    </message>
    <message>
        <source>completion links form a cycle: %1</source>
        <translation>Ergänzungsverknüpfungen bilden einen Zyklus: %1</translation>
    </message>
    <message>
        <source>; %1 may be it, but it cannot be read</source>
        <translation>; möglicherweise ist es %1, aber die Datei kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>pb::Writer</name>
    <message>
        <source>%1 has no complete front matter to edit</source>
        <translation>%1 hat keinen vollständigen Vorspann, der bearbeitet werden könnte</translation>
    </message>
    <message>
        <source>the front matter cannot be edited until this is fixed: %1</source>
        <translation>der Vorspann kann erst bearbeitet werden, wenn dies behoben ist: %1</translation>
    </message>
    <message>
        <source>%1&apos;s front matter cannot be edited in place: %2</source>
        <translation>der Vorspann von %1 kann nicht direkt bearbeitet werden: %2</translation>
    </message>
    <message>
        <source>its form is not understood</source>
        <translation>seine Form wird nicht verstanden</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a key that can be set</source>
        <translation>&apos;%1&apos; ist kein Schlüssel, der gesetzt werden kann</translation>
    </message>
    <message>
        <source>removing &apos;%1&apos; would break the front matter: %2</source>
        <translation>das Entfernen von &apos;%1&apos; würde den Vorspann beschädigen: %2</translation>
    </message>
    <message>
        <source>setting &apos;%1&apos; would break the front matter: %2</source>
        <translation>das Setzen von &apos;%1&apos; würde den Vorspann beschädigen: %2</translation>
    </message>
    <message>
        <source>could not write &apos;%1&apos; so that it reads back as given</source>
        <translation>&apos;%1&apos; konnte nicht so geschrieben werden, dass sich beim Zurücklesen der angegebene Wert ergibt</translation>
    </message>
    <message>
        <source>editing would have changed &apos;%1&apos; too; nothing was written</source>
        <translation>die Bearbeitung hätte auch &apos;%1&apos; geändert; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>the edited front matter does not read back: %1</source>
        <translation>der bearbeitete Vorspann lässt sich nicht zurücklesen: %1</translation>
    </message>
    <message>
        <source>%1 has no title that can be rewritten in place</source>
        <translation>%1 hat keinen Titel, der direkt umgeschrieben werden kann</translation>
    </message>
    <message>
        <source>the title of %1 would not read back as its name</source>
        <translation>der Titel von %1 würde beim Zurücklesen nicht seinen Namen ergeben</translation>
    </message>
    <message>
        <source>%1 would not be valid; nothing was written</source>
        <translation>%1 wäre nicht gültig; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>%1 is not a pattern of this language</source>
        <translation>%1 ist kein Muster dieser Mustersprache</translation>
    </message>
    <message>
        <source>the lines of &apos;%1&apos; do not hold it alone</source>
        <translation>die Zeilen von &apos;%1&apos; enthalten nicht nur diesen Schlüssel</translation>
    </message>
    <message>
        <source>the lines of &apos;%1&apos; hold a different value</source>
        <translation>die Zeilen von &apos;%1&apos; enthalten einen anderen Wert</translation>
    </message>
    <message>
        <source>the value span of &apos;%1&apos; holds a different value</source>
        <translation>der Textabschnitt des Werts von &apos;%1&apos; enthält einen anderen Wert</translation>
    </message>
    <message>
        <source>an entry does not read back alone: %1</source>
        <translation>ein Eintrag lässt sich allein nicht zurücklesen: %1</translation>
    </message>
</context>
<context>
    <name>pb::ui::BandItem</name>
    <message numerus="yes">
        <source>%1 — %n pattern(s)</source>
        <translation>
            <numerusform>%1 — %n Muster</numerusform>
            <numerusform>%1 — %n Muster</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pb::ui::ChangesDialog</name>
    <message>
        <source>Files that change</source>
        <translation>Dateien, die sich ändern</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Was sich ändert</translation>
    </message>
    <message>
        <source>References left as they are</source>
        <translation>Verweise, die unverändert bleiben</translation>
    </message>
    <message>
        <source>Tick All</source>
        <translation>Alle ankreuzen</translation>
    </message>
    <message>
        <source>Leave Them</source>
        <translation>Unverändert lassen</translation>
    </message>
    <message numerus="yes">
        <source>Change %n File(s)</source>
        <translation>
            <numerusform>%n Datei ändern</numerusform>
            <numerusform>%n Dateien ändern</numerusform>
        </translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>After the change</source>
        <translation>Nach der Änderung</translation>
    </message>
</context>
<context>
    <name>pb::ui::CompareDialog</name>
    <message>
        <source>%1: yours and theirs</source>
        <translation>%1: Ihre Fassung und die vom Datenträger</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <source>Take Theirs</source>
        <translation>Vom Datenträger übernehmen</translation>
    </message>
    <message>
        <source>Your text on the left, what is on disk now on the right; the lines that differ, with a line around each.</source>
        <translation>Links Ihr Text, rechts, was jetzt auf dem Datenträger steht; die abweichenden Zeilen mit je einer Zeile davor und danach.</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ihrer</translation>
    </message>
    <message>
        <source>On disk now</source>
        <translation>Jetzt auf dem Datenträger</translation>
    </message>
</context>
<context>
    <name>pb::ui::DeletePatternDialog</name>
    <message>
        <source>Delete Pattern</source>
        <translation>Muster löschen</translation>
    </message>
    <message>
        <source>Delete %1 (%2)?</source>
        <translation>%1 (%2) löschen?</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n link(s) or reference(s)
</source>
        <translation>
            <numerusform>%1: %n Verknüpfung oder Verweis
</numerusform>
            <numerusform>%1: %n Verknüpfungen oder Verweise
</numerusform>
        </translation>
    </message>
    <message>
        <source>No other pattern refers to it. The file goes to the trash.</source>
        <translation>Kein anderes Muster verweist darauf. Die Datei wird in den Papierkorb verschoben.</translation>
    </message>
    <message numerus="yes">
        <source>%n pattern(s) refer to it; their links will be broken.</source>
        <translation>
            <numerusform>%n Muster verweist darauf; seine Verknüpfungen werden ungültig.</numerusform>
            <numerusform>%n Muster verweisen darauf; ihre Verknüpfungen werden ungültig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its unsaved changes are lost.</source>
        <translation>Seine ungespeicherten Änderungen gehen verloren.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>pb::ui::DiagnosticsPanel</name>
    <message>
        <source>Diagnostics</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>No problems: every pattern reads, every link lands.</source>
        <translation>Keine Probleme: jedes Muster ist lesbar, jede Verknüpfung trifft ihr Ziel.</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Gehe zu %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Beheben: %1</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Beheben</translation>
    </message>
    <message numerus="yes">
        <source>Fix the %n Selected</source>
        <translation>
            <numerusform>%n ausgewählten Befund beheben</numerusform>
            <numerusform>%n ausgewählte Befunde beheben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fix All of This Kind (%n)</source>
        <translation>
            <numerusform>Alle dieser Art beheben (%n)</numerusform>
            <numerusform>Alle dieser Art beheben (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pb::ui::DocumentEditor</name>
    <message>
        <source>Keep Mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <source>Take Theirs</source>
        <translation>Vom Datenträger übernehmen</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Vergleichen…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Keep this text; saving will replace what is on disk</source>
        <translation>Diesen Text behalten; beim Speichern wird ersetzt, was auf dem Datenträger steht</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Haupttext</translation>
    </message>
    <message>
        <source>Whole File</source>
        <translation>Ganze Datei</translation>
    </message>
    <message>
        <source>The Markdown of the pattern, below its front matter</source>
        <translation>Das Markdown des Musters unterhalb seines Vorspanns</translation>
    </message>
    <message>
        <source>The file as it is: front matter and body</source>
        <translation>Die Datei, wie sie ist: Vorspann und Haupttext</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 changed on disk&lt;/b&gt; while you were editing it. Keep your text, or take theirs?</source>
        <translation>&lt;b&gt;%1 wurde auf dem Datenträger geändert&lt;/b&gt;, während Sie die Datei bearbeitet haben. Ihren Text behalten oder den vom Datenträger übernehmen?</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 was deleted on disk.&lt;/b&gt; Your text is kept here; saving writes the file again.</source>
        <translation>&lt;b&gt;%1 wurde auf dem Datenträger gelöscht.&lt;/b&gt; Ihr Text bleibt hier erhalten; beim Speichern wird die Datei neu geschrieben.</translation>
    </message>
    <message>
        <source>This file is not UTF-8 text: it is shown, not edited.</source>
        <translation>Diese Datei ist kein UTF-8-Text: sie wird angezeigt, aber nicht bearbeitet.</translation>
    </message>
    <message>
        <source>Replace this text with what is on disk; Undo brings yours back</source>
        <translation>Diesen Text durch den vom Datenträger ersetzen; Rückgängig holt Ihren zurück</translation>
    </message>
    <message>
        <source>Their version is shown. &lt;b&gt;Undo&lt;/b&gt; brings your text back; a copy of it is kept in the recovery folder too.</source>
        <translation>Die Fassung vom Datenträger wird angezeigt. &lt;b&gt;Rückgängig&lt;/b&gt; holt Ihren Text zurück; eine Kopie davon liegt außerdem im Wiederherstellungsordner.</translation>
    </message>
</context>
<context>
    <name>pb::ui::EditController</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <source>Undo Change Across Files</source>
        <translation>Dateiübergreifende Änderung rückgängig machen</translation>
    </message>
    <message>
        <source>Undo Across Files: %1</source>
        <translation>Dateiübergreifend rückgängig: %1</translation>
    </message>
    <message>
        <source>Redo Change Across Files</source>
        <translation>Dateiübergreifende Änderung wiederholen</translation>
    </message>
    <message>
        <source>Redo Across Files: %1</source>
        <translation>Dateiübergreifend wiederholen: %1</translation>
    </message>
    <message>
        <source>%1 cannot be opened</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 not saved: %2</source>
        <translation>%1 nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) changed</source>
        <translation>
            <numerusform>%n Datei geändert</numerusform>
            <numerusform>%n Dateien geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) with unsaved text changed in their editors</source>
        <translation>
            <numerusform>%n Datei mit ungespeichertem Text in ihrem Editor geändert</numerusform>
            <numerusform>%n Dateien mit ungespeichertem Text in ihren Editoren geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>Renumber Pattern</source>
        <translation>Muster umnummerieren</translation>
    </message>
    <message numerus="yes">
        <source>Pattern %1 is now %2. Update the links and references to it in %n other file(s)?</source>
        <translation>
            <numerusform>Muster %1 ist jetzt %2. Die Verknüpfungen und Verweise darauf in %n anderen Datei aktualisieren?</numerusform>
            <numerusform>Muster %1 ist jetzt %2. Die Verknüpfungen und Verweise darauf in %n anderen Dateien aktualisieren?</numerusform>
        </translation>
    </message>
    <message>
        <source>Renumber %1 to %2</source>
        <translation>%1 in %2 umnummerieren</translation>
    </message>
    <message>
        <source>Rename Pattern</source>
        <translation>Muster umbenennen</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is now “%2”. Update the references that name it “%1” in %n file(s)?</source>
        <translation>
            <numerusform>„%1“ heißt jetzt „%2“. Die Verweise, die es „%1“ nennen, in %n Datei aktualisieren?</numerusform>
            <numerusform>„%1“ heißt jetzt „%2“. Die Verweise, die es „%1“ nennen, in %n Dateien aktualisieren?</numerusform>
        </translation>
    </message>
    <message>
        <source>These references name it otherwise (inflected, or by an older name), in words the author chose: they are left as they are. Tick those to rename too.</source>
        <translation>Diese Verweise nennen es anders (gebeugt oder mit einem älteren Namen), mit Worten, die der Autor gewählt hat; sie bleiben unverändert. Kreuzen Sie diejenigen an, die ebenfalls umbenannt werden sollen.</translation>
    </message>
    <message>
        <source>Rename references to %1</source>
        <translation>Verweise auf %1 umbenennen</translation>
    </message>
    <message>
        <source>New Pattern</source>
        <translation>Neues Muster</translation>
    </message>
    <message>
        <source>The pattern was not created: %1</source>
        <translation>Das Muster wurde nicht erstellt: %1</translation>
    </message>
    <message>
        <source>Delete Pattern</source>
        <translation>Muster löschen</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>%1 gelöscht</translation>
    </message>
    <message>
        <source>Nothing to fix: the patterns already read as the fix would make them</source>
        <translation>Nichts zu beheben: die Muster lauten bereits so, wie die Korrektur sie machen würde</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Beheben</translation>
    </message>
    <message numerus="yes">
        <source>Fix %n diagnostic(s)</source>
        <translation>
            <numerusform>%n Befund beheben</numerusform>
            <numerusform>%n Befunde beheben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n unsaved pattern(s); save to keep the changes</source>
        <translation>
            <numerusform>%n ungespeichertes Muster wiederhergestellt; speichern Sie, um die Änderungen zu behalten</numerusform>
            <numerusform>%n ungespeicherte Muster wiederhergestellt; speichern Sie, um die Änderungen zu behalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These files change by %n fix(es). Only the lists and titles named change; the files are written at once, and Undo Change Across Files takes them back.</source>
        <translation>
            <numerusform>Diese Dateien ändern sich durch %n Schnellkorrektur. Nur die genannten Listen und Titel ändern sich; die Dateien werden sofort geschrieben, und „Dateiübergreifende Änderung rückgängig machen“ nimmt die Änderungen zurück.</numerusform>
            <numerusform>Diese Dateien ändern sich durch %n Schnellkorrekturen. Nur die genannten Listen und Titel ändern sich; die Dateien werden sofort geschrieben, und „Dateiübergreifende Änderung rückgängig machen“ nimmt die Änderungen zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>%1 rückgängig machen</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>%1 wiederholen</translation>
    </message>
    <message>
        <source>nothing changed</source>
        <translation>nichts geändert</translation>
    </message>
    <message>
        <source>Nothing was changed, because these files stand in the way:

%1</source>
        <translation>Nichts wurde geändert, weil diese Dateien im Weg stehen:

%1</translation>
    </message>
</context>
<context>
    <name>pb::ui::EditorArea</name>
    <message>
        <source>Open patterns</source>
        <translation>Geöffnete Muster</translation>
    </message>
    <message>
        <source>
Unsaved changes</source>
        <translation>
Ungespeicherte Änderungen</translation>
    </message>
</context>
<context>
    <name>pb::ui::ExportDialog</name>
    <message>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <source>%1 site</source>
        <translation>%1 Website</translation>
    </message>
    <message>
        <source>%1 cards.pdf</source>
        <translation>%1 Karten.pdf</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message numerus="yes">
        <source>&amp;All %n pattern(s)</source>
        <translation>
            <numerusform>&amp;Alle Muster (%n)</numerusform>
            <numerusform>&amp;Alle Muster (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n pattern(s) the &amp;list shows</source>
        <translation>
            <numerusform>Die Muster in der &amp;Liste (%n)</numerusform>
            <numerusform>Die Muster in der &amp;Liste (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>A &amp;tour:</source>
        <translation>Ein &amp;Rundgang:</translation>
    </message>
    <message>
        <source>Tour</source>
        <translation>Rundgang</translation>
    </message>
    <message>
        <source>Only these &amp;ids:</source>
        <translation>Nur diese &amp;IDs:</translation>
    </message>
    <message>
        <source>3, 7, 12</source>
        <translation>3, 7, 12</translation>
    </message>
    <message>
        <source>Pattern ids</source>
        <translation>Muster-IDs</translation>
    </message>
    <message>
        <source>Patterns:</source>
        <translation>Muster:</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>Draw each pattern&apos;s &amp;neighbourhood and the whole graph</source>
        <translation>&amp;Umgebung jedes Musters und den ganzen Graphen zeichnen</translation>
    </message>
    <message>
        <source>The language the patterns are written in, as a code such as en or de-CH: readers and screen readers use it to pronounce and hyphenate the text.</source>
        <translation>Die Sprache, in der die Muster geschrieben sind, als Code wie en oder de-CH: Leseprogramme und Bildschirmleser verwenden ihn für Aussprache und Silbentrennung.</translation>
    </message>
    <message>
        <source>Text &amp;language:</source>
        <translation>Te&amp;xtsprache:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Export to Folder</source>
        <translation>In Ordner exportieren</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>Choose where to export to.</source>
        <translation>Wählen Sie, wohin exportiert werden soll.</translation>
    </message>
    <message>
        <source>Give the ids of the patterns to export, such as 3, 7, 12.</source>
        <translation>Geben Sie die IDs der zu exportierenden Muster an, etwa 3, 7, 12.</translation>
    </message>
    <message>
        <source>The text language is a code such as en, de or pt-BR.</source>
        <translation>Die Textsprache ist ein Code wie en, de oder pt-BR.</translation>
    </message>
    <message>
        <source>That folder holds other files. Choose a new or empty folder, or an earlier export, which is replaced.</source>
        <translation>Dieser Ordner enthält andere Dateien. Wählen Sie einen neuen oder leeren Ordner oder einen früheren Export, der dann ersetzt wird.</translation>
    </message>
    <message numerus="yes">
        <source>Unsaved changes in %n pattern(s): the export shows them as you see them now.</source>
        <translation>
            <numerusform>Ungespeicherte Änderungen in %n Muster: der Export zeigt es so, wie Sie es jetzt sehen.</numerusform>
            <numerusform>Ungespeicherte Änderungen in %n Mustern: der Export zeigt sie so, wie Sie sie jetzt sehen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pb::ui::ExportRun</name>
    <message>
        <source>Exporting %1…</source>
        <translation>%1 wird exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Exporting: %1</source>
        <translation>Exportieren: %1</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n pattern(s) to %1.</source>
        <translation>
            <numerusform>%n Muster nach %1 exportiert.</numerusform>
            <numerusform>%n Muster nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s): see the details.</source>
        <translation>
            <numerusform>%n Hinweis: siehe Details.</numerusform>
            <numerusform>%n Hinweise: siehe Details.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
</context>
<context>
    <name>pb::ui::FrontMatterForm</name>
    <message>
        <source>AI changes the forces of this pattern</source>
        <translation>KI verändert die Kräfte dieses Musters</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The number references use: (7)</source>
        <translation>Die Nummer, die Verweise verwenden: (7)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Unique in the language; the title shows it</source>
        <translation>Eindeutig in der Mustersprache; der Titel zeigt ihn</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Gewissheit</translation>
    </message>
    <message>
        <source>★★ invariant, ★ likely true, none a hypothesis</source>
        <translation>★★ Invariante, ★ wahrscheinlich zutreffend, keiner: Hypothese</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>1 is the largest scale</source>
        <translation>1 ist die größte Ebene</translation>
    </message>
    <message>
        <source>AI</source>
        <translation>KI</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>kebab-case labels</source>
        <translation>Bezeichnungen in kebab-case</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>The larger patterns this one helps complete</source>
        <translation>Die größeren Muster, die dieses Muster ergänzen hilft</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Ergänzung</translation>
    </message>
    <message>
        <source>The smaller patterns that complete this one</source>
        <translation>Die kleineren Muster, die dieses Muster ergänzen</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Bibliographic entries</source>
        <translation>Literaturangaben</translation>
    </message>
    <message>
        <source>Other keys</source>
        <translation>Weitere Schlüssel</translation>
    </message>
    <message>
        <source>Keys Patternbook does not know: kept as written</source>
        <translation>Schlüssel, die Patternbook nicht kennt: bleiben unverändert erhalten</translation>
    </message>
    <message>
        <source>— none</source>
        <translation>— keine</translation>
    </message>
    <message>
        <source>This file is not UTF-8 text; it is shown, not edited.</source>
        <translation>Diese Datei ist kein UTF-8-Text; sie wird angezeigt, aber nicht bearbeitet.</translation>
    </message>
    <message>
        <source>This file has no front matter (a first line &apos;---&apos;); add it in the Whole File view.</source>
        <translation>Diese Datei hat keinen Vorspann (eine erste Zeile &apos;---&apos;); fügen Sie ihn in der Ansicht „Ganze Datei“ hinzu.</translation>
    </message>
    <message>
        <source>The front matter is never closed by a line &apos;---&apos;; fix it in the Whole File view.</source>
        <translation>Der Vorspann wird nie durch eine Zeile &apos;---&apos; geschlossen; beheben Sie das in der Ansicht „Ganze Datei“.</translation>
    </message>
    <message>
        <source>The front matter cannot be edited field by field until its YAML reads; fix it in the Whole File view.</source>
        <translation>Der Vorspann kann erst Feld für Feld bearbeitet werden, wenn sein YAML lesbar ist; beheben Sie das in der Ansicht „Ganze Datei“.</translation>
    </message>
</context>
<context>
    <name>pb::ui::GraphExportTask</name>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Poster on A1 paper (*.pdf)</source>
        <translation>Poster auf A1-Papier (*.pdf)</translation>
    </message>
    <message>
        <source>Poster on A2 paper (*.pdf)</source>
        <translation>Poster auf A2-Papier (*.pdf)</translation>
    </message>
    <message>
        <source>Poster on A3 paper (*.pdf)</source>
        <translation>Poster auf A3-Papier (*.pdf)</translation>
    </message>
    <message>
        <source>Export Graph</source>
        <translation>Graph exportieren</translation>
    </message>
    <message>
        <source>Graph exported to %1</source>
        <translation>Graph nach %1 exportiert</translation>
    </message>
    <message>
        <source>The graph was not exported: %1</source>
        <translation>Der Graph wurde nicht exportiert: %1</translation>
    </message>
</context>
<context>
    <name>pb::ui::GraphView</name>
    <message>
        <source>Link graph</source>
        <translation>Verknüpfungsgraph</translation>
    </message>
    <message>
        <source>The patterns as a map, larger scales above smaller. Arrow keys walk the links.</source>
        <translation>Die Muster als Karte, größere Ebenen über kleineren. Mit den Pfeiltasten folgen Sie den Verknüpfungen.</translation>
    </message>
    <message>
        <source>Laying out the graph…</source>
        <translation>Graph wird angeordnet…</translation>
    </message>
    <message>
        <source>The graph could not be laid out: %1</source>
        <translation>Der Graph konnte nicht angeordnet werden: %1</translation>
    </message>
    <message>
        <source>No patterns to show</source>
        <translation>Keine Muster anzuzeigen</translation>
    </message>
    <message>
        <source>The link graph: larger patterns above, smaller below. The arrow keys walk the links.</source>
        <translation>Der Verknüpfungsgraph: größere Muster oben, kleinere unten. Mit den Pfeiltasten folgen Sie den Verknüpfungen.</translation>
    </message>
    <message>
        <source>Scale %1</source>
        <translation>Ebene %1</translation>
    </message>
    <message>
        <source>Scale %1, %2</source>
        <translation>Ebene %1, %2</translation>
    </message>
    <message>
        <source>confidence %1 of 2</source>
        <translation>Gewissheit %1 von 2</translation>
    </message>
    <message>
        <source>completes %1</source>
        <translation>ergänzt %1</translation>
    </message>
    <message>
        <source>completed by %1</source>
        <translation>ergänzt durch %1</translation>
    </message>
</context>
<context>
    <name>pb::ui::MainWindow</name>
    <message>
        <source>Diagnostics</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Whole language</source>
        <translation>Ganze Mustersprache</translation>
    </message>
    <message>
        <source>1 link around</source>
        <translation>1 Verknüpfung im Umkreis</translation>
    </message>
    <message>
        <source>2 links around</source>
        <translation>2 Verknüpfungen im Umkreis</translation>
    </message>
    <message>
        <source>3 links around</source>
        <translation>3 Verknüpfungen im Umkreis</translation>
    </message>
    <message>
        <source>Focus mode: show only the current pattern&apos;s neighbourhood in the graph</source>
        <translation>Fokusmodus: im Graphen nur die Umgebung des aktuellen Musters zeigen</translation>
    </message>
    <message>
        <source>Graph focus</source>
        <translation>Graph-Fokus</translation>
    </message>
    <message>
        <source> Focus: </source>
        <translation> Fokus: </translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>No pattern has id %1</source>
        <translation>Kein Muster hat die ID %1</translation>
    </message>
    <message>
        <source>Diagnostics — %1</source>
        <translation>Befunde — %1</translation>
    </message>
    <message>
        <source>Laying out the graph…</source>
        <translation>Graph wird angeordnet…</translation>
    </message>
    <message>
        <source>Graph layout failed: %1</source>
        <translation>Anordnen des Graphen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Node positions not saved: %1</source>
        <translation>Knotenpositionen nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Patternbook</source>
        <translation>Patternbook</translation>
    </message>
    <message>
        <source>The sample language could not be set up: %1</source>
        <translation>Die Beispiel-Mustersprache konnte nicht eingerichtet werden: %1</translation>
    </message>
    <message>
        <source>Open Language</source>
        <translation>Mustersprache öffnen</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>Graph</translation>
    </message>
    <message>
        <source>Tour</source>
        <translation>Rundgang</translation>
    </message>
    <message>
        <source>&amp;Tour Panel</source>
        <translation>&amp;Rundgangsleiste</translation>
    </message>
    <message>
        <source>Export Graph</source>
        <translation>Graph exportieren</translation>
    </message>
    <message>
        <source>About Patternbook</source>
        <translation>Über Patternbook</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Patternbook %1&lt;/h3&gt;&lt;p&gt;Browse and edit pattern languages in the form Christopher Alexander gave them.&lt;/p&gt;&lt;p&gt;Built with Qt, yaml-cpp, cmark and Graphviz.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Patternbook %1&lt;/h3&gt;&lt;p&gt;Mustersprachen in der Form durchsuchen und bearbeiten, die Christopher Alexander ihnen gegeben hat.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt, yaml-cpp, cmark und Graphviz.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Patterns tagged %1 (Escape in the search field shows all)</source>
        <translation>Muster mit dem Schlagwort %1 (Escape im Suchfeld zeigt alle)</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is not a pattern: patterns are Markdown files (.md). Showing the language in its folder.</source>
        <translation>%1 ist kein Muster: Muster sind Markdown-Dateien (.md). Die Mustersprache in ihrem Ordner wird angezeigt.</translation>
    </message>
    <message>
        <source>%1 is not a pattern: patterns are Markdown files (.md), and its folder holds none.</source>
        <translation>%1 ist kein Muster: Muster sind Markdown-Dateien (.md), und der Ordner enthält keine.</translation>
    </message>
    <message>
        <source>No patterns in %1: a pattern is a Markdown file (.md) that starts with front matter</source>
        <translation>Keine Muster in %1: ein Muster ist eine Markdown-Datei (.md), die mit einem Vorspann beginnt</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Nach %1 exportiert</translation>
    </message>
    <message numerus="yes">
        <source>%n pattern(s)</source>
        <translation>
            <numerusform>%n Muster</numerusform>
            <numerusform>%n Muster</numerusform>
        </translation>
    </message>
    <message>
        <source>No tour named “%1”: this language has no tours.</source>
        <translation>Keine Tour namens „%1“: diese Mustersprache hat keine Touren.</translation>
    </message>
    <message>
        <source>No tour named “%1”. This language has: %2.</source>
        <translation>Keine Tour namens „%1“. Diese Mustersprache hat: %2.</translation>
    </message>
    <message>
        <source>No pattern has the scale %1: showing the whole language</source>
        <translation>Kein Muster hat die Ebene %1: die ganze Mustersprache wird gezeigt</translation>
    </message>
</context>
<context>
    <name>pb::ui::MarkdownEditor</name>
    <message>
        <source>Pattern body</source>
        <translation>Haupttext des Musters</translation>
    </message>
    <message>
        <source>Whole file</source>
        <translation>Ganze Datei</translation>
    </message>
</context>
<context>
    <name>pb::ui::MarkdownHighlighter</name>
    <message>
        <source>Pattern %1: %2</source>
        <translation>Muster %1: %2</translation>
    </message>
    <message>
        <source>Broken reference: no pattern has id %1</source>
        <translation>Ungültiger Verweis: kein Muster hat die ID %1</translation>
    </message>
    <message>
        <source>Stale reference: pattern %1 is now named “%2”</source>
        <translation>Veralteter Verweis: Muster %1 heißt jetzt „%2“</translation>
    </message>
</context>
<context>
    <name>pb::ui::NewPatternDialog</name>
    <message>
        <source>New Pattern</source>
        <translation>Neues Muster</translation>
    </message>
    <message>
        <source>What the pattern is called</source>
        <translation>Wie das Muster heißt</translation>
    </message>
    <message>
        <source>— none</source>
        <translation>— keine</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>&amp;Ebene:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>new pattern</source>
        <translation>neues Muster</translation>
    </message>
    <message>
        <source>give it a name</source>
        <translation>geben Sie ihm einen Namen</translation>
    </message>
    <message>
        <source>id %1 is taken</source>
        <translation>ID %1 ist bereits vergeben</translation>
    </message>
    <message>
        <source>%1 exists</source>
        <translation>%1 existiert bereits</translation>
    </message>
    <message>
        <source>a pattern is named so already</source>
        <translation>ein Muster mit diesem Namen gibt es bereits</translation>
    </message>
</context>
<context>
    <name>pb::ui::PatternCard</name>
    <message>
        <source>Pattern card</source>
        <translation>Musterkarte</translation>
    </message>
    <message>
        <source>Therefore:</source>
        <translation>Deshalb:</translation>
    </message>
    <message>
        <source>This pattern has no problem or solution paragraph yet.</source>
        <translation>Dieses Muster hat noch keinen Problem- oder Lösungsabsatz.</translation>
    </message>
</context>
<context>
    <name>pb::ui::PatternListEdit</name>
    <message>
        <source>Patterns</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>Pattern name or id</source>
        <translation>Mustername oder ID</translation>
    </message>
    <message>
        <source>Pattern to add</source>
        <translation>Hinzuzufügendes Muster</translation>
    </message>
    <message>
        <source>Type a pattern&apos;s name or id, then Enter to add it</source>
        <translation>Geben Sie den Namen oder die ID eines Musters ein und drücken Sie Enter, um es hinzuzufügen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add the pattern named in the field (Enter)</source>
        <translation>Das im Feld genannte Muster hinzufügen (Enter)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected pattern (Delete)</source>
        <translation>Das ausgewählte Muster entfernen (Delete)</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move the selected pattern up (Alt+Up)</source>
        <translation>Das ausgewählte Muster nach oben verschieben (Alt+Up)</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move the selected pattern down (Alt+Down)</source>
        <translation>Das ausgewählte Muster nach unten verschieben (Alt+Down)</translation>
    </message>
    <message>
        <source>Pattern %1: %2</source>
        <translation>Muster %1: %2</translation>
    </message>
    <message>
        <source>(%1) — no such pattern</source>
        <translation>(%1) — kein solches Muster</translation>
    </message>
    <message>
        <source>The language has no pattern with id %1</source>
        <translation>Die Mustersprache hat kein Muster mit der ID %1</translation>
    </message>
</context>
<context>
    <name>pb::ui::PatternListPanel</name>
    <message>
        <source>Search names, tags and text</source>
        <translation>Namen, Schlagwörter und Text durchsuchen</translation>
    </message>
    <message>
        <source>Search patterns</source>
        <translation>Muster durchsuchen</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Filter by tag, confidence and scale</source>
        <translation>Nach Schlagwort, Gewissheit und Ebene filtern</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>Filter (on)</source>
        <translation>Filter (aktiv)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Gewissheit</translation>
    </message>
    <message>
        <source>No stars: a hypothesis</source>
        <translation>Keine Sterne: eine Hypothese</translation>
    </message>
    <message>
        <source>★ Likely true</source>
        <translation>★ Wahrscheinlich zutreffend</translation>
    </message>
    <message>
        <source>★★ Invariant</source>
        <translation>★★ Invariante</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Scale %1</source>
        <translation>Ebene %1</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
</context>
<context>
    <name>pb::ui::Presentation</name>
    <message>
        <source>Blank screen</source>
        <translation>Schwarzer Bildschirm</translation>
    </message>
    <message>
        <source>&amp;Next Pattern</source>
        <translation>&amp;Nächstes Muster</translation>
    </message>
    <message>
        <source>&amp;Previous Pattern</source>
        <translation>&amp;Vorheriges Muster</translation>
    </message>
    <message>
        <source>&amp;First Pattern</source>
        <translation>&amp;Erstes Muster</translation>
    </message>
    <message>
        <source>&amp;Last Pattern</source>
        <translation>&amp;Letztes Muster</translation>
    </message>
    <message>
        <source>&amp;Blank Screen</source>
        <translation>Schwarzer &amp;Bildschirm</translation>
    </message>
    <message>
        <source>Next &amp;View</source>
        <translation>Nächste An&amp;sicht</translation>
    </message>
    <message>
        <source>Graph &amp;and Card</source>
        <translation>Graph un&amp;d Karte</translation>
    </message>
    <message>
        <source>&amp;Graph Only</source>
        <translation>Nur &amp;Graph</translation>
    </message>
    <message>
        <source>&amp;Card Only</source>
        <translation>Nur &amp;Karte</translation>
    </message>
    <message>
        <source>P&amp;resenter Screen</source>
        <translation>Referenten&amp;ansicht</translation>
    </message>
    <message>
        <source>Walk &amp;Up the Links</source>
        <translation>Verknüpfungen nach &amp;oben folgen</translation>
    </message>
    <message>
        <source>Walk &amp;Down the Links</source>
        <translation>Verknüpfungen nach &amp;unten folgen</translation>
    </message>
    <message>
        <source>Walk Le&amp;ft</source>
        <translation>Nach l&amp;inks gehen</translation>
    </message>
    <message>
        <source>Walk Ri&amp;ght</source>
        <translation>Nach rec&amp;hts gehen</translation>
    </message>
    <message>
        <source>&amp;Presentation</source>
        <translation>&amp;Präsentation</translation>
    </message>
    <message>
        <source>Next P&amp;art</source>
        <translation>Nächster &amp;Teil</translation>
    </message>
    <message>
        <source>Pre&amp;vious Part</source>
        <translation>&amp;Voriger Teil</translation>
    </message>
    <message>
        <source>&amp;Tour Only</source>
        <translation>Nur die T&amp;our</translation>
    </message>
    <message>
        <source>Scale %1</source>
        <translation>Ebene %1</translation>
    </message>
</context>
<context>
    <name>pb::ui::PresenterWindow</name>
    <message>
        <source>Presenter — Patternbook</source>
        <translation>Referentenansicht — Patternbook</translation>
    </message>
    <message>
        <source>Presenter screen</source>
        <translation>Referentenansicht</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Uhr</translation>
    </message>
    <message>
        <source>Current pattern&apos;s text</source>
        <translation>Text des aktuellen Musters</translation>
    </message>
    <message>
        <source>Next pattern</source>
        <translation>Nächstes Muster</translation>
    </message>
    <message>
        <source>%1   ·   %2:%3 elapsed</source>
        <translation>%1   ·   %2:%3 verstrichen</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Next:&lt;/b&gt; the end of the tour.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Als Nächstes:&lt;/b&gt; das Ende des Rundgangs.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Next:&lt;/b&gt; %1 %2 %3&lt;/p&gt;&lt;p&gt;%4&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Als Nächstes:&lt;/b&gt; %1 %2 %3&lt;/p&gt;&lt;p&gt;%4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>The room&apos;s screen is blank (B to show it again)</source>
        <translation>Der Bildschirm im Raum ist schwarz (B zeigt ihn wieder)</translation>
    </message>
    <message>
        <source>What the room sees</source>
        <translation>Was der Raum sieht</translation>
    </message>
    <message>
        <source>%1:%2 over</source>
        <translation>%1:%2 überzogen</translation>
    </message>
    <message>
        <source>%1:%2 left</source>
        <translation>%1:%2 übrig</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Next:&lt;/b&gt; the last pattern.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Als Nächstes:&lt;/b&gt; das letzte Muster.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>pb::ui::QuickOpen</name>
    <message>
        <source>Go to Pattern</source>
        <translation>Gehe zu Muster</translation>
    </message>
    <message>
        <source>Pattern name, id or tag</source>
        <translation>Mustername, ID oder Schlagwort</translation>
    </message>
    <message>
        <source>Go to pattern</source>
        <translation>Gehe zu Muster</translation>
    </message>
</context>
<context>
    <name>pb::ui::ReadingSlot</name>
    <message>
        <source>Reading pane</source>
        <translation>Lesebereich</translation>
    </message>
</context>
<context>
    <name>pb::ui::RecentLanguages</name>
    <message>
        <source>Clear Recent</source>
        <translation>Liste leeren</translation>
    </message>
</context>
<context>
    <name>pb::ui::RecoveryDialog</name>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message numerus="yes">
        <source>The last session ended without saving changes to %n pattern(s):</source>
        <translation>
            <numerusform>Die letzte Sitzung wurde beendet, ohne die Änderungen an %n Muster zu speichern:</numerusform>
            <numerusform>Die letzte Sitzung wurde beendet, ohne die Änderungen an %n Mustern zu speichern:</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
</context>
<context>
    <name>pb::ui::StarsEdit</name>
    <message>
        <source>Confidence</source>
        <translation>Gewissheit</translation>
    </message>
    <message>
        <source>Hypothesis</source>
        <translation>Hypothese</translation>
    </message>
    <message>
        <source>Likely true</source>
        <translation>Wahrscheinlich zutreffend</translation>
    </message>
    <message>
        <source>Invariant</source>
        <translation>Invariante</translation>
    </message>
    <message>
        <source>%1 of 2 stars: %2</source>
        <translation>%1 von 2 Sternen: %2</translation>
    </message>
</context>
<context>
    <name>pb::ui::StringListEdit</name>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Double-click an entry or press F2 to edit it</source>
        <translation>Doppelklicken Sie auf einen Eintrag oder drücken Sie F2, um ihn zu bearbeiten</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add an entry and edit it</source>
        <translation>Einen Eintrag hinzufügen und bearbeiten</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected entry (Delete)</source>
        <translation>Den ausgewählten Eintrag entfernen (Delete)</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move the selected entry up (Alt+Up)</source>
        <translation>Den ausgewählten Eintrag nach oben verschieben (Alt+Up)</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move the selected entry down (Alt+Down)</source>
        <translation>Den ausgewählten Eintrag nach unten verschieben (Alt+Down)</translation>
    </message>
</context>
<context>
    <name>pb::ui::TagEdit</name>
    <message>
        <source>Remove tag %1</source>
        <translation>Schlagwort %1 entfernen</translation>
    </message>
    <message>
        <source>Remove tag %1 (Delete)</source>
        <translation>Schlagwort %1 entfernen (Delete)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Schlagwort hinzufügen</translation>
    </message>
    <message>
        <source>Type a tag, then Enter, comma or Tab to add it; Backspace removes the last tag</source>
        <translation>Geben Sie ein Schlagwort ein und fügen Sie es mit Enter, Komma oder Tab hinzu; die Rücktaste entfernt das letzte Schlagwort</translation>
    </message>
</context>
<context>
    <name>pb::ui::TourPanel</name>
    <message>
        <source>Tour</source>
        <translation>Rundgang</translation>
    </message>
    <message>
        <source>Saved tours</source>
        <translation>Gespeicherte Rundgänge</translation>
    </message>
    <message>
        <source>The tours saved with this language</source>
        <translation>Die mit dieser Mustersprache gespeicherten Rundgänge</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Start a new tour from the current pattern</source>
        <translation>Einen neuen Rundgang beim aktuellen Muster beginnen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Tour steps</source>
        <translation>Schritte des Rundgangs</translation>
    </message>
    <message>
        <source>The patterns of the tour, in order: drag to reorder, double-click to go to one</source>
        <translation>Die Muster des Rundgangs in ihrer Reihenfolge: ziehen zum Umordnen, doppelklicken, um zu einem Muster zu gehen</translation>
    </message>
    <message>
        <source>Add Current Pattern</source>
        <translation>Aktuelles Muster hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Suggested next, from their completion links:</source>
        <translation>Vorschläge für den nächsten Schritt, aus den Ergänzungsverknüpfungen:</translation>
    </message>
    <message>
        <source>Suggested patterns</source>
        <translation>Vorgeschlagene Muster</translation>
    </message>
    <message>
        <source>Tick a pattern to add it to the tour</source>
        <translation>Kreuzen Sie ein Muster an, um es dem Rundgang hinzuzufügen</translation>
    </message>
    <message>
        <source>Present This Tour</source>
        <translation>Diesen Rundgang präsentieren</translation>
    </message>
    <message>
        <source>Presentation mode, stepping through the tour with Page Down and Page Up</source>
        <translation>Präsentationsmodus; mit Bild ab und Bild auf durch den Rundgang blättern</translation>
    </message>
    <message>
        <source>Delete Tour</source>
        <translation>Rundgang löschen</translation>
    </message>
    <message>
        <source>Delete the tour “%1”?</source>
        <translation>Den Rundgang „%1“ löschen?</translation>
    </message>
    <message>
        <source>%1  (no pattern has this id)</source>
        <translation>%1  (kein Muster hat diese ID)</translation>
    </message>
    <message>
        <source>No saved tours</source>
        <translation>Keine gespeicherten Rundgänge</translation>
    </message>
    <message>
        <source>Save Tour</source>
        <translation>Rundgang speichern</translation>
    </message>
    <message>
        <source>A name for this tour:</source>
        <translation>Ein Name für diesen Rundgang:</translation>
    </message>
    <message>
        <source>The tour was not saved: %1</source>
        <translation>Der Rundgang wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved the tour “%1”</source>
        <translation>Rundgang „%1“ gespeichert</translation>
    </message>
</context>
<context>
    <name>pb::ui::UnsavedDialog</name>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing it?</source>
        <translation>Die Änderungen an %1 vor dem Schließen speichern?</translation>
    </message>
    <message numerus="yes">
        <source>Unsaved changes to %n pattern(s):</source>
        <translation>
            <numerusform>Ungespeicherte Änderungen an %n Muster:</numerusform>
            <numerusform>Ungespeicherte Änderungen an %n Mustern:</numerusform>
        </translation>
    </message>
    <message>
        <source>Save them before closing?</source>
        <translation>Vor dem Schließen speichern?</translation>
    </message>
</context>
</TS>
