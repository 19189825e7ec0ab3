<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AlertTableModel</name>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="52"/>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="53"/>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="54"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="55"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="56"/>
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="57"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
</context>
<context>
    <name>AlertsView</name>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="152"/>
        <source>Filter by kind</source>
        <translation>Filtrar por tipo</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="153"/>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="157"/>
        <source>Filter by status</source>
        <translation>Filtrar por estado</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="158"/>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="163"/>
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="164"/>
        <source>Filter by nationality</source>
        <translation>Filtrar por nacionalidad</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="168"/>
        <source>From day</source>
        <translation>Desde el día</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="171"/>
        <source>To day</source>
        <translation>Hasta el día</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="172"/>
        <source>Run overstay &amp;scan</source>
        <translation>Buscar &amp;sobreestancias</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="174"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="177"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="179"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="182"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="184"/>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="197"/>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="209"/>
        <source>Alert detail</source>
        <translation>Detalle de la alerta</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="211"/>
        <source>Note (needed to resolve)</source>
        <translation>Nota (necesaria para resolver)</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="212"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="216"/>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Reconocer</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="217"/>
        <source>&amp;Escalate</source>
        <translation>&amp;Escalar</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="218"/>
        <source>Res&amp;olve</source>
        <translation>Res&amp;olver</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/alerts_view.py" line="270"/>
        <source>Overstay scan running …</source>
        <translation>Búsqueda de sobreestancias en curso …</translation>
    </message>
    <message numerus="yes">
        <location filename="../../midas_desktop/gui/alerts_view.py" line="279"/>
        <source>Overstay scan: %n overstay(s) today.</source>
        <translation>
            <numerusform>Búsqueda: %n sobreestancia hoy.</numerusform>
            <numerusform>Búsqueda: %n sobreestancias hoy.</numerusform>
        </translation>
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
        <location filename="../../midas_desktop/gui/audit_view.py" line="66"/>
        <source>Chain intact: %1 entries verified.</source>
        <translation>Cadena íntegra: %1 entradas verificadas.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/audit_view.py" line="72"/>
        <source>CHAIN BROKEN: %1</source>
        <translation>CADENA ROTA: %1</translation>
    </message>
