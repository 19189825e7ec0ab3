<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AlertSummaries</name>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="84"/>
        <source>overstay of %1 day(s) (exited); latest legal exit was %2</source>
        <translation>permanencia excedida de %1 día(s) (ya salió); la última salida legal era el %2</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="88"/>
        <source>overstay of %1 day(s) (still in the country); latest legal exit was %2</source>
        <translation>permanencia excedida de %1 día(s) (sigue en el país); la última salida legal era el %2</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="104"/>
        <source>overstayed %1 day(s) on an earlier stay</source>
        <translation>excedió su permanencia %1 día(s) en una estancia anterior</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="108"/>
        <source>overstayed %1 day(s) after the stay of %2</source>
        <translation>excedió su permanencia %1 día(s) en la estancia del %2</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="113"/>
        <source>document expired on %1</source>
        <translation>documento vencido el %1</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="118"/>
        <source>watchlist match on %1 (score %2): %3</source>
        <translation>coincidencia en la lista de alerta por %1 (puntuación %2): %3</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="127"/>
        <source>entry on %1 while a stay from %2 had no exit</source>
        <translation>entrada el %1 con una estancia del %2 sin salida registrada</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="136"/>
        <source>exit on %1 with no recorded entry</source>
        <translation>salida el %1 sin entrada registrada</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="145"/>
        <source>no days of stay remain under %1: admitted %2 day(s) over the allowance</source>
        <translation>no quedan días de permanencia según %1: admitido con %2 día(s) por encima de lo permitido</translation>
    </message>
</context>
<context>
    <name>AlertTableModel</name>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="56"/>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="57"/>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="58"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="59"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="60"/>
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="61"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
</context>
<context>
    <name>AlertsView</name>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="160"/>
        <source>Filter by kind</source>
        <translation>Filtrar por tipo</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="161"/>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="165"/>
        <source>Filter by status</source>
        <translation>Filtrar por estado</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="166"/>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="171"/>
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="172"/>
        <source>Filter by nationality</source>
        <translation>Filtrar por nacionalidad</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="176"/>
        <source>From day</source>
        <translation>Desde el día</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="179"/>
        <source>To day</source>
        <translation>Hasta el día</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="180"/>
        <source>Run overstay &amp;scan</source>
        <translation>Buscar &amp;sobreestancias</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="182"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="185"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="187"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="190"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="192"/>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="205"/>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="217"/>
        <source>Alert detail</source>
        <translation>Detalle de la alerta</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="219"/>
        <source>Note (needed to resolve)</source>
        <translation>Nota (necesaria para resolver)</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="220"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="224"/>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Reconocer</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="225"/>
        <source>&amp;Escalate</source>
        <translation>&amp;Escalar</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="226"/>
        <source>Res&amp;olve</source>
        <translation>Res&amp;olver</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="237"/>
        <source>&amp;Grant extension…</source>
        <translation>&amp;Conceder prórroga…</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="238"/>
        <source>Grant extension</source>
        <translation>Conceder prórroga</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="285"/>
        <source>Overstay scan running …</source>
        <translation>Búsqueda de sobreestancias en curso …</translation>
    </message>
    <message numerus="yes">
        <location filename="../../midas_desktop/gui/alerts_view.py" line="294"/>
        <source>Overstay scan: %n overstay(s) today.</source>
        <translation>
            <numerusform>Búsqueda: %n sobreestancia hoy.</numerusform>
            <numerusform>Búsqueda: %n sobreestancias hoy.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="350"/>
        <source>Extend the open stay of the traveller of alert %1</source>
        <translation>Prorrogar la estancia abierta del viajero de la alerta %1</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="368"/>
        <source>Extension granted: latest legal exit now %1.</source>
        <translation>Prórroga concedida: la última salida legal es ahora el %1.</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../midas_desktop/gui/audit_view.py" line="36"/>
        <source>Audit chain verdict</source>
        <translation>Resultado de la cadena de auditoría</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/audit_view.py" line="37"/>
        <source>&amp;Verify the chain</source>
        <translation>&amp;Verificar la cadena</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/audit_view.py" line="43"/>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/audit_view.py" line="45"/>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/audit_view.py" line="45"/>
        <source>Time (UTC)</source>
        <translation>Hora (UTC)</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/audit_view.py" line="45"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/audit_view.py" line="45"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/audit_view.py" line="45"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/audit_view.py" line="65"/>
        <source>Chain intact: %1 entries verified.</source>
        <translation>Cadena íntegra: %1 entradas verificadas.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/audit_view.py" line="71"/>
        <source>CHAIN BROKEN: %1</source>
        <translation>CADENA ROTA: %1</translation>
    </message>
