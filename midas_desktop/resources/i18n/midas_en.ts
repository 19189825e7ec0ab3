<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AlertSummaries</name>
    <message>
        <location filename="../../gui/labels.py" line="236"/>
        <source>document expired on %1</source>
        <translation>document expired on %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/labels.py" line="210"/>
        <source>overstay of %n day(s) (exited); latest legal exit was %1</source>
        <translation>
            <numerusform>overstay of %n day (exited); latest legal exit was %1</numerusform>
            <numerusform>overstay of %n days (exited); latest legal exit was %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/labels.py" line="214"/>
        <source>overstay of %n day(s) (still in the country); latest legal exit was %1</source>
        <translation>
            <numerusform>overstay of %n day (still in the country); latest legal exit was %1</numerusform>
            <numerusform>overstay of %n days (still in the country); latest legal exit was %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/labels.py" line="225"/>
        <source>overstayed %n day(s) on the stay from %1 to %2</source>
        <translation>
            <numerusform>overstayed %n day on the stay from %1 to %2</numerusform>
            <numerusform>overstayed %n days on the stay from %1 to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/labels.py" line="231"/>
        <source>overstayed %n day(s) on an earlier stay</source>
        <translation>
            <numerusform>overstayed %n day on an earlier stay</numerusform>
            <numerusform>overstayed %n days on an earlier stay</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="244"/>
        <source>watchlist match on %1 (%2% alike): %3; listed: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="253"/>
        <source>entry on %1 while a stay from %2 had no exit</source>
        <translation>entry on %1 while a stay from %2 had no exit</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="258"/>
        <source>an entry while a stay from %1 had no exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="264"/>
        <source>exit on %1 with no recorded entry</source>
        <translation>exit on %1 with no recorded entry</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="267"/>
        <source>an exit with no recorded entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/labels.py" line="271"/>
        <source>no days of stay remained under the rule %1: admitted %n day(s) over the allowance</source>
        <translation>
            <numerusform>no days of stay remained under the rule %1: admitted %n day over the allowance</numerusform>
            <numerusform>no days of stay remained under the rule %1: admitted %n days over the allowance</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="279"/>
        <source>admitted with no days of stay remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="286"/>
        <source>referred by the counter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="289"/>
        <source>probable misread of the MRZ; entry refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="291"/>
        <source>probable misread of the MRZ; referred: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="295"/>
        <source>invalid MRZ; entry refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="297"/>
        <source>invalid MRZ; referred: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertTableModel</name>
    <message>
        <location filename="../../gui/alerts_view.py" line="90"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="91"/>
        <source>Created (time at the post)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="92"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="93"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="94"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="95"/>
        <source>Traveller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="96"/>
        <source>Document</source>
        <translation type="unfinished">Document</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="97"/>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="98"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
