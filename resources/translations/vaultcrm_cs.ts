<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cs">
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Přidat uživatele</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Uživatelské jméno</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Celé jméno</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>A temporary password is generated; the user chooses their own at first sign-in.</source>
        <translation>Vygeneruje se dočasné heslo; uživatel si při prvním přihlášení zvolí vlastní.</translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <source>Many customer records viewed in a short time</source>
        <translation>Mnoho záznamů zákazníků zobrazeno v krátké době</translation>
    </message>
    <message>
        <source>Many customer records deleted in a short time</source>
        <translation>Mnoho záznamů zákazníků odstraněno v krátké době</translation>
    </message>
    <message>
        <source>Failed sign-ins</source>
        <translation>Neúspěšná přihlášení</translation>
    </message>
    <message>
        <source>Large export</source>
        <translation>Velký export</translation>
    </message>
    <message>
        <source>Sign-in outside working hours</source>
        <translation>Přihlášení mimo pracovní dobu</translation>
    </message>
    <message>
        <source>Audit log chain broken</source>
        <translation>Porušený řetězec protokolu auditu</translation>
    </message>
    <message>
        <source>No verified backup</source>
        <translation>Žádná ověřená záloha</translation>
    </message>
    <message>
        <source>Older key slot refused</source>
        <translation>Odmítnut starší slot klíče</translation>
    </message>
    <message>
        <source>Failed-sign-in record damaged</source>
        <translation>Poškozená evidence neúspěšných přihlášení</translation>
    </message>
    <message>
        <source>Many refused actions</source>
        <translation>Mnoho odmítnutých akcí</translation>
    </message>
    <message>
        <source>Sync refused changes from another device</source>
        <translation>Synchronizace odmítla změny z jiného zařízení</translation>
    </message>
    <message>
        <source>A sign-in as {user} with an older key slot (version {version}, the vault knows {required}) was refused: keyslots.json was replaced with an older copy, or an old password was replayed.</source>
        <translation>Přihlášení jako {user} se starším slotem klíče (verze {version}, trezor zná verzi {required}) bylo odmítnuto: soubor keyslots.json byl nahrazen starší kopií nebo bylo znovu použito staré heslo.</translation>
    </message>
    <message numerus="yes">
        <source>%n key slot(s) older than the vault&apos;s record found in keyslots.json and removed: an older copy of the file was put back.</source>
        <translation>
            <numerusform>V souboru keyslots.json byl nalezen a odstraněn %n slot klíče starší, než eviduje trezor: byla vrácena starší kopie souboru.</numerusform>
            <numerusform>V souboru keyslots.json byly nalezeny a odstraněny %n sloty klíčů starší, než eviduje trezor: byla vrácena starší kopie souboru.</numerusform>
            <numerusform>V souboru keyslots.json bylo nalezeno a odstraněno %n slotů klíčů starších, než eviduje trezor: byla vrácena starší kopie souboru.</numerusform>
        </translation>
    </message>
    <message>
        <source>{user} viewed {count} customer records within {minutes} minutes.</source>
        <translation>Záznamy zákazníků zobrazené uživatelem {user} během {minutes} min: {count}.</translation>
    </message>
    <message>
        <source>{user} was refused {count} actions within {minutes} minutes.</source>
        <translation>Odmítnuté akce uživatele {user} během {minutes} min: {count}.</translation>
    </message>
    <message>
        <source>{user} deleted {count} customer records within {minutes} minutes.</source>
        <translation>Záznamy zákazníků odstraněné uživatelem {user} během {minutes} min: {count}.</translation>
    </message>
    <message numerus="yes">
        <source>{user} exported %n row(s) ({action}).</source>
        <translation>
            <numerusform>Uživatel {user} exportoval %n řádek ({action}).</numerusform>
            <numerusform>Uživatel {user} exportoval %n řádky ({action}).</numerusform>
            <numerusform>Uživatel {user} exportoval %n řádků ({action}).</numerusform>
        </translation>
    </message>
    <message>
        <source>{user} signed in at {time}, outside working hours ({start}–{end}).</source>
        <translation>Uživatel {user} se přihlásil v {time}, mimo pracovní dobu ({start}–{end}).</translation>
    </message>
    <message numerus="yes">
        <source>%n failed sign-in(s) for {user} since the last successful sign-in.</source>
        <translation>
            <numerusform>%n neúspěšné přihlášení uživatele {user} od posledního úspěšného přihlášení.</numerusform>
            <numerusform>%n neúspěšná přihlášení uživatele {user} od posledního úspěšného přihlášení.</numerusform>
            <numerusform>%n neúspěšných přihlášení uživatele {user} od posledního úspěšného přihlášení.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed sign-in(s) with unknown user names since the last successful sign-in.</source>
        <translation>
            <numerusform>%n neúspěšné přihlášení s neznámým uživatelským jménem od posledního úspěšného přihlášení.</numerusform>
            <numerusform>%n neúspěšná přihlášení s neznámými uživatelskými jmény od posledního úspěšného přihlášení.</numerusform>
            <numerusform>%n neúspěšných přihlášení s neznámými uživatelskými jmény od posledního úspěšného přihlášení.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log was modified outside the app: entry {entry} is not what was written ({reason}).</source>
        <translation>Protokol auditu byl změněn mimo aplikaci: záznam {entry} neodpovídá tomu, co bylo zapsáno ({reason}).</translation>
    </message>
    <message numerus="yes">
        <source>No verified backup since {time} (limit: %n day(s)).</source>
        <translation>
            <numerusform>Žádná ověřená záloha od {time} (limit: %n den).</numerusform>
            <numerusform>Žádná ověřená záloha od {time} (limit: %n dny).</numerusform>
            <numerusform>Žádná ověřená záloha od {time} (limit: %n dní).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No verified backup ever (limit: %n day(s)).</source>
        <translation>
            <numerusform>Dosud žádná ověřená záloha (limit: %n den).</numerusform>
            <numerusform>Dosud žádná ověřená záloha (limit: %n dny).</numerusform>
            <numerusform>Dosud žádná ověřená záloha (limit: %n dní).</numerusform>
        </translation>
    </message>
    <message>
        <source>The failed-sign-in record was damaged (found at {time}); it was counted as one failed sign-in and rewritten. Failures before it may be missing.</source>
        <translation>Evidence neúspěšných přihlášení byla poškozená (zjištěno v {time}); byla započtena jako jedno neúspěšné přihlášení a přepsána. Dřívější neúspěšné pokusy mohou chybět.</translation>
    </message>
    <message numerus="yes">
        <source>Sync refused %n segment(s) or change(s) from other devices; the rest was applied.</source>
        <translation>
            <numerusform>Synchronizace odmítla %n segment nebo změnu z jiných zařízení; zbytek byl použit.</numerusform>
            <numerusform>Synchronizace odmítla %n segmenty nebo změny z jiných zařízení; zbytek byl použit.</numerusform>
            <numerusform>Synchronizace odmítla %n segmentů nebo změn z jiných zařízení; zbytek byl použit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertsPage</name>
    <message>
        <source>Security alerts</source>
        <translation>Bezpečnostní výstrahy</translation>
    </message>
    <message>
        <source>Open only</source>
        <translation>Jen otevřené</translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <translation>Potvrdit…</translation>
    </message>
    <message>
        <source>Acknowledge alert</source>
        <translation>Potvrdit výstrahu</translation>
    </message>
    <message>
        <source>What was done (optional):</source>
        <translation>Co bylo provedeno (volitelné):</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Preparing a demo vault with generated customers…</source>
        <translation>Připravuje se ukázkový trezor s vygenerovanými zákazníky…</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>View {0}</source>
        <translation>Zobrazit {0}</translation>
    </message>
    <message>
        <source>This image cannot be shown. Use Save a copy to open it in another program.</source>
        <translation>Tento obrázek nelze zobrazit. Použijte Uložit kopii a otevřete jej v jiném programu.</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>unnamed file</source>
        <translation>soubor bez názvu</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Název</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Velikost</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Přidáno</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Attachments</source>
        <translation>Přílohy</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Přiložené soubory</translation>
    </message>
    <message>
        <source>No files attached yet.</source>
        <translation>Zatím žádné přiložené soubory.</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>Přidat soubor…</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Přiložit soubor</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Zobrazit</translation>
    </message>
    <message>
        <source>View the selected file</source>
        <translation>Zobrazit vybraný soubor</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Uložit kopii…</translation>
    </message>
    <message>
        <source>Save a copy of the selected file</source>
        <translation>Uložit kopii vybraného souboru</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Smazat</translation>
    </message>
    <message>
        <source>Delete the selected file</source>
        <translation>Smazat vybraný soubor</translation>
    </message>
    <message>
        <source>Attached {0}.</source>
        <translation>Přiloženo: {0}.</translation>
    </message>
    <message>
        <source>This kind of file cannot be shown inside the app; use Save a copy.</source>
        <translation>Tento druh souboru nelze v aplikaci zobrazit; použijte Uložit kopii.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Uložit kopii</translation>
    </message>
    <message>
        <source>Saved a copy to {0}.</source>
        <translation>Kopie uložena do {0}.</translation>
    </message>
    <message>
        <source>Delete file</source>
        <translation>Smazat soubor</translation>
    </message>
    <message>
        <source>Delete the attached file {0}? It is removed from the vault for good; this cannot be undone.</source>
        <translation>Smazat přiložený soubor {0}? Bude z trezoru trvale odstraněn; tuto akci nelze vrátit zpět.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Ponechat</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>the head recorded beside the vault</source>
        <translation>konec řetězce zaznamenaný vedle trezoru</translation>
    </message>
    <message>
        <source>not compared: {file} was changed outside the app (damaged, or its MAC does not match)</source>
        <translation>neporovnáno: soubor {file} byl změněn mimo aplikaci (je poškozený nebo jeho MAC nesouhlasí)</translation>
    </message>
    <message>
        <source>the signed backup {name}</source>
        <translation>podepsaná záloha {name}</translation>
    </message>
    <message>
        <source>the backups at {url}</source>
        <translation>zálohy v umístění {url}</translation>
    </message>
    <message>
        <source>not compared: {problem}</source>
        <translation>neporovnáno: {problem}</translation>
    </message>
    <message>
        <source>the verified point</source>
        <translation>ověřený bod</translation>
    </message>
    <message>
        <source>not compared: the restore at entry {seq} ({time}) replaced the history it showed</source>
        <translation>neporovnáno: obnovení ze zálohy (záznam {seq}, {time}) nahradilo zaznamenanou historii</translation>
    </message>
    <message>
        <source>the log still holds entry {seq}</source>
        <translation>protokol stále obsahuje záznam {seq}</translation>
    </message>
    <message>
        <source>entries from {point} on were removed or replaced (log cut or rewritten): {anchor} ({time}) showed entry {seq}, and the log no longer has it</source>
        <translation>záznamy od {point} byly odstraněny nebo nahrazeny (protokol zkrácen nebo přepsán): {anchor} ({time}) uvádí záznam {seq}, který protokol už neobsahuje</translation>
    </message>
    <message>
        <source>entries from {point} on were removed or replaced (log cut or rewritten): {anchor} ({time}) showed entry {seq}, and the log has another entry there</source>
        <translation>záznamy od {point} byly odstraněny nebo nahrazeny (protokol zkrácen nebo přepsán): {anchor} ({time}) uvádí záznam {seq}, ale protokol má na tomto místě jiný záznam</translation>
    </message>
    <message>
        <source>entry missing or out of order (sequence has a gap)</source>
        <translation>záznam chybí nebo není ve správném pořadí (v číslování je mezera)</translation>
    </message>
    <message>
        <source>entry changed, or an entry before it removed or reordered</source>
        <translation>záznam byl změněn nebo byl dřívější záznam odstraněn či přeřazen</translation>
    </message>
    <message>
        <source>the last verified entry was removed or changed (log truncated or rewritten)</source>
        <translation>poslední ověřený záznam byl odstraněn nebo změněn (protokol zkrácen nebo přepsán)</translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <source>Vault created</source>
        <translation>Vytvoření trezoru</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Přihlášení</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Přihlášení se nezdařilo</translation>
    </message>
    <message>
        <source>Sign-in refused: an outdated key slot</source>
        <translation>Přihlášení odmítnuto: zastaralý slot klíče</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Zamčení</translation>
    </message>
    <message>
        <source>Unlocked again after a lock</source>
        <translation>Opětovné odemčení po zamčení</translation>
    </message>
    <message>
        <source>Opened with the recovery key</source>
        <translation>Otevření pomocí klíče pro obnovení</translation>
    </message>
    <message>
        <source>Key slots of inactive users removed</source>
        <translation>Odebrání slotů klíčů neaktivních uživatelů</translation>
    </message>
    <message>
        <source>Viewed a customer</source>
        <translation>Zobrazení zákazníka</translation>
    </message>
    <message>
        <source>Revealed a sensitive field</source>
        <translation>Zobrazení citlivého pole</translation>
    </message>
    <message>
        <source>Searched customers</source>
        <translation>Hledání zákazníků</translation>
    </message>
    <message>
        <source>Created a customer</source>
        <translation>Vytvoření zákazníka</translation>
    </message>
    <message>
        <source>Changed a customer</source>
        <translation>Změna zákazníka</translation>
    </message>
    <message>
        <source>Deleted a customer</source>
        <translation>Odstranění zákazníka</translation>
    </message>
    <message>
        <source>Restored a deleted customer</source>
        <translation>Obnovení odstraněného zákazníka</translation>
    </message>
    <message>
        <source>Erased deleted customers for good</source>
        <translation>Trvalý výmaz odstraněných zákazníků</translation>
    </message>
    <message>
        <source>Merged duplicate customers</source>
        <translation>Sloučení duplicitních zákazníků</translation>
    </message>
    <message>
        <source>Imported customers</source>
        <translation>Import zákazníků</translation>
    </message>
    <message>
        <source>Undid an import</source>
        <translation>Vrácení importu</translation>
    </message>
    <message>
        <source>Exported customers</source>
        <translation>Export zákazníků</translation>
    </message>
    <message>
        <source>Started an export of customers</source>
        <translation>Zahájení exportu zákazníků</translation>
    </message>
    <message>
        <source>Cancelled an export of customers</source>
        <translation>Zrušení exportu zákazníků</translation>
    </message>
    <message>
        <source>Defined a custom field</source>
        <translation>Definice vlastního pole</translation>
    </message>
    <message>
        <source>Created a deal</source>
        <translation>Vytvoření obchodu</translation>
    </message>
    <message>
        <source>Changed a deal</source>
        <translation>Změna obchodu</translation>
    </message>
    <message>
        <source>Deleted a deal</source>
        <translation>Odstranění obchodu</translation>
    </message>
    <message>
        <source>Logged an interaction</source>
        <translation>Zápis interakce</translation>
    </message>
    <message>
        <source>Deleted an interaction</source>
        <translation>Odstranění interakce</translation>
    </message>
    <message>
        <source>Added a contact preference</source>
        <translation>Přidání kontaktní preference</translation>
    </message>
    <message>
        <source>Removed a contact preference</source>
        <translation>Odebrání kontaktní preference</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Zálohování</translation>
    </message>
    <message>
        <source>Verified a backup</source>
        <translation>Ověření zálohy</translation>
    </message>
    <message>
        <source>Restored a backup</source>
        <translation>Obnovení ze zálohy</translation>
    </message>
    <message>
        <source>Re-applied erasures and disabled users after a restore</source>
        <translation>Opětovné použití výmazů a zakázání uživatelů po obnovení</translation>
    </message>
    <message>
        <source>Removed old backups</source>
        <translation>Odebrání starých záloh</translation>
    </message>
    <message>
        <source>Stored backup credentials</source>
        <translation>Uložení přihlašovacích údajů k zálohám</translation>
    </message>
    <message>
        <source>Added a user</source>
        <translation>Přidání uživatele</translation>
    </message>
    <message>
        <source>Disabled a user</source>
        <translation>Zakázání uživatele</translation>
    </message>
    <message>
        <source>Disabled a user again after a restore</source>
        <translation>Opětovné zakázání uživatele po obnovení</translation>
    </message>
    <message>
        <source>Re-enabled a user</source>
        <translation>Opětovné povolení uživatele</translation>
    </message>
    <message>
        <source>Reset a password</source>
        <translation>Resetování hesla</translation>
    </message>
    <message>
        <source>Reset an authenticator</source>
        <translation>Resetování ověřovací aplikace</translation>
    </message>
    <message>
        <source>Changed a user&apos;s profile</source>
        <translation>Změna profilu uživatele</translation>
    </message>
    <message>
        <source>Changed own password</source>
        <translation>Změna vlastního hesla</translation>
    </message>
    <message>
        <source>Changed own authenticator</source>
        <translation>Změna vlastní ověřovací aplikace</translation>
    </message>
    <message>
        <source>Reset with the recovery key</source>
        <translation>Resetování pomocí klíče pro obnovení</translation>
    </message>
    <message>
        <source>Replaced credentials kept after a restore</source>
        <translation>Nahrazení přihlašovacích údajů ponechaných po obnovení</translation>
    </message>
    <message>
        <source>Created a profile</source>
        <translation>Vytvoření profilu</translation>
    </message>
    <message>
        <source>Changed a profile</source>
        <translation>Změna profilu</translation>
    </message>
    <message>
        <source>Deleted a profile</source>
        <translation>Odstranění profilu</translation>
    </message>
    <message>
        <source>Changed a setting</source>
        <translation>Změna nastavení</translation>
    </message>
    <message>
        <source>Verified the audit log</source>
        <translation>Ověření protokolu auditu</translation>
    </message>
    <message>
        <source>Exported the audit log</source>
        <translation>Export protokolu auditu</translation>
    </message>
    <message>
        <source>Acknowledged an alert</source>
        <translation>Potvrzení výstrahy</translation>
    </message>
    <message>
        <source>Refused: not allowed</source>
        <translation>Odmítnuto: nepovoleno</translation>
    </message>
    <message>
        <source>Exported a person&apos;s data (subject access)</source>
        <translation>Export údajů osoby (právo subjektu údajů na přístup)</translation>
    </message>
    <message>
        <source>Erased a person</source>
        <translation>Výmaz osoby</translation>
    </message>
    <message>
        <source>Erased a person again after a restore</source>
        <translation>Opětovný výmaz osoby po obnovení</translation>
    </message>
    <message>
        <source>The erasure ledger was found damaged</source>
        <translation>Zjištěno poškození evidence výmazů</translation>
    </message>
    <message>
        <source>Recorded a consent</source>
        <translation>Zaznamenání souhlasu</translation>
    </message>
    <message>
        <source>Withdrew a consent</source>
        <translation>Odvolání souhlasu</translation>
    </message>
    <message>
        <source>Restricted processing</source>
        <translation>Omezení zpracování</translation>
    </message>
    <message>
        <source>Lifted a restriction</source>
        <translation>Zrušení omezení zpracování</translation>
    </message>
    <message>
        <source>Changed a retention rule</source>
        <translation>Změna pravidla doby uložení</translation>
    </message>
    <message>
        <source>Applied the retention rules</source>
        <translation>Použití pravidel doby uložení</translation>
    </message>
    <message>
        <source>Generated the record of processing</source>
        <translation>Vygenerování záznamů o činnostech zpracování</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ano</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ne</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation>Neúspěšné přihlášení</translation>
    </message>
    <message>
        <source>Added a task</source>
        <translation>Přidán úkol</translation>
    </message>
    <message>
        <source>Changed a task</source>
        <translation>Změněn úkol</translation>
    </message>
    <message>
        <source>Completed a task</source>
        <translation>Splněn úkol</translation>
    </message>
    <message>
        <source>Reopened a task</source>
        <translation>Úkol znovu otevřen</translation>
    </message>
    <message>
        <source>Snoozed a task&apos;s reminder</source>
        <translation>Odloženo připomenutí úkolu</translation>
    </message>
    <message>
        <source>Deleted a task</source>
        <translation>Smazán úkol</translation>
    </message>
    <message>
        <source>Exported tasks and meetings as a calendar</source>
        <translation>Úkoly a schůzky exportovány jako kalendář</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Záloha</translation>
    </message>
    <message>
        <source>Backup verified</source>
        <translation>Záloha ověřena</translation>
    </message>
    <message>
        <source>Pruned old backups</source>
        <translation>Promazání starých záloh</translation>
    </message>
    <message>
        <source>Reset an authenticator enrolment</source>
        <translation>Resetování registrace ověřovací aplikace</translation>
    </message>
    <message>
        <source>Changed own authenticator enrolment</source>
        <translation>Změna registrace vlastní ověřovací aplikace</translation>
    </message>
    <message>
        <source>Made new recovery codes for own account</source>
        <translation>Nové kódy pro obnovení vlastního účtu</translation>
    </message>
    <message>
        <source>Saved the dashboard as a PDF</source>
        <translation>Nástěnka uložena jako PDF</translation>
    </message>
    <message>
        <source>Subject access export</source>
        <translation>Export pro subjekt údajů (právo na přístup)</translation>
    </message>
    <message>
        <source>Attached a file</source>
        <translation>Přiložen soubor</translation>
    </message>
    <message>
        <source>Viewed an attached file</source>
        <translation>Zobrazen přiložený soubor</translation>
    </message>
    <message>
        <source>Saved a copy of an attached file</source>
        <translation>Uložena kopie přiloženého souboru</translation>
    </message>
    <message>
        <source>Deleted an attached file</source>
        <translation>Smazán přiložený soubor</translation>
    </message>
    <message>
        <source>Erasure re-applied after a restore</source>
        <translation>Výmaz znovu použit po obnovení</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Souhlas zaznamenán</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Souhlas odvolán</translation>
    </message>
    <message>
        <source>Processing restricted</source>
        <translation>Zpracování omezeno</translation>
    </message>
    <message>
        <source>Restriction lifted</source>
        <translation>Omezení zrušeno</translation>
    </message>
    <message>
        <source>Retention rule changed</source>
        <translation>Pravidlo doby uložení změněno</translation>
    </message>
    <message>
        <source>Retention rules applied</source>
        <translation>Pravidla doby uložení použita</translation>
    </message>
    <message>
        <source>Record of processing generated</source>
        <translation>Záznamy o činnostech zpracování vygenerovány</translation>
    </message>
    <message>
        <source>Invited a laptop to the team book</source>
        <translation>Pozvání notebooku do týmové databáze</translation>
    </message>
    <message>
        <source>Asked to join a team book</source>
        <translation>Žádost o připojení k týmové databázi</translation>
    </message>
    <message>
        <source>Admitted a device to the team book</source>
        <translation>Přijetí zařízení do týmové databáze</translation>
    </message>
    <message>
        <source>Refused a device&apos;s join request</source>
        <translation>Odmítnutí žádosti zařízení o připojení</translation>
    </message>
    <message>
        <source>Revoked a device</source>
        <translation>Odvolání zařízení</translation>
    </message>
    <message>
        <source>Started a team book</source>
        <translation>Založení týmové databáze</translation>
    </message>
    <message>
        <source>Synced with the team</source>
        <translation>Synchronizace s týmem</translation>
    </message>
    <message>
        <source>Refused a change from another device</source>
        <translation>Odmítnutí změny z jiného zařízení</translation>
    </message>
    <message>
        <source>Resolved a sync conflict</source>
        <translation>Vyřešení konfliktu synchronizace</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit log</source>
        <translation>Protokol auditu</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Uživatel</translation>
    </message>
    <message>
        <source>Filter by user</source>
        <translation>Filtrovat podle uživatele</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Všechny akce</translation>
    </message>
    <message>
        <source>Filter by action</source>
        <translation>Filtrovat podle akce</translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation>ID zákazníka</translation>
    </message>
    <message>
        <source>Filter by customer</source>
        <translation>Filtrovat podle zákazníka</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Počáteční datum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Koncové datum</translation>
    </message>
    <message>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Použít</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Ověřit řetězec</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportovat…</translation>
    </message>
    <message>
        <source>Chain not checked yet in this view.</source>
        <translation>Řetězec v tomto zobrazení zatím nebyl ověřen.</translation>
    </message>
    <message>
        <source>‹ Newer</source>
        <translation>‹ Novější</translation>
    </message>
    <message>
        <source>Newer entries</source>
        <translation>Novější záznamy</translation>
    </message>
    <message>
        <source>Older ›</source>
        <translation>Starší ›</translation>
    </message>
    <message>
        <source>Older entries</source>
        <translation>Starší záznamy</translation>
    </message>
    <message numerus="yes">
        <source>Page {0} of {1} · %Ln entry(s)</source>
        <translation>
            <numerusform>Stránka {0} z {1} · %Ln záznam</numerusform>
            <numerusform>Stránka {0} z {1} · %Ln záznamy</numerusform>
            <numerusform>Stránka {0} z {1} · %Ln záznamů</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Chain intact: %Ln entry(s), every link checked.</source>
        <translation>
            <numerusform>Řetězec je neporušený: %Ln záznam, každé propojení ověřeno.</numerusform>
            <numerusform>Řetězec je neporušený: %Ln záznamy, každé propojení ověřeno.</numerusform>
            <numerusform>Řetězec je neporušený: %Ln záznamů, každé propojení ověřeno.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the chain…</source>
        <translation>Ověřuje se řetězec…</translation>
    </message>
    <message>
        <source>Chain BROKEN at entry {0}: {1}. Keep this vault as evidence and tell your administrator.</source>
        <translation>Řetězec je PORUŠEN u záznamu {0}: {1}. Uchovejte tento trezor jako důkaz a informujte administrátora.</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Exportovat protokol auditu</translation>
    </message>
    <message>
        <source>JSON (*.json);;CSV (*.csv)</source>
        <translation>JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported to {0}.</source>
        <translation>Exportováno do {0}.</translation>
    </message>
</context>
<context>
    <name>AuthenticatorPage</name>
    <message>
        <source>Scan this code with your authenticator app, or type the key into it. Each sign-in asks for the 6-digit code it shows.</source>
        <translation>Naskenujte tento kód ověřovací aplikací nebo do ní zadejte klíč. Každé přihlášení vyžaduje šestimístný kód, který zobrazí.</translation>
    </message>
    <message>
        <source>Authenticator key</source>
        <translation>Klíč ověřovací aplikace</translation>
    </message>
    <message>
        <source>Code from the app</source>
        <translation>Kód z aplikace</translation>
    </message>
    <message>
        <source>Code shown now:</source>
        <translation>Aktuálně zobrazený kód:</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up now</source>
        <translation>Zálohovat nyní</translation>
    </message>
    <message>
        <source>Backup location</source>
        <translation>Umístění záloh</translation>
    </message>
    <message>
        <source>A folder, or sftp://, webdav://, s3:// …</source>
        <translation>Složka nebo sftp://, webdav://, s3:// …</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Složka…</translation>
    </message>
    <message>
        <source>Back up to:</source>
        <translation>Zálohovat do:</translation>
    </message>
    <message>
        <source>The archive is encrypted to the vault&apos;s recovery key, signed, then read back and verified.</source>
        <translation>Archiv se zašifruje pro klíč pro obnovení trezoru, podepíše, pak znovu načte a ověří.</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Zálohovat</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Složka záloh</translation>
    </message>
    <message>
        <source>Choose where to back up.</source>
        <translation>Zvolte, kam zálohovat.</translation>
    </message>
    <message>
        <source>Backed up.</source>
        <translation>Zálohováno.</translation>
    </message>
    <message>
        <source>Backed up and verified ({0}). The archive is:
{1}</source>
        <translation>Zálohováno a ověřeno ({0}). Archiv:
{1}</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>No verified backup yet.</source>
        <translation>Zatím žádná ověřená záloha.</translation>
    </message>
    <message numerus="yes">
        <source>Last verified backup is %n day(s) old.</source>
        <translation>
            <numerusform>Poslední ověřená záloha je %n den stará.</numerusform>
            <numerusform>Poslední ověřená záloha je %n dny stará.</numerusform>
            <numerusform>Poslední ověřená záloha je %n dní stará.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last verified backup: {time} UTC.</source>
        <translation>Poslední ověřená záloha: {time} UTC.</translation>
    </message>
    <message numerus="yes">
        <source>%n erasure(s)</source>
        <translation>
            <numerusform>%n výmaz</numerusform>
            <numerusform>%n výmazy</numerusform>
            <numerusform>%n výmazů</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disabled user(s)</source>
        <translation>
            <numerusform>%n zakázaný uživatel</numerusform>
            <numerusform>%n zakázaní uživatelé</numerusform>
            <numerusform>%n zakázaných uživatelů</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential change(s)</source>
        <translation>
            <numerusform>%n změna přihlašovacích údajů</numerusform>
            <numerusform>%n změny přihlašovacích údajů</numerusform>
            <numerusform>%n změn přihlašovacích údajů</numerusform>
        </translation>
    </message>
    <message>
        <source>re-applied {items}</source>
        <translation>znovu použito: {items}</translation>
    </message>
    <message>
        <source>Backups: not set up</source>
        <translation>Zálohy: nenastaveno</translation>
    </message>
    <message>
        <source>the vault&apos;s keyslots.json</source>
        <translation>soubor keyslots.json trezoru</translation>
    </message>
    <message>
        <source>pinned on this machine ({fingerprint})</source>
        <translation>připnut v tomto počítači ({fingerprint})</translation>
    </message>
    <message>
        <source>trusted on first use ({fingerprint}): compare it with the fingerprint on the recovery sheet</source>
        <translation>důvěryhodný při prvním použití ({fingerprint}): porovnejte ho s otiskem na listu pro obnovení</translation>
    </message>
    <message>
        <source>no pinned key</source>
        <translation>žádný připnutý klíč</translation>
    </message>
    <message>
        <source>the fingerprint given ({fingerprint})</source>
        <translation>zadaný otisk ({fingerprint})</translation>
    </message>
    <message>
        <source>no signature carries the fingerprint given</source>
        <translation>žádný podpis nenese zadaný otisk</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>poškozeno</translation>
    </message>
    <message>
        <source>sequences 1..{last} are missing before {name}</source>
        <translation>před {name} chybí pořadová čísla 1..{last}</translation>
    </message>
    <message>
        <source>two archives claim sequence {sequence}</source>
        <translation>pořadové číslo {sequence} uvádějí dva archivy</translation>
    </message>
    <message>
        <source>sequence {missing} missing between {previous} and {name}: an archive was deleted</source>
        <translation>mezi {previous} a {name} chybí pořadové číslo {missing}: archiv byl odstraněn</translation>
    </message>
    <message>
        <source>{name} does not follow {previous}: an archive was replaced</source>
        <translation>{name} nenavazuje na {previous}: archiv byl nahrazen</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>{size} bajtů</translation>
    </message>
    <message>
        <source>{size} bytes, the signature says {signed}</source>
        <translation>{size} bajtů, podpis uvádí {signed}</translation>
    </message>
    <message>
        <source>{digest}, the signature says {signed}</source>
        <translation>{digest}, podpis uvádí {signed}</translation>
    </message>
    <message>
        <source>{name} is missing (its signature is there)</source>
        <translation>{name} chybí (jeho podpis existuje)</translation>
    </message>
    <message>
        <source>{name} is not a VaultCRM archive name</source>
        <translation>{name} není název archivu VaultCRM</translation>
    </message>
    <message>
        <source>{name}.sig is missing: an incomplete or foreign upload</source>
        <translation>{name}.sig chybí: neúplné nebo cizí nahrání</translation>
    </message>
    <message>
        <source>no trusted key</source>
        <translation>žádný důvěryhodný klíč</translation>
    </message>
    <message>
        <source>Ed25519 by {fingerprint}, sequence {sequence}</source>
        <translation>Ed25519 klíčem {fingerprint}, pořadové číslo {sequence}</translation>
    </message>
    <message>
        <source>no gap up to sequence {sequence}</source>
        <translation>žádná mezera až po pořadové číslo {sequence}</translation>
    </message>
    <message>
        <source>age decrypted and authenticated every chunk</source>
        <translation>age dešifroval a ověřil každý blok</translation>
    </message>
    <message>
        <source>manifest.json is missing or damaged ({reason})</source>
        <translation>manifest.json chybí nebo je poškozený ({reason})</translation>
    </message>
    <message>
        <source>SHA-256 of keyslots.json and vault.db match the manifest</source>
        <translation>SHA-256 souborů trezoru keyslots.json a vault.db odpovídají manifestu</translation>
    </message>
    <message>
        <source>differ from the manifest: {members}</source>
        <translation>liší se od manifestu: {members}</translation>
    </message>
    <message>
        <source>agrees with the signature</source>
        <translation>shoduje se s podpisem</translation>
    </message>
    <message>
        <source>differs from the signature in {fields}</source>
        <translation>liší se od podpisu v polích {fields}</translation>
    </message>
    <message>
        <source>the manifest holds no database key</source>
        <translation>manifest neobsahuje klíč databáze</translation>
    </message>
    <message>
        <source>integrity_check and cipher_integrity_check: ok</source>
        <translation>integrity_check a cipher_integrity_check: ok</translation>
    </message>
    <message>
        <source>the database does not open with the manifest&apos;s key ({reason})</source>
        <translation>databáze se klíčem z manifestu neotevře ({reason})</translation>
    </message>
    <message>
        <source>{rows} rows in {tables} tables match the manifest</source>
        <translation>počet řádků ({rows}) v tabulkách ({tables}) odpovídá manifestu</translation>
    </message>
    <message>
        <source>row counts differ in {tables}</source>
        <translation>počty řádků se liší v tabulkách: {tables}</translation>
    </message>
    <message>
        <source>schema version {version}</source>
        <translation>verze schématu {version}</translation>
    </message>
    <message>
        <source>same vault and signing key; recovery slot not checked (this key is an extra recipient, not the vault&apos;s recovery key: it cannot restore)</source>
        <translation>stejný trezor i podpisový klíč; slot pro obnovení neověřen (tento klíč je další příjemce, ne klíč pro obnovení trezoru: obnovit nemůže)</translation>
    </message>
    <message>
        <source>same vault and signing key; recovery slot opens; MAC valid</source>
        <translation>stejný trezor i podpisový klíč; slot pro obnovení se otevírá; MAC platný</translation>
    </message>
