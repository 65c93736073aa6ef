<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ActionCenter</name>
    <message>
        <source>%1 for %2 (%3)</source>
        <extracomment>program for location (PartnerID)</extracomment>
        <translation>%1 para %2 (%3)</translation>
    </message>
    <message>
        <source>Validation approved: %1</source>
        <translation>Validación aprobada: %1</translation>
    </message>
    <message>
        <source>The enrollment of %1 (%2) in %3 passed validation: it is Enrolled for %4.</source>
        <translation>La inscripción de %1 (%2) en %3 superó la validación: está inscrita para %4.</translation>
    </message>
    <message>
        <source>Validation rejected: %1</source>
        <translation>Validación rechazada: %1</translation>
    </message>
    <message>
        <source>The enrollment of %1 (%2) in %3 was rejected: %4

Correct the profile named in the reason, then submit the enrollment again.</source>
        <translation>La inscripción de %1 (%2) en %3 fue rechazada: %4

Corrija el perfil indicado en el motivo y vuelva a enviar la inscripción.</translation>
    </message>
    <message>
        <source>Renewed for %1: %2</source>
        <translation>Renovada para %1: %2</translation>
    </message>
    <message>
        <source>The enrollment of %1 (%2) in %3 continues into %4.</source>
        <translation>La inscripción de %1 (%2) en %3 continúa en %4.</translation>
    </message>
    <message>
        <source>Not renewed for %1: %2</source>
        <translation>No renovada para %1: %2</translation>
    </message>
    <message>
        <source>The enrollment of %1 (%2) in %3 did not continue into %4: %5

What fixes it: %6</source>
        <translation>La inscripción de %1 (%2) en %3 no continúa en %4: %5

Solución: %6</translation>
    </message>
    <message>
        <source>Tax form expires in %1 days: %2 (%3)</source>
        <translation>El formulario fiscal vence en %1 días: %2 (%3)</translation>
    </message>
    <message>
        <source>The %1 of %2 (%3) expires on %4. Sign a new one before then: with an expired tax form, payouts stop and enrollments do not renew at the fiscal-year end.</source>
        <translation>El %1 de %2 (%3) vence el %4. Firme uno nuevo antes: con un formulario fiscal vencido, los pagos se detienen y las inscripciones no se renuevan al final del ejercicio fiscal.</translation>
    </message>
    <message>
        <source>Role given: %1</source>
        <translation>Rol asignado: %1</translation>
    </message>
    <message>
        <source>Role given: %1 at %2</source>
        <translation>Rol asignado: %1 en %2</translation>
    </message>
    <message>
        <source>You now hold the %1 role. See My access for what it lets you do.</source>
        <translation>Ahora tiene el rol %1. Consulte Mi acceso para ver lo que permite.</translation>
    </message>
    <message>
        <source>You now hold the %1 role at %2. See My access for what it lets you do.</source>
        <translation>Ahora tiene el rol %1 en %2. Consulte Mi acceso para ver lo que permite.</translation>
    </message>
    <message>
        <source>Role removed: %1</source>
        <translation>Rol retirado: %1</translation>
    </message>
    <message>
        <source>Role removed: %1 at %2</source>
        <translation>Rol retirado: %1 en %2</translation>
    </message>
    <message>
        <source>You no longer hold the %1 role. See My access for what you can still do.</source>
        <translation>Ya no tiene el rol %1. Consulte Mi acceso para ver lo que aún puede hacer.</translation>
    </message>
    <message>
        <source>You no longer hold the %1 role at %2. See My access for what you can still do.</source>
        <translation>Ya no tiene el rol %1 en %2. Consulte Mi acceso para ver lo que aún puede hacer.</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>Invitation</source>
        <translation>Invitación</translation>
    </message>
    <message>
        <source>Validation approved</source>
        <translation>Validación aprobada</translation>
    </message>
    <message>
        <source>Validation rejected</source>
        <translation>Validación rechazada</translation>
    </message>
    <message>
        <source>Tax form expiring</source>
        <translation>Formulario fiscal por vencer</translation>
    </message>
    <message>
        <source>Renewal outcome</source>
        <translation>Resultado de la renovación</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>Rol cambiado</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation>Obligatoria</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Recomendada</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>The user %1 is deactivated.</source>
        <translation>El usuario %1 está desactivado.</translation>
    </message>
    <message>
        <source>Sign in first: say who acts.</source>
        <translation>Inicie sesión primero: indique quién actúa.</translation>
    </message>
</context>
<context>
    <name>AssignmentService</name>
    <message>
        <source>%1 has no enrollment for location %2.</source>
        <translation>%1 no tiene ninguna inscripción para la ubicación %2.</translation>
    </message>
    <message>
        <source>There is no bank profile %1.</source>
        <translation>No existe el perfil bancario %1.</translation>
    </message>
    <message>
        <source>Choose at least one location.</source>
        <translation>Elija al menos una ubicación.</translation>
    </message>
    <message>
        <source>%1 is not accepted for a bank account in %2.</source>
        <translation>%1 no se acepta para una cuenta bancaria en %2.</translation>
    </message>
    <message>
        <source>%1 #%2 (%3)</source>
        <translation>%1 n.º %2 (%3)</translation>
    </message>
    <message>
        <source>Location %1 has no tax profile %2; choose one of its own on the Payout and tax profiles page.</source>
        <translation>La ubicación %1 no tiene el perfil fiscal %2; elija uno de los suyos en la página Perfiles de pago y fiscales.</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Search actions, locations, programs and details</source>
        <translation>Buscar acciones, ubicaciones, programas y detalles</translation>
    </message>
    <message>
        <source>Search the audit log</source>
        <translation>Buscar en el registro de auditoría</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Shows the records whose action, location, program or details contain the text</source>
        <translation>Muestra los registros cuya acción, ubicación, programa o detalles contienen el texto</translation>
    </message>
    <message>
        <source>Every change with its time, user, action, location, program and details, newest first</source>
        <translation>Todos los cambios con su fecha y hora, usuario, acción, ubicación, programa y detalles, del más reciente al más antiguo</translation>
    </message>
    <message>
        <source>Shows only the records of the user chosen; type part of a name or email address to find them</source>
        <translation>Muestra solo los registros del usuario elegido; escriba parte de su nombre o correo electrónico para encontrarlo</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>Cargar &amp;más</translation>
    </message>
    <message>
        <source>Load more records</source>
        <translation>Cargar más registros</translation>
    </message>
    <message>
        <source>Adds the next older records to the table</source>
        <translation>Añade a la tabla los siguientes registros más antiguos</translation>
    </message>
</context>
<context>
    <name>AuditSentence</name>
    <message>
        <source>%1 accepted the invitation to %2 for %3</source>
        <translation>%1 aceptó la invitación a %2 para %3</translation>
    </message>
    <message>
        <source>%1 submitted the enrollment in %2 for %3</source>
        <translation>%1 envió la inscripción en %2 para %3</translation>
    </message>
    <message>
        <source>%1 validated the enrollment in %2 for %3</source>
        <translation>%1 validó la inscripción en %2 para %3</translation>
    </message>
    <message>
        <source>%1 rejected the enrollment in %2 for %3</source>
        <translation>%1 rechazó la inscripción en %2 para %3</translation>
    </message>
    <message>
        <source>%1 sent the enrollment in %2 for %3 back to validation after a profile change</source>
        <translation>%1 devolvió la inscripción en %2 para %3 a validación tras un cambio de perfil</translation>
    </message>
    <message>
        <source>%1 held the enrollment in %2 for %3 because its tax form expired</source>
        <translation>%1 retuvo la inscripción en %2 para %3 porque su formulario fiscal caducó</translation>
    </message>
    <message>
        <source>%1 found %3 no longer eligible for %2</source>
        <translation>%1 determinó que %3 ya no cumple los requisitos de %2</translation>
    </message>
    <message>
        <source>%1 found %3 eligible for %2 again</source>
        <translation>%1 determinó que %3 vuelve a cumplir los requisitos de %2</translation>
    </message>
    <message>
        <source>%1 discontinued %2 for %3</source>
        <translation>%1 suspendió %2 para %3</translation>
    </message>
    <message>
        <source>%1 renewed the enrollment in %2 for %3</source>
        <translation>%1 renovó la inscripción en %2 para %3</translation>
    </message>
    <message>
        <source>%1 let the enrollment in %2 for %3 lapse at the fiscal year&apos;s end</source>
        <translation>%1 dejó vencer la inscripción en %2 para %3 al cierre del año fiscal</translation>
    </message>
    <message>
        <source>%1 held the renewal of %2 for %3 for missing payout or tax details</source>
        <translation>%1 retuvo la renovación de %2 para %3 por faltar datos de pago o fiscales</translation>
    </message>
    <message>
        <source>%1 reactivated the enrollment in %2 for %3</source>
        <translation>%1 reactivó la inscripción en %2 para %3</translation>
    </message>
    <message>
        <source>%1 closed %2 for %3</source>
        <translation>%1 cerró %2 para %3</translation>
    </message>
    <message>
        <source>%1 invited %3 to enroll in %2 (%4).</source>
        <translation>%1 invitó a %3 a inscribirse en %2 (%4).</translation>
    </message>
    <message>
        <source>%1 changed the enrollment in %2 for %3</source>
        <translation>%1 cambió la inscripción en %2 para %3</translation>
    </message>
    <message>
        <source>%1 (%2).</source>
        <translation>%1 (%2).</translation>
    </message>
    <message>
        <source>%1 made %2 %3.</source>
        <translation>%1 nombró a %2 %3.</translation>
    </message>
    <message>
        <source>%1 made %2 %3 of %4.</source>
        <translation>%1 nombró a %2 %3 de %4.</translation>
    </message>
    <message>
        <source>%1 removed the %3 role of %2</source>
        <translation>%1 quitó el rol %3 a %2</translation>
    </message>
    <message>
        <source>%1 removed the %3 role of %2 at %4</source>
        <translation>%1 quitó el rol %3 a %2 en %4</translation>
    </message>
    <message>
        <source>%1; %2 holds it now.</source>
        <translation>%1; ahora lo tiene %2.</translation>
    </message>
    <message>
        <source>%1, as %2 is %3 there now.</source>
        <translation>%1, ya que %2 es ahora %3 allí.</translation>
    </message>
    <message>
        <source>%1 emailed %2 the invitation to enroll %3 in %4.</source>
        <translation>%1 envió a %2 la invitación para inscribir a %3 en %4.</translation>
    </message>
    <message>
        <source>%1 added the user %2.</source>
        <translation>%1 agregó el usuario %2.</translation>
    </message>
    <message>
        <source>%1 deactivated %2.</source>
        <translation>%1 desactivó a %2.</translation>
    </message>
    <message>
        <source>%1 reactivated %2.</source>
        <translation>%1 reactivó a %2.</translation>
    </message>
    <message>
        <source>%1 signed in.</source>
        <translation>%1 inició sesión.</translation>
    </message>
    <message>
        <source>A sign-in as %1 failed (%2).</source>
        <translation>Falló un inicio de sesión como %1 (%2).</translation>
    </message>
    <message>
        <source>%1 changed their password.</source>
        <translation>%1 cambió su contraseña.</translation>
    </message>
    <message>
        <source>%1 reset the password of %2.</source>
        <translation>%1 restableció la contraseña de %2.</translation>
    </message>
    <message>
        <source>%1 opened the invitation to %2 for %3 from Home.</source>
        <translation>%1 abrió la invitación a %2 para %3 desde Inicio.</translation>
    </message>
    <message>
        <source>%1 added the bank profile %2.</source>
        <translation>%1 agregó el perfil bancario %2.</translation>
    </message>
    <message>
        <source>%1 changed the bank profile %2.</source>
        <translation>%1 cambió el perfil bancario %2.</translation>
    </message>
    <message>
        <source>%1 made the bank profile %2 the default of %3.</source>
        <translation>%1 hizo del perfil bancario %2 el predeterminado de %3.</translation>
    </message>
    <message>
        <source>%1 saved the tax profile of %2 (%3).</source>
        <translation>%1 guardó el perfil fiscal de %2 (%3).</translation>
    </message>
    <message>
        <source>The tax profile of %1 needs action: %2</source>
        <translation>El perfil fiscal de %1 requiere acción: %2</translation>
    </message>
    <message>
        <source>%1 closed fiscal year %2.</source>
        <translation>%1 cerró el año fiscal %2.</translation>
    </message>
    <message>
        <source>%1 published the program %2 (%3).</source>
        <translation>%1 publicó el programa %2 (%3).</translation>
    </message>
    <message>
        <source>%1 discontinued the program %2.</source>
        <translation>%1 suspendió el programa %2.</translation>
    </message>
    <message>
        <source>%1 closed the program %2.</source>
        <translation>%1 cerró el programa %2.</translation>
    </message>
    <message>
        <source>%1 reopened the program %2.</source>
        <translation>%1 reabrió el programa %2.</translation>
    </message>
    <message>
        <source>%1 changed the partner attributes of %2: %3</source>
        <translation>%1 cambió los atributos de socio de %2: %3</translation>
    </message>
    <message>
        <source>%1 moved the demo clock (%2).</source>
        <translation>%1 movió el reloj de la demo (%2).</translation>
    </message>
    <message>
        <source>%1 created the database (%2).</source>
        <translation>%1 creó la base de datos (%2).</translation>
    </message>
    <message>
        <source>%1 generated the database (%2).</source>
        <translation>%1 generó la base de datos (%2).</translation>
    </message>
    <message>
        <source>%1 copied the database here (%2).</source>
        <translation>%1 copió la base de datos aquí (%2).</translation>
    </message>
    <message>
        <source>%1 restored the database (%2).</source>
        <translation>%1 restauró la base de datos (%2).</translation>
    </message>
    <message>
        <source>%1 backed up the database to %2.</source>
        <translation>%1 hizo una copia de seguridad de la base de datos en %2.</translation>
    </message>
    <message>
        <source>%1 loaded a demo snapshot (%2).</source>
        <translation>%1 cargó una instantánea de la demo (%2).</translation>
    </message>
    <message>
        <source>%1 reset the demo (%2).</source>
        <translation>%1 restableció la demo (%2).</translation>
    </message>
    <message>
        <source>%1 saved the demo snapshot %2.</source>
        <translation>%1 guardó la instantánea de la demo %2.</translation>
    </message>
    <message>
        <source>%1 was refused: %2</source>
        <translation>%1 fue rechazado: %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 attached %2 to the tax profile of %3.</source>
        <translation>%1 adjuntó %2 al perfil fiscal de %3.</translation>
    </message>
    <message>
        <source>%1 assigned %2 at %3: %4.</source>
        <translation>%1 asignó %2 en %3: %4.</translation>
    </message>
    <message>
        <source>%1 chose the default profiles of %2: %3.</source>
        <translation>%1 eligió los perfiles predeterminados de %2: %3.</translation>
    </message>
    <message>
        <source>%1 held the payments of %2 at %3.</source>
        <translation>%1 retuvo los pagos de %2 en %3.</translation>
    </message>
    <message>
        <source>%1 released the payments of %2 at %3.</source>
        <translation>%1 liberó los pagos de %2 en %3.</translation>
    </message>
    <message>
        <source>%1 recorded that Microsoft confirmed the CSP tenant of the credit note %2.</source>
        <translation>%1 registró que Microsoft confirmó el inquilino CSP de la nota de crédito %2.</translation>
    </message>
    <message>
        <source>%1 created a class sandbox (%2).</source>
        <translation>%1 creó un espacio de prueba de la clase (%2).</translation>
    </message>
    <message>
        <source>%1 reset a class sandbox (%2).</source>
        <translation>%1 restableció un espacio de prueba de la clase (%2).</translation>
    </message>
    <message>
        <source>%1 removed a class sandbox that could not be built (%2).</source>
        <translation>%1 eliminó un espacio de prueba de la clase que no se pudo crear (%2).</translation>
    </message>
    <message>
        <source>%1 reached a step of a guided scenario (%2).</source>
        <translation>%1 alcanzó un paso de un escenario guiado (%2).</translation>
    </message>
    <message>
        <source>%1 added another tax profile to %2 (%3).</source>
        <translation>%1 agregó otro perfil fiscal a %2 (%3).</translation>
    </message>
</context>
<context>
    <name>AuditService</name>
    <message>
        <source>This user account is deactivated.</source>
        <translation>Esta cuenta de usuario está desactivada.</translation>
    </message>
    <message>
        <source>An audit anchor is COUNT:HASH, as &apos;audit anchor&apos; prints it.</source>
        <translation>Un ancla de auditoría tiene la forma CANTIDAD:HASH, tal como la muestra &apos;audit anchor&apos;.</translation>
    </message>
    <message>
        <source>The audit log holds %1 records, fewer than the %2 of its anchor: records were deleted.</source>
        <translation>El registro de auditoría tiene %1 entradas, menos que las %2 de su ancla: se eliminaron entradas.</translation>
    </message>
    <message>
        <source>Record %1 of the audit log no longer matches its anchor: the log was rewritten.</source>
        <translation>La entrada %1 del registro de auditoría ya no coincide con su ancla: el registro se reescribió.</translation>
    </message>
    <message>
        <source>%1 (This computer last saw the log at %2.)</source>
        <translation>%1 (Este equipo vio el registro por última vez en %2.)</translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message>
        <source>The email address or the password is not right.</source>
        <translation>La dirección de correo electrónico o la contraseña no son correctas.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins: wait %1 seconds and try again.</source>
        <translation>Demasiados intentos de inicio de sesión fallidos: espera %1 segundos y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>This user account is deactivated.</source>
        <translation>Esta cuenta de usuario está desactivada.</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>La contraseña actual no es correcta.</translation>
    </message>
    <message>
        <source>Choose a password different from the current one.</source>
        <translation>Elige una contraseña distinta de la actual.</translation>
    </message>
</context>
<context>
    <name>Authorization</name>
    <message>
        <source>This user account is deactivated or unknown.</source>
        <translation>Esta cuenta de usuario está desactivada o no existe.</translation>
    </message>
    <message>
        <source>You have no role for this location. Ask an Account admin for access.</source>
        <translation>No tienes ningún rol en esta ubicación. Pide acceso a un administrador de cuenta.</translation>
    </message>
    <message>
        <source>Only the location&apos;s Incentives admin sees full bank details.</source>
        <translation>Solo el administrador de incentivos de la ubicación ve los datos bancarios completos.</translation>
    </message>
    <message>
        <source>Only the Incentives admin of this location can enroll it. An Account admin assigns that role.</source>
        <translation>Solo el administrador de incentivos de esta ubicación puede inscribirla. Ese rol lo asigna un administrador de cuenta.</translation>
    </message>
    <message>
        <source>Only the Incentives admin of this location can change its payout and tax profiles.</source>
        <translation>Solo el administrador de incentivos de esta ubicación puede cambiar sus perfiles de pago y fiscal.</translation>
    </message>
    <message>
        <source>Only an Incentives admin can create or change bank profiles.</source>
        <translation>Solo un administrador de incentivos puede crear o cambiar perfiles bancarios.</translation>
    </message>
    <message>
        <source>Only an Account admin can do this.</source>
        <translation>Solo un administrador de cuenta puede hacer esto.</translation>
    </message>
    <message>
        <source>This action is not allowed.</source>
        <translation>Esta acción no está permitida.</translation>
    </message>
    <message>
        <source>Only an Account admin can back up or restore the database: a backup holds every account number.</source>
        <translation>Solo un administrador de cuentas puede hacer una copia de seguridad de la base de datos o restaurarla: una copia contiene todos los números de cuenta.</translation>
    </message>
    <message>
        <source>Only a Presenter can use the presenter tools. An Account admin assigns that role.</source>
        <translation>Solo un presentador puede usar las herramientas de presentación. Un administrador de cuentas asigna ese rol.</translation>
    </message>
    <message>
        <source>Demo tools work only in a demo database.</source>
        <translation>Las herramientas de demostración solo funcionan en una base de datos de demostración.</translation>
    </message>
    <message>
        <source>Only an Incentives admin can see, use or change bank profiles.</source>
        <translation>Solo un administrador de incentivos puede ver, usar o cambiar perfiles bancarios.</translation>
    </message>
    <message>
        <source>This bank profile belongs to locations you do not administer.</source>
        <translation>Este perfil bancario pertenece a ubicaciones que usted no administra.</translation>
    </message>
    <message>
        <source>This bank profile also pays a location you do not administer; only an Incentives admin of every location that uses it can change it.</source>
        <translation>Este perfil bancario también paga a una ubicación que usted no administra; solo puede cambiarlo un administrador de incentivos de todas las ubicaciones que lo usan.</translation>
    </message>
    <message>
        <source>Only an Account admin can record locations and programs.</source>
        <translation>Solo un administrador de cuenta puede registrar ubicaciones y programas.</translation>
    </message>
    <message>
        <source>Only an Account admin or the location&apos;s Incentives admin can record an invitation for it.</source>
        <translation>Solo un administrador de cuenta o el administrador de Incentives de la ubicación puede registrar una invitación para ella.</translation>
    </message>
    <message>
        <source>Only the Incentives admin of this location can record Microsoft&apos;s validation outcome.</source>
        <translation>Solo el administrador de Incentives de esta ubicación puede registrar el resultado de la validación de Microsoft.</translation>
    </message>
    <message>
        <source>Only those with a role for this location see the documents of its tax profile.</source>
        <translation>Solo quienes tienen un rol en esta ubicación ven los documentos de su perfil fiscal.</translation>
    </message>
    <message>
        <source>Only the Incentives admin of this location can attach documents to its tax profile.</source>
        <translation>Solo el administrador de Incentives de esta ubicación puede adjuntar documentos a su perfil fiscal.</translation>
    </message>
    <message>
        <source>Only the Incentives admin of this location can assign its payout and tax profiles.</source>
        <translation>Solo el administrador de incentivos de esta ubicación puede asignar sus perfiles de pago y fiscales.</translation>
    </message>
    <message>
        <source>Only the Incentives admin of this location can hold or release its payments.</source>
        <translation>Solo el administrador de incentivos de esta ubicación puede retener o liberar sus pagos.</translation>
    </message>
</context>
<context>
    <name>BankProfileDialog</name>
    <message>
        <source>Bank profile</source>
        <translation>Perfil bancario</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>&amp;Nombre del perfil:</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nombre del perfil</translation>
    </message>
    <message>
        <source>e.g. Contoso EU payouts</source>
        <translation>p. ej., Pagos de Contoso UE</translation>
    </message>
    <message>
        <source>Bank &amp;country:</source>
        <translation>&amp;País del banco:</translation>
    </message>
    <message>
        <source>Bank country</source>
        <translation>País del banco</translation>
    </message>
    <message>
        <source>Payment &amp;method:</source>
        <translation>&amp;Método de pago:</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Método de pago</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>Mon&amp;eda:</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Account &amp;holder:</source>
        <translation>&amp;Titular de la cuenta:</translation>
    </message>
    <message>
        <source>Account holder name</source>
        <translation>Nombre del titular de la cuenta</translation>
    </message>
    <message>
        <source>&amp;IBAN:</source>
        <translation>&amp;IBAN:</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>e.g. DE89 3704 0044 0532 0130 00</source>
        <translation>p. ej., DE89 3704 0044 0532 0130 00</translation>
    </message>
    <message>
        <source>&amp;BIC / SWIFT:</source>
        <translation>&amp;BIC / SWIFT:</translation>
    </message>
    <message>
        <source>BIC or SWIFT code</source>
        <translation>Código BIC o SWIFT</translation>
    </message>
    <message>
        <source>8 or 11 characters</source>
        <translation>8 u 11 caracteres</translation>
    </message>
    <message>
        <source>&amp;Institution number:</source>
        <translation>Número de instit&amp;ución:</translation>
    </message>
    <message>
        <source>Institution number</source>
        <translation>Número de institución</translation>
    </message>
    <message>
        <source>3 digits</source>
        <translation>3 dígitos</translation>
    </message>
    <message>
        <source>&amp;Routing number:</source>
        <translation>Número de &amp;ruta:</translation>
    </message>
    <message>
        <source>Routing number</source>
        <translation>Número de ruta</translation>
    </message>
    <message>
        <source>&amp;Account number:</source>
        <translation>Número de &amp;cuenta:</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Número de cuenta</translation>
    </message>
    <message>
        <source>Account t&amp;ype:</source>
        <translation>Tip&amp;o de cuenta:</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>Tipo de cuenta</translation>
    </message>
    <message>
        <source>Ban&amp;k name:</source>
        <translation>Nombre del b&amp;anco:</translation>
    </message>
    <message>
        <source>Bank name</source>
        <translation>Nombre del banco</translation>
    </message>
    <message>
        <source>Bank a&amp;ddress:</source>
        <translation>&amp;Dirección del banco:</translation>
    </message>
    <message>
        <source>Bank address</source>
        <translation>Dirección del banco</translation>
    </message>
    <message>
        <source>A name of your choice that tells this bank account apart from the others</source>
        <translation>Un nombre a tu elección que distinga esta cuenta bancaria de las demás</translation>
    </message>
    <message>
        <source>Type part of the country&apos;s name or its two-letter code; the fields below follow the country</source>
        <translation>Escribe parte del nombre del país o su código de dos letras; los campos de abajo dependen del país</translation>
    </message>
    <message>
        <source>The currencies the bank&apos;s country allows and the program pays in</source>
        <translation>Las monedas que admite el país del banco y en las que paga el programa</translation>
    </message>
    <message>
        <source>The fields follow the bank&apos;s country. Microsoft pays only to an account held in the legal entity name of the location it pays.</source>
        <translation>Los campos dependen del país del banco. Microsoft solo paga a cuentas a nombre de la razón social de la ubicación a la que paga.</translation>
    </message>
    <message>
        <source>The legal entity name of the location it pays, as the bank has it</source>
        <translation>La razón social de la ubicación a la que paga, tal como figura en el banco</translation>
    </message>
    <message>
        <source>The location&apos;s legal entity name</source>
        <translation>Razón social de la ubicación</translation>
    </message>
    <message>
        <source>CSP t&amp;enant ID:</source>
        <translation>ID de inquilino &amp;CSP:</translation>
    </message>
    <message>
        <source>CSP tenant ID</source>
        <translation>ID de inquilino CSP</translation>
    </message>
    <message>
        <source>The Microsoft Entra tenant ID of your CSP account, a GUID; the credit note is issued to it</source>
        <translation>El ID de inquilino de Microsoft Entra de su cuenta CSP, un GUID; la nota de crédito se emite a ese inquilino</translation>
    </message>
    <message>
        <source>e.g. 8f3b2c1d-4e5f-4a6b-9c7d-0e1f2a3b4c5d</source>
        <translation>p. ej. 8f3b2c1d-4e5f-4a6b-9c7d-0e1f2a3b4c5d</translation>
    </message>
    <message>
        <source>Tenant status:</source>
        <translation>Estado del inquilino:</translation>
    </message>
    <message>
        <source>Tenant status</source>
        <translation>Estado del inquilino</translation>
    </message>
    <message>
        <source>&amp;Verify…</source>
        <translation>&amp;Verificar…</translation>
    </message>
    <message>
        <source>Verify tenant</source>
        <translation>Verificar inquilino</translation>
    </message>
    <message>
        <source>Records that Microsoft confirmed the CSP tenant of this credit-note profile</source>
        <translation>Registra que Microsoft confirmó el inquilino CSP de este perfil de nota de crédito</translation>
    </message>
    <message>
        <source>Request tax e&amp;xemption for the credit note</source>
        <translation>Solicitar e&amp;xención fiscal para la nota de crédito</translation>
    </message>
    <message>
        <source>Request tax exemption</source>
        <translation>Solicitar exención fiscal</translation>
    </message>
    <message>
        <source>In this country the credit note carries tax unless you ask for the exemption</source>
        <translation>En este país la nota de crédito incluye impuestos salvo que solicite la exención</translation>
    </message>
    <message>
        <source>Contact &amp;person:</source>
        <translation>Persona de cont&amp;acto:</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Persona de contacto</translation>
    </message>
    <message>
        <source>The person at your company the bank may contact about this account (optional)</source>
        <translation>La persona de su empresa a la que el banco puede contactar sobre esta cuenta (opcional)</translation>
    </message>
    <message>
        <source>Contact emai&amp;l:</source>
        <translation>Correo de&amp;l contacto:</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>Correo del contacto</translation>
    </message>
    <message>
        <source>Email address of the contact person</source>
        <translation>Dirección de correo de la persona de contacto</translation>
    </message>
    <message>
        <source>Contact ph&amp;one:</source>
        <translation>Telé&amp;fono del contacto:</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Teléfono del contacto</translation>
    </message>
    <message>
        <source>Phone number of the contact person, with the country code</source>
        <translation>Número de teléfono de la persona de contacto, con el prefijo del país</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Cambiar contraseña</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Contraseña &amp;actual:</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Contraseña actual</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nueva contraseña:</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nueva contraseña</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repítela:</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Repite la nueva contraseña</translation>
    </message>
