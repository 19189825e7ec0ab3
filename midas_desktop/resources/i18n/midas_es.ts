<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AlertSummaries</name>
    <message>
        <location filename="../../gui/labels.py" line="236"/>
        <source>document expired on %1</source>
        <translation>documento vencido el %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/labels.py" line="210"/>
        <source>overstay of %n day(s) (exited); latest legal exit was %1</source>
        <translation>
            <numerusform>permanencia excedida de %n día (ya salió); la última salida legal era el %1</numerusform>
            <numerusform>permanencia excedida de %n días (ya salió); la última salida legal era el %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/labels.py" line="214"/>
        <source>overstay of %n day(s) (still in the country); latest legal exit was %1</source>
        <translation>
            <numerusform>permanencia excedida de %n día (sigue en el país); la última salida legal era el %1</numerusform>
            <numerusform>permanencia excedida de %n días (sigue en el país); la última salida legal era el %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/labels.py" line="225"/>
        <source>overstayed %n day(s) on the stay from %1 to %2</source>
        <translation>
            <numerusform>excedió su permanencia %n día en la estancia del %1 al %2</numerusform>
            <numerusform>excedió su permanencia %n días en la estancia del %1 al %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/labels.py" line="231"/>
        <source>overstayed %n day(s) on an earlier stay</source>
        <translation>
            <numerusform>excedió su permanencia %n día en una estancia anterior</numerusform>
            <numerusform>excedió su permanencia %n días en una estancia anterior</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="244"/>
        <source>watchlist match on %1 (%2% alike): %3; listed: %4</source>
        <translation>coincidencia en la lista de alerta por %1 (%2 % de parecido): %3; persona listada: %4</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="253"/>
        <source>entry on %1 while a stay from %2 had no exit</source>
        <translation>entrada el %1 con una estancia del %2 sin salida registrada</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="258"/>
        <source>an entry while a stay from %1 had no exit</source>
        <translation>una entrada con una estancia del %1 sin salida registrada</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="264"/>
        <source>exit on %1 with no recorded entry</source>
        <translation>salida el %1 sin entrada registrada</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="267"/>
        <source>an exit with no recorded entry</source>
        <translation>una salida sin entrada registrada</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/labels.py" line="271"/>
        <source>no days of stay remained under the rule %1: admitted %n day(s) over the allowance</source>
        <translation>
            <numerusform>no quedaban días de estancia según la regla %1: admitido con %n día por encima de lo permitido</numerusform>
            <numerusform>no quedaban días de estancia según la regla %1: admitido con %n días por encima de lo permitido</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="279"/>
        <source>admitted with no days of stay remaining</source>
        <translation>admitido sin días de estancia restantes</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="286"/>
        <source>referred by the counter: %1</source>
        <translation>remitido desde el control: %1</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="289"/>
        <source>probable misread of the MRZ; entry refused: %1</source>
        <translation>probable error de lectura de la MRZ; entrada rechazada: %1</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="291"/>
        <source>probable misread of the MRZ; referred: %1</source>
        <translation>probable error de lectura de la MRZ; remitido al supervisor: %1</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="295"/>
        <source>invalid MRZ; entry refused: %1</source>
        <translation>MRZ no válida; entrada rechazada: %1</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="297"/>
        <source>invalid MRZ; referred: %1</source>
        <translation>MRZ no válida; remitido al supervisor: %1</translation>
    </message>
</context>
<context>
    <name>AlertTableModel</name>
    <message>
        <location filename="../../gui/alerts_view.py" line="90"/>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="91"/>
        <source>Created (time at the post)</source>
        <translation>Creada (hora del puesto)</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="92"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="93"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="94"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="95"/>
        <source>Traveller</source>
        <translation>Viajero</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="96"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="97"/>
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="98"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
</context>
<context>
    <name>AlertsView</name>
    <message>
        <location filename="../../gui/alerts_view.py" line="175"/>
        <source>Filter by kind</source>
        <translation>Filtrar por tipo</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="176"/>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="180"/>
        <source>Filter by status</source>
        <translation>Filtrar por estado</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="181"/>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="182"/>
        <source>Not resolved</source>
        <translation>Sin resolver</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="187"/>
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="188"/>
        <source>Filter by nationality</source>
        <translation>Filtrar por nacionalidad</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="195"/>
        <source>From day</source>
        <translation>Desde el día</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="198"/>
        <source>To day</source>
        <translation>Hasta el día</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="199"/>
        <source>Run overstay &amp;scan</source>
        <translation>Buscar &amp;sobreestancias</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="201"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="204"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="206"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="209"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="211"/>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="227"/>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="240"/>
        <source>&amp;Previous page</source>
        <translation>Página a&amp;nterior</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="242"/>
        <source>&amp;Next page</source>
        <translation>Página si&amp;guiente</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="256"/>
        <source>Alert detail</source>
        <translation>Detalle de la alerta</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="258"/>
        <source>Note (needed to resolve)</source>
        <translation>Nota (necesaria para resolver)</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="259"/>
        <location filename="../../gui/alerts_view.py" line="618"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="263"/>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Reconocer</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="264"/>
        <source>&amp;Escalate</source>
        <translation>&amp;Escalar</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="265"/>
        <source>Res&amp;olve</source>
        <translation>Res&amp;olver</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="276"/>
        <source>&amp;Grant extension…</source>
        <translation>&amp;Conceder prórroga…</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="277"/>
        <source>Grant extension</source>
        <translation>Conceder prórroga</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="363"/>
        <source>No alerts</source>
        <translation>Ninguna alerta</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="367"/>
        <source>Alerts %1–%2 of %3</source>
        <translation>Alertas %1–%2 de %3</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="385"/>
        <source>Overstay scan running …</source>
        <translation>Búsqueda de sobreestancias en curso …</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/alerts_view.py" line="398"/>
        <source>Overstay scan: %n new overstay(s) since the last scan.</source>
        <translation>
            <numerusform>Búsqueda: %n sobreestancia nueva desde la última búsqueda.</numerusform>
            <numerusform>Búsqueda: %n sobreestancias nuevas desde la última búsqueda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/alerts_view.py" line="401"/>
        <source>Overstay scan: %n overstay(s) today.</source>
        <translation>
            <numerusform>Búsqueda: %n sobreestancia hoy.</numerusform>
            <numerusform>Búsqueda: %n sobreestancias hoy.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="480"/>
        <source>Extend the open stay of the traveller of alert %1</source>
        <translation>Prorrogar la estancia abierta del viajero de la alerta %1</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="500"/>
        <source>Extension granted: latest legal exit now %1.</source>
        <translation>Prórroga concedida: la última salida legal es ahora el %1.</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="524"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="525"/>
        <source>Raised</source>
        <translation>Generada</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="533"/>
        <source>Traveller</source>
        <translation>Viajero</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="535"/>
        <source>%1, %2; nationality %3; born %4</source>
        <translation>%1, %2; nacionalidad %3; nacido el %4</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="550"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="550"/>
        <source>%1, valid until %2</source>
        <translation>%1, válido hasta el %2</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="556"/>
        <location filename="../../gui/alerts_view.py" line="572"/>
        <source>At the counter</source>
        <translation>En el control</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="558"/>
        <source>%1 (%2) by %3 at %4, %5</source>
        <translation>%1 (%2) por %3 en %4, %5</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="568"/>
        <source>Reason for the refusal</source>
        <translation>Motivo del rechazo</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="574"/>
        <source>%1 by %2 at %3, %4</source>
        <translation>%1 por %2 en %3, %4</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="582"/>
        <source>Officer&apos;s note</source>
        <translation>Nota del oficial</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="584"/>
        <source>Recorded in spite of the stop, because</source>
        <translation>Registrado pese al alto, porque</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="592"/>
        <source>Watchlist entry</source>
        <translation>Entrada de la lista de alerta</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="594"/>
        <source>%1, %2, born %3, document %4 — %5 (source: %6; match on %7, %8% alike)</source>
        <translation>%1, %2, nacido el %3, documento %4 — %5 (fuente: %6; coincidencia por %7, %8 % de parecido)</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="610"/>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="612"/>
        <source>by %1 at %2</source>
        <translation>por %1 el %2</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="625"/>
        <source>Decisive rule</source>
        <translation>Regla determinante</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="634"/>
        <source>Stays</source>
        <translation>Estancias</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="640"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="641"/>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="642"/>
        <source>Exit</source>
        <translation>Salida</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="643"/>
        <source>Latest legal exit</source>
        <translation>Última salida legal</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="644"/>
        <source>Days over</source>
        <translation>Días excedidos</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="645"/>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <location filename="../../gui/alerts_view.py" line="654"/>
        <source>(in the country)</source>
        <translation>(en el país)</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../gui/audit_view.py" line="169"/>
        <source>Audit chain verdict</source>
        <translation>Resultado de la cadena de auditoría</translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="170"/>
        <source>&amp;Verify the chain</source>
        <translation>&amp;Verificar la cadena</translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="172"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="180"/>
        <source>Filter by action</source>
        <translation>Filtrar por acción</translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="182"/>
        <source>Filter by user</source>
        <translation>Filtrar por usuario</translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="184"/>
        <source>Words in the details</source>
        <translation>Palabras en los detalles</translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="185"/>
        <source>Filter by words</source>
        <translation>Filtrar por palabras</translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="188"/>
        <source>From day</source>
        <translation>Desde el día</translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="191"/>
        <source>To day</source>
        <translation>Hasta el día</translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="196"/>
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="198"/>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="204"/>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="207"/>
        <location filename="../../gui/audit_view.py" line="326"/>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="208"/>
        <location filename="../../gui/audit_view.py" line="327"/>
        <source>Time at the post</source>
        <translation>Hora del puesto</translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="220"/>
        <source>Audit message</source>
        <translation>Mensaje de la auditoría</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/audit_view.py" line="243"/>
        <source>Chain intact: %n entry(ies) verified.</source>
        <translation>
            <numerusform>Cadena íntegra: %n entrada verificada.</numerusform>
            <numerusform>Cadena íntegra: %n entradas verificadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/audit_view.py" line="250"/>
        <source>CHAIN BROKEN: %n problem(s) found; run the store check and ask for support.</source>
        <translation>
            <numerusform>CADENA ROTA: se encontró %n problema; verifique el almacén y pida soporte.</numerusform>
            <numerusform>CADENA ROTA: se encontraron %n problemas; verifique el almacén y pida soporte.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="272"/>
        <source>All actions</source>
        <translation>Todas las acciones</translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="273"/>
        <source>All users</source>
        <translation>Todos los usuarios</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/audit_view.py" line="310"/>
        <source>%n entry(ies) shown.</source>
        <translation>
            <numerusform>%n entrada mostrada.</numerusform>
            <numerusform>%n entradas mostradas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="314"/>
        <source>Export the audit log</source>
        <translation>Exportar la bitácora de auditoría</translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="314"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="336"/>
        <source>The export failed: %1</source>
        <translation>La exportación falló: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/audit_view.py" line="338"/>
        <source>Exported %n entry(ies) to %1.</source>
        <translation>
            <numerusform>Se exportó %n entrada a %1.</numerusform>
            <numerusform>Se exportaron %n entradas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="209"/>
        <location filename="../../gui/audit_view.py" line="328"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="210"/>
        <location filename="../../gui/audit_view.py" line="329"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="211"/>
        <location filename="../../gui/audit_view.py" line="330"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <location filename="../../gui/audit_view.py" line="35"/>
        <source>Store created</source>
        <translation>Almacén creado</translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="36"/>
        <source>Store converted to personal keys</source>
        <translation>Almacén convertido a claves personales</translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="37"/>
        <source>User added</source>
        <translation>Usuario añadido</translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="38"/>
        <source>Role changed</source>
        <translation>Rol cambiado</translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="39"/>
        <source>Password reset</source>
        <translation>Contraseña restablecida</translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="40"/>
        <source>Own password changed</source>
        <translation>Contraseña propia cambiada</translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="41"/>
        <source>User disabled</source>
        <translation>Usuario deshabilitado</translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="42"/>
        <source>User enabled again</source>
        <translation>Usuario habilitado de nuevo</translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="43"/>
        <source>User unlocked</source>
        <translation>Usuario desbloqueado</translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="44"/>
        <source>Account locked after wrong passwords</source>
        <translation>Cuenta bloqueada por contraseñas erróneas</translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="45"/>
        <source>Recovery key used</source>
        <translation>Clave de recuperación usada</translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="46"/>
        <source>Database key rotated</source>
        <translation>Clave de la base de datos renovada</translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="47"/>
        <source>Recovery key vouched for by the post&apos;s root</source>
        <translation>Clave de recuperación avalada por la clave raíz del puesto</translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="48"/>
        <source>Entry recorded</source>
        <translation>Entrada registrada</translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="49"/>
        <source>Exit recorded</source>
        <translation>Salida registrada</translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="50"/>
        <source>Entry refused</source>
        <translation>Entrada rechazada</translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="51"/>
        <source>Traveller referred to a supervisor</source>
        <translation>Viajero remitido al supervisor</translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="52"/>
        <source>Entry refused on an invalid document</source>
        <translation>Entrada rechazada con un documento no válido</translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="53"/>
        <source>Extension of stay granted</source>
        <translation>Prórroga de estancia concedida</translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="54"/>
        <source>Alert acknowledged</source>
        <translation>Alerta atendida</translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="55"/>
        <source>Alert escalated</source>
        <translation>Alerta escalada</translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="56"/>
        <source>Alert resolved</source>
        <translation>Alerta resuelta</translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="57"/>
        <source>Alert opened again</source>
        <translation>Alerta reabierta</translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="58"/>
        <source>Overstay scan</source>
        <translation>Revisión de permanencias excedidas</translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="59"/>
        <source>Watchlist imported</source>
        <translation>Lista de alerta importada</translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="60"/>
        <source>Watchlist entry removed</source>
        <translation>Entrada de la lista de alerta retirada</translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="61"/>
        <source>Stay rule added</source>
        <translation>Regla de estancia añadida</translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="62"/>
        <source>Stay rule changed</source>
        <translation>Regla de estancia cambiada</translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="63"/>
        <source>Stay rule deleted</source>
        <translation>Regla de estancia borrada</translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="64"/>
        <source>Retention rules changed</source>
        <translation>Reglas de conservación cambiadas</translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="65"/>
        <location filename="../../gui/audit_view.py" line="66"/>
        <source>Records erased past retention</source>
        <translation>Registros borrados al vencer su conservación</translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="67"/>
        <source>Limits on unsent records changed</source>
        <translation>Límites de registros sin enviar cambiados</translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="68"/>
        <source>Backup made</source>
        <translation>Copia de seguridad hecha</translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="69"/>
        <source>Backup restored</source>
        <translation>Copia de seguridad restaurada</translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="70"/>
        <source>Post enrolled with the central server</source>
        <translation>Puesto inscrito en el servidor central</translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="71"/>
        <source>Post key registered at the central server</source>
        <translation>Clave del puesto registrada en el servidor central</translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="72"/>
        <source>Sync with the central server</source>
        <translation>Sincronización con el servidor central</translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="73"/>
        <source>Sync file written</source>
        <translation>Archivo de sincronización escrito</translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="74"/>
        <source>Sync receipt read</source>
        <translation>Acuse de sincronización leído</translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="90"/>
        <source>user %1</source>
        <translation>usuario %1</translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="92"/>
        <source>role %1</source>
        <translation>rol %1</translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="96"/>
        <source>from %1 to %2</source>
        <translation>de %1 a %2</translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="105"/>
        <source>alerts: %1</source>
        <translation>alertas: %1</translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="110"/>
        <source>alert no. %1</source>
        <translation>alerta n.º %1</translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="114"/>
        <source>recorded in spite of a stop, with a reason</source>
        <translation>registrado pese a un alto, con motivo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/audit_view.py" line="117"/>
        <source>%n new alert(s)</source>
        <translation>
            <numerusform>%n alerta nueva</numerusform>
            <numerusform>%n alertas nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/audit_view.py" line="120"/>
        <source>%n imported</source>
        <translation>
            <numerusform>%n importada</numerusform>
            <numerusform>%n importadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/audit_view.py" line="123"/>
        <source>%n row(s) rejected</source>
        <translation>
            <numerusform>%n fila rechazada</numerusform>
            <numerusform>%n filas rechazadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/audit_view.py" line="128"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="132"/>
        <source>file %1</source>
        <translation>archivo %1</translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="135"/>
        <source>for %1</source>
        <translation>para %1</translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="140"/>
        <source>admitting %1, nationality %2</source>
        <translation>país %1, nacionalidad %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/audit_view.py" line="147"/>
        <source>%n movement(s)</source>
        <translation>
            <numerusform>%n movimiento</numerusform>
            <numerusform>%n movimientos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="150"/>
        <source>post %1</source>
        <translation>puesto %1</translation>
    </message>
    <message>
        <location filename="../../gui/audit_view.py" line="152"/>
        <source>server %1</source>
        <translation>servidor %1</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <location filename="../../gui/counter/checks_panel.py" line="120"/>
        <source>Checks</source>
        <translation>Verificaciones</translation>
    </message>
    <message>
        <location filename="../../gui/counter/checks_panel.py" line="123"/>
        <source>Minor</source>
        <translation>Menor de edad</translation>
    </message>
    <message>
        <location filename="../../gui/counter/checks_panel.py" line="130"/>
        <source>Surname</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location filename="../../gui/counter/checks_panel.py" line="131"/>
        <source>Given names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <location filename="../../gui/counter/checks_panel.py" line="132"/>
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <location filename="../../gui/counter/checks_panel.py" line="133"/>
        <source>Birth date</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../gui/counter/checks_panel.py" line="134"/>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <location filename="../../gui/counter/checks_panel.py" line="135"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../gui/counter/checks_panel.py" line="136"/>
        <source>Expiry</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location filename="../../gui/counter/checks_panel.py" line="147"/>
        <source>Stay figures</source>
        <translation>Cifras de estancia</translation>
    </message>
    <message>
        <location filename="../../gui/counter/checks_panel.py" line="151"/>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <location filename="../../gui/counter/checks_panel.py" line="153"/>
        <location filename="../../gui/counter/checks_panel.py" line="156"/>
        <source>Past stays</source>
        <translation>Estancias anteriores</translation>
    </message>
    <message>
        <location filename="../../gui/counter/checks_panel.py" line="159"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../gui/counter/checks_panel.py" line="160"/>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location filename="../../gui/counter/checks_panel.py" line="161"/>
        <source>Exit</source>
        <translation>Salida</translation>
    </message>
    <message>
        <location filename="../../gui/counter/checks_panel.py" line="162"/>
        <source>Latest legal exit</source>
        <translation>Última salida legal</translation>
    </message>
    <message>
        <location filename="../../gui/counter/checks_panel.py" line="163"/>
        <source>Days over</source>
        <translation>Días excedidos</translation>
    </message>
    <message>
        <location filename="../../gui/counter/checks_panel.py" line="164"/>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/counter/checks_panel.py" line="192"/>
        <source>(%n year(s) old)</source>
        <translation>
            <numerusform>(%n año)</numerusform>
            <numerusform>(%n años)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/counter/checks_panel.py" line="208"/>
        <source>MINOR: %n year(s) old</source>
        <translation>
            <numerusform>MENOR DE EDAD: %n año</numerusform>
            <numerusform>MENOR DE EDAD: %n años</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/counter/checks_panel.py" line="219"/>
        <source>Rule: %1 (allowance %2 days). Days used: %3. Days remaining: %4. Latest legal exit: %5.</source>
        <translation>Regla: %1 (permite %2 días). Días usados: %3. Días restantes: %4. Última salida legal: %5.</translation>
    </message>
    <message>
        <location filename="../../gui/counter/checks_panel.py" line="230"/>
        <source>No stay limit applies.</source>
        <translation>No se aplica límite de estancia.</translation>
    </message>
    <message>
        <location filename="../../gui/counter/checks_panel.py" line="232"/>
        <source>No stay figures: the MRZ is not valid.</source>
        <translation>Sin cifras de estancia: la MRZ no es válida.</translation>
    </message>
    <message>
        <location filename="../../gui/counter/checks_panel.py" line="251"/>
        <source>(in the country)</source>
        <translation>(en el país)</translation>
    </message>
