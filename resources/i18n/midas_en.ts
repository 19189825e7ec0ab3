<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AlertTableModel</name>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="52"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="53"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="54"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="55"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="56"/>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="57"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
</context>
<context>
    <name>AlertsView</name>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="152"/>
        <source>Filter by kind</source>
        <translation>Filter by kind</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="153"/>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="157"/>
        <source>Filter by status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="158"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="163"/>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="164"/>
        <source>Filter by nationality</source>
        <translation>Filter by nationality</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="168"/>
        <source>From day</source>
        <translation>From day</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="171"/>
        <source>To day</source>
        <translation>To day</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="172"/>
        <source>Run overstay &amp;scan</source>
        <translation>Run overstay &amp;scan</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="174"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="177"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="179"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="182"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="184"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="197"/>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="209"/>
        <source>Alert detail</source>
        <translation>Alert detail</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="211"/>
        <source>Note (needed to resolve)</source>
        <translation>Note (needed to resolve)</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="212"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="216"/>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Acknowledge</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="217"/>
        <source>&amp;Escalate</source>
        <translation>&amp;Escalate</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="218"/>
        <source>Res&amp;olve</source>
        <translation>Res&amp;olve</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="270"/>
        <source>Overstay scan running …</source>
        <translation>Overstay scan running …</translation>
    </message>
    <message numerus="yes">
        <location filename="../../midas_desktop/gui/alerts_view.py" line="279"/>
        <source>Overstay scan: %n overstay(s) today.</source>
        <translation>
            <numerusform>Overstay scan: %n overstay today.</numerusform>
            <numerusform>Overstay scan: %n overstays today.</numerusform>
        </translation>
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
        <location filename="../../midas_desktop/gui/audit_view.py" line="66"/>
        <source>Chain intact: %1 entries verified.</source>
        <translation>Chain intact: %1 entries verified.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/audit_view.py" line="72"/>
        <source>CHAIN BROKEN: %1</source>
        <translation>CHAIN BROKEN: %1</translation>
    </message>
