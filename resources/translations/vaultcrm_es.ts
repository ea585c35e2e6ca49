<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Agregar un usuario</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>A temporary password is generated; the user chooses their own at first sign-in.</source>
        <translation>Se genera una contraseña temporal; el usuario elige la suya al iniciar sesión por primera vez.</translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <source>Many customer records viewed in a short time</source>
        <translation>Muchos registros de clientes consultados en poco tiempo</translation>
    </message>
    <message>
        <source>Many customer records deleted in a short time</source>
        <translation>Muchos registros de clientes eliminados en poco tiempo</translation>
    </message>
    <message>
        <source>Failed sign-ins</source>
        <translation>Inicios de sesión fallidos</translation>
    </message>
    <message>
        <source>Large export</source>
        <translation>Exportación grande</translation>
    </message>
    <message>
        <source>Sign-in outside working hours</source>
        <translation>Inicio de sesión fuera del horario laboral</translation>
    </message>
    <message>
        <source>Audit log chain broken</source>
        <translation>Cadena del registro de auditoría rota</translation>
    </message>
    <message>
        <source>No verified backup</source>
        <translation>Ninguna copia de seguridad verificada</translation>
    </message>
    <message>
        <source>Older key slot refused</source>
        <translation>Ranura de clave anterior rechazada</translation>
    </message>
    <message>
        <source>Failed-sign-in record damaged</source>
        <translation>Registro de inicios de sesión fallidos dañado</translation>
    </message>
    <message>
        <source>Many refused actions</source>
        <translation>Muchas acciones rechazadas</translation>
    </message>
    <message>
        <source>Sync refused changes from another device</source>
        <translation>La sincronización rechazó cambios de otro dispositivo</translation>
    </message>
    <message>
        <source>A sign-in as {user} with an older key slot (version {version}, the vault knows {required}) was refused: keyslots.json was replaced with an older copy, or an old password was replayed.</source>
        <translation>Se rechazó un inicio de sesión como {user} con una ranura de clave anterior (versión {version}; la bóveda conoce la {required}): keyslots.json se sustituyó por una copia anterior o se reutilizó una contraseña antigua.</translation>
    </message>
    <message numerus="yes">
        <source>%n key slot(s) older than the vault&apos;s record found in keyslots.json and removed: an older copy of the file was put back.</source>
        <translation>
            <numerusform>Se encontró en keyslots.json %n ranura de clave anterior al registro de la bóveda y se eliminó: se volvió a poner una copia anterior del archivo.</numerusform>
            <numerusform>Se encontraron en keyslots.json %n ranuras de clave anteriores al registro de la bóveda y se eliminaron: se volvió a poner una copia anterior del archivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>{user} viewed {count} customer records within {minutes} minutes.</source>
        <translation>{user} consultó {count} registros de clientes en {minutes} minutos.</translation>
    </message>
    <message>
        <source>{user} was refused {count} actions within {minutes} minutes.</source>
        <translation>Se rechazaron {count} acciones de {user} en {minutes} minutos.</translation>
    </message>
    <message>
        <source>{user} deleted {count} customer records within {minutes} minutes.</source>
        <translation>{user} eliminó {count} registros de clientes en {minutes} minutos.</translation>
    </message>
    <message numerus="yes">
        <source>{user} exported %n row(s) ({action}).</source>
        <translation>
            <numerusform>{user} exportó %n fila ({action}).</numerusform>
            <numerusform>{user} exportó %n filas ({action}).</numerusform>
        </translation>
    </message>
    <message>
        <source>{user} signed in at {time}, outside working hours ({start}–{end}).</source>
        <translation>{user} inició sesión a las {time}, fuera del horario laboral ({start}–{end}).</translation>
    </message>
    <message numerus="yes">
        <source>%n failed sign-in(s) for {user} since the last successful sign-in.</source>
        <translation>
            <numerusform>%n inicio de sesión fallido de {user} desde el último inicio de sesión correcto.</numerusform>
            <numerusform>%n inicios de sesión fallidos de {user} desde el último inicio de sesión correcto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed sign-in(s) with unknown user names since the last successful sign-in.</source>
        <translation>
            <numerusform>%n inicio de sesión fallido con un nombre de usuario desconocido desde el último inicio de sesión correcto.</numerusform>
            <numerusform>%n inicios de sesión fallidos con nombres de usuario desconocidos desde el último inicio de sesión correcto.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log was modified outside the app: entry {entry} is not what was written ({reason}).</source>
        <translation>El registro de auditoría se modificó fuera de la aplicación: la entrada {entry} no es la que se escribió ({reason}).</translation>
    </message>
    <message numerus="yes">
        <source>No verified backup since {time} (limit: %n day(s)).</source>
        <translation>
            <numerusform>Ninguna copia de seguridad verificada desde {time} (límite: %n día).</numerusform>
            <numerusform>Ninguna copia de seguridad verificada desde {time} (límite: %n días).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No verified backup ever (limit: %n day(s)).</source>
        <translation>
            <numerusform>Nunca se ha verificado ninguna copia de seguridad (límite: %n día).</numerusform>
            <numerusform>Nunca se ha verificado ninguna copia de seguridad (límite: %n días).</numerusform>
        </translation>
    </message>
    <message>
        <source>The failed-sign-in record was damaged (found at {time}); it was counted as one failed sign-in and rewritten. Failures before it may be missing.</source>
        <translation>El registro de inicios de sesión fallidos estaba dañado (detectado el {time}); se contó como un inicio de sesión fallido y se reescribió. Pueden faltar los fallos anteriores.</translation>
    </message>
    <message numerus="yes">
        <source>Sync refused %n segment(s) or change(s) from other devices; the rest was applied.</source>
        <translation>
            <numerusform>La sincronización rechazó %n segmento o cambio de otros dispositivos; el resto se aplicó.</numerusform>
            <numerusform>La sincronización rechazó %n segmentos o cambios de otros dispositivos; el resto se aplicó.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertsPage</name>
    <message>
        <source>Security alerts</source>
        <translation>Alertas de seguridad</translation>
    </message>
    <message>
        <source>Open only</source>
        <translation>Solo abiertas</translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <translation>Confirmar…</translation>
    </message>
    <message>
        <source>Acknowledge alert</source>
        <translation>Confirmar alerta</translation>
    </message>
    <message>
        <source>What was done (optional):</source>
        <translation>Qué se hizo (opcional):</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Preparing a demo vault with generated customers…</source>
        <translation>Preparando una bóveda de demostración con clientes generados…</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>View {0}</source>
        <translation>Ver {0}</translation>
    </message>
    <message>
        <source>This image cannot be shown. Use Save a copy to open it in another program.</source>
        <translation>No se puede mostrar esta imagen. Use Guardar una copia para abrirla en otro programa.</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>unnamed file</source>
        <translation>archivo sin nombre</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Attachments</source>
        <translation>Archivos adjuntos</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Archivos adjuntos</translation>
    </message>
    <message>
        <source>No files attached yet.</source>
        <translation>Aún no hay archivos adjuntos.</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>Añadir archivo…</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Adjuntar un archivo</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ver</translation>
    </message>
    <message>
        <source>View the selected file</source>
        <translation>Ver el archivo seleccionado</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Guardar una copia…</translation>
    </message>
    <message>
        <source>Save a copy of the selected file</source>
        <translation>Guardar una copia del archivo seleccionado</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected file</source>
        <translation>Eliminar el archivo seleccionado</translation>
    </message>
    <message>
        <source>Attached {0}.</source>
        <translation>Se adjuntó {0}.</translation>
    </message>
    <message>
        <source>This kind of file cannot be shown inside the app; use Save a copy.</source>
        <translation>Este tipo de archivo no se puede mostrar en la aplicación; use Guardar una copia.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <source>Saved a copy to {0}.</source>
        <translation>Se guardó una copia en {0}.</translation>
    </message>
    <message>
        <source>Delete file</source>
        <translation>Eliminar archivo</translation>
    </message>
    <message>
        <source>Delete the attached file {0}? It is removed from the vault for good; this cannot be undone.</source>
        <translation>¿Eliminar el archivo adjunto {0}? Se quita de la bóveda para siempre; no se puede deshacer.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>the head recorded beside the vault</source>
        <translation>la cabecera registrada junto a la bóveda</translation>
    </message>
    <message>
        <source>not compared: {file} was changed outside the app (damaged, or its MAC does not match)</source>
        <translation>no comparado: {file} se modificó fuera de la aplicación (está dañado o su MAC no coincide)</translation>
    </message>
    <message>
        <source>the signed backup {name}</source>
        <translation>la copia de seguridad firmada {name}</translation>
    </message>
    <message>
        <source>the backups at {url}</source>
        <translation>las copias de seguridad de {url}</translation>
    </message>
    <message>
        <source>not compared: {problem}</source>
        <translation>no comparado: {problem}</translation>
    </message>
    <message>
        <source>the verified point</source>
        <translation>el punto verificado</translation>
    </message>
    <message>
        <source>not compared: the restore at entry {seq} ({time}) replaced the history it showed</source>
        <translation>no comparado: la restauración de la entrada {seq} ({time}) sustituyó el historial que mostraba</translation>
    </message>
    <message>
        <source>the log still holds entry {seq}</source>
        <translation>el registro aún contiene la entrada {seq}</translation>
    </message>
    <message>
        <source>entries from {point} on were removed or replaced (log cut or rewritten): {anchor} ({time}) showed entry {seq}, and the log no longer has it</source>
        <translation>se eliminaron o sustituyeron las entradas a partir de la entrada {point} (registro truncado o reescrito): {anchor} ({time}) mostraba la entrada {seq} y el registro ya no la tiene</translation>
    </message>
    <message>
        <source>entries from {point} on were removed or replaced (log cut or rewritten): {anchor} ({time}) showed entry {seq}, and the log has another entry there</source>
        <translation>se eliminaron o sustituyeron las entradas a partir de la entrada {point} (registro truncado o reescrito): {anchor} ({time}) mostraba la entrada {seq} y el registro tiene otra entrada en ese lugar</translation>
    </message>
    <message>
        <source>entry missing or out of order (sequence has a gap)</source>
        <translation>entrada ausente o fuera de orden (hay un hueco en la secuencia)</translation>
    </message>
    <message>
        <source>entry changed, or an entry before it removed or reordered</source>
        <translation>entrada modificada, o se eliminó o reordenó una entrada anterior</translation>
    </message>
    <message>
        <source>the last verified entry was removed or changed (log truncated or rewritten)</source>
        <translation>se eliminó o modificó la última entrada verificada (registro truncado o reescrito)</translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <source>Vault created</source>
        <translation>Bóveda creada</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Inicio de sesión fallido</translation>
    </message>
    <message>
        <source>Sign-in refused: an outdated key slot</source>
        <translation>Inicio de sesión rechazado: ranura de clave obsoleta</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bóveda bloqueada</translation>
    </message>
    <message>
        <source>Unlocked again after a lock</source>
        <translation>Desbloqueada de nuevo tras un bloqueo</translation>
    </message>
    <message>
        <source>Opened with the recovery key</source>
        <translation>Abierta con la clave de recuperación</translation>
    </message>
    <message>
        <source>Key slots of inactive users removed</source>
        <translation>Ranuras de clave de usuarios inactivos eliminadas</translation>
    </message>
    <message>
        <source>Viewed a customer</source>
        <translation>Cliente consultado</translation>
    </message>
    <message>
        <source>Revealed a sensitive field</source>
        <translation>Campo confidencial mostrado</translation>
    </message>
    <message>
        <source>Searched customers</source>
        <translation>Búsqueda de clientes</translation>
    </message>
    <message>
        <source>Created a customer</source>
        <translation>Cliente creado</translation>
    </message>
    <message>
        <source>Changed a customer</source>
        <translation>Cliente modificado</translation>
    </message>
    <message>
        <source>Deleted a customer</source>
        <translation>Cliente eliminado</translation>
    </message>
    <message>
        <source>Restored a deleted customer</source>
        <translation>Cliente eliminado restaurado</translation>
    </message>
    <message>
        <source>Erased deleted customers for good</source>
        <translation>Clientes eliminados suprimidos definitivamente</translation>
    </message>
    <message>
        <source>Merged duplicate customers</source>
        <translation>Clientes duplicados combinados</translation>
    </message>
    <message>
        <source>Imported customers</source>
        <translation>Clientes importados</translation>
    </message>
    <message>
        <source>Undid an import</source>
        <translation>Importación deshecha</translation>
    </message>
    <message>
        <source>Exported customers</source>
        <translation>Clientes exportados</translation>
    </message>
    <message>
        <source>Started an export of customers</source>
        <translation>Exportación de clientes iniciada</translation>
    </message>
    <message>
        <source>Cancelled an export of customers</source>
        <translation>Exportación de clientes cancelada</translation>
    </message>
    <message>
        <source>Defined a custom field</source>
        <translation>Campo personalizado definido</translation>
    </message>
    <message>
        <source>Created a deal</source>
        <translation>Oportunidad creada</translation>
    </message>
    <message>
        <source>Changed a deal</source>
        <translation>Oportunidad modificada</translation>
    </message>
    <message>
        <source>Deleted a deal</source>
        <translation>Oportunidad eliminada</translation>
    </message>
    <message>
        <source>Logged an interaction</source>
        <translation>Interacción registrada</translation>
    </message>
    <message>
        <source>Deleted an interaction</source>
        <translation>Interacción eliminada</translation>
    </message>
    <message>
        <source>Added a contact preference</source>
        <translation>Preferencia de contacto agregada</translation>
    </message>
    <message>
        <source>Removed a contact preference</source>
        <translation>Preferencia de contacto eliminada</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Copia de seguridad realizada</translation>
    </message>
    <message>
        <source>Verified a backup</source>
        <translation>Copia de seguridad verificada</translation>
    </message>
    <message>
        <source>Restored a backup</source>
        <translation>Copia de seguridad restaurada</translation>
    </message>
    <message>
        <source>Re-applied erasures and disabled users after a restore</source>
        <translation>Supresiones y usuarios deshabilitados aplicados de nuevo tras una restauración</translation>
    </message>
    <message>
        <source>Removed old backups</source>
        <translation>Copias de seguridad antiguas eliminadas</translation>
    </message>
    <message>
        <source>Stored backup credentials</source>
        <translation>Credenciales de copia de seguridad guardadas</translation>
    </message>
    <message>
        <source>Added a user</source>
        <translation>Usuario agregado</translation>
    </message>
    <message>
        <source>Disabled a user</source>
        <translation>Usuario deshabilitado</translation>
    </message>
    <message>
        <source>Disabled a user again after a restore</source>
        <translation>Usuario deshabilitado de nuevo tras una restauración</translation>
    </message>
    <message>
        <source>Re-enabled a user</source>
        <translation>Usuario habilitado de nuevo</translation>
    </message>
    <message>
        <source>Reset a password</source>
        <translation>Contraseña restablecida</translation>
    </message>
    <message>
        <source>Reset an authenticator</source>
        <translation>Aplicación de autenticación restablecida</translation>
    </message>
    <message>
        <source>Changed a user&apos;s profile</source>
        <translation>Perfil de usuario cambiado</translation>
    </message>
    <message>
        <source>Changed own password</source>
        <translation>Contraseña propia cambiada</translation>
    </message>
    <message>
        <source>Changed own authenticator</source>
        <translation>Aplicación de autenticación propia cambiada</translation>
    </message>
    <message>
        <source>Reset with the recovery key</source>
        <translation>Restablecimiento con la clave de recuperación</translation>
    </message>
    <message>
        <source>Replaced credentials kept after a restore</source>
        <translation>Credenciales sustituidas mantenidas tras una restauración</translation>
    </message>
    <message>
        <source>Created a profile</source>
        <translation>Perfil creado</translation>
    </message>
    <message>
        <source>Changed a profile</source>
        <translation>Perfil modificado</translation>
    </message>
    <message>
        <source>Deleted a profile</source>
        <translation>Perfil eliminado</translation>
    </message>
    <message>
        <source>Changed a setting</source>
        <translation>Configuración cambiada</translation>
    </message>
    <message>
        <source>Verified the audit log</source>
        <translation>Registro de auditoría verificado</translation>
    </message>
    <message>
        <source>Exported the audit log</source>
        <translation>Registro de auditoría exportado</translation>
    </message>
    <message>
        <source>Acknowledged an alert</source>
        <translation>Alerta confirmada</translation>
    </message>
    <message>
        <source>Refused: not allowed</source>
        <translation>Rechazado: no permitido</translation>
    </message>
    <message>
        <source>Exported a person&apos;s data (subject access)</source>
        <translation>Datos de una persona exportados (acceso del interesado)</translation>
    </message>
    <message>
        <source>Erased a person</source>
        <translation>Datos de una persona suprimidos</translation>
    </message>
    <message>
        <source>Erased a person again after a restore</source>
        <translation>Datos de una persona suprimidos de nuevo tras una restauración</translation>
    </message>
    <message>
        <source>The erasure ledger was found damaged</source>
        <translation>Se encontró dañado el registro de supresiones</translation>
    </message>
    <message>
        <source>Recorded a consent</source>
        <translation>Consentimiento registrado</translation>
    </message>
    <message>
        <source>Withdrew a consent</source>
        <translation>Consentimiento retirado</translation>
    </message>
    <message>
        <source>Restricted processing</source>
        <translation>Tratamiento limitado</translation>
    </message>
    <message>
        <source>Lifted a restriction</source>
        <translation>Limitación levantada</translation>
    </message>
    <message>
        <source>Changed a retention rule</source>
        <translation>Regla de conservación cambiada</translation>
    </message>
    <message>
        <source>Applied the retention rules</source>
        <translation>Reglas de conservación aplicadas</translation>
    </message>
    <message>
        <source>Generated the record of processing</source>
        <translation>Registro de las actividades de tratamiento generado</translation>
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
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation>Inicio de sesión fallido</translation>
    </message>
    <message>
        <source>Added a task</source>
        <translation>Tarea añadida</translation>
    </message>
    <message>
        <source>Changed a task</source>
        <translation>Tarea modificada</translation>
    </message>
    <message>
        <source>Completed a task</source>
        <translation>Tarea completada</translation>
    </message>
    <message>
        <source>Reopened a task</source>
        <translation>Tarea reabierta</translation>
    </message>
    <message>
        <source>Snoozed a task&apos;s reminder</source>
        <translation>Recordatorio de una tarea pospuesto</translation>
    </message>
    <message>
        <source>Deleted a task</source>
        <translation>Tarea eliminada</translation>
    </message>
    <message>
        <source>Exported tasks and meetings as a calendar</source>
        <translation>Tareas y reuniones exportadas como calendario</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <source>Backup verified</source>
        <translation>Copia de seguridad verificada</translation>
    </message>
    <message>
        <source>Pruned old backups</source>
        <translation>Copias de seguridad antiguas depuradas</translation>
    </message>
    <message>
        <source>Reset an authenticator enrolment</source>
        <translation>Registro de la aplicación de autenticación restablecido</translation>
    </message>
    <message>
        <source>Changed own authenticator enrolment</source>
        <translation>Registro de la aplicación de autenticación propia cambiado</translation>
    </message>
    <message>
        <source>Made new recovery codes for own account</source>
        <translation>Nuevos códigos de recuperación generados para la cuenta propia</translation>
    </message>
    <message>
        <source>Saved the dashboard as a PDF</source>
        <translation>Panel guardado como PDF</translation>
    </message>
    <message>
        <source>Subject access export</source>
        <translation>Exportación de acceso del interesado</translation>
    </message>
    <message>
        <source>Attached a file</source>
        <translation>Archivo adjuntado</translation>
    </message>
    <message>
        <source>Viewed an attached file</source>
        <translation>Archivo adjunto visto</translation>
    </message>
    <message>
        <source>Saved a copy of an attached file</source>
        <translation>Copia de un archivo adjunto guardada</translation>
    </message>
    <message>
        <source>Deleted an attached file</source>
        <translation>Archivo adjunto eliminado</translation>
    </message>
    <message>
        <source>Erasure re-applied after a restore</source>
        <translation>Supresión aplicada de nuevo tras una restauración</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Consentimiento registrado</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Consentimiento retirado</translation>
    </message>
    <message>
        <source>Processing restricted</source>
        <translation>Tratamiento limitado</translation>
    </message>
    <message>
        <source>Restriction lifted</source>
        <translation>Limitación levantada</translation>
    </message>
    <message>
        <source>Retention rule changed</source>
        <translation>Regla de conservación cambiada</translation>
    </message>
    <message>
        <source>Retention rules applied</source>
        <translation>Reglas de conservación aplicadas</translation>
    </message>
    <message>
        <source>Record of processing generated</source>
        <translation>Registro de las actividades de tratamiento generado</translation>
    </message>
    <message>
        <source>Invited a laptop to the team book</source>
        <translation>Portátil invitado a la libreta de equipo</translation>
    </message>
    <message>
        <source>Asked to join a team book</source>
        <translation>Solicitud de unión a una libreta de equipo</translation>
    </message>
    <message>
        <source>Admitted a device to the team book</source>
        <translation>Dispositivo admitido en la libreta de equipo</translation>
    </message>
    <message>
        <source>Refused a device&apos;s join request</source>
        <translation>Solicitud de unión de un dispositivo rechazada</translation>
    </message>
    <message>
        <source>Revoked a device</source>
        <translation>Dispositivo revocado</translation>
    </message>
    <message>
        <source>Started a team book</source>
        <translation>Libreta de equipo creada</translation>
    </message>
    <message>
        <source>Synced with the team</source>
        <translation>Sincronizado con el equipo</translation>
    </message>
    <message>
        <source>Refused a change from another device</source>
        <translation>Cambio de otro dispositivo rechazado</translation>
    </message>
    <message>
        <source>Resolved a sync conflict</source>
        <translation>Conflicto de sincronización resuelto</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Filter by user</source>
        <translation>Filtrar por usuario</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Todas las acciones</translation>
    </message>
    <message>
        <source>Filter by action</source>
        <translation>Filtrar por acción</translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation>Id. de cliente</translation>
    </message>
    <message>
        <source>Filter by customer</source>
        <translation>Filtrar por cliente</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Verificar cadena</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Chain not checked yet in this view.</source>
        <translation>Cadena aún no verificada en esta vista.</translation>
    </message>
    <message>
        <source>‹ Newer</source>
        <translation>‹ Más recientes</translation>
    </message>
    <message>
        <source>Newer entries</source>
        <translation>Entradas más recientes</translation>
    </message>
    <message>
        <source>Older ›</source>
        <translation>Más antiguas ›</translation>
    </message>
    <message>
        <source>Older entries</source>
        <translation>Entradas más antiguas</translation>
    </message>
    <message numerus="yes">
        <source>Page {0} of {1} · %Ln entry(s)</source>
        <translation>
            <numerusform>Página {0} de {1} · %Ln entrada</numerusform>
            <numerusform>Página {0} de {1} · %Ln entradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Chain intact: %Ln entry(s), every link checked.</source>
        <translation>
            <numerusform>Cadena intacta: %Ln entrada, todos los enlaces comprobados.</numerusform>
            <numerusform>Cadena intacta: %Ln entradas, todos los enlaces comprobados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the chain…</source>
        <translation>Verificando la cadena…</translation>
    </message>
    <message>
        <source>Chain BROKEN at entry {0}: {1}. Keep this vault as evidence and tell your administrator.</source>
        <translation>Cadena ROTA en la entrada {0}: {1}. Conserva esta bóveda como prueba e informa a tu administrador.</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Exportar el registro de auditoría</translation>
    </message>
    <message>
        <source>JSON (*.json);;CSV (*.csv)</source>
        <translation>JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported to {0}.</source>
        <translation>Exportado a {0}.</translation>
    </message>
</context>
<context>
    <name>AuthenticatorPage</name>
    <message>
        <source>Scan this code with your authenticator app, or type the key into it. Each sign-in asks for the 6-digit code it shows.</source>
        <translation>Escanee este código con su aplicación de autenticación o escriba la clave en ella. Cada inicio de sesión pide el código de 6 dígitos que muestra.</translation>
    </message>
    <message>
        <source>Authenticator key</source>
        <translation>Clave de la aplicación de autenticación</translation>
    </message>
    <message>
        <source>Code from the app</source>
        <translation>Código de la aplicación</translation>
    </message>
    <message>
        <source>Code shown now:</source>
        <translation>Código que se muestra ahora:</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up now</source>
        <translation>Hacer copia ahora</translation>
    </message>
    <message>
        <source>Backup location</source>
        <translation>Destino de la copia</translation>
    </message>
    <message>
        <source>A folder, or sftp://, webdav://, s3:// …</source>
        <translation>Una carpeta, o sftp://, webdav://, s3:// …</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Carpeta…</translation>
    </message>
    <message>
        <source>Back up to:</source>
        <translation>Copiar en:</translation>
    </message>
    <message>
        <source>The archive is encrypted to the vault&apos;s recovery key, signed, then read back and verified.</source>
        <translation>El archivo se cifra con la clave de recuperación de la bóveda, se firma y luego se vuelve a leer y se verifica.</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Hacer copia</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Carpeta de copia de seguridad</translation>
    </message>
    <message>
        <source>Choose where to back up.</source>
        <translation>Elige dónde hacer la copia.</translation>
    </message>
    <message>
        <source>Backed up.</source>
        <translation>Copia de seguridad realizada.</translation>
    </message>
    <message>
        <source>Backed up and verified ({0}). The archive is:
{1}</source>
        <translation>Copia de seguridad realizada y verificada ({0}). El archivo es:
{1}</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>No verified backup yet.</source>
        <translation>Aún no hay ninguna copia de seguridad verificada.</translation>
    </message>
    <message numerus="yes">
        <source>Last verified backup is %n day(s) old.</source>
        <translation>
            <numerusform>La última copia de seguridad verificada tiene %n día.</numerusform>
            <numerusform>La última copia de seguridad verificada tiene %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last verified backup: {time} UTC.</source>
        <translation>Última copia de seguridad verificada: {time} UTC.</translation>
    </message>
    <message numerus="yes">
        <source>%n erasure(s)</source>
        <translation>
            <numerusform>%n supresión</numerusform>
            <numerusform>%n supresiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disabled user(s)</source>
        <translation>
            <numerusform>%n usuario deshabilitado</numerusform>
            <numerusform>%n usuarios deshabilitados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential change(s)</source>
        <translation>
            <numerusform>%n cambio de credenciales</numerusform>
            <numerusform>%n cambios de credenciales</numerusform>
        </translation>
    </message>
    <message>
        <source>re-applied {items}</source>
        <translation>aplicado de nuevo: {items}</translation>
    </message>
    <message>
        <source>Backups: not set up</source>
        <translation>Copias de seguridad: sin configurar</translation>
    </message>
    <message>
        <source>the vault&apos;s keyslots.json</source>
        <translation>el keyslots.json de la bóveda</translation>
    </message>
    <message>
        <source>pinned on this machine ({fingerprint})</source>
        <translation>fijada en este equipo ({fingerprint})</translation>
    </message>
    <message>
        <source>trusted on first use ({fingerprint}): compare it with the fingerprint on the recovery sheet</source>
        <translation>de confianza desde el primer uso ({fingerprint}): compárala con la huella digital de la hoja de recuperación</translation>
    </message>
    <message>
        <source>no pinned key</source>
        <translation>ninguna clave fijada</translation>
    </message>
    <message>
        <source>the fingerprint given ({fingerprint})</source>
        <translation>la huella digital indicada ({fingerprint})</translation>
    </message>
    <message>
        <source>no signature carries the fingerprint given</source>
        <translation>ninguna firma lleva la huella digital indicada</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>dañado</translation>
    </message>
    <message>
        <source>sequences 1..{last} are missing before {name}</source>
        <translation>faltan las secuencias 1..{last} antes de {name}</translation>
    </message>
    <message>
        <source>two archives claim sequence {sequence}</source>
        <translation>dos archivos reclaman la secuencia {sequence}</translation>
    </message>
    <message>
        <source>sequence {missing} missing between {previous} and {name}: an archive was deleted</source>
        <translation>falta la secuencia {missing} entre {previous} y {name}: se eliminó un archivo</translation>
    </message>
    <message>
        <source>{name} does not follow {previous}: an archive was replaced</source>
        <translation>{name} no sigue a {previous}: se reemplazó un archivo</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>{size} bytes</translation>
    </message>
    <message>
        <source>{size} bytes, the signature says {signed}</source>
        <translation>{size} bytes, la firma indica {signed}</translation>
    </message>
    <message>
        <source>{digest}, the signature says {signed}</source>
        <translation>{digest}, la firma indica {signed}</translation>
    </message>
    <message>
        <source>{name} is missing (its signature is there)</source>
        <translation>falta {name} (su firma sí está)</translation>
    </message>
    <message>
        <source>{name} is not a VaultCRM archive name</source>
        <translation>{name} no es un nombre de archivo de VaultCRM</translation>
    </message>
    <message>
        <source>{name}.sig is missing: an incomplete or foreign upload</source>
        <translation>falta {name}.sig: una carga incompleta o ajena</translation>
    </message>
    <message>
        <source>no trusted key</source>
        <translation>ninguna clave de confianza</translation>
    </message>
    <message>
        <source>Ed25519 by {fingerprint}, sequence {sequence}</source>
        <translation>Ed25519 de {fingerprint}, secuencia {sequence}</translation>
    </message>
    <message>
        <source>no gap up to sequence {sequence}</source>
        <translation>sin huecos hasta la secuencia {sequence}</translation>
    </message>
    <message>
        <source>age decrypted and authenticated every chunk</source>
        <translation>age descifró y autenticó todos los fragmentos</translation>
    </message>
    <message>
        <source>manifest.json is missing or damaged ({reason})</source>
        <translation>manifest.json falta o está dañado ({reason})</translation>
    </message>
    <message>
        <source>SHA-256 of keyslots.json and vault.db match the manifest</source>
        <translation>los SHA-256 de keyslots.json y vault.db (archivos de la bóveda) coinciden con el manifiesto</translation>
    </message>
    <message>
        <source>differ from the manifest: {members}</source>
        <translation>difieren del manifiesto: {members}</translation>
    </message>
    <message>
        <source>agrees with the signature</source>
        <translation>coincide con la firma</translation>
    </message>
    <message>
        <source>differs from the signature in {fields}</source>
        <translation>difiere de la firma en {fields}</translation>
    </message>
    <message>
        <source>the manifest holds no database key</source>
        <translation>el manifiesto no contiene ninguna clave de base de datos</translation>
    </message>
    <message>
        <source>integrity_check and cipher_integrity_check: ok</source>
        <translation>integrity_check y cipher_integrity_check: correcto</translation>
    </message>
    <message>
        <source>the database does not open with the manifest&apos;s key ({reason})</source>
        <translation>la base de datos no se abre con la clave del manifiesto ({reason})</translation>
    </message>
    <message>
        <source>{rows} rows in {tables} tables match the manifest</source>
        <translation>{rows} filas en {tables} tablas coinciden con el manifiesto</translation>
    </message>
    <message>
        <source>row counts differ in {tables}</source>
        <translation>el número de filas difiere en {tables}</translation>
    </message>
    <message>
        <source>schema version {version}</source>
        <translation>versión de esquema {version}</translation>
    </message>
    <message>
        <source>same vault and signing key; recovery slot not checked (this key is an extra recipient, not the vault&apos;s recovery key: it cannot restore)</source>
        <translation>misma bóveda y clave de firma; ranura de recuperación no comprobada (esta clave es un destinatario adicional, no la clave de recuperación de la bóveda: no puede restaurar)</translation>
    </message>
    <message>
        <source>same vault and signing key; recovery slot opens; MAC valid</source>
        <translation>misma bóveda y clave de firma; la ranura de recuperación se abre; MAC válido</translation>
    </message>