</context>
<context>
    <name>BinDialog</name>
    <message>
        <source>Deleted customers</source>
        <translation>Odstranění zákazníci</translation>
    </message>
    <message>
        <source>Deleted customers can be restored until the date shown; then they are erased for good, with their contact details, interactions and deals (see Settings).</source>
        <translation>Odstraněné zákazníky lze obnovit do zobrazeného data; poté budou trvale vymazáni i s kontaktními údaji, interakcemi a obchody (viz Nastavení).</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Obnovit</translation>
    </message>
</context>
<context>
    <name>BusyBar</name>
    <message>
        <source>Working</source>
        <translation>Pracuje se</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>Meeting: {customer}</source>
        <translation>Schůzka: {customer}</translation>
    </message>
    <message>
        <source>Customer: {customer}</source>
        <translation>Zákazník: {customer}</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Změnit heslo</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Aktuální heslo</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nové heslo</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>Zopakujte nové heslo</translation>
    </message>
    <message>
        <source>Fill in the current password and an accepted new one.</source>
        <translation>Zadejte aktuální heslo a nové heslo, které splňuje požadavky.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>interrupted</source>
        <translation>přerušeno</translation>
    </message>
    <message>
        <source>unexpected error ({kind}: {error})</source>
        <translation>neočekávaná chyba ({kind}: {error})</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n audit entry(s) to {path}.</source>
        <translation>
            <numerusform>Exportován %n záznam auditu do {path}.</numerusform>
            <numerusform>Exportovány %n záznamy auditu do {path}.</numerusform>
            <numerusform>Exportováno %n záznamů auditu do {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>({shown} of {total}; use --offset/--limit for more)</source>
        <translation>({shown} z {total}; další zobrazíte pomocí --offset/--limit)</translation>
    </message>
    <message numerus="yes">
        <source>Audit log intact: %n entry(s).</source>
        <translation>
            <numerusform>Protokol auditu je neporušený: %n záznam.</numerusform>
            <numerusform>Protokol auditu je neporušený: %n záznamy.</numerusform>
            <numerusform>Protokol auditu je neporušený: %n záznamů.</numerusform>
        </translation>
    </message>
    <message>
        <source>AUDIT LOG BROKEN at entry {seq} ({at} {action}): {reason}</source>
        <translation>PROTOKOL AUDITU PORUŠEN u záznamu {seq} ({at} {action}): {reason}</translation>
    </message>
    <message>
        <source>Alert {id} acknowledged.</source>
        <translation>Výstraha {id} potvrzena.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>otevřená</translation>
    </message>
    <message>
        <source>ack {user}</source>
        <translation>potvrdil(a) {user}</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>předdefinovaný</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>vlastní</translation>
    </message>
    <message>
        <source>Created profile {name}.</source>
        <translation>Profil {name} vytvořen.</translation>
    </message>
    <message>
        <source>Deleted profile {name}.</source>
        <translation>Profil {name} odstraněn.</translation>
    </message>
    <message>
        <source>Backed up to {url}.</source>
        <translation>Zálohováno do {url}.</translation>
    </message>
    <message>
        <source>{size} bytes, SHA-256 {sha256}, sequence {sequence}, read back and verified: {verified}</source>
        <translation>{size} bajtů, SHA-256 {sha256}, pořadové číslo {sequence}, zpětně načteno a ověřeno: {verified}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ano</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NE</translation>
    </message>
    <message>
        <source>Pruned by retention: {archives}</source>
        <translation>Promazáno podle pravidel uchovávání záloh: {archives}</translation>
    </message>
    <message>
        <source>Warning: the signed revocation ledger could not be written at the location (the archive&apos;s manifest carries it; the next backup tries again).</source>
        <translation>Upozornění: podepsanou evidenci odvolání se do umístění nepodařilo zapsat (nese ji manifest archivu; příští záloha to zkusí znovu).</translation>
    </message>
    <message>
        <source>No signed archives here.</source>
        <translation>Nejsou zde žádné podepsané archivy.</translation>
    </message>
    <message>
        <source>Verified (deep)</source>
        <translation>Ověřeno (důkladně)</translation>
    </message>
    <message>
        <source>Verified (quick)</source>
        <translation>Ověřeno (rychle)</translation>
    </message>
    <message>
        <source>VERIFICATION FAILED (deep)</source>
        <translation>OVĚŘENÍ SELHALO (důkladné)</translation>
    </message>
    <message>
        <source>VERIFICATION FAILED (quick)</source>
        <translation>OVĚŘENÍ SELHALO (rychlé)</translation>
    </message>
    <message numerus="yes">
        <source>Restored {archive} into {vault} (%n row(s)).</source>
        <translation>
            <numerusform>Archiv {archive} obnoven do trezoru {vault} (%n řádek).</numerusform>
            <numerusform>Archiv {archive} obnoven do trezoru {vault} (%n řádky).</numerusform>
            <numerusform>Archiv {archive} obnoven do trezoru {vault} (%n řádků).</numerusform>
        </translation>
    </message>
    <message>
        <source>Signer: {signer}</source>
        <translation>Podepsal: {signer}</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>nic nenalezeno</translation>
    </message>
    <message>
        <source>Revocation ledger: {summary} (from: {sources})</source>
        <translation>Evidence odvolání: {summary} (zdroje: {sources})</translation>
    </message>
    <message>
        <source>Their password changed after this backup; give them a new one (user reset-password): {users}</source>
        <translation>Heslo těchto uživatelů se po této záloze změnilo; přidělte jim nové (user reset-password): {users}</translation>
    </message>
    <message>
        <source>Warning: {problem}</source>
        <translation>Upozornění: {problem}</translation>
    </message>
    <message>
        <source>Secret for the location: </source>
        <translation>Tajný údaj pro umístění: </translation>
    </message>
    <message>
        <source>Stored the secret for {key} in the {place}.</source>
        <translation>Tajný údaj pro {key} byl uložen ({place}).</translation>
    </message>
    <message>
        <source>would prune {archive}</source>
        <translation>promazal by se archiv {archive}</translation>
    </message>
    <message>
        <source>keep {archive} ({reasons})</source>
        <translation>ponechat {archive} ({reasons})</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Heslo: </translation>
    </message>
    <message>
        <source>Code from your authenticator app: </source>
        <translation>Kód z ověřovací aplikace: </translation>
    </message>
    <message>
        <source>Customer {id} changed (version {version}).</source>
        <translation>Zákazník {id} změněn (verze {version}).</translation>
    </message>
    <message>
        <source>Customer {id} moved to the bin.</source>
        <translation>Zákazník {id} přesunut do koše.</translation>
    </message>
    <message>
        <source>Wrote {path} and {html} ({sections}).</source>
        <translation>Zapsány soubory {path} a {html} ({sections}).</translation>
    </message>
    <message>
        <source>Erased customer {id} (ledger entry {entry}).</source>
        <translation>Zákazník {id} vymazán (záznam evidence {entry}).</translation>
    </message>
    <message>
        <source>Processing of customer {id} is restricted.</source>
        <translation>Zpracování zákazníka {id} je omezeno.</translation>
    </message>
    <message>
        <source>Restriction lifted for customer {id}.</source>
        <translation>Omezení zpracování zákazníka {id} zrušeno.</translation>
    </message>
    <message>
        <source>Recorded consent {id}.</source>
        <translation>Souhlas {id} zaznamenán.</translation>
    </message>
    <message>
        <source>Consent {id} withdrawn.</source>
        <translation>Souhlas {id} odvolán.</translation>
    </message>
    <message>
        <source>Added retention rule {id}.</source>
        <translation>Pravidlo doby uložení {id} přidáno.</translation>
    </message>
    <message>
        <source>{id}  {name}  ({rule}, last activity {at})</source>
        <translation>{id}  {name}  ({rule}, poslední aktivita {at})</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) would be erased (preview; add --apply to erase them).</source>
        <translation>
            <numerusform>%n osoba by byla vymazána (náhled; k vymazání přidejte --apply).</numerusform>
            <numerusform>%n osoby by byly vymazány (náhled; k vymazání přidejte --apply).</numerusform>
            <numerusform>%n osob by bylo vymazáno (náhled; k vymazání přidejte --apply).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erased %n person(s).</source>
        <translation>
            <numerusform>Vymazána %n osoba.</numerusform>
            <numerusform>Vymazány %n osoby.</numerusform>
            <numerusform>Vymazáno %n osob.</numerusform>
        </translation>
    </message>
    <message>
        <source>Invitation for {user} ({profile}) written to {path}; it expires on {time}.</source>
        <translation>Pozvánka pro uživatele {user} ({profile}) zapsána do {path}; platnost vyprší {time}.</translation>
    </message>
    <message>
        <source>ONE-TIME CODE (tell it to {user} separately from the file; shown once): {code}</source>
        <translation>JEDNORÁZOVÝ KÓD (sdělte ho uživateli {user} odděleně od souboru; zobrazí se jen jednou): {code}</translation>
    </message>
    <message>
        <source>Roster fingerprint: {fingerprint}</source>
        <translation>Otisk seznamu členů: {fingerprint}</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>Nové heslo: </translation>
    </message>
    <message>
        <source>One-time code: </source>
        <translation>Jednorázový kód: </translation>
    </message>
    <message>
        <source>Created vault {id} in {folder} for {user}.</source>
        <translation>Trezor {id} vytvořen ve složce {folder} pro uživatele {user}.</translation>
    </message>
    <message>
        <source>Device {device} asked to join; waiting for an administrator to approve it.</source>
        <translation>Zařízení {device} požádalo o připojení; čeká na schválení administrátorem.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nikdy</translation>
    </message>
    <message>
        <source>(stale)</source>
        <translation>(neaktivní)</translation>
    </message>
    <message>
        <source>(this device)</source>
        <translation>(toto zařízení)</translation>
    </message>
    <message>
        <source>Device {device} of {user} is on the team&apos;s roster (version {version}).</source>
        <translation>Zařízení {device} uživatele {user} je na seznamu členů týmu (verze {version}).</translation>
    </message>
    <message>
        <source>Device {device} is revoked; its segments after number {seq} are refused.</source>
        <translation>Zařízení {device} je odvoláno; jeho segmenty s číslem vyšším než {seq} se odmítají.</translation>
    </message>
    <message>
        <source>Device {device} asked to join again; the administrator approving it should see the fingerprint {fingerprint}.</source>
        <translation>Zařízení {device} znovu požádalo o připojení; administrátor, který ho schvaluje, by měl vidět otisk {fingerprint}.</translation>
    </message>
    <message>
        <source>Created vault {id} in {folder}.</source>
        <translation>Trezor {id} vytvořen ve složce {folder}.</translation>
    </message>
    <message>
        <source>Administrator: {user}</source>
        <translation>Administrátor: {user}</translation>
    </message>
    <message>
        <source>TOTP secret (add it to your authenticator app): {secret}</source>
        <translation>Tajný klíč TOTP (přidejte ho do ověřovací aplikace): {secret}</translation>
    </message>
    <message>
        <source>TOTP URI: {uri}</source>
        <translation>URI TOTP: {uri}</translation>
    </message>
    <message>
        <source>RECOVERY KEY (print it and keep it safe; shown once): {key}</source>
        <translation>KLÍČ PRO OBNOVENÍ (vytiskněte ho a uložte na bezpečné místo; zobrazí se jen jednou): {key}</translation>
    </message>
    <message>
        <source>Signing key fingerprint: {fingerprint}</source>
        <translation>Otisk podpisového klíče: {fingerprint}</translation>
    </message>
    <message>
        <source>Recovery codes (each works once): {codes}</source>
        <translation>Kódy pro obnovení (každý funguje jen jednou): {codes}</translation>
    </message>
    <message>
        <source>Losing both your password and the recovery key loses the data.</source>
        <translation>Ztratíte-li heslo i klíč pro obnovení, přijdete o data.</translation>
    </message>
    <message>
        <source>Current password: </source>
        <translation>Aktuální heslo: </translation>
    </message>
    <message>
        <source>Password changed for {user}.</source>
        <translation>Heslo uživatele {user} změněno.</translation>
    </message>
    <message>
        <source>New password and TOTP enrolment for {user}.</source>
        <translation>Nové heslo a registrace TOTP pro uživatele {user}.</translation>
    </message>
    <message>
        <source>TOTP secret: {secret}</source>
        <translation>Tajný klíč TOTP: {secret}</translation>
    </message>
    <message>
        <source>Recovery codes: {codes}</source>
        <translation>Kódy pro obnovení: {codes}</translation>
    </message>
    <message>
        <source>Password for the new user: </source>
        <translation>Heslo nového uživatele: </translation>
    </message>
    <message>
        <source>Added {user} ({profile}).</source>
        <translation>Uživatel {user} přidán ({profile}).</translation>
    </message>
    <message>
        <source>last sign-in: {time}</source>
        <translation>poslední přihlášení: {time}</translation>
    </message>
    <message>
        <source>last sign-in: never</source>
        <translation>poslední přihlášení: nikdy</translation>
    </message>
    <message>
        <source>Disabled {user}.</source>
        <translation>Uživatel {user} zakázán.</translation>
    </message>
    <message>
        <source>Re-enabled {user}; they must choose a new password at sign-in.</source>
        <translation>Uživatel {user} znovu povolen; při přihlášení si musí zvolit nové heslo.</translation>
    </message>
    <message>
        <source>Temporary password set for {user}; they must change it at sign-in.</source>
        <translation>Uživateli {user} bylo nastaveno dočasné heslo; při přihlášení ho musí změnit.</translation>
    </message>
    <message>
        <source>New authenticator enrolment for {user} (temporary password set).</source>
        <translation>Nová registrace ověřovací aplikace pro uživatele {user} (nastaveno dočasné heslo).</translation>
    </message>
    <message>
        <source>{user} now has the profile {profile}.</source>
        <translation>Uživatel {user} má nyní profil {profile}.</translation>
    </message>
    <message>
        <source>Temporary password: </source>
        <translation>Dočasné heslo: </translation>
    </message>
    <message>
        <source>Would import {imported}, skipped {skipped} (dry run: nothing written).</source>
        <translation>Importovalo by se: {imported}, přeskočilo by se: {skipped} (zkušební běh: nic nebylo zapsáno).</translation>
    </message>
    <message>
        <source>Imported {imported}, skipped {skipped}.</source>
        <translation>Importováno: {imported}, přeskočeno: {skipped}.</translation>
    </message>
    <message>
        <source>encoding: {encoding}</source>
        <translation>kódování: {encoding}</translation>
    </message>
    <message>
        <source>encoding: {encoding} (a guess)</source>
        <translation>kódování: {encoding} (odhad)</translation>
    </message>
    <message>
        <source>  warning: {where}: {reason}</source>
        <translation>  upozornění: {where}: {reason}</translation>
    </message>
    <message>
        <source>  {where}: {reason}</source>
        <translation>  {where}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n customer(s) to {path}.</source>
        <translation>
            <numerusform>Exportován %n zákazník do {path}.</numerusform>
            <numerusform>Exportováni %n zákazníci do {path}.</numerusform>
            <numerusform>Exportováno %n zákazníků do {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No customers found.</source>
        <translation>Nebyli nalezeni žádní zákazníci.</translation>
    </message>
    <message>
        <source>This vault is now the first device of team book {book}.</source>
        <translation>Tento trezor je nyní prvním zařízením týmové databáze {book}.</translation>
    </message>
    <message>
        <source>Device: {device}</source>
        <translation>Zařízení: {device}</translation>
    </message>
    <message>
        <source>Genesis fingerprint (compare it on every invitation): {fingerprint}</source>
        <translation>Otisk počáteční verze seznamu členů (porovnejte ho u každé pozvánky): {fingerprint}</translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>Poslední synchronizace: {when}</translation>
    </message>
    <message>
        <source>Changes waiting: {count}</source>
        <translation>Čekající změny: {count}</translation>
    </message>
    <message>
        <source>Location: {url}</source>
        <translation>Umístění: {url}</translation>
    </message>
    <message>
        <source>Book: {book}  device: {device}</source>
        <translation>Databáze: {book}  zařízení: {device}</translation>
    </message>
    <message>
        <source>refused: {device} segment {segment}: {reason}</source>
        <translation>odmítnuto: {device}, segment {segment}: {reason}</translation>
    </message>
    <message>
        <source>Stale devices: unknown (the location cannot be reached).</source>
        <translation>Neaktivní zařízení: neznámá (umístění synchronizace není dostupné).</translation>
    </message>
    <message>
        <source>Stale device: {device} ({user}), last seen {when}; it holds compaction back until it syncs or is revoked.</source>
        <translation>Neaktivní zařízení: {device} ({user}), naposledy viděno {when}; zdržuje zhutnění, dokud se nesynchronizuje nebo nebude odvoláno.</translation>
    </message>
    <message>
        <source>warning: the changes of device {device} are dated {minutes} min ahead of this computer&apos;s clock; check that device&apos;s clock.</source>
        <translation>varování: změny zařízení {device} jsou datovány o {minutes} min dopředu oproti hodinám tohoto počítače; zkontrolujte hodiny onoho zařízení.</translation>
    </message>
    <message>
        <source>warning: this computer&apos;s clock differs from the sync location&apos;s by {minutes} min; check the clock.</source>
        <translation>varování: hodiny tohoto počítače se od času umístění synchronizace liší o {minutes} min; zkontrolujte hodiny.</translation>
    </message>
    <message>
        <source>Conflict {id} resolved: {value}</source>
        <translation>Konflikt {id} vyřešen: {value}</translation>
    </message>
    <message>
        <source>{id}  {at}  {table}.{field} of {uid}: kept {kept} (from {kept_from}), other {other} (from {other_from})</source>
        <translation>{id}  {at}  {table}.{field} záznamu {uid}: ponecháno (kept) {kept} (z {kept_from}), druhá hodnota (other) {other} (z {other_from})</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Žádné konflikty.</translation>
    </message>
    <message>
        <source>No deals.</source>
        <translation>Žádné obchody.</translation>
    </message>
    <message>
        <source>Added task {id}.</source>
        <translation>Přidán úkol {id}.</translation>
    </message>
    <message>
        <source>No tasks.</source>
        <translation>Žádné úkoly.</translation>
    </message>
    <message>
        <source>Task {id} is open again.</source>
        <translation>Úkol {id} je znovu otevřený.</translation>
    </message>
    <message>
        <source>Task {id} is done.</source>
        <translation>Úkol {id} je splněn.</translation>
    </message>
    <message>
        <source>Next occurrence: task {id}.</source>
        <translation>Další výskyt: úkol {id}.</translation>
    </message>
    <message>
        <source>Wrote {path} ({tasks} tasks, {meetings} meetings).</source>
        <translation>Zapsáno {path} (úkoly: {tasks}, schůzky: {meetings}).</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Time</source>
        <translation>Čas</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Závažnost</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Výstraha</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Uživatel</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Zpráva</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Potvrzeno</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Akce</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Podrobnosti</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Jméno</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Poslední přihlášení</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>Musí změnit heslo</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Odstraněno</translation>
    </message>
    <message>
        <source>Erased for good on</source>
        <translation>Trvale vymazáno dne</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Město</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Vlastník</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Poslední kontakt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualizováno</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Sloupec v souboru</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Příklad</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Cílové pole</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Kde</translation>
    </message>
    <message>
        <source>Why it was not imported</source>
        <translation>Proč nebylo importováno</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Naposledy viděno</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>Zpoždění</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Zařízení</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Záznam</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Aktuální hodnota</translation>
    </message>
    <message>
        <source>Current by</source>
        <translation>Zdroj aktuální hodnoty</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Druhá hodnota</translation>
    </message>
    <message>
        <source>Other by</source>
        <translation>Zdroj druhé hodnoty</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kdy</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>Conflicts</source>
        <translation>Konflikty</translation>
    </message>
    <message>
        <source>Keep the current value</source>
        <translation>Ponechat aktuální hodnotu</translation>
    </message>
    <message>
        <source>Take the other value</source>
        <translation>Použít druhou hodnotu</translation>
    </message>
    <message>
        <source>The current value is the one every device holds now. Select one or more rows and keep it, or take the other value instead; either choice is recorded in the audit log and synced to the team.</source>
        <translation>Aktuální hodnota je ta, kterou nyní mají všechna zařízení. Vyberte jeden nebo více řádků a ponechte ji, nebo místo ní použijte druhou hodnotu; každá volba se zaznamená do protokolu auditu a synchronizuje s týmem.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) resolved.</source>
        <translation>
            <numerusform>Vyřešen %n konflikt.</numerusform>
            <numerusform>Vyřešeny %n konflikty.</numerusform>
            <numerusform>Vyřešeno %n konfliktů.</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflict {0} was not: {1}</source>
        <translation>Konflikt {0} nebyl vyřešen: {1}</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>Consent</source>
        <translation>Souhlas</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Smlouva</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Právní povinnost</translation>
    </message>
    <message>
        <source>Vital interests</source>
        <translation>Životně důležité zájmy</translation>
    </message>
    <message>
        <source>Public task</source>
        <translation>Úkol ve veřejném zájmu</translation>
    </message>
    <message>
        <source>Legitimate interests</source>
        <translation>Oprávněné zájmy</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record consent</source>
        <translation>Zaznamenat souhlas</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Účel</translation>
    </message>
    <message>
        <source>e.g. newsletter, phone marketing</source>
        <translation>např. newsletter, telefonický marketing</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Právní základ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Zdroj</translation>
    </message>
    <message>
        <source>Where it was given, e.g. web form, signed paper</source>
        <translation>Kde byl udělen, např. webový formulář, podepsaný dokument</translation>
    </message>
    <message>
        <source>A purpose of 1 to 200 characters is needed.</source>
        <translation>Je nutné zadat účel o délce 1 až 200 znaků.</translation>
    </message>
</context>
<context>
    <name>ContactLabel</name>
    <message>
        <source>work</source>
        <translation>pracovní</translation>
    </message>
    <message>
        <source>home</source>
        <translation>domácí</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobil</translation>
    </message>
    <message>
        <source>other</source>
        <translation>jiný</translation>
    </message>
    <message>
        <source>main</source>
        <translation>hlavní</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>fax</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>pager</translation>
    </message>
</context>
<context>
    <name>CountryBox</name>
    <message>
        <source>(not chosen)</source>
        <translation>(nevybráno)</translation>
    </message>
</context>
<context>
    <name>CustomerEditor</name>
    <message>
        <source>Edit customer</source>
        <translation>Upravit zákazníka</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Nový zákazník</translation>
    </message>
    <message>
        <source>Reload the record</source>
        <translation>Znovu načíst záznam</translation>
    </message>
    <message>
        <source>Open the existing one</source>
        <translation>Otevřít existující</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Jméno</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Příjmení</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Pracovní pozice</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>E-mails (one a line, &quot;work: a@b.com&quot;)</source>
        <translation>E-maily (jeden na řádek, „práce: a@b.com“)</translation>
    </message>
    <message>
        <source>Phones (one a line)</source>
        <translation>Telefony (jeden na řádek)</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Ulice</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>PSČ</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Město</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Země</translation>
    </message>
    <message>
        <source>Tags (comma-separated)</source>
        <translation>Štítky (oddělené čárkami)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Poznámky</translation>
    </message>
    <message>
        <source>Sensitive: your profile cannot see or fill it in.</source>
        <translation>Citlivé: váš profil toto pole nemůže zobrazit ani vyplnit.</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Zahodit změny?</translation>
    </message>
    <message>
        <source>What you typed for this customer has not been saved. Discard it?</source>
        <translation>Údaje, které jste u tohoto zákazníka zadali, nebyly uloženy. Zahodit je?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Zahodit</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Pokračovat v úpravách</translation>
    </message>
    <message>
        <source>This looks like a customer you already have ({0}). Save anyway to create it, or open the existing one.</source>
        <translation>Vypadá to na zákazníka, kterého už máte ({0}). Klikněte na Přesto uložit, chcete-li ho vytvořit, nebo otevřete existujícího.</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Přesto uložit</translation>
    </message>
    <message>
        <source>Please correct the fields marked below.</source>
        <translation>Opravte níže označená pole.</translation>
    </message>
    <message>
        <source>Reloaded the current version. Make your changes again.</source>
        <translation>Načtena aktuální verze. Proveďte změny znovu.</translation>
    </message>
</context>
<context>
    <name>CustomerFormDialog</name>
    <message>
        <source>Discard changes?</source>
        <translation>Zahodit změny?</translation>
    </message>
    <message>
        <source>What you typed has not been saved. Discard it?</source>
        <translation>Zadané údaje nebyly uloženy. Zahodit je?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Zahodit</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Pokračovat v úpravách</translation>
    </message>
    <message>
        <source>Please correct the fields marked below.</source>
        <translation>Opravte níže označená pole.</translation>
    </message>