</context>
<context>
    <name>ControlLineView</name>
    <message>
        <location filename="../../gui/control_line.py" line="102"/>
        <source>Unsent records</source>
        <translation>Registros sin enviar</translation>
    </message>
    <message>
        <location filename="../../gui/control_line.py" line="481"/>
        <source>Extend the stay of %1, %2</source>
        <translation>Prorrogar la estancia de %1, %2</translation>
    </message>
    <message>
        <location filename="../../gui/control_line.py" line="504"/>
        <source>Extension granted: latest legal exit now %1.</source>
        <translation>Prórroga concedida: la última salida legal es ahora el %1.</translation>
    </message>
    <message>
        <location filename="../../gui/control_line.py" line="530"/>
        <source>New captures are refused: %1 record(s) have waited %2 day(s) unsent, past the limit of %3 days. Sync with the central server (Sync tab) before recording.</source>
        <translation>Se rechazan nuevos registros: %1 registro(s) llevan %2 día(s) sin enviarse, más que el límite de %3 días. Sincronice con el servidor central (pestaña Sincronización) antes de registrar.</translation>
    </message>
    <message>
        <location filename="../../gui/control_line.py" line="544"/>
        <source>%1 record(s) have waited %2 day(s) unsent (warning after %3 days). Sync with the central server soon.</source>
        <translation>%1 registro(s) llevan %2 día(s) sin enviarse (aviso a partir de %3 días). Sincronice pronto con el servidor central.</translation>
    </message>
    <message>
        <location filename="../../gui/control_line.py" line="455"/>
        <source>Entry refused at %1; reason: %2.</source>
        <translation>Entrada rechazada a las %1; motivo: %2.</translation>
    </message>
    <message>
        <location filename="../../gui/control_line.py" line="288"/>
        <source>Scan or type a document first.</source>
        <translation>Primero pase o escriba un documento.</translation>
    </message>
    <message>
        <location filename="../../gui/control_line.py" line="306"/>
        <source>This MRZ cannot be recorded as a crossing: refuse the entry or refer it.</source>
        <translation>Esta MRZ no puede registrarse como cruce: rechace la entrada o remítala al supervisor.</translation>
    </message>
    <message>
        <location filename="../../gui/control_line.py" line="411"/>
        <source>Referred to a supervisor at %1: alert no. %2.</source>
        <translation>Remitido al supervisor a las %1: alerta n.º %2.</translation>
    </message>
    <message>
        <location filename="../../gui/control_line.py" line="413"/>
        <source>Entry refused at %1: alert no. %2 for the supervisor.</source>
        <translation>Entrada rechazada a las %1: alerta n.º %2 para el supervisor.</translation>
    </message>
    <message>
        <location filename="../../gui/control_line.py" line="460"/>
        <source>Entry recorded at %1.</source>
        <translation>Entrada registrada a las %1.</translation>
    </message>
    <message>
        <location filename="../../gui/control_line.py" line="462"/>
        <source>Exit recorded at %1.</source>
        <translation>Salida registrada a las %1.</translation>
    </message>
    <message>
        <location filename="../../gui/control_line.py" line="465"/>
        <source>Days used: %1; latest legal exit: %2.</source>
        <translation>Días usados: %1; última salida legal: %2.</translation>
    </message>