</context>
<context>
    <name>BinDialog</name>
    <message>
        <source>Deleted customers</source>
        <translation>Clientes eliminados</translation>
    </message>
    <message>
        <source>Deleted customers can be restored until the date shown; then they are erased for good, with their contact details, interactions and deals (see Settings).</source>
        <translation>Los clientes eliminados se pueden restaurar hasta la fecha indicada; después se suprimen definitivamente, con sus datos de contacto, interacciones y oportunidades (ver Configuración).</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
</context>
<context>
    <name>BusyBar</name>
    <message>
        <source>Working</source>
        <translation>Procesando</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>Meeting: {customer}</source>
        <translation>Reunión: {customer}</translation>
    </message>
    <message>
        <source>Customer: {customer}</source>
        <translation>Cliente: {customer}</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Cambiar mi contraseña</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Contraseña actual</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nueva contraseña</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>Repetir nueva contraseña</translation>
    </message>
    <message>
        <source>Fill in the current password and an accepted new one.</source>
        <translation>Escribe la contraseña actual y una nueva que se acepte.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>interrupted</source>
        <translation>interrumpido</translation>
    </message>
    <message>
        <source>unexpected error ({kind}: {error})</source>
        <translation>error inesperado ({kind}: {error})</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n audit entry(s) to {path}.</source>
        <translation>
            <numerusform>Se exportó %n entrada de auditoría a {path}.</numerusform>
            <numerusform>Se exportaron %n entradas de auditoría a {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>({shown} of {total}; use --offset/--limit for more)</source>
        <translation>({shown} de {total}; usa --offset/--limit para ver más)</translation>
    </message>
    <message numerus="yes">
        <source>Audit log intact: %n entry(s).</source>
        <translation>
            <numerusform>Registro de auditoría intacto: %n entrada.</numerusform>
            <numerusform>Registro de auditoría intacto: %n entradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>AUDIT LOG BROKEN at entry {seq} ({at} {action}): {reason}</source>
        <translation>REGISTRO DE AUDITORÍA ROTO en la entrada {seq} ({at} {action}): {reason}</translation>
    </message>
    <message>
        <source>Alert {id} acknowledged.</source>
        <translation>Alerta {id} confirmada.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <source>ack {user}</source>
        <translation>confirmada por {user}</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>integrado</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>personalizado</translation>
    </message>
    <message>
        <source>Created profile {name}.</source>
        <translation>Perfil {name} creado.</translation>
    </message>
    <message>
        <source>Deleted profile {name}.</source>
        <translation>Perfil {name} eliminado.</translation>
    </message>
    <message>
        <source>Backed up to {url}.</source>
        <translation>Copia de seguridad realizada en {url}.</translation>
    </message>
    <message>
        <source>{size} bytes, SHA-256 {sha256}, sequence {sequence}, read back and verified: {verified}</source>
        <translation>{size} bytes, SHA-256 {sha256}, secuencia {sequence}, releída y verificada: {verified}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NO</translation>
    </message>
    <message>
        <source>Pruned by retention: {archives}</source>
        <translation>Depurados por la política de conservación: {archives}</translation>
    </message>
    <message>
        <source>Warning: the signed revocation ledger could not be written at the location (the archive&apos;s manifest carries it; the next backup tries again).</source>
        <translation>Advertencia: no se pudo escribir el registro de revocaciones firmado en el destino (el manifiesto del archivo lo incluye; la próxima copia de seguridad lo volverá a intentar).</translation>
    </message>
    <message>
        <source>No signed archives here.</source>
        <translation>Aquí no hay archivos firmados.</translation>
    </message>
    <message>
        <source>Verified (deep)</source>
        <translation>Verificado (a fondo)</translation>
    </message>
    <message>
        <source>Verified (quick)</source>
        <translation>Verificado (rápido)</translation>
    </message>
    <message>
        <source>VERIFICATION FAILED (deep)</source>
        <translation>ERROR DE VERIFICACIÓN (a fondo)</translation>
    </message>
    <message>
        <source>VERIFICATION FAILED (quick)</source>
        <translation>ERROR DE VERIFICACIÓN (rápido)</translation>
    </message>
    <message numerus="yes">
        <source>Restored {archive} into {vault} (%n row(s)).</source>
        <translation>
            <numerusform>Se restauró {archive} en la bóveda {vault} (%n fila).</numerusform>
            <numerusform>Se restauró {archive} en la bóveda {vault} (%n filas).</numerusform>
        </translation>
    </message>
    <message>
        <source>Signer: {signer}</source>
        <translation>Firmante: {signer}</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>no se encontró ninguno</translation>
    </message>
    <message>
        <source>Revocation ledger: {summary} (from: {sources})</source>
        <translation>Registro de revocaciones: {summary} (de: {sources})</translation>
    </message>
    <message>
        <source>Their password changed after this backup; give them a new one (user reset-password): {users}</source>
        <translation>Su contraseña cambió después de esta copia de seguridad; asígnales una nueva (user reset-password): {users}</translation>
    </message>
    <message>
        <source>Warning: {problem}</source>
        <translation>Advertencia: {problem}</translation>
    </message>
    <message>
        <source>Secret for the location: </source>
        <translation>Secreto para el destino: </translation>
    </message>
    <message>
        <source>Stored the secret for {key} in the {place}.</source>
        <translation>Secreto de {key} guardado en: {place}.</translation>
    </message>
    <message>
        <source>would prune {archive}</source>
        <translation>se depuraría {archive}</translation>
    </message>
    <message>
        <source>keep {archive} ({reasons})</source>
        <translation>conservar {archive} ({reasons})</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Contraseña: </translation>
    </message>
    <message>
        <source>Code from your authenticator app: </source>
        <translation>Código de tu aplicación de autenticación: </translation>
    </message>
    <message>
        <source>Customer {id} changed (version {version}).</source>
        <translation>Cliente {id} modificado (versión {version}).</translation>
    </message>
    <message>
        <source>Customer {id} moved to the bin.</source>
        <translation>Cliente {id} movido a la papelera.</translation>
    </message>
    <message>
        <source>Wrote {path} and {html} ({sections}).</source>
        <translation>Se escribieron {path} y {html} ({sections}).</translation>
    </message>
    <message>
        <source>Erased customer {id} (ledger entry {entry}).</source>
        <translation>Cliente {id} suprimido (entrada del registro {entry}).</translation>
    </message>
    <message>
        <source>Processing of customer {id} is restricted.</source>
        <translation>El tratamiento del cliente {id} está limitado.</translation>
    </message>
    <message>
        <source>Restriction lifted for customer {id}.</source>
        <translation>Limitación levantada para el cliente {id}.</translation>
    </message>
    <message>
        <source>Recorded consent {id}.</source>
        <translation>Consentimiento {id} registrado.</translation>
    </message>
    <message>
        <source>Consent {id} withdrawn.</source>
        <translation>Consentimiento {id} retirado.</translation>
    </message>
    <message>
        <source>Added retention rule {id}.</source>
        <translation>Regla de conservación {id} agregada.</translation>
    </message>
    <message>
        <source>{id}  {name}  ({rule}, last activity {at})</source>
        <translation>{id}  {name}  ({rule}, última actividad {at})</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) would be erased (preview; add --apply to erase them).</source>
        <translation>
            <numerusform>Se suprimirían los datos de %n persona (vista previa; agrega --apply para suprimirlos).</numerusform>
            <numerusform>Se suprimirían los datos de %n personas (vista previa; agrega --apply para suprimirlos).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erased %n person(s).</source>
        <translation>
            <numerusform>Se suprimieron los datos de %n persona.</numerusform>
            <numerusform>Se suprimieron los datos de %n personas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Invitation for {user} ({profile}) written to {path}; it expires on {time}.</source>
        <translation>Invitación para {user} (perfil {profile}) escrita en {path}; caduca el {time}.</translation>
    </message>
    <message>
        <source>ONE-TIME CODE (tell it to {user} separately from the file; shown once): {code}</source>
        <translation>CÓDIGO DE UN SOLO USO (díselo a {user} por separado del archivo; solo se muestra una vez): {code}</translation>
    </message>
    <message>
        <source>Roster fingerprint: {fingerprint}</source>
        <translation>Huella digital de la lista de miembros: {fingerprint}</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>Nueva contraseña: </translation>
    </message>
    <message>
        <source>One-time code: </source>
        <translation>Código de un solo uso: </translation>
    </message>
    <message>
        <source>Created vault {id} in {folder} for {user}.</source>
        <translation>Bóveda {id} creada en {folder} para {user}.</translation>
    </message>
    <message>
        <source>Device {device} asked to join; waiting for an administrator to approve it.</source>
        <translation>El dispositivo {device} solicitó unirse; a la espera de que un administrador lo apruebe.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>(stale)</source>
        <translation>(inactivo)</translation>
    </message>
    <message>
        <source>(this device)</source>
        <translation>(este dispositivo)</translation>
    </message>
    <message>
        <source>Device {device} of {user} is on the team&apos;s roster (version {version}).</source>
        <translation>El dispositivo {device} de {user} está en la lista de miembros del equipo (versión {version}).</translation>
    </message>
    <message>
        <source>Device {device} is revoked; its segments after number {seq} are refused.</source>
        <translation>El dispositivo {device} está revocado; se rechazan sus segmentos posteriores al número {seq}.</translation>
    </message>
    <message>
        <source>Device {device} asked to join again; the administrator approving it should see the fingerprint {fingerprint}.</source>
        <translation>El dispositivo {device} solicitó unirse de nuevo; el administrador que lo apruebe debería ver la huella digital {fingerprint}.</translation>
    </message>
    <message>
        <source>Created vault {id} in {folder}.</source>
        <translation>Bóveda {id} creada en {folder}.</translation>
    </message>
    <message>
        <source>Administrator: {user}</source>
        <translation>Administrador: {user}</translation>
    </message>
    <message>
        <source>TOTP secret (add it to your authenticator app): {secret}</source>
        <translation>Secreto TOTP (agrégalo a tu aplicación de autenticación): {secret}</translation>
    </message>
    <message>
        <source>TOTP URI: {uri}</source>
        <translation>URI TOTP: {uri}</translation>
    </message>
    <message>
        <source>RECOVERY KEY (print it and keep it safe; shown once): {key}</source>
        <translation>CLAVE DE RECUPERACIÓN (imprímela y guárdala en un lugar seguro; solo se muestra una vez): {key}</translation>
    </message>
    <message>
        <source>Signing key fingerprint: {fingerprint}</source>
        <translation>Huella digital de la clave de firma: {fingerprint}</translation>
    </message>
    <message>
        <source>Recovery codes (each works once): {codes}</source>
        <translation>Códigos de recuperación (cada uno sirve una sola vez): {codes}</translation>
    </message>
    <message>
        <source>Losing both your password and the recovery key loses the data.</source>
        <translation>Si pierdes tanto la contraseña como la clave de recuperación, pierdes los datos.</translation>
    </message>
    <message>
        <source>Current password: </source>
        <translation>Contraseña actual: </translation>
    </message>
    <message>
        <source>Password changed for {user}.</source>
        <translation>Contraseña cambiada para {user}.</translation>
    </message>
    <message>
        <source>New password and TOTP enrolment for {user}.</source>
        <translation>Nueva contraseña y nuevo registro TOTP para {user}.</translation>
    </message>
    <message>
        <source>TOTP secret: {secret}</source>
        <translation>Secreto TOTP: {secret}</translation>
    </message>
    <message>
        <source>Recovery codes: {codes}</source>
        <translation>Códigos de recuperación: {codes}</translation>
    </message>
    <message>
        <source>Password for the new user: </source>
        <translation>Contraseña del nuevo usuario: </translation>
    </message>
    <message>
        <source>Added {user} ({profile}).</source>
        <translation>Se añadió {user} (perfil {profile}).</translation>
    </message>
    <message>
        <source>last sign-in: {time}</source>
        <translation>último inicio de sesión: {time}</translation>
    </message>
    <message>
        <source>last sign-in: never</source>
        <translation>último inicio de sesión: nunca</translation>
    </message>
    <message>
        <source>Disabled {user}.</source>
        <translation>Se deshabilitó {user}.</translation>
    </message>
    <message>
        <source>Re-enabled {user}; they must choose a new password at sign-in.</source>
        <translation>Se habilitó de nuevo {user}; deberá elegir una contraseña nueva al iniciar sesión.</translation>
    </message>
    <message>
        <source>Temporary password set for {user}; they must change it at sign-in.</source>
        <translation>Se estableció una contraseña temporal para {user}; deberá cambiarla al iniciar sesión.</translation>
    </message>
    <message>
        <source>New authenticator enrolment for {user} (temporary password set).</source>
        <translation>Nuevo registro de la aplicación de autenticación para {user} (se estableció una contraseña temporal).</translation>
    </message>
    <message>
        <source>{user} now has the profile {profile}.</source>
        <translation>{user} tiene ahora el perfil {profile}.</translation>
    </message>
    <message>
        <source>Temporary password: </source>
        <translation>Contraseña temporal: </translation>
    </message>
    <message>
        <source>Would import {imported}, skipped {skipped} (dry run: nothing written).</source>
        <translation>Se importarían: {imported}; se omitirían: {skipped} (simulación: no se escribió nada).</translation>
    </message>
    <message>
        <source>Imported {imported}, skipped {skipped}.</source>
        <translation>Importados: {imported}; omitidos: {skipped}.</translation>
    </message>
    <message>
        <source>encoding: {encoding}</source>
        <translation>codificación: {encoding}</translation>
    </message>
    <message>
        <source>encoding: {encoding} (a guess)</source>
        <translation>codificación: {encoding} (estimada)</translation>
    </message>
    <message>
        <source>  warning: {where}: {reason}</source>
        <translation>  advertencia: {where}: {reason}</translation>
    </message>
    <message>
        <source>  {where}: {reason}</source>
        <translation>  {where}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n customer(s) to {path}.</source>
        <translation>
            <numerusform>Se exportó %n cliente a {path}.</numerusform>
            <numerusform>Se exportaron %n clientes a {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No customers found.</source>
        <translation>No se encontraron clientes.</translation>
    </message>
    <message>
        <source>This vault is now the first device of team book {book}.</source>
        <translation>Esta bóveda es ahora el primer dispositivo de la libreta de equipo {book}.</translation>
    </message>
    <message>
        <source>Device: {device}</source>
        <translation>Dispositivo: {device}</translation>
    </message>
    <message>
        <source>Genesis fingerprint (compare it on every invitation): {fingerprint}</source>
        <translation>Huella digital de origen (compárala en cada invitación): {fingerprint}</translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>Última sincronización: {when}</translation>
    </message>
    <message>
        <source>Changes waiting: {count}</source>
        <translation>Cambios pendientes: {count}</translation>
    </message>
    <message>
        <source>Location: {url}</source>
        <translation>Destino: {url}</translation>
    </message>
    <message>
        <source>Book: {book}  device: {device}</source>
        <translation>Libreta: {book}  dispositivo: {device}</translation>
    </message>
    <message>
        <source>refused: {device} segment {segment}: {reason}</source>
        <translation>rechazado: {device}, segmento {segment}: {reason}</translation>
    </message>
    <message>
        <source>Stale devices: unknown (the location cannot be reached).</source>
        <translation>Dispositivos inactivos: desconocidos (no se puede acceder al destino de sincronización).</translation>
    </message>
    <message>
        <source>Stale device: {device} ({user}), last seen {when}; it holds compaction back until it syncs or is revoked.</source>
        <translation>Dispositivo inactivo: {device} ({user}), visto por última vez {when}; retiene la compactación hasta que sincronice o se revoque.</translation>
    </message>
    <message>
        <source>warning: the changes of device {device} are dated {minutes} min ahead of this computer&apos;s clock; check that device&apos;s clock.</source>
        <translation>aviso: los cambios del dispositivo {device} están fechados {minutes} min por delante del reloj de este equipo; compruebe el reloj de ese dispositivo.</translation>
    </message>
    <message>
        <source>warning: this computer&apos;s clock differs from the sync location&apos;s by {minutes} min; check the clock.</source>
        <translation>aviso: el reloj de este equipo difiere del del destino de sincronización en {minutes} min; compruebe el reloj.</translation>
    </message>
    <message>
        <source>Conflict {id} resolved: {value}</source>
        <translation>Conflicto {id} resuelto: {value}</translation>
    </message>
    <message>
        <source>{id}  {at}  {table}.{field} of {uid}: kept {kept} (from {kept_from}), other {other} (from {other_from})</source>
        <translation>{id}  {at}  {table}.{field} de {uid}: se conservó {kept} (de {kept_from}), el otro era {other} (de {other_from})</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>No hay conflictos.</translation>
    </message>
    <message>
        <source>No deals.</source>
        <translation>No hay oportunidades.</translation>
    </message>
    <message>
        <source>Added task {id}.</source>
        <translation>Tarea {id} añadida.</translation>
    </message>
    <message>
        <source>No tasks.</source>
        <translation>No hay tareas.</translation>
    </message>
    <message>
        <source>Task {id} is open again.</source>
        <translation>La tarea {id} vuelve a estar abierta.</translation>
    </message>
    <message>
        <source>Task {id} is done.</source>
        <translation>La tarea {id} está completada.</translation>
    </message>
    <message>
        <source>Next occurrence: task {id}.</source>
        <translation>Siguiente repetición: tarea {id}.</translation>
    </message>
    <message>
        <source>Wrote {path} ({tasks} tasks, {meetings} meetings).</source>
        <translation>Se escribió {path} (tareas: {tasks}, reuniones: {meetings}).</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entidad</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Último inicio de sesión</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>Debe cambiar la contraseña</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Erased for good on</source>
        <translation>Fecha de supresión definitiva</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Ejemplo</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Why it was not imported</source>
        <translation>Motivo por el que no se importó</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Visto por última vez</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>Retraso</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Valor actual</translation>
    </message>
    <message>
        <source>Current by</source>
        <translation>Origen del valor actual</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Otro valor</translation>
    </message>
    <message>
        <source>Other by</source>
        <translation>Origen del otro valor</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Keep the current value</source>
        <translation>Conservar el valor actual</translation>
    </message>
    <message>
        <source>Take the other value</source>
        <translation>Usar el otro valor</translation>
    </message>
    <message>
        <source>The current value is the one every device holds now. Select one or more rows and keep it, or take the other value instead; either choice is recorded in the audit log and synced to the team.</source>
        <translation>El valor actual es el que tienen ahora todos los dispositivos. Selecciona una o varias filas y consérvalo, o usa en su lugar el otro valor; cualquiera de las dos opciones queda anotada en el registro de auditoría y se sincroniza con el equipo.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) resolved.</source>
        <translation>
            <numerusform>%n conflicto resuelto.</numerusform>
            <numerusform>%n conflictos resueltos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflict {0} was not: {1}</source>
        <translation>El conflicto {0} no se resolvió: {1}</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrato</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Obligación legal</translation>
    </message>
    <message>
        <source>Vital interests</source>
        <translation>Intereses vitales</translation>
    </message>
    <message>
        <source>Public task</source>
        <translation>Misión de interés público</translation>
    </message>
    <message>
        <source>Legitimate interests</source>
        <translation>Intereses legítimos</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record consent</source>
        <translation>Registrar consentimiento</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <source>e.g. newsletter, phone marketing</source>
        <translation>p. ej., boletín, marketing telefónico</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Base jurídica</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Where it was given, e.g. web form, signed paper</source>
        <translation>Dónde se dio, p. ej., formulario web, papel firmado</translation>
    </message>
    <message>
        <source>A purpose of 1 to 200 characters is needed.</source>
        <translation>Se necesita una finalidad de 1 a 200 caracteres.</translation>
    </message>
</context>
<context>
    <name>ContactLabel</name>
    <message>
        <source>work</source>
        <translation>trabajo</translation>
    </message>
    <message>
        <source>home</source>
        <translation>casa</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>móvil</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <source>main</source>
        <translation>principal</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>fax</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>buscapersonas</translation>
    </message>
</context>
<context>
    <name>CountryBox</name>
    <message>
        <source>(not chosen)</source>
        <translation>(sin elegir)</translation>
    </message>
</context>
<context>
    <name>CustomerEditor</name>
    <message>
        <source>Edit customer</source>
        <translation>Editar cliente</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <source>Reload the record</source>
        <translation>Volver a cargar el registro</translation>
    </message>
    <message>
        <source>Open the existing one</source>
        <translation>Abrir el existente</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>E-mails (one a line, &quot;work: a@b.com&quot;)</source>
        <translation>Correos electrónicos (uno por línea, &quot;trabajo: a@b.com&quot;)</translation>
    </message>
    <message>
        <source>Phones (one a line)</source>
        <translation>Teléfonos (uno por línea)</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Calle</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Tags (comma-separated)</source>
        <translation>Etiquetas (separadas por comas)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Sensitive: your profile cannot see or fill it in.</source>
        <translation>Confidencial: tu perfil no puede verlo ni rellenarlo.</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <source>What you typed for this customer has not been saved. Discard it?</source>
        <translation>Lo que escribiste para este cliente no se ha guardado. ¿Quieres descartarlo?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
    <message>
        <source>This looks like a customer you already have ({0}). Save anyway to create it, or open the existing one.</source>
        <translation>Parece un cliente que ya tienes ({0}). Guarda de todos modos para crearlo o abre el existente.</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Guardar de todos modos</translation>
    </message>
    <message>
        <source>Please correct the fields marked below.</source>
        <translation>Corrige los campos marcados abajo.</translation>
    </message>
    <message>
        <source>Reloaded the current version. Make your changes again.</source>
        <translation>Se volvió a cargar la versión actual. Vuelve a hacer tus cambios.</translation>
    </message>
</context>
<context>
    <name>CustomerFormDialog</name>
    <message>
        <source>Discard changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <source>What you typed has not been saved. Discard it?</source>
        <translation>Lo que escribiste no se ha guardado. ¿Quieres descartarlo?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
    <message>
        <source>Please correct the fields marked below.</source>
        <translation>Corrige los campos marcados abajo.</translation>
    </message>
</context>
<context>
    <name>CustomerTable</name>
    <message>
        <source>Customer list</source>
        <translation>Lista de clientes</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <source>This column cannot be sorted</source>
        <translation>Esta columna no se puede ordenar</translation>
    </message>
    <message>
        <source>{0} (sync conflict)</source>
        <translation>{0} (conflicto de sincronización)</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>Search name, company, e-mail, phone, city…  (Ctrl+F)</source>
        <translation>Buscar nombre, empresa, correo, teléfono, ciudad…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Buscar clientes</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>Filtro de etiqueta</translation>
    </message>
    <message>
        <source>Owner filter</source>
        <translation>Filtro de propietario</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Cualquier propietario</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Choose columns</source>
        <translation>Elegir columnas</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>New customer…</source>
        <translation>Nuevo cliente…</translation>
    </message>
    <message>
        <source>Edit customer…</source>
        <translation>Editar cliente…</translation>
    </message>
    <message>
        <source>Delete customer</source>
        <translation>Eliminar cliente</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Deshacer eliminación</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Deleted customers…</source>
        <translation>Clientes eliminados…</translation>
    </message>
    <message>
        <source>Find duplicates…</source>
        <translation>Buscar duplicados…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>{0} customers</source>
        <translation>{0} clientes</translation>
    </message>
    <message>
        <source>1 customer</source>
        <translation>1 cliente</translation>
    </message>
    <message>
        <source>Delete {0}? You can undo this right after, or restore it from the bin later.</source>
        <translation>¿Eliminar {0}? Puedes deshacerlo justo después o restaurarlo más tarde desde la papelera.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>{0} was deleted.</source>
        <translation>Se eliminó {0}.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Calificada</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Negociación</translation>
    </message>
    <message>
        <source>Pipeline value by stage ({0})</source>
        <translation>Valor del embudo por etapa ({0})</translation>
    </message>
    <message>
        <source>Also in other currencies: {0}</source>
        <translation>También en otras monedas: {0}</translation>
    </message>
    <message>
        <source>Won and lost deals per month</source>
        <translation>Oportunidades ganadas y perdidas por mes</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Ganadas</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdidas</translation>
    </message>
    <message>
        <source>(no user)</source>
        <translation>(sin usuario)</translation>
    </message>
    <message>
        <source>Activities per user per week</source>
        <translation>Interacciones por usuario y semana</translation>
    </message>
    <message>
        <source>New customers per month</source>
        <translation>Clientes nuevos por mes</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Overdue tasks per user</source>
        <translation>Tareas vencidas por usuario</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Tareas vencidas</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Save the dashboard as a PDF</source>
        <translation>Guardar el panel como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>Guardado: {0}</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Choose a date</source>
        <translation>Elegir una fecha</translation>
    </message>
    <message>
        <source>Choose a date (Alt+Down)</source>
        <translation>Elegir una fecha (Alt+Flecha abajo)</translation>
    </message>