</context>
<context>
    <name>ControlLineView</name>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="101"/>
        <location filename="../../midas_desktop/gui/control_line.py" line="167"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="103"/>
        <source>Scan with the MRZ reader, or type the lines (Ctrl+M); Enter checks.</source>
        <translation>Pase el documento por el lector MRZ o escriba las líneas (Ctrl+M); Intro verifica.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="107"/>
        <source>MRZ lines</source>
        <translation>Líneas MRZ</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="111"/>
        <source>Check (Ctrl+Enter)</source>
        <translation>Verificar (Ctrl+Intro)</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="113"/>
        <source>Image… (Ctrl+O)</source>
        <translation>Imagen… (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="115"/>
        <source>Camera (Ctrl+K)</source>
        <translation>Cámara (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="124"/>
        <source>Reading progress</source>
        <translation>Progreso de lectura</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="126"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="134"/>
        <source>Input message</source>
        <translation>Mensaje de entrada</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="137"/>
        <source>No image</source>
        <translation>Sin imagen</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="140"/>
        <source>Document image</source>
        <translation>Imagen del documento</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="143"/>
        <source>Portrait</source>
        <translation>Fotografía</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="153"/>
        <source>Checks</source>
        <translation>Verificaciones</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="155"/>
        <location filename="../../midas_desktop/gui/control_line.py" line="520"/>
        <source>Waiting for a document</source>
        <translation>Esperando un documento</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="157"/>
        <source>Verdict</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="162"/>
        <source>Surname</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="163"/>
        <source>Given names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="164"/>
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="165"/>
        <source>Birth date</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="166"/>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="168"/>
        <source>Expiry</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="178"/>
        <source>Document checks</source>
        <translation>Verificaciones del documento</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="182"/>
        <source>Stay figures</source>
        <translation>Cifras de estancia</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="186"/>
        <location filename="../../midas_desktop/gui/control_line.py" line="188"/>
        <source>Past movements</source>
        <translation>Movimientos anteriores</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="191"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="192"/>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="193"/>
        <source>Exit</source>
        <translation>Salida</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="194"/>
        <source>Latest legal exit</source>
        <translation>Última salida legal</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="195"/>
        <source>Overstay days</source>
        <translation>Días de sobreestancia</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="196"/>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="205"/>
        <source>Record</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="211"/>
        <source>Days granted</source>
        <translation>Días otorgados</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="213"/>
        <source>Purpose</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="215"/>
        <source>Tourism</source>
        <translation>Turismo</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="216"/>
        <source>Business</source>
        <translation>Negocios</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="217"/>
        <source>Transit</source>
        <translation>Tránsito</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="218"/>
        <source>Work</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="219"/>
        <source>Study</source>
        <translation>Estudios</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="220"/>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="221"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="226"/>
        <source>Means of transport</source>
        <translation>Medio de transporte</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="227"/>
        <source>Land</source>
        <translation>Terrestre</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="227"/>
        <source>Air</source>
        <translation>Aéreo</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="227"/>
        <source>Sea</source>
        <translation>Marítimo</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="231"/>
        <source>Flight or vehicle number</source>
        <translation>Número de vuelo o vehículo</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="232"/>
        <source>&amp;Days granted</source>
        <translation>&amp;Días otorgados</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="233"/>
        <source>&amp;Purpose</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="234"/>
        <source>&amp;Transport</source>
        <translation>&amp;Transporte</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="235"/>
        <source>&amp;Flight / vehicle</source>
        <translation>&amp;Vuelo / vehículo</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="241"/>
        <source>Record &amp;entry (F9)</source>
        <translation>Registrar &amp;entrada (F9)</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="242"/>
        <source>Record e&amp;xit (F10)</source>
        <translation>Registrar &amp;salida (F10)</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="252"/>
        <source>Recording result</source>
        <translation>Resultado del registro</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="309"/>
        <source>Rule: %1 (allowance %2 days). Days used: %3. Days remaining: %4. Latest legal exit: %5.</source>
        <translation>Regla: %1 (permite %2 días). Días usados: %3. Días restantes: %4. Última salida legal: %5.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="320"/>
        <source>Exempt from stay limits: %1.</source>
        <translation>Exento de límites de estancia: %1.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="324"/>
        <source>No stay figures: the document is not valid.</source>
        <translation>Sin cifras de estancia: el documento no es válido.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="334"/>
        <source>unreadable</source>
        <translation>ilegible</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="335"/>
        <source>INVALID DOCUMENT: %1</source>
        <translation>DOCUMENTO NO VÁLIDO: %1</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="337"/>
        <source>STOP: see the alerts before recording</source>
        <translation>ALTO: revise las alertas antes de registrar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../midas_desktop/gui/control_line.py" line="339"/>
        <source>ATTENTION: %n alert(s)</source>
        <translation>
            <numerusform>ATENCIÓN: %n alerta</numerusform>
            <numerusform>ATENCIÓN: %n alertas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="341"/>
        <source>VALID DOCUMENT: no alerts</source>
        <translation>DOCUMENTO VÁLIDO: sin alertas</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="355"/>
        <source>check digit %1: correct</source>
        <translation>dígito de control %1: correcto</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="359"/>
        <source>check digit %1: WRONG (expected %2, found %3)</source>
        <translation>dígito de control %1: INCORRECTO (se esperaba %2, se leyó %3)</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="367"/>
        <source>expiry: EXPIRED on %1</source>
        <translation>vencimiento: VENCIDO el %1</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="369"/>
        <source>expiry: valid until %1</source>
        <translation>vencimiento: válido hasta el %1</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="375"/>
        <source>age: %1, a MINOR</source>
        <translation>edad: %1, MENOR DE EDAD</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="377"/>
        <source>age: %1</source>
        <translation>edad: %1</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="405"/>
        <source>%1 day(s) after the stay of %2</source>
        <translation>%1 día(s) después de la estancia del %2</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="417"/>
        <source>%1 day(s) over the allowance</source>
        <translation>%1 día(s) por encima de lo permitido</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="421"/>
        <source>The traveller is in the country: an exit is expected.</source>
        <translation>El viajero está en el país: se espera una salida.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="432"/>
        <source>(in the country)</source>
        <translation>(en el país)</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="454"/>
        <source>Check a valid document first.</source>
        <translation>Primero verifique un documento válido.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="485"/>
        <source>Entry recorded at %1.</source>
        <translation>Entrada registrada a las %1.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="485"/>
        <source>Exit recorded at %1.</source>
        <translation>Salida registrada a las %1.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="488"/>
        <source>Days used: %1; latest legal exit: %2.</source>
        <translation>Días usados: %1; última salida legal: %2.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="496"/>
        <source>Alert raised</source>
        <translation>Alerta generada</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="528"/>
        <source>image reading is not installed</source>
        <translation>la lectura de imágenes no está instalada</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="536"/>
        <source>Open a document image</source>
        <translation>Abrir una imagen del documento</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="538"/>
        <source>Images (*.jpg *.jpeg *.png *.tif *.tiff *.bmp)</source>
        <translation>Imágenes (*.jpg *.jpeg *.png *.tif *.tiff *.bmp)</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="550"/>
        <source>Reading %1 …</source>
        <translation>Leyendo %1 …</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="558"/>
        <source>Reading cancelled.</source>
        <translation>Lectura cancelada.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="578"/>
        <source>No MRZ could be read from the image; scan again or type the lines.</source>
        <translation>No se pudo leer la MRZ de la imagen; vuelva a escanear o escriba las líneas.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="582"/>
        <source>MRZ read.</source>
        <translation>MRZ leída.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="585"/>
        <source>The MRZ read has problems: compare it with the document, correct it and press Ctrl+Enter.</source>
        <translation>La MRZ leída tiene problemas: compárela con el documento, corríjala y pulse Ctrl+Intro.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="649"/>
        <source>%1 fps</source>
        <translation>%1 fps</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="653"/>
        <source>The camera could not be opened.</source>
        <translation>No se pudo abrir la cámara.</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/control_line.py" line="657"/>
        <source>Hold the document still in front of the camera …</source>
        <translation>Mantenga el documento quieto frente a la cámara …</translation>
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
        <location filename="../../midas_desktop/gui/labels.py" line="11"/>
        <source>Overstay</source>
        <translation>Sobreestancia</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="12"/>
        <source>Watchlist hit</source>
        <translation>Coincidencia en lista de alerta</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="13"/>
        <source>Previous overstay</source>
        <translation>Sobreestancia anterior</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="14"/>
        <source>Expired document</source>
        <translation>Documento vencido</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="15"/>
        <source>Invalid document</source>
        <translation>Documento no válido</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="16"/>
        <source>Missing exit</source>
        <translation>Salida no registrada</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="17"/>
        <source>Exit without entry</source>
        <translation>Salida sin entrada</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="18"/>
        <source>No stay remaining</source>
        <translation>Sin estancia disponible</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="21"/>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="22"/>
        <source>Acknowledged</source>
        <translation>Reconocida</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="23"/>
        <source>Escalated</source>
        <translation>Escalada</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="24"/>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="27"/>
        <source>Officer</source>
        <translation>Oficial</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="28"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="29"/>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="32"/>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/labels.py" line="33"/>
        <source>Exit</source>
        <translation>Salida</translation>
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
        <location filename="../../midas_desktop/gui/main_window.py" line="46"/>
        <source>%1 — %2 · %3 (%4)</source>
        <translation>%1 — %2 · %3 (%4)</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/main_window.py" line="52"/>
        <source>Logged in as</source>
        <translation>Sesión iniciada como</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/main_window.py" line="54"/>
        <source>My password…</source>
        <translation>Mi contraseña…</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/main_window.py" line="56"/>
        <source>&amp;Lock (Ctrl+L)</source>
        <translation>&amp;Bloquear (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/main_window.py" line="62"/>
        <source>Screens</source>
        <translation>Pantallas</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/main_window.py" line="66"/>
        <source>Control line</source>
        <translation>Control migratorio</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/main_window.py" line="76"/>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/main_window.py" line="81"/>
        <source>Statistics</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/main_window.py" line="86"/>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/main_window.py" line="91"/>
        <source>Stay rules and post</source>
        <translation>Reglas de estancia y puesto</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/main_window.py" line="96"/>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/main_window.py" line="97"/>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/main_window.py" line="113"/>
        <source>Change my password</source>
        <translation>Cambiar mi contraseña</translation>
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
        <location filename="../../midas_desktop/gui/main_window.py" line="26"/>
        <source>not enrolled with a central server</source>
        <translation>no inscrito en un servidor central</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/main_window.py" line="27"/>
        <source>Sync status</source>
        <translation>Estado de sincronización</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="34"/>
        <source>User name</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="36"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="40"/>
        <source>Current password</source>
        <translation>Contraseña actual</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="42"/>
        <source>New password</source>
        <translation>Contraseña nueva</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="44"/>
        <source>New password again</source>
        <translation>Repita la contraseña nueva</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="48"/>
        <source>&amp;User name</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="50"/>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="52"/>
        <source>&amp;Current password</source>
        <translation>Contraseña &amp;actual</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="53"/>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="54"/>
        <source>Password a&amp;gain</source>
        <translation>Repita la contra&amp;seña</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/dialogs.py" line="77"/>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
</context>
<context>
    <name>UsersView</name>
    <message>
        <location filename="../../midas_desktop/gui/admin_users.py" line="35"/>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_users.py" line="37"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_users.py" line="37"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_users.py" line="37"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_users.py" line="37"/>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_users.py" line="45"/>
        <source>&amp;Add user…</source>
        <translation>&amp;Agregar usuario…</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_users.py" line="46"/>
        <source>Change &amp;role…</source>
        <translation>Cambiar &amp;rol…</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_users.py" line="47"/>
        <source>Reset &amp;password…</source>
        <translation>Restablecer &amp;contraseña…</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_users.py" line="48"/>
        <source>&amp;Disable</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_users.py" line="73"/>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_users.py" line="73"/>
        <source>disabled</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_users.py" line="91"/>
        <source>Add user</source>
        <translation>Agregar usuario</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_users.py" line="112"/>
        <source>Change the role of %1</source>
        <translation>Cambiar el rol de %1</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_users.py" line="129"/>
        <source>New password for %1</source>
        <translation>Contraseña nueva para %1</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_users.py" line="147"/>
        <source>Disable user</source>
        <translation>Desactivar usuario</translation>
    </message>
    <message>
        <location filename="../../midas_desktop/gui/admin_users.py" line="148"/>
        <source>Disable %1? They will no longer be able to log in.</source>
        <translation>¿Desactivar a %1? Ya no podrá iniciar sesión.</translation>
    </message>
</context>
</TS>
