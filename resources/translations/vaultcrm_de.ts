<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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
    <name>Alerts</name>
    <message>
        <source>Many customer records viewed in a short time</source>
        <translation>Viele Kundendatensätze in kurzer Zeit angezeigt</translation>
    </message>
    <message>
        <source>Many customer records deleted in a short time</source>
        <translation>Viele Kundendatensätze in kurzer Zeit gelöscht</translation>
    </message>
    <message>
        <source>Failed sign-ins</source>
        <translation>Fehlgeschlagene Anmeldungen</translation>
    </message>
    <message>
        <source>Large export</source>
        <translation>Großer Export</translation>
    </message>
    <message>
        <source>Sign-in outside working hours</source>
        <translation>Anmeldung außerhalb der Arbeitszeit</translation>
    </message>
    <message>
        <source>Audit log chain broken</source>
        <translation>Kette des Prüfprotokolls unterbrochen</translation>
    </message>
    <message>
        <source>No verified backup</source>
        <translation>Keine überprüfte Sicherung</translation>
    </message>
    <message>
        <source>Older key slot refused</source>
        <translation>Älterer Schlüsselslot abgelehnt</translation>
    </message>
    <message>
        <source>Failed-sign-in record damaged</source>
        <translation>Aufzeichnung fehlgeschlagener Anmeldungen beschädigt</translation>
    </message>
    <message>
        <source>Many refused actions</source>
        <translation>Viele abgelehnte Aktionen</translation>
    </message>
    <message>
        <source>Sync refused changes from another device</source>
        <translation>Synchronisierung hat Änderungen eines anderen Geräts abgelehnt</translation>
    </message>
    <message>
        <source>A sign-in as {user} with an older key slot (version {version}, the vault knows {required}) was refused: keyslots.json was replaced with an older copy, or an old password was replayed.</source>
        <translation>Eine Anmeldung als {user} mit einem älteren Schlüsselslot (Version {version}, der Tresor kennt {required}) wurde abgelehnt: keyslots.json wurde durch eine ältere Kopie ersetzt, oder ein altes Kennwort wurde erneut verwendet.</translation>
    </message>
    <message numerus="yes">
        <source>%n key slot(s) older than the vault&apos;s record found in keyslots.json and removed: an older copy of the file was put back.</source>
        <translation>
            <numerusform>%n Schlüsselslot, der älter ist als der Eintrag des Tresors, wurde in keyslots.json gefunden und entfernt: Eine ältere Kopie der Datei wurde zurückgespielt.</numerusform>
            <numerusform>%n Schlüsselslots, die älter sind als der Eintrag des Tresors, wurden in keyslots.json gefunden und entfernt: Eine ältere Kopie der Datei wurde zurückgespielt.</numerusform>
        </translation>
    </message>
    <message>
        <source>{user} viewed {count} customer records within {minutes} minutes.</source>
        <translation>{user} hat innerhalb von {minutes} Minuten {count} Kundendatensätze angezeigt.</translation>
    </message>
    <message>
        <source>{user} was refused {count} actions within {minutes} minutes.</source>
        <translation>{user} wurden innerhalb von {minutes} Minuten {count} Aktionen verweigert.</translation>
    </message>
    <message>
        <source>{user} deleted {count} customer records within {minutes} minutes.</source>
        <translation>{user} hat innerhalb von {minutes} Minuten {count} Kundendatensätze gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>{user} exported %n row(s) ({action}).</source>
        <translation>
            <numerusform>{user} hat %n Zeile exportiert ({action}).</numerusform>
            <numerusform>{user} hat %n Zeilen exportiert ({action}).</numerusform>
        </translation>
    </message>
    <message>
        <source>{user} signed in at {time}, outside working hours ({start}–{end}).</source>
        <translation>{user} hat sich um {time} außerhalb der Arbeitszeit ({start}–{end}) angemeldet.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed sign-in(s) for {user} since the last successful sign-in.</source>
        <translation>
            <numerusform>%n fehlgeschlagene Anmeldung für {user} seit der letzten erfolgreichen Anmeldung.</numerusform>
            <numerusform>%n fehlgeschlagene Anmeldungen für {user} seit der letzten erfolgreichen Anmeldung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed sign-in(s) with unknown user names since the last successful sign-in.</source>
        <translation>
            <numerusform>%n fehlgeschlagene Anmeldung mit unbekanntem Benutzernamen seit der letzten erfolgreichen Anmeldung.</numerusform>
            <numerusform>%n fehlgeschlagene Anmeldungen mit unbekannten Benutzernamen seit der letzten erfolgreichen Anmeldung.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log was modified outside the app: entry {entry} is not what was written ({reason}).</source>
        <translation>Das Prüfprotokoll wurde außerhalb der App geändert: Eintrag {entry} entspricht nicht dem Geschriebenen ({reason}).</translation>
    </message>
    <message numerus="yes">
        <source>No verified backup since {time} (limit: %n day(s)).</source>
        <translation>
            <numerusform>Keine überprüfte Sicherung seit {time} (Grenze: %n Tag).</numerusform>
            <numerusform>Keine überprüfte Sicherung seit {time} (Grenze: %n Tage).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No verified backup ever (limit: %n day(s)).</source>
        <translation>
            <numerusform>Noch nie eine überprüfte Sicherung (Grenze: %n Tag).</numerusform>
            <numerusform>Noch nie eine überprüfte Sicherung (Grenze: %n Tage).</numerusform>
        </translation>
    </message>
    <message>
        <source>The failed-sign-in record was damaged (found at {time}); it was counted as one failed sign-in and rewritten. Failures before it may be missing.</source>
        <translation>Die Aufzeichnung fehlgeschlagener Anmeldungen war beschädigt (festgestellt um {time}); sie wurde als eine fehlgeschlagene Anmeldung gezählt und neu geschrieben. Frühere Fehlversuche fehlen möglicherweise.</translation>
    </message>
    <message numerus="yes">
        <source>Sync refused %n segment(s) or change(s) from other devices; the rest was applied.</source>
        <translation>
            <numerusform>Die Synchronisierung hat %n Segment oder Änderung von anderen Geräten abgelehnt; der Rest wurde angewendet.</numerusform>
            <numerusform>Die Synchronisierung hat %n Segmente oder Änderungen von anderen Geräten abgelehnt; der Rest wurde angewendet.</numerusform>
        </translation>
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
    <name>AttachmentViewer</name>
    <message>
        <source>View {0}</source>
        <translation>{0} ansehen</translation>
    </message>
    <message>
        <source>This image cannot be shown. Use Save a copy to open it in another program.</source>
        <translation>Dieses Bild kann nicht angezeigt werden. Mit „Kopie speichern“ können Sie es in einem anderen Programm öffnen.</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>unnamed file</source>
        <translation>unbenannte Datei</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Angehängte Dateien</translation>
    </message>
    <message>
        <source>No files attached yet.</source>
        <translation>Noch keine Dateien angehängt.</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>Datei hinzufügen…</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Datei anhängen</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansehen</translation>
    </message>
    <message>
        <source>View the selected file</source>
        <translation>Ausgewählte Datei ansehen</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Kopie speichern…</translation>
    </message>
    <message>
        <source>Save a copy of the selected file</source>
        <translation>Kopie der ausgewählten Datei speichern</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected file</source>
        <translation>Ausgewählte Datei löschen</translation>
    </message>
    <message>
        <source>Attached {0}.</source>
        <translation>{0} angehängt.</translation>
    </message>
    <message>
        <source>This kind of file cannot be shown inside the app; use Save a copy.</source>
        <translation>Diese Art von Datei kann in der App nicht angezeigt werden; verwenden Sie „Kopie speichern“.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <source>Saved a copy to {0}.</source>
        <translation>Kopie gespeichert unter {0}.</translation>
    </message>
    <message>
        <source>Delete file</source>
        <translation>Datei löschen</translation>
    </message>
    <message>
        <source>Delete the attached file {0}? It is removed from the vault for good; this cannot be undone.</source>
        <translation>Die angehängte Datei {0} löschen? Sie wird endgültig aus dem Tresor entfernt; dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>the head recorded beside the vault</source>
        <translation>der neben dem Tresor gespeicherte Kettenkopf</translation>
    </message>
    <message>
        <source>not compared: {file} was changed outside the app (damaged, or its MAC does not match)</source>
        <translation>nicht verglichen: {file} wurde außerhalb der App geändert (beschädigt, oder der MAC stimmt nicht)</translation>
    </message>
    <message>
        <source>the signed backup {name}</source>
        <translation>die signierte Sicherung {name}</translation>
    </message>
    <message>
        <source>the backups at {url}</source>
        <translation>die Sicherungen unter {url}</translation>
    </message>
    <message>
        <source>not compared: {problem}</source>
        <translation>nicht verglichen: {problem}</translation>
    </message>
    <message>
        <source>the verified point</source>
        <translation>der überprüfte Stand</translation>
    </message>
    <message>
        <source>not compared: the restore at entry {seq} ({time}) replaced the history it showed</source>
        <translation>nicht verglichen: Die Wiederherstellung bei Eintrag {seq} ({time}) hat den dort gezeigten Verlauf ersetzt</translation>
    </message>
    <message>
        <source>the log still holds entry {seq}</source>
        <translation>das Protokoll enthält Eintrag {seq} weiterhin</translation>
    </message>
    <message>
        <source>entries from {point} on were removed or replaced (log cut or rewritten): {anchor} ({time}) showed entry {seq}, and the log no longer has it</source>
        <translation>Einträge ab {point} wurden entfernt oder ersetzt (Protokoll gekürzt oder neu geschrieben): {anchor} ({time}) zeigte Eintrag {seq}, und das Protokoll enthält ihn nicht mehr</translation>
    </message>
    <message>
        <source>entries from {point} on were removed or replaced (log cut or rewritten): {anchor} ({time}) showed entry {seq}, and the log has another entry there</source>
        <translation>Einträge ab {point} wurden entfernt oder ersetzt (Protokoll gekürzt oder neu geschrieben): {anchor} ({time}) zeigte Eintrag {seq}, und das Protokoll hat dort einen anderen Eintrag</translation>
    </message>
    <message>
        <source>entry missing or out of order (sequence has a gap)</source>
        <translation>Eintrag fehlt oder steht an falscher Stelle (Lücke in der Reihenfolge)</translation>
    </message>
    <message>
        <source>entry changed, or an entry before it removed or reordered</source>
        <translation>Eintrag geändert, oder ein Eintrag davor entfernt oder umgestellt</translation>
    </message>
    <message>
        <source>the last verified entry was removed or changed (log truncated or rewritten)</source>
        <translation>der letzte überprüfte Eintrag wurde entfernt oder geändert (Protokoll gekürzt oder neu geschrieben)</translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <source>Vault created</source>
        <translation>Tresor erstellt</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Sign-in refused: an outdated key slot</source>
        <translation>Anmeldung abgelehnt: veralteter Schlüsselslot</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Unlocked again after a lock</source>
        <translation>Nach einer Sperre wieder entsperrt</translation>
    </message>
    <message>
        <source>Opened with the recovery key</source>
        <translation>Mit dem Wiederherstellungsschlüssel geöffnet</translation>
    </message>
    <message>
        <source>Key slots of inactive users removed</source>
        <translation>Schlüsselslots inaktiver Benutzer entfernt</translation>
    </message>
    <message>
        <source>Viewed a customer</source>
        <translation>Kunde angezeigt</translation>
    </message>
    <message>
        <source>Revealed a sensitive field</source>
        <translation>Vertrauliches Feld angezeigt</translation>
    </message>
    <message>
        <source>Searched customers</source>
        <translation>Kunden gesucht</translation>
    </message>
    <message>
        <source>Created a customer</source>
        <translation>Kunde angelegt</translation>
    </message>
    <message>
        <source>Changed a customer</source>
        <translation>Kunde geändert</translation>
    </message>
    <message>
        <source>Deleted a customer</source>
        <translation>Kunde gelöscht</translation>
    </message>
    <message>
        <source>Restored a deleted customer</source>
        <translation>Gelöschten Kunden wiederhergestellt</translation>
    </message>
    <message>
        <source>Erased deleted customers for good</source>
        <translation>Gelöschte Kunden endgültig gelöscht</translation>
    </message>
    <message>
        <source>Merged duplicate customers</source>
        <translation>Doppelte Kunden zusammengeführt</translation>
    </message>
    <message>
        <source>Imported customers</source>
        <translation>Kunden importiert</translation>
    </message>
    <message>
        <source>Undid an import</source>
        <translation>Import rückgängig gemacht</translation>
    </message>
    <message>
        <source>Exported customers</source>
        <translation>Kunden exportiert</translation>
    </message>
    <message>
        <source>Started an export of customers</source>
        <translation>Export von Kunden gestartet</translation>
    </message>
    <message>
        <source>Cancelled an export of customers</source>
        <translation>Export von Kunden abgebrochen</translation>
    </message>
    <message>
        <source>Defined a custom field</source>
        <translation>Benutzerdefiniertes Feld angelegt</translation>
    </message>
    <message>
        <source>Created a deal</source>
        <translation>Verkaufschance angelegt</translation>
    </message>
    <message>
        <source>Changed a deal</source>
        <translation>Verkaufschance geändert</translation>
    </message>
    <message>
        <source>Deleted a deal</source>
        <translation>Verkaufschance gelöscht</translation>
    </message>
    <message>
        <source>Logged an interaction</source>
        <translation>Interaktion erfasst</translation>
    </message>
    <message>
        <source>Deleted an interaction</source>
        <translation>Interaktion gelöscht</translation>
    </message>
    <message>
        <source>Added a contact preference</source>
        <translation>Kaufpräferenz hinzugefügt</translation>
    </message>
    <message>
        <source>Removed a contact preference</source>
        <translation>Kaufpräferenz entfernt</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Gesichert</translation>
    </message>
    <message>
        <source>Verified a backup</source>
        <translation>Sicherung überprüft</translation>
    </message>
    <message>
        <source>Restored a backup</source>
        <translation>Sicherung wiederhergestellt</translation>
    </message>
    <message>
        <source>Re-applied erasures and disabled users after a restore</source>
        <translation>Löschungen und deaktivierte Benutzer nach einer Wiederherstellung erneut angewendet</translation>
    </message>
    <message>
        <source>Removed old backups</source>
        <translation>Alte Sicherungen entfernt</translation>
    </message>
    <message>
        <source>Stored backup credentials</source>
        <translation>Anmeldedaten für Sicherungen gespeichert</translation>
    </message>
    <message>
        <source>Added a user</source>
        <translation>Benutzer hinzugefügt</translation>
    </message>
    <message>
        <source>Disabled a user</source>
        <translation>Benutzer deaktiviert</translation>
    </message>
    <message>
        <source>Disabled a user again after a restore</source>
        <translation>Benutzer nach einer Wiederherstellung erneut deaktiviert</translation>
    </message>
    <message>
        <source>Re-enabled a user</source>
        <translation>Benutzer wieder aktiviert</translation>
    </message>
    <message>
        <source>Reset a password</source>
        <translation>Kennwort zurückgesetzt</translation>
    </message>
    <message>
        <source>Reset an authenticator</source>
        <translation>Authentifizierungs-App zurückgesetzt</translation>
    </message>
    <message>
        <source>Changed a user&apos;s profile</source>
        <translation>Profil eines Benutzers geändert</translation>
    </message>
    <message>
        <source>Changed own password</source>
        <translation>Eigenes Kennwort geändert</translation>
    </message>
    <message>
        <source>Changed own authenticator</source>
        <translation>Eigene Authentifizierungs-App geändert</translation>
    </message>
    <message>
        <source>Reset with the recovery key</source>
        <translation>Mit dem Wiederherstellungsschlüssel zurückgesetzt</translation>
    </message>
    <message>
        <source>Replaced credentials kept after a restore</source>
        <translation>Nach einer Wiederherstellung verbliebene Anmeldedaten ersetzt</translation>
    </message>
    <message>
        <source>Created a profile</source>
        <translation>Profil erstellt</translation>
    </message>
    <message>
        <source>Changed a profile</source>
        <translation>Profil geändert</translation>
    </message>
    <message>
        <source>Deleted a profile</source>
        <translation>Profil gelöscht</translation>
    </message>
    <message>
        <source>Changed a setting</source>
        <translation>Einstellung geändert</translation>
    </message>
    <message>
        <source>Verified the audit log</source>
        <translation>Prüfprotokoll geprüft</translation>
    </message>
    <message>
        <source>Exported the audit log</source>
        <translation>Prüfprotokoll exportiert</translation>
    </message>
    <message>
        <source>Acknowledged an alert</source>
        <translation>Warnung quittiert</translation>
    </message>
    <message>
        <source>Refused: not allowed</source>
        <translation>Abgelehnt: nicht zulässig</translation>
    </message>
    <message>
        <source>Exported a person&apos;s data (subject access)</source>
        <translation>Daten einer Person exportiert (Auskunftsexport)</translation>
    </message>
    <message>
        <source>Erased a person</source>
        <translation>Person endgültig gelöscht</translation>
    </message>
    <message>
        <source>Erased a person again after a restore</source>
        <translation>Person nach einer Wiederherstellung erneut endgültig gelöscht</translation>
    </message>
    <message>
        <source>The erasure ledger was found damaged</source>
        <translation>Das Löschregister war beschädigt</translation>
    </message>
    <message>
        <source>Recorded a consent</source>
        <translation>Einwilligung erfasst</translation>
    </message>
    <message>
        <source>Withdrew a consent</source>
        <translation>Einwilligung widerrufen</translation>
    </message>
    <message>
        <source>Restricted processing</source>
        <translation>Verarbeitung eingeschränkt</translation>
    </message>
    <message>
        <source>Lifted a restriction</source>
        <translation>Einschränkung aufgehoben</translation>
    </message>
    <message>
        <source>Changed a retention rule</source>
        <translation>Regel zur Speicherdauer geändert</translation>
    </message>
    <message>
        <source>Applied the retention rules</source>
        <translation>Regeln zur Speicherdauer angewendet</translation>
    </message>
    <message>
        <source>Generated the record of processing</source>
        <translation>Verzeichnis von Verarbeitungstätigkeiten erstellt</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation>Fehlgeschlagene Anmeldung</translation>
    </message>
    <message>
        <source>Added a task</source>
        <translation>Aufgabe hinzugefügt</translation>
    </message>
    <message>
        <source>Changed a task</source>
        <translation>Aufgabe geändert</translation>
    </message>
    <message>
        <source>Completed a task</source>
        <translation>Aufgabe erledigt</translation>
    </message>
    <message>
        <source>Reopened a task</source>
        <translation>Aufgabe wieder geöffnet</translation>
    </message>
    <message>
        <source>Snoozed a task&apos;s reminder</source>
        <translation>Erinnerung an eine Aufgabe verschoben</translation>
    </message>
    <message>
        <source>Deleted a task</source>
        <translation>Aufgabe gelöscht</translation>
    </message>
    <message>
        <source>Exported tasks and meetings as a calendar</source>
        <translation>Aufgaben und Termine als Kalender exportiert</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Backup verified</source>
        <translation>Sicherung überprüft</translation>
    </message>
    <message>
        <source>Pruned old backups</source>
        <translation>Alte Sicherungen entfernt</translation>
    </message>
    <message>
        <source>Reset an authenticator enrolment</source>
        <translation>Einrichtung einer Authentifizierungs-App zurückgesetzt</translation>
    </message>
    <message>
        <source>Changed own authenticator enrolment</source>
        <translation>Eigene Authentifizierungs-App neu eingerichtet</translation>
    </message>
    <message>
        <source>Made new recovery codes for own account</source>
        <translation>Neue Wiederherstellungscodes für das eigene Konto erstellt</translation>
    </message>
    <message>
        <source>Saved the dashboard as a PDF</source>
        <translation>Dashboard als PDF gespeichert</translation>
    </message>
    <message>
        <source>Subject access export</source>
        <translation>Auskunftsexport</translation>
    </message>
    <message>
        <source>Attached a file</source>
        <translation>Datei angehängt</translation>
    </message>
    <message>
        <source>Viewed an attached file</source>
        <translation>Angehängte Datei angesehen</translation>
    </message>
    <message>
        <source>Saved a copy of an attached file</source>
        <translation>Kopie einer angehängten Datei gespeichert</translation>
    </message>
    <message>
        <source>Deleted an attached file</source>
        <translation>Angehängte Datei gelöscht</translation>
    </message>
    <message>
        <source>Erasure re-applied after a restore</source>
        <translation>Löschung nach einer Wiederherstellung erneut angewendet</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Einwilligung erfasst</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Einwilligung widerrufen</translation>
    </message>
    <message>
        <source>Processing restricted</source>
        <translation>Verarbeitung eingeschränkt</translation>
    </message>
    <message>
        <source>Restriction lifted</source>
        <translation>Einschränkung aufgehoben</translation>
    </message>
    <message>
        <source>Retention rule changed</source>
        <translation>Regel zur Speicherdauer geändert</translation>
    </message>
    <message>
        <source>Retention rules applied</source>
        <translation>Regeln zur Speicherdauer angewendet</translation>
    </message>
    <message>
        <source>Record of processing generated</source>
        <translation>Verzeichnis von Verarbeitungstätigkeiten erstellt</translation>
    </message>
    <message>
        <source>Invited a laptop to the team book</source>
        <translation>Laptop zum Teambuch eingeladen</translation>
    </message>
    <message>
        <source>Asked to join a team book</source>
        <translation>Beitritt zu einem Teambuch angefragt</translation>
    </message>
    <message>
        <source>Admitted a device to the team book</source>
        <translation>Gerät in das Teambuch aufgenommen</translation>
    </message>
    <message>
        <source>Refused a device&apos;s join request</source>
        <translation>Beitrittsanfrage eines Geräts abgelehnt</translation>
    </message>
    <message>
        <source>Revoked a device</source>
        <translation>Gerät widerrufen</translation>
    </message>
    <message>
        <source>Started a team book</source>
        <translation>Teambuch angelegt</translation>
    </message>
    <message>
        <source>Synced with the team</source>
        <translation>Mit dem Team synchronisiert</translation>
    </message>
    <message>
        <source>Refused a change from another device</source>
        <translation>Änderung eines anderen Geräts abgelehnt</translation>
    </message>
    <message>
        <source>Resolved a sync conflict</source>
        <translation>Synchronisierungskonflikt gelöst</translation>
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
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
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
    <message numerus="yes">
        <source>Page {0} of {1} · %Ln entry(s)</source>
        <translation>
            <numerusform>Seite {0} von {1} · %Ln Eintrag</numerusform>
            <numerusform>Seite {0} von {1} · %Ln Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Chain intact: %Ln entry(s), every link checked.</source>
        <translation>
            <numerusform>Kette intakt: %Ln Eintrag, jedes Glied geprüft.</numerusform>
            <numerusform>Kette intakt: %Ln Einträge, jedes Glied geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the chain…</source>
        <translation>Kette wird geprüft…</translation>
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
    <name>AuthenticatorPage</name>
    <message>
        <source>Scan this code with your authenticator app, or type the key into it. Each sign-in asks for the 6-digit code it shows.</source>
        <translation>Scannen Sie diesen Code mit Ihrer Authentifizierungs-App oder geben Sie den Schlüssel dort ein. Jede Anmeldung fragt nach dem 6-stelligen Code, den sie anzeigt.</translation>
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
        <translation>Jetzt angezeigter Code:</translation>
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
        <source>The archive is encrypted to the vault&apos;s recovery key, signed, then read back and verified.</source>
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
        <source>Backed up.</source>
        <translation>Gesichert.</translation>
    </message>
    <message>
        <source>Backed up and verified ({0}). The archive is:
{1}</source>
        <translation>Gesichert und überprüft ({0}). Das Archiv ist:
{1}</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>No verified backup yet.</source>
        <translation>Noch keine überprüfte Sicherung.</translation>
    </message>
    <message numerus="yes">
        <source>Last verified backup is %n day(s) old.</source>
        <translation>
            <numerusform>Die letzte überprüfte Sicherung ist %n Tag alt.</numerusform>
            <numerusform>Die letzte überprüfte Sicherung ist %n Tage alt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last verified backup: {time} UTC.</source>
        <translation>Letzte überprüfte Sicherung: {time} UTC.</translation>
    </message>
    <message numerus="yes">
        <source>%n erasure(s)</source>
        <translation>
            <numerusform>%n Löschung</numerusform>
            <numerusform>%n Löschungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disabled user(s)</source>
        <translation>
            <numerusform>%n deaktivierter Benutzer</numerusform>
            <numerusform>%n deaktivierte Benutzer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential change(s)</source>
        <translation>
            <numerusform>%n Änderung von Anmeldedaten</numerusform>
            <numerusform>%n Änderungen von Anmeldedaten</numerusform>
        </translation>
    </message>
    <message>
        <source>re-applied {items}</source>
        <translation>erneut angewendet: {items}</translation>
    </message>
    <message>
        <source>Backups: not set up</source>
        <translation>Sicherungen: nicht eingerichtet</translation>
    </message>
    <message>
        <source>the vault&apos;s keyslots.json</source>
        <translation>keyslots.json des Tresors</translation>
    </message>
    <message>
        <source>pinned on this machine ({fingerprint})</source>
        <translation>auf diesem Computer hinterlegt ({fingerprint})</translation>
    </message>
    <message>
        <source>trusted on first use ({fingerprint}): compare it with the fingerprint on the recovery sheet</source>
        <translation>bei der ersten Verwendung als vertrauenswürdig übernommen ({fingerprint}): Vergleichen Sie ihn mit dem Fingerabdruck auf dem Wiederherstellungsblatt</translation>
    </message>
    <message>
        <source>no pinned key</source>
        <translation>kein hinterlegter Schlüssel</translation>
    </message>
    <message>
        <source>the fingerprint given ({fingerprint})</source>
        <translation>der angegebene Fingerabdruck ({fingerprint})</translation>
    </message>
    <message>
        <source>no signature carries the fingerprint given</source>
        <translation>keine Signatur trägt den angegebenen Fingerabdruck</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>beschädigt</translation>
    </message>
    <message>
        <source>sequences 1..{last} are missing before {name}</source>
        <translation>Sequenznummern 1..{last} fehlen vor {name}</translation>
    </message>
    <message>
        <source>two archives claim sequence {sequence}</source>
        <translation>zwei Archive beanspruchen die Sequenznummer {sequence}</translation>
    </message>
    <message>
        <source>sequence {missing} missing between {previous} and {name}: an archive was deleted</source>
        <translation>Sequenznummer {missing} fehlt zwischen {previous} und {name}: Ein Archiv wurde gelöscht</translation>
    </message>
    <message>
        <source>{name} does not follow {previous}: an archive was replaced</source>
        <translation>{name} folgt nicht auf {previous}: Ein Archiv wurde ersetzt</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>{size} Byte</translation>
    </message>
    <message>
        <source>{size} bytes, the signature says {signed}</source>
        <translation>{size} Byte, laut Signatur {signed}</translation>
    </message>
    <message>
        <source>{digest}, the signature says {signed}</source>
        <translation>{digest}, laut Signatur {signed}</translation>
    </message>
    <message>
        <source>{name} is missing (its signature is there)</source>
        <translation>{name} fehlt (seine Signatur ist vorhanden)</translation>
    </message>
    <message>
        <source>{name} is not a VaultCRM archive name</source>
        <translation>{name} ist kein VaultCRM-Archivname</translation>
    </message>
    <message>
        <source>{name}.sig is missing: an incomplete or foreign upload</source>
        <translation>{name}.sig fehlt: unvollständiger oder fremder Upload</translation>
    </message>
    <message>
        <source>no trusted key</source>
        <translation>kein vertrauenswürdiger Schlüssel</translation>
    </message>
    <message>
        <source>Ed25519 by {fingerprint}, sequence {sequence}</source>
        <translation>Ed25519 von {fingerprint}, Sequenznummer {sequence}</translation>
    </message>
    <message>
        <source>no gap up to sequence {sequence}</source>
        <translation>keine Lücke bis Sequenznummer {sequence}</translation>
    </message>
    <message>
        <source>age decrypted and authenticated every chunk</source>
        <translation>age hat jeden Block entschlüsselt und authentifiziert</translation>
    </message>
    <message>
        <source>manifest.json is missing or damaged ({reason})</source>
        <translation>manifest.json fehlt oder ist beschädigt ({reason})</translation>
    </message>
    <message>
        <source>SHA-256 of keyslots.json and vault.db match the manifest</source>
        <translation>SHA-256 von keyslots.json und vault.db (Tresordatenbank) stimmen mit dem Manifest überein</translation>
    </message>
    <message>
        <source>differ from the manifest: {members}</source>
        <translation>weichen vom Manifest ab: {members}</translation>
    </message>
    <message>
        <source>agrees with the signature</source>
        <translation>stimmt mit der Signatur überein</translation>
    </message>
    <message>
        <source>differs from the signature in {fields}</source>
        <translation>weicht in {fields} von der Signatur ab</translation>
    </message>
    <message>
        <source>the manifest holds no database key</source>
        <translation>das Manifest enthält keinen Datenbankschlüssel</translation>
    </message>
    <message>
        <source>integrity_check and cipher_integrity_check: ok</source>
        <translation>integrity_check und cipher_integrity_check: ok</translation>
    </message>
    <message>
        <source>the database does not open with the manifest&apos;s key ({reason})</source>
        <translation>die Datenbank lässt sich mit dem Schlüssel aus dem Manifest nicht öffnen ({reason})</translation>
    </message>
    <message>
        <source>{rows} rows in {tables} tables match the manifest</source>
        <translation>{rows} Zeilen in {tables} Tabellen stimmen mit dem Manifest überein</translation>
    </message>
    <message>
        <source>row counts differ in {tables}</source>
        <translation>Zeilenzahlen weichen ab in {tables}</translation>
    </message>
    <message>
        <source>schema version {version}</source>
        <translation>Schemaversion {version}</translation>
    </message>
    <message>
        <source>same vault and signing key; recovery slot not checked (this key is an extra recipient, not the vault&apos;s recovery key: it cannot restore)</source>
        <translation>gleicher Tresor und Signaturschlüssel; Wiederherstellungsslot nicht geprüft (dieser Schlüssel ist ein zusätzlicher Empfänger, nicht der Wiederherstellungsschlüssel des Tresors: Er kann nicht wiederherstellen)</translation>
    </message>
    <message>
        <source>same vault and signing key; recovery slot opens; MAC valid</source>
        <translation>gleicher Tresor und Signaturschlüssel; Wiederherstellungsslot lässt sich öffnen; MAC gültig</translation>
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
    <name>BusyBar</name>
    <message>
        <source>Working</source>
        <translation>Wird ausgeführt</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>Meeting: {customer}</source>
        <translation>Termin: {customer}</translation>
    </message>
    <message>
        <source>Customer: {customer}</source>
        <translation>Kunde: {customer}</translation>
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
    <name>Cli</name>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>unexpected error ({kind}: {error})</source>
        <translation>unerwarteter Fehler ({kind}: {error})</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n audit entry(s) to {path}.</source>
        <translation>
            <numerusform>%n Protokolleintrag nach {path} exportiert.</numerusform>
            <numerusform>%n Protokolleinträge nach {path} exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>({shown} of {total}; use --offset/--limit for more)</source>
        <translation>({shown} von {total}; weitere mit --offset/--limit)</translation>
    </message>
    <message numerus="yes">
        <source>Audit log intact: %n entry(s).</source>
        <translation>
            <numerusform>Prüfprotokoll intakt: %n Eintrag.</numerusform>
            <numerusform>Prüfprotokoll intakt: %n Einträge.</numerusform>
        </translation>
    </message>
    <message>
        <source>AUDIT LOG BROKEN at entry {seq} ({at} {action}): {reason}</source>
        <translation>PRÜFPROTOKOLL UNTERBROCHEN bei Eintrag {seq} ({at} {action}): {reason}</translation>
    </message>
    <message>
        <source>Alert {id} acknowledged.</source>
        <translation>Warnung {id} quittiert.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>ack {user}</source>
        <translation>quittiert von {user}</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>integriert</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>eigenes</translation>
    </message>
    <message>
        <source>Created profile {name}.</source>
        <translation>Profil {name} erstellt.</translation>
    </message>
    <message>
        <source>Deleted profile {name}.</source>
        <translation>Profil {name} gelöscht.</translation>
    </message>
    <message>
        <source>Backed up to {url}.</source>
        <translation>Gesichert nach {url}.</translation>
    </message>
    <message>
        <source>{size} bytes, SHA-256 {sha256}, sequence {sequence}, read back and verified: {verified}</source>
        <translation>{size} Byte, SHA-256 {sha256}, Sequenznummer {sequence}, zurückgelesen und überprüft: {verified}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NEIN</translation>
    </message>
    <message>
        <source>Pruned by retention: {archives}</source>
        <translation>Gemäß Aufbewahrungsregeln entfernt: {archives}</translation>
    </message>
    <message>
        <source>Warning: the signed revocation ledger could not be written at the location (the archive&apos;s manifest carries it; the next backup tries again).</source>
        <translation>Warnung: Das signierte Widerrufsregister konnte am Sicherungsziel nicht geschrieben werden (das Manifest des Archivs enthält es; die nächste Sicherung versucht es erneut).</translation>
    </message>
    <message>
        <source>No signed archives here.</source>
        <translation>Hier gibt es keine signierten Archive.</translation>
    </message>
    <message>
        <source>Verified (deep)</source>
        <translation>Überprüft (gründlich)</translation>
    </message>
    <message>
        <source>Verified (quick)</source>
        <translation>Überprüft (schnell)</translation>
    </message>
    <message>
        <source>VERIFICATION FAILED (deep)</source>
        <translation>ÜBERPRÜFUNG FEHLGESCHLAGEN (gründlich)</translation>
    </message>
    <message>
        <source>VERIFICATION FAILED (quick)</source>
        <translation>ÜBERPRÜFUNG FEHLGESCHLAGEN (schnell)</translation>
    </message>
    <message numerus="yes">
        <source>Restored {archive} into {vault} (%n row(s)).</source>
        <translation>
            <numerusform>{archive} in den Tresor {vault} wiederhergestellt (%n Zeile).</numerusform>
            <numerusform>{archive} in den Tresor {vault} wiederhergestellt (%n Zeilen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Signer: {signer}</source>
        <translation>Signiert von: {signer}</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>keiner gefunden</translation>
    </message>
    <message>
        <source>Revocation ledger: {summary} (from: {sources})</source>
        <translation>Widerrufsregister: {summary} (aus: {sources})</translation>
    </message>
    <message>
        <source>Their password changed after this backup; give them a new one (user reset-password): {users}</source>
        <translation>Das Kennwort dieser Benutzer wurde nach dieser Sicherung geändert; geben Sie ihnen ein neues (user reset-password): {users}</translation>
    </message>
    <message>
        <source>Warning: {problem}</source>
        <translation>Warnung: {problem}</translation>
    </message>
    <message>
        <source>Secret for the location: </source>
        <translation>Geheimnis für das Sicherungsziel: </translation>
    </message>
    <message>
        <source>Stored the secret for {key} in the {place}.</source>
        <translation>Geheimnis für {key} gespeichert ({place}).</translation>
    </message>
    <message>
        <source>would prune {archive}</source>
        <translation>{archive} würde entfernt</translation>
    </message>
    <message>
        <source>keep {archive} ({reasons})</source>
        <translation>{archive} behalten ({reasons})</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Kennwort: </translation>
    </message>
    <message>
        <source>Code from your authenticator app: </source>
        <translation>Code aus Ihrer Authentifizierungs-App: </translation>
    </message>
    <message>
        <source>Customer {id} changed (version {version}).</source>
        <translation>Kunde {id} geändert (Version {version}).</translation>
    </message>
    <message>
        <source>Customer {id} moved to the bin.</source>
        <translation>Kunde {id} in den Papierkorb verschoben.</translation>
    </message>
    <message>
        <source>Wrote {path} and {html} ({sections}).</source>
        <translation>{path} und {html} geschrieben ({sections}).</translation>
    </message>
    <message>
        <source>Erased customer {id} (ledger entry {entry}).</source>
        <translation>Kunde {id} endgültig gelöscht (Registereintrag {entry}).</translation>
    </message>
    <message>
        <source>Processing of customer {id} is restricted.</source>
        <translation>Die Verarbeitung von Kunde {id} ist eingeschränkt.</translation>
    </message>
    <message>
        <source>Restriction lifted for customer {id}.</source>
        <translation>Einschränkung für Kunde {id} aufgehoben.</translation>
    </message>
    <message>
        <source>Recorded consent {id}.</source>
        <translation>Einwilligung {id} erfasst.</translation>
    </message>
    <message>
        <source>Consent {id} withdrawn.</source>
        <translation>Einwilligung {id} widerrufen.</translation>
    </message>
    <message>
        <source>Added retention rule {id}.</source>
        <translation>Regel zur Speicherdauer {id} hinzugefügt.</translation>
    </message>
    <message>
        <source>{id}  {name}  ({rule}, last activity {at})</source>
        <translation>{id}  {name}  ({rule}, letzte Aktivität {at})</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) would be erased (preview; add --apply to erase them).</source>
        <translation>
            <numerusform>%n Person würde endgültig gelöscht (Vorschau; fügen Sie --apply hinzu, um zu löschen).</numerusform>
            <numerusform>%n Personen würden endgültig gelöscht (Vorschau; fügen Sie --apply hinzu, um sie zu löschen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erased %n person(s).</source>
        <translation>
            <numerusform>%n Person endgültig gelöscht.</numerusform>
            <numerusform>%n Personen endgültig gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Invitation for {user} ({profile}) written to {path}; it expires on {time}.</source>
        <translation>Einladung für {user} (Profil {profile}) in {path} geschrieben; sie läuft am {time} ab.</translation>
    </message>
    <message>
        <source>ONE-TIME CODE (tell it to {user} separately from the file; shown once): {code}</source>
        <translation>EINMALCODE (teilen Sie ihn {user} getrennt von der Datei mit; wird nur einmal angezeigt): {code}</translation>
    </message>
    <message>
        <source>Roster fingerprint: {fingerprint}</source>
        <translation>Fingerabdruck der Teilnehmerliste: {fingerprint}</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>Neues Kennwort: </translation>
    </message>
    <message>
        <source>One-time code: </source>
        <translation>Einmalcode: </translation>
    </message>
    <message>
        <source>Created vault {id} in {folder} for {user}.</source>
        <translation>Tresor {id} in {folder} für {user} erstellt.</translation>
    </message>
    <message>
        <source>Device {device} asked to join; waiting for an administrator to approve it.</source>
        <translation>Gerät {device} hat den Beitritt angefragt; es wartet auf die Genehmigung durch einen Administrator.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>(stale)</source>
        <translation>(veraltet)</translation>
    </message>
    <message>
        <source>(this device)</source>
        <translation>(dieses Gerät)</translation>
    </message>
    <message>
        <source>Device {device} of {user} is on the team&apos;s roster (version {version}).</source>
        <translation>Gerät {device} von {user} steht in der Teilnehmerliste des Teams (Version {version}).</translation>
    </message>
    <message>
        <source>Device {device} is revoked; its segments after number {seq} are refused.</source>
        <translation>Gerät {device} ist widerrufen; seine Segmente nach Nummer {seq} werden abgelehnt.</translation>
    </message>
    <message>
        <source>Device {device} asked to join again; the administrator approving it should see the fingerprint {fingerprint}.</source>
        <translation>Gerät {device} hat den Beitritt erneut angefragt; der genehmigende Administrator sollte den Fingerabdruck {fingerprint} sehen.</translation>
    </message>
    <message>
        <source>Created vault {id} in {folder}.</source>
        <translation>Tresor {id} in {folder} erstellt.</translation>
    </message>
    <message>
        <source>Administrator: {user}</source>
        <translation>Administrator: {user}</translation>
    </message>
    <message>
        <source>TOTP secret (add it to your authenticator app): {secret}</source>
        <translation>TOTP-Geheimnis (fügen Sie es Ihrer Authentifizierungs-App hinzu): {secret}</translation>
    </message>
    <message>
        <source>TOTP URI: {uri}</source>
        <translation>TOTP-URI: {uri}</translation>
    </message>
    <message>
        <source>RECOVERY KEY (print it and keep it safe; shown once): {key}</source>
        <translation>WIEDERHERSTELLUNGSSCHLÜSSEL (drucken Sie ihn aus und bewahren Sie ihn sicher auf; wird nur einmal angezeigt): {key}</translation>
    </message>
    <message>
        <source>Signing key fingerprint: {fingerprint}</source>
        <translation>Fingerabdruck des Signaturschlüssels: {fingerprint}</translation>
    </message>
    <message>
        <source>Recovery codes (each works once): {codes}</source>
        <translation>Wiederherstellungscodes (jeder funktioniert nur einmal): {codes}</translation>
    </message>
    <message>
        <source>Losing both your password and the recovery key loses the data.</source>
        <translation>Wenn Sie sowohl Ihr Kennwort als auch den Wiederherstellungsschlüssel verlieren, sind die Daten verloren.</translation>
    </message>
    <message>
        <source>Current password: </source>
        <translation>Aktuelles Kennwort: </translation>
    </message>
    <message>
        <source>Password changed for {user}.</source>
        <translation>Kennwort für {user} geändert.</translation>
    </message>
    <message>
        <source>New password and TOTP enrolment for {user}.</source>
        <translation>Neues Kennwort und neue TOTP-Einrichtung für {user}.</translation>
    </message>
    <message>
        <source>TOTP secret: {secret}</source>
        <translation>TOTP-Geheimnis: {secret}</translation>
    </message>
    <message>
        <source>Recovery codes: {codes}</source>
        <translation>Wiederherstellungscodes: {codes}</translation>
    </message>
    <message>
        <source>Password for the new user: </source>
        <translation>Kennwort für den neuen Benutzer: </translation>
    </message>
    <message>
        <source>Added {user} ({profile}).</source>
        <translation>{user} hinzugefügt (Profil {profile}).</translation>
    </message>
    <message>
        <source>last sign-in: {time}</source>
        <translation>letzte Anmeldung: {time}</translation>
    </message>
    <message>
        <source>last sign-in: never</source>
        <translation>letzte Anmeldung: nie</translation>
    </message>
    <message>
        <source>Disabled {user}.</source>
        <translation>{user} deaktiviert.</translation>
    </message>
    <message>
        <source>Re-enabled {user}; they must choose a new password at sign-in.</source>
        <translation>{user} wieder aktiviert; bei der Anmeldung muss ein neues Kennwort gewählt werden.</translation>
    </message>
    <message>
        <source>Temporary password set for {user}; they must change it at sign-in.</source>
        <translation>Temporäres Kennwort für {user} festgelegt; es muss bei der Anmeldung geändert werden.</translation>
    </message>
    <message>
        <source>New authenticator enrolment for {user} (temporary password set).</source>
        <translation>Neue Einrichtung der Authentifizierungs-App für {user} (temporäres Kennwort festgelegt).</translation>
    </message>
    <message>
        <source>{user} now has the profile {profile}.</source>
        <translation>{user} hat jetzt das Profil {profile}.</translation>
    </message>
    <message>
        <source>Temporary password: </source>
        <translation>Temporäres Kennwort: </translation>
    </message>
    <message>
        <source>Would import {imported}, skipped {skipped} (dry run: nothing written).</source>
        <translation>Würde {imported} importieren, {skipped} übersprungen (Probelauf: nichts geschrieben).</translation>
    </message>
    <message>
        <source>Imported {imported}, skipped {skipped}.</source>
        <translation>{imported} importiert, {skipped} übersprungen.</translation>
    </message>
    <message>
        <source>encoding: {encoding}</source>
        <translation>Zeichenkodierung: {encoding}</translation>
    </message>
    <message>
        <source>encoding: {encoding} (a guess)</source>
        <translation>Zeichenkodierung: {encoding} (geschätzt)</translation>
    </message>
    <message>
        <source>  warning: {where}: {reason}</source>
        <translation>  Warnung: {where}: {reason}</translation>
    </message>
    <message>
        <source>  {where}: {reason}</source>
        <translation>  {where}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n customer(s) to {path}.</source>
        <translation>
            <numerusform>%n Kunde nach {path} exportiert.</numerusform>
            <numerusform>%n Kunden nach {path} exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>No customers found.</source>
        <translation>Keine Kunden gefunden.</translation>
    </message>
    <message>
        <source>This vault is now the first device of team book {book}.</source>
        <translation>Dieser Tresor ist jetzt das erste Gerät des Teambuchs {book}.</translation>
    </message>
    <message>
        <source>Device: {device}</source>
        <translation>Gerät: {device}</translation>
    </message>
    <message>
        <source>Genesis fingerprint (compare it on every invitation): {fingerprint}</source>
        <translation>Ursprungs-Fingerabdruck (bei jeder Einladung vergleichen): {fingerprint}</translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>Letzte Synchronisierung: {when}</translation>
    </message>
    <message>
        <source>Changes waiting: {count}</source>
        <translation>Wartende Änderungen: {count}</translation>
    </message>
    <message>
        <source>Location: {url}</source>
        <translation>Ort: {url}</translation>
    </message>
    <message>
        <source>Book: {book}  device: {device}</source>
        <translation>Buch: {book}  Gerät: {device}</translation>
    </message>
    <message>
        <source>refused: {device} segment {segment}: {reason}</source>
        <translation>abgelehnt: {device} Segment {segment}: {reason}</translation>
    </message>
    <message>
        <source>Stale devices: unknown (the location cannot be reached).</source>
        <translation>Veraltete Geräte: unbekannt (der Synchronisierungsort ist nicht erreichbar).</translation>
    </message>
    <message>
        <source>Stale device: {device} ({user}), last seen {when}; it holds compaction back until it syncs or is revoked.</source>
        <translation>Veraltetes Gerät: {device} ({user}), zuletzt gesehen {when}; es hält die Verdichtung auf, bis es synchronisiert oder widerrufen wird.</translation>
    </message>
    <message>
        <source>warning: the changes of device {device} are dated {minutes} min ahead of this computer&apos;s clock; check that device&apos;s clock.</source>
        <translation>Warnung: Die Änderungen des Geräts {device} sind {minutes} Min. gegenüber der Uhr dieses Computers vordatiert; prüfen Sie die Uhr jenes Geräts.</translation>
    </message>
    <message>
        <source>warning: this computer&apos;s clock differs from the sync location&apos;s by {minutes} min; check the clock.</source>
        <translation>Warnung: Die Uhr dieses Computers weicht um {minutes} Min. von der Zeit des Synchronisierungsorts ab; prüfen Sie die Uhr.</translation>
    </message>
    <message>
        <source>Conflict {id} resolved: {value}</source>
        <translation>Konflikt {id} gelöst: {value}</translation>
    </message>
    <message>
        <source>{id}  {at}  {table}.{field} of {uid}: kept {kept} (from {kept_from}), other {other} (from {other_from})</source>
        <translation>{id}  {at}  {table}.{field} von {uid}: behalten (kept) {kept} (von {kept_from}), anderer (other) {other} (von {other_from})</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Keine Konflikte.</translation>
    </message>
    <message>
        <source>No deals.</source>
        <translation>Keine Verkaufschancen.</translation>
    </message>
    <message>
        <source>Added task {id}.</source>
        <translation>Aufgabe {id} hinzugefügt.</translation>
    </message>
    <message>
        <source>No tasks.</source>
        <translation>Keine Aufgaben.</translation>
    </message>
    <message>
        <source>Task {id} is open again.</source>
        <translation>Aufgabe {id} ist wieder offen.</translation>
    </message>
    <message>
        <source>Task {id} is done.</source>
        <translation>Aufgabe {id} ist erledigt.</translation>
    </message>
    <message>
        <source>Next occurrence: task {id}.</source>
        <translation>Nächste Wiederholung: Aufgabe {id}.</translation>
    </message>
    <message>
        <source>Wrote {path} ({tasks} tasks, {meetings} meetings).</source>
        <translation>{path} geschrieben (Aufgaben: {tasks}, Termine: {meetings}).</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Quittiert</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>Muss Kennwort ändern</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Erased for good on</source>
        <translation>Endgültig gelöscht am</translation>
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
        <source>City</source>
        <translation>Ort</translation>
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
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Why it was not imported</source>
        <translation>Grund für Nichtimport</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>Rückstand</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Aktueller Wert</translation>
    </message>
    <message>
        <source>Current by</source>
        <translation>Quelle des aktuellen Werts</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Anderer Wert</translation>
    </message>
    <message>
        <source>Other by</source>
        <translation>Quelle des anderen Werts</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Keep the current value</source>
        <translation>Aktuellen Wert behalten</translation>
    </message>
    <message>
        <source>Take the other value</source>
        <translation>Anderen Wert übernehmen</translation>
    </message>
    <message>
        <source>The current value is the one every device holds now. Select one or more rows and keep it, or take the other value instead; either choice is recorded in the audit log and synced to the team.</source>
        <translation>Der aktuelle Wert ist der, den jetzt alle Geräte haben. Wählen Sie eine oder mehrere Zeilen aus und behalten Sie ihn, oder übernehmen Sie stattdessen den anderen Wert; beide Entscheidungen werden im Prüfprotokoll erfasst und mit dem Team synchronisiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) resolved.</source>
        <translation>
            <numerusform>%n Konflikt gelöst.</numerusform>
            <numerusform>%n Konflikte gelöst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflict {0} was not: {1}</source>
        <translation>Konflikt {0} wurde nicht gelöst: {1}</translation>
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
    <name>ContactLabel</name>
    <message>
        <source>work</source>
        <translation>geschäftlich</translation>
    </message>
    <message>
        <source>home</source>
        <translation>privat</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobil</translation>
    </message>
    <message>
        <source>other</source>
        <translation>andere</translation>
    </message>
    <message>
        <source>main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>Pager</translation>
    </message>