</context>
<context>
    <name>DealDialog</name>
    <message>
        <source>New deal</source>
        <translation>Nueva oportunidad</translation>
    </message>
    <message>
        <source>Edit deal</source>
        <translation>Editar oportunidad</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Cierre previsto</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Line items (optional)</source>
        <translation>Líneas (opcional)</translation>
    </message>
    <message>
        <source>With line items, the amount is their total (leave Amount empty).</source>
        <translation>Con líneas, el importe es su total (deja Importe vacío).</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Calificada</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Negociación</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Ganada</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdida</translation>
    </message>
    <message>
        <source>e.g. {0}</source>
        <translation>p. ej., {0}</translation>
    </message>
    <message>
        <source>e.g. {0} (optional)</source>
        <translation>p. ej., {0} (opcional)</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <source>Add line item</source>
        <translation>Agregar línea</translation>
    </message>
    <message>
        <source>Remove line item</source>
        <translation>Quitar línea</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Volver a cargar</translation>
    </message>
    <message>
        <source>Delete deal</source>
        <translation>Eliminar oportunidad</translation>
    </message>
    <message>
        <source>{0}: error</source>
        <translation>{0}: error</translation>
    </message>
    <message>
        <source>Delete the deal {0}? This cannot be undone.</source>
        <translation>¿Eliminar la oportunidad {0}? Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>product</source>
        <translation>producto</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>cantidad</translation>
    </message>
    <message>
        <source>unit price</source>
        <translation>precio unitario</translation>
    </message>
    <message>
        <source>Line {0}, {1}: {2}</source>
        <translation>Línea {0}, {1}: {2}</translation>
    </message>
    <message>
        <source>Please correct the fields marked below.</source>
        <translation>Corrige los campos marcados abajo.</translation>
    </message>
    <message>
        <source>Someone else changed this deal since you opened it. Reload to see their version (your changes here are then lost), or Cancel.</source>
        <translation>Otra persona cambió esta oportunidad desde que la abriste. Vuelve a cargarla para ver su versión (perderás los cambios que hayas hecho aquí) o cancela.</translation>
    </message>
</context>
<context>
    <name>DetailActions</name>
    <message>
        <source>Subject access export</source>
        <translation>Exportación de acceso del interesado</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Exported everything held about {0} to {1} (and a readable {2}).</source>
        <translation>Todo lo que se conserva sobre {0} se exportó a {1} (y una versión legible en {2}).</translation>
    </message>
    <message>
        <source>Restrict processing</source>
        <translation>Limitar el tratamiento</translation>
    </message>
    <message>
        <source>Reason (e.g. the person&apos;s request of …):</source>
        <translation>Motivo (p. ej., solicitud del interesado del …):</translation>
    </message>
    <message>
        <source>Erase {0}</source>
        <translation>Suprimir a {0}</translation>
    </message>
    <message>
        <source>Erase this person for good? Their personal data is anonymised and their key shredded, so the audit log keeps its entries but can no longer show their values. This cannot be undone, and it is re-applied after a restore.</source>
        <translation>¿Suprimir a esta persona definitivamente? Sus datos personales se anonimizan y su clave se destruye, de modo que el registro de auditoría conserva sus entradas pero ya no puede mostrar sus valores. Esta acción no se puede deshacer y se vuelve a aplicar después de una restauración.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Suprimir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The person was erased.</source>
        <translation>Se suprimieron los datos de la persona.</translation>
    </message>
    <message>
        <source>Delete deal</source>
        <translation>Eliminar oportunidad</translation>
    </message>
    <message>
        <source>Delete the deal {0}? This cannot be undone.</source>
        <translation>¿Eliminar la oportunidad {0}? Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Retirar consentimiento</translation>
    </message>
    <message>
        <source>Record that {0} withdrew their consent for {1}? The consent stays in the record, marked as withdrawn.</source>
        <translation>¿Registrar que {0} retiró su consentimiento para {1}? El consentimiento permanece en el registro, marcado como retirado.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>Remove preference</source>
        <translation>Quitar preferencia</translation>
    </message>
    <message>
        <source>Remove the purchase preference &quot;{0}&quot; of {1}?</source>
        <translation>¿Quitar la preferencia de compra &quot;{0}&quot; de {1}?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <source>Customer details</source>
        <translation>Detalles del cliente</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation>Editar cliente</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete customer</source>
        <translation>Eliminar cliente</translation>
    </message>
    <message>
        <source>Select a customer to see the details.</source>
        <translation>Selecciona un cliente para ver sus detalles.</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Campos personalizados</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>No e-mail or phone yet.</source>
        <translation>Aún no hay correo ni teléfono.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Direcciones</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>{0} by {1}</source>
        <translation>{0} por {1}</translation>
    </message>
    <message>
        <source>No history.</source>
        <translation>Sin historial.</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interacciones</translation>
    </message>
    <message>
        <source>Kind of interaction</source>
        <translation>Tipo de interacción</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>¿Qué ocurrió?</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>Log the interaction</source>
        <translation>Registrar la interacción</translation>
    </message>
    <message>
        <source>No interactions yet.</source>
        <translation>Aún no hay interacciones.</translation>
    </message>
    <message>
        <source>Deals and purchases</source>
        <translation>Oportunidades y compras</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Calificada</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Negociación</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Ganada</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdida</translation>
    </message>
    <message>
        <source>New deal…</source>
        <translation>Nueva oportunidad…</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>Nueva oportunidad</translation>
    </message>
    <message>
        <source>Edit deal {0}</source>
        <translation>Editar oportunidad {0}</translation>
    </message>
    <message>
        <source>Bought in total</source>
        <translation>Total comprado</translation>
    </message>
    <message>
        <source>No deals yet.</source>
        <translation>Aún no hay oportunidades.</translation>
    </message>
    <message>
        <source>Purchase preferences</source>
        <translation>Preferencias de compra</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove preference {0}</source>
        <translation>Quitar preferencia {0}</translation>
    </message>
    <message>
        <source>No purchase preferences recorded.</source>
        <translation>No hay preferencias de compra registradas.</translation>
    </message>
    <message>
        <source>Add preference…</source>
        <translation>Agregar preferencia…</translation>
    </message>
    <message>
        <source>Add purchase preference</source>
        <translation>Agregar preferencia de compra</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>RESTRICTED: no export, no edits but by privacy managers</source>
        <translation>LIMITADO: sin exportación; solo los gestores de privacidad pueden editar</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>withdrawn {0}</source>
        <translation>retirado el {0}</translation>
    </message>
    <message>
        <source>given {0}</source>
        <translation>dado el {0}</translation>
    </message>
    <message>
        <source>source: {0}</source>
        <translation>origen: {0}</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>Withdraw consent for {0}</source>
        <translation>Retirar consentimiento para {0}</translation>
    </message>
    <message>
        <source>No consent recorded.</source>
        <translation>No hay consentimiento registrado.</translation>
    </message>
    <message>
        <source>Export everything held…</source>
        <translation>Exportar todo lo que se conserva…</translation>
    </message>
    <message>
        <source>Lift restriction</source>
        <translation>Levantar limitación</translation>
    </message>
    <message>
        <source>Restrict processing</source>
        <translation>Limitar el tratamiento</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Suprimir…</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Registrar consentimiento…</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Registrar consentimiento</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy {0}</source>
        <translation>Copiar {0}</translation>
    </message>
    <message>
        <source>Write to {0}</source>
        <translation>Escribir a {0}</translation>
    </message>
    <message>
        <source>Call {0}</source>
        <translation>Llamar a {0}</translation>
    </message>
    <message>
        <source>No program on this computer opens {0} links.</source>
        <translation>Ningún programa de este equipo abre los vínculos {0}.</translation>
    </message>
    <message>
        <source>E-mail to {0}: </source>
        <translation>Correo a {0}: </translation>
    </message>
    <message>
        <source>Call to {0}: </source>
        <translation>Llamada a {0}: </translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Confidencial</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Reveal sensitive fields</source>
        <translation>Mostrar campos confidenciales</translation>
    </message>
    <message>
        <source>Showing sensitive fields is recorded in the audit log.</source>
        <translation>Mostrar campos confidenciales queda registrado en el registro de auditoría.</translation>
    </message>
</context>
<context>
    <name>DeviceState</name>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocado</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Pendiente de aprobación</translation>
    </message>
    <message>
        <source>{0}, not synced for a while</source>
        <translation>{0}, sin sincronizar desde hace tiempo</translation>
    </message>
    <message>
        <source>{0}, this device</source>
        <translation>{0}, este dispositivo</translation>
    </message>
    <message numerus="yes">
        <source>%n change file(s)</source>
        <translation>
            <numerusform>%n archivo de cambios</numerusform>
            <numerusform>%n archivos de cambios</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Aprobar…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Revocar…</translation>
    </message>
    <message>
        <source>A device highlighted as stale has not synced for longer than the team allows (Settings). Revoking stops a device from syncing; what is already on it stays there.</source>
        <translation>Un dispositivo resaltado como inactivo lleva sin sincronizar más tiempo del que permite el equipo (Configuración). Revocar un dispositivo impide que siga sincronizando; lo que ya tiene se queda en él.</translation>
    </message>
    <message>
        <source>Approve device</source>
        <translation>Aprobar dispositivo</translation>
    </message>
    <message>
        <source>Admit this device of {user} to the team? It will download the team&apos;s customers and sync from now on.</source>
        <translation>¿Admitir este dispositivo de {user} en el equipo? Descargará los clientes del equipo y se sincronizará a partir de ahora.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>The device is approved, but the book could not be published for it yet: {0}</source>
        <translation>El dispositivo está aprobado, pero la libreta aún no se pudo publicar para él: {0}</translation>
    </message>
    <message>
        <source>Revoke this device of {user}?

From now on it can no longer sync: the other devices refuse anything it sends after what they have already received, and it receives nothing new.

Revoking does not delete anything: the customers already on that laptop stay there. If the laptop is lost, also disable the user or change their password.</source>
        <translation>¿Revocar este dispositivo de {user}?

A partir de ahora ya no podrá sincronizar: los demás dispositivos rechazan todo lo que envíe después de lo que ya han recibido, y no recibe nada nuevo.

Revocar no elimina nada: los clientes que ya están en ese portátil se quedan allí. Si se ha perdido el portátil, deshabilita también al usuario o cambia su contraseña.</translation>
    </message>
    <message>
        <source>Revoke device</source>
        <translation>Revocar dispositivo</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cannot save there</source>
        <translation>No se puede guardar ahí</translation>
    </message>
</context>
<context>
    <name>DownloadPage</name>
    <message>
        <source>This laptop is approved. It downloads the team&apos;s customer book now; you can cancel and try again later.</source>
        <translation>Este portátil está aprobado. Ahora descarga la libreta de clientes del equipo; puede cancelar y volver a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>same email ({email}) as customer {id}</source>
        <translation>mismo correo ({email}) que el cliente {id}</translation>
    </message>
    <message>
        <source>same phone ({phone}) as customer {id}</source>
        <translation>mismo teléfono ({phone}) que el cliente {id}</translation>
    </message>
    <message>
        <source>a close name ({name}) at the same company, customer {id}</source>
        <translation>un nombre parecido ({name}) en la misma empresa, cliente {id}</translation>
    </message>
    <message>
        <source>same email ({email}) as {where} of this file</source>
        <translation>mismo correo ({email}) que la {where} de este archivo</translation>
    </message>
    <message>
        <source>same phone ({phone}) as {where} of this file</source>
        <translation>mismo teléfono ({phone}) que la {where} de este archivo</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Find duplicates</source>
        <translation>Buscar duplicados</translation>
    </message>
    <message>
        <source>Looking for customers that seem to be the same…</source>
        <translation>Buscando clientes que parecen ser el mismo…</translation>
    </message>
    <message>
        <source>Groups of possible duplicates</source>
        <translation>Grupos de posibles duplicados</translation>
    </message>
    <message>
        <source>Records in the group: choose the one to keep</source>
        <translation>Registros del grupo: elige el que quieres conservar</translation>
    </message>
    <message>
        <source>Why they look alike:</source>
        <translation>Por qué se parecen:</translation>
    </message>
    <message>
        <source>Keep this record (the others are merged into it):</source>
        <translation>Conservar este registro (los demás se combinan en él):</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Combinar…</translation>
    </message>
    <message>
        <source>Merge the group into the chosen record</source>
        <translation>Combinar el grupo en el registro elegido</translation>
    </message>
    <message>
        <source>Showing the first {0} groups of possible duplicates; merge some and search again for more.</source>
        <translation>Se muestran los primeros {0} grupos de posibles duplicados; combina algunos y vuelve a buscar para ver más.</translation>
    </message>
    <message>
        <source>{0} groups of possible duplicates. Pick a group, then the record to keep.</source>
        <translation>{0} grupos de posibles duplicados. Elige un grupo y luego el registro que quieres conservar.</translation>
    </message>
    <message>
        <source>1 group of possible duplicates. Pick the record to keep.</source>
        <translation>1 grupo de posibles duplicados. Elige el registro que quieres conservar.</translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>No se encontraron duplicados.</translation>
    </message>
    <message>
        <source>same email ({0})</source>
        <translation>mismo correo ({0})</translation>
    </message>
    <message>
        <source>same phone ({0})</source>
        <translation>mismo teléfono ({0})</translation>
    </message>
    <message>
        <source>close names at the same company ({0})</source>
        <translation>nombres parecidos en la misma empresa ({0})</translation>
    </message>
    <message>
        <source>no e-mail</source>
        <translation>sin correo</translation>
    </message>
    <message>
        <source>Keep {0} and merge {1} into it? Their contact details fill in what is missing, and every interaction and deal moves to the kept record. The merged records go to the bin.</source>
        <translation>¿Conservar {0} y combinar {1} en él? Sus datos de contacto completan lo que falta, y todas las interacciones y oportunidades pasan al registro conservado. Los registros combinados van a la papelera.</translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation>Combinar clientes</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Combinar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>One of these records was changed by someone else meanwhile; the list was reloaded, please check and merge again.</source>
        <translation>Otra persona cambió uno de estos registros mientras tanto; la lista se volvió a cargar. Revísala y vuelve a combinar.</translation>
    </message>
</context>
<context>
    <name>EnrolmentDialog</name>
    <message>
        <source>Give this to {0} in person. It is shown only once.</source>
        <translation>Entrega esto a {0} en persona. Solo se muestra una vez.</translation>
    </message>
    <message>
        <source>Temporary password:</source>
        <translation>Contraseña temporal:</translation>
    </message>
    <message>
        <source>Authenticator:</source>
        <translation>Aplicación de autenticación:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Clave:</translation>
    </message>
    <message>
        <source>Recovery codes:</source>
        <translation>Códigos de recuperación:</translation>
    </message>