</context>
<context>
    <name>DocumentInput</name>
    <message>
        <location filename="../../gui/counter/document_input.py" line="57"/>
        <source>Document</source>
        <extracomment>What a referral carries of the counter&apos;s images (JPEG): enough to compare, small to store.</extracomment>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../gui/counter/document_input.py" line="68"/>
        <source>Scan with the MRZ reader, or type the lines (Ctrl+M); Enter checks.</source>
        <translation>Pase el documento por el lector MRZ o escriba las líneas (Ctrl+M); Intro verifica.</translation>
    </message>
    <message>
        <location filename="../../gui/counter/document_input.py" line="72"/>
        <source>MRZ lines</source>
        <translation>Líneas MRZ</translation>
    </message>
    <message>
        <location filename="../../gui/counter/document_input.py" line="76"/>
        <source>Check (Ctrl+Enter)</source>
        <translation>Verificar (Ctrl+Intro)</translation>
    </message>
    <message>
        <location filename="../../gui/counter/document_input.py" line="78"/>
        <source>&amp;Image… (Ctrl+O)</source>
        <translation>&amp;Imagen… (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../gui/counter/document_input.py" line="80"/>
        <source>Ca&amp;mera (Ctrl+K)</source>
        <translation>Cám&amp;ara (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../gui/counter/document_input.py" line="89"/>
        <source>Reading progress</source>
        <translation>Progreso de lectura</translation>
    </message>
    <message>
        <location filename="../../gui/counter/document_input.py" line="91"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../gui/counter/document_input.py" line="99"/>
        <source>Input message</source>
        <translation>Mensaje de entrada</translation>
    </message>
    <message>
        <location filename="../../gui/counter/document_input.py" line="102"/>
        <location filename="../../gui/counter/document_input.py" line="148"/>
        <source>No image</source>
        <translation>Sin imagen</translation>
    </message>
    <message>
        <location filename="../../gui/counter/document_input.py" line="105"/>
        <source>Document image</source>
        <translation>Imagen del documento</translation>
    </message>
    <message>
        <location filename="../../gui/counter/document_input.py" line="108"/>
        <source>Portrait</source>
        <translation>Fotografía</translation>
    </message>
    <message>
        <location filename="../../gui/counter/document_input.py" line="168"/>
        <source>Image reading is not installed.</source>
        <translation>La lectura de imágenes no está instalada.</translation>
    </message>
    <message>
        <location filename="../../gui/counter/document_input.py" line="176"/>
        <source>Open a document image</source>
        <translation>Abrir una imagen del documento</translation>
    </message>
    <message>
        <location filename="../../gui/counter/document_input.py" line="178"/>
        <source>Images (*.jpg *.jpeg *.png *.tif *.tiff *.bmp)</source>
        <translation>Imágenes (*.jpg *.jpeg *.png *.tif *.tiff *.bmp)</translation>
    </message>
    <message>
        <location filename="../../gui/counter/document_input.py" line="190"/>
        <source>Reading %1 …</source>
        <translation>Leyendo %1 …</translation>
    </message>
    <message>
        <location filename="../../gui/counter/document_input.py" line="198"/>
        <source>Reading cancelled.</source>
        <translation>Lectura cancelada.</translation>
    </message>
    <message>
        <location filename="../../gui/counter/document_input.py" line="219"/>
        <source>No MRZ could be read from the image; scan again or type the lines.</source>
        <translation>No se pudo leer la MRZ de la imagen; vuelva a escanear o escriba las líneas.</translation>
    </message>
    <message>
        <location filename="../../gui/counter/document_input.py" line="223"/>
        <source>MRZ read.</source>
        <translation>MRZ leída.</translation>
    </message>
    <message>
        <location filename="../../gui/counter/document_input.py" line="226"/>
        <source>The MRZ read has problems: compare it with the document, correct it and press Ctrl+Enter.</source>
        <translation>La MRZ leída tiene problemas: compárela con el documento, corríjala y pulse Ctrl+Intro.</translation>
    </message>
    <message>
        <location filename="../../gui/counter/document_input.py" line="293"/>
        <source>%1 fps</source>
        <translation>%1 fps</translation>
    </message>
    <message>
        <location filename="../../gui/counter/document_input.py" line="297"/>
        <source>The camera could not be opened.</source>
        <translation>No se pudo abrir la cámara.</translation>
    </message>
    <message>
        <location filename="../../gui/counter/document_input.py" line="301"/>
        <source>Hold the document still in front of the camera …</source>
        <translation>Mantenga el documento quieto frente a la cámara …</translation>
    </message>
</context>
<context>
    <name>ExtensionDialog</name>
    <message>
        <location filename="../../gui/dialogs.py" line="225"/>
        <location filename="../../gui/dialogs.py" line="244"/>
        <source>Grant extension</source>
        <translation>Conceder prórroga</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="231"/>
        <source>Days of extension</source>
        <translation>Días de prórroga</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="233"/>
        <source>Granting authority</source>
        <translation>Autoridad que la concede</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="235"/>
        <source>Reason for the extension</source>
        <translation>Motivo de la prórroga</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="236"/>
        <source>&amp;Days</source>
        <translation>&amp;Días</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="237"/>
        <source>&amp;Authority</source>
        <translation>&amp;Autoridad</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="238"/>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
</context>
<context>
    <name>FirstRunScreen</name>
    <message>
        <location filename="../../gui/first_run.py" line="66"/>
        <source>Welcome to MIDAS</source>
        <translation>Bienvenido a MIDAS</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="68"/>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="72"/>
        <source>The border management system of this post. This PC has no post store yet: set up the post and its first administrator. Everything is kept encrypted on this PC.</source>
        <translation>El sistema de gestión fronteriza de este puesto. Este PC aún no tiene almacén del puesto: configure el puesto y su primer administrador. Todo se guarda cifrado en este PC.</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="82"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="89"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="104"/>
        <source>Post &amp;code</source>
        <translation>&amp;Código del puesto</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="104"/>
        <source>Post code</source>
        <translation>Código del puesto</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="105"/>
        <source>Post &amp;name</source>
        <translation>&amp;Nombre del puesto</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="105"/>
        <source>Post name</source>
        <translation>Nombre del puesto</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="106"/>
        <source>C&amp;ountry</source>
        <translation>&amp;País</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="106"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="107"/>
        <source>&amp;Time zone</source>
        <translation>&amp;Zona horaria</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="107"/>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="108"/>
        <source>&amp;Administrator</source>
        <translation>&amp;Administrador</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="108"/>
        <source>Administrator user name</source>
        <translation>Usuario administrador</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="125"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="137"/>
        <source>This is the store&apos;s recovery key. It is shown only once. It opens the store if every administrator password is lost: print it or write it down, and keep it locked away.</source>
        <translation>Esta es la clave de recuperación del almacén. Se muestra una sola vez. Abre el almacén si se pierden todas las contraseñas de administrador: imprímala o anótela y guárdela bajo llave.</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="150"/>
        <source>Warning: whoever holds this key can read every record of the post. Never keep it on this PC, in e-mail or in a shared folder. A saved file goes to a removable drive that is locked away, or is deleted once printed.</source>
        <translation>Atención: quien tenga esta clave puede leer todos los registros del puesto. Nunca la guarde en este PC, en el correo ni en una carpeta compartida. Un archivo guardado va a una unidad extraíble guardada bajo llave, o se borra una vez impreso.</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="158"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="160"/>
        <source>&amp;Save to a file…</source>
        <translation>&amp;Guardar en un archivo…</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="167"/>
        <source>I have &amp;written it down or printed it</source>
        <translation>La he &amp;anotado o impreso</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="168"/>
        <source>&amp;Continue to login</source>
        <translation>&amp;Continuar al inicio de sesión</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="184"/>
        <source>MIDAS — recovery key of the post store</source>
        <translation>MIDAS — clave de recuperación del almacén del puesto</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="186"/>
        <source>Keep this locked away: whoever holds it can read every record of the post.</source>
        <translation>Guárdela bajo llave: quien la tenga puede leer todos los registros del puesto.</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="209"/>
        <source>Sent to the printer.</source>
        <translation>Enviada a la impresora.</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="213"/>
        <source>Save the recovery key</source>
        <translation>Guardar la clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="213"/>
        <source>Text (*.txt)</source>
        <translation>Texto (*.txt)</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="224"/>
        <source>The key could not be saved: %1</source>
        <translation>No se pudo guardar la clave: %1</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="227"/>
        <source>Saved. Move the file to safe storage and delete it from this PC.</source>
        <translation>Guardada. Lleve el archivo a un lugar seguro y bórrelo de este PC.</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="247"/>
        <source>Creating the store …</source>
        <translation>Creando el almacén …</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="109"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="109"/>
        <source>Pass&amp;word</source>
        <translation>C&amp;ontraseña</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="110"/>
        <source>Password a&amp;gain</source>
        <translation>Repita la contra&amp;seña</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="110"/>
        <source>Password again</source>
        <translation>Repita la contraseña</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="117"/>
        <location filename="../../gui/first_run.py" line="118"/>
        <source>Create the store</source>
        <translation>Crear el almacén</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="147"/>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../gui/first_run.py" line="235"/>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../gui/labels.py" line="15"/>
        <source>Overstay</source>
        <translation>Sobreestancia</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="16"/>
        <source>Watchlist hit</source>
        <translation>Coincidencia en lista de alerta</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="17"/>
        <source>Previous overstay</source>
        <translation>Sobreestancia anterior</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="18"/>
        <source>Expired document</source>
        <translation>Documento vencido</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="19"/>
        <source>Invalid document</source>
        <translation>Documento no válido</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="20"/>
        <source>Missing exit</source>
        <translation>Salida no registrada</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="21"/>
        <source>Exit without entry</source>
        <translation>Salida sin entrada</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="22"/>
        <source>No stay remaining</source>
        <translation>Sin estancia disponible</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="23"/>
        <source>Referred by the counter</source>
        <translation>Remitido desde el control</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="26"/>
        <source>critical</source>
        <translation>crítica</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="27"/>
        <location filename="../../gui/labels.py" line="28"/>
        <source>high</source>
        <translation>alta</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="29"/>
        <location filename="../../gui/labels.py" line="30"/>
        <source>medium</source>
        <translation>media</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="31"/>
        <source>low</source>
        <translation>baja</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="34"/>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="35"/>
        <source>Acknowledged</source>
        <translation>Reconocida</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="36"/>
        <source>Escalated</source>
        <translation>Escalada</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="37"/>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="40"/>
        <source>Officer</source>
        <translation>Oficial</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="41"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="42"/>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="45"/>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="46"/>
        <source>Exit</source>
        <translation>Salida</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="50"/>
        <source>admitted</source>
        <translation>admitido</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="51"/>
        <source>refused</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="52"/>
        <source>departed</source>
        <translation>salió</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="53"/>
        <source>referred to a supervisor</source>
        <translation>remitido al supervisor</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="56"/>
        <source>per entry</source>
        <translation>por entrada</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="57"/>
        <source>rolling window</source>
        <translation>ventana móvil</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="58"/>
        <source>shared area (CA-4)</source>
        <translation>área compartida (CA-4)</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="59"/>
        <source>no rule</source>
        <translation>sin regla</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="60"/>
        <source>exempt: resident</source>
        <translation>exento: residente</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="61"/>
        <source>exempt: permit holder</source>
        <translation>exento: titular de permiso</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="62"/>
        <source>exempt: diplomat</source>
        <translation>exento: diplomático</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="63"/>
        <source>exempt: national</source>
        <translation>exento: nacional</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="66"/>
        <source>resident</source>
        <translation>residente</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="67"/>
        <source>permit holder</source>
        <translation>titular de permiso</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="68"/>
        <source>diplomat</source>
        <translation>diplomático</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="69"/>
        <source>national</source>
        <translation>nacional</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="73"/>
        <source>surname</source>
        <translation>apellidos</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="74"/>
        <source>given names</source>
        <translation>nombres</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="75"/>
        <source>names</source>
        <translation>nombres</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="76"/>
        <source>document number</source>
        <translation>número de documento</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="77"/>
        <source>document type</source>
        <translation>tipo de documento</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="78"/>
        <source>issuing state</source>
        <translation>Estado emisor</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="79"/>
        <source>nationality</source>
        <translation>nacionalidad</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="80"/>
        <source>birth date</source>
        <translation>fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="81"/>
        <source>expiry date</source>
        <translation>fecha de vencimiento</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="82"/>
        <source>sex</source>
        <translation>sexo</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="83"/>
        <location filename="../../gui/labels.py" line="84"/>
        <source>optional data</source>
        <translation>datos opcionales</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="85"/>
        <source>overall check digit</source>
        <translation>dígito de control general</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="86"/>
        <source>the lines</source>
        <translation>las líneas</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="87"/>
        <source>line 1</source>
        <translation>línea 1</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="88"/>
        <source>line 2</source>
        <translation>línea 2</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="89"/>
        <source>line 3</source>
        <translation>línea 3</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="93"/>
        <source>wrong number of lines</source>
        <translation>número de líneas incorrecto</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="94"/>
        <source>a line of the wrong length</source>
        <translation>una línea de longitud incorrecta</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="95"/>
        <source>not a known document layout</source>
        <translation>no es un formato de documento conocido</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="96"/>
        <source>a character that cannot be in an MRZ</source>
        <translation>un carácter que no puede estar en una MRZ</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="97"/>
        <source>unknown document type</source>
        <translation>tipo de documento desconocido</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="98"/>
        <source>unknown country code</source>
        <translation>código de país desconocido</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="99"/>
        <source>a specimen&apos;s country code</source>
        <translation>código de país de un espécimen</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="100"/>
        <source>country not stated</source>
        <translation>país no indicado</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="101"/>
        <source>a digit in a country code</source>
        <translation>un dígito en un código de país</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="102"/>
        <source>a digit in the name</source>
        <translation>un dígito en el nombre</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="103"/>
        <source>a letter where digits belong</source>
        <translation>una letra donde van dígitos</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="104"/>
        <source>a date that does not exist</source>
        <translation>una fecha que no existe</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="105"/>
        <source>sex not M, F or unspecified</source>
        <translation>sexo distinto de M, F o no especificado</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="106"/>
        <source>check digit does not agree</source>
        <translation>el dígito de control no concuerda</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="107"/>
        <source>stray marks in the name</source>
        <translation>marcas sueltas en el nombre</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="108"/>
        <source>name may be cut short</source>
        <translation>el nombre puede estar recortado</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="109"/>
        <source>a second name separator</source>
        <translation>un segundo separador de nombre</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="110"/>
        <source>check digit computed over the filler</source>
        <translation>dígito de control calculado sobre el relleno</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="114"/>
        <source>same document</source>
        <translation>mismo documento</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="115"/>
        <source>same document number</source>
        <translation>mismo número de documento</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="116"/>
        <source>name and birth date</source>
        <translation>nombre y fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../gui/labels.py" line="117"/>
        <source>name</source>
        <translation>nombre</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <location filename="../../gui/login.py" line="47"/>
        <source>MIDAS — border post</source>
        <translation>MIDAS — puesto fronterizo</translation>
    </message>
    <message>
        <location filename="../../gui/login.py" line="52"/>
        <source>User name</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../../gui/login.py" line="55"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../../gui/login.py" line="57"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../gui/login.py" line="64"/>
        <source>&amp;User</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <location filename="../../gui/login.py" line="65"/>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <location filename="../../gui/login.py" line="66"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../../gui/login.py" line="72"/>
        <location filename="../../gui/login.py" line="73"/>
        <source>Log in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location filename="../../gui/login.py" line="81"/>
        <source>Login message</source>
        <translation>Mensaje de inicio de sesión</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/login.py" line="107"/>
        <source>Too many failed attempts: wait %n second(s).</source>
        <translation>
            <numerusform>Demasiados intentos fallidos: espere %n segundo.</numerusform>
            <numerusform>Demasiados intentos fallidos: espere %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/login.py" line="134"/>
        <source>Choose your own password</source>
        <translation>Elija su propia contraseña</translation>
    </message>
    <message>
        <location filename="../../gui/login.py" line="137"/>
        <source>Choose your own password to go on: an administrator set this one.</source>
        <translation>Elija su propia contraseña para continuar: esta la puso un administrador.</translation>
    </message>
    <message>
        <location filename="../../gui/login.py" line="149"/>
        <source>You may try again.</source>
        <translation>Puede intentarlo de nuevo.</translation>
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
        <translation>Sesión iniciada como</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="43"/>
        <source>My password…</source>
        <translation>Mi contraseña…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="45"/>
        <source>&amp;Lock (Ctrl+L)</source>
        <translation>&amp;Bloquear (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="51"/>
        <source>Screens</source>
        <translation>Pantallas</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="55"/>
        <source>Control line</source>
        <translation>Control migratorio</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="67"/>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="72"/>
        <source>Statistics</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="77"/>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="83"/>
        <source>Watchlist</source>
        <translation>Lista de alerta</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="88"/>
        <source>Stay rules and post</source>
        <translation>Reglas de estancia y puesto</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="94"/>
        <source>Retention and backups</source>
        <translation>Conservación y copias</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="102"/>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="105"/>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="121"/>
        <source>Change my password</source>
        <translation>Cambiar mi contraseña</translation>
    </message>
</context>
<context>
    <name>MaintenanceView</name>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="245"/>
        <source>Retention of personal data</source>
        <translation>Conservación de datos personales</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="249"/>
        <location filename="../../gui/admin_maintenance.py" line="253"/>
        <source> years</source>
        <translation> años</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="250"/>
        <source>Keep movements after the exit (years)</source>
        <translation>Conservar movimientos tras la salida (años)</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="254"/>
        <source>Keep overstay cases (years)</source>
        <translation>Conservar casos de permanencia excedida (años)</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="257"/>
        <location filename="../../gui/admin_maintenance.py" line="298"/>
        <location filename="../../gui/admin_maintenance.py" line="321"/>
        <location filename="../../gui/admin_maintenance.py" line="326"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="258"/>
        <source>Warn before erasure (days)</source>
        <translation>Avisar antes del borrado (días)</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="259"/>
        <source>Keep movements after the exit</source>
        <translation>Conservar movimientos tras la salida</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="260"/>
        <source>Keep overstay cases</source>
        <translation>Conservar casos de permanencia excedida</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="261"/>
        <source>Warn before erasure</source>
        <translation>Avisar antes del borrado</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="262"/>
        <source>Save retention rules</source>
        <translation>Guardar reglas de conservación</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="266"/>
        <source>&amp;Preview purge</source>
        <translation>&amp;Vista previa del borrado</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="268"/>
        <source>Purge &amp;now…</source>
        <translation>Borrar &amp;ahora…</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="275"/>
        <source>Purge preview</source>
        <translation>Vista previa del borrado</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="279"/>
        <source>Daily purge</source>
        <translation>Borrado diario</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="284"/>
        <source>Backups (this PC)</source>
        <translation>Copias de seguridad (este PC)</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="288"/>
        <location filename="../../gui/admin_maintenance.py" line="401"/>
        <source>Backup folder</source>
        <translation>Carpeta de copias</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="289"/>
        <source>empty: no scheduled backup</source>
        <translation>vacía: sin copias programadas</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="290"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="294"/>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="299"/>
        <source>Back up every (days)</source>
        <translation>Copiar cada (días)</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="300"/>
        <source>Back up every</source>
        <translation>Copiar cada</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="301"/>
        <source>Save backup settings</source>
        <translation>Guardar ajustes de copia</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="303"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Copiar ahora</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="311"/>
        <source>Last backup</source>
        <translation>Última copia</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="316"/>
        <source>Records not yet sent to the central server</source>
        <translation>Registros aún no enviados al servidor central</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="320"/>
        <location filename="../../gui/admin_maintenance.py" line="325"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="322"/>
        <source>Warn after (days)</source>
        <translation>Avisar después de (días)</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="327"/>
        <source>Refuse new captures after (days)</source>
        <translation>Rechazar nuevos registros después de (días)</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="328"/>
        <source>Warn after</source>
        <translation>Avisar después de</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="329"/>
        <source>Refuse new captures after</source>
        <translation>Rechazar nuevos registros después de</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="330"/>
        <source>Save limits</source>
        <translation>Guardar límites</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="376"/>
        <source>Retention rules saved.</source>
        <translation>Reglas de conservación guardadas.</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="386"/>
        <source>Limits saved.</source>
        <translation>Límites guardados.</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="409"/>
        <source>%1 stay(s), %2 movement(s), %3 alert(s) and %4 traveller(s)</source>
        <translation>%1 estancia(s), %2 movimiento(s), %3 alerta(s) y %4 viajero(s)</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="428"/>
        <source>Due for erasure today: %1 stay(s) and %2 movement(s). Falling due within %3 days: %4 stay(s).</source>
        <translation>Para borrar hoy: %1 estancia(s) y %2 movimiento(s). Vencen en los próximos %3 días: %4 estancia(s).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/admin_maintenance.py" line="446"/>
        <source>Also due: %n alert(s) about a document with no recorded traveller, with their images.</source>
        <translation>
            <numerusform>También vence: %n alerta sobre un documento sin viajero registrado, con sus imágenes.</numerusform>
            <numerusform>También vencen: %n alertas sobre documentos sin viajero registrado, con sus imágenes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="458"/>
        <source>Nothing is due for erasure today.</source>
        <translation>Hoy no hay nada que borrar.</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="462"/>
        <source>Purge now</source>
        <translation>Borrar ahora</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="464"/>
        <source>Erase for good %1 stay(s) and %2 movement(s) past their retention period? This cannot be undone.</source>
        <translation>¿Borrar definitivamente %1 estancia(s) y %2 movimiento(s) cuyo plazo de conservación ha vencido? No se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="479"/>
        <source>Erased: %1.</source>
        <translation>Borrado: %1.</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="485"/>
        <source>The daily purge failed: %1</source>
        <translation>El borrado diario falló: %1</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="489"/>
        <source>Today&apos;s purge erased %1; %2 stay(s) fall due within %3 days.</source>
        <translation>El borrado de hoy eliminó %1; %2 estancia(s) vencen en los próximos %3 días.</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="498"/>
        <source>Last daily purge: %1.</source>
        <translation>Último borrado diario: %1.</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="506"/>
        <source>Choose a backup folder first.</source>
        <translation>Elija primero una carpeta de copias.</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="512"/>
        <source>Backing up to %1 …</source>
        <translation>Copiando en %1 …</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="519"/>
        <source>No backup made from this PC yet.</source>
        <translation>Aún no se ha hecho ninguna copia desde este PC.</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="522"/>
        <source>Last backup: %1, written to %2.</source>
        <translation>Última copia: %1, guardada en %2.</translation>
    </message>
    <message>
        <location filename="../../gui/admin_maintenance.py" line="528"/>
        <source>Last backup FAILED at %1: %2</source>
        <translation>La última copia FALLÓ el %1: %2</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../gui/messages.py" line="23"/>
        <source>Sorry, something went wrong. Nothing was changed by the failed step; please try again.</source>
        <translation>Lo sentimos, algo salió mal. El paso que falló no cambió nada; inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../gui/dialogs.py" line="159"/>
        <source>Record entry anyway</source>
        <translation>Registrar la entrada de todos modos</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="159"/>
        <source>Record exit anyway</source>
        <translation>Registrar la salida de todos modos</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="162"/>
        <source>The checks said STOP:</source>
        <translation>Las verificaciones dijeron ALTO:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="167"/>
        <source>Why is the crossing recorded all the same? The reason is kept with the alerts.</source>
        <translation>¿Por qué se registra el cruce de todos modos? El motivo se guarda con las alertas.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="170"/>
        <source>Reason for recording</source>
        <translation>Motivo del registro</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="171"/>
        <source>Reason (required)</source>
        <translation>Motivo (obligatorio)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="175"/>
        <source>Record entry</source>
        <translation>Registrar entrada</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="175"/>
        <source>Record exit</source>
        <translation>Registrar salida</translation>
    </message>
</context>
<context>
    <name>PostSettingsBox</name>
    <message>
        <location filename="../../gui/admin_rules.py" line="184"/>
        <source>Post and this PC</source>
        <translation>Puesto y este equipo</translation>
    </message>
    <message>
        <location filename="../../gui/admin_rules.py" line="188"/>
        <source>Post</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location filename="../../gui/admin_rules.py" line="189"/>
        <source>Country / time zone</source>
        <translation>País / zona horaria</translation>
    </message>
    <message>
        <location filename="../../gui/admin_rules.py" line="194"/>
        <source>Lock after idle minutes</source>
        <translation>Bloquear tras minutos de inactividad</translation>
    </message>
    <message>
        <location filename="../../gui/admin_rules.py" line="196"/>
        <location filename="../../gui/admin_rules.py" line="200"/>
        <source>Scanner drop folder</source>
        <translation>Carpeta del escáner</translation>
    </message>
    <message>
        <location filename="../../gui/admin_rules.py" line="198"/>
        <source>Camera (number or video file)</source>
        <translation>Cámara (número o archivo de vídeo)</translation>
    </message>
    <message>
        <location filename="../../gui/admin_rules.py" line="199"/>
        <source>Lock after idle</source>
        <translation>Bloquear tras inactividad</translation>
    </message>
    <message>
        <location filename="../../gui/admin_rules.py" line="201"/>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <location filename="../../gui/admin_rules.py" line="202"/>
        <source>Save PC settings</source>
        <translation>Guardar ajustes del equipo</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../gui/dialogs.py" line="137"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="138"/>
        <source>Reason (required)</source>
        <translation>Motivo (obligatorio)</translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <location filename="../../gui/counter/record_panel.py" line="41"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location filename="../../gui/counter/record_panel.py" line="50"/>
        <source>Days granted</source>
        <translation>Días otorgados</translation>
    </message>
    <message>
        <location filename="../../gui/counter/record_panel.py" line="52"/>
        <source>Purpose</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../gui/counter/record_panel.py" line="54"/>
        <source>Tourism</source>
        <translation>Turismo</translation>
    </message>
    <message>
        <location filename="../../gui/counter/record_panel.py" line="55"/>
        <source>Business</source>
        <translation>Negocios</translation>
    </message>
    <message>
        <location filename="../../gui/counter/record_panel.py" line="56"/>
        <source>Transit</source>
        <translation>Tránsito</translation>
    </message>
    <message>
        <location filename="../../gui/counter/record_panel.py" line="57"/>
        <source>Work</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <location filename="../../gui/counter/record_panel.py" line="58"/>
        <source>Study</source>
        <translation>Estudios</translation>
    </message>
    <message>
        <location filename="../../gui/counter/record_panel.py" line="59"/>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <location filename="../../gui/counter/record_panel.py" line="60"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../gui/counter/record_panel.py" line="65"/>
        <source>Means of transport</source>
        <translation>Medio de transporte</translation>
    </message>
    <message>
        <location filename="../../gui/counter/record_panel.py" line="66"/>
        <source>Land</source>
        <translation>Terrestre</translation>
    </message>
    <message>
        <location filename="../../gui/counter/record_panel.py" line="66"/>
        <source>Air</source>
        <translation>Aéreo</translation>
    </message>
    <message>
        <location filename="../../gui/counter/record_panel.py" line="66"/>
        <source>Sea</source>
        <translation>Marítimo</translation>
    </message>
    <message>
        <location filename="../../gui/counter/record_panel.py" line="70"/>
        <source>Flight or vehicle number</source>
        <translation>Número de vuelo o vehículo</translation>
    </message>
    <message>
        <location filename="../../gui/counter/record_panel.py" line="71"/>
        <source>&amp;Days granted</source>
        <translation>&amp;Días otorgados</translation>
    </message>
    <message>
        <location filename="../../gui/counter/record_panel.py" line="72"/>
        <source>&amp;Purpose</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <location filename="../../gui/counter/record_panel.py" line="73"/>
        <source>&amp;Transport</source>
        <translation>&amp;Transporte</translation>
    </message>
    <message>
        <location filename="../../gui/counter/record_panel.py" line="74"/>
        <source>Flight / &amp;vehicle</source>
        <translation>Vuelo / &amp;vehículo</translation>
    </message>
    <message>
        <location filename="../../gui/counter/record_panel.py" line="87"/>
        <source>Refer to a &amp;supervisor… (F12)</source>
        <translation>Remitir al su&amp;pervisor… (F12)</translation>
    </message>
    <message>
        <location filename="../../gui/counter/record_panel.py" line="88"/>
        <source>Refer to a supervisor (F12)</source>
        <translation>Remitir al supervisor (F12)</translation>
    </message>
    <message>
        <location filename="../../gui/counter/record_panel.py" line="93"/>
        <source>&amp;Refuse entry… (F11)</source>
        <translation>&amp;Rechazar entrada… (F11)</translation>
    </message>
    <message>
        <location filename="../../gui/counter/record_panel.py" line="94"/>
        <source>Refuse entry (F11)</source>
        <translation>Rechazar entrada (F11)</translation>
    </message>
    <message>
        <location filename="../../gui/counter/record_panel.py" line="100"/>
        <source>&amp;Grant extension…</source>
        <translation>&amp;Conceder prórroga…</translation>
    </message>
    <message>
        <location filename="../../gui/counter/record_panel.py" line="101"/>
        <source>Grant extension</source>
        <translation>Conceder prórroga</translation>
    </message>
    <message>
        <location filename="../../gui/counter/record_panel.py" line="106"/>
        <source>Recording result</source>
        <translation>Resultado del registro</translation>
    </message>
    <message>
        <location filename="../../gui/counter/record_panel.py" line="142"/>
        <source>Record &amp;entry anyway… (F9)</source>
        <translation>Registrar &amp;entrada de todos modos… (F9)</translation>
    </message>
    <message>
        <location filename="../../gui/counter/record_panel.py" line="142"/>
        <source>Record e&amp;xit anyway… (F10)</source>
        <translation>Registrar &amp;salida de todos modos… (F10)</translation>
    </message>
    <message>
        <location filename="../../gui/counter/record_panel.py" line="144"/>
        <source>Record &amp;entry (F9)</source>
        <translation>Registrar &amp;entrada (F9)</translation>
    </message>
    <message>
        <location filename="../../gui/counter/record_panel.py" line="144"/>
        <source>Record e&amp;xit (F10)</source>
        <translation>Registrar &amp;salida (F10)</translation>
    </message>
    <message>
        <location filename="../../gui/counter/record_panel.py" line="208"/>
        <source>Alert raised</source>
        <translation>Alerta generada</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../gui/dialogs.py" line="291"/>
        <source>New recovery key</source>
        <translation>Nueva clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="295"/>
        <source>The database key was rotated. Write down the new recovery key and keep it in a safe place: it is shown only this once.</source>
        <translation>Se cambió la clave de la base de datos. Anote la nueva clave de recuperación y guárdela en un lugar seguro: solo se muestra esta vez.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="305"/>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="308"/>
        <source>These users need a new password before they can log in again: %1</source>
        <translation>Estos usuarios necesitan una contraseña nueva para volver a entrar: %1</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="312"/>
        <source>No other user had a password to reset.</source>
        <translation>Ningún otro usuario tenía contraseña que restablecer.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="315"/>
        <source>Users to reset</source>
        <translation>Usuarios por restablecer</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="317"/>
        <source>I have &amp;written it down</source>
        <translation>La he &amp;anotado</translation>
    </message>
</context>
<context>
    <name>ReferDialog</name>
    <message>
        <location filename="../../gui/dialogs.py" line="196"/>
        <source>Refer to a supervisor</source>
        <translation>Remitir al supervisor</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="198"/>
        <source>Refer %1 to a supervisor. An alert is raised with what the checks found:</source>
        <translation>Remitir a %1 al supervisor. Se genera una alerta con lo que encontraron las verificaciones:</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="199"/>
        <source>the holder of this document</source>
        <translation>el titular de este documento</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="205"/>
        <source>The document image goes with the alert.</source>
        <translation>La imagen del documento acompaña a la alerta.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="207"/>
        <source>Note for the supervisor</source>
        <translation>Nota para el supervisor</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="208"/>
        <source>Note for the supervisor (optional)</source>
        <translation>Nota para el supervisor (opcional)</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="212"/>
        <source>Refer</source>
        <translation>Remitir</translation>
    </message>
</context>
<context>
    <name>RefusalDialog</name>
    <message>
        <location filename="../../gui/dialogs.py" line="104"/>
        <location filename="../../gui/dialogs.py" line="115"/>
        <source>Refuse entry</source>
        <translation>Rechazar entrada</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="107"/>
        <source>Refuse the entry of %1. The reason is recorded.</source>
        <translation>Rechazar la entrada de %1. El motivo queda registrado.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="110"/>
        <source>Reason for the refusal</source>
        <translation>Motivo del rechazo</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="111"/>
        <source>Reason (required)</source>
        <translation>Motivo (obligatorio)</translation>
    </message>
</context>
<context>
    <name>RotateKeyDialog</name>
    <message>
        <location filename="../../gui/dialogs.py" line="259"/>
        <source>Rotate database key</source>
        <translation>Cambiar la clave de la base de datos</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="263"/>
        <source>The whole store is encrypted again under a new key. Afterwards only you can log in: every other user needs a new password from an administrator (Users, Reset password). A new recovery key is shown once; the old one stops working.</source>
        <translation>Todo el almacén se cifra de nuevo con una clave nueva. Después solo usted podrá entrar: cada uno de los demás usuarios necesitará una contraseña nueva de un administrador (Usuarios, Restablecer contraseña). Se muestra una sola vez una nueva clave de recuperación; la anterior deja de servir.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="273"/>
        <source>Your password</source>
        <translation>Su contraseña</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="274"/>
        <source>Your &amp;password</source>
        <translation>Su &amp;contraseña</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="280"/>
        <source>Rotate the key</source>
        <translation>Cambiar la clave</translation>
    </message>
</context>
<context>
    <name>RulesView</name>
    <message>
        <location filename="../../gui/admin_rules.py" line="43"/>
        <source>Stay rules</source>
        <translation>Reglas de estancia</translation>
    </message>
    <message>
        <location filename="../../gui/admin_rules.py" line="46"/>
        <location filename="../../gui/admin_rules.py" line="68"/>
        <location filename="../../gui/admin_rules.py" line="88"/>
        <source>Admitting country</source>
        <translation>País que admite</translation>
    </message>
    <message>
        <location filename="../../gui/admin_rules.py" line="47"/>
        <location filename="../../gui/admin_rules.py" line="70"/>
        <location filename="../../gui/admin_rules.py" line="89"/>
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <location filename="../../gui/admin_rules.py" line="48"/>
        <location filename="../../gui/admin_rules.py" line="72"/>
        <location filename="../../gui/admin_rules.py" line="90"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../gui/admin_rules.py" line="49"/>
        <location filename="../../gui/admin_rules.py" line="79"/>
        <location filename="../../gui/admin_rules.py" line="91"/>
        <source>Days (N)</source>
        <translation>Días (N)</translation>
    </message>
    <message>
        <location filename="../../gui/admin_rules.py" line="50"/>
        <location filename="../../gui/admin_rules.py" line="83"/>
        <location filename="../../gui/admin_rules.py" line="92"/>
        <source>Window (M)</source>
        <translation>Ventana (M)</translation>
    </message>
    <message>
        <location filename="../../gui/admin_rules.py" line="51"/>
        <location filename="../../gui/admin_rules.py" line="75"/>
        <location filename="../../gui/admin_rules.py" line="86"/>
        <location filename="../../gui/admin_rules.py" line="93"/>
        <source>Shared area</source>
        <translation>Área compartida</translation>
    </message>
    <message>
        <location filename="../../gui/admin_rules.py" line="59"/>
        <source>&apos;*&apos; is every admitting country; an empty nationality is every nationality.</source>
        <translation>&apos;*&apos; es cualquier país que admite; una nacionalidad vacía es cualquier nacionalidad.</translation>
    </message>
    <message>
        <location filename="../../gui/admin_rules.py" line="65"/>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <location filename="../../gui/admin_rules.py" line="73"/>
        <source>Days per entry</source>
        <translation>Días por entrada</translation>
    </message>
    <message>
        <location filename="../../gui/admin_rules.py" line="74"/>
        <source>N days in any M days</source>
        <translation>N días en cualquier periodo de M días</translation>
    </message>
    <message>
        <location filename="../../gui/admin_rules.py" line="96"/>
        <source>&amp;Save rule</source>
        <translation>&amp;Guardar regla</translation>
    </message>
    <message>
        <location filename="../../gui/admin_rules.py" line="98"/>
        <source>&amp;Delete rule</source>
        <translation>&amp;Eliminar regla</translation>
    </message>
    <message>
        <location filename="../../gui/admin_rules.py" line="121"/>
        <source>(all)</source>
        <translation>(todas)</translation>
    </message>
</context>
<context>
    <name>ServiceMessages</name>
    <message>
        <location filename="../../gui/i18n.py" line="26"/>
        <source>Wrong user name or password.</source>
        <translation>Usuario o contraseña incorrectos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/i18n.py" line="237"/>
        <source>Too many wrong passwords: try again in %n second(s), or ask an administrator to unlock the account.</source>
        <translation>
            <numerusform>Demasiadas contraseñas erróneas: inténtelo de nuevo en %n segundo o pida a un administrador que desbloquee la cuenta.</numerusform>
            <numerusform>Demasiadas contraseñas erróneas: inténtelo de nuevo en %n segundos o pida a un administrador que desbloquee la cuenta.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="27"/>
        <source>The current password is wrong.</source>
        <translation>La contraseña actual es incorrecta.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="28"/>
        <source>The new password must differ from the old one.</source>
        <translation>La nueva contraseña debe ser distinta de la anterior.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="29"/>
        <source>A password needs at least {min} characters.</source>
        <translation>Una contraseña necesita al menos {min} caracteres.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="30"/>
        <source>Choose your own password first: an administrator set this one.</source>
        <translation>Elija primero su propia contraseña: esta la puso un administrador.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="33"/>
        <source>Your role may not do this.</source>
        <translation>Su rol no permite hacer esto.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="34"/>
        <source>There is no post store here yet.</source>
        <translation>Aquí todavía no hay almacén del puesto.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="35"/>
        <source>A store already exists there; nothing was changed.</source>
        <translation>Ya existe un almacén ahí; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="38"/>
        <source>The post code, the post name and the administrator&apos;s name may not be empty.</source>
        <translation>El código del puesto, el nombre del puesto y el nombre del administrador no pueden estar vacíos.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="41"/>
        <source>The store is busy in another program; try again.</source>
        <translation>El almacén está ocupado por otro programa; inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="42"/>
        <source>The store could not be written (the disk is full or failing): nothing was recorded.</source>
        <translation>No se pudo escribir en el almacén (el disco está lleno o falla): no se registró nada.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="46"/>
        <source>The store is damaged: an administrator verifies it and restores a backup.</source>
        <translation>El almacén está dañado: un administrador debe verificarlo y restaurar una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="49"/>
        <source>The store could not be written: nothing was recorded.</source>
        <translation>No se pudo escribir en el almacén: no se registró nada.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="52"/>
        <source>Resolving an alert needs a note.</source>
        <translation>Para resolver una alerta hace falta una nota.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="53"/>
        <source>Alert no. {id} does not exist any more.</source>
        <translation>La alerta n.º {id} ya no existe.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="54"/>
        <source>The list of alerts cannot be filtered, sorted or paged that way.</source>
        <translation>La lista de alertas no se puede filtrar, ordenar ni paginar de esa manera.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="57"/>
        <source>The MRZ is not valid ({problem}); nothing was recorded.</source>
        <translation>La MRZ no es válida ({problem}); no se registró nada.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="60"/>
        <source>Days granted must be at least 1.</source>
        <translation>Los días otorgados deben ser al menos 1.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="61"/>
        <source>At most {max_days} days can be granted under the rule {rule}.</source>
        <translation>Según la regla {rule} se pueden otorgar como máximo {max_days} días.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="64"/>
        <source>A refusal needs its reason.</source>
        <translation>Un rechazo necesita su motivo.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="65"/>
        <source>A valid document is refused as a crossing, with its reason.</source>
        <translation>Un documento válido se rechaza como cruce, con su motivo.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="68"/>
        <source>The image is too large to go with the alert.</source>
        <translation>La imagen es demasiado grande para acompañar a la alerta.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="156"/>
        <source>There is no backup called {file} there.</source>
        <translation>No hay ninguna copia de seguridad llamada {file} ahí.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="157"/>
        <source>The backup {file} is damaged or is not a backup of a post; nothing was changed.</source>
        <translation>La copia de seguridad {file} está dañada o no es una copia de un puesto; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="160"/>
        <source>The backup {file} was made by another version of the program; nothing was changed.</source>
        <translation>La copia de seguridad {file} se hizo con otra versión del programa; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="164"/>
        <source>Only an administrator of the post, or its recovery key, can open its backups.</source>
        <translation>Solo un administrador del puesto, o su clave de recuperación, puede abrir sus copias de seguridad.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="167"/>
        <source>The backup could not be written to {folder}: the folder is missing, or may not be written to.</source>
        <translation>No se pudo escribir la copia de seguridad en {folder}: la carpeta no existe o no se puede escribir en ella.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="171"/>
        <source>The backup could not be written to {folder}: the disk is full.</source>
        <translation>No se pudo escribir la copia de seguridad en {folder}: el disco está lleno.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="174"/>
        <source>A store exists there already: confirm that it is to be replaced (it is kept beside, renamed).</source>
        <translation>Ya hay un almacén ahí: confirme que debe reemplazarse (se conserva al lado, con otro nombre).</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="178"/>
        <source>Only an administrator may restore a backup.</source>
        <translation>Solo un administrador puede restaurar una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="179"/>
        <source>The backup could not be put in place: the disk is full, or the folder may not be written to.</source>
        <translation>No se pudo colocar la copia de seguridad: el disco está lleno o no se puede escribir en la carpeta.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="183"/>
        <source>Another program has the store open: close it first, then try again.</source>
        <translation>Otro programa tiene el almacén abierto: ciérrelo primero y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="187"/>
        <source>The store does not open with this key, or it is damaged: an administrator restores a backup.</source>
        <translation>El almacén no se abre con esta clave o está dañado: un administrador restaura una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="191"/>
        <source>The store&apos;s key file is missing or damaged, and the store cannot be opened without it: an administrator restores a backup.</source>
        <translation>Falta el archivo de claves del almacén o está dañado, y sin él el almacén no se puede abrir: un administrador restaura una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="196"/>
        <source>The key file belongs to another post&apos;s store, not to this one.</source>
        <translation>El archivo de claves pertenece al almacén de otro puesto, no a este.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="199"/>
        <source>This account&apos;s certificate is missing, damaged or not valid: an administrator resets its password.</source>
        <translation>El certificado de esta cuenta falta, está dañado o no es válido: un administrador restablece su contraseña.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="203"/>
        <source>This account is disabled, or has no key to the store any more: an administrator resets its password.</source>
        <translation>Esta cuenta está desactivada o ya no tiene clave del almacén: un administrador restablece su contraseña.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="208"/>
        <source>This account has no keys in the key file: an administrator resets its password.</source>
        <translation>Esta cuenta no tiene claves en el archivo de claves: un administrador restablece su contraseña.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="211"/>
        <source>The recovery key does not open this store.</source>
        <translation>La clave de recuperación no abre este almacén.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="212"/>
        <source>{user} is not an active administrator of this store.</source>
        <translation>{user} no es un administrador activo de este almacén.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="215"/>
        <source>Only an administrator can certify a user.</source>
        <translation>Solo un administrador puede certificar a un usuario.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="216"/>
        <source>Only an administrator can certify another administrator.</source>
        <translation>Solo un administrador puede certificar a otro administrador.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="219"/>
        <source>The post&apos;s root key does not open with your keys.</source>
        <translation>La clave raíz del puesto no se abre con sus claves.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="222"/>
        <source>This store was made by an older version: an administrator logs in first to convert it.</source>
        <translation>Este almacén se creó con una versión anterior: primero inicia sesión un administrador para convertirlo.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="227"/>
        <source>&apos;{text}&apos; is not a date or a time (write it as 2024-05-31 or 2024-05-31T14:30).</source>
        <translation>«{text}» no es una fecha ni una hora (escríbala como 2024-05-31 o 2024-05-31T14:30).</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="230"/>
        <source>&apos;{text}&apos; is not a date (write it as 2024-05-31).</source>
        <translation>«{text}» no es una fecha (escríbala como 2024-05-31).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/i18n.py" line="245"/>
        <source>New captures are refused: records have waited %n day(s) unsent, longer than the limit of {refuse_days} days. Sync with the central server first.</source>
        <translation>
            <numerusform>Se rechazan nuevos registros: hay registros sin enviar desde hace %n día, más que el límite de {refuse_days} días. Sincronice primero con el servidor central.</numerusform>
            <numerusform>Se rechazan nuevos registros: hay registros sin enviar desde hace %n días, más que el límite de {refuse_days} días. Sincronice primero con el servidor central.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="69"/>
        <source>The days of the unsent-records limits must be between 0 and {max_days}.</source>
        <translation>Los días de los límites de registros sin enviar deben estar entre 0 y {max_days}.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="72"/>
        <source>The warning must come before the hard limit: use fewer warning days.</source>
        <translation>El aviso debe llegar antes del límite estricto: use menos días de aviso.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="75"/>
        <source>No traveller with this document has been recorded here.</source>
        <translation>Aquí no se ha registrado ningún viajero con este documento.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="78"/>
        <source>This traveller has no open stay to extend.</source>
        <translation>Este viajero no tiene una estancia abierta que prorrogar.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="79"/>
        <source>An extension adds at least one day.</source>
        <translation>Una prórroga añade al menos un día.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="80"/>
        <source>An extension needs the granting authority and a reason.</source>
        <translation>Una prórroga necesita la autoridad que la concede y un motivo.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="83"/>
        <source>That stay is not open any more.</source>
        <translation>Esa estancia ya no está abierta.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="84"/>
        <source>No stay limit applies to this traveller: there is nothing to extend.</source>
        <translation>A este viajero no se le aplica límite de estancia: no hay nada que prorrogar.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="87"/>
        <source>Keep movements at least 1 year, and overstay cases at least as long as movements.</source>
        <translation>Conserve los movimientos al menos 1 año y los casos de permanencia excedida al menos tanto como los movimientos.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="91"/>
        <source>The first day of the period is after its last day.</source>
        <translation>El primer día del periodo es posterior a su último día.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="94"/>
        <source>Unknown role: choose officer, supervisor or administrator.</source>
        <translation>Rol desconocido: elija oficial, supervisor o administrador.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="97"/>
        <source>There is no such user as {user} in that state.</source>
        <translation>No existe el usuario {user} en ese estado.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="98"/>
        <source>A user name may not be empty or contain spaces or a colon.</source>
        <translation>Un nombre de usuario no puede estar vacío ni contener espacios ni dos puntos.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="101"/>
        <source>The user {user} already exists.</source>
        <translation>El usuario {user} ya existe.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="102"/>
        <source>{user} has that role already.</source>
        <translation>{user} ya tiene ese rol.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="103"/>
        <source>The post needs at least one active administrator; add another one first.</source>
        <translation>El puesto necesita al menos un administrador activo; añada otro primero.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="106"/>
        <source>{user} has no certificate in the key file; reset the password first.</source>
        <translation>{user} no tiene certificado en el archivo de claves; restablezca primero la contraseña.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="109"/>
        <source>You cannot disable your own account; ask another administrator.</source>
        <translation>No puede deshabilitar su propia cuenta; pídaselo a otro administrador.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="112"/>
        <source>Taking an entry off the list needs a reason.</source>
        <translation>Para retirar una entrada de la lista hace falta un motivo.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="115"/>
        <source>That watchlist entry is not on the list any more.</source>
        <translation>Esa entrada ya no está en la lista de alerta.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="118"/>
        <source>The central server could not be reached; the records stay queued.</source>
        <translation>No se pudo contactar con el servidor central; los registros siguen en cola.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="121"/>
        <source>The central server did not answer after {attempts} attempts; the records stay queued.</source>
        <translation>El servidor central no respondió tras {attempts} intentos; los registros siguen en cola.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="125"/>
        <source>The central server refused the request (code {status}); the records stay queued.</source>
        <translation>El servidor central rechazó la petición (código {status}); los registros siguen en cola.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="128"/>
        <source>The central server&apos;s answer could not be trusted; nothing was taken from it.</source>
        <translation>No se pudo confiar en la respuesta del servidor central; no se tomó nada de ella.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="131"/>
        <source>This post is not enrolled with a central server yet.</source>
        <translation>Este puesto aún no está inscrito en un servidor central.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="134"/>
        <source>The central server took only part of a batch; the rest stays queued.</source>
        <translation>El servidor central aceptó solo parte de un lote; el resto sigue en cola.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="137"/>
        <source>The central server does not know this post&apos;s key: an administrator enrols the post again.</source>
        <translation>El servidor central no conoce la clave de este puesto: un administrador debe inscribir el puesto de nuevo.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="141"/>
        <source>{code} is not a three-letter country code (or * for every country).</source>
        <translation>{code} no es un código de país de tres letras (ni * para todos los países).</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="144"/>
        <source>The admitting country may not be empty (* for every country).</source>
        <translation>El país de admisión no puede estar vacío (* para todos los países).</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="147"/>
        <source>Unknown kind of rule: choose per entry, rolling window or shared area.</source>
        <translation>Tipo de regla desconocido: elija por entrada, ventana móvil o área compartida.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="150"/>
        <source>That stay rule does not exist any more.</source>
        <translation>Esa regla de estancia ya no existe.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="151"/>
        <source>This is the default rule for travellers admitted at this post: change it instead of deleting it.</source>
        <translation>Esta es la regla por defecto para los viajeros admitidos en este puesto: cámbiela en lugar de borrarla.</translation>
    </message>
    <message>
        <location filename="../../gui/i18n.py" line="260"/>
        <source>the disk is full: nothing was recorded</source>
        <translation>el disco está lleno: no se registró nada</translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <location filename="../../gui/statistics_view.py" line="82"/>
        <source>First day</source>
        <extracomment>The size charts are drawn at for the PDF (a full A4 width at 150 dpi).</extracomment>
        <translation>Primer día</translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="85"/>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="86"/>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="88"/>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="89"/>
        <source>Export &amp;XLSX…</source>
        <translation>Exportar &amp;XLSX…</translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="90"/>
        <source>Export &amp;PDF…</source>
        <translation>Exportar &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="94"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="96"/>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="105"/>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="107"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="116"/>
        <source>Totals</source>
        <translation>Totales</translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="120"/>
        <location filename="../../gui/statistics_view.py" line="181"/>
        <location filename="../../gui/statistics_view.py" line="262"/>
        <source>Entries and exits by day</source>
        <translation>Entradas y salidas por día</translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="122"/>
        <location filename="../../gui/statistics_view.py" line="263"/>
        <source>Movements by nationality</source>
        <translation>Movimientos por nacionalidad</translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="124"/>
        <location filename="../../gui/statistics_view.py" line="264"/>
        <source>Overstays by nationality</source>
        <translation>Sobreestancias por nacionalidad</translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="170"/>
        <location filename="../../gui/statistics_view.py" line="284"/>
        <source>Movements by nationality (top 10)</source>
        <translation>Movimientos por nacionalidad (10 primeras)</translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="183"/>
        <location filename="../../gui/statistics_view.py" line="255"/>
        <location filename="../../gui/statistics_view.py" line="354"/>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="184"/>
        <location filename="../../gui/statistics_view.py" line="256"/>
        <location filename="../../gui/statistics_view.py" line="355"/>
        <source>Exits</source>
        <translation>Salidas</translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="272"/>
        <source>Export statistics</source>
        <translation>Exportar estadísticas</translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="349"/>
        <source>Movement statistics</source>
        <translation>Estadísticas de movimientos</translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="253"/>
        <source>Post</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="134"/>
        <source>Export message</source>
        <translation>Mensaje de la exportación</translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="152"/>
        <source>Post %1, %2 to %3 — entries: %4, exits: %5, movements: %6, refusals: %7, overstays today: %8</source>
        <translation>Puesto %1, del %2 al %3 — entradas: %4, salidas: %5, movimientos: %6, rechazos: %7, permanencias excedidas hoy: %8</translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="175"/>
        <location filename="../../gui/statistics_view.py" line="287"/>
        <source>Overstays today by nationality</source>
        <translation>Permanencias excedidas hoy por nacionalidad</translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="234"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="234"/>
        <source>By day</source>
        <translation>Por día</translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="234"/>
        <source>By nationality</source>
        <translation>Por nacionalidad</translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="234"/>
        <source>By post</source>
        <translation>Por puesto</translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="236"/>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="237"/>
        <source>all</source>
        <translation>todos</translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="238"/>
        <source>day</source>
        <translation>día</translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="239"/>
        <location filename="../../gui/statistics_view.py" line="251"/>
        <source>nationality</source>
        <translation>nacionalidad</translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="240"/>
        <location filename="../../gui/statistics_view.py" line="251"/>
        <source>post</source>
        <translation>puesto</translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="243"/>
        <source>section</source>
        <translation>sección</translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="244"/>
        <source>key</source>
        <translation>clave</translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="245"/>
        <source>entries</source>
        <translation>entradas</translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="246"/>
        <source>exits</source>
        <translation>salidas</translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="247"/>
        <source>refusals</source>
        <translation>rechazos</translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="248"/>
        <source>movements</source>
        <translation>movimientos</translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="249"/>
        <source>overstays today</source>
        <translation>excedidos hoy</translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="251"/>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="254"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="257"/>
        <location filename="../../gui/statistics_view.py" line="356"/>
        <source>Refusals</source>
        <translation>Rechazos</translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="258"/>
        <location filename="../../gui/statistics_view.py" line="357"/>
        <source>Movements</source>
        <translation>Movimientos</translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="259"/>
        <location filename="../../gui/statistics_view.py" line="358"/>
        <source>Overstays today</source>
        <translation>Sobreestancias hoy</translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="270"/>
        <source>statistics</source>
        <translation>estadisticas</translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="351"/>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="352"/>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="353"/>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="315"/>
        <source>Exporting …</source>
        <translation>Exportando …</translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="323"/>
        <location filename="../../gui/statistics_view.py" line="341"/>
        <source>Export cancelled.</source>
        <translation>Exportación cancelada.</translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="369"/>
        <source>Written: %1</source>
        <translation>Escrito: %1</translation>
    </message>
    <message>
        <location filename="../../gui/statistics_view.py" line="373"/>
        <source>The export failed: %1</source>
        <translation>La exportación falló: %1</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <location filename="../../gui/sync_view.py" line="67"/>
        <source>Sync status</source>
        <translation>Estado de la sincronización</translation>
    </message>
    <message>
        <location filename="../../gui/sync_view.py" line="77"/>
        <source>Central server</source>
        <translation>Servidor central</translation>
    </message>
    <message>
        <location filename="../../gui/sync_view.py" line="78"/>
        <source>Records waiting to be sent</source>
        <translation>Registros pendientes de envío</translation>
    </message>
    <message>
        <location filename="../../gui/sync_view.py" line="79"/>
        <source>Last attempt</source>
        <translation>Último intento</translation>
    </message>
    <message>
        <location filename="../../gui/sync_view.py" line="80"/>
        <source>Last success</source>
        <translation>Último éxito</translation>
    </message>
    <message>
        <location filename="../../gui/sync_view.py" line="81"/>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
    <message>
        <location filename="../../gui/sync_view.py" line="87"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <location filename="../../gui/sync_view.py" line="91"/>
        <source>Sync in progress</source>
        <translation>Sincronización en curso</translation>
    </message>
    <message>
        <location filename="../../gui/sync_view.py" line="93"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../gui/sync_view.py" line="102"/>
        <source>Sync result</source>
        <translation>Resultado de la sincronización</translation>
    </message>
    <message>
        <location filename="../../gui/sync_view.py" line="114"/>
        <source>Sync is not installed on this PC.</source>
        <translation>La sincronización no está instalada en este PC.</translation>
    </message>
    <message>
        <location filename="../../gui/sync_view.py" line="127"/>
        <source>This post is enrolled with a central server.</source>
        <translation>Este puesto está inscrito en un servidor central.</translation>
    </message>
    <message>
        <location filename="../../gui/sync_view.py" line="133"/>
        <source>This post is not enrolled with a central server. An administrator enrols it on the command line: midas post enrol --server URL --token TOKEN</source>
        <translation>Este puesto no está inscrito en un servidor central. Un administrador lo inscribe desde la línea de comandos: midas post enrol --server URL --token TOKEN</translation>
    </message>
    <message>
        <location filename="../../gui/sync_view.py" line="156"/>
        <source>Background sync every %1 minute(s) while the app is open.</source>
        <translation>Sincronización automática cada %1 minuto(s) mientras la aplicación está abierta.</translation>
    </message>
    <message>
        <location filename="../../gui/sync_view.py" line="177"/>
        <source>A sync is still running; wait for it to finish.</source>
        <translation>Hay una sincronización en curso; espere a que termine.</translation>
    </message>
    <message>
        <location filename="../../gui/sync_view.py" line="179"/>
        <source>The sync that was cancelled is still finishing; try again in a moment.</source>
        <translation>La sincronización cancelada aún está terminando; inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <location filename="../../gui/sync_view.py" line="194"/>
        <source>Background sync running …</source>
        <translation>Sincronización automática en curso …</translation>
    </message>
    <message>
        <location filename="../../gui/sync_view.py" line="194"/>
        <source>Syncing …</source>
        <translation>Sincronizando …</translation>
    </message>
    <message>
        <location filename="../../gui/sync_view.py" line="206"/>
        <source>Stopped waiting. The batch under way finishes in the background; nothing is lost.</source>
        <translation>Se dejó de esperar. El lote en curso termina en segundo plano; no se pierde nada.</translation>
    </message>
    <message>
        <location filename="../../gui/sync_view.py" line="213"/>
        <source>Sync done: %1 sent, %2 acknowledged, %3 received from other posts.</source>
        <translation>Sincronización hecha: %1 enviados, %2 confirmados, %3 recibidos de otros puestos.</translation>
    </message>
    <message>
        <location filename="../../gui/sync_view.py" line="223"/>
        <source>Sync failed: %1</source>
        <translation>La sincronización falló: %1</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../gui/dialogs.py" line="41"/>
        <source>User name</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="43"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="47"/>
        <source>Current password</source>
        <translation>Contraseña actual</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="49"/>
        <source>New password</source>
        <translation>Contraseña nueva</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="51"/>
        <source>New password again</source>
        <translation>Repita la contraseña nueva</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="55"/>
        <source>&amp;User name</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="57"/>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="59"/>
        <source>&amp;Current password</source>
        <translation>Contraseña &amp;actual</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="61"/>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="62"/>
        <source>Password a&amp;gain</source>
        <translation>Repita la contra&amp;seña</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs.py" line="85"/>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
</context>
<context>
    <name>UsersView</name>
    <message>
        <location filename="../../gui/admin_users.py" line="46"/>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <location filename="../../gui/admin_users.py" line="48"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location filename="../../gui/admin_users.py" line="48"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../gui/admin_users.py" line="48"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../gui/admin_users.py" line="48"/>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <location filename="../../gui/admin_users.py" line="56"/>
        <source>&amp;Add user…</source>
        <translation>&amp;Agregar usuario…</translation>
    </message>
    <message>
        <location filename="../../gui/admin_users.py" line="57"/>
        <source>Change &amp;role…</source>
        <translation>Cambiar &amp;rol…</translation>
    </message>
    <message>
        <location filename="../../gui/admin_users.py" line="58"/>
        <source>Reset &amp;password…</source>
        <translation>Restablecer &amp;contraseña…</translation>
    </message>
    <message>
        <location filename="../../gui/admin_users.py" line="59"/>
        <source>&amp;Disable</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <location filename="../../gui/admin_users.py" line="60"/>
        <source>&amp;Enable again…</source>
        <translation>&amp;Habilitar de nuevo…</translation>
    </message>
    <message>
        <location filename="../../gui/admin_users.py" line="61"/>
        <source>&amp;Unlock</source>
        <translation>Desblo&amp;quear</translation>
    </message>
    <message>
        <location filename="../../gui/admin_users.py" line="73"/>
        <source>Rotate database &amp;key…</source>
        <translation>Renovar la cla&amp;ve de la base de datos…</translation>
    </message>
    <message>
        <location filename="../../gui/admin_users.py" line="79"/>
        <source>Key rotation</source>
        <translation>Cambio de clave</translation>
    </message>
    <message>
        <location filename="../../gui/admin_users.py" line="96"/>
        <source>needs a new password</source>
        <translation>necesita una contraseña nueva</translation>
    </message>
    <message>
        <location filename="../../gui/admin_users.py" line="98"/>
        <source>locked after wrong passwords</source>
        <translation>bloqueado por contraseñas erróneas</translation>
    </message>
    <message>
        <location filename="../../gui/admin_users.py" line="100"/>
        <source>chooses a password at next login</source>
        <translation>elige contraseña en el próximo inicio de sesión</translation>
    </message>
    <message>
        <location filename="../../gui/admin_users.py" line="102"/>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <location filename="../../gui/admin_users.py" line="188"/>
        <source>Enable %1 again: a password they replace at their next login</source>
        <translation>Habilitar de nuevo a %1: una contraseña que cambiará en su próximo inicio de sesión</translation>
    </message>
    <message>
        <location filename="../../gui/admin_users.py" line="220"/>
        <source>Rotating the database key …</source>
        <translation>Renovando la clave de la base de datos …</translation>
    </message>
    <message>
        <location filename="../../gui/admin_users.py" line="236"/>
        <source>The database key was rotated; every active user keeps their password.</source>
        <translation>Se renovó la clave de la base de datos; cada usuario activo conserva su contraseña.</translation>
    </message>
    <message>
        <location filename="../../gui/admin_users.py" line="94"/>
        <source>disabled</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <location filename="../../gui/admin_users.py" line="126"/>
        <source>Add user</source>
        <translation>Agregar usuario</translation>
    </message>
    <message>
        <location filename="../../gui/admin_users.py" line="143"/>
        <source>Change the role of %1</source>
        <translation>Cambiar el rol de %1</translation>
    </message>
    <message>
        <location filename="../../gui/admin_users.py" line="159"/>
        <source>New password for %1</source>
        <translation>Contraseña nueva para %1</translation>
    </message>
    <message>
        <location filename="../../gui/admin_users.py" line="173"/>
        <source>Disable user</source>
        <translation>Desactivar usuario</translation>
    </message>
    <message>
        <location filename="../../gui/admin_users.py" line="174"/>
        <source>Disable %1? They will no longer be able to log in.</source>
        <translation>¿Desactivar a %1? Ya no podrá iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <location filename="../../gui/counter/wording.py" line="32"/>
        <source>STOP — do not admit</source>
        <translation>ALTO — no admitir</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/counter/wording.py" line="34"/>
        <source>ATTENTION — %n point(s) to check</source>
        <translation>
            <numerusform>ATENCIÓN — %n punto que revisar</numerusform>
            <numerusform>ATENCIÓN — %n puntos que revisar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/counter/wording.py" line="37"/>
        <source>GO — valid document, no alerts</source>
        <translation>ADELANTE — documento válido, sin alertas</translation>
    </message>
    <message>
        <location filename="../../gui/counter/wording.py" line="45"/>
        <source>MRZ not readable (%1): scan again or type the lines.</source>
        <translation>MRZ ilegible (%1): vuelva a pasar el documento o escriba las líneas.</translation>
    </message>
    <message>
        <location filename="../../gui/counter/wording.py" line="50"/>
        <source>Probable misread (%1): a look-alike character (0/O, 1/I, 5/S, 8/B) was likely read wrongly. Compare the lines with the document and scan again or correct them.</source>
        <translation>Probable error de lectura (%1): seguramente se leyó mal un carácter parecido (0/O, 1/I, 5/S, 8/B). Compare las líneas con el documento y vuelva a pasarlo o corríjalas.</translation>
    </message>
    <message>
        <location filename="../../gui/counter/wording.py" line="59"/>
        <source>MRZ could not be read reliably (%1): the reader was unsure of some characters. Scan again or type the lines from the document.</source>
        <translation>No se pudo leer la MRZ con fiabilidad (%1): el lector dudó de algunos caracteres. Escanee de nuevo o escriba las líneas del documento.</translation>
    </message>
    <message>
        <location filename="../../gui/counter/wording.py" line="68"/>
        <source>Invalid document (%1): the data does not agree with its check digits. The document may have been altered: refer it to a supervisor or refuse the entry.</source>
        <translation>Documento no válido (%1): los datos no concuerdan con sus dígitos de control. El documento puede haber sido alterado: remítalo al supervisor o rechace la entrada.</translation>
    </message>
    <message>
        <location filename="../../gui/counter/wording.py" line="87"/>
        <source>Watchlist hit on %1 (%2% alike): %3. Listed: %4, born %5, document %6. Source: %7.</source>
        <translation>Coincidencia en la lista de alerta por %1 (%2 % de parecido): %3. Persona listada: %4, nacida el %5, documento %6. Fuente: %7.</translation>
    </message>
    <message>
        <location filename="../../gui/counter/wording.py" line="101"/>
        <source>Document expired on %1.</source>
        <translation>Documento vencido el %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/counter/wording.py" line="105"/>
        <source>No days of stay left: %n day(s) over the allowance of %1 under the rule %2.</source>
        <translation>
            <numerusform>No le quedan días de estancia: %n día por encima de los %1 permitidos según la regla %2.</numerusform>
            <numerusform>No le quedan días de estancia: %n días por encima de los %1 permitidos según la regla %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/counter/wording.py" line="116"/>
        <source>Overstay: %n day(s) past the latest legal exit of %1.</source>
        <translation>
            <numerusform>Permanencia excedida: %n día después de la última salida legal del %1.</numerusform>
            <numerusform>Permanencia excedida: %n días después de la última salida legal del %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/counter/wording.py" line="126"/>
        <source>Earlier overstay: %n day(s) over on the stay from %1 to %2 (%3).</source>
        <translation>
            <numerusform>Exceso anterior: %n día de más en la estancia del %1 al %2 (%3).</numerusform>
            <numerusform>Exceso anterior: %n días de más en la estancia del %1 al %2 (%3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/counter/wording.py" line="137"/>
        <source>MINOR: %n year(s) old. Check the accompanying adult and the authorisation to travel.</source>
        <translation>
            <numerusform>MENOR DE EDAD: %n año. Verifique el adulto acompañante y el permiso de viaje.</numerusform>
            <numerusform>MENOR DE EDAD: %n años. Verifique el adulto acompañante y el permiso de viaje.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/counter/wording.py" line="144"/>
        <source>Note on the MRZ: %1.</source>
        <translation>Observación sobre la MRZ: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/counter/wording.py" line="146"/>
        <source>Possibly the same person as %n earlier record(s): compare the identity.</source>
        <translation>
            <numerusform>Posiblemente la misma persona que %n registro anterior: compare la identidad.</numerusform>
            <numerusform>Posiblemente la misma persona que %n registros anteriores: compare la identidad.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/counter/wording.py" line="153"/>
        <source>No stay rule covers this traveller&apos;s nationality here: the administrator sets one.</source>
        <translation>Ninguna regla de estancia cubre aquí la nacionalidad del viajero: el administrador debe configurarla.</translation>
    </message>
    <message>
        <location filename="../../gui/counter/wording.py" line="158"/>
        <source>Exempt from stay limits: %1.</source>
        <translation>Exento de límites de estancia: %1.</translation>
    </message>
    <message>
        <location filename="../../gui/counter/wording.py" line="162"/>
        <source>In the country: an exit is expected.</source>
        <translation>En el país: se espera una salida.</translation>
    </message>
    <message>
        <location filename="../../gui/counter/wording.py" line="163"/>
        <source>Check the document.</source>
        <translation>Verifique el documento.</translation>
    </message>
</context>
<context>
    <name>VerdictBand</name>
    <message>
        <location filename="../../gui/counter/checks_panel.py" line="59"/>
        <source>Verdict</source>
        <extracomment>The verdict&apos;s smallest size: capitals about 7 mm high on a 15&quot; laptop, readable across a counter.</extracomment>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../gui/counter/checks_panel.py" line="63"/>
        <source>Reasons for the verdict</source>
        <translation>Motivos del resultado</translation>
    </message>
    <message>
        <location filename="../../gui/counter/checks_panel.py" line="69"/>
        <source>Waiting for a document</source>
        <translation>Esperando un documento</translation>
    </message>
    <message>
        <location filename="../../gui/counter/checks_panel.py" line="72"/>
        <source>Checking …</source>
        <translation>Verificando …</translation>
    </message>
</context>
<context>
    <name>WatchlistView</name>
    <message>
        <location filename="../../gui/admin_watchlist.py" line="49"/>
        <source>Document number, name, reason or source</source>
        <translation>Número de documento, nombre, motivo o fuente</translation>
    </message>
    <message>
        <location filename="../../gui/admin_watchlist.py" line="50"/>
        <source>Search the watchlist</source>
        <translation>Buscar en la lista de alerta</translation>
    </message>
    <message>
        <location filename="../../gui/admin_watchlist.py" line="51"/>
        <source>Show &amp;removed entries</source>
        <translation>Mostrar las &amp;retiradas</translation>
    </message>
    <message>
        <location filename="../../gui/admin_watchlist.py" line="52"/>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importar CSV…</translation>
    </message>
    <message>
        <location filename="../../gui/admin_watchlist.py" line="54"/>
        <source>Take &amp;off the list…</source>
        <translation>Re&amp;tirar de la lista…</translation>
    </message>
    <message>
        <location filename="../../gui/admin_watchlist.py" line="64"/>
        <source>Watchlist entries</source>
        <translation>Entradas de la lista de alerta</translation>
    </message>
    <message>
        <location filename="../../gui/admin_watchlist.py" line="66"/>
        <location filename="../../gui/admin_watchlist.py" line="136"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../gui/admin_watchlist.py" line="66"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../gui/admin_watchlist.py" line="66"/>
        <location filename="../../gui/admin_watchlist.py" line="135"/>
        <source>Born</source>
        <translation>Nacimiento</translation>
    </message>
    <message>
        <location filename="../../gui/admin_watchlist.py" line="66"/>
        <location filename="../../gui/admin_watchlist.py" line="137"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../gui/admin_watchlist.py" line="66"/>
        <location filename="../../gui/admin_watchlist.py" line="138"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../gui/admin_watchlist.py" line="77"/>
        <source>Watchlist entry</source>
        <translation>Entrada de la lista de alerta</translation>
    </message>
    <message>
        <location filename="../../gui/admin_watchlist.py" line="83"/>
        <source>Watchlist message</source>
        <translation>Mensaje de la lista de alerta</translation>
    </message>
    <message>
        <location filename="../../gui/admin_watchlist.py" line="87"/>
        <source>Rejected rows</source>
        <translation>Filas rechazadas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/admin_watchlist.py" line="118"/>
        <source>%n entry(ies) found.</source>
        <translation>
            <numerusform>%n entrada encontrada.</numerusform>
            <numerusform>%n entradas encontradas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/admin_watchlist.py" line="133"/>
        <source>Surname</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location filename="../../gui/admin_watchlist.py" line="134"/>
        <source>Given names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <location filename="../../gui/admin_watchlist.py" line="139"/>
        <source>On the list since</source>
        <translation>En la lista desde</translation>
    </message>
    <message>
        <location filename="../../gui/admin_watchlist.py" line="144"/>
        <source>Taken off</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <location filename="../../gui/admin_watchlist.py" line="146"/>
        <source>by %1 at %2: %3</source>
        <translation>por %1 el %2: %3</translation>
    </message>
    <message>
        <location filename="../../gui/admin_watchlist.py" line="173"/>
        <source>Take off the watchlist</source>
        <translation>Retirar de la lista de alerta</translation>
    </message>
    <message>
        <location filename="../../gui/admin_watchlist.py" line="176"/>
        <source>Take %1 off the watchlist? It stops matching at once; the entry is kept with your reason.</source>
        <translation>¿Retirar a %1 de la lista de alerta? Deja de coincidir de inmediato; la entrada se conserva con su motivo.</translation>
    </message>
    <message>
        <location filename="../../gui/admin_watchlist.py" line="181"/>
        <source>Take off the list</source>
        <translation>Retirar de la lista</translation>
    </message>
    <message>
        <location filename="../../gui/admin_watchlist.py" line="197"/>
        <source>Taken off the list.</source>
        <translation>Retirada de la lista.</translation>
    </message>
    <message>
        <location filename="../../gui/admin_watchlist.py" line="203"/>
        <source>Watchlist CSV</source>
        <translation>Lista de alerta CSV</translation>
    </message>
    <message>
        <location filename="../../gui/admin_watchlist.py" line="203"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/admin_watchlist.py" line="214"/>
        <source>The file could not be read as UTF-8 text.</source>
        <translation>No se pudo leer el archivo como texto UTF-8.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/admin_watchlist.py" line="227"/>
        <source>Imported %n entry(ies).</source>
        <translation>
            <numerusform>Se importó %n entrada.</numerusform>
            <numerusform>Se importaron %n entradas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/admin_watchlist.py" line="228"/>
        <source>%n row(s) rejected.</source>
        <translation>
            <numerusform>%n fila rechazada.</numerusform>
            <numerusform>%n filas rechazadas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/admin_watchlist.py" line="233"/>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
</context>
</TS>