</context>
<context>
    <name>CountryBox</name>
    <message>
        <source>(not chosen)</source>
        <translation>(nicht ausgewählt)</translation>
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
        <source>E-mails (one a line, &quot;work: a@b.com&quot;)</source>
        <translation>E-Mails (eine pro Zeile, &quot;büro: a@b.com&quot;)</translation>
    </message>
    <message>
        <source>Phones (one a line)</source>
        <translation>Telefonnummern (eine pro Zeile)</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
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
        <source>Discard changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>What you typed for this customer has not been saved. Discard it?</source>
        <translation>Ihre Eingaben für diesen Kunden wurden nicht gespeichert. Verwerfen?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
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
        <source>Discard changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>What you typed has not been saved. Discard it?</source>
        <translation>Ihre Eingaben wurden nicht gespeichert. Verwerfen?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
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
    <message>
        <source>{0} (sync conflict)</source>
        <translation>{0} (Synchronisierungskonflikt)</translation>
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
        <source>Undo delete</source>
        <translation>Löschen rückgängig machen</translation>
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
    <name>Dashboard</name>
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
        <source>Pipeline value by stage ({0})</source>
        <translation>Pipeline-Wert nach Phase ({0})</translation>
    </message>
    <message>
        <source>Also in other currencies: {0}</source>
        <translation>Außerdem in anderen Währungen: {0}</translation>
    </message>
    <message>
        <source>Won and lost deals per month</source>
        <translation>Gewonnene und verlorene Verkaufschancen pro Monat</translation>
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
        <source>(no user)</source>
        <translation>(kein Benutzer)</translation>
    </message>
    <message>
        <source>Activities per user per week</source>
        <translation>Interaktionen pro Benutzer und Woche</translation>
    </message>
    <message>
        <source>New customers per month</source>
        <translation>Neue Kunden pro Monat</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Overdue tasks per user</source>
        <translation>Überfällige Aufgaben pro Benutzer</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Überfällige Aufgaben</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <source>Save the dashboard as a PDF</source>
        <translation>Dashboard als PDF speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>Gespeichert: {0}</translation>
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
        <source>e.g. {0}</source>
        <translation>z. B. {0}</translation>
    </message>
    <message>
        <source>e.g. {0} (optional)</source>
        <translation>z. B. {0} (optional)</translation>
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
        <source>Reason (e.g. the person&apos;s request of …):</source>
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
        <source>Delete deal</source>
        <translation>Verkaufschance löschen</translation>
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
        <source>Remove the purchase preference &quot;{0}&quot; of {1}?</source>
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
        <translation>EINSCHRÄNKUNG DER VERARBEITUNG: kein Export, Änderungen nur durch Datenschutzmanager</translation>
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
        <source>Write to {0}</source>
        <translation>An {0} schreiben</translation>
    </message>
    <message>
        <source>Call {0}</source>
        <translation>{0} anrufen</translation>
    </message>
    <message>
        <source>No program on this computer opens {0} links.</source>
        <translation>Auf diesem Computer gibt es kein Programm, das {0}-Links öffnet.</translation>
    </message>
    <message>
        <source>E-mail to {0}: </source>
        <translation>E-Mail an {0}: </translation>
    </message>
    <message>
        <source>Call to {0}: </source>
        <translation>Anruf bei {0}: </translation>
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
    <name>DeviceState</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Wartet auf Genehmigung</translation>
    </message>
    <message>
        <source>{0}, not synced for a while</source>
        <translation>{0}, lange nicht synchronisiert</translation>
    </message>
    <message>
        <source>{0}, this device</source>
        <translation>{0}, dieses Gerät</translation>
    </message>
    <message numerus="yes">
        <source>%n change file(s)</source>
        <translation>
            <numerusform>%n Änderungsdatei</numerusform>
            <numerusform>%n Änderungsdateien</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Genehmigen…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Widerrufen…</translation>
    </message>
    <message>
        <source>A device highlighted as stale has not synced for longer than the team allows (Settings). Revoking stops a device from syncing; what is already on it stays there.</source>
        <translation>Ein als veraltet hervorgehobenes Gerät hat länger nicht synchronisiert, als das Team erlaubt (Einstellungen). Ein widerrufenes Gerät synchronisiert nicht mehr; was sich bereits darauf befindet, bleibt dort.</translation>
    </message>
    <message>
        <source>Approve device</source>
        <translation>Gerät genehmigen</translation>
    </message>
    <message>
        <source>Admit this device of {user} to the team? It will download the team&apos;s customers and sync from now on.</source>
        <translation>Dieses Gerät von {user} in das Team aufnehmen? Es lädt die Kunden des Teams herunter und synchronisiert ab jetzt.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <source>The device is approved, but the book could not be published for it yet: {0}</source>
        <translation>Das Gerät ist genehmigt, aber das Buch konnte noch nicht für es veröffentlicht werden: {0}</translation>
    </message>
    <message>
        <source>Revoke this device of {user}?