</context>
<context>
    <name>CustomerTable</name>
    <message>
        <source>Customer list</source>
        <translation>Seznam zákazníků</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <source>This column cannot be sorted</source>
        <translation>Podle tohoto sloupce nelze řadit</translation>
    </message>
    <message>
        <source>{0} (sync conflict)</source>
        <translation>{0} (konflikt synchronizace)</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>Search name, company, e-mail, phone, city…  (Ctrl+F)</source>
        <translation>Hledat jméno, firmu, e-mail, telefon, město…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Hledat zákazníky</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtr stavu</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Libovolný stav</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Štítek</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>Filtr štítku</translation>
    </message>
    <message>
        <source>Owner filter</source>
        <translation>Filtr vlastníka</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Libovolný vlastník</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Sloupce</translation>
    </message>
    <message>
        <source>Choose columns</source>
        <translation>Zvolit sloupce</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Nový zákazník</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Hledat</translation>
    </message>
    <message>
        <source>New customer…</source>
        <translation>Nový zákazník…</translation>
    </message>
    <message>
        <source>Edit customer…</source>
        <translation>Upravit zákazníka…</translation>
    </message>
    <message>
        <source>Delete customer</source>
        <translation>Odstranit zákazníka</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Vrátit odstranění</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importovat…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportovat…</translation>
    </message>
    <message>
        <source>Deleted customers…</source>
        <translation>Odstranění zákazníci…</translation>
    </message>
    <message>
        <source>Find duplicates…</source>
        <translation>Najít duplicity…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualizovat</translation>
    </message>
    <message>
        <source>{0} customers</source>
        <translation>Zákazníci: {0}</translation>
    </message>
    <message>
        <source>1 customer</source>
        <translation>1 zákazník</translation>
    </message>
    <message>
        <source>Delete {0}? You can undo this right after, or restore it from the bin later.</source>
        <translation>Odstranit zákazníka {0}? Hned poté to můžete vrátit zpět nebo ho později obnovit z koše.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Odstranit</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Ponechat</translation>
    </message>
    <message>
        <source>{0} was deleted.</source>
        <translation>Zákazník {0} byl odstraněn.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Vrátit zpět</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Open</source>
        <translation>Otevřený</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Kvalifikovaný</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Nabídka</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Vyjednávání</translation>
    </message>
    <message>
        <source>Pipeline value by stage ({0})</source>
        <translation>Hodnota obchodů podle fáze ({0})</translation>
    </message>
    <message>
        <source>Also in other currencies: {0}</source>
        <translation>Také v jiných měnách: {0}</translation>
    </message>
    <message>
        <source>Won and lost deals per month</source>
        <translation>Získané a ztracené obchody za měsíc</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Získané</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Ztracené</translation>
    </message>
    <message>
        <source>(no user)</source>
        <translation>(bez uživatele)</translation>
    </message>
    <message>
        <source>Activities per user per week</source>
        <translation>Interakce podle uživatele za týden</translation>
    </message>
    <message>
        <source>New customers per month</source>
        <translation>Noví zákazníci za měsíc</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Zákazníci</translation>
    </message>
    <message>
        <source>Overdue tasks per user</source>
        <translation>Zpožděné úkoly podle uživatele</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Zpožděné úkoly</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Nástěnka</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Obnovit</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Uložit jako PDF…</translation>
    </message>
    <message>
        <source>Save the dashboard as a PDF</source>
        <translation>Uložit nástěnku jako PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Soubory PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>Uloženo: {0}</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Choose a date</source>
        <translation>Zvolit datum</translation>
    </message>
    <message>
        <source>Choose a date (Alt+Down)</source>
        <translation>Zvolit datum (Alt+šipka dolů)</translation>
    </message>
</context>
<context>
    <name>DealDialog</name>
    <message>
        <source>New deal</source>
        <translation>Nový obchod</translation>
    </message>
    <message>
        <source>Edit deal</source>
        <translation>Upravit obchod</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Název</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Částka</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Měna</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fáze</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Předpokládané uzavření</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Poznámky</translation>
    </message>
    <message>
        <source>Line items (optional)</source>
        <translation>Položky (volitelné)</translation>
    </message>
    <message>
        <source>With line items, the amount is their total (leave Amount empty).</source>
        <translation>Jsou-li zadány položky, částka je jejich součtem (pole Částka nechte prázdné).</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otevřený</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Kvalifikovaný</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Nabídka</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Vyjednávání</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Získaný</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Ztracený</translation>
    </message>
    <message>
        <source>e.g. {0}</source>
        <translation>např. {0}</translation>
    </message>
    <message>
        <source>e.g. {0} (optional)</source>
        <translation>např. {0} (volitelné)</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Množství</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Jednotková cena</translation>
    </message>
    <message>
        <source>Add line item</source>
        <translation>Přidat položku</translation>
    </message>
    <message>
        <source>Remove line item</source>
        <translation>Odebrat položku</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Znovu načíst</translation>
    </message>
    <message>
        <source>Delete deal</source>
        <translation>Odstranit obchod</translation>
    </message>
    <message>
        <source>{0}: error</source>
        <translation>{0}: chyba</translation>
    </message>
    <message>
        <source>Delete the deal {0}? This cannot be undone.</source>
        <translation>Odstranit obchod {0}? Tuto akci nelze vrátit zpět.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Odstranit</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Ponechat</translation>
    </message>
    <message>
        <source>product</source>
        <translation>produkt</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>množství</translation>
    </message>
    <message>
        <source>unit price</source>
        <translation>jednotková cena</translation>
    </message>
    <message>
        <source>Line {0}, {1}: {2}</source>
        <translation>Řádek {0}, {1}: {2}</translation>
    </message>
    <message>
        <source>Please correct the fields marked below.</source>
        <translation>Opravte níže označená pole.</translation>
    </message>
    <message>
        <source>Someone else changed this deal since you opened it. Reload to see their version (your changes here are then lost), or Cancel.</source>
        <translation>Od otevření tento obchod změnil někdo jiný. Načtěte ho znovu, abyste viděli jeho verzi (vaše změny se tím ztratí), nebo klikněte na Zrušit.</translation>
    </message>
</context>
<context>
    <name>DetailActions</name>
    <message>
        <source>Subject access export</source>
        <translation>Export pro subjekt údajů (právo na přístup)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Exported everything held about {0} to {1} (and a readable {2}).</source>
        <translation>Všechny údaje o subjektu {0} byly exportovány do {1} (čitelná verze: {2}).</translation>
    </message>
    <message>
        <source>Restrict processing</source>
        <translation>Omezit zpracování</translation>
    </message>
    <message>
        <source>Reason (e.g. the person&apos;s request of …):</source>
        <translation>Důvod (např. žádost osoby ze dne …):</translation>
    </message>
    <message>
        <source>Erase {0}</source>
        <translation>Vymazat {0}</translation>
    </message>
    <message>
        <source>Erase this person for good? Their personal data is anonymised and their key shredded, so the audit log keeps its entries but can no longer show their values. This cannot be undone, and it is re-applied after a restore.</source>
        <translation>Trvale vymazat tuto osobu? Její osobní údaje se anonymizují a její klíč se zničí, takže protokol auditu si záznamy ponechá, ale už nemůže zobrazit jejich hodnoty. Tuto akci nelze vrátit zpět a po obnovení ze zálohy se použije znovu.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Vymazat</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>The person was erased.</source>
        <translation>Osoba byla vymazána.</translation>
    </message>
    <message>
        <source>Delete deal</source>
        <translation>Odstranit obchod</translation>
    </message>
    <message>
        <source>Delete the deal {0}? This cannot be undone.</source>
        <translation>Odstranit obchod {0}? Tuto akci nelze vrátit zpět.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Odstranit</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Ponechat</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Odvolat souhlas</translation>
    </message>
    <message>
        <source>Record that {0} withdrew their consent for {1}? The consent stays in the record, marked as withdrawn.</source>
        <translation>Zaznamenat, že subjekt údajů {0} odvolal souhlas pro účel {1}? Souhlas zůstane v záznamu, označený jako odvolaný.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Odvolat</translation>
    </message>
    <message>
        <source>Remove preference</source>
        <translation>Odebrat preferenci</translation>
    </message>
    <message>
        <source>Remove the purchase preference &quot;{0}&quot; of {1}?</source>
        <translation>Odebrat nákupní preferenci „{0}“ zákazníka {1}?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Odebrat</translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <source>Customer details</source>
        <translation>Podrobnosti o zákazníkovi</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Upravit</translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation>Upravit zákazníka</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Odstranit</translation>
    </message>
    <message>
        <source>Delete customer</source>
        <translation>Odstranit zákazníka</translation>
    </message>
    <message>
        <source>Select a customer to see the details.</source>
        <translation>Vyberte zákazníka, abyste viděli podrobnosti.</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Vlastní pole</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
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
        <translation>Zatím žádný e-mail ani telefon.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresa</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adresy</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Štítky</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Vlastník</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Poslední kontakt</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nikdy</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Vytvořeno</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualizováno</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Poznámky</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Informace</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historie</translation>
    </message>
    <message>
        <source>{0} by {1}</source>
        <translation>{0} uživatelem {1}</translation>
    </message>
    <message>
        <source>No history.</source>
        <translation>Žádná historie.</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interakce</translation>
    </message>
    <message>
        <source>Kind of interaction</source>
        <translation>Typ interakce</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Co se stalo</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>Co se stalo?</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Zapsat</translation>
    </message>
    <message>
        <source>Log the interaction</source>
        <translation>Zapsat interakci</translation>
    </message>
    <message>
        <source>No interactions yet.</source>
        <translation>Zatím žádné interakce.</translation>
    </message>
    <message>
        <source>Deals and purchases</source>
        <translation>Obchody a nákupy</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otevřený</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Kvalifikovaný</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Nabídka</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Vyjednávání</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Získaný</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Ztracený</translation>
    </message>
    <message>
        <source>New deal…</source>
        <translation>Nový obchod…</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>Nový obchod</translation>
    </message>
    <message>
        <source>Edit deal {0}</source>
        <translation>Upravit obchod {0}</translation>
    </message>
    <message>
        <source>Bought in total</source>
        <translation>Nakoupeno celkem</translation>
    </message>
    <message>
        <source>No deals yet.</source>
        <translation>Zatím žádné obchody.</translation>
    </message>
    <message>
        <source>Purchase preferences</source>
        <translation>Nákupní preference</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Odebrat</translation>
    </message>
    <message>
        <source>Remove preference {0}</source>
        <translation>Odebrat preferenci {0}</translation>
    </message>
    <message>
        <source>No purchase preferences recorded.</source>
        <translation>Nejsou zaznamenány žádné nákupní preference.</translation>
    </message>
    <message>
        <source>Add preference…</source>
        <translation>Přidat preferenci…</translation>
    </message>
    <message>
        <source>Add purchase preference</source>
        <translation>Přidat nákupní preferenci</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Ochrana soukromí</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Zpracování</translation>
    </message>
    <message>
        <source>RESTRICTED: no export, no edits but by privacy managers</source>
        <translation>OMEZENO: žádný export, úpravy jen správci ochrany soukromí</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>běžné</translation>
    </message>
    <message>
        <source>withdrawn {0}</source>
        <translation>odvolán {0}</translation>
    </message>
    <message>
        <source>given {0}</source>
        <translation>udělen {0}</translation>
    </message>
    <message>
        <source>source: {0}</source>
        <translation>zdroj: {0}</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Souhlas</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Odvolat</translation>
    </message>
    <message>
        <source>Withdraw consent for {0}</source>
        <translation>Odvolat souhlas pro {0}</translation>
    </message>
    <message>
        <source>No consent recorded.</source>
        <translation>Není zaznamenán žádný souhlas.</translation>
    </message>
    <message>
        <source>Export everything held…</source>
        <translation>Exportovat všechny uchovávané údaje…</translation>
    </message>
    <message>
        <source>Lift restriction</source>
        <translation>Zrušit omezení</translation>
    </message>
    <message>
        <source>Restrict processing</source>
        <translation>Omezit zpracování</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Vymazat…</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Zaznamenat souhlas…</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Zaznamenat souhlas</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopírovat</translation>
    </message>
    <message>
        <source>Copy {0}</source>
        <translation>Kopírovat {0}</translation>
    </message>
    <message>
        <source>Write to {0}</source>
        <translation>Napsat na {0}</translation>
    </message>
    <message>
        <source>Call {0}</source>
        <translation>Zavolat na {0}</translation>
    </message>
    <message>
        <source>No program on this computer opens {0} links.</source>
        <translation>V tomto počítači není žádný program, který otevírá odkazy {0}.</translation>
    </message>
    <message>
        <source>E-mail to {0}: </source>
        <translation>E-mail na {0}: </translation>
    </message>
    <message>
        <source>Call to {0}: </source>
        <translation>Volání na {0}: </translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Citlivé</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Zobrazit</translation>
    </message>
    <message>
        <source>Reveal sensitive fields</source>
        <translation>Zobrazit citlivá pole</translation>
    </message>
    <message>
        <source>Showing sensitive fields is recorded in the audit log.</source>
        <translation>Zobrazení citlivých polí se zaznamenává do protokolu auditu.</translation>
    </message>
</context>
<context>
    <name>DeviceState</name>
    <message>
        <source>Active</source>
        <translation>Aktivní</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Odvoláno</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Čeká na schválení</translation>
    </message>
    <message>
        <source>{0}, not synced for a while</source>
        <translation>{0}, dlouho nesynchronizováno</translation>
    </message>
    <message>
        <source>{0}, this device</source>
        <translation>{0}, toto zařízení</translation>
    </message>
    <message numerus="yes">
        <source>%n change file(s)</source>
        <translation>
            <numerusform>%n soubor změn</numerusform>
            <numerusform>%n soubory změn</numerusform>
            <numerusform>%n souborů změn</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <source>Devices</source>
        <translation>Zařízení</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualizovat</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Schválit…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Odvolat…</translation>
    </message>
    <message>
        <source>A device highlighted as stale has not synced for longer than the team allows (Settings). Revoking stops a device from syncing; what is already on it stays there.</source>
        <translation>Zařízení zvýrazněné jako neaktivní se nesynchronizovalo déle, než tým povoluje (Nastavení). Odvolání zařízení ukončí jeho synchronizaci; co na něm již je, tam zůstane.</translation>
    </message>
    <message>
        <source>Approve device</source>
        <translation>Schválit zařízení</translation>
    </message>
    <message>
        <source>Admit this device of {user} to the team? It will download the team&apos;s customers and sync from now on.</source>
        <translation>Přijmout toto zařízení uživatele {user} do týmu? Stáhne zákazníky týmu a od této chvíle se bude synchronizovat.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Schválit</translation>
    </message>
    <message>
        <source>The device is approved, but the book could not be published for it yet: {0}</source>
        <translation>Zařízení je schváleno, ale databázi se pro něj zatím nepodařilo publikovat: {0}</translation>
    </message>
    <message>
        <source>Revoke this device of {user}?

From now on it can no longer sync: the other devices refuse anything it sends after what they have already received, and it receives nothing new.

Revoking does not delete anything: the customers already on that laptop stay there. If the laptop is lost, also disable the user or change their password.</source>
        <translation>Odvolat toto zařízení uživatele {user}?

Od této chvíle se už nebude moci synchronizovat: ostatní zařízení odmítnou vše, co odešle po tom, co od něj již obdržela, a samo nic nového nedostane.

Odvolání nic neodstraní: zákazníci, kteří již na tom notebooku jsou, tam zůstanou. Pokud se notebook ztratil, zakažte také uživatele nebo změňte jeho heslo.</translation>
    </message>
    <message>
        <source>Revoke device</source>
        <translation>Odvolat zařízení</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Odvolat</translation>
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
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>Cannot save there</source>
        <translation>Sem nelze uložit</translation>
    </message>
</context>
<context>
    <name>DownloadPage</name>
    <message>
        <source>This laptop is approved. It downloads the team&apos;s customer book now; you can cancel and try again later.</source>
        <translation>Tento notebook je schválen. Nyní stahuje týmovou databázi zákazníků; můžete zrušit a zkusit to později.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Zkusit znovu</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>same email ({email}) as customer {id}</source>
        <translation>stejný e-mail ({email}) jako zákazník {id}</translation>
    </message>
    <message>
        <source>same phone ({phone}) as customer {id}</source>
        <translation>stejný telefon ({phone}) jako zákazník {id}</translation>
    </message>
    <message>
        <source>a close name ({name}) at the same company, customer {id}</source>
        <translation>podobné jméno ({name}) ve stejné firmě, zákazník {id}</translation>
    </message>
    <message>
        <source>same email ({email}) as {where} of this file</source>
        <translation>stejný e-mail ({email}) jako {where} tohoto souboru</translation>
    </message>
    <message>
        <source>same phone ({phone}) as {where} of this file</source>
        <translation>stejný telefon ({phone}) jako {where} tohoto souboru</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Find duplicates</source>
        <translation>Najít duplicity</translation>
    </message>
    <message>
        <source>Looking for customers that seem to be the same…</source>
        <translation>Hledají se zákazníci, kteří vypadají jako stejní…</translation>
    </message>
    <message>
        <source>Groups of possible duplicates</source>
        <translation>Skupiny možných duplicit</translation>
    </message>
    <message>
        <source>Records in the group: choose the one to keep</source>
        <translation>Záznamy ve skupině: vyberte ten, který chcete ponechat</translation>
    </message>
    <message>
        <source>Why they look alike:</source>
        <translation>Proč si jsou podobné:</translation>
    </message>
    <message>
        <source>Keep this record (the others are merged into it):</source>
        <translation>Ponechat tento záznam (ostatní se do něj sloučí):</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Sloučit…</translation>
    </message>
    <message>
        <source>Merge the group into the chosen record</source>
        <translation>Sloučit skupinu do vybraného záznamu</translation>
    </message>
    <message>
        <source>Showing the first {0} groups of possible duplicates; merge some and search again for more.</source>
        <translation>Zobrazují se prvních {0} skupin možných duplicit; některé slučte a pro další hledejte znovu.</translation>
    </message>
    <message>
        <source>{0} groups of possible duplicates. Pick a group, then the record to keep.</source>
        <translation>Skupiny možných duplicit: {0}. Vyberte skupinu a pak záznam, který chcete ponechat.</translation>
    </message>
    <message>
        <source>1 group of possible duplicates. Pick the record to keep.</source>
        <translation>1 skupina možných duplicit. Vyberte záznam, který chcete ponechat.</translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>Nebyly nalezeny žádné duplicity.</translation>
    </message>
    <message>
        <source>same email ({0})</source>
        <translation>stejný e-mail ({0})</translation>
    </message>
    <message>
        <source>same phone ({0})</source>
        <translation>stejný telefon ({0})</translation>
    </message>
    <message>
        <source>close names at the same company ({0})</source>
        <translation>podobná jména ve stejné firmě ({0})</translation>
    </message>
    <message>
        <source>no e-mail</source>
        <translation>bez e-mailu</translation>
    </message>
    <message>
        <source>Keep {0} and merge {1} into it? Their contact details fill in what is missing, and every interaction and deal moves to the kept record. The merged records go to the bin.</source>
        <translation>Ponechat {0} a sloučit do něj {1}? Jejich kontaktní údaje doplní, co chybí, a všechny interakce a obchody se přesunou do ponechaného záznamu. Sloučené záznamy se přesunou do koše.</translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation>Sloučit zákazníky</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Sloučit</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>One of these records was changed by someone else meanwhile; the list was reloaded, please check and merge again.</source>
        <translation>Jeden z těchto záznamů mezitím změnil někdo jiný; seznam byl znovu načten. Zkontrolujte ho a slučte znovu.</translation>
    </message>
</context>
<context>
    <name>EnrolmentDialog</name>
    <message>
        <source>Give this to {0} in person. It is shown only once.</source>
        <translation>Předejte to uživateli {0} osobně. Zobrazí se to jen jednou.</translation>
    </message>
    <message>
        <source>Temporary password:</source>
        <translation>Dočasné heslo:</translation>
    </message>
    <message>
        <source>Authenticator:</source>
        <translation>Ověřovací aplikace:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Klíč:</translation>
    </message>
    <message>
        <source>Recovery codes:</source>
        <translation>Kódy pro obnovení:</translation>
    </message>
