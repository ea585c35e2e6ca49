<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../ui/common/widgets.py" line="72"/>
        <source>Password strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/widgets.py" line="92"/>
        <source>Not accepted: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/widgets.py" line="94"/>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/widgets.py" line="105"/>
        <source>QR code for the authenticator app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/widgets.py" line="130"/>
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
        <translation>Nom d&apos;utilisateur</translation>
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
    <name>App</name>
    <message>
        <location filename="../../ui/application.py" line="96"/>
        <source>Preparing a demo vault with generated customers…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../ui/admin/audit_viewer.py" line="47"/>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
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
    <name>BinDialog</name>
    <message>
        <location filename="../../ui/workspace/bin.py" line="26"/>
        <location filename="../../ui/workspace/bin.py" line="31"/>
        <source>Deleted customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/bin.py" line="35"/>
        <source>Deleted customers stay here until they are erased for good (see Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/bin.py" line="37"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../ui/common/password_dialog.py" line="20"/>
        <source>Change my password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/password_dialog.py" line="26"/>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/password_dialog.py" line="26"/>
        <source>New password</source>
        <translation type="unfinished">Nouveau mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/common/password_dialog.py" line="27"/>
        <source>Repeat new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/common/password_dialog.py" line="55"/>
        <source>Fill in the current password and an accepted new one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerEditor</name>
    <message>
        <location filename="../../ui/workspace/editor.py" line="61"/>
        <source>Edit customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/editor.py" line="61"/>
        <source>New customer</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/editor.py" line="71"/>
        <source>Reload the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/editor.py" line="74"/>
        <source>Open the existing one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/editor.py" line="84"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/editor.py" line="85"/>
        <location filename="../../ui/workspace/editor.py" line="89"/>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/editor.py" line="86"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/editor.py" line="87"/>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/editor.py" line="88"/>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/editor.py" line="90"/>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/editor.py" line="94"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/editor.py" line="95"/>
        <source>E-mails (one a line, &quot;work: a@b.com&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/editor.py" line="96"/>
        <source>Phones (one a line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/editor.py" line="99"/>
        <source>Tags (comma-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/editor.py" line="100"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/editor.py" line="113"/>
        <source>Sensitive: your profile cannot see or fill it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/editor.py" line="279"/>
        <source>This looks like a customer you already have ({0}). Save anyway to create it, or open the existing one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/editor.py" line="283"/>
        <source>Save anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/editor.py" line="303"/>
        <source>Please correct the fields marked below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/editor.py" line="348"/>
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
        <location filename="../../ui/workspace/customers.py" line="68"/>
        <source>Search name, company, e-mail, phone, city…  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/customers.py" line="69"/>
        <source>Search customers</source>
        <translation>Rechercher des clients</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/customers.py" line="77"/>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/customers.py" line="78"/>
        <source>Any status</source>
        <translation>Tous statuts</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/customers.py" line="82"/>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/customers.py" line="83"/>
        <source>Tag filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/customers.py" line="86"/>
        <source>Owner filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/customers.py" line="87"/>
        <source>Any owner</source>
        <translation>Tous responsables</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/customers.py" line="94"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/customers.py" line="95"/>
        <source>Choose columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/customers.py" line="97"/>
        <location filename="../../ui/workspace/customers.py" line="99"/>
        <source>New customer</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/customers.py" line="120"/>
        <source>Customer list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/customers.py" line="189"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/customers.py" line="190"/>
        <source>New customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/customers.py" line="192"/>
        <source>Edit customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/customers.py" line="194"/>
        <location filename="../../ui/workspace/customers.py" line="332"/>
        <source>Delete customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/customers.py" line="196"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/customers.py" line="198"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/customers.py" line="200"/>
        <source>Deleted customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/customers.py" line="202"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/customers.py" line="247"/>
        <source>{0} customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/customers.py" line="247"/>
        <source>1 customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/customers.py" line="333"/>
        <source>Delete {0}? You can undo this right after, or restore it from the bin later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/customers.py" line="334"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/customers.py" line="334"/>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/customers.py" line="345"/>
        <source>{0} was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/customers.py" line="346"/>
        <source>Undo</source>
        <translation>Annuler la suppression</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/customers.py" line="365"/>
        <source>Subject access export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/customers.py" line="366"/>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/customers.py" line="370"/>
        <source>Exported everything held about {0} to {1} (and a readable {2}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/customers.py" line="373"/>
        <source>Restrict processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/customers.py" line="373"/>
        <source>Reason (e.g. the person&apos;s request of …):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/customers.py" line="380"/>
        <source>Erase {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/customers.py" line="381"/>
        <source>Erase this person for good? Their personal data is anonymised and their key shredded, so the audit log keeps its entries but can no longer show their values. This cannot be undone, and it is re-applied after a restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/customers.py" line="383"/>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/customers.py" line="383"/>
        <source>Cancel</source>
        <translation type="unfinished">Annuler</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/customers.py" line="387"/>
        <source>The person was erased.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <location filename="../../ui/workspace/detail.py" line="70"/>
        <source>Customer details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="91"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="92"/>
        <source>Edit customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="94"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="96"/>
        <source>Delete customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="106"/>
        <source>Select a customer to see the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="134"/>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="143"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="145"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="146"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="146"/>
        <source>No e-mail or phone yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="151"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="153"/>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="155"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="165"/>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="166"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="167"/>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="167"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="168"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="169"/>
        <source>Updated</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="171"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="172"/>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="183"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="184"/>
        <source>{0} by {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="187"/>
        <source>No history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="190"/>
        <source>Interactions</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="194"/>
        <source>Kind of interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="198"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="199"/>
        <source>What happened?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="200"/>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="201"/>
        <source>Log the interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="211"/>
        <source>No interactions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="220"/>
        <source>Deals and purchases</source>
        <translation>Affaires et achats</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="226"/>
        <source>Bought in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="227"/>
        <source>No deals yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="230"/>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="231"/>
        <source>Processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="231"/>
        <source>RESTRICTED: no export, no edits but by privacy managers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="232"/>
        <source>normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="234"/>
        <source>withdrawn {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="235"/>
        <source>given {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="236"/>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="239"/>
        <source>Export everything held…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="241"/>
        <source>Lift restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="241"/>
        <source>Restrict processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="242"/>
        <source>Erase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="276"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="278"/>
        <source>Copy {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="284"/>
        <source>Sensitive</source>
        <translation>Sensible</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="298"/>
        <source>Reveal</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="299"/>
        <source>Reveal sensitive fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/detail.py" line="300"/>
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
        <location filename="../../ui/workspace/transfer.py" line="250"/>
        <source>Export customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/transfer.py" line="253"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/transfer.py" line="256"/>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/transfer.py" line="257"/>
        <source>All customers I can see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/transfer.py" line="258"/>
        <source>Only the current search and filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/transfer.py" line="267"/>
        <source>Which:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/transfer.py" line="271"/>
        <source>Sensitive fields are masked unless your profile may read them. The export is recorded in the audit log; keep the file safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/transfer.py" line="274"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/transfer.py" line="289"/>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/transfer.py" line="296"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/transfer.py" line="302"/>
        <source>{0} customers written…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/transfer.py" line="308"/>
        <source>Cancelled; no file was left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/transfer.py" line="309"/>
        <source>Exported {0} customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/transfer.py" line="311"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/workspace/transfer.py" line="92"/>
        <location filename="../../ui/workspace/transfer.py" line="154"/>
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
        <location filename="../../ui/workspace/transfer.py" line="124"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/transfer.py" line="138"/>
        <source>Rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/transfer.py" line="145"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/transfer.py" line="155"/>
        <source>Contacts (*.csv *.tsv *.txt *.vcf *.vcard);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/transfer.py" line="163"/>
        <source>Reading the file and checking every record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/transfer.py" line="182"/>
        <source>{0} records can be imported; {1} would be refused (listed after the import).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/transfer.py" line="189"/>
        <source>Field for {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/transfer.py" line="212"/>
        <source>{0} records imported…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/transfer.py" line="218"/>
        <source>{0} imported, {1} not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/transfer.py" line="220"/>
        <source>Cancelled. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/transfer.py" line="225"/>
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
        <location filename="../../ui/main_window.py" line="150"/>
        <source>VaultCRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="93"/>
        <source>&amp;Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94"/>
        <source>New vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="95"/>
        <source>Open vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="96"/>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="97"/>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="98"/>
        <source>Change my password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="99"/>
        <source>Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="100"/>
        <source>Restore from a backup…</source>
        <translation>Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="101"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105"/>
        <source>&amp;Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106"/>
        <source>&amp;Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="107"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108"/>
        <location filename="../../ui/main_window.py" line="333"/>
        <source>About VaultCRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="163"/>
        <source>Your vault is ready. Add your first customer with Ctrl+N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="172"/>
        <location filename="../../ui/main_window.py" line="210"/>
        <source>VaultCRM — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="214"/>
        <source>This is a throwaway demo vault with generated customers; it is deleted when you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="283"/>
        <source>Your new password is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="334"/>
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
        <translation>Nom d&apos;utilisateur</translation>
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
        <location filename="../../ui/settings_dialog.py" line="46"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="77"/>
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
        <location filename="../../ui/signin/panel.py" line="113"/>
        <location filename="../../ui/signin/panel.py" line="116"/>
        <location filename="../../ui/signin/panel.py" line="285"/>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../../ui/signin/panel.py" line="72"/>
        <source>Locked after a while without activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signin/panel.py" line="73"/>
        <source>Locked because the screen was locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signin/panel.py" line="74"/>
        <source>You locked the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signin/panel.py" line="85"/>
        <location filename="../../ui/signin/panel.py" line="93"/>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../../ui/signin/panel.py" line="88"/>
        <location filename="../../ui/signin/panel.py" line="94"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/signin/panel.py" line="90"/>
        <location filename="../../ui/signin/panel.py" line="178"/>
        <source>Authenticator code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signin/panel.py" line="92"/>
        <location filename="../../ui/signin/panel.py" line="177"/>
        <source>Code from your authenticator app</source>
        <translation>Code de votre application d&apos;authentification</translation>
    </message>
    <message>
        <location filename="../../ui/signin/panel.py" line="97"/>
        <source>Use a recovery code instead (lost phone)</source>
        <translation>Utiliser un code de secours (téléphone perdu)</translation>
    </message>
    <message>
        <location filename="../../ui/signin/panel.py" line="98"/>
        <source>Use a recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signin/panel.py" line="110"/>
        <source>Other vault…</source>
        <translation>Autre coffre…</translation>
    </message>
    <message>
        <location filename="../../ui/signin/panel.py" line="111"/>
        <source>Choose another vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signin/panel.py" line="135"/>
        <source>Choose a new password</source>
        <translation>Choisissez un nouveau mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/signin/panel.py" line="136"/>
        <source>You signed in with a temporary password. Choose your own before you go on; nobody else, not even an administrator, will know it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signin/panel.py" line="142"/>
        <location filename="../../ui/signin/panel.py" line="147"/>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/signin/panel.py" line="145"/>
        <source>Repeat new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signin/panel.py" line="148"/>
        <source>Repeat</source>
        <translation>Répéter</translation>
    </message>
    <message>
        <location filename="../../ui/signin/panel.py" line="157"/>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <location filename="../../ui/signin/panel.py" line="159"/>
        <source>Change password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <location filename="../../ui/signin/panel.py" line="176"/>
        <source>Recovery code (from your recovery sheet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signin/panel.py" line="178"/>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signin/panel.py" line="243"/>
        <source>Not accepted yet: see the notes above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signin/panel.py" line="256"/>
        <source>Your new password is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signin/panel.py" line="285"/>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location filename="../../ui/signin/panel.py" line="287"/>
        <source>Too many failed sign-ins. You can try again in {0} s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../ui/start/start_page.py" line="40"/>
        <source>Welcome to VaultCRM</source>
        <translation>Bienvenue dans VaultCRM</translation>
    </message>
    <message>
        <location filename="../../ui/start/start_page.py" line="42"/>
        <source>Your customer data stays on this computer, in an encrypted vault that only you and your colleagues can open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/start_page.py" line="45"/>
        <source>Create a new vault…</source>
        <translation>Créer un coffre…</translation>
    </message>
    <message>
        <location filename="../../ui/start/start_page.py" line="47"/>
        <source>Create a new vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/start_page.py" line="48"/>
        <source>Open a vault…</source>
        <translation>Ouvrir un coffre…</translation>
    </message>
    <message>
        <location filename="../../ui/start/start_page.py" line="49"/>
        <source>Open an existing vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/start_page.py" line="50"/>
        <source>Restore from a backup…</source>
        <translation>Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../ui/start/start_page.py" line="51"/>
        <source>Restore a vault from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/start_page.py" line="54"/>
        <source>Restoring from the app is not available yet; use the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/start_page.py" line="59"/>
        <location filename="../../ui/start/start_page.py" line="61"/>
        <source>Recent vaults</source>
        <translation>Coffres récents</translation>
    </message>
    <message>
        <location filename="../../ui/start/start_page.py" line="65"/>
        <source>No vault opened on this computer yet.</source>
        <translation>Aucun coffre ouvert sur cet ordinateur pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../ui/start/start_page.py" line="87"/>
        <source>{0} (not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/start_page.py" line="99"/>
        <source>Open a vault folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/start_page.py" line="103"/>
        <source>Not a vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/start/start_page.py" line="103"/>
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
        <location filename="../../ui/workspace/workspace.py" line="92"/>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../ui/workspace/workspace.py" line="95"/>
        <source>Your profile does not allow seeing customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/workspace.py" line="97"/>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/workspace.py" line="123"/>
        <source>Users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/workspace.py" line="125"/>
        <source>Profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/workspace.py" line="127"/>
        <source>Audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/workspace/workspace.py" line="129"/>
        <source>Security alerts…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