From now on it can no longer sync: the other devices refuse anything it sends after what they have already received, and it receives nothing new.

Revoking does not delete anything: the customers already on that laptop stay there. If the laptop is lost, also disable the user or change their password.</source>
        <translation>Dieses Gerät von {user} widerrufen?

Ab jetzt kann es nicht mehr synchronisieren: Die anderen Geräte lehnen alles ab, was es nach dem bereits Empfangenen sendet, und es empfängt nichts Neues mehr.

Der Widerruf löscht nichts: Die Kunden, die sich bereits auf diesem Laptop befinden, bleiben dort. Wenn der Laptop verloren gegangen ist, deaktivieren Sie zusätzlich den Benutzer oder ändern Sie sein Kennwort.</translation>
    </message>
    <message>
        <source>Revoke device</source>
        <translation>Gerät widerrufen</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cannot save there</source>
        <translation>Speichern dort nicht möglich</translation>
    </message>
</context>
<context>
    <name>DownloadPage</name>
    <message>
        <source>This laptop is approved. It downloads the team&apos;s customer book now; you can cancel and try again later.</source>
        <translation>Dieser Laptop ist genehmigt. Er lädt jetzt das Kundenbuch des Teams herunter; Sie können abbrechen und es später erneut versuchen.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>same email ({email}) as customer {id}</source>
        <translation>gleiche E-Mail-Adresse ({email}) wie Kunde {id}</translation>
    </message>
    <message>
        <source>same phone ({phone}) as customer {id}</source>
        <translation>gleiche Telefonnummer ({phone}) wie Kunde {id}</translation>
    </message>
    <message>
        <source>a close name ({name}) at the same company, customer {id}</source>
        <translation>ähnlicher Name ({name}) bei derselben Firma, Kunde {id}</translation>
    </message>
    <message>
        <source>same email ({email}) as {where} of this file</source>
        <translation>gleiche E-Mail-Adresse ({email}) wie {where} dieser Datei</translation>
    </message>
    <message>
        <source>same phone ({phone}) as {where} of this file</source>
        <translation>gleiche Telefonnummer ({phone}) wie {where} dieser Datei</translation>
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
        <source>same email ({0})</source>
        <translation>gleiche E-Mail-Adresse ({0})</translation>
    </message>
    <message>
        <source>same phone ({0})</source>
        <translation>gleiche Telefonnummer ({0})</translation>
    </message>
    <message>
        <source>close names at the same company ({0})</source>
        <translation>ähnliche Namen bei derselben Firma ({0})</translation>
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
    <name>EnrolmentView</name>
    <message>
        <source>Scan the code with your authenticator app (or type the key), then enter the code it shows. Your old authenticator and recovery codes no longer work; write down the new recovery codes.</source>
        <translation>Scannen Sie den Code mit Ihrer Authentifizierungs-App (oder geben Sie den Schlüssel ein) und geben Sie dann den angezeigten Code ein. Ihre alte Authentifizierungs-App und Ihre alten Wiederherstellungscodes funktionieren nicht mehr; notieren Sie die neuen Wiederherstellungscodes.</translation>
    </message>
    <message>
        <source>Code from your authenticator app</source>
        <translation>Code aus Ihrer Authentifizierungs-App</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <source>Recovery codes:</source>
        <translation>Wiederherstellungscodes:</translation>
    </message>
    <message>
        <source>Code from the app:</source>
        <translation>Code aus der App:</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>There is no alert {id}.</source>
        <translation>Es gibt keine Warnung {id}.</translation>
    </message>
    <message>
        <source>The audit log exports as json or csv.</source>
        <translation>Das Prüfprotokoll wird als JSON oder CSV exportiert.</translation>
    </message>
    <message>
        <source>{name}: not an ISO time (e.g. 2026-11-24 or 2026-11-24T09:30:00Z): {text}</source>
        <translation>{name}: keine ISO-Zeitangabe (z. B. 2026-11-24 oder 2026-11-24T09:30:00Z): {text}</translation>
    </message>
    <message>
        <source>The vault is locked. Sign in again.</source>
        <translation>Der Tresor ist gesperrt. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The key of person {id} does not open (modified outside the app).</source>
        <translation>Der Schlüssel von Person {id} lässt sich nicht öffnen (außerhalb der App geändert).</translation>
    </message>
    <message>
        <source>No user is signed in.</source>
        <translation>Kein Benutzer ist angemeldet.</translation>
    </message>
    <message>
        <source>This machine has no secure keyring ({name}); sign in to keep the secret inside the vault instead (--in-vault).</source>
        <translation>Dieser Computer hat keinen sicheren Schlüsselbund ({name}); melden Sie sich an, um das Geheimnis stattdessen im Tresor aufzubewahren (--in-vault).</translation>
    </message>
    <message>
        <source>No backup location: choose one in the settings or pass --to.</source>
        <translation>Kein Sicherungsziel: Wählen Sie eines in den Einstellungen aus oder geben Sie --to an.</translation>
    </message>
    <message>
        <source>{url} is inside the vault folder {folder}: a backup kept beside the vault is lost with it; choose a folder outside it (another disk, a share, a remote location).</source>
        <translation>{url} liegt im Tresorordner {folder}: Eine Sicherung neben dem Tresor geht mit ihm verloren; wählen Sie einen Ordner außerhalb (ein anderes Laufwerk, eine Freigabe, ein entferntes Ziel).</translation>
    </message>
    <message>
        <source>Restore needs the recovery key (--recovery-key-file) or a signed-in administrator.</source>
        <translation>Die Wiederherstellung erfordert den Wiederherstellungsschlüssel (--recovery-key-file) oder einen angemeldeten Administrator.</translation>
    </message>
    <message>
        <source>{folder} is neither a vault nor empty; choose a new folder.</source>
        <translation>{folder} ist weder ein Tresor noch leer; wählen Sie einen neuen Ordner.</translation>
    </message>
    <message>
        <source>Cancelled; the current vault was not touched.</source>
        <translation>Abgebrochen; der aktuelle Tresor wurde nicht verändert.</translation>
    </message>
    <message>
        <source>This archive is from vault {archive_vault}, not the vault in {folder} ({vault}); restore it into a new folder.</source>
        <translation>Dieses Archiv stammt aus dem Tresor {archive_vault}, nicht aus dem Tresor in {folder} ({vault}); stellen Sie es in einem neuen Ordner wieder her.</translation>
    </message>
    <message>
        <source>The new backup is not verified; nothing is pruned.</source>
        <translation>Die neue Sicherung ist nicht überprüft; es wird nichts entfernt.</translation>
    </message>
    <message>
        <source>Deep verify needs the recovery key (--recovery-key-file) or a signed-in administrator.</source>
        <translation>Die gründliche Überprüfung erfordert den Wiederherstellungsschlüssel (--recovery-key-file) oder einen angemeldeten Administrator.</translation>
    </message>
    <message>
        <source>Choose a sub-command (see --help).</source>
        <translation>Wählen Sie einen Unterbefehl (siehe --help).</translation>
    </message>
    <message>
        <source>{folder} is not a folder: there is no backup location there.</source>
        <translation>{folder} ist kein Ordner: Dort gibt es kein Sicherungsziel.</translation>
    </message>
    <message>
        <source>--user needs --vault (the vault to sign in to).</source>
        <translation>--user erfordert --vault (den Tresor, bei dem Sie sich anmelden).</translation>
    </message>
    <message>
        <source>Deep verify failed: {reason}</source>
        <translation>Gründliche Überprüfung fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>Restore needs either --recovery-key-file F or a sign-in (--user …).</source>
        <translation>Die Wiederherstellung erfordert entweder --recovery-key-file F oder eine Anmeldung (--user …).</translation>
    </message>
    <message>
        <source>--user needs --vault.</source>
        <translation>--user erfordert --vault (den Tresor).</translation>
    </message>
    <message>
        <source>stdin has no line {number} ({what}).</source>
        <translation>Die Standardeingabe hat keine Zeile {number} ({what}).</translation>
    </message>
    <message>
        <source>{what} needed: use --password-stdin or run in a terminal.</source>
        <translation>{what} erforderlich: Verwenden Sie --password-stdin oder führen Sie den Befehl in einem Terminal aus.</translation>
    </message>
    <message>
        <source>A code is needed: use --totp CODE or --recovery-code CODE.</source>
        <translation>Ein Code ist erforderlich: Verwenden Sie --totp CODE oder --recovery-code CODE.</translation>
    </message>
    <message>
        <source>{id} is neither a customer id nor a uid.</source>
        <translation>{id} ist weder eine Kunden-ID noch eine UID.</translation>
    </message>
    <message>
        <source>{item}: give FIELD=VALUE with FIELD one of {fields}.</source>
        <translation>{item}: Geben Sie FELD=WERT an, wobei FELD eines der folgenden ist: {fields}.</translation>
    </message>
    <message>
        <source>{field} is given twice.</source>
        <translation>{field} ist doppelt angegeben.</translation>
    </message>
    <message>
        <source>Erasure cannot be undone: add --yes to confirm.</source>
        <translation>Die endgültige Löschung kann nicht rückgängig gemacht werden: Fügen Sie zur Bestätigung --yes hinzu.</translation>
    </message>
    <message>
        <source>customer id: a whole number</source>
        <translation>Kunden-ID: eine ganze Zahl</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>There is no customer {id}.</source>
        <translation>Es gibt keinen Kunden {id}.</translation>
    </message>
    <message>
        <source>1 to 200 characters</source>
        <translation>1 bis 200 Zeichen</translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation>einer der Werte {choices}</translation>
    </message>
    <message>
        <source>Please check: {fields}.</source>
        <translation>Bitte prüfen: {fields}.</translation>
    </message>
    <message>
        <source>There is no consent {id}.</source>
        <translation>Es gibt keine Einwilligung {id}.</translation>
    </message>
    <message>
        <source>This consent was already withdrawn.</source>
        <translation>Diese Einwilligung wurde bereits widerrufen.</translation>
    </message>
    <message>
        <source>Customer {id} was already erased on {at}.</source>
        <translation>Kunde {id} wurde bereits am {at} endgültig gelöscht.</translation>
    </message>
    <message>
        <source>status: lead, prospect, customer or inactive</source>
        <translation>Status: lead, prospect, customer oder inactive</translation>
    </message>
    <message>
        <source>not a status</source>
        <translation>kein Status</translation>
    </message>
    <message>
        <source>The retention preview has changed since you saw it; preview again before applying.</source>
        <translation>Die Vorschau der Speicherdauer hat sich geändert, seit Sie sie angesehen haben; erstellen Sie vor dem Anwenden erneut eine Vorschau.</translation>
    </message>
    <message>
        <source>There is no profile named {name}.</source>
        <translation>Es gibt kein Profil namens {name}.</translation>
    </message>
    <message>
        <source>A profile name is 1 to 64 characters.</source>
        <translation>Ein Profilname hat 1 bis 64 Zeichen.</translation>
    </message>
    <message>
        <source>1 to 64 characters</source>
        <translation>1 bis 64 Zeichen</translation>
    </message>
    <message>
        <source>A profile name cannot hold invisible or direction-changing characters.</source>
        <translation>Ein Profilname darf keine unsichtbaren oder richtungsändernden Zeichen enthalten.</translation>
    </message>
    <message>
        <source>no invisible characters</source>
        <translation>keine unsichtbaren Zeichen</translation>
    </message>
    <message>
        <source>The scope is &apos;own&apos; or &apos;all&apos;.</source>
        <translation>Der Geltungsbereich ist &apos;own&apos; oder &apos;all&apos;.</translation>
    </message>
    <message>
        <source>own or all</source>
        <translation>own oder all</translation>
    </message>
    <message>
        <source>Unknown permission atoms: {atoms}.</source>
        <translation>Unbekannte Berechtigungen: {atoms}.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>{name} is a built-in profile and cannot be changed; create a copy instead.</source>
        <translation>{name} ist ein integriertes Profil und kann nicht geändert werden; erstellen Sie stattdessen eine Kopie.</translation>
    </message>
    <message>
        <source>{name} is a built-in profile and cannot be deleted.</source>
        <translation>{name} ist ein integriertes Profil und kann nicht gelöscht werden.</translation>
    </message>
    <message numerus="yes">
        <source>The profile {name} is still given to %n user(s); give them another profile first.</source>
        <translation>
            <numerusform>Das Profil {name} ist noch %n Benutzer zugewiesen; weisen Sie ihm zuerst ein anderes Profil zu.</numerusform>
            <numerusform>Das Profil {name} ist noch %n Benutzern zugewiesen; weisen Sie ihnen zuerst ein anderes Profil zu.</numerusform>
        </translation>
    </message>
    <message>
        <source>A profile named {name} already exists.</source>
        <translation>Ein Profil namens {name} ist bereits vorhanden.</translation>
    </message>
    <message>
        <source>Your profile cannot see sensitive fields, so it cannot fill them in either ({fields}).</source>
        <translation>Ihr Profil kann vertrauliche Felder nicht sehen und sie daher auch nicht ausfüllen ({fields}).</translation>
    </message>
    <message>
        <source>lower-case letters, digits and _ (start with a letter)</source>
        <translation>Kleinbuchstaben, Ziffern und _ (beginnend mit einem Buchstaben)</translation>
    </message>
    <message>
        <source>text, number, date or choice</source>
        <translation>Text, Zahl, Datum oder Auswahl</translation>
    </message>
    <message>
        <source>a choice field needs choices</source>
        <translation>ein Auswahlfeld benötigt Auswahlwerte</translation>
    </message>
    <message>
        <source>a label is needed</source>
        <translation>eine Bezeichnung ist erforderlich</translation>
    </message>
    <message>
        <source>A custom field {key} exists already.</source>
        <translation>Ein benutzerdefiniertes Feld {key} ist bereits vorhanden.</translation>
    </message>
    <message>
        <source>exists already</source>
        <translation>bereits vorhanden</translation>
    </message>
    <message>
        <source>Your profile can only own its own records; you cannot give one to someone else.</source>
        <translation>Ihr Profil darf nur eigene Datensätze betreuen; Sie können keinen an jemand anderen übertragen.</translation>
    </message>
    <message>
        <source>owner: no such user</source>
        <translation>Betreuer: Benutzer nicht vorhanden</translation>
    </message>
    <message>
        <source>no such user</source>
        <translation>Benutzer nicht vorhanden</translation>
    </message>
    <message>
        <source>company: a company cannot belong to a company</source>
        <translation>Firma: Eine Firma kann nicht zu einer Firma gehören</translation>
    </message>
    <message>
        <source>only a person can belong to a company</source>
        <translation>nur eine Person kann zu einer Firma gehören</translation>
    </message>
    <message>
        <source>company: no such company</source>
        <translation>Firma: Firma nicht vorhanden</translation>
    </message>
    <message>
        <source>no such company</source>
        <translation>Firma nicht vorhanden</translation>
    </message>
    <message>
        <source>Your profile cannot see sensitive fields, so it cannot fill them in either.</source>
        <translation>Ihr Profil kann vertrauliche Felder nicht sehen und sie daher auch nicht ausfüllen.</translation>
    </message>
    <message>
        <source>Unknown fields: {fields}.</source>
        <translation>Unbekannte Felder: {fields}.</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>unbekanntes Feld</translation>
    </message>
    <message>
        <source>Your profile cannot see sensitive fields, so it cannot change them.</source>
        <translation>Ihr Profil kann vertrauliche Felder nicht sehen und sie daher auch nicht ändern.</translation>
    </message>
    <message>
        <source>a whole number from 1 to {maximum}</source>
        <translation>eine ganze Zahl von 1 bis {maximum}</translation>
    </message>
    <message>
        <source>a product is needed</source>
        <translation>ein Produkt ist erforderlich</translation>
    </message>
    <message>
        <source>a title is needed</source>
        <translation>ein Titel ist erforderlich</translation>
    </message>
    <message>
        <source>{value} is not a date (YYYY-MM-DD)</source>
        <translation>{value} ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>the line items add up to {total}, not {amount}</source>
        <translation>die Positionen ergeben {total}, nicht {amount}</translation>
    </message>
    <message>
        <source>The file is {size} MB; attachments may be at most {limit} MB each (setting: largest attachment).</source>
        <extracomment>media types recognised from the content (the name&apos;s extension is never trusted)</extracomment>
        <translation>Die Datei ist {size} MB groß; Anhänge dürfen höchstens {limit} MB groß sein (Einstellung: größter Anhang).</translation>
    </message>
    <message>
        <source>The vault already holds {used} MB of attachments; adding {size} MB would pass its limit of {limit} MB (setting: attachments per vault).</source>
        <translation>Der Tresor enthält bereits {used} MB an Anhängen; {size} MB mehr würden sein Limit von {limit} MB überschreiten (Einstellung: Anhänge pro Tresor).</translation>
    </message>
    <message>
        <source>There is no deal {id}.</source>
        <translation>Es gibt keine Verkaufschance {id}.</translation>
    </message>
    <message>
        <source>There is no attachment {id}.</source>
        <translation>Es gibt keinen Anhang {id}.</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <source>The attachment {name} is incomplete or damaged (its content does not match its checksum); it may still be arriving by sync.</source>
        <translation>Der Anhang {name} ist unvollständig oder beschädigt (sein Inhalt passt nicht zu seiner Prüfsumme); vielleicht kommt er noch per Synchronisierung.</translation>
    </message>
    <message>
        <source>The deal {title} was changed by someone else since you opened it; reload it.</source>
        <translation>Die Verkaufschance {title} wurde von jemand anderem geändert, seit Sie sie geöffnet haben; laden Sie sie neu.</translation>
    </message>
    <message>
        <source>The deal was changed by someone else since you opened it; reload it.</source>
        <translation>Die Verkaufschance wurde von jemand anderem geändert, seit Sie sie geöffnet haben; laden Sie sie neu.</translation>
    </message>
    <message>
        <source>category: a category is needed</source>
        <translation>Kategorie: Eine Kategorie ist erforderlich</translation>
    </message>
    <message>
        <source>needed</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>There is no preference {id}.</source>
        <translation>Es gibt keine Präferenz {id}.</translation>
    </message>
    <message>
        <source>Choose at least one other record to merge.</source>
        <translation>Wählen Sie mindestens einen weiteren Datensatz zum Zusammenführen aus.</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>{name}: {value} is not a date or time (YYYY-MM-DD[THH:MM])</source>
        <translation>{name}: {value} ist kein Datum und keine Uhrzeit (JJJJ-MM-TT[THH:MM])</translation>
    </message>
    <message>
        <source>not a date or time</source>
        <translation>kein Datum und keine Uhrzeit</translation>
    </message>
    <message>
        <source>too long (at most {maximum} characters)</source>
        <translation>zu lang (höchstens {maximum} Zeichen)</translation>
    </message>
    <message>
        <source>deal: not a deal of this customer</source>
        <translation>Verkaufschance: keine Verkaufschance dieses Kunden</translation>
    </message>
    <message>
        <source>not this customer&apos;s deal</source>
        <translation>keine Verkaufschance dieses Kunden</translation>
    </message>
    <message>
        <source>There is no interaction {id}.</source>
        <translation>Es gibt keine Interaktion {id}.</translation>
    </message>
    <message>
        <source>Cannot sort by {key}.</source>
        <translation>Sortieren nach {key} nicht möglich.</translation>
    </message>
    <message>
        <source>There is no customer {id} in the bin.</source>
        <translation>Im Papierkorb gibt es keinen Kunden {id}.</translation>
    </message>
    <message>
        <source>This customer is not one of your records.</source>
        <translation>Dieser Kunde gehört nicht zu Ihren Datensätzen.</translation>
    </message>
    <message>
        <source>Processing of this person is restricted (GDPR art. 18): you cannot change it. Ask your privacy manager.</source>
        <translation>Die Verarbeitung dieser Person ist eingeschränkt (Art. 18 DSGVO): Sie können sie nicht ändern. Wenden Sie sich an Ihren Datenschutzmanager.</translation>
    </message>
    <message>
        <source>Processing of this person is restricted (GDPR art. 18): you cannot delete it. Ask your privacy manager.</source>
        <translation>Die Verarbeitung dieser Person ist eingeschränkt (Art. 18 DSGVO): Sie können sie nicht löschen. Wenden Sie sich an Ihren Datenschutzmanager.</translation>
    </message>
    <message>
        <source>Processing of this person is restricted (GDPR art. 18): you cannot restore it. Ask your privacy manager.</source>
        <translation>Die Verarbeitung dieser Person ist eingeschränkt (Art. 18 DSGVO): Sie können sie nicht wiederherstellen. Wenden Sie sich an Ihren Datenschutzmanager.</translation>
    </message>
    <message>
        <source>Processing of this person is restricted (GDPR art. 18): you cannot merge it. Ask your privacy manager.</source>
        <translation>Die Verarbeitung dieser Person ist eingeschränkt (Art. 18 DSGVO): Sie können sie nicht zusammenführen. Wenden Sie sich an Ihren Datenschutzmanager.</translation>
    </message>
    <message>
        <source>Processing of this person is restricted (GDPR art. 18): you cannot export it. Ask your privacy manager.</source>
        <translation>Die Verarbeitung dieser Person ist eingeschränkt (Art. 18 DSGVO): Sie können sie nicht exportieren. Wenden Sie sich an Ihren Datenschutzmanager.</translation>
    </message>
    <message>
        <source>too long ({length} characters; at most {limit})</source>
        <translation>zu lang ({length} Zeichen; höchstens {limit})</translation>
    </message>
    <message>
        <source>{name}: give whole minor units (cents) or a decimal text, not a float</source>
        <translation>{name}: Geben Sie ganze Untereinheiten (Cent) oder einen Dezimaltext an, keine Gleitkommazahl</translation>
    </message>
    <message>
        <source>not a float; use cents</source>
        <translation>keine Gleitkommazahl; Cent verwenden</translation>
    </message>
    <message>
        <source>{name}: {value} is not an amount</source>
        <translation>{name}: {value} ist kein Betrag</translation>
    </message>
    <message>
        <source>not an amount (e.g. 1234.50)</source>
        <translation>kein Betrag (z. B. 1234.50)</translation>
    </message>
    <message>
        <source>{name}: too large (at most {limit} in whole units)</source>
        <translation>{name}: zu groß (höchstens {limit} in ganzen Einheiten)</translation>
    </message>
    <message>
        <source>at most {limit}</source>
        <translation>höchstens {limit}</translation>
    </message>
    <message numerus="yes">
        <source>{field}: {problem} (and %n more)</source>
        <translation>
            <numerusform>{field}: {problem} (und %n weiteres)</numerusform>
            <numerusform>{field}: {problem} (und %n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>must be person or company</source>
        <translation>muss Person oder Firma sein</translation>
    </message>
    <message>
        <source>a name is needed (a person&apos;s name or a company name)</source>
        <translation>ein Name ist erforderlich (Name einer Person oder einer Firma)</translation>
    </message>
    <message>
        <source>must be one of {choices}</source>
        <translation>muss einer der Werte {choices} sein</translation>
    </message>
    <message>
        <source>not a customer id</source>
        <translation>keine Kunden-ID</translation>
    </message>
    <message>
        <source>{value} is not an email address (name@example.com)</source>
        <translation>{value} ist keine E-Mail-Adresse (name@example.com)</translation>
    </message>
    <message>
        <source>{value} is not a phone number</source>
        <translation>{value} ist keine Telefonnummer</translation>
    </message>
    <message>
        <source>a date of birth cannot be in the future</source>
        <translation>ein Geburtsdatum kann nicht in der Zukunft liegen</translation>
    </message>
    <message>
        <source>no such custom field</source>
        <translation>benutzerdefiniertes Feld nicht vorhanden</translation>
    </message>
    <message>
        <source>{value} is not a number</source>
        <translation>{value} ist keine Zahl</translation>
    </message>
    <message>
        <source>choose one of {choices}</source>
        <translation>wählen Sie einen der Werte {choices}</translation>
    </message>
    <message>
        <source>currency: {value} is not a 3-letter code (EUR, USD…)</source>
        <translation>Währung: {value} ist kein dreistelliger Code (EUR, USD…)</translation>
    </message>
    <message>
        <source>a 3-letter code such as EUR</source>
        <translation>ein dreistelliger Code wie EUR</translation>
    </message>
    <message>
        <source>recovery key file</source>
        <translation>Wiederherstellungsschlüsseldatei</translation>
    </message>
    <message>
        <source>No recovery key was found in the text of the PDF {path}. Give the recovery sheet&apos;s PDF, or a text file holding the line that starts with AGE-SECRET-KEY-1.</source>
        <translation>Im Text der PDF-Datei {path} wurde kein Wiederherstellungsschlüssel gefunden. Geben Sie die PDF-Datei des Wiederherstellungsblatts an oder eine Textdatei mit der Zeile, die mit AGE-SECRET-KEY-1 beginnt.</translation>
    </message>
    <message>
        <source>No recovery key was found in {path}. The recovery key is the line on the recovery sheet that starts with AGE-SECRET-KEY-1.</source>
        <translation>In {path} wurde kein Wiederherstellungsschlüssel gefunden. Der Wiederherstellungsschlüssel ist die Zeile auf dem Wiederherstellungsblatt, die mit AGE-SECRET-KEY-1 beginnt.</translation>
    </message>
    <message>
        <source>Choose a new password first.</source>
        <translation>Wählen Sie zuerst ein neues Kennwort.</translation>
    </message>
    <message>
        <source>Your profile ({profile}) does not allow this: {permission}.</source>
        <translation>Ihr Profil ({profile}) erlaubt dies nicht: {permission}.</translation>
    </message>
    <message>
        <source>Your profile no longer exists.</source>
        <translation>Ihr Profil existiert nicht mehr.</translation>
    </message>
    <message>
        <source>{setting}: expected yes or no.</source>
        <translation>{setting}: ja oder nein erwartet.</translation>
    </message>
    <message>
        <source>{setting}: expected a number.</source>
        <translation>{setting}: Zahl erwartet.</translation>
    </message>
    <message>
        <source>{setting}: must be between {low} and {high}.</source>
        <translation>{setting}: muss zwischen {low} und {high} liegen.</translation>
    </message>
    <message>
        <source>{setting}: wrong type.</source>
        <translation>{setting}: falscher Typ.</translation>
    </message>
    <message>
        <source>{setting}: choose one of {choices}.</source>
        <translation>{setting}: Wählen Sie einen der Werte {choices}.</translation>
    </message>
    <message>
        <source>The archive&apos;s tar stream is damaged ({reason}).</source>
        <translation>Der tar-Datenstrom des Archivs ist beschädigt ({reason}).</translation>
    </message>
    <message>
        <source>The archive holds an extended tar header (pax or GNU), which this app never writes: it was not made by VaultCRM or has been altered.</source>
        <translation>Das Archiv enthält einen erweiterten tar-Header (pax oder GNU), den diese App nie schreibt: Es wurde nicht von VaultCRM erstellt oder wurde verändert.</translation>
    </message>
    <message>
        <source>Unexpected member in the archive: {name}.</source>
        <translation>Unerwarteter Bestandteil im Archiv: {name}.</translation>
    </message>
    <message>
        <source>{name} appears twice in the archive.</source>
        <translation>{name} kommt im Archiv doppelt vor.</translation>
    </message>
    <message>
        <source>{name} in the archive is not a regular file.</source>
        <translation>{name} im Archiv ist keine reguläre Datei.</translation>
    </message>
    <message>
        <source>{name} in the archive is too large ({size} bytes; at most {limit}): not a backup this app made.</source>
        <translation>{name} im Archiv ist zu groß ({size} Byte; höchstens {limit}): keine Sicherung dieser App.</translation>
    </message>
    <message>
        <source>That is not a valid recovery key (AGE-SECRET-KEY-1…).</source>
        <translation>Das ist kein gültiger Wiederherstellungsschlüssel (AGE-SECRET-KEY-1…).</translation>
    </message>
    <message>
        <source>The recovery key does not open this archive.</source>
        <translation>Der Wiederherstellungsschlüssel öffnet dieses Archiv nicht.</translation>
    </message>
    <message>
        <source>The archive is damaged or was modified: age refused to decrypt it ({reason}).</source>
        <translation>Das Archiv ist beschädigt oder wurde verändert: age hat die Entschlüsselung abgelehnt ({reason}).</translation>
    </message>
    <message>
        <source>The archive&apos;s tar stream is incomplete.</source>
        <translation>Der tar-Datenstrom des Archivs ist unvollständig.</translation>
    </message>
    <message>
        <source>{name} shrank while it was archived.</source>
        <translation>{name} ist während der Archivierung geschrumpft.</translation>
    </message>
    <message>
        <source>The archive could not be processed ({reason}).</source>
        <translation>Das Archiv konnte nicht verarbeitet werden ({reason}).</translation>
    </message>
    <message>
        <source>Not an age X25519 recipient: {start}…</source>
        <translation>Kein age-X25519-Empfänger: {start}…</translation>
    </message>
    <message>
        <source>This machine has no secure keyring ({name}); keep the secret inside the vault instead (`backup-login URL --in-vault`).</source>
        <translation>Dieser Computer hat keinen sicheren Schlüsselbund ({name}); bewahren Sie das Geheimnis stattdessen im Tresor auf (`backup-login URL --in-vault`).</translation>
    </message>
    <message>
        <source>Cannot reach the SFTP server {host}:{port} ({reason}).</source>
        <translation>Der SFTP-Server {host}:{port} ist nicht erreichbar ({reason}).</translation>
    </message>
    <message>
        <source>Not a file name: {name}.</source>
        <translation>Kein Dateiname: {name}.</translation>
    </message>
    <message>
        <source>{what}: {reason}</source>
        <translation>{what}: {reason}</translation>
    </message>
    <message>
        <source>{what} at {url}: {reason}.</source>
        <translation>{what} ({url}): {reason}.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder</source>
        <translation>Der Sicherungsordner kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Cannot list the backup location</source>
        <translation>Das Sicherungsziel kann nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>Cannot read the size of {name}</source>
        <translation>Die Größe von {name} kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>{name} is missing.</source>
        <translation>{name} fehlt.</translation>
    </message>
    <message>
        <source>Cannot read {name}</source>
        <translation>{name} kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>{name} is implausibly large.</source>
        <translation>{name} ist unplausibel groß.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder: {reason}</source>
        <translation>Der Sicherungsordner kann nicht erstellt werden: {reason}</translation>
    </message>
    <message>
        <source>Cannot list the backup folder: {reason}</source>
        <translation>Der Sicherungsordner kann nicht aufgelistet werden: {reason}</translation>
    </message>
    <message>
        <source>Cannot write {name}</source>
        <translation>{name} kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>{name} already exists at {url}.</source>
        <translation>{name} ist unter {url} bereits vorhanden.</translation>
    </message>
    <message>
        <source>{path} already exists.</source>
        <translation>{path} ist bereits vorhanden.</translation>
    </message>
    <message>
        <source>The archive failed verification; nothing was restored: {problems}</source>
        <translation>Das Archiv hat die Überprüfung nicht bestanden; es wurde nichts wiederhergestellt: {problems}</translation>
    </message>
    <message>
        <source>This key can read the archive but cannot restore it: use the vault&apos;s recovery key.</source>
        <translation>Dieser Schlüssel kann das Archiv lesen, aber nicht wiederherstellen: Verwenden Sie den Wiederherstellungsschlüssel des Tresors.</translation>
    </message>
    <message>
        <source>Re-keying the restored database failed ({reason}).</source>
        <translation>Die wiederhergestellte Datenbank konnte keinen neuen Schlüssel erhalten ({reason}).</translation>
    </message>
    <message>
        <source>This system cannot swap folders atomically.</source>
        <translation>Dieses System kann Ordner nicht atomar austauschen.</translation>
    </message>
    <message>
        <source>Could not swap {first} and {second}: {reason}.</source>
        <translation>{first} und {second} konnten nicht ausgetauscht werden: {reason}.</translation>
    </message>
    <message>
        <source>The signature file is damaged ({reason}).</source>
        <translation>Die Signaturdatei ist beschädigt ({reason}).</translation>
    </message>
    <message>
        <source>Signed by a key that is not this vault&apos;s signing key ({fingerprint}); refused.</source>
        <translation>Mit einem Schlüssel signiert, der nicht der Signaturschlüssel dieses Tresors ist ({fingerprint}); abgelehnt.</translation>
    </message>
    <message>
        <source>The signature does not match the backup&apos;s description; refused.</source>
        <translation>Die Signatur passt nicht zur Beschreibung der Sicherung; abgelehnt.</translation>
    </message>
    <message>
        <source>Vault {vault_id} is already pinned to another signing key; refused.</source>
        <translation>Für den Tresor {vault_id} ist bereits ein anderer Signaturschlüssel hinterlegt; abgelehnt.</translation>
    </message>
    <message>
        <source>This machine pinned another signing key for this vault; refused.</source>
        <translation>Auf diesem Computer ist für diesen Tresor ein anderer Signaturschlüssel hinterlegt; abgelehnt.</translation>
    </message>
    <message>
        <source>Unsupported cipher setting in the manifest: {name} = {value}.</source>
        <translation>Nicht unterstützte Verschlüsselungseinstellung im Manifest: {name} = {value}.</translation>
    </message>
    <message>
        <source>The snapshot failed its integrity check: {problems}</source>
        <translation>Der Snapshot hat die Integritätsprüfung nicht bestanden: {problems}</translation>
    </message>
    <message>
        <source>{url} does not name an archive inside a location.</source>
        <translation>{url} bezeichnet kein Archiv in einem Sicherungsziel.</translation>
    </message>
    <message>
        <source>Unsupported backup location {url}: use a folder, sftp://, webdav(s):// or s3://.</source>
        <translation>Nicht unterstütztes Sicherungsziel {url}: Verwenden Sie einen Ordner, sftp://, webdav(s):// oder s3://.</translation>
    </message>
    <message>
        <source>{url}: no host.</source>
        <translation>{url}: kein Host.</translation>
    </message>
    <message>
        <source>Never put a password in the URL: it is stored in the keyring (backup-login).</source>
        <translation>Geben Sie nie ein Kennwort in der URL an: Es wird im Schlüsselbund gespeichert (backup-login).</translation>
    </message>
    <message>
        <source>No password for {key}: store it once with `backup-login {key}`.</source>
        <translation>Kein Kennwort für {key}: Speichern Sie es einmalig mit `backup-login {key}`.</translation>
    </message>
    <message>
        <source>{url}: no bucket.</source>
        <translation>{url}: kein Bucket.</translation>
    </message>
    <message>
        <source>Never put a password in the URL: use an SSH key (agent or ~/.ssh) or the keyring.</source>
        <translation>Geben Sie nie ein Kennwort in der URL an: Verwenden Sie einen SSH-Schlüssel (Agent oder ~/.ssh) oder den Schlüsselbund.</translation>
    </message>
    <message>
        <source>The SFTP server {host}:{port} is not trusted yet; its host key fingerprint is {fingerprint}. Check it with the server&apos;s administrator, then confirm it once (--trust-host-key).</source>
        <translation>Der SFTP-Server {host}:{port} ist noch nicht vertrauenswürdig; der Fingerabdruck seines Hostschlüssels ist {fingerprint}. Prüfen Sie ihn mit dem Administrator des Servers und bestätigen Sie ihn dann einmalig (--trust-host-key).</translation>
    </message>
    <message>
        <source>The SFTP server {host}:{port} presented a host key that differs from the one pinned in {file}: refused (the server was reinstalled, or someone is intercepting).</source>
        <translation>Der SFTP-Server {host}:{port} hat einen Hostschlüssel vorgelegt, der von dem in {file} hinterlegten abweicht: abgelehnt (der Server wurde neu installiert, oder jemand fängt die Verbindung ab).</translation>
    </message>
    <message>
        <source>The SFTP server {host}:{port} refused the login: load your key into the SSH agent or ~/.ssh, or store a password with backup-login.</source>
        <translation>Der SFTP-Server {host}:{port} hat die Anmeldung abgelehnt: Laden Sie Ihren Schlüssel in den SSH-Agent oder nach ~/.ssh, oder speichern Sie ein Kennwort mit backup-login.</translation>
    </message>
    <message>
        <source>Cannot connect to the SFTP server {host}:{port} ({reason}).</source>
        <translation>Keine Verbindung zum SFTP-Server {host}:{port} möglich ({reason}).</translation>
    </message>
    <message>
        <source>The location stored {stored} bytes of {size}: upload incomplete.</source>
        <translation>Das Sicherungsziel hat {stored} von {size} Byte gespeichert: Upload unvollständig.</translation>
    </message>
    <message>
        <source>The archive read back from the location differs from what was sent.</source>
        <translation>Das vom Sicherungsziel zurückgelesene Archiv weicht vom gesendeten ab.</translation>
    </message>
    <message>
        <source>The archive changed size when it was renamed.</source>
        <translation>Das Archiv hat beim Umbenennen seine Größe geändert.</translation>
    </message>
    <message>
        <source>Writing the backup failed: {reason}</source>
        <translation>Das Schreiben der Sicherung ist fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>Writing the backup to {url} failed: {reason}.</source>
        <translation>Das Schreiben der Sicherung nach {url} ist fehlgeschlagen: {reason}.</translation>
    </message>
    <message>
        <source>The signature read back from the location differs from what was sent.</source>
        <translation>Die vom Sicherungsziel zurückgelesene Signatur weicht von der gesendeten ab.</translation>
    </message>
    <message>
        <source>Writing the signature failed: {reason}</source>
        <translation>Das Schreiben der Signatur ist fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>The signature names another archive.</source>
        <translation>Die Signatur bezeichnet ein anderes Archiv.</translation>
    </message>
    <message>
        <source>No trusted key for this vault.</source>
        <translation>Kein vertrauenswürdiger Schlüssel für diesen Tresor.</translation>
    </message>
    <message>
        <source>keyslots.json belongs to another vault.</source>
        <translation>keyslots.json gehört zu einem anderen Tresor.</translation>
    </message>
    <message>
        <source>keyslots.json names another signing key than the one that signed.</source>
        <translation>keyslots.json nennt einen anderen Signaturschlüssel als den, der signiert hat.</translation>
    </message>
    <message>
        <source>The recovery slot in the archive does not open with this recovery key.</source>
        <translation>Der Wiederherstellungsslot im Archiv lässt sich mit diesem Wiederherstellungsschlüssel nicht öffnen.</translation>
    </message>
    <message>
        <source>{folder} is not empty; a new vault needs an empty or missing folder.</source>
        <translation>{folder} ist nicht leer; ein neuer Tresor benötigt einen leeren oder noch nicht vorhandenen Ordner.</translation>
    </message>
    <message>
        <source>Cannot create {folder}: {reason}.</source>
        <translation>{folder} kann nicht erstellt werden: {reason}.</translation>
    </message>
    <message>
        <source>The key slot did not open.</source>
        <translation>Der Schlüsselslot ließ sich nicht öffnen.</translation>
    </message>
    <message>
        <source>{path} is missing.</source>
        <translation>{path} fehlt.</translation>
    </message>
    <message>
        <source>{path} is empty: the vault database was lost or truncated.</source>
        <translation>{path} ist leer: Die Tresordatenbank ging verloren oder wurde abgeschnitten.</translation>
    </message>
    <message>
        <source>The disk is full; the change was not saved ({path}).</source>
        <translation>Der Datenträger ist voll; die Änderung wurde nicht gespeichert ({path}).</translation>
    </message>
    <message>
        <source>The disk is full; the change was not saved.</source>
        <translation>Der Datenträger ist voll; die Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>The vault database could not be read or written ({path}): {reason}.</source>
        <translation>Die Tresordatenbank konnte nicht gelesen oder geschrieben werden ({path}): {reason}.</translation>
    </message>
    <message>
        <source>The vault database could not be read or written: {reason}.</source>
        <translation>Die Tresordatenbank konnte nicht gelesen oder geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <source>The vault database is damaged or was modified outside the app ({path}).</source>
        <translation>Die Tresordatenbank ist beschädigt oder wurde außerhalb der App geändert ({path}).</translation>
    </message>
    <message>
        <source>The vault database is damaged or was modified outside the app.</source>
        <translation>Die Tresordatenbank ist beschädigt oder wurde außerhalb der App geändert.</translation>
    </message>
    <message>
        <source>{what} is damaged (not text).</source>
        <translation>{what} ist beschädigt (kein Text).</translation>
    </message>
    <message>
        <source>{what} is damaged (not JSON: {reason}).</source>
        <translation>{what} ist beschädigt (kein JSON: {reason}).</translation>
    </message>
    <message>
        <source>{what} is damaged (not a JSON object).</source>
        <translation>{what} ist beschädigt (kein JSON-Objekt).</translation>
    </message>
    <message>
        <source>The disk is full ({path}); nothing was changed.</source>
        <translation>Der Datenträger ist voll ({path}); es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The disk is full; nothing was changed.</source>
        <translation>Der Datenträger ist voll; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Permission denied ({path}).</source>
        <translation>Zugriff verweigert ({path}).</translation>
    </message>
    <message>
        <source>Permission denied.</source>
        <translation>Zugriff verweigert.</translation>
    </message>
    <message>
        <source>The location is read-only ({path}).</source>
        <translation>Der Speicherort ist schreibgeschützt ({path}).</translation>
    </message>
    <message>
        <source>The location is read-only.</source>
        <translation>Der Speicherort ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>{reason} ({path}).</source>
        <translation>{reason} ({path}).</translation>
    </message>
    <message>
        <source>No output file given.</source>
        <translation>Keine Ausgabedatei angegeben.</translation>
    </message>
    <message>
        <source>{path} is inside the vault folder {folder}: an export or report must not be written there (it could replace the vault&apos;s own files); choose a place outside it.</source>
        <translation>{path} liegt im Tresorordner {folder}: Ein Export oder Bericht darf dort nicht geschrieben werden (er könnte Dateien des Tresors ersetzen); wählen Sie einen Ort außerhalb.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>{path} kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>{path} is a folder; name a file to write.</source>
        <translation>{path} ist ein Ordner; geben Sie eine Datei zum Schreiben an.</translation>
    </message>
    <message>
        <source>{path} is not a regular file (a device, pipe or socket); name an ordinary file.</source>
        <translation>{path} ist keine reguläre Datei (ein Gerät, eine Pipe oder ein Socket); geben Sie eine normale Datei an.</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name, or add --force to replace it.</source>
        <translation>{path} ist bereits vorhanden; wählen Sie einen anderen Namen oder fügen Sie --force hinzu, um die Datei zu ersetzen.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Der Ordner {folder} existiert nicht.</translation>
    </message>
    <message>
        <source>{path} is not a regular file; it was not replaced.</source>
        <translation>{path} ist keine reguläre Datei; sie wurde nicht ersetzt.</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name.</source>
        <translation>{path} ist bereits vorhanden; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Cannot read the {what} {path}: there is no such file.</source>
        <translation>{path} ({what}) kann nicht gelesen werden: Die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot read the {what} {path}: {reason}.</source>
        <translation>{path} ({what}) kann nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a {what} that can be read; choose an ordinary file.</source>
        <translation>{path} ist ein Ordner, keine lesbare Datei ({what}); wählen Sie eine normale Datei aus.</translation>
    </message>
    <message>
        <source>{path} is a named pipe, not a {what} that can be read; choose an ordinary file.</source>
        <translation>{path} ist eine Named Pipe, keine lesbare Datei ({what}); wählen Sie eine normale Datei aus.</translation>
    </message>
    <message>
        <source>{path} is a device, not a {what} that can be read; choose an ordinary file.</source>
        <translation>{path} ist ein Gerät, keine lesbare Datei ({what}); wählen Sie eine normale Datei aus.</translation>
    </message>
    <message>
        <source>{path} is not a regular file, not a {what} that can be read; choose an ordinary file.</source>
        <translation>{path} ist keine reguläre Datei und damit keine lesbare Datei ({what}); wählen Sie eine normale Datei aus.</translation>
    </message>
    <message>
        <source>{name} is {size} MB; a {what} can be at most {limit} MB: split it into smaller files.</source>
        <translation>{name} ist {size} MB groß; zulässig sind höchstens {limit} MB ({what}): Teilen Sie die Datei in kleinere Dateien auf.</translation>
    </message>
    <message>
        <source>{name} is too large for a {what} ({size} bytes; at most {limit}).</source>
        <translation>{name} ist zu groß ({what}: {size} Byte; höchstens {limit}).</translation>
    </message>
    <message>
        <source>Cancelled; nothing was kept.</source>
        <translation>Abgebrochen; es wurde nichts behalten.</translation>
    </message>
    <message>
        <source>Unsupported key derivation {algorithm} v{version}.</source>
        <translation>Nicht unterstützte Schlüsselableitung {algorithm} v{version}.</translation>
    </message>
    <message>
        <source>Key slot parameters are below the Argon2id floor (64 MiB, 3 passes); refusing.</source>
        <translation>Die Parameter des Schlüsselslots liegen unter dem Argon2id-Minimum (64 MiB, 3 Durchläufe); abgelehnt.</translation>
    </message>
    <message>
        <source>Key slot parameters are out of range; refusing.</source>
        <translation>Die Parameter des Schlüsselslots liegen außerhalb des zulässigen Bereichs; abgelehnt.</translation>
    </message>
    <message>
        <source>Key slot parameters are malformed.</source>
        <translation>Die Parameter des Schlüsselslots sind fehlerhaft.</translation>
    </message>
    <message>
        <source>keyslots.json is damaged and cannot be read.</source>
        <translation>keyslots.json ist beschädigt und kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>{path} is missing: this folder is not a vault, or it is incomplete.</source>
        <translation>{path} fehlt: Dieser Ordner ist kein Tresor oder ist unvollständig.</translation>
    </message>
    <message>
        <source>keyslots.json has been modified outside the app (its MAC does not match).</source>
        <translation>keyslots.json wurde außerhalb der App geändert (der MAC stimmt nicht überein).</translation>
    </message>
    <message>
        <source>A key slot in keyslots.json is damaged.</source>
        <translation>Ein Schlüsselslot in keyslots.json ist beschädigt.</translation>
    </message>
    <message>
        <source>A key slot opened but its contents are malformed.</source>
        <translation>Ein Schlüsselslot ließ sich öffnen, aber sein Inhalt ist fehlerhaft.</translation>
    </message>
    <message>
        <source>A key slot holds a vault key of the wrong length.</source>
        <translation>Ein Schlüsselslot enthält einen Tresorschlüssel mit falscher Länge.</translation>
    </message>
    <message>
        <source>Sign-in refused: wrong user name, password or code.</source>
        <translation>Anmeldung abgelehnt: falscher Benutzername, falsches Kennwort oder falscher Code.</translation>
    </message>
    <message>
        <source>{path} was modified outside the app (its MAC does not match).</source>
        <translation>{path} wurde außerhalb der App geändert (der MAC stimmt nicht überein).</translation>
    </message>
    <message>
        <source>{path} is damaged.</source>
        <translation>{path} ist beschädigt.</translation>
    </message>
    <message>
        <source>The ledger at the backup location is signed by another key; ignored.</source>
        <translation>Das Register am Sicherungsziel ist mit einem anderen Schlüssel signiert; ignoriert.</translation>
    </message>
    <message>
        <source>The ledger at the backup location does not match its signature; ignored.</source>
        <translation>Das Register am Sicherungsziel stimmt nicht mit seiner Signatur überein; ignoriert.</translation>
    </message>
    <message>
        <source>The ledger at the backup location is damaged ({reason}).</source>
        <translation>Das Register am Sicherungsziel ist beschädigt ({reason}).</translation>
    </message>
    <message>
        <source>Cannot create the lock file {path}: {reason}.</source>
        <translation>Die Sperrdatei {path} kann nicht erstellt werden: {reason}.</translation>
    </message>
    <message>
        <source>This vault is already open in another window or process. Close it there first.</source>
        <translation>Dieser Tresor ist bereits in einem anderen Fenster oder Prozess geöffnet. Schließen Sie ihn dort zuerst.</translation>
    </message>
    <message>
        <source>This vault has schema version {version}, newer than this app knows ({known}); update the app to open it.</source>
        <translation>Dieser Tresor hat die Schemaversion {version}, neuer als die dieser App bekannte ({known}); aktualisieren Sie die App, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Der Tresor ist gesperrt.</translation>
    </message>
    <message>
        <source>The vault has no {name}.</source>
        <translation>Im Tresor fehlt der Eintrag {name}.</translation>
    </message>
    <message>
        <source>use at least {minimum} characters (this one has {length})</source>
        <translation>verwenden Sie mindestens {minimum} Zeichen (dieses hat {length})</translation>
    </message>
    <message>
        <source>use at most {maximum} characters</source>
        <translation>verwenden Sie höchstens {maximum} Zeichen</translation>
    </message>
    <message>
        <source>this is one of the most common passwords; choose another</source>
        <translation>dies ist eines der häufigsten Kennwörter; wählen Sie ein anderes</translation>
    </message>
    <message>
        <source>the password must not be the user name</source>
        <translation>das Kennwort darf nicht der Benutzername sein</translation>
    </message>
    <message>
        <source>a single repeated character is too easy to guess</source>
        <translation>ein einzelnes wiederholtes Zeichen ist zu leicht zu erraten</translation>
    </message>
    <message>
        <source>too easy to guess ({warning}); add more words or characters that do not follow a pattern</source>
        <translation>zu leicht zu erraten ({warning}); fügen Sie weitere Wörter oder Zeichen ohne erkennbares Muster hinzu</translation>
    </message>
    <message>
        <source>too easy to guess; add more words or characters that do not follow a pattern</source>
        <translation>zu leicht zu erraten; fügen Sie weitere Wörter oder Zeichen ohne erkennbares Muster hinzu</translation>
    </message>
    <message>
        <source>Password refused: {reasons}.</source>
        <translation>Kennwort abgelehnt: {reasons}.</translation>
    </message>
    <message>
        <source>{folder} is not a vault (no keyslots.json).</source>
        <translation>{folder} ist kein Tresor (keine keyslots.json).</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins. Try again in %n s.</source>
        <translation>
            <numerusform>Zu viele fehlgeschlagene Anmeldungen. Versuchen Sie es in %n s erneut.</numerusform>
            <numerusform>Zu viele fehlgeschlagene Anmeldungen. Versuchen Sie es in %n s erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>A key slot names a user who is not in the vault.</source>
        <translation>Ein Schlüsselslot nennt einen Benutzer, der nicht im Tresor vorhanden ist.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator.</source>
        <translation>Dieses Konto ist deaktiviert. Wenden Sie sich an einen Administrator.</translation>
    </message>
    <message>
        <source>You signed in with a temporary password: choose a new one first.</source>
        <translation>Sie haben sich mit einem temporären Kennwort angemeldet: Wählen Sie zuerst ein neues.</translation>
    </message>
    <message>
        <source>Sign-in refused: this password opens an older key slot than the vault knows for this account (it was changed or reset, or keyslots.json was replaced with an older copy). Ask an administrator to reset your password.</source>
        <translation>Anmeldung abgelehnt: Dieses Kennwort öffnet einen älteren Schlüsselslot, als der Tresor für dieses Konto kennt (es wurde geändert oder zurückgesetzt, oder keyslots.json wurde durch eine ältere Kopie ersetzt). Bitten Sie einen Administrator, Ihr Kennwort zurückzusetzen.</translation>
    </message>
    <message>
        <source>The recovery key does not open this vault.</source>
        <translation>Der Wiederherstellungsschlüssel öffnet diesen Tresor nicht.</translation>
    </message>
    <message>
        <source>{name}: a whole number from {low} to {high}</source>
        <translation>{name}: eine ganze Zahl von {low} bis {high}</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>{low} bis {high}</translation>
    </message>
    <message>
        <source>invitation file</source>
        <translation>Einladungsdatei</translation>
    </message>
    <message>
        <source>{path} is not a VaultCRM invitation file.</source>
        <translation>{path} ist keine VaultCRM-Einladungsdatei.</translation>
    </message>
    <message>
        <source>{user} is disabled; enable them before inviting a laptop.</source>
        <translation>{user} ist deaktiviert; aktivieren Sie den Benutzer, bevor Sie einen Laptop einladen.</translation>
    </message>
    <message>
        <source>{user} already exists with another profile; change it with user set-profile first.</source>
        <translation>{user} ist bereits mit einem anderen Profil vorhanden; ändern Sie es zuerst mit user set-profile.</translation>
    </message>
    <message>
        <source>A user named {name} already exists.</source>
        <translation>Ein Benutzer namens {name} ist bereits vorhanden.</translation>
    </message>
    <message>
        <source>{device} is not a device id.</source>
        <translation>{device} ist keine Geräte-ID.</translation>
    </message>
    <message>
        <source>No join request from device {device} at the sync location.</source>
        <translation>Am Synchronisierungsort liegt keine Beitrittsanfrage von Gerät {device} vor.</translation>
    </message>
    <message>
        <source>The join request of device {device} names an invitation this vault did not make; refused.</source>
        <translation>Die Beitrittsanfrage von Gerät {device} nennt eine Einladung, die dieser Tresor nicht erstellt hat; abgelehnt.</translation>
    </message>
    <message>
        <source>This invitation was used already (by device {device}); make a new one.</source>
        <translation>Diese Einladung wurde bereits verwendet (von Gerät {device}); erstellen Sie eine neue.</translation>
    </message>
    <message>
        <source>This invitation expired on {time}; make a new one.</source>
        <translation>Diese Einladung ist am {time} abgelaufen; erstellen Sie eine neue.</translation>
    </message>
    <message>
        <source>The join request of device {device} is for another user than its invitation; refused.</source>
        <translation>Die Beitrittsanfrage von Gerät {device} gilt für einen anderen Benutzer als ihre Einladung; abgelehnt.</translation>
    </message>
    <message>
        <source>The join request of device {device} has no invitation and names no earlier device of its user; refused.</source>
        <translation>Die Beitrittsanfrage von Gerät {device} enthält keine Einladung und nennt kein früheres Gerät ihres Benutzers; abgelehnt.</translation>
    </message>
    <message>
        <source>Device {device} asks to join without an invitation: compare the fingerprint its laptop shows with {fingerprint} and pass it with --fingerprint.</source>
        <translation>Gerät {device} fragt ohne Einladung den Beitritt an: Vergleichen Sie den Fingerabdruck, den sein Laptop anzeigt, mit {fingerprint} und übergeben Sie ihn mit --fingerprint.</translation>
    </message>
    <message>
        <source>The user of device {device} does not exist or is disabled here.</source>
        <translation>Der Benutzer von Gerät {device} ist hier nicht vorhanden oder deaktiviert.</translation>
    </message>
    <message>
        <source>Device {device} is on the team&apos;s roster already.</source>
        <translation>Gerät {device} steht bereits in der Teilnehmerliste des Teams.</translation>
    </message>
    <message>
        <source>A user name is 1 to 64 characters without spaces.</source>
        <translation>Ein Benutzername hat 1 bis 64 Zeichen ohne Leerzeichen.</translation>
    </message>
    <message>
        <source>A user name cannot hold invisible or direction-changing characters.</source>
        <translation>Ein Benutzername darf keine unsichtbaren oder richtungsändernden Zeichen enthalten.</translation>
    </message>
    <message>
        <source>No such user.</source>
        <translation>Benutzer nicht vorhanden.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Das aktuelle Kennwort ist falsch.</translation>
    </message>
    <message>
        <source>--map wants HEADER=FIELD, not {item}.</source>
        <translation>--map erwartet KOPFZEILE=FELD, nicht {item}.</translation>
    </message>
    <message>
        <source>--limit must be at least 1.</source>
        <translation>--limit muss mindestens 1 sein.</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Anmeldung abgelehnt</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Nicht zulässig</translation>
    </message>
    <message>
        <source>Integrity check failed</source>
        <translation>Integritätsprüfung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Storage problem</source>
        <translation>Speicherproblem</translation>
    </message>
    <message>
        <source>Vault in use</source>
        <translation>Tresor wird bereits verwendet</translation>
    </message>
    <message>
        <source>Please check the form</source>
        <translation>Bitte prüfen Sie das Formular</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>Nicht akzeptiert</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Verwendung</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Ein Fehler ist aufgetreten</translation>
    </message>
    <message>
        <source>The computer ran out of memory; nothing was changed.</source>
        <translation>Der Arbeitsspeicher des Computers reicht nicht aus; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Unexpected error ({kind}). Nothing was changed; please report this.</source>
        <translation>Unerwarteter Fehler ({kind}). Es wurde nichts geändert; bitte melden Sie diesen Fehler.</translation>
    </message>
    <message>
        <source>Sign in as yourself to make new recovery codes.</source>
        <translation>Melden Sie sich mit Ihrem eigenen Konto an, um neue Wiederherstellungscodes zu erstellen.</translation>
    </message>
    <message>
        <source>export format: one of {formats}</source>
        <translation>Exportformat: eines von {formats}</translation>
    </message>
    <message>
        <source>Cancelled; no file was left.</source>
        <translation>Abgebrochen; es wurde keine Datei zurückgelassen.</translation>
    </message>
    <message>
        <source>unknown import field {field}: use one of {fields}, email:LABEL, phone:LABEL, address:LABEL.street|city|postcode|region|country, custom:KEY</source>
        <translation>unbekanntes Importfeld {field}: Verwenden Sie eines von {fields}, email:BEZEICHNUNG, phone:BEZEICHNUNG, address:BEZEICHNUNG.street|city|postcode|region|country, custom:SCHLÜSSEL</translation>
    </message>
    <message>
        <source>unknown encoding {encoding}</source>
        <translation>unbekannte Zeichenkodierung {encoding}</translation>
    </message>
    <message>
        <source>the file is not valid {encoding} (byte {byte})</source>
        <translation>die Datei ist kein gültiges {encoding} (Byte {byte})</translation>
    </message>
    <message>
        <source>the file starts like {encoding} but is not (byte {byte})</source>
        <translation>die Datei beginnt wie {encoding}, ist es aber nicht (Byte {byte})</translation>
    </message>
    <message>
        <source>the file&apos;s encoding could not be recognised (is it a text file?)</source>
        <translation>die Zeichenkodierung der Datei wurde nicht erkannt (ist es eine Textdatei?)</translation>
    </message>
    <message>
        <source>this is not a text file (it holds binary data); choose a CSV or vCard file</source>
        <translation>dies ist keine Textdatei (sie enthält Binärdaten); wählen Sie eine CSV- oder vCard-Datei</translation>
    </message>
    <message>
        <source>duplicates: skip or import</source>
        <translation>Duplikate: skip (überspringen) oder import (importieren)</translation>
    </message>
    <message>
        <source>file to import</source>
        <translation>zu importierende Datei</translation>
    </message>
    <message>
        <source>line {line}: {problem}</source>
        <translation>Zeile {line}: {problem}</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>--map: the file has no column {column} (columns: {columns})</source>
        <translation>--map: Die Datei hat keine Spalte {column} (Spalten: {columns})</translation>
    </message>
    <message>
        <source>no column could be matched to a name, company, email or phone (columns: {columns}); map them explicitly: choose where each column goes in the import dialog, or give --map HEADER=FIELD</source>
        <translation>keine Spalte konnte einem Namen, einer Firma, einer E-Mail-Adresse oder Telefonnummer zugeordnet werden (Spalten: {columns}); ordnen Sie sie ausdrücklich zu: Wählen Sie im Importdialog das Ziel jeder Spalte, oder geben Sie --map KOPFZEILE=FELD an</translation>
    </message>
    <message>
        <source>There is no import {id}.</source>
        <translation>Es gibt keinen Import {id}.</translation>
    </message>
    <message>
        <source>no vCard found (no BEGIN:VCARD … END:VCARD)</source>
        <translation>keine vCard gefunden (kein BEGIN:VCARD … END:VCARD)</translation>
    </message>
    <message>
        <source>There is no profile named {name} (profiles: {profiles}).</source>
        <translation>Es gibt kein Profil namens {name} (Profile: {profiles}).</translation>
    </message>
    <message>
        <source>There is no user named {name}.</source>
        <translation>Es gibt keinen Benutzer namens {name}.</translation>
    </message>
    <message>
        <source>There must always be at least one active Administrator.</source>
        <translation>Es muss immer mindestens einen aktiven Administrator geben.</translation>
    </message>
    <message>
        <source>That profile has rights yours lacks ({rights}); ask an Administrator.</source>
        <translation>Dieses Profil hat Rechte, die Ihrem fehlen ({rights}); wenden Sie sich an einen Administrator.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>Sie können Ihr eigenes Konto nicht deaktivieren.</translation>
    </message>
    <message>
        <source>{user} is not disabled.</source>
        <translation>{user} ist nicht deaktiviert.</translation>
    </message>
    <message>
        <source>You cannot reset the password of your own account here; use Change password, which asks for your current password.</source>
        <translation>Das Kennwort Ihres eigenen Kontos können Sie hier nicht zurücksetzen; verwenden Sie „Kennwort ändern“, das nach Ihrem aktuellen Kennwort fragt.</translation>
    </message>
    <message>
        <source>{user} is disabled; re-enable the account instead.</source>
        <translation>{user} ist deaktiviert; aktivieren Sie stattdessen das Konto wieder.</translation>
    </message>
    <message>
        <source>You cannot reset the authenticator of your own account here; use Change authenticator, which asks for your current password.</source>
        <translation>Die Authentifizierungs-App Ihres eigenen Kontos können Sie hier nicht zurücksetzen; verwenden Sie „Authentifizierungs-App ändern“, das nach Ihrem aktuellen Kennwort fragt.</translation>
    </message>
    <message>
        <source>{user} is disabled; re-enable the account first.</source>
        <translation>{user} ist deaktiviert; aktivieren Sie zuerst das Konto wieder.</translation>
    </message>
    <message>
        <source>Not a sync clock stamp: {text}.</source>
        <extracomment>a difference above this between this device&apos;s clock and the location&apos;s file times is warned about</extracomment>
        <translation>Kein Zeitstempel der Synchronisierung: {text}.</translation>
    </message>
    <message>
        <source>A change is dated {hours} h ahead of this computer&apos;s clock; it was refused. Check the clock of the device that made it.</source>
        <translation>Eine Änderung ist {hours} h später datiert als die Uhr dieses Computers; sie wurde abgelehnt. Prüfen Sie die Uhr des Geräts, auf dem sie vorgenommen wurde.</translation>
    </message>
    <message>
        <source>This vault already belongs to a team book.</source>
        <translation>Dieser Tresor gehört bereits zu einem Teambuch.</translation>
    </message>
    <message>
        <source>Roster version {version} on the sync location is malformed; refused.</source>
        <translation>Version {version} der Teilnehmerliste am Synchronisierungsort ist fehlerhaft; abgelehnt.</translation>
    </message>
    <message>
        <source>Roster version {version} belongs to another book; refused.</source>
        <translation>Version {version} der Teilnehmerliste gehört zu einem anderen Buch; abgelehnt.</translation>
    </message>
    <message>
        <source>The roster chain skips from version {previous} to {version}; refused.</source>
        <translation>Die Kette der Teilnehmerliste springt von Version {previous} auf {version}; abgelehnt.</translation>
    </message>
    <message>
        <source>Roster version {version} is signed by a device that could not manage users at the time; refused.</source>
        <translation>Version {version} der Teilnehmerliste wurde von einem Gerät signiert, das zu diesem Zeitpunkt keine Benutzer verwalten durfte; abgelehnt.</translation>
    </message>
    <message>
        <source>The signature of roster version {version} does not verify; refused.</source>
        <translation>Die Signatur von Version {version} der Teilnehmerliste ist ungültig; abgelehnt.</translation>
    </message>
    <message>
        <source>Roster version {version} does not follow version {previous}; refused.</source>
        <translation>Version {version} der Teilnehmerliste folgt nicht auf Version {previous}; abgelehnt.</translation>
    </message>
    <message>
        <source>Roster version {version} drops a device, changes its keys or undoes a revocation; refused.</source>
        <translation>Version {version} der Teilnehmerliste entfernt ein Gerät, ändert seine Schlüssel oder macht einen Widerruf rückgängig; abgelehnt.</translation>
    </message>
    <message>
        <source>The sync location holds no roster; refused.</source>
        <translation>Der Synchronisierungsort enthält keine Teilnehmerliste; abgelehnt.</translation>
    </message>
    <message>
        <source>The roster&apos;s first version is not the one this device joined (its fingerprint differs); refused.</source>
        <translation>Die erste Version der Teilnehmerliste ist nicht die, der dieses Gerät beigetreten ist (ihr Fingerabdruck weicht ab); abgelehnt.</translation>
    </message>
    <message>
        <source>Segment {segment} is not a segment file; refused.</source>
        <translation>Segment {segment} ist keine Segmentdatei; abgelehnt.</translation>
    </message>
    <message>
        <source>Segment {segment} belongs to another book; refused.</source>
        <translation>Segment {segment} gehört zu einem anderen Buch; abgelehnt.</translation>
    </message>
    <message>
        <source>Segment {segment} was signed as {signed}: it was renamed or replayed; refused.</source>
        <translation>Segment {segment} wurde als {signed} signiert: Es wurde umbenannt oder erneut eingespielt; abgelehnt.</translation>
    </message>
    <message>
        <source>Segment {segment} comes from a device that is not on the book&apos;s roster; refused.</source>
        <translation>Segment {segment} stammt von einem Gerät, das nicht in der Teilnehmerliste des Buchs steht; abgelehnt.</translation>
    </message>
    <message>
        <source>The signature of segment {segment} does not verify: it was altered or forged; refused.</source>
        <translation>Die Signatur von Segment {segment} ist ungültig: Es wurde verändert oder gefälscht; abgelehnt.</translation>
    </message>
    <message>
        <source>Segment {segment} was written after its device was revoked; refused.</source>
        <translation>Segment {segment} wurde geschrieben, nachdem sein Gerät widerrufen worden war; abgelehnt.</translation>
    </message>
    <message>
        <source>Segment {segment} is signed but its content is not a valid segment; refused.</source>
        <translation>Segment {segment} ist signiert, aber sein Inhalt ist kein gültiges Segment; abgelehnt.</translation>
    </message>
    <message>
        <source>Segment {segment} is not encrypted to this device; refused.</source>
        <translation>Segment {segment} ist nicht für dieses Gerät verschlüsselt; abgelehnt.</translation>
    </message>
    <message>
        <source>Segment {segment} was written by a newer version of the app (schema {theirs}, this app reads up to {ours}): update the app to keep syncing.</source>
        <translation>Segment {segment} wurde von einer neueren Version der App geschrieben (Schema {theirs}, diese App liest bis {ours}): Aktualisieren Sie die App, um weiter zu synchronisieren.</translation>
    </message>
    <message>
        <source>Cannot list the sync location: {reason}</source>
        <translation>Der Inhalt des Synchronisierungsorts kann nicht aufgelistet werden: {reason}</translation>
    </message>
    <message>
        <source>Cannot list the sync location {url}: {reason}.</source>
        <translation>Der Inhalt des Synchronisierungsorts {url} kann nicht aufgelistet werden: {reason}.</translation>
    </message>
    <message>
        <source>{name} already exists at {url}; a published file is never replaced.</source>
        <translation>{name} ist unter {url} bereits vorhanden; eine veröffentlichte Datei wird nie ersetzt.</translation>
    </message>
    <message>
        <source>Publishing {name} failed: {reason}</source>
        <translation>Veröffentlichen von {name} fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>Publishing {name} to {url} failed: {reason}.</source>
        <translation>Veröffentlichen von {name} unter {url} fehlgeschlagen: {reason}.</translation>
    </message>
    <message>
        <source>{name} read back from the sync location differs from what was sent.</source>
        <translation>{name} weicht beim Zurücklesen vom Synchronisierungsort von dem Gesendeten ab.</translation>
    </message>
    <message>
        <source>Cannot read {name}: {reason}</source>
        <translation>{name} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>Cannot read {name} at {url}: {reason}.</source>
        <translation>{name} unter {url} kann nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>Name the invited user: --user YOU --user THEM, or --new-user THEM.</source>
        <translation>Geben Sie den eingeladenen Benutzer an: --user YOU --user THEM oder --new-user THEM.</translation>
    </message>
    <message>
        <source>Use: sync init VAULT --at URL, sync VAULT or sync status VAULT.</source>
        <translation>Verwendung: sync init VAULT --at URL, sync VAULT oder sync status VAULT (VAULT = Tresor).</translation>
    </message>
    <message>
        <source>sync init needs --at URL, the team&apos;s sync location.</source>
        <translation>sync init benötigt --at URL, den Synchronisierungsort des Teams.</translation>
    </message>
    <message>
        <source>conflicts resolve needs --keep kept or --keep other.</source>
        <translation>conflicts resolve benötigt --keep kept oder --keep other.</translation>
    </message>
    <message>
        <source>{id} is not a conflict id.</source>
        <translation>{id} ist keine Konflikt-ID.</translation>
    </message>
    <message>
        <source>Use: conflicts VAULT or conflicts resolve VAULT CONFLICT_ID --keep kept|other.</source>
        <translation>Verwendung: conflicts VAULT oder conflicts resolve VAULT CONFLICT_ID --keep kept|other (VAULT = Tresor).</translation>
    </message>
    <message>
        <source>There is no conflict {id}.</source>
        <translation>Es gibt keinen Konflikt {id}.</translation>
    </message>
    <message>
        <source>Conflict {id} was already resolved.</source>
        <translation>Konflikt {id} wurde bereits gelöst.</translation>
    </message>
    <message>
        <source>The record of conflict {id} is no longer here.</source>
        <translation>Der Datensatz von Konflikt {id} ist hier nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>Keep either kept or other.</source>
        <translation>Geben Sie kept oder other an.</translation>
    </message>
    <message>
        <source>This vault is not a device of a team book (run sync init, or device join on a new laptop).</source>
        <translation>Dieser Tresor ist kein Gerät eines Teambuchs (führen Sie sync init aus oder device join auf einem neuen Laptop).</translation>
    </message>
    <message>
        <source>This device has no pinned roster fingerprint; it cannot check the team&apos;s roster.</source>
        <translation>Dieses Gerät hat keinen hinterlegten Fingerabdruck der Teilnehmerliste; es kann die Teilnehmerliste des Teams nicht prüfen.</translation>
    </message>
    <message>
        <source>This device may not change the team&apos;s roster (it is not an active administrator&apos;s device on it).</source>
        <translation>Dieses Gerät darf die Teilnehmerliste des Teams nicht ändern (es ist darin kein Gerät eines aktiven Administrators).</translation>
    </message>
    <message>
        <source>Roster version {version} is half published on the sync location; it stays pending here.</source>
        <translation>Version {version} der Teilnehmerliste ist am Synchronisierungsort nur teilweise veröffentlicht; sie bleibt hier ausstehend.</translation>
    </message>
    <message>
        <source>Another administrator changed the team&apos;s roster at the same time; your change (roster version {version}) was not published. Do it again.</source>
        <translation>Ein anderer Administrator hat die Teilnehmerliste des Teams gleichzeitig geändert; Ihre Änderung (Version {version} der Teilnehmerliste) wurde nicht veröffentlicht. Führen Sie sie erneut aus.</translation>
    </message>
    <message>
        <source>Device {device} is not on the team&apos;s roster.</source>
        <translation>Gerät {device} steht nicht in der Teilnehmerliste des Teams.</translation>
    </message>
    <message>
        <source>Device {device} is revoked already.</source>
        <translation>Gerät {device} ist bereits widerrufen.</translation>
    </message>
    <message>
        <source>A device cannot revoke itself; revoke it from another administrator&apos;s device.</source>
        <translation>Ein Gerät kann sich nicht selbst widerrufen; widerrufen Sie es vom Gerät eines anderen Administrators aus.</translation>
    </message>
    <message>
        <source>This invitation expired on {time}; ask for a new one.</source>
        <translation>Diese Einladung ist am {time} abgelaufen; fordern Sie eine neue an.</translation>
    </message>
    <message>
        <source>This device is on the team&apos;s roster already ({state}).</source>
        <translation>Dieses Gerät steht bereits in der Teilnehmerliste des Teams ({state}).</translation>
    </message>
    <message>
        <source>This invitation is for another book or another user.</source>
        <translation>Diese Einladung gilt für ein anderes Buch oder einen anderen Benutzer.</translation>
    </message>
    <message>
        <source>This device is not on the book&apos;s roster yet: an administrator has to approve it before it can publish.</source>
        <extracomment>changes per segment (a transaction&apos;s changes are never split: a segment may hold more) bytes of change values per segment (attachment chunks are large): a batch ends before the transaction that would pass it (one bigger transaction goes alone), so a segment stays within the format&apos;s limits (docs/SYNC.md, &quot;Attachments&quot;)</extracomment>
        <translation>Dieses Gerät steht noch nicht in der Teilnehmerliste des Buchs: Ein Administrator muss es genehmigen, bevor es veröffentlichen kann.</translation>
    </message>
    <message>
        <source>This device is not on the book&apos;s roster: an administrator has to approve it first.</source>
        <extracomment>``vault_secrets`` row holding the last round&apos;s clock warnings (``sync status`` shows them)</extracomment>
        <translation>Dieses Gerät steht nicht in der Teilnehmerliste des Buchs: Ein Administrator muss es zuerst genehmigen.</translation>
    </message>
    <message>
        <source>This device was revoked from the team book; it can no longer sync.</source>
        <translation>Dieses Gerät wurde aus dem Teambuch widerrufen; es kann nicht mehr synchronisieren.</translation>
    </message>
    <message>
        <source>This vault does not belong to a team book: run sync init first.</source>
        <translation>Dieser Tresor gehört zu keinem Teambuch: Führen Sie zuerst sync init aus.</translation>
    </message>
    <message>
        <source>This book has no sync location.</source>
        <translation>Dieses Buch hat keinen Synchronisierungsort.</translation>
    </message>
    <message>
        <source>The invitation code is 8 letters and digits, like ABCD-EFGH.</source>
        <translation>Der Einladungscode besteht aus 8 Buchstaben und Ziffern, z. B. ABCD-EFGH.</translation>
    </message>
    <message>
        <source>The join request of device {device} is not signed by the key it names; refused.</source>
        <translation>Die Beitrittsanfrage von Gerät {device} ist nicht mit dem darin genannten Schlüssel signiert; abgelehnt.</translation>
    </message>
    <message>
        <source>The join request of device {device} was not made with the invitation&apos;s one-time code (a wrong code, or a request edited on the location); refused.</source>
        <translation>Die Beitrittsanfrage von Gerät {device} wurde nicht mit dem Einmalcode der Einladung erstellt (falscher Code oder am Synchronisierungsort bearbeitete Anfrage); abgelehnt.</translation>
    </message>
    <message>
        <source>The join request of device {device} is malformed; refused.</source>
        <translation>Die Beitrittsanfrage von Gerät {device} ist fehlerhaft; abgelehnt.</translation>
    </message>
    <message>
        <source>The join request of device {device} is for another book; refused.</source>
        <translation>Die Beitrittsanfrage von Gerät {device} gilt für ein anderes Buch; abgelehnt.</translation>
    </message>
    <message>
        <source>The join request found as {device} names another device; refused.</source>
        <translation>Die als {device} gefundene Beitrittsanfrage nennt ein anderes Gerät; abgelehnt.</translation>
    </message>
    <message>
        <source>This vault already trusts another team book&apos;s roster.</source>
        <translation>Dieser Tresor vertraut bereits der Teilnehmerliste eines anderen Teambuchs.</translation>
    </message>
    <message>
        <source>Snapshot {snapshot} is not a snapshot file; refused.</source>
        <extracomment>a manifest&apos;s plaintext (a few hundred bytes per part), and a part&apos;s (test seams) where the writer cuts a part (plaintext bytes)</extracomment>
        <translation>Snapshot {snapshot} ist keine Snapshot-Datei; abgelehnt.</translation>
    </message>
    <message>
        <source>Snapshot {snapshot} was signed for another place or book; refused.</source>
        <translation>Snapshot {snapshot} wurde für einen anderen Ort oder ein anderes Buch signiert; abgelehnt.</translation>
    </message>
    <message>
        <source>Snapshot {snapshot} comes from a device that is not on the book&apos;s roster; refused.</source>
        <translation>Snapshot {snapshot} stammt von einem Gerät, das nicht in der Teilnehmerliste des Buchs steht; abgelehnt.</translation>
    </message>
    <message>
        <source>The signature of snapshot {snapshot} does not verify; refused.</source>
        <translation>Die Signatur von Snapshot {snapshot} ist ungültig; abgelehnt.</translation>
    </message>
    <message>
        <source>Snapshot {snapshot} is not encrypted to this device; refused.</source>
        <translation>Snapshot {snapshot} ist nicht für dieses Gerät verschlüsselt; abgelehnt.</translation>
    </message>
    <message>
        <source>Snapshot {snapshot} is signed but its content is not a valid snapshot; refused.</source>
        <translation>Snapshot {snapshot} ist signiert, aber sein Inhalt ist kein gültiger Snapshot; abgelehnt.</translation>
    </message>
    <message>
        <source>Snapshot {snapshot} was written by a newer version of the app: update the app to keep syncing.</source>
        <translation>Snapshot {snapshot} wurde von einer neueren Version der App geschrieben: Aktualisieren Sie die App, um weiter zu synchronisieren.</translation>
    </message>
    <message>
        <source>stage: one of {choices}</source>
        <translation>Phase: eine von {choices}</translation>
    </message>
    <message>
        <source>The team&apos;s sync folder {path} is not there (is its drive or share connected?).</source>
        <extracomment>at lock and exit, a round gets this long before it is cancelled and the vault locks anyway</extracomment>
        <translation>Der Synchronisierungsordner des Teams {path} ist nicht vorhanden (ist sein Laufwerk oder seine Freigabe verbunden?).</translation>
    </message>
    <message>
        <source>{path} is not a folder.</source>
        <translation>{path} ist kein Ordner.</translation>
    </message>
    <message>
        <source>Snooze for 10m, 1h or tomorrow.</source>
        <translation>Verschieben um 10m, 1h oder tomorrow.</translation>
    </message>
    <message>
        <source>not a date (YYYY-MM-DD)</source>
        <translation>kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>not a time (HH:MM)</source>
        <translation>keine Uhrzeit (HH:MM)</translation>
    </message>
    <message>
        <source>You can give tasks only to yourself.</source>
        <translation>Sie können Aufgaben nur sich selbst zuweisen.</translation>
    </message>
    <message>
        <source>owner: no such active user</source>
        <translation>Betreuer: kein solcher aktiver Benutzer</translation>
    </message>
    <message>
        <source>no such active user</source>
        <translation>kein solcher aktiver Benutzer</translation>
    </message>
    <message>
        <source>There is no task {id}.</source>
        <translation>Es gibt keine Aufgabe {id}.</translation>
    </message>
    <message>
        <source>This task is not one of yours.</source>
        <translation>Diese Aufgabe gehört nicht zu Ihren.</translation>
    </message>
    <message>
        <source>Someone else changed this task meanwhile. Reload it.</source>
        <translation>Jemand anderes hat diese Aufgabe inzwischen geändert. Laden Sie sie neu.</translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD)</source>
        <translation>ein Datum (JJJJ-MM-TT)</translation>
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
        <source>CSV (spreadsheets)</source>
        <translation>CSV (Tabellenkalkulation)</translation>
    </message>
    <message>
        <source>vCard (address books)</source>
        <translation>vCard (Adressbücher)</translation>
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
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>Cancelled; no file was left.</source>
        <translation>Abgebrochen; es wurde keine Datei zurückgelassen.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n customer(s).</source>
        <translation>
            <numerusform>%n Kunde exportiert.</numerusform>
            <numerusform>%n Kunden exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>FolderPage</name>
    <message>
        <source>Choose an empty or new folder on this laptop for your vault (not a synced cloud folder).</source>
        <translation>Wählen Sie auf diesem Laptop einen leeren oder neuen Ordner für Ihren Tresor (keinen mit einer Cloud synchronisierten Ordner).</translation>
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
</context>
<context>
    <name>FollowUpRow</name>
    <message>
        <source>Follow up on</source>
        <translation>Nachfassen am</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Datum zum Nachfassen</translation>
    </message>
    <message>
        <source>Follow up: {summary}</source>
        <translation>Nachfassen: {summary}</translation>
    </message>