</context>
<context>
    <name>EnrolmentView</name>
    <message>
        <source>Scan the code with your authenticator app (or type the key), then enter the code it shows. Your old authenticator and recovery codes no longer work; write down the new recovery codes.</source>
        <translation>Naskenujte kód ověřovací aplikací (nebo zadejte klíč) a pak zadejte kód, který zobrazí. Vaše stará ověřovací aplikace a kódy pro obnovení už nefungují; zapište si nové kódy pro obnovení.</translation>
    </message>
    <message>
        <source>Code from your authenticator app</source>
        <translation>Kód z ověřovací aplikace</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Klíč:</translation>
    </message>
    <message>
        <source>Recovery codes:</source>
        <translation>Kódy pro obnovení:</translation>
    </message>
    <message>
        <source>Code from the app:</source>
        <translation>Kód z aplikace:</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>There is no alert {id}.</source>
        <translation>Výstraha {id} neexistuje.</translation>
    </message>
    <message>
        <source>The audit log exports as json or csv.</source>
        <translation>Protokol auditu lze exportovat jako json nebo csv.</translation>
    </message>
    <message>
        <source>{name}: not an ISO time (e.g. 2026-11-24 or 2026-11-24T09:30:00Z): {text}</source>
        <translation>{name}: není čas ve formátu ISO (např. 2026-11-24 nebo 2026-11-24T09:30:00Z): {text}</translation>
    </message>
    <message>
        <source>The vault is locked. Sign in again.</source>
        <translation>Trezor je zamčen. Přihlaste se znovu.</translation>
    </message>
    <message>
        <source>The key of person {id} does not open (modified outside the app).</source>
        <translation>Klíč osoby {id} nelze otevřít (změněno mimo aplikaci).</translation>
    </message>
    <message>
        <source>No user is signed in.</source>
        <translation>Není přihlášen žádný uživatel.</translation>
    </message>
    <message>
        <source>This machine has no secure keyring ({name}); sign in to keep the secret inside the vault instead (--in-vault).</source>
        <translation>Tento počítač nemá zabezpečené úložiště klíčů ({name}); přihlaste se a uložte tajný údaj do trezoru (--in-vault).</translation>
    </message>
    <message>
        <source>No backup location: choose one in the settings or pass --to.</source>
        <translation>Chybí umístění záloh: zvolte ho v nastavení nebo použijte --to.</translation>
    </message>
    <message>
        <source>{url} is inside the vault folder {folder}: a backup kept beside the vault is lost with it; choose a folder outside it (another disk, a share, a remote location).</source>
        <translation>{url} je uvnitř složky trezoru {folder}: záloha uložená vedle trezoru se ztratí spolu s ním; zvolte složku mimo něj (jiný disk, sdílenou složku, vzdálené umístění).</translation>
    </message>
    <message>
        <source>Restore needs the recovery key (--recovery-key-file) or a signed-in administrator.</source>
        <translation>Obnovení vyžaduje klíč pro obnovení (--recovery-key-file) nebo přihlášeného administrátora.</translation>
    </message>
    <message>
        <source>{folder} is neither a vault nor empty; choose a new folder.</source>
        <translation>{folder} není trezor ani prázdná složka; zvolte novou složku.</translation>
    </message>
    <message>
        <source>Cancelled; the current vault was not touched.</source>
        <translation>Zrušeno; aktuální trezor zůstal nedotčen.</translation>
    </message>
    <message>
        <source>This archive is from vault {archive_vault}, not the vault in {folder} ({vault}); restore it into a new folder.</source>
        <translation>Tento archiv pochází z trezoru {archive_vault}, ne z trezoru ve složce {folder} ({vault}); obnovte ho do nové složky.</translation>
    </message>
    <message>
        <source>The new backup is not verified; nothing is pruned.</source>
        <translation>Nová záloha není ověřena; nic se nepromaže.</translation>
    </message>
    <message>
        <source>Deep verify needs the recovery key (--recovery-key-file) or a signed-in administrator.</source>
        <translation>Důkladné ověření vyžaduje klíč pro obnovení (--recovery-key-file) nebo přihlášeného administrátora.</translation>
    </message>
    <message>
        <source>Choose a sub-command (see --help).</source>
        <translation>Zvolte dílčí příkaz (viz --help).</translation>
    </message>
    <message>
        <source>{folder} is not a folder: there is no backup location there.</source>
        <translation>{folder} není složka: není tam žádné umístění záloh.</translation>
    </message>
    <message>
        <source>--user needs --vault (the vault to sign in to).</source>
        <translation>--user vyžaduje --vault (trezor, ke kterému se přihlásit).</translation>
    </message>
    <message>
        <source>Deep verify failed: {reason}</source>
        <translation>Důkladné ověření selhalo: {reason}</translation>
    </message>
    <message>
        <source>Restore needs either --recovery-key-file F or a sign-in (--user …).</source>
        <translation>Obnovení vyžaduje buď --recovery-key-file F, nebo přihlášení (--user …).</translation>
    </message>
    <message>
        <source>--user needs --vault.</source>
        <translation>--user vyžaduje --vault (trezor).</translation>
    </message>
    <message>
        <source>stdin has no line {number} ({what}).</source>
        <translation>Na standardním vstupu chybí řádek {number} ({what}).</translation>
    </message>
    <message>
        <source>{what} needed: use --password-stdin or run in a terminal.</source>
        <translation>{what}: je nutné zadat; použijte --password-stdin nebo příkaz spusťte v terminálu.</translation>
    </message>
    <message>
        <source>A code is needed: use --totp CODE or --recovery-code CODE.</source>
        <translation>Je nutný kód: použijte --totp KÓD nebo --recovery-code KÓD.</translation>
    </message>
    <message>
        <source>{id} is neither a customer id nor a uid.</source>
        <translation>{id} není ID zákazníka ani uid.</translation>
    </message>
    <message>
        <source>{item}: give FIELD=VALUE with FIELD one of {fields}.</source>
        <translation>{item}: zadejte POLE=HODNOTA, kde POLE je jedno z: {fields}.</translation>
    </message>
    <message>
        <source>{field} is given twice.</source>
        <translation>{field} je zadáno dvakrát.</translation>
    </message>
    <message>
        <source>Erasure cannot be undone: add --yes to confirm.</source>
        <translation>Výmaz nelze vrátit zpět: potvrďte ho přidáním --yes.</translation>
    </message>
    <message>
        <source>customer id: a whole number</source>
        <translation>ID zákazníka: celé číslo</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>celé číslo</translation>
    </message>
    <message>
        <source>There is no customer {id}.</source>
        <translation>Zákazník {id} neexistuje.</translation>
    </message>
    <message>
        <source>1 to 200 characters</source>
        <translation>1 až 200 znaků</translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation>jedno z: {choices}</translation>
    </message>
    <message>
        <source>Please check: {fields}.</source>
        <translation>Zkontrolujte: {fields}.</translation>
    </message>
    <message>
        <source>There is no consent {id}.</source>
        <translation>Souhlas {id} neexistuje.</translation>
    </message>
    <message>
        <source>This consent was already withdrawn.</source>
        <translation>Tento souhlas již byl odvolán.</translation>
    </message>
    <message>
        <source>Customer {id} was already erased on {at}.</source>
        <translation>Zákazník {id} již byl vymazán dne {at}.</translation>
    </message>
    <message>
        <source>status: lead, prospect, customer or inactive</source>
        <translation>stav: lead, prospect, customer nebo inactive</translation>
    </message>
    <message>
        <source>not a status</source>
        <translation>neplatný stav</translation>
    </message>
    <message>
        <source>The retention preview has changed since you saw it; preview again before applying.</source>
        <translation>Náhled doby uložení se od chvíle, kdy jste ho viděli, změnil; před použitím si zobrazte náhled znovu.</translation>
    </message>
    <message>
        <source>There is no profile named {name}.</source>
        <translation>Profil s názvem {name} neexistuje.</translation>
    </message>
    <message>
        <source>A profile name is 1 to 64 characters.</source>
        <translation>Název profilu má 1 až 64 znaků.</translation>
    </message>
    <message>
        <source>1 to 64 characters</source>
        <translation>1 až 64 znaků</translation>
    </message>
    <message>
        <source>A profile name cannot hold invisible or direction-changing characters.</source>
        <translation>Název profilu nesmí obsahovat neviditelné znaky ani znaky měnící směr textu.</translation>
    </message>
    <message>
        <source>no invisible characters</source>
        <translation>žádné neviditelné znaky</translation>
    </message>
    <message>
        <source>The scope is &apos;own&apos; or &apos;all&apos;.</source>
        <translation>Rozsah je &apos;own&apos; nebo &apos;all&apos;.</translation>
    </message>
    <message>
        <source>own or all</source>
        <translation>own nebo all</translation>
    </message>
    <message>
        <source>Unknown permission atoms: {atoms}.</source>
        <translation>Neznámá oprávnění: {atoms}.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>neznámé</translation>
    </message>
    <message>
        <source>{name} is a built-in profile and cannot be changed; create a copy instead.</source>
        <translation>{name} je předdefinovaný profil a nelze ho změnit; vytvořte si kopii.</translation>
    </message>
    <message>
        <source>{name} is a built-in profile and cannot be deleted.</source>
        <translation>{name} je předdefinovaný profil a nelze ho odstranit.</translation>
    </message>
    <message numerus="yes">
        <source>The profile {name} is still given to %n user(s); give them another profile first.</source>
        <translation>
            <numerusform>Profil {name} je stále přidělen %n uživateli; nejprve mu přidělte jiný profil.</numerusform>
            <numerusform>Profil {name} je stále přidělen %n uživatelům; nejprve jim přidělte jiný profil.</numerusform>
            <numerusform>Profil {name} je stále přidělen %n uživatelům; nejprve jim přidělte jiný profil.</numerusform>
        </translation>
    </message>
    <message>
        <source>A profile named {name} already exists.</source>
        <translation>Profil s názvem {name} již existuje.</translation>
    </message>
    <message>
        <source>Your profile cannot see sensitive fields, so it cannot fill them in either ({fields}).</source>
        <translation>Váš profil nemůže zobrazit citlivá pole, a proto je nemůže ani vyplnit ({fields}).</translation>
    </message>
    <message>
        <source>lower-case letters, digits and _ (start with a letter)</source>
        <translation>malá písmena, číslice a _ (na začátku písmeno)</translation>
    </message>
    <message>
        <source>text, number, date or choice</source>
        <translation>text, number, date nebo choice</translation>
    </message>
    <message>
        <source>a choice field needs choices</source>
        <translation>pole typu choice vyžaduje možnosti</translation>
    </message>
    <message>
        <source>a label is needed</source>
        <translation>je nutný popisek</translation>
    </message>
    <message>
        <source>A custom field {key} exists already.</source>
        <translation>Vlastní pole {key} již existuje.</translation>
    </message>
    <message>
        <source>exists already</source>
        <translation>již existuje</translation>
    </message>
    <message>
        <source>Your profile can only own its own records; you cannot give one to someone else.</source>
        <translation>Váš profil smí vlastnit jen své záznamy; nemůžete záznam přidělit někomu jinému.</translation>
    </message>
    <message>
        <source>owner: no such user</source>
        <translation>vlastník: uživatel neexistuje</translation>
    </message>
    <message>
        <source>no such user</source>
        <translation>uživatel neexistuje</translation>
    </message>
    <message>
        <source>company: a company cannot belong to a company</source>
        <translation>firma: firma nemůže patřit k firmě</translation>
    </message>
    <message>
        <source>only a person can belong to a company</source>
        <translation>k firmě může patřit jen osoba</translation>
    </message>
    <message>
        <source>company: no such company</source>
        <translation>firma: firma neexistuje</translation>
    </message>
    <message>
        <source>no such company</source>
        <translation>firma neexistuje</translation>
    </message>
    <message>
        <source>Your profile cannot see sensitive fields, so it cannot fill them in either.</source>
        <translation>Váš profil nemůže zobrazit citlivá pole, a proto je nemůže ani vyplnit.</translation>
    </message>
    <message>
        <source>Unknown fields: {fields}.</source>
        <translation>Neznámá pole: {fields}.</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>neznámé pole</translation>
    </message>
    <message>
        <source>Your profile cannot see sensitive fields, so it cannot change them.</source>
        <translation>Váš profil nemůže zobrazit citlivá pole, a proto je nemůže ani měnit.</translation>
    </message>
    <message>
        <source>a whole number from 1 to {maximum}</source>
        <translation>celé číslo od 1 do {maximum}</translation>
    </message>
    <message>
        <source>a product is needed</source>
        <translation>je nutný produkt</translation>
    </message>
    <message>
        <source>a title is needed</source>
        <translation>je nutný název</translation>
    </message>
    <message>
        <source>{value} is not a date (YYYY-MM-DD)</source>
        <translation>{value} není datum (RRRR-MM-DD)</translation>
    </message>
    <message>
        <source>the line items add up to {total}, not {amount}</source>
        <translation>položky dávají dohromady {total}, ne {amount}</translation>
    </message>
    <message>
        <source>The file is {size} MB; attachments may be at most {limit} MB each (setting: largest attachment).</source>
        <extracomment>media types recognised from the content (the name&apos;s extension is never trusted)</extracomment>
        <translation>Soubor má {size} MB; každá příloha smí mít nejvýše {limit} MB (nastavení: největší příloha).</translation>
    </message>
    <message>
        <source>The vault already holds {used} MB of attachments; adding {size} MB would pass its limit of {limit} MB (setting: attachments per vault).</source>
        <translation>Trezor již obsahuje {used} MB příloh; přidáním {size} MB by se překročil limit {limit} MB (nastavení: přílohy v trezoru).</translation>
    </message>
    <message>
        <source>There is no deal {id}.</source>
        <translation>Obchod {id} neexistuje.</translation>
    </message>
    <message>
        <source>There is no attachment {id}.</source>
        <translation>Příloha {id} neexistuje.</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>příloha</translation>
    </message>
    <message>
        <source>The attachment {name} is incomplete or damaged (its content does not match its checksum); it may still be arriving by sync.</source>
        <translation>Příloha {name} je neúplná nebo poškozená (její obsah neodpovídá kontrolnímu součtu); možná ještě přichází synchronizací.</translation>
    </message>
    <message>
        <source>The deal {title} was changed by someone else since you opened it; reload it.</source>
        <translation>Obchod {title} od otevření změnil někdo jiný; načtěte ho znovu.</translation>
    </message>
    <message>
        <source>The deal was changed by someone else since you opened it; reload it.</source>
        <translation>Obchod od otevření změnil někdo jiný; načtěte ho znovu.</translation>
    </message>
    <message>
        <source>category: a category is needed</source>
        <translation>kategorie: je nutná kategorie</translation>
    </message>
    <message>
        <source>needed</source>
        <translation>povinné</translation>
    </message>
    <message>
        <source>There is no preference {id}.</source>
        <translation>Preference {id} neexistuje.</translation>
    </message>
    <message>
        <source>Choose at least one other record to merge.</source>
        <translation>Zvolte alespoň jeden další záznam ke sloučení.</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>prázdné</translation>
    </message>
    <message>
        <source>{name}: {value} is not a date or time (YYYY-MM-DD[THH:MM])</source>
        <translation>{name}: {value} není datum ani čas (RRRR-MM-DD[THH:MM])</translation>
    </message>
    <message>
        <source>not a date or time</source>
        <translation>není datum ani čas</translation>
    </message>
    <message>
        <source>too long (at most {maximum} characters)</source>
        <translation>příliš dlouhé (nejvýše {maximum} znaků)</translation>
    </message>
    <message>
        <source>deal: not a deal of this customer</source>
        <translation>obchod: není obchodem tohoto zákazníka</translation>
    </message>
    <message>
        <source>not this customer&apos;s deal</source>
        <translation>není obchodem tohoto zákazníka</translation>
    </message>
    <message>
        <source>There is no interaction {id}.</source>
        <translation>Interakce {id} neexistuje.</translation>
    </message>
    <message>
        <source>Cannot sort by {key}.</source>
        <translation>Nelze řadit podle {key}.</translation>
    </message>
    <message>
        <source>There is no customer {id} in the bin.</source>
        <translation>Zákazník {id} v koši není.</translation>
    </message>
    <message>
        <source>This customer is not one of your records.</source>
        <translation>Tento zákazník nepatří mezi vaše záznamy.</translation>
    </message>
    <message>
        <source>Processing of this person is restricted (GDPR art. 18): you cannot change it. Ask your privacy manager.</source>
        <translation>Zpracování údajů této osoby je omezeno (čl. 18 GDPR): nemůžete ji měnit. Obraťte se na správce ochrany soukromí.</translation>
    </message>
    <message>
        <source>Processing of this person is restricted (GDPR art. 18): you cannot delete it. Ask your privacy manager.</source>
        <translation>Zpracování údajů této osoby je omezeno (čl. 18 GDPR): nemůžete ji odstranit. Obraťte se na správce ochrany soukromí.</translation>
    </message>
    <message>
        <source>Processing of this person is restricted (GDPR art. 18): you cannot restore it. Ask your privacy manager.</source>
        <translation>Zpracování údajů této osoby je omezeno (čl. 18 GDPR): nemůžete ji obnovit. Obraťte se na správce ochrany soukromí.</translation>
    </message>
    <message>
        <source>Processing of this person is restricted (GDPR art. 18): you cannot merge it. Ask your privacy manager.</source>
        <translation>Zpracování údajů této osoby je omezeno (čl. 18 GDPR): nemůžete ji sloučit. Obraťte se na správce ochrany soukromí.</translation>
    </message>
    <message>
        <source>Processing of this person is restricted (GDPR art. 18): you cannot export it. Ask your privacy manager.</source>
        <translation>Zpracování údajů této osoby je omezeno (čl. 18 GDPR): nemůžete ji exportovat. Obraťte se na správce ochrany soukromí.</translation>
    </message>
    <message>
        <source>too long ({length} characters; at most {limit})</source>
        <translation>příliš dlouhé ({length} znaků; nejvýše {limit})</translation>
    </message>
    <message>
        <source>{name}: give whole minor units (cents) or a decimal text, not a float</source>
        <translation>{name}: zadejte celé vedlejší jednotky (centy) nebo desetinné číslo jako text, ne číslo s plovoucí čárkou</translation>
    </message>
    <message>
        <source>not a float; use cents</source>
        <translation>ne číslo s plovoucí čárkou; použijte centy</translation>
    </message>
    <message>
        <source>{name}: {value} is not an amount</source>
        <translation>{name}: {value} není částka</translation>
    </message>
    <message>
        <source>not an amount (e.g. 1234.50)</source>
        <translation>není částka (např. 1234.50)</translation>
    </message>
    <message>
        <source>{name}: too large (at most {limit} in whole units)</source>
        <translation>{name}: příliš vysoká hodnota (nejvýše {limit} v celých jednotkách)</translation>
    </message>
    <message>
        <source>at most {limit}</source>
        <translation>nejvýše {limit}</translation>
    </message>
    <message numerus="yes">
        <source>{field}: {problem} (and %n more)</source>
        <translation>
            <numerusform>{field}: {problem} (a %n další)</numerusform>
            <numerusform>{field}: {problem} (a %n další)</numerusform>
            <numerusform>{field}: {problem} (a %n dalších)</numerusform>
        </translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>must be person or company</source>
        <translation>musí být osoba nebo firma</translation>
    </message>
    <message>
        <source>a name is needed (a person&apos;s name or a company name)</source>
        <translation>je nutné jméno (jméno osoby nebo název firmy)</translation>
    </message>
    <message>
        <source>must be one of {choices}</source>
        <translation>musí být jedno z: {choices}</translation>
    </message>
    <message>
        <source>not a customer id</source>
        <translation>není ID zákazníka</translation>
    </message>
    <message>
        <source>{value} is not an email address (name@example.com)</source>
        <translation>{value} není e-mailová adresa (jmeno@example.com)</translation>
    </message>
    <message>
        <source>{value} is not a phone number</source>
        <translation>{value} není telefonní číslo</translation>
    </message>
    <message>
        <source>a date of birth cannot be in the future</source>
        <translation>datum narození nemůže být v budoucnosti</translation>
    </message>
    <message>
        <source>no such custom field</source>
        <translation>takové vlastní pole neexistuje</translation>
    </message>
    <message>
        <source>{value} is not a number</source>
        <translation>{value} není číslo</translation>
    </message>
    <message>
        <source>choose one of {choices}</source>
        <translation>zvolte jedno z: {choices}</translation>
    </message>
    <message>
        <source>currency: {value} is not a 3-letter code (EUR, USD…)</source>
        <translation>měna: {value} není třípísmenný kód (EUR, USD…)</translation>
    </message>
    <message>
        <source>a 3-letter code such as EUR</source>
        <translation>třípísmenný kód, např. EUR</translation>
    </message>
    <message>
        <source>recovery key file</source>
        <translation>soubor s klíčem pro obnovení</translation>
    </message>
    <message>
        <source>No recovery key was found in the text of the PDF {path}. Give the recovery sheet&apos;s PDF, or a text file holding the line that starts with AGE-SECRET-KEY-1.</source>
        <translation>V textu PDF {path} nebyl nalezen žádný klíč pro obnovení. Zadejte PDF listu pro obnovení nebo textový soubor s řádkem, který začíná AGE-SECRET-KEY-1.</translation>
    </message>
    <message>
        <source>No recovery key was found in {path}. The recovery key is the line on the recovery sheet that starts with AGE-SECRET-KEY-1.</source>
        <translation>V souboru {path} nebyl nalezen žádný klíč pro obnovení. Klíč pro obnovení je řádek na listu pro obnovení, který začíná AGE-SECRET-KEY-1.</translation>
    </message>
    <message>
        <source>Choose a new password first.</source>
        <translation>Nejprve zvolte nové heslo.</translation>
    </message>
    <message>
        <source>Your profile ({profile}) does not allow this: {permission}.</source>
        <translation>Váš profil ({profile}) toto nedovoluje: {permission}.</translation>
    </message>
    <message>
        <source>Your profile no longer exists.</source>
        <translation>Váš profil již neexistuje.</translation>
    </message>
    <message>
        <source>{setting}: expected yes or no.</source>
        <translation>{setting}: očekává se ano, nebo ne.</translation>
    </message>
    <message>
        <source>{setting}: expected a number.</source>
        <translation>{setting}: očekává se číslo.</translation>
    </message>
    <message>
        <source>{setting}: must be between {low} and {high}.</source>
        <translation>{setting}: musí být mezi {low} a {high}.</translation>
    </message>
    <message>
        <source>{setting}: wrong type.</source>
        <translation>{setting}: nesprávný typ.</translation>
    </message>
    <message>
        <source>{setting}: choose one of {choices}.</source>
        <translation>{setting}: zvolte jedno z: {choices}.</translation>
    </message>
    <message>
        <source>The archive&apos;s tar stream is damaged ({reason}).</source>
        <translation>Datový proud tar archivu je poškozen ({reason}).</translation>
    </message>
    <message>
        <source>The archive holds an extended tar header (pax or GNU), which this app never writes: it was not made by VaultCRM or has been altered.</source>
        <translation>Archiv obsahuje rozšířenou hlavičku tar (pax nebo GNU), kterou tato aplikace nikdy nezapisuje: nevytvořila ho aplikace VaultCRM nebo byl změněn.</translation>
    </message>
    <message>
        <source>Unexpected member in the archive: {name}.</source>
        <translation>Neočekávaná položka v archivu: {name}.</translation>
    </message>
    <message>
        <source>{name} appears twice in the archive.</source>
        <translation>{name} se v archivu vyskytuje dvakrát.</translation>
    </message>
    <message>
        <source>{name} in the archive is not a regular file.</source>
        <translation>{name} v archivu není běžný soubor.</translation>
    </message>
    <message>
        <source>{name} in the archive is too large ({size} bytes; at most {limit}): not a backup this app made.</source>
        <translation>{name} v archivu je příliš velký ({size} bajtů; nejvýše {limit}): nejde o zálohu vytvořenou touto aplikací.</translation>
    </message>
    <message>
        <source>That is not a valid recovery key (AGE-SECRET-KEY-1…).</source>
        <translation>Toto není platný klíč pro obnovení (AGE-SECRET-KEY-1…).</translation>
    </message>
    <message>
        <source>The recovery key does not open this archive.</source>
        <translation>Klíč pro obnovení tento archiv neotevře.</translation>
    </message>
    <message>
        <source>The archive is damaged or was modified: age refused to decrypt it ({reason}).</source>
        <translation>Archiv je poškozen nebo byl změněn: age ho odmítl dešifrovat ({reason}).</translation>
    </message>
    <message>
        <source>The archive&apos;s tar stream is incomplete.</source>
        <translation>Datový proud tar archivu je neúplný.</translation>
    </message>
    <message>
        <source>{name} shrank while it was archived.</source>
        <translation>{name} se během archivace zmenšil.</translation>
    </message>
    <message>
        <source>The archive could not be processed ({reason}).</source>
        <translation>Archiv nelze zpracovat ({reason}).</translation>
    </message>
    <message>
        <source>Not an age X25519 recipient: {start}…</source>
        <translation>Není příjemce age X25519: {start}…</translation>
    </message>
    <message>
        <source>This machine has no secure keyring ({name}); keep the secret inside the vault instead (`backup-login URL --in-vault`).</source>
        <translation>Tento počítač nemá zabezpečené úložiště klíčů ({name}); uložte tajný údaj do trezoru (`backup-login URL --in-vault`).</translation>
    </message>
    <message>
        <source>Cannot reach the SFTP server {host}:{port} ({reason}).</source>
        <translation>Server SFTP {host}:{port} není dostupný ({reason}).</translation>
    </message>
    <message>
        <source>Not a file name: {name}.</source>
        <translation>Není název souboru: {name}.</translation>
    </message>
    <message>
        <source>{what}: {reason}</source>
        <translation>{what}: {reason}</translation>
    </message>
    <message>
        <source>{what} at {url}: {reason}.</source>
        <translation>{what} na {url}: {reason}.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder</source>
        <translation>Nelze vytvořit složku záloh</translation>
    </message>
    <message>
        <source>Cannot list the backup location</source>
        <translation>Nelze vypsat obsah umístění záloh</translation>
    </message>
    <message>
        <source>Cannot read the size of {name}</source>
        <translation>Nelze zjistit velikost {name}</translation>
    </message>
    <message>
        <source>{name} is missing.</source>
        <translation>{name} chybí.</translation>
    </message>
    <message>
        <source>Cannot read {name}</source>
        <translation>Nelze přečíst {name}</translation>
    </message>
    <message>
        <source>{name} is implausibly large.</source>
        <translation>{name} je nepravděpodobně velký.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder: {reason}</source>
        <translation>Nelze vytvořit složku záloh: {reason}</translation>
    </message>
    <message>
        <source>Cannot list the backup folder: {reason}</source>
        <translation>Nelze vypsat obsah složky záloh: {reason}</translation>
    </message>
    <message>
        <source>Cannot write {name}</source>
        <translation>Nelze zapsat {name}</translation>
    </message>
    <message>
        <source>{name} already exists at {url}.</source>
        <translation>{name} již v {url} existuje.</translation>
    </message>
    <message>
        <source>{path} already exists.</source>
        <translation>{path} již existuje.</translation>
    </message>
    <message>
        <source>The archive failed verification; nothing was restored: {problems}</source>
        <translation>Archiv neprošel ověřením; nic nebylo obnoveno: {problems}</translation>
    </message>
    <message>
        <source>This key can read the archive but cannot restore it: use the vault&apos;s recovery key.</source>
        <translation>Tento klíč umí archiv přečíst, ale ne obnovit: použijte klíč pro obnovení trezoru.</translation>
    </message>
    <message>
        <source>Re-keying the restored database failed ({reason}).</source>
        <translation>Změna klíčů obnovené databáze selhala ({reason}).</translation>
    </message>
    <message>
        <source>This system cannot swap folders atomically.</source>
        <translation>Tento systém neumí atomicky zaměnit složky.</translation>
    </message>
    <message>
        <source>Could not swap {first} and {second}: {reason}.</source>
        <translation>Nelze zaměnit {first} a {second}: {reason}.</translation>
    </message>
    <message>
        <source>The signature file is damaged ({reason}).</source>
        <translation>Soubor s podpisem je poškozen ({reason}).</translation>
    </message>
    <message>
        <source>Signed by a key that is not this vault&apos;s signing key ({fingerprint}); refused.</source>
        <translation>Podepsáno klíčem, který není podpisovým klíčem tohoto trezoru ({fingerprint}); odmítnuto.</translation>
    </message>
    <message>
        <source>The signature does not match the backup&apos;s description; refused.</source>
        <translation>Podpis neodpovídá popisu zálohy; odmítnuto.</translation>
    </message>
    <message>
        <source>Vault {vault_id} is already pinned to another signing key; refused.</source>
        <translation>Trezor {vault_id} je již připnut k jinému podpisovému klíči; odmítnuto.</translation>
    </message>
    <message>
        <source>This machine pinned another signing key for this vault; refused.</source>
        <translation>Tento počítač má pro tento trezor připnutý jiný podpisový klíč; odmítnuto.</translation>
    </message>
    <message>
        <source>Unsupported cipher setting in the manifest: {name} = {value}.</source>
        <translation>Nepodporované nastavení šifry v manifestu: {name} = {value}.</translation>
    </message>
    <message>
        <source>The snapshot failed its integrity check: {problems}</source>
        <translation>Snímek neprošel kontrolou integrity: {problems}</translation>
    </message>
    <message>
        <source>{url} does not name an archive inside a location.</source>
        <translation>{url} neoznačuje archiv v umístění.</translation>
    </message>
    <message>
        <source>Unsupported backup location {url}: use a folder, sftp://, webdav(s):// or s3://.</source>
        <translation>Nepodporované umístění záloh {url}: použijte složku, sftp://, webdav(s):// nebo s3://.</translation>
    </message>
    <message>
        <source>{url}: no host.</source>
        <translation>{url}: chybí hostitel.</translation>
    </message>
    <message>
        <source>Never put a password in the URL: it is stored in the keyring (backup-login).</source>
        <translation>Nikdy nevkládejte heslo do URL: ukládá se do úložiště klíčů (backup-login).</translation>
    </message>
    <message>
        <source>No password for {key}: store it once with `backup-login {key}`.</source>
        <translation>Pro {key} není uloženo heslo: uložte ho jednou pomocí `backup-login {key}`.</translation>
    </message>
    <message>
        <source>{url}: no bucket.</source>
        <translation>{url}: chybí bucket.</translation>
    </message>
    <message>
        <source>Never put a password in the URL: use an SSH key (agent or ~/.ssh) or the keyring.</source>
        <translation>Nikdy nevkládejte heslo do URL: použijte klíč SSH (agent nebo ~/.ssh) nebo úložiště klíčů.</translation>
    </message>
    <message>
        <source>The SFTP server {host}:{port} is not trusted yet; its host key fingerprint is {fingerprint}. Check it with the server&apos;s administrator, then confirm it once (--trust-host-key).</source>
        <translation>Server SFTP {host}:{port} zatím není důvěryhodný; otisk jeho klíče hostitele je {fingerprint}. Ověřte ho u administrátora serveru a pak ho jednou potvrďte (--trust-host-key).</translation>
    </message>
    <message>
        <source>The SFTP server {host}:{port} presented a host key that differs from the one pinned in {file}: refused (the server was reinstalled, or someone is intercepting).</source>
        <translation>Server SFTP {host}:{port} předložil klíč hostitele, který se liší od klíče připnutého v {file}: odmítnuto (server byl přeinstalován, nebo komunikaci někdo zachytává).</translation>
    </message>
    <message>
        <source>The SFTP server {host}:{port} refused the login: load your key into the SSH agent or ~/.ssh, or store a password with backup-login.</source>
        <translation>Server SFTP {host}:{port} odmítl přihlášení: načtěte svůj klíč do agenta SSH nebo ~/.ssh, nebo uložte heslo pomocí backup-login.</translation>
    </message>
    <message>
        <source>Cannot connect to the SFTP server {host}:{port} ({reason}).</source>
        <translation>Nelze se připojit k serveru SFTP {host}:{port} ({reason}).</translation>
    </message>
    <message>
        <source>The location stored {stored} bytes of {size}: upload incomplete.</source>
        <translation>Umístění uložilo {stored} z {size} bajtů: nahrání je neúplné.</translation>
    </message>
    <message>
        <source>The archive read back from the location differs from what was sent.</source>
        <translation>Archiv zpětně načtený z umístění se liší od odeslaného.</translation>
    </message>
    <message>
        <source>The archive changed size when it was renamed.</source>
        <translation>Archiv při přejmenování změnil velikost.</translation>
    </message>
    <message>
        <source>Writing the backup failed: {reason}</source>
        <translation>Zápis zálohy selhal: {reason}</translation>
    </message>
    <message>
        <source>Writing the backup to {url} failed: {reason}.</source>
        <translation>Zápis zálohy do {url} selhal: {reason}.</translation>
    </message>
    <message>
        <source>The signature read back from the location differs from what was sent.</source>
        <translation>Podpis zpětně načtený z umístění se liší od odeslaného.</translation>
    </message>
    <message>
        <source>Writing the signature failed: {reason}</source>
        <translation>Zápis podpisu selhal: {reason}</translation>
    </message>
    <message>
        <source>The signature names another archive.</source>
        <translation>Podpis uvádí jiný archiv.</translation>
    </message>
    <message>
        <source>No trusted key for this vault.</source>
        <translation>Pro tento trezor neexistuje důvěryhodný klíč.</translation>
    </message>
    <message>
        <source>keyslots.json belongs to another vault.</source>
        <translation>keyslots.json patří jinému trezoru.</translation>
    </message>
    <message>
        <source>keyslots.json names another signing key than the one that signed.</source>
        <translation>keyslots.json uvádí jiný podpisový klíč než ten, kterým bylo podepsáno.</translation>
    </message>
    <message>
        <source>The recovery slot in the archive does not open with this recovery key.</source>
        <translation>Slot pro obnovení v archivu se tímto klíčem pro obnovení neotevře.</translation>
    </message>
    <message>
        <source>{folder} is not empty; a new vault needs an empty or missing folder.</source>
        <translation>{folder} není prázdná; nový trezor vyžaduje prázdnou nebo neexistující složku.</translation>
    </message>
    <message>
        <source>Cannot create {folder}: {reason}.</source>
        <translation>Nelze vytvořit {folder}: {reason}.</translation>
    </message>
    <message>
        <source>The key slot did not open.</source>
        <translation>Slot klíče se neotevřel.</translation>
    </message>
    <message>
        <source>{path} is missing.</source>
        <translation>{path} chybí.</translation>
    </message>
    <message>
        <source>{path} is empty: the vault database was lost or truncated.</source>
        <translation>{path} je prázdný: databáze trezoru byla ztracena nebo zkrácena.</translation>
    </message>
    <message>
        <source>The disk is full; the change was not saved ({path}).</source>
        <translation>Disk je plný; změna nebyla uložena ({path}).</translation>
    </message>
    <message>
        <source>The disk is full; the change was not saved.</source>
        <translation>Disk je plný; změna nebyla uložena.</translation>
    </message>
    <message>
        <source>The vault database could not be read or written ({path}): {reason}.</source>
        <translation>Databázi trezoru nelze číst ani do ní zapisovat ({path}): {reason}.</translation>
    </message>
    <message>
        <source>The vault database could not be read or written: {reason}.</source>
        <translation>Databázi trezoru nelze číst ani do ní zapisovat: {reason}.</translation>
    </message>
    <message>
        <source>The vault database is damaged or was modified outside the app ({path}).</source>
        <translation>Databáze trezoru je poškozena nebo byla změněna mimo aplikaci ({path}).</translation>
    </message>
    <message>
        <source>The vault database is damaged or was modified outside the app.</source>
        <translation>Databáze trezoru je poškozena nebo byla změněna mimo aplikaci.</translation>
    </message>
    <message>
        <source>{what} is damaged (not text).</source>
        <translation>{what}: poškozeno (nejde o text).</translation>
    </message>
    <message>
        <source>{what} is damaged (not JSON: {reason}).</source>
        <translation>{what}: poškozeno (nejde o JSON: {reason}).</translation>
    </message>
    <message>
        <source>{what} is damaged (not a JSON object).</source>
        <translation>{what}: poškozeno (nejde o objekt JSON).</translation>
    </message>
    <message>
        <source>The disk is full ({path}); nothing was changed.</source>
        <translation>Disk je plný ({path}); nic se nezměnilo.</translation>
    </message>
    <message>
        <source>The disk is full; nothing was changed.</source>
        <translation>Disk je plný; nic se nezměnilo.</translation>
    </message>
    <message>
        <source>Permission denied ({path}).</source>
        <translation>Přístup odepřen ({path}).</translation>
    </message>
    <message>
        <source>Permission denied.</source>
        <translation>Přístup odepřen.</translation>
    </message>
    <message>
        <source>The location is read-only ({path}).</source>
        <translation>Umístění je jen pro čtení ({path}).</translation>
    </message>
    <message>
        <source>The location is read-only.</source>
        <translation>Umístění je jen pro čtení.</translation>
    </message>
    <message>
        <source>{reason} ({path}).</source>
        <translation>{reason} ({path}).</translation>
    </message>
    <message>
        <source>No output file given.</source>
        <translation>Není zadán výstupní soubor.</translation>
    </message>
    <message>
        <source>{path} is inside the vault folder {folder}: an export or report must not be written there (it could replace the vault&apos;s own files); choose a place outside it.</source>
        <translation>{path} je uvnitř složky trezoru {folder}: export ani sestava se tam nesmí zapisovat (mohly by nahradit vlastní soubory trezoru); zvolte místo mimo ni.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>Nelze zapsat {path}: {reason}</translation>
    </message>
    <message>
        <source>{path} is a folder; name a file to write.</source>
        <translation>{path} je složka; zadejte název souboru k zápisu.</translation>
    </message>
    <message>
        <source>{path} is not a regular file (a device, pipe or socket); name an ordinary file.</source>
        <translation>{path} není běžný soubor (zařízení, roura nebo soket); zadejte obyčejný soubor.</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name, or add --force to replace it.</source>
        <translation>{path} již existuje; zvolte jiný název nebo ho nahraďte přidáním --force.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Složka {folder} neexistuje.</translation>
    </message>
    <message>
        <source>{path} is not a regular file; it was not replaced.</source>
        <translation>{path} není běžný soubor; nebyl nahrazen.</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name.</source>
        <translation>{path} již existuje; zvolte jiný název.</translation>
    </message>
    <message>
        <source>Cannot read the {what} {path}: there is no such file.</source>
        <translation>{what} {path} nelze přečíst: takový soubor neexistuje.</translation>
    </message>
    <message>
        <source>Cannot read the {what} {path}: {reason}.</source>
        <translation>{what} {path} nelze přečíst: {reason}.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a {what} that can be read; choose an ordinary file.</source>
        <translation>{path} je složka a nelze ji číst jako {what}; zvolte obyčejný soubor.</translation>
    </message>
    <message>
        <source>{path} is a named pipe, not a {what} that can be read; choose an ordinary file.</source>
        <translation>{path} je pojmenovaná roura a nelze ji číst jako {what}; zvolte obyčejný soubor.</translation>
    </message>
    <message>
        <source>{path} is a device, not a {what} that can be read; choose an ordinary file.</source>
        <translation>{path} je zařízení a nelze ho číst jako {what}; zvolte obyčejný soubor.</translation>
    </message>
    <message>
        <source>{path} is not a regular file, not a {what} that can be read; choose an ordinary file.</source>
        <translation>{path} není běžný soubor a nelze ho číst jako {what}; zvolte obyčejný soubor.</translation>
    </message>
    <message>
        <source>{name} is {size} MB; a {what} can be at most {limit} MB: split it into smaller files.</source>
        <translation>{name} má {size} MB; {what} smí mít nejvýše {limit} MB: rozdělte ho na menší soubory.</translation>
    </message>
    <message>
        <source>{name} is too large for a {what} ({size} bytes; at most {limit}).</source>
        <translation>{name} je pro {what} příliš velký ({size} bajtů; nejvýše {limit}).</translation>
    </message>
    <message>
        <source>Cancelled; nothing was kept.</source>
        <translation>Zrušeno; nic nebylo uloženo.</translation>
    </message>
    <message>
        <source>Unsupported key derivation {algorithm} v{version}.</source>
        <translation>Nepodporované odvození klíče {algorithm} v{version}.</translation>
    </message>
    <message>
        <source>Key slot parameters are below the Argon2id floor (64 MiB, 3 passes); refusing.</source>
        <translation>Parametry slotu klíče jsou pod minimem Argon2id (64 MiB, 3 průchody); odmítnuto.</translation>
    </message>
    <message>
        <source>Key slot parameters are out of range; refusing.</source>
        <translation>Parametry slotu klíče jsou mimo povolený rozsah; odmítnuto.</translation>
    </message>
    <message>
        <source>Key slot parameters are malformed.</source>
        <translation>Parametry slotu klíče jsou chybně formátované.</translation>
    </message>
    <message>
        <source>keyslots.json is damaged and cannot be read.</source>
        <translation>keyslots.json je poškozen a nelze ho přečíst.</translation>
    </message>
    <message>
        <source>{path} is missing: this folder is not a vault, or it is incomplete.</source>
        <translation>{path} chybí: tato složka není trezor nebo je neúplná.</translation>
    </message>
    <message>
        <source>keyslots.json has been modified outside the app (its MAC does not match).</source>
        <translation>keyslots.json byl změněn mimo aplikaci (jeho MAC nesouhlasí).</translation>
    </message>
    <message>
        <source>A key slot in keyslots.json is damaged.</source>
        <translation>Slot klíče v keyslots.json je poškozen.</translation>
    </message>
    <message>
        <source>A key slot opened but its contents are malformed.</source>
        <translation>Slot klíče se otevřel, ale jeho obsah je chybně formátovaný.</translation>
    </message>
    <message>
        <source>A key slot holds a vault key of the wrong length.</source>
        <translation>Slot klíče obsahuje klíč trezoru nesprávné délky.</translation>
    </message>
    <message>
        <source>Sign-in refused: wrong user name, password or code.</source>
        <translation>Přihlášení odmítnuto: nesprávné uživatelské jméno, heslo nebo kód.</translation>
    </message>
    <message>
        <source>{path} was modified outside the app (its MAC does not match).</source>
        <translation>{path} byl změněn mimo aplikaci (jeho MAC nesouhlasí).</translation>
    </message>
    <message>
        <source>{path} is damaged.</source>
        <translation>{path} je poškozen.</translation>
    </message>
    <message>
        <source>The ledger at the backup location is signed by another key; ignored.</source>
        <translation>Evidence v umístění záloh je podepsána jiným klíčem; ignorováno.</translation>
    </message>
    <message>
        <source>The ledger at the backup location does not match its signature; ignored.</source>
        <translation>Evidence v umístění záloh neodpovídá svému podpisu; ignorováno.</translation>
    </message>
    <message>
        <source>The ledger at the backup location is damaged ({reason}).</source>
        <translation>Evidence v umístění záloh je poškozena ({reason}).</translation>
    </message>
    <message>
        <source>Cannot create the lock file {path}: {reason}.</source>
        <translation>Nelze vytvořit soubor zámku {path}: {reason}.</translation>
    </message>
    <message>
        <source>This vault is already open in another window or process. Close it there first.</source>
        <translation>Tento trezor je již otevřen v jiném okně nebo procesu. Nejprve ho tam zavřete.</translation>
    </message>
    <message>
        <source>This vault has schema version {version}, newer than this app knows ({known}); update the app to open it.</source>
        <translation>Tento trezor má verzi schématu {version}, novější, než tato aplikace zná ({known}); chcete-li ho otevřít, aktualizujte aplikaci.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Trezor je zamčen.</translation>
    </message>
    <message>
        <source>The vault has no {name}.</source>
        <translation>V trezoru chybí {name}.</translation>
    </message>
    <message>
        <source>use at least {minimum} characters (this one has {length})</source>
        <translation>použijte alespoň {minimum} znaků (toto jich má {length})</translation>
    </message>
    <message>
        <source>use at most {maximum} characters</source>
        <translation>použijte nejvýše {maximum} znaků</translation>
    </message>
    <message>
        <source>this is one of the most common passwords; choose another</source>
        <translation>toto je jedno z nejběžnějších hesel; zvolte jiné</translation>
    </message>
    <message>
        <source>the password must not be the user name</source>
        <translation>heslo nesmí být shodné s uživatelským jménem</translation>
    </message>
    <message>
        <source>a single repeated character is too easy to guess</source>
        <translation>jediný opakovaný znak je příliš snadné uhodnout</translation>
    </message>
    <message>
        <source>too easy to guess ({warning}); add more words or characters that do not follow a pattern</source>
        <translation>příliš snadno uhodnutelné ({warning}); přidejte další slova nebo znaky, které nesledují žádný vzor</translation>
    </message>
    <message>
        <source>too easy to guess; add more words or characters that do not follow a pattern</source>
        <translation>příliš snadno uhodnutelné; přidejte další slova nebo znaky, které nesledují žádný vzor</translation>
    </message>
    <message>
        <source>Password refused: {reasons}.</source>
        <translation>Heslo odmítnuto: {reasons}.</translation>
    </message>
    <message>
        <source>{folder} is not a vault (no keyslots.json).</source>
        <translation>{folder} není trezor (chybí keyslots.json).</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins. Try again in %n s.</source>
        <translation>
            <numerusform>Příliš mnoho neúspěšných přihlášení. Zkuste to znovu za %n s.</numerusform>
            <numerusform>Příliš mnoho neúspěšných přihlášení. Zkuste to znovu za %n s.</numerusform>
            <numerusform>Příliš mnoho neúspěšných přihlášení. Zkuste to znovu za %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>A key slot names a user who is not in the vault.</source>
        <translation>Slot klíče uvádí uživatele, který v trezoru není.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator.</source>
        <translation>Tento účet je zakázán. Obraťte se na administrátora.</translation>
    </message>
    <message>
        <source>You signed in with a temporary password: choose a new one first.</source>
        <translation>Přihlásili jste se dočasným heslem: nejprve si zvolte nové.</translation>
    </message>
    <message>
        <source>Sign-in refused: this password opens an older key slot than the vault knows for this account (it was changed or reset, or keyslots.json was replaced with an older copy). Ask an administrator to reset your password.</source>
        <translation>Přihlášení odmítnuto: toto heslo otevírá starší slot klíče, než trezor pro tento účet zná (heslo bylo změněno nebo resetováno, nebo byl soubor keyslots.json nahrazen starší kopií). Požádejte administrátora o resetování hesla.</translation>
    </message>
    <message>
        <source>The recovery key does not open this vault.</source>
        <translation>Klíč pro obnovení tento trezor neotevře.</translation>
    </message>
    <message>
        <source>{name}: a whole number from {low} to {high}</source>
        <translation>{name}: celé číslo od {low} do {high}</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>{low} až {high}</translation>
    </message>
    <message>
        <source>invitation file</source>
        <translation>soubor s pozvánkou</translation>
    </message>
    <message>
        <source>{path} is not a VaultCRM invitation file.</source>
        <translation>{path} není soubor s pozvánkou VaultCRM.</translation>
    </message>
    <message>
        <source>{user} is disabled; enable them before inviting a laptop.</source>
        <translation>Uživatel {user} je zakázán; než pozvete notebook, účet znovu povolte.</translation>
    </message>
    <message>
        <source>{user} already exists with another profile; change it with user set-profile first.</source>
        <translation>Uživatel {user} již existuje s jiným profilem; nejprve profil změňte příkazem user set-profile.</translation>
    </message>
    <message>
        <source>A user named {name} already exists.</source>
        <translation>Uživatel se jménem {name} již existuje.</translation>
    </message>
    <message>
        <source>{device} is not a device id.</source>
        <translation>{device} není ID zařízení.</translation>
    </message>
    <message>
        <source>No join request from device {device} at the sync location.</source>
        <translation>V umístění synchronizace není žádná žádost o připojení od zařízení {device}.</translation>
    </message>
    <message>
        <source>The join request of device {device} names an invitation this vault did not make; refused.</source>
        <translation>Žádost o připojení zařízení {device} uvádí pozvánku, kterou tento trezor nevytvořil; odmítnuto.</translation>
    </message>
    <message>
        <source>This invitation was used already (by device {device}); make a new one.</source>
        <translation>Tato pozvánka již byla použita (zařízením {device}); vytvořte novou.</translation>
    </message>
    <message>
        <source>This invitation expired on {time}; make a new one.</source>
        <translation>Platnost této pozvánky vypršela {time}; vytvořte novou.</translation>
    </message>
    <message>
        <source>The join request of device {device} is for another user than its invitation; refused.</source>
        <translation>Žádost o připojení zařízení {device} je pro jiného uživatele než jeho pozvánka; odmítnuto.</translation>
    </message>
    <message>
        <source>The join request of device {device} has no invitation and names no earlier device of its user; refused.</source>
        <translation>Žádost o připojení zařízení {device} nemá pozvánku a neuvádí žádné dřívější zařízení svého uživatele; odmítnuto.</translation>
    </message>
    <message>
        <source>Device {device} asks to join without an invitation: compare the fingerprint its laptop shows with {fingerprint} and pass it with --fingerprint.</source>
        <translation>Zařízení {device} žádá o připojení bez pozvánky: porovnejte otisk zobrazený na jeho notebooku s {fingerprint} a zadejte ho pomocí --fingerprint.</translation>
    </message>
    <message>
        <source>The user of device {device} does not exist or is disabled here.</source>
        <translation>Uživatel zařízení {device} zde neexistuje nebo je zakázán.</translation>
    </message>
    <message>
        <source>Device {device} is on the team&apos;s roster already.</source>
        <translation>Zařízení {device} již je na seznamu členů týmu.</translation>
    </message>
    <message>
        <source>A user name is 1 to 64 characters without spaces.</source>
        <translation>Uživatelské jméno má 1 až 64 znaků bez mezer.</translation>
    </message>
    <message>
        <source>A user name cannot hold invisible or direction-changing characters.</source>
        <translation>Uživatelské jméno nesmí obsahovat neviditelné znaky ani znaky měnící směr textu.</translation>
    </message>
    <message>
        <source>No such user.</source>
        <translation>Takový uživatel neexistuje.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Aktuální heslo je nesprávné.</translation>
    </message>
    <message>
        <source>--map wants HEADER=FIELD, not {item}.</source>
        <translation>--map vyžaduje tvar ZÁHLAVÍ=POLE, ne {item}.</translation>
    </message>
    <message>
        <source>--limit must be at least 1.</source>
        <translation>--limit musí být alespoň 1.</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Přihlášení odmítnuto</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Nepovoleno</translation>
    </message>
    <message>
        <source>Integrity check failed</source>
        <translation>Kontrola integrity selhala</translation>
    </message>
    <message>
        <source>Storage problem</source>
        <translation>Problém s úložištěm</translation>
    </message>
    <message>
        <source>Vault in use</source>
        <translation>Trezor se používá</translation>
    </message>
    <message>
        <source>Please check the form</source>
        <translation>Zkontrolujte formulář</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>Nepřijato</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Změněno někým jiným</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nenalezeno</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Nesprávné použití</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Zrušeno</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Něco se pokazilo</translation>
    </message>
    <message>
        <source>The computer ran out of memory; nothing was changed.</source>
        <translation>Počítači došla paměť; nic nebylo změněno.</translation>
    </message>
    <message>
        <source>Unexpected error ({kind}). Nothing was changed; please report this.</source>
        <translation>Neočekávaná chyba ({kind}). Nic nebylo změněno; nahlaste to prosím.</translation>
    </message>
    <message>
        <source>Sign in as yourself to make new recovery codes.</source>
        <translation>Chcete-li vytvořit nové kódy pro obnovení, přihlaste se pod vlastním účtem.</translation>
    </message>
    <message>
        <source>export format: one of {formats}</source>
        <translation>formát exportu: jedno z: {formats}</translation>
    </message>
    <message>
        <source>Cancelled; no file was left.</source>
        <translation>Zrušeno; nezůstal žádný soubor.</translation>
    </message>
    <message>
        <source>unknown import field {field}: use one of {fields}, email:LABEL, phone:LABEL, address:LABEL.street|city|postcode|region|country, custom:KEY</source>
        <translation>neznámé pole importu {field}: použijte jedno z: {fields}, email:POPISEK, phone:POPISEK, address:POPISEK.street|city|postcode|region|country, custom:KLÍČ</translation>
    </message>
    <message>
        <source>unknown encoding {encoding}</source>
        <translation>neznámé kódování {encoding}</translation>
    </message>
    <message>
        <source>the file is not valid {encoding} (byte {byte})</source>
        <translation>soubor není platný text v kódování {encoding} (bajt {byte})</translation>
    </message>
    <message>
        <source>the file starts like {encoding} but is not (byte {byte})</source>
        <translation>soubor začíná jako {encoding}, ale není (bajt {byte})</translation>
    </message>
    <message>
        <source>the file&apos;s encoding could not be recognised (is it a text file?)</source>
        <translation>kódování souboru se nepodařilo rozpoznat (jde o textový soubor?)</translation>
    </message>
    <message>
        <source>this is not a text file (it holds binary data); choose a CSV or vCard file</source>
        <translation>toto není textový soubor (obsahuje binární data); zvolte soubor CSV nebo vCard</translation>
    </message>
    <message>
        <source>duplicates: skip or import</source>
        <translation>duplicates: skip nebo import</translation>
    </message>
    <message>
        <source>file to import</source>
        <translation>soubor k importu</translation>
    </message>
    <message>
        <source>line {line}: {problem}</source>
        <translation>řádek {line}: {problem}</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>soubor je prázdný</translation>
    </message>
    <message>
        <source>--map: the file has no column {column} (columns: {columns})</source>
        <translation>--map: soubor nemá sloupec {column} (sloupce: {columns})</translation>
    </message>
    <message>
        <source>no column could be matched to a name, company, email or phone (columns: {columns}); map them explicitly: choose where each column goes in the import dialog, or give --map HEADER=FIELD</source>
        <translation>žádný sloupec se nepodařilo přiřadit ke jménu, firmě, e-mailu ani telefonu (sloupce: {columns}); přiřaďte je ručně: v dialogu importu zvolte, kam každý sloupec patří, nebo zadejte --map ZÁHLAVÍ=POLE</translation>
    </message>
    <message>
        <source>There is no import {id}.</source>
        <translation>Import {id} neexistuje.</translation>
    </message>
    <message>
        <source>no vCard found (no BEGIN:VCARD … END:VCARD)</source>
        <translation>nebyla nalezena žádná vizitka vCard (chybí BEGIN:VCARD … END:VCARD)</translation>
    </message>
    <message>
        <source>There is no profile named {name} (profiles: {profiles}).</source>
        <translation>Profil s názvem {name} neexistuje (profily: {profiles}).</translation>
    </message>
    <message>
        <source>There is no user named {name}.</source>
        <translation>Uživatel se jménem {name} neexistuje.</translation>
    </message>
    <message>
        <source>There must always be at least one active Administrator.</source>
        <translation>Vždy musí existovat alespoň jeden aktivní administrátor.</translation>
    </message>
    <message>
        <source>That profile has rights yours lacks ({rights}); ask an Administrator.</source>
        <translation>Tento profil má oprávnění, která váš profil nemá ({rights}); obraťte se na administrátora.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>Nemůžete zakázat vlastní účet.</translation>
    </message>
    <message>
        <source>{user} is not disabled.</source>
        <translation>Uživatel {user} není zakázán.</translation>
    </message>
    <message>
        <source>You cannot reset the password of your own account here; use Change password, which asks for your current password.</source>
        <translation>Heslo vlastního účtu zde resetovat nemůžete; použijte příkaz Změnit heslo, který vyžaduje vaše aktuální heslo.</translation>
    </message>
    <message>
        <source>{user} is disabled; re-enable the account instead.</source>
        <translation>Uživatel {user} je zakázán; místo toho účet znovu povolte.</translation>
    </message>
    <message>
        <source>You cannot reset the authenticator of your own account here; use Change authenticator, which asks for your current password.</source>
        <translation>Ověřovací aplikaci vlastního účtu zde resetovat nemůžete; použijte příkaz Znovu zaregistrovat ověřovací aplikaci, který vyžaduje vaše aktuální heslo.</translation>
    </message>
    <message>
        <source>{user} is disabled; re-enable the account first.</source>
        <translation>Uživatel {user} je zakázán; nejprve účet znovu povolte.</translation>
    </message>
    <message>
        <source>Not a sync clock stamp: {text}.</source>
        <extracomment>a difference above this between this device&apos;s clock and the location&apos;s file times is warned about</extracomment>
        <translation>Toto není časové razítko synchronizace: {text}.</translation>
    </message>
    <message>
        <source>A change is dated {hours} h ahead of this computer&apos;s clock; it was refused. Check the clock of the device that made it.</source>
        <translation>Změna je datována o {hours} h dopředu oproti hodinám tohoto počítače; byla odmítnuta. Zkontrolujte hodiny zařízení, které ji provedlo.</translation>
    </message>
    <message>
        <source>This vault already belongs to a team book.</source>
        <translation>Tento trezor už patří do týmové databáze.</translation>
    </message>
    <message>
        <source>Roster version {version} on the sync location is malformed; refused.</source>
        <translation>Verze {version} seznamu členů v umístění synchronizace má chybný formát; odmítnuto.</translation>
    </message>
    <message>
        <source>Roster version {version} belongs to another book; refused.</source>
        <translation>Verze {version} seznamu členů patří do jiné databáze; odmítnuto.</translation>
    </message>
    <message>
        <source>The roster chain skips from version {previous} to {version}; refused.</source>
        <translation>Řetězec seznamu členů přeskakuje z verze {previous} na {version}; odmítnuto.</translation>
    </message>
    <message>
        <source>Roster version {version} is signed by a device that could not manage users at the time; refused.</source>
        <translation>Verze {version} seznamu členů je podepsána zařízením, které v té době nemohlo spravovat uživatele; odmítnuto.</translation>
    </message>
    <message>
        <source>The signature of roster version {version} does not verify; refused.</source>
        <translation>Podpis verze {version} seznamu členů nelze ověřit; odmítnuto.</translation>
    </message>
    <message>
        <source>Roster version {version} does not follow version {previous}; refused.</source>
        <translation>Verze {version} seznamu členů nenavazuje na verzi {previous}; odmítnuto.</translation>
    </message>
    <message>
        <source>Roster version {version} drops a device, changes its keys or undoes a revocation; refused.</source>
        <translation>Verze {version} seznamu členů vynechává zařízení, mění jeho klíče nebo ruší odvolání; odmítnuto.</translation>
    </message>
    <message>
        <source>The sync location holds no roster; refused.</source>
        <translation>Umístění synchronizace neobsahuje žádný seznam členů; odmítnuto.</translation>
    </message>
    <message>
        <source>The roster&apos;s first version is not the one this device joined (its fingerprint differs); refused.</source>
        <translation>První verze seznamu členů není ta, ke které se toto zařízení připojilo (liší se její otisk); odmítnuto.</translation>
    </message>
    <message>
        <source>Segment {segment} is not a segment file; refused.</source>
        <translation>Segment {segment} není soubor segmentu; odmítnuto.</translation>
    </message>
    <message>
        <source>Segment {segment} belongs to another book; refused.</source>
        <translation>Segment {segment} patří do jiné databáze; odmítnuto.</translation>
    </message>
    <message>
        <source>Segment {segment} was signed as {signed}: it was renamed or replayed; refused.</source>
        <translation>Segment {segment} byl podepsán jako {signed}: byl přejmenován nebo znovu použit; odmítnuto.</translation>
    </message>
    <message>
        <source>Segment {segment} comes from a device that is not on the book&apos;s roster; refused.</source>
        <translation>Segment {segment} pochází ze zařízení, které není v seznamu členů databáze; odmítnuto.</translation>
    </message>
    <message>
        <source>The signature of segment {segment} does not verify: it was altered or forged; refused.</source>
        <translation>Podpis segmentu {segment} nelze ověřit: segment byl změněn nebo padělán; odmítnuto.</translation>
    </message>
    <message>
        <source>Segment {segment} was written after its device was revoked; refused.</source>
        <translation>Segment {segment} byl zapsán až po odvolání jeho zařízení; odmítnuto.</translation>
    </message>
    <message>
        <source>Segment {segment} is signed but its content is not a valid segment; refused.</source>
        <translation>Segment {segment} je podepsán, ale jeho obsah není platný segment; odmítnuto.</translation>
    </message>
    <message>
        <source>Segment {segment} is not encrypted to this device; refused.</source>
        <translation>Segment {segment} není zašifrován pro toto zařízení; odmítnuto.</translation>
    </message>
    <message>
        <source>Segment {segment} was written by a newer version of the app (schema {theirs}, this app reads up to {ours}): update the app to keep syncing.</source>
        <translation>Segment {segment} zapsala novější verze aplikace (schéma {theirs}, tato aplikace čte nejvýše {ours}): chcete-li pokračovat v synchronizaci, aktualizujte aplikaci.</translation>
    </message>
    <message>
        <source>Cannot list the sync location: {reason}</source>
        <translation>Obsah umístění synchronizace nelze vypsat: {reason}</translation>
    </message>
    <message>
        <source>Cannot list the sync location {url}: {reason}.</source>
        <translation>Obsah umístění synchronizace {url} nelze vypsat: {reason}.</translation>
    </message>
    <message>
        <source>{name} already exists at {url}; a published file is never replaced.</source>
        <translation>{name} již v {url} existuje; publikovaný soubor se nikdy nenahrazuje.</translation>
    </message>
    <message>
        <source>Publishing {name} failed: {reason}</source>
        <translation>Publikování {name} selhalo: {reason}</translation>
    </message>
    <message>
        <source>Publishing {name} to {url} failed: {reason}.</source>
        <translation>Publikování {name} do {url} selhalo: {reason}.</translation>
    </message>
    <message>
        <source>{name} read back from the sync location differs from what was sent.</source>
        <translation>Soubor {name} načtený zpět z umístění synchronizace se liší od odeslaného.</translation>
    </message>
    <message>
        <source>Cannot read {name}: {reason}</source>
        <translation>Nelze načíst {name}: {reason}</translation>
    </message>
    <message>
        <source>Cannot read {name} at {url}: {reason}.</source>
        <translation>Nelze načíst {name} v {url}: {reason}.</translation>
    </message>
    <message>
        <source>Name the invited user: --user YOU --user THEM, or --new-user THEM.</source>
        <translation>Uveďte pozvaného uživatele: --user VY --user POZVANÝ, nebo --new-user POZVANÝ.</translation>
    </message>
    <message>
        <source>Use: sync init VAULT --at URL, sync VAULT or sync status VAULT.</source>
        <translation>Použití: sync init TREZOR --at URL, sync TREZOR nebo sync status TREZOR.</translation>
    </message>
    <message>
        <source>sync init needs --at URL, the team&apos;s sync location.</source>
        <translation>sync init vyžaduje --at URL (umístění synchronizace týmu).</translation>
    </message>
    <message>
        <source>conflicts resolve needs --keep kept or --keep other.</source>
        <translation>conflicts resolve vyžaduje --keep kept nebo --keep other.</translation>
    </message>
    <message>
        <source>{id} is not a conflict id.</source>
        <translation>{id} není ID konfliktu.</translation>
    </message>
    <message>
        <source>Use: conflicts VAULT or conflicts resolve VAULT CONFLICT_ID --keep kept|other.</source>
        <translation>Použití: conflicts TREZOR nebo conflicts resolve TREZOR ID_KONFLIKTU --keep kept|other.</translation>
    </message>
    <message>
        <source>There is no conflict {id}.</source>
        <translation>Konflikt {id} neexistuje.</translation>
    </message>
    <message>
        <source>Conflict {id} was already resolved.</source>
        <translation>Konflikt {id} již byl vyřešen.</translation>
    </message>
    <message>
        <source>The record of conflict {id} is no longer here.</source>
        <translation>Záznam konfliktu {id} zde již není.</translation>
    </message>
    <message>
        <source>Keep either kept or other.</source>
        <translation>Zadejte kept, nebo other.</translation>
    </message>
    <message>
        <source>This vault is not a device of a team book (run sync init, or device join on a new laptop).</source>
        <translation>Tento trezor není zařízením týmové databáze (spusťte sync init, nebo device join na novém notebooku).</translation>
    </message>
    <message>
        <source>This device has no pinned roster fingerprint; it cannot check the team&apos;s roster.</source>
        <translation>Toto zařízení nemá připnutý otisk seznamu členů; nemůže seznam členů týmu ověřit.</translation>
    </message>
    <message>
        <source>This device may not change the team&apos;s roster (it is not an active administrator&apos;s device on it).</source>
        <translation>Toto zařízení nesmí měnit seznam členů týmu (není na něm aktivním zařízením administrátora).</translation>
    </message>
    <message>
        <source>Roster version {version} is half published on the sync location; it stays pending here.</source>
        <translation>Verze {version} seznamu členů je v umístění synchronizace publikována jen napůl; zde zůstává jako čekající.</translation>
    </message>
    <message>
        <source>Another administrator changed the team&apos;s roster at the same time; your change (roster version {version}) was not published. Do it again.</source>
        <translation>Jiný administrátor současně změnil seznam členů týmu; vaše změna (verze {version} seznamu členů) nebyla publikována. Proveďte ji znovu.</translation>
    </message>
    <message>
        <source>Device {device} is not on the team&apos;s roster.</source>
        <translation>Zařízení {device} není na seznamu členů týmu.</translation>
    </message>
    <message>
        <source>Device {device} is revoked already.</source>
        <translation>Zařízení {device} již je odvoláno.</translation>
    </message>
    <message>
        <source>A device cannot revoke itself; revoke it from another administrator&apos;s device.</source>
        <translation>Zařízení nemůže odvolat samo sebe; odvolejte ho ze zařízení jiného administrátora.</translation>
    </message>
    <message>
        <source>This invitation expired on {time}; ask for a new one.</source>
        <translation>Platnost této pozvánky vypršela {time}; požádejte o novou.</translation>
    </message>
    <message>
        <source>This device is on the team&apos;s roster already ({state}).</source>
        <translation>Toto zařízení již je na seznamu členů týmu ({state}).</translation>
    </message>
    <message>
        <source>This invitation is for another book or another user.</source>
        <translation>Tato pozvánka je pro jinou databázi nebo jiného uživatele.</translation>
    </message>
    <message>
        <source>This device is not on the book&apos;s roster yet: an administrator has to approve it before it can publish.</source>
        <extracomment>changes per segment (a transaction&apos;s changes are never split: a segment may hold more) bytes of change values per segment (attachment chunks are large): a batch ends before the transaction that would pass it (one bigger transaction goes alone), so a segment stays within the format&apos;s limits (docs/SYNC.md, &quot;Attachments&quot;)</extracomment>
        <translation>Toto zařízení zatím není na seznamu členů databáze: než bude moci publikovat, musí ho schválit administrátor.</translation>
    </message>
    <message>
        <source>This device is not on the book&apos;s roster: an administrator has to approve it first.</source>
        <extracomment>``vault_secrets`` row holding the last round&apos;s clock warnings (``sync status`` shows them)</extracomment>
        <translation>Toto zařízení není na seznamu členů databáze: nejprve ho musí schválit administrátor.</translation>
    </message>
    <message>
        <source>This device was revoked from the team book; it can no longer sync.</source>
        <translation>Toto zařízení bylo z týmové databáze odvoláno; již se nemůže synchronizovat.</translation>
    </message>
    <message>
        <source>This vault does not belong to a team book: run sync init first.</source>
        <translation>Tento trezor nepatří do týmové databáze: nejprve spusťte sync init.</translation>
    </message>
    <message>
        <source>This book has no sync location.</source>
        <translation>Tato databáze nemá umístění synchronizace.</translation>
    </message>
    <message>
        <source>The invitation code is 8 letters and digits, like ABCD-EFGH.</source>
        <translation>Kód pozvánky má 8 písmen a číslic, například ABCD-EFGH.</translation>
    </message>
    <message>
        <source>The join request of device {device} is not signed by the key it names; refused.</source>
        <translation>Žádost o připojení zařízení {device} není podepsána klíčem, který uvádí; odmítnuto.</translation>
    </message>
    <message>
        <source>The join request of device {device} was not made with the invitation&apos;s one-time code (a wrong code, or a request edited on the location); refused.</source>
        <translation>Žádost o připojení zařízení {device} nebyla vytvořena s jednorázovým kódem pozvánky (chybný kód nebo žádost upravená v umístění); odmítnuto.</translation>
    </message>
    <message>
        <source>The join request of device {device} is malformed; refused.</source>
        <translation>Žádost o připojení zařízení {device} má chybný formát; odmítnuto.</translation>
    </message>
    <message>
        <source>The join request of device {device} is for another book; refused.</source>
        <translation>Žádost o připojení zařízení {device} je pro jinou databázi; odmítnuto.</translation>
    </message>
    <message>
        <source>The join request found as {device} names another device; refused.</source>
        <translation>Žádost o připojení nalezená jako {device} uvádí jiné zařízení; odmítnuto.</translation>
    </message>
    <message>
        <source>This vault already trusts another team book&apos;s roster.</source>
        <translation>Tento trezor již důvěřuje seznamu členů jiné týmové databáze.</translation>
    </message>
    <message>
        <source>Snapshot {snapshot} is not a snapshot file; refused.</source>
        <extracomment>a manifest&apos;s plaintext (a few hundred bytes per part), and a part&apos;s (test seams) where the writer cuts a part (plaintext bytes)</extracomment>
        <translation>Snímek {snapshot} není soubor snímku; odmítnuto.</translation>
    </message>
    <message>
        <source>Snapshot {snapshot} was signed for another place or book; refused.</source>
        <translation>Snímek {snapshot} byl podepsán pro jiné místo nebo jinou databázi; odmítnuto.</translation>
    </message>
    <message>
        <source>Snapshot {snapshot} comes from a device that is not on the book&apos;s roster; refused.</source>
        <translation>Snímek {snapshot} pochází ze zařízení, které není na seznamu členů databáze; odmítnuto.</translation>
    </message>
    <message>
        <source>The signature of snapshot {snapshot} does not verify; refused.</source>
        <translation>Podpis snímku {snapshot} nelze ověřit; odmítnuto.</translation>
    </message>
    <message>
        <source>Snapshot {snapshot} is not encrypted to this device; refused.</source>
        <translation>Snímek {snapshot} není zašifrován pro toto zařízení; odmítnuto.</translation>
    </message>
    <message>
        <source>Snapshot {snapshot} is signed but its content is not a valid snapshot; refused.</source>
        <translation>Snímek {snapshot} je podepsán, ale jeho obsah není platný snímek; odmítnuto.</translation>
    </message>
    <message>
        <source>Snapshot {snapshot} was written by a newer version of the app: update the app to keep syncing.</source>
        <translation>Snímek {snapshot} zapsala novější verze aplikace: chcete-li pokračovat v synchronizaci, aktualizujte aplikaci.</translation>
    </message>
    <message>
        <source>stage: one of {choices}</source>
        <translation>fáze: jedna z {choices}</translation>
    </message>
    <message>
        <source>The team&apos;s sync folder {path} is not there (is its drive or share connected?).</source>
        <extracomment>at lock and exit, a round gets this long before it is cancelled and the vault locks anyway</extracomment>
        <translation>Složka synchronizace týmu {path} neexistuje (je připojen její disk nebo sdílená složka?).</translation>
    </message>
    <message>
        <source>{path} is not a folder.</source>
        <translation>{path} není složka.</translation>
    </message>
    <message>
        <source>Snooze for 10m, 1h or tomorrow.</source>
        <translation>Odložte na 10m, 1h nebo tomorrow.</translation>
    </message>
    <message>
        <source>not a date (YYYY-MM-DD)</source>
        <translation>není to datum (RRRR-MM-DD)</translation>
    </message>
    <message>
        <source>not a time (HH:MM)</source>
        <translation>není to čas (HH:MM)</translation>
    </message>
    <message>
        <source>You can give tasks only to yourself.</source>
        <translation>Úkoly můžete přidělovat jen sobě.</translation>
    </message>
    <message>
        <source>owner: no such active user</source>
        <translation>vlastník: takový aktivní uživatel neexistuje</translation>
    </message>
    <message>
        <source>no such active user</source>
        <translation>takový aktivní uživatel neexistuje</translation>
    </message>
    <message>
        <source>There is no task {id}.</source>
        <translation>Úkol {id} neexistuje.</translation>
    </message>
    <message>
        <source>This task is not one of yours.</source>
        <translation>Tento úkol není váš.</translation>
    </message>
    <message>
        <source>Someone else changed this task meanwhile. Reload it.</source>
        <translation>Někdo jiný mezitím tento úkol změnil. Načtěte ho znovu.</translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD)</source>
        <translation>datum (RRRR-MM-DD)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export customers</source>
        <translation>Exportovat zákazníky</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formát</translation>
    </message>
    <message>
        <source>CSV (spreadsheets)</source>
        <translation>CSV (tabulkové procesory)</translation>
    </message>
    <message>
        <source>vCard (address books)</source>
        <translation>vCard (adresáře)</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formát:</translation>
    </message>
    <message>
        <source>All customers I can see</source>
        <translation>Všichni zákazníci, které vidím</translation>
    </message>
    <message>
        <source>Only the current search and filters</source>
        <translation>Jen aktuální hledání a filtry</translation>
    </message>
    <message>
        <source>Which:</source>
        <translation>Rozsah:</translation>
    </message>
    <message>
        <source>Sensitive fields are masked unless your profile may read them. The export is recorded in the audit log; keep the file safe.</source>
        <translation>Citlivá pole jsou maskována, pokud je váš profil nesmí číst. Export se zaznamená do protokolu auditu; soubor bezpečně uložte.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportovat…</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportovat do</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportuje se…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Zrušeno.</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Dokončeno.</translation>
    </message>
    <message>
        <source>Cancelled; no file was left.</source>
        <translation>Zrušeno; nezůstal žádný soubor.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n customer(s).</source>
        <translation>
            <numerusform>Exportován %n zákazník.</numerusform>
            <numerusform>Exportováni %n zákazníci.</numerusform>
            <numerusform>Exportováno %n zákazníků.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zavřít</translation>
    </message>