</context>
<context>
    <name>EnrolmentView</name>
    <message>
        <source>Scan the code with your authenticator app (or type the key), then enter the code it shows. Your old authenticator and recovery codes no longer work; write down the new recovery codes.</source>
        <translation>Escanea el código con tu aplicación de autenticación (o escribe la clave) y luego escribe el código que muestre. Tu aplicación de autenticación y tus códigos de recuperación anteriores dejan de funcionar; anota los nuevos códigos de recuperación.</translation>
    </message>
    <message>
        <source>Code from your authenticator app</source>
        <translation>Código de tu aplicación de autenticación</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Clave:</translation>
    </message>
    <message>
        <source>Recovery codes:</source>
        <translation>Códigos de recuperación:</translation>
    </message>
    <message>
        <source>Code from the app:</source>
        <translation>Código de la aplicación:</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>There is no alert {id}.</source>
        <translation>No existe la alerta {id}.</translation>
    </message>
    <message>
        <source>The audit log exports as json or csv.</source>
        <translation>El registro de auditoría se exporta como json o csv.</translation>
    </message>
    <message>
        <source>{name}: not an ISO time (e.g. 2026-11-24 or 2026-11-24T09:30:00Z): {text}</source>
        <translation>{name}: no es una hora ISO (p. ej., 2026-11-24 o 2026-11-24T09:30:00Z): {text}</translation>
    </message>
    <message>
        <source>The vault is locked. Sign in again.</source>
        <translation>La bóveda está bloqueada. Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>The key of person {id} does not open (modified outside the app).</source>
        <translation>La clave de la persona {id} no se abre (modificada fuera de la aplicación).</translation>
    </message>
    <message>
        <source>No user is signed in.</source>
        <translation>No hay ningún usuario con la sesión iniciada.</translation>
    </message>
    <message>
        <source>This machine has no secure keyring ({name}); sign in to keep the secret inside the vault instead (--in-vault).</source>
        <translation>Este equipo no tiene un llavero seguro ({name}); inicia sesión para guardar el secreto dentro de la bóveda (--in-vault).</translation>
    </message>
    <message>
        <source>No backup location: choose one in the settings or pass --to.</source>
        <translation>No hay destino de la copia: elige uno en la configuración o indica --to.</translation>
    </message>
    <message>
        <source>{url} is inside the vault folder {folder}: a backup kept beside the vault is lost with it; choose a folder outside it (another disk, a share, a remote location).</source>
        <translation>{url} está dentro de la carpeta de la bóveda {folder}: una copia de seguridad guardada junto a la bóveda se pierde con ella; elige una carpeta fuera de ella (otro disco, un recurso compartido, un destino remoto).</translation>
    </message>
    <message>
        <source>Restore needs the recovery key (--recovery-key-file) or a signed-in administrator.</source>
        <translation>Para restaurar se necesita la clave de recuperación (--recovery-key-file) o un administrador con la sesión iniciada.</translation>
    </message>
    <message>
        <source>{folder} is neither a vault nor empty; choose a new folder.</source>
        <translation>{folder} no es una bóveda ni está vacía; elige una carpeta nueva.</translation>
    </message>
    <message>
        <source>Cancelled; the current vault was not touched.</source>
        <translation>Cancelado; no se modificó la bóveda actual.</translation>
    </message>
    <message>
        <source>This archive is from vault {archive_vault}, not the vault in {folder} ({vault}); restore it into a new folder.</source>
        <translation>Este archivo es de la bóveda {archive_vault}, no de la bóveda de {folder} ({vault}); restáuralo en una carpeta nueva.</translation>
    </message>
    <message>
        <source>The new backup is not verified; nothing is pruned.</source>
        <translation>La nueva copia de seguridad no está verificada; no se depura nada.</translation>
    </message>
    <message>
        <source>Deep verify needs the recovery key (--recovery-key-file) or a signed-in administrator.</source>
        <translation>Para la verificación a fondo se necesita la clave de recuperación (--recovery-key-file) o un administrador con la sesión iniciada.</translation>
    </message>
    <message>
        <source>Choose a sub-command (see --help).</source>
        <translation>Elige un subcomando (consulta --help).</translation>
    </message>
    <message>
        <source>{folder} is not a folder: there is no backup location there.</source>
        <translation>{folder} no es una carpeta: ahí no hay ningún destino de la copia.</translation>
    </message>
    <message>
        <source>--user needs --vault (the vault to sign in to).</source>
        <translation>--user necesita --vault (la bóveda en la que iniciar sesión).</translation>
    </message>
    <message>
        <source>Deep verify failed: {reason}</source>
        <translation>Error en la verificación a fondo: {reason}</translation>
    </message>
    <message>
        <source>Restore needs either --recovery-key-file F or a sign-in (--user …).</source>
        <translation>Para restaurar se necesita --recovery-key-file F o un inicio de sesión (--user …).</translation>
    </message>
    <message>
        <source>--user needs --vault.</source>
        <translation>--user necesita --vault (la bóveda).</translation>
    </message>
    <message>
        <source>stdin has no line {number} ({what}).</source>
        <translation>La entrada estándar no tiene la línea {number} ({what}).</translation>
    </message>
    <message>
        <source>{what} needed: use --password-stdin or run in a terminal.</source>
        <translation>Se necesita {what}: usa --password-stdin o ejecútalo en un terminal.</translation>
    </message>
    <message>
        <source>A code is needed: use --totp CODE or --recovery-code CODE.</source>
        <translation>Se necesita un código: usa --totp CÓDIGO o --recovery-code CÓDIGO.</translation>
    </message>
    <message>
        <source>{id} is neither a customer id nor a uid.</source>
        <translation>{id} no es un id. de cliente ni un uid.</translation>
    </message>
    <message>
        <source>{item}: give FIELD=VALUE with FIELD one of {fields}.</source>
        <translation>{item}: indica CAMPO=VALOR, donde CAMPO es uno de {fields}.</translation>
    </message>
    <message>
        <source>{field} is given twice.</source>
        <translation>{field} se indica dos veces.</translation>
    </message>
    <message>
        <source>Erasure cannot be undone: add --yes to confirm.</source>
        <translation>La supresión no se puede deshacer: agrega --yes para confirmarla.</translation>
    </message>
    <message>
        <source>customer id: a whole number</source>
        <translation>id. de cliente: un número entero</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>There is no customer {id}.</source>
        <translation>No existe el cliente {id}.</translation>
    </message>
    <message>
        <source>1 to 200 characters</source>
        <translation>de 1 a 200 caracteres</translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation>uno de {choices}</translation>
    </message>
    <message>
        <source>Please check: {fields}.</source>
        <translation>Revisa: {fields}.</translation>
    </message>
    <message>
        <source>There is no consent {id}.</source>
        <translation>No existe el consentimiento {id}.</translation>
    </message>
    <message>
        <source>This consent was already withdrawn.</source>
        <translation>Este consentimiento ya se retiró.</translation>
    </message>
    <message>
        <source>Customer {id} was already erased on {at}.</source>
        <translation>El cliente {id} ya se suprimió el {at}.</translation>
    </message>
    <message>
        <source>status: lead, prospect, customer or inactive</source>
        <translation>estado: lead, prospect, customer o inactive</translation>
    </message>
    <message>
        <source>not a status</source>
        <translation>no es un estado</translation>
    </message>
    <message>
        <source>The retention preview has changed since you saw it; preview again before applying.</source>
        <translation>La vista previa de conservación cambió desde que la viste; vuelve a generarla antes de aplicar.</translation>
    </message>
    <message>
        <source>There is no profile named {name}.</source>
        <translation>No existe ningún perfil llamado {name}.</translation>
    </message>
    <message>
        <source>A profile name is 1 to 64 characters.</source>
        <translation>El nombre de un perfil tiene de 1 a 64 caracteres.</translation>
    </message>
    <message>
        <source>1 to 64 characters</source>
        <translation>de 1 a 64 caracteres</translation>
    </message>
    <message>
        <source>A profile name cannot hold invisible or direction-changing characters.</source>
        <translation>El nombre de un perfil no puede contener caracteres invisibles ni que cambien la dirección del texto.</translation>
    </message>
    <message>
        <source>no invisible characters</source>
        <translation>sin caracteres invisibles</translation>
    </message>
    <message>
        <source>The scope is &apos;own&apos; or &apos;all&apos;.</source>
        <translation>El ámbito es &apos;own&apos; o &apos;all&apos;.</translation>
    </message>
    <message>
        <source>own or all</source>
        <translation>own o all</translation>
    </message>
    <message>
        <source>Unknown permission atoms: {atoms}.</source>
        <translation>Permisos desconocidos: {atoms}.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>{name} is a built-in profile and cannot be changed; create a copy instead.</source>
        <translation>{name} es un perfil integrado y no se puede cambiar; crea una copia.</translation>
    </message>
    <message>
        <source>{name} is a built-in profile and cannot be deleted.</source>
        <translation>{name} es un perfil integrado y no se puede eliminar.</translation>
    </message>
    <message numerus="yes">
        <source>The profile {name} is still given to %n user(s); give them another profile first.</source>
        <translation>
            <numerusform>El perfil {name} todavía está asignado a %n usuario; asígnale primero otro perfil.</numerusform>
            <numerusform>El perfil {name} todavía está asignado a %n usuarios; asígnales primero otro perfil.</numerusform>
        </translation>
    </message>
    <message>
        <source>A profile named {name} already exists.</source>
        <translation>Ya existe un perfil llamado {name}.</translation>
    </message>
    <message>
        <source>Your profile cannot see sensitive fields, so it cannot fill them in either ({fields}).</source>
        <translation>Tu perfil no puede ver los campos confidenciales, así que tampoco puede rellenarlos ({fields}).</translation>
    </message>
    <message>
        <source>lower-case letters, digits and _ (start with a letter)</source>
        <translation>letras minúsculas, dígitos y _ (empieza por una letra)</translation>
    </message>
    <message>
        <source>text, number, date or choice</source>
        <translation>texto, número, fecha o lista de opciones</translation>
    </message>
    <message>
        <source>a choice field needs choices</source>
        <translation>un campo de opciones necesita opciones</translation>
    </message>
    <message>
        <source>a label is needed</source>
        <translation>se necesita una etiqueta</translation>
    </message>
    <message>
        <source>A custom field {key} exists already.</source>
        <translation>Ya existe un campo personalizado {key}.</translation>
    </message>
    <message>
        <source>exists already</source>
        <translation>ya existe</translation>
    </message>
    <message>
        <source>Your profile can only own its own records; you cannot give one to someone else.</source>
        <translation>Tu perfil solo puede ser propietario de sus propios registros; no puedes asignar uno a otra persona.</translation>
    </message>
    <message>
        <source>owner: no such user</source>
        <translation>propietario: no existe ese usuario</translation>
    </message>
    <message>
        <source>no such user</source>
        <translation>no existe ese usuario</translation>
    </message>
    <message>
        <source>company: a company cannot belong to a company</source>
        <translation>empresa: una empresa no puede pertenecer a otra empresa</translation>
    </message>
    <message>
        <source>only a person can belong to a company</source>
        <translation>solo una persona puede pertenecer a una empresa</translation>
    </message>
    <message>
        <source>company: no such company</source>
        <translation>empresa: no existe esa empresa</translation>
    </message>
    <message>
        <source>no such company</source>
        <translation>no existe esa empresa</translation>
    </message>
    <message>
        <source>Your profile cannot see sensitive fields, so it cannot fill them in either.</source>
        <translation>Tu perfil no puede ver los campos confidenciales, así que tampoco puede rellenarlos.</translation>
    </message>
    <message>
        <source>Unknown fields: {fields}.</source>
        <translation>Campos desconocidos: {fields}.</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>campo desconocido</translation>
    </message>
    <message>
        <source>Your profile cannot see sensitive fields, so it cannot change them.</source>
        <translation>Tu perfil no puede ver los campos confidenciales, así que no puede cambiarlos.</translation>
    </message>
    <message>
        <source>a whole number from 1 to {maximum}</source>
        <translation>un número entero de 1 a {maximum}</translation>
    </message>
    <message>
        <source>a product is needed</source>
        <translation>se necesita un producto</translation>
    </message>
    <message>
        <source>a title is needed</source>
        <translation>se necesita un título</translation>
    </message>
    <message>
        <source>{value} is not a date (YYYY-MM-DD)</source>
        <translation>{value} no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>the line items add up to {total}, not {amount}</source>
        <translation>las líneas suman {total}, no {amount}</translation>
    </message>
    <message>
        <source>The file is {size} MB; attachments may be at most {limit} MB each (setting: largest attachment).</source>
        <extracomment>media types recognised from the content (the name&apos;s extension is never trusted)</extracomment>
        <translation>El archivo ocupa {size} MB; cada adjunto puede ocupar como máximo {limit} MB (configuración: adjunto más grande).</translation>
    </message>
    <message>
        <source>The vault already holds {used} MB of attachments; adding {size} MB would pass its limit of {limit} MB (setting: attachments per vault).</source>
        <translation>La bóveda ya contiene {used} MB de adjuntos; añadir {size} MB superaría su límite de {limit} MB (configuración: adjuntos por bóveda).</translation>
    </message>
    <message>
        <source>There is no deal {id}.</source>
        <translation>No existe la oportunidad {id}.</translation>
    </message>
    <message>
        <source>There is no attachment {id}.</source>
        <translation>No existe el adjunto {id}.</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>adjunto</translation>
    </message>
    <message>
        <source>The attachment {name} is incomplete or damaged (its content does not match its checksum); it may still be arriving by sync.</source>
        <translation>El adjunto {name} está incompleto o dañado (su contenido no coincide con su suma de comprobación); quizá aún esté llegando por sincronización.</translation>
    </message>
    <message>
        <source>The deal {title} was changed by someone else since you opened it; reload it.</source>
        <translation>Otra persona cambió la oportunidad {title} desde que la abriste; vuelve a cargarla.</translation>
    </message>
    <message>
        <source>The deal was changed by someone else since you opened it; reload it.</source>
        <translation>Otra persona cambió la oportunidad desde que la abriste; vuelve a cargarla.</translation>
    </message>
    <message>
        <source>category: a category is needed</source>
        <translation>categoría: se necesita una categoría</translation>
    </message>
    <message>
        <source>needed</source>
        <translation>obligatorio</translation>
    </message>
    <message>
        <source>There is no preference {id}.</source>
        <translation>No existe la preferencia {id}.</translation>
    </message>
    <message>
        <source>Choose at least one other record to merge.</source>
        <translation>Elige al menos otro registro para combinar.</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
    <message>
        <source>{name}: {value} is not a date or time (YYYY-MM-DD[THH:MM])</source>
        <translation>{name}: {value} no es una fecha ni una hora (AAAA-MM-DD[THH:MM])</translation>
    </message>
    <message>
        <source>not a date or time</source>
        <translation>no es una fecha ni una hora</translation>
    </message>
    <message>
        <source>too long (at most {maximum} characters)</source>
        <translation>demasiado largo (máximo {maximum} caracteres)</translation>
    </message>
    <message>
        <source>deal: not a deal of this customer</source>
        <translation>oportunidad: no es una oportunidad de este cliente</translation>
    </message>
    <message>
        <source>not this customer&apos;s deal</source>
        <translation>no es una oportunidad de este cliente</translation>
    </message>
    <message>
        <source>There is no interaction {id}.</source>
        <translation>No existe la interacción {id}.</translation>
    </message>
    <message>
        <source>Cannot sort by {key}.</source>
        <translation>No se puede ordenar por {key}.</translation>
    </message>
    <message>
        <source>There is no customer {id} in the bin.</source>
        <translation>No existe el cliente {id} en la papelera.</translation>
    </message>
    <message>
        <source>This customer is not one of your records.</source>
        <translation>Este cliente no es uno de tus registros.</translation>
    </message>
    <message>
        <source>Processing of this person is restricted (GDPR art. 18): you cannot change it. Ask your privacy manager.</source>
        <translation>El tratamiento de esta persona está limitado (art. 18 del RGPD): no puedes modificarla. Consulta a tu gestor de privacidad.</translation>
    </message>
    <message>
        <source>Processing of this person is restricted (GDPR art. 18): you cannot delete it. Ask your privacy manager.</source>
        <translation>El tratamiento de esta persona está limitado (art. 18 del RGPD): no puedes eliminarla. Consulta a tu gestor de privacidad.</translation>
    </message>
    <message>
        <source>Processing of this person is restricted (GDPR art. 18): you cannot restore it. Ask your privacy manager.</source>
        <translation>El tratamiento de esta persona está limitado (art. 18 del RGPD): no puedes restaurarla. Consulta a tu gestor de privacidad.</translation>
    </message>
    <message>
        <source>Processing of this person is restricted (GDPR art. 18): you cannot merge it. Ask your privacy manager.</source>
        <translation>El tratamiento de esta persona está limitado (art. 18 del RGPD): no puedes combinarla. Consulta a tu gestor de privacidad.</translation>
    </message>
    <message>
        <source>Processing of this person is restricted (GDPR art. 18): you cannot export it. Ask your privacy manager.</source>
        <translation>El tratamiento de esta persona está limitado (art. 18 del RGPD): no puedes exportarla. Consulta a tu gestor de privacidad.</translation>
    </message>
    <message>
        <source>too long ({length} characters; at most {limit})</source>
        <translation>demasiado largo ({length} caracteres; máximo {limit})</translation>
    </message>
    <message>
        <source>{name}: give whole minor units (cents) or a decimal text, not a float</source>
        <translation>{name}: indica unidades menores enteras (céntimos) o un texto decimal, no un número de coma flotante</translation>
    </message>
    <message>
        <source>not a float; use cents</source>
        <translation>no uses coma flotante; usa céntimos</translation>
    </message>
    <message>
        <source>{name}: {value} is not an amount</source>
        <translation>{name}: {value} no es un importe</translation>
    </message>
    <message>
        <source>not an amount (e.g. 1234.50)</source>
        <translation>no es un importe (p. ej., 1234.50)</translation>
    </message>
    <message>
        <source>{name}: too large (at most {limit} in whole units)</source>
        <translation>{name}: demasiado grande (máximo {limit} en unidades enteras)</translation>
    </message>
    <message>
        <source>at most {limit}</source>
        <translation>máximo {limit}</translation>
    </message>
    <message numerus="yes">
        <source>{field}: {problem} (and %n more)</source>
        <translation>
            <numerusform>{field}: {problem} (y %n más)</numerusform>
            <numerusform>{field}: {problem} (y %n más)</numerusform>
        </translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>must be person or company</source>
        <translation>debe ser persona o empresa</translation>
    </message>
    <message>
        <source>a name is needed (a person&apos;s name or a company name)</source>
        <translation>se necesita un nombre (el de una persona o el de una empresa)</translation>
    </message>
    <message>
        <source>must be one of {choices}</source>
        <translation>debe ser uno de {choices}</translation>
    </message>
    <message>
        <source>not a customer id</source>
        <translation>no es un id. de cliente</translation>
    </message>
    <message>
        <source>{value} is not an email address (name@example.com)</source>
        <translation>{value} no es una dirección de correo electrónico (nombre@example.com)</translation>
    </message>
    <message>
        <source>{value} is not a phone number</source>
        <translation>{value} no es un número de teléfono</translation>
    </message>
    <message>
        <source>a date of birth cannot be in the future</source>
        <translation>una fecha de nacimiento no puede estar en el futuro</translation>
    </message>
    <message>
        <source>no such custom field</source>
        <translation>no existe ese campo personalizado</translation>
    </message>
    <message>
        <source>{value} is not a number</source>
        <translation>{value} no es un número</translation>
    </message>
    <message>
        <source>choose one of {choices}</source>
        <translation>elige uno de {choices}</translation>
    </message>
    <message>
        <source>currency: {value} is not a 3-letter code (EUR, USD…)</source>
        <translation>moneda: {value} no es un código de 3 letras (EUR, USD…)</translation>
    </message>
    <message>
        <source>a 3-letter code such as EUR</source>
        <translation>un código de 3 letras, como EUR</translation>
    </message>
    <message>
        <source>recovery key file</source>
        <translation>archivo de la clave de recuperación</translation>
    </message>
    <message>
        <source>No recovery key was found in the text of the PDF {path}. Give the recovery sheet&apos;s PDF, or a text file holding the line that starts with AGE-SECRET-KEY-1.</source>
        <translation>No se encontró ninguna clave de recuperación en el texto del PDF {path}. Indica el PDF de la hoja de recuperación o un archivo de texto con la línea que empieza por AGE-SECRET-KEY-1.</translation>
    </message>
    <message>
        <source>No recovery key was found in {path}. The recovery key is the line on the recovery sheet that starts with AGE-SECRET-KEY-1.</source>
        <translation>No se encontró ninguna clave de recuperación en {path}. La clave de recuperación es la línea de la hoja de recuperación que empieza por AGE-SECRET-KEY-1.</translation>
    </message>
    <message>
        <source>Choose a new password first.</source>
        <translation>Elige primero una contraseña nueva.</translation>
    </message>
    <message>
        <source>Your profile ({profile}) does not allow this: {permission}.</source>
        <translation>Tu perfil ({profile}) no permite esto: {permission}.</translation>
    </message>
    <message>
        <source>Your profile no longer exists.</source>
        <translation>Tu perfil ya no existe.</translation>
    </message>
    <message>
        <source>{setting}: expected yes or no.</source>
        <translation>{setting}: se esperaba sí o no.</translation>
    </message>
    <message>
        <source>{setting}: expected a number.</source>
        <translation>{setting}: se esperaba un número.</translation>
    </message>
    <message>
        <source>{setting}: must be between {low} and {high}.</source>
        <translation>{setting}: debe estar entre {low} y {high}.</translation>
    </message>
    <message>
        <source>{setting}: wrong type.</source>
        <translation>{setting}: tipo incorrecto.</translation>
    </message>
    <message>
        <source>{setting}: choose one of {choices}.</source>
        <translation>{setting}: elige uno de {choices}.</translation>
    </message>
    <message>
        <source>The archive&apos;s tar stream is damaged ({reason}).</source>
        <translation>El flujo tar del archivo está dañado ({reason}).</translation>
    </message>
    <message>
        <source>The archive holds an extended tar header (pax or GNU), which this app never writes: it was not made by VaultCRM or has been altered.</source>
        <translation>El archivo contiene un encabezado tar extendido (pax o GNU), que esta aplicación nunca escribe: no lo creó VaultCRM o se ha alterado.</translation>
    </message>
    <message>
        <source>Unexpected member in the archive: {name}.</source>
        <translation>Miembro inesperado en el archivo: {name}.</translation>
    </message>
    <message>
        <source>{name} appears twice in the archive.</source>
        <translation>{name} aparece dos veces en el archivo.</translation>
    </message>
    <message>
        <source>{name} in the archive is not a regular file.</source>
        <translation>{name} no es un archivo normal dentro del archivo de copia.</translation>
    </message>
    <message>
        <source>{name} in the archive is too large ({size} bytes; at most {limit}): not a backup this app made.</source>
        <translation>{name} es demasiado grande dentro del archivo ({size} bytes; máximo {limit}): no es una copia de seguridad creada por esta aplicación.</translation>
    </message>
    <message>
        <source>That is not a valid recovery key (AGE-SECRET-KEY-1…).</source>
        <translation>No es una clave de recuperación válida (AGE-SECRET-KEY-1…).</translation>
    </message>
    <message>
        <source>The recovery key does not open this archive.</source>
        <translation>La clave de recuperación no abre este archivo.</translation>
    </message>
    <message>
        <source>The archive is damaged or was modified: age refused to decrypt it ({reason}).</source>
        <translation>El archivo está dañado o se modificó: age se negó a descifrarlo ({reason}).</translation>
    </message>
    <message>
        <source>The archive&apos;s tar stream is incomplete.</source>
        <translation>El flujo tar del archivo está incompleto.</translation>
    </message>
    <message>
        <source>{name} shrank while it was archived.</source>
        <translation>{name} se redujo mientras se archivaba.</translation>
    </message>
    <message>
        <source>The archive could not be processed ({reason}).</source>
        <translation>No se pudo procesar el archivo ({reason}).</translation>
    </message>
    <message>
        <source>Not an age X25519 recipient: {start}…</source>
        <translation>No es un destinatario X25519 de age: {start}…</translation>
    </message>
    <message>
        <source>This machine has no secure keyring ({name}); keep the secret inside the vault instead (`backup-login URL --in-vault`).</source>
        <translation>Este equipo no tiene un llavero seguro ({name}); guarda el secreto dentro de la bóveda (`backup-login URL --in-vault`).</translation>
    </message>
    <message>
        <source>Cannot reach the SFTP server {host}:{port} ({reason}).</source>
        <translation>No se puede acceder al servidor SFTP {host}:{port} ({reason}).</translation>
    </message>
    <message>
        <source>Not a file name: {name}.</source>
        <translation>No es un nombre de archivo: {name}.</translation>
    </message>
    <message>
        <source>{what}: {reason}</source>
        <translation>{what}: {reason}</translation>
    </message>
    <message>
        <source>{what} at {url}: {reason}.</source>
        <translation>{what} en {url}: {reason}.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder</source>
        <translation>No se puede crear la carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>Cannot list the backup location</source>
        <translation>No se puede listar el destino de la copia</translation>
    </message>
    <message>
        <source>Cannot read the size of {name}</source>
        <translation>No se puede leer el tamaño de {name}</translation>
    </message>
    <message>
        <source>{name} is missing.</source>
        <translation>Falta {name}.</translation>
    </message>
    <message>
        <source>Cannot read {name}</source>
        <translation>No se puede leer {name}</translation>
    </message>
    <message>
        <source>{name} is implausibly large.</source>
        <translation>{name} es demasiado grande para ser plausible.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder: {reason}</source>
        <translation>No se puede crear la carpeta de copias de seguridad: {reason}</translation>
    </message>
    <message>
        <source>Cannot list the backup folder: {reason}</source>
        <translation>No se puede listar la carpeta de copias de seguridad: {reason}</translation>
    </message>
    <message>
        <source>Cannot write {name}</source>
        <translation>No se puede escribir {name}</translation>
    </message>
    <message>
        <source>{name} already exists at {url}.</source>
        <translation>{name} ya existe en {url}.</translation>
    </message>
    <message>
        <source>{path} already exists.</source>
        <translation>{path} ya existe.</translation>
    </message>
    <message>
        <source>The archive failed verification; nothing was restored: {problems}</source>
        <translation>El archivo no superó la verificación; no se restauró nada: {problems}</translation>
    </message>
    <message>
        <source>This key can read the archive but cannot restore it: use the vault&apos;s recovery key.</source>
        <translation>Esta clave puede leer el archivo, pero no restaurarlo: usa la clave de recuperación de la bóveda.</translation>
    </message>
    <message>
        <source>Re-keying the restored database failed ({reason}).</source>
        <translation>Error al cambiar la clave de la base de datos restaurada ({reason}).</translation>
    </message>
    <message>
        <source>This system cannot swap folders atomically.</source>
        <translation>Este sistema no puede intercambiar carpetas de forma atómica.</translation>
    </message>
    <message>
        <source>Could not swap {first} and {second}: {reason}.</source>
        <translation>No se pudieron intercambiar {first} y {second}: {reason}.</translation>
    </message>
    <message>
        <source>The signature file is damaged ({reason}).</source>
        <translation>El archivo de firma está dañado ({reason}).</translation>
    </message>
    <message>
        <source>Signed by a key that is not this vault&apos;s signing key ({fingerprint}); refused.</source>
        <translation>Firmado con una clave que no es la clave de firma de esta bóveda ({fingerprint}); rechazado.</translation>
    </message>
    <message>
        <source>The signature does not match the backup&apos;s description; refused.</source>
        <translation>La firma no coincide con la descripción de la copia de seguridad; rechazado.</translation>
    </message>
    <message>
        <source>Vault {vault_id} is already pinned to another signing key; refused.</source>
        <translation>La bóveda {vault_id} ya está fijada a otra clave de firma; rechazado.</translation>
    </message>
    <message>
        <source>This machine pinned another signing key for this vault; refused.</source>
        <translation>Este equipo fijó otra clave de firma para esta bóveda; rechazado.</translation>
    </message>
    <message>
        <source>Unsupported cipher setting in the manifest: {name} = {value}.</source>
        <translation>Configuración de cifrado no admitida en el manifiesto: {name} = {value}.</translation>
    </message>
    <message>
        <source>The snapshot failed its integrity check: {problems}</source>
        <translation>La instantánea no superó la comprobación de integridad: {problems}</translation>
    </message>
    <message>
        <source>{url} does not name an archive inside a location.</source>
        <translation>{url} no designa un archivo dentro de un destino.</translation>
    </message>
    <message>
        <source>Unsupported backup location {url}: use a folder, sftp://, webdav(s):// or s3://.</source>
        <translation>Destino de la copia no admitido {url}: usa una carpeta, sftp://, webdav(s):// o s3://.</translation>
    </message>
    <message>
        <source>{url}: no host.</source>
        <translation>{url}: falta el host.</translation>
    </message>
    <message>
        <source>Never put a password in the URL: it is stored in the keyring (backup-login).</source>
        <translation>Nunca pongas una contraseña en la URL: se guarda en el llavero (backup-login).</translation>
    </message>
    <message>
        <source>No password for {key}: store it once with `backup-login {key}`.</source>
        <translation>No hay contraseña para {key}: guárdala una vez con `backup-login {key}`.</translation>
    </message>
    <message>
        <source>{url}: no bucket.</source>
        <translation>{url}: falta el bucket.</translation>
    </message>
    <message>
        <source>Never put a password in the URL: use an SSH key (agent or ~/.ssh) or the keyring.</source>
        <translation>Nunca pongas una contraseña en la URL: usa una clave SSH (agente o ~/.ssh) o el llavero.</translation>
    </message>
    <message>
        <source>The SFTP server {host}:{port} is not trusted yet; its host key fingerprint is {fingerprint}. Check it with the server&apos;s administrator, then confirm it once (--trust-host-key).</source>
        <translation>El servidor SFTP {host}:{port} aún no es de confianza; la huella digital de su clave de host es {fingerprint}. Compruébala con el administrador del servidor y confírmala una vez (--trust-host-key).</translation>
    </message>
    <message>
        <source>The SFTP server {host}:{port} presented a host key that differs from the one pinned in {file}: refused (the server was reinstalled, or someone is intercepting).</source>
        <translation>El servidor SFTP {host}:{port} presentó una clave de host distinta de la fijada en {file}: rechazado (se reinstaló el servidor o alguien está interceptando la conexión).</translation>
    </message>
    <message>
        <source>The SFTP server {host}:{port} refused the login: load your key into the SSH agent or ~/.ssh, or store a password with backup-login.</source>
        <translation>El servidor SFTP {host}:{port} rechazó el inicio de sesión: carga tu clave en el agente SSH o en ~/.ssh, o guarda una contraseña con backup-login.</translation>
    </message>
    <message>
        <source>Cannot connect to the SFTP server {host}:{port} ({reason}).</source>
        <translation>No se puede conectar al servidor SFTP {host}:{port} ({reason}).</translation>
    </message>
    <message>
        <source>The location stored {stored} bytes of {size}: upload incomplete.</source>
        <translation>El destino guardó {stored} bytes de {size}: carga incompleta.</translation>
    </message>
    <message>
        <source>The archive read back from the location differs from what was sent.</source>
        <translation>El archivo leído de nuevo desde el destino difiere de lo que se envió.</translation>
    </message>
    <message>
        <source>The archive changed size when it was renamed.</source>
        <translation>El archivo cambió de tamaño al cambiarle el nombre.</translation>
    </message>
    <message>
        <source>Writing the backup failed: {reason}</source>
        <translation>Error al escribir la copia de seguridad: {reason}</translation>
    </message>
    <message>
        <source>Writing the backup to {url} failed: {reason}.</source>
        <translation>Error al escribir la copia de seguridad en {url}: {reason}.</translation>
    </message>
    <message>
        <source>The signature read back from the location differs from what was sent.</source>
        <translation>La firma leída de nuevo desde el destino difiere de lo que se envió.</translation>
    </message>
    <message>
        <source>Writing the signature failed: {reason}</source>
        <translation>Error al escribir la firma: {reason}</translation>
    </message>
    <message>
        <source>The signature names another archive.</source>
        <translation>La firma designa otro archivo.</translation>
    </message>
    <message>
        <source>No trusted key for this vault.</source>
        <translation>No hay ninguna clave de confianza para esta bóveda.</translation>
    </message>
    <message>
        <source>keyslots.json belongs to another vault.</source>
        <translation>keyslots.json pertenece a otra bóveda.</translation>
    </message>
    <message>
        <source>keyslots.json names another signing key than the one that signed.</source>
        <translation>keyslots.json indica una clave de firma distinta de la que firmó.</translation>
    </message>
    <message>
        <source>The recovery slot in the archive does not open with this recovery key.</source>
        <translation>La ranura de recuperación del archivo no se abre con esta clave de recuperación.</translation>
    </message>
    <message>
        <source>{folder} is not empty; a new vault needs an empty or missing folder.</source>
        <translation>{folder} no está vacía; una nueva bóveda necesita una carpeta vacía o inexistente.</translation>
    </message>
    <message>
        <source>Cannot create {folder}: {reason}.</source>
        <translation>No se puede crear {folder}: {reason}.</translation>
    </message>
    <message>
        <source>The key slot did not open.</source>
        <translation>La ranura de clave no se abrió.</translation>
    </message>
    <message>
        <source>{path} is missing.</source>
        <translation>Falta {path}.</translation>
    </message>
    <message>
        <source>{path} is empty: the vault database was lost or truncated.</source>
        <translation>{path} está vacío: la base de datos de la bóveda se perdió o se truncó.</translation>
    </message>
    <message>
        <source>The disk is full; the change was not saved ({path}).</source>
        <translation>El disco está lleno; el cambio no se guardó ({path}).</translation>
    </message>
    <message>
        <source>The disk is full; the change was not saved.</source>
        <translation>El disco está lleno; el cambio no se guardó.</translation>
    </message>
    <message>
        <source>The vault database could not be read or written ({path}): {reason}.</source>
        <translation>No se pudo leer ni escribir la base de datos de la bóveda ({path}): {reason}.</translation>
    </message>
    <message>
        <source>The vault database could not be read or written: {reason}.</source>
        <translation>No se pudo leer ni escribir la base de datos de la bóveda: {reason}.</translation>
    </message>
    <message>
        <source>The vault database is damaged or was modified outside the app ({path}).</source>
        <translation>La base de datos de la bóveda está dañada o se modificó fuera de la aplicación ({path}).</translation>
    </message>
    <message>
        <source>The vault database is damaged or was modified outside the app.</source>
        <translation>La base de datos de la bóveda está dañada o se modificó fuera de la aplicación.</translation>
    </message>
    <message>
        <source>{what} is damaged (not text).</source>
        <translation>{what} está dañado (no es texto).</translation>
    </message>
    <message>
        <source>{what} is damaged (not JSON: {reason}).</source>
        <translation>{what} está dañado (no es JSON: {reason}).</translation>
    </message>
    <message>
        <source>{what} is damaged (not a JSON object).</source>
        <translation>{what} está dañado (no es un objeto JSON).</translation>
    </message>
    <message>
        <source>The disk is full ({path}); nothing was changed.</source>
        <translation>El disco está lleno ({path}); no se cambió nada.</translation>
    </message>
    <message>
        <source>The disk is full; nothing was changed.</source>
        <translation>El disco está lleno; no se cambió nada.</translation>
    </message>
    <message>
        <source>Permission denied ({path}).</source>
        <translation>Permiso denegado ({path}).</translation>
    </message>
    <message>
        <source>Permission denied.</source>
        <translation>Permiso denegado.</translation>
    </message>
    <message>
        <source>The location is read-only ({path}).</source>
        <translation>El destino es de solo lectura ({path}).</translation>
    </message>
    <message>
        <source>The location is read-only.</source>
        <translation>El destino es de solo lectura.</translation>
    </message>
    <message>
        <source>{reason} ({path}).</source>
        <translation>{reason} ({path}).</translation>
    </message>
    <message>
        <source>No output file given.</source>
        <translation>No se indicó ningún archivo de salida.</translation>
    </message>
    <message>
        <source>{path} is inside the vault folder {folder}: an export or report must not be written there (it could replace the vault&apos;s own files); choose a place outside it.</source>
        <translation>{path} está dentro de la carpeta de la bóveda {folder}: una exportación o un informe no deben escribirse ahí (podrían reemplazar los archivos de la propia bóveda); elige un lugar fuera de ella.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>No se puede escribir {path}: {reason}</translation>
    </message>
    <message>
        <source>{path} is a folder; name a file to write.</source>
        <translation>{path} es una carpeta; indica un archivo en el que escribir.</translation>
    </message>
    <message>
        <source>{path} is not a regular file (a device, pipe or socket); name an ordinary file.</source>
        <translation>{path} no es un archivo normal (es un dispositivo, una canalización o un socket); indica un archivo corriente.</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name, or add --force to replace it.</source>
        <translation>{path} ya existe; elige otro nombre o agrega --force para reemplazarlo.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>La carpeta {folder} no existe.</translation>
    </message>
    <message>
        <source>{path} is not a regular file; it was not replaced.</source>
        <translation>{path} no es un archivo normal; no se reemplazó.</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name.</source>
        <translation>{path} ya existe; elige otro nombre.</translation>
    </message>
    <message>
        <source>Cannot read the {what} {path}: there is no such file.</source>
        <translation>No se puede leer el {what} {path}: no existe ese archivo.</translation>
    </message>
    <message>
        <source>Cannot read the {what} {path}: {reason}.</source>
        <translation>No se puede leer el {what} {path}: {reason}.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a {what} that can be read; choose an ordinary file.</source>
        <translation>{path} es una carpeta, no un {what} que se pueda leer; elige un archivo corriente.</translation>
    </message>
    <message>
        <source>{path} is a named pipe, not a {what} that can be read; choose an ordinary file.</source>
        <translation>{path} es una canalización con nombre, no un {what} que se pueda leer; elige un archivo corriente.</translation>
    </message>
    <message>
        <source>{path} is a device, not a {what} that can be read; choose an ordinary file.</source>
        <translation>{path} es un dispositivo, no un {what} que se pueda leer; elige un archivo corriente.</translation>
    </message>
    <message>
        <source>{path} is not a regular file, not a {what} that can be read; choose an ordinary file.</source>
        <translation>{path} no es un archivo normal ni un {what} que se pueda leer; elige un archivo corriente.</translation>
    </message>
    <message>
        <source>{name} is {size} MB; a {what} can be at most {limit} MB: split it into smaller files.</source>
        <translation>{name} tiene {size} MB; un {what} puede tener como máximo {limit} MB: divídelo en archivos más pequeños.</translation>
    </message>
    <message>
        <source>{name} is too large for a {what} ({size} bytes; at most {limit}).</source>
        <translation>{name} es demasiado grande para un {what} ({size} bytes; máximo {limit}).</translation>
    </message>
    <message>
        <source>Cancelled; nothing was kept.</source>
        <translation>Cancelado; no se conservó nada.</translation>
    </message>
    <message>
        <source>Unsupported key derivation {algorithm} v{version}.</source>
        <translation>Derivación de clave no admitida: {algorithm} v{version}.</translation>
    </message>
    <message>
        <source>Key slot parameters are below the Argon2id floor (64 MiB, 3 passes); refusing.</source>
        <translation>Los parámetros de la ranura de clave están por debajo del mínimo de Argon2id (64 MiB, 3 pasadas); se rechaza.</translation>
    </message>
    <message>
        <source>Key slot parameters are out of range; refusing.</source>
        <translation>Los parámetros de la ranura de clave están fuera de rango; se rechaza.</translation>
    </message>
    <message>
        <source>Key slot parameters are malformed.</source>
        <translation>Los parámetros de la ranura de clave tienen un formato incorrecto.</translation>
    </message>
    <message>
        <source>keyslots.json is damaged and cannot be read.</source>
        <translation>keyslots.json está dañado y no se puede leer.</translation>
    </message>
    <message>
        <source>{path} is missing: this folder is not a vault, or it is incomplete.</source>
        <translation>Falta {path}: esta carpeta no es una bóveda o está incompleta.</translation>
    </message>
    <message>
        <source>keyslots.json has been modified outside the app (its MAC does not match).</source>
        <translation>keyslots.json se modificó fuera de la aplicación (su MAC no coincide).</translation>
    </message>
    <message>
        <source>A key slot in keyslots.json is damaged.</source>
        <translation>Una ranura de clave de keyslots.json está dañada.</translation>
    </message>
    <message>
        <source>A key slot opened but its contents are malformed.</source>
        <translation>Una ranura de clave se abrió, pero su contenido tiene un formato incorrecto.</translation>
    </message>
    <message>
        <source>A key slot holds a vault key of the wrong length.</source>
        <translation>Una ranura de clave contiene una clave de bóveda de longitud incorrecta.</translation>
    </message>
    <message>
        <source>Sign-in refused: wrong user name, password or code.</source>
        <translation>Inicio de sesión rechazado: nombre de usuario, contraseña o código incorrectos.</translation>
    </message>
    <message>
        <source>{path} was modified outside the app (its MAC does not match).</source>
        <translation>{path} se modificó fuera de la aplicación (su MAC no coincide).</translation>
    </message>
    <message>
        <source>{path} is damaged.</source>
        <translation>{path} está dañado.</translation>
    </message>
    <message>
        <source>The ledger at the backup location is signed by another key; ignored.</source>
        <translation>El registro del destino de la copia está firmado con otra clave; se ignora.</translation>
    </message>
    <message>
        <source>The ledger at the backup location does not match its signature; ignored.</source>
        <translation>El registro del destino de la copia no coincide con su firma; se ignora.</translation>
    </message>
    <message>
        <source>The ledger at the backup location is damaged ({reason}).</source>
        <translation>El registro del destino de la copia está dañado ({reason}).</translation>
    </message>
    <message>
        <source>Cannot create the lock file {path}: {reason}.</source>
        <translation>No se puede crear el archivo de bloqueo {path}: {reason}.</translation>
    </message>
    <message>
        <source>This vault is already open in another window or process. Close it there first.</source>
        <translation>Esta bóveda ya está abierta en otra ventana u otro proceso. Ciérrala allí primero.</translation>
    </message>
    <message>
        <source>This vault has schema version {version}, newer than this app knows ({known}); update the app to open it.</source>
        <translation>Esta bóveda tiene la versión de esquema {version}, más reciente que la que conoce esta aplicación ({known}); actualiza la aplicación para abrirla.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>La bóveda está bloqueada.</translation>
    </message>
    <message>
        <source>The vault has no {name}.</source>
        <translation>La bóveda no tiene {name}.</translation>
    </message>
    <message>
        <source>use at least {minimum} characters (this one has {length})</source>
        <translation>usa al menos {minimum} caracteres (esta tiene {length})</translation>
    </message>
    <message>
        <source>use at most {maximum} characters</source>
        <translation>usa como máximo {maximum} caracteres</translation>
    </message>
    <message>
        <source>this is one of the most common passwords; choose another</source>
        <translation>es una de las contraseñas más comunes; elige otra</translation>
    </message>
    <message>
        <source>the password must not be the user name</source>
        <translation>la contraseña no puede ser el nombre de usuario</translation>
    </message>
    <message>
        <source>a single repeated character is too easy to guess</source>
        <translation>un único carácter repetido es demasiado fácil de adivinar</translation>
    </message>
    <message>
        <source>too easy to guess ({warning}); add more words or characters that do not follow a pattern</source>
        <translation>demasiado fácil de adivinar ({warning}); agrega más palabras o caracteres que no sigan un patrón</translation>
    </message>
    <message>
        <source>too easy to guess; add more words or characters that do not follow a pattern</source>
        <translation>demasiado fácil de adivinar; agrega más palabras o caracteres que no sigan un patrón</translation>
    </message>
    <message>
        <source>Password refused: {reasons}.</source>
        <translation>Contraseña rechazada: {reasons}.</translation>
    </message>
    <message>
        <source>{folder} is not a vault (no keyslots.json).</source>
        <translation>{folder} no es una bóveda (no hay keyslots.json).</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins. Try again in %n s.</source>
        <translation>
            <numerusform>Demasiados inicios de sesión fallidos. Vuelve a intentarlo en %n s.</numerusform>
            <numerusform>Demasiados inicios de sesión fallidos. Vuelve a intentarlo en %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>A key slot names a user who is not in the vault.</source>
        <translation>Una ranura de clave indica un usuario que no está en la bóveda.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator.</source>
        <translation>Esta cuenta está deshabilitada. Consulta a un administrador.</translation>
    </message>
    <message>
        <source>You signed in with a temporary password: choose a new one first.</source>
        <translation>Iniciaste sesión con una contraseña temporal: elige primero una nueva.</translation>
    </message>
    <message>
        <source>Sign-in refused: this password opens an older key slot than the vault knows for this account (it was changed or reset, or keyslots.json was replaced with an older copy). Ask an administrator to reset your password.</source>
        <translation>Inicio de sesión rechazado: esta contraseña abre una ranura de clave más antigua que la que la bóveda conoce para esta cuenta (se cambió o se restableció, o keyslots.json se reemplazó por una copia anterior). Pide a un administrador que restablezca tu contraseña.</translation>
    </message>
    <message>
        <source>The recovery key does not open this vault.</source>
        <translation>La clave de recuperación no abre esta bóveda.</translation>
    </message>
    <message>
        <source>{name}: a whole number from {low} to {high}</source>
        <translation>{name}: un número entero de {low} a {high}</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>de {low} a {high}</translation>
    </message>
    <message>
        <source>invitation file</source>
        <translation>archivo de invitación</translation>
    </message>
    <message>
        <source>{path} is not a VaultCRM invitation file.</source>
        <translation>{path} no es un archivo de invitación de VaultCRM.</translation>
    </message>
    <message>
        <source>{user} is disabled; enable them before inviting a laptop.</source>
        <translation>El usuario {user} está deshabilitado; habilítalo antes de invitar a un portátil.</translation>
    </message>
    <message>
        <source>{user} already exists with another profile; change it with user set-profile first.</source>
        <translation>{user} ya existe con otro perfil; cámbialo primero con user set-profile.</translation>
    </message>
    <message>
        <source>A user named {name} already exists.</source>
        <translation>Ya existe un usuario llamado {name}.</translation>
    </message>
    <message>
        <source>{device} is not a device id.</source>
        <translation>{device} no es un id. de dispositivo.</translation>
    </message>
    <message>
        <source>No join request from device {device} at the sync location.</source>
        <translation>No hay ninguna solicitud de unión del dispositivo {device} en el destino de sincronización.</translation>
    </message>
    <message>
        <source>The join request of device {device} names an invitation this vault did not make; refused.</source>
        <translation>La solicitud de unión del dispositivo {device} indica una invitación que no creó esta bóveda; rechazada.</translation>
    </message>
    <message>
        <source>This invitation was used already (by device {device}); make a new one.</source>
        <translation>Esta invitación ya se usó (por el dispositivo {device}); crea una nueva.</translation>
    </message>
    <message>
        <source>This invitation expired on {time}; make a new one.</source>
        <translation>Esta invitación caducó el {time}; crea una nueva.</translation>
    </message>
    <message>
        <source>The join request of device {device} is for another user than its invitation; refused.</source>
        <translation>La solicitud de unión del dispositivo {device} es para un usuario distinto al de su invitación; rechazada.</translation>
    </message>
    <message>
        <source>The join request of device {device} has no invitation and names no earlier device of its user; refused.</source>
        <translation>La solicitud de unión del dispositivo {device} no tiene invitación ni indica ningún dispositivo anterior de su usuario; rechazada.</translation>
    </message>
    <message>
        <source>Device {device} asks to join without an invitation: compare the fingerprint its laptop shows with {fingerprint} and pass it with --fingerprint.</source>
        <translation>El dispositivo {device} solicita unirse sin invitación: compara la huella digital que muestra su portátil con {fingerprint} e indícala con --fingerprint.</translation>
    </message>
    <message>
        <source>The user of device {device} does not exist or is disabled here.</source>
        <translation>El usuario del dispositivo {device} no existe aquí o está deshabilitado.</translation>
    </message>
    <message>
        <source>Device {device} is on the team&apos;s roster already.</source>
        <translation>El dispositivo {device} ya está en la lista de miembros del equipo.</translation>
    </message>
    <message>
        <source>A user name is 1 to 64 characters without spaces.</source>
        <translation>Un nombre de usuario tiene de 1 a 64 caracteres, sin espacios.</translation>
    </message>
    <message>
        <source>A user name cannot hold invisible or direction-changing characters.</source>
        <translation>Un nombre de usuario no puede contener caracteres invisibles ni que cambien la dirección del texto.</translation>
    </message>
    <message>
        <source>No such user.</source>
        <translation>No existe ese usuario.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>La contraseña actual es incorrecta.</translation>
    </message>
    <message>
        <source>--map wants HEADER=FIELD, not {item}.</source>
        <translation>--map espera ENCABEZADO=CAMPO, no {item}.</translation>
    </message>
    <message>
        <source>--limit must be at least 1.</source>
        <translation>--limit debe ser al menos 1.</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Inicio de sesión rechazado</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>No permitido</translation>
    </message>
    <message>
        <source>Integrity check failed</source>
        <translation>Error en la comprobación de integridad</translation>
    </message>
    <message>
        <source>Storage problem</source>
        <translation>Problema de almacenamiento</translation>
    </message>
    <message>
        <source>Vault in use</source>
        <translation>Bóveda en uso</translation>
    </message>
    <message>
        <source>Please check the form</source>
        <translation>Revisa el formulario</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>No aceptado</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Modificado por otra persona</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Uso</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>The computer ran out of memory; nothing was changed.</source>
        <translation>El equipo se quedó sin memoria; no se cambió nada.</translation>
    </message>
    <message>
        <source>Unexpected error ({kind}). Nothing was changed; please report this.</source>
        <translation>Error inesperado ({kind}). No se cambió nada; informa de este problema.</translation>
    </message>
    <message>
        <source>Sign in as yourself to make new recovery codes.</source>
        <translation>Inicia sesión con tu propia cuenta para generar nuevos códigos de recuperación.</translation>
    </message>
    <message>
        <source>export format: one of {formats}</source>
        <translation>formato de exportación: uno de {formats}</translation>
    </message>
    <message>
        <source>Cancelled; no file was left.</source>
        <translation>Cancelado; no quedó ningún archivo.</translation>
    </message>
    <message>
        <source>unknown import field {field}: use one of {fields}, email:LABEL, phone:LABEL, address:LABEL.street|city|postcode|region|country, custom:KEY</source>
        <translation>campo de importación desconocido {field}: usa uno de {fields}, email:ETIQUETA, phone:ETIQUETA, address:ETIQUETA.street|city|postcode|region|country, custom:CLAVE</translation>
    </message>
    <message>
        <source>unknown encoding {encoding}</source>
        <translation>codificación desconocida {encoding}</translation>
    </message>
    <message>
        <source>the file is not valid {encoding} (byte {byte})</source>
        <translation>el archivo no es {encoding} válido (byte {byte})</translation>
    </message>
    <message>
        <source>the file starts like {encoding} but is not (byte {byte})</source>
        <translation>el archivo empieza como {encoding}, pero no lo es (byte {byte})</translation>
    </message>
    <message>
        <source>the file&apos;s encoding could not be recognised (is it a text file?)</source>
        <translation>no se pudo reconocer la codificación del archivo (¿es un archivo de texto?)</translation>
    </message>
    <message>
        <source>this is not a text file (it holds binary data); choose a CSV or vCard file</source>
        <translation>no es un archivo de texto (contiene datos binarios); elige un archivo CSV o vCard</translation>
    </message>
    <message>
        <source>duplicates: skip or import</source>
        <translation>duplicados: skip (omitir) o import (importar)</translation>
    </message>
    <message>
        <source>file to import</source>
        <translation>archivo que se va a importar</translation>
    </message>
    <message>
        <source>line {line}: {problem}</source>
        <translation>línea {line}: {problem}</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>--map: the file has no column {column} (columns: {columns})</source>
        <translation>--map: el archivo no tiene la columna {column} (columnas: {columns})</translation>
    </message>
    <message>
        <source>no column could be matched to a name, company, email or phone (columns: {columns}); map them explicitly: choose where each column goes in the import dialog, or give --map HEADER=FIELD</source>
        <translation>no se pudo asignar ninguna columna a nombre, empresa, correo o teléfono (columnas: {columns}); asígnalas explícitamente: elige adónde va cada columna en el cuadro de diálogo de importación o indica --map ENCABEZADO=CAMPO</translation>
    </message>
    <message>
        <source>There is no import {id}.</source>
        <translation>No existe la importación {id}.</translation>
    </message>
    <message>
        <source>no vCard found (no BEGIN:VCARD … END:VCARD)</source>
        <translation>no se encontró ninguna vCard (no hay BEGIN:VCARD … END:VCARD)</translation>
    </message>
    <message>
        <source>There is no profile named {name} (profiles: {profiles}).</source>
        <translation>No existe ningún perfil llamado {name} (perfiles: {profiles}).</translation>
    </message>
    <message>
        <source>There is no user named {name}.</source>
        <translation>No existe ningún usuario llamado {name}.</translation>
    </message>
    <message>
        <source>There must always be at least one active Administrator.</source>
        <translation>Siempre debe haber al menos un administrador activo.</translation>
    </message>
    <message>
        <source>That profile has rights yours lacks ({rights}); ask an Administrator.</source>
        <translation>Ese perfil tiene permisos que el tuyo no tiene ({rights}); pídeselo a un administrador.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>No puedes deshabilitar tu propia cuenta.</translation>
    </message>
    <message>
        <source>{user} is not disabled.</source>
        <translation>{user} no está deshabilitado.</translation>
    </message>
    <message>
        <source>You cannot reset the password of your own account here; use Change password, which asks for your current password.</source>
        <translation>Aquí no puedes restablecer la contraseña de tu propia cuenta; usa Cambiar contraseña, que pide tu contraseña actual.</translation>
    </message>
    <message>
        <source>{user} is disabled; re-enable the account instead.</source>
        <translation>{user} está deshabilitado; habilita de nuevo la cuenta en su lugar.</translation>
    </message>
    <message>
        <source>You cannot reset the authenticator of your own account here; use Change authenticator, which asks for your current password.</source>
        <translation>Aquí no puedes restablecer la aplicación de autenticación de tu propia cuenta; usa Volver a registrar mi aplicación de autenticación, que pide tu contraseña actual.</translation>
    </message>
    <message>
        <source>{user} is disabled; re-enable the account first.</source>
        <translation>{user} está deshabilitado; habilita primero la cuenta de nuevo.</translation>
    </message>
    <message>
        <source>Not a sync clock stamp: {text}.</source>
        <extracomment>a difference above this between this device&apos;s clock and the location&apos;s file times is warned about</extracomment>
        <translation>No es una marca de tiempo de sincronización: {text}.</translation>
    </message>
    <message>
        <source>A change is dated {hours} h ahead of this computer&apos;s clock; it was refused. Check the clock of the device that made it.</source>
        <translation>Un cambio tiene una fecha {hours} h posterior a la hora de este equipo; se rechazó. Comprueba el reloj del dispositivo que lo hizo.</translation>
    </message>
    <message>
        <source>This vault already belongs to a team book.</source>
        <translation>Esta bóveda ya pertenece a una libreta de equipo.</translation>
    </message>
    <message>
        <source>Roster version {version} on the sync location is malformed; refused.</source>
        <translation>La versión {version} de la lista de miembros del destino de sincronización tiene un formato incorrecto; rechazada.</translation>
    </message>
    <message>
        <source>Roster version {version} belongs to another book; refused.</source>
        <translation>La versión {version} de la lista de miembros pertenece a otra libreta; rechazada.</translation>
    </message>
    <message>
        <source>The roster chain skips from version {previous} to {version}; refused.</source>
        <translation>La cadena de la lista de miembros salta de la versión {previous} a la {version}; rechazada.</translation>
    </message>
    <message>
        <source>Roster version {version} is signed by a device that could not manage users at the time; refused.</source>
        <translation>La versión {version} de la lista de miembros está firmada por un dispositivo que en ese momento no podía administrar usuarios; rechazada.</translation>
    </message>
    <message>
        <source>The signature of roster version {version} does not verify; refused.</source>
        <translation>La firma de la versión {version} de la lista de miembros no se puede verificar; rechazada.</translation>
    </message>
    <message>
        <source>Roster version {version} does not follow version {previous}; refused.</source>
        <translation>La versión {version} de la lista de miembros no sigue a la versión {previous}; rechazada.</translation>
    </message>
    <message>
        <source>Roster version {version} drops a device, changes its keys or undoes a revocation; refused.</source>
        <translation>La versión {version} de la lista de miembros quita un dispositivo, cambia sus claves o deshace una revocación; rechazada.</translation>
    </message>
    <message>
        <source>The sync location holds no roster; refused.</source>
        <translation>El destino de sincronización no contiene ninguna lista de miembros; rechazado.</translation>
    </message>
    <message>
        <source>The roster&apos;s first version is not the one this device joined (its fingerprint differs); refused.</source>
        <translation>La primera versión de la lista de miembros no es aquella a la que se unió este dispositivo (su huella digital es distinta); rechazada.</translation>
    </message>
    <message>
        <source>Segment {segment} is not a segment file; refused.</source>
        <translation>El segmento {segment} no es un archivo de segmento; rechazado.</translation>
    </message>
    <message>
        <source>Segment {segment} belongs to another book; refused.</source>
        <translation>El segmento {segment} pertenece a otra libreta; rechazado.</translation>
    </message>
    <message>
        <source>Segment {segment} was signed as {signed}: it was renamed or replayed; refused.</source>
        <translation>El segmento {segment} se firmó como {signed}: se cambió de nombre o se reutilizó; rechazado.</translation>
    </message>
    <message>
        <source>Segment {segment} comes from a device that is not on the book&apos;s roster; refused.</source>
        <translation>El segmento {segment} procede de un dispositivo que no está en la lista de miembros de la libreta; rechazado.</translation>
    </message>
    <message>
        <source>The signature of segment {segment} does not verify: it was altered or forged; refused.</source>
        <translation>La firma del segmento {segment} no se puede verificar: se alteró o se falsificó; rechazado.</translation>
    </message>
    <message>
        <source>Segment {segment} was written after its device was revoked; refused.</source>
        <translation>El segmento {segment} se escribió después de que se revocara su dispositivo; rechazado.</translation>
    </message>
    <message>
        <source>Segment {segment} is signed but its content is not a valid segment; refused.</source>
        <translation>El segmento {segment} está firmado, pero su contenido no es un segmento válido; rechazado.</translation>
    </message>
    <message>
        <source>Segment {segment} is not encrypted to this device; refused.</source>
        <translation>El segmento {segment} no está cifrado para este dispositivo; rechazado.</translation>
    </message>
    <message>
        <source>Segment {segment} was written by a newer version of the app (schema {theirs}, this app reads up to {ours}): update the app to keep syncing.</source>
        <translation>El segmento {segment} lo escribió una versión más reciente de la aplicación (esquema {theirs}; esta aplicación lee hasta el {ours}): actualiza la aplicación para seguir sincronizando.</translation>
    </message>
    <message>
        <source>Cannot list the sync location: {reason}</source>
        <translation>No se puede listar el destino de sincronización: {reason}</translation>
    </message>
    <message>
        <source>Cannot list the sync location {url}: {reason}.</source>
        <translation>No se puede listar el destino de sincronización {url}: {reason}.</translation>
    </message>
    <message>
        <source>{name} already exists at {url}; a published file is never replaced.</source>
        <translation>{name} ya existe en {url}; un archivo publicado nunca se sustituye.</translation>
    </message>
    <message>
        <source>Publishing {name} failed: {reason}</source>
        <translation>Error al publicar {name}: {reason}</translation>
    </message>
    <message>
        <source>Publishing {name} to {url} failed: {reason}.</source>
        <translation>Error al publicar {name} en {url}: {reason}.</translation>
    </message>
    <message>
        <source>{name} read back from the sync location differs from what was sent.</source>
        <translation>{name}, leído de nuevo desde el destino de sincronización, no coincide con lo que se envió.</translation>
    </message>
    <message>
        <source>Cannot read {name}: {reason}</source>
        <translation>No se puede leer {name}: {reason}</translation>
    </message>
    <message>
        <source>Cannot read {name} at {url}: {reason}.</source>
        <translation>No se puede leer {name} en {url}: {reason}.</translation>
    </message>
    <message>
        <source>Name the invited user: --user YOU --user THEM, or --new-user THEM.</source>
        <translation>Indica el usuario invitado: --user TÚ --user ÉL, o --new-user ÉL.</translation>
    </message>
    <message>
        <source>Use: sync init VAULT --at URL, sync VAULT or sync status VAULT.</source>
        <translation>Uso: sync init VAULT --at URL, sync VAULT o sync status VAULT (VAULT = bóveda).</translation>
    </message>
    <message>
        <source>sync init needs --at URL, the team&apos;s sync location.</source>
        <translation>sync init necesita --at URL, el destino de sincronización del equipo.</translation>
    </message>
    <message>
        <source>conflicts resolve needs --keep kept or --keep other.</source>
        <translation>conflicts resolve necesita --keep kept o --keep other.</translation>
    </message>
    <message>
        <source>{id} is not a conflict id.</source>
        <translation>{id} no es un id. de conflicto.</translation>
    </message>
    <message>
        <source>Use: conflicts VAULT or conflicts resolve VAULT CONFLICT_ID --keep kept|other.</source>
        <translation>Uso: conflicts VAULT o conflicts resolve VAULT CONFLICT_ID --keep kept|other (VAULT = bóveda).</translation>
    </message>
    <message>
        <source>There is no conflict {id}.</source>
        <translation>No existe el conflicto {id}.</translation>
    </message>
    <message>
        <source>Conflict {id} was already resolved.</source>
        <translation>El conflicto {id} ya se resolvió.</translation>
    </message>
    <message>
        <source>The record of conflict {id} is no longer here.</source>
        <translation>El registro afectado por el conflicto {id} ya no está aquí.</translation>
    </message>
    <message>
        <source>Keep either kept or other.</source>
        <translation>Elige kept o other.</translation>
    </message>
    <message>
        <source>This vault is not a device of a team book (run sync init, or device join on a new laptop).</source>
        <translation>Esta bóveda no es un dispositivo de una libreta de equipo (ejecuta sync init, o device join en un portátil nuevo).</translation>
    </message>
    <message>
        <source>This device has no pinned roster fingerprint; it cannot check the team&apos;s roster.</source>
        <translation>Este dispositivo no tiene ninguna huella digital de la lista de miembros fijada; no puede comprobar la lista de miembros del equipo.</translation>
    </message>
    <message>
        <source>This device may not change the team&apos;s roster (it is not an active administrator&apos;s device on it).</source>
        <translation>Este dispositivo no puede modificar la lista de miembros del equipo (no figura en ella como dispositivo de un administrador activo).</translation>
    </message>
    <message>
        <source>Roster version {version} is half published on the sync location; it stays pending here.</source>
        <translation>La versión {version} de la lista de miembros está publicada a medias en el destino de sincronización; queda pendiente aquí.</translation>
    </message>
    <message>
        <source>Another administrator changed the team&apos;s roster at the same time; your change (roster version {version}) was not published. Do it again.</source>
        <translation>Otro administrador modificó la lista de miembros del equipo al mismo tiempo; tu cambio (versión {version} de la lista de miembros) no se publicó. Vuelve a hacerlo.</translation>
    </message>
    <message>
        <source>Device {device} is not on the team&apos;s roster.</source>
        <translation>El dispositivo {device} no está en la lista de miembros del equipo.</translation>
    </message>
    <message>
        <source>Device {device} is revoked already.</source>
        <translation>El dispositivo {device} ya está revocado.</translation>
    </message>
    <message>
        <source>A device cannot revoke itself; revoke it from another administrator&apos;s device.</source>
        <translation>Un dispositivo no puede revocarse a sí mismo; revócalo desde el dispositivo de otro administrador.</translation>
    </message>
    <message>
        <source>This invitation expired on {time}; ask for a new one.</source>
        <translation>Esta invitación caducó el {time}; pide una nueva.</translation>
    </message>
    <message>
        <source>This device is on the team&apos;s roster already ({state}).</source>
        <translation>Este dispositivo ya está en la lista de miembros del equipo ({state}).</translation>
    </message>
    <message>
        <source>This invitation is for another book or another user.</source>
        <translation>Esta invitación es para otra libreta u otro usuario.</translation>
    </message>
    <message>
        <source>This device is not on the book&apos;s roster yet: an administrator has to approve it before it can publish.</source>
        <extracomment>changes per segment (a transaction&apos;s changes are never split: a segment may hold more) bytes of change values per segment (attachment chunks are large): a batch ends before the transaction that would pass it (one bigger transaction goes alone), so a segment stays within the format&apos;s limits (docs/SYNC.md, &quot;Attachments&quot;)</extracomment>
        <translation>Este dispositivo aún no está en la lista de miembros de la libreta: un administrador tiene que aprobarlo antes de que pueda publicar.</translation>
    </message>
    <message>
        <source>This device is not on the book&apos;s roster: an administrator has to approve it first.</source>
        <extracomment>``vault_secrets`` row holding the last round&apos;s clock warnings (``sync status`` shows them)</extracomment>
        <translation>Este dispositivo no está en la lista de miembros de la libreta: primero tiene que aprobarlo un administrador.</translation>
    </message>
    <message>
        <source>This device was revoked from the team book; it can no longer sync.</source>
        <translation>Este dispositivo se revocó de la libreta de equipo; ya no puede sincronizar.</translation>
    </message>
    <message>
        <source>This vault does not belong to a team book: run sync init first.</source>
        <translation>Esta bóveda no pertenece a ninguna libreta de equipo: ejecuta primero sync init.</translation>
    </message>
    <message>
        <source>This book has no sync location.</source>
        <translation>Esta libreta no tiene destino de sincronización.</translation>
    </message>
    <message>
        <source>The invitation code is 8 letters and digits, like ABCD-EFGH.</source>
        <translation>El código de invitación tiene 8 letras y dígitos, como ABCD-EFGH.</translation>
    </message>
    <message>
        <source>The join request of device {device} is not signed by the key it names; refused.</source>
        <translation>La solicitud de unión del dispositivo {device} no está firmada con la clave que indica; rechazada.</translation>
    </message>
    <message>
        <source>The join request of device {device} was not made with the invitation&apos;s one-time code (a wrong code, or a request edited on the location); refused.</source>
        <translation>La solicitud de unión del dispositivo {device} no se hizo con el código de un solo uso de la invitación (código incorrecto o solicitud modificada en el destino); rechazada.</translation>
    </message>
    <message>
        <source>The join request of device {device} is malformed; refused.</source>
        <translation>La solicitud de unión del dispositivo {device} tiene un formato incorrecto; rechazada.</translation>
    </message>
    <message>
        <source>The join request of device {device} is for another book; refused.</source>
        <translation>La solicitud de unión del dispositivo {device} es para otra libreta; rechazada.</translation>
    </message>
    <message>
        <source>The join request found as {device} names another device; refused.</source>
        <translation>La solicitud de unión encontrada como {device} indica otro dispositivo; rechazada.</translation>
    </message>
    <message>
        <source>This vault already trusts another team book&apos;s roster.</source>
        <translation>Esta bóveda ya confía en la lista de miembros de otra libreta de equipo.</translation>
    </message>
    <message>
        <source>Snapshot {snapshot} is not a snapshot file; refused.</source>
        <extracomment>a manifest&apos;s plaintext (a few hundred bytes per part), and a part&apos;s (test seams) where the writer cuts a part (plaintext bytes)</extracomment>
        <translation>La instantánea {snapshot} no es un archivo de instantánea; rechazada.</translation>
    </message>
    <message>
        <source>Snapshot {snapshot} was signed for another place or book; refused.</source>
        <translation>La instantánea {snapshot} se firmó para otro lugar u otra libreta; rechazada.</translation>
    </message>
    <message>
        <source>Snapshot {snapshot} comes from a device that is not on the book&apos;s roster; refused.</source>
        <translation>La instantánea {snapshot} procede de un dispositivo que no está en la lista de miembros de la libreta; rechazada.</translation>
    </message>
    <message>
        <source>The signature of snapshot {snapshot} does not verify; refused.</source>
        <translation>La firma de la instantánea {snapshot} no se puede verificar; rechazada.</translation>
    </message>
    <message>
        <source>Snapshot {snapshot} is not encrypted to this device; refused.</source>
        <translation>La instantánea {snapshot} no está cifrada para este dispositivo; rechazada.</translation>
    </message>
    <message>
        <source>Snapshot {snapshot} is signed but its content is not a valid snapshot; refused.</source>
        <translation>La instantánea {snapshot} está firmada, pero su contenido no es una instantánea válida; rechazada.</translation>
    </message>
    <message>
        <source>Snapshot {snapshot} was written by a newer version of the app: update the app to keep syncing.</source>
        <translation>La instantánea {snapshot} la escribió una versión más reciente de la aplicación: actualiza la aplicación para seguir sincronizando.</translation>
    </message>
    <message>
        <source>stage: one of {choices}</source>
        <translation>etapa: una de {choices}</translation>
    </message>
    <message>
        <source>The team&apos;s sync folder {path} is not there (is its drive or share connected?).</source>
        <extracomment>at lock and exit, a round gets this long before it is cancelled and the vault locks anyway</extracomment>
        <translation>La carpeta de sincronización del equipo {path} no está disponible (¿está conectada su unidad o su recurso compartido?).</translation>
    </message>
    <message>
        <source>{path} is not a folder.</source>
        <translation>{path} no es una carpeta.</translation>
    </message>
    <message>
        <source>Snooze for 10m, 1h or tomorrow.</source>
        <translation>Posponga 10m, 1h o tomorrow.</translation>
    </message>
    <message>
        <source>not a date (YYYY-MM-DD)</source>
        <translation>no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>not a time (HH:MM)</source>
        <translation>no es una hora (HH:MM)</translation>
    </message>
    <message>
        <source>You can give tasks only to yourself.</source>
        <translation>Solo puede asignarse tareas a sí mismo.</translation>
    </message>
    <message>
        <source>owner: no such active user</source>
        <translation>propietario: no existe ese usuario activo</translation>
    </message>
    <message>
        <source>no such active user</source>
        <translation>no existe ese usuario activo</translation>
    </message>
    <message>
        <source>There is no task {id}.</source>
        <translation>No existe la tarea {id}.</translation>
    </message>
    <message>
        <source>This task is not one of yours.</source>
        <translation>Esta tarea no es suya.</translation>
    </message>
    <message>
        <source>Someone else changed this task meanwhile. Reload it.</source>
        <translation>Otra persona ha modificado esta tarea entretanto. Vuelva a cargarla.</translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD)</source>
        <translation>una fecha (AAAA-MM-DD)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export customers</source>
        <translation>Exportar clientes</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>CSV (spreadsheets)</source>
        <translation>CSV (hojas de cálculo)</translation>
    </message>
    <message>
        <source>vCard (address books)</source>
        <translation>vCard (libretas de direcciones)</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>All customers I can see</source>
        <translation>Todos los clientes que puedo ver</translation>
    </message>
    <message>
        <source>Only the current search and filters</source>
        <translation>Solo la búsqueda y los filtros actuales</translation>
    </message>
    <message>
        <source>Which:</source>
        <translation>Cuáles:</translation>
    </message>
    <message>
        <source>Sensitive fields are masked unless your profile may read them. The export is recorded in the audit log; keep the file safe.</source>
        <translation>Los campos confidenciales se enmascaran salvo que tu perfil pueda leerlos. La exportación queda registrada en el registro de auditoría; guarda el archivo en un lugar seguro.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Finalizado.</translation>
    </message>
    <message>
        <source>Cancelled; no file was left.</source>
        <translation>Cancelado; no se dejó ningún archivo.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n customer(s).</source>
        <translation>
            <numerusform>Se exportó %n cliente.</numerusform>
            <numerusform>Se exportaron %n clientes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>FolderPage</name>
    <message>
        <source>Choose an empty or new folder on this laptop for your vault (not a synced cloud folder).</source>
        <translation>Elija una carpeta vacía o nueva en este portátil para su bóveda (no una carpeta sincronizada con la nube).</translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation>Carpeta de la bóveda</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Browse for a folder</source>
        <translation>Buscar una carpeta</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