</context>
<context>
    <name>ForgotPasswordDialog</name>
    <message>
        <source>Forgot password</source>
        <translation>Kennwort vergessen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Ihr Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>The recovery key is on the recovery sheet printed when the vault was made. It lets you choose a new password and set up your authenticator again.</source>
        <translation>Der Wiederherstellungsschlüssel steht auf dem Wiederherstellungsblatt, das beim Erstellen des Tresors gedruckt wurde. Damit können Sie ein neues Kennwort wählen und Ihre Authentifizierungs-App neu einrichten.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>From a file…</source>
        <translation>Aus Datei…</translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation>Neues Kennwort wählen</translation>
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
        <source>Set up your authenticator again</source>
        <translation>Authentifizierungs-App neu einrichten</translation>
    </message>
    <message>
        <source>Choose the recovery sheet (PDF or text)</source>
        <translation>Wiederherstellungsblatt auswählen (PDF oder Text)</translation>
    </message>
    <message>
        <source>Recovery sheet (*.pdf *.txt);;All files (*)</source>
        <translation>Wiederherstellungsblatt (*.pdf *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation>Geben Sie Ihren Benutzernamen ein.</translation>
    </message>
    <message>
        <source>This is not a whole recovery key: it starts with AGE-SECRET-KEY-1 and has 74 characters. Compare it with your recovery sheet.</source>
        <translation>Dies ist kein vollständiger Wiederherstellungsschlüssel: Er beginnt mit AGE-SECRET-KEY-1 und hat 74 Zeichen. Vergleichen Sie ihn mit Ihrem Wiederherstellungsblatt.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Set the new password</source>
        <translation>Neues Kennwort festlegen</translation>
    </message>
    <message>
        <source>This password is not accepted yet: see the notes above.</source>
        <translation>Dieses Kennwort wird noch nicht akzeptiert: siehe Hinweise oben.</translation>
    </message>
    <message>
        <source>Check the code</source>
        <translation>Code prüfen</translation>
    </message>
    <message>
        <source>That is not the code your authenticator app shows now. Check that you scanned the new code, then type the six digits it shows.</source>
        <translation>Das ist nicht der Code, den Ihre Authentifizierungs-App jetzt anzeigt. Prüfen Sie, ob Sie den neuen Code gescannt haben, und geben Sie dann die sechs angezeigten Ziffern ein.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>Angezeigt</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <source>Sensitive data shown</source>
        <translation>Vertrauliche Daten angezeigt</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Zusammengeführt</translation>
    </message>
    <message>
        <source>Interaction logged</source>
        <translation>Interaktion erfasst</translation>
    </message>
    <message>
        <source>Deal created</source>
        <translation>Verkaufschance angelegt</translation>
    </message>
    <message>
        <source>Deal changed</source>
        <translation>Verkaufschance geändert</translation>
    </message>
    <message>
        <source>Deal deleted</source>
        <translation>Verkaufschance gelöscht</translation>
    </message>
    <message>
        <source>Processing restricted</source>
        <translation>Verarbeitung eingeschränkt</translation>
    </message>
    <message>
        <source>Restriction lifted</source>
        <translation>Einschränkung aufgehoben</translation>
    </message>
    <message>
        <source>Subject access export</source>
        <translation>Auskunftsexport</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Endgültig gelöscht</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Einwilligung erfasst</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Einwilligung widerrufen</translation>
    </message>
    <message>
        <source>Purchase preference added</source>
        <translation>Kaufpräferenz hinzugefügt</translation>
    </message>
    <message>
        <source>Purchase preference removed</source>
        <translation>Kaufpräferenz entfernt</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>unreadable CSV: {problem}</source>
        <translation>nicht lesbare CSV-Datei: {problem}</translation>
    </message>
    <message>
        <source>the file&apos;s encoding was guessed as {encoding} (not sure): check that names with accents read right, or give the encoding</source>
        <translation>die Zeichenkodierung der Datei wurde als {encoding} geschätzt (unsicher): Prüfen Sie, ob Namen mit Akzenten richtig angezeigt werden, oder geben Sie die Kodierung an</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>Zeile {line}</translation>
    </message>
    <message>
        <source>the row has {cells} cells where the header has {width}</source>
        <translation>die Zeile hat {cells} Zellen, die Kopfzeile {width}</translation>
    </message>
    <message>
        <source>column {column} is too long ({length} characters; at most {limit})</source>
        <translation>Spalte {column} ist zu lang ({length} Zeichen; höchstens {limit})</translation>
    </message>
    <message>
        <source>holds sensitive fields ({fields}) your profile cannot see</source>
        <translation>enthält vertrauliche Felder ({fields}), die Ihr Profil nicht sehen kann</translation>
    </message>
    <message>
        <source>duplicate: {reason}</source>
        <translation>Duplikat: {reason}</translation>
    </message>
    <message>
        <source>card {card} (line {line})</source>
        <translation>Karte {card} (Zeile {line})</translation>
    </message>
    <message>
        <source>not a readable vCard: {problem}</source>
        <translation>keine lesbare vCard: {problem}</translation>
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
        <source>The file&apos;s encoding was guessed and may be wrong: check that names with accents read right in the examples, or choose another encoding.</source>
        <translation>Die Zeichenkodierung der Datei wurde geschätzt und ist möglicherweise falsch: Prüfen Sie, ob Namen mit Akzenten in den Beispielen richtig angezeigt werden, oder wählen Sie eine andere Kodierung.</translation>
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
        <source>Encoding of the file</source>
        <translation>Zeichenkodierung der Datei</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Kodierung:</translation>
    </message>
    <message>
        <source>Label of the address</source>
        <translation>Bezeichnung der Adresse</translation>
    </message>
    <message>
        <source>The address is a:</source>
        <translation>Die Adresse ist:</translation>
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
        <source>No column was recognised as a name, company, e-mail or phone. Choose below where each column goes.</source>
        <translation>Keine Spalte wurde als Name, Firma, E-Mail oder Telefon erkannt. Wählen Sie unten die Zuordnung jeder Spalte aus.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) can be imported; {0} would be refused (listed after the import).</source>
        <translation>
            <numerusform>%n Datensatz kann importiert werden; {0} würden abgelehnt (nach dem Import aufgelistet).</numerusform>
            <numerusform>%n Datensätze können importiert werden; {0} würden abgelehnt (nach dem Import aufgelistet).</numerusform>
        </translation>
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
    <name>ImportFields</name>
    <message>
        <source>Do not import</source>
        <translation>Nicht importieren</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Zweiter Vorname</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>E-mails (several in one cell)</source>
        <translation>E-Mails (mehrere in einer Zelle)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Phones (several in one cell)</source>
        <translation>Telefonnummern (mehrere in einer Zelle)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Person or company</source>
        <translation>Person oder Firma</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>Steuernummer</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Bankverbindung</translation>
    </message>
    <message>
        <source>Confidential notes</source>
        <translation>Vertrauliche Notizen</translation>
    </message>
    <message>
        <source>street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>city</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Work address</source>
        <translation>Geschäftsadresse</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>Privatadresse</translation>
    </message>
    <message>
        <source>Other address</source>
        <translation>Weitere Adresse</translation>
    </message>
    <message>
        <source>work</source>
        <translation>geschäftlich</translation>
    </message>
    <message>
        <source>home</source>
        <translation>privat</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobil</translation>
    </message>
    <message>
        <source>other</source>
        <translation>andere</translation>
    </message>
    <message>
        <source>main</source>
        <translation>Hauptnummer</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>car</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>Pager</translation>
    </message>
    <message>
        <source>Unicode (UTF-8)</source>
        <translation>Unicode (UTF-8)</translation>
    </message>
    <message>
        <source>Unicode (UTF-8 with BOM)</source>
        <translation>Unicode (UTF-8 mit BOM)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16)</source>
        <translation>Unicode (UTF-16)</translation>
    </message>
    <message>
        <source>Central European (Windows-1250)</source>
        <translation>Mitteleuropäisch (Windows-1250)</translation>
    </message>
    <message>
        <source>Central European (ISO 8859-2)</source>
        <translation>Mitteleuropäisch (ISO 8859-2)</translation>
    </message>
    <message>
        <source>Western European (Windows-1252)</source>
        <translation>Westeuropäisch (Windows-1252)</translation>
    </message>
    <message>
        <source>Western European (ISO 8859-15)</source>
        <translation>Westeuropäisch (ISO 8859-15)</translation>
    </message>
    <message>
        <source>Cyrillic (Windows-1251)</source>
        <translation>Kyrillisch (Windows-1251)</translation>
    </message>
    <message>
        <source>Cyrillic (KOI8-R)</source>
        <translation>Kyrillisch (KOI8-R)</translation>
    </message>
    <message>
        <source>Greek (Windows-1253)</source>
        <translation>Griechisch (Windows-1253)</translation>
    </message>