</context>
<context>
    <name>ClassroomService</name>
    <message>
        <source>A class needs a shared PostgreSQL database: each trainee&apos;s sandbox is a schema of its own there.</source>
        <translation>Una clase necesita una base de datos PostgreSQL compartida: el espacio de prueba de cada alumno es allí un esquema propio.</translation>
    </message>
    <message>
        <source>A class is managed from the main organization, not from a sandbox.</source>
        <translation>Una clase se gestiona desde la organización principal, no desde un espacio de prueba.</translation>
    </message>
    <message>
        <source>Name at least one trainee.</source>
        <translation>Indique al menos un alumno.</translation>
    </message>
    <message>
        <source>%1 cannot name a trainee&apos;s login: use letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; and &apos;@&apos; (at most 63).</source>
        <translation>%1 no puede ser el usuario de un alumno: use letras, dígitos, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; y &apos;@&apos; (63 como máximo).</translation>
    </message>
    <message>
        <source>%1 is named twice (or like another trainee).</source>
        <translation>%1 aparece dos veces (o igual que otro alumno).</translation>
    </message>
    <message>
        <source>The sandbox of %1 could not be built: %2</source>
        <translation>No se pudo crear el espacio de prueba de %1: %2</translation>
    </message>
    <message>
        <source>%1 has no sandbox in this class.</source>
        <translation>%1 no tiene espacio de prueba en esta clase.</translation>
    </message>
    <message>
        <source>The sandbox of %1 could not be rebuilt; it stays as it was. %2</source>
        <translation>No se pudo volver a crear el espacio de prueba de %1; queda como estaba. %2</translation>
    </message>
    <message>
        <source>The scenario&apos;s progress does not match its steps.</source>
        <translation>El progreso no coincide con los pasos del escenario.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--%1 is given twice.</source>
        <translation>--%1 se ha indicado dos veces.</translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation>--%1 necesita un valor.</translation>
    </message>
    <message>
        <source>unknown option --%1</source>
        <translation>opción desconocida --%1</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a shared database</source>
        <translation>Conectar a una base de datos compartida</translation>
    </message>
    <message>
        <source>Work on one PostgreSQL database with the rest of your team. Every change is checked against the same rules as in a local file, and the others see it at once.</source>
        <translation>Trabaja en una misma base de datos PostgreSQL con el resto de tu equipo. Cada cambio se comprueba con las mismas reglas que en un archivo local y los demás lo ven al instante.</translation>
    </message>
    <message>
        <source>Saved &amp;connection:</source>
        <translation>Cone&amp;xión guardada:</translation>
    </message>
    <message>
        <source>Saved connection</source>
        <translation>Conexión guardada</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Olvidar</translation>
    </message>
    <message>
        <source>Forget the saved connection</source>
        <translation>Olvidar la conexión guardada</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>Nombre de la conexión</translation>
    </message>
    <message>
        <source>Shown in the list of saved connections, e.g. Team database</source>
        <translation>Aparece en la lista de conexiones, p. ej., BD del equipo</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>Server host name</source>
        <translation>Nombre de host del servidor</translation>
    </message>
    <message>
        <source>The PostgreSQL server, e.g. db.example.com</source>
        <translation>El servidor PostgreSQL, p. ej., db.example.com</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>Puerto del servidor</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>Nombre de la base de datos</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Database user name</source>
        <translation>Nombre de usuario de la base de datos</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>Ci&amp;frado:</translation>
    </message>
    <message>
        <source>Encryption (TLS) mode</source>
        <translation>Modo de cifrado (TLS)</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Contraseña de la base de datos</translation>
    </message>
    <message>
        <source>Leave empty to use ~/.pgpass or the keychain</source>
        <translation>Déjala vacía para usar ~/.pgpass o el llavero</translation>
    </message>
    <message>
        <source>&amp;Keep the password in the desktop&apos;s keychain</source>
        <translation>&amp;Guardar la contraseña en el llavero del escritorio</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
</context>
<context>
    <name>Copy</name>
    <message>
        <source>The two databases have different schema versions (%1 and %2).</source>
        <translation>Las dos bases de datos tienen versiones de esquema distintas (%1 y %2).</translation>
    </message>
    <message>
        <source>Copying the table %1 failed: %2</source>
        <translation>No se pudo copiar la tabla %1: %2</translation>
    </message>
</context>
<context>
    <name>CreditNote</name>
    <message>
        <source>Credit note is not offered in %1; the profile &apos;%2&apos; cannot pay a location there.</source>
        <translation>La nota de crédito no se ofrece en %1; el perfil «%2» no puede pagar a una ubicación allí.</translation>
    </message>
    <message>
        <source>The credit-note profile &apos;%1&apos; is for %2; it cannot pay a location in %3.</source>
        <translation>El perfil de nota de crédito «%1» es para %2; no puede pagar a una ubicación en %3.</translation>
    </message>
    <message>
        <source>%1 does not pay by credit note; choose a bank-transfer profile instead of &apos;%2&apos;.</source>
        <translation>%1 no paga con nota de crédito; elija un perfil de transferencia en lugar de «%2».</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation>El archivo no es texto UTF-8.</translation>
    </message>
    <message>
        <source>The file holds a NUL character: it is not a CSV file.</source>
        <translation>El archivo contiene un carácter NUL: no es un archivo CSV.</translation>
    </message>
    <message>
        <source>Line %1: a quote is never closed.</source>
        <translation>Línea %1: unas comillas nunca se cierran.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 belongs to another application; Incentives Desk leaves it untouched.</source>
        <translation>%1 pertenece a otra aplicación; Incentives Desk no lo modifica.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Incentives Desk (schema %2; this version reads up to %3). Update the app to open it.</source>
        <translation>%1 se creó con una versión más reciente de Incentives Desk (esquema %2; esta versión lee hasta el %3). Actualiza la aplicación para abrirlo.</translation>
    </message>
    <message>
        <source>No database path was given.</source>
        <translation>No se ha indicado la ruta de la base de datos.</translation>
    </message>
    <message>
        <source>There is no database at %1. Create one with &apos;incentives-cli --database %1 init --demo&apos;.</source>
        <translation>No hay ninguna base de datos en %1. Crea una con &apos;incentives-cli --database %1 init --demo&apos;.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>%1 is not an Incentives Desk database.</source>
        <translation>%1 no es una base de datos de Incentives Desk.</translation>
    </message>
    <message>
        <source>%1 is damaged: the file is cut short.</source>
        <translation>%1 está dañado: el archivo está truncado.</translation>
    </message>
    <message>
        <source>%1 is read-only. Make it writable or open a copy.</source>
        <translation>%1 es de solo lectura. Permite la escritura en él o abre una copia.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged or not a database.</source>
        <translation>%1 está dañado o no es una base de datos.</translation>
    </message>
    <message>
        <source>The database is busy: another program is writing to it. Nothing was changed; try again in a moment.</source>
        <translation>La base de datos está ocupada: otro programa está escribiendo en ella. No se ha cambiado nada; vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation>El disco está lleno: no se ha guardado nada. Libera espacio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The database is read-only: nothing was saved.</source>
        <translation>La base de datos es de solo lectura: no se ha guardado nada.</translation>
    </message>
    <message>
        <source>That would duplicate an existing record.</source>
        <translation>Eso duplicaría un registro existente.</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>La base de datos ha notificado un error: %1</translation>
    </message>
    <message>
        <source>%1 exists already; choose another name.</source>
        <translation>%1 ya existe; elige otro nombre.</translation>
    </message>
    <message>
        <source>%1 is not a usable PostgreSQL address: %2. Write it as postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>%1 no es una dirección de PostgreSQL válida: %2. Escríbela como postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>the port must be between 1 and 65535</source>
        <translation>el puerto debe estar entre 1 y 65535</translation>
    </message>
    <message>
        <source>the database name is missing</source>
        <translation>falta el nombre de la base de datos</translation>
    </message>
    <message>
        <source>the user name is missing</source>
        <translation>falta el nombre de usuario</translation>
    </message>
    <message>
        <source>sslmode must be one of %1</source>
        <translation>sslmode debe ser uno de estos valores: %1</translation>
    </message>
    <message>
        <source>connect_timeout must be a number of seconds from 1 to 600</source>
        <translation>connect_timeout debe ser un número de segundos entre 1 y 600</translation>
    </message>
    <message>
        <source>the option %1 is not known</source>
        <translation>la opción %1 es desconocida</translation>
    </message>
    <message>
        <source>Cannot connect to %1: PostgreSQL support is not installed (on Debian, the package libqt6sql6-psql).</source>
        <translation>No se puede conectar a %1: la compatibilidad con PostgreSQL no está instalada (en Debian, el paquete libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>No se puede conectar a %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no Incentives Desk data yet. Create it with &apos;incentives-cli --database %1 init --demo&apos;.</source>
        <translation>%1 todavía no contiene datos de Incentives Desk. Créalos con &apos;incentives-cli --database %1 init --demo&apos;.</translation>
    </message>
    <message>
        <source>%1 is in a folder you cannot write to (%2), and the database needs to write beside its file. Open a copy in a folder of yours.</source>
        <translation>%1 está en una carpeta en la que no puedes escribir (%2), y la base de datos necesita escribir junto a su archivo. Abre una copia en una carpeta tuya.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). It was left as it is; restore a backup or open another file.</source>
        <translation>%1 está dañado (%2). Se ha dejado tal como está; restaura una copia de seguridad o abre otro archivo.</translation>
    </message>
    <message>
        <source>A backup is written to a file; to copy a database to a server, use &apos;incentives-cli migrate&apos;.</source>
        <translation>Las copias de seguridad se escriben en un archivo; para copiar una base de datos a un servidor, usa &apos;incentives-cli migrate&apos;.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>No se puede crear %1.</translation>
    </message>
    <message>
        <source>sandbox must name a classroom sandbox (%1…)</source>
        <translation>sandbox debe nombrar un espacio de prueba de clase (%1…)</translation>
    </message>
    <message>
        <source>%1 is still being checked before its first change (on a large file this takes a minute); nothing was changed. Try again in a moment.</source>
        <translation>%1 todavía se está comprobando antes de su primer cambio (en un archivo grande tarda un minuto); no se ha cambiado nada. Vuelva a intentarlo en un momento.</translation>
    </message>
</context>
<context>
    <name>DemoFiles</name>
    <message>
        <source>A snapshot name has 1 to 60 letters, digits, spaces, dots, dashes or underscores.</source>
        <translation>Un nombre de instantánea tiene de 1 a 60 letras, dígitos, espacios, puntos, guiones o guiones bajos.</translation>
    </message>
    <message>
        <source>Demo tools work only in a demo database.</source>
        <translation>Las herramientas de demostración solo funcionan en una base de datos de demostración.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>No se puede crear %1.</translation>
    </message>
    <message>
        <source>A snapshot named &apos;%1&apos; exists already.</source>
        <translation>Ya existe una instantánea llamada «%1».</translation>
    </message>
    <message>
        <source>Cannot copy %1.</source>
        <translation>No se puede copiar %1.</translation>
    </message>
    <message>
        <source>A %1 row points at a missing %2 row.</source>
        <translation>Una fila de %1 apunta a una fila de %2 que no existe.</translation>
    </message>
    <message>
        <source>The audit log was changed after it was written, at record %1.</source>
        <translation>El registro de auditoría se modificó después de escribirse, en la entrada %1.</translation>
    </message>
    <message>
        <source>There is no snapshot named &apos;%1&apos;.</source>
        <translation>No hay ninguna instantánea llamada «%1».</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a demo snapshot.</source>
        <translation>«%1» no es una instantánea de demostración.</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation>%1 no se puede usar: %2</translation>
    </message>
    <message>
        <source>%1 cannot be restored: it is not an intact Incentives Desk database (%2)</source>
        <translation>%1 no se puede restaurar: no es una base de datos de Incentives Desk intacta (%2)</translation>
    </message>
    <message>
        <source>%1 is damaged; the current database stays. %2</source>
        <translation>%1 está dañado; la base de datos actual se mantiene. %2</translation>
    </message>
</context>
<context>
    <name>DemoTemplate</name>
    <message>
        <source>unknown key.</source>
        <translation>clave desconocida.</translation>
    </message>
    <message>
        <source>must be an object.</source>
        <translation>debe ser un objeto.</translation>
    </message>
    <message>
        <source>is required.</source>
        <translation>es obligatorio.</translation>
    </message>
    <message>
        <source>must be a list.</source>
        <translation>debe ser una lista.</translation>
    </message>
    <message>
        <source>has more than %1 entries.</source>
        <translation>tiene más de %1 entradas.</translation>
    </message>
    <message>
        <source>must be text.</source>
        <translation>debe ser texto.</translation>
    </message>
    <message>
        <source>is longer than %1 characters.</source>
        <translation>supera los %1 caracteres.</translation>
    </message>
    <message>
        <source>must be true or false.</source>
        <translation>debe ser true o false.</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2.</source>
        <translation>debe ser un número entero de %1 a %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: %2.</source>
        <translation>«%1» no es uno de: %2.</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG image of at most 1 MB.</source>
        <translation>El logotipo debe ser una imagen PNG o JPEG de 1 MB como máximo.</translation>
    </message>
    <message>
        <source>Cannot read the logo file %1.</source>
        <translation>No se puede leer el archivo de logotipo %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; appears twice.</source>
        <translation>«%1» aparece dos veces.</translation>
    </message>
    <message>
        <source>%1 covers the whole organization: no location.</source>
        <translation>%1 abarca toda la organización: sin ubicación.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a location of the template.</source>
        <translation>«%1» no es una ubicación de la plantilla.</translation>
    </message>
    <message>
        <source>A demo needs an Account admin.</source>
        <translation>Una demo necesita un administrador de cuenta.</translation>
    </message>
    <message>
        <source>A demo needs a Presenter, who runs the demo clock.</source>
        <translation>Una demo necesita un presentador, que maneja el reloj de la demo.</translation>
    </message>
    <message>
        <source>must be a date, YYYY-MM-DD.</source>
        <translation>debe ser una fecha, AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a program of the template.</source>
        <translation>«%1» no es un programa de la plantilla.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a bank profile of the template.</source>
        <translation>«%1» no es un perfil bancario de la plantilla.</translation>
    </message>
    <message>
        <source>only a rejected enrollment has a reason.</source>
        <translation>solo una inscripción rechazada tiene un motivo.</translation>
    </message>
    <message>
        <source>The template has mistakes:</source>
        <translation>La plantilla tiene errores:</translation>
    </message>
    <message>
        <source>A template is at most %1 MiB.</source>
        <translation>Una plantilla ocupa como máximo %1 MiB.</translation>
    </message>
    <message>
        <source>The template is not valid JSON (line %1): %2</source>
        <translation>La plantilla no es JSON válido (línea %1): %2</translation>
    </message>
    <message>
        <source>The template must be a JSON object.</source>
        <translation>La plantilla debe ser un objeto JSON.</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;.</source>
        <translation>debe ser «%1».</translation>
    </message>
    <message>
        <source>must be 1 (the version this app reads).</source>
        <translation>debe ser 1 (la versión que lee esta aplicación).</translation>
    </message>
    <message>
        <source>must be a date and time, such as 2027-05-03T09:00:00Z.</source>
        <translation>debe ser una fecha y hora, como 2027-05-03T09:00:00Z.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <source>This database already holds an organization; use a new file.</source>
        <translation>Esta base de datos ya contiene una organización; use un archivo nuevo.</translation>
    </message>
    <message>
        <source>%1 has no Incentives admin to do this; give the location one in users.</source>
        <translation>%1 no tiene administrador de incentivos para esto; asigne uno a la ubicación en users.</translation>
    </message>
    <message>
        <source>no invitation</source>
        <translation>ninguna invitación</translation>
    </message>
    <message>
        <source>%1: %2 at %3 cannot be %4 by the rules; the services reached %5.</source>
        <translation>%1: %2 en %3 no puede ser %4 según las reglas; los servicios llegaron a %5.</translation>
    </message>
    <message>
        <source>Only a demo database can be exported as a template.</source>
        <translation>Solo una base de datos de demo puede exportarse como plantilla.</translation>
    </message>
    <message>
        <source>Only a Presenter or an Account admin can export the demo as a template.</source>
        <translation>Solo un presentador o un administrador de cuenta puede exportar la demo como plantilla.</translation>
    </message>
    <message>
        <source>only a credit note is verified.</source>
        <translation>Solo se verifica una nota de crédito.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a tax profile of the template.</source>
        <translation>«%1» no es un perfil fiscal de la plantilla.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a tax profile of another location.</source>
        <translation>«%1» es un perfil fiscal de otra ubicación.</translation>
    </message>
</context>
<context>
    <name>Directory</name>
    <message>
        <source>This database has no organization yet.</source>
        <translation>Esta base de datos todavía no tiene ninguna organización.</translation>
    </message>
    <message>
        <source>No such location.</source>
        <translation>No existe esa ubicación.</translation>
    </message>
    <message>
        <source>No location has the PartnerID %1.</source>
        <translation>Ninguna ubicación tiene el PartnerID %1.</translation>
    </message>
    <message>
        <source>No such user.</source>
        <translation>No existe ese usuario.</translation>
    </message>
    <message>
        <source>No user has the email address %1.</source>
        <translation>Ningún usuario tiene la dirección de correo electrónico %1.</translation>
    </message>
</context>
<context>
    <name>DirectoryService</name>
    <message>
        <source>This user account is deactivated.</source>
        <translation>Esta cuenta de usuario está desactivada.</translation>
    </message>
    <message>
        <source>A user with the email address %1 exists already.</source>
        <translation>Ya existe un usuario con la dirección de correo electrónico %1.</translation>
    </message>
    <message>
        <source>%1 is the last active Account admin and cannot be deactivated.</source>
        <translation>%1 es el último administrador de cuenta activo y no se puede desactivar.</translation>
    </message>
    <message>
        <source>%1 is deactivated; reactivate the user first.</source>
        <translation>%1 está desactivado; primero reactiva al usuario.</translation>
    </message>
    <message>
        <source>%1 is assigned per location: give its PartnerID.</source>
        <translation>El rol «%1» se asigna por ubicación: indica el PartnerID de la ubicación.</translation>
    </message>
    <message>
        <source>%1 (%2) is the Incentives admin of %3 now. A location has one Incentives admin: replacing them removes the role from %1.</source>
        <translation>Ahora %1 (%2) es el administrador de incentivos de %3. Una ubicación tiene un solo administrador de incentivos: al reemplazarlo, se le quita el rol a %1.</translation>
    </message>
    <message>
        <source>%1 is the last Account admin; assign another before removing this role.</source>
        <translation>%1 es el último administrador de cuenta; asigna otro antes de quitar este rol.</translation>
    </message>
    <message>
        <source>%1 does not hold that role there.</source>
        <translation>%1 no tiene ese rol en esa ubicación.</translation>
    </message>
    <message>
        <source>The Presenter role exists only in demo databases.</source>
        <translation>El rol de presentador solo existe en las bases de datos de demostración.</translation>
    </message>
    <message>
        <source>The %1 role covers the whole organization; give no location.</source>
        <translation>El rol %1 abarca toda la organización; no indique ninguna ubicación.</translation>
    </message>
</context>
<context>
    <name>Eligibility</name>
    <message>
        <source>&apos;%1&apos; is not an eligibility criterion.</source>
        <translation>«%1» no es un criterio de elegibilidad.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>An active Microsoft AI Cloud Partner Program agreement</source>
        <translation>Un contrato activo de Microsoft AI Cloud Partner Program</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>expired or not signed (IVDMPA)</source>
        <translation>caducado o sin firmar (IVDMPA)</translation>
    </message>
    <message>
        <source>A Solutions Partner designation</source>
        <translation>Una designación de Solutions Partner</translation>
    </message>
    <message>
        <source>Authorized as a CSP indirect reseller</source>
        <translation>Autorizado como revendedor indirecto de CSP</translation>
    </message>
    <message>
        <source>A CSP direct-bill partner</source>
        <translation>Partner de facturación directa de CSP</translation>
    </message>
    <message>
        <source>Trailing twelve-month revenue of at least %1</source>
        <translation>Ingresos de los últimos doce meses de al menos %1</translation>
    </message>
    <message>
        <source>At least %1 new customers in the trailing year</source>
        <translation>Al menos %1 clientes nuevos en los últimos doce meses</translation>
    </message>
    <message>
        <source>Located in one of: %1</source>
        <translation>Ubicado en uno de estos países: %1</translation>
    </message>
</context>
<context>
    <name>EligibilityDialog</name>
    <message>
        <source>Eligibility requirements</source>
        <translation>Requisitos de elegibilidad</translation>
    </message>
    <message>
        <source>Eligibility checklist</source>
        <translation>Lista de comprobación de elegibilidad</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Requisito</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <source>This location</source>
        <translation>Esta ubicación</translation>
    </message>
    <message>
        <source>Each requirement of the program, whether the location meets it, and the location&apos;s own figure</source>
        <translation>Cada requisito del programa, si la ubicación lo cumple y el dato propio de la ubicación</translation>
    </message>
</context>
<context>
    <name>EnrollmentRules</name>
    <message>
        <source>Give the profile a name.</source>
        <translation>Ponle un nombre al perfil.</translation>
    </message>
    <message>
        <source>US bank accounts are paid in USD only.</source>
        <translation>Las cuentas bancarias de EE. UU. solo reciben pagos en USD.</translation>
    </message>
    <message>
        <source>Enter the account holder&apos;s name.</source>
        <translation>Escribe el nombre del titular de la cuenta.</translation>
    </message>
    <message>
        <source>This IBAN belongs to a bank in %1, not %2.</source>
        <translation>Este IBAN pertenece a un banco de %1, no de %2.</translation>
    </message>
    <message>
        <source>Enter the bank&apos;s name.</source>
        <translation>Escribe el nombre del banco.</translation>
    </message>
    <message>
        <source>Enter the bank&apos;s address.</source>
        <translation>Escribe la dirección del banco.</translation>
    </message>
    <message>
        <source>A US location files a W-9.</source>
        <translation>Una ubicación de EE. UU. presenta un W-9.</translation>
    </message>
    <message>
        <source>Enter the date the form was signed.</source>
        <translation>Escribe la fecha en que se firmó el formulario.</translation>
    </message>
    <message>
        <source>No bank profile is chosen: set a default for this location.</source>
        <translation>No se ha elegido ningún perfil bancario: establece uno predeterminado para esta ubicación.</translation>
    </message>
    <message>
        <source>The bank profile &apos;%1&apos; is incomplete.</source>
        <translation>El perfil bancario «%1» está incompleto.</translation>
    </message>
    <message>
        <source>The bank profile &apos;%1&apos; needs action: %2</source>
        <translation>El perfil bancario «%1» requiere una acción: %2</translation>
    </message>
    <message>
        <source>%1 pays in %2; the bank profile &apos;%3&apos; is in %4.</source>
        <translation>%1 paga en %2; el perfil bancario «%3» está en %4.</translation>
    </message>
    <message>
        <source>%1 does not pay by %2.</source>
        <translation>%1 no paga mediante %2.</translation>
    </message>
    <message>
        <source>This location has no tax profile.</source>
        <translation>Esta ubicación no tiene perfil fiscal.</translation>
    </message>
    <message>
        <source>The tax profile is incomplete.</source>
        <translation>El perfil fiscal está incompleto.</translation>
    </message>
    <message>
        <source>The %1 expired on %2; sign a new one.</source>
        <translation>El formulario %1 caducó el %2; firma uno nuevo.</translation>
    </message>
    <message>
        <source>The tax profile needs action: %1</source>
        <translation>El perfil fiscal requiere una acción: %1</translation>
    </message>
    <message>
        <source>Bank or tax details are missing.</source>
        <translation>Faltan datos bancarios o fiscales.</translation>
    </message>
    <message>
        <source>The account holder &apos;%1&apos; does not match the legal name &apos;%2&apos;.</source>
        <translation>El titular de la cuenta «%1» no coincide con la razón social «%2».</translation>
    </message>
    <message>
        <source>%1 is not accepted for a bank account in %2.</source>
        <translation>No se acepta %1 para una cuenta bancaria en %2.</translation>
    </message>
    <message>
        <source>The %1 has expired.</source>
        <translation>El formulario %1 ha caducado.</translation>
    </message>
    <message>
        <source>An Account admin must assign an Incentives admin to this location.</source>
        <translation>Un administrador de cuenta debe asignar un administrador de incentivos a esta ubicación.</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>Inscribir</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Update payout and tax profiles: %1</source>
        <translation>Actualiza los perfiles de pago y fiscal: %1</translation>
    </message>
    <message>
        <source>Update the bank profile: %1</source>
        <translation>Actualiza el perfil bancario: %1</translation>
    </message>
    <message>
        <source>Update the tax profile: %1</source>
        <translation>Actualiza el perfil fiscal: %1</translation>
    </message>
    <message>
        <source>Complete payout and tax profiles, then Submit.</source>
        <translation>Completa los perfiles de pago y fiscal y, después, selecciona Enviar.</translation>
    </message>
    <message>
        <source>None. Validation is expected to end by %1.</source>
        <translation>Ninguna. La validación debería terminar a más tardar el %1.</translation>
    </message>
    <message>
        <source>None. Validation takes up to 48 hours.</source>
        <translation>Ninguna. La validación tarda hasta 48 horas.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>See eligibility requirements</source>
        <translation>Ver requisitos de elegibilidad</translation>
    </message>
    <message>
        <source>Renew the partner program agreement (IVDMPA).</source>
        <translation>Renueva el contrato del programa de partners (IVDMPA).</translation>
    </message>
    <message>
        <source>Meet the eligibility requirements again: %1</source>
        <translation>Vuelve a cumplir los requisitos de elegibilidad: %1</translation>
    </message>
    <message>
        <source>The program is closed for enrollment; wait for it to reopen.</source>
        <translation>El programa está cerrado a inscripciones; espera a que vuelva a abrirse.</translation>
    </message>
    <message>
        <source>The program is not open now.</source>
        <translation>El programa no está abierto ahora.</translation>
    </message>
    <message>
        <source>None. The program is no longer offered.</source>
        <translation>Ninguna. El programa ya no se ofrece.</translation>
    </message>
    <message>
        <source>Name the treaty article the claim rests on.</source>
        <translation>Indique el artículo del tratado en que se basa la solicitud.</translation>
    </message>
    <message>
        <source>Enter the name of the person who signs the W-8BEN.</source>
        <translation>Introduzca el nombre de la persona que firma el W-8BEN.</translation>
    </message>
    <message>
        <source>A US citizen files a W-9, not a W-8BEN.</source>
        <translation>Un ciudadano estadounidense presenta un W-9, no un W-8BEN.</translation>
    </message>
    <message>
        <source>Enter the foreign tax ID, or the reason the person has none.</source>
        <translation>Introduzca el número fiscal extranjero o el motivo por el que la persona no lo tiene.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s date of birth.</source>
        <translation>Introduzca la fecha de nacimiento de la persona.</translation>
    </message>
    <message>
        <source>Enter a date of birth after 1900.</source>
        <translation>Introduzca una fecha de nacimiento posterior a 1900.</translation>
    </message>
    <message>
        <source>The date of birth must come before the signature date.</source>
        <translation>La fecha de nacimiento debe ser anterior a la fecha de firma.</translation>
    </message>
    <message>
        <source>A location outside the US files a W-8BEN-E, or a W-8BEN for an individual.</source>
        <translation>Una ubicación fuera de EE. UU. presenta un W-8BEN-E, o un W-8BEN si es una persona física.</translation>
    </message>
    <message>
        <source>Enter the name of the person the bank may contact.</source>
        <translation>Introduzca el nombre de la persona a la que el banco puede contactar.</translation>
    </message>
    <message>
        <source>Credit note is not offered in %1.</source>
        <translation>La nota de crédito no se ofrece en %1.</translation>
    </message>
    <message>
        <source>A credit note in %1 needs no tax-exemption request.</source>
        <translation>Una nota de crédito en %1 no necesita solicitud de exención fiscal.</translation>
    </message>
    <message>
        <source>The CSP tenant of the credit-note profile &apos;%1&apos; needs verification by an Incentives admin of its location.</source>
        <translation>El inquilino CSP del perfil de nota de crédito «%1» debe verificarlo un administrador de incentivos de su ubicación.</translation>
    </message>
    <message>
        <source>Action required: %1</source>
        <translation>Acción requerida: %1</translation>
    </message>
    <message>
        <source>%1 pays in %2 only.</source>
        <translation>%1 solo paga en %2.</translation>
    </message>
    <message>
        <source>The payments are already on hold.</source>
        <translation>Los pagos ya están retenidos.</translation>
    </message>
    <message>
        <source>The payments are not on hold.</source>
        <translation>Los pagos no están retenidos.</translation>
    </message>
    <message>
        <source>Only an accepted enrollment has payments to hold; this one is %1.</source>
        <translation>Solo una inscripción aceptada tiene pagos que retener; esta está %1.</translation>
    </message>
    <message>
        <source>%1 pays in %2; this enrollment is paid in %3.</source>
        <translation>%1 paga en %2; esta inscripción se paga en %3.</translation>
    </message>
    <message>
        <source>Payment on hold</source>
        <translation>Pago retenido</translation>
    </message>
    <message>
        <source>%1 Payment on hold.</source>
        <translation>%1 Pago retenido.</translation>
    </message>
    <message>
        <source>Tax profile %1 belongs to another location; choose one of location %2&apos;s.</source>
        <translation>El perfil fiscal %1 pertenece a otra ubicación; elija uno de la ubicación %2.</translation>
    </message>
</context>
<context>
    <name>EnrollmentService</name>
    <message>
        <source>This user account is deactivated.</source>
        <translation>Esta cuenta de usuario está desactivada.</translation>
    </message>
    <message>
        <source>%1 has no invitation for location %2.</source>
        <translation>%1 no tiene ninguna invitación para la ubicación %2.</translation>
    </message>
    <message>
        <source>%1 is not open for enrollment.</source>
        <translation>%1 no está abierto a inscripciones.</translation>
    </message>
    <message>
        <source>Continue: complete the payout and tax profiles first. %1</source>
        <translation>Continuar: primero completa los perfiles de pago y fiscal. %1</translation>
    </message>
    <message>
        <source>All %L1 locations</source>
        <translation>Las %L1 ubicaciones</translation>
    </message>
    <message>
        <source>No such message in your inbox.</source>
        <translation>Ese mensaje no existe en tu bandeja de entrada.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, account %2 (%3)</source>
        <translation>%1, cuenta %2 (%3)</translation>
    </message>
    <message>
        <source>This action is closed already.</source>
        <translation>Esta acción ya está cerrada.</translation>
    </message>
    <message>
        <source>A mandatory action cannot be dismissed; it closes once it is done.</source>
        <translation>Una acción obligatoria no se puede descartar; se cierra cuando se completa.</translation>
    </message>