</context>
<context>
    <name>FolderPage</name>
    <message>
        <source>Choose an empty or new folder on this laptop for your vault (not a synced cloud folder).</source>
        <translation>Vyberte na tomto notebooku prázdnou nebo novou složku pro svůj trezor (ne složku synchronizovanou s cloudem).</translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation>Složka trezoru</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procházet…</translation>
    </message>
    <message>
        <source>Browse for a folder</source>
        <translation>Vybrat složku</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Složka:</translation>
    </message>
</context>
<context>
    <name>FollowUpRow</name>
    <message>
        <source>Follow up on</source>
        <translation>Navázat dne</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Datum navázání</translation>
    </message>
    <message>
        <source>Follow up: {summary}</source>
        <translation>Navázat: {summary}</translation>
    </message>
</context>
<context>
    <name>ForgotPasswordDialog</name>
    <message>
        <source>Forgot password</source>
        <translation>Zapomenuté heslo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Další</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Váš klíč pro obnovení</translation>
    </message>
    <message>
        <source>The recovery key is on the recovery sheet printed when the vault was made. It lets you choose a new password and set up your authenticator again.</source>
        <translation>Klíč pro obnovení je na listu pro obnovení, který se vytiskl při vytvoření trezoru. Umožňuje zvolit nové heslo a znovu nastavit ověřovací aplikaci.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Uživatelské jméno</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Klíč pro obnovení</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zobrazit</translation>
    </message>
    <message>
        <source>From a file…</source>
        <translation>Ze souboru…</translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation>Zvolte nové heslo</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nové heslo</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>Zopakujte nové heslo</translation>
    </message>
    <message>
        <source>Set up your authenticator again</source>
        <translation>Znovu nastavte ověřovací aplikaci</translation>
    </message>
    <message>
        <source>Choose the recovery sheet (PDF or text)</source>
        <translation>Zvolte list pro obnovení (PDF nebo text)</translation>
    </message>
    <message>
        <source>Recovery sheet (*.pdf *.txt);;All files (*)</source>
        <translation>List pro obnovení (*.pdf *.txt);;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation>Zadejte uživatelské jméno.</translation>
    </message>
    <message>
        <source>This is not a whole recovery key: it starts with AGE-SECRET-KEY-1 and has 74 characters. Compare it with your recovery sheet.</source>
        <translation>Toto není celý klíč pro obnovení: začíná AGE-SECRET-KEY-1 a má 74 znaků. Porovnejte ho s listem pro obnovení.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zpět</translation>
    </message>
    <message>
        <source>Set the new password</source>
        <translation>Nastavit nové heslo</translation>
    </message>
    <message>
        <source>This password is not accepted yet: see the notes above.</source>
        <translation>Toto heslo zatím není přijato: viz poznámky výše.</translation>
    </message>
    <message>
        <source>Check the code</source>
        <translation>Ověřit kód</translation>
    </message>
    <message>
        <source>That is not the code your authenticator app shows now. Check that you scanned the new code, then type the six digits it shows.</source>
        <translation>To není kód, který ověřovací aplikace právě zobrazuje. Zkontrolujte, že jste naskenovali nový kód, a zadejte šest číslic, které zobrazuje.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Created</source>
        <translation>Vytvořeno</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Změněno</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>Zobrazeno</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Odstraněno</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Obnoveno</translation>
    </message>
    <message>
        <source>Sensitive data shown</source>
        <translation>Zobrazeny citlivé údaje</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportováno</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Sloučeno</translation>
    </message>
    <message>
        <source>Interaction logged</source>
        <translation>Zapsána interakce</translation>
    </message>
    <message>
        <source>Deal created</source>
        <translation>Vytvořen obchod</translation>
    </message>
    <message>
        <source>Deal changed</source>
        <translation>Změněn obchod</translation>
    </message>
    <message>
        <source>Deal deleted</source>
        <translation>Odstraněn obchod</translation>
    </message>
    <message>
        <source>Processing restricted</source>
        <translation>Zpracování omezeno</translation>
    </message>
    <message>
        <source>Restriction lifted</source>
        <translation>Omezení zrušeno</translation>
    </message>
    <message>
        <source>Subject access export</source>
        <translation>Export pro subjekt údajů</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Vymazáno</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Souhlas zaznamenán</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Souhlas odvolán</translation>
    </message>
    <message>
        <source>Purchase preference added</source>
        <translation>Přidána nákupní preference</translation>
    </message>
    <message>
        <source>Purchase preference removed</source>
        <translation>Odebrána nákupní preference</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>unreadable CSV: {problem}</source>
        <translation>nečitelný soubor CSV: {problem}</translation>
    </message>
    <message>
        <source>the file&apos;s encoding was guessed as {encoding} (not sure): check that names with accents read right, or give the encoding</source>
        <translation>kódování souboru bylo odhadnuto jako {encoding} (nejisté): zkontrolujte, zda se jména s diakritikou zobrazují správně, nebo kódování zadejte</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>řádek {line}</translation>
    </message>
    <message>
        <source>the row has {cells} cells where the header has {width}</source>
        <translation>počet buněk v řádku: {cells}, v záhlaví: {width}</translation>
    </message>
    <message>
        <source>column {column} is too long ({length} characters; at most {limit})</source>
        <translation>sloupec {column} je příliš dlouhý (počet znaků: {length}; nejvýše {limit})</translation>
    </message>
    <message>
        <source>holds sensitive fields ({fields}) your profile cannot see</source>
        <translation>obsahuje citlivá pole ({fields}), která váš profil nemůže zobrazit</translation>
    </message>
    <message>
        <source>duplicate: {reason}</source>
        <translation>duplicita: {reason}</translation>
    </message>
    <message>
        <source>card {card} (line {line})</source>
        <translation>vizitka {card} (řádek {line})</translation>
    </message>
    <message>
        <source>not a readable vCard: {problem}</source>
        <translation>nečitelná vizitka vCard: {problem}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import customers</source>
        <translation>Importovat zákazníky</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importovat</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Není vybrán žádný soubor.</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Zvolit soubor…</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>Zvolte soubor k importu</translation>
    </message>
    <message>
        <source>CSV (Google, Outlook or your own columns) or vCard. Check where each column goes; nothing is written until you press Import.</source>
        <translation>CSV (Google, Outlook nebo vlastní sloupce) nebo vCard. Zkontrolujte, kam jednotlivé sloupce patří; nic se nezapíše, dokud nekliknete na Importovat.</translation>
    </message>
    <message>
        <source>The file&apos;s encoding was guessed and may be wrong: check that names with accents read right in the examples, or choose another encoding.</source>
        <translation>Kódování souboru bylo odhadnuto a může být nesprávné: zkontrolujte, zda se jména s diakritikou v ukázkách zobrazují správně, nebo zvolte jiné kódování.</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Mapování sloupců</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importuje se…</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Odmítnuté řádky</translation>
    </message>
    <message>
        <source>Encoding of the file</source>
        <translation>Kódování souboru</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Kódování:</translation>
    </message>
    <message>
        <source>Label of the address</source>
        <translation>Popisek adresy</translation>
    </message>
    <message>
        <source>The address is a:</source>
        <translation>Typ adresy:</translation>
    </message>
    <message>
        <source>Contacts (*.csv *.tsv *.txt *.vcf *.vcard);;All files (*)</source>
        <translation>Kontakty (*.csv *.tsv *.txt *.vcf *.vcard);;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>Reading the file and checking every record…</source>
        <translation>Načítá se soubor a kontroluje se každý záznam…</translation>
    </message>
    <message>
        <source>Reading the file and checking every record… {0} so far</source>
        <translation>Načítá se soubor a kontroluje se každý záznam… zatím {0}</translation>
    </message>
    <message>
        <source>No column was recognised as a name, company, e-mail or phone. Choose below where each column goes.</source>
        <translation>Žádný sloupec nebyl rozpoznán jako jméno, firma, e-mail nebo telefon. Níže zvolte, kam jednotlivé sloupce patří.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) can be imported; {0} would be refused (listed after the import).</source>
        <translation>
            <numerusform>%n záznam lze importovat; odmítnuto by bylo: {0} (seznam se zobrazí po importu).</numerusform>
            <numerusform>%n záznamy lze importovat; odmítnuto by bylo: {0} (seznam se zobrazí po importu).</numerusform>
            <numerusform>%n záznamů lze importovat; odmítnuto by bylo: {0} (seznam se zobrazí po importu).</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} imported, {1} not imported.</source>
        <translation>Importováno: {0}, neimportováno: {1}.</translation>
    </message>
    <message>
        <source>Cancelled. </source>
        <translation>Zrušeno. </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zavřít</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>Do not import</source>
        <translation>Neimportovat</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Celé jméno</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Jméno</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Prostřední jméno</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Příjmení</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Pracovní pozice</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>E-mails (several in one cell)</source>
        <translation>E-maily (více v jedné buňce)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Phones (several in one cell)</source>
        <translation>Telefony (více v jedné buňce)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stav</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Štítky</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Poznámky</translation>
    </message>
    <message>
        <source>Person or company</source>
        <translation>Osoba nebo firma</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>DIČ</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Datum narození</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Bankovní účet</translation>
    </message>
    <message>
        <source>Confidential notes</source>
        <translation>Důvěrné poznámky</translation>
    </message>
    <message>
        <source>street</source>
        <translation>ulice</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>PSČ</translation>
    </message>
    <message>
        <source>city</source>
        <translation>město</translation>
    </message>
    <message>
        <source>region</source>
        <translation>kraj</translation>
    </message>
    <message>
        <source>country</source>
        <translation>země</translation>
    </message>
    <message>
        <source>Work address</source>
        <translation>Pracovní adresa</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>Domácí adresa</translation>
    </message>
    <message>
        <source>Other address</source>
        <translation>Jiná adresa</translation>
    </message>
    <message>
        <source>work</source>
        <translation>práce</translation>
    </message>
    <message>
        <source>home</source>
        <translation>domů</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobil</translation>
    </message>
    <message>
        <source>other</source>
        <translation>jiné</translation>
    </message>
    <message>
        <source>main</source>
        <translation>hlavní</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>fax</translation>
    </message>
    <message>
        <source>car</source>
        <translation>auto</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>pager</translation>
    </message>
    <message>
        <source>Unicode (UTF-8)</source>
        <translation>Unicode (UTF-8)</translation>
    </message>
    <message>
        <source>Unicode (UTF-8 with BOM)</source>
        <translation>Unicode (UTF-8 s BOM)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16)</source>
        <translation>Unicode (UTF-16)</translation>
    </message>
    <message>
        <source>Central European (Windows-1250)</source>
        <translation>Středoevropské (Windows-1250)</translation>
    </message>
    <message>
        <source>Central European (ISO 8859-2)</source>
        <translation>Středoevropské (ISO 8859-2)</translation>
    </message>
    <message>
        <source>Western European (Windows-1252)</source>
        <translation>Západoevropské (Windows-1252)</translation>
    </message>
    <message>
        <source>Western European (ISO 8859-15)</source>
        <translation>Západoevropské (ISO 8859-15)</translation>
    </message>
    <message>
        <source>Cyrillic (Windows-1251)</source>
        <translation>Cyrilice (Windows-1251)</translation>
    </message>
    <message>
        <source>Cyrillic (KOI8-R)</source>
        <translation>Cyrilice (KOI8-R)</translation>
    </message>
    <message>
        <source>Greek (Windows-1253)</source>
        <translation>Řecké (Windows-1253)</translation>
    </message>