</context>
<context>
    <name>FollowUpRow</name>
    <message>
        <source>Follow up on</source>
        <translation>Seguimiento el</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Fecha de seguimiento</translation>
    </message>
    <message>
        <source>Follow up: {summary}</source>
        <translation>Seguimiento: {summary}</translation>
    </message>
</context>
<context>
    <name>ForgotPasswordDialog</name>
    <message>
        <source>Forgot password</source>
        <translation>Contraseña olvidada</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Tu clave de recuperación</translation>
    </message>
    <message>
        <source>The recovery key is on the recovery sheet printed when the vault was made. It lets you choose a new password and set up your authenticator again.</source>
        <translation>La clave de recuperación está en la hoja de recuperación que se imprimió al crear la bóveda. Te permite elegir una contraseña nueva y volver a configurar tu aplicación de autenticación.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>From a file…</source>
        <translation>Desde un archivo…</translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation>Elige una contraseña nueva</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nueva contraseña</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>Repite la nueva contraseña</translation>
    </message>
    <message>
        <source>Set up your authenticator again</source>
        <translation>Vuelve a configurar tu aplicación de autenticación</translation>
    </message>
    <message>
        <source>Choose the recovery sheet (PDF or text)</source>
        <translation>Elegir la hoja de recuperación (PDF o texto)</translation>
    </message>
    <message>
        <source>Recovery sheet (*.pdf *.txt);;All files (*)</source>
        <translation>Hoja de recuperación (*.pdf *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation>Escribe tu nombre de usuario.</translation>
    </message>
    <message>
        <source>This is not a whole recovery key: it starts with AGE-SECRET-KEY-1 and has 74 characters. Compare it with your recovery sheet.</source>
        <translation>Esta no es una clave de recuperación completa: empieza por AGE-SECRET-KEY-1 y tiene 74 caracteres. Compárala con tu hoja de recuperación.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Set the new password</source>
        <translation>Establecer la nueva contraseña</translation>
    </message>
    <message>
        <source>This password is not accepted yet: see the notes above.</source>
        <translation>Esta contraseña aún no se acepta: consulta las notas de arriba.</translation>
    </message>
    <message>
        <source>Check the code</source>
        <translation>Comprobar el código</translation>
    </message>
    <message>
        <source>That is not the code your authenticator app shows now. Check that you scanned the new code, then type the six digits it shows.</source>
        <translation>Ese no es el código que muestra ahora tu aplicación de autenticación. Comprueba que escaneaste el código nuevo y escribe los seis dígitos que muestra.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>Consultado</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restaurado</translation>
    </message>
    <message>
        <source>Sensitive data shown</source>
        <translation>Datos confidenciales mostrados</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Combinado</translation>
    </message>
    <message>
        <source>Interaction logged</source>
        <translation>Interacción registrada</translation>
    </message>
    <message>
        <source>Deal created</source>
        <translation>Oportunidad creada</translation>
    </message>
    <message>
        <source>Deal changed</source>
        <translation>Oportunidad modificada</translation>
    </message>
    <message>
        <source>Deal deleted</source>
        <translation>Oportunidad eliminada</translation>
    </message>
    <message>
        <source>Processing restricted</source>
        <translation>Tratamiento limitado</translation>
    </message>
    <message>
        <source>Restriction lifted</source>
        <translation>Limitación levantada</translation>
    </message>
    <message>
        <source>Subject access export</source>
        <translation>Exportación de acceso del interesado</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Suprimido</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Consentimiento registrado</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Consentimiento retirado</translation>
    </message>
    <message>
        <source>Purchase preference added</source>
        <translation>Preferencia de compra agregada</translation>
    </message>
    <message>
        <source>Purchase preference removed</source>
        <translation>Preferencia de compra eliminada</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>unreadable CSV: {problem}</source>
        <translation>CSV ilegible: {problem}</translation>
    </message>
    <message>
        <source>the file&apos;s encoding was guessed as {encoding} (not sure): check that names with accents read right, or give the encoding</source>
        <translation>se estimó que la codificación del archivo es {encoding} (sin certeza): comprueba que los nombres con tildes se lean bien o indica la codificación</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>línea {line}</translation>
    </message>
    <message>
        <source>the row has {cells} cells where the header has {width}</source>
        <translation>la fila tiene {cells} celdas y el encabezado tiene {width}</translation>
    </message>
    <message>
        <source>column {column} is too long ({length} characters; at most {limit})</source>
        <translation>la columna {column} es demasiado larga ({length} caracteres; como máximo {limit})</translation>
    </message>
    <message>
        <source>holds sensitive fields ({fields}) your profile cannot see</source>
        <translation>contiene campos confidenciales ({fields}) que tu perfil no puede ver</translation>
    </message>
    <message>
        <source>duplicate: {reason}</source>
        <translation>duplicado: {reason}</translation>
    </message>
    <message>
        <source>card {card} (line {line})</source>
        <translation>tarjeta {card} (línea {line})</translation>
    </message>
    <message>
        <source>not a readable vCard: {problem}</source>
        <translation>no es una vCard legible: {problem}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import customers</source>
        <translation>Importar clientes</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>No se eligió ningún archivo.</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Elegir un archivo…</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>Elegir un archivo para importar</translation>
    </message>
    <message>
        <source>CSV (Google, Outlook or your own columns) or vCard. Check where each column goes; nothing is written until you press Import.</source>
        <translation>CSV (de Google, Outlook o con tus propias columnas) o vCard. Comprueba adónde va cada columna; no se escribe nada hasta que pulses Importar.</translation>
    </message>
    <message>
        <source>The file&apos;s encoding was guessed and may be wrong: check that names with accents read right in the examples, or choose another encoding.</source>
        <translation>La codificación del archivo se ha deducido y puede ser incorrecta: comprueba que los nombres con tildes se lean bien en los ejemplos o elige otra codificación.</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Asignación de columnas</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Filas rechazadas</translation>
    </message>
    <message>
        <source>Encoding of the file</source>
        <translation>Codificación del archivo</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Codificación:</translation>
    </message>
    <message>
        <source>Label of the address</source>
        <translation>Etiqueta de la dirección</translation>
    </message>
    <message>
        <source>The address is a:</source>
        <translation>Tipo de dirección:</translation>
    </message>
    <message>
        <source>Contacts (*.csv *.tsv *.txt *.vcf *.vcard);;All files (*)</source>
        <translation>Contactos (*.csv *.tsv *.txt *.vcf *.vcard);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reading the file and checking every record…</source>
        <translation>Leyendo el archivo y comprobando cada registro…</translation>
    </message>
    <message>
        <source>Reading the file and checking every record… {0} so far</source>
        <translation>Leyendo el archivo y comprobando cada registro… {0} hasta ahora</translation>
    </message>
    <message>
        <source>No column was recognised as a name, company, e-mail or phone. Choose below where each column goes.</source>
        <translation>No se reconoció ninguna columna como nombre, empresa, correo electrónico o teléfono. Elige abajo adónde va cada columna.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) can be imported; {0} would be refused (listed after the import).</source>
        <translation>
            <numerusform>Se puede importar %n registro; {0} se rechazarían (se enumeran después de la importación).</numerusform>
            <numerusform>Se pueden importar %n registros; {0} se rechazarían (se enumeran después de la importación).</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} imported, {1} not imported.</source>
        <translation>{0} importados, {1} no importados.</translation>
    </message>
    <message>
        <source>Cancelled. </source>
        <translation>Cancelado. </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>Do not import</source>
        <translation>No importar</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Segundo nombre</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>E-mails (several in one cell)</source>
        <translation>Correos electrónicos (varios en una celda)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Phones (several in one cell)</source>
        <translation>Teléfonos (varios en una celda)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Person or company</source>
        <translation>Persona o empresa</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>Identificación fiscal</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Cuenta bancaria</translation>
    </message>
    <message>
        <source>Confidential notes</source>
        <translation>Notas confidenciales</translation>
    </message>
    <message>
        <source>street</source>
        <translation>calle</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>código postal</translation>
    </message>
    <message>
        <source>city</source>
        <translation>ciudad</translation>
    </message>
    <message>
        <source>region</source>
        <translation>región</translation>
    </message>
    <message>
        <source>country</source>
        <translation>país</translation>
    </message>
    <message>
        <source>Work address</source>
        <translation>Dirección del trabajo</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>Dirección particular</translation>
    </message>
    <message>
        <source>Other address</source>
        <translation>Otra dirección</translation>
    </message>
    <message>
        <source>work</source>
        <translation>trabajo</translation>
    </message>
    <message>
        <source>home</source>
        <translation>particular</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>móvil</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <source>main</source>
        <translation>principal</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>fax</translation>
    </message>
    <message>
        <source>car</source>
        <translation>coche</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>buscapersonas</translation>
    </message>
    <message>
        <source>Unicode (UTF-8)</source>
        <translation>Unicode (UTF-8)</translation>
    </message>
    <message>
        <source>Unicode (UTF-8 with BOM)</source>
        <translation>Unicode (UTF-8 con BOM)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16)</source>
        <translation>Unicode (UTF-16)</translation>
    </message>
    <message>
        <source>Central European (Windows-1250)</source>
        <translation>Centroeuropeo (Windows-1250)</translation>
    </message>
    <message>
        <source>Central European (ISO 8859-2)</source>
        <translation>Centroeuropeo (ISO 8859-2)</translation>
    </message>
    <message>
        <source>Western European (Windows-1252)</source>
        <translation>Europeo occidental (Windows-1252)</translation>
    </message>
    <message>
        <source>Western European (ISO 8859-15)</source>
        <translation>Europeo occidental (ISO 8859-15)</translation>
    </message>
    <message>
        <source>Cyrillic (Windows-1251)</source>
        <translation>Cirílico (Windows-1251)</translation>
    </message>
    <message>
        <source>Cyrillic (KOI8-R)</source>
        <translation>Cirílico (KOI8-R)</translation>
    </message>
    <message>
        <source>Greek (Windows-1253)</source>
        <translation>Griego (Windows-1253)</translation>
    </message>
