<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../ui/common/widgets.py" line="57"/>
        <source>Password strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/widgets.py" line="77"/>
        <source>Not accepted: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/widgets.py" line="79"/>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/widgets.py" line="90"/>
        <source>QR code for the authenticator app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/widgets.py" line="115"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../ui/admin/users.py" line="82"/>
        <source>Add a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users.py" line="85"/>
        <location filename="../../ui/admin/users.py" line="93"/>
        <source>User name</source>
        <translation>Nom d'utilisateur</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users.py" line="87"/>
        <location filename="../../ui/admin/users.py" line="94"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users.py" line="89"/>
        <location filename="../../ui/admin/users.py" line="95"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users.py" line="96"/>
        <source>A temporary password is generated; the user chooses their own at first sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertsPage</name>
    <message>
        <location filename="../../ui/admin/alerts.py" line="21"/>
        <source>Security alerts</source>
        <translation>Alertes de sécurité</translation>
    </message>
    <message>
        <location filename="../../ui/admin/alerts.py" line="23"/>
        <source>Open only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/alerts.py" line="27"/>
        <source>Acknowledge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/alerts.py" line="42"/>
        <source>Acknowledge alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/alerts.py" line="42"/>
        <source>What was done (optional):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../ui/admin/audit_viewer.py" line="47"/>
        <source>Audit log</source>
        <translation>Journal d'audit</translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_viewer.py" line="52"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_viewer.py" line="53"/>
        <source>Filter by user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_viewer.py" line="55"/>
        <source>Action (e.g. customer.*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_viewer.py" line="56"/>
        <source>Filter by action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_viewer.py" line="58"/>
        <source>Customer id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_viewer.py" line="59"/>
        <source>Filter by customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_viewer.py" line="61"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_viewer.py" line="64"/>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_viewer.py" line="69"/>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_viewer.py" line="70"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_viewer.py" line="73"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_viewer.py" line="75"/>
        <source>Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_viewer.py" line="76"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_viewer.py" line="79"/>
        <source>Chain not checked yet in this view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_viewer.py" line="85"/>
        <source>‹ Newer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_viewer.py" line="86"/>
        <source>Newer entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_viewer.py" line="87"/>
        <source>Older ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_viewer.py" line="88"/>
        <source>Older entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_viewer.py" line="118"/>
        <source>Page {0} of {1} · {2} entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_viewer.py" line="124"/>
        <source>Checking the chain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_viewer.py" line="129"/>
        <source>Chain intact: {0} entries, every link checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_viewer.py" line="132"/>
        <source>Chain BROKEN at entry {0}: {1}. Keep this vault as evidence and tell your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_viewer.py" line="138"/>
        <source>Export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_viewer.py" line="139"/>
        <source>JSON (*.json);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/audit_viewer.py" line="144"/>
        <source>Exported to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../ui/common/backup.py" line="27"/>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/backup.py" line="34"/>
        <source>Backup location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/backup.py" line="35"/>
        <source>A folder, or sftp://, webdav://, s3:// …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/backup.py" line="36"/>
        <source>Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/backup.py" line="40"/>
        <source>Back up to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/backup.py" line="42"/>
        <source>The archive is encrypted to the vault&apos;s recovery key, signed, then read back and verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/backup.py" line="45"/>
        <source>Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/backup.py" line="53"/>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/backup.py" line="60"/>
        <source>Choose where to back up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/backup.py" line="77"/>
        <source>Backed up and verified: {0} ({1:,} bytes).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerEditor</name>
    <message>
        <location filename="../../ui/workspace/editor.py" line="59"/>
        <source>Edit customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/editor.py" line="59"/>
        <source>New customer</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/editor.py" line="69"/>
        <source>Reload the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/editor.py" line="77"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/editor.py" line="78"/>
        <location filename="../../ui/workspace/editor.py" line="82"/>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/editor.py" line="79"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/editor.py" line="80"/>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/editor.py" line="81"/>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/editor.py" line="83"/>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/editor.py" line="87"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/editor.py" line="88"/>
        <source>E-mails (one a line, &quot;work: a@b.com&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/editor.py" line="89"/>
        <source>Phones (one a line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/editor.py" line="92"/>
        <source>Tags (comma-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/editor.py" line="93"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/editor.py" line="254"/>
        <source>Please correct the fields marked below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/editor.py" line="292"/>
        <source>Reloaded the current version. Make your changes again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../../ui/workspace/customer_model.py" line="70"/>
        <source>This column cannot be sorted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../../ui/workspace/customers.py" line="67"/>
        <source>Search name, company, e-mail, phone, city…  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/customers.py" line="68"/>
        <source>Search customers</source>
        <translation>Rechercher des clients</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/customers.py" line="76"/>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/customers.py" line="77"/>
        <source>Any status</source>
        <translation>Tous statuts</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/customers.py" line="81"/>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/customers.py" line="82"/>
        <source>Tag filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/customers.py" line="85"/>
        <source>Owner filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/customers.py" line="86"/>
        <source>Any owner</source>
        <translation>Tous responsables</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/customers.py" line="93"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/customers.py" line="94"/>
        <source>Choose columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/customers.py" line="96"/>
        <location filename="../../ui/workspace/customers.py" line="98"/>
        <source>New customer</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/customers.py" line="117"/>
        <source>Customer list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/customers.py" line="183"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/customers.py" line="184"/>
        <source>New customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/customers.py" line="186"/>
        <source>Edit customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/customers.py" line="188"/>
        <location filename="../../ui/workspace/customers.py" line="322"/>
        <source>Delete customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/customers.py" line="190"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/customers.py" line="192"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/customers.py" line="194"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/customers.py" line="239"/>
        <source>{0} customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/customers.py" line="239"/>
        <source>1 customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/customers.py" line="323"/>
        <source>Delete {0}? You can undo this right after, or restore it from the bin later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/customers.py" line="324"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/customers.py" line="324"/>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/customers.py" line="335"/>
        <source>{0} was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/customers.py" line="336"/>
        <source>Undo</source>
        <translation>Annuler la suppression</translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <location filename="../../ui/workspace/detail.py" line="69"/>
        <source>Customer details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="90"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="91"/>
        <source>Edit customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="93"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="95"/>
        <source>Delete customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="105"/>
        <source>Select a customer to see the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="133"/>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="142"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="144"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="145"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="145"/>
        <source>No e-mail or phone yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="150"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="152"/>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="154"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="164"/>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="165"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="166"/>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="166"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="167"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="168"/>
        <source>Updated</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="170"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="171"/>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="180"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="181"/>
        <source>{0} by {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="184"/>
        <source>No history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="187"/>
        <source>Interactions</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="191"/>
        <source>Kind of interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="195"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="196"/>
        <source>What happened?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="197"/>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="198"/>
        <source>Log the interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="208"/>
        <source>No interactions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="217"/>
        <source>Deals and purchases</source>
        <translation>Affaires et achats</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="223"/>
        <source>Bought in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="224"/>
        <source>No deals yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="251"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="253"/>
        <source>Copy {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="259"/>
        <source>Sensitive</source>
        <translation>Sensible</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="273"/>
        <source>Reveal</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="274"/>
        <source>Reveal sensitive fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="275"/>
        <source>Showing sensitive fields is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolmentDialog</name>
    <message>
        <location filename="../../ui/admin/users.py" line="53"/>
        <source>Give this to {0} in person. It is shown only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users.py" line="60"/>
        <source>Temporary password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users.py" line="64"/>
        <source>Authenticator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users.py" line="68"/>
        <source>Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users.py" line="72"/>
        <source>Recovery codes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/workspace/transfer.py" line="244"/>
        <source>Export customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/transfer.py" line="247"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/transfer.py" line="250"/>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/transfer.py" line="251"/>
        <source>All customers I can see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/transfer.py" line="252"/>
        <source>Only the current search and filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/transfer.py" line="261"/>
        <source>Which:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/transfer.py" line="265"/>
        <source>Sensitive fields are masked unless your profile may read them. The export is recorded in the audit log; keep the file safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/transfer.py" line="268"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/transfer.py" line="283"/>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/transfer.py" line="297"/>
        <source>Cancelled; no file was left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/transfer.py" line="298"/>
        <source>Exported {0} customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/transfer.py" line="300"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/workspace/transfer.py" line="92"/>
        <location filename="../../ui/workspace/transfer.py" line="152"/>
        <source>Import customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/transfer.py" line="99"/>
        <source>No file chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/transfer.py" line="100"/>
        <source>Choose a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/transfer.py" line="101"/>
        <source>Choose a file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/transfer.py" line="106"/>
        <source>CSV (Google, Outlook or your own columns) or vCard. Check where each column goes; nothing is written until you press Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/transfer.py" line="111"/>
        <source>Column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/transfer.py" line="122"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/transfer.py" line="136"/>
        <source>Rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/transfer.py" line="143"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/transfer.py" line="153"/>
        <source>Contacts (*.csv *.tsv *.txt *.vcf *.vcard);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/transfer.py" line="177"/>
        <source>{0} records can be imported; {1} would be refused (listed after the import).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/transfer.py" line="184"/>
        <source>Field for {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/transfer.py" line="207"/>
        <source>{0} records imported…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/transfer.py" line="213"/>
        <source>{0} imported, {1} not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/transfer.py" line="215"/>
        <source>Cancelled. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/transfer.py" line="220"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <location filename="../../ui/common/progress.py" line="93"/>
        <source>Cancelled. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="48"/>
        <location filename="../../ui/main_window.py" line="139"/>
        <source>VaultCRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="84"/>
        <source>&amp;Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="85"/>
        <source>New vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="86"/>
        <source>Open vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="87"/>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="88"/>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="89"/>
        <source>Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="90"/>
        <source>Restore from a backup…</source>
        <translation>Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="91"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="95"/>
        <source>&amp;Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="96"/>
        <source>&amp;Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="97"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="98"/>
        <location filename="../../ui/main_window.py" line="287"/>
        <source>About VaultCRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152"/>
        <source>Your vault is ready. Add your first customer with Ctrl+N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="161"/>
        <location filename="../../ui/main_window.py" line="197"/>
        <source>VaultCRM — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="201"/>
        <source>This is a throwaway demo vault with generated customers; it is deleted when you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="288"/>
        <source>VaultCRM: a local-first CRM whose customer data never leaves an encrypted vault.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewVaultWizard</name>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="73"/>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="74"/>
        <location filename="../../ui/wizard/wizard.py" line="418"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="77"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="118"/>
        <source>A vault is a folder holding your encrypted customer data. Choose an empty or new folder on this computer (not a synced cloud folder: back up to one instead).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="122"/>
        <source>Vault folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="124"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="125"/>
        <source>Browse for a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="130"/>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="139"/>
        <source>You will be the vault&apos;s first administrator: you can add colleagues and give them profiles later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="142"/>
        <source>User name</source>
        <translation>Nom d'utilisateur</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="143"/>
        <source>e.g. alice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="145"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="146"/>
        <source>e.g. Alice Martin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="148"/>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="149"/>
        <source>Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="158"/>
        <source>Your password protects every record. Use a long passphrase you can remember: at least 12 characters; several unrelated words work well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="163"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="166"/>
        <source>Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="168"/>
        <source>Show password</source>
        <translation>Afficher le mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="171"/>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="172"/>
        <source>Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="174"/>
        <source>Strength:</source>
        <translation>Robustesse :</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="188"/>
        <source>Scan this code with an authenticator app (Google Authenticator, Aegis, FreeOTP…). Each sign-in asks for the 6-digit code it shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="190"/>
        <source>Or type this key into the app:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="194"/>
        <source>Authenticator key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="201"/>
        <source>Code from the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="203"/>
        <source>Code shown now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="213"/>
        <source>Save or print this sheet now and keep it offline. It is the only way back in if you forget your password, and it opens your backups. If you lose both your password and this recovery key, the data is gone for good: nobody can recover it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="221"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="221"/>
        <source>Vault id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="222"/>
        <source>Signing-key fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="222"/>
        <source>Recovery codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="241"/>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="242"/>
        <source>Save the recovery sheet as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="244"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="245"/>
        <source>Print the recovery sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="254"/>
        <source>I saved or printed the sheet and understand the warning above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="255"/>
        <source>I understand the warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="263"/>
        <source>Folder for the new vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="290"/>
        <source>Choose another folder: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="301"/>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="303"/>
        <source>This password is not accepted: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="360"/>
        <source>Save the recovery sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="360"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="369"/>
        <source>Saved to {0}. Move it somewhere safe and offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="378"/>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="378"/>
        <source>Print the recovery sheet?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="391"/>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="401"/>
        <source>Leave the wizard?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="402"/>
        <source>The vault has been created. If you leave now without the recovery sheet, keep your password and authenticator safe: they are the only way in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="403"/>
        <source>Leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="403"/>
        <source>Stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="413"/>
        <source>Step {0} of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="418"/>
        <source>Create vault</source>
        <translation>Créer le coffre</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="419"/>
        <source>Creating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="419"/>
        <source>Confirm code</source>
        <translation>Confirmer le code</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="420"/>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../../ui/workspace/workspace.py" line="41"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PermissionMatrixModel</name>
    <message>
        <location filename="../../ui/admin/profiles.py" line="44"/>
        <source>All records (else own only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/profiles.py" line="61"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/profiles.py" line="61"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilesPage</name>
    <message>
        <location filename="../../ui/admin/profiles.py" line="117"/>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <location filename="../../ui/admin/profiles.py" line="121"/>
        <source>New profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/profiles.py" line="122"/>
        <location filename="../../ui/admin/profiles.py" line="155"/>
        <source>Delete profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/profiles.py" line="131"/>
        <source>Built-in profiles cannot be changed; make a copy with “New profile”. Changes to a custom profile are saved at once and audited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/profiles.py" line="133"/>
        <source>Read-only: changing profiles needs “Manage profiles”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/profiles.py" line="145"/>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/profiles.py" line="145"/>
        <source>Name of the new profile (a copy of {0}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/profiles.py" line="146"/>
        <source>Name of the new profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/profiles.py" line="153"/>
        <source>Select a custom profile&apos;s column first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/profiles.py" line="155"/>
        <source>Delete the profile {0}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/profiles.py" line="156"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../ui/admin/profiles.py" line="156"/>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../../ui/common/progress.py" line="23"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/progress.py" line="45"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/common/restore.py" line="36"/>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/restore.py" line="42"/>
        <source>Backup archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/restore.py" line="43"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/restore.py" line="48"/>
        <source>Archive (.crmbak):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/restore.py" line="50"/>
        <source>Restore into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/restore.py" line="51"/>
        <source>Restore into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/restore.py" line="54"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/restore.py" line="57"/>
        <source>Recovery key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/restore.py" line="60"/>
        <source>The archive is checked in full before anything is replaced. Restoring over the open vault keeps the current one until the restored copy has opened; any failure puts it back. You will sign in again afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/restore.py" line="64"/>
        <location filename="../../ui/common/restore.py" line="83"/>
        <location filename="../../ui/common/restore.py" line="84"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/restore.py" line="71"/>
        <source>Choose a backup archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/restore.py" line="72"/>
        <source>VaultCRM backups (*.crmbak)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/restore.py" line="81"/>
        <source>Fill in the archive, the destination and the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/restore.py" line="83"/>
        <source>Restore {0} into {1}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/restore.py" line="84"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/common/restore.py" line="97"/>
        <source>Restored into {0}. Sign in to continue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="45"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="73"/>
        <source>Your profile cannot change settings; they are shown read-only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <location filename="../../ui/signin/panel.py" line="67"/>
        <source>Vault locked</source>
        <translation>Coffre verrouillé</translation>
    </message>
    <message>
        <location filename="../../ui/signin/panel.py" line="67"/>
        <location filename="../../ui/signin/panel.py" line="104"/>
        <location filename="../../ui/signin/panel.py" line="107"/>
        <location filename="../../ui/signin/panel.py" line="276"/>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../../ui/signin/panel.py" line="76"/>
        <location filename="../../ui/signin/panel.py" line="84"/>
        <source>User name</source>
        <translation>Nom d'utilisateur</translation>
    </message>
    <message>
        <location filename="../../ui/signin/panel.py" line="79"/>
        <location filename="../../ui/signin/panel.py" line="85"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/signin/panel.py" line="81"/>
        <location filename="../../ui/signin/panel.py" line="169"/>
        <source>Authenticator code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signin/panel.py" line="83"/>
        <location filename="../../ui/signin/panel.py" line="168"/>
        <source>Code from your authenticator app</source>
        <translation>Code de votre application d'authentification</translation>
    </message>
    <message>
        <location filename="../../ui/signin/panel.py" line="88"/>
        <source>Use a recovery code instead (lost phone)</source>
        <translation>Utiliser un code de secours (téléphone perdu)</translation>
    </message>
    <message>
        <location filename="../../ui/signin/panel.py" line="89"/>
        <source>Use a recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signin/panel.py" line="101"/>
        <source>Other vault…</source>
        <translation>Autre coffre…</translation>
    </message>
    <message>
        <location filename="../../ui/signin/panel.py" line="102"/>
        <source>Choose another vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signin/panel.py" line="126"/>
        <source>Choose a new password</source>
        <translation>Choisissez un nouveau mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/signin/panel.py" line="127"/>
        <source>You signed in with a temporary password. Choose your own before you go on; nobody else, not even an administrator, will know it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signin/panel.py" line="133"/>
        <location filename="../../ui/signin/panel.py" line="138"/>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/signin/panel.py" line="136"/>
        <source>Repeat new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signin/panel.py" line="139"/>
        <source>Repeat</source>
        <translation>Répéter</translation>
    </message>
    <message>
        <location filename="../../ui/signin/panel.py" line="148"/>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <location filename="../../ui/signin/panel.py" line="150"/>
        <source>Change password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/signin/panel.py" line="167"/>
        <source>Recovery code (from your recovery sheet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signin/panel.py" line="169"/>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signin/panel.py" line="234"/>
        <source>Not accepted yet: see the notes above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signin/panel.py" line="247"/>
        <source>Your new password is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signin/panel.py" line="276"/>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../../ui/signin/panel.py" line="278"/>
        <source>Too many failed sign-ins. You can try again in {0} s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../ui/start/start_page.py" line="38"/>
        <source>Welcome to VaultCRM</source>
        <translation>Bienvenue dans VaultCRM</translation>
    </message>
    <message>
        <location filename="../../ui/start/start_page.py" line="39"/>
        <source>Your customer data stays on this computer, in an encrypted vault that only you and your colleagues can open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/start_page.py" line="42"/>
        <source>Create a new vault…</source>
        <translation>Créer un coffre…</translation>
    </message>
    <message>
        <location filename="../../ui/start/start_page.py" line="44"/>
        <source>Create a new vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/start_page.py" line="45"/>
        <source>Open a vault…</source>
        <translation>Ouvrir un coffre…</translation>
    </message>
    <message>
        <location filename="../../ui/start/start_page.py" line="46"/>
        <source>Open an existing vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/start_page.py" line="47"/>
        <source>Restore from a backup…</source>
        <translation>Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../ui/start/start_page.py" line="48"/>
        <source>Restore a vault from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/start_page.py" line="51"/>
        <source>Restoring from the app is not available yet; use the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/start_page.py" line="56"/>
        <location filename="../../ui/start/start_page.py" line="58"/>
        <source>Recent vaults</source>
        <translation>Coffres récents</translation>
    </message>
    <message>
        <location filename="../../ui/start/start_page.py" line="62"/>
        <source>No vault opened on this computer yet.</source>
        <translation>Aucun coffre ouvert sur cet ordinateur pour l'instant.</translation>
    </message>
    <message>
        <location filename="../../ui/start/start_page.py" line="84"/>
        <source>{0} (not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/start_page.py" line="96"/>
        <source>Open a vault folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/start_page.py" line="100"/>
        <source>Not a vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/start_page.py" line="100"/>
        <source>This folder does not hold a VaultCRM vault.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../ui/admin/users.py" line="106"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users.py" line="109"/>
        <source>Add user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users.py" line="110"/>
        <source>Change profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users.py" line="111"/>
        <source>Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users.py" line="112"/>
        <source>Reset authenticator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users.py" line="113"/>
        <location filename="../../ui/admin/users.py" line="138"/>
        <location filename="../../ui/admin/users.py" line="208"/>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users.py" line="138"/>
        <source>Enable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users.py" line="154"/>
        <source>New user {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users.py" line="169"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users.py" line="173"/>
        <source>Change profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users.py" line="174"/>
        <source>Profile for {0}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users.py" line="183"/>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users.py" line="184"/>
        <source>Give {0} a new temporary password? Their current password stops working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users.py" line="185"/>
        <location filename="../../ui/admin/users.py" line="195"/>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users.py" line="185"/>
        <location filename="../../ui/admin/users.py" line="195"/>
        <location filename="../../ui/admin/users.py" line="208"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/admin/users.py" line="189"/>
        <source>Password reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users.py" line="193"/>
        <source>Reset authenticator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users.py" line="194"/>
        <source>Enrol a new authenticator for {0} (lost phone)? They also get a temporary password and new recovery codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users.py" line="199"/>
        <source>New authenticator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users.py" line="206"/>
        <source>Disable user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users.py" line="207"/>
        <source>Disable {0}? Their password will no longer open the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/admin/users.py" line="213"/>
        <source>User enabled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultStatusBar</name>
    <message>
        <location filename="../../ui/common/statusbar.py" line="12"/>
        <source>Signed-in user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/statusbar.py" line="14"/>
        <source>Time to auto-lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/statusbar.py" line="16"/>
        <source>Last backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/statusbar.py" line="22"/>
        <source>{0} · {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/statusbar.py" line="34"/>
        <source>Locks in {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../ui/workspace/workspace.py" line="91"/>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/workspace.py" line="94"/>
        <source>Your profile does not allow seeing customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/workspace.py" line="96"/>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/workspace.py" line="122"/>
        <source>Users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/workspace.py" line="124"/>
        <source>Profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/workspace.py" line="126"/>
        <source>Audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/workspace.py" line="128"/>
        <source>Security alerts…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