</context>
<context>
    <name>InteractionKind</name>
    <message>
        <source>Call</source>
        <translation>Hovor</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Schůzka</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Návštěva</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Poznámka</translation>
    </message>
</context>
<context>
    <name>InvitationPage</name>
    <message>
        <source>Your administrator gave you an invitation file and told you a one-time code. This laptop gets its own vault, with your own password and authenticator, and syncs with the team.</source>
        <translation>Administrátor vám dal soubor s pozvánkou a sdělil jednorázový kód. Tento notebook dostane vlastní trezor s vaším vlastním heslem a ověřovací aplikací a bude se synchronizovat s týmem.</translation>
    </message>
    <message>
        <source>Invitation file</source>
        <translation>Soubor s pozvánkou</translation>
    </message>
    <message>
        <source>Open the invitation…</source>
        <translation>Otevřít pozvánku…</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Jednorázový kód</translation>
    </message>
    <message>
        <source>ABCD-EFGH</source>
        <translation>ABCD-EFGH</translation>
    </message>
    <message>
        <source>Password or access key of the sync location</source>
        <translation>Heslo nebo přístupový klíč umístění synchronizace</translation>
    </message>
    <message>
        <source>Location password or key:</source>
        <translation>Heslo nebo klíč umístění:</translation>
    </message>
    <message>
        <source>One-time code:</source>
        <translation>Jednorázový kód:</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>Invite a laptop</source>
        <translation>Pozvat notebook</translation>
    </message>
    <message>
        <source>Choose the colleague who will use the new laptop, or type a new user name. The invitation file holds no secret; the one-time code does: tell it to them separately.</source>
        <translation>Vyberte kolegu, který bude nový notebook používat, nebo zadejte nové uživatelské jméno. Soubor s pozvánkou neobsahuje žádné tajemství; jednorázový kód ano: sdělte mu ho zvlášť.</translation>
    </message>
    <message>
        <source>Team user</source>
        <translation>Uživatel týmu</translation>
    </message>
    <message>
        <source>Profile of a new user</source>
        <translation>Profil nového uživatele</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Uživatel:</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <source>Save the invitation…</source>
        <translation>Uložit pozvánku…</translation>
    </message>
    <message>
        <source>QR code of the invitation</source>
        <translation>QR kód pozvánky</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Jednorázový kód</translation>
    </message>
    <message>
        <source>Choose or type the user who will use the new laptop.</source>
        <translation>Vyberte nebo zadejte uživatele, který bude nový notebook používat.</translation>
    </message>
    <message>
        <source>Save the invitation</source>
        <translation>Uložit pozvánku</translation>
    </message>
    <message>
        <source>Invitation for {0}.vaultcrm-invite</source>
        <translation>Pozvánka pro {0}.vaultcrm-invite</translation>
    </message>
    <message>
        <source>VaultCRM invitations (*.vaultcrm-invite)</source>
        <translation>Pozvánky VaultCRM (*.vaultcrm-invite)</translation>
    </message>
    <message>
        <source>Invitation for {user} ({profile}) saved to {path}.</source>
        <translation>Pozvánka pro {user} ({profile}) uložena do {path}.</translation>
    </message>
    <message>
        <source>Shown only now: tell {user} this code separately from the file (in person or by phone). It works once, until {time}.</source>
        <translation>Zobrazeno jen nyní: sdělte tento kód uživateli {user} odděleně od souboru (osobně nebo telefonicky). Platí jednou, do {time}.</translation>
    </message>
    <message>
        <source>Genesis fingerprint: {0}
The new laptop shows it when it opens the invitation; it must be the same.</source>
        <translation>Otisk počáteční verze seznamu členů: {0}
Nový notebook ho zobrazí po otevření pozvánky; musí být stejný.</translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <source>Cancelled.</source>
        <translation>Zrušeno.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Zastaveno.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Zrušeno. Nic se nezměnilo.</translation>
    </message>
</context>
<context>
    <name>JoinTeamWizard</name>
    <message>
        <source>Open your invitation</source>
        <translation>Otevřete pozvánku</translation>
    </message>
    <message>
        <source>Where to keep your vault</source>
        <translation>Kde uložit trezor</translation>
    </message>
    <message>
        <source>Choose your password</source>
        <translation>Zvolte své heslo</translation>
    </message>
    <message>
        <source>Set up your authenticator app</source>
        <translation>Nastavte ověřovací aplikaci</translation>
    </message>
    <message>
        <source>Your recovery sheet</source>
        <translation>Váš list pro obnovení</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Čekání na schválení</translation>
    </message>
    <message>
        <source>Downloading the customer book</source>
        <translation>Stahování databáze zákazníků</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zpět</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Další</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>Open the invitation</source>
        <translation>Otevřít pozvánku</translation>
    </message>
    <message>
        <source>VaultCRM invitations (*.vaultcrm-invite);;All files (*)</source>
        <translation>Pozvánky VaultCRM (*.vaultcrm-invite);;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>Invitation for {user} ({profile}), valid until {time}.
Sync location: {location}
Genesis fingerprint: {fingerprint}
Check with your administrator that their screen shows the same fingerprint.</source>
        <translation>Pozvánka pro {user} ({profile}), platná do {time}.
Umístění synchronizace: {location}
Otisk počáteční verze seznamu členů: {fingerprint}
Ověřte s administrátorem, že jeho obrazovka ukazuje stejný otisk.</translation>
    </message>
    <message>
        <source>Choose another folder: </source>
        <translation>Vyberte jinou složku: </translation>
    </message>
    <message>
        <source>Folder for your vault</source>
        <translation>Složka pro váš trezor</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Hesla nejsou stejná.</translation>
    </message>
    <message>
        <source>This password is not accepted: </source>
        <translation>Toto heslo nelze přijmout: </translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>Uložit list pro obnovení</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to {0}. Move it somewhere safe and offline.</source>
        <translation>Uloženo do {0}. Přesuňte ho na bezpečné místo mimo síť.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Tisk</translation>
    </message>
    <message>
        <source>Print the recovery sheet?</source>
        <translation>Vytisknout list pro obnovení?</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Odesláno na tiskárnu.</translation>
    </message>
    <message>
        <source>If your administrator asks, this laptop&apos;s request fingerprint is {0}.</source>
        <translation>Pokud se administrátor zeptá, otisk žádosti o připojení tohoto notebooku je {0}.</translation>
    </message>
    <message numerus="yes">
        <source>Checked at {0}; checked again every %n second(s).</source>
        <translation>
            <numerusform>Zkontrolováno v {0}; další kontrola každou %n sekundu.</numerusform>
            <numerusform>Zkontrolováno v {0}; další kontrola každé %n sekundy.</numerusform>
            <numerusform>Zkontrolováno v {0}; další kontrola každých %n sekund.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not check at {0}: {1}</source>
        <translation>Kontrola v {0} se nezdařila: {1}</translation>
    </message>
    <message>
        <source>Downloading the book…</source>
        <translation>Stahování databáze…</translation>
    </message>
    <message numerus="yes">
        <source>The book is on this laptop: %n change(s) applied.</source>
        <translation>
            <numerusform>Databáze je na tomto notebooku: použita %n změna.</numerusform>
            <numerusform>Databáze je na tomto notebooku: použity %n změny.</numerusform>
            <numerusform>Databáze je na tomto notebooku: použito %n změn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled. Try again when you are ready.</source>
        <translation>Zrušeno. Zkuste to znovu, až budete připraveni.</translation>
    </message>
    <message>
        <source>Leave the wizard?</source>
        <translation>Opustit průvodce?</translation>
    </message>
    <message>
        <source>This laptop&apos;s vault is made and its request to join is sent. Open the vault later from Recent vaults: it syncs once an administrator approves it.</source>
        <translation>Trezor tohoto notebooku je vytvořen a žádost o připojení odeslána. Otevřete trezor později z Posledních trezorů: začne se synchronizovat, jakmile ho administrátor schválí.</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Odejít</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Zůstat</translation>
    </message>
    <message>
        <source>Step {0} of {1}</source>
        <translation>Krok {0} z {1}</translation>
    </message>
    <message>
        <source>{user}, choose your own password for this laptop: at least 12 characters; several unrelated words work well. Nobody else knows it, not even your administrator.</source>
        <translation>{user}, zvolte si vlastní heslo pro tento notebook: alespoň 12 znaků; dobře poslouží několik nesouvisejících slov. Nikdo jiný ho nezná, ani administrátor.</translation>
    </message>
    <message>
        <source>Create my vault</source>
        <translation>Vytvořit můj trezor</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Vytváření…</translation>
    </message>
    <message>
        <source>Confirm code</source>
        <translation>Potvrdit kód</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>Čekání…</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Stahování…</translation>
    </message>
    <message>
        <source>Open the workspace</source>
        <translation>Otevřít pracovní prostor</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Language</source>
        <translation>Jazyk</translation>
    </message>
</context>
<context>
    <name>LocationPicker</name>
    <message>
        <source>Sync location</source>
        <translation>Umístění synchronizace</translation>
    </message>
    <message>
        <source>A shared folder, or sftp://, webdav://, s3:// …</source>
        <translation>Sdílená složka, nebo sftp://, webdav://, s3:// …</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Složka…</translation>
    </message>
    <message>
        <source>Choose a folder for the sync location</source>
        <translation>Vybrat složku pro umístění synchronizace</translation>
    </message>
    <message>
        <source>Sync location:</source>
        <translation>Umístění synchronizace:</translation>
    </message>
    <message>
        <source>Password or access key of the location</source>
        <translation>Heslo nebo přístupový klíč umístění</translation>
    </message>
    <message>
        <source>Only if the location needs one (S3: KEY_ID:SECRET)</source>
        <translation>Jen pokud ho umístění vyžaduje (S3: KEY_ID:SECRET)</translation>
    </message>
    <message>
        <source>Password or key:</source>
        <translation>Heslo nebo klíč:</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Otestovat připojení</translation>
    </message>
    <message>
        <source>Folder for the team&apos;s sync location</source>
        <translation>Složka pro umístění synchronizace týmu</translation>
    </message>
    <message>
        <source>Choose the team&apos;s sync location first.</source>
        <translation>Nejprve vyberte umístění synchronizace týmu.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Testování připojení…</translation>
    </message>
    <message>
        <source>Connected. Nothing has been written there yet.</source>
        <translation>Připojeno. Zatím tam nic nebylo zapsáno.</translation>
    </message>
    <message>
        <source>New SFTP server</source>
        <translation>Nový server SFTP</translation>
    </message>
    <message>
        <source>This is the first connection to {host}. Its host key fingerprint is:
{fingerprint}

Compare it with the one your server administrator gives you. Trust it?</source>
        <translation>Toto je první připojení k {host}. Otisk jeho klíče hostitele je:
{fingerprint}

Porovnejte ho s tím, který vám dá správce serveru. Důvěřovat mu?</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Důvěřovat</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
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
        <translation>&amp;Trezor</translation>
    </message>
    <message>
        <source>New vault…</source>
        <translation>Nový trezor…</translation>
    </message>
    <message>
        <source>Open vault…</source>
        <translation>Otevřít trezor…</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Zamknout</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Nastavení…</translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation>Změnit heslo…</translation>
    </message>
    <message>
        <source>Re-enrol my authenticator…</source>
        <translation>Znovu zaregistrovat ověřovací aplikaci…</translation>
    </message>
    <message>
        <source>New recovery codes…</source>
        <translation>Nové kódy pro obnovení…</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>Zálohovat nyní…</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Obnovit ze zálohy…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchronizovat nyní</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Ukončit</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Zákazníci</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>&amp;Administrace</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Nápověda</translation>
    </message>
    <message>
        <source>About VaultCRM</source>
        <translation>O aplikaci VaultCRM</translation>
    </message>
    <message>
        <source>You joined the team. This laptop syncs with it.</source>
        <translation>Připojili jste se k týmu. Tento notebook se s ním synchronizuje.</translation>
    </message>
    <message>
        <source>Your vault is ready. Add your first customer with Ctrl+N.</source>
        <translation>Trezor je připraven. Prvního zákazníka přidáte klávesami Ctrl+N.</translation>
    </message>
    <message>
        <source>This is a throwaway demo vault with generated customers; it is deleted when you quit.</source>
        <translation>Toto je dočasný ukázkový trezor s vygenerovanými zákazníky; po ukončení aplikace se odstraní.</translation>
    </message>
    <message numerus="yes">
        <source>Settings saved. Scheduled backups run every %n hour(s); to take one now, choose Back up now… in the Vault menu.</source>
        <translation>
            <numerusform>Nastavení uloženo. Plánované zálohy se spouštějí každou %n hodinu; chcete-li zálohovat hned, zvolte v nabídce Trezor položku „Zálohovat nyní…“.</numerusform>
            <numerusform>Nastavení uloženo. Plánované zálohy se spouštějí každé %n hodiny; chcete-li zálohovat hned, zvolte v nabídce Trezor položku „Zálohovat nyní…“.</numerusform>
            <numerusform>Nastavení uloženo. Plánované zálohy se spouštějí každých %n hodin; chcete-li zálohovat hned, zvolte v nabídce Trezor položku „Zálohovat nyní…“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Nastavení uloženo.</translation>
    </message>
    <message>
        <source>Vault in {0} — VaultCRM</source>
        <translation>Trezor ve složce {0} — VaultCRM</translation>
    </message>
    <message>
        <source>{0} — VaultCRM</source>
        <translation>{0} — VaultCRM</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Zálohuje se…</translation>
    </message>
    <message numerus="yes">
        <source>%n deleted record(s) erased for good (undo window over)</source>
        <translation>
            <numerusform>%n odstraněný záznam trvale vymazán (lhůta pro vrácení uplynula)</numerusform>
            <numerusform>%n odstraněné záznamy trvale vymazány (lhůta pro vrácení uplynula)</numerusform>
            <numerusform>%n odstraněných záznamů trvale vymazáno (lhůta pro vrácení uplynula)</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted records past their undo window could not be erased: {0}</source>
        <translation>Odstraněné záznamy po uplynutí lhůty pro vrácení nebylo možné vymazat: {0}</translation>
    </message>
    <message>
        <source>The new language, {0}, applies the next time you start VaultCRM.</source>
        <translation>Nový jazyk ({0}) se použije při příštím spuštění VaultCRM.</translation>
    </message>
    <message>
        <source>Your new password is set.</source>
        <translation>Nové heslo je nastaveno.</translation>
    </message>
    <message>
        <source>VaultCRM: a local-first CRM whose customer data never leaves an encrypted vault.</source>
        <translation>VaultCRM: lokální CRM, jehož zákaznická data nikdy neopustí šifrovaný trezor.</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Verze {version}</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <source>Field for {0}</source>
        <translation>Pole pro {0}</translation>
    </message>
</context>
<context>
    <name>MyDay</name>
    <message>
        <source>Overdue</source>
        <translation>Po termínu</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Dnes</translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation>Příštích 7 dní</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Vysoká</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Nízká</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normální</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termín</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Úkol</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Zákazník</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorita</translation>
    </message>
</context>
<context>
    <name>MyDayPage</name>
    <message>
        <source>My day</source>
        <translation>Můj den</translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation>Moje úkoly</translation>
    </message>
    <message>
        <source>&amp;New task…</source>
        <translation>&amp;Nový úkol…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Upravit…</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Označit jako &amp;splněné</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Odložit</translation>
    </message>
    <message>
        <source>10 minutes</source>
        <translation>10 minut</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hodina</translation>
    </message>
    <message>
        <source>Tomorrow morning</source>
        <translation>Zítra ráno</translation>
    </message>
    <message>
        <source>Export &amp;calendar…</source>
        <translation>Exportovat &amp;kalendář…</translation>
    </message>
    <message>
        <source>Overdue: {0} · Today: {1} · Next 7 days: {2}</source>
        <translation>Po termínu: {0} · Dnes: {1} · Příštích 7 dní: {2}</translation>
    </message>
    <message>
        <source>Export tasks and meetings</source>
        <translation>Export úkolů a schůzek</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Soubory kalendáře (*.ics)</translation>
    </message>
    <message>
        <source>Wrote {path}: {tasks} tasks, {meetings} meetings.</source>
        <translation>Zapsáno {path}: úkoly: {tasks}, schůzky: {meetings}.</translation>
    </message>