</context>
<context>
    <name>InteractionKind</name>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>InvitationPage</name>
    <message>
        <source>Your administrator gave you an invitation file and told you a one-time code. This laptop gets its own vault, with your own password and authenticator, and syncs with the team.</source>
        <translation>Su administrador le dio un archivo de invitación y le dijo un código de un solo uso. Este portátil tendrá su propia bóveda, con su propia contraseña y aplicación de autenticación, y se sincronizará con el equipo.</translation>
    </message>
    <message>
        <source>Invitation file</source>
        <translation>Archivo de invitación</translation>
    </message>
    <message>
        <source>Open the invitation…</source>
        <translation>Abrir la invitación…</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Código de un solo uso</translation>
    </message>
    <message>
        <source>ABCD-EFGH</source>
        <translation>ABCD-EFGH</translation>
    </message>
    <message>
        <source>Password or access key of the sync location</source>
        <translation>Contraseña o clave de acceso del destino de sincronización</translation>
    </message>
    <message>
        <source>Location password or key:</source>
        <translation>Contraseña o clave del destino:</translation>
    </message>
    <message>
        <source>One-time code:</source>
        <translation>Código de un solo uso:</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>Invite a laptop</source>
        <translation>Invitar a un portátil</translation>
    </message>
    <message>
        <source>Choose the colleague who will use the new laptop, or type a new user name. The invitation file holds no secret; the one-time code does: tell it to them separately.</source>
        <translation>Elija al compañero que usará el nuevo portátil o escriba un nombre de usuario nuevo. El archivo de invitación no contiene ningún secreto; el código de un solo uso sí: dígaselo por separado.</translation>
    </message>
    <message>
        <source>Team user</source>
        <translation>Usuario del equipo</translation>
    </message>
    <message>
        <source>Profile of a new user</source>
        <translation>Perfil de un usuario nuevo</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Perfil:</translation>
    </message>
    <message>
        <source>Save the invitation…</source>
        <translation>Guardar la invitación…</translation>
    </message>
    <message>
        <source>QR code of the invitation</source>
        <translation>Código QR de la invitación</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Código de un solo uso</translation>
    </message>
    <message>
        <source>Choose or type the user who will use the new laptop.</source>
        <translation>Elija o escriba el usuario que usará el nuevo portátil.</translation>
    </message>
    <message>
        <source>Save the invitation</source>
        <translation>Guardar la invitación</translation>
    </message>
    <message>
        <source>Invitation for {0}.vaultcrm-invite</source>
        <translation>Invitación para {0}.vaultcrm-invite</translation>
    </message>
    <message>
        <source>VaultCRM invitations (*.vaultcrm-invite)</source>
        <translation>Invitaciones de VaultCRM (*.vaultcrm-invite)</translation>
    </message>
    <message>
        <source>Invitation for {user} ({profile}) saved to {path}.</source>
        <translation>Invitación para {user} ({profile}) guardada en {path}.</translation>
    </message>
    <message>
        <source>Shown only now: tell {user} this code separately from the file (in person or by phone). It works once, until {time}.</source>
        <translation>Solo se muestra ahora: dígale este código a {user} por separado del archivo (en persona o por teléfono). Sirve una vez, hasta el {time}.</translation>
    </message>
    <message>
        <source>Genesis fingerprint: {0}
The new laptop shows it when it opens the invitation; it must be the same.</source>
        <translation>Huella digital de origen: {0}
