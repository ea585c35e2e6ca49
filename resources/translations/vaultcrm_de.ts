<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name />
        <message>
            <source>Password strength</source>
            <translation>Kennwortstärke</translation>
        </message>
        <message>
            <source>Not accepted: </source>
            <translation>Nicht akzeptiert: </translation>
        </message>
        <message>
            <source>The two passwords are not the same.</source>
            <translation>Die beiden Kennwörter stimmen nicht überein.</translation>
        </message>
        <message>
            <source>QR code for the authenticator app</source>
            <translation>QR-Code für die Authentifizierungs-App</translation>
        </message>
        <message>
            <source>Working</source>
            <translation>Wird ausgeführt</translation>
        </message>
    </context>
    <context>
        <name>AddUserDialog</name>
        <message>
            <source>Add a user</source>
            <translation>Benutzer hinzufügen</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Benutzername</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Vollständiger Name</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Profil</translation>
        </message>
        <message>
            <source>A temporary password is generated; the user chooses their own at first sign-in.</source>
            <translation>Es wird ein temporäres Kennwort erzeugt; der Benutzer wählt bei der ersten Anmeldung ein eigenes.</translation>
        </message>
    </context>
    <context>
        <name>AlertsPage</name>
        <message>
            <source>Security alerts</source>
            <translation>Sicherheitswarnungen</translation>
        </message>
        <message>
            <source>Open only</source>
            <translation>Nur offene</translation>
        </message>
        <message>
            <source>Acknowledge…</source>
            <translation>Quittieren…</translation>
        </message>
        <message>
            <source>Acknowledge alert</source>
            <translation>Warnung quittieren</translation>
        </message>
        <message>
            <source>What was done (optional):</source>
            <translation>Was wurde unternommen (optional):</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Preparing a demo vault with generated customers…</source>
            <translation>Demo-Tresor mit generierten Kunden wird vorbereitet…</translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <source>Audit log</source>
            <translation>Prüfprotokoll</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Benutzer</translation>
        </message>
        <message>
            <source>Filter by user</source>
            <translation>Nach Benutzer filtern</translation>
        </message>
        <message>
            <source>Action (e.g. customer.*)</source>
            <translation>Aktion (z. B. customer.*)</translation>
        </message>
        <message>
            <source>Filter by action</source>
            <translation>Nach Aktion filtern</translation>
        </message>
        <message>
            <source>Customer id</source>
            <translation>Kunden-ID</translation>
        </message>
        <message>
            <source>Filter by customer</source>
            <translation>Nach Kunde filtern</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>From date</source>
            <translation>Startdatum</translation>
        </message>
        <message>
            <source>To date</source>
            <translation>Enddatum</translation>
        </message>
        <message>
            <source>to</source>
            <translation>bis</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Anwenden</translation>
        </message>
        <message>
            <source>Verify chain</source>
            <translation>Kette prüfen</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exportieren…</translation>
        </message>
        <message>
            <source>Chain not checked yet in this view.</source>
            <translation>Kette in dieser Ansicht noch nicht geprüft.</translation>
        </message>
        <message>
            <source>‹ Newer</source>
            <translation>‹ Neuer</translation>
        </message>
        <message>
            <source>Newer entries</source>
            <translation>Neuere Einträge</translation>
        </message>
        <message>
            <source>Older ›</source>
            <translation>Älter ›</translation>
        </message>
        <message>
            <source>Older entries</source>
            <translation>Ältere Einträge</translation>
        </message>
        <message>
            <source>Page {0} of {1} · {2} entries</source>
            <translation>Seite {0} von {1} · {2} Einträge</translation>
        </message>
        <message>
            <source>Checking the chain…</source>
            <translation>Kette wird geprüft…</translation>
        </message>
        <message>
            <source>Chain intact: {0} entries, every link checked.</source>
            <translation>Kette intakt: {0} Einträge, jedes Glied geprüft.</translation>
        </message>
        <message>
            <source>Chain BROKEN at entry {0}: {1}. Keep this vault as evidence and tell your administrator.</source>
            <translation>Kette bei Eintrag {0} UNTERBROCHEN: {1}. Bewahren Sie diesen Tresor als Beweismittel auf und informieren Sie Ihren Administrator.</translation>
        </message>
        <message>
            <source>Export the audit log</source>
            <translation>Prüfprotokoll exportieren</translation>
        </message>
        <message>
            <source>JSON (*.json);;CSV (*.csv)</source>
            <translation>JSON (*.json);;CSV (*.csv)</translation>
        </message>
        <message>
            <source>Exported to {0}.</source>
            <translation>Exportiert nach {0}.</translation>
        </message>
    </context>
    <context>
        <name>BackupDialog</name>
        <message>
            <source>Back up now</source>
            <translation>Jetzt sichern</translation>
        </message>
        <message>
            <source>Backup location</source>
            <translation>Sicherungsziel</translation>
        </message>
        <message>
            <source>A folder, or sftp://, webdav://, s3:// …</source>
            <translation>Ein Ordner oder sftp://, webdav://, s3:// …</translation>
        </message>
        <message>
            <source>Folder…</source>
            <translation>Ordner…</translation>
        </message>
        <message>
            <source>Back up to:</source>
            <translation>Sichern nach:</translation>
        </message>
        <message>
            <source>The archive is encrypted to the vault's recovery key, signed, then read back and verified.</source>
            <translation>Das Archiv wird für den Wiederherstellungsschlüssel des Tresors verschlüsselt, signiert, dann zurückgelesen und überprüft.</translation>
        </message>
        <message>
            <source>Back up</source>
            <translation>Sichern</translation>
        </message>
        <message>
            <source>Backup folder</source>
            <translation>Sicherungsordner</translation>
        </message>
        <message>
            <source>Choose where to back up.</source>
            <translation>Wählen Sie das Sicherungsziel aus.</translation>
        </message>
        <message>
            <source>Backed up and verified: {0} ({1:,} bytes).</source>
            <translation>Gesichert und überprüft: {0} ({1:,} Byte).</translation>
        </message>
    </context>
    <context>
        <name>BinDialog</name>
        <message>
            <source>Deleted customers</source>
            <translation>Gelöschte Kunden</translation>
        </message>
        <message>
            <source>Deleted customers can be restored until the date shown; then they are erased for good, with their contact details, interactions and deals (see Settings).</source>
            <translation>Gelöschte Kunden können bis zum angezeigten Datum wiederhergestellt werden; danach werden sie mit ihren Kontaktdaten, Interaktionen und Verkaufschancen endgültig gelöscht (siehe Einstellungen).</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Wiederherstellen</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <source>Change my password</source>
            <translation>Mein Kennwort ändern</translation>
        </message>
        <message>
            <source>Current password</source>
            <translation>Aktuelles Kennwort</translation>
        </message>
        <message>
            <source>New password</source>
            <translation>Neues Kennwort</translation>
        </message>
        <message>
            <source>Repeat new password</source>
            <translation>Neues Kennwort wiederholen</translation>
        </message>
        <message>
            <source>Fill in the current password and an accepted new one.</source>
            <translation>Geben Sie das aktuelle Kennwort und ein zulässiges neues Kennwort ein.</translation>
        </message>
    </context>
    <context>
        <name>Consent</name>
        <message>
            <source>Consent</source>
            <translation>Einwilligung</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>Vertrag</translation>
        </message>
        <message>
            <source>Legal obligation</source>
            <translation>Rechtliche Verpflichtung</translation>
        </message>
        <message>
            <source>Vital interests</source>
            <translation>Lebenswichtige Interessen</translation>
        </message>
        <message>
            <source>Public task</source>
            <translation>Aufgabe im öffentlichen Interesse</translation>
        </message>
        <message>
            <source>Legitimate interests</source>
            <translation>Berechtigte Interessen</translation>
        </message>
    </context>
    <context>
        <name>ConsentDialog</name>
        <message>
            <source>Record consent</source>
            <translation>Einwilligung erfassen</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Zweck</translation>
        </message>
        <message>
            <source>e.g. newsletter, phone marketing</source>
            <translation>z. B. Newsletter, Telefonmarketing</translation>
        </message>
        <message>
            <source>Lawful basis</source>
            <translation>Rechtsgrundlage</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Quelle</translation>
        </message>
        <message>
            <source>Where it was given, e.g. web form, signed paper</source>
            <translation>Wo sie erteilt wurde, z. B. Webformular, unterschriebenes Dokument</translation>
        </message>
        <message>
            <source>A purpose of 1 to 200 characters is needed.</source>
            <translation>Ein Zweck mit 1 bis 200 Zeichen ist erforderlich.</translation>
        </message>
    </context>
    <context>
        <name>CustomerEditor</name>
        <message>
            <source>Edit customer</source>
            <translation>Kunde bearbeiten</translation>
        </message>
        <message>
            <source>New customer</source>
            <translation>Neuer Kunde</translation>
        </message>
        <message>
            <source>Reload the record</source>
            <translation>Datensatz neu laden</translation>
        </message>
        <message>
            <source>Open the existing one</source>
            <translation>Vorhandenen öffnen</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Firma</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Given name</source>
            <translation>Vorname</translation>
        </message>
        <message>
            <source>Family name</source>
            <translation>Nachname</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>E-mails (one a line, "work: a@b.com")</source>
            <translation>E-Mails (eine pro Zeile, "büro: a@b.com")</translation>
        </message>
        <message>
            <source>Phones (one a line)</source>
            <translation>Telefonnummern (eine pro Zeile)</translation>
        </message>
        <message>
            <source>Tags (comma-separated)</source>
            <translation>Schlagwörter (durch Kommas getrennt)</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>Sensitive: your profile cannot see or fill it in.</source>
            <translation>Vertraulich: Ihr Profil kann dieses Feld weder sehen noch ausfüllen.</translation>
        </message>
        <message>
            <source>This looks like a customer you already have ({0}). Save anyway to create it, or open the existing one.</source>
            <translation>Dies scheint ein bereits vorhandener Kunde zu sein ({0}). Speichern Sie trotzdem, um ihn anzulegen, oder öffnen Sie den vorhandenen.</translation>
        </message>
        <message>
            <source>Save anyway</source>
            <translation>Trotzdem speichern</translation>
        </message>
        <message>
            <source>Please correct the fields marked below.</source>
            <translation>Bitte korrigieren Sie die unten markierten Felder.</translation>
        </message>
        <message>
            <source>Reloaded the current version. Make your changes again.</source>
            <translation>Die aktuelle Version wurde neu geladen. Nehmen Sie Ihre Änderungen erneut vor.</translation>
        </message>
    </context>
    <context>
        <name>CustomerFormDialog</name>
        <message>
            <source>Please correct the fields marked below.</source>
            <translation>Bitte korrigieren Sie die unten markierten Felder.</translation>
        </message>
    </context>
    <context>
        <name>CustomerTable</name>
        <message>
            <source>Customer list</source>
            <translation>Kundenliste</translation>
        </message>
    </context>
    <context>
        <name>CustomerTableModel</name>
        <message>
            <source>This column cannot be sorted</source>
            <translation>Diese Spalte kann nicht sortiert werden</translation>
        </message>
    </context>
    <context>
        <name>CustomersPage</name>
        <message>
            <source>Search name, company, e-mail, phone, city…  (Ctrl+F)</source>
            <translation>Name, Firma, E-Mail, Telefon, Ort suchen…  (Strg+F)</translation>
        </message>
        <message>
            <source>Search customers</source>
            <translation>Kunden suchen</translation>
        </message>
        <message>
            <source>Status filter</source>
            <translation>Statusfilter</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Alle Status</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Schlagwort</translation>
        </message>
        <message>
            <source>Tag filter</source>
            <translation>Schlagwortfilter</translation>
        </message>
        <message>
            <source>Owner filter</source>
            <translation>Betreuerfilter</translation>
        </message>
        <message>
            <source>Any owner</source>
            <translation>Alle Betreuer</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Spalten</translation>
        </message>
        <message>
            <source>Choose columns</source>
            <translation>Spalten auswählen</translation>
        </message>
        <message>
            <source>New customer</source>
            <translation>Neuer Kunde</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Suchen</translation>
        </message>
        <message>
            <source>New customer…</source>
            <translation>Neuer Kunde…</translation>
        </message>
        <message>
            <source>Edit customer…</source>
            <translation>Kunde bearbeiten…</translation>
        </message>
        <message>
            <source>Delete customer</source>
            <translation>Kunde löschen</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Importieren…</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exportieren…</translation>
        </message>
        <message>
            <source>Deleted customers…</source>
            <translation>Gelöschte Kunden…</translation>
        </message>
        <message>
            <source>Find duplicates…</source>
            <translation>Duplikate suchen…</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Aktualisieren</translation>
        </message>
        <message>
            <source>{0} customers</source>
            <translation>{0} Kunden</translation>
        </message>
        <message>
            <source>1 customer</source>
            <translation>1 Kunde</translation>
        </message>
        <message>
            <source>Delete {0}? You can undo this right after, or restore it from the bin later.</source>
            <translation>{0} löschen? Sie können dies direkt danach rückgängig machen oder den Kunden später aus dem Papierkorb wiederherstellen.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Behalten</translation>
        </message>
        <message>
            <source>{0} was deleted.</source>
            <translation>{0} wurde gelöscht.</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Rückgängig</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <source>Choose a date</source>
            <translation>Datum auswählen</translation>
        </message>
        <message>
            <source>Choose a date (Alt+Down)</source>
            <translation>Datum auswählen (Alt+Nach-unten)</translation>
        </message>
    </context>
    <context>
        <name>DealDialog</name>
        <message>
            <source>New deal</source>
            <translation>Neue Verkaufschance</translation>
        </message>
        <message>
            <source>Edit deal</source>
            <translation>Verkaufschance bearbeiten</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Betrag</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Währung</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>Expected close</source>
            <translation>Voraussichtlicher Abschluss</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>Line items (optional)</source>
            <translation>Positionen (optional)</translation>
        </message>
        <message>
            <source>With line items, the amount is their total (leave Amount empty).</source>
            <translation>Mit Positionen ist der Betrag deren Summe (Betrag leer lassen).</translation>
        </message>
        <message>
            <source>e.g. 1 250,00 or 1250.00</source>
            <translation>z. B. 1 250,00 oder 1250.00</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Offen</translation>
        </message>
        <message>
            <source>Qualified</source>
            <translation>Qualifiziert</translation>
        </message>
        <message>
            <source>Proposal</source>
            <translation>Angebot</translation>
        </message>
        <message>
            <source>Negotiation</source>
            <translation>Verhandlung</translation>
        </message>
        <message>
            <source>Won</source>
            <translation>Gewonnen</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>Verloren</translation>
        </message>
        <message>
            <source>YYYY-MM-DD (optional)</source>
            <translation>JJJJ-MM-TT (optional)</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Produkt</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Menge</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Einzelpreis</translation>
        </message>
        <message>
            <source>Add line item</source>
            <translation>Position hinzufügen</translation>
        </message>
        <message>
            <source>Remove line item</source>
            <translation>Position entfernen</translation>
        </message>
        <message>
            <source>Reload</source>
            <translation>Neu laden</translation>
        </message>
        <message>
            <source>Delete deal</source>
            <translation>Verkaufschance löschen</translation>
        </message>
        <message>
            <source>{0}: error</source>
            <translation>{0}: Fehler</translation>
        </message>
        <message>
            <source>Delete the deal {0}? This cannot be undone.</source>
            <translation>Verkaufschance {0} löschen? Dies kann nicht rückgängig gemacht werden.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Behalten</translation>
        </message>
        <message>
            <source>product</source>
            <translation>Produkt</translation>
        </message>
        <message>
            <source>quantity</source>
            <translation>Menge</translation>
        </message>
        <message>
            <source>unit price</source>
            <translation>Einzelpreis</translation>
        </message>
        <message>
            <source>Line {0}, {1}: {2}</source>
            <translation>Zeile {0}, {1}: {2}</translation>
        </message>
        <message>
            <source>Please correct the fields marked below.</source>
            <translation>Bitte korrigieren Sie die unten markierten Felder.</translation>
        </message>
        <message>
            <source>Someone else changed this deal since you opened it. Reload to see their version (your changes here are then lost), or Cancel.</source>
            <translation>Jemand anderes hat diese Verkaufschance geändert, seit Sie sie geöffnet haben. Laden Sie sie neu, um die andere Version zu sehen (Ihre Änderungen hier gehen dann verloren), oder brechen Sie ab.</translation>
        </message>
    </context>
    <context>
        <name>DetailActions</name>
        <message>
            <source>Subject access export</source>
            <translation>Auskunftsexport</translation>
        </message>
        <message>
            <source>JSON (*.json)</source>
            <translation>JSON (*.json)</translation>
        </message>
        <message>
            <source>Exported everything held about {0} to {1} (and a readable {2}).</source>
            <translation>Alle über {0} gespeicherten Daten wurden nach {1} exportiert (dazu eine lesbare Fassung: {2}).</translation>
        </message>
        <message>
            <source>Restrict processing</source>
            <translation>Verarbeitung einschränken</translation>
        </message>
        <message>
            <source>Reason (e.g. the person's request of …):</source>
            <translation>Grund (z. B. Antrag der Person vom …):</translation>
        </message>
        <message>
            <source>Erase {0}</source>
            <translation>{0} endgültig löschen</translation>
        </message>
        <message>
            <source>Erase this person for good? Their personal data is anonymised and their key shredded, so the audit log keeps its entries but can no longer show their values. This cannot be undone, and it is re-applied after a restore.</source>
            <translation>Diese Person endgültig löschen? Ihre personenbezogenen Daten werden anonymisiert und ihr Schlüssel vernichtet; das Prüfprotokoll behält seine Einträge, kann ihre Werte aber nicht mehr anzeigen. Dies kann nicht rückgängig gemacht werden und wird nach einer Wiederherstellung erneut angewendet.</translation>
        </message>
        <message>
            <source>Erase</source>
            <translation>Endgültig löschen</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>The person was erased.</source>
            <translation>Die Person wurde endgültig gelöscht.</translation>
        </message>
        <message>
            <source>Withdraw consent</source>
            <translation>Einwilligung widerrufen</translation>
        </message>
        <message>
            <source>Record that {0} withdrew their consent for {1}? The consent stays in the record, marked as withdrawn.</source>
            <translation>Erfassen, dass {0} die Einwilligung für {1} widerrufen hat? Die Einwilligung bleibt im Datensatz, als widerrufen markiert.</translation>
        </message>
        <message>
            <source>Withdraw</source>
            <translation>Widerrufen</translation>
        </message>
        <message>
            <source>Remove preference</source>
            <translation>Präferenz entfernen</translation>
        </message>
        <message>
            <source>Remove the purchase preference "{0}" of {1}?</source>
            <translation>Kaufpräferenz „{0}“ von {1} entfernen?</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
    </context>
    <context>
        <name>DetailView</name>
        <message>
            <source>Customer details</source>
            <translation>Kundendetails</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Bearbeiten</translation>
        </message>
        <message>
            <source>Edit customer</source>
            <translation>Kunde bearbeiten</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Delete customer</source>
            <translation>Kunde löschen</translation>
        </message>
        <message>
            <source>Select a customer to see the details.</source>
            <translation>Wählen Sie einen Kunden aus, um die Details anzuzeigen.</translation>
        </message>
        <message>
            <source>Custom fields</source>
            <translation>Benutzerdefinierte Felder</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Firma</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>No e-mail or phone yet.</source>
            <translation>Noch keine E-Mail-Adresse oder Telefonnummer.</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Addresses</source>
            <translation>Adressen</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Schlagwörter</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Betreuer</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Letzter Kontakt</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nie</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Erstellt</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Aktualisiert</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Übersicht</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <source>{0} by {1}</source>
            <translation>{0} von {1}</translation>
        </message>
        <message>
            <source>No history.</source>
            <translation>Kein Verlauf.</translation>
        </message>
        <message>
            <source>Interactions</source>
            <translation>Interaktionen</translation>
        </message>
        <message>
            <source>Kind of interaction</source>
            <translation>Art der Interaktion</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Was ist passiert</translation>
        </message>
        <message>
            <source>What happened?</source>
            <translation>Was ist passiert?</translation>
        </message>
        <message>
            <source>Log</source>
            <translation>Erfassen</translation>
        </message>
        <message>
            <source>Log the interaction</source>
            <translation>Interaktion erfassen</translation>
        </message>
        <message>
            <source>No interactions yet.</source>
            <translation>Noch keine Interaktionen.</translation>
        </message>
        <message>
            <source>Deals and purchases</source>
            <translation>Verkaufschancen und Käufe</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Offen</translation>
        </message>
        <message>
            <source>Qualified</source>
            <translation>Qualifiziert</translation>
        </message>
        <message>
            <source>Proposal</source>
            <translation>Angebot</translation>
        </message>
        <message>
            <source>Negotiation</source>
            <translation>Verhandlung</translation>
        </message>
        <message>
            <source>Won</source>
            <translation>Gewonnen</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>Verloren</translation>
        </message>
        <message>
            <source>New deal…</source>
            <translation>Neue Verkaufschance…</translation>
        </message>
        <message>
            <source>New deal</source>
            <translation>Neue Verkaufschance</translation>
        </message>
        <message>
            <source>Edit deal {0}</source>
            <translation>Verkaufschance {0} bearbeiten</translation>
        </message>
        <message>
            <source>Bought in total</source>
            <translation>Insgesamt gekauft</translation>
        </message>
        <message>
            <source>No deals yet.</source>
            <translation>Noch keine Verkaufschancen.</translation>
        </message>
        <message>
            <source>Purchase preferences</source>
            <translation>Kaufpräferenzen</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Remove preference {0}</source>
            <translation>Präferenz {0} entfernen</translation>
        </message>
        <message>
            <source>No purchase preferences recorded.</source>
            <translation>Keine Kaufpräferenzen erfasst.</translation>
        </message>
        <message>
            <source>Add preference…</source>
            <translation>Präferenz hinzufügen…</translation>
        </message>
        <message>
            <source>Add purchase preference</source>
            <translation>Kaufpräferenz hinzufügen</translation>
        </message>
        <message>
            <source>Privacy</source>
            <translation>Datenschutz</translation>
        </message>
        <message>
            <source>Processing</source>
            <translation>Verarbeitung</translation>
        </message>
        <message>
            <source>RESTRICTED: no export, no edits but by privacy managers</source>
            <translation>EINGESCHRÄNKT: kein Export, Änderungen nur durch Datenschutzmanager</translation>
        </message>
        <message>
            <source>normal</source>
            <translation>normal</translation>
        </message>
        <message>
            <source>withdrawn {0}</source>
            <translation>widerrufen am {0}</translation>
        </message>
        <message>
            <source>given {0}</source>
            <translation>erteilt am {0}</translation>
        </message>
        <message>
            <source>source: {0}</source>
            <translation>Quelle: {0}</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Einwilligung</translation>
        </message>
        <message>
            <source>Withdraw</source>
            <translation>Widerrufen</translation>
        </message>
        <message>
            <source>Withdraw consent for {0}</source>
            <translation>Einwilligung für {0} widerrufen</translation>
        </message>
        <message>
            <source>No consent recorded.</source>
            <translation>Keine Einwilligung erfasst.</translation>
        </message>
        <message>
            <source>Export everything held…</source>
            <translation>Alle gespeicherten Daten exportieren…</translation>
        </message>
        <message>
            <source>Lift restriction</source>
            <translation>Einschränkung aufheben</translation>
        </message>
        <message>
            <source>Restrict processing</source>
            <translation>Verarbeitung einschränken</translation>
        </message>
        <message>
            <source>Erase…</source>
            <translation>Endgültig löschen…</translation>
        </message>
        <message>
            <source>Record consent…</source>
            <translation>Einwilligung erfassen…</translation>
        </message>
        <message>
            <source>Record consent</source>
            <translation>Einwilligung erfassen</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Kopieren</translation>
        </message>
        <message>
            <source>Copy {0}</source>
            <translation>{0} kopieren</translation>
        </message>
        <message>
            <source>Sensitive</source>
            <translation>Vertraulich</translation>
        </message>
        <message>
            <source>Reveal</source>
            <translation>Anzeigen</translation>
        </message>
        <message>
            <source>Reveal sensitive fields</source>
            <translation>Vertrauliche Felder anzeigen</translation>
        </message>
        <message>
            <source>Showing sensitive fields is recorded in the audit log.</source>
            <translation>Das Anzeigen vertraulicher Felder wird im Prüfprotokoll erfasst.</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesDialog</name>
        <message>
            <source>Find duplicates</source>
            <translation>Duplikate suchen</translation>
        </message>
        <message>
            <source>Looking for customers that seem to be the same…</source>
            <translation>Es wird nach Kunden gesucht, die identisch zu sein scheinen…</translation>
        </message>
        <message>
            <source>Groups of possible duplicates</source>
            <translation>Gruppen möglicher Duplikate</translation>
        </message>
        <message>
            <source>Records in the group: choose the one to keep</source>
            <translation>Datensätze der Gruppe: Wählen Sie den zu behaltenden aus</translation>
        </message>
        <message>
            <source>Why they look alike:</source>
            <translation>Warum sie sich ähneln:</translation>
        </message>
        <message>
            <source>Keep this record (the others are merged into it):</source>
            <translation>Diesen Datensatz behalten (die anderen werden mit ihm zusammengeführt):</translation>
        </message>
        <message>
            <source>Merge…</source>
            <translation>Zusammenführen…</translation>
        </message>
        <message>
            <source>Merge the group into the chosen record</source>
            <translation>Gruppe mit dem gewählten Datensatz zusammenführen</translation>
        </message>
        <message>
            <source>Showing the first {0} groups of possible duplicates; merge some and search again for more.</source>
            <translation>Die ersten {0} Gruppen möglicher Duplikate werden angezeigt; führen Sie einige zusammen und suchen Sie erneut, um weitere zu finden.</translation>
        </message>
        <message>
            <source>{0} groups of possible duplicates. Pick a group, then the record to keep.</source>
            <translation>{0} Gruppen möglicher Duplikate. Wählen Sie eine Gruppe und dann den zu behaltenden Datensatz aus.</translation>
        </message>
        <message>
            <source>1 group of possible duplicates. Pick the record to keep.</source>
            <translation>1 Gruppe möglicher Duplikate. Wählen Sie den zu behaltenden Datensatz aus.</translation>
        </message>
        <message>
            <source>No duplicates found.</source>
            <translation>Keine Duplikate gefunden.</translation>
        </message>
        <message>
            <source>same email</source>
            <translation>gleiche E-Mail-Adresse</translation>
        </message>
        <message>
            <source>same phone</source>
            <translation>gleiche Telefonnummer</translation>
        </message>
        <message>
            <source>close names at the same company</source>
            <translation>ähnliche Namen in derselben Firma</translation>
        </message>
        <message>
            <source>no e-mail</source>
            <translation>keine E-Mail-Adresse</translation>
        </message>
        <message>
            <source>Keep {0} and merge {1} into it? Their contact details fill in what is missing, and every interaction and deal moves to the kept record. The merged records go to the bin.</source>
            <translation>{0} behalten und {1} damit zusammenführen? Deren Kontaktdaten ergänzen fehlende Angaben, und alle Interaktionen und Verkaufschancen werden in den behaltenen Datensatz verschoben. Die zusammengeführten Datensätze werden in den Papierkorb verschoben.</translation>
        </message>
        <message>
            <source>Merge customers</source>
            <translation>Kunden zusammenführen</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Zusammenführen</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>One of these records was changed by someone else meanwhile; the list was reloaded, please check and merge again.</source>
            <translation>Einer dieser Datensätze wurde inzwischen von jemand anderem geändert; die Liste wurde neu geladen. Bitte prüfen Sie sie und führen Sie die Datensätze erneut zusammen.</translation>
        </message>
    </context>
    <context>
        <name>EnrolmentDialog</name>
        <message>
            <source>Give this to {0} in person. It is shown only once.</source>
            <translation>Übergeben Sie dies {0} persönlich. Es wird nur einmal angezeigt.</translation>
        </message>
        <message>
            <source>Temporary password:</source>
            <translation>Temporäres Kennwort:</translation>
        </message>
        <message>
            <source>Authenticator:</source>
            <translation>Authentifizierungs-App:</translation>
        </message>
        <message>
            <source>Key:</source>
            <translation>Schlüssel:</translation>
        </message>
        <message>
            <source>Recovery codes:</source>
            <translation>Wiederherstellungscodes:</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export customers</source>
            <translation>Kunden exportieren</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>Format:</translation>
        </message>
        <message>
            <source>All customers I can see</source>
            <translation>Alle Kunden, die ich sehen kann</translation>
        </message>
        <message>
            <source>Only the current search and filters</source>
            <translation>Nur aktuelle Suche und Filter</translation>
        </message>
        <message>
            <source>Which:</source>
            <translation>Welche:</translation>
        </message>
        <message>
            <source>Sensitive fields are masked unless your profile may read them. The export is recorded in the audit log; keep the file safe.</source>
            <translation>Vertrauliche Felder werden maskiert, sofern Ihr Profil sie nicht lesen darf. Der Export wird im Prüfprotokoll erfasst; bewahren Sie die Datei sicher auf.</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exportieren…</translation>
        </message>
        <message>
            <source>Export to</source>
            <translation>Exportieren nach</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Wird exportiert…</translation>
        </message>
        <message>
            <source>Cancelled; no file was left.</source>
            <translation>Abgebrochen; es wurde keine Datei zurückgelassen.</translation>
        </message>
        <message>
            <source>Exported {0} customers.</source>
            <translation>{0} Kunden exportiert.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import customers</source>
            <translation>Kunden importieren</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importieren</translation>
        </message>
        <message>
            <source>No file chosen.</source>
            <translation>Keine Datei ausgewählt.</translation>
        </message>
        <message>
            <source>Choose a file…</source>
            <translation>Datei auswählen…</translation>
        </message>
        <message>
            <source>Choose a file to import</source>
            <translation>Zu importierende Datei auswählen</translation>
        </message>
        <message>
            <source>CSV (Google, Outlook or your own columns) or vCard. Check where each column goes; nothing is written until you press Import.</source>
            <translation>CSV (Google, Outlook oder eigene Spalten) oder vCard. Prüfen Sie die Zuordnung jeder Spalte; es wird nichts geschrieben, bevor Sie auf „Importieren“ klicken.</translation>
        </message>
        <message>
            <source>Column mapping</source>
            <translation>Spaltenzuordnung</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Wird importiert…</translation>
        </message>
        <message>
            <source>Rejected rows</source>
            <translation>Abgelehnte Zeilen</translation>
        </message>
        <message>
            <source>Contacts (*.csv *.tsv *.txt *.vcf *.vcard);;All files (*)</source>
            <translation>Kontakte (*.csv *.tsv *.txt *.vcf *.vcard);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Reading the file and checking every record…</source>
            <translation>Datei wird gelesen und jeder Datensatz geprüft…</translation>
        </message>
        <message>
            <source>Reading the file and checking every record… {0} so far</source>
            <translation>Datei wird gelesen und jeder Datensatz geprüft… bisher {0}</translation>
        </message>
        <message>
            <source>{0} records can be imported; {1} would be refused (listed after the import).</source>
            <translation>{0} Datensätze können importiert werden; {1} würden abgelehnt (Liste nach dem Import).</translation>
        </message>
        <message>
            <source>Field for {0}</source>
            <translation>Feld für {0}</translation>
        </message>
        <message>
            <source>{0} imported, {1} not imported.</source>
            <translation>{0} importiert, {1} nicht importiert.</translation>
        </message>
        <message>
            <source>Cancelled. </source>
            <translation>Abgebrochen. </translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
    </context>
    <context>
        <name>JobDialog</name>
        <message>
            <source>Cancelled. Nothing was changed.</source>
            <translation>Abgebrochen. Es wurde nichts geändert.</translation>
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
            <translation>&amp;Tresor</translation>
        </message>
        <message>
            <source>New vault…</source>
            <translation>Neuer Tresor…</translation>
        </message>
        <message>
            <source>Open vault…</source>
            <translation>Tresor öffnen…</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>Sperren</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>Einstellungen…</translation>
        </message>
        <message>
            <source>Change my password…</source>
            <translation>Mein Kennwort ändern…</translation>
        </message>
        <message>
            <source>Back up now…</source>
            <translation>Jetzt sichern…</translation>
        </message>
        <message>
            <source>Restore from a backup…</source>
            <translation>Aus Sicherung wiederherstellen…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Beenden</translation>
        </message>
        <message>
            <source>&amp;Customers</source>
            <translation>&amp;Kunden</translation>
        </message>
        <message>
            <source>&amp;Administration</source>
            <translation>&amp;Verwaltung</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>About VaultCRM</source>
            <translation>Über VaultCRM</translation>
        </message>
        <message>
            <source>Your vault is ready. Add your first customer with Ctrl+N.</source>
            <translation>Ihr Tresor ist bereit. Fügen Sie Ihren ersten Kunden mit Strg+N hinzu.</translation>
        </message>
        <message>
            <source>VaultCRM — {0}</source>
            <translation>VaultCRM — {0}</translation>
        </message>
        <message>
            <source>This is a throwaway demo vault with generated customers; it is deleted when you quit.</source>
            <translation>Dies ist ein temporärer Demo-Tresor mit generierten Kunden; er wird beim Beenden gelöscht.</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Wird gesichert…</translation>
        </message>
        <message numerus="yes">
            <source>%n deleted record(s) erased for good (undo window over)</source>
            <translation>
                <numerusform>%n gelöschter Datensatz endgültig gelöscht (Frist zum Rückgängigmachen abgelaufen)</numerusform>
                <numerusform>%n gelöschte Datensätze endgültig gelöscht (Frist zum Rückgängigmachen abgelaufen)</numerusform>
            </translation>
        </message>
        <message>
            <source>Deleted records past their undo window could not be erased: {0}</source>
            <translation>Gelöschte Datensätze nach Ablauf der Frist zum Rückgängigmachen konnten nicht endgültig gelöscht werden: {0}</translation>
        </message>
        <message>
            <source>Your new password is set.</source>
            <translation>Ihr neues Kennwort ist festgelegt.</translation>
        </message>
        <message>
            <source>VaultCRM: a local-first CRM whose customer data never leaves an encrypted vault.</source>
            <translation>VaultCRM: ein lokales CRM, dessen Kundendaten einen verschlüsselten Tresor nie verlassen.</translation>
        </message>
    </context>
    <context>
        <name>NewVaultWizard</name>
        <message>
            <source>Back</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Weiter</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>A vault is a folder holding your encrypted customer data. Choose an empty or new folder on this computer (not a synced cloud folder: back up to one instead).</source>
            <translation>Ein Tresor ist ein Ordner mit Ihren verschlüsselten Kundendaten. Wählen Sie einen leeren oder neuen Ordner auf diesem Computer (keinen synchronisierten Cloudordner: sichern Sie stattdessen dorthin).</translation>
        </message>
        <message>
            <source>Vault folder</source>
            <translation>Tresorordner</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Durchsuchen…</translation>
        </message>
        <message>
            <source>Browse for a folder</source>
            <translation>Nach einem Ordner suchen</translation>
        </message>
        <message>
            <source>Folder:</source>
            <translation>Ordner:</translation>
        </message>
        <message>
            <source>You will be the vault's first administrator: you can add colleagues and give them profiles later.</source>
            <translation>Sie werden der erste Administrator des Tresors: Sie können später Kollegen hinzufügen und ihnen Profile zuweisen.</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Benutzername</translation>
        </message>
        <message>
            <source>e.g. alice</source>
            <translation>z. B. alice</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Vollständiger Name</translation>
        </message>
        <message>
            <source>e.g. Alice Martin</source>
            <translation>z. B. Alice Martin</translation>
        </message>
        <message>
            <source>User name:</source>
            <translation>Benutzername:</translation>
        </message>
        <message>
            <source>Full name:</source>
            <translation>Vollständiger Name:</translation>
        </message>
        <message>
            <source>Your password protects every record. Use a long passphrase you can remember: at least 12 characters; several unrelated words work well.</source>
            <translation>Ihr Kennwort schützt jeden Datensatz. Verwenden Sie eine lange Passphrase, die Sie sich merken können: mindestens 12 Zeichen; mehrere voneinander unabhängige Wörter eignen sich gut.</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Kennwort</translation>
        </message>
        <message>
            <source>Repeat password</source>
            <translation>Kennwort wiederholen</translation>
        </message>
        <message>
            <source>Show password</source>
            <translation>Kennwort anzeigen</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Kennwort:</translation>
        </message>
        <message>
            <source>Repeat:</source>
            <translation>Wiederholen:</translation>
        </message>
        <message>
            <source>Strength:</source>
            <translation>Stärke:</translation>
        </message>
        <message>
            <source>Scan this code with an authenticator app (Google Authenticator, Aegis, FreeOTP…). Each sign-in asks for the 6-digit code it shows.</source>
            <translation>Scannen Sie diesen Code mit einer Authentifizierungs-App (Google Authenticator, Aegis, FreeOTP…). Bei jeder Anmeldung wird der 6-stellige Code abgefragt, den sie anzeigt.</translation>
        </message>
        <message>
            <source>Or type this key into the app:</source>
            <translation>Oder geben Sie diesen Schlüssel in der App ein:</translation>
        </message>
        <message>
            <source>Authenticator key</source>
            <translation>Schlüssel für die Authentifizierungs-App</translation>
        </message>
        <message>
            <source>Code from the app</source>
            <translation>Code aus der App</translation>
        </message>
        <message>
            <source>Code shown now:</source>
            <translation>Aktuell angezeigter Code:</translation>
        </message>
        <message>
            <source>Save or print this sheet now and keep it offline. It is the only way back in if you forget your password, and it opens your backups. If you lose both your password and this recovery key, the data is gone for good: nobody can recover it.</source>
            <translation>Speichern oder drucken Sie dieses Blatt jetzt und bewahren Sie es offline auf. Es ist der einzige Weg zurück, wenn Sie Ihr Kennwort vergessen, und es öffnet Ihre Sicherungen. Wenn Sie sowohl Ihr Kennwort als auch diesen Wiederherstellungsschlüssel verlieren, sind die Daten endgültig verloren: Niemand kann sie wiederherstellen.</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>Wiederherstellungsschlüssel</translation>
        </message>
        <message>
            <source>Vault id</source>
            <translation>Tresor-ID</translation>
        </message>
        <message>
            <source>Signing-key fingerprint</source>
            <translation>Fingerabdruck des Signaturschlüssels</translation>
        </message>
        <message>
            <source>Recovery codes</source>
            <translation>Wiederherstellungscodes</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Als PDF speichern…</translation>
        </message>
        <message>
            <source>Save the recovery sheet as PDF</source>
            <translation>Wiederherstellungsblatt als PDF speichern</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Drucken…</translation>
        </message>
        <message>
            <source>Print the recovery sheet</source>
            <translation>Wiederherstellungsblatt drucken</translation>
        </message>
        <message>
            <source>I saved or printed the sheet and understand the warning above.</source>
            <translation>Ich habe das Blatt gespeichert oder gedruckt und verstehe die obige Warnung.</translation>
        </message>
        <message>
            <source>I understand the warning</source>
            <translation>Ich verstehe die Warnung</translation>
        </message>
        <message>
            <source>Folder for the new vault</source>
            <translation>Ordner für den neuen Tresor</translation>
        </message>
        <message>
            <source>Choose another folder: </source>
            <translation>Wählen Sie einen anderen Ordner: </translation>
        </message>
        <message>
            <source>The two passwords are not the same.</source>
            <translation>Die beiden Kennwörter stimmen nicht überein.</translation>
        </message>
        <message>
            <source>This password is not accepted: </source>
            <translation>Dieses Kennwort wird nicht akzeptiert: </translation>
        </message>
        <message>
            <source>Save the recovery sheet</source>
            <translation>Wiederherstellungsblatt speichern</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Saved to {0}. Move it somewhere safe and offline.</source>
            <translation>Gespeichert unter {0}. Bewahren Sie es an einem sicheren Ort offline auf.</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Drucken</translation>
        </message>
        <message>
            <source>Print the recovery sheet?</source>
            <translation>Wiederherstellungsblatt drucken?</translation>
        </message>
        <message>
            <source>Sent to the printer.</source>
            <translation>An den Drucker gesendet.</translation>
        </message>
        <message>
            <source>Leave the wizard?</source>
            <translation>Assistenten verlassen?</translation>
        </message>
        <message>
            <source>The vault has been created. If you leave now without the recovery sheet, keep your password and authenticator safe: they are the only way in.</source>
            <translation>Der Tresor wurde erstellt. Wenn Sie jetzt ohne das Wiederherstellungsblatt gehen, bewahren Sie Ihr Kennwort und Ihre Authentifizierungs-App sicher auf: Sie sind der einzige Zugang.</translation>
        </message>
        <message>
            <source>Leave</source>
            <translation>Verlassen</translation>
        </message>
        <message>
            <source>Stay</source>
            <translation>Bleiben</translation>
        </message>
        <message>
            <source>Step {0} of 5</source>
            <translation>Schritt {0} von 5</translation>
        </message>
        <message>
            <source>Create vault</source>
            <translation>Tresor erstellen</translation>
        </message>
        <message>
            <source>Creating…</source>
            <translation>Wird erstellt…</translation>
        </message>
        <message>
            <source>Confirm code</source>
            <translation>Code bestätigen</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation>Fertig stellen</translation>
        </message>
    </context>
    <context>
        <name>NoticeBar</name>
        <message>
            <source>Dismiss</source>
            <translation>Ausblenden</translation>
        </message>
    </context>
    <context>
        <name>PermissionMatrixModel</name>
        <message>
            <source>All records (else own only)</source>
            <translation>Alle Datensätze (sonst nur eigene)</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nein</translation>
        </message>
    </context>
    <context>
        <name>PreferenceDialog</name>
        <message>
            <source>Add purchase preference</source>
            <translation>Kaufpräferenz hinzufügen</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <source>e.g. paper, delivery, payment</source>
            <translation>z. B. Papier, Lieferung, Zahlung</translation>
        </message>
        <message>
            <source>Preference</source>
            <translation>Präferenz</translation>
        </message>
        <message>
            <source>e.g. recycled A4, mornings only, invoice by e-mail</source>
            <translation>z. B. Recycling-A4, nur vormittags, Rechnung per E-Mail</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>A category is needed (what the preference is about).</source>
            <translation>Eine Kategorie ist erforderlich (worauf sich die Präferenz bezieht).</translation>
        </message>
    </context>
    <context>
        <name>ProfilesPage</name>
        <message>
            <source>Profiles</source>
            <translation>Profile</translation>
        </message>
        <message>
            <source>New profile…</source>
            <translation>Neues Profil…</translation>
        </message>
        <message>
            <source>Delete profile</source>
            <translation>Profil löschen</translation>
        </message>
        <message>
            <source>Built-in profiles cannot be changed; make a copy with “New profile”. Changes to a custom profile are saved at once and audited.</source>
            <translation>Integrierte Profile können nicht geändert werden; erstellen Sie eine Kopie mit „Neues Profil“. Änderungen an einem eigenen Profil werden sofort gespeichert und protokolliert.</translation>
        </message>
        <message>
            <source>Read-only: changing profiles needs “Manage profiles”.</source>
            <translation>Schreibgeschützt: Zum Ändern von Profilen ist „Profile verwalten“ erforderlich.</translation>
        </message>
        <message>
            <source>New profile</source>
            <translation>Neues Profil</translation>
        </message>
        <message>
            <source>Name of the new profile (a copy of {0}):</source>
            <translation>Name des neuen Profils (Kopie von {0}):</translation>
        </message>
        <message>
            <source>Name of the new profile:</source>
            <translation>Name des neuen Profils:</translation>
        </message>
        <message>
            <source>Select a custom profile's column first.</source>
            <translation>Wählen Sie zuerst die Spalte eines eigenen Profils aus.</translation>
        </message>
        <message>
            <source>Delete the profile {0}?</source>
            <translation>Profil {0} löschen?</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Behalten</translation>
        </message>
    </context>
    <context>
        <name>ProgressPanel</name>
        <message>
            <source>Copying the database</source>
            <translation>Datenbank wird kopiert</translation>
        </message>
        <message>
            <source>Checking</source>
            <translation>Wird geprüft</translation>
        </message>
        <message>
            <source>Reading the backup location</source>
            <translation>Sicherungsziel wird gelesen</translation>
        </message>
        <message>
            <source>Encrypting</source>
            <translation>Wird verschlüsselt</translation>
        </message>
        <message>
            <source>Uploading</source>
            <translation>Wird hochgeladen</translation>
        </message>
        <message>
            <source>Reading back</source>
            <translation>Wird zurückgelesen</translation>
        </message>
        <message>
            <source>Signing</source>
            <translation>Wird signiert</translation>
        </message>
        <message>
            <source>Reading back and verifying</source>
            <translation>Wird zurückgelesen und überprüft</translation>
        </message>
        <message>
            <source>Downloading</source>
            <translation>Wird heruntergeladen</translation>
        </message>
        <message>
            <source>Decrypting</source>
            <translation>Wird entschlüsselt</translation>
        </message>
        <message>
            <source>Re-keying the restored database</source>
            <translation>Wiederhergestellte Datenbank erhält neuen Schlüssel</translation>
        </message>
        <message>
            <source>Opening the restored vault</source>
            <translation>Wiederhergestellter Tresor wird geöffnet</translation>
        </message>
        <message>
            <source>{0} records imported</source>
            <translation>{0} Datensätze importiert</translation>
        </message>
        <message>
            <source>{0} customers written</source>
            <translation>{0} Kunden geschrieben</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Fortschritt</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Wird abgebrochen…</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restore from a backup</source>
            <translation>Aus Sicherung wiederherstellen</translation>
        </message>
        <message>
            <source>Backup archive</source>
            <translation>Sicherungsarchiv</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Auswählen…</translation>
        </message>
        <message>
            <source>Archive (.crmbak):</source>
            <translation>Archiv (.crmbak):</translation>
        </message>
        <message>
            <source>Restore into</source>
            <translation>Wiederherstellen in</translation>
        </message>
        <message>
            <source>Restore into:</source>
            <translation>Wiederherstellen in:</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>Wiederherstellungsschlüssel</translation>
        </message>
        <message>
            <source>Recovery key:</source>
            <translation>Wiederherstellungsschlüssel:</translation>
        </message>
        <message>
            <source>The archive is checked in full before anything is replaced. Restoring over the open vault keeps the current one until the restored copy has opened; any failure puts it back. You will sign in again afterwards.</source>
            <translation>Das Archiv wird vollständig geprüft, bevor etwas ersetzt wird. Beim Wiederherstellen über den geöffneten Tresor bleibt der aktuelle erhalten, bis die wiederhergestellte Kopie geöffnet wurde; bei einem Fehler wird er zurückgesetzt. Anschließend melden Sie sich erneut an.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Wiederherstellen</translation>
        </message>
        <message>
            <source>Choose a backup archive</source>
            <translation>Sicherungsarchiv auswählen</translation>
        </message>
        <message>
            <source>VaultCRM backups (*.crmbak)</source>
            <translation>VaultCRM-Sicherungen (*.crmbak)</translation>
        </message>
        <message>
            <source>Fill in the archive, the destination and the recovery key.</source>
            <translation>Geben Sie Archiv, Ziel und Wiederherstellungsschlüssel an.</translation>
        </message>
        <message>
            <source>Restore {0} into {1}?</source>
            <translation>{0} in {1} wiederherstellen?</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Restored into {0}. Sign in to continue.</source>
            <translation>In {0} wiederhergestellt. Melden Sie sich an, um fortzufahren.</translation>
        </message>
        <message>
            <source>Re-applied from the revocation ledger: {0} erasure(s), {1} disabled user(s), {2} credential change(s).</source>
            <translation>Aus dem Widerrufsregister erneut angewendet: {0} Löschung(en), {1} deaktivierte(r) Benutzer, {2} Änderung(en) von Anmeldedaten.</translation>
        </message>
        <message>
            <source>Their password changed after this backup; give them a new one: {0}</source>
            <translation>Das Kennwort dieser Benutzer wurde nach dieser Sicherung geändert; geben Sie ihnen ein neues: {0}</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>Your profile cannot change settings; they are shown read-only.</source>
            <translation>Ihr Profil darf keine Einstellungen ändern; sie werden schreibgeschützt angezeigt.</translation>
        </message>
    </context>
    <context>
        <name>SignInPanel</name>
        <message>
            <source>Use a recovery code instead (lost phone)</source>
            <translation>Stattdessen Wiederherstellungscode verwenden (Telefon verloren)</translation>
        </message>
        <message>
            <source>Use a recovery code</source>
            <translation>Wiederherstellungscode verwenden</translation>
        </message>
        <message>
            <source>Vault locked</source>
            <translation>Tresor gesperrt</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Anmelden</translation>
        </message>
        <message>
            <source>Locked after a while without activity.</source>
            <translation>Nach einer Zeit ohne Aktivität gesperrt.</translation>
        </message>
        <message>
            <source>Locked because the screen was locked.</source>
            <translation>Gesperrt, weil der Bildschirm gesperrt wurde.</translation>
        </message>
        <message>
            <source>You locked the vault.</source>
            <translation>Sie haben den Tresor gesperrt.</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Benutzername</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Kennwort</translation>
        </message>
        <message>
            <source>Authenticator code</source>
            <translation>Authentifizierungscode</translation>
        </message>
        <message>
            <source>Code from your authenticator app</source>
            <translation>Code aus Ihrer Authentifizierungs-App</translation>
        </message>
        <message>
            <source>Other vault…</source>
            <translation>Anderer Tresor…</translation>
        </message>
        <message>
            <source>Choose another vault</source>
            <translation>Anderen Tresor auswählen</translation>
        </message>
        <message>
            <source>Choose a new password</source>
            <translation>Neues Kennwort wählen</translation>
        </message>
        <message>
            <source>You signed in with a temporary password. Choose your own before you go on; nobody else, not even an administrator, will know it.</source>
            <translation>Sie haben sich mit einem temporären Kennwort angemeldet. Wählen Sie ein eigenes, bevor Sie fortfahren; niemand sonst, auch kein Administrator, wird es kennen.</translation>
        </message>
        <message>
            <source>New password</source>
            <translation>Neues Kennwort</translation>
        </message>
        <message>
            <source>Repeat new password</source>
            <translation>Neues Kennwort wiederholen</translation>
        </message>
        <message>
            <source>Repeat</source>
            <translation>Wiederholen</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>Sperren</translation>
        </message>
        <message>
            <source>Change password</source>
            <translation>Kennwort ändern</translation>
        </message>
        <message>
            <source>Recovery code (from your recovery sheet)</source>
            <translation>Wiederherstellungscode (von Ihrem Wiederherstellungsblatt)</translation>
        </message>
        <message>
            <source>Recovery code</source>
            <translation>Wiederherstellungscode</translation>
        </message>
        <message>
            <source>Not accepted yet: see the notes above.</source>
            <translation>Noch nicht akzeptiert: siehe Hinweise oben.</translation>
        </message>
        <message>
            <source>Your new password is set.</source>
            <translation>Ihr neues Kennwort ist festgelegt.</translation>
        </message>
        <message>
            <source>Signing in…</source>
            <translation>Anmeldung…</translation>
        </message>
        <message>
            <source>Too many failed sign-ins. You can try again in {0} s.</source>
            <translation>Zu viele fehlgeschlagene Anmeldungen. Sie können es in {0} s erneut versuchen.</translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <source>Welcome to VaultCRM</source>
            <translation>Willkommen bei VaultCRM</translation>
        </message>
        <message>
            <source>Your customer data stays on this computer, in an encrypted vault that only you and your colleagues can open.</source>
            <translation>Ihre Kundendaten bleiben auf diesem Computer, in einem verschlüsselten Tresor, den nur Sie und Ihre Kollegen öffnen können.</translation>
        </message>
        <message>
            <source>Create a new vault…</source>
            <translation>Neuen Tresor erstellen…</translation>
        </message>
        <message>
            <source>Create a new vault</source>
            <translation>Neuen Tresor erstellen</translation>
        </message>
        <message>
            <source>Open a vault…</source>
            <translation>Tresor öffnen…</translation>
        </message>
        <message>
            <source>Open an existing vault</source>
            <translation>Vorhandenen Tresor öffnen</translation>
        </message>
        <message>
            <source>Restore from a backup…</source>
            <translation>Aus Sicherung wiederherstellen…</translation>
        </message>
        <message>
            <source>Restore a vault from a backup</source>
            <translation>Tresor aus einer Sicherung wiederherstellen</translation>
        </message>
        <message>
            <source>Restoring from the app is not available yet; use the command line.</source>
            <translation>Die Wiederherstellung ist in der App noch nicht verfügbar; verwenden Sie die Befehlszeile.</translation>
        </message>
        <message>
            <source>Recent vaults</source>
            <translation>Zuletzt verwendete Tresore</translation>
        </message>
        <message>
            <source>No vault opened on this computer yet.</source>
            <translation>Auf diesem Computer wurde noch kein Tresor geöffnet.</translation>
        </message>
        <message>
            <source>{0} (not found)</source>
            <translation>{0} (nicht gefunden)</translation>
        </message>
        <message>
            <source>Open a vault folder</source>
            <translation>Tresorordner öffnen</translation>
        </message>
        <message>
            <source>Not a vault</source>
            <translation>Kein Tresor</translation>
        </message>
        <message>
            <source>This folder does not hold a VaultCRM vault.</source>
            <translation>Dieser Ordner enthält keinen VaultCRM-Tresor.</translation>
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <source>Users</source>
            <translation>Benutzer</translation>
        </message>
        <message>
            <source>Add user…</source>
            <translation>Benutzer hinzufügen…</translation>
        </message>
        <message>
            <source>Change profile…</source>
            <translation>Profil ändern…</translation>
        </message>
        <message>
            <source>Reset password…</source>
            <translation>Kennwort zurücksetzen…</translation>
        </message>
        <message>
            <source>Reset authenticator…</source>
            <translation>Authentifizierungs-App zurücksetzen…</translation>
        </message>
        <message>
            <source>Disable</source>
            <translation>Deaktivieren</translation>
        </message>
        <message>
            <source>Enable…</source>
            <translation>Aktivieren…</translation>
        </message>
        <message>
            <source>New user {0}</source>
            <translation>Neuer Benutzer {0}</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Profil</translation>
        </message>
        <message>
            <source>Change profile</source>
            <translation>Profil ändern</translation>
        </message>
        <message>
            <source>Profile for {0}:</source>
            <translation>Profil für {0}:</translation>
        </message>
        <message>
            <source>Reset password</source>
            <translation>Kennwort zurücksetzen</translation>
        </message>
        <message>
            <source>Give {0} a new temporary password? Their current password stops working.</source>
            <translation>{0} ein neues temporäres Kennwort geben? Das aktuelle Kennwort funktioniert dann nicht mehr.</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Zurücksetzen</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Password reset</source>
            <translation>Kennwort zurückgesetzt</translation>
        </message>
        <message>
            <source>Reset authenticator</source>
            <translation>Authentifizierungs-App zurücksetzen</translation>
        </message>
        <message>
            <source>Enrol a new authenticator for {0} (lost phone)? They also get a temporary password and new recovery codes.</source>
            <translation>Eine neue Authentifizierungs-App für {0} einrichten (Telefon verloren)? Der Benutzer erhält außerdem ein temporäres Kennwort und neue Wiederherstellungscodes.</translation>
        </message>
        <message>
            <source>New authenticator</source>
            <translation>Neue Authentifizierungs-App</translation>
        </message>
        <message>
            <source>Disable user</source>
            <translation>Benutzer deaktivieren</translation>
        </message>
        <message>
            <source>Disable {0}? Their password will no longer open the vault.</source>
            <translation>{0} deaktivieren? Das Kennwort dieses Benutzers öffnet den Tresor dann nicht mehr.</translation>
        </message>
        <message>
            <source>User enabled</source>
            <translation>Benutzer aktiviert</translation>
        </message>
    </context>
    <context>
        <name>VaultStatusBar</name>
        <message>
            <source>Signed-in user</source>
            <translation>Angemeldeter Benutzer</translation>
        </message>
        <message>
            <source>Time to auto-lock</source>
            <translation>Zeit bis zur automatischen Sperre</translation>
        </message>
        <message>
            <source>Last backup</source>
            <translation>Letzte Sicherung</translation>
        </message>
        <message>
            <source>{0} · {1}</source>
            <translation>{0} · {1}</translation>
        </message>
        <message>
            <source>Locks in {0}</source>
            <translation>Sperre in {0}</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <source>Customers</source>
            <translation>Kunden</translation>
        </message>
        <message>
            <source>Your profile does not allow seeing customers.</source>
            <translation>Ihr Profil erlaubt nicht, Kunden anzuzeigen.</translation>
        </message>
        <message>
            <source>Welcome</source>
            <translation>Willkommen</translation>
        </message>
        <message>
            <source>Users…</source>
            <translation>Benutzer…</translation>
        </message>
        <message>
            <source>Profiles…</source>
            <translation>Profile…</translation>
        </message>
        <message>
            <source>Audit log…</source>
            <translation>Prüfprotokoll…</translation>
        </message>
        <message>
            <source>Security alerts…</source>
            <translation>Sicherheitswarnungen…</translation>
        </message>
    </context>
    <context>
        <name>_CalendarPopup</name>
        <message>
            <source>Calendar</source>
            <translation>Kalender</translation>
        </message>
    </context>
</TS>