</context>
<context>
    <name>Enrollments</name>
    <message>
        <source>No such enrollment.</source>
        <translation>No existe esa inscripción.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>The disk is full: %1 was not written. Free some space and try again.</source>
        <translation>El disco está lleno: %1 no se escribió. Libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>No hay ningún archivo en %1.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 es una carpeta, no un archivo de base de datos.</translation>
    </message>
    <message>
        <source>%1 is a device or a pipe, not a database file.</source>
        <translation>%1 es un dispositivo o una tubería, no un archivo de base de datos.</translation>
    </message>
    <message>
        <source>%1 is empty: it holds no database.</source>
        <translation>%1 está vacío: no contiene ninguna base de datos.</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name.</source>
        <translation>%1 es una carpeta; indique un nombre de archivo.</translation>
    </message>
    <message>
        <source>%1 is a device or a pipe; give the name of a regular file.</source>
        <translation>%1 es un dispositivo o una tubería; indique el nombre de un archivo normal.</translation>
    </message>
    <message>
        <source>%1 is the open database itself; choose another file.</source>
        <translation>%1 es la propia base de datos abierta; elija otro archivo.</translation>
    </message>
    <message>
        <source>the new database is missing</source>
        <translation>falta la nueva base de datos</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>the new database could not be flushed to the disk</source>
        <translation>la nueva base de datos no se pudo escribir en el disco</translation>
    </message>
    <message>
        <source>%1 cannot be removed</source>
        <translation>%1 no se puede eliminar</translation>
    </message>
    <message>
        <source>%1 exists already; choose another name.</source>
        <translation>%1 ya existe; elija otro nombre.</translation>
    </message>
</context>
<context>
    <name>FormSupport</name>
    <message>
        <source>No country is called “%1”: type more of its name, or choose it from the list.</source>
        <translation>Ningún país se llama «%1»: escriba más de su nombre o elíjalo de la lista.</translation>
    </message>
    <message>
        <source>Still needed: %1</source>
        <translation>Falta: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Fields still needed</source>
        <translation>Campos pendientes</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Descartar cambios</translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Seguir editando</translation>
    </message>
</context>
<context>
    <name>Generator</name>
    <message>
        <source>Generate 1 to 1,000,000 locations and 1 to 1,000 programs.</source>
        <translation>Genera de 1 a 1.000.000 ubicaciones y de 1 a 1000 programas.</translation>
    </message>
    <message>
        <source>This database already holds an organization; use a new file.</source>
        <translation>Esta base de datos ya contiene una organización; usa un archivo nuevo.</translation>
    </message>
    <message>
        <source>The location misses a criterion.</source>
        <translation>La ubicación no cumple un criterio.</translation>
    </message>
    <message>
        <source>Generation cancelled after %1 enrollments.</source>
        <translation>Generación cancelada después de %1 inscripciones.</translation>
    </message>
</context>
<context>
    <name>GettingStartedPage</name>
    <message>
        <source>Getting started</source>
        <translation>Primeros pasos</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>Page %1</source>
        <translation>Página %1</translation>
    </message>
    <message>
        <source>Organization: %1</source>
        <translation>Organización: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Fecha: %1</translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <translation>%1 de %2 pasos completados</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <source>Not reached.</source>
        <translation>No alcanzado.</translation>
    </message>
    <message>
        <source>Done; no picture was taken of it.</source>
        <translation>Completado; no se tomó ninguna imagen.</translation>
    </message>
    <message>
        <source>Writing a PDF needs the graphical part of Qt.</source>
        <translation>Para escribir un PDF se necesita la parte gráfica de Qt.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Welcome</source>
        <translation>Te damos la bienvenida</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Invitaciones</translation>
    </message>
    <message>
        <source>No new invitations. Invitations you have opened stay in the Incentives workspace.</source>
        <translation>No hay invitaciones nuevas. Las invitaciones que ya has abierto permanecen en el área de trabajo de incentivos.</translation>
    </message>
    <message>
        <source>Your locations</source>
        <translation>Tus ubicaciones</translation>
    </message>
    <message>
        <source>Status summary by location</source>
        <translation>Resumen de estados por ubicación</translation>
    </message>
    <message>
        <source>Needs your action</source>
        <translation>Requiere tu acción</translation>
    </message>
    <message>
        <source>Enrollments that need your action</source>
        <translation>Inscripciones que requieren tu acción</translation>
    </message>
    <message>
        <source>New enrollment invitations; press Enter on one to open it in the Incentives workspace</source>
        <translation>Invitaciones de inscripción nuevas; presiona Entrar en una para abrirla en el área de trabajo de incentivos</translation>
    </message>
    <message>
        <source>One row per location, one column per status, the number of enrollments in the cells</source>
        <translation>Una fila por ubicación, una columna por estado y el número de inscripciones en las celdas</translation>
    </message>
    <message>
        <source>Press Enter on an enrollment to select it in the Incentives workspace</source>
        <translation>Presiona Entrar en una inscripción para seleccionarla en el área de trabajo de incentivos</translation>
    </message>
    <message>
        <source>Mandatory actions</source>
        <translation>Acciones obligatorias</translation>
    </message>
    <message>
        <source>Open mandatory actions, the earliest due first; press Enter on one to go where it is done</source>
        <translation>Acciones obligatorias abiertas, primero la que vence antes; pulse Intro en una para ir donde se realiza</translation>
    </message>
    <message>
        <source>How many invitations there are</source>
        <translation>Cuántas invitaciones hay</translation>
    </message>
    <message>
        <source>Show &amp;all invited enrollments</source>
        <translation>Mostrar &amp;todas las inscripciones invitadas</translation>
    </message>
    <message>
        <source>Show all invited enrollments</source>
        <translation>Mostrar todas las inscripciones invitadas</translation>
    </message>
    <message>
        <source>Opens the Incentives workspace filtered to the invited enrollments</source>
        <translation>Abre el área de trabajo de incentivos filtrada por las inscripciones invitadas</translation>
    </message>
</context>
<context>
    <name>HtmlPrinter</name>
    <message>
        <source>Writing a PDF needs the graphical part of Qt.</source>
        <translation>Para escribir un PDF se necesita la parte gráfica de Qt.</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>The text of the selected message</source>
        <translation>El texto del mensaje seleccionado</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Your actions and messages from Partner Center: open mandatory ones first, then by due date; the selected one shows below</source>
        <translation>Sus acciones y mensajes del Centro de partners: primero las obligatorias abiertas, luego por fecha de vencimiento; la seleccionada se muestra debajo</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Go to where this action is done</source>
        <translation>Ir donde se realiza esta acción</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Close this recommended action; mandatory actions close when they are done</source>
        <translation>Cerrar esta acción recomendada; las obligatorias se cierran cuando se completan</translation>
    </message>
    <message>
        <source>Nothing here yet. Invitations, validation outcomes, tax-form reminders, renewal outcomes and role changes arrive here.</source>
        <translation>Aún no hay nada. Aquí llegan invitaciones, resultados de validación, recordatorios de formularios fiscales, resultados de renovación y cambios de rol.</translation>
    </message>