El nuevo portátil la muestra al abrir la invitación; debe ser la misma.</translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Cancelado. No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>JoinTeamWizard</name>
    <message>
        <source>Open your invitation</source>
        <translation>Abra su invitación</translation>
    </message>
    <message>
        <source>Where to keep your vault</source>
        <translation>Dónde guardar su bóveda</translation>
    </message>
    <message>
        <source>Choose your password</source>
        <translation>Elija su contraseña</translation>
    </message>
    <message>
        <source>Set up your authenticator app</source>
        <translation>Configure su aplicación de autenticación</translation>
    </message>
    <message>
        <source>Your recovery sheet</source>
        <translation>Su hoja de recuperación</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Esperando la aprobación</translation>
    </message>
    <message>
        <source>Downloading the customer book</source>
        <translation>Descargando la libreta de clientes</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Open the invitation</source>
        <translation>Abrir la invitación</translation>
    </message>
    <message>
        <source>VaultCRM invitations (*.vaultcrm-invite);;All files (*)</source>
        <translation>Invitaciones de VaultCRM (*.vaultcrm-invite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Invitation for {user} ({profile}), valid until {time}.
Sync location: {location}
Genesis fingerprint: {fingerprint}
Check with your administrator that their screen shows the same fingerprint.</source>
        <translation>Invitación para {user} ({profile}), válida hasta el {time}.
Destino de sincronización: {location}
Huella digital de origen: {fingerprint}
Compruebe con su administrador que su pantalla muestra la misma huella digital.</translation>
    </message>
    <message>
        <source>Choose another folder: </source>
        <translation>Elija otra carpeta: </translation>
    </message>
    <message>
        <source>Folder for your vault</source>
        <translation>Carpeta para su bóveda</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>This password is not accepted: </source>
        <translation>Esta contraseña no se acepta: </translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>Guardar la hoja de recuperación</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to {0}. Move it somewhere safe and offline.</source>
        <translation>Guardada en {0}. Llévela a un lugar seguro y sin conexión.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Print the recovery sheet?</source>
        <translation>¿Imprimir la hoja de recuperación?</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviada a la impresora.</translation>
    </message>
    <message>
        <source>If your administrator asks, this laptop&apos;s request fingerprint is {0}.</source>
        <translation>Si su administrador lo pregunta, la huella digital de la solicitud de este portátil es {0}.</translation>
    </message>
    <message numerus="yes">
        <source>Checked at {0}; checked again every %n second(s).</source>
        <translation>
            <numerusform>Comprobado a las {0}; se vuelve a comprobar cada %n segundo.</numerusform>
            <numerusform>Comprobado a las {0}; se vuelve a comprobar cada %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not check at {0}: {1}</source>
        <translation>No se pudo comprobar a las {0}: {1}</translation>
    </message>
    <message>
        <source>Downloading the book…</source>
        <translation>Descargando la libreta…</translation>
    </message>
    <message numerus="yes">
        <source>The book is on this laptop: %n change(s) applied.</source>
        <translation>
            <numerusform>La libreta está en este portátil: %n cambio aplicado.</numerusform>
            <numerusform>La libreta está en este portátil: %n cambios aplicados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled. Try again when you are ready.</source>
        <translation>Cancelado. Vuelva a intentarlo cuando esté listo.</translation>
    </message>
    <message>
        <source>Leave the wizard?</source>
        <translation>¿Salir del asistente?</translation>
    </message>
    <message>
        <source>This laptop&apos;s vault is made and its request to join is sent. Open the vault later from Recent vaults: it syncs once an administrator approves it.</source>
        <translation>La bóveda de este portátil está creada y su solicitud de unión, enviada. Ábrala más tarde desde Bóvedas recientes: se sincronizará cuando un administrador la apruebe.</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Quedarse</translation>
    </message>
    <message>
        <source>Step {0} of {1}</source>
        <translation>Paso {0} de {1}</translation>
    </message>
    <message>
        <source>{user}, choose your own password for this laptop: at least 12 characters; several unrelated words work well. Nobody else knows it, not even your administrator.</source>
        <translation>{user}, elija su propia contraseña para este portátil: al menos 12 caracteres; varias palabras sin relación funcionan bien. Nadie más la conoce, ni siquiera su administrador.</translation>
    </message>
    <message>
        <source>Create my vault</source>
        <translation>Crear mi bóveda</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Creando…</translation>
    </message>
    <message>
        <source>Confirm code</source>
        <translation>Confirmar el código</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>Esperando…</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Descargando…</translation>
    </message>
    <message>
        <source>Open the workspace</source>
        <translation>Abrir el espacio de trabajo</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
</context>
<context>
    <name>LocationPicker</name>
    <message>
        <source>Sync location</source>
        <translation>Destino de sincronización</translation>
    </message>
    <message>
        <source>A shared folder, or sftp://, webdav://, s3:// …</source>
        <translation>Una carpeta compartida, o sftp://, webdav://, s3:// …</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Carpeta…</translation>
    </message>
    <message>
        <source>Choose a folder for the sync location</source>
        <translation>Elegir una carpeta para el destino de sincronización</translation>
    </message>
    <message>
        <source>Sync location:</source>
        <translation>Destino de sincronización:</translation>
    </message>
    <message>
        <source>Password or access key of the location</source>
        <translation>Contraseña o clave de acceso del destino</translation>
    </message>
    <message>
        <source>Only if the location needs one (S3: KEY_ID:SECRET)</source>
        <translation>Solo si el destino lo requiere (S3: KEY_ID:SECRET)</translation>
    </message>
    <message>
        <source>Password or key:</source>
        <translation>Contraseña o clave:</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <source>Folder for the team&apos;s sync location</source>
        <translation>Carpeta para el destino de sincronización del equipo</translation>
    </message>
    <message>
        <source>Choose the team&apos;s sync location first.</source>
        <translation>Elija primero el destino de sincronización del equipo.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Probando la conexión…</translation>
    </message>
    <message>
        <source>Connected. Nothing has been written there yet.</source>
        <translation>Conectado. Todavía no se ha escrito nada allí.</translation>
    </message>
    <message>
        <source>New SFTP server</source>
        <translation>Nuevo servidor SFTP</translation>
    </message>
    <message>
        <source>This is the first connection to {host}. Its host key fingerprint is:
{fingerprint}

Compare it with the one your server administrator gives you. Trust it?</source>
        <translation>Es la primera conexión con {host}. La huella digital de su clave de host es:
{fingerprint}

Compárela con la que le dé el administrador del servidor. ¿Confiar en ella?</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Confiar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>VaultCRM</source>
        <translation>VaultCRM</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Bóveda</translation>
    </message>
    <message>
        <source>New vault…</source>
        <translation>Nueva bóveda…</translation>
    </message>
    <message>
        <source>Open vault…</source>
        <translation>Abrir bóveda…</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Configuración…</translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation>Cambiar mi contraseña…</translation>
    </message>
    <message>
        <source>Re-enrol my authenticator…</source>
        <translation>Volver a registrar mi aplicación de autenticación…</translation>
    </message>
    <message>
        <source>New recovery codes…</source>
        <translation>Nuevos códigos de recuperación…</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>Hacer copia ahora…</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Restaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Clientes</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>&amp;Administración</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>About VaultCRM</source>
        <translation>Acerca de VaultCRM</translation>
    </message>
    <message>
        <source>You joined the team. This laptop syncs with it.</source>
        <translation>Se ha unido al equipo. Este portátil se sincroniza con él.</translation>
    </message>
    <message>
        <source>Your vault is ready. Add your first customer with Ctrl+N.</source>
        <translation>Tu bóveda está lista. Agrega tu primer cliente con Ctrl+N.</translation>
    </message>
    <message>
        <source>This is a throwaway demo vault with generated customers; it is deleted when you quit.</source>
        <translation>Esta es una bóveda de demostración desechable con clientes generados; se elimina al salir.</translation>
    </message>
    <message numerus="yes">
        <source>Settings saved. Scheduled backups run every %n hour(s); to take one now, choose Back up now… in the Vault menu.</source>
        <translation>
            <numerusform>Configuración guardada. Las copias de seguridad programadas se hacen cada %n hora; para hacer una ahora, elige Hacer copia ahora… en el menú Bóveda.</numerusform>
            <numerusform>Configuración guardada. Las copias de seguridad programadas se hacen cada %n horas; para hacer una ahora, elige Hacer copia ahora… en el menú Bóveda.</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Configuración guardada.</translation>
    </message>
    <message>
        <source>Vault in {0} — VaultCRM</source>
        <translation>Bóveda en {0} — VaultCRM</translation>
    </message>
    <message>
        <source>{0} — VaultCRM</source>
        <translation>{0} — VaultCRM</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Haciendo copia de seguridad…</translation>
    </message>
    <message numerus="yes">
        <source>%n deleted record(s) erased for good (undo window over)</source>
        <translation>
            <numerusform>%n registro eliminado se suprimió definitivamente (plazo para deshacer terminado)</numerusform>
            <numerusform>%n registros eliminados se suprimieron definitivamente (plazo para deshacer terminado)</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted records past their undo window could not be erased: {0}</source>
        <translation>No se pudieron suprimir los registros eliminados cuyo plazo para deshacer terminó: {0}</translation>
    </message>
    <message>
        <source>The new language, {0}, applies the next time you start VaultCRM.</source>
        <translation>El nuevo idioma, {0}, se aplicará la próxima vez que inicies VaultCRM.</translation>
    </message>
    <message>
        <source>Your new password is set.</source>
        <translation>Tu nueva contraseña está establecida.</translation>
    </message>
    <message>
        <source>VaultCRM: a local-first CRM whose customer data never leaves an encrypted vault.</source>
        <translation>VaultCRM: un CRM local cuyos datos de clientes nunca salen de una bóveda cifrada.</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Versión {version}</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <source>Field for {0}</source>
        <translation>Campo para {0}</translation>
    </message>
</context>
<context>
    <name>MyDay</name>
    <message>
        <source>Overdue</source>
        <translation>Vencidas</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation>Próximos 7 días</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
</context>
<context>
    <name>MyDayPage</name>
    <message>
        <source>My day</source>
        <translation>Mi día</translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation>Mis tareas</translation>
    </message>
    <message>
        <source>&amp;New task…</source>
        <translation>&amp;Nueva tarea…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Marcar como &amp;hecha</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Posponer</translation>
    </message>
    <message>
        <source>10 minutes</source>
        <translation>10 minutos</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <source>Tomorrow morning</source>
        <translation>Mañana por la mañana</translation>
    </message>
    <message>
        <source>Export &amp;calendar…</source>
        <translation>Exportar &amp;calendario…</translation>
    </message>
    <message>
        <source>Overdue: {0} · Today: {1} · Next 7 days: {2}</source>
        <translation>Vencidas: {0} · Hoy: {1} · Próximos 7 días: {2}</translation>
    </message>
    <message>
        <source>Export tasks and meetings</source>
        <translation>Exportar tareas y reuniones</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message>
        <source>Wrote {path}: {tasks} tasks, {meetings} meetings.</source>
        <translation>Se escribió {path}: tareas: {tasks}, reuniones: {meetings}.</translation>
    </message>
</context>
<context>
    <name>NewVaultWizard</name>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>A vault is a folder holding your encrypted customer data. Choose an empty or new folder on this computer (not a synced cloud folder: back up to one instead).</source>
        <translation>Una bóveda es una carpeta que contiene los datos cifrados de tus clientes. Elige una carpeta vacía o nueva en este equipo (no una carpeta sincronizada en la nube: haz las copias de seguridad en ella).</translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation>Carpeta de la bóveda</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Browse for a folder</source>
        <translation>Buscar una carpeta</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <source>You will be the vault&apos;s first administrator: you can add colleagues and give them profiles later.</source>
        <translation>Serás el primer administrador de la bóveda: más adelante puedes agregar compañeros y asignarles perfiles.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>e.g. alice</source>
        <translation>p. ej., alicia</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>e.g. Alice Martin</source>
        <translation>p. ej., Alicia Martín</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nombre de usuario:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Nombre completo:</translation>
    </message>
    <message>
        <source>Your password protects every record. Use a long passphrase you can remember: at least 12 characters; several unrelated words work well.</source>
        <translation>Tu contraseña protege todos los registros. Usa una frase de contraseña larga que puedas recordar: al menos 12 caracteres; varias palabras sin relación entre sí funcionan bien.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Repetir contraseña</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Mostrar contraseña</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Repetir:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Seguridad:</translation>
    </message>
    <message>
        <source>Scan this code with an authenticator app (Google Authenticator, Aegis, FreeOTP…). Each sign-in asks for the 6-digit code it shows.</source>
        <translation>Escanea este código con una aplicación de autenticación (Google Authenticator, Aegis, FreeOTP…). Cada inicio de sesión te pedirá el código de 6 dígitos que muestre.</translation>
    </message>
    <message>
        <source>Or type this key into the app:</source>
        <translation>O escribe esta clave en la aplicación:</translation>
    </message>
    <message>
        <source>Authenticator key</source>
        <translation>Clave de la aplicación de autenticación</translation>
    </message>
    <message>
        <source>Code from the app</source>
        <translation>Código de la aplicación</translation>
    </message>
    <message>
        <source>Where to keep the vault</source>
        <translation>Dónde guardar la bóveda</translation>
    </message>
    <message>
        <source>The administrator</source>
        <translation>El administrador</translation>
    </message>
    <message>
        <source>Choose a password</source>
        <translation>Elige una contraseña</translation>
    </message>
    <message>
        <source>Set up your authenticator app</source>
        <translation>Configura tu aplicación de autenticación</translation>
    </message>
    <message>
        <source>Your recovery sheet</source>
        <translation>Tu hoja de recuperación</translation>
    </message>
    <message>
        <source>The language of VaultCRM on this computer; you can change it later in Settings.</source>
        <translation>El idioma de VaultCRM en este equipo; puedes cambiarlo más tarde en Configuración.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Country of the business</source>
        <translation>País de la empresa</translation>
    </message>
    <message>
        <source>New deals use its currency, and phone numbers typed without a country code are read as its numbers. You can change it in Settings.</source>
        <translation>Las nuevas oportunidades usan su moneda, y los números de teléfono escritos sin prefijo de país se interpretan como números de ese país. Puedes cambiarlo en Configuración.</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>País:</translation>
    </message>
    <message>
        <source>Code shown now:</source>
        <translation>Código que se muestra ahora:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the authenticator key</source>
        <translation>Copiar la clave de la aplicación de autenticación</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Save or print this sheet now and keep it offline. It is the only way back in if you forget your password, and it opens your backups. If you lose both your password and this recovery key, the data is gone for good: nobody can recover it.</source>
        <translation>Guarda o imprime esta hoja ahora y consérvala sin conexión. Es la única forma de volver a entrar si olvidas tu contraseña, y abre tus copias de seguridad. Si pierdes tanto tu contraseña como esta clave de recuperación, los datos se pierden para siempre: nadie puede recuperarlos.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>Vault id</source>
        <translation>Id. de la bóveda</translation>
    </message>
    <message>
        <source>Signing-key fingerprint</source>
        <translation>Huella digital de la clave de firma</translation>
    </message>
    <message>
        <source>Recovery codes</source>
        <translation>Códigos de recuperación</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Save the recovery sheet as PDF</source>
        <translation>Guardar la hoja de recuperación como PDF</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Print the recovery sheet</source>
        <translation>Imprimir la hoja de recuperación</translation>
    </message>
    <message>
        <source>I saved or printed the sheet and understand the warning above.</source>
        <translation>Guardé o imprimí la hoja y entiendo la advertencia anterior.</translation>
    </message>
    <message>
        <source>I understand the warning</source>
        <translation>Entiendo la advertencia</translation>
    </message>
    <message>
        <source>Folder for the new vault</source>
        <translation>Carpeta para la nueva bóveda</translation>
    </message>
    <message>
        <source>Choose another folder: </source>
        <translation>Elige otra carpeta: </translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>This password is not accepted: </source>
        <translation>Esta contraseña no se acepta: </translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>Guardar la hoja de recuperación</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to {0}. Move it somewhere safe and offline.</source>
        <translation>Guardado en {0}. Muévelo a un lugar seguro y sin conexión.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Print the recovery sheet?</source>
        <translation>¿Imprimir la hoja de recuperación?</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviado a la impresora.</translation>
    </message>
    <message>
        <source>Leave the wizard?</source>
        <translation>¿Salir del asistente?</translation>
    </message>
    <message>
        <source>The vault has been created. If you leave now without the recovery sheet, keep your password and authenticator safe: they are the only way in.</source>
        <translation>La bóveda se creó. Si sales ahora sin la hoja de recuperación, guarda bien tu contraseña y tu aplicación de autenticación: son la única forma de entrar.</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Quedarme</translation>
    </message>
    <message>
        <source>Step {0} of 5</source>
        <translation>Paso {0} de 5</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Crear bóveda</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Creando…</translation>
    </message>
    <message>
        <source>Confirm code</source>
        <translation>Confirmar código</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finalizar</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>OwnAccountDialog</name>
    <message>
        <source>Re-enrol my authenticator</source>
        <translation>Volver a registrar mi aplicación de autenticación</translation>
    </message>
    <message>
        <source>New recovery codes</source>
        <translation>Nuevos códigos de recuperación</translation>
    </message>
    <message>
        <source>Your old authenticator and recovery codes stop working once this is done.</source>
        <translation>Tu aplicación de autenticación y tus códigos de recuperación anteriores dejarán de funcionar cuando termines.</translation>
    </message>
    <message>
        <source>Your old recovery codes stop working once this is done.</source>
        <translation>Tus códigos de recuperación anteriores dejarán de funcionar cuando termines.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Contraseña actual</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Type your current password.</source>
        <translation>Escribe tu contraseña actual.</translation>
    </message>
    <message>
        <source>Check the code</source>
        <translation>Comprobar el código</translation>
    </message>
    <message>
        <source>Your new recovery codes (each works once; write them down now):</source>
        <translation>Tus nuevos códigos de recuperación (cada uno sirve una sola vez; anótalos ahora):</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>That is not the code your authenticator app shows now. Check that you scanned the new code, then type the six digits it shows.</source>
        <translation>Ese no es el código que muestra ahora tu aplicación de autenticación. Comprueba que escaneaste el código nuevo y escribe los seis dígitos que muestra.</translation>
    </message>
</context>
<context>
    <name>PasswordHints</name>
    <message>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation>Agrega una o dos palabras más. Mejor si son poco comunes.</translation>
    </message>
    <message>
        <source>Capitalization doesn&apos;t help very much.</source>
        <translation>Usar mayúsculas no ayuda mucho.</translation>
    </message>
    <message>
        <source>Reversed words aren&apos;t much harder to guess.</source>
        <translation>Las palabras escritas al revés no son mucho más difíciles de adivinar.</translation>
    </message>
    <message>
        <source>Predictable substitutions like &apos;@&apos; instead of &apos;a&apos; don&apos;t help very much.</source>
        <translation>Las sustituciones previsibles, como &apos;@&apos; en lugar de &apos;a&apos;, no ayudan mucho.</translation>
    </message>
    <message>
        <source>Use a few words, avoid common phrases.</source>
        <translation>Usa varias palabras y evita las frases comunes.</translation>
    </message>
    <message>
        <source>No need for symbols, digits, or uppercase letters.</source>
        <translation>No hacen falta símbolos, dígitos ni mayúsculas.</translation>
    </message>
    <message>
        <source>Straight rows of keys are easy to guess.</source>
        <translation>Las filas seguidas de teclas son fáciles de adivinar.</translation>
    </message>
    <message>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation>Los patrones de teclado cortos son fáciles de adivinar.</translation>
    </message>
    <message>
        <source>This is a top-10 common password.</source>
        <translation>Es una de las 10 contraseñas más comunes.</translation>
    </message>
    <message>
        <source>This is similar to a commonly used password.</source>
        <translation>Es parecida a una contraseña de uso común.</translation>
    </message>
    <message>
        <source>A word by itself is easy to guess.</source>
        <translation>Una palabra sola es fácil de adivinar.</translation>
    </message>
    <message>
        <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
        <translation>Todo en mayúsculas es casi tan fácil de adivinar como todo en minúsculas.</translation>
    </message>
    <message>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation>Usa un patrón de teclado más largo y con más giros.</translation>
    </message>
    <message>
        <source>Repeats like &quot;aaa&quot; are easy to guess.</source>
        <translation>Las repeticiones como &quot;aaa&quot; son fáciles de adivinar.</translation>
    </message>
    <message>
        <source>Repeats like &quot;abcabcabc&quot; are only slightly harder to guess than &quot;abc&quot;.</source>
        <translation>Las repeticiones como &quot;abcabcabc&quot; son solo un poco más difíciles de adivinar que &quot;abc&quot;.</translation>
    </message>
    <message>
        <source>This is a top-100 common password.</source>
        <translation>Es una de las 100 contraseñas más comunes.</translation>
    </message>
    <message>
        <source>This is a very common password.</source>
        <translation>Es una contraseña muy común.</translation>
    </message>
    <message>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation>Los nombres y apellidos solos son fáciles de adivinar.</translation>
    </message>
    <message>
        <source>Common names and surnames are easy to guess.</source>
        <translation>Los nombres y apellidos comunes son fáciles de adivinar.</translation>
    </message>
    <message>
        <source>Avoid repeated words and characters.</source>
        <translation>Evita las palabras y los caracteres repetidos.</translation>
    </message>
    <message>
        <source>Sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess.</source>
        <translation>Las secuencias como &quot;abc&quot; o &quot;6543&quot; son fáciles de adivinar.</translation>
    </message>
    <message>
        <source>Avoid sequences.</source>
        <translation>Evita las secuencias.</translation>
    </message>
    <message>
        <source>Recent years are easy to guess.</source>
        <translation>Los años recientes son fáciles de adivinar.</translation>
    </message>
    <message>
        <source>Dates are often easy to guess.</source>
        <translation>Las fechas suelen ser fáciles de adivinar.</translation>
    </message>
    <message>
        <source>Avoid recent years.</source>
        <translation>Evita los años recientes.</translation>
    </message>
    <message>
        <source>Avoid years that are associated with you.</source>
        <translation>Evita los años relacionados contigo.</translation>
    </message>
    <message>
        <source>Avoid dates and years that are associated with you.</source>
        <translation>Evita las fechas y los años relacionados contigo.</translation>
    </message>
</context>
<context>
    <name>PasswordPage</name>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Repita la contraseña</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Repetir:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Solidez:</translation>
    </message>
</context>
<context>
    <name>PasswordStrength</name>
    <message>
        <source>Very weak</source>
        <translation>Muy débil</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Débil</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Aceptable</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Buena</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Segura</translation>
    </message>
</context>
<context>
    <name>PendingLaptopsDialog</name>
    <message>
        <source>Pending laptops</source>
        <translation>Portátiles pendientes</translation>
    </message>
    <message>
        <source>Laptops that opened an invitation and ask to join the team. Approve only the ones you invited: ask the colleague to read you the code of their laptop if in doubt.</source>
        <translation>Portátiles que abrieron una invitación y solicitan unirse al equipo. Apruebe solo los que invitó: si tiene dudas, pida al compañero que le lea el código de su portátil.</translation>
    </message>
    <message>
        <source>Laptops waiting for approval</source>
        <translation>Portátiles a la espera de aprobación</translation>
    </message>
    <message>
        <source>No laptop is waiting.</source>
        <translation>Ningún portátil está esperando.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>{user} ({profile}): laptop {device}, asked {when}</source>
        <translation>{user} ({profile}): portátil {device}, solicitado {when}</translation>
    </message>
    <message>
        <source>cannot be approved: {0}</source>
        <translation>no se puede aprobar: {0}</translation>
    </message>
    <message>
        <source>Approve this laptop?</source>
        <translation>¿Aprobar este portátil?</translation>
    </message>
    <message>
        <source>{user}&apos;s laptop will receive the whole customer book and sync with the team.</source>
        <translation>El portátil de {user} recibirá toda la libreta de clientes y se sincronizará con el equipo.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>{user}&apos;s laptop is on the team. It downloads the book at its next check.</source>
        <translation>El portátil de {user} está en el equipo. Descargará la libreta en su próxima comprobación.</translation>
    </message>
    <message>
        <source>The book could not be published yet: {0}</source>
        <translation>La libreta aún no se pudo publicar: {0}</translation>
    </message>
</context>
<context>
    <name>PermissionMatrixModel</name>
    <message>
        <source>All records (else own only)</source>
        <translation>Todos los registros (si no, solo los propios)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>See customers</source>
        <translation>Ver clientes</translation>
    </message>
    <message>
        <source>Create customers</source>
        <translation>Crear clientes</translation>
    </message>
    <message>
        <source>Edit customers</source>
        <translation>Editar clientes</translation>
    </message>
    <message>
        <source>Edit contact details</source>
        <translation>Editar datos de contacto</translation>
    </message>
    <message>
        <source>Delete customers</source>
        <translation>Eliminar clientes</translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>Exportar clientes</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>Importar clientes</translation>
    </message>
    <message>
        <source>Log interactions</source>
        <translation>Registrar interacciones</translation>
    </message>
    <message>
        <source>See sensitive fields</source>
        <translation>Ver campos confidenciales</translation>
    </message>
    <message>
        <source>See deals</source>
        <translation>Ver oportunidades</translation>
    </message>
    <message>
        <source>Edit deals</source>
        <translation>Editar oportunidades</translation>
    </message>
    <message>
        <source>Read the audit log</source>
        <translation>Leer el registro de auditoría</translation>
    </message>
    <message>
        <source>Manage users</source>
        <translation>Administrar usuarios</translation>
    </message>
    <message>
        <source>Manage profiles</source>
        <translation>Administrar perfiles</translation>
    </message>
    <message>
        <source>Run backups</source>
        <translation>Hacer copias de seguridad</translation>
    </message>
    <message>
        <source>Restore backups</source>
        <translation>Restaurar copias de seguridad</translation>
    </message>
    <message>
        <source>Privacy tools (consent, subject export, erasure, retention)</source>
        <translation>Herramientas de privacidad (consentimiento, exportación del interesado, supresión, conservación)</translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation>Cambiar la configuración</translation>
    </message>
</context>
<context>
    <name>PipelineBoard</name>
    <message>
        <source>Pipeline</source>
        <translation>Embudo</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Calificada</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Negociación</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Ganada</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdida</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Todos los propietarios</translation>
    </message>
    <message>
        <source>Expected close from</source>
        <translation>Cierre previsto desde</translation>
    </message>
    <message>
        <source>Expected close to</source>
        <translation>Cierre previsto hasta</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Propietario:</translation>
    </message>
    <message>
        <source>Expected close from:</source>
        <translation>Cierre previsto desde:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>hasta:</translation>
    </message>
</context>
<context>
    <name>PreferenceDialog</name>
    <message>
        <source>Add purchase preference</source>
        <translation>Agregar preferencia de compra</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>e.g. paper, delivery, payment</source>
        <translation>p. ej., papel, entrega, pago</translation>
    </message>
    <message>
        <source>Preference</source>
        <translation>Preferencia</translation>
    </message>
    <message>
        <source>e.g. recycled A4, mornings only, invoice by e-mail</source>
        <translation>p. ej., A4 reciclado, solo por la mañana, factura por correo</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>A category is needed (what the preference is about).</source>
        <translation>Se necesita una categoría (de qué trata la preferencia).</translation>
    </message>
</context>
<context>
    <name>ProcessingRecord</name>
    <message>
        <source>Purposes: {purposes}; data subjects: {subjects}; erasures: {erasures}.</source>
        <translation>Finalidades: {purposes}; interesados: {subjects}; supresiones: {erasures}.</translation>
    </message>
    <message>
        <source>database encrypted at rest (SQLCipher 4, AES-256, per-page HMAC)</source>
        <translation>base de datos cifrada en reposo (SQLCipher 4, AES-256, HMAC por página)</translation>
    </message>
    <message>
        <source>sign-in with Argon2id-protected key slots and TOTP</source>
        <translation>inicio de sesión con ranuras de clave protegidas con Argon2id y TOTP</translation>
    </message>
    <message>
        <source>per-profile permissions; sensitive fields masked without sensitive.read</source>
        <translation>permisos por perfil; campos confidenciales enmascarados sin sensitive.read</translation>
    </message>
    <message>
        <source>tamper-evident audit log (HMAC hash chain); personal values sealed per person</source>
        <translation>registro de auditoría a prueba de manipulaciones (cadena de hash HMAC); valores personales sellados por persona</translation>
    </message>
    <message>
        <source>encrypted, signed backups (age X25519, Ed25519)</source>
        <translation>copias de seguridad cifradas y firmadas (age X25519, Ed25519)</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Everything, including users, settings, backups and restore.</source>
        <translation>Todo, incluidos usuarios, configuración, copias de seguridad y restauración.</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Gerente</translation>
    </message>
    <message>
        <source>All records, deals, exports and imports; no users, settings or restore.</source>
        <translation>Todos los registros, oportunidades, exportaciones e importaciones; sin usuarios, configuración ni restauración.</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <source>Own records only; no delete, no export.</source>
        <translation>Solo sus propios registros; sin eliminar ni exportar.</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Soporte</translation>
    </message>
    <message>
        <source>Reads all records, edits contact details and interactions; no deals, no export.</source>
        <translation>Lee todos los registros, edita los datos de contacto y las interacciones; sin oportunidades ni exportación.</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <source>Read-only, with the audit log; no sensitive fields.</source>
        <translation>Solo lectura, con el registro de auditoría; sin campos confidenciales.</translation>
    </message>
</context>
<context>
    <name>ProfilesPage</name>
    <message>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <source>New profile…</source>
        <translation>Nuevo perfil…</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Eliminar perfil</translation>
    </message>
    <message>
        <source>Built-in profiles cannot be changed; make a copy with “New profile”. Changes to a custom profile are saved at once and audited.</source>
        <translation>Los perfiles integrados no se pueden cambiar; haz una copia con “Nuevo perfil”. Los cambios en un perfil personalizado se guardan al instante y se auditan.</translation>
    </message>
    <message>
        <source>Read-only: changing profiles needs “Manage profiles”.</source>
        <translation>Solo lectura: para cambiar perfiles se necesita “Administrar perfiles”.</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nuevo perfil</translation>
    </message>
    <message>
        <source>Name of the new profile (a copy of {0}):</source>
        <translation>Nombre del nuevo perfil (una copia de {0}):</translation>
    </message>
    <message>
        <source>Name of the new profile:</source>
        <translation>Nombre del nuevo perfil:</translation>
    </message>
    <message>
        <source>Select a custom profile&apos;s column first.</source>
        <translation>Selecciona primero la columna de un perfil personalizado.</translation>
    </message>
    <message>
        <source>Delete the profile {0}?</source>
        <translation>¿Eliminar el perfil {0}?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Copying the database</source>
        <translation>Copiando la base de datos</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Comprobando</translation>
    </message>
    <message>
        <source>Reading the backup location</source>
        <translation>Leyendo el destino de la copia</translation>
    </message>
    <message>
        <source>Encrypting</source>
        <translation>Cifrando</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Subiendo</translation>
    </message>
    <message>
        <source>Reading back</source>
        <translation>Releyendo</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Firmando</translation>
    </message>
    <message>
        <source>Reading back and verifying</source>
        <translation>Releyendo y verificando</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Descargando</translation>
    </message>
    <message>
        <source>Decrypting</source>
        <translation>Descifrando</translation>
    </message>
    <message>
        <source>Re-keying the restored database</source>
        <translation>Cambiando la clave de la base de datos restaurada</translation>
    </message>
    <message>
        <source>Opening the restored vault</source>
        <translation>Abriendo la bóveda restaurada</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) imported</source>
        <translation>
            <numerusform>%n registro importado</numerusform>
            <numerusform>%n registros importados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) written</source>
        <translation>
            <numerusform>%n cliente escrito</numerusform>
            <numerusform>%n clientes escritos</numerusform>
        </translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Listo.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>QR code for the authenticator app</source>
        <translation>Código QR para la aplicación de autenticación</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Save or print this sheet now and keep it offline. It is the only way back into this laptop&apos;s vault if you forget your password.</source>
        <translation>Guarde o imprima esta hoja ahora y consérvela sin conexión. Es la única forma de volver a la bóveda de este portátil si olvida su contraseña.</translation>
    </message>
    <message>
        <source>Recovery sheet</source>
        <translation>Hoja de recuperación</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>I saved or printed the sheet and understand the warning above.</source>
        <translation>He guardado o impreso la hoja y entiendo la advertencia anterior.</translation>
    </message>
    <message>
        <source>I understand the warning</source>
        <translation>Entiendo la advertencia</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>Keep this sheet somewhere safe and offline (a locked drawer, a safe). Anyone holding it can read your backups. If you lose both your password and this recovery key, nobody can recover the data: not you, not us.</source>
        <translation>Guarda esta hoja en un lugar seguro y sin conexión (un cajón cerrado con llave, una caja fuerte). Quien la tenga puede leer tus copias de seguridad. Si pierdes tanto tu contraseña como esta clave de recuperación, nadie podrá recuperar los datos: ni tú ni nosotros.</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Bóveda</translation>
    </message>
    <message>
        <source>Vault id: {id}</source>
        <translation>Id. de la bóveda: {id}</translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation>Carpeta: {folder}</translation>
    </message>
    <message>
        <source>Created: {time}</source>
        <translation>Fecha de creación: {time}</translation>
    </message>
    <message>
        <source>Recovery key (opens the vault and every backup)</source>
        <translation>Clave de recuperación (abre la bóveda y todas las copias de seguridad)</translation>
    </message>
    <message>
        <source>Signing-key fingerprint (checks that a backup is genuine)</source>
        <translation>Huella digital de la clave de firma (comprueba que una copia de seguridad es auténtica)</translation>
    </message>
    <message>
        <source>Recovery codes for {user} (each works once, instead of the authenticator code)</source>
        <translation>Códigos de recuperación de {user} (cada uno sirve una sola vez, en lugar del código de la aplicación de autenticación)</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Print this page or keep the file offline. Do not e-mail it or store it in the vault.</source>
        <translation>Imprime esta página o guarda el archivo sin conexión. No lo envíes por correo electrónico ni lo guardes en la bóveda.</translation>
    </message>
    <message>
        <source>VaultCRM recovery sheet</source>
        <translation>Hoja de recuperación de VaultCRM</translation>
    </message>