</context>
<context>
    <name>NewVaultWizard</name>
    <message>
        <source>Back</source>
        <translation>Zpět</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Další</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>A vault is a folder holding your encrypted customer data. Choose an empty or new folder on this computer (not a synced cloud folder: back up to one instead).</source>
        <translation>Trezor je složka s vašimi šifrovanými zákaznickými daty. Zvolte prázdnou nebo novou složku v tomto počítači (ne složku synchronizovanou s cloudem: do ní raději zálohujte).</translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation>Složka trezoru</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procházet…</translation>
    </message>
    <message>
        <source>Browse for a folder</source>
        <translation>Vyhledat složku</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Složka:</translation>
    </message>
    <message>
        <source>You will be the vault&apos;s first administrator: you can add colleagues and give them profiles later.</source>
        <translation>Stanete se prvním administrátorem trezoru: později můžete přidat kolegy a přidělit jim profily.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Uživatelské jméno</translation>
    </message>
    <message>
        <source>e.g. alice</source>
        <translation>např. jana</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Celé jméno</translation>
    </message>
    <message>
        <source>e.g. Alice Martin</source>
        <translation>např. Jana Nováková</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Uživatelské jméno:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Celé jméno:</translation>
    </message>
    <message>
        <source>Your password protects every record. Use a long passphrase you can remember: at least 12 characters; several unrelated words work well.</source>
        <translation>Heslo chrání každý záznam. Použijte dlouhou heslovou frázi, kterou si zapamatujete: alespoň 12 znaků; dobře poslouží několik nesouvisejících slov.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Heslo</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Zopakujte heslo</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Zobrazit heslo</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Heslo:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Zopakujte:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Síla:</translation>
    </message>
    <message>
        <source>Scan this code with an authenticator app (Google Authenticator, Aegis, FreeOTP…). Each sign-in asks for the 6-digit code it shows.</source>
        <translation>Naskenujte tento kód ověřovací aplikací (Google Authenticator, Aegis, FreeOTP…). Při každém přihlášení budete vyzváni k zadání 6místného kódu, který zobrazí.</translation>
    </message>
    <message>
        <source>Or type this key into the app:</source>
        <translation>Nebo zadejte do aplikace tento klíč:</translation>
    </message>
    <message>
        <source>Authenticator key</source>
        <translation>Klíč ověřovací aplikace</translation>
    </message>
    <message>
        <source>Code from the app</source>
        <translation>Kód z aplikace</translation>
    </message>
    <message>
        <source>Where to keep the vault</source>
        <translation>Kde uložit trezor</translation>
    </message>
    <message>
        <source>The administrator</source>
        <translation>Administrátor</translation>
    </message>
    <message>
        <source>Choose a password</source>
        <translation>Zvolte heslo</translation>
    </message>
    <message>
        <source>Set up your authenticator app</source>
        <translation>Nastavte ověřovací aplikaci</translation>
    </message>
    <message>
        <source>Your recovery sheet</source>
        <translation>Váš list pro obnovení</translation>
    </message>
    <message>
        <source>The language of VaultCRM on this computer; you can change it later in Settings.</source>
        <translation>Jazyk VaultCRM v tomto počítači; později ho můžete změnit v Nastavení.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Jazyk:</translation>
    </message>
    <message>
        <source>Country of the business</source>
        <translation>Země vaší firmy</translation>
    </message>
    <message>
        <source>New deals use its currency, and phone numbers typed without a country code are read as its numbers. You can change it in Settings.</source>
        <translation>Nové obchody používají její měnu a telefonní čísla zadaná bez předvolby země se čtou jako čísla této země. Můžete ji změnit v Nastavení.</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Země:</translation>
    </message>
    <message>
        <source>Code shown now:</source>
        <translation>Aktuální kód:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopírovat</translation>
    </message>
    <message>
        <source>Copy the authenticator key</source>
        <translation>Zkopírovat klíč ověřovací aplikace</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Zkopírováno</translation>
    </message>
    <message>
        <source>Save or print this sheet now and keep it offline. It is the only way back in if you forget your password, and it opens your backups. If you lose both your password and this recovery key, the data is gone for good: nobody can recover it.</source>
        <translation>Uložte nebo vytiskněte tento list hned teď a uchovávejte ho offline. Je to jediná cesta zpět, pokud zapomenete heslo, a otevírá vaše zálohy. Pokud ztratíte heslo i tento klíč pro obnovení, data jsou nenávratně ztracena: nikdo je nedokáže obnovit.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Klíč pro obnovení</translation>
    </message>
    <message>
        <source>Vault id</source>
        <translation>ID trezoru</translation>
    </message>
    <message>
        <source>Signing-key fingerprint</source>
        <translation>Otisk podpisového klíče</translation>
    </message>
    <message>
        <source>Recovery codes</source>
        <translation>Kódy pro obnovení</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Uložit jako PDF…</translation>
    </message>
    <message>
        <source>Save the recovery sheet as PDF</source>
        <translation>Uložit list pro obnovení jako PDF</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Tisk…</translation>
    </message>
    <message>
        <source>Print the recovery sheet</source>
        <translation>Vytisknout list pro obnovení</translation>
    </message>
    <message>
        <source>I saved or printed the sheet and understand the warning above.</source>
        <translation>List jsem uložil(a) nebo vytiskl(a) a rozumím výše uvedenému upozornění.</translation>
    </message>
    <message>
        <source>I understand the warning</source>
        <translation>Rozumím upozornění</translation>
    </message>
    <message>
        <source>Folder for the new vault</source>
        <translation>Složka pro nový trezor</translation>
    </message>
    <message>
        <source>Choose another folder: </source>
        <translation>Zvolte jinou složku: </translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Hesla se neshodují.</translation>
    </message>
    <message>
        <source>This password is not accepted: </source>
        <translation>Toto heslo nebylo přijato: </translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>Uložit list pro obnovení</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to {0}. Move it somewhere safe and offline.</source>
        <translation>Uloženo do {0}. Přesuňte soubor na bezpečné místo offline.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Tisk</translation>
    </message>
    <message>
        <source>Print the recovery sheet?</source>
        <translation>Vytisknout list pro obnovení?</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Odesláno na tiskárnu.</translation>
    </message>
    <message>
        <source>Leave the wizard?</source>
        <translation>Opustit průvodce?</translation>
    </message>
    <message>
        <source>The vault has been created. If you leave now without the recovery sheet, keep your password and authenticator safe: they are the only way in.</source>
        <translation>Trezor byl vytvořen. Pokud teď odejdete bez listu pro obnovení, uchovejte heslo a ověřovací aplikaci v bezpečí: jsou jedinou cestou dovnitř.</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Opustit</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Zůstat</translation>
    </message>
    <message>
        <source>Step {0} of 5</source>
        <translation>Krok {0} z 5</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Vytvořit trezor</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Vytváří se…</translation>
    </message>
    <message>
        <source>Confirm code</source>
        <translation>Potvrdit kód</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Dokončit</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Zavřít</translation>
    </message>
</context>
<context>
    <name>OwnAccountDialog</name>
    <message>
        <source>Re-enrol my authenticator</source>
        <translation>Znovu zaregistrovat ověřovací aplikaci</translation>
    </message>
    <message>
        <source>New recovery codes</source>
        <translation>Nové kódy pro obnovení</translation>
    </message>
    <message>
        <source>Your old authenticator and recovery codes stop working once this is done.</source>
        <translation>Po dokončení přestane fungovat vaše stará ověřovací aplikace i kódy pro obnovení.</translation>
    </message>
    <message>
        <source>Your old recovery codes stop working once this is done.</source>
        <translation>Po dokončení přestanou fungovat vaše staré kódy pro obnovení.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Aktuální heslo</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Pokračovat</translation>
    </message>
    <message>
        <source>Type your current password.</source>
        <translation>Zadejte aktuální heslo.</translation>
    </message>
    <message>
        <source>Check the code</source>
        <translation>Ověřit kód</translation>
    </message>
    <message>
        <source>Your new recovery codes (each works once; write them down now):</source>
        <translation>Vaše nové kódy pro obnovení (každý funguje jen jednou; hned si je zapište):</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hotovo</translation>
    </message>
    <message>
        <source>That is not the code your authenticator app shows now. Check that you scanned the new code, then type the six digits it shows.</source>
        <translation>To není kód, který ověřovací aplikace právě zobrazuje. Zkontrolujte, že jste naskenovali nový kód, a zadejte šest číslic, které zobrazuje.</translation>
    </message>
</context>
<context>
    <name>PasswordHints</name>
    <message>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation>Přidejte jedno nebo dvě další slova. Neobvyklá slova jsou lepší.</translation>
    </message>
    <message>
        <source>Capitalization doesn&apos;t help very much.</source>
        <translation>Velká písmena příliš nepomohou.</translation>
    </message>
    <message>
        <source>Reversed words aren&apos;t much harder to guess.</source>
        <translation>Slova pozpátku není o moc těžší uhodnout.</translation>
    </message>
    <message>
        <source>Predictable substitutions like &apos;@&apos; instead of &apos;a&apos; don&apos;t help very much.</source>
        <translation>Předvídatelné záměny, jako &apos;@&apos; místo &apos;a&apos;, příliš nepomohou.</translation>
    </message>
    <message>
        <source>Use a few words, avoid common phrases.</source>
        <translation>Použijte několik slov, vyhněte se běžným frázím.</translation>
    </message>
    <message>
        <source>No need for symbols, digits, or uppercase letters.</source>
        <translation>Symboly, číslice ani velká písmena nejsou nutné.</translation>
    </message>
    <message>
        <source>Straight rows of keys are easy to guess.</source>
        <translation>Řady sousedních kláves je snadné uhodnout.</translation>
    </message>
    <message>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation>Krátké vzory na klávesnici je snadné uhodnout.</translation>
    </message>
    <message>
        <source>This is a top-10 common password.</source>
        <translation>Toto je jedno z 10 nejběžnějších hesel.</translation>
    </message>
    <message>
        <source>This is similar to a commonly used password.</source>
        <translation>Toto je podobné běžně používanému heslu.</translation>
    </message>
    <message>
        <source>A word by itself is easy to guess.</source>
        <translation>Samotné slovo je snadné uhodnout.</translation>
    </message>
    <message>
        <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
        <translation>Text psaný jen velkými písmeny je skoro stejně snadné uhodnout jako text psaný jen malými.</translation>
    </message>
    <message>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation>Použijte delší vzor na klávesnici s více změnami směru.</translation>
    </message>
    <message>
        <source>Repeats like &quot;aaa&quot; are easy to guess.</source>
        <translation>Opakování jako „aaa“ je snadné uhodnout.</translation>
    </message>
    <message>
        <source>Repeats like &quot;abcabcabc&quot; are only slightly harder to guess than &quot;abc&quot;.</source>
        <translation>Opakování jako „abcabcabc“ je jen o málo těžší uhodnout než „abc“.</translation>
    </message>
    <message>
        <source>This is a top-100 common password.</source>
        <translation>Toto je jedno ze 100 nejběžnějších hesel.</translation>
    </message>
    <message>
        <source>This is a very common password.</source>
        <translation>Toto je velmi běžné heslo.</translation>
    </message>
    <message>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation>Samotná jména a příjmení je snadné uhodnout.</translation>
    </message>
    <message>
        <source>Common names and surnames are easy to guess.</source>
        <translation>Běžná jména a příjmení je snadné uhodnout.</translation>
    </message>
    <message>
        <source>Avoid repeated words and characters.</source>
        <translation>Vyhněte se opakovaným slovům a znakům.</translation>
    </message>
    <message>
        <source>Sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess.</source>
        <translation>Posloupnosti jako „abc“ nebo „6543“ je snadné uhodnout.</translation>
    </message>
    <message>
        <source>Avoid sequences.</source>
        <translation>Vyhněte se posloupnostem.</translation>
    </message>
    <message>
        <source>Recent years are easy to guess.</source>
        <translation>Nedávné roky je snadné uhodnout.</translation>
    </message>
    <message>
        <source>Dates are often easy to guess.</source>
        <translation>Data je často snadné uhodnout.</translation>
    </message>
    <message>
        <source>Avoid recent years.</source>
        <translation>Vyhněte se nedávným rokům.</translation>
    </message>
    <message>
        <source>Avoid years that are associated with you.</source>
        <translation>Vyhněte se rokům, které jsou s vámi spojené.</translation>
    </message>
    <message>
        <source>Avoid dates and years that are associated with you.</source>
        <translation>Vyhněte se datům a rokům, které jsou s vámi spojené.</translation>
    </message>
</context>
<context>
    <name>PasswordPage</name>
    <message>
        <source>Password</source>
        <translation>Heslo</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Zopakujte heslo</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Heslo:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Znovu:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Síla:</translation>
    </message>
</context>
<context>
    <name>PasswordStrength</name>
    <message>
        <source>Very weak</source>
        <translation>Velmi slabé</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Slabé</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Průměrné</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Dobré</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Silné</translation>
    </message>
</context>
<context>
    <name>PendingLaptopsDialog</name>
    <message>
        <source>Pending laptops</source>
        <translation>Čekající notebooky</translation>
    </message>
    <message>
        <source>Laptops that opened an invitation and ask to join the team. Approve only the ones you invited: ask the colleague to read you the code of their laptop if in doubt.</source>
        <translation>Notebooky, které otevřely pozvánku a žádají o připojení k týmu. Schvalujte jen ty, které jste pozvali: v případě pochybností požádejte kolegu, aby vám přečetl kód svého notebooku.</translation>
    </message>
    <message>
        <source>Laptops waiting for approval</source>
        <translation>Notebooky čekající na schválení</translation>
    </message>
    <message>
        <source>No laptop is waiting.</source>
        <translation>Žádný notebook nečeká.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Obnovit</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Schválit</translation>
    </message>
    <message>
        <source>{user} ({profile}): laptop {device}, asked {when}</source>
        <translation>{user} ({profile}): notebook {device}, žádost z {when}</translation>
    </message>
    <message>
        <source>cannot be approved: {0}</source>
        <translation>nelze schválit: {0}</translation>
    </message>
    <message>
        <source>Approve this laptop?</source>
        <translation>Schválit tento notebook?</translation>
    </message>
    <message>
        <source>{user}&apos;s laptop will receive the whole customer book and sync with the team.</source>
        <translation>Notebook uživatele {user} obdrží celou databázi zákazníků a bude se synchronizovat s týmem.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>{user}&apos;s laptop is on the team. It downloads the book at its next check.</source>
        <translation>Notebook uživatele {user} je v týmu. Databázi stáhne při příští kontrole.</translation>
    </message>
    <message>
        <source>The book could not be published yet: {0}</source>
        <translation>Databázi se zatím nepodařilo publikovat: {0}</translation>
    </message>
</context>
<context>
    <name>PermissionMatrixModel</name>
    <message>
        <source>All records (else own only)</source>
        <translation>Všechny záznamy (jinak jen vlastní)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ano</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ne</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>See customers</source>
        <translation>Zobrazení zákazníků</translation>
    </message>
    <message>
        <source>Create customers</source>
        <translation>Vytváření zákazníků</translation>
    </message>
    <message>
        <source>Edit customers</source>
        <translation>Úpravy zákazníků</translation>
    </message>
    <message>
        <source>Edit contact details</source>
        <translation>Úpravy kontaktních údajů</translation>
    </message>
    <message>
        <source>Delete customers</source>
        <translation>Odstraňování zákazníků</translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>Export zákazníků</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>Import zákazníků</translation>
    </message>
    <message>
        <source>Log interactions</source>
        <translation>Zápis interakcí</translation>
    </message>
    <message>
        <source>See sensitive fields</source>
        <translation>Zobrazení citlivých polí</translation>
    </message>
    <message>
        <source>See deals</source>
        <translation>Zobrazení obchodů</translation>
    </message>
    <message>
        <source>Edit deals</source>
        <translation>Úpravy obchodů</translation>
    </message>
    <message>
        <source>Read the audit log</source>
        <translation>Čtení protokolu auditu</translation>
    </message>
    <message>
        <source>Manage users</source>
        <translation>Správa uživatelů</translation>
    </message>
    <message>
        <source>Manage profiles</source>
        <translation>Správa profilů</translation>
    </message>
    <message>
        <source>Run backups</source>
        <translation>Spouštění záloh</translation>
    </message>
    <message>
        <source>Restore backups</source>
        <translation>Obnovení ze záloh</translation>
    </message>
    <message>
        <source>Privacy tools (consent, subject export, erasure, retention)</source>
        <translation>Nástroje ochrany soukromí (souhlas, export pro subjekt údajů, výmaz, doba uložení)</translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation>Změna nastavení</translation>
    </message>
</context>
<context>
    <name>PipelineBoard</name>
    <message>
        <source>Pipeline</source>
        <translation>Obchodní případy</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otevřený</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Kvalifikovaný</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Nabídka</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Vyjednávání</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Získaný</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Ztracený</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Vlastník</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Všichni vlastníci</translation>
    </message>
    <message>
        <source>Expected close from</source>
        <translation>Očekávané uzavření od</translation>
    </message>
    <message>
        <source>Expected close to</source>
        <translation>Očekávané uzavření do</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Obnovit</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Vlastník:</translation>
    </message>
    <message>
        <source>Expected close from:</source>
        <translation>Očekávané uzavření od:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>do:</translation>
    </message>
</context>
<context>
    <name>PreferenceDialog</name>
    <message>
        <source>Add purchase preference</source>
        <translation>Přidat nákupní preferenci</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>e.g. paper, delivery, payment</source>
        <translation>např. papír, doručení, platba</translation>
    </message>
    <message>
        <source>Preference</source>
        <translation>Preference</translation>
    </message>
    <message>
        <source>e.g. recycled A4, mornings only, invoice by e-mail</source>
        <translation>např. recyklovaný A4, jen dopoledne, faktura e-mailem</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Poznámky</translation>
    </message>
    <message>
        <source>A category is needed (what the preference is about).</source>
        <translation>Je nutné zadat kategorii (čeho se preference týká).</translation>
    </message>
</context>
<context>
    <name>ProcessingRecord</name>
    <message>
        <source>Purposes: {purposes}; data subjects: {subjects}; erasures: {erasures}.</source>
        <translation>Účely: {purposes}; subjekty údajů: {subjects}; výmazy: {erasures}.</translation>
    </message>
    <message>
        <source>database encrypted at rest (SQLCipher 4, AES-256, per-page HMAC)</source>
        <translation>databáze šifrovaná v klidovém stavu (SQLCipher 4, AES-256, HMAC pro každou stránku)</translation>
    </message>
    <message>
        <source>sign-in with Argon2id-protected key slots and TOTP</source>
        <translation>přihlašování se sloty klíčů chráněnými Argon2id a TOTP</translation>
    </message>
    <message>
        <source>per-profile permissions; sensitive fields masked without sensitive.read</source>
        <translation>oprávnění podle profilů; citlivá pole maskována bez oprávnění sensitive.read</translation>
    </message>
    <message>
        <source>tamper-evident audit log (HMAC hash chain); personal values sealed per person</source>
        <translation>protokol auditu odhalující neoprávněné změny (hašovací řetězec HMAC); osobní hodnoty zapečetěny zvlášť pro každou osobu</translation>
    </message>
    <message>
        <source>encrypted, signed backups (age X25519, Ed25519)</source>
        <translation>šifrované, podepsané zálohy (age X25519, Ed25519)</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>Administrator</source>
        <translation>Administrátor</translation>
    </message>
    <message>
        <source>Everything, including users, settings, backups and restore.</source>
        <translation>Vše včetně uživatelů, nastavení, záloh a obnovení.</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manažer</translation>
    </message>
    <message>
        <source>All records, deals, exports and imports; no users, settings or restore.</source>
        <translation>Všechny záznamy, obchody, exporty a importy; bez uživatelů, nastavení a obnovení.</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Prodej</translation>
    </message>
    <message>
        <source>Own records only; no delete, no export.</source>
        <translation>Jen vlastní záznamy; bez odstraňování a exportu.</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Podpora</translation>
    </message>
    <message>
        <source>Reads all records, edits contact details and interactions; no deals, no export.</source>
        <translation>Čte všechny záznamy, upravuje kontaktní údaje a interakce; bez obchodů a exportu.</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <source>Read-only, with the audit log; no sensitive fields.</source>
        <translation>Jen pro čtení, s protokolem auditu; bez citlivých polí.</translation>
    </message>
</context>
<context>
    <name>ProfilesPage</name>
    <message>
        <source>Profiles</source>
        <translation>Profily</translation>
    </message>
    <message>
        <source>New profile…</source>
        <translation>Nový profil…</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Odstranit profil</translation>
    </message>
    <message>
        <source>Built-in profiles cannot be changed; make a copy with “New profile”. Changes to a custom profile are saved at once and audited.</source>
        <translation>Předdefinované profily nelze měnit; vytvořte si kopii pomocí „Nový profil“. Změny vlastního profilu se ukládají okamžitě a zaznamenávají do protokolu auditu.</translation>
    </message>
    <message>
        <source>Read-only: changing profiles needs “Manage profiles”.</source>
        <translation>Jen pro čtení: ke změně profilů je potřeba oprávnění „Správa profilů“.</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nový profil</translation>
    </message>
    <message>
        <source>Name of the new profile (a copy of {0}):</source>
        <translation>Název nového profilu (kopie profilu {0}):</translation>
    </message>
    <message>
        <source>Name of the new profile:</source>
        <translation>Název nového profilu:</translation>
    </message>
    <message>
        <source>Select a custom profile&apos;s column first.</source>
        <translation>Nejprve vyberte sloupec vlastního profilu.</translation>
    </message>
    <message>
        <source>Delete the profile {0}?</source>
        <translation>Odstranit profil {0}?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Odstranit</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Ponechat</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Copying the database</source>
        <translation>Kopíruje se databáze</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Kontroluje se</translation>
    </message>
    <message>
        <source>Reading the backup location</source>
        <translation>Čte se umístění záloh</translation>
    </message>
    <message>
        <source>Encrypting</source>
        <translation>Šifruje se</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Nahrává se</translation>
    </message>
    <message>
        <source>Reading back</source>
        <translation>Zpětné načtení</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Podepisuje se</translation>
    </message>
    <message>
        <source>Reading back and verifying</source>
        <translation>Zpětné načtení a ověření</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Stahuje se</translation>
    </message>
    <message>
        <source>Decrypting</source>
        <translation>Dešifruje se</translation>
    </message>
    <message>
        <source>Re-keying the restored database</source>
        <translation>Mění se klíče obnovené databáze</translation>
    </message>
    <message>
        <source>Opening the restored vault</source>
        <translation>Otevírá se obnovený trezor</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) imported</source>
        <translation>
            <numerusform>importován %n záznam</numerusform>
            <numerusform>importovány %n záznamy</numerusform>
            <numerusform>importováno %n záznamů</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) written</source>
        <translation>
            <numerusform>zapsán %n zákazník</numerusform>
            <numerusform>zapsáni %n zákazníci</numerusform>
            <numerusform>zapsáno %n zákazníků</numerusform>
        </translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Hotovo.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Průběh</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Ruší se…</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>QR code for the authenticator app</source>
        <translation>QR kód pro ověřovací aplikaci</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Save or print this sheet now and keep it offline. It is the only way back into this laptop&apos;s vault if you forget your password.</source>
        <translation>Uložte nebo vytiskněte tento list nyní a uchovávejte ho mimo síť. Je to jediná cesta zpět do trezoru tohoto notebooku, pokud zapomenete heslo.</translation>
    </message>
    <message>
        <source>Recovery sheet</source>
        <translation>List pro obnovení</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Uložit jako PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Tisk…</translation>
    </message>
    <message>
        <source>I saved or printed the sheet and understand the warning above.</source>
        <translation>List jsem uložil nebo vytiskl a rozumím varování výše.</translation>
    </message>
    <message>
        <source>I understand the warning</source>
        <translation>Rozumím varování</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>Keep this sheet somewhere safe and offline (a locked drawer, a safe). Anyone holding it can read your backups. If you lose both your password and this recovery key, nobody can recover the data: not you, not us.</source>
        <translation>Uložte tento list na bezpečné místo offline (do zamčené zásuvky, do trezoru). Kdokoli ho má, může číst vaše zálohy. Pokud ztratíte heslo i tento klíč pro obnovení, data nikdo neobnoví: ani vy, ani my.</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Trezor</translation>
    </message>
    <message>
        <source>Vault id: {id}</source>
        <translation>ID trezoru: {id}</translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation>Složka: {folder}</translation>
    </message>
    <message>
        <source>Created: {time}</source>
        <translation>Vytvořeno: {time}</translation>
    </message>
    <message>
        <source>Recovery key (opens the vault and every backup)</source>
        <translation>Klíč pro obnovení (otevře trezor i každou zálohu)</translation>
    </message>
    <message>
        <source>Signing-key fingerprint (checks that a backup is genuine)</source>
        <translation>Otisk podpisového klíče (ověřuje pravost zálohy)</translation>
    </message>
    <message>
        <source>Recovery codes for {user} (each works once, instead of the authenticator code)</source>
        <translation>Kódy pro obnovení pro uživatele {user} (každý funguje jen jednou, místo ověřovacího kódu)</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Upozornění</translation>
    </message>
    <message>
        <source>Print this page or keep the file offline. Do not e-mail it or store it in the vault.</source>
        <translation>Vytiskněte tuto stránku nebo uchovávejte soubor offline. Neposílejte ho e-mailem ani ho neukládejte do trezoru.</translation>
    </message>
    <message>
        <source>VaultCRM recovery sheet</source>
        <translation>List pro obnovení VaultCRM</translation>
    </message>
</context>
<context>
    <name>ReminderService</name>
    <message>
        <source>Due now: {title}</source>
        <translation>Termín nyní: {title}</translation>
    </message>
    <message>
        <source>Snooze 10 min</source>
        <translation>Odložit o 10 min</translation>
    </message>
    <message>
        <source>VaultCRM</source>
        <translation>VaultCRM</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) due now. Open VaultCRM to see them.</source>
        <translation>
            <numerusform>%n úkol má termín nyní. Otevřete VaultCRM.</numerusform>
            <numerusform>%n úkoly mají termín nyní. Otevřete VaultCRM.</numerusform>
            <numerusform>%n úkolů má termín nyní. Otevřete VaultCRM.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Obnovit ze zálohy</translation>
    </message>
    <message>
        <source>Backup archive</source>
        <translation>Archiv zálohy</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Zvolit…</translation>
    </message>
    <message>
        <source>Archive (.crmbak):</source>
        <translation>Archiv (.crmbak):</translation>
    </message>
    <message>
        <source>Restore into</source>
        <translation>Obnovit do</translation>
    </message>
    <message>
        <source>Restore into:</source>
        <translation>Obnovit do:</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Klíč pro obnovení</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zobrazit</translation>
    </message>
    <message>
        <source>Show the recovery key</source>
        <translation>Zobrazit klíč pro obnovení</translation>
    </message>
    <message>
        <source>From a file…</source>
        <translation>Ze souboru…</translation>
    </message>
    <message>
        <source>Read the recovery key from the recovery sheet&apos;s file</source>
        <translation>Načíst klíč pro obnovení ze souboru listu pro obnovení</translation>
    </message>
    <message>
        <source>Recovery key:</source>
        <translation>Klíč pro obnovení:</translation>
    </message>
    <message>
        <source>Choose the recovery sheet (PDF or text)</source>
        <translation>Zvolte list pro obnovení (PDF nebo text)</translation>
    </message>
    <message>
        <source>Recovery sheet (*.pdf *.txt);;All files (*)</source>
        <translation>List pro obnovení (*.pdf *.txt);;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>Choose the backup archive to restore.</source>
        <translation>Zvolte archiv zálohy, který chcete obnovit.</translation>
    </message>
    <message>
        <source>Choose the folder to restore into.</source>
        <translation>Zvolte složku, do které chcete obnovit.</translation>
    </message>
    <message>
        <source>Type the recovery key from your recovery sheet.</source>
        <translation>Zadejte klíč pro obnovení z listu pro obnovení.</translation>
    </message>
    <message>
        <source>This is not a whole recovery key: it starts with AGE-SECRET-KEY-1 and has 74 characters, this one has {0}. Compare it with your recovery sheet.</source>
        <translation>Toto není celý klíč pro obnovení: začíná AGE-SECRET-KEY-1 a má 74 znaků, tento má {0}. Porovnejte ho s listem pro obnovení.</translation>
    </message>
    <message>
        <source>The archive is checked in full before anything is replaced. Restoring over the open vault keeps the current one until the restored copy has opened; any failure puts it back. You will sign in again afterwards.</source>
        <translation>Archiv se před jakýmkoli nahrazením celý zkontroluje. Při obnovení přes otevřený trezor zůstane současný trezor zachován, dokud se obnovená kopie neotevře; při jakémkoli selhání se vrátí zpět. Poté se znovu přihlásíte.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Obnovit</translation>
    </message>
    <message>
        <source>Choose a backup archive</source>
        <translation>Zvolte archiv zálohy</translation>
    </message>
    <message>
        <source>VaultCRM backups (*.crmbak)</source>
        <translation>Zálohy VaultCRM (*.crmbak)</translation>
    </message>
    <message>
        <source>Restore {0} into {1}?</source>
        <translation>Obnovit {0} do {1}?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>Compare the key with your recovery sheet, character by character, and try again.</source>
        <translation>Porovnejte klíč s listem pro obnovení znak po znaku a zkuste to znovu.</translation>
    </message>
    <message>
        <source>Restored into {0}. Sign in to continue.</source>
        <translation>Obnoveno do {0}. Pokračujte přihlášením.</translation>
    </message>
    <message>
        <source>Re-applied from the revocation ledger: {0} erasure(s), {1} disabled user(s), {2} credential change(s).</source>
        <translation>Znovu použito z evidence odvolání: výmazy: {0}, zakázaní uživatelé: {1}, změny přihlašovacích údajů: {2}.</translation>
    </message>
    <message>
        <source>Their password changed after this backup; give them a new one: {0}</source>
        <translation>Heslo těchto uživatelů se po této záloze změnilo; přidělte jim nové: {0}</translation>
    </message>
