<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AlertSummaries</name>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="84"/>
        <source>overstay of %1 day(s) (exited); latest legal exit was %2</source>
        <translation>overstay of %1 day(s) (exited); latest legal exit was %2</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="88"/>
        <source>overstay of %1 day(s) (still in the country); latest legal exit was %2</source>
        <translation>overstay of %1 day(s) (still in the country); latest legal exit was %2</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="104"/>
        <source>overstayed %1 day(s) on an earlier stay</source>
        <translation>overstayed %1 day(s) on an earlier stay</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="108"/>
        <source>overstayed %1 day(s) after the stay of %2</source>
        <translation>overstayed %1 day(s) after the stay of %2</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="113"/>
        <source>document expired on %1</source>
        <translation>document expired on %1</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="118"/>
        <source>watchlist match on %1 (score %2): %3</source>
        <translation>watchlist match on %1 (score %2): %3</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="127"/>
        <source>entry on %1 while a stay from %2 had no exit</source>
        <translation>entry on %1 while a stay from %2 had no exit</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="136"/>
        <source>exit on %1 with no recorded entry</source>
        <translation>exit on %1 with no recorded entry</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="145"/>
        <source>no days of stay remain under %1: admitted %2 day(s) over the allowance</source>
        <translation>no days of stay remain under %1: admitted %2 day(s) over the allowance</translation>
    </message>
</context>
<context>
    <name>AlertTableModel</name>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="56"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="57"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="58"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="59"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="60"/>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="61"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
</context>
<context>
    <name>AlertsView</name>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="160"/>
        <source>Filter by kind</source>
        <translation>Filter by kind</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="161"/>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="165"/>
        <source>Filter by status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="166"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="171"/>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="172"/>
        <source>Filter by nationality</source>
        <translation>Filter by nationality</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="176"/>
        <source>From day</source>
        <translation>From day</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="179"/>
        <source>To day</source>
        <translation>To day</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="180"/>
        <source>Run overstay &amp;scan</source>
        <translation>Run overstay &amp;scan</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="182"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="185"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="187"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="190"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="192"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="205"/>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="217"/>
        <source>Alert detail</source>
        <translation>Alert detail</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="219"/>
        <source>Note (needed to resolve)</source>
        <translation>Note (needed to resolve)</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="220"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="224"/>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Acknowledge</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="225"/>
        <source>&amp;Escalate</source>
        <translation>&amp;Escalate</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="226"/>
        <source>Res&amp;olve</source>
        <translation>Res&amp;olve</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="237"/>
        <source>&amp;Grant extension…</source>
        <translation>&amp;Grant extension…</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="238"/>
        <source>Grant extension</source>
        <translation>Grant extension</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="285"/>
        <source>Overstay scan running …</source>
        <translation>Overstay scan running …</translation>
    </message>
    <message numerus="yes">
        <location filename="../../midas_desktop/gui/alerts_view.py" line="294"/>
        <source>Overstay scan: %n overstay(s) today.</source>
        <translation>
            <numerusform>Overstay scan: %n overstay today.</numerusform>
            <numerusform>Overstay scan: %n overstays today.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="350"/>
        <source>Extend the open stay of the traveller of alert %1</source>
        <translation>Extend the open stay of the traveller of alert %1</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="368"/>
        <source>Extension granted: latest legal exit now %1.</source>
        <translation>Extension granted: latest legal exit now %1.</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../midas_desktop/gui/audit_view.py" line="36"/>
        <source>Audit chain verdict</source>
        <translation>Audit chain verdict</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/audit_view.py" line="37"/>
        <source>&amp;Verify the chain</source>
        <translation>&amp;Verify the chain</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/audit_view.py" line="43"/>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/audit_view.py" line="45"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/audit_view.py" line="45"/>
        <source>Time (UTC)</source>
        <translation>Time (UTC)</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/audit_view.py" line="45"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/audit_view.py" line="45"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/audit_view.py" line="45"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/audit_view.py" line="65"/>
        <source>Chain intact: %1 entries verified.</source>
        <translation>Chain intact: %1 entries verified.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/audit_view.py" line="71"/>
        <source>CHAIN BROKEN: %1</source>
        <translation>CHAIN BROKEN: %1</translation>
    </message>
