<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <source>reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its own id, and %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link or reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>links or references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adds %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Language…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Pattern…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save A&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Pattern…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo Change Across Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo Change Across Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to Pattern…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search Patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading and Graph &amp;Side by Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading and Graph in &amp;Tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whole Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus: &amp;1 Link Around</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus: &amp;2 Links Around</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus: &amp;3 Links Around</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit Graph to Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Graph Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Patternbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed by only one of the two patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mentions %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is completed by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Graph…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the graph as SVG, PNG, PDF or a poster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n pattern(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s): see the details.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pb</name>
    <message>
        <source>Add %1 to %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 itself from its %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List %1 once in %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the title of %1 as “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the tags of %1 in kebab-case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the references to %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pb::DiagnosticListModel</name>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pb::DocumentManager</name>
    <message>
        <source>%1 could not be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its unsaved text has changed since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it changed on disk since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pb::Exporter</name>
    <message>
        <source>EPUB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop Cards (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF Booklet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF export needs WeasyPrint, which is not installed. On Debian and Ubuntu: sudo apt install weasyprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Static Site</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pb::PatternDocument</name>
    <message>
        <source>Typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit front matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text; Patternbook shows it but does not write it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed on disk: keep your version or take theirs first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read to check it has not changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed on disk since it was opened: keep your version or take theirs first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pb::PatternListModel</name>
    <message>
        <source>Scale %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hypothesis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invariant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>star</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence: ★★ invariant, ★ likely true, none a hypothesis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale: 1 is the largest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pb::ui::BandItem</name>
    <message numerus="yes">
        <source>%1 — %n pattern(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pb::ui::ChangesDialog</name>
    <message>
        <source>Files that change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References left as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave Them</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Change %n File(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pb::ui::CompareDialog</name>
    <message>
        <source>%1: yours and theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines marked - are yours, + are on disk now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take Theirs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pb::ui::DeletePatternDialog</name>
    <message>
        <source>Delete Pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 (%2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n link(s) or reference(s)
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No other pattern refers to it. The file goes to the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pattern(s) refer to it; their links will be broken.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Its unsaved changes are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pb::ui::DiagnosticsPanel</name>
    <message>
        <source>Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems: every pattern reads, every link lands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Fix the %n Selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fix All of This Kind (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warnings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pb::ui::DocumentEditor</name>
    <message>
        <source>Keep Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this text; saving will replace what is on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace this text with what is on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Markdown of the pattern, below its front matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file as it is: front matter and body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 changed on disk&lt;/b&gt; while you were editing it. Keep your text, or take theirs?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 was deleted on disk.&lt;/b&gt; Your text is kept here; saving writes the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not UTF-8 text: it is shown, not edited.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pb::ui::EditController</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo Change Across Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo Across Files: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo Change Across Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo Across Files: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) changed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) with unsaved text changed in their editors</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Some files were left as they were:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renumber Pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pattern %1 is now %2. Update the links and references to it in %n other file(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Renumber %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” is now “%2”. Update the references that name it “%1” in %n file(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>These references name it otherwise (inflected, or by an older name), in words the author chose: they are left as they are. Tick those to rename too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename references to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pattern was not created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to fix: the patterns already read as the fix would make them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Fix %n diagnostic(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) left unchanged</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n unsaved pattern(s); save to keep the changes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These files change by %n fix(es). Only the lists and titles named change; the files are written at once, and Undo Change Across Files takes them back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pb::ui::EditorArea</name>
    <message>
        <source>Open patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pb::ui::ExportDialog</name>
    <message>
        <source>Export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cards.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;All %n pattern(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n pattern(s) the &amp;list shows</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A &amp;tour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these &amp;ids:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3, 7, 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patterns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw each pattern&apos;s &amp;neighbourhood and the whole graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language the patterns are written in, as a code such as en or de-CH: readers and screen readers use it to pronounce and hyphenate the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the ids of the patterns to export, such as 3, 7, 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text language is a code such as en, de or pt-BR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That folder holds other files. Choose a new or empty folder, or an earlier export, which is replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Unsaved changes in %n pattern(s): the export shows them as you see them now.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pb::ui::FrontMatterForm</name>
    <message>
        <source>AI changes the forces of this pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number references use: (7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique in the language; the title shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★★ invariant, ★ likely true, none a hypothesis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 is the largest scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kebab-case labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The larger patterns this one helps complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smaller patterns that complete this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bibliographic entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys Patternbook does not know: kept as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not UTF-8 text; it is shown, not edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file has no front matter (a first line &apos;---&apos;); add it in the Whole File view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The front matter is never closed by a line &apos;---&apos;; fix it in the Whole File view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The front matter cannot be edited field by field until its YAML reads; fix it in the Whole File view.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pb::ui::GraphView</name>
    <message>
        <source>Link graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patterns as a map, larger scales above smaller. Arrow keys walk the links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying out the graph…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The graph could not be laid out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patterns to show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pb::ui::MainWindow</name>
    <message>
        <source>Reading pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 link around</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 links around</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 links around</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus mode: show only the current pattern&apos;s neighbourhood in the graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Focus: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pattern has id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying out the graph…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph layout failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node positions not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patternbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample language could not be set up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tour named “%1” in this language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tour Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poster on A1 paper (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poster on A2 paper (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poster on A3 paper (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The graph was not exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Patternbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Patternbook %1&lt;/h3&gt;&lt;p&gt;Browse and edit pattern languages in the form Christopher Alexander gave them.&lt;/p&gt;&lt;p&gt;Built with Qt, yaml-cpp, cmark and Graphviz.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patterns tagged %1 (Escape in the search field shows all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a pattern: patterns are Markdown files (.md). Showing the language in its folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a pattern: patterns are Markdown files (.md), and its folder holds none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patterns in %1: a pattern is a Markdown file (.md) that starts with front matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pb::ui::MarkdownEditor</name>
    <message>
        <source>Pattern body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pb::ui::MarkdownHighlighter</name>
    <message>
        <source>Pattern %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken reference: no pattern has id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale reference: pattern %1 is now named “%2”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pb::ui::NewPatternDialog</name>
    <message>
        <source>New Pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the pattern is called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give it a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id %1 is taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pattern is named so already</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pb::ui::PatternCard</name>
    <message>
        <source>Pattern card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Therefore:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pattern has no problem or solution paragraph yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pb::ui::PatternListEdit</name>
    <message>
        <source>Patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern name or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a pattern&apos;s name or id, then Enter to add it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the pattern named in the field (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected pattern (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected pattern up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected pattern down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1) — no such pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language has no pattern with id %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pb::ui::PatternListPanel</name>
    <message>
        <source>Search names, tags and text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by tag, confidence and scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter (on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stars: a hypothesis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ Likely true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★★ Invariant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pb::ui::Presentation</name>
    <message>
        <source>Blank screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First Pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last Pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blank Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph &amp;and Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Graph Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Card Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;resenter Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk &amp;Up the Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk &amp;Down the Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk Le&amp;ft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk Ri&amp;ght</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presentation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pb::ui::PresenterWindow</name>
    <message>
        <source>Presenter — Patternbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenter screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current pattern&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1   ·   %2:%3 elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Next:&lt;/b&gt; the end of the tour.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Next:&lt;/b&gt; %1 %2 %3&lt;/p&gt;&lt;p&gt;%4&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pb::ui::QuickOpen</name>
    <message>
        <source>Go to Pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern name, id or tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to pattern</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pb::ui::RecoveryDialog</name>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The last session ended without saving changes to %n pattern(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pb::ui::StarsEdit</name>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hypothesis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invariant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 2 stars: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pb::ui::StringListEdit</name>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click an entry or press F2 to edit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an entry and edit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected entry (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected entry up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected entry down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pb::ui::TagEdit</name>
    <message>
        <source>Remove tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tag %1 (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a tag, then Enter, comma or Tab to add it; Backspace removes the last tag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pb::ui::TourPanel</name>
    <message>
        <source>Tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved tours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tours saved with this language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new tour from the current pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tour steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patterns of the tour, in order: drag to reorder, double-click to go to one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Current Pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested next, from their completion links:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick a pattern to add it to the tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present This Tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation mode, stepping through the tour with Page Down and Page Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the tour “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  (no pattern has this id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved tours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name for this tour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tour was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the tour “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pb::ui::UnsavedDialog</name>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Unsaved changes to %n pattern(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Save them before closing?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