</context>
<context>
    <name>InteractionKind</name>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Besprechung</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besuch</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>InvitationPage</name>
    <message>
        <source>Your administrator gave you an invitation file and told you a one-time code. This laptop gets its own vault, with your own password and authenticator, and syncs with the team.</source>
        <translation>Ihr Administrator hat Ihnen eine Einladungsdatei gegeben und einen Einmalcode genannt. Dieser Laptop erhält einen eigenen Tresor mit Ihrem eigenen Passwort und Ihrer Authentifizierungs-App und synchronisiert sich mit dem Team.</translation>
    </message>
    <message>
        <source>Invitation file</source>
        <translation>Einladungsdatei</translation>
    </message>
    <message>
        <source>Open the invitation…</source>
        <translation>Einladung öffnen…</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Einmalcode</translation>
    </message>
    <message>
        <source>ABCD-EFGH</source>
        <translation>ABCD-EFGH</translation>
    </message>
    <message>
        <source>Password or access key of the sync location</source>
        <translation>Passwort oder Zugriffsschlüssel des Synchronisierungsorts</translation>
    </message>
    <message>
        <source>Location password or key:</source>
        <translation>Passwort oder Schlüssel des Orts:</translation>
    </message>
    <message>
        <source>One-time code:</source>
        <translation>Einmalcode:</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>Invite a laptop</source>
        <translation>Laptop einladen</translation>
    </message>
    <message>
        <source>Choose the colleague who will use the new laptop, or type a new user name. The invitation file holds no secret; the one-time code does: tell it to them separately.</source>
        <translation>Wählen Sie die Kollegin oder den Kollegen, die den neuen Laptop nutzen, oder geben Sie einen neuen Benutzernamen ein. Die Einladungsdatei enthält kein Geheimnis, der Einmalcode schon: Teilen Sie ihn getrennt mit.</translation>
    </message>
    <message>
        <source>Team user</source>
        <translation>Teambenutzer</translation>
    </message>
    <message>
        <source>Profile of a new user</source>
        <translation>Profil eines neuen Benutzers</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <source>Save the invitation…</source>
        <translation>Einladung speichern…</translation>
    </message>
    <message>
        <source>QR code of the invitation</source>
        <translation>QR-Code der Einladung</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Einmalcode</translation>
    </message>
    <message>
        <source>Choose or type the user who will use the new laptop.</source>
        <translation>Wählen Sie den Benutzer, der den neuen Laptop nutzt, oder geben Sie ihn ein.</translation>
    </message>
    <message>
        <source>Save the invitation</source>
        <translation>Einladung speichern</translation>
    </message>
    <message>
        <source>Invitation for {0}.vaultcrm-invite</source>
        <translation>Einladung für {0}.vaultcrm-invite</translation>
    </message>
    <message>
        <source>VaultCRM invitations (*.vaultcrm-invite)</source>
        <translation>VaultCRM-Einladungen (*.vaultcrm-invite)</translation>
    </message>
    <message>
        <source>Invitation for {user} ({profile}) saved to {path}.</source>
        <translation>Einladung für {user} ({profile}) gespeichert unter {path}.</translation>
    </message>
    <message>
        <source>Shown only now: tell {user} this code separately from the file (in person or by phone). It works once, until {time}.</source>
        <translation>Nur jetzt angezeigt: Teilen Sie {user} diesen Code getrennt von der Datei mit (persönlich oder telefonisch). Er gilt einmal, bis {time}.</translation>
    </message>
    <message>
        <source>Genesis fingerprint: {0}
