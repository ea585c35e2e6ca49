<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name />
        <message>
            <source>Password strength</source>
            <translation>Seguridad de la contraseña</translation>
        </message>
        <message>
            <source>Not accepted: </source>
            <translation>No aceptada: </translation>
        </message>
        <message>
            <source>The two passwords are not the same.</source>
            <translation>Las dos contraseñas no coinciden.</translation>
        </message>
        <message>
            <source>QR code for the authenticator app</source>
            <translation>Código QR para la aplicación de autenticación</translation>
        </message>
        <message>
            <source>Working</source>
            <translation>Procesando</translation>
        </message>
    </context>
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
            <source>Action (e.g. customer.*)</source>
            <translation>Acción (p. ej., customer.*)</translation>
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
        <message>
            <source>Page {0} of {1} · {2} entries</source>
            <translation>Página {0} de {1} · {2} entradas</translation>
        </message>
        <message>
            <source>Checking the chain…</source>
            <translation>Verificando la cadena…</translation>
        </message>
        <message>
            <source>Chain intact: {0} entries, every link checked.</source>
            <translation>Cadena intacta: {0} entradas, todos los eslabones verificados.</translation>
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
            <source>The archive is encrypted to the vault's recovery key, signed, then read back and verified.</source>
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
            <source>Backed up and verified: {0} ({1:,} bytes).</source>
            <translation>Copia hecha y verificada: {0} ({1:,} bytes).</translation>
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
            <source>E-mails (one a line, "work: a@b.com")</source>
            <translation>Correos electrónicos (uno por línea, "trabajo: a@b.com")</translation>
        </message>
        <message>
            <source>Phones (one a line)</source>
            <translation>Teléfonos (uno por línea)</translation>
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
            <source>e.g. 1 250,00 or 1250.00</source>
            <translation>p. ej., 1 250,00 o 1250.00</translation>
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
            <source>YYYY-MM-DD (optional)</source>
            <translation>AAAA-MM-DD (opcional)</translation>
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
            <source>Reason (e.g. the person's request of …):</source>
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
            <source>Remove the purchase preference "{0}" of {1}?</source>
            <translation>¿Quitar la preferencia de compra "{0}" de {1}?</translation>
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
            <source>same email</source>
            <translation>mismo correo</translation>
        </message>
        <message>
            <source>same phone</source>
            <translation>mismo teléfono</translation>
        </message>
        <message>
            <source>close names at the same company</source>
            <translation>nombres parecidos en la misma empresa</translation>
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
            <source>Cancelled; no file was left.</source>
            <translation>Cancelado; no se dejó ningún archivo.</translation>
        </message>
        <message>
            <source>Exported {0} customers.</source>
            <translation>Se exportaron {0} clientes.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
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
            <source>{0} records can be imported; {1} would be refused (listed after the import).</source>
            <translation>Se pueden importar {0} registros; {1} se rechazarían (se enumeran después de la importación).</translation>
        </message>
        <message>
            <source>Field for {0}</source>
            <translation>Campo para {0}</translation>
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
        <name>JobDialog</name>
        <message>
            <source>Cancelled. Nothing was changed.</source>
            <translation>Cancelado. No se cambió nada.</translation>
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
            <source>Back up now…</source>
            <translation>Hacer copia ahora…</translation>
        </message>
        <message>
            <source>Restore from a backup…</source>
            <translation>Restaurar desde una copia de seguridad…</translation>
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
            <source>Your vault is ready. Add your first customer with Ctrl+N.</source>
            <translation>Tu bóveda está lista. Agrega tu primer cliente con Ctrl+N.</translation>
        </message>
        <message>
            <source>VaultCRM — {0}</source>
            <translation>VaultCRM — {0}</translation>
        </message>
        <message>
            <source>This is a throwaway demo vault with generated customers; it is deleted when you quit.</source>
            <translation>Esta es una bóveda de demostración desechable con clientes generados; se elimina al salir.</translation>
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
            <source>Your new password is set.</source>
            <translation>Tu nueva contraseña está establecida.</translation>
        </message>
        <message>
            <source>VaultCRM: a local-first CRM whose customer data never leaves an encrypted vault.</source>
            <translation>VaultCRM: un CRM local cuyos datos de clientes nunca salen de una bóveda cifrada.</translation>
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
            <source>You will be the vault's first administrator: you can add colleagues and give them profiles later.</source>
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
            <translation>Clave de autenticación</translation>
        </message>
        <message>
            <source>Code from the app</source>
            <translation>Código de la aplicación</translation>
        </message>
        <message>
            <source>Code shown now:</source>
            <translation>Código que se muestra ahora:</translation>
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
            <source>Select a custom profile's column first.</source>
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
        <message>
            <source>{0} records imported</source>
            <translation>{0} registros importados</translation>
        </message>
        <message>
            <source>{0} customers written</source>
            <translation>{0} clientes escritos</translation>
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
            <source>Recovery key:</source>
            <translation>Clave de recuperación:</translation>
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
            <source>Fill in the archive, the destination and the recovery key.</source>
            <translation>Indica el archivo, el destino y la clave de recuperación.</translation>
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
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Configuración</translation>
        </message>
        <message>
            <source>Your profile cannot change settings; they are shown read-only.</source>
            <translation>Tu perfil no puede cambiar la configuración; se muestra en modo de solo lectura.</translation>
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
            <translation>Código de autenticación</translation>
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
        <name>UsersPage</name>
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