</context>
<context>
    <name>ControlLineView</name>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="88"/>
        <source>Unsent records</source>
        <translation>Registros sin enviar</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="120"/>
        <location filename="../../midas_desktop/gui/control_line.py" line="186"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="122"/>
        <source>Scan with the MRZ reader, or type the lines (Ctrl+M); Enter checks.</source>
        <translation>Pase el documento por el lector MRZ o escriba las líneas (Ctrl+M); Intro verifica.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="126"/>
        <source>MRZ lines</source>
        <translation>Líneas MRZ</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="130"/>
        <source>Check (Ctrl+Enter)</source>
        <translation>Verificar (Ctrl+Intro)</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="132"/>
        <source>Image… (Ctrl+O)</source>
        <translation>Imagen… (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="134"/>
        <source>Camera (Ctrl+K)</source>
        <translation>Cámara (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="143"/>
        <source>Reading progress</source>
        <translation>Progreso de lectura</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="145"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="153"/>
        <source>Input message</source>
        <translation>Mensaje de entrada</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="156"/>
        <source>No image</source>
        <translation>Sin imagen</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="159"/>
        <source>Document image</source>
        <translation>Imagen del documento</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="162"/>
        <source>Portrait</source>
        <translation>Fotografía</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="172"/>
        <source>Checks</source>
        <translation>Verificaciones</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="174"/>
        <location filename="../../midas_desktop/gui/control_line.py" line="691"/>
        <source>Waiting for a document</source>
        <translation>Esperando un documento</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="176"/>
        <source>Verdict</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="181"/>
        <source>Surname</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="182"/>
        <source>Given names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="183"/>
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="184"/>
        <source>Birth date</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="185"/>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="187"/>
        <source>Expiry</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="197"/>
        <source>Document checks</source>
        <translation>Verificaciones del documento</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="201"/>
        <source>Stay figures</source>
        <translation>Cifras de estancia</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="205"/>
        <location filename="../../midas_desktop/gui/control_line.py" line="207"/>
        <source>Past movements</source>
        <translation>Movimientos anteriores</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="210"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="211"/>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="212"/>
        <source>Exit</source>
        <translation>Salida</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="213"/>
        <source>Latest legal exit</source>
        <translation>Última salida legal</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="214"/>
        <source>Overstay days</source>
        <translation>Días de sobreestancia</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="215"/>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="224"/>
        <source>Record</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="230"/>
        <source>Days granted</source>
        <translation>Días otorgados</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="232"/>
        <source>Purpose</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="234"/>
        <source>Tourism</source>
        <translation>Turismo</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="235"/>
        <source>Business</source>
        <translation>Negocios</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="236"/>
        <source>Transit</source>
        <translation>Tránsito</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="237"/>
        <source>Work</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="238"/>
        <source>Study</source>
        <translation>Estudios</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="239"/>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="240"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="245"/>
        <source>Means of transport</source>
        <translation>Medio de transporte</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="246"/>
        <source>Land</source>
        <translation>Terrestre</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="246"/>
        <source>Air</source>
        <translation>Aéreo</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="246"/>
        <source>Sea</source>
        <translation>Marítimo</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="250"/>
        <source>Flight or vehicle number</source>
        <translation>Número de vuelo o vehículo</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="251"/>
        <source>&amp;Days granted</source>
        <translation>&amp;Días otorgados</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="252"/>
        <source>&amp;Purpose</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="253"/>
        <source>&amp;Transport</source>
        <translation>&amp;Transporte</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="254"/>
        <source>&amp;Flight / vehicle</source>
        <translation>&amp;Vuelo / vehículo</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="260"/>
        <source>Record &amp;entry (F9)</source>
        <translation>Registrar &amp;entrada (F9)</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="261"/>
        <source>Record e&amp;xit (F10)</source>
        <translation>Registrar &amp;salida (F10)</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="269"/>
        <source>Re&amp;fuse entry… (F11)</source>
        <translation>&amp;Rechazar entrada… (F11)</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="270"/>
        <source>Refuse entry (F11)</source>
        <translation>Rechazar entrada (F11)</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="276"/>
        <source>&amp;Grant extension…</source>
        <translation>&amp;Conceder prórroga…</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="277"/>
        <source>Grant extension</source>
        <translation>Conceder prórroga</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="283"/>
        <source>Recording result</source>
        <translation>Resultado del registro</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="340"/>
        <source>Rule: %1 (allowance %2 days). Days used: %3. Days remaining: %4. Latest legal exit: %5.</source>
        <translation>Regla: %1 (permite %2 días). Días usados: %3. Días restantes: %4. Última salida legal: %5.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="351"/>
        <source>Exempt from stay limits: %1.</source>
        <translation>Exento de límites de estancia: %1.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="355"/>
        <source>No stay figures: the document is not valid.</source>
        <translation>Sin cifras de estancia: el documento no es válido.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="365"/>
        <source>unreadable</source>
        <translation>ilegible</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="366"/>
        <source>INVALID DOCUMENT: %1</source>
        <translation>DOCUMENTO NO VÁLIDO: %1</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="368"/>
        <source>STOP: see the alerts before recording</source>
        <translation>ALTO: revise las alertas antes de registrar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../midas_desktop/gui/control_line.py" line="370"/>
        <source>ATTENTION: %n alert(s)</source>
        <translation>
            <numerusform>ATENCIÓN: %n alerta</numerusform>
            <numerusform>ATENCIÓN: %n alertas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="372"/>
        <source>VALID DOCUMENT: no alerts</source>
        <translation>DOCUMENTO VÁLIDO: sin alertas</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="387"/>
        <source>check digit %1: correct</source>
        <translation>dígito de control %1: correcto</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="391"/>
        <source>check digit %1: WRONG (expected %2, found %3)</source>
        <translation>dígito de control %1: INCORRECTO (se esperaba %2, se leyó %3)</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="399"/>
        <source>expiry: EXPIRED on %1</source>
        <translation>vencimiento: VENCIDO el %1</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="401"/>
        <source>expiry: valid until %1</source>
        <translation>vencimiento: válido hasta el %1</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="407"/>
        <source>age: %1, a MINOR</source>
        <translation>edad: %1, MENOR DE EDAD</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="409"/>
        <source>age: %1</source>
        <translation>edad: %1</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="437"/>
        <source>%1 day(s) after the stay of %2</source>
        <translation>%1 día(s) después de la estancia del %2</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="449"/>
        <source>%1 day(s) over the allowance</source>
        <translation>%1 día(s) por encima de lo permitido</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="453"/>
        <source>The traveller is in the country: an exit is expected.</source>
        <translation>El viajero está en el país: se espera una salida.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="464"/>
        <source>(in the country)</source>
        <translation>(en el país)</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="486"/>
        <location filename="../../midas_desktop/gui/control_line.py" line="523"/>
        <source>Check a valid document first.</source>
        <translation>Primero verifique un documento válido.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="570"/>
        <source>Extend the stay of %1, %2</source>
        <translation>Prorrogar la estancia de %1, %2</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="589"/>
        <source>Extension granted: latest legal exit now %1.</source>
        <translation>Prórroga concedida: la última salida legal es ahora el %1.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="619"/>
        <source>New captures are refused: %1 record(s) have waited %2 day(s) unsent, past the limit of %3 days. Sync with the central server (Sync tab) before recording.</source>
        <translation>Se rechazan nuevos registros: %1 registro(s) llevan %2 día(s) sin enviarse, más que el límite de %3 días. Sincronice con el servidor central (pestaña Sincronización) antes de registrar.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="631"/>
        <source>%1 record(s) have waited %2 day(s) unsent (warning after %3 days). Sync with the central server soon.</source>
        <translation>%1 registro(s) llevan %2 día(s) sin enviarse (aviso a partir de %3 días). Sincronice pronto con el servidor central.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="648"/>
        <source>Entry refused at %1; reason: %2.</source>
        <translation>Entrada rechazada a las %1; motivo: %2.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="654"/>
        <source>Entry recorded at %1.</source>
        <translation>Entrada registrada a las %1.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="654"/>
        <source>Exit recorded at %1.</source>
        <translation>Salida registrada a las %1.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="657"/>
        <source>Days used: %1; latest legal exit: %2.</source>
        <translation>Días usados: %1; última salida legal: %2.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="665"/>
        <source>Alert raised</source>
        <translation>Alerta generada</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="699"/>
        <source>image reading is not installed</source>
        <translation>la lectura de imágenes no está instalada</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="707"/>
        <source>Open a document image</source>
        <translation>Abrir una imagen del documento</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="709"/>
        <source>Images (*.jpg *.jpeg *.png *.tif *.tiff *.bmp)</source>
        <translation>Imágenes (*.jpg *.jpeg *.png *.tif *.tiff *.bmp)</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="721"/>
        <source>Reading %1 …</source>
        <translation>Leyendo %1 …</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="729"/>
        <source>Reading cancelled.</source>
        <translation>Lectura cancelada.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="749"/>
        <source>No MRZ could be read from the image; scan again or type the lines.</source>
        <translation>No se pudo leer la MRZ de la imagen; vuelva a escanear o escriba las líneas.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="753"/>
        <source>MRZ read.</source>
        <translation>MRZ leída.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="756"/>
        <source>The MRZ read has problems: compare it with the document, correct it and press Ctrl+Enter.</source>
        <translation>La MRZ leída tiene problemas: compárela con el documento, corríjala y pulse Ctrl+Intro.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="820"/>
        <source>%1 fps</source>
        <translation>%1 fps</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="824"/>
        <source>The camera could not be opened.</source>
        <translation>No se pudo abrir la cámara.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="828"/>
        <source>Hold the document still in front of the camera …</source>
        <translation>Mantenga el documento quieto frente a la cámara …</translation>
    </message>
</context>
<context>
    <name>ExtensionDialog</name>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="129"/>
        <location filename="../../midas_desktop/gui/dialogs.py" line="148"/>
        <source>Grant extension</source>
        <translation>Conceder prórroga</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="135"/>
        <source>Days of extension</source>
        <translation>Días de prórroga</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="137"/>
        <source>Granting authority</source>
        <translation>Autoridad que la concede</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="139"/>
        <source>Reason for the extension</source>
        <translation>Motivo de la prórroga</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="140"/>
        <source>&amp;Days</source>
        <translation>&amp;Días</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="141"/>
        <source>&amp;Authority</source>
        <translation>&amp;Autoridad</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="142"/>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
</context>
<context>
    <name>FirstRunScreen</name>
    <message>
        <location filename="../../midas_desktop/gui/first_run.py" line="58"/>
        <source>No post store was found at %1. Create it for this post.</source>
        <translation>No se encontró el almacén del puesto en %1. Créelo para este puesto.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/first_run.py" line="78"/>
        <source>Post &amp;code</source>
        <translation>&amp;Código del puesto</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/first_run.py" line="78"/>
        <source>Post code</source>
        <translation>Código del puesto</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/first_run.py" line="79"/>
        <source>Post &amp;name</source>
        <translation>&amp;Nombre del puesto</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/first_run.py" line="79"/>
        <source>Post name</source>
        <translation>Nombre del puesto</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/first_run.py" line="80"/>
        <source>C&amp;ountry</source>
        <translation>&amp;País</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/first_run.py" line="80"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/first_run.py" line="81"/>
        <source>&amp;Time zone</source>
        <translation>&amp;Zona horaria</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/first_run.py" line="81"/>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/first_run.py" line="82"/>
        <source>&amp;Administrator</source>
        <translation>&amp;Administrador</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/first_run.py" line="82"/>
        <source>Administrator user name</source>
        <translation>Usuario administrador</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/first_run.py" line="83"/>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/first_run.py" line="83"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/first_run.py" line="84"/>
        <source>Password a&amp;gain</source>
        <translation>Repita la contra&amp;seña</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/first_run.py" line="84"/>
        <source>Password again</source>
        <translation>Repita la contraseña</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/first_run.py" line="91"/>
        <location filename="../../midas_desktop/gui/first_run.py" line="92"/>
        <source>Create the store</source>
        <translation>Crear el almacén</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/first_run.py" line="104"/>
        <source>This is the store&apos;s recovery key. It is shown only once. Write it down and keep it in a safe place: it opens the store if every administrator password is lost.</source>
        <translation>Esta es la clave de recuperación del almacén. Se muestra una sola vez. Anótela y guárdela en un lugar seguro: abre el almacén si se pierden todas las contraseñas de administrador.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/first_run.py" line="114"/>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/first_run.py" line="115"/>
        <source>I have &amp;written it down</source>
        <translation>La he &amp;anotado</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/first_run.py" line="116"/>
        <source>Continue to login</source>
        <translation>Continuar al inicio de sesión</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/first_run.py" line="131"/>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="13"/>
        <source>Overstay</source>
        <translation>Sobreestancia</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="14"/>
        <source>Watchlist hit</source>
        <translation>Coincidencia en lista de alerta</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="15"/>
        <source>Previous overstay</source>
        <translation>Sobreestancia anterior</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="16"/>
        <source>Expired document</source>
        <translation>Documento vencido</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="17"/>
        <source>Invalid document</source>
        <translation>Documento no válido</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="18"/>
        <source>Missing exit</source>
        <translation>Salida no registrada</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="19"/>
        <source>Exit without entry</source>
        <translation>Salida sin entrada</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="20"/>
        <source>No stay remaining</source>
        <translation>Sin estancia disponible</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="23"/>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="24"/>
        <source>Acknowledged</source>
        <translation>Reconocida</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="25"/>
        <source>Escalated</source>
        <translation>Escalada</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="26"/>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="29"/>
        <source>Officer</source>
        <translation>Oficial</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="30"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="31"/>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="34"/>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="35"/>
        <source>Exit</source>
        <translation>Salida</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="39"/>
        <source>same document</source>
        <translation>mismo documento</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="40"/>
        <source>same document number</source>
        <translation>mismo número de documento</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="41"/>
        <source>name and birth date</source>
        <translation>nombre y fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="42"/>
        <source>name</source>
        <translation>nombre</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <location filename="../../midas_desktop/gui/login.py" line="46"/>
        <source>MIDAS — border post</source>
        <translation>MIDAS — puesto fronterizo</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/login.py" line="49"/>
        <source>Store: %1</source>
        <translation>Almacén: %1</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/login.py" line="54"/>
        <source>User name</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/login.py" line="57"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/login.py" line="59"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/login.py" line="66"/>
        <source>&amp;User</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/login.py" line="67"/>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/login.py" line="68"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/login.py" line="74"/>
        <location filename="../../midas_desktop/gui/login.py" line="75"/>
        <source>Log in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/login.py" line="83"/>
        <source>Login message</source>
        <translation>Mensaje de inicio de sesión</translation>
    </message>
    <message numerus="yes">
        <location filename="../../midas_desktop/gui/login.py" line="109"/>
        <source>Too many failed attempts: wait %n second(s).</source>
        <translation>
            <numerusform>Demasiados intentos fallidos: espere %n segundo.</numerusform>
            <numerusform>Demasiados intentos fallidos: espere %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/login.py" line="122"/>
        <source>You may try again.</source>
        <translation>Puede intentarlo de nuevo.</translation>
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
        <translation>Sesión iniciada como</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/main_window.py" line="43"/>
        <source>My password…</source>
        <translation>Mi contraseña…</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/main_window.py" line="45"/>
        <source>&amp;Lock (Ctrl+L)</source>
        <translation>&amp;Bloquear (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/main_window.py" line="51"/>
        <source>Screens</source>
        <translation>Pantallas</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/main_window.py" line="55"/>
        <source>Control line</source>
        <translation>Control migratorio</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/main_window.py" line="67"/>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/main_window.py" line="72"/>
        <source>Statistics</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/main_window.py" line="77"/>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/main_window.py" line="82"/>
        <source>Stay rules and post</source>
        <translation>Reglas de estancia y puesto</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/main_window.py" line="88"/>
        <source>Retention and backups</source>
        <translation>Conservación y copias</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/main_window.py" line="96"/>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/main_window.py" line="99"/>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/main_window.py" line="115"/>
        <source>Change my password</source>
        <translation>Cambiar mi contraseña</translation>
    </message>
</context>
<context>
    <name>MaintenanceView</name>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="213"/>
        <source>Retention of personal data</source>
        <translation>Conservación de datos personales</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="217"/>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="221"/>
        <source> years</source>
        <translation> años</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="218"/>
        <source>Keep movements after the exit (years)</source>
        <translation>Conservar movimientos tras la salida (años)</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="222"/>
        <source>Keep overstay cases (years)</source>
        <translation>Conservar casos de permanencia excedida (años)</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="225"/>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="266"/>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="289"/>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="294"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="226"/>
        <source>Warn before erasure (days)</source>
        <translation>Avisar antes del borrado (días)</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="227"/>
        <source>Keep movements after the exit</source>
        <translation>Conservar movimientos tras la salida</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="228"/>
        <source>Keep overstay cases</source>
        <translation>Conservar casos de permanencia excedida</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="229"/>
        <source>Warn before erasure</source>
        <translation>Avisar antes del borrado</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="230"/>
        <source>Save retention rules</source>
        <translation>Guardar reglas de conservación</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="234"/>
        <source>&amp;Preview purge</source>
        <translation>&amp;Vista previa del borrado</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="236"/>
        <source>Purge &amp;now…</source>
        <translation>Borrar &amp;ahora…</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="243"/>
        <source>Purge preview</source>
        <translation>Vista previa del borrado</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="247"/>
        <source>Daily purge</source>
        <translation>Borrado diario</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="252"/>
        <source>Backups (this PC)</source>
        <translation>Copias de seguridad (este PC)</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="256"/>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="363"/>
        <source>Backup folder</source>
        <translation>Carpeta de copias</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="257"/>
        <source>empty: no scheduled backup</source>
        <translation>vacía: sin copias programadas</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="258"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="262"/>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="267"/>
        <source>Back up every (days)</source>
        <translation>Copiar cada (días)</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="268"/>
        <source>Back up every</source>
        <translation>Copiar cada</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="269"/>
        <source>Save backup settings</source>
        <translation>Guardar ajustes de copia</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="271"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Copiar ahora</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="279"/>
        <source>Last backup</source>
        <translation>Última copia</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="284"/>
        <source>Records not yet sent to the central server</source>
        <translation>Registros aún no enviados al servidor central</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="288"/>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="293"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="290"/>
        <source>Warn after (days)</source>
        <translation>Avisar después de (días)</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="295"/>
        <source>Refuse new captures after (days)</source>
        <translation>Rechazar nuevos registros después de (días)</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="296"/>
        <source>Warn after</source>
        <translation>Avisar después de</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="297"/>
        <source>Refuse new captures after</source>
        <translation>Rechazar nuevos registros después de</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="298"/>
        <source>Save limits</source>
        <translation>Guardar límites</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="339"/>
        <source>Retention rules saved.</source>
        <translation>Reglas de conservación guardadas.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="352"/>
        <source>Limits saved.</source>
        <translation>Límites guardados.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="371"/>
        <source>%1 stay(s), %2 movement(s), %3 alert(s) and %4 traveller(s)</source>
        <translation>%1 estancia(s), %2 movimiento(s), %3 alerta(s) y %4 viajero(s)</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="388"/>
        <source>Due for erasure today: %1 stay(s) and %2 movement(s). Falling due within %3 days: %4 stay(s).</source>
        <translation>Para borrar hoy: %1 estancia(s) y %2 movimiento(s). Vencen en los próximos %3 días: %4 estancia(s).</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="406"/>
        <source>Nothing is due for erasure today.</source>
        <translation>Hoy no hay nada que borrar.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="410"/>
        <source>Purge now</source>
        <translation>Borrar ahora</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="412"/>
        <source>Erase for good %1 stay(s) and %2 movement(s) past their retention period? This cannot be undone.</source>
        <translation>¿Borrar definitivamente %1 estancia(s) y %2 movimiento(s) cuyo plazo de conservación ha vencido? No se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="425"/>
        <source>Erased: %1.</source>
        <translation>Borrado: %1.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="432"/>
        <source>The daily purge failed: %1</source>
        <translation>El borrado diario falló: %1</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="436"/>
        <source>Today&apos;s purge erased %1; %2 stay(s) fall due within %3 days.</source>
        <translation>El borrado de hoy eliminó %1; %2 estancia(s) vencen en los próximos %3 días.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="445"/>
        <source>Last daily purge: %1.</source>
        <translation>Último borrado diario: %1.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="453"/>
        <source>Choose a backup folder first.</source>
        <translation>Elija primero una carpeta de copias.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="459"/>
        <source>Backing up to %1 …</source>
        <translation>Copiando en %1 …</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="466"/>
        <source>No backup made from this PC yet.</source>
        <translation>Aún no se ha hecho ninguna copia desde este PC.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="469"/>
        <source>Last backup: %1, written to %2.</source>
        <translation>Última copia: %1, guardada en %2.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_maintenance.py" line="475"/>
        <source>Last backup FAILED at %1: %2</source>
        <translation>La última copia FALLÓ el %1: %2</translation>
    </message>
</context>
<context>
    <name>PostSettingsBox</name>
    <message>
        <location filename="../../midas_desktop/gui/admin_rules.py" line="176"/>
        <source>Post and this PC</source>
        <translation>Puesto y este equipo</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_rules.py" line="180"/>
        <source>Post</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_rules.py" line="181"/>
        <source>Country / time zone</source>
        <translation>País / zona horaria</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_rules.py" line="186"/>
        <source>Lock after idle minutes</source>
        <translation>Bloquear tras minutos de inactividad</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_rules.py" line="188"/>
        <location filename="../../midas_desktop/gui/admin_rules.py" line="192"/>
        <source>Scanner drop folder</source>
        <translation>Carpeta del escáner</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_rules.py" line="190"/>
        <source>Camera (number or video file)</source>
        <translation>Cámara (número o archivo de vídeo)</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_rules.py" line="191"/>
        <source>Lock after idle</source>
        <translation>Bloquear tras inactividad</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_rules.py" line="193"/>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_rules.py" line="194"/>
        <source>Save PC settings</source>
        <translation>Guardar ajustes del equipo</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_rules.py" line="197"/>
        <source>&amp;Import watchlist CSV…</source>
        <translation>&amp;Importar lista de alerta CSV…</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_rules.py" line="213"/>
        <source>Watchlist CSV</source>
        <translation>Lista de alerta CSV</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_rules.py" line="213"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_rules.py" line="227"/>
        <source>Imported %1 entries; %2 rows rejected.</source>
        <translation>Importadas %1 entradas; %2 filas rechazadas.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="195"/>
        <source>New recovery key</source>
        <translation>Nueva clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="199"/>
        <source>The database key was rotated. Write down the new recovery key and keep it in a safe place: it is shown only this once.</source>
        <translation>Se cambió la clave de la base de datos. Anote la nueva clave de recuperación y guárdela en un lugar seguro: solo se muestra esta vez.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="209"/>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="212"/>
        <source>These users need a new password before they can log in again: %1</source>
        <translation>Estos usuarios necesitan una contraseña nueva para volver a entrar: %1</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="216"/>
        <source>No other user had a password to reset.</source>
        <translation>Ningún otro usuario tenía contraseña que restablecer.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="219"/>
        <source>Users to reset</source>
        <translation>Usuarios por restablecer</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="221"/>
        <source>I have &amp;written it down</source>
        <translation>La he &amp;anotado</translation>
    </message>
</context>
<context>
    <name>RefusalDialog</name>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="102"/>
        <location filename="../../midas_desktop/gui/dialogs.py" line="113"/>
        <source>Refuse entry</source>
        <translation>Rechazar entrada</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="105"/>
        <source>Refuse the entry of %1. The reason is recorded.</source>
        <translation>Rechazar la entrada de %1. El motivo queda registrado.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="108"/>
        <source>Reason for the refusal</source>
        <translation>Motivo del rechazo</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="109"/>
        <source>Reason (required)</source>
        <translation>Motivo (obligatorio)</translation>
    </message>
</context>
<context>
    <name>RotateKeyDialog</name>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="163"/>
        <source>Rotate database key</source>
        <translation>Cambiar la clave de la base de datos</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="167"/>
        <source>The whole store is encrypted again under a new key. Afterwards only you can log in: every other user needs a new password from an administrator (Users, Reset password). A new recovery key is shown once; the old one stops working.</source>
        <translation>Todo el almacén se cifra de nuevo con una clave nueva. Después solo usted podrá entrar: cada uno de los demás usuarios necesitará una contraseña nueva de un administrador (Usuarios, Restablecer contraseña). Se muestra una sola vez una nueva clave de recuperación; la anterior deja de servir.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="177"/>
        <source>Your password</source>
        <translation>Su contraseña</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="178"/>
        <source>Your &amp;password</source>
        <translation>Su &amp;contraseña</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="184"/>
        <source>Rotate the key</source>
        <translation>Cambiar la clave</translation>
    </message>
</context>
<context>
    <name>RulesView</name>
    <message>
        <location filename="../../midas_desktop/gui/admin_rules.py" line="41"/>
        <source>Stay rules</source>
        <translation>Reglas de estancia</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_rules.py" line="44"/>
        <location filename="../../midas_desktop/gui/admin_rules.py" line="66"/>
        <location filename="../../midas_desktop/gui/admin_rules.py" line="86"/>
        <source>Admitting country</source>
        <translation>País que admite</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_rules.py" line="45"/>
        <location filename="../../midas_desktop/gui/admin_rules.py" line="68"/>
        <location filename="../../midas_desktop/gui/admin_rules.py" line="87"/>
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_rules.py" line="46"/>
        <location filename="../../midas_desktop/gui/admin_rules.py" line="70"/>
        <location filename="../../midas_desktop/gui/admin_rules.py" line="88"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_rules.py" line="47"/>
        <location filename="../../midas_desktop/gui/admin_rules.py" line="77"/>
        <location filename="../../midas_desktop/gui/admin_rules.py" line="89"/>
        <source>Days (N)</source>
        <translation>Días (N)</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_rules.py" line="48"/>
        <location filename="../../midas_desktop/gui/admin_rules.py" line="81"/>
        <location filename="../../midas_desktop/gui/admin_rules.py" line="90"/>
        <source>Window (M)</source>
        <translation>Ventana (M)</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_rules.py" line="49"/>
        <location filename="../../midas_desktop/gui/admin_rules.py" line="73"/>
        <location filename="../../midas_desktop/gui/admin_rules.py" line="84"/>
        <location filename="../../midas_desktop/gui/admin_rules.py" line="91"/>
        <source>Shared area</source>
        <translation>Área compartida</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_rules.py" line="57"/>
        <source>&apos;*&apos; is every admitting country; an empty nationality is every nationality.</source>
        <translation>&apos;*&apos; es cualquier país que admite; una nacionalidad vacía es cualquier nacionalidad.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_rules.py" line="63"/>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_rules.py" line="71"/>
        <source>Days per entry</source>
        <translation>Días por entrada</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_rules.py" line="72"/>
        <source>N days in any M days</source>
        <translation>N días en cualquier periodo de M días</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_rules.py" line="94"/>
        <source>&amp;Save rule</source>
        <translation>&amp;Guardar regla</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_rules.py" line="96"/>
        <source>&amp;Delete rule</source>
        <translation>&amp;Eliminar regla</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_rules.py" line="119"/>
        <source>(all)</source>
        <translation>(todas)</translation>
    </message>
</context>
<context>
    <name>ServiceMessages</name>
    <message>
        <location filename="../../midas_desktop/gui/i18n.py" line="19"/>
        <source>wrong user name or password</source>
        <translation>usuario o contraseña incorrectos</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/i18n.py" line="20"/>
        <source>this account is disabled or does not match its key slot</source>
        <translation>esta cuenta está desactivada o no corresponde a su ranura de clave</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/i18n.py" line="21"/>
        <source>a password needs at least 8 characters</source>
        <translation>la contraseña necesita al menos 8 caracteres</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/i18n.py" line="22"/>
        <source>resolving an alert needs a note</source>
        <translation>para resolver una alerta hace falta una nota</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/i18n.py" line="23"/>
        <source>the current password is wrong</source>
        <translation>la contraseña actual es incorrecta</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/i18n.py" line="24"/>
        <source>the post needs at least one active administrator; add another one first</source>
        <translation>el puesto necesita al menos un administrador activo; agregue otro primero</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/i18n.py" line="27"/>
        <source>you cannot disable your own account; ask another administrator</source>
        <translation>no puede desactivar su propia cuenta; pídalo a otro administrador</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/i18n.py" line="28"/>
        <source>the store is busy in another program; try again</source>
        <translation>el almacén está ocupado por otro programa; inténtelo de nuevo</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/i18n.py" line="29"/>
        <source>the disk is full: nothing was recorded</source>
        <translation>el disco está lleno: no se registró nada</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/i18n.py" line="30"/>
        <source>the post code, the post name and the administrator&apos;s name may not be empty</source>
        <translation>el código del puesto, su nombre y el del administrador no pueden estar vacíos</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/i18n.py" line="33"/>
        <source>a user name may not be empty or contain spaces</source>
        <translation>el usuario no puede estar vacío ni contener espacios</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/i18n.py" line="34"/>
        <source>days granted must be at least 1</source>
        <translation>los días otorgados deben ser al menos 1</translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <location filename="../../midas_desktop/gui/statistics_view.py" line="58"/>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/statistics_view.py" line="62"/>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/statistics_view.py" line="63"/>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/statistics_view.py" line="65"/>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/statistics_view.py" line="66"/>
        <source>Export &amp;XLSX…</source>
        <translation>Exportar &amp;XLSX…</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/statistics_view.py" line="67"/>
        <source>Export &amp;PDF…</source>
        <translation>Exportar &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/statistics_view.py" line="71"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/statistics_view.py" line="73"/>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/statistics_view.py" line="82"/>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/statistics_view.py" line="84"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/statistics_view.py" line="92"/>
        <source>Totals</source>
        <translation>Totales</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/statistics_view.py" line="96"/>
        <location filename="../../midas_desktop/gui/statistics_view.py" line="145"/>
        <source>Entries and exits by day</source>
        <translation>Entradas y salidas por día</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/statistics_view.py" line="98"/>
        <source>Movements by nationality</source>
        <translation>Movimientos por nacionalidad</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/statistics_view.py" line="100"/>
        <location filename="../../midas_desktop/gui/statistics_view.py" line="139"/>
        <source>Overstays by nationality</source>
        <translation>Sobreestancias por nacionalidad</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/statistics_view.py" line="126"/>
        <source>Post %1 — entries: %2, exits: %3, overstays today: %4</source>
        <translation>Puesto %1 — entradas: %2, salidas: %3, sobreestancias hoy: %4</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/statistics_view.py" line="135"/>
        <source>Movements by nationality (top 10)</source>
        <translation>Movimientos por nacionalidad (10 primeras)</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/statistics_view.py" line="147"/>
        <location filename="../../midas_desktop/gui/statistics_view.py" line="227"/>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/statistics_view.py" line="148"/>
        <location filename="../../midas_desktop/gui/statistics_view.py" line="228"/>
        <source>Exits</source>
        <translation>Salidas</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/statistics_view.py" line="197"/>
        <source>Export statistics</source>
        <translation>Exportar estadísticas</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/statistics_view.py" line="224"/>
        <source>Movement statistics</source>
        <translation>Estadísticas de movimientos</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/statistics_view.py" line="225"/>
        <source>Post</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/statistics_view.py" line="226"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/statistics_view.py" line="229"/>
        <source>Overstays today</source>
        <translation>Sobreestancias hoy</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/statistics_view.py" line="230"/>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/statistics_view.py" line="231"/>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/statistics_view.py" line="232"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/statistics_view.py" line="251"/>
        <source>Exporting …</source>
        <translation>Exportando …</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/statistics_view.py" line="257"/>
        <source>Export cancelled.</source>
        <translation>Exportación cancelada.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/statistics_view.py" line="267"/>
        <source>Written: %1</source>
        <translation>Escrito: %1</translation>
    </message>
</context>
<context>
    <name>SyncPlaceholder</name>
    <message>
        <source>not enrolled with a central server</source>
        <translation type="vanished">no inscrito en un servidor central</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation type="vanished">Estado de sincronización</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <location filename="../../midas_desktop/gui/sync_view.py" line="65"/>
        <source>Sync status</source>
        <translation>Estado de la sincronización</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/sync_view.py" line="75"/>
        <source>Central server</source>
        <translation>Servidor central</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/sync_view.py" line="76"/>
        <source>Records waiting to be sent</source>
        <translation>Registros pendientes de envío</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/sync_view.py" line="77"/>
        <source>Last attempt</source>
        <translation>Último intento</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/sync_view.py" line="78"/>
        <source>Last success</source>
        <translation>Último éxito</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/sync_view.py" line="79"/>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/sync_view.py" line="85"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/sync_view.py" line="89"/>
        <source>Sync in progress</source>
        <translation>Sincronización en curso</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/sync_view.py" line="91"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/sync_view.py" line="100"/>
        <source>Sync result</source>
        <translation>Resultado de la sincronización</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/sync_view.py" line="112"/>
        <source>Sync is not installed on this PC.</source>
        <translation>La sincronización no está instalada en este PC.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/sync_view.py" line="123"/>
        <source>This post is enrolled with a central server.</source>
        <translation>Este puesto está inscrito en un servidor central.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/sync_view.py" line="129"/>
        <source>This post is not enrolled with a central server. An administrator enrols it on the command line: midas post enrol --server URL --token TOKEN</source>
        <translation>Este puesto no está inscrito en un servidor central. Un administrador lo inscribe desde la línea de comandos: midas post enrol --server URL --token TOKEN</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/sync_view.py" line="152"/>
        <source>Background sync every %1 minute(s) while the app is open.</source>
        <translation>Sincronización automática cada %1 minuto(s) mientras la aplicación está abierta.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/sync_view.py" line="173"/>
        <source>A sync is still running; wait for it to finish.</source>
        <translation>Hay una sincronización en curso; espere a que termine.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/sync_view.py" line="175"/>
        <source>The sync that was cancelled is still finishing; try again in a moment.</source>
        <translation>La sincronización cancelada aún está terminando; inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/sync_view.py" line="188"/>
        <source>Background sync running …</source>
        <translation>Sincronización automática en curso …</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/sync_view.py" line="188"/>
        <source>Syncing …</source>
        <translation>Sincronizando …</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/sync_view.py" line="200"/>
        <source>Stopped waiting. The batch under way finishes in the background; nothing is lost.</source>
        <translation>Se dejó de esperar. El lote en curso termina en segundo plano; no se pierde nada.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/sync_view.py" line="207"/>
        <source>Sync done: %1 sent, %2 acknowledged, %3 received from other posts.</source>
        <translation>Sincronización hecha: %1 enviados, %2 confirmados, %3 recibidos de otros puestos.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/sync_view.py" line="217"/>
        <source>Sync failed: %1</source>
        <translation>La sincronización falló: %1</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="40"/>
        <source>User name</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="42"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="46"/>
        <source>Current password</source>
        <translation>Contraseña actual</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="48"/>
        <source>New password</source>
        <translation>Contraseña nueva</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="50"/>
        <source>New password again</source>
        <translation>Repita la contraseña nueva</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="54"/>
        <source>&amp;User name</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="56"/>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="58"/>
        <source>&amp;Current password</source>
        <translation>Contraseña &amp;actual</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="59"/>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="60"/>
        <source>Password a&amp;gain</source>
        <translation>Repita la contra&amp;seña</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="83"/>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
</context>
<context>
    <name>UsersView</name>
    <message>
        <location filename="../../midas_desktop/gui/admin_users.py" line="43"/>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_users.py" line="45"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_users.py" line="45"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_users.py" line="45"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_users.py" line="45"/>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_users.py" line="53"/>
        <source>&amp;Add user…</source>
        <translation>&amp;Agregar usuario…</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_users.py" line="54"/>
        <source>Change &amp;role…</source>
        <translation>Cambiar &amp;rol…</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_users.py" line="55"/>
        <source>Reset &amp;password…</source>
        <translation>Restablecer &amp;contraseña…</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_users.py" line="56"/>
        <source>&amp;Disable</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_users.py" line="66"/>
        <source>Rotate database &amp;key…</source>
        <translation>Cambiar la &amp;clave de la base de datos…</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_users.py" line="72"/>
        <source>Key rotation</source>
        <translation>Cambio de clave</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_users.py" line="91"/>
        <source>needs a new password</source>
        <translation>necesita una contraseña nueva</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_users.py" line="93"/>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_users.py" line="201"/>
        <source>The database key was rotated. Users who need a new password: %1</source>
        <translation>Se cambió la clave de la base de datos. Usuarios que necesitan una contraseña nueva: %1</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_users.py" line="89"/>
        <source>disabled</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_users.py" line="111"/>
        <source>Add user</source>
        <translation>Agregar usuario</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_users.py" line="132"/>
        <source>Change the role of %1</source>
        <translation>Cambiar el rol de %1</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_users.py" line="149"/>
        <source>New password for %1</source>
        <translation>Contraseña nueva para %1</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_users.py" line="167"/>
        <source>Disable user</source>
        <translation>Desactivar usuario</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_users.py" line="168"/>
        <source>Disable %1? They will no longer be able to log in.</source>
        <translation>¿Desactivar a %1? Ya no podrá iniciar sesión.</translation>
    </message>
</context>
</TS>
