<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Background</name>
    <message numerus="yes">
        <location filename="../../desktop/razmetka/ui/window/background.py" line="59"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/razmetka/ui/dialogs/dashboard.py" line="205"/>
        <source>%n article(s) done</source>
        <translation>
            <numerusform>%n article done</numerusform>
            <numerusform>%n articles done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/razmetka/ui/dialogs/dashboard.py" line="206"/>
        <source>%n analyst(s)</source>
        <translation>
            <numerusform>%n analyst</numerusform>
            <numerusform>%n analysts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/razmetka/ui/dialogs/dashboard.py" line="207"/>
        <source>%n entity(ies) accepted</source>
        <translation>
            <numerusform>%n entity accepted</numerusform>
            <numerusform>%n entities accepted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/razmetka/ui/dialogs/import_report.py" line="62"/>
        <source>%n article(s) imported</source>
        <translation>
            <numerusform>%n article imported</numerusform>
            <numerusform>%n articles imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/razmetka/ui/dialogs/import_report.py" line="63"/>
        <source>%n span(s)</source>
        <translation>
            <numerusform>%n span</numerusform>
            <numerusform>%n spans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/razmetka/ui/dialogs/import_report.py" line="64"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/razmetka/ui/dialogs/import_report.py" line="65"/>
        <source>%n already present</source>
        <translation>
            <numerusform>%n already present</numerusform>
            <numerusform>%n already present</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/razmetka/ui/dialogs/import_report.py" line="66"/>
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
        <location filename="../../desktop/razmetka/ui/dialogs/pending_done.py" line="33"/>
        <source>%n suggestion(s) in this article are still pending; an export leaves out what is not accepted.</source>
        <translation>
            <numerusform>%n suggestion in this article is still pending; an export leaves out what is not accepted.</numerusform>
            <numerusform>%n suggestions in this article are still pending; an export leaves out what is not accepted.</numerusform>
        </translation>
    </message>
</context>
</TS>