</context>
<context>
    <name>AlertsView</name>
    <message>
        <location filename="../../gui/alerts_view.py" line="175"/>
        <source>Filter by kind</source>
        <translation>Filter by kind</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="176"/>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="180"/>
        <source>Filter by status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="181"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="182"/>
        <source>Not resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="187"/>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="188"/>
        <source>Filter by nationality</source>
        <translation>Filter by nationality</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="195"/>
        <source>From day</source>
        <translation>From day</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="198"/>
        <source>To day</source>
        <translation>To day</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="199"/>
        <source>Run overstay &amp;scan</source>
        <translation>Run overstay &amp;scan</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="201"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="204"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="206"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="209"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="211"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="227"/>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="240"/>
        <source>&amp;Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="242"/>
        <source>&amp;Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="256"/>
        <source>Alert detail</source>
        <translation>Alert detail</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="258"/>
        <source>Note (needed to resolve)</source>
        <translation>Note (needed to resolve)</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="259"/>
        <location filename="../../gui/alerts_view.py" line="618"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="263"/>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Acknowledge</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="264"/>
        <source>&amp;Escalate</source>
        <translation>&amp;Escalate</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="265"/>
        <source>Res&amp;olve</source>
        <translation>Res&amp;olve</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="276"/>
        <source>&amp;Grant extension…</source>
        <translation>&amp;Grant extension…</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="277"/>
        <source>Grant extension</source>
        <translation>Grant extension</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="363"/>
        <source>No alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="367"/>
        <source>Alerts %1–%2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="385"/>
        <source>Overstay scan running …</source>
        <translation>Overstay scan running …</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/alerts_view.py" line="398"/>
        <source>Overstay scan: %n new overstay(s) since the last scan.</source>
        <translation>
            <numerusform>Overstay scan: %n new overstay since the last scan.</numerusform>
            <numerusform>Overstay scan: %n new overstays since the last scan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/alerts_view.py" line="401"/>
        <source>Overstay scan: %n overstay(s) today.</source>
        <translation>
            <numerusform>Overstay scan: %n overstay today.</numerusform>
            <numerusform>Overstay scan: %n overstays today.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="480"/>
        <source>Extend the open stay of the traveller of alert %1</source>
        <translation>Extend the open stay of the traveller of alert %1</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="500"/>
        <source>Extension granted: latest legal exit now %1.</source>
        <translation>Extension granted: latest legal exit now %1.</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="524"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="525"/>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="533"/>
        <source>Traveller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="535"/>
        <source>%1, %2; nationality %3; born %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="550"/>
        <source>Document</source>
        <translation type="unfinished">Document</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="550"/>
        <source>%1, valid until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="556"/>
        <location filename="../../gui/alerts_view.py" line="572"/>
        <source>At the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="558"/>
        <source>%1 (%2) by %3 at %4, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="568"/>
        <source>Reason for the refusal</source>
        <translation type="unfinished">Reason for the refusal</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="574"/>
        <source>%1 by %2 at %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="582"/>
        <source>Officer&apos;s note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="584"/>
        <source>Recorded in spite of the stop, because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="592"/>
        <source>Watchlist entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="594"/>
        <source>%1, %2, born %3, document %4 — %5 (source: %6; match on %7, %8% alike)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="610"/>
        <source>Resolved</source>
        <translation type="unfinished">Resolved</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="612"/>
        <source>by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="625"/>
        <source>Decisive rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="634"/>
        <source>Stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="640"/>
        <source>Country</source>
        <translation type="unfinished">Country</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="641"/>
        <source>Entry</source>
        <translation type="unfinished">Entry</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="642"/>
        <source>Exit</source>
        <translation type="unfinished">Exit</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="643"/>
        <source>Latest legal exit</source>
        <translation type="unfinished">Latest legal exit</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="644"/>
        <source>Days over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="645"/>
        <source>Rule</source>
        <translation type="unfinished">Rule</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="654"/>
        <source>(in the country)</source>
        <translation type="unfinished">(in the country)</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../gui/audit_view.py" line="169"/>
        <source>Audit chain verdict</source>
        <translation>Audit chain verdict</translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="170"/>
        <source>&amp;Verify the chain</source>
        <translation>&amp;Verify the chain</translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="172"/>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="180"/>
        <source>Filter by action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="182"/>
        <source>Filter by user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="184"/>
        <source>Words in the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="185"/>
        <source>Filter by words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="188"/>
        <source>From day</source>
        <translation type="unfinished">From day</translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="191"/>
        <source>To day</source>
        <translation type="unfinished">To day</translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="196"/>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="198"/>
        <source>to</source>
        <translation type="unfinished">to</translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="204"/>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="207"/>
        <location filename="../../gui/audit_view.py" line="326"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="208"/>
        <location filename="../../gui/audit_view.py" line="327"/>
        <source>Time at the post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="220"/>
        <source>Audit message</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/audit_view.py" line="243"/>
        <source>Chain intact: %n entry(ies) verified.</source>
        <translation>
            <numerusform>Chain intact: %n entry verified.</numerusform>
            <numerusform>Chain intact: %n entries verified.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/audit_view.py" line="250"/>
        <source>CHAIN BROKEN: %n problem(s) found; run the store check and ask for support.</source>
        <translation>
            <numerusform>CHAIN BROKEN: %n problem found; run the store check and ask for support.</numerusform>
            <numerusform>CHAIN BROKEN: %n problems found; run the store check and ask for support.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="272"/>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="273"/>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/audit_view.py" line="310"/>
        <source>%n entry(ies) shown.</source>
        <translation>
            <numerusform>%n entry shown.</numerusform>
            <numerusform>%n entries shown.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="314"/>
        <source>Export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="314"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="336"/>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/audit_view.py" line="338"/>
        <source>Exported %n entry(ies) to %1.</source>
        <translation>
            <numerusform>Exported %n entry to %1.</numerusform>
            <numerusform>Exported %n entries to %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="209"/>
        <location filename="../../gui/audit_view.py" line="328"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="210"/>
        <location filename="../../gui/audit_view.py" line="329"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="211"/>
        <location filename="../../gui/audit_view.py" line="330"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <location filename="../../gui/audit_view.py" line="35"/>
        <source>Store created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="36"/>
        <source>Store converted to personal keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="37"/>
        <source>User added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="38"/>
        <source>Role changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="39"/>
        <source>Password reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="40"/>
        <source>Own password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="41"/>
        <source>User disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="42"/>
        <source>User enabled again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="43"/>
        <source>User unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="44"/>
        <source>Account locked after wrong passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="45"/>
        <source>Recovery key used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="46"/>
        <source>Database key rotated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="47"/>
        <source>Recovery key vouched for by the post&apos;s root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="48"/>
        <source>Entry recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="49"/>
        <source>Exit recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="50"/>
        <source>Entry refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="51"/>
        <source>Traveller referred to a supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="52"/>
        <source>Entry refused on an invalid document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="53"/>
        <source>Extension of stay granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="54"/>
        <source>Alert acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="55"/>
        <source>Alert escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="56"/>
        <source>Alert resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="57"/>
        <source>Alert opened again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="58"/>
        <source>Overstay scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="59"/>
        <source>Watchlist imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="60"/>
        <source>Watchlist entry removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="61"/>
        <source>Stay rule added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="62"/>
        <source>Stay rule changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="63"/>
        <source>Stay rule deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="64"/>
        <source>Retention rules changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="65"/>
        <location filename="../../gui/audit_view.py" line="66"/>
        <source>Records erased past retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="67"/>
        <source>Limits on unsent records changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="68"/>
        <source>Backup made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="69"/>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="70"/>
        <source>Post enrolled with the central server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="71"/>
        <source>Post key registered at the central server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="72"/>
        <source>Sync with the central server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="73"/>
        <source>Sync file written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="74"/>
        <source>Sync receipt read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="90"/>
        <source>user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="92"/>
        <source>role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="96"/>
        <source>from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="105"/>
        <source>alerts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="110"/>
        <source>alert no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="114"/>
        <source>recorded in spite of a stop, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/audit_view.py" line="117"/>
        <source>%n new alert(s)</source>
        <translation>
            <numerusform>%n new alert</numerusform>
            <numerusform>%n new alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/audit_view.py" line="120"/>
        <source>%n imported</source>
        <translation>
            <numerusform>%n imported</numerusform>
            <numerusform>%n imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/audit_view.py" line="123"/>
        <source>%n row(s) rejected</source>
        <translation>
            <numerusform>%n row rejected</numerusform>
            <numerusform>%n rows rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/audit_view.py" line="128"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="132"/>
        <source>file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="135"/>
        <source>for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="140"/>
        <source>admitting %1, nationality %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/audit_view.py" line="147"/>
        <source>%n movement(s)</source>
        <translation>
            <numerusform>%n movement</numerusform>
            <numerusform>%n movements</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="150"/>
        <source>post %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="152"/>
        <source>server %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <location filename="../../gui/counter/checks_panel.py" line="120"/>
        <source>Checks</source>
        <translation type="unfinished">Checks</translation>
    </message>
    <message>
        <location filename="../../gui/counter/checks_panel.py" line="123"/>
        <source>Minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/counter/checks_panel.py" line="130"/>
        <source>Surname</source>
        <translation type="unfinished">Surname</translation>
    </message>
    <message>
        <location filename="../../gui/counter/checks_panel.py" line="131"/>
        <source>Given names</source>
        <translation type="unfinished">Given names</translation>
    </message>
    <message>
        <location filename="../../gui/counter/checks_panel.py" line="132"/>
        <source>Nationality</source>
        <translation type="unfinished">Nationality</translation>
    </message>
    <message>
        <location filename="../../gui/counter/checks_panel.py" line="133"/>
        <source>Birth date</source>
        <translation type="unfinished">Birth date</translation>
    </message>
    <message>
        <location filename="../../gui/counter/checks_panel.py" line="134"/>
        <source>Sex</source>
        <translation type="unfinished">Sex</translation>
    </message>
    <message>
        <location filename="../../gui/counter/checks_panel.py" line="135"/>
        <source>Document</source>
        <translation type="unfinished">Document</translation>
    </message>
    <message>
        <location filename="../../gui/counter/checks_panel.py" line="136"/>
        <source>Expiry</source>
        <translation type="unfinished">Expiry</translation>
    </message>
    <message>
        <location filename="../../gui/counter/checks_panel.py" line="147"/>
        <source>Stay figures</source>
        <translation type="unfinished">Stay figures</translation>
    </message>
    <message>
        <location filename="../../gui/counter/checks_panel.py" line="151"/>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/counter/checks_panel.py" line="153"/>
        <location filename="../../gui/counter/checks_panel.py" line="156"/>
        <source>Past stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/counter/checks_panel.py" line="159"/>
        <source>Country</source>
        <translation type="unfinished">Country</translation>
    </message>
    <message>
        <location filename="../../gui/counter/checks_panel.py" line="160"/>
        <source>Entry</source>
        <translation type="unfinished">Entry</translation>
    </message>
    <message>
        <location filename="../../gui/counter/checks_panel.py" line="161"/>
        <source>Exit</source>
        <translation type="unfinished">Exit</translation>
    </message>
    <message>
        <location filename="../../gui/counter/checks_panel.py" line="162"/>
        <source>Latest legal exit</source>
        <translation type="unfinished">Latest legal exit</translation>
    </message>
    <message>
        <location filename="../../gui/counter/checks_panel.py" line="163"/>
        <source>Days over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/counter/checks_panel.py" line="164"/>
        <source>Rule</source>
        <translation type="unfinished">Rule</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/counter/checks_panel.py" line="192"/>
        <source>(%n year(s) old)</source>
        <translation>
            <numerusform>(%n year old)</numerusform>
            <numerusform>(%n years old)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/counter/checks_panel.py" line="208"/>
        <source>MINOR: %n year(s) old</source>
        <translation>
            <numerusform>MINOR: %n year old</numerusform>
            <numerusform>MINOR: %n years old</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/counter/checks_panel.py" line="219"/>
        <source>Rule: %1 (allowance %2 days). Days used: %3. Days remaining: %4. Latest legal exit: %5.</source>
        <translation type="unfinished">Rule: %1 (allowance %2 days). Days used: %3. Days remaining: %4. Latest legal exit: %5.</translation>
    </message>
    <message>
        <location filename="../../gui/counter/checks_panel.py" line="230"/>
        <source>No stay limit applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/counter/checks_panel.py" line="232"/>
        <source>No stay figures: the MRZ is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/counter/checks_panel.py" line="251"/>
        <source>(in the country)</source>
        <translation type="unfinished">(in the country)</translation>
    </message>
</context>
<context>
    <name>ControlLineView</name>
    <message>
        <location filename="../../gui/control_line.py" line="102"/>
        <source>Unsent records</source>
        <translation>Unsent records</translation>
    </message>
    <message>
        <location filename="../../gui/control_line.py" line="481"/>
        <source>Extend the stay of %1, %2</source>
        <translation>Extend the stay of %1, %2</translation>
    </message>
    <message>
        <location filename="../../gui/control_line.py" line="504"/>
        <source>Extension granted: latest legal exit now %1.</source>
        <translation>Extension granted: latest legal exit now %1.</translation>
    </message>
    <message>
        <location filename="../../gui/control_line.py" line="530"/>
        <source>New captures are refused: %1 record(s) have waited %2 day(s) unsent, past the limit of %3 days. Sync with the central server (Sync tab) before recording.</source>
        <translation>New captures are refused: %1 record(s) have waited %2 day(s) unsent, past the limit of %3 days. Sync with the central server (Sync tab) before recording.</translation>
    </message>
    <message>
        <location filename="../../gui/control_line.py" line="544"/>
        <source>%1 record(s) have waited %2 day(s) unsent (warning after %3 days). Sync with the central server soon.</source>
        <translation>%1 record(s) have waited %2 day(s) unsent (warning after %3 days). Sync with the central server soon.</translation>
    </message>
    <message>
        <location filename="../../gui/control_line.py" line="455"/>
        <source>Entry refused at %1; reason: %2.</source>
        <translation>Entry refused at %1; reason: %2.</translation>
    </message>
    <message>
        <location filename="../../gui/control_line.py" line="288"/>
        <source>Scan or type a document first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/control_line.py" line="306"/>
        <source>This MRZ cannot be recorded as a crossing: refuse the entry or refer it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/control_line.py" line="411"/>
        <source>Referred to a supervisor at %1: alert no. %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/control_line.py" line="413"/>
        <source>Entry refused at %1: alert no. %2 for the supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/control_line.py" line="460"/>
        <source>Entry recorded at %1.</source>
        <translation>Entry recorded at %1.</translation>
    </message>
    <message>
        <location filename="../../gui/control_line.py" line="462"/>
        <source>Exit recorded at %1.</source>
        <translation>Exit recorded at %1.</translation>
    </message>
    <message>
        <location filename="../../gui/control_line.py" line="465"/>
        <source>Days used: %1; latest legal exit: %2.</source>
        <translation>Days used: %1; latest legal exit: %2.</translation>
    </message>