The new laptop shows it when it opens the invitation; it must be the same.</source>
        <translation>Ursprungs-Fingerabdruck: {0}
Der neue Laptop zeigt ihn beim Öffnen der Einladung; er muss gleich sein.</translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Abgebrochen. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>JoinTeamWizard</name>
    <message>
        <source>Open your invitation</source>
        <translation>Einladung öffnen</translation>
    </message>
    <message>
        <source>Where to keep your vault</source>
        <translation>Wo Ihr Tresor liegen soll</translation>
    </message>
    <message>
        <source>Choose your password</source>
        <translation>Wählen Sie Ihr Passwort</translation>
    </message>
    <message>
        <source>Set up your authenticator app</source>
        <translation>Authentifizierungs-App einrichten</translation>
    </message>
    <message>
        <source>Your recovery sheet</source>
        <translation>Ihr Wiederherstellungsblatt</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Warten auf Genehmigung</translation>
    </message>
    <message>
        <source>Downloading the customer book</source>
        <translation>Kundenbuch wird heruntergeladen</translation>
    </message>
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
        <source>Open the invitation</source>
        <translation>Einladung öffnen</translation>
    </message>
    <message>
        <source>VaultCRM invitations (*.vaultcrm-invite);;All files (*)</source>
        <translation>VaultCRM-Einladungen (*.vaultcrm-invite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Invitation for {user} ({profile}), valid until {time}.
Sync location: {location}
Genesis fingerprint: {fingerprint}
Check with your administrator that their screen shows the same fingerprint.</source>
        <translation>Einladung für {user} ({profile}), gültig bis {time}.
Synchronisierungsort: {location}
Ursprungs-Fingerabdruck: {fingerprint}
Prüfen Sie mit Ihrem Administrator, dass sein Bildschirm denselben Fingerabdruck zeigt.</translation>
    </message>
    <message>
        <source>Choose another folder: </source>
        <translation>Wählen Sie einen anderen Ordner: </translation>
    </message>
    <message>
        <source>Folder for your vault</source>
        <translation>Ordner für Ihren Tresor</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>This password is not accepted: </source>
        <translation>Dieses Passwort wird nicht akzeptiert: </translation>
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
        <translation>Gespeichert unter {0}. Bewahren Sie es sicher und offline auf.</translation>
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
        <source>If your administrator asks, this laptop&apos;s request fingerprint is {0}.</source>
        <translation>Falls Ihr Administrator fragt: Der Fingerabdruck der Beitrittsanfrage dieses Laptops ist {0}.</translation>
    </message>
    <message numerus="yes">
        <source>Checked at {0}; checked again every %n second(s).</source>
        <translation>
            <numerusform>Geprüft um {0}; erneute Prüfung jede %n Sekunde.</numerusform>
            <numerusform>Geprüft um {0}; erneute Prüfung alle %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not check at {0}: {1}</source>
        <translation>Prüfung um {0} nicht möglich: {1}</translation>
    </message>
    <message>
        <source>Downloading the book…</source>
        <translation>Buch wird heruntergeladen…</translation>
    </message>
    <message numerus="yes">
        <source>The book is on this laptop: %n change(s) applied.</source>
        <translation>
            <numerusform>Das Buch ist auf diesem Laptop: %n Änderung übernommen.</numerusform>
            <numerusform>Das Buch ist auf diesem Laptop: %n Änderungen übernommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled. Try again when you are ready.</source>
        <translation>Abgebrochen. Versuchen Sie es erneut, wenn Sie bereit sind.</translation>
    </message>
    <message>
        <source>Leave the wizard?</source>
        <translation>Assistenten verlassen?</translation>
    </message>
    <message>
        <source>This laptop&apos;s vault is made and its request to join is sent. Open the vault later from Recent vaults: it syncs once an administrator approves it.</source>
        <translation>Der Tresor dieses Laptops ist erstellt und seine Beitrittsanfrage gesendet. Öffnen Sie den Tresor später über „Zuletzt verwendete Tresore“: Er synchronisiert, sobald ein Administrator ihn genehmigt.</translation>
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
        <source>Step {0} of {1}</source>
        <translation>Schritt {0} von {1}</translation>
    </message>
    <message>
        <source>{user}, choose your own password for this laptop: at least 12 characters; several unrelated words work well. Nobody else knows it, not even your administrator.</source>
        <translation>{user}, wählen Sie Ihr eigenes Passwort für diesen Laptop: mindestens 12 Zeichen; mehrere unzusammenhängende Wörter eignen sich gut. Niemand sonst kennt es, auch nicht Ihr Administrator.</translation>
    </message>
    <message>
        <source>Create my vault</source>
        <translation>Meinen Tresor erstellen</translation>
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
        <source>Waiting…</source>
        <translation>Warten…</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Wird heruntergeladen…</translation>
    </message>
    <message>
        <source>Open the workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>LocationPicker</name>
    <message>
        <source>Sync location</source>
        <translation>Synchronisierungsort</translation>
    </message>
    <message>
        <source>A shared folder, or sftp://, webdav://, s3:// …</source>
        <translation>Ein freigegebener Ordner oder sftp://, webdav://, s3:// …</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Ordner…</translation>
    </message>
    <message>
        <source>Choose a folder for the sync location</source>
        <translation>Ordner für den Synchronisierungsort wählen</translation>
    </message>
    <message>
        <source>Sync location:</source>
        <translation>Synchronisierungsort:</translation>
    </message>
    <message>
        <source>Password or access key of the location</source>
        <translation>Passwort oder Zugriffsschlüssel des Orts</translation>
    </message>
    <message>
        <source>Only if the location needs one (S3: KEY_ID:SECRET)</source>
        <translation>Nur falls der Ort eines verlangt (S3: KEY_ID:SECRET)</translation>
    </message>
    <message>
        <source>Password or key:</source>
        <translation>Passwort oder Schlüssel:</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Folder for the team&apos;s sync location</source>
        <translation>Ordner für den Synchronisierungsort des Teams</translation>
    </message>
    <message>
        <source>Choose the team&apos;s sync location first.</source>
        <translation>Wählen Sie zuerst den Synchronisierungsort des Teams.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet…</translation>
    </message>
    <message>
        <source>Connected. Nothing has been written there yet.</source>
        <translation>Verbunden. Dort wurde noch nichts geschrieben.</translation>
    </message>
    <message>
        <source>New SFTP server</source>
        <translation>Neuer SFTP-Server</translation>
    </message>
    <message>
        <source>This is the first connection to {host}. Its host key fingerprint is:
{fingerprint}

Compare it with the one your server administrator gives you. Trust it?</source>
        <translation>Dies ist die erste Verbindung zu {host}. Der Fingerabdruck seines Hostschlüssels lautet:
{fingerprint}

Vergleichen Sie ihn mit dem, den Ihnen der Serveradministrator nennt. Vertrauen?</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Vertrauen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
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
        <source>Re-enrol my authenticator…</source>
        <translation>Authentifizierungs-App neu einrichten…</translation>
    </message>
    <message>
        <source>New recovery codes…</source>
        <translation>Neue Wiederherstellungscodes…</translation>
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
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
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
        <source>You joined the team. This laptop syncs with it.</source>
        <translation>Sie sind dem Team beigetreten. Dieser Laptop synchronisiert sich mit ihm.</translation>
    </message>
    <message>
        <source>Your vault is ready. Add your first customer with Ctrl+N.</source>
        <translation>Ihr Tresor ist bereit. Fügen Sie Ihren ersten Kunden mit Strg+N hinzu.</translation>
    </message>
    <message>
        <source>This is a throwaway demo vault with generated customers; it is deleted when you quit.</source>
        <translation>Dies ist ein temporärer Demo-Tresor mit generierten Kunden; er wird beim Beenden gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>Settings saved. Scheduled backups run every %n hour(s); to take one now, choose Back up now… in the Vault menu.</source>
        <translation>
            <numerusform>Einstellungen gespeichert. Geplante Sicherungen laufen jede Stunde; um jetzt eine zu erstellen, wählen Sie im Menü „Tresor“ den Befehl „Jetzt sichern…“.</numerusform>
            <numerusform>Einstellungen gespeichert. Geplante Sicherungen laufen alle %n Stunden; um jetzt eine zu erstellen, wählen Sie im Menü „Tresor“ den Befehl „Jetzt sichern…“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
    <message>
        <source>Vault in {0} — VaultCRM</source>
        <translation>Tresor in {0} — VaultCRM</translation>
    </message>
    <message>
        <source>{0} — VaultCRM</source>
        <translation>{0} — VaultCRM</translation>
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
        <source>The new language, {0}, applies the next time you start VaultCRM.</source>
        <translation>Die neue Sprache, {0}, gilt ab dem nächsten Start von VaultCRM.</translation>
    </message>
    <message>
        <source>Your new password is set.</source>
        <translation>Ihr neues Kennwort ist festgelegt.</translation>
    </message>
    <message>
        <source>VaultCRM: a local-first CRM whose customer data never leaves an encrypted vault.</source>
        <translation>VaultCRM: ein lokales CRM, dessen Kundendaten einen verschlüsselten Tresor nie verlassen.</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <source>Field for {0}</source>
        <translation>Feld für {0}</translation>
    </message>
</context>
<context>
    <name>MyDay</name>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation>Nächste 7 Tage</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
</context>
<context>
    <name>MyDayPage</name>
    <message>
        <source>My day</source>
        <translation>Mein Tag</translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation>Meine Aufgaben</translation>
    </message>
    <message>
        <source>&amp;New task…</source>
        <translation>&amp;Neue Aufgabe…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Als &amp;erledigt markieren</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Verschieben</translation>
    </message>
    <message>
        <source>10 minutes</source>
        <translation>10 Minuten</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>Tomorrow morning</source>
        <translation>Morgen früh</translation>
    </message>
    <message>
        <source>Export &amp;calendar…</source>
        <translation>&amp;Kalender exportieren…</translation>
    </message>
    <message>
        <source>Overdue: {0} · Today: {1} · Next 7 days: {2}</source>
        <translation>Überfällig: {0} · Heute: {1} · Nächste 7 Tage: {2}</translation>
    </message>
    <message>
        <source>Export tasks and meetings</source>
        <translation>Aufgaben und Termine exportieren</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <source>Wrote {path}: {tasks} tasks, {meetings} meetings.</source>
        <translation>{path} geschrieben: Aufgaben: {tasks}, Termine: {meetings}.</translation>
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
        <source>You will be the vault&apos;s first administrator: you can add colleagues and give them profiles later.</source>
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
        <source>Where to keep the vault</source>
        <translation>Speicherort des Tresors</translation>
    </message>
    <message>
        <source>The administrator</source>
        <translation>Der Administrator</translation>
    </message>
    <message>
        <source>Choose a password</source>
        <translation>Kennwort wählen</translation>
    </message>
    <message>
        <source>Set up your authenticator app</source>
        <translation>Authentifizierungs-App einrichten</translation>
    </message>
    <message>
        <source>Your recovery sheet</source>
        <translation>Ihr Wiederherstellungsblatt</translation>
    </message>
    <message>
        <source>The language of VaultCRM on this computer; you can change it later in Settings.</source>
        <translation>Die Sprache von VaultCRM auf diesem Computer; Sie können sie später in den Einstellungen ändern.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Country of the business</source>
        <translation>Land des Unternehmens</translation>
    </message>
    <message>
        <source>New deals use its currency, and phone numbers typed without a country code are read as its numbers. You can change it in Settings.</source>
        <translation>Neue Verkaufschancen verwenden seine Währung, und Telefonnummern ohne Ländervorwahl werden als Nummern dieses Landes gelesen. Sie können es in den Einstellungen ändern.</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <source>Code shown now:</source>
        <translation>Aktuell angezeigter Code:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the authenticator key</source>
        <translation>Schlüssel für die Authentifizierungs-App kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
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
    <name>OwnAccountDialog</name>
    <message>
        <source>Re-enrol my authenticator</source>
        <translation>Authentifizierungs-App neu einrichten</translation>
    </message>
    <message>
        <source>New recovery codes</source>
        <translation>Neue Wiederherstellungscodes</translation>
    </message>
    <message>
        <source>Your old authenticator and recovery codes stop working once this is done.</source>
        <translation>Ihre alte Authentifizierungs-App und Ihre alten Wiederherstellungscodes funktionieren danach nicht mehr.</translation>
    </message>
    <message>
        <source>Your old recovery codes stop working once this is done.</source>
        <translation>Ihre alten Wiederherstellungscodes funktionieren danach nicht mehr.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Aktuelles Kennwort</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Type your current password.</source>
        <translation>Geben Sie Ihr aktuelles Kennwort ein.</translation>
    </message>
    <message>
        <source>Check the code</source>
        <translation>Code prüfen</translation>
    </message>
    <message>
        <source>Your new recovery codes (each works once; write them down now):</source>
        <translation>Ihre neuen Wiederherstellungscodes (jeder funktioniert nur einmal; notieren Sie sie jetzt):</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>That is not the code your authenticator app shows now. Check that you scanned the new code, then type the six digits it shows.</source>
        <translation>Das ist nicht der Code, den Ihre Authentifizierungs-App jetzt anzeigt. Prüfen Sie, ob Sie den neuen Code gescannt haben, und geben Sie dann die sechs angezeigten Ziffern ein.</translation>
    </message>
</context>
<context>
    <name>PasswordHints</name>
    <message>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation>Fügen Sie ein oder zwei weitere Wörter hinzu. Ungewöhnliche Wörter sind besser.</translation>
    </message>
    <message>
        <source>Capitalization doesn&apos;t help very much.</source>
        <translation>Großschreibung hilft nicht viel.</translation>
    </message>
    <message>
        <source>Reversed words aren&apos;t much harder to guess.</source>
        <translation>Rückwärts geschriebene Wörter sind kaum schwerer zu erraten.</translation>
    </message>
    <message>
        <source>Predictable substitutions like &apos;@&apos; instead of &apos;a&apos; don&apos;t help very much.</source>
        <translation>Vorhersehbare Ersetzungen wie &apos;@&apos; statt &apos;a&apos; helfen nicht viel.</translation>
    </message>
    <message>
        <source>Use a few words, avoid common phrases.</source>
        <translation>Verwenden Sie mehrere Wörter, vermeiden Sie gängige Redewendungen.</translation>
    </message>
    <message>
        <source>No need for symbols, digits, or uppercase letters.</source>
        <translation>Symbole, Ziffern oder Großbuchstaben sind nicht nötig.</translation>
    </message>
    <message>
        <source>Straight rows of keys are easy to guess.</source>
        <translation>Gerade Tastenreihen sind leicht zu erraten.</translation>
    </message>
    <message>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation>Kurze Tastaturmuster sind leicht zu erraten.</translation>
    </message>
    <message>
        <source>This is a top-10 common password.</source>
        <translation>Dies ist eines der 10 häufigsten Kennwörter.</translation>
    </message>
    <message>
        <source>This is similar to a commonly used password.</source>
        <translation>Dies ähnelt einem häufig verwendeten Kennwort.</translation>
    </message>
    <message>
        <source>A word by itself is easy to guess.</source>
        <translation>Ein einzelnes Wort ist leicht zu erraten.</translation>
    </message>
    <message>
        <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
        <translation>Nur Großbuchstaben sind fast so leicht zu erraten wie nur Kleinbuchstaben.</translation>
    </message>
    <message>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation>Verwenden Sie ein längeres Tastaturmuster mit mehr Richtungswechseln.</translation>
    </message>
    <message>
        <source>Repeats like &quot;aaa&quot; are easy to guess.</source>
        <translation>Wiederholungen wie &quot;aaa&quot; sind leicht zu erraten.</translation>
    </message>
    <message>
        <source>Repeats like &quot;abcabcabc&quot; are only slightly harder to guess than &quot;abc&quot;.</source>
        <translation>Wiederholungen wie &quot;abcabcabc&quot; sind nur wenig schwerer zu erraten als &quot;abc&quot;.</translation>
    </message>
    <message>
        <source>This is a top-100 common password.</source>
        <translation>Dies ist eines der 100 häufigsten Kennwörter.</translation>
    </message>
    <message>
        <source>This is a very common password.</source>
        <translation>Dies ist ein sehr häufiges Kennwort.</translation>
    </message>
    <message>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation>Vor- und Nachnamen allein sind leicht zu erraten.</translation>
    </message>
    <message>
        <source>Common names and surnames are easy to guess.</source>
        <translation>Häufige Vor- und Nachnamen sind leicht zu erraten.</translation>
    </message>
    <message>
        <source>Avoid repeated words and characters.</source>
        <translation>Vermeiden Sie wiederholte Wörter und Zeichen.</translation>
    </message>
    <message>
        <source>Sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess.</source>
        <translation>Folgen wie &quot;abc&quot; oder &quot;6543&quot; sind leicht zu erraten.</translation>
    </message>
    <message>
        <source>Avoid sequences.</source>
        <translation>Vermeiden Sie Zeichenfolgen.</translation>
    </message>
    <message>
        <source>Recent years are easy to guess.</source>
        <translation>Jahreszahlen der letzten Jahre sind leicht zu erraten.</translation>
    </message>
    <message>
        <source>Dates are often easy to guess.</source>
        <translation>Datumsangaben sind oft leicht zu erraten.</translation>
    </message>
    <message>
        <source>Avoid recent years.</source>
        <translation>Vermeiden Sie Jahreszahlen der letzten Jahre.</translation>
    </message>
    <message>
        <source>Avoid years that are associated with you.</source>
        <translation>Vermeiden Sie Jahreszahlen, die mit Ihnen in Verbindung stehen.</translation>
    </message>
    <message>
        <source>Avoid dates and years that are associated with you.</source>
        <translation>Vermeiden Sie Datumsangaben und Jahreszahlen, die mit Ihnen in Verbindung stehen.</translation>
    </message>
</context>
<context>
    <name>PasswordPage</name>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Wiederholen:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Stärke:</translation>
    </message>
</context>
<context>
    <name>PasswordStrength</name>
    <message>
        <source>Very weak</source>
        <translation>Sehr schwach</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Schwach</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
</context>
<context>
    <name>PendingLaptopsDialog</name>
    <message>
        <source>Pending laptops</source>
        <translation>Wartende Laptops</translation>
    </message>
    <message>
        <source>Laptops that opened an invitation and ask to join the team. Approve only the ones you invited: ask the colleague to read you the code of their laptop if in doubt.</source>
        <translation>Laptops, die eine Einladung geöffnet haben und dem Team beitreten möchten. Genehmigen Sie nur die, die Sie eingeladen haben: Lassen Sie sich im Zweifel den Code des Laptops vorlesen.</translation>
    </message>
    <message>
        <source>Laptops waiting for approval</source>
        <translation>Laptops, die auf Genehmigung warten</translation>
    </message>
    <message>
        <source>No laptop is waiting.</source>
        <translation>Kein Laptop wartet.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <source>{user} ({profile}): laptop {device}, asked {when}</source>
        <translation>{user} ({profile}): Laptop {device}, angefragt {when}</translation>
    </message>
    <message>
        <source>cannot be approved: {0}</source>
        <translation>kann nicht genehmigt werden: {0}</translation>
    </message>
    <message>
        <source>Approve this laptop?</source>
        <translation>Diesen Laptop genehmigen?</translation>
    </message>
    <message>
        <source>{user}&apos;s laptop will receive the whole customer book and sync with the team.</source>
        <translation>Der Laptop von {user} erhält das gesamte Kundenbuch und synchronisiert sich mit dem Team.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>{user}&apos;s laptop is on the team. It downloads the book at its next check.</source>
        <translation>Der Laptop von {user} gehört zum Team. Er lädt das Buch bei seiner nächsten Prüfung herunter.</translation>
    </message>
    <message>
        <source>The book could not be published yet: {0}</source>
        <translation>Das Buch konnte noch nicht veröffentlicht werden: {0}</translation>
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
    <name>Permissions</name>
    <message>
        <source>See customers</source>
        <translation>Kunden anzeigen</translation>
    </message>
    <message>
        <source>Create customers</source>
        <translation>Kunden anlegen</translation>
    </message>
    <message>
        <source>Edit customers</source>
        <translation>Kunden bearbeiten</translation>
    </message>
    <message>
        <source>Edit contact details</source>
        <translation>Kontaktdaten bearbeiten</translation>
    </message>
    <message>
        <source>Delete customers</source>
        <translation>Kunden löschen</translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>Kunden exportieren</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>Kunden importieren</translation>
    </message>
    <message>
        <source>Log interactions</source>
        <translation>Interaktionen erfassen</translation>
    </message>
    <message>
        <source>See sensitive fields</source>
        <translation>Vertrauliche Felder anzeigen</translation>
    </message>
    <message>
        <source>See deals</source>
        <translation>Verkaufschancen anzeigen</translation>
    </message>
    <message>
        <source>Edit deals</source>
        <translation>Verkaufschancen bearbeiten</translation>
    </message>
    <message>
        <source>Read the audit log</source>
        <translation>Prüfprotokoll lesen</translation>
    </message>
    <message>
        <source>Manage users</source>
        <translation>Benutzer verwalten</translation>
    </message>
    <message>
        <source>Manage profiles</source>
        <translation>Profile verwalten</translation>
    </message>
    <message>
        <source>Run backups</source>
        <translation>Sicherungen ausführen</translation>
    </message>
    <message>
        <source>Restore backups</source>
        <translation>Sicherungen wiederherstellen</translation>
    </message>
    <message>
        <source>Privacy tools (consent, subject export, erasure, retention)</source>
        <translation>Datenschutzwerkzeuge (Einwilligung, Auskunftsexport, Löschung, Speicherdauer)</translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation>Einstellungen ändern</translation>
    </message>
</context>
<context>
    <name>PipelineBoard</name>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
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
        <source>Owner</source>
        <translation>Betreuer</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Alle Betreuer</translation>
    </message>
    <message>
        <source>Expected close from</source>
        <translation>Erwarteter Abschluss ab</translation>
    </message>
    <message>
        <source>Expected close to</source>
        <translation>Erwarteter Abschluss bis</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Betreuer:</translation>
    </message>
    <message>
        <source>Expected close from:</source>
        <translation>Erwarteter Abschluss ab:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>bis:</translation>
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
    <name>ProcessingRecord</name>
    <message>
        <source>Purposes: {purposes}; data subjects: {subjects}; erasures: {erasures}.</source>
        <translation>Zwecke: {purposes}; betroffene Personen: {subjects}; Löschungen: {erasures}.</translation>
    </message>
    <message>
        <source>database encrypted at rest (SQLCipher 4, AES-256, per-page HMAC)</source>
        <translation>Datenbank im Ruhezustand verschlüsselt (SQLCipher 4, AES-256, HMAC pro Seite)</translation>
    </message>
    <message>
        <source>sign-in with Argon2id-protected key slots and TOTP</source>
        <translation>Anmeldung mit Argon2id-geschützten Schlüsselslots und TOTP</translation>
    </message>
    <message>
        <source>per-profile permissions; sensitive fields masked without sensitive.read</source>
        <translation>Berechtigungen pro Profil; vertrauliche Felder ohne sensitive.read maskiert</translation>
    </message>
    <message>
        <source>tamper-evident audit log (HMAC hash chain); personal values sealed per person</source>
        <translation>manipulationssicheres Prüfprotokoll (HMAC-Hash-Kette); personenbezogene Werte pro Person versiegelt</translation>
    </message>
    <message>
        <source>encrypted, signed backups (age X25519, Ed25519)</source>
        <translation>verschlüsselte, signierte Sicherungen (age X25519, Ed25519)</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Everything, including users, settings, backups and restore.</source>
        <translation>Alles, einschließlich Benutzern, Einstellungen, Sicherungen und Wiederherstellung.</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>All records, deals, exports and imports; no users, settings or restore.</source>
        <translation>Alle Datensätze, Verkaufschancen, Exporte und Importe; keine Benutzer, Einstellungen oder Wiederherstellung.</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Vertrieb</translation>
    </message>
    <message>
        <source>Own records only; no delete, no export.</source>
        <translation>Nur eigene Datensätze; kein Löschen, kein Export.</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Reads all records, edits contact details and interactions; no deals, no export.</source>
        <translation>Liest alle Datensätze, bearbeitet Kontaktdaten und Interaktionen; keine Verkaufschancen, kein Export.</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>Read-only, with the audit log; no sensitive fields.</source>
        <translation>Nur Lesen, mit dem Prüfprotokoll; keine vertraulichen Felder.</translation>
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
        <source>Select a custom profile&apos;s column first.</source>
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
    <message numerus="yes">
        <source>%n record(s) imported</source>
        <translation>
            <numerusform>%n Datensatz importiert</numerusform>
            <numerusform>%n Datensätze importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) written</source>
        <translation>
            <numerusform>%n Kunde geschrieben</numerusform>
            <numerusform>%n Kunden geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
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
    <name>QrCode</name>
    <message>
        <source>QR code for the authenticator app</source>
        <translation>QR-Code für die Authentifizierungs-App</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Save or print this sheet now and keep it offline. It is the only way back into this laptop&apos;s vault if you forget your password.</source>
        <translation>Speichern oder drucken Sie dieses Blatt jetzt und bewahren Sie es offline auf. Es ist der einzige Weg zurück in den Tresor dieses Laptops, wenn Sie Ihr Passwort vergessen.</translation>
    </message>
    <message>
        <source>Recovery sheet</source>
        <translation>Wiederherstellungsblatt</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>I saved or printed the sheet and understand the warning above.</source>
        <translation>Ich habe das Blatt gespeichert oder gedruckt und verstehe die Warnung oben.</translation>
    </message>
    <message>
        <source>I understand the warning</source>
        <translation>Ich verstehe die Warnung</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>Keep this sheet somewhere safe and offline (a locked drawer, a safe). Anyone holding it can read your backups. If you lose both your password and this recovery key, nobody can recover the data: not you, not us.</source>
        <translation>Bewahren Sie dieses Blatt an einem sicheren Ort offline auf (in einer verschlossenen Schublade, einem Safe). Wer es besitzt, kann Ihre Sicherungen lesen. Wenn Sie sowohl Ihr Kennwort als auch diesen Wiederherstellungsschlüssel verlieren, kann niemand die Daten wiederherstellen: weder Sie noch wir.</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Tresor</translation>
    </message>
    <message>
        <source>Vault id: {id}</source>
        <translation>Tresor-ID: {id}</translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation>Ordner: {folder}</translation>
    </message>
    <message>
        <source>Created: {time}</source>
        <translation>Erstellt: {time}</translation>
    </message>
    <message>
        <source>Recovery key (opens the vault and every backup)</source>
        <translation>Wiederherstellungsschlüssel (öffnet den Tresor und jede Sicherung)</translation>
    </message>
    <message>
        <source>Signing-key fingerprint (checks that a backup is genuine)</source>
        <translation>Fingerabdruck des Signaturschlüssels (prüft, ob eine Sicherung echt ist)</translation>
    </message>
    <message>
        <source>Recovery codes for {user} (each works once, instead of the authenticator code)</source>
        <translation>Wiederherstellungscodes für {user} (jeder funktioniert einmal, anstelle des Authentifizierungscodes)</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Print this page or keep the file offline. Do not e-mail it or store it in the vault.</source>
        <translation>Drucken Sie diese Seite aus, oder bewahren Sie die Datei offline auf. Senden Sie sie nicht per E-Mail, und speichern Sie sie nicht im Tresor.</translation>
    </message>
    <message>
        <source>VaultCRM recovery sheet</source>
        <translation>VaultCRM-Wiederherstellungsblatt</translation>
    </message>