</context>
<context>
    <name>ReminderService</name>
    <message>
        <source>Due now: {title}</source>
        <translation>Vence ahora: {title}</translation>
    </message>
    <message>
        <source>Snooze 10 min</source>
        <translation>Posponer 10 min</translation>
    </message>
    <message>
        <source>VaultCRM</source>
        <translation>VaultCRM</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) due now. Open VaultCRM to see them.</source>
        <translation>
            <numerusform>%n tarea vence ahora. Abra VaultCRM para verla.</numerusform>
            <numerusform>%n tareas vencen ahora. Abra VaultCRM para verlas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Backup archive</source>
        <translation>Archivo de copia de seguridad</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Archive (.crmbak):</source>
        <translation>Archivo (.crmbak):</translation>
    </message>
    <message>
        <source>Restore into</source>
        <translation>Restaurar en</translation>
    </message>
    <message>
        <source>Restore into:</source>
        <translation>Restaurar en:</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show the recovery key</source>
        <translation>Mostrar la clave de recuperación</translation>
    </message>
    <message>
        <source>From a file…</source>
        <translation>Desde un archivo…</translation>
    </message>
    <message>
        <source>Read the recovery key from the recovery sheet&apos;s file</source>
        <translation>Leer la clave de recuperación del archivo de la hoja de recuperación</translation>
    </message>
    <message>
        <source>Recovery key:</source>
        <translation>Clave de recuperación:</translation>
    </message>
    <message>
        <source>Choose the recovery sheet (PDF or text)</source>
        <translation>Elegir la hoja de recuperación (PDF o texto)</translation>
    </message>
    <message>
        <source>Recovery sheet (*.pdf *.txt);;All files (*)</source>
        <translation>Hoja de recuperación (*.pdf *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose the backup archive to restore.</source>
        <translation>Elige el archivo de copia de seguridad que quieres restaurar.</translation>
    </message>
    <message>
        <source>Choose the folder to restore into.</source>
        <translation>Elige la carpeta en la que restaurar.</translation>
    </message>
    <message>
        <source>Type the recovery key from your recovery sheet.</source>
        <translation>Escribe la clave de recuperación de tu hoja de recuperación.</translation>
    </message>
    <message>
        <source>This is not a whole recovery key: it starts with AGE-SECRET-KEY-1 and has 74 characters, this one has {0}. Compare it with your recovery sheet.</source>
        <translation>Esta no es una clave de recuperación completa: empieza por AGE-SECRET-KEY-1 y tiene 74 caracteres; esta tiene {0}. Compárala con tu hoja de recuperación.</translation>
    </message>
    <message>
        <source>The archive is checked in full before anything is replaced. Restoring over the open vault keeps the current one until the restored copy has opened; any failure puts it back. You will sign in again afterwards.</source>
        <translation>El archivo se comprueba por completo antes de reemplazar nada. Al restaurar sobre la bóveda abierta, la actual se conserva hasta que la copia restaurada se abre; cualquier error la vuelve a poner en su lugar. Después tendrás que volver a iniciar sesión.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Choose a backup archive</source>
        <translation>Elegir un archivo de copia de seguridad</translation>
    </message>
    <message>
        <source>VaultCRM backups (*.crmbak)</source>
        <translation>Copias de seguridad de VaultCRM (*.crmbak)</translation>
    </message>
    <message>
        <source>Restore {0} into {1}?</source>
        <translation>¿Restaurar {0} en {1}?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Compare the key with your recovery sheet, character by character, and try again.</source>
        <translation>Compara la clave con tu hoja de recuperación, carácter por carácter, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Restored into {0}. Sign in to continue.</source>
        <translation>Restaurado en {0}. Inicia sesión para continuar.</translation>
    </message>
    <message>
        <source>Re-applied from the revocation ledger: {0} erasure(s), {1} disabled user(s), {2} credential change(s).</source>
        <translation>Vuelto a aplicar desde el registro de revocaciones: {0} supresión(es), {1} usuario(s) deshabilitado(s), {2} cambio(s) de credenciales.</translation>
    </message>
    <message>
        <source>Their password changed after this backup; give them a new one: {0}</source>
        <translation>Su contraseña cambió después de esta copia de seguridad; dales una nueva: {0}</translation>
    </message>
</context>
<context>
    <name>SensitiveField</name>
    <message>
        <source>Tax id</source>
        <translation>Identificación fiscal</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Cuenta bancaria</translation>
    </message>
    <message>
        <source>Confidential notes</source>
        <translation>Notas confidenciales</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Auto-lock after (minutes)</source>
        <translation>Bloqueo automático tras (minutos)</translation>
    </message>
    <message>
        <source>Minutes without input before the app locks itself.</source>
        <translation>Minutos sin actividad antes de que la aplicación se bloquee.</translation>
    </message>
    <message>
        <source>Clear copied text after (seconds)</source>
        <translation>Borrar el texto copiado tras (segundos)</translation>
    </message>
    <message>
        <source>Copied customer data is cleared from the clipboard after this.</source>
        <translation>Los datos de clientes copiados se borran del portapapeles tras este tiempo.</translation>
    </message>
    <message>
        <source>Deleted records are erased for good after (days)</source>
        <translation>Los registros eliminados se suprimen definitivamente tras (días)</translation>
    </message>
    <message>
        <source>Country (ISO, e.g. PL)</source>
        <translation>País (ISO, p. ej., ES)</translation>
    </message>
    <message>
        <source>The business&apos;s country: new deals use its currency, and phone numbers typed without a country code are read as its numbers.</source>
        <translation>El país de la empresa: las nuevas oportunidades usan su moneda, y los números de teléfono escritos sin prefijo de país se interpretan como números de ese país.</translation>
    </message>
    <message>
        <source>Country for phone numbers without +code, if not the one above</source>
        <translation>País para números de teléfono sin +prefijo, si no es el anterior</translation>
    </message>
    <message>
        <source>Numbers typed without a country code are read as this country&apos;s.</source>
        <translation>Los números escritos sin prefijo de país se interpretan como de este país.</translation>
    </message>
    <message>
        <source>Working hours start</source>
        <translation>Inicio del horario laboral</translation>
    </message>
    <message>
        <source>A sign-in outside working hours raises an alert.</source>
        <translation>Un inicio de sesión fuera del horario laboral genera una alerta.</translation>
    </message>
    <message>
        <source>Working hours end</source>
        <translation>Fin del horario laboral</translation>
    </message>
    <message>
        <source>Alert: records viewed</source>
        <translation>Alerta: registros consultados</translation>
    </message>
    <message>
        <source>Alert: within (minutes)</source>
        <translation>Alerta: en (minutos)</translation>
    </message>
    <message>
        <source>Alert: records deleted</source>
        <translation>Alerta: registros eliminados</translation>
    </message>
    <message>
        <source>Alert: deletions within (minutes)</source>
        <translation>Alerta: eliminaciones en (minutos)</translation>
    </message>
    <message>
        <source>Alert: refused actions</source>
        <translation>Alerta: acciones rechazadas</translation>
    </message>
    <message>
        <source>Alert: refusals within (minutes)</source>
        <translation>Alerta: rechazos en (minutos)</translation>
    </message>
    <message>
        <source>Alert: failed sign-ins</source>
        <translation>Alerta: inicios de sesión fallidos</translation>
    </message>
    <message>
        <source>Alert: rows in one export</source>
        <translation>Alerta: filas en una exportación</translation>
    </message>
    <message>
        <source>Alert: no verified backup for (days)</source>
        <translation>Alerta: sin copia de seguridad verificada durante (días)</translation>
    </message>
    <message>
        <source>Backup location</source>
        <translation>Destino de la copia</translation>
    </message>
    <message>
        <source>A folder, sftp://, webdav(s):// or s3:// location for scheduled backups.</source>
        <translation>Una carpeta o un destino sftp://, webdav(s):// o s3:// para las copias de seguridad programadas.</translation>
    </message>
    <message>
        <source>Back up every (hours)</source>
        <translation>Hacer copia cada (horas)</translation>
    </message>
    <message>
        <source>How often the app backs up while it is open.</source>
        <translation>Con qué frecuencia la aplicación hace copias de seguridad mientras está abierta.</translation>
    </message>
    <message>
        <source>Back up when locking</source>
        <translation>Hacer copia al bloquear</translation>
    </message>
    <message>
        <source>Take a backup each time the vault is locked.</source>
        <translation>Hacer una copia de seguridad cada vez que se bloquea la bóveda.</translation>
    </message>
    <message>
        <source>Back up when quitting</source>
        <translation>Hacer copia al salir</translation>
    </message>
    <message>
        <source>Take a backup when the app quits.</source>
        <translation>Hacer una copia de seguridad al salir de la aplicación.</translation>
    </message>
    <message>
        <source>Extra backup recipients (age public keys)</source>
        <translation>Destinatarios adicionales de las copias (claves públicas de age)</translation>
    </message>
    <message>
        <source>Keep everything from the last (days)</source>
        <translation>Conservar todo de los últimos (días)</translation>
    </message>
    <message>
        <source>Keep daily</source>
        <translation>Conservar diarias</translation>
    </message>
    <message>
        <source>Keep weekly</source>
        <translation>Conservar semanales</translation>
    </message>
    <message>
        <source>Keep monthly</source>
        <translation>Conservar mensuales</translation>
    </message>
    <message>
        <source>Keep yearly</source>
        <translation>Conservar anuales</translation>
    </message>
    <message>
        <source>Recent vaults (folder paths only)</source>
        <translation>Bóvedas recientes (solo rutas de carpeta)</translation>
    </message>
    <message>
        <source>Customer list columns</source>
        <translation>Columnas de la lista de clientes</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Language of each user on this machine</source>
        <translation>Idioma de cada usuario en este equipo</translation>
    </message>
    <message>
        <source>Devices are stale after (days without syncing)</source>
        <translation>Dispositivos inactivos tras (días sin sincronizar)</translation>
    </message>
    <message>
        <source>A team device that has not synced for this long is flagged in the device list.</source>
        <translation>Un dispositivo del equipo que lleva este tiempo sin sincronizar se marca en la lista de dispositivos.</translation>
    </message>
    <message>
        <source>Automatic sync every (minutes)</source>
        <translation>Sincronización automática cada (minutos)</translation>
    </message>
    <message>
        <source>While the app is open and the team&apos;s location can be reached, a sync round runs this often.</source>
        <translation>Mientras la aplicación está abierta y el destino de sincronización del equipo es accesible, se sincroniza con esta frecuencia.</translation>
    </message>
    <message>
        <source>Largest attachment (MB)</source>
        <translation>Adjunto más grande (MB)</translation>
    </message>
    <message>
        <source>Files bigger than this cannot be attached to a customer or a deal.</source>
        <translation>Los archivos más grandes no se pueden adjuntar a un cliente ni a una oportunidad.</translation>
    </message>
    <message>
        <source>Attachments per vault (MB)</source>
        <translation>Adjuntos por bóveda (MB)</translation>
    </message>
    <message>
        <source>All attached files together may take at most this much space.</source>
        <translation>Todos los archivos adjuntos juntos pueden ocupar como máximo este espacio.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>The language of VaultCRM for you on this computer. It applies the next time you start VaultCRM.</source>
        <translation>El idioma de VaultCRM para ti en este equipo. Se aplica la próxima vez que inicies VaultCRM.</translation>
    </message>
    <message>
        <source>Language (from the next start):</source>
        <translation>Idioma (a partir del próximo inicio):</translation>
    </message>
    <message>
        <source>Your profile cannot change the vault&apos;s settings; they are shown read-only. Your language is yours to choose.</source>
        <translation>Tu perfil no puede cambiar la configuración de la bóveda; se muestra en modo de solo lectura. El idioma lo eliges tú.</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>Critical</source>
        <translation>Crítica</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>Too many failed sign-ins. You can try again in {seconds} s.</source>
        <translation>Demasiados inicios de sesión fallidos. Puedes volver a intentarlo en {seconds} s.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed sign-in attempt(s) since your last sign-in (the last at {time}).</source>
        <translation>
            <numerusform>%n intento de inicio de sesión fallido desde tu último inicio de sesión (el último, el {time}).</numerusform>
            <numerusform>%n intentos de inicio de sesión fallidos desde tu último inicio de sesión (el último, el {time}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed sign-in attempt(s) since your last sign-in.</source>
        <translation>
            <numerusform>%n intento de inicio de sesión fallido desde tu último inicio de sesión.</numerusform>
            <numerusform>%n intentos de inicio de sesión fallidos desde tu último inicio de sesión.</numerusform>
        </translation>
    </message>
    <message>
        <source>If it was not you, tell your administrator.</source>
        <translation>Si no fuiste tú, avisa a tu administrador.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed sign-in attempt(s) with unknown user names.</source>
        <translation>
            <numerusform>%n intento de inicio de sesión fallido con un nombre de usuario desconocido.</numerusform>
            <numerusform>%n intentos de inicio de sesión fallidos con nombres de usuario desconocidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>You used a recovery code; {left} left. Re-enrol your authenticator soon.</source>
        <translation>Usaste un código de recuperación; quedan {left}. Vuelve a registrar pronto tu aplicación de autenticación.</translation>
    </message>
    <message>
        <source>The audit log failed its integrity check. Tell your administrator now.</source>
        <translation>El registro de auditoría no superó la comprobación de integridad. Avisa ahora a tu administrador.</translation>
    </message>
    <message numerus="yes">
        <source>%n deleted record(s) erased for good: the undo window was over.</source>
        <translation>
            <numerusform>%n registro eliminado se suprimió definitivamente: el plazo para deshacer terminó.</numerusform>
            <numerusform>%n registros eliminados se suprimieron definitivamente: el plazo para deshacer terminó.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted records past their undo window could not be erased ({error}); this is tried again at the next sign-in.</source>
        <translation>No se pudieron suprimir los registros eliminados cuyo plazo para deshacer terminó ({error}); se volverá a intentar en el próximo inicio de sesión.</translation>
    </message>
    <message numerus="yes">
        <source>%n open security alert(s): see Administration → Alerts.</source>
        <translation>
            <numerusform>%n alerta de seguridad abierta: consulta Administración → Alertas de seguridad.</numerusform>
            <numerusform>%n alertas de seguridad abiertas: consulta Administración → Alertas de seguridad.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <source>Use a recovery code instead (lost phone)</source>
        <translation>Usar un código de recuperación (teléfono perdido)</translation>
    </message>
    <message>
        <source>Use a recovery code</source>
        <translation>Usar un código de recuperación</translation>
    </message>
    <message>
        <source>Vault locked</source>
        <translation>Bóveda bloqueada</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Locked after a while without activity.</source>
        <translation>Bloqueada tras un tiempo sin actividad.</translation>
    </message>
    <message>
        <source>Locked because the screen was locked.</source>
        <translation>Bloqueada porque se bloqueó la pantalla.</translation>
    </message>
    <message>
        <source>You locked the vault.</source>
        <translation>Bloqueaste la bóveda.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Authenticator code</source>
        <translation>Código de la aplicación de autenticación</translation>
    </message>
    <message>
        <source>Code from your authenticator app</source>
        <translation>Código de tu aplicación de autenticación</translation>
    </message>
    <message>
        <source>Other vault…</source>
        <translation>Otra bóveda…</translation>
    </message>
    <message>
        <source>Choose another vault</source>
        <translation>Elegir otra bóveda</translation>
    </message>
    <message>
        <source>Forgot password?</source>
        <translation>¿Olvidaste la contraseña?</translation>
    </message>
    <message>
        <source>Forgot password: use the recovery key</source>
        <translation>Contraseña olvidada: usa la clave de recuperación</translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation>Elige una nueva contraseña</translation>
    </message>
    <message>
        <source>You signed in with a temporary password. Choose your own before you go on; nobody else, not even an administrator, will know it.</source>
        <translation>Iniciaste sesión con una contraseña temporal. Elige la tuya antes de continuar; nadie más, ni siquiera un administrador, la conocerá.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nueva contraseña</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>Repetir nueva contraseña</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Cambiar contraseña</translation>
    </message>
    <message>
        <source>Recovery code (from your recovery sheet)</source>
        <translation>Código de recuperación (de tu hoja de recuperación)</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <source>Your new password and authenticator are set. Sign in with them.</source>
        <translation>Tu nueva contraseña y tu aplicación de autenticación están configuradas. Inicia sesión con ellas.</translation>
    </message>
    <message>
        <source>Not accepted yet: see the notes above.</source>
        <translation>Aún no se acepta: consulta las notas anteriores.</translation>
    </message>
    <message>
        <source>Your new password is set.</source>
        <translation>Tu nueva contraseña está establecida.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Too many failed sign-ins. You can try again in {0} s.</source>
        <translation>Demasiados inicios de sesión fallidos. Puedes volver a intentarlo en {0} s.</translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Welcome to VaultCRM</source>
        <translation>Te damos la bienvenida a VaultCRM</translation>
    </message>
    <message>
        <source>Your customer data stays on this computer, in an encrypted vault that only you and your colleagues can open.</source>
        <translation>Los datos de tus clientes se quedan en este equipo, en una bóveda cifrada que solo tú y tus compañeros pueden abrir.</translation>
    </message>
    <message>
        <source>Create a new vault…</source>
        <translation>Crear una bóveda…</translation>
    </message>
    <message>
        <source>Create a new vault</source>
        <translation>Crear una bóveda</translation>
    </message>
    <message>
        <source>Open a vault…</source>
        <translation>Abrir una bóveda…</translation>
    </message>
    <message>
        <source>Open an existing vault</source>
        <translation>Abrir una bóveda existente</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Restaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <source>Restore a vault from a backup</source>
        <translation>Restaurar una bóveda desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Restoring from the app is not available yet; use the command line.</source>
        <translation>Todavía no se puede restaurar desde la aplicación; usa la línea de comandos.</translation>
    </message>
    <message>
        <source>Join a team…</source>
        <translation>Unirse a un equipo…</translation>
    </message>
    <message>
        <source>Join a team with an invitation</source>
        <translation>Unirse a un equipo con una invitación</translation>
    </message>
    <message>
        <source>Your administrator gave you an invitation file and a one-time code.</source>
        <translation>Su administrador le dio un archivo de invitación y un código de un solo uso.</translation>
    </message>
    <message>
        <source>Recent vaults</source>
        <translation>Bóvedas recientes</translation>
    </message>
    <message>
        <source>No vault opened on this computer yet.</source>
        <translation>Todavía no se ha abierto ninguna bóveda en este equipo.</translation>
    </message>
    <message>
        <source>{0} (not found)</source>
        <translation>{0} (no encontrada)</translation>
    </message>
    <message>
        <source>Open a vault folder</source>
        <translation>Abrir una carpeta de bóveda</translation>
    </message>
    <message>
        <source>Not a vault</source>
        <translation>No es una bóveda</translation>
    </message>
    <message>
        <source>This folder does not hold a VaultCRM vault.</source>
        <translation>Esta carpeta no contiene una bóveda de VaultCRM.</translation>
    </message>
</context>
<context>
    <name>StartTeamDialog</name>
    <message>
        <source>Start a team</source>
        <translation>Crear un equipo</translation>
    </message>
    <message>
        <source>Share this vault&apos;s customer book with your team</source>
        <translation>Comparta la libreta de clientes de esta bóveda con su equipo</translation>
    </message>
    <message>
        <source>This laptop becomes the team&apos;s first device. Choose the sync location, as for backups: a shared folder, SFTP, WebDAV or S3. It only ever holds encrypted files; each colleague&apos;s laptop keeps its own vault and syncs through it.</source>
        <translation>Este portátil será el primer dispositivo del equipo. Elija el destino de sincronización, como para las copias: una carpeta compartida, SFTP, WebDAV o S3. Solo guarda archivos cifrados; el portátil de cada compañero tiene su propia bóveda y se sincroniza a través de él.</translation>
    </message>
    <message>
        <source>Genesis fingerprint</source>
        <translation>Huella digital de origen</translation>
    </message>
    <message>
        <source>Start the team</source>
        <translation>Crear el equipo</translation>
    </message>
    <message>
        <source>Test the connection first.</source>
        <translation>Pruebe primero la conexión.</translation>
    </message>
    <message>
        <source>Starting the team…</source>
        <translation>Creando el equipo…</translation>
    </message>
    <message>
        <source>This vault is the first device of the team book. Invite laptops from Administration &gt; Invite a laptop…. Every invitation shows this genesis fingerprint: the new laptop must show the same.</source>
        <translation>Esta bóveda es el primer dispositivo de la libreta de equipo. Invite portátiles desde Administración &gt; Invitar a un portátil…. Cada invitación muestra esta huella digital de origen: el nuevo portátil debe mostrar la misma.</translation>
    </message>
    <message>
        <source>Genesis fingerprint: {0}</source>
        <translation>Huella digital de origen: {0}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Lead</source>
        <translation>Cliente potencial</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Prospecto</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Password strength</source>
        <translation>Seguridad de la contraseña</translation>
    </message>
    <message>
        <source>Not accepted: {0}.</source>
        <translation>No se acepta: {0}.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
</context>
<context>
    <name>SubjectExport</name>
    <message>
        <source>Personal data</source>
        <translation>Datos personales</translation>
    </message>
    <message>
        <source>Consents and lawful bases</source>
        <translation>Consentimientos y bases jurídicas</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interacciones</translation>
    </message>
    <message>
        <source>Deals and orders</source>
        <translation>Oportunidades y pedidos</translation>
    </message>
    <message>
        <source>Attached files (the files are in the folder beside this export)</source>
        <translation>Archivos adjuntos (los archivos están en la carpeta junto a esta exportación)</translation>
    </message>
    <message>
        <source>Purchase preferences</source>
        <translation>Preferencias de compra</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Restriction of processing</source>
        <translation>Limitación del tratamiento</translation>
    </message>
    <message>
        <source>Access and change history (audit log)</source>
        <translation>Historial de accesos y cambios (registro de auditoría)</translation>
    </message>
    <message>
        <source>How we process personal data</source>
        <translation>Cómo tratamos los datos personales</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Subject access export</source>
        <translation>Exportación de acceso del interesado</translation>
    </message>
    <message>
        <source>Customer {id} · generated {at} by {user}</source>
        <translation>Cliente {id} · generado el {at} por {user}</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Published: {published}, applied: {applied}, new conflicts: {conflicts}, refused: {refused}.</source>
        <translation>Publicados: {published}; aplicados: {applied}; conflictos nuevos: {conflicts}; rechazados: {refused}.</translation>
    </message>
</context>
<context>
    <name>SyncConflicts</name>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Deleted (in the bin)</source>
        <translation>Eliminado (en la papelera)</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Devices…</source>
        <translation>Dispositivos…</translation>
    </message>
    <message>
        <source>Conflicts…</source>
        <translation>Conflictos…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Sync cancelled</source>
        <translation>Sincronización cancelada</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>The team&apos;s sync location cannot be reached: {0}</source>
        <translation>No se puede acceder al destino de sincronización del equipo: {0}</translation>
    </message>
    <message>
        <source>Sync failed: {0}</source>
        <translation>Error de sincronización: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n cambio pendiente</numerusform>
            <numerusform>%n cambios pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced at {0}</source>
        <translation>Sincronizado: {0}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Aún no sincronizado</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Team sync</source>
        <translation>Sincronización del equipo</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Retry the sync</source>
        <translation>Reintentar la sincronización</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Edit task</source>
        <translation>Editar tarea</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nueva tarea</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <source>At</source>
        <translation>A las</translation>
    </message>
    <message>
        <source>Due time</source>
        <translation>Hora de vencimiento</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Vence:</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Prioridad:</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Repetición</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>No se repite</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Diaria</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Semanal</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensual</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repetición:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <source>{path} is a file, not a folder.</source>
        <translation>{path} es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <source>{path} holds a vault; choose another folder for the team&apos;s sync location.</source>
        <translation>{path} contiene una bóveda; elija otra carpeta como destino de sincronización del equipo.</translation>
    </message>
    <message>
        <source>You cannot write in {path}.</source>
        <translation>No puede escribir en {path}.</translation>
    </message>
    <message>
        <source>Choose the team&apos;s sync location.</source>
        <translation>Elija el destino de sincronización del equipo.</translation>
    </message>
    <message>
        <source>This invitation expired on {time}; ask for a new one.</source>
        <translation>Esta invitación caducó el {time}; pida una nueva.</translation>
    </message>
    <message>
        <source>Open the invitation file first.</source>
        <translation>Abra primero el archivo de invitación.</translation>
    </message>
    <message>
        <source>This laptop was removed from the team; ask an administrator to invite it again.</source>
        <translation>Este portátil fue retirado del equipo; pida a un administrador que lo vuelva a invitar.</translation>
    </message>
    <message>
        <source>Waiting for an administrator to approve this laptop.</source>
        <translation>Esperando a que un administrador apruebe este portátil.</translation>
    </message>
    <message>
        <source>Waiting for {names} to approve this laptop.</source>
        <translation>Esperando a que {names} apruebe este portátil.</translation>
    </message>
    <message>
        <source>The team&apos;s book is not on the sync location yet: the administrator&apos;s laptop publishes it at its next sync. Try again in a moment.</source>
        <translation>La libreta de equipo aún no está en el destino de sincronización: el portátil del administrador la publicará en su próxima sincronización. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Start a team…</source>
        <translation>Crear un equipo…</translation>
    </message>
    <message>
        <source>Invite a laptop…</source>
        <translation>Invitar a un portátil…</translation>
    </message>
    <message>
        <source>Pending laptops…</source>
        <translation>Portátiles pendientes…</translation>
    </message>
</context>
<context>
    <name>TeamHelp</name>
    <message>
        <source>Working as a team: every laptop keeps its own complete, encrypted vault and works offline. When it can reach the team&apos;s sync location, it sends its changes and takes everyone else&apos;s.</source>
        <translation>Trabajar en equipo: cada portátil guarda su propia bóveda completa y cifrada, y funciona sin conexión. Cuando alcanza el destino de sincronización del equipo, envía sus cambios y recibe los de los demás.</translation>
    </message>
    <message>
        <source>1. On the administrator&apos;s laptop, choose Administration &gt; Start a team… and a sync location: a shared folder, SFTP, WebDAV or S3, as for backups. The location only ever stores encrypted files.</source>
        <translation>1. En el portátil del administrador, elija Administración &gt; Crear un equipo… y un destino de sincronización: una carpeta compartida, SFTP, WebDAV o S3, como para las copias. El destino solo guarda archivos cifrados.</translation>
    </message>
    <message>
        <source>2. Choose Administration &gt; Invite a laptop…, pick the colleague and their profile, save the invitation file and give it to them with the one-time code, told separately (in person or by phone).</source>
        <translation>2. Elija Administración &gt; Invitar a un portátil…, escoja al compañero y su perfil, guarde el archivo de invitación y entrégueselo con el código de un solo uso, dicho por separado (en persona o por teléfono).</translation>
    </message>
    <message>
        <source>3. On the new laptop, choose Join a team… on the start screen, open the invitation, type the code, then set your own password and authenticator. Check that the fingerprint shown matches the one on the administrator&apos;s screen.</source>
        <translation>3. En el nuevo portátil, elija Unirse a un equipo… en la pantalla de inicio, abra la invitación, escriba el código y luego configure su propia contraseña y aplicación de autenticación. Compruebe que la huella digital mostrada coincide con la de la pantalla del administrador.</translation>
    </message>
    <message>
        <source>4. The administrator approves the laptop in Administration &gt; Pending laptops…; the new laptop then downloads the book.</source>
        <translation>4. El administrador aprueba el portátil en Administración &gt; Portátiles pendientes…; entonces el nuevo portátil descarga la libreta.</translation>
    </message>
    <message>
        <source>Every laptop holds the whole book; a profile limits what the app shows and does on it. Revoking a laptop stops it from syncing, but the data already on it stays there.</source>
        <translation>Cada portátil guarda toda la libreta; un perfil limita lo que la aplicación muestra y hace en él. Revocar un portátil detiene su sincronización, pero los datos que ya tiene se quedan en él.</translation>
    </message>
    <message>
        <source>Working as a team</source>
        <translation>Trabajar en equipo</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>Help on working as a team</source>
        <translation>Ayuda sobre el trabajo en equipo</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deshabilitado</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Agregar usuario…</translation>
    </message>
    <message>
        <source>Change profile…</source>
        <translation>Cambiar perfil…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Restablecer contraseña…</translation>
    </message>
    <message>
        <source>Reset authenticator…</source>
        <translation>Restablecer aplicación de autenticación…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Deshabilitar</translation>
    </message>
    <message>
        <source>Enable…</source>
        <translation>Habilitar…</translation>
    </message>
    <message>
        <source>New user {0}</source>
        <translation>Nuevo usuario {0}</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Change profile</source>
        <translation>Cambiar perfil</translation>
    </message>
    <message>
        <source>Profile for {0}:</source>
        <translation>Perfil de {0}:</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Restablecer contraseña</translation>
    </message>
    <message>
        <source>Give {0} a new temporary password? Their current password stops working.</source>
        <translation>¿Dar a {0} una nueva contraseña temporal? Su contraseña actual dejará de funcionar.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Contraseña restablecida</translation>
    </message>
    <message>
        <source>Reset authenticator</source>
        <translation>Restablecer aplicación de autenticación</translation>
    </message>
    <message>
        <source>Enrol a new authenticator for {0} (lost phone)? They also get a temporary password and new recovery codes.</source>
        <translation>¿Registrar una nueva aplicación de autenticación para {0} (teléfono perdido)? También recibirá una contraseña temporal y nuevos códigos de recuperación.</translation>
    </message>
    <message>
        <source>New authenticator</source>
        <translation>Nueva aplicación de autenticación</translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation>Deshabilitar usuario</translation>
    </message>
    <message>
        <source>Disable {0}? Their password will no longer open the vault.</source>
        <translation>¿Deshabilitar a {0}? Su contraseña ya no abrirá la bóveda.</translation>
    </message>
    <message>
        <source>User enabled</source>
        <translation>Usuario habilitado</translation>
    </message>
</context>
<context>
    <name>VaultStatusBar</name>
    <message>
        <source>Signed-in user</source>
        <translation>Usuario con sesión iniciada</translation>
    </message>
    <message>
        <source>Time to auto-lock</source>
        <translation>Tiempo hasta el bloqueo automático</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Última copia de seguridad</translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <source>Locks in {0}</source>
        <translation>Se bloquea en {0}</translation>
    </message>
</context>
<context>
    <name>WaitingPage</name>
    <message>
        <source>Check now</source>
        <translation>Comprobar ahora</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <source>choose a folder for the new vault</source>
        <translation>elige una carpeta para la nueva bóveda</translation>
    </message>
    <message>
        <source>this is a file, not a folder</source>
        <translation>esto es un archivo, no una carpeta</translation>
    </message>
    <message>
        <source>there is already a vault in this folder; open it instead</source>
        <translation>ya hay una bóveda en esta carpeta; ábrela en su lugar</translation>
    </message>
    <message>
        <source>the folder is not empty; choose an empty or new folder</source>
        <translation>la carpeta no está vacía; elige una carpeta vacía o nueva</translation>
    </message>
    <message>
        <source>you cannot write in this place; choose another folder</source>
        <translation>no puedes escribir en esta ubicación; elige otra carpeta</translation>
    </message>
    <message>
        <source>enter a user name for the administrator</source>
        <translation>escribe un nombre de usuario para el administrador</translation>
    </message>
    <message>
        <source>a user name is 1 to 64 characters without spaces</source>
        <translation>un nombre de usuario tiene de 1 a 64 caracteres, sin espacios</translation>
    </message>
    <message>
        <source>choose the country from the list</source>
        <translation>elige el país de la lista</translation>
    </message>
    <message>
        <source>This code does not match. Check the phone&apos;s clock and type the code shown now.</source>
        <translation>Este código no coincide. Comprueba la hora del teléfono y escribe el código que se muestra ahora.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Your profile does not allow seeing customers.</source>
        <translation>Tu perfil no permite ver clientes.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>Users…</source>
        <translation>Usuarios…</translation>
    </message>
    <message>
        <source>Profiles…</source>
        <translation>Perfiles…</translation>
    </message>
    <message>
        <source>Audit log…</source>
        <translation>Registro de auditoría…</translation>
    </message>
    <message>
        <source>Security alerts…</source>
        <translation>Alertas de seguridad…</translation>
    </message>
</context>
<context>
    <name>_CalendarPopup</name>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
</context>
</TS>