</context>
<context>
    <name>ControlLineView</name>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="101"/>
        <location filename="../../midas_desktop/gui/control_line.py" line="167"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="103"/>
        <source>Scan with the MRZ reader, or type the lines (Ctrl+M); Enter checks.</source>
        <translation>Scan with the MRZ reader, or type the lines (Ctrl+M); Enter checks.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="107"/>
        <source>MRZ lines</source>
        <translation>MRZ lines</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="111"/>
        <source>Check (Ctrl+Enter)</source>
        <translation>Check (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="113"/>
        <source>Image… (Ctrl+O)</source>
        <translation>Image… (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="115"/>
        <source>Camera (Ctrl+K)</source>
        <translation>Camera (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="124"/>
        <source>Reading progress</source>
        <translation>Reading progress</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="126"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="134"/>
        <source>Input message</source>
        <translation>Input message</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="137"/>
        <source>No image</source>
        <translation>No image</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="140"/>
        <source>Document image</source>
        <translation>Document image</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="143"/>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="153"/>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="155"/>
        <location filename="../../midas_desktop/gui/control_line.py" line="520"/>
        <source>Waiting for a document</source>
        <translation>Waiting for a document</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="157"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="162"/>
        <source>Surname</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="163"/>
        <source>Given names</source>
        <translation>Given names</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="164"/>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="165"/>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="166"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="168"/>
        <source>Expiry</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="178"/>
        <source>Document checks</source>
        <translation>Document checks</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="182"/>
        <source>Stay figures</source>
        <translation>Stay figures</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="186"/>
        <location filename="../../midas_desktop/gui/control_line.py" line="188"/>
        <source>Past movements</source>
        <translation>Past movements</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="191"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="192"/>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="193"/>
        <source>Exit</source>
        <translation>Exit</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="194"/>
        <source>Latest legal exit</source>
        <translation>Latest legal exit</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="195"/>
        <source>Overstay days</source>
        <translation>Overstay days</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="196"/>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="205"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="211"/>
        <source>Days granted</source>
        <translation>Days granted</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="213"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="215"/>
        <source>Tourism</source>
        <translation>Tourism</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="216"/>
        <source>Business</source>
        <translation>Business</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="217"/>
        <source>Transit</source>
        <translation>Transit</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="218"/>
        <source>Work</source>
        <translation>Work</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="219"/>
        <source>Study</source>
        <translation>Study</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="220"/>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="221"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="226"/>
        <source>Means of transport</source>
        <translation>Means of transport</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="227"/>
        <source>Land</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="227"/>
        <source>Air</source>
        <translation>Air</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="227"/>
        <source>Sea</source>
        <translation>Sea</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="231"/>
        <source>Flight or vehicle number</source>
        <translation>Flight or vehicle number</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="232"/>
        <source>&amp;Days granted</source>
        <translation>&amp;Days granted</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="233"/>
        <source>&amp;Purpose</source>
        <translation>&amp;Purpose</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="234"/>
        <source>&amp;Transport</source>
        <translation>&amp;Transport</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="235"/>
        <source>&amp;Flight / vehicle</source>
        <translation>&amp;Flight / vehicle</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="241"/>
        <source>Record &amp;entry (F9)</source>
        <translation>Record &amp;entry (F9)</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="242"/>
        <source>Record e&amp;xit (F10)</source>
        <translation>Record e&amp;xit (F10)</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="252"/>
        <source>Recording result</source>
        <translation>Recording result</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="309"/>
        <source>Rule: %1 (allowance %2 days). Days used: %3. Days remaining: %4. Latest legal exit: %5.</source>
        <translation>Rule: %1 (allowance %2 days). Days used: %3. Days remaining: %4. Latest legal exit: %5.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="320"/>
        <source>Exempt from stay limits: %1.</source>
        <translation>Exempt from stay limits: %1.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="324"/>
        <source>No stay figures: the document is not valid.</source>
        <translation>No stay figures: the document is not valid.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="334"/>
        <source>unreadable</source>
        <translation>unreadable</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="335"/>
        <source>INVALID DOCUMENT: %1</source>
        <translation>INVALID DOCUMENT: %1</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="337"/>
        <source>STOP: see the alerts before recording</source>
        <translation>STOP: see the alerts before recording</translation>
    </message>
    <message numerus="yes">
        <location filename="../../midas_desktop/gui/control_line.py" line="339"/>
        <source>ATTENTION: %n alert(s)</source>
        <translation>
            <numerusform>ATTENTION: %n alert</numerusform>
            <numerusform>ATTENTION: %n alerts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="341"/>
        <source>VALID DOCUMENT: no alerts</source>
        <translation>VALID DOCUMENT: no alerts</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="355"/>
        <source>check digit %1: correct</source>
        <translation>check digit %1: correct</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="359"/>
        <source>check digit %1: WRONG (expected %2, found %3)</source>
        <translation>check digit %1: WRONG (expected %2, found %3)</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="367"/>
        <source>expiry: EXPIRED on %1</source>
        <translation>expiry: EXPIRED on %1</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="369"/>
        <source>expiry: valid until %1</source>
        <translation>expiry: valid until %1</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="375"/>
        <source>age: %1, a MINOR</source>
        <translation>age: %1, a MINOR</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="377"/>
        <source>age: %1</source>
        <translation>age: %1</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="405"/>
        <source>%1 day(s) after the stay of %2</source>
        <translation>%1 day(s) after the stay of %2</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="417"/>
        <source>%1 day(s) over the allowance</source>
        <translation>%1 day(s) over the allowance</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="421"/>
        <source>The traveller is in the country: an exit is expected.</source>
        <translation>The traveller is in the country: an exit is expected.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="432"/>
        <source>(in the country)</source>
        <translation>(in the country)</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="454"/>
        <source>Check a valid document first.</source>
        <translation>Check a valid document first.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="485"/>
        <source>Entry recorded at %1.</source>
        <translation>Entry recorded at %1.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="485"/>
        <source>Exit recorded at %1.</source>
        <translation>Exit recorded at %1.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="488"/>
        <source>Days used: %1; latest legal exit: %2.</source>
        <translation>Days used: %1; latest legal exit: %2.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="496"/>
        <source>Alert raised</source>
        <translation>Alert raised</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="528"/>
        <source>image reading is not installed</source>
        <translation>image reading is not installed</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="536"/>
        <source>Open a document image</source>
        <translation>Open a document image</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="538"/>
        <source>Images (*.jpg *.jpeg *.png *.tif *.tiff *.bmp)</source>
        <translation>Images (*.jpg *.jpeg *.png *.tif *.tiff *.bmp)</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="550"/>
        <source>Reading %1 …</source>
        <translation>Reading %1 …</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="558"/>
        <source>Reading cancelled.</source>
        <translation>Reading cancelled.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="578"/>
        <source>No MRZ could be read from the image; scan again or type the lines.</source>
        <translation>No MRZ could be read from the image; scan again or type the lines.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="582"/>
        <source>MRZ read.</source>
        <translation>MRZ read.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="585"/>
        <source>The MRZ read has problems: compare it with the document, correct it and press Ctrl+Enter.</source>
        <translation>The MRZ read has problems: compare it with the document, correct it and press Ctrl+Enter.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="649"/>
        <source>%1 fps</source>
        <translation>%1 fps</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="653"/>
        <source>The camera could not be opened.</source>
        <translation>The camera could not be opened.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="657"/>
        <source>Hold the document still in front of the camera …</source>
        <translation>Hold the document still in front of the camera …</translation>
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
        <location filename="../../midas_desktop/gui/labels.py" line="11"/>
        <source>Overstay</source>
        <translation>Overstay</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="12"/>
        <source>Watchlist hit</source>
        <translation>Watchlist hit</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="13"/>
        <source>Previous overstay</source>
        <translation>Previous overstay</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="14"/>
        <source>Expired document</source>
        <translation>Expired document</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="15"/>
        <source>Invalid document</source>
        <translation>Invalid document</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="16"/>
        <source>Missing exit</source>
        <translation>Missing exit</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="17"/>
        <source>Exit without entry</source>
        <translation>Exit without entry</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="18"/>
        <source>No stay remaining</source>
        <translation>No stay remaining</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="21"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="22"/>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="23"/>
        <source>Escalated</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="24"/>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="27"/>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="28"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="29"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="32"/>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="33"/>
        <source>Exit</source>
        <translation>Exit</translation>
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
        <location filename="../../midas_desktop/gui/main_window.py" line="46"/>
        <source>%1 — %2 · %3 (%4)</source>
        <translation>%1 — %2 · %3 (%4)</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/main_window.py" line="52"/>
        <source>Logged in as</source>
        <translation>Logged in as</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/main_window.py" line="54"/>
        <source>My password…</source>
        <translation>My password…</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/main_window.py" line="56"/>
        <source>&amp;Lock (Ctrl+L)</source>
        <translation>&amp;Lock (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/main_window.py" line="62"/>
        <source>Screens</source>
        <translation>Screens</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/main_window.py" line="66"/>
        <source>Control line</source>
        <translation>Control line</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/main_window.py" line="76"/>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/main_window.py" line="81"/>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/main_window.py" line="86"/>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/main_window.py" line="91"/>
        <source>Stay rules and post</source>
        <translation>Stay rules and post</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/main_window.py" line="96"/>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/main_window.py" line="97"/>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/main_window.py" line="113"/>
        <source>Change my password</source>
        <translation>Change my password</translation>
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
        <location filename="../../midas_desktop/gui/main_window.py" line="26"/>
        <source>not enrolled with a central server</source>
        <translation>not enrolled with a central server</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/main_window.py" line="27"/>
        <source>Sync status</source>
        <translation>Sync status</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="34"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="36"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="40"/>
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="42"/>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="44"/>
        <source>New password again</source>
        <translation>New password again</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="48"/>
        <source>&amp;User name</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="50"/>
        <source>&amp;Role</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="52"/>
        <source>&amp;Current password</source>
        <translation>&amp;Current password</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="53"/>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="54"/>
        <source>Password a&amp;gain</source>
        <translation>Password a&amp;gain</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="77"/>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>UsersView</name>
    <message>
        <location filename="../../midas_desktop/gui/admin_users.py" line="35"/>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_users.py" line="37"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_users.py" line="37"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_users.py" line="37"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_users.py" line="37"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_users.py" line="45"/>
        <source>&amp;Add user…</source>
        <translation>&amp;Add user…</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_users.py" line="46"/>
        <source>Change &amp;role…</source>
        <translation>Change &amp;role…</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_users.py" line="47"/>
        <source>Reset &amp;password…</source>
        <translation>Reset &amp;password…</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_users.py" line="48"/>
        <source>&amp;Disable</source>
        <translation>&amp;Disable</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_users.py" line="73"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_users.py" line="73"/>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_users.py" line="91"/>
        <source>Add user</source>
        <translation>Add user</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_users.py" line="112"/>
        <source>Change the role of %1</source>
        <translation>Change the role of %1</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_users.py" line="129"/>
        <source>New password for %1</source>
        <translation>New password for %1</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_users.py" line="147"/>
        <source>Disable user</source>
        <translation>Disable user</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_users.py" line="148"/>
        <source>Disable %1? They will no longer be able to log in.</source>
        <translation>Disable %1? They will no longer be able to log in.</translation>
    </message>
</context>
</TS>