</context>
<context>
    <name>DocumentInput</name>
    <message>
        <location filename="../../gui/counter/document_input.py" line="57"/>
        <source>Document</source>
        <extracomment>What a referral carries of the counter&apos;s images (JPEG): enough to compare, small to store.</extracomment>
        <translation type="unfinished">Document</translation>
    </message>
    <message>
        <location filename="../../gui/counter/document_input.py" line="68"/>
        <source>Scan with the MRZ reader, or type the lines (Ctrl+M); Enter checks.</source>
        <translation type="unfinished">Scan with the MRZ reader, or type the lines (Ctrl+M); Enter checks.</translation>
    </message>
    <message>
        <location filename="../../gui/counter/document_input.py" line="72"/>
        <source>MRZ lines</source>
        <translation type="unfinished">MRZ lines</translation>
    </message>
    <message>
        <location filename="../../gui/counter/document_input.py" line="76"/>
        <source>Check (Ctrl+Enter)</source>
        <translation type="unfinished">Check (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../gui/counter/document_input.py" line="78"/>
        <source>&amp;Image… (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/counter/document_input.py" line="80"/>
        <source>Ca&amp;mera (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/counter/document_input.py" line="89"/>
        <source>Reading progress</source>
        <translation type="unfinished">Reading progress</translation>
    </message>
    <message>
        <location filename="../../gui/counter/document_input.py" line="91"/>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <location filename="../../gui/counter/document_input.py" line="99"/>
        <source>Input message</source>
        <translation type="unfinished">Input message</translation>
    </message>
    <message>
        <location filename="../../gui/counter/document_input.py" line="102"/>
        <location filename="../../gui/counter/document_input.py" line="148"/>
        <source>No image</source>
        <translation type="unfinished">No image</translation>
    </message>
    <message>
        <location filename="../../gui/counter/document_input.py" line="105"/>
        <source>Document image</source>
        <translation type="unfinished">Document image</translation>
    </message>
    <message>
        <location filename="../../gui/counter/document_input.py" line="108"/>
        <source>Portrait</source>
        <translation type="unfinished">Portrait</translation>
    </message>
    <message>
        <location filename="../../gui/counter/document_input.py" line="168"/>
        <source>Image reading is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/counter/document_input.py" line="176"/>
        <source>Open a document image</source>
        <translation type="unfinished">Open a document image</translation>
    </message>
    <message>
        <location filename="../../gui/counter/document_input.py" line="178"/>
        <source>Images (*.jpg *.jpeg *.png *.tif *.tiff *.bmp)</source>
        <translation type="unfinished">Images (*.jpg *.jpeg *.png *.tif *.tiff *.bmp)</translation>
    </message>
    <message>
        <location filename="../../gui/counter/document_input.py" line="190"/>
        <source>Reading %1 …</source>
        <translation type="unfinished">Reading %1 …</translation>
    </message>
    <message>
        <location filename="../../gui/counter/document_input.py" line="198"/>
        <source>Reading cancelled.</source>
        <translation type="unfinished">Reading cancelled.</translation>
    </message>
    <message>
        <location filename="../../gui/counter/document_input.py" line="219"/>
        <source>No MRZ could be read from the image; scan again or type the lines.</source>
        <translation type="unfinished">No MRZ could be read from the image; scan again or type the lines.</translation>
    </message>
    <message>
        <location filename="../../gui/counter/document_input.py" line="223"/>
        <source>MRZ read.</source>
        <translation type="unfinished">MRZ read.</translation>
    </message>
    <message>
        <location filename="../../gui/counter/document_input.py" line="226"/>
        <source>The MRZ read has problems: compare it with the document, correct it and press Ctrl+Enter.</source>
        <translation type="unfinished">The MRZ read has problems: compare it with the document, correct it and press Ctrl+Enter.</translation>
    </message>
    <message>
        <location filename="../../gui/counter/document_input.py" line="293"/>
        <source>%1 fps</source>
        <translation type="unfinished">%1 fps</translation>
    </message>
    <message>
        <location filename="../../gui/counter/document_input.py" line="297"/>
        <source>The camera could not be opened.</source>
        <translation type="unfinished">The camera could not be opened.</translation>
    </message>
    <message>
        <location filename="../../gui/counter/document_input.py" line="301"/>
        <source>Hold the document still in front of the camera …</source>
        <translation type="unfinished">Hold the document still in front of the camera …</translation>
    </message>
</context>
<context>
    <name>ExtensionDialog</name>
    <message>
        <location filename="../../gui/dialogs.py" line="225"/>
        <location filename="../../gui/dialogs.py" line="244"/>
        <source>Grant extension</source>
        <translation>Grant extension</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="231"/>
        <source>Days of extension</source>
        <translation>Days of extension</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="233"/>
        <source>Granting authority</source>
        <translation>Granting authority</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="235"/>
        <source>Reason for the extension</source>
        <translation>Reason for the extension</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="236"/>
        <source>&amp;Days</source>
        <translation>&amp;Days</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="237"/>
        <source>&amp;Authority</source>
        <translation>&amp;Authority</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="238"/>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
</context>
<context>
    <name>FirstRunScreen</name>
    <message>
        <location filename="../../gui/first_run.py" line="66"/>
        <source>Welcome to MIDAS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="68"/>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="72"/>
        <source>The border management system of this post. This PC has no post store yet: set up the post and its first administrator. Everything is kept encrypted on this PC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="82"/>
        <source>Language</source>
        <translation type="unfinished">Language</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="89"/>
        <source>&amp;Language</source>
        <translation type="unfinished">&amp;Language</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="104"/>
        <source>Post &amp;code</source>
        <translation>Post &amp;code</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="104"/>
        <source>Post code</source>
        <translation>Post code</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="105"/>
        <source>Post &amp;name</source>
        <translation>Post &amp;name</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="105"/>
        <source>Post name</source>
        <translation>Post name</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="106"/>
        <source>C&amp;ountry</source>
        <translation>C&amp;ountry</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="106"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="107"/>
        <source>&amp;Time zone</source>
        <translation>&amp;Time zone</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="107"/>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="108"/>
        <source>&amp;Administrator</source>
        <translation>&amp;Administrator</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="108"/>
        <source>Administrator user name</source>
        <translation>Administrator user name</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="125"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="137"/>
        <source>This is the store&apos;s recovery key. It is shown only once. It opens the store if every administrator password is lost: print it or write it down, and keep it locked away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="150"/>
        <source>Warning: whoever holds this key can read every record of the post. Never keep it on this PC, in e-mail or in a shared folder. A saved file goes to a removable drive that is locked away, or is deleted once printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="158"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="160"/>
        <source>&amp;Save to a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="167"/>
        <source>I have &amp;written it down or printed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="168"/>
        <source>&amp;Continue to login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="184"/>
        <source>MIDAS — recovery key of the post store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="186"/>
        <source>Keep this locked away: whoever holds it can read every record of the post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="209"/>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="213"/>
        <source>Save the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="213"/>
        <source>Text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="224"/>
        <source>The key could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="227"/>
        <source>Saved. Move the file to safe storage and delete it from this PC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="247"/>
        <source>Creating the store …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="109"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="109"/>
        <source>Pass&amp;word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="110"/>
        <source>Password a&amp;gain</source>
        <translation>Password a&amp;gain</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="110"/>
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="117"/>
        <location filename="../../gui/first_run.py" line="118"/>
        <source>Create the store</source>
        <translation>Create the store</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="147"/>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="235"/>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../gui/labels.py" line="15"/>
        <source>Overstay</source>
        <translation>Overstay</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="16"/>
        <source>Watchlist hit</source>
        <translation>Watchlist hit</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="17"/>
        <source>Previous overstay</source>
        <translation>Previous overstay</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="18"/>
        <source>Expired document</source>
        <translation>Expired document</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="19"/>
        <source>Invalid document</source>
        <translation>Invalid document</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="20"/>
        <source>Missing exit</source>
        <translation>Missing exit</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="21"/>
        <source>Exit without entry</source>
        <translation>Exit without entry</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="22"/>
        <source>No stay remaining</source>
        <translation>No stay remaining</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="23"/>
        <source>Referred by the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="26"/>
        <source>critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="27"/>
        <location filename="../../gui/labels.py" line="28"/>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="29"/>
        <location filename="../../gui/labels.py" line="30"/>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="31"/>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="34"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="35"/>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="36"/>
        <source>Escalated</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="37"/>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="40"/>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="41"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="42"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="45"/>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="46"/>
        <source>Exit</source>
        <translation>Exit</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="50"/>
        <source>admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="51"/>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="52"/>
        <source>departed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="53"/>
        <source>referred to a supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="56"/>
        <source>per entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="57"/>
        <source>rolling window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="58"/>
        <source>shared area (CA-4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="59"/>
        <source>no rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="60"/>
        <source>exempt: resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="61"/>
        <source>exempt: permit holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="62"/>
        <source>exempt: diplomat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="63"/>
        <source>exempt: national</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="66"/>
        <source>resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="67"/>
        <source>permit holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="68"/>
        <source>diplomat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="69"/>
        <source>national</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="73"/>
        <source>surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="74"/>
        <source>given names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="75"/>
        <source>names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="76"/>
        <source>document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="77"/>
        <source>document type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="78"/>
        <source>issuing state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="79"/>
        <source>nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="80"/>
        <source>birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="81"/>
        <source>expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="82"/>
        <source>sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="83"/>
        <location filename="../../gui/labels.py" line="84"/>
        <source>optional data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="85"/>
        <source>overall check digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="86"/>
        <source>the lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="87"/>
        <source>line 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="88"/>
        <source>line 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="89"/>
        <source>line 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="93"/>
        <source>wrong number of lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="94"/>
        <source>a line of the wrong length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="95"/>
        <source>not a known document layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="96"/>
        <source>a character that cannot be in an MRZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="97"/>
        <source>unknown document type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="98"/>
        <source>unknown country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="99"/>
        <source>a specimen&apos;s country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="100"/>
        <source>country not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="101"/>
        <source>a digit in a country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="102"/>
        <source>a digit in the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="103"/>
        <source>a letter where digits belong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="104"/>
        <source>a date that does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="105"/>
        <source>sex not M, F or unspecified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="106"/>
        <source>check digit does not agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="107"/>
        <source>stray marks in the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="108"/>
        <source>name may be cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="109"/>
        <source>a second name separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="110"/>
        <source>check digit computed over the filler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="114"/>
        <source>same document</source>
        <translation>same document</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="115"/>
        <source>same document number</source>
        <translation>same document number</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="116"/>
        <source>name and birth date</source>
        <translation>name and birth date</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="117"/>
        <source>name</source>
        <translation>name</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <location filename="../../gui/login.py" line="47"/>
        <source>MIDAS — border post</source>
        <translation>MIDAS — border post</translation>
    </message>
    <message>
        <location filename="../../gui/login.py" line="52"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../gui/login.py" line="55"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../gui/login.py" line="57"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../gui/login.py" line="64"/>
        <source>&amp;User</source>
        <translation>&amp;User</translation>
    </message>
    <message>
        <location filename="../../gui/login.py" line="65"/>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../gui/login.py" line="66"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../gui/login.py" line="72"/>
        <location filename="../../gui/login.py" line="73"/>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../gui/login.py" line="81"/>
        <source>Login message</source>
        <translation>Login message</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/login.py" line="107"/>
        <source>Too many failed attempts: wait %n second(s).</source>
        <translation>
            <numerusform>Too many failed attempts: wait %n second.</numerusform>
            <numerusform>Too many failed attempts: wait %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/login.py" line="134"/>
        <source>Choose your own password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/login.py" line="137"/>
        <source>Choose your own password to go on: an administrator set this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/login.py" line="149"/>
        <source>You may try again.</source>
        <translation>You may try again.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="35"/>
        <source>%1 — %2 · %3 (%4)</source>
        <translation>%1 — %2 · %3 (%4)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="41"/>
        <source>Logged in as</source>
        <translation>Logged in as</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="43"/>
        <source>My password…</source>
        <translation>My password…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="45"/>
        <source>&amp;Lock (Ctrl+L)</source>
        <translation>&amp;Lock (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="51"/>
        <source>Screens</source>
        <translation>Screens</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="55"/>
        <source>Control line</source>
        <translation>Control line</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="67"/>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="72"/>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="77"/>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="83"/>
        <source>Watchlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="88"/>
        <source>Stay rules and post</source>
        <translation>Stay rules and post</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="94"/>
        <source>Retention and backups</source>
        <translation>Retention and backups</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="102"/>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="105"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="121"/>
        <source>Change my password</source>
        <translation>Change my password</translation>
    </message>
</context>
<context>
    <name>MaintenanceView</name>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="245"/>
        <source>Retention of personal data</source>
        <translation>Retention of personal data</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="249"/>
        <location filename="../../gui/admin_maintenance.py" line="253"/>
        <source> years</source>
        <translation> years</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="250"/>
        <source>Keep movements after the exit (years)</source>
        <translation>Keep movements after the exit (years)</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="254"/>
        <source>Keep overstay cases (years)</source>
        <translation>Keep overstay cases (years)</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="257"/>
        <location filename="../../gui/admin_maintenance.py" line="298"/>
        <location filename="../../gui/admin_maintenance.py" line="321"/>
        <location filename="../../gui/admin_maintenance.py" line="326"/>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="258"/>
        <source>Warn before erasure (days)</source>
        <translation>Warn before erasure (days)</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="259"/>
        <source>Keep movements after the exit</source>
        <translation>Keep movements after the exit</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="260"/>
        <source>Keep overstay cases</source>
        <translation>Keep overstay cases</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="261"/>
        <source>Warn before erasure</source>
        <translation>Warn before erasure</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="262"/>
        <source>Save retention rules</source>
        <translation>Save retention rules</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="266"/>
        <source>&amp;Preview purge</source>
        <translation>&amp;Preview purge</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="268"/>
        <source>Purge &amp;now…</source>
        <translation>Purge &amp;now…</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="275"/>
        <source>Purge preview</source>
        <translation>Purge preview</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="279"/>
        <source>Daily purge</source>
        <translation>Daily purge</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="284"/>
        <source>Backups (this PC)</source>
        <translation>Backups (this PC)</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="288"/>
        <location filename="../../gui/admin_maintenance.py" line="401"/>
        <source>Backup folder</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="289"/>
        <source>empty: no scheduled backup</source>
        <translation>empty: no scheduled backup</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="290"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="294"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="299"/>
        <source>Back up every (days)</source>
        <translation>Back up every (days)</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="300"/>
        <source>Back up every</source>
        <translation>Back up every</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="301"/>
        <source>Save backup settings</source>
        <translation>Save backup settings</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="303"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="311"/>
        <source>Last backup</source>
        <translation>Last backup</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="316"/>
        <source>Records not yet sent to the central server</source>
        <translation>Records not yet sent to the central server</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="320"/>
        <location filename="../../gui/admin_maintenance.py" line="325"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="322"/>
        <source>Warn after (days)</source>
        <translation>Warn after (days)</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="327"/>
        <source>Refuse new captures after (days)</source>
        <translation>Refuse new captures after (days)</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="328"/>
        <source>Warn after</source>
        <translation>Warn after</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="329"/>
        <source>Refuse new captures after</source>
        <translation>Refuse new captures after</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="330"/>
        <source>Save limits</source>
        <translation>Save limits</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="376"/>
        <source>Retention rules saved.</source>
        <translation>Retention rules saved.</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="386"/>
        <source>Limits saved.</source>
        <translation>Limits saved.</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="409"/>
        <source>%1 stay(s), %2 movement(s), %3 alert(s) and %4 traveller(s)</source>
        <translation>%1 stay(s), %2 movement(s), %3 alert(s) and %4 traveller(s)</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="428"/>
        <source>Due for erasure today: %1 stay(s) and %2 movement(s). Falling due within %3 days: %4 stay(s).</source>
        <translation>Due for erasure today: %1 stay(s) and %2 movement(s). Falling due within %3 days: %4 stay(s).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/admin_maintenance.py" line="446"/>
        <source>Also due: %n alert(s) about a document with no recorded traveller, with their images.</source>
        <translation>
            <numerusform>Also due: %n alert about a document with no recorded traveller, with their images.</numerusform>
            <numerusform>Also due: %n alerts about a document with no recorded traveller, with their images.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="458"/>
        <source>Nothing is due for erasure today.</source>
        <translation>Nothing is due for erasure today.</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="462"/>
        <source>Purge now</source>
        <translation>Purge now</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="464"/>
        <source>Erase for good %1 stay(s) and %2 movement(s) past their retention period? This cannot be undone.</source>
        <translation>Erase for good %1 stay(s) and %2 movement(s) past their retention period? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="479"/>
        <source>Erased: %1.</source>
        <translation>Erased: %1.</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="485"/>
        <source>The daily purge failed: %1</source>
        <translation>The daily purge failed: %1</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="489"/>
        <source>Today&apos;s purge erased %1; %2 stay(s) fall due within %3 days.</source>
        <translation>Today&apos;s purge erased %1; %2 stay(s) fall due within %3 days.</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="498"/>
        <source>Last daily purge: %1.</source>
        <translation>Last daily purge: %1.</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="506"/>
        <source>Choose a backup folder first.</source>
        <translation>Choose a backup folder first.</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="512"/>
        <source>Backing up to %1 …</source>
        <translation>Backing up to %1 …</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="519"/>
        <source>No backup made from this PC yet.</source>
        <translation>No backup made from this PC yet.</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="522"/>
        <source>Last backup: %1, written to %2.</source>
        <translation>Last backup: %1, written to %2.</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="528"/>
        <source>Last backup FAILED at %1: %2</source>
        <translation>Last backup FAILED at %1: %2</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../gui/messages.py" line="23"/>
        <source>Sorry, something went wrong. Nothing was changed by the failed step; please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../gui/dialogs.py" line="159"/>
        <source>Record entry anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="159"/>
        <source>Record exit anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="162"/>
        <source>The checks said STOP:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="167"/>
        <source>Why is the crossing recorded all the same? The reason is kept with the alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="170"/>
        <source>Reason for recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="171"/>
        <source>Reason (required)</source>
        <translation type="unfinished">Reason (required)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="175"/>
        <source>Record entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="175"/>
        <source>Record exit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostSettingsBox</name>
    <message>
        <location filename="../../gui/admin_rules.py" line="184"/>
        <source>Post and this PC</source>
        <translation>Post and this PC</translation>
    </message>
    <message>
        <location filename="../../gui/admin_rules.py" line="188"/>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../gui/admin_rules.py" line="189"/>
        <source>Country / time zone</source>
        <translation>Country / time zone</translation>
    </message>
    <message>
        <location filename="../../gui/admin_rules.py" line="194"/>
        <source>Lock after idle minutes</source>
        <translation>Lock after idle minutes</translation>
    </message>
    <message>
        <location filename="../../gui/admin_rules.py" line="196"/>
        <location filename="../../gui/admin_rules.py" line="200"/>
        <source>Scanner drop folder</source>
        <translation>Scanner drop folder</translation>
    </message>
    <message>
        <location filename="../../gui/admin_rules.py" line="198"/>
        <source>Camera (number or video file)</source>
        <translation>Camera (number or video file)</translation>
    </message>
    <message>
        <location filename="../../gui/admin_rules.py" line="199"/>
        <source>Lock after idle</source>
        <translation>Lock after idle</translation>
    </message>
    <message>
        <location filename="../../gui/admin_rules.py" line="201"/>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location filename="../../gui/admin_rules.py" line="202"/>
        <source>Save PC settings</source>
        <translation>Save PC settings</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../gui/dialogs.py" line="137"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="138"/>
        <source>Reason (required)</source>
        <translation type="unfinished">Reason (required)</translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <location filename="../../gui/counter/record_panel.py" line="41"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/counter/record_panel.py" line="50"/>
        <source>Days granted</source>
        <translation type="unfinished">Days granted</translation>
    </message>
    <message>
        <location filename="../../gui/counter/record_panel.py" line="52"/>
        <source>Purpose</source>
        <translation type="unfinished">Purpose</translation>
    </message>
    <message>
        <location filename="../../gui/counter/record_panel.py" line="54"/>
        <source>Tourism</source>
        <translation type="unfinished">Tourism</translation>
    </message>
    <message>
        <location filename="../../gui/counter/record_panel.py" line="55"/>
        <source>Business</source>
        <translation type="unfinished">Business</translation>
    </message>
    <message>
        <location filename="../../gui/counter/record_panel.py" line="56"/>
        <source>Transit</source>
        <translation type="unfinished">Transit</translation>
    </message>
    <message>
        <location filename="../../gui/counter/record_panel.py" line="57"/>
        <source>Work</source>
        <translation type="unfinished">Work</translation>
    </message>
    <message>
        <location filename="../../gui/counter/record_panel.py" line="58"/>
        <source>Study</source>
        <translation type="unfinished">Study</translation>
    </message>
    <message>
        <location filename="../../gui/counter/record_panel.py" line="59"/>
        <source>Family</source>
        <translation type="unfinished">Family</translation>
    </message>
    <message>
        <location filename="../../gui/counter/record_panel.py" line="60"/>
        <source>Other</source>
        <translation type="unfinished">Other</translation>
    </message>
    <message>
        <location filename="../../gui/counter/record_panel.py" line="65"/>
        <source>Means of transport</source>
        <translation type="unfinished">Means of transport</translation>
    </message>
    <message>
        <location filename="../../gui/counter/record_panel.py" line="66"/>
        <source>Land</source>
        <translation type="unfinished">Land</translation>
    </message>
    <message>
        <location filename="../../gui/counter/record_panel.py" line="66"/>
        <source>Air</source>
        <translation type="unfinished">Air</translation>
    </message>
    <message>
        <location filename="../../gui/counter/record_panel.py" line="66"/>
        <source>Sea</source>
        <translation type="unfinished">Sea</translation>
    </message>
    <message>
        <location filename="../../gui/counter/record_panel.py" line="70"/>
        <source>Flight or vehicle number</source>
        <translation type="unfinished">Flight or vehicle number</translation>
    </message>
    <message>
        <location filename="../../gui/counter/record_panel.py" line="71"/>
        <source>&amp;Days granted</source>
        <translation type="unfinished">&amp;Days granted</translation>
    </message>
    <message>
        <location filename="../../gui/counter/record_panel.py" line="72"/>
        <source>&amp;Purpose</source>
        <translation type="unfinished">&amp;Purpose</translation>
    </message>
    <message>
        <location filename="../../gui/counter/record_panel.py" line="73"/>
        <source>&amp;Transport</source>
        <translation type="unfinished">&amp;Transport</translation>
    </message>
    <message>
        <location filename="../../gui/counter/record_panel.py" line="74"/>
        <source>Flight / &amp;vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/counter/record_panel.py" line="87"/>
        <source>Refer to a &amp;supervisor… (F12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/counter/record_panel.py" line="88"/>
        <source>Refer to a supervisor (F12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/counter/record_panel.py" line="93"/>
        <source>&amp;Refuse entry… (F11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/counter/record_panel.py" line="94"/>
        <source>Refuse entry (F11)</source>
        <translation type="unfinished">Refuse entry (F11)</translation>
    </message>
    <message>
        <location filename="../../gui/counter/record_panel.py" line="100"/>
        <source>&amp;Grant extension…</source>
        <translation type="unfinished">&amp;Grant extension…</translation>
    </message>
    <message>
        <location filename="../../gui/counter/record_panel.py" line="101"/>
        <source>Grant extension</source>
        <translation type="unfinished">Grant extension</translation>
    </message>
    <message>
        <location filename="../../gui/counter/record_panel.py" line="106"/>
        <source>Recording result</source>
        <translation type="unfinished">Recording result</translation>
    </message>
    <message>
        <location filename="../../gui/counter/record_panel.py" line="142"/>
        <source>Record &amp;entry anyway… (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/counter/record_panel.py" line="142"/>
        <source>Record e&amp;xit anyway… (F10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/counter/record_panel.py" line="144"/>
        <source>Record &amp;entry (F9)</source>
        <translation type="unfinished">Record &amp;entry (F9)</translation>
    </message>
    <message>
        <location filename="../../gui/counter/record_panel.py" line="144"/>
        <source>Record e&amp;xit (F10)</source>
        <translation type="unfinished">Record e&amp;xit (F10)</translation>
    </message>
    <message>
        <location filename="../../gui/counter/record_panel.py" line="208"/>
        <source>Alert raised</source>
        <translation type="unfinished">Alert raised</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../gui/dialogs.py" line="291"/>
        <source>New recovery key</source>
        <translation>New recovery key</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="295"/>
        <source>The database key was rotated. Write down the new recovery key and keep it in a safe place: it is shown only this once.</source>
        <translation>The database key was rotated. Write down the new recovery key and keep it in a safe place: it is shown only this once.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="305"/>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="308"/>
        <source>These users need a new password before they can log in again: %1</source>
        <translation>These users need a new password before they can log in again: %1</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="312"/>
        <source>No other user had a password to reset.</source>
        <translation>No other user had a password to reset.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="315"/>
        <source>Users to reset</source>
        <translation>Users to reset</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="317"/>
        <source>I have &amp;written it down</source>
        <translation>I have &amp;written it down</translation>
    </message>
</context>
<context>
    <name>ReferDialog</name>
    <message>
        <location filename="../../gui/dialogs.py" line="196"/>
        <source>Refer to a supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="198"/>
        <source>Refer %1 to a supervisor. An alert is raised with what the checks found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="199"/>
        <source>the holder of this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="205"/>
        <source>The document image goes with the alert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="207"/>
        <source>Note for the supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="208"/>
        <source>Note for the supervisor (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="212"/>
        <source>Refer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefusalDialog</name>
    <message>
        <location filename="../../gui/dialogs.py" line="104"/>
        <location filename="../../gui/dialogs.py" line="115"/>
        <source>Refuse entry</source>
        <translation>Refuse entry</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="107"/>
        <source>Refuse the entry of %1. The reason is recorded.</source>
        <translation>Refuse the entry of %1. The reason is recorded.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="110"/>
        <source>Reason for the refusal</source>
        <translation>Reason for the refusal</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="111"/>
        <source>Reason (required)</source>
        <translation>Reason (required)</translation>
    </message>
</context>
<context>
    <name>RotateKeyDialog</name>
    <message>
        <location filename="../../gui/dialogs.py" line="259"/>
        <source>Rotate database key</source>
        <translation>Rotate database key</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="263"/>
        <source>The whole store is encrypted again under a new key. Afterwards only you can log in: every other user needs a new password from an administrator (Users, Reset password). A new recovery key is shown once; the old one stops working.</source>
        <translation>The whole store is encrypted again under a new key. Afterwards only you can log in: every other user needs a new password from an administrator (Users, Reset password). A new recovery key is shown once; the old one stops working.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="273"/>
        <source>Your password</source>
        <translation>Your password</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="274"/>
        <source>Your &amp;password</source>
        <translation>Your &amp;password</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="280"/>
        <source>Rotate the key</source>
        <translation>Rotate the key</translation>
    </message>
</context>
<context>
    <name>RulesView</name>
    <message>
        <location filename="../../gui/admin_rules.py" line="43"/>
        <source>Stay rules</source>
        <translation>Stay rules</translation>
    </message>
    <message>
        <location filename="../../gui/admin_rules.py" line="46"/>
        <location filename="../../gui/admin_rules.py" line="68"/>
        <location filename="../../gui/admin_rules.py" line="88"/>
        <source>Admitting country</source>
        <translation>Admitting country</translation>
    </message>
    <message>
        <location filename="../../gui/admin_rules.py" line="47"/>
        <location filename="../../gui/admin_rules.py" line="70"/>
        <location filename="../../gui/admin_rules.py" line="89"/>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location filename="../../gui/admin_rules.py" line="48"/>
        <location filename="../../gui/admin_rules.py" line="72"/>
        <location filename="../../gui/admin_rules.py" line="90"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../gui/admin_rules.py" line="49"/>
        <location filename="../../gui/admin_rules.py" line="79"/>
        <location filename="../../gui/admin_rules.py" line="91"/>
        <source>Days (N)</source>
        <translation>Days (N)</translation>
    </message>
    <message>
        <location filename="../../gui/admin_rules.py" line="50"/>
        <location filename="../../gui/admin_rules.py" line="83"/>
        <location filename="../../gui/admin_rules.py" line="92"/>
        <source>Window (M)</source>
        <translation>Window (M)</translation>
    </message>
    <message>
        <location filename="../../gui/admin_rules.py" line="51"/>
        <location filename="../../gui/admin_rules.py" line="75"/>
        <location filename="../../gui/admin_rules.py" line="86"/>
        <location filename="../../gui/admin_rules.py" line="93"/>
        <source>Shared area</source>
        <translation>Shared area</translation>
    </message>
    <message>
        <location filename="../../gui/admin_rules.py" line="59"/>
        <source>&apos;*&apos; is every admitting country; an empty nationality is every nationality.</source>
        <translation>&apos;*&apos; is every admitting country; an empty nationality is every nationality.</translation>
    </message>
    <message>
        <location filename="../../gui/admin_rules.py" line="65"/>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../gui/admin_rules.py" line="73"/>
        <source>Days per entry</source>
        <translation>Days per entry</translation>
    </message>
    <message>
        <location filename="../../gui/admin_rules.py" line="74"/>
        <source>N days in any M days</source>
        <translation>N days in any M days</translation>
    </message>
    <message>
        <location filename="../../gui/admin_rules.py" line="96"/>
        <source>&amp;Save rule</source>
        <translation>&amp;Save rule</translation>
    </message>
    <message>
        <location filename="../../gui/admin_rules.py" line="98"/>
        <source>&amp;Delete rule</source>
        <translation>&amp;Delete rule</translation>
    </message>
    <message>
        <location filename="../../gui/admin_rules.py" line="121"/>
        <source>(all)</source>
        <translation>(all)</translation>
    </message>
</context>
<context>
    <name>ServiceMessages</name>
    <message>
        <location filename="../../gui/i18n.py" line="26"/>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/i18n.py" line="237"/>
        <source>Too many wrong passwords: try again in %n second(s), or ask an administrator to unlock the account.</source>
        <translation>
            <numerusform>Too many wrong passwords: try again in %n second, or ask an administrator to unlock the account.</numerusform>
            <numerusform>Too many wrong passwords: try again in %n seconds, or ask an administrator to unlock the account.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="27"/>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="28"/>
        <source>The new password must differ from the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="29"/>
        <source>A password needs at least {min} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="30"/>
        <source>Choose your own password first: an administrator set this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="33"/>
        <source>Your role may not do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="34"/>
        <source>There is no post store here yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="35"/>
        <source>A store already exists there; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="38"/>
        <source>The post code, the post name and the administrator&apos;s name may not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="41"/>
        <source>The store is busy in another program; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="42"/>
        <source>The store could not be written (the disk is full or failing): nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="46"/>
        <source>The store is damaged: an administrator verifies it and restores a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="49"/>
        <source>The store could not be written: nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="52"/>
        <source>Resolving an alert needs a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="53"/>
        <source>Alert no. {id} does not exist any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="54"/>
        <source>The list of alerts cannot be filtered, sorted or paged that way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="57"/>
        <source>The MRZ is not valid ({problem}); nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="60"/>
        <source>Days granted must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="61"/>
        <source>At most {max_days} days can be granted under the rule {rule}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="64"/>
        <source>A refusal needs its reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="65"/>
        <source>A valid document is refused as a crossing, with its reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="68"/>
        <source>The image is too large to go with the alert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="156"/>
        <source>There is no backup called {file} there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="157"/>
        <source>The backup {file} is damaged or is not a backup of a post; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="160"/>
        <source>The backup {file} was made by another version of the program; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="164"/>
        <source>Only an administrator of the post, or its recovery key, can open its backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="167"/>
        <source>The backup could not be written to {folder}: the folder is missing, or may not be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="171"/>
        <source>The backup could not be written to {folder}: the disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="174"/>
        <source>A store exists there already: confirm that it is to be replaced (it is kept beside, renamed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="178"/>
        <source>Only an administrator may restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="179"/>
        <source>The backup could not be put in place: the disk is full, or the folder may not be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="183"/>
        <source>Another program has the store open: close it first, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="187"/>
        <source>The store does not open with this key, or it is damaged: an administrator restores a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="191"/>
        <source>The store&apos;s key file is missing or damaged, and the store cannot be opened without it: an administrator restores a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="196"/>
        <source>The key file belongs to another post&apos;s store, not to this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="199"/>
        <source>This account&apos;s certificate is missing, damaged or not valid: an administrator resets its password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="203"/>
        <source>This account is disabled, or has no key to the store any more: an administrator resets its password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="208"/>
        <source>This account has no keys in the key file: an administrator resets its password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="211"/>
        <source>The recovery key does not open this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="212"/>
        <source>{user} is not an active administrator of this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="215"/>
        <source>Only an administrator can certify a user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="216"/>
        <source>Only an administrator can certify another administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="219"/>
        <source>The post&apos;s root key does not open with your keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="222"/>
        <source>This store was made by an older version: an administrator logs in first to convert it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="227"/>
        <source>&apos;{text}&apos; is not a date or a time (write it as 2024-05-31 or 2024-05-31T14:30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="230"/>
        <source>&apos;{text}&apos; is not a date (write it as 2024-05-31).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/i18n.py" line="245"/>
        <source>New captures are refused: records have waited %n day(s) unsent, longer than the limit of {refuse_days} days. Sync with the central server first.</source>
        <translation>
            <numerusform>New captures are refused: records have waited %n day unsent, longer than the limit of {refuse_days} days. Sync with the central server first.</numerusform>
            <numerusform>New captures are refused: records have waited %n days unsent, longer than the limit of {refuse_days} days. Sync with the central server first.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="69"/>
        <source>The days of the unsent-records limits must be between 0 and {max_days}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="72"/>
        <source>The warning must come before the hard limit: use fewer warning days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="75"/>
        <source>No traveller with this document has been recorded here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="78"/>
        <source>This traveller has no open stay to extend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="79"/>
        <source>An extension adds at least one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="80"/>
        <source>An extension needs the granting authority and a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="83"/>
        <source>That stay is not open any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="84"/>
        <source>No stay limit applies to this traveller: there is nothing to extend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="87"/>
        <source>Keep movements at least 1 year, and overstay cases at least as long as movements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="91"/>
        <source>The first day of the period is after its last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="94"/>
        <source>Unknown role: choose officer, supervisor or administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="97"/>
        <source>There is no such user as {user} in that state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="98"/>
        <source>A user name may not be empty or contain spaces or a colon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="101"/>
        <source>The user {user} already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="102"/>
        <source>{user} has that role already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="103"/>
        <source>The post needs at least one active administrator; add another one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="106"/>
        <source>{user} has no certificate in the key file; reset the password first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="109"/>
        <source>You cannot disable your own account; ask another administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="112"/>
        <source>Taking an entry off the list needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="115"/>
        <source>That watchlist entry is not on the list any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="118"/>
        <source>The central server could not be reached; the records stay queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="121"/>
        <source>The central server did not answer after {attempts} attempts; the records stay queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="125"/>
        <source>The central server refused the request (code {status}); the records stay queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="128"/>
        <source>The central server&apos;s answer could not be trusted; nothing was taken from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="131"/>
        <source>This post is not enrolled with a central server yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="134"/>
        <source>The central server took only part of a batch; the rest stays queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="137"/>
        <source>The central server does not know this post&apos;s key: an administrator enrols the post again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="141"/>
        <source>{code} is not a three-letter country code (or * for every country).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="144"/>
        <source>The admitting country may not be empty (* for every country).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="147"/>
        <source>Unknown kind of rule: choose per entry, rolling window or shared area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="150"/>
        <source>That stay rule does not exist any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="151"/>
        <source>This is the default rule for travellers admitted at this post: change it instead of deleting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="260"/>
        <source>the disk is full: nothing was recorded</source>
        <translation>the disk is full: nothing was recorded</translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <location filename="../../gui/statistics_view.py" line="82"/>
        <source>First day</source>
        <extracomment>The size charts are drawn at for the PDF (a full A4 width at 150 dpi).</extracomment>
        <translation>First day</translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="85"/>
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="86"/>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="88"/>
        <source>Export &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="89"/>
        <source>Export &amp;XLSX…</source>
        <translation>Export &amp;XLSX…</translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="90"/>
        <source>Export &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="94"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="96"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="105"/>
        <source>Export progress</source>
        <translation>Export progress</translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="107"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="116"/>
        <source>Totals</source>
        <translation>Totals</translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="120"/>
        <location filename="../../gui/statistics_view.py" line="181"/>
        <location filename="../../gui/statistics_view.py" line="262"/>
        <source>Entries and exits by day</source>
        <translation>Entries and exits by day</translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="122"/>
        <location filename="../../gui/statistics_view.py" line="263"/>
        <source>Movements by nationality</source>
        <translation>Movements by nationality</translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="124"/>
        <location filename="../../gui/statistics_view.py" line="264"/>
        <source>Overstays by nationality</source>
        <translation>Overstays by nationality</translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="170"/>
        <location filename="../../gui/statistics_view.py" line="284"/>
        <source>Movements by nationality (top 10)</source>
        <translation>Movements by nationality (top 10)</translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="183"/>
        <location filename="../../gui/statistics_view.py" line="255"/>
        <location filename="../../gui/statistics_view.py" line="354"/>
        <source>Entries</source>
        <translation>Entries</translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="184"/>
        <location filename="../../gui/statistics_view.py" line="256"/>
        <location filename="../../gui/statistics_view.py" line="355"/>
        <source>Exits</source>
        <translation>Exits</translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="272"/>
        <source>Export statistics</source>
        <translation>Export statistics</translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="349"/>
        <source>Movement statistics</source>
        <translation>Movement statistics</translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="253"/>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="134"/>
        <source>Export message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="152"/>
        <source>Post %1, %2 to %3 — entries: %4, exits: %5, movements: %6, refusals: %7, overstays today: %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="175"/>
        <location filename="../../gui/statistics_view.py" line="287"/>
        <source>Overstays today by nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="234"/>
        <source>Summary</source>
        <translation type="unfinished">Summary</translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="234"/>
        <source>By day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="234"/>
        <source>By nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="234"/>
        <source>By post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="236"/>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="237"/>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="238"/>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="239"/>
        <location filename="../../gui/statistics_view.py" line="251"/>
        <source>nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="240"/>
        <location filename="../../gui/statistics_view.py" line="251"/>
        <source>post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="243"/>
        <source>section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="244"/>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="245"/>
        <source>entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="246"/>
        <source>exits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="247"/>
        <source>refusals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="248"/>
        <source>movements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="249"/>
        <source>overstays today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="251"/>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="254"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="257"/>
        <location filename="../../gui/statistics_view.py" line="356"/>
        <source>Refusals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="258"/>
        <location filename="../../gui/statistics_view.py" line="357"/>
        <source>Movements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="259"/>
        <location filename="../../gui/statistics_view.py" line="358"/>
        <source>Overstays today</source>
        <translation>Overstays today</translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="270"/>
        <source>statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="351"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="352"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="353"/>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="315"/>
        <source>Exporting …</source>
        <translation>Exporting …</translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="323"/>
        <location filename="../../gui/statistics_view.py" line="341"/>
        <source>Export cancelled.</source>
        <translation>Export cancelled.</translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="369"/>
        <source>Written: %1</source>
        <translation>Written: %1</translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="373"/>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <location filename="../../gui/sync_view.py" line="67"/>
        <source>Sync status</source>
        <translation>Sync status</translation>
    </message>
    <message>
        <location filename="../../gui/sync_view.py" line="77"/>
        <source>Central server</source>
        <translation>Central server</translation>
    </message>
    <message>
        <location filename="../../gui/sync_view.py" line="78"/>
        <source>Records waiting to be sent</source>
        <translation>Records waiting to be sent</translation>
    </message>
    <message>
        <location filename="../../gui/sync_view.py" line="79"/>
        <source>Last attempt</source>
        <translation>Last attempt</translation>
    </message>
    <message>
        <location filename="../../gui/sync_view.py" line="80"/>
        <source>Last success</source>
        <translation>Last success</translation>
    </message>
    <message>
        <location filename="../../gui/sync_view.py" line="81"/>
        <source>Last error</source>
        <translation>Last error</translation>
    </message>
    <message>
        <location filename="../../gui/sync_view.py" line="87"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <location filename="../../gui/sync_view.py" line="91"/>
        <source>Sync in progress</source>
        <translation>Sync in progress</translation>
    </message>
    <message>
        <location filename="../../gui/sync_view.py" line="93"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../gui/sync_view.py" line="102"/>
        <source>Sync result</source>
        <translation>Sync result</translation>
    </message>
    <message>
        <location filename="../../gui/sync_view.py" line="114"/>
        <source>Sync is not installed on this PC.</source>
        <translation>Sync is not installed on this PC.</translation>
    </message>
    <message>
        <location filename="../../gui/sync_view.py" line="127"/>
        <source>This post is enrolled with a central server.</source>
        <translation>This post is enrolled with a central server.</translation>
    </message>
    <message>
        <location filename="../../gui/sync_view.py" line="133"/>
        <source>This post is not enrolled with a central server. An administrator enrols it on the command line: midas post enrol --server URL --token TOKEN</source>
        <translation>This post is not enrolled with a central server. An administrator enrols it on the command line: midas post enrol --server URL --token TOKEN</translation>
    </message>
    <message>
        <location filename="../../gui/sync_view.py" line="156"/>
        <source>Background sync every %1 minute(s) while the app is open.</source>
        <translation>Background sync every %1 minute(s) while the app is open.</translation>
    </message>
    <message>
        <location filename="../../gui/sync_view.py" line="177"/>
        <source>A sync is still running; wait for it to finish.</source>
        <translation>A sync is still running; wait for it to finish.</translation>
    </message>
    <message>
        <location filename="../../gui/sync_view.py" line="179"/>
        <source>The sync that was cancelled is still finishing; try again in a moment.</source>
        <translation>The sync that was cancelled is still finishing; try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../gui/sync_view.py" line="194"/>
        <source>Background sync running …</source>
        <translation>Background sync running …</translation>
    </message>
    <message>
        <location filename="../../gui/sync_view.py" line="194"/>
        <source>Syncing …</source>
        <translation>Syncing …</translation>
    </message>
    <message>
        <location filename="../../gui/sync_view.py" line="206"/>
        <source>Stopped waiting. The batch under way finishes in the background; nothing is lost.</source>
        <translation>Stopped waiting. The batch under way finishes in the background; nothing is lost.</translation>
    </message>
    <message>
        <location filename="../../gui/sync_view.py" line="213"/>
        <source>Sync done: %1 sent, %2 acknowledged, %3 received from other posts.</source>
        <translation>Sync done: %1 sent, %2 acknowledged, %3 received from other posts.</translation>
    </message>
    <message>
        <location filename="../../gui/sync_view.py" line="223"/>
        <source>Sync failed: %1</source>
        <translation>Sync failed: %1</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../gui/dialogs.py" line="41"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="43"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="47"/>
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="49"/>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="51"/>
        <source>New password again</source>
        <translation>New password again</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="55"/>
        <source>&amp;User name</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="57"/>
        <source>&amp;Role</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="59"/>
        <source>&amp;Current password</source>
        <translation>&amp;Current password</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="61"/>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="62"/>
        <source>Password a&amp;gain</source>
        <translation>Password a&amp;gain</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="85"/>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>UsersView</name>
    <message>
        <location filename="../../gui/admin_users.py" line="46"/>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../gui/admin_users.py" line="48"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../gui/admin_users.py" line="48"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../gui/admin_users.py" line="48"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../gui/admin_users.py" line="48"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../gui/admin_users.py" line="56"/>
        <source>&amp;Add user…</source>
        <translation>&amp;Add user…</translation>
    </message>
    <message>
        <location filename="../../gui/admin_users.py" line="57"/>
        <source>Change &amp;role…</source>
        <translation>Change &amp;role…</translation>
    </message>
    <message>
        <location filename="../../gui/admin_users.py" line="58"/>
        <source>Reset &amp;password…</source>
        <translation>Reset &amp;password…</translation>
    </message>
    <message>
        <location filename="../../gui/admin_users.py" line="59"/>
        <source>&amp;Disable</source>
        <translation>&amp;Disable</translation>
    </message>
    <message>
        <location filename="../../gui/admin_users.py" line="60"/>
        <source>&amp;Enable again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/admin_users.py" line="61"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/admin_users.py" line="73"/>
        <source>Rotate database &amp;key…</source>
        <translation>Rotate database &amp;key…</translation>
    </message>
    <message>
        <location filename="../../gui/admin_users.py" line="79"/>
        <source>Key rotation</source>
        <translation>Key rotation</translation>
    </message>
    <message>
        <location filename="../../gui/admin_users.py" line="96"/>
        <source>needs a new password</source>
        <translation>needs a new password</translation>
    </message>
    <message>
        <location filename="../../gui/admin_users.py" line="98"/>
        <source>locked after wrong passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/admin_users.py" line="100"/>
        <source>chooses a password at next login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/admin_users.py" line="102"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../gui/admin_users.py" line="188"/>
        <source>Enable %1 again: a password they replace at their next login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/admin_users.py" line="220"/>
        <source>Rotating the database key …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/admin_users.py" line="236"/>
        <source>The database key was rotated; every active user keeps their password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/admin_users.py" line="94"/>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <location filename="../../gui/admin_users.py" line="126"/>
        <source>Add user</source>
        <translation>Add user</translation>
    </message>
    <message>
        <location filename="../../gui/admin_users.py" line="143"/>
        <source>Change the role of %1</source>
        <translation>Change the role of %1</translation>
    </message>
    <message>
        <location filename="../../gui/admin_users.py" line="159"/>
        <source>New password for %1</source>
        <translation>New password for %1</translation>
    </message>
    <message>
        <location filename="../../gui/admin_users.py" line="173"/>
        <source>Disable user</source>
        <translation>Disable user</translation>
    </message>
    <message>
        <location filename="../../gui/admin_users.py" line="174"/>
        <source>Disable %1? They will no longer be able to log in.</source>
        <translation>Disable %1? They will no longer be able to log in.</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <location filename="../../gui/counter/wording.py" line="32"/>
        <source>STOP — do not admit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/counter/wording.py" line="34"/>
        <source>ATTENTION — %n point(s) to check</source>
        <translation>
            <numerusform>ATTENTION — %n point to check</numerusform>
            <numerusform>ATTENTION — %n points to check</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/counter/wording.py" line="37"/>
        <source>GO — valid document, no alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/counter/wording.py" line="45"/>
        <source>MRZ not readable (%1): scan again or type the lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/counter/wording.py" line="50"/>
        <source>Probable misread (%1): a look-alike character (0/O, 1/I, 5/S, 8/B) was likely read wrongly. Compare the lines with the document and scan again or correct them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/counter/wording.py" line="59"/>
        <source>MRZ could not be read reliably (%1): the reader was unsure of some characters. Scan again or type the lines from the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/counter/wording.py" line="68"/>
        <source>Invalid document (%1): the data does not agree with its check digits. The document may have been altered: refer it to a supervisor or refuse the entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/counter/wording.py" line="87"/>
        <source>Watchlist hit on %1 (%2% alike): %3. Listed: %4, born %5, document %6. Source: %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/counter/wording.py" line="101"/>
        <source>Document expired on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/counter/wording.py" line="105"/>
        <source>No days of stay left: %n day(s) over the allowance of %1 under the rule %2.</source>
        <translation>
            <numerusform>No days of stay left: %n day over the allowance of %1 under the rule %2.</numerusform>
            <numerusform>No days of stay left: %n days over the allowance of %1 under the rule %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/counter/wording.py" line="116"/>
        <source>Overstay: %n day(s) past the latest legal exit of %1.</source>
        <translation>
            <numerusform>Overstay: %n day past the latest legal exit of %1.</numerusform>
            <numerusform>Overstay: %n days past the latest legal exit of %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/counter/wording.py" line="126"/>
        <source>Earlier overstay: %n day(s) over on the stay from %1 to %2 (%3).</source>
        <translation>
            <numerusform>Earlier overstay: %n day over on the stay from %1 to %2 (%3).</numerusform>
            <numerusform>Earlier overstay: %n days over on the stay from %1 to %2 (%3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/counter/wording.py" line="137"/>
        <source>MINOR: %n year(s) old. Check the accompanying adult and the authorisation to travel.</source>
        <translation>
            <numerusform>MINOR: %n year old. Check the accompanying adult and the authorisation to travel.</numerusform>
            <numerusform>MINOR: %n years old. Check the accompanying adult and the authorisation to travel.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/counter/wording.py" line="144"/>
        <source>Note on the MRZ: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/counter/wording.py" line="146"/>
        <source>Possibly the same person as %n earlier record(s): compare the identity.</source>
        <translation>
            <numerusform>Possibly the same person as %n earlier record: compare the identity.</numerusform>
            <numerusform>Possibly the same person as %n earlier records: compare the identity.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/counter/wording.py" line="153"/>
        <source>No stay rule covers this traveller&apos;s nationality here: the administrator sets one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/counter/wording.py" line="158"/>
        <source>Exempt from stay limits: %1.</source>
        <translation type="unfinished">Exempt from stay limits: %1.</translation>
    </message>
    <message>
        <location filename="../../gui/counter/wording.py" line="162"/>
        <source>In the country: an exit is expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/counter/wording.py" line="163"/>
        <source>Check the document.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerdictBand</name>
    <message>
        <location filename="../../gui/counter/checks_panel.py" line="59"/>
        <source>Verdict</source>
        <extracomment>The verdict&apos;s smallest size: capitals about 7 mm high on a 15&quot; laptop, readable across a counter.</extracomment>
        <translation type="unfinished">Verdict</translation>
    </message>
    <message>
        <location filename="../../gui/counter/checks_panel.py" line="63"/>
        <source>Reasons for the verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/counter/checks_panel.py" line="69"/>
        <source>Waiting for a document</source>
        <translation type="unfinished">Waiting for a document</translation>
    </message>
    <message>
        <location filename="../../gui/counter/checks_panel.py" line="72"/>
        <source>Checking …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WatchlistView</name>
    <message>
        <location filename="../../gui/admin_watchlist.py" line="49"/>
        <source>Document number, name, reason or source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/admin_watchlist.py" line="50"/>
        <source>Search the watchlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/admin_watchlist.py" line="51"/>
        <source>Show &amp;removed entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/admin_watchlist.py" line="52"/>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/admin_watchlist.py" line="54"/>
        <source>Take &amp;off the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/admin_watchlist.py" line="64"/>
        <source>Watchlist entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/admin_watchlist.py" line="66"/>
        <location filename="../../gui/admin_watchlist.py" line="136"/>
        <source>Document</source>
        <translation type="unfinished">Document</translation>
    </message>
    <message>
        <location filename="../../gui/admin_watchlist.py" line="66"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/admin_watchlist.py" line="66"/>
        <location filename="../../gui/admin_watchlist.py" line="135"/>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/admin_watchlist.py" line="66"/>
        <location filename="../../gui/admin_watchlist.py" line="137"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/admin_watchlist.py" line="66"/>
        <location filename="../../gui/admin_watchlist.py" line="138"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/admin_watchlist.py" line="77"/>
        <source>Watchlist entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/admin_watchlist.py" line="83"/>
        <source>Watchlist message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/admin_watchlist.py" line="87"/>
        <source>Rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/admin_watchlist.py" line="118"/>
        <source>%n entry(ies) found.</source>
        <translation>
            <numerusform>%n entry found.</numerusform>
            <numerusform>%n entries found.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/admin_watchlist.py" line="133"/>
        <source>Surname</source>
        <translation type="unfinished">Surname</translation>
    </message>
    <message>
        <location filename="../../gui/admin_watchlist.py" line="134"/>
        <source>Given names</source>
        <translation type="unfinished">Given names</translation>
    </message>
    <message>
        <location filename="../../gui/admin_watchlist.py" line="139"/>
        <source>On the list since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/admin_watchlist.py" line="144"/>
        <source>Taken off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/admin_watchlist.py" line="146"/>
        <source>by %1 at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/admin_watchlist.py" line="173"/>
        <source>Take off the watchlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/admin_watchlist.py" line="176"/>
        <source>Take %1 off the watchlist? It stops matching at once; the entry is kept with your reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/admin_watchlist.py" line="181"/>
        <source>Take off the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/admin_watchlist.py" line="197"/>
        <source>Taken off the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/admin_watchlist.py" line="203"/>
        <source>Watchlist CSV</source>
        <translation type="unfinished">Watchlist CSV</translation>
    </message>
    <message>
        <location filename="../../gui/admin_watchlist.py" line="203"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished">CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/admin_watchlist.py" line="214"/>
        <source>The file could not be read as UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/admin_watchlist.py" line="227"/>
        <source>Imported %n entry(ies).</source>
        <translation>
            <numerusform>Imported %n entry.</numerusform>
            <numerusform>Imported %n entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/admin_watchlist.py" line="228"/>
        <source>%n row(s) rejected.</source>
        <translation>
            <numerusform>%n row rejected.</numerusform>
            <numerusform>%n rows rejected.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/admin_watchlist.py" line="233"/>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
