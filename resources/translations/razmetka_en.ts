<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Adjudication</name>
    <message numerus="yes">
        <location filename="../../desktop/razmetka/ui/window/adjudication.py" line="82"/>
        <source>Disputed: %1 and %2 differ in %n place(s).</source>
        <translation>
            <numerusform>Disputed: %1 and %2 differ in %n place.</numerusform>
            <numerusform>Disputed: %1 and %2 differ in %n places.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message numerus="yes">
        <location filename="../../desktop/razmetka/ui/window/background.py" line="59" />
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/razmetka/ui/window/background.py" line="122" />
        <source>Suggestions updated from your decisions in %n article(s)</source>
        <translation>
            <numerusform>Suggestions updated from your decisions in %n article</numerusform>
            <numerusform>Suggestions updated from your decisions in %n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/razmetka/ui/dialogs/import_report.py" line="62" />
        <source>%n article(s) imported</source>
        <translation>
            <numerusform>%n article imported</numerusform>
            <numerusform>%n articles imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/razmetka/ui/dialogs/import_report.py" line="63" />
        <source>%n span(s)</source>
        <translation>
            <numerusform>%n span</numerusform>
            <numerusform>%n spans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/razmetka/ui/dialogs/import_report.py" line="64" />
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/razmetka/ui/dialogs/import_report.py" line="65" />
        <source>%n already present</source>
        <translation>
            <numerusform>%n already present</numerusform>
            <numerusform>%n already present</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/razmetka/ui/dialogs/import_report.py" line="66" />
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejected</numerusform>
            <numerusform>%n rejected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PendingDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/razmetka/ui/dialogs/pending_done.py" line="33" />
        <source>%n suggestion(s) in this article are still pending; an export leaves out what is not accepted.</source>
        <translation>
            <numerusform>%n suggestion in this article is still pending; an export leaves out what is not accepted.</numerusform>
            <numerusform>%n suggestions in this article are still pending; an export leaves out what is not accepted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message numerus="yes">
        <location filename="../../desktop/razmetka/ui/wording.py" />
        <source>The label %1 is used by %n span(s): rename it instead.</source>
        <translation>
            <numerusform>The label %1 is used by %n span: rename it instead.</numerusform>
            <numerusform>The label %1 is used by %n spans: rename it instead.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/razmetka/ui/wording.py" />
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/razmetka/ui/wording.py" />
        <source>%n span(s)</source>
        <translation>
            <numerusform>%n span</numerusform>
            <numerusform>%n spans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/razmetka/ui/wording.py" />
        <source>%n span(s) snapped to token boundaries</source>
        <translation>
            <numerusform>%n span snapped to token boundaries</numerusform>
            <numerusform>%n spans snapped to token boundaries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/razmetka/ui/wording.py" />
        <source>%n span(s) left out (not on token boundaries)</source>
        <translation>
            <numerusform>%n span left out (not on token boundaries)</numerusform>
            <numerusform>%n spans left out (not on token boundaries)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/razmetka/ui/wording.py" />
        <source>%n negative example(s)</source>
        <translation>
            <numerusform>%n negative example</numerusform>
            <numerusform>%n negative examples</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/razmetka/ui/wording.py" />
        <source>%n problem(s) in all</source>
        <translation>
            <numerusform>%n problem in all</numerusform>
            <numerusform>%n problems in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/razmetka/ui/wording.py" />
        <source>«%1» is accepted under %n label(s) (%2)</source>
        <translation>
            <numerusform>«%1» is accepted under %n label (%2)</numerusform>
            <numerusform>«%1» is accepted under %n labels (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/razmetka/ui/wording.py" />
        <source>«%1» (%2) is accepted elsewhere but left untagged %n time(s)</source>
        <translation>
            <numerusform>«%1» (%2) is accepted elsewhere but left untagged %n time</numerusform>
            <numerusform>«%1» (%2) is accepted elsewhere but left untagged %n times</numerusform>
        </translation>
    </message>
</context>
<context><name>Checking</name><message numerus="yes">
        <location filename="../../desktop/razmetka/ui/window/checking.py" line="57" />
        <source>%n finding(s): Enter opens one, Ctrl+Shift+F fixes it</source>
        <translation>
            <numerusform>%n finding: Enter opens it, Ctrl+Shift+F fixes it</numerusform>
            <numerusform>%n findings: Enter opens one, Ctrl+Shift+F fixes it</numerusform>
        </translation>
    </message>
</context><context><name>Everywhere</name><message numerus="yes">
        <location filename="../../desktop/razmetka/ui/window/everywhere.py" line="70" />
        <source>«%1»: %n more in this article — %2</source>
        <translation>
            <numerusform>«%1»: %n more in this article — %2</numerusform>
            <numerusform>«%1»: %n more in this article — %2</numerusform>
        </translation>
    </message>
</context><context><name>DashboardDialog</name><message numerus="yes">
        <location filename="../../desktop/razmetka/ui/dialogs/dashboard.py" line="205" />
        <source>%n article(s) done</source>
        <translation>
            <numerusform>%n article done</numerusform>
            <numerusform>%n articles done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/razmetka/ui/dialogs/dashboard.py" line="206" />
        <source>%n analyst(s)</source>
        <translation>
            <numerusform>%n analyst</numerusform>
            <numerusform>%n analysts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/razmetka/ui/dialogs/dashboard.py" line="207" />
        <source>%n entity(ies) accepted</source>
        <translation>
            <numerusform>%n entity accepted</numerusform>
            <numerusform>%n entities accepted</numerusform>
        </translation>
    </message>
</context><context>
    <name>NoteWords</name>
    <message numerus="yes">
        <location filename="../../desktop/razmetka/ui/note_words.py" line="44" />
        <source>learned from %n decision(s) (%1: %2 for, %3 against)</source>
        <translation>
            <numerusform>learned from %n decision (%1: %2 for, %3 against)</numerusform>
            <numerusform>learned from %n decisions (%1: %2 for, %3 against)</numerusform>
        </translation>
    </message>
</context>
</TS>
