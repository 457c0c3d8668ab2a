<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>PatternListModel</name>
    <message numerus="yes">
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n star</numerusform>
            <numerusform>%n stars</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StagingTr</name>
    <message numerus="yes">
        <source>%1 holds %n file(s) that the earlier export did not write, such as %2; move them out or choose another folder, so that replacing the export loses nothing</source>
        <translation>
            <numerusform>%1 holds %n file that the earlier export did not write, such as %2; move them out or choose another folder, so that replacing the export loses nothing</numerusform>
            <numerusform>%1 holds %n files that the earlier export did not write, such as %2; move them out or choose another folder, so that replacing the export loses nothing</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pb::CommandLine</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pattern(s)</source>
        <translation>
            <numerusform>%n pattern</numerusform>
            <numerusform>%n patterns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fix(es)</source>
        <translation>
            <numerusform>%n fix</numerusform>
            <numerusform>%n fixes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other document(s)</source>
        <translation>
            <numerusform>%n other document</numerusform>
            <numerusform>%n other documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n pattern(s) in %2 s</source>
        <translation>
            <numerusform>%1: %n pattern in %2 s</numerusform>
            <numerusform>%1: %n patterns in %2 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) in the language, which fix does not mend: fix them first; nothing was written</source>
        <translation>
            <numerusform>%n error in the language, which fix does not mend: fix them first; nothing was written</numerusform>
            <numerusform>%n errors in the language, which fix does not mend: fix them first; nothing was written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read and were not checked</source>
        <extracomment>&quot;2 files could not be read; 26 patterns round-trip&quot;</extracomment>
        <translation>
            <numerusform>%n file could not be read and were not checked</numerusform>
            <numerusform>%n files could not be read and were not checked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pb::Graph</name>
    <message numerus="yes">
        <source>mentions not drawn in a graph of more than %n pattern(s)</source>
        <translation>
            <numerusform>mentions not drawn in a graph of more than %n pattern</numerusform>
            <numerusform>mentions not drawn in a graph of more than %n patterns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pb::LanguageEdits</name>
    <message numerus="yes">
        <source>%n reference(s) renamed</source>
        <translation>
            <numerusform>%n reference renamed</numerusform>
            <numerusform>%n references renamed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>its own id, and %n reference(s)</source>
        <translation>
            <numerusform>its own id, and %n reference</numerusform>
            <numerusform>its own id, and %n references</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) or reference(s)</source>
        <translation>
            <numerusform>%n link or reference</numerusform>
            <numerusform>%n links or references</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pb::Parser</name>
    <message numerus="yes">
        <source>title has %n asterisk(s) but confidence is %1 (expected %2)</source>
        <translation>
            <numerusform>title has %n asterisk but confidence is %1 (expected %2)</numerusform>
            <numerusform>title has %n asterisks but confidence is %1 (expected %2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pb::ui::BandItem</name>
    <message numerus="yes">
        <source>%1 — %n pattern(s)</source>
        <translation>
            <numerusform>%1 — %n pattern</numerusform>
            <numerusform>%1 — %n patterns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pb::ui::ChangesDialog</name>
    <message numerus="yes">
        <source>Change %n File(s)</source>
        <translation>
            <numerusform>Change %n File</numerusform>
            <numerusform>Change %n Files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pb::ui::DeletePatternDialog</name>
    <message numerus="yes">
        <source>%1: %n link(s) or reference(s)
</source>
        <translation>
            <numerusform>%1: %n link or reference
</numerusform>
            <numerusform>%1: %n links or references
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pattern(s) refer to it; their links will be broken.</source>
        <translation>
            <numerusform>%n pattern refers to it; their links will be broken.</numerusform>
            <numerusform>%n patterns refer to it; their links will be broken.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pb::ui::DiagnosticsPanel</name>
    <message numerus="yes">
        <source>Fix the %n Selected</source>
        <translation>
            <numerusform>Fix the %n Selected</numerusform>
            <numerusform>Fix the %n Selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fix All of This Kind (%n)</source>
        <translation>
            <numerusform>Fix All of This Kind (%n)</numerusform>
            <numerusform>Fix All of This Kind (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pb::ui::EditController</name>
    <message numerus="yes">
        <source>%n file(s) changed</source>
        <translation>
            <numerusform>%n file changed</numerusform>
            <numerusform>%n files changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) with unsaved text changed in their editors</source>
        <translation>
            <numerusform>%n file with unsaved text changed in their editors</numerusform>
            <numerusform>%n files with unsaved text changed in their editors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pattern %1 is now %2. Update the links and references to it in %n other file(s)?</source>
        <translation>
            <numerusform>Pattern %1 is now %2. Update the links and references to it in %n other file?</numerusform>
            <numerusform>Pattern %1 is now %2. Update the links and references to it in %n other files?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is now “%2”. Update the references that name it “%1” in %n file(s)?</source>
        <translation>
            <numerusform>“%1” is now “%2”. Update the references that name it “%1” in %n file?</numerusform>
            <numerusform>“%1” is now “%2”. Update the references that name it “%1” in %n files?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n unsaved pattern(s); save to keep the changes</source>
        <translation>
            <numerusform>Restored %n unsaved pattern; save to keep the changes</numerusform>
            <numerusform>Restored %n unsaved patterns; save to keep the changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These files change by %n fix(es). Only the lists and titles named change; the files are written at once, and Undo Change Across Files takes them back.</source>
        <translation>
            <numerusform>These files change by %n fix. Only the lists and titles named change; the files are written at once, and Undo Change Across Files takes them back.</numerusform>
            <numerusform>These files change by %n fixes. Only the lists and titles named change; the files are written at once, and Undo Change Across Files takes them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fix %n diagnostic(s)</source>
        <translation>
            <numerusform>Fix %n diagnostic</numerusform>
            <numerusform>Fix %n diagnostics</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pb::ui::ExportDialog</name>
    <message numerus="yes">
        <source>&amp;All %n pattern(s)</source>
        <translation>
            <numerusform>&amp;All %n pattern</numerusform>
            <numerusform>&amp;All %n patterns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n pattern(s) the &amp;list shows</source>
        <translation>
            <numerusform>The %n pattern the &amp;list shows</numerusform>
            <numerusform>The %n patterns the &amp;list shows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unsaved changes in %n pattern(s): the export shows them as you see them now.</source>
        <translation>
            <numerusform>Unsaved changes in %n pattern: the export shows them as you see them now.</numerusform>
            <numerusform>Unsaved changes in %n patterns: the export shows them as you see them now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pb::ui::ExportRun</name>
    <message numerus="yes">
        <source>Exported %n pattern(s) to %1.</source>
        <translation>
            <numerusform>Exported %n pattern to %1.</numerusform>
            <numerusform>Exported %n patterns to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s): see the details.</source>
        <translation>
            <numerusform>%n note: see the details.</numerusform>
            <numerusform>%n notes: see the details.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pb::ui::MainWindow</name>
    <message numerus="yes">
        <source>%n pattern(s)</source>
        <translation>
            <numerusform>%n pattern</numerusform>
            <numerusform>%n patterns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pb::ui::RecoveryDialog</name>
    <message numerus="yes">
        <source>The last session ended without saving changes to %n pattern(s):</source>
        <translation>
            <numerusform>The last session ended without saving changes to %n pattern:</numerusform>
            <numerusform>The last session ended without saving changes to %n patterns:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pb::ui::UnsavedDialog</name>
    <message numerus="yes">
        <source>Unsaved changes to %n pattern(s):</source>
        <translation>
            <numerusform>Unsaved changes to %n pattern:</numerusform>
            <numerusform>Unsaved changes to %n patterns:</numerusform>
        </translation>
    </message>
</context>
</TS>