</context>
<context>
    <name>ControlLineView</name>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="88"/>
        <source>Unsent records</source>
        <translation>Unsent records</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="120"/>
        <location filename="../../midas_desktop/gui/control_line.py" line="186"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="122"/>
        <source>Scan with the MRZ reader, or type the lines (Ctrl+M); Enter checks.</source>
        <translation>Scan with the MRZ reader, or type the lines (Ctrl+M); Enter checks.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="126"/>
        <source>MRZ lines</source>
        <translation>MRZ lines</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="130"/>
        <source>Check (Ctrl+Enter)</source>
        <translation>Check (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="132"/>
        <source>Image… (Ctrl+O)</source>
        <translation>Image… (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="134"/>
        <source>Camera (Ctrl+K)</source>
        <translation>Camera (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="143"/>
        <source>Reading progress</source>
        <translation>Reading progress</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="145"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="153"/>
        <source>Input message</source>
        <translation>Input message</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="156"/>
        <source>No image</source>
        <translation>No image</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="159"/>
        <source>Document image</source>
        <translation>Document image</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="162"/>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="172"/>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="174"/>
        <location filename="../../midas_desktop/gui/control_line.py" line="691"/>
        <source>Waiting for a document</source>
        <translation>Waiting for a document</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="176"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="181"/>
        <source>Surname</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="182"/>
        <source>Given names</source>
        <translation>Given names</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="183"/>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="184"/>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="185"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="187"/>
        <source>Expiry</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="197"/>
        <source>Document checks</source>
        <translation>Document checks</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="201"/>
        <source>Stay figures</source>
        <translation>Stay figures</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="205"/>
        <location filename="../../midas_desktop/gui/control_line.py" line="207"/>
        <source>Past movements</source>
        <translation>Past movements</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="210"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="211"/>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="212"/>
        <source>Exit</source>
        <translation>Exit</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="213"/>
        <source>Latest legal exit</source>
        <translation>Latest legal exit</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="214"/>
        <source>Overstay days</source>
        <translation>Overstay days</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="215"/>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="224"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="230"/>
        <source>Days granted</source>
        <translation>Days granted</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="232"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="234"/>
        <source>Tourism</source>
        <translation>Tourism</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="235"/>
        <source>Business</source>
        <translation>Business</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="236"/>
        <source>Transit</source>
        <translation>Transit</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="237"/>
        <source>Work</source>
        <translation>Work</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="238"/>
        <source>Study</source>
        <translation>Study</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="239"/>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="240"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="245"/>
        <source>Means of transport</source>
        <translation>Means of transport</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="246"/>
        <source>Land</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="246"/>
        <source>Air</source>
        <translation>Air</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="246"/>
        <source>Sea</source>
        <translation>Sea</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="250"/>
        <source>Flight or vehicle number</source>
        <translation>Flight or vehicle number</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="251"/>
        <source>&amp;Days granted</source>
        <translation>&amp;Days granted</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="252"/>
        <source>&amp;Purpose</source>
        <translation>&amp;Purpose</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="253"/>
        <source>&amp;Transport</source>
        <translation>&amp;Transport</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="254"/>
        <source>&amp;Flight / vehicle</source>
        <translation>&amp;Flight / vehicle</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="260"/>
        <source>Record &amp;entry (F9)</source>
        <translation>Record &amp;entry (F9)</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="261"/>
        <source>Record e&amp;xit (F10)</source>
        <translation>Record e&amp;xit (F10)</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="269"/>
        <source>Re&amp;fuse entry… (F11)</source>
        <translation>Re&amp;fuse entry… (F11)</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="270"/>
        <source>Refuse entry (F11)</source>
        <translation>Refuse entry (F11)</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="276"/>
        <source>&amp;Grant extension…</source>
        <translation>&amp;Grant extension…</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="277"/>
        <source>Grant extension</source>
        <translation>Grant extension</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="283"/>
        <source>Recording result</source>
        <translation>Recording result</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="340"/>
        <source>Rule: %1 (allowance %2 days). Days used: %3. Days remaining: %4. Latest legal exit: %5.</source>
        <translation>Rule: %1 (allowance %2 days). Days used: %3. Days remaining: %4. Latest legal exit: %5.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="351"/>
        <source>Exempt from stay limits: %1.</source>
        <translation>Exempt from stay limits: %1.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="355"/>
        <source>No stay figures: the document is not valid.</source>
        <translation>No stay figures: the document is not valid.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="365"/>
        <source>unreadable</source>
        <translation>unreadable</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="366"/>
        <source>INVALID DOCUMENT: %1</source>
        <translation>INVALID DOCUMENT: %1</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="368"/>
        <source>STOP: see the alerts before recording</source>
        <translation>STOP: see the alerts before recording</translation>
    </message>
    <message numerus="yes">
        <location filename="../../midas_desktop/gui/control_line.py" line="370"/>
        <source>ATTENTION: %n alert(s)</source>
        <translation>
            <numerusform>ATTENTION: %n alert</numerusform>
            <numerusform>ATTENTION: %n alerts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="372"/>
        <source>VALID DOCUMENT: no alerts</source>
        <translation>VALID DOCUMENT: no alerts</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="387"/>
        <source>check digit %1: correct</source>
        <translation>check digit %1: correct</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="391"/>
        <source>check digit %1: WRONG (expected %2, found %3)</source>
        <translation>check digit %1: WRONG (expected %2, found %3)</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="399"/>
        <source>expiry: EXPIRED on %1</source>
        <translation>expiry: EXPIRED on %1</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="401"/>
        <source>expiry: valid until %1</source>
        <translation>expiry: valid until %1</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="407"/>
        <source>age: %1, a MINOR</source>
        <translation>age: %1, a MINOR</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="409"/>
        <source>age: %1</source>
        <translation>age: %1</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="437"/>
        <source>%1 day(s) after the stay of %2</source>
        <translation>%1 day(s) after the stay of %2</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="449"/>
        <source>%1 day(s) over the allowance</source>
        <translation>%1 day(s) over the allowance</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="453"/>
        <source>The traveller is in the country: an exit is expected.</source>
        <translation>The traveller is in the country: an exit is expected.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="464"/>
        <source>(in the country)</source>
        <translation>(in the country)</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="486"/>
        <location filename="../../midas_desktop/gui/control_line.py" line="523"/>
        <source>Check a valid document first.</source>
        <translation>Check a valid document first.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="570"/>
        <source>Extend the stay of %1, %2</source>
        <translation>Extend the stay of %1, %2</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="589"/>
        <source>Extension granted: latest legal exit now %1.</source>
        <translation>Extension granted: latest legal exit now %1.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="619"/>
        <source>New captures are refused: %1 record(s) have waited %2 day(s) unsent, past the limit of %3 days. Sync with the central server (Sync tab) before recording.</source>
        <translation>New captures are refused: %1 record(s) have waited %2 day(s) unsent, past the limit of %3 days. Sync with the central server (Sync tab) before recording.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="631"/>
        <source>%1 record(s) have waited %2 day(s) unsent (warning after %3 days). Sync with the central server soon.</source>
        <translation>%1 record(s) have waited %2 day(s) unsent (warning after %3 days). Sync with the central server soon.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="648"/>
        <source>Entry refused at %1; reason: %2.</source>
        <translation>Entry refused at %1; reason: %2.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="654"/>
        <source>Entry recorded at %1.</source>
        <translation>Entry recorded at %1.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="654"/>
        <source>Exit recorded at %1.</source>
        <translation>Exit recorded at %1.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="657"/>
        <source>Days used: %1; latest legal exit: %2.</source>
        <translation>Days used: %1; latest legal exit: %2.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="665"/>
        <source>Alert raised</source>
        <translation>Alert raised</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="699"/>
        <source>image reading is not installed</source>
        <translation>image reading is not installed</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="707"/>
        <source>Open a document image</source>
        <translation>Open a document image</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="709"/>
        <source>Images (*.jpg *.jpeg *.png *.tif *.tiff *.bmp)</source>
        <translation>Images (*.jpg *.jpeg *.png *.tif *.tiff *.bmp)</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="721"/>
        <source>Reading %1 …</source>
        <translation>Reading %1 …</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="729"/>
        <source>Reading cancelled.</source>
        <translation>Reading cancelled.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="749"/>
        <source>No MRZ could be read from the image; scan again or type the lines.</source>
        <translation>No MRZ could be read from the image; scan again or type the lines.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="753"/>
        <source>MRZ read.</source>
        <translation>MRZ read.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="756"/>
        <source>The MRZ read has problems: compare it with the document, correct it and press Ctrl+Enter.</source>
        <translation>The MRZ read has problems: compare it with the document, correct it and press Ctrl+Enter.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="820"/>
        <source>%1 fps</source>
        <translation>%1 fps</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="824"/>
        <source>The camera could not be opened.</source>
        <translation>The camera could not be opened.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="828"/>
        <source>Hold the document still in front of the camera …</source>
        <translation>Hold the document still in front of the camera …</translation>
    </message>
</context>
<context>
    <name>ExtensionDialog</name>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="129"/>
        <location filename="../../midas_desktop/gui/dialogs.py" line="148"/>
        <source>Grant extension</source>
        <translation>Grant extension</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="135"/>
        <source>Days of extension</source>
        <translation>Days of extension</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="137"/>
        <source>Granting authority</source>
        <translation>Granting authority</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="139"/>
        <source>Reason for the extension</source>
        <translation>Reason for the extension</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="140"/>
        <source>&amp;Days</source>
        <translation>&amp;Days</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="141"/>
        <source>&amp;Authority</source>
        <translation>&amp;Authority</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="142"/>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
</context>
<context>
    <name>FirstRunScreen</name>
    <message>
        <location filename="../../midas_desktop/gui/first_run.py" line="58"/>
        <source>No post store was found at %1. Create it for this post.</source>
        <translation>No post store was found at %1. Create it for this post.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/first_run.py" line="78"/>
        <source>Post &amp;code</source>
        <translation>Post &amp;code</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/first_run.py" line="78"/>
        <source>Post code</source>
        <translation>Post code</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/first_run.py" line="79"/>
        <source>Post &amp;name</source>
        <translation>Post &amp;name</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/first_run.py" line="79"/>
        <source>Post name</source>
        <translation>Post name</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/first_run.py" line="80"/>
        <source>C&amp;ountry</source>
        <translation>C&amp;ountry</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/first_run.py" line="80"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/first_run.py" line="81"/>
        <source>&amp;Time zone</source>
        <translation>&amp;Time zone</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/first_run.py" line="81"/>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/first_run.py" line="82"/>
        <source>&amp;Administrator</source>
        <translation>&amp;Administrator</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/first_run.py" line="82"/>
        <source>Administrator user name</source>
        <translation>Administrator user name</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/first_run.py" line="83"/>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/first_run.py" line="83"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/first_run.py" line="84"/>
        <source>Password a&amp;gain</source>
        <translation>Password a&amp;gain</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/first_run.py" line="84"/>
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/first_run.py" line="91"/>
        <location filename="../../midas_desktop/gui/first_run.py" line="92"/>
        <source>Create the store</source>
        <translation>Create the store</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/first_run.py" line="104"/>
        <source>This is the store&apos;s recovery key. It is shown only once. Write it down and keep it in a safe place: it opens the store if every administrator password is lost.</source>
        <translation>This is the store&apos;s recovery key. It is shown only once. Write it down and keep it in a safe place: it opens the store if every administrator password is lost.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/first_run.py" line="114"/>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/first_run.py" line="115"/>
        <source>I have &amp;written it down</source>
        <translation>I have &amp;written it down</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/first_run.py" line="116"/>
        <source>Continue to login</source>
        <translation>Continue to login</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/first_run.py" line="131"/>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="13"/>
        <source>Overstay</source>
        <translation>Overstay</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="14"/>
        <source>Watchlist hit</source>
        <translation>Watchlist hit</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="15"/>
        <source>Previous overstay</source>
        <translation>Previous overstay</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="16"/>
        <source>Expired document</source>
        <translation>Expired document</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="17"/>
        <source>Invalid document</source>
        <translation>Invalid document</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="18"/>
        <source>Missing exit</source>
        <translation>Missing exit</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="19"/>
        <source>Exit without entry</source>
        <translation>Exit without entry</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="20"/>
        <source>No stay remaining</source>
        <translation>No stay remaining</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="23"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="24"/>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="25"/>
        <source>Escalated</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="26"/>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="29"/>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="30"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="31"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="34"/>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="35"/>
        <source>Exit</source>
        <translation>Exit</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="39"/>
        <source>same document</source>
        <translation>same document</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="40"/>
        <source>same document number</source>
        <translation>same document number</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="41"/>
        <source>name and birth date</source>
        <translation>name and birth date</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="42"/>
        <source>name</source>
        <translation>name</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <location filename="../../midas_desktop/gui/login.py" line="46"/>
        <source>MIDAS — border post</source>
        <translation>MIDAS — border post</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/login.py" line="49"/>
        <source>Store: %1</source>
        <translation>Store: %1</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/login.py" line="54"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/login.py" line="57"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/login.py" line="59"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/login.py" line="66"/>
        <source>&amp;User</source>
        <translation>&amp;User</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/login.py" line="67"/>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/login.py" line="68"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/login.py" line="74"/>
        <location filename="../../midas_desktop/gui/login.py" line="75"/>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/login.py" line="83"/>
        <source>Login message</source>
        <translation>Login message</translation>
    </message>
    <message numerus="yes">
        <location filename="../../midas_desktop/gui/login.py" line="109"/>
        <source>Too many failed attempts: wait %n second(s).</source>
        <translation>
            <numerusform>Too many failed attempts: wait %n second.</numerusform>
            <numerusform>Too many failed attempts: wait %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/login.py" line="122"/>
        <source>You may try again.</source>
        <translation>You may try again.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../midas_desktop/gui/main_window.py" line="35"/>
        <source>%1 — %2 · %3 (%4)</source>
        <translation>%1 — %2 · %3 (%4)</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/main_window.py" line="41"/>
        <source>Logged in as</source>
        <translation>Logged in as</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/main_window.py" line="43"/>
        <source>My password…</source>
        <translation>My password…</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/main_window.py" line="45"/>
        <source>&amp;Lock (Ctrl+L)</source>
        <translation>&amp;Lock (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/main_window.py" line="51"/>
        <source>Screens</source>
        <translation>Screens</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/main_window.py" line="55"/>
        <source>Control line</source>
        <translation>Control line</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/main_window.py" line="67"/>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/main_window.py" line="72"/>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/main_window.py" line="77"/>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/main_window.py" line="82"/>
        <source>Stay rules and post</source>
        <translation>Stay rules and post</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/main_window.py" line="88"/>
        <source>Retention and backups</source>
        <translation>Retention and backups</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/main_window.py" line="96"/>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/main_window.py" line="99"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/main_window.py" line="115"/>
        <source>Change my password</source>
        <translation>Change my password</translation>
    </message>
</context>
<context>
    <name>MaintenanceView</name>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="213"/>
        <source>Retention of personal data</source>
        <translation>Retention of personal data</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="217"/>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="221"/>
        <source> years</source>
        <translation> years</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="218"/>
        <source>Keep movements after the exit (years)</source>
        <translation>Keep movements after the exit (years)</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="222"/>
        <source>Keep overstay cases (years)</source>
        <translation>Keep overstay cases (years)</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="225"/>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="266"/>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="289"/>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="294"/>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="226"/>
        <source>Warn before erasure (days)</source>
        <translation>Warn before erasure (days)</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="227"/>
        <source>Keep movements after the exit</source>
        <translation>Keep movements after the exit</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="228"/>
        <source>Keep overstay cases</source>
        <translation>Keep overstay cases</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="229"/>
        <source>Warn before erasure</source>
        <translation>Warn before erasure</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="230"/>
        <source>Save retention rules</source>
        <translation>Save retention rules</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="234"/>
        <source>&amp;Preview purge</source>
        <translation>&amp;Preview purge</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="236"/>
        <source>Purge &amp;now…</source>
        <translation>Purge &amp;now…</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="243"/>
        <source>Purge preview</source>
        <translation>Purge preview</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="247"/>
        <source>Daily purge</source>
        <translation>Daily purge</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="252"/>
        <source>Backups (this PC)</source>
        <translation>Backups (this PC)</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="256"/>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="363"/>
        <source>Backup folder</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="257"/>
        <source>empty: no scheduled backup</source>
        <translation>empty: no scheduled backup</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="258"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="262"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="267"/>
        <source>Back up every (days)</source>
        <translation>Back up every (days)</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="268"/>
        <source>Back up every</source>
        <translation>Back up every</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="269"/>
        <source>Save backup settings</source>
        <translation>Save backup settings</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="271"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="279"/>
        <source>Last backup</source>
        <translation>Last backup</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="284"/>
        <source>Records not yet sent to the central server</source>
        <translation>Records not yet sent to the central server</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="288"/>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="293"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="290"/>
        <source>Warn after (days)</source>
        <translation>Warn after (days)</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="295"/>
        <source>Refuse new captures after (days)</source>
        <translation>Refuse new captures after (days)</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="296"/>
        <source>Warn after</source>
        <translation>Warn after</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="297"/>
        <source>Refuse new captures after</source>
        <translation>Refuse new captures after</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="298"/>
        <source>Save limits</source>
        <translation>Save limits</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="339"/>
        <source>Retention rules saved.</source>
        <translation>Retention rules saved.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="352"/>
        <source>Limits saved.</source>
        <translation>Limits saved.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="371"/>
        <source>%1 stay(s), %2 movement(s), %3 alert(s) and %4 traveller(s)</source>
        <translation>%1 stay(s), %2 movement(s), %3 alert(s) and %4 traveller(s)</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="388"/>
        <source>Due for erasure today: %1 stay(s) and %2 movement(s). Falling due within %3 days: %4 stay(s).</source>
        <translation>Due for erasure today: %1 stay(s) and %2 movement(s). Falling due within %3 days: %4 stay(s).</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="406"/>
        <source>Nothing is due for erasure today.</source>
        <translation>Nothing is due for erasure today.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="410"/>
        <source>Purge now</source>
        <translation>Purge now</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="412"/>
        <source>Erase for good %1 stay(s) and %2 movement(s) past their retention period? This cannot be undone.</source>
        <translation>Erase for good %1 stay(s) and %2 movement(s) past their retention period? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="425"/>
        <source>Erased: %1.</source>
        <translation>Erased: %1.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="432"/>
        <source>The daily purge failed: %1</source>
        <translation>The daily purge failed: %1</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="436"/>
        <source>Today&apos;s purge erased %1; %2 stay(s) fall due within %3 days.</source>
        <translation>Today&apos;s purge erased %1; %2 stay(s) fall due within %3 days.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="445"/>
        <source>Last daily purge: %1.</source>
        <translation>Last daily purge: %1.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="453"/>
        <source>Choose a backup folder first.</source>
        <translation>Choose a backup folder first.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="459"/>
        <source>Backing up to %1 …</source>
        <translation>Backing up to %1 …</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="466"/>
        <source>No backup made from this PC yet.</source>
        <translation>No backup made from this PC yet.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="469"/>
        <source>Last backup: %1, written to %2.</source>
        <translation>Last backup: %1, written to %2.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="475"/>
        <source>Last backup FAILED at %1: %2</source>
        <translation>Last backup FAILED at %1: %2</translation>
    </message>
</context>
<context>
    <name>PostSettingsBox</name>
    <message>
        <location filename="../../midas_desktop/gui/admin_rules.py" line="176"/>
        <source>Post and this PC</source>
        <translation>Post and this PC</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_rules.py" line="180"/>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_rules.py" line="181"/>
        <source>Country / time zone</source>
        <translation>Country / time zone</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_rules.py" line="186"/>
        <source>Lock after idle minutes</source>
        <translation>Lock after idle minutes</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_rules.py" line="188"/>
        <location filename="../../midas_desktop/gui/admin_rules.py" line="192"/>
        <source>Scanner drop folder</source>
        <translation>Scanner drop folder</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_rules.py" line="190"/>
        <source>Camera (number or video file)</source>
        <translation>Camera (number or video file)</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_rules.py" line="191"/>
        <source>Lock after idle</source>
        <translation>Lock after idle</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_rules.py" line="193"/>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_rules.py" line="194"/>
        <source>Save PC settings</source>
        <translation>Save PC settings</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_rules.py" line="197"/>
        <source>&amp;Import watchlist CSV…</source>
        <translation>&amp;Import watchlist CSV…</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_rules.py" line="213"/>
        <source>Watchlist CSV</source>
        <translation>Watchlist CSV</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_rules.py" line="213"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_rules.py" line="227"/>
        <source>Imported %1 entries; %2 rows rejected.</source>
        <translation>Imported %1 entries; %2 rows rejected.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="195"/>
        <source>New recovery key</source>
        <translation>New recovery key</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="199"/>
        <source>The database key was rotated. Write down the new recovery key and keep it in a safe place: it is shown only this once.</source>
        <translation>The database key was rotated. Write down the new recovery key and keep it in a safe place: it is shown only this once.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="209"/>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="212"/>
        <source>These users need a new password before they can log in again: %1</source>
        <translation>These users need a new password before they can log in again: %1</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="216"/>
        <source>No other user had a password to reset.</source>
        <translation>No other user had a password to reset.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="219"/>
        <source>Users to reset</source>
        <translation>Users to reset</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="221"/>
        <source>I have &amp;written it down</source>
        <translation>I have &amp;written it down</translation>
    </message>
</context>
<context>
    <name>RefusalDialog</name>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="102"/>
        <location filename="../../midas_desktop/gui/dialogs.py" line="113"/>
        <source>Refuse entry</source>
        <translation>Refuse entry</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="105"/>
        <source>Refuse the entry of %1. The reason is recorded.</source>
        <translation>Refuse the entry of %1. The reason is recorded.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="108"/>
        <source>Reason for the refusal</source>
        <translation>Reason for the refusal</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="109"/>
        <source>Reason (required)</source>
        <translation>Reason (required)</translation>
    </message>
</context>
<context>
    <name>RotateKeyDialog</name>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="163"/>
        <source>Rotate database key</source>
        <translation>Rotate database key</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="167"/>
        <source>The whole store is encrypted again under a new key. Afterwards only you can log in: every other user needs a new password from an administrator (Users, Reset password). A new recovery key is shown once; the old one stops working.</source>
        <translation>The whole store is encrypted again under a new key. Afterwards only you can log in: every other user needs a new password from an administrator (Users, Reset password). A new recovery key is shown once; the old one stops working.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="177"/>
        <source>Your password</source>
        <translation>Your password</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="178"/>
        <source>Your &amp;password</source>
        <translation>Your &amp;password</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="184"/>
        <source>Rotate the key</source>
        <translation>Rotate the key</translation>
    </message>
</context>
<context>
    <name>RulesView</name>
    <message>
        <location filename="../../midas_desktop/gui/admin_rules.py" line="41"/>
        <source>Stay rules</source>
        <translation>Stay rules</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_rules.py" line="44"/>
        <location filename="../../midas_desktop/gui/admin_rules.py" line="66"/>
        <location filename="../../midas_desktop/gui/admin_rules.py" line="86"/>
        <source>Admitting country</source>
        <translation>Admitting country</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_rules.py" line="45"/>
        <location filename="../../midas_desktop/gui/admin_rules.py" line="68"/>
        <location filename="../../midas_desktop/gui/admin_rules.py" line="87"/>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_rules.py" line="46"/>
        <location filename="../../midas_desktop/gui/admin_rules.py" line="70"/>
        <location filename="../../midas_desktop/gui/admin_rules.py" line="88"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_rules.py" line="47"/>
        <location filename="../../midas_desktop/gui/admin_rules.py" line="77"/>
        <location filename="../../midas_desktop/gui/admin_rules.py" line="89"/>
        <source>Days (N)</source>
        <translation>Days (N)</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_rules.py" line="48"/>
        <location filename="../../midas_desktop/gui/admin_rules.py" line="81"/>
        <location filename="../../midas_desktop/gui/admin_rules.py" line="90"/>
        <source>Window (M)</source>
        <translation>Window (M)</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_rules.py" line="49"/>
        <location filename="../../midas_desktop/gui/admin_rules.py" line="73"/>
        <location filename="../../midas_desktop/gui/admin_rules.py" line="84"/>
        <location filename="../../midas_desktop/gui/admin_rules.py" line="91"/>
        <source>Shared area</source>
        <translation>Shared area</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_rules.py" line="57"/>
        <source>&apos;*&apos; is every admitting country; an empty nationality is every nationality.</source>
        <translation>&apos;*&apos; is every admitting country; an empty nationality is every nationality.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_rules.py" line="63"/>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_rules.py" line="71"/>
        <source>Days per entry</source>
        <translation>Days per entry</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_rules.py" line="72"/>
        <source>N days in any M days</source>
        <translation>N days in any M days</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_rules.py" line="94"/>
        <source>&amp;Save rule</source>
        <translation>&amp;Save rule</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_rules.py" line="96"/>
        <source>&amp;Delete rule</source>
        <translation>&amp;Delete rule</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_rules.py" line="119"/>
        <source>(all)</source>
        <translation>(all)</translation>
    </message>
</context>
<context>
    <name>ServiceMessages</name>
    <message>
        <location filename="../../midas_desktop/gui/i18n.py" line="19"/>
        <source>wrong user name or password</source>
        <translation>wrong user name or password</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/i18n.py" line="20"/>
        <source>this account is disabled or does not match its key slot</source>
        <translation>this account is disabled or does not match its key slot</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/i18n.py" line="21"/>
        <source>a password needs at least 8 characters</source>
        <translation>a password needs at least 8 characters</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/i18n.py" line="22"/>
        <source>resolving an alert needs a note</source>
        <translation>resolving an alert needs a note</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/i18n.py" line="23"/>
        <source>the current password is wrong</source>
        <translation>the current password is wrong</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/i18n.py" line="24"/>
        <source>the post needs at least one active administrator; add another one first</source>
        <translation>the post needs at least one active administrator; add another one first</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/i18n.py" line="27"/>
        <source>you cannot disable your own account; ask another administrator</source>
        <translation>you cannot disable your own account; ask another administrator</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/i18n.py" line="28"/>
        <source>the store is busy in another program; try again</source>
        <translation>the store is busy in another program; try again</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/i18n.py" line="29"/>
        <source>the disk is full: nothing was recorded</source>
        <translation>the disk is full: nothing was recorded</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/i18n.py" line="30"/>
        <source>the post code, the post name and the administrator&apos;s name may not be empty</source>
        <translation>the post code, the post name and the administrator&apos;s name may not be empty</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/i18n.py" line="33"/>
        <source>a user name may not be empty or contain spaces</source>
        <translation>a user name may not be empty or contain spaces</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/i18n.py" line="34"/>
        <source>days granted must be at least 1</source>
        <translation>days granted must be at least 1</translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <location filename="../../midas_desktop/gui/statistics_view.py" line="58"/>
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/statistics_view.py" line="62"/>
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/statistics_view.py" line="63"/>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/statistics_view.py" line="65"/>
        <source>Export &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/statistics_view.py" line="66"/>
        <source>Export &amp;XLSX…</source>
        <translation>Export &amp;XLSX…</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/statistics_view.py" line="67"/>
        <source>Export &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/statistics_view.py" line="71"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/statistics_view.py" line="73"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/statistics_view.py" line="82"/>
        <source>Export progress</source>
        <translation>Export progress</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/statistics_view.py" line="84"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/statistics_view.py" line="92"/>
        <source>Totals</source>
        <translation>Totals</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/statistics_view.py" line="96"/>
        <location filename="../../midas_desktop/gui/statistics_view.py" line="145"/>
        <source>Entries and exits by day</source>
        <translation>Entries and exits by day</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/statistics_view.py" line="98"/>
        <source>Movements by nationality</source>
        <translation>Movements by nationality</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/statistics_view.py" line="100"/>
        <location filename="../../midas_desktop/gui/statistics_view.py" line="139"/>
        <source>Overstays by nationality</source>
        <translation>Overstays by nationality</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/statistics_view.py" line="126"/>
        <source>Post %1 — entries: %2, exits: %3, overstays today: %4</source>
        <translation>Post %1 — entries: %2, exits: %3, overstays today: %4</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/statistics_view.py" line="135"/>
        <source>Movements by nationality (top 10)</source>
        <translation>Movements by nationality (top 10)</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/statistics_view.py" line="147"/>
        <location filename="../../midas_desktop/gui/statistics_view.py" line="227"/>
        <source>Entries</source>
        <translation>Entries</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/statistics_view.py" line="148"/>
        <location filename="../../midas_desktop/gui/statistics_view.py" line="228"/>
        <source>Exits</source>
        <translation>Exits</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/statistics_view.py" line="197"/>
        <source>Export statistics</source>
        <translation>Export statistics</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/statistics_view.py" line="224"/>
        <source>Movement statistics</source>
        <translation>Movement statistics</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/statistics_view.py" line="225"/>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/statistics_view.py" line="226"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/statistics_view.py" line="229"/>
        <source>Overstays today</source>
        <translation>Overstays today</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/statistics_view.py" line="230"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/statistics_view.py" line="231"/>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/statistics_view.py" line="232"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/statistics_view.py" line="251"/>
        <source>Exporting …</source>
        <translation>Exporting …</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/statistics_view.py" line="257"/>
        <source>Export cancelled.</source>
        <translation>Export cancelled.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/statistics_view.py" line="267"/>
        <source>Written: %1</source>
        <translation>Written: %1</translation>
    </message>
</context>
<context>
    <name>SyncPlaceholder</name>
    <message>
        <source>not enrolled with a central server</source>
        <translation type="vanished">not enrolled with a central server</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation type="vanished">Sync status</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <location filename="../../midas_desktop/gui/sync_view.py" line="65"/>
        <source>Sync status</source>
        <translation>Sync status</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/sync_view.py" line="75"/>
        <source>Central server</source>
        <translation>Central server</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/sync_view.py" line="76"/>
        <source>Records waiting to be sent</source>
        <translation>Records waiting to be sent</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/sync_view.py" line="77"/>
        <source>Last attempt</source>
        <translation>Last attempt</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/sync_view.py" line="78"/>
        <source>Last success</source>
        <translation>Last success</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/sync_view.py" line="79"/>
        <source>Last error</source>
        <translation>Last error</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/sync_view.py" line="85"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/sync_view.py" line="89"/>
        <source>Sync in progress</source>
        <translation>Sync in progress</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/sync_view.py" line="91"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/sync_view.py" line="100"/>
        <source>Sync result</source>
        <translation>Sync result</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/sync_view.py" line="112"/>
        <source>Sync is not installed on this PC.</source>
        <translation>Sync is not installed on this PC.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/sync_view.py" line="123"/>
        <source>This post is enrolled with a central server.</source>
        <translation>This post is enrolled with a central server.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/sync_view.py" line="129"/>
        <source>This post is not enrolled with a central server. An administrator enrols it on the command line: midas post enrol --server URL --token TOKEN</source>
        <translation>This post is not enrolled with a central server. An administrator enrols it on the command line: midas post enrol --server URL --token TOKEN</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/sync_view.py" line="152"/>
        <source>Background sync every %1 minute(s) while the app is open.</source>
        <translation>Background sync every %1 minute(s) while the app is open.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/sync_view.py" line="173"/>
        <source>A sync is still running; wait for it to finish.</source>
        <translation>A sync is still running; wait for it to finish.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/sync_view.py" line="175"/>
        <source>The sync that was cancelled is still finishing; try again in a moment.</source>
        <translation>The sync that was cancelled is still finishing; try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/sync_view.py" line="188"/>
        <source>Background sync running …</source>
        <translation>Background sync running …</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/sync_view.py" line="188"/>
        <source>Syncing …</source>
        <translation>Syncing …</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/sync_view.py" line="200"/>
        <source>Stopped waiting. The batch under way finishes in the background; nothing is lost.</source>
        <translation>Stopped waiting. The batch under way finishes in the background; nothing is lost.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/sync_view.py" line="207"/>
        <source>Sync done: %1 sent, %2 acknowledged, %3 received from other posts.</source>
        <translation>Sync done: %1 sent, %2 acknowledged, %3 received from other posts.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/sync_view.py" line="217"/>
        <source>Sync failed: %1</source>
        <translation>Sync failed: %1</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="40"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="42"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="46"/>
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="48"/>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="50"/>
        <source>New password again</source>
        <translation>New password again</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="54"/>
        <source>&amp;User name</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="56"/>
        <source>&amp;Role</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="58"/>
        <source>&amp;Current password</source>
        <translation>&amp;Current password</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="59"/>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="60"/>
        <source>Password a&amp;gain</source>
        <translation>Password a&amp;gain</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="83"/>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>UsersView</name>
    <message>
        <location filename="../../midas_desktop/gui/admin_users.py" line="43"/>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_users.py" line="45"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_users.py" line="45"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_users.py" line="45"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_users.py" line="45"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_users.py" line="53"/>
        <source>&amp;Add user…</source>
        <translation>&amp;Add user…</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_users.py" line="54"/>
        <source>Change &amp;role…</source>
        <translation>Change &amp;role…</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_users.py" line="55"/>
        <source>Reset &amp;password…</source>
        <translation>Reset &amp;password…</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_users.py" line="56"/>
        <source>&amp;Disable</source>
        <translation>&amp;Disable</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_users.py" line="66"/>
        <source>Rotate database &amp;key…</source>
        <translation>Rotate database &amp;key…</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_users.py" line="72"/>
        <source>Key rotation</source>
        <translation>Key rotation</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_users.py" line="91"/>
        <source>needs a new password</source>
        <translation>needs a new password</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_users.py" line="93"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_users.py" line="201"/>
        <source>The database key was rotated. Users who need a new password: %1</source>
        <translation>The database key was rotated. Users who need a new password: %1</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_users.py" line="89"/>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_users.py" line="111"/>
        <source>Add user</source>
        <translation>Add user</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_users.py" line="132"/>
        <source>Change the role of %1</source>
        <translation>Change the role of %1</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_users.py" line="149"/>
        <source>New password for %1</source>
        <translation>New password for %1</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_users.py" line="167"/>
        <source>Disable user</source>
        <translation>Disable user</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_users.py" line="168"/>
        <source>Disable %1? They will no longer be able to log in.</source>
        <translation>Disable %1? They will no longer be able to log in.</translation>
    </message>
</context>
</TS>