</context>
<context>
    <name>InvitationDialog</name>
    <message>
        <source>Partner incentive enrollment</source>
        <translation>Inscripción en incentivos para partners</translation>
    </message>
    <message>
        <source>Payout (bank) profile</source>
        <translation>Perfil de pago (bancario)</translation>
    </message>
    <message>
        <source>&amp;Bank profile:</source>
        <translation>Perfil &amp;bancario:</translation>
    </message>
    <message>
        <source>Bank profile</source>
        <translation>Perfil bancario</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Tax profile</source>
        <translation>Perfil fiscal</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>Formulario:</translation>
    </message>
    <message>
        <source>I have read the program guide and accept the program &amp;terms for this location.</source>
        <translation>He leído la guía del programa y acepto los &amp;términos del programa para esta ubicación.</translation>
    </message>
    <message>
        <source>The bank account Microsoft pays this program&apos;s incentives to</source>
        <translation>La cuenta bancaria en la que Microsoft paga los incentivos de este programa</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Incentives Desk</source>
        <translation>Incentives Desk</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>&amp;Switch user…</source>
        <translation>&amp;Cambiar de usuario…</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Inicio</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Incentives &amp;workspace</source>
        <translation>Área de &amp;trabajo de incentivos</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;Payout and tax profiles</source>
        <translation>&amp;Perfiles de pago y fiscales</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>&amp;Users and roles</source>
        <translation>&amp;Usuarios y roles</translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>&amp;Registro de auditoría</translation>
    </message>
    <message>
        <source>Ctrl+6</source>
        <translation>Ctrl+6</translation>
    </message>
    <message>
        <source>&amp;My access</source>
        <translation>&amp;Mi acceso</translation>
    </message>
    <message>
        <source>Ctrl+7</source>
        <translation>Ctrl+7</translation>
    </message>
    <message>
        <source>By &amp;program</source>
        <translation>Por pro&amp;grama</translation>
    </message>
    <message>
        <source>List the workspace program by program</source>
        <translation>Mostrar el área de trabajo programa por programa</translation>
    </message>
    <message>
        <source>By &amp;location</source>
        <translation>Por ubi&amp;cación</translation>
    </message>
    <message>
        <source>List the workspace location by location</source>
        <translation>Mostrar el área de trabajo ubicación por ubicación</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Bu&amp;scar</translation>
    </message>
    <message>
        <source>Search the workspace (Ctrl+F)</source>
        <translation>Buscar en el área de trabajo (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Reload from the database (F5)</source>
        <translation>Volver a cargar desde la base de datos (F5)</translation>
    </message>
    <message>
        <source>&amp;About Incentives Desk</source>
        <translation>&amp;Acerca de Incentives Desk</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>Crear copia de seguri&amp;dad…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Check the database</source>
        <translation>Com&amp;probar la base de datos</translation>
    </message>
    <message>
        <source>&amp;Open a database file…</source>
        <translation>&amp;Abrir un archivo de base de datos…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Co&amp;nnect to a shared database…</source>
        <translation>Co&amp;nectar a una base de datos compartida…</translation>
    </message>
    <message>
        <source>Work on a PostgreSQL database shared with your team</source>
        <translation>Trabajar en una base de datos PostgreSQL compartida con tu equipo</translation>
    </message>
    <message>
        <source>&amp;Export workspace…</source>
        <translation>&amp;Exportar área de trabajo…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Save the workspace as it is filtered and sorted to a CSV file (Ctrl+E)</source>
        <translation>Guardar el área de trabajo, tal como está filtrada y ordenada, en un archivo CSV (Ctrl+E)</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Location su&amp;mmary…</source>
        <translation>Res&amp;umen de ubicación…</translation>
    </message>
    <message>
        <source>Print or save as PDF a location&apos;s enrollments and profiles</source>
        <translation>Imprimir o guardar como PDF las inscripciones y los perfiles de una ubicación</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Confi&amp;guración…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Primeros pasos</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;Action Center</source>
        <translation>Centro de &amp;acciones</translation>
    </message>
    <message>
        <source>&amp;Renewal forecast</source>
        <translation>&amp;Previsión de renovación</translation>
    </message>
    <message>
        <source>Ctrl+8</source>
        <translation>Ctrl+8</translation>
    </message>
</context>
<context>
    <name>MaintenanceService</name>
    <message>
        <source>Demo tools work only in a demo database.</source>
        <translation>Las herramientas de demostración solo funcionan en una base de datos de demostración.</translation>
    </message>
    <message>
        <source>This database asks for passwords: only one of its Account admins can replace it. Say who acts with --as.</source>
        <translation>Esta base de datos pide contraseñas: solo uno de sus administradores de cuentas puede reemplazarla. Indique quién actúa con --as.</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Cannot read the schema version.</source>
        <translation>No se puede leer la versión del esquema.</translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 failed: %2</source>
        <translation>No se pudo actualizar la base de datos a la versión %1: %2</translation>
    </message>
    <message>
        <source>Cannot build the reference schema.</source>
        <translation>No se puede crear el esquema de referencia.</translation>
    </message>
    <message>
        <source>The %1 %2 is missing.</source>
        <translation>Falta el objeto %2 (%1).</translation>
    </message>
    <message>
        <source>The %1 %2 was altered.</source>
        <translation>El objeto %2 (%1) fue modificado.</translation>
    </message>
    <message>
        <source>The %1 %2 does not belong to the schema.</source>
        <translation>El objeto %2 (%1) no pertenece al esquema.</translation>
    </message>
</context>
<context>
    <name>MyAccessPage</name>
    <message>
        <source>Your roles</source>
        <translation>Tus roles</translation>
    </message>
    <message>
        <source>Your roles by location</source>
        <translation>Tus roles por ubicación</translation>
    </message>
    <message>
        <source>For more access, ask an Account admin:</source>
        <translation>Para obtener más acceso, pídeselo a un administrador de cuenta:</translation>
    </message>
    <message>
        <source>Account admins</source>
        <translation>Administradores de cuenta</translation>
    </message>
</context>
<context>
    <name>NextStep</name>
    <message>
        <source>The program is not open for enrollment now.</source>
        <translation>El programa no está abierto a inscripciones en este momento.</translation>
    </message>
    <message>
        <source>An Account admin must assign an Incentives admin to this location.</source>
        <translation>Un administrador de cuentas debe asignar un administrador de incentivos a esta ubicación.</translation>
    </message>
    <message>
        <source>Nothing can be enrolled here until the program or the location is active again.</source>
        <translation>No se puede inscribir nada aquí hasta que el programa o la ubicación vuelvan a estar activos.</translation>
    </message>
    <message>
        <source>This enrollment is %1: there is nothing to enroll.</source>
        <translation>Esta inscripción está en %1: no hay nada que inscribir.</translation>
    </message>
</context>
<context>
    <name>NoAccessPage</name>
    <message>
        <source>You don&apos;t have an incentives role yet. To see or enroll incentive programs, ask one of your organization&apos;s Account admins to assign you the Incentives admin or Incentives user role for your location.</source>
        <translation>Todavía no tienes ningún rol de incentivos. Para ver programas de incentivos o inscribirte en ellos, pide a uno de los administradores de cuenta de tu organización que te asigne el rol de administrador de incentivos o de usuario de incentivos para tu ubicación.</translation>
    </message>
    <message>
        <source>Account admins</source>
        <translation>Administradores de cuenta</translation>
    </message>
</context>
<context>
    <name>OrganizationService</name>
    <message>
        <source>At most %1 characters.</source>
        <translation>Como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>Revenue cannot be negative.</source>
        <translation>Los ingresos no pueden ser negativos.</translation>
    </message>
    <message>
        <source>The number of new customers cannot be negative.</source>
        <translation>El número de clientes nuevos no puede ser negativo.</translation>
    </message>
    <message>
        <source>A location with the PartnerID %1 exists already.</source>
        <translation>Ya existe una ubicación con el PartnerID %1.</translation>
    </message>
    <message>
        <source>Name at least one payout currency.</source>
        <translation>Indique al menos una moneda de pago.</translation>
    </message>
    <message>
        <source>A program open to all has no eligibility criteria.</source>
        <translation>Un programa abierto a todos no tiene criterios de elegibilidad.</translation>
    </message>
    <message>
        <source>A program named &apos;%1&apos; exists already.</source>
        <translation>Ya existe un programa llamado «%1».</translation>
    </message>
    <message>
        <source>%1 is %2: it takes no new invitations.</source>
        <translation>%1 está %2: no admite invitaciones nuevas.</translation>
    </message>
    <message>
        <source>%1 at %2 has its invitation already: it is %3.</source>
        <translation>%1 en %2 ya tiene su invitación: estado %3.</translation>
    </message>
    <message>
        <source>Give the reason Partner Center shows for the rejection.</source>
        <translation>Indique el motivo del rechazo que muestra Partner Center.</translation>
    </message>
    <message>
        <source>%1 has no enrollment at %2.</source>
        <translation>%1 no tiene inscripción en %2.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB.</source>
        <translation>El archivo supera %1 MiB.</translation>
    </message>
    <message>
        <source>The file is empty: its first line names the columns (%1).</source>
        <translation>El archivo está vacío: su primera línea nombra las columnas (%1).</translation>
    </message>
    <message>
        <source>Line 1: &apos;%1&apos; is not a column of this import; the columns are %2.</source>
        <translation>Línea 1: «%1» no es una columna de esta importación; las columnas son %2.</translation>
    </message>
    <message>
        <source>Line 1: the column %1 appears twice.</source>
        <translation>Línea 1: la columna %1 aparece dos veces.</translation>
    </message>
    <message>
        <source>Line 1: the column %1 is missing; the file needs %2.</source>
        <translation>Línea 1: falta la columna %1; el archivo necesita %2.</translation>
    </message>
    <message>
        <source>The file has more than %1 rows.</source>
        <translation>El archivo tiene más de %1 filas.</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2.</source>
        <translation>%1 campos, pero el encabezado tiene %2.</translation>
    </message>
    <message>
        <source>A field is longer than %1 characters.</source>
        <translation>Un campo supera los %1 caracteres.</translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation>El archivo tiene encabezado pero ninguna fila.</translation>
    </message>
    <message>
        <source>agreement is active or expired.</source>
        <translation>agreement es active o expired.</translation>
    </message>
    <message>
        <source>%1 is yes or no.</source>
        <translation>%1 es yes o no.</translation>
    </message>
    <message>
        <source>revenue_usd and customers are whole numbers, zero or more.</source>
        <translation>revenue_usd y customers son números enteros, cero o más.</translation>
    </message>
    <message>
        <source>the PartnerID %1 is on line %2 already.</source>
        <translation>el PartnerID %1 ya está en la línea %2.</translation>
    </message>
    <message>
        <source>a location with the PartnerID %1 exists already.</source>
        <translation>ya existe una ubicación con el PartnerID %1.</translation>
    </message>
    <message>
        <source>%1 is on line %2 already.</source>
        <translation>%1 ya está en la línea %2.</translation>
    </message>
    <message>
        <source>a user with the email address %1 exists already.</source>
        <translation>ya existe un usuario con la dirección de correo %1.</translation>
    </message>
    <message>
        <source>a location is given without a role.</source>
        <translation>se indica una ubicación sin rol.</translation>
    </message>
    <message>
        <source>role is account-admin, incentives-admin or incentives-user.</source>
        <translation>role es account-admin, incentives-admin o incentives-user.</translation>
    </message>
    <message>
        <source>an Account admin covers the whole organization; give no location.</source>
        <translation>un administrador de cuenta cubre toda la organización; no indique ubicación.</translation>
    </message>
    <message>
        <source>%1 is assigned per location: give its PartnerID.</source>
        <translation>%1 se asigna por ubicación: indique su PartnerID.</translation>
    </message>
    <message>
        <source>%1 has one Incentives admin; line %2 names one already.</source>
        <translation>%1 tiene un solo administrador de Incentives; la línea %2 ya nombra uno.</translation>
    </message>
    <message>
        <source>%1 has an Incentives admin already: %2.</source>
        <translation>%1 ya tiene un administrador de Incentives: %2.</translation>
    </message>
    <message>
        <source>The file has no rows to import.</source>
        <translation>El archivo no tiene filas para importar.</translation>
    </message>
    <message>
        <source>Nothing was imported (problems: %1). %2</source>
        <translation>No se importó nada (problemas: %1). %2</translation>
    </message>
</context>
<context>
    <name>Passwords</name>
    <message>
        <source>Not enough memory to protect the password.</source>
        <translation>No hay memoria suficiente para proteger la contraseña.</translation>
    </message>
</context>
<context>
    <name>PresenterPage</name>
    <message>
        <source>Demo clock</source>
        <translation>Reloj de demostración</translation>
    </message>
    <message>
        <source>+1 &amp;hour</source>
        <translation>+1 &amp;hora</translation>
    </message>
    <message>
        <source>+1 &amp;day</source>
        <translation>+1 &amp;día</translation>
    </message>
    <message>
        <source>+&amp;48 hours</source>
        <translation>+&amp;48 horas</translation>
    </message>
    <message>
        <source>To &amp;fiscal-year end</source>
        <translation>Al final del año &amp;fiscal</translation>
    </message>
    <message>
        <source>Set the demo clock to</source>
        <translation>Fijar el reloj de demostración en</translation>
    </message>
    <message>
        <source>&amp;Set clock</source>
        <translation>A&amp;justar reloj</translation>
    </message>
    <message>
        <source>Validations waiting for Microsoft</source>
        <translation>Validaciones pendientes de Microsoft</translation>
    </message>
    <message>
        <source>Pending validations</source>
        <translation>Validaciones pendientes</translation>
    </message>
    <message>
        <source>Reason for a rejection</source>
        <translation>Motivo del rechazo</translation>
    </message>
    <message>
        <source>Rejection reason</source>
        <translation>Motivo del rechazo</translation>
    </message>
    <message>
        <source>&amp;Approve now</source>
        <translation>&amp;Aprobar ahora</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Rechazar…</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Programas</translation>
    </message>
    <message>
        <source>Pro&amp;gram:</source>
        <translation>Pro&amp;grama:</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>&amp;Close for enrollment</source>
        <translation>&amp;Cerrar la inscripción</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Rea&amp;brir</translation>
    </message>
    <message>
        <source>D&amp;iscontinue…</source>
        <translation>Di&amp;scontinuar…</translation>
    </message>
    <message>
        <source>&amp;New program:</source>
        <translation>&amp;Nuevo programa:</translation>
    </message>
    <message>
        <source>New program name</source>
        <translation>Nombre del nuevo programa</translation>
    </message>
    <message>
        <source>C&amp;urrencies:</source>
        <translation>Mon&amp;edas:</translation>
    </message>
    <message>
        <source>Payout currencies</source>
        <translation>Monedas de pago</translation>
    </message>
    <message>
        <source>Cri&amp;teria:</source>
        <translation>Cri&amp;terios:</translation>
    </message>
    <message>
        <source>Eligibility criteria</source>
        <translation>Criterios de elegibilidad</translation>
    </message>
    <message>
        <source>Open to all (no criteria, no email)</source>
        <translation>Abierto a todos (sin criterios ni correo)</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publicar</translation>
    </message>
    <message>
        <source>What eligibility is judged on</source>
        <translation>Datos con los que se evalúa la elegibilidad</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Ubicación:</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Active partner program a&amp;greement</source>
        <translation>C&amp;ontrato activo del programa de partners</translation>
    </message>
    <message>
        <source>Solutions Partner designation</source>
        <translation>Designación de Solutions Partner</translation>
    </message>
    <message>
        <source>CSP indirect reseller</source>
        <translation>Revendedor indirecto de CSP</translation>
    </message>
    <message>
        <source>CSP direct-bill partner</source>
        <translation>Partner de facturación directa de CSP</translation>
    </message>
    <message>
        <source>Re&amp;venue (USD):</source>
        <translation>&amp;Ingresos (USD):</translation>
    </message>
    <message>
        <source>Trailing revenue in US dollars</source>
        <translation>Ingresos de los últimos doce meses en dólares estadounidenses</translation>
    </message>
    <message>
        <source>New c&amp;ustomers:</source>
        <translation>Nuevos c&amp;lientes:</translation>
    </message>
    <message>
        <source>New customers in the trailing year</source>
        <translation>Nuevos clientes en los últimos doce meses</translation>
    </message>
    <message>
        <source>Save and &amp;judge eligibility</source>
        <translation>Guardar y e&amp;valuar la elegibilidad</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Instantáneas</translation>
    </message>
    <message>
        <source>Snapshot name</source>
        <translation>Nombre de la instantánea</translation>
    </message>
    <message>
        <source>Sa&amp;ve snapshot</source>
        <translation>Guardar &amp;instantánea</translation>
    </message>
    <message>
        <source>Saved snapshots</source>
        <translation>Instantáneas guardadas</translation>
    </message>
    <message>
        <source>&amp;Load…</source>
        <translation>&amp;Cargar…</translation>
    </message>
    <message>
        <source>R&amp;eset demo…</source>
        <translation>Restablecer de&amp;mo…</translation>
    </message>
    <message>
        <source>Presenter tools</source>
        <translation>Herramientas del presentador</translation>
    </message>
    <message>
        <source>Move the demo clock one hour forward; what came due on Microsoft&apos;s side happens</source>
        <translation>Adelantar una hora el reloj de demostración; se produce lo que haya vencido del lado de Microsoft</translation>
    </message>
    <message>
        <source>Move the demo clock one day forward; what came due on Microsoft&apos;s side happens</source>
        <translation>Adelantar un día el reloj de demostración; se produce lo que haya vencido del lado de Microsoft</translation>
    </message>
    <message>
        <source>Move the demo clock 48 hours forward: every validation under way ends</source>
        <translation>Adelantar 48 horas el reloj de demostración: terminan todas las validaciones en curso</translation>
    </message>
    <message>
        <source>Move the demo clock to the start of the next fiscal year: enrollments renew or become inactive</source>
        <translation>Llevar el reloj de demostración al inicio del siguiente año fiscal: las inscripciones se renuevan o pasan a inactivas</translation>
    </message>
    <message>
        <source>A date and time in UTC, year-month-day hours:minutes, no earlier than now</source>
        <translation>Una fecha y hora en UTC, año-mes-día horas:minutos, no anterior a la actual</translation>
    </message>
    <message>
        <source>The program that Close, Reopen and Discontinue act on</source>
        <translation>El programa sobre el que actúan Cerrar, Reabrir y Discontinuar</translation>
    </message>
    <message>
        <source>Every enrollment in the program becomes Discontinued, for good; asks first</source>
        <translation>Todas las inscripciones del programa pasan a Discontinuado de forma definitiva; pide confirmación antes</translation>
    </message>
    <message>
        <source>Currency codes separated by commas</source>
        <translation>Códigos de moneda separados por comas</translation>
    </message>
    <message>
        <source>Requirements separated by semicolons, for example agreement;solutions-partner;revenue&gt;=100000</source>
        <translation>Requisitos separados por punto y coma, por ejemplo agreement;solutions-partner;revenue&gt;=100000</translation>
    </message>
    <message>
        <source>Publish the new program; Microsoft judges every location&apos;s eligibility and sends the invitations</source>
        <translation>Publicar el nuevo programa; Microsoft evalúa la elegibilidad de cada ubicación y envía las invitaciones</translation>
    </message>
    <message>
        <source>Enrollments under validation and when each is due; Approve and Reject act on the selected one</source>
        <translation>Inscripciones en validación y cuándo vence cada una; Aprobar y Rechazar actúan sobre la seleccionada</translation>
    </message>
    <message>
        <source>What Microsoft tells the Incentives admin when the selected validation is rejected</source>
        <translation>Lo que Microsoft comunica al administrador de incentivos cuando se rechaza la validación seleccionada</translation>
    </message>
    <message>
        <source>Reject the selected validation with the reason above</source>
        <translation>Rechazar la validación seleccionada con el motivo indicado arriba</translation>
    </message>
    <message>
        <source>The location whose attributes show below</source>
        <translation>La ubicación cuyos atributos se muestran abajo</translation>
    </message>
    <message>
        <source>Save the demo as it is now under the name typed before</source>
        <translation>Guardar la demostración tal como está ahora con el nombre escrito antes</translation>
    </message>
    <message>
        <source>Replace the demo with the chosen snapshot; asks first</source>
        <translation>Reemplazar la demostración por la instantánea elegida; pide confirmación antes</translation>
    </message>
    <message>
        <source>Go back to the shipped demo data; asks first</source>
        <translation>Volver a los datos de demostración originales; pide confirmación antes</translation>
    </message>
    <message>
        <source>Find a pending validation</source>
        <translation>Buscar una validación pendiente</translation>
    </message>
    <message>
        <source>Find by program, PartnerID or location</source>
        <translation>Buscar por programa, PartnerID o ubicación</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>On a shared PostgreSQL database: a sandbox organization for each trainee, and their progress live.</source>
        <translation>En una base de datos PostgreSQL compartida: una organización de prueba por alumno y su progreso en directo.</translation>
    </message>
    <message>
        <source>Class &amp;dashboard…</source>
        <translation>&amp;Panel de la clase…</translation>
    </message>
    <message>
        <source>Class dashboard</source>
        <translation>Panel de la clase</translation>
    </message>
    <message>
        <source>Create trainees&apos; sandboxes, follow their progress and reset one</source>
        <translation>Crear los espacios de prueba de los alumnos, seguir su progreso y restablecer uno</translation>
    </message>
</context>
<context>
    <name>ProfileRepository</name>
    <message>
        <source>There is no document %1.</source>
        <translation>No existe el documento %1.</translation>
    </message>
</context>
<context>
    <name>ProfileService</name>
    <message>
        <source>You have no incentives role. Ask an Account admin for access.</source>
        <translation>No tienes ningún rol de incentivos. Pide acceso a un administrador de cuenta.</translation>
    </message>
    <message>
        <source>There is no bank profile named &apos;%1&apos;.</source>
        <translation>No hay ningún perfil bancario llamado «%1».</translation>
    </message>
    <message>
        <source>A bank profile named &apos;%1&apos; exists already.</source>
        <translation>Ya existe un perfil bancario llamado «%1».</translation>
    </message>
    <message>
        <source>The signature date cannot be in the future.</source>
        <translation>La fecha de firma no puede ser futura.</translation>
    </message>
    <message>
        <source>A %1 signed on %2 expired on %3; sign a new one.</source>
        <translation>Un formulario %1 firmado el %2 caducó el %3; firma uno nuevo.</translation>
    </message>
    <message>
        <source>Say which of your locations this bank profile is for.</source>
        <translation>Indique para cuál de sus ubicaciones es este perfil bancario.</translation>
    </message>
    <message>
        <source>Credit note is not offered in the country of %1; choose bank transfer.</source>
        <translation>La nota de crédito no se ofrece en el país de %1; elija transferencia bancaria.</translation>
    </message>
    <message>
        <source>A credit-note profile is in the country of its location (%1).</source>
        <translation>Un perfil de nota de crédito está en el país de su ubicación (%1).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; pays by bank transfer; only a credit-note profile has a tenant to verify.</source>
        <translation>«%1» paga por transferencia; solo un perfil de nota de crédito tiene un inquilino que verificar.</translation>
    </message>
    <message>
        <source>Only an Incentives admin of the location the profile &apos;%1&apos; was created for verifies its CSP tenant.</source>
        <translation>Solo un administrador de incentivos de la ubicación para la que se creó el perfil «%1» verifica su inquilino CSP.</translation>
    </message>
    <message>
        <source>The CSP tenant of &apos;%1&apos; is confirmed already.</source>
        <translation>El inquilino CSP de «%1» ya está confirmado.</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>No such bank profile.</source>
        <translation>No existe ese perfil bancario.</translation>
    </message>
    <message>
        <source>There is no bank profile named &apos;%1&apos;.</source>
        <translation>No hay ningún perfil bancario llamado «%1».</translation>
    </message>
    <message>
        <source>There is no tax profile %1.</source>
        <translation>No existe el perfil fiscal %1.</translation>
    </message>
</context>
<context>
    <name>ProfilesPage</name>
    <message>
        <source>Bank profiles of the organization</source>
        <translation>Perfiles bancarios de la organización</translation>
    </message>
    <message>
        <source>Bank profiles</source>
        <translation>Perfiles bancarios</translation>
    </message>
    <message>
        <source>&amp;Add bank profile…</source>
        <translation>&amp;Agregar perfil bancario…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Make default for the location</source>
        <translation>&amp;Marcar como predeterminado de la ubicación</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Ubicación:</translation>
    </message>
    <message>
        <source>Default bank profile:</source>
        <translation>Perfil bancario predeterminado:</translation>
    </message>
    <message>
        <source>Tax profile:</source>
        <translation>Perfil fiscal:</translation>
    </message>
    <message>
        <source>Edit &amp;tax profile…</source>
        <translation>Editar perfil &amp;fiscal…</translation>
    </message>
    <message>
        <source>The organization&apos;s bank profiles and their validation status; press Enter to edit the selected one</source>
        <translation>Los perfiles bancarios de la organización y su estado de validación; presiona Entrar para editar el seleccionado</translation>
    </message>
    <message>
        <source>The location whose default bank profile and tax profile show below</source>
        <translation>La ubicación cuyo perfil bancario predeterminado y perfil fiscal se muestran abajo</translation>
    </message>
    <message>
        <source>Search bank profiles by name</source>
        <translation>Buscar perfiles bancarios por nombre</translation>
    </message>
    <message>
        <source>Search bank profiles</source>
        <translation>Buscar perfiles bancarios</translation>
    </message>
</context>
<context>
    <name>ProgramGuide</name>
    <message>
        <source>About this program</source>
        <translation>Acerca de este programa</translation>
    </message>
    <message>
        <source>%1 is an incentive program of Microsoft Partner Center for fiscal year %2, from %3 to %4.</source>
        <translation>%1 es un programa de incentivos del Centro de partners de Microsoft para el año fiscal %2, del %3 al %4.</translation>
    </message>
    <message>
        <source>It is open for enrollment.</source>
        <translation>Está abierto a inscripciones.</translation>
    </message>
    <message>
        <source>It is closed for enrollment: invitations not yet enrolled wait until it opens again.</source>
        <translation>Está cerrado a inscripciones: las invitaciones aún no inscritas esperan a que vuelva a abrirse.</translation>
    </message>
    <message>
        <source>It is no longer offered; its enrollments are discontinued.</source>
        <translation>Ya no se ofrece; sus inscripciones están suspendidas.</translation>
    </message>
    <message>
        <source>Who is eligible</source>
        <translation>Quién es apto</translation>
    </message>
    <message>
        <source>Every location may enroll: the program is open to all. It sends no invitation email; it shows in the Incentives workspace of the users who hold a role for the location.</source>
        <translation>Cualquier ubicación puede inscribirse: el programa está abierto a todos. No envía correo de invitación; aparece en el área de trabajo de incentivos de los usuarios que tienen un rol en la ubicación.</translation>
    </message>
    <message>
        <source>Microsoft invites the locations it chooses; the invitation reaches the location&apos;s Incentives admin by email.</source>
        <translation>Microsoft invita a las ubicaciones que elige; la invitación llega por correo al administrador de incentivos de la ubicación.</translation>
    </message>
    <message>
        <source>A location is invited when it meets every one of these criteria; the invitation reaches its Incentives admin by email:</source>
        <translation>Una ubicación es invitada cuando cumple todos estos criterios; la invitación llega por correo a su administrador de incentivos:</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>Payouts are made in %1, by %2, to the bank profile of the enrollment; the account holder must be the location&apos;s legal entity.</source>
        <translation>Los pagos se hacen en %1, por %2, al perfil bancario de la inscripción; el titular de la cuenta debe ser la entidad jurídica de la ubicación.</translation>
    </message>
    <message>
        <source>How to enroll</source>
        <translation>Cómo inscribirse</translation>
    </message>
    <message>
        <source>The location&apos;s Incentives admin selects Get Started in the invitation email, or Enroll in the Incentives workspace.</source>
        <translation>El administrador de incentivos de la ubicación selecciona Comenzar en el correo de invitación, o Inscribir en el área de trabajo de incentivos.</translation>
    </message>
    <message>
        <source>The invitation shows the location&apos;s default bank profile and its tax profile; another of the location&apos;s bank profiles may be chosen.</source>
        <translation>La invitación muestra el perfil bancario predeterminado y el perfil fiscal de la ubicación; se puede elegir otro perfil bancario de la ubicación.</translation>
    </message>
    <message>
        <source>When everything the program needs is on file, Submit sends it for validation; otherwise Continue opens the payout and tax profiles with what is missing.</source>
        <translation>Cuando todo lo que el programa necesita está registrado, Enviar lo manda a validación; si no, Continuar abre los perfiles de pago y fiscales con lo que falta.</translation>
    </message>
    <message>
        <source>Microsoft validates the details within 48 hours: the enrollment is then Enrolled, or Enrolling with what to correct.</source>
        <translation>Microsoft valida los datos en un plazo de 48 horas: la inscripción queda entonces Inscrita, o En inscripción con lo que hay que corregir.</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Renovación</translation>
    </message>
    <message>
        <source>The enrollment expires on %1, at the end of the fiscal year. It renews into the next fiscal year by itself when the location is still eligible, its partner program agreement is active, and its payout and tax details are complete and valid.</source>
        <translation>La inscripción vence el %1, al final del año fiscal. Se renueva sola para el siguiente año fiscal cuando la ubicación sigue siendo apta, su contrato del programa de partners está activo y sus datos de pago y fiscales están completos y son válidos.</translation>
    </message>
    <message>
        <source>The terms you accept</source>
        <translation>Las condiciones que acepta</translation>
    </message>
    <message>
        <source>By enrolling a location in %1 you confirm that:</source>
        <translation>Al inscribir una ubicación en %1, confirma que:</translation>
    </message>
    <message>
        <source>you are the location&apos;s Incentives admin and may act for it;</source>
        <translation>es el administrador de incentivos de la ubicación y puede actuar en su nombre;</translation>
    </message>
    <message>
        <source>the payout and tax details on file are accurate and belong to the location&apos;s legal entity;</source>
        <translation>los datos de pago y fiscales registrados son exactos y pertenecen a la entidad jurídica de la ubicación;</translation>
    </message>
    <message>
        <source>Microsoft may validate these details, and payouts wait while any of them needs action;</source>
        <translation>Microsoft puede validar estos datos, y los pagos esperan mientras alguno necesite una acción;</translation>
    </message>
    <message>
        <source>the enrollment ends with the fiscal year unless it renews, and when the program is discontinued.</source>
        <translation>la inscripción termina con el año fiscal salvo que se renueve, y cuando el programa se suspende.</translation>
    </message>
</context>
<context>
    <name>Programs</name>
    <message>
        <source>No such program.</source>
        <translation>No existe ese programa.</translation>
    </message>
    <message>
        <source>There is no program named &apos;%1&apos;.</source>
        <translation>No hay ningún programa llamado «%1».</translation>
    </message>
</context>
<context>
    <name>Renewal</name>
    <message>
        <source>The partner program agreement is not active (IVDMPA).</source>
        <translation>El contrato del programa de partners no está activo (IVDMPA).</translation>
    </message>
    <message>
        <source>Payout and tax profiles must be validated again.</source>
        <translation>Hay que volver a validar los perfiles de pago y fiscal.</translation>
    </message>
    <message>
        <source>None: the program is not open for the new year.</source>
        <translation>Ninguna: el programa no está abierto para el nuevo año.</translation>
    </message>
    <message>
        <source>Renew the partner program agreement (IVDMPA).</source>
        <translation>Renueva el contrato del programa de partners (IVDMPA).</translation>
    </message>
    <message>
        <source>Meet the eligibility requirements again: %1</source>
        <translation>Vuelve a cumplir los requisitos de elegibilidad: %1</translation>
    </message>
    <message>
        <source>Sign a new tax form before the year ends: %1</source>
        <translation>Firma un nuevo formulario fiscal antes de que termine el año fiscal: %1</translation>
    </message>
    <message>
        <source>Update the payout and tax profiles: %1</source>
        <translation>Actualiza los perfiles de pago y fiscal: %1</translation>
    </message>
    <message>
        <source>The program is not open for the new year</source>
        <translation>El programa no está abierto para el nuevo año</translation>
    </message>
    <message>
        <source>Partner program agreement</source>
        <translation>Contrato del programa de partners</translation>
    </message>
    <message>
        <source>Eligibility requirements</source>
        <translation>Requisitos de elegibilidad</translation>
    </message>
    <message>
        <source>Payout and tax details</source>
        <translation>Datos de pago e impuestos</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Assign a role</source>
        <translation>Asignar un rol</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Dirección de correo electrónico</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Ubicación:</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>The address the user signs in with</source>
        <translation>La dirección con la que el usuario inicia sesión</translation>
    </message>
    <message>
        <source>The location the role is for; an Account admin&apos;s role covers the whole organization</source>
        <translation>La ubicación a la que se aplica el rol; el rol de administrador de cuenta abarca toda la organización</translation>
    </message>
</context>
<context>
    <name>Sandboxes</name>
    <message>
        <source>There is no sandbox %1.</source>
        <translation>No existe el espacio de prueba %1.</translation>
    </message>
    <message>
        <source>There is no sandbox %1 in this database.</source>
        <translation>No existe el espacio de prueba %1 en esta base de datos.</translation>
    </message>
    <message>
        <source>The server refuses the login %1 access to the sandbox %2.</source>
        <translation>El servidor niega al usuario %1 el acceso al espacio de prueba %2.</translation>
    </message>
    <message>
        <source>%1 cannot name a trainee&apos;s login.</source>
        <translation>%1 no puede ser el usuario de un alumno.</translation>
    </message>
    <message>
        <source>There is a sandbox %1 already: reset it, or choose another trainee.</source>
        <translation>Ya existe el espacio de prueba %1: restablézcalo o elija otro alumno.</translation>
    </message>
    <message>
        <source>The login %1 has administrator rights and cannot be a trainee&apos;s.</source>
        <translation>El usuario %1 tiene derechos de administrador y no puede ser de un alumno.</translation>
    </message>
</context>
<context>
    <name>ScenarioFile</name>
    <message>
        <source>unknown key &apos;%1&apos; (known: %2)</source>
        <translation>clave desconocida «%1» (conocidas: %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is missing</source>
        <translation>falta «%1»</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be text</source>
        <translation>«%1» debe ser texto</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a PartnerID (7 digits)</source>
        <translation>«%1» no es un PartnerID (7 dígitos)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an email address</source>
        <translation>«%1» no es una dirección de correo</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false</source>
        <translation>«%1» debe ser true o false</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number</source>
        <translation>«%1» debe ser un número entero</translation>
    </message>
    <message>
        <source>unknown reason &apos;%1&apos; (known: %2)</source>
        <translation>motivo desconocido «%1» (conocidos: %2)</translation>
    </message>
    <message>
        <source>&apos;in&apos; must be a list of at least one status</source>
        <translation>«in» debe ser una lista de al menos un estado</translation>
    </message>
    <message>
        <source>a status must be text</source>
        <translation>un estado debe ser texto</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos; (known: %2)</source>
        <translation>estado desconocido «%1» (conocidos: %2)</translation>
    </message>
    <message>
        <source>give exactly one of &apos;user&apos; and &apos;adminOf&apos;</source>
        <translation>indique exactamente uno de «user» y «adminOf»</translation>
    </message>
    <message>
        <source>give both &apos;program&apos; and &apos;location&apos;, or neither</source>
        <translation>indique «program» y «location» juntos, o ninguno</translation>
    </message>
    <message>
        <source>unknown message kind &apos;%1&apos; (known: %2)</source>
        <translation>tipo de mensaje desconocido «%1» (conocidos: %2)</translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos; (known: %2)</source>
        <translation>rol desconocido «%1» (conocidos: %2)</translation>
    </message>
    <message>
        <source>the role %1 covers the whole organization: it takes no location</source>
        <translation>el rol %1 abarca toda la organización: no lleva ubicación</translation>
    </message>
    <message>
        <source>unknown profile kind &apos;%1&apos; (known: %2)</source>
        <translation>tipo de perfil desconocido «%1» (conocidos: %2)</translation>
    </message>
    <message>
        <source>unknown profile status &apos;%1&apos; (known: %2)</source>
        <translation>estado de perfil desconocido «%1» (conocidos: %2)</translation>
    </message>
    <message>
        <source>a bank profile condition needs &apos;name&apos; or &apos;location&apos;</source>
        <translation>una condición de perfil bancario necesita «name» o «location»</translation>
    </message>
    <message>
        <source>&apos;%1&apos; applies to bank profiles only</source>
        <translation>«%1» solo se aplica a perfiles bancarios</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time (e.g. 2026-07-01T00:00:00Z)</source>
        <translation>«%1» no es una fecha y hora (p. ej., 2026-07-01T00:00:00Z)</translation>
    </message>
    <message>
        <source>clockPast takes a date and time, or {&quot;sinceStart&quot;: a duration such as &quot;48h&quot;}</source>
        <translation>clockPast admite una fecha y hora, o {&quot;sinceStart&quot;: una duración como &quot;48h&quot;}</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a duration (e.g. 48h, 2d, 1w)</source>
        <translation>«%1» no es una duración (p. ej., 48h, 2d, 1w)</translation>
    </message>
    <message>
        <source>a condition is an object with one key, its kind (%1)</source>
        <translation>una condición es un objeto con una sola clave, su tipo (%1)</translation>
    </message>
    <message>
        <source>unknown condition kind &apos;%1&apos; (known: %2)</source>
        <translation>tipo de condición desconocido «%1» (conocidos: %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes a list of at least one condition</source>
        <translation>«%1» admite una lista de al menos una condición</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes an object</source>
        <translation>«%1» admite un objeto</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an object</source>
        <translation>«%1» debe ser un objeto</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid id: lower-case letters, digits and hyphens</source>
        <translation>«%1» no es un id válido: minúsculas, dígitos y guiones</translation>
    </message>
    <message>
        <source>&apos;format&apos; must be &quot;%1&quot;</source>
        <translation>«format» debe ser &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&apos;version&apos; must be a whole number</source>
        <translation>«version» debe ser un número entero</translation>
    </message>
    <message>
        <source>the file is written in version %1 of the format; this app reads version %2</source>
        <translation>el archivo usa la versión %1 del formato; esta aplicación lee la versión %2</translation>
    </message>
    <message>
        <source>&apos;chapters&apos; must be a list of at least one chapter</source>
        <translation>«chapters» debe ser una lista de al menos un capítulo</translation>
    </message>
    <message>
        <source>a chapter must be an object</source>
        <translation>un capítulo debe ser un objeto</translation>
    </message>
    <message>
        <source>duplicate chapter id &apos;%1&apos;</source>
        <translation>id de capítulo duplicado «%1»</translation>
    </message>
    <message>
        <source>&apos;steps&apos; must be a list of at least one step</source>
        <translation>«steps» debe ser una lista de al menos un paso</translation>
    </message>
    <message>
        <source>a step must be an object</source>
        <translation>un paso debe ser un objeto</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an objectName: letters, digits and underscores, not starting with a digit</source>
        <translation>«%1» no es un objectName: letras, dígitos y guiones bajos, sin empezar por un dígito</translation>
    </message>
    <message>
        <source>duplicate step id &apos;%1&apos;</source>
        <translation>id de paso duplicado «%1»</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a language code (e.g. de, pt_BR)</source>
        <translation>«%1» no es un código de idioma (p. ej., de, pt_BR)</translation>
    </message>
    <message>
        <source>a language variant must be an object</source>
        <translation>una variante de idioma debe ser un objeto</translation>
    </message>
    <message>
        <source>no chapter has the id &apos;%1&apos;</source>
        <translation>ningún capítulo tiene el id «%1»</translation>
    </message>
    <message>
        <source>a chapter&apos;s title must be text</source>
        <translation>el título de un capítulo debe ser texto</translation>
    </message>
    <message>
        <source>no step has the id &apos;%1&apos;</source>
        <translation>ningún paso tiene el id «%1»</translation>
    </message>
    <message>
        <source>a step&apos;s texts must be an object</source>
        <translation>los textos de un paso deben ser un objeto</translation>
    </message>
    <message>
        <source>the file is larger than %1 KiB: not a scenario</source>
        <translation>el archivo supera los %1 KiB: no es un escenario</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON no válido: %1</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels: not a scenario</source>
        <translation>anidado a más de %1 niveles: no es un escenario</translation>
    </message>
    <message>
        <source>a scenario file holds one JSON object</source>
        <translation>un archivo de escenario contiene un objeto JSON</translation>
    </message>
    <message>
        <source>&apos;%1&apos; appears twice in the same object</source>
        <translation>«%1» aparece dos veces en el mismo objeto</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>no existe el archivo</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a currency code (three letters)</source>
        <translation>«%1» no es un código de moneda (tres letras)</translation>
    </message>
</context>
<context>
    <name>Scenarios</name>
    <message>
        <source>Choose a scenario first.</source>
        <translation>Elija primero un escenario.</translation>
    </message>
    <message>
        <source>Start the scenario first: the handout shows the window as it was when each step was done.</source>
        <translation>Inicie primero el escenario: el folleto muestra la ventana tal como estaba al completarse cada paso.</translation>
    </message>
    <message>
        <source>No step has been done since the scenario started.</source>
        <translation>No se ha completado ningún paso desde que se inició el escenario.</translation>
    </message>
</context>
<context>
    <name>ScenariosPanel</name>
    <message>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>&amp;Start from the initial state…</source>
        <translation>&amp;Empezar desde el estado inicial…</translation>
    </message>
    <message>
        <source>The guided demo script to follow</source>
        <translation>El guion de demostración guiado que se va a seguir</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop following the running scenario; the demo data stays as it is</source>
        <translation>Dejar de seguir el escenario en curso; los datos de demostración quedan como están</translation>
    </message>
    <message>
        <source>Spotlight</source>
        <translation>Foco</translation>
    </message>
    <message>
        <source>&amp;Open scenario…</source>
        <translation>&amp;Abrir escenario…</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>Abrir escenario</translation>
    </message>
    <message>
        <source>Reads a scenario file and lists it with the built-in ones</source>
        <translation>Lee un archivo de escenario y lo muestra junto a los integrados</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Guardar una &amp;copia…</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <source>Writes the selected scenario as a file to start your own from</source>
        <translation>Escribe el escenario seleccionado en un archivo para crear el suyo a partir de él</translation>
    </message>
    <message>
        <source>The scenario&apos;s steps by chapter; each says whether it is done</source>
        <translation>Los pasos del escenario por capítulo; cada uno indica si está hecho</translation>
    </message>
    <message>
        <source>Presenter notes</source>
        <translation>Notas del presentador</translation>
    </message>
    <message>
        <source>Export han&amp;dout…</source>
        <translation>Exportar &amp;folleto…</translation>
    </message>
    <message>
        <source>Export handout</source>
        <translation>Exportar folleto</translation>
    </message>
    <message>
        <source>Writes a PDF with each step&apos;s text and a picture of the window when it was done</source>
        <translation>Escribe un PDF con el texto de cada paso y una imagen de la ventana cuando se completó</translation>
    </message>
</context>
<context>
    <name>Seed</name>
    <message>
        <source>This database already holds an organization; use a new file (or --force).</source>
        <translation>Esta base de datos ya contiene una organización; usa un archivo nuevo (o --force).</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>no role</source>
        <translation>sin rol</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The window shows a new language when Incentives Desk starts again; you can restart it right after OK.</source>
        <translation>El nuevo idioma se muestra cuando Incentives Desk se vuelve a iniciar; puedes reiniciarlo justo después de Aceptar.</translation>
    </message>
    <message>
        <source>Lock after &amp;inactivity:</source>
        <translation>&amp;Bloqueo por inactividad:</translation>
    </message>
    <message>
        <source>Lock after inactivity</source>
        <translation>Bloqueo por inactividad</translation>
    </message>
    <message>
        <source>Default &amp;database:</source>
        <translation>Base de &amp;datos predeterminada:</translation>
    </message>
    <message>
        <source>Default database</source>
        <translation>Base de datos predeterminada</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;Standard location</source>
        <translation>Ruta e&amp;stándar</translation>
    </message>
    <message>
        <source>Use incentives.db in your data folder</source>
        <translation>Usar incentives.db en tu carpeta de datos</translation>
    </message>
    <message>
        <source>Opened when Incentives Desk starts without --database, from its next start on.</source>
        <translation>Se abre cuando Incentives Desk se inicia sin --database, a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>Show the &amp;clock in the status bar</source>
        <translation>Mostrar el &amp;reloj en la barra de estado</translation>
    </message>
    <message>
        <source>The app clock; in a demo database, the demo clock the presenter sets</source>
        <translation>El reloj de la aplicación; en una base de datos de demostración, el reloj de demostración que fija el presentador</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — Incentives Desk</source>
        <translation>Iniciar sesión — Incentives Desk</translation>
    </message>
    <message>
        <source>Choose who you are. What you may see and do follows that user&apos;s roles.</source>
        <translation>Elige quién eres. Lo que puedes ver y hacer depende de los roles de ese usuario.</translation>
    </message>
    <message>
        <source>Filter by name or email</source>
        <translation>Filtrar por nombre o correo electrónico</translation>
    </message>
    <message>
        <source>Filter users</source>
        <translation>Filtrar usuarios</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Select who you are; Enter signs in</source>
        <translation>Selecciona quién eres; con Entrar inicias sesión</translation>
    </message>
</context>
<context>
    <name>Simulation</name>
    <message>
        <source>The %1 expired on %2; sign a new one.</source>
        <translation>El formulario %1 caducó el %2; firma uno nuevo.</translation>
    </message>
    <message>
        <source>Demo tools work only in a demo database.</source>
        <translation>Las herramientas de demostración solo funcionan en una base de datos de demostración.</translation>
    </message>
    <message>
        <source>The demo clock only moves forward (it is %1 now). Reset the demo to start over.</source>
        <translation>El reloj de demostración solo avanza (ahora es %1). Restablece la demostración para empezar de nuevo.</translation>
    </message>
    <message>
        <source>The clock can only be advanced by a positive duration.</source>
        <translation>El reloj solo puede avanzar una duración positiva.</translation>
    </message>
    <message>
        <source>Give the reason for the rejection.</source>
        <translation>Indica el motivo del rechazo.</translation>
    </message>
    <message>
        <source>%1 has no enrollment at %2.</source>
        <translation>%1 no tiene ninguna inscripción en %2.</translation>
    </message>
    <message>
        <source>This enrollment is not waiting for validation.</source>
        <translation>Esta inscripción no está pendiente de validación.</translation>
    </message>
    <message>
        <source>%1 is discontinued already.</source>
        <translation>%1 ya está discontinuado.</translation>
    </message>
    <message>
        <source>Name at least one payout currency.</source>
        <translation>Indica al menos una moneda de pago.</translation>
    </message>
    <message>
        <source>A program open to all has no eligibility criteria.</source>
        <translation>Un programa abierto a todos no tiene criterios de elegibilidad.</translation>
    </message>
    <message>
        <source>A program named &apos;%1&apos; exists already.</source>
        <translation>Ya existe un programa llamado «%1».</translation>
    </message>
    <message>
        <source>%1 is not open.</source>
        <translation>%1 no está abierto.</translation>
    </message>
    <message>
        <source>%1 is not closed.</source>
        <translation>%1 no está cerrado.</translation>
    </message>
    <message>
        <source>Revenue and customer counts cannot be negative.</source>
        <translation>Los ingresos y el número de clientes no pueden ser negativos.</translation>
    </message>
    <message>
        <source>You have no incentives role. Ask an Account admin for access.</source>
        <translation>No tienes ningún rol de incentivos. Pide acceso a un administrador de cuenta.</translation>
    </message>
</context>
<context>
    <name>StartUp</name>
    <message>
        <source>Upgrading %1 for this version of Incentives Desk: the file is checked, a copy of it as it is now is kept beside it, then it is upgraded. For a large file this takes a few minutes.</source>
        <translation>Actualizando %1 para esta versión de Incentives Desk: se comprueba el archivo, se guarda a su lado una copia de su estado actual y después se actualiza. Con un archivo grande tarda unos minutos.</translation>
    </message>
    <message>
        <source>%1 holds no organization yet. Its owner moves one in first (incentives-cli migrate or init).</source>
        <translation>%1 aún no contiene ninguna organización. Su propietario debe cargar una primero (incentives-cli migrate o init).</translation>
    </message>
</context>
<context>
    <name>StateMachine</name>
    <message>
        <source>Only an invitation that is still Invited can be accepted.</source>
        <translation>Solo se puede aceptar una invitación que siga en estado Invitado.</translation>
    </message>
    <message>
        <source>Only an Invited or Enrolling enrollment can be submitted for validation.</source>
        <translation>Solo se puede enviar a validación una inscripción en estado Invitado o En inscripción.</translation>
    </message>
    <message>
        <source>This enrollment is not waiting for validation.</source>
        <translation>Esta inscripción no está pendiente de validación.</translation>
    </message>
    <message>
        <source>The program is discontinued; nothing can change here.</source>
        <translation>El programa está discontinuado; aquí no se puede cambiar nada.</translation>
    </message>
    <message>
        <source>An enrollment that is %1 cannot take the step &apos;%2&apos;.</source>
        <translation>Una inscripción en estado %1 no puede realizar el paso «%2».</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Someone else changed this record since it was opened. Reload it and try again.</source>
        <translation>Otra persona ha cambiado este registro después de abrirlo. Vuelve a cargarlo e inténtalo de nuevo.</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>Location summary</source>
        <translation>Resumen de ubicación</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Ubicación:</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <source>See the pages as they will print, and print them</source>
        <translation>Ver las páginas tal como se imprimirán e imprimirlas</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportar &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the summary as a PDF file</source>
        <translation>Guardar el resumen como archivo PDF</translation>
    </message>
</context>
<context>
    <name>SummaryService</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Bank country</source>
        <translation>País del banco</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Método de pago</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>Titular de la cuenta</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>BIC / SWIFT</source>
        <translation>BIC / SWIFT</translation>
    </message>
    <message>
        <source>Routing or branch code</source>
        <translation>Número de ruta o código de sucursal</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Número de cuenta</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Banco</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>This user account is deactivated.</source>
        <translation>Esta cuenta de usuario está desactivada.</translation>
    </message>
    <message>
        <source>Enrollment summary — %1</source>
        <translation>Resumen de inscripciones — %1</translation>
    </message>
    <message>
        <source>Enrollment summary: %1 (%2)</source>
        <translation>Resumen de inscripciones: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 — prepared %2 for %3</source>
        <translation>%1 — preparado el %2 para %3</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Location PartnerID</source>
        <translation>PartnerID de la ubicación</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Partner program agreement</source>
        <translation>Contrato del programa de partners</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Expired or not signed (IVDMPA)</source>
        <translation>Caducado o sin firmar (IVDMPA)</translation>
    </message>
    <message>
        <source>Incentives admin</source>
        <translation>Administrador de incentivos</translation>
    </message>
    <message>
        <source>None: an Account admin must assign one before this location can enroll</source>
        <translation>Ninguno: un administrador de cuenta debe asignar uno para que esta ubicación pueda inscribirse</translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation>Inscripciones</translation>
    </message>
    <message>
        <source>This location has no invitations or enrollments.</source>
        <translation>Esta ubicación no tiene invitaciones ni inscripciones.</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Actions required</source>
        <translation>Acciones necesarias</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>ends by %1</source>
        <translation>termina a más tardar el %1</translation>
    </message>
    <message>
        <source>Payout (bank) profile</source>
        <translation>Perfil de pago (bancario)</translation>
    </message>
    <message>
        <source>No default bank profile is set for this location.</source>
        <translation>No hay ningún perfil bancario predeterminado configurado para esta ubicación.</translation>
    </message>
    <message>
        <source>Also used by enrollments here</source>
        <translation>También usado por inscripciones de esta ubicación</translation>
    </message>
    <message>
        <source>Tax profile</source>
        <translation>Perfil fiscal</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulario</translation>
    </message>
    <message>
        <source>EIN</source>
        <translation>EIN</translation>
    </message>
    <message>
        <source>Country of incorporation</source>
        <translation>País de constitución</translation>
    </message>
    <message>
        <source>Foreign tax ID</source>
        <translation>Id. fiscal extranjero</translation>
    </message>
    <message>
        <source>Treaty claim</source>
        <translation>Beneficios del convenio</translation>
    </message>
    <message>
        <source>%1, article %2</source>
        <translation>%1, artículo %2</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>Número de IVA</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Fecha de firma</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>No tax profile is on file for this location.</source>
        <translation>No hay ningún perfil fiscal registrado para esta ubicación.</translation>
    </message>
    <message>
        <source>Account numbers and tax IDs are masked: only their last four characters are shown. Enrollments expire at the end of the fiscal year (30 June) and renew on 1 July when the location is still eligible, its agreement is active and its payout and tax details are complete.</source>
        <translation>Los números de cuenta y los identificadores fiscales están enmascarados: solo se muestran sus cuatro últimos caracteres. Las inscripciones caducan al final del año fiscal (30 de junio) y se renuevan el 1 de julio si la ubicación sigue siendo apta, su contrato está activo y sus datos de pago y fiscales están completos.</translation>
    </message>
</context>
<context>
    <name>TaxDocumentService</name>
    <message>
        <source>Save the tax profile first; documents are attached to it.</source>
        <translation>Guarde primero el perfil fiscal; los documentos se adjuntan a él.</translation>
    </message>
    <message>
        <source>Location %1 has no tax profile yet; save it first, then attach documents to it.</source>
        <translation>La ubicación %1 aún no tiene perfil fiscal; guárdelo primero y después adjunte documentos.</translation>
    </message>
    <message>
        <source>This file is attached to the tax profile of %1 already (the same content, SHA-256 %2).</source>
        <translation>Este archivo ya está adjunto al perfil fiscal de %1 (mismo contenido, SHA-256 %2).</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>No existe el archivo %1.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 no es un archivo normal.</translation>
    </message>
    <message>
        <source>The file %1 is larger than 10 MB.</source>
        <translation>El archivo %1 supera los 10 MB.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
</context>
<context>
    <name>TaxDocuments</name>
    <message>
        <source>The document needs a file name.</source>
        <translation>El documento necesita un nombre de archivo.</translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation>El archivo %1 está vacío.</translation>
    </message>
    <message>
        <source>The file %1 is larger than 10 MB.</source>
        <translation>El archivo %1 supera los 10 MB.</translation>
    </message>
    <message>
        <source>The file %1 is not a PDF, PNG or JPEG file (judged by its content, not its name).</source>
        <translation>El archivo %1 no es un PDF, PNG ni JPEG (según su contenido, no su nombre).</translation>
    </message>
</context>
<context>
    <name>TaxProfileDialog</name>
    <message>
        <source>Tax profile</source>
        <translation>Perfil fiscal</translation>
    </message>
    <message>
        <source>&amp;EIN:</source>
        <translation>&amp;EIN:</translation>
    </message>
    <message>
        <source>Employer Identification Number</source>
        <translation>Número de identificación del empleador</translation>
    </message>
    <message>
        <source>12-3456789</source>
        <translation>12-3456789</translation>
    </message>
    <message>
        <source>Country of &amp;incorporation:</source>
        <translation>&amp;País de constitución:</translation>
    </message>
    <message>
        <source>Country of incorporation</source>
        <translation>País de constitución</translation>
    </message>
    <message>
        <source>&amp;Foreign tax ID:</source>
        <translation>Id. fiscal e&amp;xtranjero:</translation>
    </message>
    <message>
        <source>Foreign tax identification number</source>
        <translation>Número de identificación fiscal extranjero</translation>
    </message>
    <message>
        <source>&amp;Treaty claim:</source>
        <translation>Beneficios del &amp;convenio:</translation>
    </message>
    <message>
        <source>Claim treaty benefits</source>
        <translation>Solicitar los beneficios del convenio</translation>
    </message>
    <message>
        <source>Claim a reduced rate under an income tax treaty</source>
        <translation>Solicitar un tipo reducido en virtud de un convenio sobre el impuesto sobre la renta</translation>
    </message>
    <message>
        <source>Treaty &amp;country:</source>
        <translation>País del conve&amp;nio:</translation>
    </message>
    <message>
        <source>Treaty country</source>
        <translation>País del convenio</translation>
    </message>
    <message>
        <source>Treaty &amp;article:</source>
        <translation>&amp;Artículo del convenio:</translation>
    </message>
    <message>
        <source>Treaty article</source>
        <translation>Artículo del convenio</translation>
    </message>
    <message>
        <source>e.g. Article 12</source>
        <translation>p. ej., artículo 12</translation>
    </message>
    <message>
        <source>&amp;Signed on:</source>
        <translation>Fecha de fi&amp;rma:</translation>
    </message>
    <message>
        <source>Signature date</source>
        <translation>Fecha de firma</translation>
    </message>
    <message>
        <source>&amp;VAT ID:</source>
        <translation>Número de &amp;IVA:</translation>
    </message>
    <message>
        <source>VAT identification number</source>
        <translation>Número de identificación a efectos del IVA</translation>
    </message>
    <message>
        <source>e.g. DE136695976</source>
        <translation>p. ej., DE136695976</translation>
    </message>
    <message>
        <source>The location&apos;s tax identification number in its own country</source>
        <translation>El número de identificación fiscal de la ubicación en su propio país</translation>
    </message>
    <message>
        <source>The day the form was signed, year-month-day; a W-8BEN-E stays valid until the end of the third calendar year after it</source>
        <translation>El día en que se firmó el formulario, año-mes-día; un W-8BEN-E es válido hasta el final del tercer año natural posterior</translation>
    </message>
    <message>
        <source>Tax &amp;form:</source>
        <translation>&amp;Formulario fiscal:</translation>
    </message>
    <message>
        <source>Tax form</source>
        <translation>Formulario fiscal</translation>
    </message>
</context>
<context>
    <name>TextRules</name>
    <message>
        <source>The name</source>
        <translation>El nombre</translation>
    </message>
    <message>
        <source>The legal name</source>
        <translation>La razón social</translation>
    </message>
    <message>
        <source>The account holder&apos;s name</source>
        <translation>El nombre del titular de la cuenta</translation>
    </message>
    <message>
        <source>The bank&apos;s name</source>
        <translation>El nombre del banco</translation>
    </message>
    <message>
        <source>The bank&apos;s address</source>
        <translation>La dirección del banco</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>La dirección</translation>
    </message>
    <message>
        <source>The city</source>
        <translation>La ciudad</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>El motivo</translation>
    </message>
    <message>
        <source>The criteria</source>
        <translation>Los criterios</translation>
    </message>
    <message>
        <source>The organization&apos;s name</source>
        <translation>El nombre de la organización</translation>
    </message>
    <message>
        <source>The text</source>
        <translation>El texto</translation>
    </message>
    <message>
        <source>%1 cannot contain control or text-direction characters (found U+%2).</source>
        <translation>%1 no puede contener caracteres de control ni de dirección del texto (se encontró U+%2).</translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <source>&apos;%1&apos; is not a date and time; write it as 2026-06-30 or 2026-06-30 14:00.</source>
        <translation>«%1» no es una fecha y hora; escríbela como 2026-06-30 o 2026-06-30 14:00.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a duration; write a number and a unit, such as 30m, 1h, 2d, 48h or 1w.</source>
        <translation>«%1» no es una duración; escribe un número y una unidad, como 30m, 1h, 2d, 48h o 1w.</translation>
    </message>
    <message>
        <source>A duration must be more than zero.</source>
        <translation>La duración debe ser mayor que cero.</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>%1 already holds data; a database is moved only into a new or empty one.</source>
        <translation>%1 ya contiene datos; una base de datos solo se traslada a una nueva o vacía.</translation>
    </message>
    <message>
        <source>The copy of %1 has %2 rows instead of %3; nothing was written.</source>
        <translation>La copia de %1 tiene %2 filas en lugar de %3; no se ha escrito nada.</translation>
    </message>
    <message>
        <source>Copied from %1</source>
        <translation>Copiado desde %1</translation>
    </message>
    <message>
        <source>The source and the target are the same database.</source>
        <translation>El origen y el destino son la misma base de datos.</translation>
    </message>
</context>
<context>
    <name>Types</name>
    <message>
        <source>Account admin</source>
        <translation>Administrador de cuenta</translation>
    </message>
    <message>
        <source>Incentives admin</source>
        <translation>Administrador de incentivos</translation>
    </message>
    <message>
        <source>Incentives user</source>
        <translation>Usuario de incentivos</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invitado</translation>
    </message>
    <message>
        <source>Enrolling</source>
        <translation>En inscripción</translation>
    </message>
    <message>
        <source>Validating enrollment</source>
        <translation>Validando inscripción</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscrito</translation>
    </message>
    <message>
        <source>Ineligible</source>
        <translation>No apto</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Discontinued</source>
        <translation>Discontinuado</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Closed for enrollment</source>
        <translation>Inscripción cerrada</translation>
    </message>
    <message>
        <source>Pending validation</source>
        <translation>Pendiente de validación</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Action required</source>
        <translation>Acción necesaria</translation>
    </message>
    <message>
        <source>W-9</source>
        <translation>W-9</translation>
    </message>
    <message>
        <source>W-8BEN-E</source>
        <translation>W-8BEN-E</translation>
    </message>
    <message>
        <source>Electronic bank transfer</source>
        <translation>Transferencia bancaria electrónica</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Nota de crédito</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Cuenta corriente</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>Cuenta de ahorro</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Presentador</translation>
    </message>
    <message>
        <source>W-8BEN</source>
        <translation>W-8BEN</translation>
    </message>
    <message>
        <source>Verification needed</source>
        <translation>Verificación necesaria</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmado</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Usuarios</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Show users by role</source>
        <translation>Mostrar usuarios por rol</translation>
    </message>
    <message>
        <source>Search names and email addresses</source>
        <translation>Buscar nombres y direcciones de correo electrónico</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Buscar usuarios</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Agregar usuario…</translation>
    </message>
    <message>
        <source>Assign &amp;role…</source>
        <translation>Asignar &amp;rol…</translation>
    </message>
    <message>
        <source>Re&amp;move role…</source>
        <translation>&amp;Quitar rol…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Restablecer &amp;contraseña…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>&amp;Locations</source>
        <translation>U&amp;bicaciones</translation>
    </message>
    <message>
        <source>Locations and their Incentives admins</source>
        <translation>Ubicaciones y sus administradores de incentivos</translation>
    </message>
    <message>
        <source>Assign Incentives &amp;admin…</source>
        <translation>&amp;Asignar administrador de incentivos…</translation>
    </message>
    <message>
        <source>Users and locations</source>
        <translation>Usuarios y ubicaciones</translation>
    </message>
    <message>
        <source>Every user of the organization with their status and roles</source>
        <translation>Todos los usuarios de la organización con su estado y sus roles</translation>
    </message>
    <message>
        <source>A location without an Incentives admin says so; its invitations wait until one is assigned</source>
        <translation>Una ubicación sin administrador de incentivos lo indica; sus invitaciones esperan hasta que se asigne uno</translation>
    </message>
    <message>
        <source>Search PartnerIDs and location names</source>
        <translation>Buscar PartnerID y nombres de ubicación</translation>
    </message>
    <message>
        <source>Search locations</source>
        <translation>Buscar ubicaciones</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Import users from a CSV file</source>
        <translation>Importar usuarios desde un archivo CSV</translation>
    </message>
    <message>
        <source>Add l&amp;ocation…</source>
        <translation>Añadir ubicación (&amp;o)…</translation>
    </message>
    <message>
        <source>Add a location</source>
        <translation>Añadir una ubicación</translation>
    </message>
    <message>
        <source>&amp;Edit location…</source>
        <translation>&amp;Editar ubicación…</translation>
    </message>
    <message>
        <source>Edit the selected location</source>
        <translation>Editar la ubicación seleccionada</translation>
    </message>
    <message>
        <source>Im&amp;port…</source>
        <translation>Im&amp;portar…</translation>
    </message>
    <message>
        <source>Import locations from a CSV file</source>
        <translation>Importar ubicaciones desde un archivo CSV</translation>
    </message>
</context>
<context>
    <name>Validators</name>
    <message>
        <source>a space</source>
        <translation>el espacio</translation>
    </message>
    <message>
        <source>Enter an IBAN.</source>
        <translation>Escribe un IBAN.</translation>
    </message>
    <message>
        <source>An IBAN may contain only letters A–Z and digits; %1 is not allowed.</source>
        <translation>Un IBAN solo puede contener letras A–Z y dígitos; no se admite %1.</translation>
    </message>
    <message>
        <source>An IBAN starts with a two-letter country code, like DE or FR.</source>
        <translation>Un IBAN empieza por un código de país de dos letras, como DE o FR.</translation>
    </message>
    <message>
        <source>An IBAN starts with a country code; %1 is not a known country code.</source>
        <translation>Un IBAN empieza por un código de país; %1 no es un código de país conocido.</translation>
    </message>
    <message>
        <source>%1 (%2) does not use IBANs.</source>
        <translation>%1 (%2) no usa IBAN.</translation>
    </message>
    <message>
        <source>An IBAN with the country code %1 (%2) has %3 characters; this one has %4.</source>
        <translation>Un IBAN con el código de país %1 (%2) tiene %3 caracteres; este tiene %4.</translation>
    </message>
    <message>
        <source>The third and fourth characters of an IBAN are its check digits and must be digits.</source>
        <translation>Los caracteres tercero y cuarto de un IBAN son sus dígitos de control y deben ser dígitos.</translation>
    </message>
    <message>
        <source>The IBAN check digits do not match: a character is mistyped.</source>
        <translation>Los dígitos de control del IBAN no coinciden: hay un carácter mal escrito.</translation>
    </message>
    <message>
        <source>Enter a BIC (SWIFT code).</source>
        <translation>Escribe un BIC (código SWIFT).</translation>
    </message>
    <message>
        <source>A BIC may contain only letters A–Z and digits; %1 is not allowed.</source>
        <translation>Un BIC solo puede contener letras A–Z y dígitos; no se admite %1.</translation>
    </message>
    <message>
        <source>A BIC has 8 or 11 characters; this one has %1.</source>
        <translation>Un BIC tiene 8 u 11 caracteres; este tiene %1.</translation>
    </message>
    <message>
        <source>The first six characters of a BIC are letters: four for the bank, two for the country.</source>
        <translation>Los seis primeros caracteres de un BIC son letras: cuatro para el banco y dos para el país.</translation>
    </message>
    <message>
        <source>The BIC&apos;s country (%1) does not match the bank country (%2).</source>
        <translation>El país del BIC (%1) no coincide con el país del banco (%2).</translation>
    </message>
    <message>
        <source>Enter a routing number.</source>
        <translation>Escribe un número de ruta.</translation>
    </message>
    <message>
        <source>A routing number has 9 digits; this one has %1.</source>
        <translation>Un número de ruta tiene 9 dígitos; este tiene %1.</translation>
    </message>
    <message>
        <source>A routing number cannot be all zeros.</source>
        <translation>Un número de ruta no puede estar formado solo por ceros.</translation>
    </message>
    <message>
        <source>The routing number&apos;s checksum does not match: a digit is mistyped.</source>
        <translation>La suma de comprobación del número de ruta no coincide: hay un dígito mal escrito.</translation>
    </message>
    <message>
        <source>Enter a sort code.</source>
        <translation>Escribe un código de sucursal.</translation>
    </message>
    <message>
        <source>A sort code has 6 digits, like 12-34-56; this one has %1.</source>
        <translation>Un código de sucursal tiene 6 dígitos, como 12-34-56; este tiene %1.</translation>
    </message>
    <message>
        <source>Enter an account number.</source>
        <translation>Escribe un número de cuenta.</translation>
    </message>
    <message>
        <source>A UK account number has 8 digits; this one has %1.</source>
        <translation>Un número de cuenta del Reino Unido tiene 8 dígitos; este tiene %1.</translation>
    </message>
    <message>
        <source>Enter an institution number.</source>
        <translation>Escribe un número de institución.</translation>
    </message>
    <message>
        <source>An institution number has 3 digits; this one has %1.</source>
        <translation>Un número de institución tiene 3 dígitos; este tiene %1.</translation>
    </message>
    <message>
        <source>Enter a transit number.</source>
        <translation>Escribe un número de tránsito.</translation>
    </message>
    <message>
        <source>A transit number has 5 digits; this one has %1.</source>
        <translation>Un número de tránsito tiene 5 dígitos; este tiene %1.</translation>
    </message>
    <message>
        <source>Enter a BSB.</source>
        <translation>Escribe un BSB.</translation>
    </message>
    <message>
        <source>A BSB has 6 digits, like 123-456; this one has %1.</source>
        <translation>Un BSB tiene 6 dígitos, como 123-456; este tiene %1.</translation>
    </message>
    <message>
        <source>Enter an IFSC code.</source>
        <translation>Escribe un código IFSC.</translation>
    </message>
    <message>
        <source>An IFSC code may contain only letters A–Z and digits; %1 is not allowed.</source>
        <translation>Un código IFSC solo puede contener letras A–Z y dígitos; no se admite %1.</translation>
    </message>
    <message>
        <source>An IFSC code has 11 characters; this one has %1.</source>
        <translation>Un código IFSC tiene 11 caracteres; este tiene %1.</translation>
    </message>
    <message>
        <source>An IFSC code starts with four letters that name the bank.</source>
        <translation>Un código IFSC empieza por cuatro letras que identifican el banco.</translation>
    </message>
    <message>
        <source>The fifth character of an IFSC code is always the digit 0 (zero).</source>
        <translation>El quinto carácter de un código IFSC es siempre el dígito 0 (cero).</translation>
    </message>
    <message>
        <source>An account number may contain only letters A–Z and digits; %1 is not allowed.</source>
        <translation>Un número de cuenta solo puede contener letras A–Z y dígitos; no se admite %1.</translation>
    </message>
    <message>
        <source>An account number has 4 to 34 characters; this one has %1.</source>
        <translation>Un número de cuenta tiene entre 4 y 34 caracteres; este tiene %1.</translation>
    </message>
    <message>
        <source>Enter an EIN.</source>
        <translation>Escribe un EIN.</translation>
    </message>
    <message>
        <source>An EIN has 9 digits, like 12-3456789; this one has %1.</source>
        <translation>Un EIN tiene 9 dígitos, como 12-3456789; este tiene %1.</translation>
    </message>
    <message>
        <source>EIN prefix %1 is not assigned by the IRS.</source>
        <translation>El IRS no asigna el prefijo de EIN %1.</translation>
    </message>
    <message>
        <source>Enter a country code.</source>
        <translation>Escribe un código de país.</translation>
    </message>
    <message>
        <source>A country code has two letters, like DE or US.</source>
        <translation>Un código de país tiene dos letras, como DE o US.</translation>
    </message>
    <message>
        <source>%1 is not a known country code.</source>
        <translation>%1 no es un código de país conocido.</translation>
    </message>
    <message>
        <source>Enter a currency code.</source>
        <translation>Escribe un código de moneda.</translation>
    </message>
    <message>
        <source>A currency code has three letters, like EUR or USD.</source>
        <translation>Un código de moneda tiene tres letras, como EUR o USD.</translation>
    </message>
    <message>
        <source>%1 is not a supported currency.</source>
        <translation>%1 no es una moneda admitida.</translation>
    </message>
    <message>
        <source>Enter a PartnerID.</source>
        <translation>Escribe un PartnerID.</translation>
    </message>
    <message>
        <source>A PartnerID has 7 digits; this one has %1.</source>
        <translation>Un PartnerID tiene 7 dígitos; este tiene %1.</translation>
    </message>
    <message>
        <source>Enter an email address.</source>
        <translation>Escribe una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>An email address has at most 254 characters; this one has %1.</source>
        <translation>Una dirección de correo electrónico tiene como máximo 254 caracteres; esta tiene %1.</translation>
    </message>
    <message>
        <source>An email address has exactly one @, like name@example.com.</source>
        <translation>Una dirección de correo electrónico tiene exactamente una @, como name@example.com.</translation>
    </message>
    <message>
        <source>The part of the email address before the @ is empty.</source>
        <translation>La parte de la dirección de correo electrónico anterior a la @ está vacía.</translation>
    </message>
    <message>
        <source>The part of the email address before the @ cannot contain %1.</source>
        <translation>La parte de la dirección de correo electrónico anterior a la @ no puede contener %1.</translation>
    </message>
    <message>
        <source>The part of the email address before the @ has at most 64 characters.</source>
        <translation>La parte de la dirección de correo electrónico anterior a la @ tiene como máximo 64 caracteres.</translation>
    </message>
    <message>
        <source>The part of the email address before the @ cannot start or end with a dot, or have two dots in a row.</source>
        <translation>La parte de la dirección de correo electrónico anterior a la @ no puede empezar ni terminar por un punto, ni tener dos puntos seguidos.</translation>
    </message>
    <message>
        <source>The email address has no domain after the @.</source>
        <translation>La dirección de correo electrónico no tiene dominio después de la @.</translation>
    </message>
    <message>
        <source>The domain of the email address cannot contain %1.</source>
        <translation>El dominio de la dirección de correo electrónico no puede contener %1.</translation>
    </message>
    <message>
        <source>The domain of the email address needs a dot, like example.com.</source>
        <translation>El dominio de la dirección de correo electrónico necesita un punto, como example.com.</translation>
    </message>
    <message>
        <source>The domain of the email address is malformed: each part between dots has 1 to 63 letters, digits or hyphens, and no hyphen at either end.</source>
        <translation>El dominio de la dirección de correo electrónico tiene un formato incorrecto: cada parte entre puntos tiene de 1 a 63 letras, dígitos o guiones, y no empieza ni termina por guion.</translation>
    </message>
    <message>
        <source>The domain of the email address must end in a name, like .com, not a number.</source>
        <translation>El dominio de la dirección de correo electrónico debe terminar en un nombre, como .com, no en un número.</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Escribe un nombre.</translation>
    </message>
    <message>
        <source>A name cannot contain the invisible text-direction character %1.</source>
        <translation>Un nombre no puede contener el carácter invisible de dirección del texto %1.</translation>
    </message>
    <message>
        <source>A name cannot contain control characters such as line breaks or tabs (%1).</source>
        <translation>Un nombre no puede contener caracteres de control como saltos de línea o tabulaciones (%1).</translation>
    </message>
    <message>
        <source>A name cannot contain the invisible formatting character %1.</source>
        <translation>Un nombre no puede contener el carácter de formato invisible %1.</translation>
    </message>
    <message>
        <source>A name cannot contain the character %1.</source>
        <translation>Un nombre no puede contener el carácter %1.</translation>
    </message>
    <message>
        <source>A name has at most %1 characters; this one has %2.</source>
        <translation>Un nombre tiene como máximo %1 caracteres; este tiene %2.</translation>
    </message>
    <message>
        <source>U and 8 digits</source>
        <translation>una U y 8 dígitos</translation>
    </message>
    <message>
        <source>10 digits starting with 0 or 1</source>
        <translation>10 dígitos que empiezan por 0 o 1</translation>
    </message>
    <message>
        <source>9 or 10 digits</source>
        <translation>9 o 10 dígitos</translation>
    </message>
    <message>
        <source>8 digits and a letter</source>
        <translation>8 dígitos y una letra</translation>
    </message>
    <message>
        <source>8, 9 or 10 digits</source>
        <translation>8, 9 o 10 dígitos</translation>
    </message>
    <message>
        <source>9 digits, the first not 0</source>
        <translation>9 dígitos, el primero distinto de 0</translation>
    </message>
    <message>
        <source>8 digits, the first not 0</source>
        <translation>8 dígitos, el primero distinto de 0</translation>
    </message>
    <message>
        <source>9 digits</source>
        <translation>9 dígitos</translation>
    </message>
    <message>
        <source>a letter or digit, 7 digits and a check letter or digit</source>
        <translation>una letra o un dígito, 7 dígitos y una letra o un dígito de control</translation>
    </message>
    <message>
        <source>8 digits</source>
        <translation>8 dígitos</translation>
    </message>
    <message>
        <source>a 2-character key and the 9-digit SIREN</source>
        <translation>una clave de 2 caracteres y el SIREN de 9 dígitos</translation>
    </message>
    <message>
        <source>9 or 12 digits, GD and 3 digits below 500, or HA and 3 digits from 500</source>
        <translation>9 o 12 dígitos, GD y 3 dígitos inferiores a 500, o HA y 3 dígitos a partir de 500</translation>
    </message>
    <message>
        <source>11 digits</source>
        <translation>11 dígitos</translation>
    </message>
    <message>
        <source>7 digits and 1 or 2 letters, or the older form like 1A23456B</source>
        <translation>7 dígitos y 1 o 2 letras, o el formato antiguo, como 1A23456B</translation>
    </message>
    <message>
        <source>9 or 12 digits</source>
        <translation>9 o 12 dígitos</translation>
    </message>
    <message>
        <source>9 digits, the letter B and 2 digits (not 00)</source>
        <translation>9 dígitos, la letra B y 2 dígitos (distintos de 00)</translation>
    </message>
    <message>
        <source>10 digits</source>
        <translation>10 dígitos</translation>
    </message>
    <message>
        <source>12 digits ending in 01</source>
        <translation>12 dígitos que terminan en 01</translation>
    </message>
    <message>
        <source>Northern Ireland</source>
        <translation>Irlanda del Norte</translation>
    </message>
    <message>
        <source>Enter a VAT number.</source>
        <translation>Escribe un número de IVA.</translation>
    </message>
    <message>
        <source>A VAT number may contain only letters A–Z and digits; %1 is not allowed.</source>
        <translation>Un número de IVA solo puede contener letras A–Z y dígitos; no se admite %1.</translation>
    </message>
    <message>
        <source>A VAT number starts with its country code; for %1 that is %2.</source>
        <translation>Un número de IVA empieza por su código de país; para %1 es %2.</translation>
    </message>
    <message>
        <source>A VAT number starts with its two-letter country code, like DE123456789.</source>
        <translation>Un número de IVA empieza por su código de país de dos letras, como DE123456789.</translation>
    </message>
    <message>
        <source>Greek VAT numbers start with EL, not GR.</source>
        <translation>Los números de IVA griegos empiezan por EL, no por GR.</translation>
    </message>
    <message>
        <source>The VAT number&apos;s country (%1) does not match the selected country (%2).</source>
        <translation>El país del número de IVA (%1) no coincide con el país seleccionado (%2).</translation>
    </message>
    <message>
        <source>After the prefix %1 (%2), a VAT number has %3.</source>
        <translation>Tras el prefijo %1 (%2), un número de IVA tiene %3.</translation>
    </message>
    <message>
        <source>A VAT number cannot be all zeros.</source>
        <translation>Un número de IVA no puede estar formado solo por ceros.</translation>
    </message>
    <message>
        <source>The VAT number&apos;s check digits do not match: a character is mistyped.</source>
        <translation>Los dígitos de control del número de IVA no coinciden: hay un carácter mal escrito.</translation>
    </message>
    <message>
        <source>A routing number may contain only the digits 0–9; %1 is not allowed.</source>
        <translation>Un número de ruta solo puede contener los dígitos 0–9; no se admite %1.</translation>
    </message>
    <message>
        <source>A routing number cannot start with %1; it starts with 00–12, 21–32, 61–72 or 80.</source>
        <translation>Un número de ruta no puede empezar por %1; empieza por 00–12, 21–32, 61–72 o 80.</translation>
    </message>
    <message>
        <source>A sort code may contain only the digits 0–9; %1 is not allowed.</source>
        <translation>Un código de sucursal solo puede contener los dígitos 0–9; no se admite %1.</translation>
    </message>
    <message>
        <source>A UK account number may contain only the digits 0–9; %1 is not allowed.</source>
        <translation>Un número de cuenta del Reino Unido solo puede contener los dígitos 0–9; no se admite %1.</translation>
    </message>
    <message>
        <source>An institution number may contain only the digits 0–9; %1 is not allowed.</source>
        <translation>Un número de institución solo puede contener los dígitos 0–9; no se admite %1.</translation>
    </message>
    <message>
        <source>A transit number may contain only the digits 0–9; %1 is not allowed.</source>
        <translation>Un número de tránsito solo puede contener los dígitos 0–9; no se admite %1.</translation>
    </message>
    <message>
        <source>A BSB may contain only the digits 0–9; %1 is not allowed.</source>
        <translation>Un BSB solo puede contener los dígitos 0–9; no se admite %1.</translation>
    </message>
    <message>
        <source>An EIN may contain only the digits 0–9; %1 is not allowed.</source>
        <translation>Un EIN solo puede contener los dígitos 0–9; no se admite %1.</translation>
    </message>
    <message>
        <source>A PartnerID may contain only the digits 0–9; %1 is not allowed.</source>
        <translation>Un PartnerID solo puede contener los dígitos 0–9; no se admite %1.</translation>
    </message>
    <message>
        <source>Character %1 of an IBAN from %2 must be a digit, not “%3”.</source>
        <translation>El carácter %1 de un IBAN de %2 debe ser un dígito, no «%3».</translation>
    </message>
    <message>
        <source>Character %1 of an IBAN from %2 must be a letter A–Z, not “%3”.</source>
        <translation>El carácter %1 de un IBAN de %2 debe ser una letra A–Z, no «%3».</translation>
    </message>
    <message>
        <source>Its account part has the form %1 (n: digit, a: letter, c: letter or digit).</source>
        <translation>Su parte de cuenta tiene la forma %1 (n: dígito, a: letra, c: letra o dígito).</translation>
    </message>
    <message>
        <source>The IBAN&apos;s check digits match, but the bank and account number fail %1&apos;s national check (%2): a digit is mistyped.</source>
        <translation>Los dígitos de control del IBAN coinciden, pero el banco y el número de cuenta no superan el control nacional de %1 (%2): hay un dígito mal escrito.</translation>
    </message>
    <message>
        <source>The BIC&apos;s country code %1 (characters 5 and 6) is not a known country.</source>
        <translation>El código de país %1 del BIC (caracteres 5 y 6) no es un país conocido.</translation>
    </message>
    <message>
        <source>%1 is a SWIFT test and training BIC (its eighth character is 0): payments cannot be sent to it.</source>
        <translation>%1 es un BIC SWIFT de prueba y formación (su octavo carácter es 0): no se le pueden enviar pagos.</translation>
    </message>
    <message>
        <source>E and 9 digits, optionally followed by MWST, TVA, IVA or TPV</source>
        <translation>E y 9 dígitos, opcionalmente seguidos de MWST, TVA, IVA o TPV</translation>
    </message>
    <message>
        <source>9 digits and MVA</source>
        <translation>9 dígitos y MVA</translation>
    </message>
    <message>
        <source>2 to 10 digits, the first not 0, or a 13-digit personal numeric code</source>
        <translation>de 2 a 10 dígitos, el primero distinto de 0, o un código numérico personal de 13 dígitos</translation>
    </message>
    <message>
        <source>%1 does not issue EU, UK, Swiss or Norwegian VAT numbers.</source>
        <translation>%1 no emite números de IVA de la UE, el Reino Unido, Suiza o Noruega.</translation>
    </message>
    <message>
        <source>%1 is not the country code of a VAT number checked here; use the code of an EU country, GB, XI, CH or NO.</source>
        <translation>%1 no es el código de país de un número de IVA que se compruebe aquí; use el código de un país de la UE, GB, XI, CH o NO.</translation>
    </message>
    <message>
        <source>Character %1 of the VAT number must be a digit, not %2.</source>
        <translation>El carácter %1 del número de IVA debe ser un dígito, no %2.</translation>
    </message>
    <message>
        <source>Character %1 of the VAT number must be a letter A–Z, not %2.</source>
        <translation>El carácter %1 del número de IVA debe ser una letra A–Z, no %2.</translation>
    </message>
    <message>
        <source>Character %1 of the VAT number must be %2, not %3.</source>
        <translation>El carácter %1 del número de IVA debe ser %2, no %3.</translation>
    </message>
    <message>
        <source>Enter the foreign tax identification number.</source>
        <translation>Escribe el número de identificación fiscal extranjero.</translation>
    </message>
    <message>
        <source>A tax ID may contain only letters A–Z, digits, spaces, hyphens, slashes and dots; %1 is not allowed.</source>
        <translation>Un número fiscal solo puede contener letras A–Z, dígitos, espacios, guiones, barras y puntos; %1 no está permitido.</translation>
    </message>
    <message>
        <source>A tax ID has digits; this one has none.</source>
        <translation>Un número fiscal tiene dígitos; este no tiene ninguno.</translation>
    </message>
    <message>
        <source>A tax ID has at most 40 characters; this one has %1.</source>
        <translation>Un número fiscal tiene como máximo 40 caracteres; este tiene %1.</translation>
    </message>
    <message>
        <source>Enter a phone number.</source>
        <translation>Introduzca un número de teléfono.</translation>
    </message>
    <message>
        <source>A phone number may contain only digits, a leading +, spaces, hyphens, dots and parentheses; %1 is not allowed.</source>
        <translation>Un número de teléfono solo puede contener dígitos, un + inicial, espacios, guiones, puntos y paréntesis; %1 no está permitido.</translation>
    </message>
    <message>
        <source>A phone number has 7 to 15 digits; this one has %1.</source>
        <translation>Un número de teléfono tiene de 7 a 15 dígitos; este tiene %1.</translation>
    </message>
    <message>
        <source>Enter the CSP tenant ID.</source>
        <translation>Introduzca el ID de inquilino CSP.</translation>
    </message>
    <message>
        <source>A tenant ID contains only the digits 0–9, the letters a–f and hyphens; %1 is not allowed.</source>
        <translation>Un ID de inquilino solo contiene los dígitos 0–9, las letras a–f y guiones; %1 no está permitido.</translation>
    </message>
    <message>
        <source>A tenant ID is a GUID of 32 hexadecimal digits grouped 8-4-4-4-12, like 8f3b2c1d-4e5f-4a6b-9c7d-0e1f2a3b4c5d.</source>
        <translation>Un ID de inquilino es un GUID de 32 dígitos hexadecimales agrupados 8-4-4-4-12, como 8f3b2c1d-4e5f-4a6b-9c7d-0e1f2a3b4c5d.</translation>
    </message>
    <message>
        <source>The all-zero GUID is not a tenant ID; copy the ID from Partner Center&apos;s account settings.</source>
        <translation>El GUID de ceros no es un ID de inquilino; copie el ID de la configuración de la cuenta del Centro de partners.</translation>
    </message>
</context>
<context>
    <name>WaitDialog</name>
    <message>
        <source>Please wait</source>
        <translation>Espere, por favor</translation>
    </message>
    <message>
        <source>Incentives Desk</source>
        <translation>Incentives Desk</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>Partner Incentive Enrollment Invitation</source>
        <translation>Invitación de inscripción en incentivos para partners</translation>
    </message>
    <message>
        <source>Hello %1,

Your organization&apos;s location %2 (%3) is eligible for %4 in %5. Select Get Started to accept the invitation and confirm your payout and tax profiles.

Microsoft Partner Center</source>
        <translation>Hola, %1:

La ubicación %2 (%3) de tu organización es apta para %4 en el %5. Selecciona Comenzar para aceptar la invitación y confirmar tus perfiles de pago y fiscal.

Microsoft Partner Center</translation>
    </message>
    <message>
        <source>Tax profile %1 belongs to another location.</source>
        <translation>El perfil fiscal %1 pertenece a otra ubicación.</translation>
    </message>
</context>
<context>
    <name>WorkspaceExport</name>
    <message>
        <source>The file could not be written: %1</source>
        <translation>No se pudo escribir el archivo: %1</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Se ha cancelado la exportación.</translation>
    </message>
</context>
<context>
    <name>WorkspaceExporter</name>
    <message>
        <source>Exporting the workspace…</source>
        <translation>Exportando el área de trabajo…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export workspace</source>
        <translation>Exportar área de trabajo</translation>
    </message>
    <message>
        <source>Exporting the workspace… %1 rows written</source>
        <translation>Exportando el área de trabajo… %1 filas escritas</translation>
    </message>
</context>
<context>
    <name>WorkspacePage</name>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Ubicación:</translation>
    </message>
    <message>
        <source>Location filter</source>
        <translation>Filtro de ubicación</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Programa:</translation>
    </message>
    <message>
        <source>Program filter</source>
        <translation>Filtro de programa</translation>
    </message>
    <message>
        <source>Search programs, PartnerIDs, locations (Ctrl+F)</source>
        <translation>Buscar programas, PartnerID y ubicaciones (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;Borrar filtros</translation>
    </message>
    <message>
        <source>Incentives workspace</source>
        <translation>Área de trabajo de incentivos</translation>
    </message>
    <message>
        <source>No enrollments match these filters.</source>
        <translation>Ninguna inscripción coincide con estos filtros.</translation>
    </message>
    <message>
        <source>Counting</source>
        <translation>Contando</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>See &amp;eligibility requirements</source>
        <translation>Ver &amp;requisitos de elegibilidad</translation>
    </message>
    <message>
        <source>Program &amp;guide</source>
        <translation>&amp;Guía del programa</translation>
    </message>
    <message>
        <source>E&amp;nroll</source>
        <translation>&amp;Inscribir</translation>
    </message>
    <message>
        <source>Every enrollment of your locations with its status and the action it needs; press Enter to take the selected row&apos;s action</source>
        <translation>Todas las inscripciones de tus ubicaciones con su estado y la acción que requieren; presiona Entrar para realizar la acción de la fila seleccionada</translation>
    </message>
    <message>
        <source>Workspace and details</source>
        <translation>Área de trabajo y detalles</translation>
    </message>
    <message>
        <source>Grouped workspace</source>
        <translation>Área de trabajo agrupada</translation>
    </message>
    <message>
        <source>The enrollments under each program or location; expand a group to see its rows</source>
        <translation>Las inscripciones de cada programa o ubicación; expanda un grupo para ver sus filas</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detalles</translation>
    </message>
    <message>
        <source>Show the details pane</source>
        <translation>Mostrar el panel de detalles</translation>
    </message>
    <message>
        <source>Show or hide the selected enrollment&apos;s details</source>
        <translation>Mostrar u ocultar los detalles de la inscripción seleccionada</translation>
    </message>
</context>
<context>
    <name>incentives::gui::AssignmentDialog</name>
    <message>
        <source>Edit assignment</source>
        <translation>Editar asignación</translation>
    </message>
    <message>
        <source>%1 at %2 (%3)</source>
        <translation>%1 en %2 (%3)</translation>
    </message>
    <message>
        <source>Bank profile</source>
        <translation>Perfil bancario</translation>
    </message>
    <message>
        <source>Tax profile</source>
        <translation>Perfil fiscal</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>&amp;Bank profile:</source>
        <translation>Perfil &amp;bancario:</translation>
    </message>
    <message>
        <source>&amp;Tax profile:</source>
        <translation>Perfil &amp;fiscal:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>None on file</source>
        <translation>Ninguno registrado</translation>
    </message>
    <message>
        <source>%1, expires %2</source>
        <translation>%1, vence el %2</translation>
    </message>
</context>
<context>
    <name>incentives::gui::AssignmentsPage</name>
    <message>
        <source>Payout and tax profile assignment</source>
        <translation>Asignación de perfiles de pago y fiscales</translation>
    </message>
    <message>
        <source>What each enrollment is paid with: its bank profile, its location&apos;s tax profile and the currency Microsoft pays it in. Hold the payments of an enrollment to stop them until you release them.</source>
        <translation>Con qué se paga cada inscripción: su perfil bancario, el perfil fiscal de su ubicación y la moneda en que Microsoft la paga. Retenga los pagos de una inscripción para detenerlos hasta que los libere.</translation>
    </message>
    <message>
        <source>About payout and tax profile assignment</source>
        <translation>Acerca de la asignación de perfiles de pago y fiscales</translation>
    </message>
    <message>
        <source>Payout and tax profile assignments</source>
        <translation>Asignaciones de perfiles de pago y fiscales</translation>
    </message>
    <message>
        <source>Why an action is not available</source>
        <translation>Por qué una acción no está disponible</translation>
    </message>
    <message>
        <source>&amp;Edit assignment…</source>
        <translation>&amp;Editar asignación…</translation>
    </message>
    <message>
        <source>Edit the selected assignment</source>
        <translation>Editar la asignación seleccionada</translation>
    </message>
    <message>
        <source>&amp;Hold payment</source>
        <translation>&amp;Retener pago</translation>
    </message>
    <message>
        <source>Hold the payments of the selected enrollment</source>
        <translation>Retener los pagos de la inscripción seleccionada</translation>
    </message>
    <message>
        <source>&amp;Release payment</source>
        <translation>&amp;Liberar pago</translation>
    </message>
    <message>
        <source>Release the payments of the selected enrollment</source>
        <translation>Liberar los pagos de la inscripción seleccionada</translation>
    </message>
    <message>
        <source>Manage &amp;default profiles…</source>
        <translation>Administrar perfiles pre&amp;determinados…</translation>
    </message>
    <message>
        <source>Choose one bank profile and currency for several locations</source>
        <translation>Elegir un perfil bancario y una moneda para varias ubicaciones</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>PartnerID</source>
        <translation>PartnerID</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Bank profile</source>
        <translation>Perfil bancario</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Método de pago</translation>
    </message>
    <message>
        <source>Tax profile</source>
        <translation>Perfil fiscal</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>%1 (location default)</source>
        <translation>%1 (predeterminado de la ubicación)</translation>
    </message>
    <message>
        <source>%1 (proposed)</source>
        <translation>%1 (propuesta)</translation>
    </message>
    <message>
        <source>Payment on hold</source>
        <translation>Pago retenido</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Se paga</translation>
    </message>
    <message>
        <source>No enrollments to show.</source>
        <translation>No hay inscripciones que mostrar.</translation>
    </message>
    <message>
        <source>Select an enrollment.</source>
        <translation>Seleccione una inscripción.</translation>
    </message>
    <message>
        <source>Hold payment</source>
        <translation>Retener pago</translation>
    </message>
    <message>
        <source>Release payment</source>
        <translation>Liberar pago</translation>
    </message>
    <message>
        <source>Manage default profiles</source>
        <translation>Administrar perfiles predeterminados</translation>
    </message>
    <message>
        <source>These programs do not pay in the chosen currency and keep theirs: %1</source>
        <translation>Estos programas no pagan en la moneda elegida y conservan la suya: %1</translation>
    </message>
    <message>
        <source>Search the assignments</source>
        <translation>Buscar en las asignaciones</translation>
    </message>
    <message>
        <source>Search programs, PartnerIDs and locations</source>
        <translation>Buscar programas, PartnerID y ubicaciones</translation>
    </message>
    <message>
        <source>More enrollments</source>
        <translation>Más inscripciones</translation>
    </message>
    <message>
        <source>The first %1 enrollments are listed; search for a program, PartnerID or location to find the others.</source>
        <translation>Se muestran las primeras %1 inscripciones; busque un programa, un PartnerID o una ubicación para encontrar las demás.</translation>
    </message>
    <message>
        <source>No enrollment matches the search.</source>
        <translation>Ninguna inscripción coincide con la búsqueda.</translation>
    </message>
</context>
<context>
    <name>incentives::gui::AuditPage</name>
    <message>
        <source>Export the audit log</source>
        <translation>Exportar el registro de auditoría</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>%1 records, newest first</source>
        <translation>%1 registros, del más reciente al más antiguo</translation>
    </message>
    <message>
        <source>%1 of your own actions, newest first</source>
        <translation>%1 acciones propias, de la más reciente a la más antigua</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <source>— older records follow: refine the search or load more.</source>
        <translation>— siguen registros más antiguos: afine la búsqueda o cargue más.</translation>
    </message>
</context>
<context>
    <name>incentives::gui::BankProfileDialog</name>
    <message>
        <source>Edit bank profile — %1</source>
        <translation>Editar perfil bancario — %1</translation>
    </message>
    <message>
        <source>New bank profile</source>
        <translation>Nuevo perfil bancario</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Cuenta corriente</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>Cuenta de ahorro</translation>
    </message>
    <message>
        <source>Saving sends these enrollments back to Validating enrollment: %1.</source>
        <translation>Al guardar, estas inscripciones vuelven al estado Validando inscripción: %1.</translation>
    </message>
    <message>
        <source>ABA &amp;routing number:</source>
        <translation>Número de &amp;ruta ABA:</translation>
    </message>
    <message>
        <source>&amp;Sort code:</source>
        <translation>Código de &amp;sucursal:</translation>
    </message>
    <message>
        <source>&amp;Transit number:</source>
        <translation>Número de trán&amp;sito:</translation>
    </message>
    <message>
        <source>BS&amp;B:</source>
        <translation>BS&amp;B:</translation>
    </message>
    <message>
        <source>IF&amp;SC:</source>
        <translation>IF&amp;SC:</translation>
    </message>
    <message>
        <source>&amp;Routing number:</source>
        <translation>Número de &amp;ruta:</translation>
    </message>
    <message>
        <source>&amp;SWIFT code:</source>
        <translation>Código &amp;SWIFT:</translation>
    </message>
    <message>
        <source>&amp;BIC:</source>
        <translation>&amp;BIC:</translation>
    </message>
    <message>
        <source>No currency of this country is paid by the program: choose another bank.</source>
        <translation>El programa no paga en ninguna moneda de este país: elige otro banco.</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Cambiado por otra persona</translation>
    </message>
    <message>
        <source>Someone else saved the bank profile %1 after you opened it.

Load their version into the form? What you typed here is then replaced; choose No to keep it on screen.</source>
        <translation>Otra persona guardó el perfil bancario %1 después de que lo abrieras.

¿Cargar su versión en el formulario? Lo que has escrito aquí se reemplazará; elige No para mantenerlo en pantalla.</translation>
    </message>
    <message>
        <source>This is the version saved by someone else. Make your changes again and save.</source>
        <translation>Esta es la versión que guardó otra persona. Vuelve a hacer tus cambios y guarda.</translation>
    </message>
    <message>
        <source>A credit note is issued to your CSP billing account instead of a payment to a bank. It is offered in some countries only, and only by programs that pay by credit note.</source>
        <translation>La nota de crédito se emite a su cuenta de facturación CSP en lugar de un pago a un banco. Solo se ofrece en algunos países y solo en programas que pagan con nota de crédito.</translation>
    </message>
    <message>
        <source>The fields follow the bank&apos;s country. Microsoft pays only to an account held in the legal entity name of the location it pays.</source>
        <translation>Los campos dependen del país del banco. Microsoft solo paga a cuentas a nombre de la razón social de la ubicación a la que paga.</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>Bank &amp;country:</source>
        <translation>&amp;País del banco:</translation>
    </message>
    <message>
        <source>%1 — an Incentives admin of the location verifies the tenant once Microsoft has confirmed it.</source>
        <translation>%1: un administrador de incentivos de la ubicación verifica el inquilino cuando Microsoft lo haya confirmado.</translation>
    </message>
    <message>
        <source>Save the profile first.</source>
        <translation>Guarde primero el perfil.</translation>
    </message>
    <message>
        <source>Save or discard your changes before verifying.</source>
        <translation>Guarde o descarte sus cambios antes de verificar.</translation>
    </message>
    <message>
        <source>Record that Microsoft confirmed this CSP tenant.</source>
        <translation>Registrar que Microsoft confirmó este inquilino CSP.</translation>
    </message>
    <message>
        <source>Verify CSP tenant</source>
        <translation>Verificar inquilino CSP</translation>
    </message>
    <message>
        <source>Record that Microsoft confirmed the CSP tenant %1 of the profile %2?</source>
        <translation>¿Registrar que Microsoft confirmó el inquilino CSP %1 del perfil %2?</translation>
    </message>
</context>
<context>
    <name>incentives::gui::BankProfilesModel</name>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Bank country</source>
        <translation>País del banco</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Default for</source>
        <translation>Predeterminado para</translation>
    </message>
    <message>
        <source>Credit note: %1</source>
        <translation>Nota de crédito: %1</translation>
    </message>
</context>
<context>
    <name>incentives::gui::ChangePasswordDialog</name>
    <message>
        <source>You signed in with a temporary password. Choose your own to go on.</source>
        <translation>Has iniciado sesión con una contraseña temporal. Elige una propia para continuar.</translation>
    </message>
    <message>
        <source>Choose a new password.</source>
        <translation>Elige una contraseña nueva.</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Las dos contraseñas nuevas no coinciden.</translation>
    </message>
</context>
<context>
    <name>incentives::gui::ClassroomDialog</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Refresh the class</source>
        <translation>Actualizar la clase</translation>
    </message>
    <message>
        <source>Re&amp;set sandbox…</source>
        <translation>Re&amp;stablecer espacio de prueba…</translation>
    </message>
    <message>
        <source>Reset the selected trainee&apos;s sandbox</source>
        <translation>Restablecer el espacio de prueba del alumno seleccionado</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Choose a template file</source>
        <translation>Elegir un archivo de plantilla</translation>
    </message>
    <message>
        <source>&amp;Create sandboxes</source>
        <translation>&amp;Crear espacios de prueba</translation>
    </message>
    <message>
        <source>Create the sandboxes</source>
        <translation>Crear los espacios de prueba</translation>
    </message>
    <message>
        <source>Class dashboard</source>
        <translation>Panel de la clase</translation>
    </message>
    <message>
        <source>Each trainee works in a sandbox of their own: a whole organization on this server, which only their login can open. Their progress through the guided scenarios shows here as they go.</source>
        <translation>Cada alumno trabaja en su propio espacio de prueba: una organización completa en este servidor que solo su usuario puede abrir. Su progreso en los escenarios guiados aparece aquí a medida que avanza.</translation>
    </message>
    <message>
        <source>Trainees and their progress</source>
        <translation>Alumnos y su progreso</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Alumno</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>Pasos hechos</translation>
    </message>
    <message>
        <source>On this step</source>
        <translation>En este paso</translation>
    </message>
    <message>
        <source>In all</source>
        <translation>En total</translation>
    </message>
    <message>
        <source>Connects to</source>
        <translation>Se conecta a</translation>
    </message>
    <message>
        <source>New sandboxes</source>
        <translation>Nuevos espacios de prueba</translation>
    </message>
    <message>
        <source>Trainee logins</source>
        <translation>Usuarios de los alumnos</translation>
    </message>
    <message>
        <source>Logins, separated by commas or spaces</source>
        <translation>Usuarios, separados por comas o espacios</translation>
    </message>
    <message>
        <source>&amp;Trainees:</source>
        <translation>A&amp;lumnos:</translation>
    </message>
    <message>
        <source>Template file</source>
        <translation>Archivo de plantilla</translation>
    </message>
    <message>
        <source>Empty: the built-in demo</source>
        <translation>Vacío: la demo integrada</translation>
    </message>
    <message>
        <source>T&amp;emplate:</source>
        <translation>&amp;Plantilla:</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>No trainee has a sandbox yet: name them below.</source>
        <translation>Ningún alumno tiene aún espacio de prueba: indíquelos abajo.</translation>
    </message>
    <message>
        <source>Reset a sandbox</source>
        <translation>Restablecer un espacio de prueba</translation>
    </message>
    <message>
        <source>Rebuild the sandbox of %1 from its template? Everything done in it, and the scenario progress, is lost; the other trainees&apos; sandboxes stay as they are.</source>
        <translation>¿Volver a crear el espacio de prueba de %1 desde su plantilla? Se pierde todo lo hecho en él y el progreso de los escenarios; los espacios de prueba de los demás alumnos quedan como están.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarlo</translation>
    </message>
    <message>
        <source>The sandbox of %1 is back to its template.</source>
        <translation>El espacio de prueba de %1 ha vuelto a su plantilla.</translation>
    </message>
    <message>
        <source>Choose a demo template</source>
        <translation>Elegir una plantilla de demo</translation>
    </message>
    <message>
        <source>Demo templates (*.json)</source>
        <translation>Plantillas de demo (*.json)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (new login, password %3)</source>
        <translation>%1: %2 (usuario nuevo, contraseña %3)</translation>
    </message>
    <message>
        <source>Sandboxes created:</source>
        <translation>Espacios de prueba creados:</translation>
    </message>
</context>
<context>
    <name>incentives::gui::ConnectDialog</name>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>Use it when the server offers it</source>
        <translation>Usarlo cuando el servidor lo ofrezca</translation>
    </message>
    <message>
        <source>Require it</source>
        <translation>Exigirlo</translation>
    </message>
    <message>
        <source>Require it and verify the server&apos;s certificate</source>
        <translation>Exigirlo y verificar el certificado del servidor</translation>
    </message>
    <message>
        <source>Never (trusted networks only)</source>
        <translation>Nunca (solo redes de confianza)</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Nueva conexión</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name.</source>
        <translation>Escribe el nombre de host del servidor.</translation>
    </message>
    <message>
        <source>Enter the name of the database.</source>
        <translation>Escribe el nombre de la base de datos.</translation>
    </message>
    <message>
        <source>Enter the database user name.</source>
        <translation>Escribe el nombre de usuario de la base de datos.</translation>
    </message>
    <message>
        <source>Connected, but the password could not be kept in the keychain: %1</source>
        <translation>Conectado, pero no se pudo guardar la contraseña en el llavero: %1</translation>
    </message>
</context>
<context>
    <name>incentives::gui::DefaultProfilesDialog</name>
    <message>
        <source>Manage default profiles</source>
        <translation>Administrar perfiles predeterminados</translation>
    </message>
    <message>
        <source>The bank profile becomes the default of every location checked; their enrollments paid from the default that have no currency yet take the currency.</source>
        <translation>El perfil bancario pasa a ser el predeterminado de cada ubicación marcada; sus inscripciones pagadas con el predeterminado que aún no tienen moneda toman esta moneda.</translation>
    </message>
    <message>
        <source>Bank profile</source>
        <translation>Perfil bancario</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Ubicaciones</translation>
    </message>
    <message>
        <source>&amp;Bank profile:</source>
        <translation>Perfil &amp;bancario:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <source>&amp;Locations:</source>
        <translation>&amp;Ubicaciones:</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Choose a bank profile.</source>
        <translation>Elija un perfil bancario.</translation>
    </message>
</context>
<context>
    <name>incentives::gui::EligibilityDialog</name>
    <message>
        <source>%1 has no eligibility criteria: it is open to every location.</source>
        <translation>%1 no tiene criterios de elegibilidad: está abierto a todas las ubicaciones.</translation>
    </message>
    <message>
        <source>%1 meets every requirement of %2.</source>
        <translation>%1 cumple todos los requisitos de %2.</translation>
    </message>
    <message>
        <source>%1 does not meet 1 requirement of %2.</source>
        <translation>%1 no cumple 1 requisito de %2.</translation>
    </message>
    <message>
        <source>%1 does not meet %2 requirements of %3.</source>
        <translation>%1 no cumple %2 requisitos de %3.</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>No cumplido</translation>
    </message>
</context>
<context>
    <name>incentives::gui::GettingStartedPage</name>
    <message>
        <source>Getting started</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <source>Incentives Desk follows Partner Center&apos;s incentive enrollment step by step. Each step below links to the screen where it is done.</source>
        <translation>Incentives Desk sigue paso a paso la inscripción en incentivos de Partner Center. Cada paso de abajo enlaza con la pantalla donde se realiza.</translation>
    </message>
    <message>
        <source>1. Roles: who may enroll</source>
        <translation>1. Roles: quién puede inscribir</translation>
    </message>
    <message>
        <source>Only an &lt;b&gt;Incentives admin&lt;/b&gt; enrolls a location in incentive programs, and each location PartnerID has at most one. An &lt;b&gt;Account admin&lt;/b&gt; assigns the role, to someone else or to themselves, in %1. An &lt;b&gt;Incentives user&lt;/b&gt; sees the workspace of their locations but cannot enroll or see full bank details. %2 shows what you hold.</source>
        <translation>Solo un &lt;b&gt;administrador de incentivos&lt;/b&gt; inscribe una ubicación en programas de incentivos, y cada PartnerID de ubicación tiene como máximo uno. Un &lt;b&gt;administrador de cuenta&lt;/b&gt; asigna el rol, a otra persona o a sí mismo, en %1. Un &lt;b&gt;usuario de incentivos&lt;/b&gt; ve el área de trabajo de sus ubicaciones, pero no puede inscribir ni ver los datos bancarios completos. %2 muestra los roles que tienes.</translation>
    </message>
    <message>
        <source>Users and roles</source>
        <translation>Usuarios y roles</translation>
    </message>
    <message>
        <source>My access</source>
        <translation>Mi acceso</translation>
    </message>
    <message>
        <source>2. The enrollment invitation</source>
        <translation>2. La invitación de inscripción</translation>
    </message>
    <message>
        <source>When a location becomes eligible for a program, its Incentives admin receives the email &lt;i&gt;Partner Incentive Enrollment Invitation&lt;/i&gt; from Microsoft Partner Center in the %1; &lt;b&gt;Get Started&lt;/b&gt; opens the invitation. It is also shown once on %2, and &lt;b&gt;Enroll&lt;/b&gt; in the %3 always works. Programs open to all send no email: their invitation is shown in the workspace only. A location without an Incentives admin keeps its invitations until an Account admin assigns one.</source>
        <translation>Cuando una ubicación pasa a ser apta para un programa, su administrador de incentivos recibe el correo &lt;i&gt;Invitación de inscripción en incentivos para partners&lt;/i&gt; de Microsoft Partner Center en la %1; &lt;b&gt;Comenzar&lt;/b&gt; abre la invitación. También se muestra una vez en %2, e &lt;b&gt;Inscribir&lt;/b&gt; en el %3 siempre funciona. Los programas abiertos a todos no envían correo: su invitación solo se muestra en el área de trabajo. Una ubicación sin administrador de incentivos conserva sus invitaciones hasta que un administrador de cuenta asigne uno.</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Bandeja de entrada</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Incentives workspace</source>
        <translation>Área de trabajo de incentivos</translation>
    </message>
    <message>
        <source>3. Payout and tax profiles</source>
        <translation>3. Perfiles de pago y fiscales</translation>
    </message>
    <message>
        <source>The invitation shows the location&apos;s default bank profile and its tax profile. When everything the program needs is on file, select &lt;b&gt;Submit&lt;/b&gt;; otherwise &lt;b&gt;Continue&lt;/b&gt; opens %1 with the missing parts marked. Accepting an invitation alone never enrolls: Microsoft validates the profiles first, within 48 hours. Profiles can be edited at any time, and an edit sends the enrollments that use them back to validation.</source>
        <translation>La invitación muestra el perfil bancario predeterminado de la ubicación y su perfil fiscal. Cuando esté registrado todo lo que necesita el programa, selecciona &lt;b&gt;Enviar&lt;/b&gt;; si no, &lt;b&gt;Continuar&lt;/b&gt; abre %1 con las partes que faltan marcadas. Aceptar una invitación no inscribe por sí solo: Microsoft valida primero los perfiles, en un plazo de 48 horas. Los perfiles se pueden editar en cualquier momento, y una edición devuelve a validación las inscripciones que los usan.</translation>
    </message>
    <message>
        <source>Payout and tax profiles</source>
        <translation>Perfiles de pago y fiscales</translation>
    </message>
    <message>
        <source>4. Statuses</source>
        <translation>4. Estados</translation>
    </message>
    <message>
        <source>The Status column of the %1 says where each enrollment stands, and the Actions required column what to do next:</source>
        <translation>La columna Estado del %1 indica en qué punto está cada inscripción, y la columna Acciones necesarias, qué hacer a continuación:</translation>
    </message>
    <message>
        <source>an invitation was sent; enrollment has not started.</source>
        <translation>se ha enviado una invitación; la inscripción no ha comenzado.</translation>
    </message>
    <message>
        <source>the invitation was accepted; bank or tax details are missing, outdated or rejected.</source>
        <translation>se ha aceptado la invitación; faltan datos bancarios o fiscales, o están desactualizados o rechazados.</translation>
    </message>
    <message>
        <source>the details were submitted or changed; Microsoft validates them within 48 hours.</source>
        <translation>se han enviado o cambiado los datos; Microsoft los valida en un plazo de 48 horas.</translation>
    </message>
    <message>
        <source>bank and tax details are validated; nothing more to do.</source>
        <translation>los datos bancarios y fiscales están validados; no hay nada más que hacer.</translation>
    </message>
    <message>
        <source>the location misses current eligibility criteria; &lt;i&gt;See eligibility requirements&lt;/i&gt; lists them.</source>
        <translation>la ubicación no cumple los criterios de elegibilidad actuales; &lt;i&gt;Ver requisitos de elegibilidad&lt;/i&gt; los enumera.</translation>
    </message>
    <message>
        <source>the program is not open, or re-enrollment failed (for example, the agreement expired).</source>
        <translation>el programa no está abierto, o la reinscripción ha fallado (por ejemplo, porque el contrato ha caducado).</translation>
    </message>
    <message>
        <source>the program is no longer offered.</source>
        <translation>el programa ya no se ofrece.</translation>
    </message>
    <message>
        <source>5. Expiry and automatic renewal</source>
        <translation>5. Caducidad y renovación automática</translation>
    </message>
    <message>
        <source>Microsoft&apos;s fiscal year runs from 1 July to 30 June, and enrollments expire at its end. On 1 July an Enrolled enrollment renews by itself when the location is still eligible, its agreement is active, and its payout and tax details are complete and valid. Otherwise it becomes Inactive or Enrolling, with the reason in Actions required.</source>
        <translation>El año fiscal de Microsoft va del 1 de julio al 30 de junio, y las inscripciones caducan al final. El 1 de julio, una inscripción en estado Inscrito se renueva sola si la ubicación sigue siendo apta, su contrato está activo y sus datos de pago y fiscales están completos y son válidos. Si no, pasa a Inactivo o En inscripción, con el motivo en Acciones necesarias.</translation>
    </message>
    <message>
        <source>In this demo database, the %1 move the clock (for example to the fiscal-year end) and play Microsoft&apos;s validation, and the %2 walk through each step.</source>
        <translation>En esta base de datos de demostración, las %1 mueven el reloj (por ejemplo, hasta el final del año fiscal) y simulan la validación de Microsoft, y los %2 recorren cada paso.</translation>
    </message>
    <message>
        <source>Presenter tools</source>
        <translation>Herramientas del presentador</translation>
    </message>
    <message>
        <source>guided scenarios</source>
        <translation>escenarios guiados</translation>
    </message>
    <message>
        <source>Records and printouts</source>
        <translation>Registros e impresiones</translation>
    </message>
    <message>
        <source>Every change is recorded in the %1. File → Export workspace saves the workspace as it is filtered to a CSV file, and a %2 prints a location&apos;s enrollments and profiles. Language, auto-lock and the default database are in %3.</source>
        <translation>Cada cambio queda anotado en el %1. Archivo → Exportar área de trabajo guarda en un archivo CSV el área de trabajo tal como está filtrada, y un %2 imprime las inscripciones y los perfiles de una ubicación. El idioma, el bloqueo automático y la base de datos predeterminada están en %3.</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>location summary</source>
        <translation>resumen de ubicación</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
</context>
<context>
    <name>incentives::gui::HomePage</name>
    <message>
        <source>Invitation</source>
        <translation>Invitación</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>Te damos la bienvenida, %1</translation>
    </message>
    <message>
        <source>Partner Incentive Enrollment Invitation: %1 for %2 (%3)</source>
        <translation>Invitación de inscripción en incentivos para partners: %1 para %2 (%3)</translation>
    </message>
    <message>
        <source>Select to start the enrollment. Invited %1.</source>
        <translation>Selecciónala para iniciar la inscripción. Invitación recibida el %1.</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Nothing waits for you.</source>
        <translation>No tienes nada pendiente.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 — %2 (%3): %4</source>
        <extracomment>program — location (PartnerID): what to do</extracomment>
        <translation>%1 — %2 (%3): %4</translation>
    </message>
    <message>
        <source>%1 — due %2</source>
        <extracomment>subject — due date</extracomment>
        <translation>%1 — vence %2</translation>
    </message>
    <message>
        <source>Mandatory actions (%1)</source>
        <translation>Acciones obligatorias (%1)</translation>
    </message>
    <message>
        <source>Organization logo</source>
        <translation>Logotipo de la organización</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message numerus="yes">
        <source>The newest %L1 of more than %Ln invitations.</source>
        <translation>
            <numerusform>Las %L1 más recientes de más de %Ln invitación.</numerusform>
            <numerusform>Las %L1 más recientes de más de %Ln invitaciones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest %L1 of %Ln invitations.</source>
        <translation>
            <numerusform>Las %L1 más recientes de %Ln invitación.</numerusform>
            <numerusform>Las %L1 más recientes de %Ln invitaciones.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>incentives::gui::ImportDialog</name>
    <message>
        <source>Import users</source>
        <translation>Importar usuarios</translation>
    </message>
    <message>
        <source>Import locations</source>
        <translation>Importar ubicaciones</translation>
    </message>
    <message>
        <source>A CSV file (UTF-8) whose first line names the columns. Required: %1. Optional: %2. Nothing is imported unless every row is valid.</source>
        <translation>Un archivo CSV (UTF-8) cuya primera línea nombra las columnas. Obligatorias: %1. Opcionales: %2. No se importa nada salvo que todas las filas sean válidas.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>CSV file to import</source>
        <translation>Archivo CSV para importar</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Elegir archivo…</translation>
    </message>
    <message>
        <source>Choose the CSV file</source>
        <translation>Elegir el archivo CSV</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Filas del archivo</translation>
    </message>
    <message>
        <source>Each row of the file with what is wrong with it, if anything</source>
        <translation>Cada fila del archivo con su problema, si lo hay</translation>
    </message>
    <message>
        <source>Choose a file to see its rows.</source>
        <translation>Elija un archivo para ver sus filas.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Import every row</source>
        <translation>Importar todas las filas</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>No se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>⚠ %1 of %2 rows have a problem. Correct the file and choose it again; nothing is imported until every row is valid.</source>
        <translation>⚠ %1 de %2 filas tienen un problema. Corrija el archivo y elíjalo de nuevo; no se importa nada hasta que todas las filas sean válidas.</translation>
    </message>
    <message>
        <source>%1 rows are ready to import.</source>
        <translation>%1 filas están listas para importar.</translation>
    </message>
</context>
<context>
    <name>incentives::gui::InboxModel</name>
    <message>
        <source>Unread: %1</source>
        <translation>No leído: %1</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Dismissed on %1</source>
        <translation>Descartada el %1</translation>
    </message>
    <message>
        <source>Done on %1</source>
        <translation>Completada el %1</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
</context>
<context>
    <name>incentives::gui::InboxPage</name>
    <message>
        <source>From: %1

%2</source>
        <translation>De: %1

%2</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>No open actions.</source>
        <translation>No hay acciones abiertas.</translation>
    </message>
    <message numerus="yes">
        <source>%n open action(s). Mandatory ones stay open until they are done.</source>
        <translation>
            <numerusform>%n acción abierta. Las obligatorias siguen abiertas hasta completarse.</numerusform>
            <numerusform>%n acciones abiertas. Las obligatorias siguen abiertas hasta completarse.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <extracomment>kind · priority · state, e.g. &quot;Tax form expiring · Mandatory · Open&quot;</extracomment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source> · due %1</source>
        <translation> · vence %1</translation>
    </message>
    <message>
        <source>&amp;Get Started</source>
        <translation>&amp;Empezar</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>A mandatory action closes once it is done.</source>
        <translation>Una acción obligatoria se cierra cuando se completa.</translation>
    </message>
    <message>
        <source>The first %1 of %2 messages are listed, open ones first; more follow as you scroll.</source>
        <extracomment>%1 messages listed of %2 in all</extracomment>
        <translation>Se muestran los primeros %1 de %2 mensajes, los abiertos primero; los demás aparecen al desplazarse.</translation>
    </message>
</context>
<context>
    <name>incentives::gui::InvitationDialog</name>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>C&amp;ontinuar</translation>
    </message>
    <message>
        <source>Partner Incentive Enrollment — %1</source>
        <translation>Inscripción en incentivos para partners — %1</translation>
    </message>
    <message>
        <source>%1 (%2, %3) · %4 · %5</source>
        <translation>%1 (%2, %3) · %4 · %5</translation>
    </message>
    <message>
        <source>No bank profile is set for this location</source>
        <translation>No hay ningún perfil bancario configurado para esta ubicación</translation>
    </message>
    <message>
        <source> (the location&apos;s default)</source>
        <translation> (predeterminado de la ubicación)</translation>
    </message>
    <message>
        <source>None on file</source>
        <translation>Ninguno registrado</translation>
    </message>
    <message>
        <source>Microsoft has all the bank and tax details this program needs. Select Submit to finalize the enrollment; validation takes up to 48 hours.</source>
        <translation>Microsoft tiene todos los datos bancarios y fiscales que necesita este programa. Selecciona Enviar para completar la inscripción; la validación tarda hasta 48 horas.</translation>
    </message>
    <message>
        <source>More information is needed. Select Continue to complete:</source>
        <translation>Se necesita más información. Selecciona Continuar para completar:</translation>
    </message>
    <message>
        <source>Accept the program terms first.</source>
        <translation>Primero acepta los términos del programa.</translation>
    </message>
    <message>
        <source>Accept the terms and complete the missing bank or tax details on the profiles page</source>
        <translation>Aceptar los términos y completar los datos bancarios o fiscales que faltan en la página de perfiles</translation>
    </message>
</context>
<context>
    <name>incentives::gui::LocationDialog</name>
    <message>
        <source>Edit location %1</source>
        <translation>Editar la ubicación %1</translation>
    </message>
    <message>
        <source>Add a location</source>
        <translation>Añadir una ubicación</translation>
    </message>
    <message>
        <source>Record the location as Partner Center shows it. Its legal entity name is the name a bank account paying it must carry.</source>
        <translation>Registre la ubicación como la muestra Partner Center. El nombre de la entidad jurídica es el que debe figurar en la cuenta bancaria que recibe los pagos.</translation>
    </message>
    <message>
        <source>PartnerID</source>
        <translation>PartnerID</translation>
    </message>
    <message>
        <source>7 digits, e.g. 4649101</source>
        <translation>7 dígitos, p. ej. 4649101</translation>
    </message>
    <message>
        <source>&amp;PartnerID:</source>
        <translation>&amp;PartnerID:</translation>
    </message>
    <message>
        <source>Location name</source>
        <translation>Nombre de la ubicación</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Legal entity name</source>
        <translation>Nombre de la entidad jurídica</translation>
    </message>
    <message>
        <source>&amp;Legal entity name:</source>
        <translation>Entidad &amp;jurídica:</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>C&amp;iudad:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>Partner program agreement</source>
        <translation>Acuerdo del programa de partners</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>A&amp;greement:</source>
        <translation>A&amp;cuerdo:</translation>
    </message>
    <message>
        <source>Holds a &amp;Solutions Partner designation</source>
        <translation>Tiene una designación de &amp;Solutions Partner</translation>
    </message>
    <message>
        <source>Solutions Partner designation</source>
        <translation>Designación de Solutions Partner</translation>
    </message>
    <message>
        <source>CSP in&amp;direct reseller</source>
        <translation>Revendedor in&amp;directo de CSP</translation>
    </message>
    <message>
        <source>CSP indirect reseller</source>
        <translation>Revendedor indirecto de CSP</translation>
    </message>
    <message>
        <source>CSP di&amp;rect-bill partner</source>
        <translation>Partner de factu&amp;ración directa de CSP</translation>
    </message>
    <message>
        <source>CSP direct-bill partner</source>
        <translation>Partner de facturación directa de CSP</translation>
    </message>
    <message>
        <source>Trailing twelve-month revenue in US dollars</source>
        <translation>Ingresos de los últimos doce meses en dólares estadounidenses</translation>
    </message>
    <message>
        <source>Re&amp;venue (12 months):</source>
        <translation>In&amp;gresos (12 meses):</translation>
    </message>
    <message>
        <source>New customers in the trailing year</source>
        <translation>Clientes nuevos en el último año</translation>
    </message>
    <message>
        <source>New c&amp;ustomers (12 months):</source>
        <translation>Clientes n&amp;uevos (12 meses):</translation>
    </message>
</context>
<context>
    <name>incentives::gui::LocationPicker</name>
    <message>
        <source>All locations — type a PartnerID or a name</source>
        <translation>Todas las ubicaciones: escriba un PartnerID o un nombre</translation>
    </message>
    <message>
        <source>Matching locations</source>
        <translation>Ubicaciones coincidentes</translation>
    </message>
    <message>
        <source>More locations match: type more of the name or PartnerID</source>
        <translation>Hay más ubicaciones que coinciden: escriba más del nombre o del PartnerID</translation>
    </message>
</context>
<context>
    <name>incentives::gui::MainWindow</name>
    <message>
        <source>Guided scenarios</source>
        <translation>Escenarios guiados</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Incentives workspace</source>
        <translation>Área de trabajo de incentivos</translation>
    </message>
    <message>
        <source>Payout and tax profiles</source>
        <translation>Perfiles de pago y fiscales</translation>
    </message>
    <message>
        <source>Users and roles</source>
        <translation>Usuarios y roles</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>My access</source>
        <translation>Mi acceso</translation>
    </message>
    <message>
        <source>Presenter tools</source>
        <translation>Herramientas del presentador</translation>
    </message>
    <message>
        <source>Reloaded</source>
        <translation>Datos recargados</translation>
    </message>
    <message>
        <source>DEMO CLOCK %1</source>
        <translation>RELOJ DE DEMOSTRACIÓN %1</translation>
    </message>
    <message>
        <source>This is a demo database: its clock is set by the presenter (%1).</source>
        <translation>Esta es una base de datos de demostración: su reloj lo fija el presentador (%1).</translation>
    </message>
    <message>
        <source>The app clock</source>
        <translation>Reloj de la aplicación</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Sin sesión iniciada</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Sesión iniciada como %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>Inscribir</translation>
    </message>
    <message>
        <source>Submitted %1 for %2: Validating enrollment.</source>
        <translation>Se ha enviado %1 para %2: Validando inscripción.</translation>
    </message>
    <message>
        <source>About Incentives Desk</source>
        <translation>Acerca de Incentives Desk</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Crear una copia de seguridad de la base de datos</translation>
    </message>
    <message>
        <source>Incentives Desk databases (*.db)</source>
        <translation>Bases de datos de Incentives Desk (*.db)</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Copia de seguridad guardada en %1</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Replace the current data with %1? Changes made since that backup are lost.</source>
        <translation>¿Reemplazar los datos actuales por %1? Se perderán los cambios realizados desde esa copia de seguridad.</translation>
    </message>
    <message>
        <source>Restored from %1</source>
        <translation>Restaurado desde %1</translation>
    </message>
    <message>
        <source>Check the database</source>
        <translation>Comprobar la base de datos</translation>
    </message>
    <message>
        <source>The database is intact: its pages, its references and the audit log&apos;s chain.</source>
        <translation>La base de datos está intacta: sus páginas, sus referencias y la cadena del registro de auditoría.</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>Escribiendo la copia de seguridad…</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>Comprobando la base de datos…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>Lock after &amp;inactivity</source>
        <translation>Bloquear tras &amp;inactividad</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutos</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Updated with changes made by someone else.</source>
        <translation>Actualizado con cambios realizados por otra persona.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Se ha abierto %1</translation>
    </message>
    <message>
        <source>Open a database file</source>
        <translation>Abrir un archivo de base de datos</translation>
    </message>
    <message>
        <source>Incentives Desk databases (*.db);;All files (*)</source>
        <translation>Bases de datos de Incentives Desk (*.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Incentives Desk %1&lt;/h3&gt;&lt;p&gt;A desktop workbench for Partner Center&apos;s incentive enrollment: roles, invitations, payout and tax profiles, validation and renewal.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Built with Qt %3, running on Qt %4.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Incentives Desk %1&lt;/h3&gt;&lt;p&gt;Un entorno de trabajo de escritorio para la inscripción en incentivos de Partner Center: roles, invitaciones, perfiles de pago y fiscales, validación y renovación.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Compilado con Qt %3, ejecutándose en Qt %4.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Distributed under the terms in the LICENSE file that comes with it; it is provided without warranty.</source>
        <translation>Se distribuye según los términos del archivo LICENSE que lo acompaña; se proporciona sin garantía.</translation>
    </message>
    <message>
        <source>Export workspace</source>
        <translation>Exportar área de trabajo</translation>
    </message>
    <message>
        <source>No enrollments match these filters.</source>
        <translation>Ninguna inscripción coincide con estos filtros.</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n enrollment(s) to %1</source>
        <translation>
            <numerusform>Se ha exportado %n inscripción a %1</numerusform>
            <numerusform>Se han exportado %n inscripciones a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se ha escrito ningún archivo.</translation>
    </message>
    <message>
        <source>The default database opens from the next start: %1</source>
        <translation>La base de datos predeterminada se abrirá a partir del próximo inicio: %1</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Incentives Desk shows the new language when it starts again. Restart it now?</source>
        <translation>Incentives Desk muestra el nuevo idioma cuando se vuelve a iniciar. ¿Reiniciarlo ahora?</translation>
    </message>
    <message>
        <source>The new language applies from the next start.</source>
        <translation>El nuevo idioma se aplicará a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>Incentives Desk could not be started again; the new language applies from the next start.</source>
        <translation>No se pudo reiniciar Incentives Desk; el nuevo idioma se aplicará a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The database is damaged: nothing will be written to it.</source>
        <translation>La base de datos está dañada: no se escribirá nada en ella.</translation>
    </message>
    <message>
        <source>Action Center</source>
        <translation>Centro de acciones</translation>
    </message>
    <message>
        <source>Renewal forecast</source>
        <translation>Previsión de renovación</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Programas</translation>
    </message>
    <message>
        <source>Action Center (%1)</source>
        <translation>Centro de acciones (%1)</translation>
    </message>
    <message>
        <source>&amp;Action Center (%1)</source>
        <translation>Centro de &amp;acciones (%1)</translation>
    </message>
    <message>
        <source>&amp;Action Center</source>
        <translation>Centro de &amp;acciones</translation>
    </message>
    <message numerus="yes">
        <source>%n open action(s)</source>
        <translation>
            <numerusform>%n acción abierta</numerusform>
            <numerusform>%n acciones abiertas</numerusform>
        </translation>
    </message>
    <message>
        <source>No open actions</source>
        <translation>No hay acciones abiertas</translation>
    </message>
    <message>
        <source>New &amp;demo…</source>
        <translation>Nueva &amp;demo…</translation>
    </message>
    <message>
        <source>New demo</source>
        <translation>Nueva demo</translation>
    </message>
    <message>
        <source>Export demo as template</source>
        <translation>Exportar la demo como plantilla</translation>
    </message>
    <message>
        <source>Demo templates (*.json)</source>
        <translation>Plantillas de demo (*.json)</translation>
    </message>
    <message>
        <source>Exported the demo as the template %1</source>
        <translation>Demo exportada como plantilla %1</translation>
    </message>
    <message>
        <source>Export demo as tem&amp;plate…</source>
        <translation>Exportar la demo como &amp;plantilla…</translation>
    </message>
    <message>
        <source>Profile assignment</source>
        <translation>Asignación de perfiles</translation>
    </message>
</context>
<context>
    <name>incentives::gui::MyAccessPage</name>
    <message>
        <source>%1 — the whole organization</source>
        <translation>%1 — toda la organización</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>You hold no incentives role yet.</source>
        <translation>Todavía no tienes ningún rol de incentivos.</translation>
    </message>
</context>
<context>
    <name>incentives::gui::NewDemoDialog</name>
    <message>
        <source>New demo</source>
        <translation>Nueva demo</translation>
    </message>
    <message>
        <source>A new demo database: the built-in demo organization, or a customer&apos;s organization described in a demo template.</source>
        <translation>Una nueva base de datos de demo: la organización de demo integrada, o la de un cliente descrita en una plantilla de demo.</translation>
    </message>
    <message>
        <source>About new demos</source>
        <translation>Acerca de las demos nuevas</translation>
    </message>
    <message>
        <source>The &amp;built-in demo (Contoso Ltd)</source>
        <translation>La demo &amp;integrada (Contoso Ltd)</translation>
    </message>
    <message>
        <source>The built-in demo</source>
        <translation>La demo integrada</translation>
    </message>
    <message>
        <source>From a demo &amp;template:</source>
        <translation>Desde una &amp;plantilla de demo:</translation>
    </message>
    <message>
        <source>From a demo template</source>
        <translation>Desde una plantilla de demo</translation>
    </message>
    <message>
        <source>Demo template file</source>
        <translation>Archivo de plantilla de demo</translation>
    </message>
    <message>
        <source>A demo template file (.json)</source>
        <translation>Un archivo de plantilla de demo (.json)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose a demo template</source>
        <translation>Elegir una plantilla de demo</translation>
    </message>
    <message>
        <source>&amp;Save the new database as:</source>
        <translation>&amp;Guardar la nueva base de datos como:</translation>
    </message>
    <message>
        <source>Save the new database as</source>
        <translation>Guardar la nueva base de datos como</translation>
    </message>
    <message>
        <source>New database file</source>
        <translation>Nuevo archivo de base de datos</translation>
    </message>
    <message>
        <source>Choose where to save</source>
        <translation>Elegir dónde guardar</translation>
    </message>
    <message>
        <source>What stops the demo</source>
        <translation>Lo que impide la demo</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Botones del diálogo</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Crear</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Demo templates (*.json);;All files (*)</source>
        <translation>Plantillas de demo (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Save the new demo as</source>
        <translation>Guardar la nueva demo como</translation>
    </message>
    <message>
        <source>Incentives Desk databases (*.db)</source>
        <translation>Bases de datos de Incentives Desk (*.db)</translation>
    </message>
    <message>
        <source>This is the database the window has open; choose another file.</source>
        <translation>Esta base de datos está abierta en la ventana; elija otro archivo.</translation>
    </message>
</context>
<context>
    <name>incentives::gui::OutcomeDialog</name>
    <message>
        <source>Record Microsoft&apos;s outcome</source>
        <translation>Registrar el resultado de Microsoft</translation>
    </message>
    <message>
        <source>Record what Partner Center reports for %1 at %2. Only Microsoft validates: record its decision once Partner Center shows it.</source>
        <translation>Registre lo que Partner Center indica para %1 en %2. Solo Microsoft valida: registre su decisión cuando Partner Center la muestre.</translation>
    </message>
    <message>
        <source>&amp;Approved: the enrollment is Enrolled</source>
        <translation>&amp;Aprobado: la inscripción queda Inscrita</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>&amp;Rejected: the enrollment needs action</source>
        <translation>&amp;Rechazado: la inscripción requiere una acción</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Reason Partner Center gives</source>
        <translation>Motivo que indica Partner Center</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>Moti&amp;vo:</translation>
    </message>
</context>
<context>
    <name>incentives::gui::PeopleModel</name>
    <message>
        <source>No incentives role</source>
        <translation>Sin rol de incentivos</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
</context>
<context>
    <name>incentives::gui::PresenterPage</name>
    <message>
        <source>One hour later.</source>
        <translation>Una hora después.</translation>
    </message>
    <message>
        <source>One day later.</source>
        <translation>Un día después.</translation>
    </message>
    <message>
        <source>48 hours later: every validation submitted before has ended.</source>
        <translation>48 horas después: todas las validaciones enviadas antes han terminado.</translation>
    </message>
    <message>
        <source>The fiscal year ended: renewals are done.</source>
        <translation>El año fiscal ha terminado: las renovaciones se han completado.</translation>
    </message>
    <message>
        <source>The demo clock is set.</source>
        <translation>Se ha fijado el reloj de demostración.</translation>
    </message>
    <message>
        <source>Microsoft approved %1 for %2.</source>
        <translation>Microsoft ha aprobado %1 para %2.</translation>
    </message>
    <message>
        <source>Microsoft rejected %1 for %2.</source>
        <translation>Microsoft ha rechazado %1 para %2.</translation>
    </message>
    <message>
        <source>%1 is closed for enrollment.</source>
        <translation>%1 está cerrado a inscripciones.</translation>
    </message>
    <message>
        <source>%1 is open again.</source>
        <translation>%1 vuelve a estar abierto.</translation>
    </message>
    <message>
        <source>Discontinue</source>
        <translation>Discontinuar</translation>
    </message>
    <message>
        <source>Discontinue %1? Every enrollment in it becomes Discontinued, for good.</source>
        <translation>¿Discontinuar %1? Todas sus inscripciones pasarán a Discontinuado de forma definitiva.</translation>
    </message>
    <message>
        <source>%1 is discontinued.</source>
        <translation>%1 se ha discontinuado.</translation>
    </message>
    <message>
        <source>%1 is published; eligibility is judged.</source>
        <translation>%1 se ha publicado; se ha evaluado la elegibilidad.</translation>
    </message>
    <message>
        <source>Saved %1; eligibility is judged again.</source>
        <translation>Se ha guardado %1; se ha vuelto a evaluar la elegibilidad.</translation>
    </message>
    <message>
        <source>Saved the snapshot &apos;%1&apos;.</source>
        <translation>Se ha guardado la instantánea «%1».</translation>
    </message>
    <message>
        <source>%1 — %2, which ends on %3</source>
        <translation>%1 — %2, que termina el %3</translation>
    </message>
    <message>
        <source>%1 — %2 (due %3)</source>
        <translation>%1 — %2 (vence el %3)</translation>
    </message>
    <message>
        <source>Reset demo</source>
        <translation>Restablecer demostración</translation>
    </message>
    <message>
        <source>Go back to the shipped demo data? Everything done since is lost unless you saved a snapshot.</source>
        <translation>¿Volver a los datos de demostración originales? Todo lo hecho desde entonces se perderá, salvo que hayas guardado una instantánea.</translation>
    </message>
    <message>
        <source>The demo is back to its shipped state.</source>
        <translation>La demostración ha vuelto a su estado original.</translation>
    </message>
    <message>
        <source>Load snapshot</source>
        <translation>Cargar instantánea</translation>
    </message>
    <message>
        <source>Replace the current demo with the snapshot &apos;%1&apos;?</source>
        <translation>¿Reemplazar la demostración actual por la instantánea «%1»?</translation>
    </message>
    <message>
        <source>Loaded the snapshot &apos;%1&apos;.</source>
        <translation>Se ha cargado la instantánea «%1».</translation>
    </message>
    <message>
        <source>Type a PartnerID or a name</source>
        <translation>Escriba un PartnerID o un nombre</translation>
    </message>
    <message>
        <source>The first %1 are listed; type a program, PartnerID or location to find the others.</source>
        <translation>Se muestran las %1 primeras; escriba un programa, un PartnerID o una ubicación para encontrar las demás.</translation>
    </message>
</context>
<context>
    <name>incentives::gui::ProfilesPage</name>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>none — %1 needed</source>
        <translation>ninguno — se necesita %1</translation>
    </message>
    <message>
        <source> · valid until %1</source>
        <translation> · válido hasta el %1</translation>
    </message>
    <message>
        <source>&amp;Make default for the location</source>
        <translation>&amp;Marcar como predeterminado de la ubicación</translation>
    </message>
    <message>
        <source>&amp;Make default for %1</source>
        <translation>&amp;Marcar como predeterminado de %1</translation>
    </message>
    <message>
        <source>To continue enrolling %1 in %2, complete the tax profile of this location, then select Enroll again in the workspace.</source>
        <translation>Para seguir inscribiendo %1 en %2, completa el perfil fiscal de esta ubicación y vuelve a seleccionar Inscribir en el área de trabajo.</translation>
    </message>
    <message>
        <source>To continue enrolling %1 in %2, add or choose a bank profile the program can pay (%3) and make it the location&apos;s default, then select Enroll again.</source>
        <translation>Para seguir inscribiendo %1 en %2, agrega o elige un perfil bancario al que el programa pueda pagar (%3), márcalo como predeterminado de la ubicación y vuelve a seleccionar Inscribir.</translation>
    </message>
    <message>
        <source>Default bank profile</source>
        <translation>Perfil bancario predeterminado</translation>
    </message>
    <message>
        <source>Tax profile</source>
        <translation>Perfil fiscal</translation>
    </message>
    <message>
        <source>Choose a location first.</source>
        <translation>Elija primero una ubicación.</translation>
    </message>
    <message>
        <source>Select a bank profile first.</source>
        <translation>Seleccione primero un perfil bancario.</translation>
    </message>
    <message>
        <source>Type a PartnerID or a name</source>
        <translation>Escriba un PartnerID o un nombre</translation>
    </message>
    <message>
        <source>The first %1 bank profiles are listed; search for a name to find the others.</source>
        <translation>Se muestran los %1 primeros perfiles bancarios; busque un nombre para encontrar los demás.</translation>
    </message>
    <message>
        <source>Tax profile to edit</source>
        <translation>Perfil fiscal que editar</translation>
    </message>
    <message>
        <source>Add a&amp;nother tax profile…</source>
        <translation>Agregar &amp;otro perfil fiscal…</translation>
    </message>
    <message>
        <source>Add another tax profile</source>
        <translation>Agregar otro perfil fiscal</translation>
    </message>
    <message>
        <source>#%1 %2 · %3</source>
        <translation>n.º %1 %2 · %3</translation>
    </message>
    <message>
        <source> · location default</source>
        <translation> · predeterminado de la ubicación</translation>
    </message>
    <message>
        <source>Add the location&apos;s first tax profile with Edit tax profile.</source>
        <translation>Cree el primer perfil fiscal de la ubicación con Editar perfil fiscal.</translation>
    </message>
    <message>
        <source>%1 tax profiles on file; choose one below to edit it or to see its documents.</source>
        <translation>%1 perfiles fiscales registrados; elija uno abajo para editarlo o ver sus documentos.</translation>
    </message>
</context>
<context>
    <name>incentives::gui::ProgramsPage</name>
    <message>
        <source>Programs</source>
        <translation>Programas</translation>
    </message>
    <message>
        <source>Every incentive program with its state; the selected one&apos;s guide is below</source>
        <translation>Cada programa de incentivos con su estado; la guía del seleccionado está debajo</translation>
    </message>
    <message>
        <source>Program guide</source>
        <translation>Guía del programa</translation>
    </message>
    <message>
        <source>&amp;Record program…</source>
        <translation>&amp;Registrar programa…</translation>
    </message>
    <message>
        <source>Record a program Partner Center shows</source>
        <translation>Registrar un programa que muestra Partner Center</translation>
    </message>
    <message>
        <source>Record &amp;invitation…</source>
        <translation>Registrar &amp;invitación…</translation>
    </message>
    <message>
        <source>Record an invitation Partner Center shows for the selected program</source>
        <translation>Registrar una invitación que muestra Partner Center para el programa seleccionado</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>Año fiscal</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Currencies</source>
        <translation>Monedas</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Elegibilidad</translation>
    </message>
    <message>
        <source>Open to all</source>
        <translation>Abierto a todos</translation>
    </message>
    <message>
        <source>No criteria</source>
        <translation>Sin criterios</translation>
    </message>
    <message>
        <source>No programs yet. Record the programs your Partner Center account shows.</source>
        <translation>Aún no hay programas. Registre los programas que muestra su cuenta de Partner Center.</translation>
    </message>
    <message>
        <source>No programs yet. An Account admin records them.</source>
        <translation>Aún no hay programas. Un administrador de cuenta los registra.</translation>
    </message>
    <message>
        <source>Record an invitation</source>
        <translation>Registrar una invitación</translation>
    </message>
    <message>
        <source>The location Partner Center shows an invitation to %1 for:</source>
        <translation>La ubicación para la que Partner Center muestra una invitación a %1:</translation>
    </message>
    <message>
        <source>%1 at %2 is %3 now: it shows in the workspace.</source>
        <translation>%1 en %2 está ahora %3: aparece en el área de trabajo.</translation>
    </message>
</context>
<context>
    <name>incentives::gui::RecordProgramDialog</name>
    <message>
        <source>Record a program</source>
        <translation>Registrar un programa</translation>
    </message>
    <message>
        <source>Record the program as your Partner Center account shows it. Its invitations are recorded one by one: Record invitation… on this page.</source>
        <translation>Registre el programa como lo muestra su cuenta de Partner Center. Sus invitaciones se registran una a una: Registrar invitación… en esta página.</translation>
    </message>
    <message>
        <source>Program name</source>
        <translation>Nombre del programa</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Payout currencies</source>
        <translation>Monedas de pago</translation>
    </message>
    <message>
        <source>e.g. USD, EUR</source>
        <translation>p. ej. USD, EUR</translation>
    </message>
    <message>
        <source>Payout &amp;currencies:</source>
        <translation>&amp;Monedas de pago:</translation>
    </message>
    <message>
        <source>&amp;Open to every location</source>
        <translation>&amp;Abierto a todas las ubicaciones</translation>
    </message>
    <message>
        <source>Open to every location</source>
        <translation>Abierto a todas las ubicaciones</translation>
    </message>
    <message>
        <source>Eligibility criteria</source>
        <translation>Criterios de elegibilidad</translation>
    </message>
    <message>
        <source>e.g. agreement; solutions-partner; revenue&gt;=50000</source>
        <translation>p. ej. agreement; solutions-partner; revenue&gt;=50000</translation>
    </message>
    <message>
        <source>&amp;Eligibility criteria:</source>
        <translation>Criterios de e&amp;legibilidad:</translation>
    </message>
    <message>
        <source>Also pays by credit &amp;note</source>
        <translation>También paga con nota de &amp;crédito</translation>
    </message>
    <message>
        <source>Also pays by credit note</source>
        <translation>También paga con nota de crédito</translation>
    </message>
    <message>
        <source>Program state</source>
        <translation>Estado del programa</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Estado:</translation>
    </message>
</context>
<context>
    <name>incentives::gui::RenewalPage</name>
    <message>
        <source>Renewal forecast</source>
        <translation>Previsión de renovación</translation>
    </message>
    <message>
        <source>One row per enrollment due at the fiscal-year end: whether it will renew, and if not, the condition that fails and what fixes it. Press Enter to show the enrollment in the workspace.</source>
        <translation>Una fila por inscripción que vence al final del ejercicio: si se renovará y, si no, la condición que falla y cómo solucionarlo. Pulse Intro para mostrar la inscripción en el espacio de trabajo.</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Will renew</source>
        <translation>Se renovará</translation>
    </message>
    <message>
        <source>Failing condition</source>
        <translation>Condición que falla</translation>
    </message>
    <message>
        <source>What fixes it</source>
        <translation>Solución</translation>
    </message>
    <message>
        <source>Renewal forecast for the end of %1 (%2)</source>
        <translation>Previsión de renovación para el final de %1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>location name (PartnerID)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Will not renew: becomes %1</source>
        <translation>No se renovará: pasa a %1</translation>
    </message>
    <message>
        <source>Enrolled for %1</source>
        <translation>Inscrita para %1</translation>
    </message>
    <message>
        <source>Becomes %1 in %2</source>
        <translation>Pasa a %1 en %2</translation>
    </message>
    <message>
        <source>No condition fails</source>
        <translation>No falla ninguna condición</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>Nada que hacer</translation>
    </message>
    <message>
        <source>No enrollment you can see is Enrolled, so none is due for renewal at this year end.</source>
        <translation>Ninguna inscripción que puede ver está inscrita, así que ninguna vence para renovación al final del año.</translation>
    </message>
    <message numerus="yes">
        <source>%n enrollment(s) due: </source>
        <translation>
            <numerusform>%n inscripción vence: </numerusform>
            <numerusform>%n inscripciones vencen: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n will renew, </source>
        <translation>
            <numerusform>%n se renovará, </numerusform>
            <numerusform>%n se renovarán, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n will not.</source>
        <translation>
            <numerusform>%n no.</numerusform>
            <numerusform>%n no.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>incentives::gui::RoleDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Agregar un usuario</translation>
    </message>
    <message>
        <source>Assign a role to %1</source>
        <translation>Asignar un rol a %1</translation>
    </message>
    <message>
        <source>No role yet</source>
        <translation>Todavía sin rol</translation>
    </message>
    <message>
        <source>%1 is the Incentives admin of %2 now. A location has one: saving gives the role to this user instead.</source>
        <translation>Ahora %1 es el administrador de incentivos de %2. Una ubicación solo tiene uno: al guardar, el rol pasa a este usuario.</translation>
    </message>
    <message>
        <source>%1 has no Incentives admin: its %2 waiting invitation(s) will reach this user&apos;s inbox at once.</source>
        <translation>%1 no tiene administrador de incentivos: sus invitaciones pendientes (%2) llegarán de inmediato a la bandeja de entrada de este usuario.</translation>
    </message>
    <message>
        <source>Account admins manage users and roles for the whole organization.</source>
        <translation>Los administradores de cuenta administran los usuarios y roles de toda la organización.</translation>
    </message>
    <message>
        <source>Replace the Incentives admin</source>
        <translation>Reemplazar al administrador de incentivos</translation>
    </message>
    <message>
        <source>%1 will lose the Incentives admin role for %2. Go on?</source>
        <translation>%1 perderá el rol de administrador de incentivos de %2. ¿Continuar?</translation>
    </message>
    <message>
        <source>Presenters run the demo: its clock, Microsoft&apos;s side, programs and snapshots.</source>
        <translation>Los presentadores dirigen la demostración: su reloj, la parte de Microsoft, los programas y las instantáneas.</translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation>Elija un rol.</translation>
    </message>
    <message>
        <source>Choose the location.</source>
        <translation>Elija la ubicación.</translation>
    </message>
    <message>
        <source>%1 is added, with no role yet.</source>
        <translation>%1 se agregó, todavía sin rol.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 es ahora %2.</translation>
    </message>
    <message>
        <source>%1 is now %2 of %3 (%4).</source>
        <extracomment>person, role, location name, PartnerID</extracomment>
        <translation>%1 es ahora %2 de %3 (%4).</translation>
    </message>
</context>
<context>
    <name>incentives::gui::ScenariosPanel</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Hecho: %1</translation>
    </message>
    <message>
        <source>To do: %1</source>
        <translation>Pendiente: %1</translation>
    </message>
    <message>
        <source>All %1 steps done.</source>
        <translation>Completados los %1 pasos.</translation>
    </message>
    <message>
        <source>%1 of %2 steps done.</source>
        <translation>%1 de %2 pasos completados.</translation>
    </message>
    <message>
        <source>Start the scenario</source>
        <translation>Iniciar el escenario</translation>
    </message>
    <message>
        <source>Starting from the initial state resets the demo to its shipped data. Go on?</source>
        <translation>Empezar desde el estado inicial restablece la demostración a sus datos originales. ¿Continuar?</translation>
    </message>
    <message>
        <source>Highlight the control of the running scenario&apos;s next step</source>
        <translation>Resaltar el control del siguiente paso del escenario en curso</translation>
    </message>
    <message>
        <source>Spotli&amp;ght</source>
        <translation>Fo&amp;co</translation>
    </message>
    <message>
        <source>Every step is done.</source>
        <translation>Todos los pasos están hechos.</translation>
    </message>
    <message>
        <source>Step %1 has no notes.</source>
        <translation>El paso %1 no tiene notas.</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Paso %1: %2</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>Abrir escenario</translation>
    </message>
    <message>
        <source>Scenario files (*.json);;All files (*)</source>
        <translation>Archivos de escenario (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>…and %1 more.</source>
        <translation>…y %1 más.</translation>
    </message>
    <message>
        <source>%1 is not a scenario that can be followed:

%2</source>
        <translation>%1 no es un escenario que se pueda seguir:

%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Save a copy of the scenario</source>
        <translation>Guardar una copia del escenario</translation>
    </message>
    <message>
        <source>Scenario files (*.json)</source>
        <translation>Archivos de escenario (*.json)</translation>
    </message>
    <message>
        <source>Saved %1. Edit it in any text editor, then open it here with Open scenario.</source>
        <translation>Se guardó %1. Edítelo en cualquier editor de texto y luego ábralo aquí con Abrir escenario.</translation>
    </message>
    <message>
        <source>Write each step&apos;s text with a picture of the window when it was done as a PDF</source>
        <translation>Escribir como PDF el texto de cada paso con una imagen de la ventana cuando se completó</translation>
    </message>
    <message>
        <source>Export handout</source>
        <translation>Exportar folleto</translation>
    </message>
    <message>
        <source>Choose a scenario first.</source>
        <translation>Elija primero un escenario.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Wrote the handout to %1.</source>
        <translation>El folleto se escribió en %1.</translation>
    </message>
</context>
<context>
    <name>incentives::gui::SettingsDialog</name>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Idioma del sistema (%1)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutos</translation>
    </message>
    <message>
        <source>Give the full path of the database file, starting with /.</source>
        <translation>Indica la ruta completa del archivo de base de datos, empezando por /.</translation>
    </message>
    <message>
        <source>This is a folder; give the path of a database file in it.</source>
        <translation>Es una carpeta; indica la ruta de un archivo de base de datos que esté dentro.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>Default database</source>
        <translation>Base de datos predeterminada</translation>
    </message>
    <message>
        <source>Incentives Desk databases (*.db);;All files (*)</source>
        <translation>Bases de datos de Incentives Desk (*.db);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>incentives::gui::SignInDialog</name>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>This is a demo database: choose who you are, no password needed. What you may see and do follows that user&apos;s roles.</source>
        <translation>Esta es una base de datos de demostración: elige quién eres; no se necesita contraseña. Lo que puedes ver y hacer depende de los roles de ese usuario.</translation>
    </message>
    <message>
        <source>⚠ Choose a new password to go on.</source>
        <translation>⚠ Elige una contraseña nueva para continuar.</translation>
    </message>
    <message>
        <source>Incentives Desk locked itself after a period of inactivity. Sign in again as %1 to go on where you left off.</source>
        <translation>Incentives Desk se ha bloqueado tras un periodo de inactividad. Vuelve a iniciar sesión como %1 para continuar donde lo dejaste.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>You locked Incentives Desk. Sign in again as %1 to go on where you left off.</source>
        <translation>Has bloqueado Incentives Desk. Vuelve a iniciar sesión como %1 para continuar donde lo dejaste.</translation>
    </message>
    <message>
        <source>Loading the people of this organization…</source>
        <translation>Cargando las personas de esta organización…</translation>
    </message>
</context>
<context>
    <name>incentives::gui::Spotlight</name>
    <message>
        <source>First open the “%1” tab.</source>
        <translation>Abra primero la pestaña «%1».</translation>
    </message>
    <message>
        <source>First open “%1”.</source>
        <translation>Abra primero «%1».</translation>
    </message>
    <message>
        <source>The next step of the guided scenario</source>
        <translation>El siguiente paso del escenario guiado</translation>
    </message>
</context>
<context>
    <name>incentives::gui::SpotlightOverlay</name>
    <message>
        <source>Spotlight</source>
        <translation>Foco</translation>
    </message>
</context>
<context>
    <name>incentives::gui::SummaryDialog</name>
    <message>
        <source>You have no role at any location, so there is nothing to summarize.</source>
        <translation>No tienes ningún rol en ninguna ubicación, así que no hay nada que resumir.</translation>
    </message>
    <message>
        <source>Enrollment summary %1</source>
        <translation>Resumen de inscripciones %1</translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <translation>Vista previa de impresión — %1</translation>
    </message>
    <message>
        <source>Export the summary as PDF</source>
        <translation>Exportar el resumen como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <source>There is no summary to export.</source>
        <translation>No hay ningún resumen que exportar.</translation>
    </message>
</context>
<context>
    <name>incentives::gui::TaxDocumentsPanel</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Guardar una &amp;copia…</translation>
    </message>
    <message>
        <source>Tax profile documents</source>
        <translation>Documentos del perfil fiscal</translation>
    </message>
    <message>
        <source>Documents attached to the tax profile</source>
        <translation>Documentos adjuntos al perfil fiscal</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Añadido por</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Añadido el</translation>
    </message>
    <message>
        <source>Attach a document</source>
        <translation>Adjuntar un documento</translation>
    </message>
    <message>
        <source>Save a copy of the document</source>
        <translation>Guardar una copia del documento</translation>
    </message>
    <message>
        <source>No documents attached. PDF, PNG or JPEG files of at most 10 MB each.</source>
        <translation>No hay documentos adjuntos. Archivos PDF, PNG o JPEG de 10 MB como máximo cada uno.</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Documentos (*.pdf *.png *.jpg *.jpeg);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Attached %1.</source>
        <translation>%1 adjuntado.</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Saved a copy to %1.</source>
        <translation>Copia guardada en %1.</translation>
    </message>
</context>
<context>
    <name>incentives::gui::TaxProfileDialog</name>
    <message>
        <source>Tax profile — %1 (%2)</source>
        <translation>Perfil fiscal — %1 (%2)</translation>
    </message>
    <message>
        <source>A US location files a W-9 with its Employer Identification Number.</source>
        <translation>Una ubicación de EE. UU. presenta un W-9 con su número de identificación del empleador (EIN).</translation>
    </message>
    <message>
        <source>A location outside the US files a W-8BEN-E, valid until the end of the third calendar year after signing.</source>
        <translation>Una ubicación fuera de EE. UU. presenta un W-8BEN-E, válido hasta el final del tercer año natural posterior a la firma.</translation>
    </message>
    <message>
        <source>Saving sends these enrollments of %1 back to Validating enrollment: %2.</source>
        <translation>Al guardar, estas inscripciones de %1 vuelven al estado Validando inscripción: %2.</translation>
    </message>
    <message>
        <source>A form signed then has expired already; sign a new one.</source>
        <translation>Un formulario firmado en esa fecha ya ha caducado; firma uno nuevo.</translation>
    </message>
    <message>
        <source>This form stays valid until %1.</source>
        <translation>Este formulario es válido hasta el %1.</translation>
    </message>
    <message>
        <source>A W-9 does not expire.</source>
        <translation>Un W-9 no caduca.</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Cambiado por otra persona</translation>
    </message>
    <message>
        <source>Someone else saved the tax profile of %1 after you opened it.

Load their version into the form? What you typed here is then replaced; choose No to keep it on screen.</source>
        <translation>Otra persona guardó el perfil fiscal de %1 después de que lo abrieras.

¿Cargar su versión en el formulario? Lo que has escrito aquí se reemplazará; elige No para mantenerlo en pantalla.</translation>
    </message>
    <message>
        <source>This is the version saved by someone else. Make your changes again and save.</source>
        <translation>Esta es la versión que guardó otra persona. Vuelve a hacer tus cambios y guarda.</translation>
    </message>
    <message>
        <source>Name of the individual</source>
        <translation>Nombre de la persona física</translation>
    </message>
    <message>
        <source>Country of citizenship</source>
        <translation>País de ciudadanía</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Reason no foreign tax ID is given</source>
        <translation>Motivo por el que no se indica número fiscal extranjero</translation>
    </message>
    <message>
        <source>Only without a foreign tax ID</source>
        <translation>Solo sin número fiscal extranjero</translation>
    </message>
    <message>
        <source>&amp;Name of the individual:</source>
        <translation>&amp;Nombre de la persona física:</translation>
    </message>
    <message>
        <source>Country of ci&amp;tizenship:</source>
        <translation>País de ciuda&amp;danía:</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>Fecha de &amp;nacimiento:</translation>
    </message>
    <message>
        <source>&amp;Reason for no tax ID:</source>
        <translation>&amp;Motivo sin número fiscal:</translation>
    </message>
    <message>
        <source>An individual outside the US files a W-8BEN: their name, citizenship and date of birth, and a foreign tax ID or the reason none is given. It stays valid until the end of the third calendar year after signing.</source>
        <translation>Una persona física fuera de EE. UU. presenta un W-8BEN: su nombre, ciudadanía y fecha de nacimiento, y un número fiscal extranjero o el motivo por el que no lo indica. Es válido hasta el final del tercer año natural tras la firma.</translation>
    </message>
    <message>
        <source>Add a tax profile — %1 (%2)</source>
        <translation>Agregar un perfil fiscal — %1 (%2)</translation>
    </message>
</context>
<context>
    <name>incentives::gui::UserPicker</name>
    <message>
        <source>Everyone — type a name or email address</source>
        <translation>Todos — escriba un nombre o un correo electrónico</translation>
    </message>
    <message>
        <source>Matching users</source>
        <translation>Usuarios que coinciden</translation>
    </message>
    <message>
        <source>More users match: type more of the name or email address</source>
        <translation>Coinciden más usuarios: escriba más del nombre o del correo electrónico</translation>
    </message>
</context>
<context>
    <name>incentives::gui::UsersPage</name>
    <message>
        <source>All users</source>
        <translation>Todos los usuarios</translation>
    </message>
    <message>
        <source>Account admins</source>
        <translation>Administradores de cuenta</translation>
    </message>
    <message>
        <source>Incentives admins</source>
        <translation>Administradores de incentivos</translation>
    </message>
    <message>
        <source>Incentives users</source>
        <translation>Usuarios de incentivos</translation>
    </message>
    <message>
        <source>Users without a role</source>
        <translation>Usuarios sin rol</translation>
    </message>
    <message>
        <source>Deactivated users</source>
        <translation>Usuarios desactivados</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>No incentives role</source>
        <translation>Sin rol de incentivos</translation>
    </message>
    <message>
        <source>PartnerID</source>
        <translation>PartnerID</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Incentives admin</source>
        <translation>Administrador de incentivos</translation>
    </message>
    <message>
        <source>Waiting invitations</source>
        <translation>Invitaciones pendientes</translation>
    </message>
    <message>
        <source>⚠ No Incentives admin — invitations for this location are waiting</source>
        <translation>⚠ Sin administrador de incentivos — hay invitaciones pendientes para esta ubicación</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>Reac&amp;tivar</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Contraseña temporal</translation>
    </message>
    <message>
        <source>%1 signs in the first time with this temporary password, then chooses their own. It is shown only now:

%2</source>
        <translation>%1 iniciará sesión la primera vez con esta contraseña temporal y después elegirá la suya. Solo se muestra ahora:

%2</translation>
    </message>
    <message>
        <source>Assign Incentives admin</source>
        <translation>Asignar administrador de incentivos</translation>
    </message>
    <message>
        <source>Select the user in the Users tab first.</source>
        <translation>Primero selecciona el usuario en la pestaña Usuarios.</translation>
    </message>
    <message>
        <source>Remove role</source>
        <translation>Quitar rol</translation>
    </message>
    <message>
        <source>%1 holds no role.</source>
        <translation>%1 no tiene ningún rol.</translation>
    </message>
    <message>
        <source>Role of %1 to remove:</source>
        <translation>Rol de %1 que se quitará:</translation>
    </message>
    <message>
        <source>Deactivate user</source>
        <translation>Desactivar usuario</translation>
    </message>
    <message>
        <source>%1 will no longer be able to sign in or act. Their history stays in the audit log. Deactivate?</source>
        <translation>%1 ya no podrá iniciar sesión ni realizar acciones. Su historial se conserva en el registro de auditoría. ¿Desactivar?</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Restablecer contraseña</translation>
    </message>
    <message>
        <source>%1 signs in next with this temporary password, then chooses their own. It is shown only now:

%2</source>
        <translation>%1 iniciará sesión la próxima vez con esta contraseña temporal y después elegirá la suya. Solo se muestra ahora:

%2</translation>
    </message>
    <message>
        <source>The first %1 users are listed; search for a name or email address to find the others.</source>
        <translation>Se muestran los %1 primeros usuarios; busque un nombre o una dirección de correo para encontrar los demás.</translation>
    </message>
    <message>
        <source>The first %1 locations are listed; search for a PartnerID or name to find the others.</source>
        <translation>Se muestran las %1 primeras ubicaciones; busque un PartnerID o un nombre para encontrar las demás.</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>Legal entity</source>
        <translation>Entidad jurídica</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Temporary passwords</source>
        <translation>Contraseñas temporales</translation>
    </message>
    <message>
        <source>Each imported user signs in the first time with their temporary password, then chooses their own. They are shown only now:

%1</source>
        <translation>Cada usuario importado inicia sesión la primera vez con su contraseña temporal y luego elige la suya. Solo se muestran ahora:

%1</translation>
    </message>
    <message>
        <source>%1 no longer holds the role %2.</source>
        <translation>%1 ya no tiene el rol %2.</translation>
    </message>
</context>
<context>
    <name>incentives::gui::WorkspaceDetailsPane</name>
    <message>
        <source>Enrollment details</source>
        <translation>Detalles de la inscripción</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>Inscripción</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Siguiente paso</translation>
    </message>
    <message>
        <source>Validation expected to end</source>
        <translation>Fin prevista de la validación</translation>
    </message>
    <message>
        <source>Bank profile</source>
        <translation>Perfil bancario</translation>
    </message>
    <message>
        <source>Tax profile</source>
        <translation>Perfil fiscal</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Next step:</source>
        <translation>Siguiente paso:</translation>
    </message>
    <message>
        <source>Validation ends:</source>
        <translation>Fin de la validación:</translation>
    </message>
    <message>
        <source>Bank profile:</source>
        <translation>Perfil bancario:</translation>
    </message>
    <message>
        <source>Tax profile:</source>
        <translation>Perfil fiscal:</translation>
    </message>
    <message>
        <source>Status his&amp;tory:</source>
        <translation>His&amp;torial de estados:</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Historial de estados</translation>
    </message>
    <message>
        <source>Select an enrollment to see its next step, its profiles and its history.</source>
        <translation>Seleccione una inscripción para ver su siguiente paso, sus perfiles y su historial.</translation>
    </message>
    <message>
        <source>%1 at %2 — %3</source>
        <translation>%1 en %2 — %3</translation>
    </message>
    <message>
        <source>No validation under way</source>
        <translation>Ninguna validación en curso</translation>
    </message>
    <message>
        <source>None chosen yet</source>
        <translation>Ninguno elegido todavía</translation>
    </message>
    <message>
        <source>None on file</source>
        <translation>Ninguno registrado</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No status changes recorded.</source>
        <translation>No hay cambios de estado registrados.</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Payment:</source>
        <translation>Pago:</translation>
    </message>
    <message>
        <source>Payment on hold</source>
        <translation>Pago retenido</translation>
    </message>
    <message>
        <source>Payment on hold (%1)</source>
        <translation>Pago retenido (%1)</translation>
    </message>
    <message>
        <source>No currency chosen yet</source>
        <translation>Aún no se ha elegido moneda</translation>
    </message>
    <message>
        <source>Paid in %1</source>
        <translation>Se paga en %1</translation>
    </message>
</context>
<context>
    <name>incentives::gui::WorkspaceGroupModel</name>
    <message>
        <source>1 enrollment</source>
        <translation>1 inscripción</translation>
    </message>
    <message>
        <source>%1 enrollments</source>
        <translation>%1 inscripciones</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Location / program</source>
        <translation>Ubicación / programa</translation>
    </message>
    <message>
        <source>Program / location</source>
        <translation>Programa / ubicación</translation>
    </message>
</context>
<context>
    <name>incentives::gui::WorkspaceModel</name>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guía</translation>
    </message>
    <message>
        <source>Open the program guide of %1</source>
        <translation>Abrir la guía del programa de %1</translation>
    </message>
    <message>
        <source>Validation is expected to end by %1.</source>
        <translation>La validación debería terminar a más tardar el %1.</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Actions required</source>
        <translation>Acciones necesarias</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>Año fiscal</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
</context>
<context>
    <name>incentives::gui::WorkspacePage</name>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>All programs</source>
        <translation>Todos los programas</translation>
    </message>
    <message>
        <source>Counting the matching enrollments… the first %1 are shown</source>
        <translation>Contando las inscripciones coincidentes… se muestran las %1 primeras</translation>
    </message>
    <message>
        <source>1 enrollment</source>
        <translation>1 inscripción</translation>
    </message>
    <message>
        <source>%1 enrollments</source>
        <translation>%1 inscripciones</translation>
    </message>
    <message>
        <source>No enrollments match these filters.</source>
        <translation>Ninguna inscripción coincide con estos filtros.</translation>
    </message>
    <message>
        <source>There are no invitations or enrollments for your locations yet.</source>
        <translation>Todavía no hay invitaciones ni inscripciones para tus ubicaciones.</translation>
    </message>
    <message>
        <source>Select an invitation first.</source>
        <translation>Primero selecciona una invitación.</translation>
    </message>
    <message>
        <source>Open the invitation of the selected row</source>
        <translation>Abrir la invitación de la fila seleccionada</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>Inscribir</translation>
    </message>
    <message>
        <source>Eligibility requirements</source>
        <translation>Requisitos de elegibilidad</translation>
    </message>
    <message>
        <source>Program guide — %1</source>
        <translation>Guía del programa — %1</translation>
    </message>
    <message>
        <source>Program guide</source>
        <translation>Guía del programa</translation>
    </message>
    <message>
        <source>Workspace view</source>
        <translation>Vista del área de trabajo</translation>
    </message>
    <message>
        <source>&amp;All enrollments</source>
        <translation>&amp;Todas las inscripciones</translation>
    </message>
    <message>
        <source>By p&amp;rogram</source>
        <translation>Por p&amp;rograma</translation>
    </message>
    <message>
        <source>By l&amp;ocation</source>
        <translation>Por ubica&amp;ción</translation>
    </message>
    <message>
        <source>Record Microsoft&apos;s &amp;outcome…</source>
        <translation>Registrar el &amp;resultado de Microsoft…</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Partner Center incentive enrollment workbench</source>
        <translation>Entorno de trabajo para la inscripción en incentivos de Partner Center</translation>
    </message>
    <message>
        <source>path</source>
        <translation>ruta</translation>
    </message>
    <message>
        <source>Sign in as &lt;email&gt;.</source>
        <translation>Iniciar sesión como &lt;correo&gt;.</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo</translation>
    </message>
    <message>
        <source>Incentives Desk</source>
        <translation>Incentives Desk</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>This database cannot be opened:

%1</source>
        <translation>No se puede abrir esta base de datos:

%1</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Abrir otro archivo…</translation>
    </message>
    <message>
        <source>Create a new demo database…</source>
        <translation>Crear una base de datos de demostración nueva…</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Abrir una base de datos</translation>
    </message>
    <message>
        <source>Incentives Desk databases (*.db);;All files (*)</source>
        <translation>Bases de datos de Incentives Desk (*.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>New demo database</source>
        <translation>Nueva base de datos de demostración</translation>
    </message>
    <message>
        <source>Incentives Desk databases (*.db)</source>
        <translation>Bases de datos de Incentives Desk (*.db)</translation>
    </message>
    <message>
        <source>Open the database at &lt;path&gt;: a file, or postgresql://USER@HOST:PORT/DATABASE. Without it, the database opened last.</source>
        <translation>Abrir la base de datos en &lt;ruta&gt;: un archivo o postgresql://USER@HOST:PORT/DATABASE. Sin esta opción, la última base de datos abierta.</translation>
    </message>
    <message>
        <source>Log what the application does on stderr.</source>
        <translation>Registrar en stderr lo que hace la aplicación.</translation>
    </message>
    <message>
        <source>The database file to open, as with --database.</source>
        <translation>El archivo de base de datos que se abrirá, como con --database.</translation>
    </message>
</context>
</TS>