</context>
<context>
    <name>SensitiveField</name>
    <message>
        <source>Tax id</source>
        <translation>DIČ</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Datum narození</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Bankovní účet</translation>
    </message>
    <message>
        <source>Confidential notes</source>
        <translation>Důvěrné poznámky</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Auto-lock after (minutes)</source>
        <translation>Automaticky zamknout po (minuty)</translation>
    </message>
    <message>
        <source>Minutes without input before the app locks itself.</source>
        <translation>Počet minut bez aktivity, po kterých se aplikace sama zamkne.</translation>
    </message>
    <message>
        <source>Clear copied text after (seconds)</source>
        <translation>Vymazat zkopírovaný text po (sekundy)</translation>
    </message>
    <message>
        <source>Copied customer data is cleared from the clipboard after this.</source>
        <translation>Zkopírované údaje zákazníků se po této době vymažou ze schránky.</translation>
    </message>
    <message>
        <source>Deleted records are erased for good after (days)</source>
        <translation>Odstraněné záznamy trvale vymazat po (dny)</translation>
    </message>
    <message>
        <source>Country (ISO, e.g. PL)</source>
        <translation>Země (ISO, např. CZ)</translation>
    </message>
    <message>
        <source>The business&apos;s country: new deals use its currency, and phone numbers typed without a country code are read as its numbers.</source>
        <translation>Země vaší firmy: nové obchody používají její měnu a telefonní čísla zadaná bez předvolby země se čtou jako čísla této země.</translation>
    </message>
    <message>
        <source>Country for phone numbers without +code, if not the one above</source>
        <translation>Země pro telefonní čísla bez +předvolby, pokud je jiná než výše</translation>
    </message>
    <message>
        <source>Numbers typed without a country code are read as this country&apos;s.</source>
        <translation>Čísla zadaná bez předvolby země se čtou jako čísla této země.</translation>
    </message>
    <message>
        <source>Working hours start</source>
        <translation>Začátek pracovní doby</translation>
    </message>
    <message>
        <source>A sign-in outside working hours raises an alert.</source>
        <translation>Přihlášení mimo pracovní dobu vyvolá výstrahu.</translation>
    </message>
    <message>
        <source>Working hours end</source>
        <translation>Konec pracovní doby</translation>
    </message>
    <message>
        <source>Alert: records viewed</source>
        <translation>Výstraha: zobrazené záznamy</translation>
    </message>
    <message>
        <source>Alert: within (minutes)</source>
        <translation>Výstraha: během (minuty)</translation>
    </message>
    <message>
        <source>Alert: records deleted</source>
        <translation>Výstraha: odstraněné záznamy</translation>
    </message>
    <message>
        <source>Alert: deletions within (minutes)</source>
        <translation>Výstraha: odstranění během (minuty)</translation>
    </message>
    <message>
        <source>Alert: refused actions</source>
        <translation>Výstraha: odmítnuté akce</translation>
    </message>
    <message>
        <source>Alert: refusals within (minutes)</source>
        <translation>Výstraha: odmítnutí během (minuty)</translation>
    </message>
    <message>
        <source>Alert: failed sign-ins</source>
        <translation>Výstraha: neúspěšná přihlášení</translation>
    </message>
    <message>
        <source>Alert: rows in one export</source>
        <translation>Výstraha: řádky v jednom exportu</translation>
    </message>
    <message>
        <source>Alert: no verified backup for (days)</source>
        <translation>Výstraha: žádná ověřená záloha po dobu (dny)</translation>
    </message>
    <message>
        <source>Backup location</source>
        <translation>Umístění záloh</translation>
    </message>
    <message>
        <source>A folder, sftp://, webdav(s):// or s3:// location for scheduled backups.</source>
        <translation>Složka nebo umístění sftp://, webdav(s):// či s3:// pro plánované zálohy.</translation>
    </message>
    <message>
        <source>Back up every (hours)</source>
        <translation>Zálohovat každých (hodiny)</translation>
    </message>
    <message>
        <source>How often the app backs up while it is open.</source>
        <translation>Jak často aplikace zálohuje, když je otevřená.</translation>
    </message>
    <message>
        <source>Back up when locking</source>
        <translation>Zálohovat při zamčení</translation>
    </message>
    <message>
        <source>Take a backup each time the vault is locked.</source>
        <translation>Vytvořit zálohu při každém zamčení trezoru.</translation>
    </message>
    <message>
        <source>Back up when quitting</source>
        <translation>Zálohovat při ukončení</translation>
    </message>
    <message>
        <source>Take a backup when the app quits.</source>
        <translation>Vytvořit zálohu při ukončení aplikace.</translation>
    </message>
    <message>
        <source>Extra backup recipients (age public keys)</source>
        <translation>Další příjemci záloh (veřejné klíče age)</translation>
    </message>
    <message>
        <source>Keep everything from the last (days)</source>
        <translation>Ponechat vše z posledních (dny)</translation>
    </message>
    <message>
        <source>Keep daily</source>
        <translation>Ponechat denní</translation>
    </message>
    <message>
        <source>Keep weekly</source>
        <translation>Ponechat týdenní</translation>
    </message>
    <message>
        <source>Keep monthly</source>
        <translation>Ponechat měsíční</translation>
    </message>
    <message>
        <source>Keep yearly</source>
        <translation>Ponechat roční</translation>
    </message>
    <message>
        <source>Recent vaults (folder paths only)</source>
        <translation>Poslední trezory (jen cesty ke složkám)</translation>
    </message>
    <message>
        <source>Customer list columns</source>
        <translation>Sloupce seznamu zákazníků</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Jazyk</translation>
    </message>
    <message>
        <source>Language of each user on this machine</source>
        <translation>Jazyk jednotlivých uživatelů v tomto počítači</translation>
    </message>
    <message>
        <source>Devices are stale after (days without syncing)</source>
        <translation>Zařízení je neaktivní po (dny bez synchronizace)</translation>
    </message>
    <message>
        <source>A team device that has not synced for this long is flagged in the device list.</source>
        <translation>Týmové zařízení, které se po tuto dobu nesynchronizovalo, se v seznamu zařízení označí.</translation>
    </message>
    <message>
        <source>Automatic sync every (minutes)</source>
        <translation>Automatická synchronizace každých (minut)</translation>
    </message>
    <message>
        <source>While the app is open and the team&apos;s location can be reached, a sync round runs this often.</source>
        <translation>Když je aplikace otevřená a umístění synchronizace týmu je dostupné, synchronizace proběhne takto často.</translation>
    </message>
    <message>
        <source>Largest attachment (MB)</source>
        <translation>Největší příloha (MB)</translation>
    </message>
    <message>
        <source>Files bigger than this cannot be attached to a customer or a deal.</source>
        <translation>Soubory větší než tato velikost nelze přiložit k zákazníkovi ani obchodu.</translation>
    </message>
    <message>
        <source>Attachments per vault (MB)</source>
        <translation>Přílohy v trezoru (MB)</translation>
    </message>
    <message>
        <source>All attached files together may take at most this much space.</source>
        <translation>Všechny přiložené soubory dohromady smí zabrat nejvýše tolik místa.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Nastavení</translation>
    </message>
    <message>
        <source>The language of VaultCRM for you on this computer. It applies the next time you start VaultCRM.</source>
        <translation>Jazyk VaultCRM pro vás v tomto počítači. Použije se při příštím spuštění VaultCRM.</translation>
    </message>
    <message>
        <source>Language (from the next start):</source>
        <translation>Jazyk (od příštího spuštění):</translation>
    </message>
    <message>
        <source>Your profile cannot change the vault&apos;s settings; they are shown read-only. Your language is yours to choose.</source>
        <translation>Váš profil nemůže měnit nastavení trezoru; zobrazují se jen pro čtení. Jazyk si můžete zvolit sami.</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>Critical</source>
        <translation>Kritická</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Varování</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informace</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>Too many failed sign-ins. You can try again in {seconds} s.</source>
        <translation>Příliš mnoho neúspěšných přihlášení. Zkusit to znovu můžete za {seconds} s.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed sign-in attempt(s) since your last sign-in (the last at {time}).</source>
        <translation>
            <numerusform>%n neúspěšný pokus o přihlášení od vašeho posledního přihlášení (poslední v {time}).</numerusform>
            <numerusform>%n neúspěšné pokusy o přihlášení od vašeho posledního přihlášení (poslední v {time}).</numerusform>
            <numerusform>%n neúspěšných pokusů o přihlášení od vašeho posledního přihlášení (poslední v {time}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed sign-in attempt(s) since your last sign-in.</source>
        <translation>
            <numerusform>%n neúspěšný pokus o přihlášení od vašeho posledního přihlášení.</numerusform>
            <numerusform>%n neúspěšné pokusy o přihlášení od vašeho posledního přihlášení.</numerusform>
            <numerusform>%n neúspěšných pokusů o přihlášení od vašeho posledního přihlášení.</numerusform>
        </translation>
    </message>
    <message>
        <source>If it was not you, tell your administrator.</source>
        <translation>Pokud jste to nebyli vy, informujte administrátora.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed sign-in attempt(s) with unknown user names.</source>
        <translation>
            <numerusform>%n neúspěšný pokus o přihlášení s neznámým uživatelským jménem.</numerusform>
            <numerusform>%n neúspěšné pokusy o přihlášení s neznámými uživatelskými jmény.</numerusform>
            <numerusform>%n neúspěšných pokusů o přihlášení s neznámými uživatelskými jmény.</numerusform>
        </translation>
    </message>
    <message>
        <source>You used a recovery code; {left} left. Re-enrol your authenticator soon.</source>
        <translation>Použili jste kód pro obnovení; zbývá: {left}. Brzy znovu zaregistrujte ověřovací aplikaci.</translation>
    </message>
    <message>
        <source>The audit log failed its integrity check. Tell your administrator now.</source>
        <translation>Protokol auditu neprošel kontrolou integrity. Ihned informujte administrátora.</translation>
    </message>
    <message numerus="yes">
        <source>%n deleted record(s) erased for good: the undo window was over.</source>
        <translation>
            <numerusform>%n odstraněný záznam trvale vymazán: lhůta pro vrácení uplynula.</numerusform>
            <numerusform>%n odstraněné záznamy trvale vymazány: lhůta pro vrácení uplynula.</numerusform>
            <numerusform>%n odstraněných záznamů trvale vymazáno: lhůta pro vrácení uplynula.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted records past their undo window could not be erased ({error}); this is tried again at the next sign-in.</source>
        <translation>Odstraněné záznamy po uplynutí lhůty pro vrácení nebylo možné vymazat ({error}); další pokus proběhne při příštím přihlášení.</translation>
    </message>
    <message numerus="yes">
        <source>%n open security alert(s): see Administration → Alerts.</source>
        <translation>
            <numerusform>%n otevřená bezpečnostní výstraha: viz Administrace → Bezpečnostní výstrahy.</numerusform>
            <numerusform>%n otevřené bezpečnostní výstrahy: viz Administrace → Bezpečnostní výstrahy.</numerusform>
            <numerusform>%n otevřených bezpečnostních výstrah: viz Administrace → Bezpečnostní výstrahy.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <source>Use a recovery code instead (lost phone)</source>
        <translation>Použít kód pro obnovení (ztracený telefon)</translation>
    </message>
    <message>
        <source>Use a recovery code</source>
        <translation>Použít kód pro obnovení</translation>
    </message>
    <message>
        <source>Vault locked</source>
        <translation>Trezor zamčen</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Přihlásit se</translation>
    </message>
    <message>
        <source>Locked after a while without activity.</source>
        <translation>Zamčeno po určité době nečinnosti.</translation>
    </message>
    <message>
        <source>Locked because the screen was locked.</source>
        <translation>Zamčeno, protože byla zamčena obrazovka.</translation>
    </message>
    <message>
        <source>You locked the vault.</source>
        <translation>Zamkli jste trezor.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Uživatelské jméno</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Heslo</translation>
    </message>
    <message>
        <source>Authenticator code</source>
        <translation>Ověřovací kód</translation>
    </message>
    <message>
        <source>Code from your authenticator app</source>
        <translation>Kód z ověřovací aplikace</translation>
    </message>
    <message>
        <source>Other vault…</source>
        <translation>Jiný trezor…</translation>
    </message>
    <message>
        <source>Choose another vault</source>
        <translation>Zvolit jiný trezor</translation>
    </message>
    <message>
        <source>Forgot password?</source>
        <translation>Zapomněli jste heslo?</translation>
    </message>
    <message>
        <source>Forgot password: use the recovery key</source>
        <translation>Zapomenuté heslo: použít klíč pro obnovení</translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation>Zvolte nové heslo</translation>
    </message>
    <message>
        <source>You signed in with a temporary password. Choose your own before you go on; nobody else, not even an administrator, will know it.</source>
        <translation>Přihlásili jste se dočasným heslem. Než budete pokračovat, zvolte si vlastní; nikdo jiný, ani administrátor, ho nebude znát.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nové heslo</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>Zopakujte nové heslo</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Zopakujte</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Zamknout</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Změnit heslo</translation>
    </message>
    <message>
        <source>Recovery code (from your recovery sheet)</source>
        <translation>Kód pro obnovení (z listu pro obnovení)</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Kód pro obnovení</translation>
    </message>
    <message>
        <source>Your new password and authenticator are set. Sign in with them.</source>
        <translation>Nové heslo a ověřovací aplikace jsou nastaveny. Přihlaste se jimi.</translation>
    </message>
    <message>
        <source>Not accepted yet: see the notes above.</source>
        <translation>Zatím nepřijato: viz poznámky výše.</translation>
    </message>
    <message>
        <source>Your new password is set.</source>
        <translation>Nové heslo je nastaveno.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Přihlašuje se…</translation>
    </message>
    <message>
        <source>Too many failed sign-ins. You can try again in {0} s.</source>
        <translation>Příliš mnoho neúspěšných přihlášení. Zkusit to znovu můžete za {0} s.</translation>
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
        <translation>Vítá vás VaultCRM</translation>
    </message>
    <message>
        <source>Your customer data stays on this computer, in an encrypted vault that only you and your colleagues can open.</source>
        <translation>Vaše zákaznická data zůstávají v tomto počítači, v šifrovaném trezoru, který můžete otevřít jen vy a vaši kolegové.</translation>
    </message>
    <message>
        <source>Create a new vault…</source>
        <translation>Vytvořit nový trezor…</translation>
    </message>
    <message>
        <source>Create a new vault</source>
        <translation>Vytvořit nový trezor</translation>
    </message>
    <message>
        <source>Open a vault…</source>
        <translation>Otevřít trezor…</translation>
    </message>
    <message>
        <source>Open an existing vault</source>
        <translation>Otevřít existující trezor</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Obnovit ze zálohy…</translation>
    </message>
    <message>
        <source>Restore a vault from a backup</source>
        <translation>Obnovit trezor ze zálohy</translation>
    </message>
    <message>
        <source>Restoring from the app is not available yet; use the command line.</source>
        <translation>Obnovení z aplikace zatím není k dispozici; použijte příkazový řádek.</translation>
    </message>
    <message>
        <source>Join a team…</source>
        <translation>Připojit se k týmu…</translation>
    </message>
    <message>
        <source>Join a team with an invitation</source>
        <translation>Připojit se k týmu s pozvánkou</translation>
    </message>
    <message>
        <source>Your administrator gave you an invitation file and a one-time code.</source>
        <translation>Administrátor vám dal soubor s pozvánkou a jednorázový kód.</translation>
    </message>
    <message>
        <source>Recent vaults</source>
        <translation>Poslední trezory</translation>
    </message>
    <message>
        <source>No vault opened on this computer yet.</source>
        <translation>V tomto počítači zatím nebyl otevřen žádný trezor.</translation>
    </message>
    <message>
        <source>{0} (not found)</source>
        <translation>{0} (nenalezeno)</translation>
    </message>
    <message>
        <source>Open a vault folder</source>
        <translation>Otevřít složku trezoru</translation>
    </message>
    <message>
        <source>Not a vault</source>
        <translation>Není trezor</translation>
    </message>
    <message>
        <source>This folder does not hold a VaultCRM vault.</source>
        <translation>Tato složka neobsahuje trezor VaultCRM.</translation>
    </message>
</context>
<context>
    <name>StartTeamDialog</name>
    <message>
        <source>Start a team</source>
        <translation>Založit tým</translation>
    </message>
    <message>
        <source>Share this vault&apos;s customer book with your team</source>
        <translation>Sdílejte databázi zákazníků tohoto trezoru se svým týmem</translation>
    </message>
    <message>
        <source>This laptop becomes the team&apos;s first device. Choose the sync location, as for backups: a shared folder, SFTP, WebDAV or S3. It only ever holds encrypted files; each colleague&apos;s laptop keeps its own vault and syncs through it.</source>
        <translation>Tento notebook se stane prvním zařízením týmu. Vyberte umístění synchronizace, stejně jako u záloh: sdílenou složku, SFTP, WebDAV nebo S3. Obsahuje vždy jen šifrované soubory; notebook každého kolegy má vlastní trezor a synchronizuje se přes něj.</translation>
    </message>
    <message>
        <source>Genesis fingerprint</source>
        <translation>Otisk počáteční verze seznamu členů</translation>
    </message>
    <message>
        <source>Start the team</source>
        <translation>Založit tým</translation>
    </message>
    <message>
        <source>Test the connection first.</source>
        <translation>Nejprve otestujte připojení.</translation>
    </message>
    <message>
        <source>Starting the team…</source>
        <translation>Zakládání týmu…</translation>
    </message>
    <message>
        <source>This vault is the first device of the team book. Invite laptops from Administration &gt; Invite a laptop…. Every invitation shows this genesis fingerprint: the new laptop must show the same.</source>
        <translation>Tento trezor je prvním zařízením týmové databáze. Notebooky zvěte přes Administrace &gt; Pozvat notebook…. Každá pozvánka ukazuje tento otisk počáteční verze seznamu členů: nový notebook musí ukázat stejný.</translation>
    </message>
    <message>
        <source>Genesis fingerprint: {0}</source>
        <translation>Otisk počáteční verze seznamu členů: {0}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zavřít</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Lead</source>
        <translation>Potenciální zákazník</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Zájemce</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Zákazník</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Neaktivní</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Password strength</source>
        <translation>Síla hesla</translation>
    </message>
    <message>
        <source>Not accepted: {0}.</source>
        <translation>Nepřijato: {0}.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Hesla se neshodují.</translation>
    </message>
</context>
<context>
    <name>SubjectExport</name>
    <message>
        <source>Personal data</source>
        <translation>Osobní údaje</translation>
    </message>
    <message>
        <source>Consents and lawful bases</source>
        <translation>Souhlasy a právní základy</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interakce</translation>
    </message>
    <message>
        <source>Deals and orders</source>
        <translation>Obchody a objednávky</translation>
    </message>
    <message>
        <source>Attached files (the files are in the folder beside this export)</source>
        <translation>Přiložené soubory (samotné soubory jsou ve složce vedle tohoto exportu)</translation>
    </message>
    <message>
        <source>Purchase preferences</source>
        <translation>Nákupní preference</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Úkoly</translation>
    </message>
    <message>
        <source>Restriction of processing</source>
        <translation>Omezení zpracování</translation>
    </message>
    <message>
        <source>Access and change history (audit log)</source>
        <translation>Historie přístupů a změn (protokol auditu)</translation>
    </message>
    <message>
        <source>How we process personal data</source>
        <translation>Jak zpracováváme osobní údaje</translation>
    </message>
    <message>
        <source>none</source>
        <translation>žádné</translation>
    </message>
    <message>
        <source>Subject access export</source>
        <translation>Export pro subjekt údajů</translation>
    </message>
    <message>
        <source>Customer {id} · generated {at} by {user}</source>
        <translation>Zákazník {id} · vygenerováno {at} uživatelem {user}</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Published: {published}, applied: {applied}, new conflicts: {conflicts}, refused: {refused}.</source>
        <translation>Publikováno: {published}, použito: {applied}, nové konflikty: {conflicts}, odmítnuto: {refused}.</translation>
    </message>
</context>
<context>
    <name>SyncConflicts</name>
    <message>
        <source>(empty)</source>
        <translation>(prázdné)</translation>
    </message>
    <message>
        <source>Deleted (in the bin)</source>
        <translation>Odstraněno (v koši)</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Devices…</source>
        <translation>Zařízení…</translation>
    </message>
    <message>
        <source>Conflicts…</source>
        <translation>Konflikty…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronizace…</translation>
    </message>
    <message>
        <source>Sync cancelled</source>
        <translation>Synchronizace zrušena</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>The team&apos;s sync location cannot be reached: {0}</source>
        <translation>Umístění synchronizace týmu není dostupné: {0}</translation>
    </message>
    <message>
        <source>Sync failed: {0}</source>
        <translation>Synchronizace selhala: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n změna čeká</numerusform>
            <numerusform>%n změny čekají</numerusform>
            <numerusform>%n změn čeká</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced at {0}</source>
        <translation>Synchronizováno: {0}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Dosud nesynchronizováno</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Team sync</source>
        <translation>Týmová synchronizace</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Zkusit znovu</translation>
    </message>
    <message>
        <source>Retry the sync</source>
        <translation>Zopakovat synchronizaci</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchronizovat nyní</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Edit task</source>
        <translation>Upravit úkol</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nový úkol</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Název</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Název:</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Termín</translation>
    </message>
    <message>
        <source>At</source>
        <translation>V</translation>
    </message>
    <message>
        <source>Due time</source>
        <translation>Čas termínu</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Termín:</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorita</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorita:</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Opakování</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Neopakuje se</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Denně</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Týdně</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Měsíčně</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Opakování:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Poznámky</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>P&amp;oznámky:</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <source>{path} is a file, not a folder.</source>
        <translation>{path} je soubor, ne složka.</translation>
    </message>
    <message>
        <source>{path} holds a vault; choose another folder for the team&apos;s sync location.</source>
        <translation>{path} obsahuje trezor; vyberte pro umístění synchronizace týmu jinou složku.</translation>
    </message>
    <message>
        <source>You cannot write in {path}.</source>
        <translation>Do {path} nemůžete zapisovat.</translation>
    </message>
    <message>
        <source>Choose the team&apos;s sync location.</source>
        <translation>Vyberte umístění synchronizace týmu.</translation>
    </message>
    <message>
        <source>This invitation expired on {time}; ask for a new one.</source>
        <translation>Platnost této pozvánky vypršela {time}; požádejte o novou.</translation>
    </message>
    <message>
        <source>Open the invitation file first.</source>
        <translation>Nejprve otevřete soubor s pozvánkou.</translation>
    </message>
    <message>
        <source>This laptop was removed from the team; ask an administrator to invite it again.</source>
        <translation>Tento notebook byl z týmu odebrán; požádejte administrátora o novou pozvánku.</translation>
    </message>
    <message>
        <source>Waiting for an administrator to approve this laptop.</source>
        <translation>Čeká se, až administrátor schválí tento notebook.</translation>
    </message>
    <message>
        <source>Waiting for {names} to approve this laptop.</source>
        <translation>Čeká se, až {names} schválí tento notebook.</translation>
    </message>
    <message>
        <source>The team&apos;s book is not on the sync location yet: the administrator&apos;s laptop publishes it at its next sync. Try again in a moment.</source>
        <translation>Týmová databáze zatím v umístění synchronizace není: notebook administrátora ji publikuje při příští synchronizaci. Zkuste to za chvíli znovu.</translation>
    </message>
    <message>
        <source>Start a team…</source>
        <translation>Založit tým…</translation>
    </message>
    <message>
        <source>Invite a laptop…</source>
        <translation>Pozvat notebook…</translation>
    </message>
    <message>
        <source>Pending laptops…</source>
        <translation>Čekající notebooky…</translation>
    </message>
</context>
<context>
    <name>TeamHelp</name>
    <message>
        <source>Working as a team: every laptop keeps its own complete, encrypted vault and works offline. When it can reach the team&apos;s sync location, it sends its changes and takes everyone else&apos;s.</source>
        <translation>Práce v týmu: každý notebook má vlastní úplný šifrovaný trezor a funguje offline. Když dosáhne na umístění synchronizace týmu, odešle své změny a převezme změny ostatních.</translation>
    </message>
    <message>
        <source>1. On the administrator&apos;s laptop, choose Administration &gt; Start a team… and a sync location: a shared folder, SFTP, WebDAV or S3, as for backups. The location only ever stores encrypted files.</source>
        <translation>1. Na notebooku administrátora zvolte Administrace &gt; Založit tým… a umístění synchronizace: sdílenou složku, SFTP, WebDAV nebo S3, stejně jako u záloh. Umístění uchovává jen šifrované soubory.</translation>
    </message>
    <message>
        <source>2. Choose Administration &gt; Invite a laptop…, pick the colleague and their profile, save the invitation file and give it to them with the one-time code, told separately (in person or by phone).</source>
        <translation>2. Zvolte Administrace &gt; Pozvat notebook…, vyberte kolegu a jeho profil, uložte soubor s pozvánkou a předejte mu ho spolu s jednorázovým kódem, sděleným zvlášť (osobně nebo telefonicky).</translation>
    </message>
    <message>
        <source>3. On the new laptop, choose Join a team… on the start screen, open the invitation, type the code, then set your own password and authenticator. Check that the fingerprint shown matches the one on the administrator&apos;s screen.</source>
        <translation>3. Na novém notebooku zvolte na úvodní obrazovce Připojit se k týmu…, otevřete pozvánku, zadejte kód a pak si nastavte vlastní heslo a ověřovací aplikaci. Ověřte, že zobrazený otisk odpovídá otisku na obrazovce administrátora.</translation>
    </message>
    <message>
        <source>4. The administrator approves the laptop in Administration &gt; Pending laptops…; the new laptop then downloads the book.</source>
        <translation>4. Administrátor schválí notebook v Administrace &gt; Čekající notebooky…; nový notebook pak stáhne databázi.</translation>
    </message>
    <message>
        <source>Every laptop holds the whole book; a profile limits what the app shows and does on it. Revoking a laptop stops it from syncing, but the data already on it stays there.</source>
        <translation>Každý notebook obsahuje celou databázi; profil omezuje, co na něm aplikace zobrazí a udělá. Odvolání notebooku zastaví jeho synchronizaci, ale data, která na něm už jsou, tam zůstanou.</translation>
    </message>
    <message>
        <source>Working as a team</source>
        <translation>Práce v týmu</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Nápověda</translation>
    </message>
    <message>
        <source>Help on working as a team</source>
        <translation>Nápověda k práci v týmu</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Active</source>
        <translation>Aktivní</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Zakázaný</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nikdy</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ano</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Uživatelé</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Přidat uživatele…</translation>
    </message>
    <message>
        <source>Change profile…</source>
        <translation>Změnit profil…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Resetovat heslo…</translation>
    </message>
    <message>
        <source>Reset authenticator…</source>
        <translation>Resetovat ověřovací aplikaci…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Zakázat</translation>
    </message>
    <message>
        <source>Enable…</source>
        <translation>Povolit…</translation>
    </message>
    <message>
        <source>New user {0}</source>
        <translation>Nový uživatel {0}</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Change profile</source>
        <translation>Změnit profil</translation>
    </message>
    <message>
        <source>Profile for {0}:</source>
        <translation>Profil pro uživatele {0}:</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Resetovat heslo</translation>
    </message>
    <message>
        <source>Give {0} a new temporary password? Their current password stops working.</source>
        <translation>Přidělit uživateli {0} nové dočasné heslo? Jeho současné heslo přestane fungovat.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Resetovat</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Heslo resetováno</translation>
    </message>
    <message>
        <source>Reset authenticator</source>
        <translation>Resetovat ověřovací aplikaci</translation>
    </message>
    <message>
        <source>Enrol a new authenticator for {0} (lost phone)? They also get a temporary password and new recovery codes.</source>
        <translation>Zaregistrovat novou ověřovací aplikaci pro uživatele {0} (ztracený telefon)? Dostane také dočasné heslo a nové kódy pro obnovení.</translation>
    </message>
    <message>
        <source>New authenticator</source>
        <translation>Nová ověřovací aplikace</translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation>Zakázat uživatele</translation>
    </message>
    <message>
        <source>Disable {0}? Their password will no longer open the vault.</source>
        <translation>Zakázat uživatele {0}? Jeho heslo už trezor neotevře.</translation>
    </message>
    <message>
        <source>User enabled</source>
        <translation>Uživatel povolen</translation>
    </message>
</context>
<context>
    <name>VaultStatusBar</name>
    <message>
        <source>Signed-in user</source>
        <translation>Přihlášený uživatel</translation>
    </message>
    <message>
        <source>Time to auto-lock</source>
        <translation>Čas do automatického zamčení</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Poslední záloha</translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <source>Locks in {0}</source>
        <translation>Zamkne se za {0}</translation>
    </message>
</context>
<context>
    <name>WaitingPage</name>
    <message>
        <source>Check now</source>
        <translation>Zkontrolovat nyní</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <source>choose a folder for the new vault</source>
        <translation>zvolte složku pro nový trezor</translation>
    </message>
    <message>
        <source>this is a file, not a folder</source>
        <translation>toto je soubor, ne složka</translation>
    </message>
    <message>
        <source>there is already a vault in this folder; open it instead</source>
        <translation>v této složce už trezor je; otevřete ho</translation>
    </message>
    <message>
        <source>the folder is not empty; choose an empty or new folder</source>
        <translation>složka není prázdná; zvolte prázdnou nebo novou složku</translation>
    </message>
    <message>
        <source>you cannot write in this place; choose another folder</source>
        <translation>do tohoto umístění nemůžete zapisovat; zvolte jinou složku</translation>
    </message>
    <message>
        <source>enter a user name for the administrator</source>
        <translation>zadejte uživatelské jméno administrátora</translation>
    </message>
    <message>
        <source>a user name is 1 to 64 characters without spaces</source>
        <translation>uživatelské jméno má 1 až 64 znaků bez mezer</translation>
    </message>
    <message>
        <source>choose the country from the list</source>
        <translation>vyberte zemi ze seznamu</translation>
    </message>
    <message>
        <source>This code does not match. Check the phone&apos;s clock and type the code shown now.</source>
        <translation>Tento kód nesouhlasí. Zkontrolujte hodiny v telefonu a zadejte kód, který se zobrazuje teď.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Customers</source>
        <translation>Zákazníci</translation>
    </message>
    <message>
        <source>Your profile does not allow seeing customers.</source>
        <translation>Váš profil nedovoluje zobrazit zákazníky.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Vítejte</translation>
    </message>
    <message>
        <source>Users…</source>
        <translation>Uživatelé…</translation>
    </message>
    <message>
        <source>Profiles…</source>
        <translation>Profily…</translation>
    </message>
    <message>
        <source>Audit log…</source>
        <translation>Protokol auditu…</translation>
    </message>
    <message>
        <source>Security alerts…</source>
        <translation>Bezpečnostní výstrahy…</translation>
    </message>
</context>
<context>
    <name>_CalendarPopup</name>
    <message>
        <source>Calendar</source>
        <translation>Kalendář</translation>
    </message>
</context>
</TS>