</context>
<context>
    <name>ReminderService</name>
    <message>
        <source>Due now: {title}</source>
        <translation>Jetzt fällig: {title}</translation>
    </message>
    <message>
        <source>Snooze 10 min</source>
        <translation>10 Min. verschieben</translation>
    </message>
    <message>
        <source>VaultCRM</source>
        <translation>VaultCRM</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) due now. Open VaultCRM to see them.</source>
        <translation>
            <numerusform>%n Aufgabe ist jetzt fällig. Öffnen Sie VaultCRM, um sie zu sehen.</numerusform>
            <numerusform>%n Aufgaben sind jetzt fällig. Öffnen Sie VaultCRM, um sie zu sehen.</numerusform>
        </translation>
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
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show the recovery key</source>
        <translation>Wiederherstellungsschlüssel anzeigen</translation>
    </message>
    <message>
        <source>From a file…</source>
        <translation>Aus Datei…</translation>
    </message>
    <message>
        <source>Read the recovery key from the recovery sheet&apos;s file</source>
        <translation>Wiederherstellungsschlüssel aus der Datei des Wiederherstellungsblatts lesen</translation>
    </message>
    <message>
        <source>Recovery key:</source>
        <translation>Wiederherstellungsschlüssel:</translation>
    </message>
    <message>
        <source>Choose the recovery sheet (PDF or text)</source>
        <translation>Wiederherstellungsblatt auswählen (PDF oder Text)</translation>
    </message>
    <message>
        <source>Recovery sheet (*.pdf *.txt);;All files (*)</source>
        <translation>Wiederherstellungsblatt (*.pdf *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the backup archive to restore.</source>
        <translation>Wählen Sie das wiederherzustellende Sicherungsarchiv aus.</translation>
    </message>
    <message>
        <source>Choose the folder to restore into.</source>
        <translation>Wählen Sie den Zielordner für die Wiederherstellung aus.</translation>
    </message>
    <message>
        <source>Type the recovery key from your recovery sheet.</source>
        <translation>Geben Sie den Wiederherstellungsschlüssel von Ihrem Wiederherstellungsblatt ein.</translation>
    </message>
    <message>
        <source>This is not a whole recovery key: it starts with AGE-SECRET-KEY-1 and has 74 characters, this one has {0}. Compare it with your recovery sheet.</source>
        <translation>Dies ist kein vollständiger Wiederherstellungsschlüssel: Er beginnt mit AGE-SECRET-KEY-1 und hat 74 Zeichen, dieser hat {0}. Vergleichen Sie ihn mit Ihrem Wiederherstellungsblatt.</translation>
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
        <source>Restore {0} into {1}?</source>
        <translation>{0} in {1} wiederherstellen?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Compare the key with your recovery sheet, character by character, and try again.</source>
        <translation>Vergleichen Sie den Schlüssel Zeichen für Zeichen mit Ihrem Wiederherstellungsblatt und versuchen Sie es erneut.</translation>
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
    <name>SensitiveField</name>
    <message>
        <source>Tax id</source>
        <translation>Steuernummer</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Bankverbindung</translation>
    </message>
    <message>
        <source>Confidential notes</source>
        <translation>Vertrauliche Notizen</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Auto-lock after (minutes)</source>
        <translation>Automatisch sperren nach (Minuten)</translation>
    </message>
    <message>
        <source>Minutes without input before the app locks itself.</source>
        <translation>Minuten ohne Eingabe, bevor sich die App sperrt.</translation>
    </message>
    <message>
        <source>Clear copied text after (seconds)</source>
        <translation>Kopierten Text löschen nach (Sekunden)</translation>
    </message>
    <message>
        <source>Copied customer data is cleared from the clipboard after this.</source>
        <translation>Kopierte Kundendaten werden danach aus der Zwischenablage gelöscht.</translation>
    </message>
    <message>
        <source>Deleted records are erased for good after (days)</source>
        <translation>Gelöschte Datensätze werden endgültig gelöscht nach (Tagen)</translation>
    </message>
    <message>
        <source>Country (ISO, e.g. PL)</source>
        <translation>Land (ISO, z. B. DE)</translation>
    </message>
    <message>
        <source>The business&apos;s country: new deals use its currency, and phone numbers typed without a country code are read as its numbers.</source>
        <translation>Das Land des Unternehmens: Neue Verkaufschancen verwenden seine Währung, und Telefonnummern ohne Ländervorwahl werden als Nummern dieses Landes gelesen.</translation>
    </message>
    <message>
        <source>Country for phone numbers without +code, if not the one above</source>
        <translation>Land für Telefonnummern ohne +Vorwahl, falls nicht das obige</translation>
    </message>
    <message>
        <source>Numbers typed without a country code are read as this country&apos;s.</source>
        <translation>Nummern ohne Ländervorwahl werden als Nummern dieses Landes gelesen.</translation>
    </message>
    <message>
        <source>Working hours start</source>
        <translation>Beginn der Arbeitszeit</translation>
    </message>
    <message>
        <source>A sign-in outside working hours raises an alert.</source>
        <translation>Eine Anmeldung außerhalb der Arbeitszeit löst eine Warnung aus.</translation>
    </message>
    <message>
        <source>Working hours end</source>
        <translation>Ende der Arbeitszeit</translation>
    </message>
    <message>
        <source>Alert: records viewed</source>
        <translation>Warnung: angezeigte Datensätze</translation>
    </message>
    <message>
        <source>Alert: within (minutes)</source>
        <translation>Warnung: innerhalb von (Minuten)</translation>
    </message>
    <message>
        <source>Alert: records deleted</source>
        <translation>Warnung: gelöschte Datensätze</translation>
    </message>
    <message>
        <source>Alert: deletions within (minutes)</source>
        <translation>Warnung: Löschungen innerhalb von (Minuten)</translation>
    </message>
    <message>
        <source>Alert: refused actions</source>
        <translation>Warnung: abgelehnte Aktionen</translation>
    </message>
    <message>
        <source>Alert: refusals within (minutes)</source>
        <translation>Warnung: Ablehnungen innerhalb von (Minuten)</translation>
    </message>
    <message>
        <source>Alert: failed sign-ins</source>
        <translation>Warnung: fehlgeschlagene Anmeldungen</translation>
    </message>
    <message>
        <source>Alert: rows in one export</source>
        <translation>Warnung: Zeilen in einem Export</translation>
    </message>
    <message>
        <source>Alert: no verified backup for (days)</source>
        <translation>Warnung: keine überprüfte Sicherung seit (Tagen)</translation>
    </message>
    <message>
        <source>Backup location</source>
        <translation>Sicherungsziel</translation>
    </message>
    <message>
        <source>A folder, sftp://, webdav(s):// or s3:// location for scheduled backups.</source>
        <translation>Ein Ordner oder ein Ziel sftp://, webdav(s):// oder s3:// für geplante Sicherungen.</translation>
    </message>
    <message>
        <source>Back up every (hours)</source>
        <translation>Sichern alle (Stunden)</translation>
    </message>
    <message>
        <source>How often the app backs up while it is open.</source>
        <translation>Wie oft die App sichert, während sie geöffnet ist.</translation>
    </message>
    <message>
        <source>Back up when locking</source>
        <translation>Beim Sperren sichern</translation>
    </message>
    <message>
        <source>Take a backup each time the vault is locked.</source>
        <translation>Bei jedem Sperren des Tresors eine Sicherung erstellen.</translation>
    </message>
    <message>
        <source>Back up when quitting</source>
        <translation>Beim Beenden sichern</translation>
    </message>
    <message>
        <source>Take a backup when the app quits.</source>
        <translation>Beim Beenden der App eine Sicherung erstellen.</translation>
    </message>
    <message>
        <source>Extra backup recipients (age public keys)</source>
        <translation>Zusätzliche Empfänger der Sicherungen (öffentliche age-Schlüssel)</translation>
    </message>
    <message>
        <source>Keep everything from the last (days)</source>
        <translation>Alles aus den letzten (Tagen) behalten</translation>
    </message>
    <message>
        <source>Keep daily</source>
        <translation>Täglich behalten</translation>
    </message>
    <message>
        <source>Keep weekly</source>
        <translation>Wöchentlich behalten</translation>
    </message>
    <message>
        <source>Keep monthly</source>
        <translation>Monatlich behalten</translation>
    </message>
    <message>
        <source>Keep yearly</source>
        <translation>Jährlich behalten</translation>
    </message>
    <message>
        <source>Recent vaults (folder paths only)</source>
        <translation>Zuletzt verwendete Tresore (nur Ordnerpfade)</translation>
    </message>
    <message>
        <source>Customer list columns</source>
        <translation>Spalten der Kundenliste</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Language of each user on this machine</source>
        <translation>Sprache jedes Benutzers auf diesem Computer</translation>
    </message>
    <message>
        <source>Devices are stale after (days without syncing)</source>
        <translation>Geräte gelten als veraltet nach (Tagen ohne Synchronisierung)</translation>
    </message>
    <message>
        <source>A team device that has not synced for this long is flagged in the device list.</source>
        <translation>Ein Teamgerät, das so lange nicht synchronisiert hat, wird in der Geräteliste markiert.</translation>
    </message>
    <message>
        <source>Automatic sync every (minutes)</source>
        <translation>Automatische Synchronisierung alle (Minuten)</translation>
    </message>
    <message>
        <source>While the app is open and the team&apos;s location can be reached, a sync round runs this often.</source>
        <translation>Solange die App geöffnet und der Synchronisierungsort des Teams erreichbar ist, läuft eine Synchronisierung so oft.</translation>
    </message>
    <message>
        <source>Largest attachment (MB)</source>
        <translation>Größter Anhang (MB)</translation>
    </message>
    <message>
        <source>Files bigger than this cannot be attached to a customer or a deal.</source>
        <translation>Größere Dateien können nicht an einen Kunden oder eine Verkaufschance angehängt werden.</translation>
    </message>
    <message>
        <source>Attachments per vault (MB)</source>
        <translation>Anhänge pro Tresor (MB)</translation>
    </message>
    <message>
        <source>All attached files together may take at most this much space.</source>
        <translation>Alle angehängten Dateien zusammen dürfen höchstens so viel Platz belegen.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>The language of VaultCRM for you on this computer. It applies the next time you start VaultCRM.</source>
        <translation>Die Sprache von VaultCRM für Sie auf diesem Computer. Sie gilt ab dem nächsten Start von VaultCRM.</translation>
    </message>
    <message>
        <source>Language (from the next start):</source>
        <translation>Sprache (ab dem nächsten Start):</translation>
    </message>
    <message>
        <source>Your profile cannot change the vault&apos;s settings; they are shown read-only. Your language is yours to choose.</source>
        <translation>Ihr Profil kann die Einstellungen des Tresors nicht ändern; sie werden schreibgeschützt angezeigt. Ihre Sprache können Sie selbst wählen.</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>Too many failed sign-ins. You can try again in {seconds} s.</source>
        <translation>Zu viele fehlgeschlagene Anmeldungen. Sie können es in {seconds} s erneut versuchen.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed sign-in attempt(s) since your last sign-in (the last at {time}).</source>
        <translation>
            <numerusform>%n fehlgeschlagener Anmeldeversuch seit Ihrer letzten Anmeldung (der letzte um {time}).</numerusform>
            <numerusform>%n fehlgeschlagene Anmeldeversuche seit Ihrer letzten Anmeldung (der letzte um {time}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed sign-in attempt(s) since your last sign-in.</source>
        <translation>
            <numerusform>%n fehlgeschlagener Anmeldeversuch seit Ihrer letzten Anmeldung.</numerusform>
            <numerusform>%n fehlgeschlagene Anmeldeversuche seit Ihrer letzten Anmeldung.</numerusform>
        </translation>
    </message>
    <message>
        <source>If it was not you, tell your administrator.</source>
        <translation>Wenn Sie das nicht waren, informieren Sie Ihren Administrator.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed sign-in attempt(s) with unknown user names.</source>
        <translation>
            <numerusform>%n fehlgeschlagener Anmeldeversuch mit unbekanntem Benutzernamen.</numerusform>
            <numerusform>%n fehlgeschlagene Anmeldeversuche mit unbekannten Benutzernamen.</numerusform>
        </translation>
    </message>
    <message>
        <source>You used a recovery code; {left} left. Re-enrol your authenticator soon.</source>
        <translation>Sie haben einen Wiederherstellungscode verwendet; {left} verbleibend. Richten Sie Ihre Authentifizierungs-App bald neu ein.</translation>
    </message>
    <message>
        <source>The audit log failed its integrity check. Tell your administrator now.</source>
        <translation>Das Prüfprotokoll hat die Integritätsprüfung nicht bestanden. Informieren Sie sofort Ihren Administrator.</translation>
    </message>
    <message numerus="yes">
        <source>%n deleted record(s) erased for good: the undo window was over.</source>
        <translation>
            <numerusform>%n gelöschter Datensatz endgültig gelöscht: Die Frist zum Rückgängigmachen ist abgelaufen.</numerusform>
            <numerusform>%n gelöschte Datensätze endgültig gelöscht: Die Frist zum Rückgängigmachen ist abgelaufen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted records past their undo window could not be erased ({error}); this is tried again at the next sign-in.</source>
        <translation>Gelöschte Datensätze nach Ablauf der Frist zum Rückgängigmachen konnten nicht endgültig gelöscht werden ({error}); bei der nächsten Anmeldung wird es erneut versucht.</translation>
    </message>
    <message numerus="yes">
        <source>%n open security alert(s): see Administration → Alerts.</source>
        <translation>
            <numerusform>%n offene Sicherheitswarnung: siehe Verwaltung → Sicherheitswarnungen.</numerusform>
            <numerusform>%n offene Sicherheitswarnungen: siehe Verwaltung → Sicherheitswarnungen.</numerusform>
        </translation>
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
        <source>Forgot password?</source>
        <translation>Kennwort vergessen?</translation>
    </message>
    <message>
        <source>Forgot password: use the recovery key</source>
        <translation>Kennwort vergessen: Wiederherstellungsschlüssel verwenden</translation>
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
        <source>Your new password and authenticator are set. Sign in with them.</source>
        <translation>Ihr neues Kennwort und Ihre Authentifizierungs-App sind eingerichtet. Melden Sie sich damit an.</translation>
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
        <source>Join a team…</source>
        <translation>Einem Team beitreten…</translation>
    </message>
    <message>
        <source>Join a team with an invitation</source>
        <translation>Mit einer Einladung einem Team beitreten</translation>
    </message>
    <message>
        <source>Your administrator gave you an invitation file and a one-time code.</source>
        <translation>Ihr Administrator hat Ihnen eine Einladungsdatei und einen Einmalcode gegeben.</translation>
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
    <name>StartTeamDialog</name>
    <message>
        <source>Start a team</source>
        <translation>Team gründen</translation>
    </message>
    <message>
        <source>Share this vault&apos;s customer book with your team</source>
        <translation>Das Kundenbuch dieses Tresors mit Ihrem Team teilen</translation>
    </message>
    <message>
        <source>This laptop becomes the team&apos;s first device. Choose the sync location, as for backups: a shared folder, SFTP, WebDAV or S3. It only ever holds encrypted files; each colleague&apos;s laptop keeps its own vault and syncs through it.</source>
        <translation>Dieser Laptop wird das erste Gerät des Teams. Wählen Sie den Synchronisierungsort wie ein Sicherungsziel: einen freigegebenen Ordner, SFTP, WebDAV oder S3. Dort liegen nur verschlüsselte Dateien; der Laptop jeder Kollegin und jedes Kollegen hat einen eigenen Tresor und synchronisiert darüber.</translation>
    </message>
    <message>
        <source>Genesis fingerprint</source>
        <translation>Ursprungs-Fingerabdruck</translation>
    </message>
    <message>
        <source>Start the team</source>
        <translation>Team gründen</translation>
    </message>
    <message>
        <source>Test the connection first.</source>
        <translation>Testen Sie zuerst die Verbindung.</translation>
    </message>
    <message>
        <source>Starting the team…</source>
        <translation>Team wird gegründet…</translation>
    </message>
    <message>
        <source>This vault is the first device of the team book. Invite laptops from Administration &gt; Invite a laptop…. Every invitation shows this genesis fingerprint: the new laptop must show the same.</source>
        <translation>Dieser Tresor ist das erste Gerät des Teambuchs. Laden Sie Laptops über Verwaltung &gt; Laptop einladen… ein. Jede Einladung zeigt diesen Ursprungs-Fingerabdruck: Der neue Laptop muss denselben zeigen.</translation>
    </message>
    <message>
        <source>Genesis fingerprint: {0}</source>
        <translation>Ursprungs-Fingerabdruck: {0}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Interessent</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Password strength</source>
        <translation>Kennwortstärke</translation>
    </message>
    <message>
        <source>Not accepted: {0}.</source>
        <translation>Nicht akzeptiert: {0}.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Die beiden Kennwörter stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>SubjectExport</name>
    <message>
        <source>Personal data</source>
        <translation>Personenbezogene Daten</translation>
    </message>
    <message>
        <source>Consents and lawful bases</source>
        <translation>Einwilligungen und Rechtsgrundlagen</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interaktionen</translation>
    </message>
    <message>
        <source>Deals and orders</source>
        <translation>Verkaufschancen und Bestellungen</translation>
    </message>
    <message>
        <source>Attached files (the files are in the folder beside this export)</source>
        <translation>Angehängte Dateien (die Dateien liegen im Ordner neben diesem Export)</translation>
    </message>
    <message>
        <source>Purchase preferences</source>
        <translation>Kaufpräferenzen</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Restriction of processing</source>
        <translation>Einschränkung der Verarbeitung</translation>
    </message>
    <message>
        <source>Access and change history (audit log)</source>
        <translation>Zugriffs- und Änderungsverlauf (Prüfprotokoll)</translation>
    </message>
    <message>
        <source>How we process personal data</source>
        <translation>Wie wir personenbezogene Daten verarbeiten</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Subject access export</source>
        <translation>Auskunftsexport</translation>
    </message>
    <message>
        <source>Customer {id} · generated {at} by {user}</source>
        <translation>Kunde {id} · erstellt am {at} von {user}</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Published: {published}, applied: {applied}, new conflicts: {conflicts}, refused: {refused}.</source>
        <translation>Veröffentlicht: {published}, angewendet: {applied}, neue Konflikte: {conflicts}, abgelehnt: {refused}.</translation>
    </message>
</context>
<context>
    <name>SyncConflicts</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Deleted (in the bin)</source>
        <translation>Gelöscht (im Papierkorb)</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Devices…</source>
        <translation>Geräte…</translation>
    </message>
    <message>
        <source>Conflicts…</source>
        <translation>Konflikte…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisierung…</translation>
    </message>
    <message>
        <source>Sync cancelled</source>
        <translation>Synchronisierung abgebrochen</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>The team&apos;s sync location cannot be reached: {0}</source>
        <translation>Der Synchronisierungsort des Teams ist nicht erreichbar: {0}</translation>
    </message>
    <message>
        <source>Sync failed: {0}</source>
        <translation>Synchronisierung fehlgeschlagen: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n Änderung wartet</numerusform>
            <numerusform>%n Änderungen warten</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced at {0}</source>
        <translation>Synchronisiert: {0}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Team sync</source>
        <translation>Team-Synchronisierung</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Retry the sync</source>
        <translation>Synchronisierung wiederholen</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Edit task</source>
        <translation>Aufgabe bearbeiten</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Neue Aufgabe</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Um</translation>
    </message>
    <message>
        <source>Due time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Fällig:</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Keine Wiederholung</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholung:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <source>{path} is a file, not a folder.</source>
        <translation>{path} ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>{path} holds a vault; choose another folder for the team&apos;s sync location.</source>
        <translation>{path} enthält einen Tresor; wählen Sie einen anderen Ordner als Synchronisierungsort des Teams.</translation>
    </message>
    <message>
        <source>You cannot write in {path}.</source>
        <translation>Sie können in {path} nicht schreiben.</translation>
    </message>
    <message>
        <source>Choose the team&apos;s sync location.</source>
        <translation>Wählen Sie den Synchronisierungsort des Teams.</translation>
    </message>
    <message>
        <source>This invitation expired on {time}; ask for a new one.</source>
        <translation>Diese Einladung ist am {time} abgelaufen; bitten Sie um eine neue.</translation>
    </message>
    <message>
        <source>Open the invitation file first.</source>
        <translation>Öffnen Sie zuerst die Einladungsdatei.</translation>
    </message>
    <message>
        <source>This laptop was removed from the team; ask an administrator to invite it again.</source>
        <translation>Dieser Laptop wurde aus dem Team entfernt; bitten Sie einen Administrator, ihn erneut einzuladen.</translation>
    </message>
    <message>
        <source>Waiting for an administrator to approve this laptop.</source>
        <translation>Warten, bis ein Administrator diesen Laptop genehmigt.</translation>
    </message>
    <message>
        <source>Waiting for {names} to approve this laptop.</source>
        <translation>Warten, bis {names} diesen Laptop genehmigt.</translation>
    </message>
    <message>
        <source>The team&apos;s book is not on the sync location yet: the administrator&apos;s laptop publishes it at its next sync. Try again in a moment.</source>
        <translation>Das Teambuch ist noch nicht am Synchronisierungsort: Der Laptop des Administrators veröffentlicht es bei seiner nächsten Synchronisierung. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Start a team…</source>
        <translation>Team gründen…</translation>
    </message>
    <message>
        <source>Invite a laptop…</source>
        <translation>Laptop einladen…</translation>
    </message>
    <message>
        <source>Pending laptops…</source>
        <translation>Wartende Laptops…</translation>
    </message>
</context>
<context>
    <name>TeamHelp</name>
    <message>
        <source>Working as a team: every laptop keeps its own complete, encrypted vault and works offline. When it can reach the team&apos;s sync location, it sends its changes and takes everyone else&apos;s.</source>
        <translation>Arbeiten im Team: Jeder Laptop hat seinen eigenen, vollständigen, verschlüsselten Tresor und arbeitet offline. Erreicht er den Synchronisierungsort des Teams, sendet er seine Änderungen und übernimmt die der anderen.</translation>
    </message>
    <message>
        <source>1. On the administrator&apos;s laptop, choose Administration &gt; Start a team… and a sync location: a shared folder, SFTP, WebDAV or S3, as for backups. The location only ever stores encrypted files.</source>
        <translation>1. Wählen Sie auf dem Laptop des Administrators Verwaltung &gt; Team gründen… und einen Synchronisierungsort: einen freigegebenen Ordner, SFTP, WebDAV oder S3, wie für Sicherungen. Dort liegen nur verschlüsselte Dateien.</translation>
    </message>
    <message>
        <source>2. Choose Administration &gt; Invite a laptop…, pick the colleague and their profile, save the invitation file and give it to them with the one-time code, told separately (in person or by phone).</source>
        <translation>2. Wählen Sie Verwaltung &gt; Laptop einladen…, wählen Sie die Person und ihr Profil, speichern Sie die Einladungsdatei und geben Sie sie ihr mit dem Einmalcode, den Sie getrennt mitteilen (persönlich oder telefonisch).</translation>
    </message>
    <message>
        <source>3. On the new laptop, choose Join a team… on the start screen, open the invitation, type the code, then set your own password and authenticator. Check that the fingerprint shown matches the one on the administrator&apos;s screen.</source>
        <translation>3. Wählen Sie auf dem neuen Laptop im Startbildschirm Einem Team beitreten…, öffnen Sie die Einladung, geben Sie den Code ein und legen Sie dann Ihr eigenes Passwort und Ihre Authentifizierungs-App fest. Prüfen Sie, dass der angezeigte Fingerabdruck dem auf dem Bildschirm des Administrators entspricht.</translation>
    </message>
    <message>
        <source>4. The administrator approves the laptop in Administration &gt; Pending laptops…; the new laptop then downloads the book.</source>
        <translation>4. Der Administrator genehmigt den Laptop unter Verwaltung &gt; Wartende Laptops…; der neue Laptop lädt dann das Buch herunter.</translation>
    </message>
    <message>
        <source>Every laptop holds the whole book; a profile limits what the app shows and does on it. Revoking a laptop stops it from syncing, but the data already on it stays there.</source>
        <translation>Jeder Laptop hat das ganze Buch; ein Profil begrenzt, was die App darauf zeigt und tut. Das Widerrufen eines Laptops beendet seine Synchronisierung, aber die Daten, die schon darauf sind, bleiben dort.</translation>
    </message>
    <message>
        <source>Working as a team</source>
        <translation>Arbeiten im Team</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Help on working as a team</source>
        <translation>Hilfe zum Arbeiten im Team</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
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
    <name>WaitingPage</name>
    <message>
        <source>Check now</source>
        <translation>Jetzt prüfen</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <source>choose a folder for the new vault</source>
        <translation>wählen Sie einen Ordner für den neuen Tresor</translation>
    </message>
    <message>
        <source>this is a file, not a folder</source>
        <translation>dies ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <source>there is already a vault in this folder; open it instead</source>
        <translation>in diesem Ordner gibt es bereits einen Tresor; öffnen Sie ihn stattdessen</translation>
    </message>
    <message>
        <source>the folder is not empty; choose an empty or new folder</source>
        <translation>der Ordner ist nicht leer; wählen Sie einen leeren oder neuen Ordner</translation>
    </message>
    <message>
        <source>you cannot write in this place; choose another folder</source>
        <translation>Sie können an diesem Ort nicht schreiben; wählen Sie einen anderen Ordner</translation>
    </message>
    <message>
        <source>enter a user name for the administrator</source>
        <translation>geben Sie einen Benutzernamen für den Administrator ein</translation>
    </message>
    <message>
        <source>a user name is 1 to 64 characters without spaces</source>
        <translation>ein Benutzername hat 1 bis 64 Zeichen ohne Leerzeichen</translation>
    </message>
    <message>
        <source>choose the country from the list</source>
        <translation>wählen Sie das Land aus der Liste</translation>
    </message>
    <message>
        <source>This code does not match. Check the phone&apos;s clock and type the code shown now.</source>
        <translation>Dieser Code stimmt nicht. Prüfen Sie die Uhr des Telefons, und geben Sie den jetzt angezeigten Code ein.</translation>
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
