<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Dodaj użytkownika</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nazwa użytkownika</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>A temporary password is generated; the user chooses their own at first sign-in.</source>
        <translation>Zostanie wygenerowane hasło tymczasowe; użytkownik ustawi własne przy pierwszym logowaniu.</translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <source>Many customer records viewed in a short time</source>
        <translation>Wiele rekordów klientów wyświetlonych w krótkim czasie</translation>
    </message>
    <message>
        <source>Many customer records deleted in a short time</source>
        <translation>Wiele rekordów klientów usuniętych w krótkim czasie</translation>
    </message>
    <message>
        <source>Failed sign-ins</source>
        <translation>Nieudane logowania</translation>
    </message>
    <message>
        <source>Large export</source>
        <translation>Duży eksport</translation>
    </message>
    <message>
        <source>Sign-in outside working hours</source>
        <translation>Logowanie poza godzinami pracy</translation>
    </message>
    <message>
        <source>Audit log chain broken</source>
        <translation>Przerwany łańcuch dziennika audytu</translation>
    </message>
    <message>
        <source>No verified backup</source>
        <translation>Brak zweryfikowanej kopii zapasowej</translation>
    </message>
    <message>
        <source>Older key slot refused</source>
        <translation>Odrzucono starszy slot klucza</translation>
    </message>
    <message>
        <source>Failed-sign-in record damaged</source>
        <translation>Uszkodzony zapis nieudanych logowań</translation>
    </message>
    <message>
        <source>Many refused actions</source>
        <translation>Wiele odrzuconych akcji</translation>
    </message>
    <message>
        <source>Sync refused changes from another device</source>
        <translation>Synchronizacja odrzuciła zmiany z innego urządzenia</translation>
    </message>
    <message>
        <source>A sign-in as {user} with an older key slot (version {version}, the vault knows {required}) was refused: keyslots.json was replaced with an older copy, or an old password was replayed.</source>
        <translation>Odrzucono logowanie jako {user} przy użyciu starszego slotu klucza (wersja {version}, sejf zna wersję {required}): plik keyslots.json zastąpiono starszą kopią lub ponownie użyto starego hasła.</translation>
    </message>
    <message numerus="yes">
        <source>%n key slot(s) older than the vault&apos;s record found in keyslots.json and removed: an older copy of the file was put back.</source>
        <translation>
            <numerusform>W pliku keyslots.json znaleziono i usunięto %n slot klucza starszy niż wersja zapisana w sejfie: przywrócono starszą kopię pliku.</numerusform>
            <numerusform>W pliku keyslots.json znaleziono i usunięto %n sloty klucza starsze niż wersja zapisana w sejfie: przywrócono starszą kopię pliku.</numerusform>
            <numerusform>W pliku keyslots.json znaleziono i usunięto %n slotów klucza starszych niż wersja zapisana w sejfie: przywrócono starszą kopię pliku.</numerusform>
        </translation>
    </message>
    <message>
        <source>{user} viewed {count} customer records within {minutes} minutes.</source>
        <translation>Rekordy klientów wyświetlone przez użytkownika {user} w ciągu {minutes} min: {count}.</translation>
    </message>
    <message>
        <source>{user} was refused {count} actions within {minutes} minutes.</source>
        <translation>Odrzucone akcje użytkownika {user} w ciągu {minutes} min: {count}.</translation>
    </message>
    <message>
        <source>{user} deleted {count} customer records within {minutes} minutes.</source>
        <translation>Rekordy klientów usunięte przez użytkownika {user} w ciągu {minutes} min: {count}.</translation>
    </message>
    <message numerus="yes">
        <source>{user} exported %n row(s) ({action}).</source>
        <translation>
            <numerusform>Użytkownik {user} wyeksportował %n wiersz ({action}).</numerusform>
            <numerusform>Użytkownik {user} wyeksportował %n wiersze ({action}).</numerusform>
            <numerusform>Użytkownik {user} wyeksportował %n wierszy ({action}).</numerusform>
        </translation>
    </message>
    <message>
        <source>{user} signed in at {time}, outside working hours ({start}–{end}).</source>
        <translation>Użytkownik {user} zalogował się o {time}, poza godzinami pracy ({start}–{end}).</translation>
    </message>
    <message numerus="yes">
        <source>%n failed sign-in(s) for {user} since the last successful sign-in.</source>
        <translation>
            <numerusform>%n nieudane logowanie użytkownika {user} od ostatniego udanego logowania.</numerusform>
            <numerusform>%n nieudane logowania użytkownika {user} od ostatniego udanego logowania.</numerusform>
            <numerusform>%n nieudanych logowań użytkownika {user} od ostatniego udanego logowania.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed sign-in(s) with unknown user names since the last successful sign-in.</source>
        <translation>
            <numerusform>%n nieudane logowanie z nieznaną nazwą użytkownika od ostatniego udanego logowania.</numerusform>
            <numerusform>%n nieudane logowania z nieznanymi nazwami użytkowników od ostatniego udanego logowania.</numerusform>
            <numerusform>%n nieudanych logowań z nieznanymi nazwami użytkowników od ostatniego udanego logowania.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log was modified outside the app: entry {entry} is not what was written ({reason}).</source>
        <translation>Dziennik audytu zmodyfikowano poza aplikacją: wpis {entry} różni się od zapisanego ({reason}).</translation>
    </message>
    <message numerus="yes">
        <source>No verified backup since {time} (limit: %n day(s)).</source>
        <translation>
            <numerusform>Brak zweryfikowanej kopii zapasowej od {time} (limit: %n dzień).</numerusform>
            <numerusform>Brak zweryfikowanej kopii zapasowej od {time} (limit: %n dni).</numerusform>
            <numerusform>Brak zweryfikowanej kopii zapasowej od {time} (limit: %n dni).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No verified backup ever (limit: %n day(s)).</source>
        <translation>
            <numerusform>Jeszcze nigdy nie zweryfikowano kopii zapasowej (limit: %n dzień).</numerusform>
            <numerusform>Jeszcze nigdy nie zweryfikowano kopii zapasowej (limit: %n dni).</numerusform>
            <numerusform>Jeszcze nigdy nie zweryfikowano kopii zapasowej (limit: %n dni).</numerusform>
        </translation>
    </message>
    <message>
        <source>The failed-sign-in record was damaged (found at {time}); it was counted as one failed sign-in and rewritten. Failures before it may be missing.</source>
        <translation>Zapis nieudanych logowań był uszkodzony (wykryto o {time}); policzono go jako jedno nieudane logowanie i zapisano ponownie. Może brakować wcześniejszych nieudanych prób.</translation>
    </message>
    <message numerus="yes">
        <source>Sync refused %n segment(s) or change(s) from other devices; the rest was applied.</source>
        <translation>
            <numerusform>Synchronizacja odrzuciła %n segment lub zmianę z innych urządzeń; resztę zastosowano.</numerusform>
            <numerusform>Synchronizacja odrzuciła %n segmenty lub zmiany z innych urządzeń; resztę zastosowano.</numerusform>
            <numerusform>Synchronizacja odrzuciła %n segmentów lub zmian z innych urządzeń; resztę zastosowano.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertsPage</name>
    <message>
        <source>Security alerts</source>
        <translation>Alerty bezpieczeństwa</translation>
    </message>
    <message>
        <source>Open only</source>
        <translation>Tylko otwarte</translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <translation>Potwierdź…</translation>
    </message>
    <message>
        <source>Acknowledge alert</source>
        <translation>Potwierdź alert</translation>
    </message>
    <message>
        <source>What was done (optional):</source>
        <translation>Co zrobiono (opcjonalnie):</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Preparing a demo vault with generated customers…</source>
        <translation>Przygotowywanie sejfu demonstracyjnego z wygenerowanymi klientami…</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>View {0}</source>
        <translation>Podgląd: {0}</translation>
    </message>
    <message>
        <source>This image cannot be shown. Use Save a copy to open it in another program.</source>
        <translation>Nie można wyświetlić tego obrazu. Użyj „Zapisz kopię”, aby otworzyć go w innym programie.</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>unnamed file</source>
        <translation>plik bez nazwy</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Dodano</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Attachments</source>
        <translation>Załączniki</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Załączone pliki</translation>
    </message>
    <message>
        <source>No files attached yet.</source>
        <translation>Brak załączonych plików.</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>Dodaj plik…</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Załącz plik</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Podgląd</translation>
    </message>
    <message>
        <source>View the selected file</source>
        <translation>Wyświetl wybrany plik</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Zapisz kopię…</translation>
    </message>
    <message>
        <source>Save a copy of the selected file</source>
        <translation>Zapisz kopię wybranego pliku</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Delete the selected file</source>
        <translation>Usuń wybrany plik</translation>
    </message>
    <message>
        <source>Attached {0}.</source>
        <translation>Załączono {0}.</translation>
    </message>
    <message>
        <source>This kind of file cannot be shown inside the app; use Save a copy.</source>
        <translation>Tego rodzaju pliku nie można wyświetlić w aplikacji; użyj „Zapisz kopię”.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Zapisz kopię</translation>
    </message>
    <message>
        <source>Saved a copy to {0}.</source>
        <translation>Zapisano kopię w {0}.</translation>
    </message>
    <message>
        <source>Delete file</source>
        <translation>Usuń plik</translation>
    </message>
    <message>
        <source>Delete the attached file {0}? It is removed from the vault for good; this cannot be undone.</source>
        <translation>Usunąć załączony plik {0}? Zostanie trwale usunięty z sejfu; tej operacji nie można cofnąć.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Zachowaj</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>the head recorded beside the vault</source>
        <translation>koniec łańcucha zapisany obok sejfu</translation>
    </message>
    <message>
        <source>not compared: {file} was changed outside the app (damaged, or its MAC does not match)</source>
        <translation>nie porównano: plik {file} został zmieniony poza aplikacją (jest uszkodzony lub jego MAC się nie zgadza)</translation>
    </message>
    <message>
        <source>the signed backup {name}</source>
        <translation>podpisana kopia zapasowa {name}</translation>
    </message>
    <message>
        <source>the backups at {url}</source>
        <translation>kopie zapasowe w {url}</translation>
    </message>
    <message>
        <source>not compared: {problem}</source>
        <translation>nie porównano: {problem}</translation>
    </message>
    <message>
        <source>the verified point</source>
        <translation>zweryfikowany punkt</translation>
    </message>
    <message>
        <source>not compared: the restore at entry {seq} ({time}) replaced the history it showed</source>
        <translation>nie porównano: przywrócenie kopii zapasowej (wpis {seq}, {time}) zastąpiło wskazywaną historię</translation>
    </message>
    <message>
        <source>the log still holds entry {seq}</source>
        <translation>dziennik nadal zawiera wpis {seq}</translation>
    </message>
    <message>
        <source>entries from {point} on were removed or replaced (log cut or rewritten): {anchor} ({time}) showed entry {seq}, and the log no longer has it</source>
        <translation>wpisy od {point} zostały usunięte lub zastąpione (dziennik obcięty lub przepisany): {anchor} ({time}) wskazuje wpis {seq}, którego dziennik już nie zawiera</translation>
    </message>
    <message>
        <source>entries from {point} on were removed or replaced (log cut or rewritten): {anchor} ({time}) showed entry {seq}, and the log has another entry there</source>
        <translation>wpisy od {point} zostały usunięte lub zastąpione (dziennik obcięty lub przepisany): {anchor} ({time}) wskazuje wpis {seq}, a dziennik ma w tym miejscu inny wpis</translation>
    </message>
    <message>
        <source>entry missing or out of order (sequence has a gap)</source>
        <translation>brak wpisu lub zła kolejność (luka w numeracji)</translation>
    </message>
    <message>
        <source>entry changed, or an entry before it removed or reordered</source>
        <translation>wpis zmieniony albo wcześniejszy wpis usunięty lub przestawiony</translation>
    </message>
    <message>
        <source>the last verified entry was removed or changed (log truncated or rewritten)</source>
        <translation>ostatni zweryfikowany wpis został usunięty lub zmieniony (dziennik obcięty lub przepisany)</translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <source>Vault created</source>
        <translation>Utworzono sejf</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Zalogowano się</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Nieudane logowanie</translation>
    </message>
    <message>
        <source>Sign-in refused: an outdated key slot</source>
        <translation>Odmowa logowania: nieaktualny slot klucza</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Zablokowano</translation>
    </message>
    <message>
        <source>Unlocked again after a lock</source>
        <translation>Ponownie odblokowano po blokadzie</translation>
    </message>
    <message>
        <source>Opened with the recovery key</source>
        <translation>Otwarto kluczem odzyskiwania</translation>
    </message>
    <message>
        <source>Key slots of inactive users removed</source>
        <translation>Usunięto sloty kluczy nieaktywnych użytkowników</translation>
    </message>
    <message>
        <source>Viewed a customer</source>
        <translation>Wyświetlono klienta</translation>
    </message>
    <message>
        <source>Revealed a sensitive field</source>
        <translation>Pokazano pole poufne</translation>
    </message>
    <message>
        <source>Searched customers</source>
        <translation>Wyszukano klientów</translation>
    </message>
    <message>
        <source>Created a customer</source>
        <translation>Utworzono klienta</translation>
    </message>
    <message>
        <source>Changed a customer</source>
        <translation>Zmieniono klienta</translation>
    </message>
    <message>
        <source>Deleted a customer</source>
        <translation>Usunięto klienta</translation>
    </message>
    <message>
        <source>Restored a deleted customer</source>
        <translation>Przywrócono usuniętego klienta</translation>
    </message>
    <message>
        <source>Erased deleted customers for good</source>
        <translation>Trwale usunięto klientów z kosza</translation>
    </message>
    <message>
        <source>Merged duplicate customers</source>
        <translation>Scalono zduplikowanych klientów</translation>
    </message>
    <message>
        <source>Imported customers</source>
        <translation>Zaimportowano klientów</translation>
    </message>
    <message>
        <source>Undid an import</source>
        <translation>Cofnięto import</translation>
    </message>
    <message>
        <source>Exported customers</source>
        <translation>Wyeksportowano klientów</translation>
    </message>
    <message>
        <source>Started an export of customers</source>
        <translation>Rozpoczęto eksport klientów</translation>
    </message>
    <message>
        <source>Cancelled an export of customers</source>
        <translation>Anulowano eksport klientów</translation>
    </message>
    <message>
        <source>Defined a custom field</source>
        <translation>Zdefiniowano pole niestandardowe</translation>
    </message>
    <message>
        <source>Created a deal</source>
        <translation>Utworzono transakcję</translation>
    </message>
    <message>
        <source>Changed a deal</source>
        <translation>Zmieniono transakcję</translation>
    </message>
    <message>
        <source>Deleted a deal</source>
        <translation>Usunięto transakcję</translation>
    </message>
    <message>
        <source>Logged an interaction</source>
        <translation>Zapisano interakcję</translation>
    </message>
    <message>
        <source>Deleted an interaction</source>
        <translation>Usunięto interakcję</translation>
    </message>
    <message>
        <source>Added a contact preference</source>
        <translation>Dodano preferencję zakupową</translation>
    </message>
    <message>
        <source>Removed a contact preference</source>
        <translation>Usunięto preferencję zakupową</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Utworzono kopię zapasową</translation>
    </message>
    <message>
        <source>Verified a backup</source>
        <translation>Zweryfikowano kopię zapasową</translation>
    </message>
    <message>
        <source>Restored a backup</source>
        <translation>Przywrócono kopię zapasową</translation>
    </message>
    <message>
        <source>Re-applied erasures and disabled users after a restore</source>
        <translation>Ponownie zastosowano usunięcia danych i wyłączenia użytkowników po przywróceniu</translation>
    </message>
    <message>
        <source>Removed old backups</source>
        <translation>Usunięto stare kopie zapasowe</translation>
    </message>
    <message>
        <source>Stored backup credentials</source>
        <translation>Zapisano poświadczenia kopii zapasowych</translation>
    </message>
    <message>
        <source>Added a user</source>
        <translation>Dodano użytkownika</translation>
    </message>
    <message>
        <source>Disabled a user</source>
        <translation>Wyłączono użytkownika</translation>
    </message>
    <message>
        <source>Disabled a user again after a restore</source>
        <translation>Ponownie wyłączono użytkownika po przywróceniu</translation>
    </message>
    <message>
        <source>Re-enabled a user</source>
        <translation>Ponownie włączono użytkownika</translation>
    </message>
    <message>
        <source>Reset a password</source>
        <translation>Zresetowano hasło</translation>
    </message>
    <message>
        <source>Reset an authenticator</source>
        <translation>Zresetowano aplikację uwierzytelniającą</translation>
    </message>
    <message>
        <source>Changed a user&apos;s profile</source>
        <translation>Zmieniono profil użytkownika</translation>
    </message>
    <message>
        <source>Changed own password</source>
        <translation>Zmieniono własne hasło</translation>
    </message>
    <message>
        <source>Changed own authenticator</source>
        <translation>Zmieniono własną aplikację uwierzytelniającą</translation>
    </message>
    <message>
        <source>Reset with the recovery key</source>
        <translation>Zresetowano przy użyciu klucza odzyskiwania</translation>
    </message>
    <message>
        <source>Replaced credentials kept after a restore</source>
        <translation>Zastąpiono poświadczenia zachowane po przywróceniu</translation>
    </message>
    <message>
        <source>Created a profile</source>
        <translation>Utworzono profil</translation>
    </message>
    <message>
        <source>Changed a profile</source>
        <translation>Zmieniono profil</translation>
    </message>
    <message>
        <source>Deleted a profile</source>
        <translation>Usunięto profil</translation>
    </message>
    <message>
        <source>Changed a setting</source>
        <translation>Zmieniono ustawienie</translation>
    </message>
    <message>
        <source>Verified the audit log</source>
        <translation>Sprawdzono dziennik audytu</translation>
    </message>
    <message>
        <source>Exported the audit log</source>
        <translation>Wyeksportowano dziennik audytu</translation>
    </message>
    <message>
        <source>Acknowledged an alert</source>
        <translation>Potwierdzono alert</translation>
    </message>
    <message>
        <source>Refused: not allowed</source>
        <translation>Odmowa: brak uprawnień</translation>
    </message>
    <message>
        <source>Exported a person&apos;s data (subject access)</source>
        <translation>Wyeksportowano dane osoby (prawo dostępu)</translation>
    </message>
    <message>
        <source>Erased a person</source>
        <translation>Usunięto dane osoby</translation>
    </message>
    <message>
        <source>Erased a person again after a restore</source>
        <translation>Ponownie usunięto dane osoby po przywróceniu</translation>
    </message>
    <message>
        <source>The erasure ledger was found damaged</source>
        <translation>Wykryto uszkodzenie rejestru usunięć danych</translation>
    </message>
    <message>
        <source>Recorded a consent</source>
        <translation>Zarejestrowano zgodę</translation>
    </message>
    <message>
        <source>Withdrew a consent</source>
        <translation>Wycofano zgodę</translation>
    </message>
    <message>
        <source>Restricted processing</source>
        <translation>Ograniczono przetwarzanie</translation>
    </message>
    <message>
        <source>Lifted a restriction</source>
        <translation>Zniesiono ograniczenie przetwarzania</translation>
    </message>
    <message>
        <source>Changed a retention rule</source>
        <translation>Zmieniono regułę okresu przechowywania</translation>
    </message>
    <message>
        <source>Applied the retention rules</source>
        <translation>Zastosowano reguły okresu przechowywania</translation>
    </message>
    <message>
        <source>Generated the record of processing</source>
        <translation>Wygenerowano rejestr czynności przetwarzania</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation>Nieudane logowanie</translation>
    </message>
    <message>
        <source>Added a task</source>
        <translation>Dodano zadanie</translation>
    </message>
    <message>
        <source>Changed a task</source>
        <translation>Zmieniono zadanie</translation>
    </message>
    <message>
        <source>Completed a task</source>
        <translation>Wykonano zadanie</translation>
    </message>
    <message>
        <source>Reopened a task</source>
        <translation>Ponownie otwarto zadanie</translation>
    </message>
    <message>
        <source>Snoozed a task&apos;s reminder</source>
        <translation>Odłożono przypomnienie o zadaniu</translation>
    </message>
    <message>
        <source>Deleted a task</source>
        <translation>Usunięto zadanie</translation>
    </message>
    <message>
        <source>Exported tasks and meetings as a calendar</source>
        <translation>Wyeksportowano zadania i spotkania jako kalendarz</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Kopia zapasowa</translation>
    </message>
    <message>
        <source>Backup verified</source>
        <translation>Zweryfikowano kopię zapasową</translation>
    </message>
    <message>
        <source>Pruned old backups</source>
        <translation>Usunięto stare kopie zapasowe</translation>
    </message>
    <message>
        <source>Reset an authenticator enrolment</source>
        <translation>Zresetowano rejestrację aplikacji uwierzytelniającej</translation>
    </message>
    <message>
        <source>Changed own authenticator enrolment</source>
        <translation>Zmieniono rejestrację własnej aplikacji uwierzytelniającej</translation>
    </message>
    <message>
        <source>Made new recovery codes for own account</source>
        <translation>Utworzono nowe kody odzyskiwania dla własnego konta</translation>
    </message>
    <message>
        <source>Saved the dashboard as a PDF</source>
        <translation>Zapisano pulpit jako PDF</translation>
    </message>
    <message>
        <source>Subject access export</source>
        <translation>Eksport w ramach prawa dostępu</translation>
    </message>
    <message>
        <source>Attached a file</source>
        <translation>Załączono plik</translation>
    </message>
    <message>
        <source>Viewed an attached file</source>
        <translation>Wyświetlono załączony plik</translation>
    </message>
    <message>
        <source>Saved a copy of an attached file</source>
        <translation>Zapisano kopię załączonego pliku</translation>
    </message>
    <message>
        <source>Deleted an attached file</source>
        <translation>Usunięto załączony plik</translation>
    </message>
    <message>
        <source>Erasure re-applied after a restore</source>
        <translation>Ponownie zastosowano usunięcie danych po przywróceniu</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Zarejestrowano zgodę</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Wycofano zgodę</translation>
    </message>
    <message>
        <source>Processing restricted</source>
        <translation>Ograniczono przetwarzanie</translation>
    </message>
    <message>
        <source>Restriction lifted</source>
        <translation>Zniesiono ograniczenie przetwarzania</translation>
    </message>
    <message>
        <source>Retention rule changed</source>
        <translation>Zmieniono regułę okresu przechowywania</translation>
    </message>
    <message>
        <source>Retention rules applied</source>
        <translation>Zastosowano reguły okresu przechowywania</translation>
    </message>
    <message>
        <source>Record of processing generated</source>
        <translation>Wygenerowano rejestr czynności przetwarzania</translation>
    </message>
    <message>
        <source>Invited a laptop to the team book</source>
        <translation>Zaproszono laptop do wspólnej bazy zespołu</translation>
    </message>
    <message>
        <source>Asked to join a team book</source>
        <translation>Poproszono o dołączenie do wspólnej bazy zespołu</translation>
    </message>
    <message>
        <source>Admitted a device to the team book</source>
        <translation>Dopuszczono urządzenie do wspólnej bazy zespołu</translation>
    </message>
    <message>
        <source>Refused a device&apos;s join request</source>
        <translation>Odrzucono prośbę urządzenia o dołączenie</translation>
    </message>
    <message>
        <source>Revoked a device</source>
        <translation>Odwołano urządzenie</translation>
    </message>
    <message>
        <source>Started a team book</source>
        <translation>Utworzono wspólną bazę zespołu</translation>
    </message>
    <message>
        <source>Synced with the team</source>
        <translation>Zsynchronizowano z zespołem</translation>
    </message>
    <message>
        <source>Refused a change from another device</source>
        <translation>Odrzucono zmianę z innego urządzenia</translation>
    </message>
    <message>
        <source>Resolved a sync conflict</source>
        <translation>Rozwiązano konflikt synchronizacji</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit log</source>
        <translation>Dziennik audytu</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Użytkownik</translation>
    </message>
    <message>
        <source>Filter by user</source>
        <translation>Filtruj według użytkownika</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Wszystkie akcje</translation>
    </message>
    <message>
        <source>Filter by action</source>
        <translation>Filtruj według akcji</translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation>Identyfikator klienta</translation>
    </message>
    <message>
        <source>Filter by customer</source>
        <translation>Filtruj według klienta</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Data początkowa</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Data końcowa</translation>
    </message>
    <message>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Zastosuj</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Sprawdź łańcuch</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksportuj…</translation>
    </message>
    <message>
        <source>Chain not checked yet in this view.</source>
        <translation>Łańcuch nie został jeszcze sprawdzony w tym widoku.</translation>
    </message>
    <message>
        <source>‹ Newer</source>
        <translation>‹ Nowsze</translation>
    </message>
    <message>
        <source>Newer entries</source>
        <translation>Nowsze wpisy</translation>
    </message>
    <message>
        <source>Older ›</source>
        <translation>Starsze ›</translation>
    </message>
    <message>
        <source>Older entries</source>
        <translation>Starsze wpisy</translation>
    </message>
    <message numerus="yes">
        <source>Page {0} of {1} · %Ln entry(s)</source>
        <translation>
            <numerusform>Strona {0} z {1} · %Ln wpis</numerusform>
            <numerusform>Strona {0} z {1} · %Ln wpisy</numerusform>
            <numerusform>Strona {0} z {1} · %Ln wpisów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Chain intact: %Ln entry(s), every link checked.</source>
        <translation>
            <numerusform>Łańcuch nienaruszony: %Ln wpis, sprawdzono każde ogniwo.</numerusform>
            <numerusform>Łańcuch nienaruszony: %Ln wpisy, sprawdzono każde ogniwo.</numerusform>
            <numerusform>Łańcuch nienaruszony: %Ln wpisów, sprawdzono każde ogniwo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the chain…</source>
        <translation>Sprawdzanie łańcucha…</translation>
    </message>
    <message>
        <source>Chain BROKEN at entry {0}: {1}. Keep this vault as evidence and tell your administrator.</source>
        <translation>Łańcuch PRZERWANY we wpisie {0}: {1}. Zachowaj ten sejf jako dowód i powiadom administratora.</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Eksportuj dziennik audytu</translation>
    </message>
    <message>
        <source>JSON (*.json);;CSV (*.csv)</source>
        <translation>JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported to {0}.</source>
        <translation>Wyeksportowano do {0}.</translation>
    </message>
</context>
<context>
    <name>AuthenticatorPage</name>
    <message>
        <source>Scan this code with your authenticator app, or type the key into it. Each sign-in asks for the 6-digit code it shows.</source>
        <translation>Zeskanuj ten kod aplikacją uwierzytelniającą albo wpisz do niej klucz. Każde logowanie wymaga 6-cyfrowego kodu, który pokazuje.</translation>
    </message>
    <message>
        <source>Authenticator key</source>
        <translation>Klucz aplikacji uwierzytelniającej</translation>
    </message>
    <message>
        <source>Code from the app</source>
        <translation>Kod z aplikacji</translation>
    </message>
    <message>
        <source>Code shown now:</source>
        <translation>Kod widoczny teraz:</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up now</source>
        <translation>Utwórz kopię zapasową</translation>
    </message>
    <message>
        <source>Backup location</source>
        <translation>Lokalizacja kopii zapasowych</translation>
    </message>
    <message>
        <source>A folder, or sftp://, webdav://, s3:// …</source>
        <translation>Folder lub sftp://, webdav://, s3:// …</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Folder…</translation>
    </message>
    <message>
        <source>Back up to:</source>
        <translation>Zapisz kopię w:</translation>
    </message>
    <message>
        <source>The archive is encrypted to the vault&apos;s recovery key, signed, then read back and verified.</source>
        <translation>Archiwum jest szyfrowane kluczem odzyskiwania sejfu, podpisywane, a następnie odczytywane ponownie i weryfikowane.</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Utwórz kopię</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Folder kopii zapasowych</translation>
    </message>
    <message>
        <source>Choose where to back up.</source>
        <translation>Wybierz, gdzie zapisać kopię zapasową.</translation>
    </message>
    <message>
        <source>Backed up.</source>
        <translation>Utworzono kopię zapasową.</translation>
    </message>
    <message>
        <source>Backed up and verified ({0}). The archive is:
{1}</source>
        <translation>Utworzono i zweryfikowano kopię zapasową ({0}). Archiwum:
{1}</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>No verified backup yet.</source>
        <translation>Brak zweryfikowanej kopii zapasowej.</translation>
    </message>
    <message numerus="yes">
        <source>Last verified backup is %n day(s) old.</source>
        <translation>
            <numerusform>Ostatnia zweryfikowana kopia zapasowa ma %n dzień.</numerusform>
            <numerusform>Ostatnia zweryfikowana kopia zapasowa ma %n dni.</numerusform>
            <numerusform>Ostatnia zweryfikowana kopia zapasowa ma %n dni.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last verified backup: {time} UTC.</source>
        <translation>Ostatnia zweryfikowana kopia zapasowa: {time} UTC.</translation>
    </message>
    <message numerus="yes">
        <source>%n erasure(s)</source>
        <translation>
            <numerusform>%n usunięcie danych</numerusform>
            <numerusform>%n usunięcia danych</numerusform>
            <numerusform>%n usunięć danych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disabled user(s)</source>
        <translation>
            <numerusform>%n wyłączony użytkownik</numerusform>
            <numerusform>%n wyłączonych użytkowników</numerusform>
            <numerusform>%n wyłączonych użytkowników</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential change(s)</source>
        <translation>
            <numerusform>%n zmiana poświadczeń</numerusform>
            <numerusform>%n zmiany poświadczeń</numerusform>
            <numerusform>%n zmian poświadczeń</numerusform>
        </translation>
    </message>
    <message>
        <source>re-applied {items}</source>
        <translation>ponownie zastosowano: {items}</translation>
    </message>
    <message>
        <source>Backups: not set up</source>
        <translation>Kopie zapasowe: nieskonfigurowane</translation>
    </message>
    <message>
        <source>the vault&apos;s keyslots.json</source>
        <translation>plik keyslots.json sejfu</translation>
    </message>
    <message>
        <source>pinned on this machine ({fingerprint})</source>
        <translation>przypięty na tym komputerze ({fingerprint})</translation>
    </message>
    <message>
        <source>trusted on first use ({fingerprint}): compare it with the fingerprint on the recovery sheet</source>
        <translation>zaufany przy pierwszym użyciu ({fingerprint}): porównaj go z odciskiem palca na arkuszu odzyskiwania</translation>
    </message>
    <message>
        <source>no pinned key</source>
        <translation>brak przypiętego klucza</translation>
    </message>
    <message>
        <source>the fingerprint given ({fingerprint})</source>
        <translation>podany odcisk palca ({fingerprint})</translation>
    </message>
    <message>
        <source>no signature carries the fingerprint given</source>
        <translation>żaden podpis nie ma podanego odcisku palca</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>uszkodzony</translation>
    </message>
    <message>
        <source>sequences 1..{last} are missing before {name}</source>
        <translation>brak numerów sekwencyjnych 1..{last} przed {name}</translation>
    </message>
    <message>
        <source>two archives claim sequence {sequence}</source>
        <translation>dwa archiwa mają ten sam numer sekwencyjny {sequence}</translation>
    </message>
    <message>
        <source>sequence {missing} missing between {previous} and {name}: an archive was deleted</source>
        <translation>brak numeru sekwencyjnego {missing} między {previous} a {name}: usunięto archiwum</translation>
    </message>
    <message>
        <source>{name} does not follow {previous}: an archive was replaced</source>
        <translation>{name} nie jest następcą {previous}: zastąpiono archiwum</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>{size} B</translation>
    </message>
    <message>
        <source>{size} bytes, the signature says {signed}</source>
        <translation>{size} B, według podpisu {signed}</translation>
    </message>
    <message>
        <source>{digest}, the signature says {signed}</source>
        <translation>{digest}, według podpisu {signed}</translation>
    </message>
    <message>
        <source>{name} is missing (its signature is there)</source>
        <translation>brak pliku {name} (jego podpis istnieje)</translation>
    </message>
    <message>
        <source>{name} is not a VaultCRM archive name</source>
        <translation>{name} nie jest nazwą archiwum VaultCRM</translation>
    </message>
    <message>
        <source>{name}.sig is missing: an incomplete or foreign upload</source>
        <translation>brak pliku {name}.sig: niekompletne przesłanie lub plik z innego źródła</translation>
    </message>
    <message>
        <source>no trusted key</source>
        <translation>brak zaufanego klucza</translation>
    </message>
    <message>
        <source>Ed25519 by {fingerprint}, sequence {sequence}</source>
        <translation>Ed25519, klucz {fingerprint}, numer sekwencyjny {sequence}</translation>
    </message>
    <message>
        <source>no gap up to sequence {sequence}</source>
        <translation>brak luk do numeru sekwencyjnego {sequence}</translation>
    </message>
    <message>
        <source>age decrypted and authenticated every chunk</source>
        <translation>age odszyfrował i uwierzytelnił każdy fragment</translation>
    </message>
    <message>
        <source>manifest.json is missing or damaged ({reason})</source>
        <translation>brak pliku manifest.json lub jest on uszkodzony ({reason})</translation>
    </message>
    <message>
        <source>SHA-256 of keyslots.json and vault.db match the manifest</source>
        <translation>SHA-256 plików sejfu keyslots.json i vault.db zgodne z manifestem</translation>
    </message>
    <message>
        <source>differ from the manifest: {members}</source>
        <translation>niezgodne z manifestem: {members}</translation>
    </message>
    <message>
        <source>agrees with the signature</source>
        <translation>zgodny z podpisem</translation>
    </message>
    <message>
        <source>differs from the signature in {fields}</source>
        <translation>niezgodny z podpisem w polach: {fields}</translation>
    </message>
    <message>
        <source>the manifest holds no database key</source>
        <translation>manifest nie zawiera klucza bazy danych</translation>
    </message>
    <message>
        <source>integrity_check and cipher_integrity_check: ok</source>
        <translation>integrity_check i cipher_integrity_check: OK</translation>
    </message>
    <message>
        <source>the database does not open with the manifest&apos;s key ({reason})</source>
        <translation>nie można otworzyć bazy danych kluczem z manifestu ({reason})</translation>
    </message>
    <message>
        <source>{rows} rows in {tables} tables match the manifest</source>
        <translation>wiersze: {rows}, tabele: {tables} — zgodne z manifestem</translation>
    </message>
    <message>
        <source>row counts differ in {tables}</source>
        <translation>liczby wierszy różnią się w tabelach: {tables}</translation>
    </message>
    <message>
        <source>schema version {version}</source>
        <translation>wersja schematu {version}</translation>
    </message>
    <message>
        <source>same vault and signing key; recovery slot not checked (this key is an extra recipient, not the vault&apos;s recovery key: it cannot restore)</source>
        <translation>ten sam sejf i klucz podpisujący; slotu odzyskiwania nie sprawdzono (ten klucz to dodatkowy odbiorca, a nie klucz odzyskiwania sejfu: nie może przywrócić kopii)</translation>
    </message>
    <message>
        <source>same vault and signing key; recovery slot opens; MAC valid</source>
        <translation>ten sam sejf i klucz podpisujący; slot odzyskiwania się otwiera; MAC prawidłowy</translation>
    </message>
</context>
<context>
    <name>BinDialog</name>
    <message>
        <source>Deleted customers</source>
        <translation>Usunięci klienci</translation>
    </message>
    <message>
        <source>Deleted customers can be restored until the date shown; then they are erased for good, with their contact details, interactions and deals (see Settings).</source>
        <translation>Usuniętych klientów można przywrócić do podanej daty; potem zostaną trwale usunięci wraz z danymi kontaktowymi, interakcjami i transakcjami (zobacz Ustawienia).</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Przywróć</translation>
    </message>
</context>
<context>
    <name>BusyBar</name>
    <message>
        <source>Working</source>
        <translation>Trwa praca</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>Meeting: {customer}</source>
        <translation>Spotkanie: {customer}</translation>
    </message>
    <message>
        <source>Customer: {customer}</source>
        <translation>Klient: {customer}</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Zmień moje hasło</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Bieżące hasło</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nowe hasło</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>Powtórz nowe hasło</translation>
    </message>
    <message>
        <source>Fill in the current password and an accepted new one.</source>
        <translation>Wpisz bieżące hasło i nowe hasło spełniające wymagania.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>interrupted</source>
        <translation>przerwano</translation>
    </message>
    <message>
        <source>unexpected error ({kind}: {error})</source>
        <translation>nieoczekiwany błąd ({kind}: {error})</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n audit entry(s) to {path}.</source>
        <translation>
            <numerusform>Wyeksportowano %n wpis dziennika audytu do {path}.</numerusform>
            <numerusform>Wyeksportowano %n wpisy dziennika audytu do {path}.</numerusform>
            <numerusform>Wyeksportowano %n wpisów dziennika audytu do {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>({shown} of {total}; use --offset/--limit for more)</source>
        <translation>({shown} z {total}; użyj --offset/--limit, aby zobaczyć więcej)</translation>
    </message>
    <message numerus="yes">
        <source>Audit log intact: %n entry(s).</source>
        <translation>
            <numerusform>Dziennik audytu nienaruszony: %n wpis.</numerusform>
            <numerusform>Dziennik audytu nienaruszony: %n wpisy.</numerusform>
            <numerusform>Dziennik audytu nienaruszony: %n wpisów.</numerusform>
        </translation>
    </message>
    <message>
        <source>AUDIT LOG BROKEN at entry {seq} ({at} {action}): {reason}</source>
        <translation>DZIENNIK AUDYTU USZKODZONY we wpisie {seq} ({at} {action}): {reason}</translation>
    </message>
    <message>
        <source>Alert {id} acknowledged.</source>
        <translation>Potwierdzono alert {id}.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>otwarty</translation>
    </message>
    <message>
        <source>ack {user}</source>
        <translation>potw. {user}</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>wbudowany</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>niestandardowy</translation>
    </message>
    <message>
        <source>Created profile {name}.</source>
        <translation>Utworzono profil {name}.</translation>
    </message>
    <message>
        <source>Deleted profile {name}.</source>
        <translation>Usunięto profil {name}.</translation>
    </message>
    <message>
        <source>Backed up to {url}.</source>
        <translation>Utworzono kopię zapasową w {url}.</translation>
    </message>
    <message>
        <source>{size} bytes, SHA-256 {sha256}, sequence {sequence}, read back and verified: {verified}</source>
        <translation>{size} B, SHA-256 {sha256}, numer sekwencyjny {sequence}, odczyt kontrolny i weryfikacja: {verified}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NIE</translation>
    </message>
    <message>
        <source>Pruned by retention: {archives}</source>
        <translation>Usunięto zgodnie z zasadami przechowywania: {archives}</translation>
    </message>
    <message>
        <source>Warning: the signed revocation ledger could not be written at the location (the archive&apos;s manifest carries it; the next backup tries again).</source>
        <translation>Ostrzeżenie: nie udało się zapisać podpisanego rejestru odwołań w lokalizacji (zawiera go manifest archiwum; przy następnej kopii zapasowej nastąpi kolejna próba).</translation>
    </message>
    <message>
        <source>No signed archives here.</source>
        <translation>Brak podpisanych archiwów w tej lokalizacji.</translation>
    </message>
    <message>
        <source>Verified (deep)</source>
        <translation>Zweryfikowano (weryfikacja pełna)</translation>
    </message>
    <message>
        <source>Verified (quick)</source>
        <translation>Zweryfikowano (weryfikacja szybka)</translation>
    </message>
    <message>
        <source>VERIFICATION FAILED (deep)</source>
        <translation>WERYFIKACJA NIEUDANA (pełna)</translation>
    </message>
    <message>
        <source>VERIFICATION FAILED (quick)</source>
        <translation>WERYFIKACJA NIEUDANA (szybka)</translation>
    </message>
    <message numerus="yes">
        <source>Restored {archive} into {vault} (%n row(s)).</source>
        <translation>
            <numerusform>Przywrócono {archive} do sejfu {vault} (%n wiersz).</numerusform>
            <numerusform>Przywrócono {archive} do sejfu {vault} (%n wiersze).</numerusform>
            <numerusform>Przywrócono {archive} do sejfu {vault} (%n wierszy).</numerusform>
        </translation>
    </message>
    <message>
        <source>Signer: {signer}</source>
        <translation>Podpisujący: {signer}</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>nie znaleziono</translation>
    </message>
    <message>
        <source>Revocation ledger: {summary} (from: {sources})</source>
        <translation>Rejestr odwołań: {summary} (źródła: {sources})</translation>
    </message>
    <message>
        <source>Their password changed after this backup; give them a new one (user reset-password): {users}</source>
        <translation>Hasła tych użytkowników zmieniły się po utworzeniu tej kopii zapasowej; nadaj im nowe (user reset-password): {users}</translation>
    </message>
    <message>
        <source>Warning: {problem}</source>
        <translation>Ostrzeżenie: {problem}</translation>
    </message>
    <message>
        <source>Secret for the location: </source>
        <translation>Sekret lokalizacji: </translation>
    </message>
    <message>
        <source>Stored the secret for {key} in the {place}.</source>
        <translation>Zapisano sekret dla {key} w: {place}.</translation>
    </message>
    <message>
        <source>would prune {archive}</source>
        <translation>do usunięcia: {archive}</translation>
    </message>
    <message>
        <source>keep {archive} ({reasons})</source>
        <translation>zachowane: {archive} ({reasons})</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Hasło: </translation>
    </message>
    <message>
        <source>Code from your authenticator app: </source>
        <translation>Kod z aplikacji uwierzytelniającej: </translation>
    </message>
    <message>
        <source>Customer {id} changed (version {version}).</source>
        <translation>Zmieniono klienta {id} (wersja {version}).</translation>
    </message>
    <message>
        <source>Customer {id} moved to the bin.</source>
        <translation>Przeniesiono klienta {id} do kosza.</translation>
    </message>
    <message>
        <source>Wrote {path} and {html} ({sections}).</source>
        <translation>Zapisano {path} i {html} ({sections}).</translation>
    </message>
    <message>
        <source>Erased customer {id} (ledger entry {entry}).</source>
        <translation>Usunięto dane klienta {id} (wpis rejestru {entry}).</translation>
    </message>
    <message>
        <source>Processing of customer {id} is restricted.</source>
        <translation>Ograniczono przetwarzanie danych klienta {id}.</translation>
    </message>
    <message>
        <source>Restriction lifted for customer {id}.</source>
        <translation>Zniesiono ograniczenie przetwarzania danych klienta {id}.</translation>
    </message>
    <message>
        <source>Recorded consent {id}.</source>
        <translation>Zarejestrowano zgodę {id}.</translation>
    </message>
    <message>
        <source>Consent {id} withdrawn.</source>
        <translation>Wycofano zgodę {id}.</translation>
    </message>
    <message>
        <source>Added retention rule {id}.</source>
        <translation>Dodano regułę okresu przechowywania {id}.</translation>
    </message>
    <message>
        <source>{id}  {name}  ({rule}, last activity {at})</source>
        <translation>{id}  {name}  ({rule}, ostatnia aktywność {at})</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) would be erased (preview; add --apply to erase them).</source>
        <translation>
            <numerusform>Dane %n osoby zostałyby usunięte (podgląd; dodaj --apply, aby je usunąć).</numerusform>
            <numerusform>Dane %n osób zostałyby usunięte (podgląd; dodaj --apply, aby je usunąć).</numerusform>
            <numerusform>Dane %n osób zostałyby usunięte (podgląd; dodaj --apply, aby je usunąć).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erased %n person(s).</source>
        <translation>
            <numerusform>Usunięto dane %n osoby.</numerusform>
            <numerusform>Usunięto dane %n osób.</numerusform>
            <numerusform>Usunięto dane %n osób.</numerusform>
        </translation>
    </message>
    <message>
        <source>Invitation for {user} ({profile}) written to {path}; it expires on {time}.</source>
        <translation>Zaproszenie dla użytkownika {user} ({profile}) zapisano w {path}; wygasa {time}.</translation>
    </message>
    <message>
        <source>ONE-TIME CODE (tell it to {user} separately from the file; shown once): {code}</source>
        <translation>KOD JEDNORAZOWY (przekaż go użytkownikowi {user} osobno, nie razem z plikiem; wyświetlany tylko raz): {code}</translation>
    </message>
    <message>
        <source>Roster fingerprint: {fingerprint}</source>
        <translation>Odcisk palca listy członków: {fingerprint}</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>Nowe hasło: </translation>
    </message>
    <message>
        <source>One-time code: </source>
        <translation>Kod jednorazowy: </translation>
    </message>
    <message>
        <source>Created vault {id} in {folder} for {user}.</source>
        <translation>Utworzono sejf {id} w {folder} dla użytkownika {user}.</translation>
    </message>
    <message>
        <source>Device {device} asked to join; waiting for an administrator to approve it.</source>
        <translation>Urządzenie {device} poprosiło o dołączenie; czeka na zatwierdzenie przez administratora.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nigdy</translation>
    </message>
    <message>
        <source>(stale)</source>
        <translation>(nieaktywne)</translation>
    </message>
    <message>
        <source>(this device)</source>
        <translation>(to urządzenie)</translation>
    </message>
    <message>
        <source>Device {device} of {user} is on the team&apos;s roster (version {version}).</source>
        <translation>Urządzenie {device} użytkownika {user} jest na liście członków zespołu (wersja {version}).</translation>
    </message>
    <message>
        <source>Device {device} is revoked; its segments after number {seq} are refused.</source>
        <translation>Urządzenie {device} zostało odwołane; jego segmenty o numerze wyższym niż {seq} są odrzucane.</translation>
    </message>
    <message>
        <source>Device {device} asked to join again; the administrator approving it should see the fingerprint {fingerprint}.</source>
        <translation>Urządzenie {device} ponownie poprosiło o dołączenie; administrator, który je zatwierdza, powinien zobaczyć odcisk palca {fingerprint}.</translation>
    </message>
    <message>
        <source>Created vault {id} in {folder}.</source>
        <translation>Utworzono sejf {id} w {folder}.</translation>
    </message>
    <message>
        <source>Administrator: {user}</source>
        <translation>Administrator: {user}</translation>
    </message>
    <message>
        <source>TOTP secret (add it to your authenticator app): {secret}</source>
        <translation>Sekret TOTP (dodaj go do aplikacji uwierzytelniającej): {secret}</translation>
    </message>
    <message>
        <source>TOTP URI: {uri}</source>
        <translation>URI TOTP: {uri}</translation>
    </message>
    <message>
        <source>RECOVERY KEY (print it and keep it safe; shown once): {key}</source>
        <translation>KLUCZ ODZYSKIWANIA (wydrukuj go i przechowuj w bezpiecznym miejscu; wyświetlany tylko raz): {key}</translation>
    </message>
    <message>
        <source>Signing key fingerprint: {fingerprint}</source>
        <translation>Odcisk palca klucza podpisującego: {fingerprint}</translation>
    </message>
    <message>
        <source>Recovery codes (each works once): {codes}</source>
        <translation>Kody odzyskiwania (każdy działa tylko raz): {codes}</translation>
    </message>
    <message>
        <source>Losing both your password and the recovery key loses the data.</source>
        <translation>Utrata zarówno hasła, jak i klucza odzyskiwania oznacza utratę danych.</translation>
    </message>
    <message>
        <source>Current password: </source>
        <translation>Bieżące hasło: </translation>
    </message>
    <message>
        <source>Password changed for {user}.</source>
        <translation>Zmieniono hasło użytkownika {user}.</translation>
    </message>
    <message>
        <source>New password and TOTP enrolment for {user}.</source>
        <translation>Nowe hasło i rejestracja TOTP dla użytkownika {user}.</translation>
    </message>
    <message>
        <source>TOTP secret: {secret}</source>
        <translation>Sekret TOTP: {secret}</translation>
    </message>
    <message>
        <source>Recovery codes: {codes}</source>
        <translation>Kody odzyskiwania: {codes}</translation>
    </message>
    <message>
        <source>Password for the new user: </source>
        <translation>Hasło nowego użytkownika: </translation>
    </message>
    <message>
        <source>Added {user} ({profile}).</source>
        <translation>Dodano użytkownika {user} ({profile}).</translation>
    </message>
    <message>
        <source>last sign-in: {time}</source>
        <translation>ostatnie logowanie: {time}</translation>
    </message>
    <message>
        <source>last sign-in: never</source>
        <translation>ostatnie logowanie: nigdy</translation>
    </message>
    <message>
        <source>Disabled {user}.</source>
        <translation>Wyłączono użytkownika {user}.</translation>
    </message>
    <message>
        <source>Re-enabled {user}; they must choose a new password at sign-in.</source>
        <translation>Ponownie włączono użytkownika {user}; przy logowaniu musi ustawić nowe hasło.</translation>
    </message>
    <message>
        <source>Temporary password set for {user}; they must change it at sign-in.</source>
        <translation>Ustawiono hasło tymczasowe dla użytkownika {user}; przy logowaniu musi je zmienić.</translation>
    </message>
    <message>
        <source>New authenticator enrolment for {user} (temporary password set).</source>
        <translation>Nowa rejestracja aplikacji uwierzytelniającej dla użytkownika {user} (ustawiono hasło tymczasowe).</translation>
    </message>
    <message>
        <source>{user} now has the profile {profile}.</source>
        <translation>Użytkownik {user} ma teraz profil {profile}.</translation>
    </message>
    <message>
        <source>Temporary password: </source>
        <translation>Hasło tymczasowe: </translation>
    </message>
    <message>
        <source>Would import {imported}, skipped {skipped} (dry run: nothing written).</source>
        <translation>Do zaimportowania: {imported}, do pominięcia: {skipped} (przebieg próbny: niczego nie zapisano).</translation>
    </message>
    <message>
        <source>Imported {imported}, skipped {skipped}.</source>
        <translation>Zaimportowano: {imported}, pominięto: {skipped}.</translation>
    </message>
    <message>
        <source>encoding: {encoding}</source>
        <translation>kodowanie: {encoding}</translation>
    </message>
    <message>
        <source>encoding: {encoding} (a guess)</source>
        <translation>kodowanie: {encoding} (odgadnięte)</translation>
    </message>
    <message>
        <source>  warning: {where}: {reason}</source>
        <translation>  ostrzeżenie: {where}: {reason}</translation>
    </message>
    <message>
        <source>  {where}: {reason}</source>
        <translation>  {where}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n customer(s) to {path}.</source>
        <translation>
            <numerusform>Wyeksportowano %n klienta do {path}.</numerusform>
            <numerusform>Wyeksportowano %n klientów do {path}.</numerusform>
            <numerusform>Wyeksportowano %n klientów do {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No customers found.</source>
        <translation>Nie znaleziono klientów.</translation>
    </message>
    <message>
        <source>This vault is now the first device of team book {book}.</source>
        <translation>Ten sejf jest teraz pierwszym urządzeniem wspólnej bazy zespołu {book}.</translation>
    </message>
    <message>
        <source>Device: {device}</source>
        <translation>Urządzenie: {device}</translation>
    </message>
    <message>
        <source>Genesis fingerprint (compare it on every invitation): {fingerprint}</source>
        <translation>Odcisk palca początkowej listy członków (porównuj go przy każdym zaproszeniu): {fingerprint}</translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>Ostatnia synchronizacja: {when}</translation>
    </message>
    <message>
        <source>Changes waiting: {count}</source>
        <translation>Oczekujące zmiany: {count}</translation>
    </message>
    <message>
        <source>Location: {url}</source>
        <translation>Lokalizacja: {url}</translation>
    </message>
    <message>
        <source>Book: {book}  device: {device}</source>
        <translation>Baza: {book}  urządzenie: {device}</translation>
    </message>
    <message>
        <source>refused: {device} segment {segment}: {reason}</source>
        <translation>odrzucono: {device}, segment {segment}: {reason}</translation>
    </message>
    <message>
        <source>Stale devices: unknown (the location cannot be reached).</source>
        <translation>Nieaktywne urządzenia: nieznane (nie można połączyć się z lokalizacją synchronizacji).</translation>
    </message>
    <message>
        <source>Stale device: {device} ({user}), last seen {when}; it holds compaction back until it syncs or is revoked.</source>
        <translation>Nieaktywne urządzenie: {device} ({user}), ostatnio widziane {when}; wstrzymuje kompaktowanie, dopóki się nie zsynchronizuje albo nie zostanie odwołane.</translation>
    </message>
    <message>
        <source>warning: the changes of device {device} are dated {minutes} min ahead of this computer&apos;s clock; check that device&apos;s clock.</source>
        <translation>ostrzeżenie: zmiany z urządzenia {device} mają datę o {minutes} min późniejszą niż zegar tego komputera; sprawdź zegar tamtego urządzenia.</translation>
    </message>
    <message>
        <source>warning: this computer&apos;s clock differs from the sync location&apos;s by {minutes} min; check the clock.</source>
        <translation>ostrzeżenie: zegar tego komputera różni się od czasu lokalizacji synchronizacji o {minutes} min; sprawdź zegar.</translation>
    </message>
    <message>
        <source>Conflict {id} resolved: {value}</source>
        <translation>Rozwiązano konflikt {id}: {value}</translation>
    </message>
    <message>
        <source>{id}  {at}  {table}.{field} of {uid}: kept {kept} (from {kept_from}), other {other} (from {other_from})</source>
        <translation>{id}  {at}  {table}.{field} rekordu {uid}: zachowana (kept) {kept} (z {kept_from}), druga (other) {other} (z {other_from})</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Brak konfliktów.</translation>
    </message>
    <message>
        <source>No deals.</source>
        <translation>Brak transakcji.</translation>
    </message>
    <message>
        <source>Added task {id}.</source>
        <translation>Dodano zadanie {id}.</translation>
    </message>
    <message>
        <source>No tasks.</source>
        <translation>Brak zadań.</translation>
    </message>
    <message>
        <source>Task {id} is open again.</source>
        <translation>Zadanie {id} jest znów otwarte.</translation>
    </message>
    <message>
        <source>Task {id} is done.</source>
        <translation>Zadanie {id} wykonane.</translation>
    </message>
    <message>
        <source>Next occurrence: task {id}.</source>
        <translation>Następne wystąpienie: zadanie {id}.</translation>
    </message>
    <message>
        <source>Wrote {path} ({tasks} tasks, {meetings} meetings).</source>
        <translation>Zapisano {path} (zadania: {tasks}, spotkania: {meetings}).</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ważność</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alert</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Użytkownik</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Komunikat</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Potwierdzono</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Akcja</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Obiekt</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
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
        <translation>Ostatnie logowanie</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>Wymagana zmiana hasła</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Usunięto</translation>
    </message>
    <message>
        <source>Erased for good on</source>
        <translation>Trwałe usunięcie</translation>
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
        <translation>Miasto</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Ostatni kontakt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Zaktualizowano</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolumna w pliku</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Przykład</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Trafia do</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <source>Why it was not imported</source>
        <translation>Dlaczego nie zaimportowano</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Ostatnio widziane</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>Zaległości</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Urządzenie</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Rekord</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Bieżąca wartość</translation>
    </message>
    <message>
        <source>Current by</source>
        <translation>Źródło bieżącej wartości</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Druga wartość</translation>
    </message>
    <message>
        <source>Other by</source>
        <translation>Źródło drugiej wartości</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
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
        <translation>Zachowaj bieżącą wartość</translation>
    </message>
    <message>
        <source>Take the other value</source>
        <translation>Przyjmij drugą wartość</translation>
    </message>
    <message>
        <source>The current value is the one every device holds now. Select one or more rows and keep it, or take the other value instead; either choice is recorded in the audit log and synced to the team.</source>
        <translation>Bieżąca wartość to ta, którą mają teraz wszystkie urządzenia. Zaznacz jeden lub więcej wierszy i zachowaj ją albo zamiast niej przyjmij drugą wartość; każdy wybór jest zapisywany w dzienniku audytu i synchronizowany z zespołem.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) resolved.</source>
        <translation>
            <numerusform>Rozwiązano %n konflikt.</numerusform>
            <numerusform>Rozwiązano %n konflikty.</numerusform>
            <numerusform>Rozwiązano %n konfliktów.</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflict {0} was not: {1}</source>
        <translation>Nie rozwiązano konfliktu {0}: {1}</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>Consent</source>
        <translation>Zgoda</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Umowa</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Obowiązek prawny</translation>
    </message>
    <message>
        <source>Vital interests</source>
        <translation>Żywotne interesy</translation>
    </message>
    <message>
        <source>Public task</source>
        <translation>Zadanie w interesie publicznym</translation>
    </message>
    <message>
        <source>Legitimate interests</source>
        <translation>Prawnie uzasadnione interesy</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record consent</source>
        <translation>Zarejestruj zgodę</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>e.g. newsletter, phone marketing</source>
        <translation>np. newsletter, marketing telefoniczny</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Podstawa prawna</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>Where it was given, e.g. web form, signed paper</source>
        <translation>Gdzie jej udzielono, np. formularz internetowy, podpisany dokument</translation>
    </message>
    <message>
        <source>A purpose of 1 to 200 characters is needed.</source>
        <translation>Wymagany jest cel o długości od 1 do 200 znaków.</translation>
    </message>
</context>
<context>
    <name>ContactLabel</name>
    <message>
        <source>work</source>
        <translation>służbowy</translation>
    </message>
    <message>
        <source>home</source>
        <translation>domowy</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>komórkowy</translation>
    </message>
    <message>
        <source>other</source>
        <translation>inny</translation>
    </message>
    <message>
        <source>main</source>
        <translation>główny</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>faks</translation>
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
        <translation>(nie wybrano)</translation>
    </message>
</context>
<context>
    <name>CustomerEditor</name>
    <message>
        <source>Edit customer</source>
        <translation>Edytuj klienta</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Nowy klient</translation>
    </message>
    <message>
        <source>Reload the record</source>
        <translation>Załaduj rekord ponownie</translation>
    </message>
    <message>
        <source>Open the existing one</source>
        <translation>Otwórz istniejący</translation>
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
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>E-mails (one a line, &quot;work: a@b.com&quot;)</source>
        <translation>Adresy e-mail (jeden w wierszu, „praca: a@b.com”)</translation>
    </message>
    <message>
        <source>Phones (one a line)</source>
        <translation>Telefony (jeden w wierszu)</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Ulica</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Tags (comma-separated)</source>
        <translation>Tagi (rozdzielone przecinkami)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>Sensitive: your profile cannot see or fill it in.</source>
        <translation>Pole poufne: Twój profil nie pozwala go wyświetlać ani wypełniać.</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Odrzucić zmiany?</translation>
    </message>
    <message>
        <source>What you typed for this customer has not been saved. Discard it?</source>
        <translation>Wprowadzone dane tego klienta nie zostały zapisane. Odrzucić je?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Odrzuć</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Kontynuuj edycję</translation>
    </message>
    <message>
        <source>This looks like a customer you already have ({0}). Save anyway to create it, or open the existing one.</source>
        <translation>Wygląda na to, że ten klient już istnieje ({0}). Kliknij „Zapisz mimo to”, aby go utworzyć, lub otwórz istniejący.</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Zapisz mimo to</translation>
    </message>
    <message>
        <source>Please correct the fields marked below.</source>
        <translation>Popraw pola oznaczone poniżej.</translation>
    </message>
    <message>
        <source>Reloaded the current version. Make your changes again.</source>
        <translation>Załadowano bieżącą wersję. Wprowadź zmiany ponownie.</translation>
    </message>
</context>
<context>
    <name>CustomerFormDialog</name>
    <message>
        <source>Discard changes?</source>
        <translation>Odrzucić zmiany?</translation>
    </message>
    <message>
        <source>What you typed has not been saved. Discard it?</source>
        <translation>Wprowadzone dane nie zostały zapisane. Odrzucić je?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Odrzuć</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Kontynuuj edycję</translation>
    </message>
    <message>
        <source>Please correct the fields marked below.</source>
        <translation>Popraw pola oznaczone poniżej.</translation>
    </message>
</context>
<context>
    <name>CustomerTable</name>
    <message>
        <source>Customer list</source>
        <translation>Lista klientów</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <source>This column cannot be sorted</source>
        <translation>Tej kolumny nie można sortować</translation>
    </message>
    <message>
        <source>{0} (sync conflict)</source>
        <translation>{0} (konflikt synchronizacji)</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>Search name, company, e-mail, phone, city…  (Ctrl+F)</source>
        <translation>Szukaj: nazwa, firma, e-mail, telefon, miasto…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Szukaj klientów</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtr statusu</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Dowolny status</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>Filtr tagu</translation>
    </message>
    <message>
        <source>Owner filter</source>
        <translation>Filtr właściciela</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Dowolny właściciel</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolumny</translation>
    </message>
    <message>
        <source>Choose columns</source>
        <translation>Wybierz kolumny</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Nowy klient</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Szukaj</translation>
    </message>
    <message>
        <source>New customer…</source>
        <translation>Nowy klient…</translation>
    </message>
    <message>
        <source>Edit customer…</source>
        <translation>Edytuj klienta…</translation>
    </message>
    <message>
        <source>Delete customer</source>
        <translation>Usuń klienta</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Cofnij usunięcie</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importuj…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksportuj…</translation>
    </message>
    <message>
        <source>Deleted customers…</source>
        <translation>Usunięci klienci…</translation>
    </message>
    <message>
        <source>Find duplicates…</source>
        <translation>Znajdź duplikaty…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Odśwież</translation>
    </message>
    <message>
        <source>{0} customers</source>
        <translation>Klienci: {0}</translation>
    </message>
    <message>
        <source>1 customer</source>
        <translation>1 klient</translation>
    </message>
    <message>
        <source>Delete {0}? You can undo this right after, or restore it from the bin later.</source>
        <translation>Usunąć klienta {0}? Możesz to cofnąć od razu lub później przywrócić go z kosza.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Zachowaj</translation>
    </message>
    <message>
        <source>{0} was deleted.</source>
        <translation>Usunięto klienta {0}.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Open</source>
        <translation>Otwarta</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Zakwalifikowana</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Negocjacje</translation>
    </message>
    <message>
        <source>Pipeline value by stage ({0})</source>
        <translation>Wartość lejka według etapu ({0})</translation>
    </message>
    <message>
        <source>Also in other currencies: {0}</source>
        <translation>Także w innych walutach: {0}</translation>
    </message>
    <message>
        <source>Won and lost deals per month</source>
        <translation>Transakcje wygrane i przegrane w miesiącu</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Wygrane</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Przegrane</translation>
    </message>
    <message>
        <source>(no user)</source>
        <translation>(brak użytkownika)</translation>
    </message>
    <message>
        <source>Activities per user per week</source>
        <translation>Interakcje według użytkownika w tygodniu</translation>
    </message>
    <message>
        <source>New customers per month</source>
        <translation>Nowi klienci w miesiącu</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <source>Overdue tasks per user</source>
        <translation>Zaległe zadania według użytkownika</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Zaległe zadania</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Pulpit</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Odśwież</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Zapisz jako PDF…</translation>
    </message>
    <message>
        <source>Save the dashboard as a PDF</source>
        <translation>Zapisz pulpit jako PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>Zapisano {0}</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Choose a date</source>
        <translation>Wybierz datę</translation>
    </message>
    <message>
        <source>Choose a date (Alt+Down)</source>
        <translation>Wybierz datę (Alt+Strzałka w dół)</translation>
    </message>
</context>
<context>
    <name>DealDialog</name>
    <message>
        <source>New deal</source>
        <translation>Nowa transakcja</translation>
    </message>
    <message>
        <source>Edit deal</source>
        <translation>Edytuj transakcję</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Przewidywane zamknięcie</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>Line items (optional)</source>
        <translation>Pozycje (opcjonalnie)</translation>
    </message>
    <message>
        <source>With line items, the amount is their total (leave Amount empty).</source>
        <translation>Jeśli są pozycje, kwota jest ich sumą (pozostaw pole Kwota puste).</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwarta</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Zakwalifikowana</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Negocjacje</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Wygrana</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Przegrana</translation>
    </message>
    <message>
        <source>e.g. {0}</source>
        <translation>np. {0}</translation>
    </message>
    <message>
        <source>e.g. {0} (optional)</source>
        <translation>np. {0} (opcjonalnie)</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Cena jednostkowa</translation>
    </message>
    <message>
        <source>Add line item</source>
        <translation>Dodaj pozycję</translation>
    </message>
    <message>
        <source>Remove line item</source>
        <translation>Usuń pozycję</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Załaduj ponownie</translation>
    </message>
    <message>
        <source>Delete deal</source>
        <translation>Usuń transakcję</translation>
    </message>
    <message>
        <source>{0}: error</source>
        <translation>{0}: błąd</translation>
    </message>
    <message>
        <source>Delete the deal {0}? This cannot be undone.</source>
        <translation>Usunąć transakcję {0}? Tej operacji nie można cofnąć.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Zachowaj</translation>
    </message>
    <message>
        <source>product</source>
        <translation>produkt</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>ilość</translation>
    </message>
    <message>
        <source>unit price</source>
        <translation>cena jednostkowa</translation>
    </message>
    <message>
        <source>Line {0}, {1}: {2}</source>
        <translation>Wiersz {0}, {1}: {2}</translation>
    </message>
    <message>
        <source>Please correct the fields marked below.</source>
        <translation>Popraw pola oznaczone poniżej.</translation>
    </message>
    <message>
        <source>Someone else changed this deal since you opened it. Reload to see their version (your changes here are then lost), or Cancel.</source>
        <translation>Ktoś inny zmienił tę transakcję po jej otwarciu. Załaduj ponownie, aby zobaczyć jego wersję (Twoje zmiany zostaną wtedy utracone), lub kliknij Anuluj.</translation>
    </message>
</context>
<context>
    <name>DetailActions</name>
    <message>
        <source>Subject access export</source>
        <translation>Eksport w ramach prawa dostępu</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Exported everything held about {0} to {1} (and a readable {2}).</source>
        <translation>Wyeksportowano wszystkie dane dotyczące osoby {0} do {1} (czytelna wersja: {2}).</translation>
    </message>
    <message>
        <source>Restrict processing</source>
        <translation>Ogranicz przetwarzanie</translation>
    </message>
    <message>
        <source>Reason (e.g. the person&apos;s request of …):</source>
        <translation>Powód (np. żądanie osoby z dnia …):</translation>
    </message>
    <message>
        <source>Erase {0}</source>
        <translation>Usuń dane: {0}</translation>
    </message>
    <message>
        <source>Erase this person for good? Their personal data is anonymised and their key shredded, so the audit log keeps its entries but can no longer show their values. This cannot be undone, and it is re-applied after a restore.</source>
        <translation>Trwale usunąć dane tej osoby? Jej dane osobowe zostaną zanonimizowane, a jej klucz zniszczony, więc dziennik audytu zachowa wpisy, ale nie pokaże już ich wartości. Tej operacji nie można cofnąć; zostanie ona zastosowana ponownie po przywróceniu kopii zapasowej.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Usuń dane</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>The person was erased.</source>
        <translation>Dane osoby zostały usunięte.</translation>
    </message>
    <message>
        <source>Delete deal</source>
        <translation>Usuń transakcję</translation>
    </message>
    <message>
        <source>Delete the deal {0}? This cannot be undone.</source>
        <translation>Usunąć transakcję {0}? Tej operacji nie można cofnąć.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Zachowaj</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Wycofaj zgodę</translation>
    </message>
    <message>
        <source>Record that {0} withdrew their consent for {1}? The consent stays in the record, marked as withdrawn.</source>
        <translation>Zarejestrować, że osoba {0} wycofała zgodę na {1}? Zgoda pozostanie w rekordzie z oznaczeniem „wycofana”.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Wycofaj</translation>
    </message>
    <message>
        <source>Remove preference</source>
        <translation>Usuń preferencję</translation>
    </message>
    <message>
        <source>Remove the purchase preference &quot;{0}&quot; of {1}?</source>
        <translation>Usunąć preferencję zakupową „{0}” klienta {1}?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <source>Customer details</source>
        <translation>Szczegóły klienta</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edytuj</translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation>Edytuj klienta</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Delete customer</source>
        <translation>Usuń klienta</translation>
    </message>
    <message>
        <source>Select a customer to see the details.</source>
        <translation>Wybierz klienta, aby zobaczyć szczegóły.</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Pola niestandardowe</translation>
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
        <translation>Brak adresu e-mail i telefonu.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adresy</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Ostatni kontakt</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nigdy</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Zaktualizowano</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Informacje</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>{0} by {1}</source>
        <translation>{0} przez {1}</translation>
    </message>
    <message>
        <source>No history.</source>
        <translation>Brak historii.</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interakcje</translation>
    </message>
    <message>
        <source>Kind of interaction</source>
        <translation>Rodzaj interakcji</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Co się wydarzyło</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>Co się wydarzyło?</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Log the interaction</source>
        <translation>Zapisz interakcję</translation>
    </message>
    <message>
        <source>No interactions yet.</source>
        <translation>Brak interakcji.</translation>
    </message>
    <message>
        <source>Deals and purchases</source>
        <translation>Transakcje i zakupy</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwarta</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Zakwalifikowana</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Negocjacje</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Wygrana</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Przegrana</translation>
    </message>
    <message>
        <source>New deal…</source>
        <translation>Nowa transakcja…</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>Nowa transakcja</translation>
    </message>
    <message>
        <source>Edit deal {0}</source>
        <translation>Edytuj transakcję {0}</translation>
    </message>
    <message>
        <source>Bought in total</source>
        <translation>Łączna wartość zakupów</translation>
    </message>
    <message>
        <source>No deals yet.</source>
        <translation>Brak transakcji.</translation>
    </message>
    <message>
        <source>Purchase preferences</source>
        <translation>Preferencje zakupowe</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Remove preference {0}</source>
        <translation>Usuń preferencję {0}</translation>
    </message>
    <message>
        <source>No purchase preferences recorded.</source>
        <translation>Brak zapisanych preferencji zakupowych.</translation>
    </message>
    <message>
        <source>Add preference…</source>
        <translation>Dodaj preferencję…</translation>
    </message>
    <message>
        <source>Add purchase preference</source>
        <translation>Dodaj preferencję zakupową</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Prywatność</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Przetwarzanie</translation>
    </message>
    <message>
        <source>RESTRICTED: no export, no edits but by privacy managers</source>
        <translation>OGRANICZONE: bez eksportu, edycja tylko przez menedżerów ds. prywatności</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normalne</translation>
    </message>
    <message>
        <source>withdrawn {0}</source>
        <translation>wycofana {0}</translation>
    </message>
    <message>
        <source>given {0}</source>
        <translation>udzielona {0}</translation>
    </message>
    <message>
        <source>source: {0}</source>
        <translation>źródło: {0}</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Zgoda</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Wycofaj</translation>
    </message>
    <message>
        <source>Withdraw consent for {0}</source>
        <translation>Wycofaj zgodę na {0}</translation>
    </message>
    <message>
        <source>No consent recorded.</source>
        <translation>Brak zarejestrowanych zgód.</translation>
    </message>
    <message>
        <source>Export everything held…</source>
        <translation>Eksportuj wszystkie dane…</translation>
    </message>
    <message>
        <source>Lift restriction</source>
        <translation>Znieś ograniczenie</translation>
    </message>
    <message>
        <source>Restrict processing</source>
        <translation>Ogranicz przetwarzanie</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Usuń dane…</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Zarejestruj zgodę…</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Zarejestruj zgodę</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiuj</translation>
    </message>
    <message>
        <source>Copy {0}</source>
        <translation>Kopiuj {0}</translation>
    </message>
    <message>
        <source>Write to {0}</source>
        <translation>Napisz do {0}</translation>
    </message>
    <message>
        <source>Call {0}</source>
        <translation>Zadzwoń pod {0}</translation>
    </message>
    <message>
        <source>No program on this computer opens {0} links.</source>
        <translation>Na tym komputerze nie ma programu, który otwiera linki {0}.</translation>
    </message>
    <message>
        <source>E-mail to {0}: </source>
        <translation>E-mail do {0}: </translation>
    </message>
    <message>
        <source>Call to {0}: </source>
        <translation>Połączenie z {0}: </translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Poufne</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Pokaż</translation>
    </message>
    <message>
        <source>Reveal sensitive fields</source>
        <translation>Pokaż pola poufne</translation>
    </message>
    <message>
        <source>Showing sensitive fields is recorded in the audit log.</source>
        <translation>Wyświetlenie pól poufnych jest rejestrowane w dzienniku audytu.</translation>
    </message>
</context>
<context>
    <name>DeviceState</name>
    <message>
        <source>Active</source>
        <translation>Aktywne</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Odwołane</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Czeka na zatwierdzenie</translation>
    </message>
    <message>
        <source>{0}, not synced for a while</source>
        <translation>{0}, dawno niesynchronizowane</translation>
    </message>
    <message>
        <source>{0}, this device</source>
        <translation>{0}, to urządzenie</translation>
    </message>
    <message numerus="yes">
        <source>%n change file(s)</source>
        <translation>
            <numerusform>%n plik zmian</numerusform>
            <numerusform>%n pliki zmian</numerusform>
            <numerusform>%n plików zmian</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <source>Devices</source>
        <translation>Urządzenia</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Odśwież</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Zatwierdź…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Odwołaj…</translation>
    </message>
    <message>
        <source>A device highlighted as stale has not synced for longer than the team allows (Settings). Revoking stops a device from syncing; what is already on it stays there.</source>
        <translation>Urządzenie wyróżnione jako nieaktywne nie synchronizowało się dłużej, niż pozwala zespół (Ustawienia). Odwołanie urządzenia kończy jego synchronizację; to, co już się na nim znajduje, pozostaje na nim.</translation>
    </message>
    <message>
        <source>Approve device</source>
        <translation>Zatwierdź urządzenie</translation>
    </message>
    <message>
        <source>Admit this device of {user} to the team? It will download the team&apos;s customers and sync from now on.</source>
        <translation>Dopuścić to urządzenie użytkownika {user} do zespołu? Pobierze ono klientów zespołu i od teraz będzie się synchronizować.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Zatwierdź</translation>
    </message>
    <message>
        <source>The device is approved, but the book could not be published for it yet: {0}</source>
        <translation>Urządzenie zostało zatwierdzone, ale nie udało się jeszcze opublikować dla niego bazy: {0}</translation>
    </message>
    <message>
        <source>Revoke this device of {user}?

From now on it can no longer sync: the other devices refuse anything it sends after what they have already received, and it receives nothing new.

Revoking does not delete anything: the customers already on that laptop stay there. If the laptop is lost, also disable the user or change their password.</source>
        <translation>Odwołać to urządzenie użytkownika {user}?

Od tej chwili nie będzie mogło się synchronizować: inne urządzenia odrzucą wszystko, co wyśle po tym, co już od niego otrzymały, a samo urządzenie nie otrzyma niczego nowego.

Odwołanie niczego nie usuwa: klienci, którzy już są na tym laptopie, pozostaną na nim. Jeśli laptop zaginął, wyłącz również użytkownika lub zmień jego hasło.</translation>
    </message>
    <message>
        <source>Revoke device</source>
        <translation>Odwołaj urządzenie</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Odwołaj</translation>
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
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Cannot save there</source>
        <translation>Nie można zapisać w tym miejscu</translation>
    </message>
</context>
<context>
    <name>DownloadPage</name>
    <message>
        <source>This laptop is approved. It downloads the team&apos;s customer book now; you can cancel and try again later.</source>
        <translation>Ten laptop został zatwierdzony. Pobiera teraz wspólną bazę klientów zespołu; możesz anulować i spróbować później.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Spróbuj ponownie</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>same email ({email}) as customer {id}</source>
        <translation>ten sam adres e-mail ({email}) co klient {id}</translation>
    </message>
    <message>
        <source>same phone ({phone}) as customer {id}</source>
        <translation>ten sam numer telefonu ({phone}) co klient {id}</translation>
    </message>
    <message>
        <source>a close name ({name}) at the same company, customer {id}</source>
        <translation>podobna nazwa ({name}) w tej samej firmie, klient {id}</translation>
    </message>
    <message>
        <source>same email ({email}) as {where} of this file</source>
        <translation>ten sam adres e-mail ({email}) co {where} tego pliku</translation>
    </message>
    <message>
        <source>same phone ({phone}) as {where} of this file</source>
        <translation>ten sam numer telefonu ({phone}) co {where} tego pliku</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Find duplicates</source>
        <translation>Znajdź duplikaty</translation>
    </message>
    <message>
        <source>Looking for customers that seem to be the same…</source>
        <translation>Wyszukiwanie klientów, którzy wyglądają na tych samych…</translation>
    </message>
    <message>
        <source>Groups of possible duplicates</source>
        <translation>Grupy możliwych duplikatów</translation>
    </message>
    <message>
        <source>Records in the group: choose the one to keep</source>
        <translation>Rekordy w grupie: wybierz ten do zachowania</translation>
    </message>
    <message>
        <source>Why they look alike:</source>
        <translation>Dlaczego są podobne:</translation>
    </message>
    <message>
        <source>Keep this record (the others are merged into it):</source>
        <translation>Zachowaj ten rekord (pozostałe zostaną z nim scalone):</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Scal…</translation>
    </message>
    <message>
        <source>Merge the group into the chosen record</source>
        <translation>Scal grupę z wybranym rekordem</translation>
    </message>
    <message>
        <source>Showing the first {0} groups of possible duplicates; merge some and search again for more.</source>
        <translation>Wyświetlono pierwsze grupy możliwych duplikatów (liczba: {0}); scal niektóre i wyszukaj ponownie, aby zobaczyć więcej.</translation>
    </message>
    <message>
        <source>{0} groups of possible duplicates. Pick a group, then the record to keep.</source>
        <translation>Grupy możliwych duplikatów: {0}. Wybierz grupę, a następnie rekord do zachowania.</translation>
    </message>
    <message>
        <source>1 group of possible duplicates. Pick the record to keep.</source>
        <translation>1 grupa możliwych duplikatów. Wybierz rekord do zachowania.</translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>Nie znaleziono duplikatów.</translation>
    </message>
    <message>
        <source>same email ({0})</source>
        <translation>ten sam adres e-mail ({0})</translation>
    </message>
    <message>
        <source>same phone ({0})</source>
        <translation>ten sam numer telefonu ({0})</translation>
    </message>
    <message>
        <source>close names at the same company ({0})</source>
        <translation>podobne nazwy w tej samej firmie ({0})</translation>
    </message>
    <message>
        <source>no e-mail</source>
        <translation>brak adresu e-mail</translation>
    </message>
    <message>
        <source>Keep {0} and merge {1} into it? Their contact details fill in what is missing, and every interaction and deal moves to the kept record. The merged records go to the bin.</source>
        <translation>Zachować {0} i scalić z nim {1}? Ich dane kontaktowe uzupełnią brakujące informacje, a wszystkie interakcje i transakcje zostaną przeniesione do zachowanego rekordu. Scalone rekordy trafią do kosza.</translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation>Scal klientów</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Scal</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>One of these records was changed by someone else meanwhile; the list was reloaded, please check and merge again.</source>
        <translation>Jeden z tych rekordów został w międzyczasie zmieniony przez kogoś innego; lista została załadowana ponownie. Sprawdź ją i scal jeszcze raz.</translation>
    </message>
</context>
<context>
    <name>EnrolmentDialog</name>
    <message>
        <source>Give this to {0} in person. It is shown only once.</source>
        <translation>Przekaż to osobiście użytkownikowi {0}. Te informacje są wyświetlane tylko raz.</translation>
    </message>
    <message>
        <source>Temporary password:</source>
        <translation>Hasło tymczasowe:</translation>
    </message>
    <message>
        <source>Authenticator:</source>
        <translation>Aplikacja uwierzytelniająca:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Klucz:</translation>
    </message>
    <message>
        <source>Recovery codes:</source>
        <translation>Kody odzyskiwania:</translation>
    </message>
</context>
<context>
    <name>EnrolmentView</name>
    <message>
        <source>Scan the code with your authenticator app (or type the key), then enter the code it shows. Your old authenticator and recovery codes no longer work; write down the new recovery codes.</source>
        <translation>Zeskanuj kod aplikacją uwierzytelniającą (lub wpisz klucz), a następnie wpisz wyświetlany przez nią kod. Dotychczasowa aplikacja uwierzytelniająca i kody odzyskiwania przestają działać; zapisz nowe kody odzyskiwania.</translation>
    </message>
    <message>
        <source>Code from your authenticator app</source>
        <translation>Kod z aplikacji uwierzytelniającej</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Klucz:</translation>
    </message>
    <message>
        <source>Recovery codes:</source>
        <translation>Kody odzyskiwania:</translation>
    </message>
    <message>
        <source>Code from the app:</source>
        <translation>Kod z aplikacji:</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>There is no alert {id}.</source>
        <translation>Brak alertu {id}.</translation>
    </message>
    <message>
        <source>The audit log exports as json or csv.</source>
        <translation>Dziennik audytu można wyeksportować jako JSON lub CSV.</translation>
    </message>
    <message>
        <source>{name}: not an ISO time (e.g. 2026-11-24 or 2026-11-24T09:30:00Z): {text}</source>
        <translation>{name}: to nie jest czas w formacie ISO (np. 2026-11-24 lub 2026-11-24T09:30:00Z): {text}</translation>
    </message>
    <message>
        <source>The vault is locked. Sign in again.</source>
        <translation>Sejf jest zablokowany. Zaloguj się ponownie.</translation>
    </message>
    <message>
        <source>The key of person {id} does not open (modified outside the app).</source>
        <translation>Nie można otworzyć klucza osoby {id} (zmodyfikowano go poza aplikacją).</translation>
    </message>
    <message>
        <source>No user is signed in.</source>
        <translation>Żaden użytkownik nie jest zalogowany.</translation>
    </message>
    <message>
        <source>This machine has no secure keyring ({name}); sign in to keep the secret inside the vault instead (--in-vault).</source>
        <translation>Ten komputer nie ma bezpiecznego magazynu kluczy ({name}); zaloguj się, aby zamiast tego przechowywać sekret w sejfie (--in-vault).</translation>
    </message>
    <message>
        <source>No backup location: choose one in the settings or pass --to.</source>
        <translation>Brak lokalizacji kopii zapasowych: wybierz ją w ustawieniach lub podaj --to.</translation>
    </message>
    <message>
        <source>{url} is inside the vault folder {folder}: a backup kept beside the vault is lost with it; choose a folder outside it (another disk, a share, a remote location).</source>
        <translation>{url} znajduje się w folderze sejfu {folder}: kopia zapasowa przechowywana obok sejfu przepadnie razem z nim; wybierz folder poza nim (inny dysk, udział sieciowy, lokalizację zdalną).</translation>
    </message>
    <message>
        <source>Restore needs the recovery key (--recovery-key-file) or a signed-in administrator.</source>
        <translation>Przywracanie wymaga klucza odzyskiwania (--recovery-key-file) lub zalogowanego administratora.</translation>
    </message>
    <message>
        <source>{folder} is neither a vault nor empty; choose a new folder.</source>
        <translation>{folder} nie jest ani sejfem, ani pustym folderem; wybierz nowy folder.</translation>
    </message>
    <message>
        <source>Cancelled; the current vault was not touched.</source>
        <translation>Anulowano; bieżący sejf pozostał nienaruszony.</translation>
    </message>
    <message>
        <source>This archive is from vault {archive_vault}, not the vault in {folder} ({vault}); restore it into a new folder.</source>
        <translation>To archiwum pochodzi z sejfu {archive_vault}, a nie z sejfu w {folder} ({vault}); przywróć je do nowego folderu.</translation>
    </message>
    <message>
        <source>The new backup is not verified; nothing is pruned.</source>
        <translation>Nowa kopia zapasowa nie została zweryfikowana; niczego nie usunięto.</translation>
    </message>
    <message>
        <source>Deep verify needs the recovery key (--recovery-key-file) or a signed-in administrator.</source>
        <translation>Pełna weryfikacja wymaga klucza odzyskiwania (--recovery-key-file) lub zalogowanego administratora.</translation>
    </message>
    <message>
        <source>Choose a sub-command (see --help).</source>
        <translation>Wybierz podpolecenie (zobacz --help).</translation>
    </message>
    <message>
        <source>{folder} is not a folder: there is no backup location there.</source>
        <translation>{folder} nie jest folderem: nie ma tam lokalizacji kopii zapasowych.</translation>
    </message>
    <message>
        <source>--user needs --vault (the vault to sign in to).</source>
        <translation>--user wymaga --vault (sejfu, do którego należy się zalogować).</translation>
    </message>
    <message>
        <source>Deep verify failed: {reason}</source>
        <translation>Pełna weryfikacja nie powiodła się: {reason}</translation>
    </message>
    <message>
        <source>Restore needs either --recovery-key-file F or a sign-in (--user …).</source>
        <translation>Przywracanie wymaga --recovery-key-file F (pliku klucza odzyskiwania) lub zalogowania (--user …).</translation>
    </message>
    <message>
        <source>--user needs --vault.</source>
        <translation>--user wymaga --vault (ścieżki sejfu).</translation>
    </message>
    <message>
        <source>stdin has no line {number} ({what}).</source>
        <translation>Brak wiersza {number} na standardowym wejściu ({what}).</translation>
    </message>
    <message>
        <source>{what} needed: use --password-stdin or run in a terminal.</source>
        <translation>Wymagane: {what}. Użyj --password-stdin lub uruchom w terminalu.</translation>
    </message>
    <message>
        <source>A code is needed: use --totp CODE or --recovery-code CODE.</source>
        <translation>Wymagany jest kod: użyj --totp KOD lub --recovery-code KOD.</translation>
    </message>
    <message>
        <source>{id} is neither a customer id nor a uid.</source>
        <translation>{id} nie jest ani identyfikatorem klienta, ani identyfikatorem uid.</translation>
    </message>
    <message>
        <source>{item}: give FIELD=VALUE with FIELD one of {fields}.</source>
        <translation>{item}: podaj POLE=WARTOŚĆ, gdzie POLE to jedno z: {fields}.</translation>
    </message>
    <message>
        <source>{field} is given twice.</source>
        <translation>Pole {field} podano dwukrotnie.</translation>
    </message>
    <message>
        <source>Erasure cannot be undone: add --yes to confirm.</source>
        <translation>Usunięcia danych nie można cofnąć: dodaj --yes, aby potwierdzić.</translation>
    </message>
    <message>
        <source>customer id: a whole number</source>
        <translation>identyfikator klienta: liczba całkowita</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>liczba całkowita</translation>
    </message>
    <message>
        <source>There is no customer {id}.</source>
        <translation>Brak klienta {id}.</translation>
    </message>
    <message>
        <source>1 to 200 characters</source>
        <translation>od 1 do 200 znaków</translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation>jedno z: {choices}</translation>
    </message>
    <message>
        <source>Please check: {fields}.</source>
        <translation>Sprawdź: {fields}.</translation>
    </message>
    <message>
        <source>There is no consent {id}.</source>
        <translation>Brak zgody {id}.</translation>
    </message>
    <message>
        <source>This consent was already withdrawn.</source>
        <translation>Ta zgoda została już wycofana.</translation>
    </message>
    <message>
        <source>Customer {id} was already erased on {at}.</source>
        <translation>Dane klienta {id} zostały już usunięte dnia {at}.</translation>
    </message>
    <message>
        <source>status: lead, prospect, customer or inactive</source>
        <translation>status: lead, prospect, customer lub inactive</translation>
    </message>
    <message>
        <source>not a status</source>
        <translation>nieprawidłowy status</translation>
    </message>
    <message>
        <source>The retention preview has changed since you saw it; preview again before applying.</source>
        <translation>Podgląd okresu przechowywania zmienił się od czasu wyświetlenia; przed zastosowaniem wyświetl podgląd ponownie.</translation>
    </message>
    <message>
        <source>There is no profile named {name}.</source>
        <translation>Brak profilu o nazwie {name}.</translation>
    </message>
    <message>
        <source>A profile name is 1 to 64 characters.</source>
        <translation>Nazwa profilu musi mieć od 1 do 64 znaków.</translation>
    </message>
    <message>
        <source>1 to 64 characters</source>
        <translation>od 1 do 64 znaków</translation>
    </message>
    <message>
        <source>A profile name cannot hold invisible or direction-changing characters.</source>
        <translation>Nazwa profilu nie może zawierać znaków niewidocznych ani zmieniających kierunek tekstu.</translation>
    </message>
    <message>
        <source>no invisible characters</source>
        <translation>bez znaków niewidocznych</translation>
    </message>
    <message>
        <source>The scope is &apos;own&apos; or &apos;all&apos;.</source>
        <translation>Zakres to „own” (własne) lub „all” (wszystkie).</translation>
    </message>
    <message>
        <source>own or all</source>
        <translation>own lub all</translation>
    </message>
    <message>
        <source>Unknown permission atoms: {atoms}.</source>
        <translation>Nieznane uprawnienia: {atoms}.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>nieznane</translation>
    </message>
    <message>
        <source>{name} is a built-in profile and cannot be changed; create a copy instead.</source>
        <translation>{name} to profil wbudowany i nie można go zmienić; utwórz jego kopię.</translation>
    </message>
    <message>
        <source>{name} is a built-in profile and cannot be deleted.</source>
        <translation>{name} to profil wbudowany i nie można go usunąć.</translation>
    </message>
    <message numerus="yes">
        <source>The profile {name} is still given to %n user(s); give them another profile first.</source>
        <translation>
            <numerusform>Profil {name} jest nadal przypisany do %n użytkownika; najpierw przypisz mu inny profil.</numerusform>
            <numerusform>Profil {name} jest nadal przypisany do %n użytkowników; najpierw przypisz im inny profil.</numerusform>
            <numerusform>Profil {name} jest nadal przypisany do %n użytkowników; najpierw przypisz im inny profil.</numerusform>
        </translation>
    </message>
    <message>
        <source>A profile named {name} already exists.</source>
        <translation>Profil o nazwie {name} już istnieje.</translation>
    </message>
    <message>
        <source>Your profile cannot see sensitive fields, so it cannot fill them in either ({fields}).</source>
        <translation>Twój profil nie pozwala wyświetlać pól poufnych, więc nie pozwala też ich wypełniać ({fields}).</translation>
    </message>
    <message>
        <source>lower-case letters, digits and _ (start with a letter)</source>
        <translation>małe litery, cyfry i _ (na początku litera)</translation>
    </message>
    <message>
        <source>text, number, date or choice</source>
        <translation>tekst, liczba, data lub wybór</translation>
    </message>
    <message>
        <source>a choice field needs choices</source>
        <translation>pole wyboru wymaga opcji do wyboru</translation>
    </message>
    <message>
        <source>a label is needed</source>
        <translation>wymagana jest etykieta</translation>
    </message>
    <message>
        <source>A custom field {key} exists already.</source>
        <translation>Pole niestandardowe {key} już istnieje.</translation>
    </message>
    <message>
        <source>exists already</source>
        <translation>już istnieje</translation>
    </message>
    <message>
        <source>Your profile can only own its own records; you cannot give one to someone else.</source>
        <translation>Twój profil pozwala być właścicielem tylko własnych rekordów; nie możesz przekazać rekordu innej osobie.</translation>
    </message>
    <message>
        <source>owner: no such user</source>
        <translation>właściciel: nie ma takiego użytkownika</translation>
    </message>
    <message>
        <source>no such user</source>
        <translation>nie ma takiego użytkownika</translation>
    </message>
    <message>
        <source>company: a company cannot belong to a company</source>
        <translation>firma: firma nie może należeć do innej firmy</translation>
    </message>
    <message>
        <source>only a person can belong to a company</source>
        <translation>tylko osoba może należeć do firmy</translation>
    </message>
    <message>
        <source>company: no such company</source>
        <translation>firma: nie ma takiej firmy</translation>
    </message>
    <message>
        <source>no such company</source>
        <translation>nie ma takiej firmy</translation>
    </message>
    <message>
        <source>Your profile cannot see sensitive fields, so it cannot fill them in either.</source>
        <translation>Twój profil nie pozwala wyświetlać pól poufnych, więc nie pozwala też ich wypełniać.</translation>
    </message>
    <message>
        <source>Unknown fields: {fields}.</source>
        <translation>Nieznane pola: {fields}.</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>nieznane pole</translation>
    </message>
    <message>
        <source>Your profile cannot see sensitive fields, so it cannot change them.</source>
        <translation>Twój profil nie pozwala wyświetlać pól poufnych, więc nie pozwala też ich zmieniać.</translation>
    </message>
    <message>
        <source>a whole number from 1 to {maximum}</source>
        <translation>liczba całkowita od 1 do {maximum}</translation>
    </message>
    <message>
        <source>a product is needed</source>
        <translation>wymagany jest produkt</translation>
    </message>
    <message>
        <source>a title is needed</source>
        <translation>wymagany jest tytuł</translation>
    </message>
    <message>
        <source>{value} is not a date (YYYY-MM-DD)</source>
        <translation>{value} nie jest datą (RRRR-MM-DD)</translation>
    </message>
    <message>
        <source>the line items add up to {total}, not {amount}</source>
        <translation>suma pozycji wynosi {total}, a nie {amount}</translation>
    </message>
    <message>
        <source>The file is {size} MB; attachments may be at most {limit} MB each (setting: largest attachment).</source>
        <extracomment>media types recognised from the content (the name&apos;s extension is never trusted)</extracomment>
        <translation>Plik ma {size} MB; każdy załącznik może mieć najwyżej {limit} MB (ustawienie: największy załącznik).</translation>
    </message>
    <message>
        <source>The vault already holds {used} MB of attachments; adding {size} MB would pass its limit of {limit} MB (setting: attachments per vault).</source>
        <translation>Sejf zawiera już {used} MB załączników; dodanie {size} MB przekroczyłoby limit {limit} MB (ustawienie: załączniki w sejfie).</translation>
    </message>
    <message>
        <source>There is no deal {id}.</source>
        <translation>Brak transakcji {id}.</translation>
    </message>
    <message>
        <source>There is no attachment {id}.</source>
        <translation>Nie ma załącznika {id}.</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>załącznik</translation>
    </message>
    <message>
        <source>The attachment {name} is incomplete or damaged (its content does not match its checksum); it may still be arriving by sync.</source>
        <translation>Załącznik {name} jest niekompletny lub uszkodzony (jego zawartość nie zgadza się z sumą kontrolną); być może wciąż dociera przez synchronizację.</translation>
    </message>
    <message>
        <source>The deal {title} was changed by someone else since you opened it; reload it.</source>
        <translation>Transakcja {title} została zmieniona przez kogoś innego po jej otwarciu; załaduj ją ponownie.</translation>
    </message>
    <message>
        <source>The deal was changed by someone else since you opened it; reload it.</source>
        <translation>Transakcja została zmieniona przez kogoś innego po jej otwarciu; załaduj ją ponownie.</translation>
    </message>
    <message>
        <source>category: a category is needed</source>
        <translation>kategoria: wymagana jest kategoria</translation>
    </message>
    <message>
        <source>needed</source>
        <translation>wymagane</translation>
    </message>
    <message>
        <source>There is no preference {id}.</source>
        <translation>Brak preferencji {id}.</translation>
    </message>
    <message>
        <source>Choose at least one other record to merge.</source>
        <translation>Wybierz co najmniej jeden inny rekord do scalenia.</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>puste</translation>
    </message>
    <message>
        <source>{name}: {value} is not a date or time (YYYY-MM-DD[THH:MM])</source>
        <translation>{name}: {value} nie jest datą ani czasem (RRRR-MM-DD[THH:MM])</translation>
    </message>
    <message>
        <source>not a date or time</source>
        <translation>nie jest datą ani czasem</translation>
    </message>
    <message>
        <source>too long (at most {maximum} characters)</source>
        <translation>za długie (maksymalnie {maximum} znaków)</translation>
    </message>
    <message>
        <source>deal: not a deal of this customer</source>
        <translation>transakcja: to nie jest transakcja tego klienta</translation>
    </message>
    <message>
        <source>not this customer&apos;s deal</source>
        <translation>nie jest transakcją tego klienta</translation>
    </message>
    <message>
        <source>There is no interaction {id}.</source>
        <translation>Brak interakcji {id}.</translation>
    </message>
    <message>
        <source>Cannot sort by {key}.</source>
        <translation>Nie można sortować według {key}.</translation>
    </message>
    <message>
        <source>There is no customer {id} in the bin.</source>
        <translation>W koszu nie ma klienta {id}.</translation>
    </message>
    <message>
        <source>This customer is not one of your records.</source>
        <translation>Ten klient nie należy do Twoich rekordów.</translation>
    </message>
    <message>
        <source>Processing of this person is restricted (GDPR art. 18): you cannot change it. Ask your privacy manager.</source>
        <translation>Przetwarzanie danych tej osoby jest ograniczone (art. 18 RODO): nie możesz ich zmienić. Zwróć się do menedżera ds. prywatności.</translation>
    </message>
    <message>
        <source>Processing of this person is restricted (GDPR art. 18): you cannot delete it. Ask your privacy manager.</source>
        <translation>Przetwarzanie danych tej osoby jest ograniczone (art. 18 RODO): nie możesz ich usunąć. Zwróć się do menedżera ds. prywatności.</translation>
    </message>
    <message>
        <source>Processing of this person is restricted (GDPR art. 18): you cannot restore it. Ask your privacy manager.</source>
        <translation>Przetwarzanie danych tej osoby jest ograniczone (art. 18 RODO): nie możesz ich przywrócić. Zwróć się do menedżera ds. prywatności.</translation>
    </message>
    <message>
        <source>Processing of this person is restricted (GDPR art. 18): you cannot merge it. Ask your privacy manager.</source>
        <translation>Przetwarzanie danych tej osoby jest ograniczone (art. 18 RODO): nie możesz ich scalić. Zwróć się do menedżera ds. prywatności.</translation>
    </message>
    <message>
        <source>Processing of this person is restricted (GDPR art. 18): you cannot export it. Ask your privacy manager.</source>
        <translation>Przetwarzanie danych tej osoby jest ograniczone (art. 18 RODO): nie możesz ich wyeksportować. Zwróć się do menedżera ds. prywatności.</translation>
    </message>
    <message>
        <source>too long ({length} characters; at most {limit})</source>
        <translation>za długie ({length} znaków; maksymalnie {limit})</translation>
    </message>
    <message>
        <source>{name}: give whole minor units (cents) or a decimal text, not a float</source>
        <translation>{name}: podaj kwotę w całych jednostkach drobnych (np. centach, groszach) lub jako tekst dziesiętny, nie jako liczbę zmiennoprzecinkową</translation>
    </message>
    <message>
        <source>not a float; use cents</source>
        <translation>nie liczba zmiennoprzecinkowa; użyj jednostek drobnych (np. groszy)</translation>
    </message>
    <message>
        <source>{name}: {value} is not an amount</source>
        <translation>{name}: {value} nie jest kwotą</translation>
    </message>
    <message>
        <source>not an amount (e.g. 1234.50)</source>
        <translation>nie jest kwotą (np. 1234.50)</translation>
    </message>
    <message>
        <source>{name}: too large (at most {limit} in whole units)</source>
        <translation>{name}: za duża wartość (maksymalnie {limit} w pełnych jednostkach)</translation>
    </message>
    <message>
        <source>at most {limit}</source>
        <translation>maksymalnie {limit}</translation>
    </message>
    <message numerus="yes">
        <source>{field}: {problem} (and %n more)</source>
        <translation>
            <numerusform>{field}: {problem} (i jeszcze %n)</numerusform>
            <numerusform>{field}: {problem} (i jeszcze %n)</numerusform>
            <numerusform>{field}: {problem} (i jeszcze %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>must be person or company</source>
        <translation>musi być osobą lub firmą</translation>
    </message>
    <message>
        <source>a name is needed (a person&apos;s name or a company name)</source>
        <translation>wymagana jest nazwa (imię i nazwisko osoby lub nazwa firmy)</translation>
    </message>
    <message>
        <source>must be one of {choices}</source>
        <translation>musi być jednym z: {choices}</translation>
    </message>
    <message>
        <source>not a customer id</source>
        <translation>nieprawidłowy identyfikator klienta</translation>
    </message>
    <message>
        <source>{value} is not an email address (name@example.com)</source>
        <translation>{value} nie jest adresem e-mail (nazwa@example.com)</translation>
    </message>
    <message>
        <source>{value} is not a phone number</source>
        <translation>{value} nie jest numerem telefonu</translation>
    </message>
    <message>
        <source>a date of birth cannot be in the future</source>
        <translation>data urodzenia nie może być w przyszłości</translation>
    </message>
    <message>
        <source>no such custom field</source>
        <translation>nie ma takiego pola niestandardowego</translation>
    </message>
    <message>
        <source>{value} is not a number</source>
        <translation>{value} nie jest liczbą</translation>
    </message>
    <message>
        <source>choose one of {choices}</source>
        <translation>wybierz jedno z: {choices}</translation>
    </message>
    <message>
        <source>currency: {value} is not a 3-letter code (EUR, USD…)</source>
        <translation>waluta: {value} nie jest 3-literowym kodem (EUR, USD…)</translation>
    </message>
    <message>
        <source>a 3-letter code such as EUR</source>
        <translation>3-literowy kod, np. EUR</translation>
    </message>
    <message>
        <source>recovery key file</source>
        <translation>plik klucza odzyskiwania</translation>
    </message>
    <message>
        <source>No recovery key was found in the text of the PDF {path}. Give the recovery sheet&apos;s PDF, or a text file holding the line that starts with AGE-SECRET-KEY-1.</source>
        <translation>W tekście pliku PDF {path} nie znaleziono klucza odzyskiwania. Podaj plik PDF arkusza odzyskiwania lub plik tekstowy z wierszem zaczynającym się od AGE-SECRET-KEY-1.</translation>
    </message>
    <message>
        <source>No recovery key was found in {path}. The recovery key is the line on the recovery sheet that starts with AGE-SECRET-KEY-1.</source>
        <translation>W {path} nie znaleziono klucza odzyskiwania. Klucz odzyskiwania to wiersz arkusza odzyskiwania zaczynający się od AGE-SECRET-KEY-1.</translation>
    </message>
    <message>
        <source>Choose a new password first.</source>
        <translation>Najpierw ustaw nowe hasło.</translation>
    </message>
    <message>
        <source>Your profile ({profile}) does not allow this: {permission}.</source>
        <translation>Twój profil ({profile}) nie pozwala na to: {permission}.</translation>
    </message>
    <message>
        <source>Your profile no longer exists.</source>
        <translation>Twój profil już nie istnieje.</translation>
    </message>
    <message>
        <source>{setting}: expected yes or no.</source>
        <translation>{setting}: oczekiwano wartości tak lub nie.</translation>
    </message>
    <message>
        <source>{setting}: expected a number.</source>
        <translation>{setting}: oczekiwano liczby.</translation>
    </message>
    <message>
        <source>{setting}: must be between {low} and {high}.</source>
        <translation>{setting}: wartość musi należeć do zakresu od {low} do {high}.</translation>
    </message>
    <message>
        <source>{setting}: wrong type.</source>
        <translation>{setting}: nieprawidłowy typ.</translation>
    </message>
    <message>
        <source>{setting}: choose one of {choices}.</source>
        <translation>{setting}: wybierz jedno z: {choices}.</translation>
    </message>
    <message>
        <source>The archive&apos;s tar stream is damaged ({reason}).</source>
        <translation>Strumień tar archiwum jest uszkodzony ({reason}).</translation>
    </message>
    <message>
        <source>The archive holds an extended tar header (pax or GNU), which this app never writes: it was not made by VaultCRM or has been altered.</source>
        <translation>Archiwum zawiera rozszerzony nagłówek tar (pax lub GNU), którego ta aplikacja nigdy nie zapisuje: archiwum nie zostało utworzone przez VaultCRM lub zostało zmienione.</translation>
    </message>
    <message>
        <source>Unexpected member in the archive: {name}.</source>
        <translation>Nieoczekiwany element w archiwum: {name}.</translation>
    </message>
    <message>
        <source>{name} appears twice in the archive.</source>
        <translation>{name} występuje w archiwum dwukrotnie.</translation>
    </message>
    <message>
        <source>{name} in the archive is not a regular file.</source>
        <translation>{name} w archiwum nie jest zwykłym plikiem.</translation>
    </message>
    <message>
        <source>{name} in the archive is too large ({size} bytes; at most {limit}): not a backup this app made.</source>
        <translation>{name} w archiwum jest za duży ({size} B; maksymalnie {limit}): to nie jest kopia zapasowa utworzona przez tę aplikację.</translation>
    </message>
    <message>
        <source>That is not a valid recovery key (AGE-SECRET-KEY-1…).</source>
        <translation>To nie jest prawidłowy klucz odzyskiwania (AGE-SECRET-KEY-1…).</translation>
    </message>
    <message>
        <source>The recovery key does not open this archive.</source>
        <translation>Klucz odzyskiwania nie otwiera tego archiwum.</translation>
    </message>
    <message>
        <source>The archive is damaged or was modified: age refused to decrypt it ({reason}).</source>
        <translation>Archiwum jest uszkodzone lub zostało zmodyfikowane: age odmówił odszyfrowania ({reason}).</translation>
    </message>
    <message>
        <source>The archive&apos;s tar stream is incomplete.</source>
        <translation>Strumień tar archiwum jest niekompletny.</translation>
    </message>
    <message>
        <source>{name} shrank while it was archived.</source>
        <translation>{name} zmniejszył się podczas archiwizacji.</translation>
    </message>
    <message>
        <source>The archive could not be processed ({reason}).</source>
        <translation>Nie udało się przetworzyć archiwum ({reason}).</translation>
    </message>
    <message>
        <source>Not an age X25519 recipient: {start}…</source>
        <translation>To nie jest odbiorca age X25519: {start}…</translation>
    </message>
    <message>
        <source>This machine has no secure keyring ({name}); keep the secret inside the vault instead (`backup-login URL --in-vault`).</source>
        <translation>Ten komputer nie ma bezpiecznego magazynu kluczy ({name}); przechowuj sekret w sejfie (`backup-login URL --in-vault`).</translation>
    </message>
    <message>
        <source>Cannot reach the SFTP server {host}:{port} ({reason}).</source>
        <translation>Nie można połączyć się z serwerem SFTP {host}:{port} ({reason}).</translation>
    </message>
    <message>
        <source>Not a file name: {name}.</source>
        <translation>To nie jest nazwa pliku: {name}.</translation>
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
        <translation>Nie można utworzyć folderu kopii zapasowych</translation>
    </message>
    <message>
        <source>Cannot list the backup location</source>
        <translation>Nie można wyświetlić zawartości lokalizacji kopii zapasowych</translation>
    </message>
    <message>
        <source>Cannot read the size of {name}</source>
        <translation>Nie można odczytać rozmiaru {name}</translation>
    </message>
    <message>
        <source>{name} is missing.</source>
        <translation>Brak {name}.</translation>
    </message>
    <message>
        <source>Cannot read {name}</source>
        <translation>Nie można odczytać {name}</translation>
    </message>
    <message>
        <source>{name} is implausibly large.</source>
        <translation>{name} ma nieprawdopodobnie duży rozmiar.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder: {reason}</source>
        <translation>Nie można utworzyć folderu kopii zapasowych: {reason}</translation>
    </message>
    <message>
        <source>Cannot list the backup folder: {reason}</source>
        <translation>Nie można wyświetlić zawartości folderu kopii zapasowych: {reason}</translation>
    </message>
    <message>
        <source>Cannot write {name}</source>
        <translation>Nie można zapisać {name}</translation>
    </message>
    <message>
        <source>{name} already exists at {url}.</source>
        <translation>{name} już istnieje w {url}.</translation>
    </message>
    <message>
        <source>{path} already exists.</source>
        <translation>{path} już istnieje.</translation>
    </message>
    <message>
        <source>The archive failed verification; nothing was restored: {problems}</source>
        <translation>Archiwum nie przeszło weryfikacji; niczego nie przywrócono: {problems}</translation>
    </message>
    <message>
        <source>This key can read the archive but cannot restore it: use the vault&apos;s recovery key.</source>
        <translation>Ten klucz może odczytać archiwum, ale nie może go przywrócić: użyj klucza odzyskiwania sejfu.</translation>
    </message>
    <message>
        <source>Re-keying the restored database failed ({reason}).</source>
        <translation>Zmiana kluczy przywróconej bazy danych nie powiodła się ({reason}).</translation>
    </message>
    <message>
        <source>This system cannot swap folders atomically.</source>
        <translation>Ten system nie potrafi niepodzielnie zamienić folderów.</translation>
    </message>
    <message>
        <source>Could not swap {first} and {second}: {reason}.</source>
        <translation>Nie udało się zamienić {first} i {second}: {reason}.</translation>
    </message>
    <message>
        <source>The signature file is damaged ({reason}).</source>
        <translation>Plik podpisu jest uszkodzony ({reason}).</translation>
    </message>
    <message>
        <source>Signed by a key that is not this vault&apos;s signing key ({fingerprint}); refused.</source>
        <translation>Podpisano kluczem, który nie jest kluczem podpisującym tego sejfu ({fingerprint}); odrzucono.</translation>
    </message>
    <message>
        <source>The signature does not match the backup&apos;s description; refused.</source>
        <translation>Podpis nie zgadza się z opisem kopii zapasowej; odrzucono.</translation>
    </message>
    <message>
        <source>Vault {vault_id} is already pinned to another signing key; refused.</source>
        <translation>Sejf {vault_id} jest już przypięty do innego klucza podpisującego; odrzucono.</translation>
    </message>
    <message>
        <source>This machine pinned another signing key for this vault; refused.</source>
        <translation>Na tym komputerze przypięto inny klucz podpisujący dla tego sejfu; odrzucono.</translation>
    </message>
    <message>
        <source>Unsupported cipher setting in the manifest: {name} = {value}.</source>
        <translation>Nieobsługiwane ustawienie szyfrowania w manifeście: {name} = {value}.</translation>
    </message>
    <message>
        <source>The snapshot failed its integrity check: {problems}</source>
        <translation>Migawka nie przeszła kontroli integralności: {problems}</translation>
    </message>
    <message>
        <source>{url} does not name an archive inside a location.</source>
        <translation>{url} nie wskazuje archiwum w lokalizacji.</translation>
    </message>
    <message>
        <source>Unsupported backup location {url}: use a folder, sftp://, webdav(s):// or s3://.</source>
        <translation>Nieobsługiwana lokalizacja kopii zapasowych {url}: użyj folderu, sftp://, webdav(s):// lub s3://.</translation>
    </message>
    <message>
        <source>{url}: no host.</source>
        <translation>{url}: brak hosta.</translation>
    </message>
    <message>
        <source>Never put a password in the URL: it is stored in the keyring (backup-login).</source>
        <translation>Nigdy nie umieszczaj hasła w adresie URL: jest ono przechowywane w magazynie kluczy (backup-login).</translation>
    </message>
    <message>
        <source>No password for {key}: store it once with `backup-login {key}`.</source>
        <translation>Brak hasła dla {key}: zapisz je raz za pomocą `backup-login {key}`.</translation>
    </message>
    <message>
        <source>{url}: no bucket.</source>
        <translation>{url}: brak zasobnika (bucket).</translation>
    </message>
    <message>
        <source>Never put a password in the URL: use an SSH key (agent or ~/.ssh) or the keyring.</source>
        <translation>Nigdy nie umieszczaj hasła w adresie URL: użyj klucza SSH (agent lub ~/.ssh) lub magazynu kluczy.</translation>
    </message>
    <message>
        <source>The SFTP server {host}:{port} is not trusted yet; its host key fingerprint is {fingerprint}. Check it with the server&apos;s administrator, then confirm it once (--trust-host-key).</source>
        <translation>Serwer SFTP {host}:{port} nie jest jeszcze zaufany; odcisk palca jego klucza hosta to {fingerprint}. Sprawdź go z administratorem serwera, a następnie potwierdź jednorazowo (--trust-host-key).</translation>
    </message>
    <message>
        <source>The SFTP server {host}:{port} presented a host key that differs from the one pinned in {file}: refused (the server was reinstalled, or someone is intercepting).</source>
        <translation>Serwer SFTP {host}:{port} przedstawił klucz hosta inny niż przypięty w {file}: odrzucono (serwer przeinstalowano lub ktoś przechwytuje połączenie).</translation>
    </message>
    <message>
        <source>The SFTP server {host}:{port} refused the login: load your key into the SSH agent or ~/.ssh, or store a password with backup-login.</source>
        <translation>Serwer SFTP {host}:{port} odrzucił logowanie: załaduj swój klucz do agenta SSH lub ~/.ssh albo zapisz hasło za pomocą backup-login.</translation>
    </message>
    <message>
        <source>Cannot connect to the SFTP server {host}:{port} ({reason}).</source>
        <translation>Nie można połączyć się z serwerem SFTP {host}:{port} ({reason}).</translation>
    </message>
    <message>
        <source>The location stored {stored} bytes of {size}: upload incomplete.</source>
        <translation>Lokalizacja zapisała {stored} B z {size}: przesyłanie niekompletne.</translation>
    </message>
    <message>
        <source>The archive read back from the location differs from what was sent.</source>
        <translation>Archiwum odczytane z lokalizacji różni się od wysłanego.</translation>
    </message>
    <message>
        <source>The archive changed size when it was renamed.</source>
        <translation>Rozmiar archiwum zmienił się podczas zmiany nazwy.</translation>
    </message>
    <message>
        <source>Writing the backup failed: {reason}</source>
        <translation>Zapisywanie kopii zapasowej nie powiodło się: {reason}</translation>
    </message>
    <message>
        <source>Writing the backup to {url} failed: {reason}.</source>
        <translation>Zapisywanie kopii zapasowej w {url} nie powiodło się: {reason}.</translation>
    </message>
    <message>
        <source>The signature read back from the location differs from what was sent.</source>
        <translation>Podpis odczytany z lokalizacji różni się od wysłanego.</translation>
    </message>
    <message>
        <source>Writing the signature failed: {reason}</source>
        <translation>Zapisywanie podpisu nie powiodło się: {reason}</translation>
    </message>
    <message>
        <source>The signature names another archive.</source>
        <translation>Podpis wskazuje inne archiwum.</translation>
    </message>
    <message>
        <source>No trusted key for this vault.</source>
        <translation>Brak zaufanego klucza dla tego sejfu.</translation>
    </message>
    <message>
        <source>keyslots.json belongs to another vault.</source>
        <translation>Plik keyslots.json należy do innego sejfu.</translation>
    </message>
    <message>
        <source>keyslots.json names another signing key than the one that signed.</source>
        <translation>Plik keyslots.json wskazuje inny klucz podpisujący niż ten, którym podpisano.</translation>
    </message>
    <message>
        <source>The recovery slot in the archive does not open with this recovery key.</source>
        <translation>Slot odzyskiwania w archiwum nie otwiera się tym kluczem odzyskiwania.</translation>
    </message>
    <message>
        <source>{folder} is not empty; a new vault needs an empty or missing folder.</source>
        <translation>{folder} nie jest pusty; nowy sejf wymaga pustego lub nieistniejącego folderu.</translation>
    </message>
    <message>
        <source>Cannot create {folder}: {reason}.</source>
        <translation>Nie można utworzyć {folder}: {reason}.</translation>
    </message>
    <message>
        <source>The key slot did not open.</source>
        <translation>Slot klucza nie otworzył się.</translation>
    </message>
    <message>
        <source>{path} is missing.</source>
        <translation>Brak {path}.</translation>
    </message>
    <message>
        <source>{path} is empty: the vault database was lost or truncated.</source>
        <translation>{path} jest pusty: baza danych sejfu została utracona lub obcięta.</translation>
    </message>
    <message>
        <source>The disk is full; the change was not saved ({path}).</source>
        <translation>Dysk jest pełny; zmiana nie została zapisana ({path}).</translation>
    </message>
    <message>
        <source>The disk is full; the change was not saved.</source>
        <translation>Dysk jest pełny; zmiana nie została zapisana.</translation>
    </message>
    <message>
        <source>The vault database could not be read or written ({path}): {reason}.</source>
        <translation>Nie można odczytać ani zapisać bazy danych sejfu ({path}): {reason}.</translation>
    </message>
    <message>
        <source>The vault database could not be read or written: {reason}.</source>
        <translation>Nie można odczytać ani zapisać bazy danych sejfu: {reason}.</translation>
    </message>
    <message>
        <source>The vault database is damaged or was modified outside the app ({path}).</source>
        <translation>Baza danych sejfu jest uszkodzona lub została zmodyfikowana poza aplikacją ({path}).</translation>
    </message>
    <message>
        <source>The vault database is damaged or was modified outside the app.</source>
        <translation>Baza danych sejfu jest uszkodzona lub została zmodyfikowana poza aplikacją.</translation>
    </message>
    <message>
        <source>{what} is damaged (not text).</source>
        <translation>{what}: plik jest uszkodzony (to nie jest tekst).</translation>
    </message>
    <message>
        <source>{what} is damaged (not JSON: {reason}).</source>
        <translation>{what}: plik jest uszkodzony (to nie jest JSON: {reason}).</translation>
    </message>
    <message>
        <source>{what} is damaged (not a JSON object).</source>
        <translation>{what}: plik jest uszkodzony (to nie jest obiekt JSON).</translation>
    </message>
    <message>
        <source>The disk is full ({path}); nothing was changed.</source>
        <translation>Dysk jest pełny ({path}); niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>The disk is full; nothing was changed.</source>
        <translation>Dysk jest pełny; niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>Permission denied ({path}).</source>
        <translation>Odmowa dostępu ({path}).</translation>
    </message>
    <message>
        <source>Permission denied.</source>
        <translation>Odmowa dostępu.</translation>
    </message>
    <message>
        <source>The location is read-only ({path}).</source>
        <translation>Lokalizacja jest tylko do odczytu ({path}).</translation>
    </message>
    <message>
        <source>The location is read-only.</source>
        <translation>Lokalizacja jest tylko do odczytu.</translation>
    </message>
    <message>
        <source>{reason} ({path}).</source>
        <translation>{reason} ({path}).</translation>
    </message>
    <message>
        <source>No output file given.</source>
        <translation>Nie podano pliku wyjściowego.</translation>
    </message>
    <message>
        <source>{path} is inside the vault folder {folder}: an export or report must not be written there (it could replace the vault&apos;s own files); choose a place outside it.</source>
        <translation>{path} znajduje się w folderze sejfu {folder}: nie wolno tam zapisywać eksportów ani raportów (mogłyby zastąpić pliki sejfu); wybierz miejsce poza nim.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>Nie można zapisać {path}: {reason}</translation>
    </message>
    <message>
        <source>{path} is a folder; name a file to write.</source>
        <translation>{path} jest folderem; podaj nazwę pliku do zapisania.</translation>
    </message>
    <message>
        <source>{path} is not a regular file (a device, pipe or socket); name an ordinary file.</source>
        <translation>{path} nie jest zwykłym plikiem (to urządzenie, potok lub gniazdo); podaj zwykły plik.</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name, or add --force to replace it.</source>
        <translation>{path} już istnieje; wybierz inną nazwę lub dodaj --force, aby go zastąpić.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Folder {folder} nie istnieje.</translation>
    </message>
    <message>
        <source>{path} is not a regular file; it was not replaced.</source>
        <translation>{path} nie jest zwykłym plikiem; nie został zastąpiony.</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name.</source>
        <translation>{path} już istnieje; wybierz inną nazwę.</translation>
    </message>
    <message>
        <source>Cannot read the {what} {path}: there is no such file.</source>
        <translation>Nie można odczytać pliku {path} ({what}): nie ma takiego pliku.</translation>
    </message>
    <message>
        <source>Cannot read the {what} {path}: {reason}.</source>
        <translation>Nie można odczytać pliku {path} ({what}): {reason}.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a {what} that can be read; choose an ordinary file.</source>
        <translation>{path} jest folderem, a nie plikiem do odczytu ({what}); wybierz zwykły plik.</translation>
    </message>
    <message>
        <source>{path} is a named pipe, not a {what} that can be read; choose an ordinary file.</source>
        <translation>{path} jest potokiem nazwanym, a nie plikiem do odczytu ({what}); wybierz zwykły plik.</translation>
    </message>
    <message>
        <source>{path} is a device, not a {what} that can be read; choose an ordinary file.</source>
        <translation>{path} jest urządzeniem, a nie plikiem do odczytu ({what}); wybierz zwykły plik.</translation>
    </message>
    <message>
        <source>{path} is not a regular file, not a {what} that can be read; choose an ordinary file.</source>
        <translation>{path} nie jest zwykłym plikiem do odczytu ({what}); wybierz zwykły plik.</translation>
    </message>
    <message>
        <source>{name} is {size} MB; a {what} can be at most {limit} MB: split it into smaller files.</source>
        <translation>{name} ma {size} MB; maksymalny rozmiar ({what}) to {limit} MB: podziel go na mniejsze pliki.</translation>
    </message>
    <message>
        <source>{name} is too large for a {what} ({size} bytes; at most {limit}).</source>
        <translation>{name} jest za duży ({what}: {size} B; maksymalnie {limit}).</translation>
    </message>
    <message>
        <source>Cancelled; nothing was kept.</source>
        <translation>Anulowano; niczego nie zachowano.</translation>
    </message>
    <message>
        <source>Unsupported key derivation {algorithm} v{version}.</source>
        <translation>Nieobsługiwany algorytm wyprowadzania klucza {algorithm} v{version}.</translation>
    </message>
    <message>
        <source>Key slot parameters are below the Argon2id floor (64 MiB, 3 passes); refusing.</source>
        <translation>Parametry slotu klucza są poniżej minimum Argon2id (64 MiB, 3 przebiegi); odmowa.</translation>
    </message>
    <message>
        <source>Key slot parameters are out of range; refusing.</source>
        <translation>Parametry slotu klucza są poza zakresem; odmowa.</translation>
    </message>
    <message>
        <source>Key slot parameters are malformed.</source>
        <translation>Parametry slotu klucza są nieprawidłowo sformatowane.</translation>
    </message>
    <message>
        <source>keyslots.json is damaged and cannot be read.</source>
        <translation>Plik keyslots.json jest uszkodzony i nie można go odczytać.</translation>
    </message>
    <message>
        <source>{path} is missing: this folder is not a vault, or it is incomplete.</source>
        <translation>Brak {path}: ten folder nie jest sejfem lub jest niekompletny.</translation>
    </message>
    <message>
        <source>keyslots.json has been modified outside the app (its MAC does not match).</source>
        <translation>Plik keyslots.json został zmodyfikowany poza aplikacją (jego MAC się nie zgadza).</translation>
    </message>
    <message>
        <source>A key slot in keyslots.json is damaged.</source>
        <translation>Slot klucza w pliku keyslots.json jest uszkodzony.</translation>
    </message>
    <message>
        <source>A key slot opened but its contents are malformed.</source>
        <translation>Slot klucza otworzył się, ale jego zawartość jest nieprawidłowa.</translation>
    </message>
    <message>
        <source>A key slot holds a vault key of the wrong length.</source>
        <translation>Slot klucza zawiera klucz sejfu o nieprawidłowej długości.</translation>
    </message>
    <message>
        <source>Sign-in refused: wrong user name, password or code.</source>
        <translation>Odmowa logowania: nieprawidłowa nazwa użytkownika, hasło lub kod.</translation>
    </message>
    <message>
        <source>{path} was modified outside the app (its MAC does not match).</source>
        <translation>{path} został zmodyfikowany poza aplikacją (jego MAC się nie zgadza).</translation>
    </message>
    <message>
        <source>{path} is damaged.</source>
        <translation>{path} jest uszkodzony.</translation>
    </message>
    <message>
        <source>The ledger at the backup location is signed by another key; ignored.</source>
        <translation>Rejestr w lokalizacji kopii zapasowych jest podpisany innym kluczem; zignorowano.</translation>
    </message>
    <message>
        <source>The ledger at the backup location does not match its signature; ignored.</source>
        <translation>Rejestr w lokalizacji kopii zapasowych nie zgadza się ze swoim podpisem; zignorowano.</translation>
    </message>
    <message>
        <source>The ledger at the backup location is damaged ({reason}).</source>
        <translation>Rejestr w lokalizacji kopii zapasowych jest uszkodzony ({reason}).</translation>
    </message>
    <message>
        <source>Cannot create the lock file {path}: {reason}.</source>
        <translation>Nie można utworzyć pliku blokady {path}: {reason}.</translation>
    </message>
    <message>
        <source>This vault is already open in another window or process. Close it there first.</source>
        <translation>Ten sejf jest już otwarty w innym oknie lub procesie. Najpierw go tam zamknij.</translation>
    </message>
    <message>
        <source>This vault has schema version {version}, newer than this app knows ({known}); update the app to open it.</source>
        <translation>Ten sejf ma wersję schematu {version}, nowszą niż znana tej aplikacji ({known}); zaktualizuj aplikację, aby go otworzyć.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Sejf jest zablokowany.</translation>
    </message>
    <message>
        <source>The vault has no {name}.</source>
        <translation>W sejfie brakuje: {name}.</translation>
    </message>
    <message>
        <source>use at least {minimum} characters (this one has {length})</source>
        <translation>użyj co najmniej {minimum} znaków (to hasło ma {length})</translation>
    </message>
    <message>
        <source>use at most {maximum} characters</source>
        <translation>użyj maksymalnie {maximum} znaków</translation>
    </message>
    <message>
        <source>this is one of the most common passwords; choose another</source>
        <translation>to jedno z najczęściej używanych haseł; wybierz inne</translation>
    </message>
    <message>
        <source>the password must not be the user name</source>
        <translation>hasło nie może być takie samo jak nazwa użytkownika</translation>
    </message>
    <message>
        <source>a single repeated character is too easy to guess</source>
        <translation>jeden powtarzający się znak jest zbyt łatwy do odgadnięcia</translation>
    </message>
    <message>
        <source>too easy to guess ({warning}); add more words or characters that do not follow a pattern</source>
        <translation>zbyt łatwe do odgadnięcia ({warning}); dodaj więcej słów lub znaków, które nie tworzą wzorca</translation>
    </message>
    <message>
        <source>too easy to guess; add more words or characters that do not follow a pattern</source>
        <translation>zbyt łatwe do odgadnięcia; dodaj więcej słów lub znaków, które nie tworzą wzorca</translation>
    </message>
    <message>
        <source>Password refused: {reasons}.</source>
        <translation>Hasło odrzucone: {reasons}.</translation>
    </message>
    <message>
        <source>{folder} is not a vault (no keyslots.json).</source>
        <translation>{folder} nie jest sejfem (brak pliku keyslots.json).</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins. Try again in %n s.</source>
        <translation>
            <numerusform>Zbyt wiele nieudanych prób logowania. Spróbuj ponownie za %n s.</numerusform>
            <numerusform>Zbyt wiele nieudanych prób logowania. Spróbuj ponownie za %n s.</numerusform>
            <numerusform>Zbyt wiele nieudanych prób logowania. Spróbuj ponownie za %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>A key slot names a user who is not in the vault.</source>
        <translation>Slot klucza wskazuje użytkownika, którego nie ma w sejfie.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator.</source>
        <translation>To konto jest wyłączone. Zwróć się do administratora.</translation>
    </message>
    <message>
        <source>You signed in with a temporary password: choose a new one first.</source>
        <translation>Zalogowano się przy użyciu hasła tymczasowego: najpierw ustaw nowe.</translation>
    </message>
    <message>
        <source>Sign-in refused: this password opens an older key slot than the vault knows for this account (it was changed or reset, or keyslots.json was replaced with an older copy). Ask an administrator to reset your password.</source>
        <translation>Odmowa logowania: to hasło otwiera starszy slot klucza niż ten, który sejf zna dla tego konta (hasło zostało zmienione lub zresetowane albo plik keyslots.json zastąpiono starszą kopią). Poproś administratora o zresetowanie hasła.</translation>
    </message>
    <message>
        <source>The recovery key does not open this vault.</source>
        <translation>Klucz odzyskiwania nie otwiera tego sejfu.</translation>
    </message>
    <message>
        <source>{name}: a whole number from {low} to {high}</source>
        <translation>{name}: liczba całkowita od {low} do {high}</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>od {low} do {high}</translation>
    </message>
    <message>
        <source>invitation file</source>
        <translation>plik zaproszenia</translation>
    </message>
    <message>
        <source>{path} is not a VaultCRM invitation file.</source>
        <translation>{path} nie jest plikiem zaproszenia VaultCRM.</translation>
    </message>
    <message>
        <source>{user} is disabled; enable them before inviting a laptop.</source>
        <translation>Użytkownik {user} jest wyłączony; włącz jego konto, zanim zaprosisz laptop.</translation>
    </message>
    <message>
        <source>{user} already exists with another profile; change it with user set-profile first.</source>
        <translation>Użytkownik {user} już istnieje z innym profilem; najpierw zmień profil poleceniem user set-profile.</translation>
    </message>
    <message>
        <source>A user named {name} already exists.</source>
        <translation>Użytkownik o nazwie {name} już istnieje.</translation>
    </message>
    <message>
        <source>{device} is not a device id.</source>
        <translation>{device} nie jest identyfikatorem urządzenia.</translation>
    </message>
    <message>
        <source>No join request from device {device} at the sync location.</source>
        <translation>W lokalizacji synchronizacji nie ma prośby o dołączenie od urządzenia {device}.</translation>
    </message>
    <message>
        <source>The join request of device {device} names an invitation this vault did not make; refused.</source>
        <translation>Prośba o dołączenie urządzenia {device} wskazuje zaproszenie, którego ten sejf nie utworzył; odrzucono.</translation>
    </message>
    <message>
        <source>This invitation was used already (by device {device}); make a new one.</source>
        <translation>To zaproszenie zostało już użyte (przez urządzenie {device}); utwórz nowe.</translation>
    </message>
    <message>
        <source>This invitation expired on {time}; make a new one.</source>
        <translation>To zaproszenie wygasło {time}; utwórz nowe.</translation>
    </message>
    <message>
        <source>The join request of device {device} is for another user than its invitation; refused.</source>
        <translation>Prośba o dołączenie urządzenia {device} dotyczy innego użytkownika niż jego zaproszenie; odrzucono.</translation>
    </message>
    <message>
        <source>The join request of device {device} has no invitation and names no earlier device of its user; refused.</source>
        <translation>Prośba o dołączenie urządzenia {device} nie ma zaproszenia i nie wskazuje wcześniejszego urządzenia tego użytkownika; odrzucono.</translation>
    </message>
    <message>
        <source>Device {device} asks to join without an invitation: compare the fingerprint its laptop shows with {fingerprint} and pass it with --fingerprint.</source>
        <translation>Urządzenie {device} prosi o dołączenie bez zaproszenia: porównaj odcisk palca wyświetlany na jego laptopie z {fingerprint} i podaj go w opcji --fingerprint.</translation>
    </message>
    <message>
        <source>The user of device {device} does not exist or is disabled here.</source>
        <translation>Użytkownik urządzenia {device} nie istnieje w tym sejfie lub jest wyłączony.</translation>
    </message>
    <message>
        <source>Device {device} is on the team&apos;s roster already.</source>
        <translation>Urządzenie {device} jest już na liście członków zespołu.</translation>
    </message>
    <message>
        <source>A user name is 1 to 64 characters without spaces.</source>
        <translation>Nazwa użytkownika musi mieć od 1 do 64 znaków i nie może zawierać spacji.</translation>
    </message>
    <message>
        <source>A user name cannot hold invisible or direction-changing characters.</source>
        <translation>Nazwa użytkownika nie może zawierać znaków niewidocznych ani zmieniających kierunek tekstu.</translation>
    </message>
    <message>
        <source>No such user.</source>
        <translation>Nie ma takiego użytkownika.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Bieżące hasło jest nieprawidłowe.</translation>
    </message>
    <message>
        <source>--map wants HEADER=FIELD, not {item}.</source>
        <translation>--map wymaga postaci NAGŁÓWEK=POLE, a nie {item}.</translation>
    </message>
    <message>
        <source>--limit must be at least 1.</source>
        <translation>--limit musi wynosić co najmniej 1.</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Odmowa logowania</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Brak uprawnień</translation>
    </message>
    <message>
        <source>Integrity check failed</source>
        <translation>Kontrola integralności nie powiodła się</translation>
    </message>
    <message>
        <source>Storage problem</source>
        <translation>Problem z zapisem lub odczytem danych</translation>
    </message>
    <message>
        <source>Vault in use</source>
        <translation>Sejf jest w użyciu</translation>
    </message>
    <message>
        <source>Please check the form</source>
        <translation>Sprawdź formularz</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>Nie zaakceptowano</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Zmienione przez kogoś innego</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nie znaleziono</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Nieprawidłowe użycie</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anulowano</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Coś poszło nie tak</translation>
    </message>
    <message>
        <source>The computer ran out of memory; nothing was changed.</source>
        <translation>Zabrakło pamięci komputera; niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>Unexpected error ({kind}). Nothing was changed; please report this.</source>
        <translation>Nieoczekiwany błąd ({kind}). Niczego nie zmieniono; zgłoś ten problem.</translation>
    </message>
    <message>
        <source>Sign in as yourself to make new recovery codes.</source>
        <translation>Zaloguj się na własne konto, aby wygenerować nowe kody odzyskiwania.</translation>
    </message>
    <message>
        <source>export format: one of {formats}</source>
        <translation>format eksportu: jeden z: {formats}</translation>
    </message>
    <message>
        <source>Cancelled; no file was left.</source>
        <translation>Anulowano; nie pozostawiono żadnego pliku.</translation>
    </message>
    <message>
        <source>unknown import field {field}: use one of {fields}, email:LABEL, phone:LABEL, address:LABEL.street|city|postcode|region|country, custom:KEY</source>
        <translation>nieznane pole importu {field}: użyj jednego z: {fields}, email:ETYKIETA, phone:ETYKIETA, address:ETYKIETA.street|city|postcode|region|country, custom:KLUCZ</translation>
    </message>
    <message>
        <source>unknown encoding {encoding}</source>
        <translation>nieznane kodowanie {encoding}</translation>
    </message>
    <message>
        <source>the file is not valid {encoding} (byte {byte})</source>
        <translation>plik nie jest prawidłowym tekstem {encoding} (bajt {byte})</translation>
    </message>
    <message>
        <source>the file starts like {encoding} but is not (byte {byte})</source>
        <translation>plik zaczyna się jak {encoding}, ale nim nie jest (bajt {byte})</translation>
    </message>
    <message>
        <source>the file&apos;s encoding could not be recognised (is it a text file?)</source>
        <translation>nie udało się rozpoznać kodowania pliku (czy to plik tekstowy?)</translation>
    </message>
    <message>
        <source>this is not a text file (it holds binary data); choose a CSV or vCard file</source>
        <translation>to nie jest plik tekstowy (zawiera dane binarne); wybierz plik CSV lub vCard</translation>
    </message>
    <message>
        <source>duplicates: skip or import</source>
        <translation>duplicates: skip lub import</translation>
    </message>
    <message>
        <source>file to import</source>
        <translation>plik do zaimportowania</translation>
    </message>
    <message>
        <source>line {line}: {problem}</source>
        <translation>wiersz {line}: {problem}</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>plik jest pusty</translation>
    </message>
    <message>
        <source>--map: the file has no column {column} (columns: {columns})</source>
        <translation>--map: plik nie ma kolumny {column} (kolumny: {columns})</translation>
    </message>
    <message>
        <source>no column could be matched to a name, company, email or phone (columns: {columns}); map them explicitly: choose where each column goes in the import dialog, or give --map HEADER=FIELD</source>
        <translation>żadnej kolumny nie udało się dopasować do nazwy, firmy, adresu e-mail ani telefonu (kolumny: {columns}); przypisz je ręcznie: w oknie importu wybierz miejsce docelowe każdej kolumny lub podaj --map NAGŁÓWEK=POLE</translation>
    </message>
    <message>
        <source>There is no import {id}.</source>
        <translation>Brak importu {id}.</translation>
    </message>
    <message>
        <source>no vCard found (no BEGIN:VCARD … END:VCARD)</source>
        <translation>nie znaleziono wizytówki vCard (brak BEGIN:VCARD … END:VCARD)</translation>
    </message>
    <message>
        <source>There is no profile named {name} (profiles: {profiles}).</source>
        <translation>Brak profilu o nazwie {name} (profile: {profiles}).</translation>
    </message>
    <message>
        <source>There is no user named {name}.</source>
        <translation>Brak użytkownika o nazwie {name}.</translation>
    </message>
    <message>
        <source>There must always be at least one active Administrator.</source>
        <translation>Zawsze musi istnieć co najmniej jeden aktywny administrator.</translation>
    </message>
    <message>
        <source>That profile has rights yours lacks ({rights}); ask an Administrator.</source>
        <translation>Ten profil ma uprawnienia, których nie ma Twój profil ({rights}); zwróć się do administratora.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>Nie możesz wyłączyć własnego konta.</translation>
    </message>
    <message>
        <source>{user} is not disabled.</source>
        <translation>Użytkownik {user} nie jest wyłączony.</translation>
    </message>
    <message>
        <source>You cannot reset the password of your own account here; use Change password, which asks for your current password.</source>
        <translation>Tutaj nie możesz zresetować hasła własnego konta; użyj polecenia Zmień moje hasło, które prosi o bieżące hasło.</translation>
    </message>
    <message>
        <source>{user} is disabled; re-enable the account instead.</source>
        <translation>Użytkownik {user} jest wyłączony; zamiast tego włącz ponownie jego konto.</translation>
    </message>
    <message>
        <source>You cannot reset the authenticator of your own account here; use Change authenticator, which asks for your current password.</source>
        <translation>Tutaj nie możesz zresetować aplikacji uwierzytelniającej własnego konta; użyj polecenia Ponownie zarejestruj moją aplikację uwierzytelniającą, które prosi o bieżące hasło.</translation>
    </message>
    <message>
        <source>{user} is disabled; re-enable the account first.</source>
        <translation>Użytkownik {user} jest wyłączony; najpierw włącz ponownie jego konto.</translation>
    </message>
    <message>
        <source>Not a sync clock stamp: {text}.</source>
        <extracomment>a difference above this between this device&apos;s clock and the location&apos;s file times is warned about</extracomment>
        <translation>To nie jest znacznik zegara synchronizacji: {text}.</translation>
    </message>
    <message>
        <source>A change is dated {hours} h ahead of this computer&apos;s clock; it was refused. Check the clock of the device that made it.</source>
        <translation>Data zmiany wyprzedza zegar tego komputera o {hours} h; zmianę odrzucono. Sprawdź zegar urządzenia, na którym ją wprowadzono.</translation>
    </message>
    <message>
        <source>This vault already belongs to a team book.</source>
        <translation>Ten sejf należy już do wspólnej bazy zespołu.</translation>
    </message>
    <message>
        <source>Roster version {version} on the sync location is malformed; refused.</source>
        <translation>Wersja {version} listy członków w lokalizacji synchronizacji ma nieprawidłowy format; odrzucono.</translation>
    </message>
    <message>
        <source>Roster version {version} belongs to another book; refused.</source>
        <translation>Wersja {version} listy członków należy do innej bazy; odrzucono.</translation>
    </message>
    <message>
        <source>The roster chain skips from version {previous} to {version}; refused.</source>
        <translation>Łańcuch listy członków przeskakuje z wersji {previous} do {version}; odrzucono.</translation>
    </message>
    <message>
        <source>Roster version {version} is signed by a device that could not manage users at the time; refused.</source>
        <translation>Wersja {version} listy członków jest podpisana przez urządzenie, które w tamtym czasie nie mogło zarządzać użytkownikami; odrzucono.</translation>
    </message>
    <message>
        <source>The signature of roster version {version} does not verify; refused.</source>
        <translation>Podpis wersji {version} listy członków nie przechodzi weryfikacji; odrzucono.</translation>
    </message>
    <message>
        <source>Roster version {version} does not follow version {previous}; refused.</source>
        <translation>Wersja {version} listy członków nie następuje po wersji {previous}; odrzucono.</translation>
    </message>
    <message>
        <source>Roster version {version} drops a device, changes its keys or undoes a revocation; refused.</source>
        <translation>Wersja {version} listy członków usuwa urządzenie, zmienia jego klucze lub cofa odwołanie; odrzucono.</translation>
    </message>
    <message>
        <source>The sync location holds no roster; refused.</source>
        <translation>Lokalizacja synchronizacji nie zawiera listy członków; odrzucono.</translation>
    </message>
    <message>
        <source>The roster&apos;s first version is not the one this device joined (its fingerprint differs); refused.</source>
        <translation>Pierwsza wersja listy członków nie jest tą, do której dołączyło to urządzenie (ma inny odcisk palca); odrzucono.</translation>
    </message>
    <message>
        <source>Segment {segment} is not a segment file; refused.</source>
        <translation>Segment {segment} nie jest plikiem segmentu; odrzucono.</translation>
    </message>
    <message>
        <source>Segment {segment} belongs to another book; refused.</source>
        <translation>Segment {segment} należy do innej bazy; odrzucono.</translation>
    </message>
    <message>
        <source>Segment {segment} was signed as {signed}: it was renamed or replayed; refused.</source>
        <translation>Segment {segment} został podpisany jako {signed}: zmieniono jego nazwę lub użyto go ponownie; odrzucono.</translation>
    </message>
    <message>
        <source>Segment {segment} comes from a device that is not on the book&apos;s roster; refused.</source>
        <translation>Segment {segment} pochodzi z urządzenia, którego nie ma na liście członków bazy; odrzucono.</translation>
    </message>
    <message>
        <source>The signature of segment {segment} does not verify: it was altered or forged; refused.</source>
        <translation>Podpis segmentu {segment} nie przechodzi weryfikacji: segment został zmieniony lub sfałszowany; odrzucono.</translation>
    </message>
    <message>
        <source>Segment {segment} was written after its device was revoked; refused.</source>
        <translation>Segment {segment} został zapisany po odwołaniu jego urządzenia; odrzucono.</translation>
    </message>
    <message>
        <source>Segment {segment} is signed but its content is not a valid segment; refused.</source>
        <translation>Segment {segment} jest podpisany, ale jego zawartość nie jest prawidłowym segmentem; odrzucono.</translation>
    </message>
    <message>
        <source>Segment {segment} is not encrypted to this device; refused.</source>
        <translation>Segment {segment} nie jest zaszyfrowany dla tego urządzenia; odrzucono.</translation>
    </message>
    <message>
        <source>Segment {segment} was written by a newer version of the app (schema {theirs}, this app reads up to {ours}): update the app to keep syncing.</source>
        <translation>Segment {segment} został zapisany przez nowszą wersję aplikacji (schemat {theirs}, ta aplikacja odczytuje do {ours}): zaktualizuj aplikację, aby kontynuować synchronizację.</translation>
    </message>
    <message>
        <source>Cannot list the sync location: {reason}</source>
        <translation>Nie można wyświetlić zawartości lokalizacji synchronizacji: {reason}</translation>
    </message>
    <message>
        <source>Cannot list the sync location {url}: {reason}.</source>
        <translation>Nie można wyświetlić zawartości lokalizacji synchronizacji {url}: {reason}.</translation>
    </message>
    <message>
        <source>{name} already exists at {url}; a published file is never replaced.</source>
        <translation>{name} już istnieje w {url}; opublikowany plik nigdy nie jest zastępowany.</translation>
    </message>
    <message>
        <source>Publishing {name} failed: {reason}</source>
        <translation>Nie udało się opublikować {name}: {reason}</translation>
    </message>
    <message>
        <source>Publishing {name} to {url} failed: {reason}.</source>
        <translation>Nie udało się opublikować {name} w {url}: {reason}.</translation>
    </message>
    <message>
        <source>{name} read back from the sync location differs from what was sent.</source>
        <translation>Plik {name} odczytany z lokalizacji synchronizacji różni się od wysłanego.</translation>
    </message>
    <message>
        <source>Cannot read {name}: {reason}</source>
        <translation>Nie można odczytać {name}: {reason}</translation>
    </message>
    <message>
        <source>Cannot read {name} at {url}: {reason}.</source>
        <translation>Nie można odczytać {name} w {url}: {reason}.</translation>
    </message>
    <message>
        <source>Name the invited user: --user YOU --user THEM, or --new-user THEM.</source>
        <translation>Wskaż zaproszonego użytkownika: --user TY --user ZAPROSZONY lub --new-user ZAPROSZONY.</translation>
    </message>
    <message>
        <source>Use: sync init VAULT --at URL, sync VAULT or sync status VAULT.</source>
        <translation>Użycie: sync init SEJF --at URL, sync SEJF lub sync status SEJF.</translation>
    </message>
    <message>
        <source>sync init needs --at URL, the team&apos;s sync location.</source>
        <translation>sync init wymaga --at URL (lokalizacji synchronizacji zespołu).</translation>
    </message>
    <message>
        <source>conflicts resolve needs --keep kept or --keep other.</source>
        <translation>conflicts resolve wymaga --keep kept lub --keep other.</translation>
    </message>
    <message>
        <source>{id} is not a conflict id.</source>
        <translation>{id} nie jest identyfikatorem konfliktu.</translation>
    </message>
    <message>
        <source>Use: conflicts VAULT or conflicts resolve VAULT CONFLICT_ID --keep kept|other.</source>
        <translation>Użycie: conflicts SEJF lub conflicts resolve SEJF ID_KONFLIKTU --keep kept|other.</translation>
    </message>
    <message>
        <source>There is no conflict {id}.</source>
        <translation>Nie ma konfliktu {id}.</translation>
    </message>
    <message>
        <source>Conflict {id} was already resolved.</source>
        <translation>Konflikt {id} został już rozwiązany.</translation>
    </message>
    <message>
        <source>The record of conflict {id} is no longer here.</source>
        <translation>Rekordu konfliktu {id} już tu nie ma.</translation>
    </message>
    <message>
        <source>Keep either kept or other.</source>
        <translation>Podaj kept albo other.</translation>
    </message>
    <message>
        <source>This vault is not a device of a team book (run sync init, or device join on a new laptop).</source>
        <translation>Ten sejf nie jest urządzeniem wspólnej bazy zespołu (uruchom sync init albo device join na nowym laptopie).</translation>
    </message>
    <message>
        <source>This device has no pinned roster fingerprint; it cannot check the team&apos;s roster.</source>
        <translation>To urządzenie nie ma przypiętego odcisku palca listy członków; nie może sprawdzić listy członków zespołu.</translation>
    </message>
    <message>
        <source>This device may not change the team&apos;s roster (it is not an active administrator&apos;s device on it).</source>
        <translation>To urządzenie nie może zmieniać listy członków zespołu (nie jest na niej aktywnym urządzeniem administratora).</translation>
    </message>
    <message>
        <source>Roster version {version} is half published on the sync location; it stays pending here.</source>
        <translation>Wersja {version} listy członków jest częściowo opublikowana w lokalizacji synchronizacji; pozostaje tu jako oczekująca.</translation>
    </message>
    <message>
        <source>Another administrator changed the team&apos;s roster at the same time; your change (roster version {version}) was not published. Do it again.</source>
        <translation>Inny administrator zmienił w tym samym czasie listę członków zespołu; Twoja zmiana (wersja {version} listy członków) nie została opublikowana. Wprowadź ją ponownie.</translation>
    </message>
    <message>
        <source>Device {device} is not on the team&apos;s roster.</source>
        <translation>Urządzenia {device} nie ma na liście członków zespołu.</translation>
    </message>
    <message>
        <source>Device {device} is revoked already.</source>
        <translation>Urządzenie {device} zostało już odwołane.</translation>
    </message>
    <message>
        <source>A device cannot revoke itself; revoke it from another administrator&apos;s device.</source>
        <translation>Urządzenie nie może odwołać samego siebie; odwołaj je z urządzenia innego administratora.</translation>
    </message>
    <message>
        <source>This invitation expired on {time}; ask for a new one.</source>
        <translation>To zaproszenie wygasło {time}; poproś o nowe.</translation>
    </message>
    <message>
        <source>This device is on the team&apos;s roster already ({state}).</source>
        <translation>To urządzenie jest już na liście członków zespołu ({state}).</translation>
    </message>
    <message>
        <source>This invitation is for another book or another user.</source>
        <translation>To zaproszenie dotyczy innej bazy lub innego użytkownika.</translation>
    </message>
    <message>
        <source>This device is not on the book&apos;s roster yet: an administrator has to approve it before it can publish.</source>
        <extracomment>changes per segment (a transaction&apos;s changes are never split: a segment may hold more) bytes of change values per segment (attachment chunks are large): a batch ends before the transaction that would pass it (one bigger transaction goes alone), so a segment stays within the format&apos;s limits (docs/SYNC.md, &quot;Attachments&quot;)</extracomment>
        <translation>Tego urządzenia nie ma jeszcze na liście członków bazy: administrator musi je zatwierdzić, zanim będzie mogło publikować.</translation>
    </message>
    <message>
        <source>This device is not on the book&apos;s roster: an administrator has to approve it first.</source>
        <extracomment>``vault_secrets`` row holding the last round&apos;s clock warnings (``sync status`` shows them)</extracomment>
        <translation>Tego urządzenia nie ma na liście członków bazy: najpierw musi je zatwierdzić administrator.</translation>
    </message>
    <message>
        <source>This device was revoked from the team book; it can no longer sync.</source>
        <translation>To urządzenie zostało odwołane ze wspólnej bazy zespołu; nie może już synchronizować.</translation>
    </message>
    <message>
        <source>This vault does not belong to a team book: run sync init first.</source>
        <translation>Ten sejf nie należy do wspólnej bazy zespołu: najpierw uruchom sync init.</translation>
    </message>
    <message>
        <source>This book has no sync location.</source>
        <translation>Ta baza nie ma lokalizacji synchronizacji.</translation>
    </message>
    <message>
        <source>The invitation code is 8 letters and digits, like ABCD-EFGH.</source>
        <translation>Kod zaproszenia składa się z 8 liter i cyfr, np. ABCD-EFGH.</translation>
    </message>
    <message>
        <source>The join request of device {device} is not signed by the key it names; refused.</source>
        <translation>Prośba o dołączenie urządzenia {device} nie jest podpisana kluczem, który wskazuje; odrzucono.</translation>
    </message>
    <message>
        <source>The join request of device {device} was not made with the invitation&apos;s one-time code (a wrong code, or a request edited on the location); refused.</source>
        <translation>Prośba o dołączenie urządzenia {device} nie została utworzona z kodem jednorazowym zaproszenia (błędny kod lub prośba zmieniona w lokalizacji); odrzucono.</translation>
    </message>
    <message>
        <source>The join request of device {device} is malformed; refused.</source>
        <translation>Prośba o dołączenie urządzenia {device} ma nieprawidłowy format; odrzucono.</translation>
    </message>
    <message>
        <source>The join request of device {device} is for another book; refused.</source>
        <translation>Prośba o dołączenie urządzenia {device} dotyczy innej bazy; odrzucono.</translation>
    </message>
    <message>
        <source>The join request found as {device} names another device; refused.</source>
        <translation>Prośba o dołączenie znaleziona jako {device} wskazuje inne urządzenie; odrzucono.</translation>
    </message>
    <message>
        <source>This vault already trusts another team book&apos;s roster.</source>
        <translation>Ten sejf ufa już liście członków innej wspólnej bazy zespołu.</translation>
    </message>
    <message>
        <source>Snapshot {snapshot} is not a snapshot file; refused.</source>
        <extracomment>a manifest&apos;s plaintext (a few hundred bytes per part), and a part&apos;s (test seams) where the writer cuts a part (plaintext bytes)</extracomment>
        <translation>Migawka {snapshot} nie jest plikiem migawki; odrzucono.</translation>
    </message>
    <message>
        <source>Snapshot {snapshot} was signed for another place or book; refused.</source>
        <translation>Migawka {snapshot} została podpisana dla innego miejsca lub innej bazy; odrzucono.</translation>
    </message>
    <message>
        <source>Snapshot {snapshot} comes from a device that is not on the book&apos;s roster; refused.</source>
        <translation>Migawka {snapshot} pochodzi z urządzenia, którego nie ma na liście członków bazy; odrzucono.</translation>
    </message>
    <message>
        <source>The signature of snapshot {snapshot} does not verify; refused.</source>
        <translation>Podpis migawki {snapshot} nie przechodzi weryfikacji; odrzucono.</translation>
    </message>
    <message>
        <source>Snapshot {snapshot} is not encrypted to this device; refused.</source>
        <translation>Migawka {snapshot} nie jest zaszyfrowana dla tego urządzenia; odrzucono.</translation>
    </message>
    <message>
        <source>Snapshot {snapshot} is signed but its content is not a valid snapshot; refused.</source>
        <translation>Migawka {snapshot} jest podpisana, ale jej zawartość nie jest prawidłową migawką; odrzucono.</translation>
    </message>
    <message>
        <source>Snapshot {snapshot} was written by a newer version of the app: update the app to keep syncing.</source>
        <translation>Migawka {snapshot} została zapisana przez nowszą wersję aplikacji: zaktualizuj aplikację, aby kontynuować synchronizację.</translation>
    </message>
    <message>
        <source>stage: one of {choices}</source>
        <translation>etap: jeden z {choices}</translation>
    </message>
    <message>
        <source>The team&apos;s sync folder {path} is not there (is its drive or share connected?).</source>
        <extracomment>at lock and exit, a round gets this long before it is cancelled and the vault locks anyway</extracomment>
        <translation>Folder synchronizacji zespołu {path} nie istnieje (czy jego dysk lub udział sieciowy jest podłączony?).</translation>
    </message>
    <message>
        <source>{path} is not a folder.</source>
        <translation>{path} nie jest folderem.</translation>
    </message>
    <message>
        <source>Snooze for 10m, 1h or tomorrow.</source>
        <translation>Odłóż na 10m, 1h lub tomorrow.</translation>
    </message>
    <message>
        <source>not a date (YYYY-MM-DD)</source>
        <translation>to nie jest data (RRRR-MM-DD)</translation>
    </message>
    <message>
        <source>not a time (HH:MM)</source>
        <translation>to nie jest godzina (GG:MM)</translation>
    </message>
    <message>
        <source>You can give tasks only to yourself.</source>
        <translation>Możesz przydzielać zadania tylko sobie.</translation>
    </message>
    <message>
        <source>owner: no such active user</source>
        <translation>właściciel: nie ma takiego aktywnego użytkownika</translation>
    </message>
    <message>
        <source>no such active user</source>
        <translation>nie ma takiego aktywnego użytkownika</translation>
    </message>
    <message>
        <source>There is no task {id}.</source>
        <translation>Nie ma zadania {id}.</translation>
    </message>
    <message>
        <source>This task is not one of yours.</source>
        <translation>To nie jest jedno z Twoich zadań.</translation>
    </message>
    <message>
        <source>Someone else changed this task meanwhile. Reload it.</source>
        <translation>Ktoś inny w międzyczasie zmienił to zadanie. Wczytaj je ponownie.</translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD)</source>
        <translation>data (RRRR-MM-DD)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export customers</source>
        <translation>Eksportuj klientów</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>CSV (spreadsheets)</source>
        <translation>CSV (arkusze kalkulacyjne)</translation>
    </message>
    <message>
        <source>vCard (address books)</source>
        <translation>vCard (książki adresowe)</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>All customers I can see</source>
        <translation>Wszyscy klienci widoczni dla mnie</translation>
    </message>
    <message>
        <source>Only the current search and filters</source>
        <translation>Tylko bieżące wyszukiwanie i filtry</translation>
    </message>
    <message>
        <source>Which:</source>
        <translation>Zakres:</translation>
    </message>
    <message>
        <source>Sensitive fields are masked unless your profile may read them. The export is recorded in the audit log; keep the file safe.</source>
        <translation>Pola poufne są maskowane, chyba że Twój profil pozwala je odczytywać. Eksport jest rejestrowany w dzienniku audytu; przechowuj plik w bezpiecznym miejscu.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksportuj…</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Eksportuj do</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Eksportowanie…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Anulowano.</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Zakończono.</translation>
    </message>
    <message>
        <source>Cancelled; no file was left.</source>
        <translation>Anulowano; nie pozostawiono żadnego pliku.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n customer(s).</source>
        <translation>
            <numerusform>Wyeksportowano %n klienta.</numerusform>
            <numerusform>Wyeksportowano %n klientów.</numerusform>
            <numerusform>Wyeksportowano %n klientów.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
</context>
<context>
    <name>FolderPage</name>
    <message>
        <source>Choose an empty or new folder on this laptop for your vault (not a synced cloud folder).</source>
        <translation>Wybierz pusty lub nowy folder na tym laptopie na swój sejf (nie folder synchronizowany z chmurą).</translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation>Folder sejfu</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Przeglądaj…</translation>
    </message>
    <message>
        <source>Browse for a folder</source>
        <translation>Wybierz folder</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Folder:</translation>
    </message>
</context>
<context>
    <name>FollowUpRow</name>
    <message>
        <source>Follow up on</source>
        <translation>Kontynuuj dnia</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Data kontynuacji</translation>
    </message>
    <message>
        <source>Follow up: {summary}</source>
        <translation>Kontynuacja: {summary}</translation>
    </message>
</context>
<context>
    <name>ForgotPasswordDialog</name>
    <message>
        <source>Forgot password</source>
        <translation>Nie pamiętam hasła</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Twój klucz odzyskiwania</translation>
    </message>
    <message>
        <source>The recovery key is on the recovery sheet printed when the vault was made. It lets you choose a new password and set up your authenticator again.</source>
        <translation>Klucz odzyskiwania znajduje się na arkuszu odzyskiwania wydrukowanym podczas tworzenia sejfu. Pozwala ustawić nowe hasło i ponownie skonfigurować aplikację uwierzytelniającą.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nazwa użytkownika</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Klucz odzyskiwania</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Pokaż</translation>
    </message>
    <message>
        <source>From a file…</source>
        <translation>Z pliku…</translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation>Ustaw nowe hasło</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nowe hasło</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>Powtórz nowe hasło</translation>
    </message>
    <message>
        <source>Set up your authenticator again</source>
        <translation>Ponownie skonfiguruj aplikację uwierzytelniającą</translation>
    </message>
    <message>
        <source>Choose the recovery sheet (PDF or text)</source>
        <translation>Wybierz arkusz odzyskiwania (PDF lub tekst)</translation>
    </message>
    <message>
        <source>Recovery sheet (*.pdf *.txt);;All files (*)</source>
        <translation>Arkusz odzyskiwania (*.pdf *.txt);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation>Wpisz nazwę użytkownika.</translation>
    </message>
    <message>
        <source>This is not a whole recovery key: it starts with AGE-SECRET-KEY-1 and has 74 characters. Compare it with your recovery sheet.</source>
        <translation>To nie jest pełny klucz odzyskiwania: zaczyna się od AGE-SECRET-KEY-1 i ma 74 znaki. Porównaj go z arkuszem odzyskiwania.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <source>Set the new password</source>
        <translation>Ustaw nowe hasło</translation>
    </message>
    <message>
        <source>This password is not accepted yet: see the notes above.</source>
        <translation>To hasło nie zostało jeszcze zaakceptowane: zobacz uwagi powyżej.</translation>
    </message>
    <message>
        <source>Check the code</source>
        <translation>Sprawdź kod</translation>
    </message>
    <message>
        <source>That is not the code your authenticator app shows now. Check that you scanned the new code, then type the six digits it shows.</source>
        <translation>To nie jest kod, który teraz wyświetla aplikacja uwierzytelniająca. Sprawdź, czy zeskanowano nowy kod, a następnie wpisz wyświetlane przez nią sześć cyfr.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Zmieniono</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>Wyświetlono</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Usunięto</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Przywrócono</translation>
    </message>
    <message>
        <source>Sensitive data shown</source>
        <translation>Pokazano dane poufne</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Wyeksportowano</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Scalono</translation>
    </message>
    <message>
        <source>Interaction logged</source>
        <translation>Zapisano interakcję</translation>
    </message>
    <message>
        <source>Deal created</source>
        <translation>Utworzono transakcję</translation>
    </message>
    <message>
        <source>Deal changed</source>
        <translation>Zmieniono transakcję</translation>
    </message>
    <message>
        <source>Deal deleted</source>
        <translation>Usunięto transakcję</translation>
    </message>
    <message>
        <source>Processing restricted</source>
        <translation>Ograniczono przetwarzanie</translation>
    </message>
    <message>
        <source>Restriction lifted</source>
        <translation>Zniesiono ograniczenie przetwarzania</translation>
    </message>
    <message>
        <source>Subject access export</source>
        <translation>Eksport w ramach prawa dostępu</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Usunięto dane</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Zarejestrowano zgodę</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Wycofano zgodę</translation>
    </message>
    <message>
        <source>Purchase preference added</source>
        <translation>Dodano preferencję zakupową</translation>
    </message>
    <message>
        <source>Purchase preference removed</source>
        <translation>Usunięto preferencję zakupową</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>unreadable CSV: {problem}</source>
        <translation>nieczytelny plik CSV: {problem}</translation>
    </message>
    <message>
        <source>the file&apos;s encoding was guessed as {encoding} (not sure): check that names with accents read right, or give the encoding</source>
        <translation>kodowanie pliku odgadnięto jako {encoding} (niepewne): sprawdź, czy nazwy ze znakami diakrytycznymi wyświetlają się poprawnie, lub podaj kodowanie</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>wiersz {line}</translation>
    </message>
    <message>
        <source>the row has {cells} cells where the header has {width}</source>
        <translation>liczba komórek w wierszu: {cells}, w nagłówku: {width}</translation>
    </message>
    <message>
        <source>column {column} is too long ({length} characters; at most {limit})</source>
        <translation>kolumna {column} jest za długa (liczba znaków: {length}; maksymalnie {limit})</translation>
    </message>
    <message>
        <source>holds sensitive fields ({fields}) your profile cannot see</source>
        <translation>zawiera poufne pola ({fields}), których Twój profil nie może wyświetlać</translation>
    </message>
    <message>
        <source>duplicate: {reason}</source>
        <translation>duplikat: {reason}</translation>
    </message>
    <message>
        <source>card {card} (line {line})</source>
        <translation>wizytówka {card} (wiersz {line})</translation>
    </message>
    <message>
        <source>not a readable vCard: {problem}</source>
        <translation>nieczytelna wizytówka vCard: {problem}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import customers</source>
        <translation>Importuj klientów</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importuj</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Nie wybrano pliku.</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Wybierz plik…</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>Wybierz plik do zaimportowania</translation>
    </message>
    <message>
        <source>CSV (Google, Outlook or your own columns) or vCard. Check where each column goes; nothing is written until you press Import.</source>
        <translation>CSV (Google, Outlook lub własne kolumny) albo vCard. Sprawdź, dokąd trafia każda kolumna; nic nie zostanie zapisane, dopóki nie klikniesz Importuj.</translation>
    </message>
    <message>
        <source>The file&apos;s encoding was guessed and may be wrong: check that names with accents read right in the examples, or choose another encoding.</source>
        <translation>Kodowanie pliku zostało odgadnięte i może być nieprawidłowe: sprawdź, czy nazwy ze znakami diakrytycznymi wyświetlają się w przykładach poprawnie, lub wybierz inne kodowanie.</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Mapowanie kolumn</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importowanie…</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Odrzucone wiersze</translation>
    </message>
    <message>
        <source>Encoding of the file</source>
        <translation>Kodowanie pliku</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Kodowanie:</translation>
    </message>
    <message>
        <source>Label of the address</source>
        <translation>Etykieta adresu</translation>
    </message>
    <message>
        <source>The address is a:</source>
        <translation>Rodzaj adresu:</translation>
    </message>
    <message>
        <source>Contacts (*.csv *.tsv *.txt *.vcf *.vcard);;All files (*)</source>
        <translation>Kontakty (*.csv *.tsv *.txt *.vcf *.vcard);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Reading the file and checking every record…</source>
        <translation>Odczytywanie pliku i sprawdzanie każdego rekordu…</translation>
    </message>
    <message>
        <source>Reading the file and checking every record… {0} so far</source>
        <translation>Odczytywanie pliku i sprawdzanie każdego rekordu… dotychczas: {0}</translation>
    </message>
    <message>
        <source>No column was recognised as a name, company, e-mail or phone. Choose below where each column goes.</source>
        <translation>Żadnej kolumny nie rozpoznano jako nazwy, firmy, adresu e-mail ani telefonu. Wybierz poniżej, dokąd trafia każda kolumna.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) can be imported; {0} would be refused (listed after the import).</source>
        <translation>
            <numerusform>%n rekord można zaimportować; do odrzucenia: {0} (lista po imporcie).</numerusform>
            <numerusform>%n rekordy można zaimportować; do odrzucenia: {0} (lista po imporcie).</numerusform>
            <numerusform>%n rekordów można zaimportować; do odrzucenia: {0} (lista po imporcie).</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} imported, {1} not imported.</source>
        <translation>Zaimportowano: {0}, nie zaimportowano: {1}.</translation>
    </message>
    <message>
        <source>Cancelled. </source>
        <translation>Anulowano. </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>Do not import</source>
        <translation>Nie importuj</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Drugie imię</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>E-mails (several in one cell)</source>
        <translation>Adresy e-mail (kilka w jednej komórce)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Phones (several in one cell)</source>
        <translation>Telefony (kilka w jednej komórce)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>Person or company</source>
        <translation>Osoba lub firma</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Rachunek bankowy</translation>
    </message>
    <message>
        <source>Confidential notes</source>
        <translation>Notatki poufne</translation>
    </message>
    <message>
        <source>street</source>
        <translation>ulica</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>kod pocztowy</translation>
    </message>
    <message>
        <source>city</source>
        <translation>miasto</translation>
    </message>
    <message>
        <source>region</source>
        <translation>region</translation>
    </message>
    <message>
        <source>country</source>
        <translation>kraj</translation>
    </message>
    <message>
        <source>Work address</source>
        <translation>Adres służbowy</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>Adres domowy</translation>
    </message>
    <message>
        <source>Other address</source>
        <translation>Inny adres</translation>
    </message>
    <message>
        <source>work</source>
        <translation>praca</translation>
    </message>
    <message>
        <source>home</source>
        <translation>dom</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>komórka</translation>
    </message>
    <message>
        <source>other</source>
        <translation>inny</translation>
    </message>
    <message>
        <source>main</source>
        <translation>główny</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>faks</translation>
    </message>
    <message>
        <source>car</source>
        <translation>samochód</translation>
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
        <translation>Unicode (UTF-8 z BOM)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16)</source>
        <translation>Unicode (UTF-16)</translation>
    </message>
    <message>
        <source>Central European (Windows-1250)</source>
        <translation>Środkowoeuropejskie (Windows-1250)</translation>
    </message>
    <message>
        <source>Central European (ISO 8859-2)</source>
        <translation>Środkowoeuropejskie (ISO 8859-2)</translation>
    </message>
    <message>
        <source>Western European (Windows-1252)</source>
        <translation>Zachodnioeuropejskie (Windows-1252)</translation>
    </message>
    <message>
        <source>Western European (ISO 8859-15)</source>
        <translation>Zachodnioeuropejskie (ISO 8859-15)</translation>
    </message>
    <message>
        <source>Cyrillic (Windows-1251)</source>
        <translation>Cyrylica (Windows-1251)</translation>
    </message>
    <message>
        <source>Cyrillic (KOI8-R)</source>
        <translation>Cyrylica (KOI8-R)</translation>
    </message>
    <message>
        <source>Greek (Windows-1253)</source>
        <translation>Greckie (Windows-1253)</translation>
    </message>
</context>
<context>
    <name>InteractionKind</name>
    <message>
        <source>Call</source>
        <translation>Rozmowa telefoniczna</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Spotkanie</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Wizyta</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
</context>
<context>
    <name>InvitationPage</name>
    <message>
        <source>Your administrator gave you an invitation file and told you a one-time code. This laptop gets its own vault, with your own password and authenticator, and syncs with the team.</source>
        <translation>Administrator przekazał ci plik zaproszenia i podał kod jednorazowy. Ten laptop dostanie własny sejf, z twoim własnym hasłem i aplikacją uwierzytelniającą, i będzie synchronizowany z zespołem.</translation>
    </message>
    <message>
        <source>Invitation file</source>
        <translation>Plik zaproszenia</translation>
    </message>
    <message>
        <source>Open the invitation…</source>
        <translation>Otwórz zaproszenie…</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Kod jednorazowy</translation>
    </message>
    <message>
        <source>ABCD-EFGH</source>
        <translation>ABCD-EFGH</translation>
    </message>
    <message>
        <source>Password or access key of the sync location</source>
        <translation>Hasło lub klucz dostępu lokalizacji synchronizacji</translation>
    </message>
    <message>
        <source>Location password or key:</source>
        <translation>Hasło lub klucz lokalizacji:</translation>
    </message>
    <message>
        <source>One-time code:</source>
        <translation>Kod jednorazowy:</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>Invite a laptop</source>
        <translation>Zaproś laptop</translation>
    </message>
    <message>
        <source>Choose the colleague who will use the new laptop, or type a new user name. The invitation file holds no secret; the one-time code does: tell it to them separately.</source>
        <translation>Wybierz współpracownika, który będzie używać nowego laptopa, albo wpisz nową nazwę użytkownika. Plik zaproszenia nie zawiera sekretu; kod jednorazowy tak: przekaż go osobno.</translation>
    </message>
    <message>
        <source>Team user</source>
        <translation>Użytkownik zespołu</translation>
    </message>
    <message>
        <source>Profile of a new user</source>
        <translation>Profil nowego użytkownika</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Użytkownik:</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <source>Save the invitation…</source>
        <translation>Zapisz zaproszenie…</translation>
    </message>
    <message>
        <source>QR code of the invitation</source>
        <translation>Kod QR zaproszenia</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Kod jednorazowy</translation>
    </message>
    <message>
        <source>Choose or type the user who will use the new laptop.</source>
        <translation>Wybierz lub wpisz użytkownika, który będzie używać nowego laptopa.</translation>
    </message>
    <message>
        <source>Save the invitation</source>
        <translation>Zapisz zaproszenie</translation>
    </message>
    <message>
        <source>Invitation for {0}.vaultcrm-invite</source>
        <translation>Zaproszenie dla {0}.vaultcrm-invite</translation>
    </message>
    <message>
        <source>VaultCRM invitations (*.vaultcrm-invite)</source>
        <translation>Zaproszenia VaultCRM (*.vaultcrm-invite)</translation>
    </message>
    <message>
        <source>Invitation for {user} ({profile}) saved to {path}.</source>
        <translation>Zaproszenie dla {user} ({profile}) zapisano w {path}.</translation>
    </message>
    <message>
        <source>Shown only now: tell {user} this code separately from the file (in person or by phone). It works once, until {time}.</source>
        <translation>Pokazywany tylko teraz: przekaż ten kod użytkownikowi {user} osobno od pliku (osobiście lub telefonicznie). Działa jeden raz, do {time}.</translation>
    </message>
    <message>
        <source>Genesis fingerprint: {0}
The new laptop shows it when it opens the invitation; it must be the same.</source>
        <translation>Odcisk palca początkowej listy członków: {0}
Nowy laptop pokaże go po otwarciu zaproszenia; musi być taki sam.</translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <source>Cancelled.</source>
        <translation>Anulowano.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Zatrzymano.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Anulowano. Nic nie zostało zmienione.</translation>
    </message>
</context>
<context>
    <name>JoinTeamWizard</name>
    <message>
        <source>Open your invitation</source>
        <translation>Otwórz zaproszenie</translation>
    </message>
    <message>
        <source>Where to keep your vault</source>
        <translation>Gdzie trzymać twój sejf</translation>
    </message>
    <message>
        <source>Choose your password</source>
        <translation>Wybierz swoje hasło</translation>
    </message>
    <message>
        <source>Set up your authenticator app</source>
        <translation>Skonfiguruj aplikację uwierzytelniającą</translation>
    </message>
    <message>
        <source>Your recovery sheet</source>
        <translation>Twój arkusz odzyskiwania</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Oczekiwanie na zatwierdzenie</translation>
    </message>
    <message>
        <source>Downloading the customer book</source>
        <translation>Pobieranie bazy klientów</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Open the invitation</source>
        <translation>Otwórz zaproszenie</translation>
    </message>
    <message>
        <source>VaultCRM invitations (*.vaultcrm-invite);;All files (*)</source>
        <translation>Zaproszenia VaultCRM (*.vaultcrm-invite);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Invitation for {user} ({profile}), valid until {time}.
Sync location: {location}
Genesis fingerprint: {fingerprint}
Check with your administrator that their screen shows the same fingerprint.</source>
        <translation>Zaproszenie dla {user} ({profile}), ważne do {time}.
Lokalizacja synchronizacji: {location}
Odcisk palca początkowej listy członków: {fingerprint}
Sprawdź z administratorem, czy na jego ekranie widnieje ten sam odcisk palca.</translation>
    </message>
    <message>
        <source>Choose another folder: </source>
        <translation>Wybierz inny folder: </translation>
    </message>
    <message>
        <source>Folder for your vault</source>
        <translation>Folder na twój sejf</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Hasła nie są takie same.</translation>
    </message>
    <message>
        <source>This password is not accepted: </source>
        <translation>To hasło nie jest akceptowane: </translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>Zapisz arkusz odzyskiwania</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to {0}. Move it somewhere safe and offline.</source>
        <translation>Zapisano w {0}. Przenieś go w bezpieczne miejsce poza siecią.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drukuj</translation>
    </message>
    <message>
        <source>Print the recovery sheet?</source>
        <translation>Wydrukować arkusz odzyskiwania?</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Wysłano do drukarki.</translation>
    </message>
    <message>
        <source>If your administrator asks, this laptop&apos;s request fingerprint is {0}.</source>
        <translation>Jeśli administrator zapyta, odcisk palca prośby o dołączenie tego laptopa to {0}.</translation>
    </message>
    <message numerus="yes">
        <source>Checked at {0}; checked again every %n second(s).</source>
        <translation>
            <numerusform>Sprawdzono o {0}; ponowne sprawdzenie co %n sekundę.</numerusform>
            <numerusform>Sprawdzono o {0}; ponowne sprawdzenie co %n sekundy.</numerusform>
            <numerusform>Sprawdzono o {0}; ponowne sprawdzenie co %n sekund.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not check at {0}: {1}</source>
        <translation>Nie udało się sprawdzić o {0}: {1}</translation>
    </message>
    <message>
        <source>Downloading the book…</source>
        <translation>Pobieranie bazy…</translation>
    </message>
    <message numerus="yes">
        <source>The book is on this laptop: %n change(s) applied.</source>
        <translation>
            <numerusform>Baza jest na tym laptopie: zastosowano %n zmianę.</numerusform>
            <numerusform>Baza jest na tym laptopie: zastosowano %n zmiany.</numerusform>
            <numerusform>Baza jest na tym laptopie: zastosowano %n zmian.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled. Try again when you are ready.</source>
        <translation>Anulowano. Spróbuj ponownie, gdy będziesz gotów.</translation>
    </message>
    <message>
        <source>Leave the wizard?</source>
        <translation>Opuścić kreator?</translation>
    </message>
    <message>
        <source>This laptop&apos;s vault is made and its request to join is sent. Open the vault later from Recent vaults: it syncs once an administrator approves it.</source>
        <translation>Sejf tego laptopa został utworzony, a prośba o dołączenie wysłana. Otwórz sejf później z listy Ostatnie sejfy: zacznie się synchronizować, gdy administrator go zatwierdzi.</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Wyjdź</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Zostań</translation>
    </message>
    <message>
        <source>Step {0} of {1}</source>
        <translation>Krok {0} z {1}</translation>
    </message>
    <message>
        <source>{user}, choose your own password for this laptop: at least 12 characters; several unrelated words work well. Nobody else knows it, not even your administrator.</source>
        <translation>{user}, wybierz własne hasło do tego laptopa: co najmniej 12 znaków; dobrze sprawdza się kilka niezwiązanych słów. Nikt inny go nie zna, nawet administrator.</translation>
    </message>
    <message>
        <source>Create my vault</source>
        <translation>Utwórz mój sejf</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Tworzenie…</translation>
    </message>
    <message>
        <source>Confirm code</source>
        <translation>Potwierdź kod</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>Oczekiwanie…</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Pobieranie…</translation>
    </message>
    <message>
        <source>Open the workspace</source>
        <translation>Otwórz obszar roboczy</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
</context>
<context>
    <name>LocationPicker</name>
    <message>
        <source>Sync location</source>
        <translation>Lokalizacja synchronizacji</translation>
    </message>
    <message>
        <source>A shared folder, or sftp://, webdav://, s3:// …</source>
        <translation>Folder współdzielony albo sftp://, webdav://, s3:// …</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Folder…</translation>
    </message>
    <message>
        <source>Choose a folder for the sync location</source>
        <translation>Wybierz folder na lokalizację synchronizacji</translation>
    </message>
    <message>
        <source>Sync location:</source>
        <translation>Lokalizacja synchronizacji:</translation>
    </message>
    <message>
        <source>Password or access key of the location</source>
        <translation>Hasło lub klucz dostępu lokalizacji</translation>
    </message>
    <message>
        <source>Only if the location needs one (S3: KEY_ID:SECRET)</source>
        <translation>Tylko jeśli lokalizacja go wymaga (S3: KEY_ID:SECRET)</translation>
    </message>
    <message>
        <source>Password or key:</source>
        <translation>Hasło lub klucz:</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Testuj połączenie</translation>
    </message>
    <message>
        <source>Folder for the team&apos;s sync location</source>
        <translation>Folder na lokalizację synchronizacji zespołu</translation>
    </message>
    <message>
        <source>Choose the team&apos;s sync location first.</source>
        <translation>Najpierw wybierz lokalizację synchronizacji zespołu.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Testowanie połączenia…</translation>
    </message>
    <message>
        <source>Connected. Nothing has been written there yet.</source>
        <translation>Połączono. Nic tam jeszcze nie zapisano.</translation>
    </message>
    <message>
        <source>New SFTP server</source>
        <translation>Nowy serwer SFTP</translation>
    </message>
    <message>
        <source>This is the first connection to {host}. Its host key fingerprint is:
{fingerprint}

Compare it with the one your server administrator gives you. Trust it?</source>
        <translation>To pierwsze połączenie z {host}. Odcisk palca jego klucza hosta to:
{fingerprint}

Porównaj go z tym, który poda administrator serwera. Ufać mu?</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Ufaj</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
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
        <translation>&amp;Sejf</translation>
    </message>
    <message>
        <source>New vault…</source>
        <translation>Nowy sejf…</translation>
    </message>
    <message>
        <source>Open vault…</source>
        <translation>Otwórz sejf…</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Zablokuj</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Ustawienia…</translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation>Zmień moje hasło…</translation>
    </message>
    <message>
        <source>Re-enrol my authenticator…</source>
        <translation>Ponownie zarejestruj moją aplikację uwierzytelniającą…</translation>
    </message>
    <message>
        <source>New recovery codes…</source>
        <translation>Nowe kody odzyskiwania…</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>Utwórz kopię zapasową teraz…</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Przywróć z kopii zapasowej…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchronizuj teraz</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Klienci</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>&amp;Administracja</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Pomoc</translation>
    </message>
    <message>
        <source>About VaultCRM</source>
        <translation>VaultCRM — informacje</translation>
    </message>
    <message>
        <source>You joined the team. This laptop syncs with it.</source>
        <translation>Dołączono do zespołu. Ten laptop synchronizuje się z nim.</translation>
    </message>
    <message>
        <source>Your vault is ready. Add your first customer with Ctrl+N.</source>
        <translation>Twój sejf jest gotowy. Dodaj pierwszego klienta, naciskając Ctrl+N.</translation>
    </message>
    <message>
        <source>This is a throwaway demo vault with generated customers; it is deleted when you quit.</source>
        <translation>To tymczasowy sejf demonstracyjny z wygenerowanymi klientami; zostanie usunięty po zamknięciu aplikacji.</translation>
    </message>
    <message numerus="yes">
        <source>Settings saved. Scheduled backups run every %n hour(s); to take one now, choose Back up now… in the Vault menu.</source>
        <translation>
            <numerusform>Zapisano ustawienia. Zaplanowane kopie zapasowe są tworzone co %n godzinę; aby utworzyć kopię teraz, wybierz polecenie Utwórz kopię zapasową teraz… w menu Sejf.</numerusform>
            <numerusform>Zapisano ustawienia. Zaplanowane kopie zapasowe są tworzone co %n godziny; aby utworzyć kopię teraz, wybierz polecenie Utwórz kopię zapasową teraz… w menu Sejf.</numerusform>
            <numerusform>Zapisano ustawienia. Zaplanowane kopie zapasowe są tworzone co %n godzin; aby utworzyć kopię teraz, wybierz polecenie Utwórz kopię zapasową teraz… w menu Sejf.</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Zapisano ustawienia.</translation>
    </message>
    <message>
        <source>Vault in {0} — VaultCRM</source>
        <translation>Sejf w {0} — VaultCRM</translation>
    </message>
    <message>
        <source>{0} — VaultCRM</source>
        <translation>{0} — VaultCRM</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Tworzenie kopii zapasowej…</translation>
    </message>
    <message numerus="yes">
        <source>%n deleted record(s) erased for good (undo window over)</source>
        <translation>
            <numerusform>Trwale usunięto %n rekord z kosza (minął czas na cofnięcie)</numerusform>
            <numerusform>Trwale usunięto %n rekordy z kosza (minął czas na cofnięcie)</numerusform>
            <numerusform>Trwale usunięto %n rekordów z kosza (minął czas na cofnięcie)</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted records past their undo window could not be erased: {0}</source>
        <translation>Nie udało się trwale usunąć rekordów z kosza, których czas na cofnięcie minął: {0}</translation>
    </message>
    <message>
        <source>The new language, {0}, applies the next time you start VaultCRM.</source>
        <translation>Nowy język ({0}) zostanie zastosowany przy następnym uruchomieniu VaultCRM.</translation>
    </message>
    <message>
        <source>Your new password is set.</source>
        <translation>Nowe hasło zostało ustawione.</translation>
    </message>
    <message>
        <source>VaultCRM: a local-first CRM whose customer data never leaves an encrypted vault.</source>
        <translation>VaultCRM: lokalny CRM, w którym dane klientów nigdy nie opuszczają zaszyfrowanego sejfu.</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Wersja {version}</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <source>Field for {0}</source>
        <translation>Pole dla {0}</translation>
    </message>
</context>
<context>
    <name>MyDay</name>
    <message>
        <source>Overdue</source>
        <translation>Zaległe</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Dziś</translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation>Następne 7 dni</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Wysoki</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niski</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normalny</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Zadanie</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorytet</translation>
    </message>
</context>
<context>
    <name>MyDayPage</name>
    <message>
        <source>My day</source>
        <translation>Mój dzień</translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation>Moje zadania</translation>
    </message>
    <message>
        <source>&amp;New task…</source>
        <translation>&amp;Nowe zadanie…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Oznacz jako &amp;wykonane</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Odłóż</translation>
    </message>
    <message>
        <source>10 minutes</source>
        <translation>10 minut</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 godzina</translation>
    </message>
    <message>
        <source>Tomorrow morning</source>
        <translation>Jutro rano</translation>
    </message>
    <message>
        <source>Export &amp;calendar…</source>
        <translation>Eksportuj &amp;kalendarz…</translation>
    </message>
    <message>
        <source>Overdue: {0} · Today: {1} · Next 7 days: {2}</source>
        <translation>Zaległe: {0} · Dziś: {1} · Następne 7 dni: {2}</translation>
    </message>
    <message>
        <source>Export tasks and meetings</source>
        <translation>Eksport zadań i spotkań</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Pliki kalendarza (*.ics)</translation>
    </message>
    <message>
        <source>Wrote {path}: {tasks} tasks, {meetings} meetings.</source>
        <translation>Zapisano {path}: zadania: {tasks}, spotkania: {meetings}.</translation>
    </message>
</context>
<context>
    <name>NewVaultWizard</name>
    <message>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>A vault is a folder holding your encrypted customer data. Choose an empty or new folder on this computer (not a synced cloud folder: back up to one instead).</source>
        <translation>Sejf to folder z zaszyfrowanymi danymi klientów. Wybierz pusty lub nowy folder na tym komputerze (nie folder synchronizowany z chmurą — tam twórz kopie zapasowe).</translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation>Folder sejfu</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Przeglądaj…</translation>
    </message>
    <message>
        <source>Browse for a folder</source>
        <translation>Wybierz folder</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>You will be the vault&apos;s first administrator: you can add colleagues and give them profiles later.</source>
        <translation>Zostaniesz pierwszym administratorem sejfu: później możesz dodać współpracowników i przypisać im profile.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nazwa użytkownika</translation>
    </message>
    <message>
        <source>e.g. alice</source>
        <translation>np. anna</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>e.g. Alice Martin</source>
        <translation>np. Anna Nowak</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nazwa użytkownika:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Imię i nazwisko:</translation>
    </message>
    <message>
        <source>Your password protects every record. Use a long passphrase you can remember: at least 12 characters; several unrelated words work well.</source>
        <translation>Hasło chroni każdy rekord. Użyj długiego hasła, które zapamiętasz: co najmniej 12 znaków; dobrze sprawdza się kilka niepowiązanych słów.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Powtórz hasło</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Pokaż hasło</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Hasło:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Powtórz:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Siła:</translation>
    </message>
    <message>
        <source>Scan this code with an authenticator app (Google Authenticator, Aegis, FreeOTP…). Each sign-in asks for the 6-digit code it shows.</source>
        <translation>Zeskanuj ten kod aplikacją uwierzytelniającą (Google Authenticator, Aegis, FreeOTP…). Przy każdym logowaniu trzeba podać wyświetlany przez nią 6-cyfrowy kod.</translation>
    </message>
    <message>
        <source>Or type this key into the app:</source>
        <translation>Lub wpisz ten klucz w aplikacji:</translation>
    </message>
    <message>
        <source>Authenticator key</source>
        <translation>Klucz aplikacji uwierzytelniającej</translation>
    </message>
    <message>
        <source>Code from the app</source>
        <translation>Kod z aplikacji</translation>
    </message>
    <message>
        <source>Where to keep the vault</source>
        <translation>Gdzie przechowywać sejf</translation>
    </message>
    <message>
        <source>The administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Choose a password</source>
        <translation>Wybierz hasło</translation>
    </message>
    <message>
        <source>Set up your authenticator app</source>
        <translation>Skonfiguruj aplikację uwierzytelniającą</translation>
    </message>
    <message>
        <source>Your recovery sheet</source>
        <translation>Twój arkusz odzyskiwania</translation>
    </message>
    <message>
        <source>The language of VaultCRM on this computer; you can change it later in Settings.</source>
        <translation>Język VaultCRM na tym komputerze; możesz go później zmienić w Ustawieniach.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Język:</translation>
    </message>
    <message>
        <source>Country of the business</source>
        <translation>Kraj działalności</translation>
    </message>
    <message>
        <source>New deals use its currency, and phone numbers typed without a country code are read as its numbers. You can change it in Settings.</source>
        <translation>Nowe transakcje używają jego waluty, a numery telefonów wpisane bez numeru kierunkowego kraju są traktowane jako numery z tego kraju. Możesz to zmienić w Ustawieniach.</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Kraj:</translation>
    </message>
    <message>
        <source>Code shown now:</source>
        <translation>Bieżący kod:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiuj</translation>
    </message>
    <message>
        <source>Copy the authenticator key</source>
        <translation>Kopiuj klucz aplikacji uwierzytelniającej</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Skopiowano</translation>
    </message>
    <message>
        <source>Save or print this sheet now and keep it offline. It is the only way back in if you forget your password, and it opens your backups. If you lose both your password and this recovery key, the data is gone for good: nobody can recover it.</source>
        <translation>Zapisz lub wydrukuj teraz ten arkusz i przechowuj go offline. To jedyny sposób na odzyskanie dostępu, jeśli zapomnisz hasła, i to on otwiera Twoje kopie zapasowe. Jeśli stracisz zarówno hasło, jak i ten klucz odzyskiwania, dane zostaną utracone na zawsze: nikt nie będzie w stanie ich odzyskać.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Klucz odzyskiwania</translation>
    </message>
    <message>
        <source>Vault id</source>
        <translation>Identyfikator sejfu</translation>
    </message>
    <message>
        <source>Signing-key fingerprint</source>
        <translation>Odcisk palca klucza podpisującego</translation>
    </message>
    <message>
        <source>Recovery codes</source>
        <translation>Kody odzyskiwania</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Zapisz jako PDF…</translation>
    </message>
    <message>
        <source>Save the recovery sheet as PDF</source>
        <translation>Zapisz arkusz odzyskiwania jako PDF</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drukuj…</translation>
    </message>
    <message>
        <source>Print the recovery sheet</source>
        <translation>Drukuj arkusz odzyskiwania</translation>
    </message>
    <message>
        <source>I saved or printed the sheet and understand the warning above.</source>
        <translation>Arkusz jest zapisany lub wydrukowany; rozumiem powyższe ostrzeżenie.</translation>
    </message>
    <message>
        <source>I understand the warning</source>
        <translation>Rozumiem ostrzeżenie</translation>
    </message>
    <message>
        <source>Folder for the new vault</source>
        <translation>Folder nowego sejfu</translation>
    </message>
    <message>
        <source>Choose another folder: </source>
        <translation>Wybierz inny folder: </translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Hasła nie są identyczne.</translation>
    </message>
    <message>
        <source>This password is not accepted: </source>
        <translation>To hasło nie zostało zaakceptowane: </translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>Zapisz arkusz odzyskiwania</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to {0}. Move it somewhere safe and offline.</source>
        <translation>Zapisano w {0}. Przenieś plik w bezpieczne miejsce offline.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drukuj</translation>
    </message>
    <message>
        <source>Print the recovery sheet?</source>
        <translation>Wydrukować arkusz odzyskiwania?</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Wysłano do drukarki.</translation>
    </message>
    <message>
        <source>Leave the wizard?</source>
        <translation>Zamknąć kreator?</translation>
    </message>
    <message>
        <source>The vault has been created. If you leave now without the recovery sheet, keep your password and authenticator safe: they are the only way in.</source>
        <translation>Sejf został utworzony. Jeśli zamkniesz teraz kreator bez arkusza odzyskiwania, chroń swoje hasło i aplikację uwierzytelniającą: tylko one dają dostęp.</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Zostań</translation>
    </message>
    <message>
        <source>Step {0} of 5</source>
        <translation>Krok {0} z 5</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Utwórz sejf</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Tworzenie…</translation>
    </message>
    <message>
        <source>Confirm code</source>
        <translation>Potwierdź kod</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Zakończ</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Odrzuć</translation>
    </message>
</context>
<context>
    <name>OwnAccountDialog</name>
    <message>
        <source>Re-enrol my authenticator</source>
        <translation>Ponownie zarejestruj moją aplikację uwierzytelniającą</translation>
    </message>
    <message>
        <source>New recovery codes</source>
        <translation>Nowe kody odzyskiwania</translation>
    </message>
    <message>
        <source>Your old authenticator and recovery codes stop working once this is done.</source>
        <translation>Po wykonaniu tej operacji dotychczasowa aplikacja uwierzytelniająca i kody odzyskiwania przestaną działać.</translation>
    </message>
    <message>
        <source>Your old recovery codes stop working once this is done.</source>
        <translation>Po wykonaniu tej operacji dotychczasowe kody odzyskiwania przestaną działać.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Bieżące hasło</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Kontynuuj</translation>
    </message>
    <message>
        <source>Type your current password.</source>
        <translation>Wpisz bieżące hasło.</translation>
    </message>
    <message>
        <source>Check the code</source>
        <translation>Sprawdź kod</translation>
    </message>
    <message>
        <source>Your new recovery codes (each works once; write them down now):</source>
        <translation>Twoje nowe kody odzyskiwania (każdy działa tylko raz; zapisz je teraz):</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <source>That is not the code your authenticator app shows now. Check that you scanned the new code, then type the six digits it shows.</source>
        <translation>To nie jest kod, który teraz wyświetla aplikacja uwierzytelniająca. Sprawdź, czy zeskanowano nowy kod, a następnie wpisz wyświetlane przez nią sześć cyfr.</translation>
    </message>
</context>
<context>
    <name>PasswordHints</name>
    <message>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation>Dodaj jeszcze jedno lub dwa słowa. Lepsze są słowa nietypowe.</translation>
    </message>
    <message>
        <source>Capitalization doesn&apos;t help very much.</source>
        <translation>Wielkie litery niewiele pomagają.</translation>
    </message>
    <message>
        <source>Reversed words aren&apos;t much harder to guess.</source>
        <translation>Słowa pisane wspak nie są dużo trudniejsze do odgadnięcia.</translation>
    </message>
    <message>
        <source>Predictable substitutions like &apos;@&apos; instead of &apos;a&apos; don&apos;t help very much.</source>
        <translation>Przewidywalne zamiany, np. „@” zamiast „a”, niewiele pomagają.</translation>
    </message>
    <message>
        <source>Use a few words, avoid common phrases.</source>
        <translation>Użyj kilku słów, unikaj popularnych zwrotów.</translation>
    </message>
    <message>
        <source>No need for symbols, digits, or uppercase letters.</source>
        <translation>Symbole, cyfry ani wielkie litery nie są konieczne.</translation>
    </message>
    <message>
        <source>Straight rows of keys are easy to guess.</source>
        <translation>Proste rzędy klawiszy są łatwe do odgadnięcia.</translation>
    </message>
    <message>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation>Krótkie wzorce klawiaturowe są łatwe do odgadnięcia.</translation>
    </message>
    <message>
        <source>This is a top-10 common password.</source>
        <translation>To jedno z 10 najpopularniejszych haseł.</translation>
    </message>
    <message>
        <source>This is similar to a commonly used password.</source>
        <translation>To hasło jest podobne do często używanego hasła.</translation>
    </message>
    <message>
        <source>A word by itself is easy to guess.</source>
        <translation>Pojedyncze słowo jest łatwe do odgadnięcia.</translation>
    </message>
    <message>
        <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
        <translation>Same wielkie litery są niemal tak łatwe do odgadnięcia jak same małe.</translation>
    </message>
    <message>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation>Użyj dłuższego wzorca klawiaturowego z większą liczbą zmian kierunku.</translation>
    </message>
    <message>
        <source>Repeats like &quot;aaa&quot; are easy to guess.</source>
        <translation>Powtórzenia typu „aaa” są łatwe do odgadnięcia.</translation>
    </message>
    <message>
        <source>Repeats like &quot;abcabcabc&quot; are only slightly harder to guess than &quot;abc&quot;.</source>
        <translation>Powtórzenia typu „abcabcabc” są tylko nieznacznie trudniejsze do odgadnięcia niż „abc”.</translation>
    </message>
    <message>
        <source>This is a top-100 common password.</source>
        <translation>To jedno ze 100 najpopularniejszych haseł.</translation>
    </message>
    <message>
        <source>This is a very common password.</source>
        <translation>To bardzo popularne hasło.</translation>
    </message>
    <message>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation>Same imiona i nazwiska są łatwe do odgadnięcia.</translation>
    </message>
    <message>
        <source>Common names and surnames are easy to guess.</source>
        <translation>Popularne imiona i nazwiska są łatwe do odgadnięcia.</translation>
    </message>
    <message>
        <source>Avoid repeated words and characters.</source>
        <translation>Unikaj powtarzających się słów i znaków.</translation>
    </message>
    <message>
        <source>Sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess.</source>
        <translation>Sekwencje typu „abc” lub „6543” są łatwe do odgadnięcia.</translation>
    </message>
    <message>
        <source>Avoid sequences.</source>
        <translation>Unikaj sekwencji.</translation>
    </message>
    <message>
        <source>Recent years are easy to guess.</source>
        <translation>Ostatnie lata są łatwe do odgadnięcia.</translation>
    </message>
    <message>
        <source>Dates are often easy to guess.</source>
        <translation>Daty są często łatwe do odgadnięcia.</translation>
    </message>
    <message>
        <source>Avoid recent years.</source>
        <translation>Unikaj ostatnich lat.</translation>
    </message>
    <message>
        <source>Avoid years that are associated with you.</source>
        <translation>Unikaj lat, które są z Tobą związane.</translation>
    </message>
    <message>
        <source>Avoid dates and years that are associated with you.</source>
        <translation>Unikaj dat i lat, które są z Tobą związane.</translation>
    </message>
</context>
<context>
    <name>PasswordPage</name>
    <message>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Powtórz hasło</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Hasło:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Powtórz:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Siła:</translation>
    </message>
</context>
<context>
    <name>PasswordStrength</name>
    <message>
        <source>Very weak</source>
        <translation>Bardzo słabe</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Słabe</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Przeciętne</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Dobre</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Silne</translation>
    </message>
</context>
<context>
    <name>PendingLaptopsDialog</name>
    <message>
        <source>Pending laptops</source>
        <translation>Oczekujące laptopy</translation>
    </message>
    <message>
        <source>Laptops that opened an invitation and ask to join the team. Approve only the ones you invited: ask the colleague to read you the code of their laptop if in doubt.</source>
        <translation>Laptopy, które otworzyły zaproszenie i proszą o dołączenie do zespołu. Zatwierdzaj tylko te, które zaprosiłeś: w razie wątpliwości poproś współpracownika o odczytanie kodu jego laptopa.</translation>
    </message>
    <message>
        <source>Laptops waiting for approval</source>
        <translation>Laptopy czekające na zatwierdzenie</translation>
    </message>
    <message>
        <source>No laptop is waiting.</source>
        <translation>Żaden laptop nie czeka.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Odśwież</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Zatwierdź</translation>
    </message>
    <message>
        <source>{user} ({profile}): laptop {device}, asked {when}</source>
        <translation>{user} ({profile}): laptop {device}, prośba z {when}</translation>
    </message>
    <message>
        <source>cannot be approved: {0}</source>
        <translation>nie można zatwierdzić: {0}</translation>
    </message>
    <message>
        <source>Approve this laptop?</source>
        <translation>Zatwierdzić ten laptop?</translation>
    </message>
    <message>
        <source>{user}&apos;s laptop will receive the whole customer book and sync with the team.</source>
        <translation>Laptop użytkownika {user} otrzyma całą bazę klientów i będzie synchronizowany z zespołem.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>{user}&apos;s laptop is on the team. It downloads the book at its next check.</source>
        <translation>Laptop użytkownika {user} jest w zespole. Pobierze bazę przy następnym sprawdzeniu.</translation>
    </message>
    <message>
        <source>The book could not be published yet: {0}</source>
        <translation>Nie udało się jeszcze opublikować bazy: {0}</translation>
    </message>
</context>
<context>
    <name>PermissionMatrixModel</name>
    <message>
        <source>All records (else own only)</source>
        <translation>Wszystkie rekordy (inaczej tylko własne)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>See customers</source>
        <translation>Wyświetlanie klientów</translation>
    </message>
    <message>
        <source>Create customers</source>
        <translation>Tworzenie klientów</translation>
    </message>
    <message>
        <source>Edit customers</source>
        <translation>Edycja klientów</translation>
    </message>
    <message>
        <source>Edit contact details</source>
        <translation>Edycja danych kontaktowych</translation>
    </message>
    <message>
        <source>Delete customers</source>
        <translation>Usuwanie klientów</translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>Eksport klientów</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>Import klientów</translation>
    </message>
    <message>
        <source>Log interactions</source>
        <translation>Zapisywanie interakcji</translation>
    </message>
    <message>
        <source>See sensitive fields</source>
        <translation>Wyświetlanie pól poufnych</translation>
    </message>
    <message>
        <source>See deals</source>
        <translation>Wyświetlanie transakcji</translation>
    </message>
    <message>
        <source>Edit deals</source>
        <translation>Edycja transakcji</translation>
    </message>
    <message>
        <source>Read the audit log</source>
        <translation>Odczyt dziennika audytu</translation>
    </message>
    <message>
        <source>Manage users</source>
        <translation>Zarządzanie użytkownikami</translation>
    </message>
    <message>
        <source>Manage profiles</source>
        <translation>Zarządzanie profilami</translation>
    </message>
    <message>
        <source>Run backups</source>
        <translation>Tworzenie kopii zapasowych</translation>
    </message>
    <message>
        <source>Restore backups</source>
        <translation>Przywracanie kopii zapasowych</translation>
    </message>
    <message>
        <source>Privacy tools (consent, subject export, erasure, retention)</source>
        <translation>Narzędzia prywatności (zgody, eksport w ramach prawa dostępu, usuwanie danych, okres przechowywania)</translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation>Zmiana ustawień</translation>
    </message>
</context>
<context>
    <name>PipelineBoard</name>
    <message>
        <source>Pipeline</source>
        <translation>Lejek sprzedaży</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwarta</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Zakwalifikowana</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Negocjacje</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Wygrana</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Przegrana</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Wszyscy właściciele</translation>
    </message>
    <message>
        <source>Expected close from</source>
        <translation>Planowane zamknięcie od</translation>
    </message>
    <message>
        <source>Expected close to</source>
        <translation>Planowane zamknięcie do</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Odśwież</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Właściciel:</translation>
    </message>
    <message>
        <source>Expected close from:</source>
        <translation>Planowane zamknięcie od:</translation>
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
        <translation>Dodaj preferencję zakupową</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <source>e.g. paper, delivery, payment</source>
        <translation>np. papier, dostawa, płatność</translation>
    </message>
    <message>
        <source>Preference</source>
        <translation>Preferencja</translation>
    </message>
    <message>
        <source>e.g. recycled A4, mornings only, invoice by e-mail</source>
        <translation>np. papier A4 z recyklingu, tylko rano, faktura e-mailem</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>A category is needed (what the preference is about).</source>
        <translation>Wymagana jest kategoria (czego dotyczy preferencja).</translation>
    </message>
</context>
<context>
    <name>ProcessingRecord</name>
    <message>
        <source>Purposes: {purposes}; data subjects: {subjects}; erasures: {erasures}.</source>
        <translation>Cele: {purposes}; osoby, których dane dotyczą: {subjects}; usunięcia danych: {erasures}.</translation>
    </message>
    <message>
        <source>database encrypted at rest (SQLCipher 4, AES-256, per-page HMAC)</source>
        <translation>baza danych szyfrowana w spoczynku (SQLCipher 4, AES-256, HMAC dla każdej strony)</translation>
    </message>
    <message>
        <source>sign-in with Argon2id-protected key slots and TOTP</source>
        <translation>logowanie ze slotami kluczy chronionymi przez Argon2id i TOTP</translation>
    </message>
    <message>
        <source>per-profile permissions; sensitive fields masked without sensitive.read</source>
        <translation>uprawnienia według profilu; pola poufne maskowane bez uprawnienia sensitive.read</translation>
    </message>
    <message>
        <source>tamper-evident audit log (HMAC hash chain); personal values sealed per person</source>
        <translation>dziennik audytu umożliwiający wykrycie manipulacji (łańcuch skrótów HMAC); wartości osobowe zabezpieczone oddzielnie dla każdej osoby</translation>
    </message>
    <message>
        <source>encrypted, signed backups (age X25519, Ed25519)</source>
        <translation>szyfrowane, podpisane kopie zapasowe (age X25519, Ed25519)</translation>
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
        <translation>Wszystko, w tym użytkownicy, ustawienia, kopie zapasowe i przywracanie.</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Kierownik</translation>
    </message>
    <message>
        <source>All records, deals, exports and imports; no users, settings or restore.</source>
        <translation>Wszystkie rekordy, transakcje, eksporty i importy; bez użytkowników, ustawień i przywracania.</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sprzedaż</translation>
    </message>
    <message>
        <source>Own records only; no delete, no export.</source>
        <translation>Tylko własne rekordy; bez usuwania i eksportu.</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Wsparcie</translation>
    </message>
    <message>
        <source>Reads all records, edits contact details and interactions; no deals, no export.</source>
        <translation>Odczyt wszystkich rekordów, edycja danych kontaktowych i interakcji; bez transakcji i eksportu.</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Audytor</translation>
    </message>
    <message>
        <source>Read-only, with the audit log; no sensitive fields.</source>
        <translation>Tylko odczyt, z dziennikiem audytu; bez pól poufnych.</translation>
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
        <translation>Nowy profil…</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Usuń profil</translation>
    </message>
    <message>
        <source>Built-in profiles cannot be changed; make a copy with “New profile”. Changes to a custom profile are saved at once and audited.</source>
        <translation>Profili wbudowanych nie można zmieniać; utwórz kopię za pomocą „Nowy profil”. Zmiany w profilu niestandardowym są zapisywane od razu i rejestrowane w dzienniku audytu.</translation>
    </message>
    <message>
        <source>Read-only: changing profiles needs “Manage profiles”.</source>
        <translation>Tylko do odczytu: zmiana profili wymaga uprawnienia „Zarządzanie profilami”.</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nowy profil</translation>
    </message>
    <message>
        <source>Name of the new profile (a copy of {0}):</source>
        <translation>Nazwa nowego profilu (kopii profilu {0}):</translation>
    </message>
    <message>
        <source>Name of the new profile:</source>
        <translation>Nazwa nowego profilu:</translation>
    </message>
    <message>
        <source>Select a custom profile&apos;s column first.</source>
        <translation>Najpierw zaznacz kolumnę profilu niestandardowego.</translation>
    </message>
    <message>
        <source>Delete the profile {0}?</source>
        <translation>Usunąć profil {0}?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Zachowaj</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Copying the database</source>
        <translation>Kopiowanie bazy danych</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Sprawdzanie</translation>
    </message>
    <message>
        <source>Reading the backup location</source>
        <translation>Odczytywanie lokalizacji kopii zapasowych</translation>
    </message>
    <message>
        <source>Encrypting</source>
        <translation>Szyfrowanie</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Wysyłanie</translation>
    </message>
    <message>
        <source>Reading back</source>
        <translation>Odczyt kontrolny</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Podpisywanie</translation>
    </message>
    <message>
        <source>Reading back and verifying</source>
        <translation>Odczyt kontrolny i weryfikacja</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Pobieranie</translation>
    </message>
    <message>
        <source>Decrypting</source>
        <translation>Odszyfrowywanie</translation>
    </message>
    <message>
        <source>Re-keying the restored database</source>
        <translation>Zmiana kluczy przywróconej bazy danych</translation>
    </message>
    <message>
        <source>Opening the restored vault</source>
        <translation>Otwieranie przywróconego sejfu</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) imported</source>
        <translation>
            <numerusform>Zaimportowano %n rekord</numerusform>
            <numerusform>Zaimportowano %n rekordy</numerusform>
            <numerusform>Zaimportowano %n rekordów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) written</source>
        <translation>
            <numerusform>Zapisano %n klienta</numerusform>
            <numerusform>Zapisano %n klientów</numerusform>
            <numerusform>Zapisano %n klientów</numerusform>
        </translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Gotowe.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Postęp</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Anulowanie…</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>QR code for the authenticator app</source>
        <translation>Kod QR dla aplikacji uwierzytelniającej</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Save or print this sheet now and keep it offline. It is the only way back into this laptop&apos;s vault if you forget your password.</source>
        <translation>Zapisz lub wydrukuj ten arkusz teraz i przechowuj go poza siecią. To jedyny sposób powrotu do sejfu tego laptopa, jeśli zapomnisz hasła.</translation>
    </message>
    <message>
        <source>Recovery sheet</source>
        <translation>Arkusz odzyskiwania</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Zapisz jako PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drukuj…</translation>
    </message>
    <message>
        <source>I saved or printed the sheet and understand the warning above.</source>
        <translation>Zapisałem lub wydrukowałem arkusz i rozumiem powyższe ostrzeżenie.</translation>
    </message>
    <message>
        <source>I understand the warning</source>
        <translation>Rozumiem ostrzeżenie</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>Keep this sheet somewhere safe and offline (a locked drawer, a safe). Anyone holding it can read your backups. If you lose both your password and this recovery key, nobody can recover the data: not you, not us.</source>
        <translation>Przechowuj ten arkusz w bezpiecznym miejscu offline (zamykana szuflada, sejf). Każdy, kto go ma, może odczytać Twoje kopie zapasowe. Jeśli stracisz zarówno hasło, jak i ten klucz odzyskiwania, nikt nie odzyska danych: ani Ty, ani my.</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Sejf</translation>
    </message>
    <message>
        <source>Vault id: {id}</source>
        <translation>Identyfikator sejfu: {id}</translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation>Folder: {folder}</translation>
    </message>
    <message>
        <source>Created: {time}</source>
        <translation>Utworzono: {time}</translation>
    </message>
    <message>
        <source>Recovery key (opens the vault and every backup)</source>
        <translation>Klucz odzyskiwania (otwiera sejf i każdą kopię zapasową)</translation>
    </message>
    <message>
        <source>Signing-key fingerprint (checks that a backup is genuine)</source>
        <translation>Odcisk palca klucza podpisującego (potwierdza autentyczność kopii zapasowej)</translation>
    </message>
    <message>
        <source>Recovery codes for {user} (each works once, instead of the authenticator code)</source>
        <translation>Kody odzyskiwania użytkownika {user} (każdy działa tylko raz, zamiast kodu uwierzytelniającego)</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Ostrzeżenie</translation>
    </message>
    <message>
        <source>Print this page or keep the file offline. Do not e-mail it or store it in the vault.</source>
        <translation>Wydrukuj tę stronę lub przechowuj plik offline. Nie wysyłaj go e-mailem ani nie zapisuj w sejfie.</translation>
    </message>
    <message>
        <source>VaultCRM recovery sheet</source>
        <translation>Arkusz odzyskiwania VaultCRM</translation>
    </message>
</context>
<context>
    <name>ReminderService</name>
    <message>
        <source>Due now: {title}</source>
        <translation>Termin teraz: {title}</translation>
    </message>
    <message>
        <source>Snooze 10 min</source>
        <translation>Odłóż o 10 min</translation>
    </message>
    <message>
        <source>VaultCRM</source>
        <translation>VaultCRM</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) due now. Open VaultCRM to see them.</source>
        <translation>
            <numerusform>%n zadanie ma termin teraz. Otwórz VaultCRM, aby je zobaczyć.</numerusform>
            <numerusform>%n zadania mają termin teraz. Otwórz VaultCRM, aby je zobaczyć.</numerusform>
            <numerusform>%n zadań ma termin teraz. Otwórz VaultCRM, aby je zobaczyć.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Przywróć z kopii zapasowej</translation>
    </message>
    <message>
        <source>Backup archive</source>
        <translation>Archiwum kopii zapasowej</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <source>Archive (.crmbak):</source>
        <translation>Archiwum (.crmbak):</translation>
    </message>
    <message>
        <source>Restore into</source>
        <translation>Przywróć do</translation>
    </message>
    <message>
        <source>Restore into:</source>
        <translation>Przywróć do:</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Klucz odzyskiwania</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Pokaż</translation>
    </message>
    <message>
        <source>Show the recovery key</source>
        <translation>Pokaż klucz odzyskiwania</translation>
    </message>
    <message>
        <source>From a file…</source>
        <translation>Z pliku…</translation>
    </message>
    <message>
        <source>Read the recovery key from the recovery sheet&apos;s file</source>
        <translation>Odczytaj klucz odzyskiwania z pliku arkusza odzyskiwania</translation>
    </message>
    <message>
        <source>Recovery key:</source>
        <translation>Klucz odzyskiwania:</translation>
    </message>
    <message>
        <source>Choose the recovery sheet (PDF or text)</source>
        <translation>Wybierz arkusz odzyskiwania (PDF lub tekst)</translation>
    </message>
    <message>
        <source>Recovery sheet (*.pdf *.txt);;All files (*)</source>
        <translation>Arkusz odzyskiwania (*.pdf *.txt);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Choose the backup archive to restore.</source>
        <translation>Wybierz archiwum kopii zapasowej do przywrócenia.</translation>
    </message>
    <message>
        <source>Choose the folder to restore into.</source>
        <translation>Wybierz folder, do którego chcesz przywrócić.</translation>
    </message>
    <message>
        <source>Type the recovery key from your recovery sheet.</source>
        <translation>Wpisz klucz odzyskiwania z arkusza odzyskiwania.</translation>
    </message>
    <message>
        <source>This is not a whole recovery key: it starts with AGE-SECRET-KEY-1 and has 74 characters, this one has {0}. Compare it with your recovery sheet.</source>
        <translation>To nie jest pełny klucz odzyskiwania: zaczyna się od AGE-SECRET-KEY-1 i ma 74 znaki, a ten ma {0}. Porównaj go z arkuszem odzyskiwania.</translation>
    </message>
    <message>
        <source>The archive is checked in full before anything is replaced. Restoring over the open vault keeps the current one until the restored copy has opened; any failure puts it back. You will sign in again afterwards.</source>
        <translation>Archiwum jest w całości sprawdzane, zanim cokolwiek zostanie zastąpione. Przy przywracaniu w miejsce otwartego sejfu bieżący sejf jest zachowywany, dopóki przywrócona kopia się nie otworzy; w razie błędu zostaje przywrócony. Następnie zalogujesz się ponownie.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <source>Choose a backup archive</source>
        <translation>Wybierz archiwum kopii zapasowej</translation>
    </message>
    <message>
        <source>VaultCRM backups (*.crmbak)</source>
        <translation>Kopie zapasowe VaultCRM (*.crmbak)</translation>
    </message>
    <message>
        <source>Restore {0} into {1}?</source>
        <translation>Przywrócić {0} do {1}?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Compare the key with your recovery sheet, character by character, and try again.</source>
        <translation>Porównaj klucz z arkuszem odzyskiwania znak po znaku i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Restored into {0}. Sign in to continue.</source>
        <translation>Przywrócono do {0}. Zaloguj się, aby kontynuować.</translation>
    </message>
    <message>
        <source>Re-applied from the revocation ledger: {0} erasure(s), {1} disabled user(s), {2} credential change(s).</source>
        <translation>Ponownie zastosowano z rejestru odwołań: usunięcia danych: {0}, wyłączeni użytkownicy: {1}, zmiany poświadczeń: {2}.</translation>
    </message>
    <message>
        <source>Their password changed after this backup; give them a new one: {0}</source>
        <translation>Hasła tych użytkowników zmieniły się po utworzeniu tej kopii zapasowej; nadaj im nowe: {0}</translation>
    </message>
</context>
<context>
    <name>SensitiveField</name>
    <message>
        <source>Tax id</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Rachunek bankowy</translation>
    </message>
    <message>
        <source>Confidential notes</source>
        <translation>Notatki poufne</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Auto-lock after (minutes)</source>
        <translation>Automatyczna blokada po (minuty)</translation>
    </message>
    <message>
        <source>Minutes without input before the app locks itself.</source>
        <translation>Liczba minut bez aktywności, po której aplikacja sama się zablokuje.</translation>
    </message>
    <message>
        <source>Clear copied text after (seconds)</source>
        <translation>Wyczyść skopiowany tekst po (sekundy)</translation>
    </message>
    <message>
        <source>Copied customer data is cleared from the clipboard after this.</source>
        <translation>Skopiowane dane klientów są po tym czasie usuwane ze schowka.</translation>
    </message>
    <message>
        <source>Deleted records are erased for good after (days)</source>
        <translation>Usunięte rekordy są trwale usuwane po (dni)</translation>
    </message>
    <message>
        <source>Country (ISO, e.g. PL)</source>
        <translation>Kraj (ISO, np. PL)</translation>
    </message>
    <message>
        <source>The business&apos;s country: new deals use its currency, and phone numbers typed without a country code are read as its numbers.</source>
        <translation>Kraj działalności: nowe transakcje używają jego waluty, a numery telefonów wpisane bez numeru kierunkowego kraju są traktowane jako numery z tego kraju.</translation>
    </message>
    <message>
        <source>Country for phone numbers without +code, if not the one above</source>
        <translation>Kraj dla numerów telefonów bez +kodu, jeśli inny niż powyżej</translation>
    </message>
    <message>
        <source>Numbers typed without a country code are read as this country&apos;s.</source>
        <translation>Numery wpisane bez numeru kierunkowego kraju są traktowane jako numery z tego kraju.</translation>
    </message>
    <message>
        <source>Working hours start</source>
        <translation>Początek godzin pracy</translation>
    </message>
    <message>
        <source>A sign-in outside working hours raises an alert.</source>
        <translation>Logowanie poza godzinami pracy powoduje alert.</translation>
    </message>
    <message>
        <source>Working hours end</source>
        <translation>Koniec godzin pracy</translation>
    </message>
    <message>
        <source>Alert: records viewed</source>
        <translation>Alert: wyświetlone rekordy</translation>
    </message>
    <message>
        <source>Alert: within (minutes)</source>
        <translation>Alert: w ciągu (minuty)</translation>
    </message>
    <message>
        <source>Alert: records deleted</source>
        <translation>Alert: usunięte rekordy</translation>
    </message>
    <message>
        <source>Alert: deletions within (minutes)</source>
        <translation>Alert: usunięcia w ciągu (minuty)</translation>
    </message>
    <message>
        <source>Alert: refused actions</source>
        <translation>Alert: odrzucone akcje</translation>
    </message>
    <message>
        <source>Alert: refusals within (minutes)</source>
        <translation>Alert: odmowy w ciągu (minuty)</translation>
    </message>
    <message>
        <source>Alert: failed sign-ins</source>
        <translation>Alert: nieudane logowania</translation>
    </message>
    <message>
        <source>Alert: rows in one export</source>
        <translation>Alert: wiersze w jednym eksporcie</translation>
    </message>
    <message>
        <source>Alert: no verified backup for (days)</source>
        <translation>Alert: brak zweryfikowanej kopii zapasowej przez (dni)</translation>
    </message>
    <message>
        <source>Backup location</source>
        <translation>Lokalizacja kopii zapasowych</translation>
    </message>
    <message>
        <source>A folder, sftp://, webdav(s):// or s3:// location for scheduled backups.</source>
        <translation>Folder lub lokalizacja sftp://, webdav(s):// albo s3:// dla zaplanowanych kopii zapasowych.</translation>
    </message>
    <message>
        <source>Back up every (hours)</source>
        <translation>Kopia zapasowa co (godziny)</translation>
    </message>
    <message>
        <source>How often the app backs up while it is open.</source>
        <translation>Jak często aplikacja tworzy kopię zapasową, gdy jest otwarta.</translation>
    </message>
    <message>
        <source>Back up when locking</source>
        <translation>Kopia zapasowa przy blokowaniu</translation>
    </message>
    <message>
        <source>Take a backup each time the vault is locked.</source>
        <translation>Twórz kopię zapasową przy każdym zablokowaniu sejfu.</translation>
    </message>
    <message>
        <source>Back up when quitting</source>
        <translation>Kopia zapasowa przy zamykaniu</translation>
    </message>
    <message>
        <source>Take a backup when the app quits.</source>
        <translation>Twórz kopię zapasową przy zamykaniu aplikacji.</translation>
    </message>
    <message>
        <source>Extra backup recipients (age public keys)</source>
        <translation>Dodatkowi odbiorcy kopii zapasowych (klucze publiczne age)</translation>
    </message>
    <message>
        <source>Keep everything from the last (days)</source>
        <translation>Zachowuj wszystkie z ostatnich (dni)</translation>
    </message>
    <message>
        <source>Keep daily</source>
        <translation>Zachowuj dzienne</translation>
    </message>
    <message>
        <source>Keep weekly</source>
        <translation>Zachowuj tygodniowe</translation>
    </message>
    <message>
        <source>Keep monthly</source>
        <translation>Zachowuj miesięczne</translation>
    </message>
    <message>
        <source>Keep yearly</source>
        <translation>Zachowuj roczne</translation>
    </message>
    <message>
        <source>Recent vaults (folder paths only)</source>
        <translation>Ostatnie sejfy (tylko ścieżki folderów)</translation>
    </message>
    <message>
        <source>Customer list columns</source>
        <translation>Kolumny listy klientów</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Language of each user on this machine</source>
        <translation>Język każdego użytkownika na tym komputerze</translation>
    </message>
    <message>
        <source>Devices are stale after (days without syncing)</source>
        <translation>Urządzenie jest nieaktywne po (dniach bez synchronizacji)</translation>
    </message>
    <message>
        <source>A team device that has not synced for this long is flagged in the device list.</source>
        <translation>Urządzenie zespołu, które nie synchronizowało się przez ten czas, jest oznaczane na liście urządzeń.</translation>
    </message>
    <message>
        <source>Automatic sync every (minutes)</source>
        <translation>Automatyczna synchronizacja co (minuty)</translation>
    </message>
    <message>
        <source>While the app is open and the team&apos;s location can be reached, a sync round runs this often.</source>
        <translation>Gdy aplikacja jest otwarta, a lokalizacja synchronizacji zespołu jest osiągalna, synchronizacja uruchamia się z tą częstotliwością.</translation>
    </message>
    <message>
        <source>Largest attachment (MB)</source>
        <translation>Największy załącznik (MB)</translation>
    </message>
    <message>
        <source>Files bigger than this cannot be attached to a customer or a deal.</source>
        <translation>Plików większych niż ten rozmiar nie można załączyć do klienta ani transakcji.</translation>
    </message>
    <message>
        <source>Attachments per vault (MB)</source>
        <translation>Załączniki w sejfie (MB)</translation>
    </message>
    <message>
        <source>All attached files together may take at most this much space.</source>
        <translation>Wszystkie załączone pliki razem mogą zająć najwyżej tyle miejsca.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>The language of VaultCRM for you on this computer. It applies the next time you start VaultCRM.</source>
        <translation>Język VaultCRM dla Ciebie na tym komputerze. Zostanie zastosowany przy następnym uruchomieniu VaultCRM.</translation>
    </message>
    <message>
        <source>Language (from the next start):</source>
        <translation>Język (od następnego uruchomienia):</translation>
    </message>
    <message>
        <source>Your profile cannot change the vault&apos;s settings; they are shown read-only. Your language is yours to choose.</source>
        <translation>Twój profil nie pozwala zmieniać ustawień sejfu; są wyświetlane tylko do odczytu. Język możesz wybrać samodzielnie.</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>Critical</source>
        <translation>Krytyczny</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Ostrzeżenie</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informacja</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>Too many failed sign-ins. You can try again in {seconds} s.</source>
        <translation>Zbyt wiele nieudanych prób logowania. Możesz spróbować ponownie za {seconds} s.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed sign-in attempt(s) since your last sign-in (the last at {time}).</source>
        <translation>
            <numerusform>%n nieudana próba logowania od Twojego ostatniego logowania (ostatnia o {time}).</numerusform>
            <numerusform>%n nieudane próby logowania od Twojego ostatniego logowania (ostatnia o {time}).</numerusform>
            <numerusform>%n nieudanych prób logowania od Twojego ostatniego logowania (ostatnia o {time}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed sign-in attempt(s) since your last sign-in.</source>
        <translation>
            <numerusform>%n nieudana próba logowania od Twojego ostatniego logowania.</numerusform>
            <numerusform>%n nieudane próby logowania od Twojego ostatniego logowania.</numerusform>
            <numerusform>%n nieudanych prób logowania od Twojego ostatniego logowania.</numerusform>
        </translation>
    </message>
    <message>
        <source>If it was not you, tell your administrator.</source>
        <translation>Jeśli to nie Ty, powiadom administratora.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed sign-in attempt(s) with unknown user names.</source>
        <translation>
            <numerusform>%n nieudana próba logowania z nieznaną nazwą użytkownika.</numerusform>
            <numerusform>%n nieudane próby logowania z nieznanymi nazwami użytkowników.</numerusform>
            <numerusform>%n nieudanych prób logowania z nieznanymi nazwami użytkowników.</numerusform>
        </translation>
    </message>
    <message>
        <source>You used a recovery code; {left} left. Re-enrol your authenticator soon.</source>
        <translation>Użyto kodu odzyskiwania; pozostało: {left}. Wkrótce ponownie zarejestruj aplikację uwierzytelniającą.</translation>
    </message>
    <message>
        <source>The audit log failed its integrity check. Tell your administrator now.</source>
        <translation>Dziennik audytu nie przeszedł kontroli integralności. Natychmiast powiadom administratora.</translation>
    </message>
    <message numerus="yes">
        <source>%n deleted record(s) erased for good: the undo window was over.</source>
        <translation>
            <numerusform>Trwale usunięto %n rekord z kosza: minął czas na cofnięcie.</numerusform>
            <numerusform>Trwale usunięto %n rekordy z kosza: minął czas na cofnięcie.</numerusform>
            <numerusform>Trwale usunięto %n rekordów z kosza: minął czas na cofnięcie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted records past their undo window could not be erased ({error}); this is tried again at the next sign-in.</source>
        <translation>Nie udało się trwale usunąć rekordów z kosza, których czas na cofnięcie minął ({error}); nastąpi kolejna próba przy następnym logowaniu.</translation>
    </message>
    <message numerus="yes">
        <source>%n open security alert(s): see Administration → Alerts.</source>
        <translation>
            <numerusform>%n otwarty alert bezpieczeństwa: zobacz Administracja → Alerty bezpieczeństwa.</numerusform>
            <numerusform>%n otwarte alerty bezpieczeństwa: zobacz Administracja → Alerty bezpieczeństwa.</numerusform>
            <numerusform>%n otwartych alertów bezpieczeństwa: zobacz Administracja → Alerty bezpieczeństwa.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <source>Use a recovery code instead (lost phone)</source>
        <translation>Użyj kodu odzyskiwania (utracony telefon)</translation>
    </message>
    <message>
        <source>Use a recovery code</source>
        <translation>Użyj kodu odzyskiwania</translation>
    </message>
    <message>
        <source>Vault locked</source>
        <translation>Sejf zablokowany</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Zaloguj się</translation>
    </message>
    <message>
        <source>Locked after a while without activity.</source>
        <translation>Zablokowano po okresie braku aktywności.</translation>
    </message>
    <message>
        <source>Locked because the screen was locked.</source>
        <translation>Zablokowano, ponieważ ekran został zablokowany.</translation>
    </message>
    <message>
        <source>You locked the vault.</source>
        <translation>Sejf został zablokowany przez Ciebie.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nazwa użytkownika</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>Authenticator code</source>
        <translation>Kod uwierzytelniający</translation>
    </message>
    <message>
        <source>Code from your authenticator app</source>
        <translation>Kod z aplikacji uwierzytelniającej</translation>
    </message>
    <message>
        <source>Other vault…</source>
        <translation>Inny sejf…</translation>
    </message>
    <message>
        <source>Choose another vault</source>
        <translation>Wybierz inny sejf</translation>
    </message>
    <message>
        <source>Forgot password?</source>
        <translation>Nie pamiętasz hasła?</translation>
    </message>
    <message>
        <source>Forgot password: use the recovery key</source>
        <translation>Nie pamiętasz hasła: użyj klucza odzyskiwania</translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation>Ustaw nowe hasło</translation>
    </message>
    <message>
        <source>You signed in with a temporary password. Choose your own before you go on; nobody else, not even an administrator, will know it.</source>
        <translation>Zalogowano się przy użyciu hasła tymczasowego. Ustaw własne, zanim przejdziesz dalej; nikt inny, nawet administrator, nie będzie go znać.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nowe hasło</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>Powtórz nowe hasło</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Powtórz</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Zablokuj</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Zmień hasło</translation>
    </message>
    <message>
        <source>Recovery code (from your recovery sheet)</source>
        <translation>Kod odzyskiwania (z arkusza odzyskiwania)</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Kod odzyskiwania</translation>
    </message>
    <message>
        <source>Your new password and authenticator are set. Sign in with them.</source>
        <translation>Nowe hasło i aplikacja uwierzytelniająca zostały ustawione. Zaloguj się przy ich użyciu.</translation>
    </message>
    <message>
        <source>Not accepted yet: see the notes above.</source>
        <translation>Jeszcze niezaakceptowane: zobacz uwagi powyżej.</translation>
    </message>
    <message>
        <source>Your new password is set.</source>
        <translation>Nowe hasło zostało ustawione.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Logowanie…</translation>
    </message>
    <message>
        <source>Too many failed sign-ins. You can try again in {0} s.</source>
        <translation>Zbyt wiele nieudanych prób logowania. Możesz spróbować ponownie za {0} s.</translation>
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
        <translation>Witamy w VaultCRM</translation>
    </message>
    <message>
        <source>Your customer data stays on this computer, in an encrypted vault that only you and your colleagues can open.</source>
        <translation>Dane klientów pozostają na tym komputerze, w zaszyfrowanym sejfie, który możesz otworzyć tylko Ty i Twoi współpracownicy.</translation>
    </message>
    <message>
        <source>Create a new vault…</source>
        <translation>Utwórz nowy sejf…</translation>
    </message>
    <message>
        <source>Create a new vault</source>
        <translation>Utwórz nowy sejf</translation>
    </message>
    <message>
        <source>Open a vault…</source>
        <translation>Otwórz sejf…</translation>
    </message>
    <message>
        <source>Open an existing vault</source>
        <translation>Otwórz istniejący sejf</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Przywróć z kopii zapasowej…</translation>
    </message>
    <message>
        <source>Restore a vault from a backup</source>
        <translation>Przywróć sejf z kopii zapasowej</translation>
    </message>
    <message>
        <source>Restoring from the app is not available yet; use the command line.</source>
        <translation>Przywracanie z poziomu aplikacji nie jest jeszcze dostępne; użyj wiersza polecenia.</translation>
    </message>
    <message>
        <source>Join a team…</source>
        <translation>Dołącz do zespołu…</translation>
    </message>
    <message>
        <source>Join a team with an invitation</source>
        <translation>Dołącz do zespołu z zaproszeniem</translation>
    </message>
    <message>
        <source>Your administrator gave you an invitation file and a one-time code.</source>
        <translation>Administrator przekazał ci plik zaproszenia i kod jednorazowy.</translation>
    </message>
    <message>
        <source>Recent vaults</source>
        <translation>Ostatnie sejfy</translation>
    </message>
    <message>
        <source>No vault opened on this computer yet.</source>
        <translation>Na tym komputerze nie otwarto jeszcze żadnego sejfu.</translation>
    </message>
    <message>
        <source>{0} (not found)</source>
        <translation>{0} (nie znaleziono)</translation>
    </message>
    <message>
        <source>Open a vault folder</source>
        <translation>Otwórz folder sejfu</translation>
    </message>
    <message>
        <source>Not a vault</source>
        <translation>To nie jest sejf</translation>
    </message>
    <message>
        <source>This folder does not hold a VaultCRM vault.</source>
        <translation>Ten folder nie zawiera sejfu VaultCRM.</translation>
    </message>
</context>
<context>
    <name>StartTeamDialog</name>
    <message>
        <source>Start a team</source>
        <translation>Utwórz zespół</translation>
    </message>
    <message>
        <source>Share this vault&apos;s customer book with your team</source>
        <translation>Udostępnij bazę klientów tego sejfu swojemu zespołowi</translation>
    </message>
    <message>
        <source>This laptop becomes the team&apos;s first device. Choose the sync location, as for backups: a shared folder, SFTP, WebDAV or S3. It only ever holds encrypted files; each colleague&apos;s laptop keeps its own vault and syncs through it.</source>
        <translation>Ten laptop stanie się pierwszym urządzeniem zespołu. Wybierz lokalizację synchronizacji, jak dla kopii zapasowych: folder współdzielony, SFTP, WebDAV lub S3. Przechowuje ona wyłącznie zaszyfrowane pliki; laptop każdego współpracownika ma własny sejf i synchronizuje się przez nią.</translation>
    </message>
    <message>
        <source>Genesis fingerprint</source>
        <translation>Odcisk palca początkowej listy członków</translation>
    </message>
    <message>
        <source>Start the team</source>
        <translation>Utwórz zespół</translation>
    </message>
    <message>
        <source>Test the connection first.</source>
        <translation>Najpierw przetestuj połączenie.</translation>
    </message>
    <message>
        <source>Starting the team…</source>
        <translation>Tworzenie zespołu…</translation>
    </message>
    <message>
        <source>This vault is the first device of the team book. Invite laptops from Administration &gt; Invite a laptop…. Every invitation shows this genesis fingerprint: the new laptop must show the same.</source>
        <translation>Ten sejf jest pierwszym urządzeniem wspólnej bazy zespołu. Zapraszaj laptopy przez Administracja &gt; Zaproś laptop…. Każde zaproszenie pokazuje ten odcisk palca początkowej listy członków: nowy laptop musi pokazać taki sam.</translation>
    </message>
    <message>
        <source>Genesis fingerprint: {0}</source>
        <translation>Odcisk palca początkowej listy członków: {0}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Lead</source>
        <translation>Nowy kontakt</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Potencjalny klient</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Nieaktywny</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Password strength</source>
        <translation>Siła hasła</translation>
    </message>
    <message>
        <source>Not accepted: {0}.</source>
        <translation>Niezaakceptowane: {0}.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Hasła nie są identyczne.</translation>
    </message>
</context>
<context>
    <name>SubjectExport</name>
    <message>
        <source>Personal data</source>
        <translation>Dane osobowe</translation>
    </message>
    <message>
        <source>Consents and lawful bases</source>
        <translation>Zgody i podstawy prawne</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interakcje</translation>
    </message>
    <message>
        <source>Deals and orders</source>
        <translation>Transakcje i zamówienia</translation>
    </message>
    <message>
        <source>Attached files (the files are in the folder beside this export)</source>
        <translation>Załączone pliki (same pliki są w folderze obok tego eksportu)</translation>
    </message>
    <message>
        <source>Purchase preferences</source>
        <translation>Preferencje zakupowe</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Zadania</translation>
    </message>
    <message>
        <source>Restriction of processing</source>
        <translation>Ograniczenie przetwarzania</translation>
    </message>
    <message>
        <source>Access and change history (audit log)</source>
        <translation>Historia dostępu i zmian (dziennik audytu)</translation>
    </message>
    <message>
        <source>How we process personal data</source>
        <translation>Jak przetwarzamy dane osobowe</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>Subject access export</source>
        <translation>Eksport w ramach prawa dostępu</translation>
    </message>
    <message>
        <source>Customer {id} · generated {at} by {user}</source>
        <translation>Klient {id} · wygenerowano {at}, użytkownik: {user}</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Published: {published}, applied: {applied}, new conflicts: {conflicts}, refused: {refused}.</source>
        <translation>Opublikowano: {published}, zastosowano: {applied}, nowe konflikty: {conflicts}, odrzucono: {refused}.</translation>
    </message>
</context>
<context>
    <name>SyncConflicts</name>
    <message>
        <source>(empty)</source>
        <translation>(puste)</translation>
    </message>
    <message>
        <source>Deleted (in the bin)</source>
        <translation>Usunięto (w koszu)</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Devices…</source>
        <translation>Urządzenia…</translation>
    </message>
    <message>
        <source>Conflicts…</source>
        <translation>Konflikty…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronizacja…</translation>
    </message>
    <message>
        <source>Sync cancelled</source>
        <translation>Anulowano synchronizację</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Brak połączenia</translation>
    </message>
    <message>
        <source>The team&apos;s sync location cannot be reached: {0}</source>
        <translation>Nie można połączyć się z lokalizacją synchronizacji zespołu: {0}</translation>
    </message>
    <message>
        <source>Sync failed: {0}</source>
        <translation>Synchronizacja nie powiodła się: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n zmiana oczekuje</numerusform>
            <numerusform>%n zmiany oczekują</numerusform>
            <numerusform>%n zmian oczekuje</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced at {0}</source>
        <translation>Zsynchronizowano: {0}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Jeszcze nie zsynchronizowano</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Team sync</source>
        <translation>Synchronizacja zespołu</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Ponów</translation>
    </message>
    <message>
        <source>Retry the sync</source>
        <translation>Ponów synchronizację</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchronizuj teraz</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Edit task</source>
        <translation>Edytuj zadanie</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nowe zadanie</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tytuł:</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>At</source>
        <translation>O godz.</translation>
    </message>
    <message>
        <source>Due time</source>
        <translation>Godzina terminu</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Termin:</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorytet</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorytet:</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Powtarzanie</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Nie powtarza się</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Codziennie</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Co tydzień</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Co miesiąc</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Powtarzanie:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notatki:</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <source>{path} is a file, not a folder.</source>
        <translation>{path} to plik, a nie folder.</translation>
    </message>
    <message>
        <source>{path} holds a vault; choose another folder for the team&apos;s sync location.</source>
        <translation>{path} zawiera sejf; wybierz inny folder na lokalizację synchronizacji zespołu.</translation>
    </message>
    <message>
        <source>You cannot write in {path}.</source>
        <translation>Nie możesz zapisywać w {path}.</translation>
    </message>
    <message>
        <source>Choose the team&apos;s sync location.</source>
        <translation>Wybierz lokalizację synchronizacji zespołu.</translation>
    </message>
    <message>
        <source>This invitation expired on {time}; ask for a new one.</source>
        <translation>To zaproszenie wygasło {time}; poproś o nowe.</translation>
    </message>
    <message>
        <source>Open the invitation file first.</source>
        <translation>Najpierw otwórz plik zaproszenia.</translation>
    </message>
    <message>
        <source>This laptop was removed from the team; ask an administrator to invite it again.</source>
        <translation>Ten laptop został usunięty z zespołu; poproś administratora o ponowne zaproszenie.</translation>
    </message>
    <message>
        <source>Waiting for an administrator to approve this laptop.</source>
        <translation>Oczekiwanie na zatwierdzenie tego laptopa przez administratora.</translation>
    </message>
    <message>
        <source>Waiting for {names} to approve this laptop.</source>
        <translation>Oczekiwanie, aż {names} zatwierdzi ten laptop.</translation>
    </message>
    <message>
        <source>The team&apos;s book is not on the sync location yet: the administrator&apos;s laptop publishes it at its next sync. Try again in a moment.</source>
        <translation>Wspólnej bazy zespołu nie ma jeszcze w lokalizacji synchronizacji: laptop administratora opublikuje ją przy następnej synchronizacji. Spróbuj ponownie za chwilę.</translation>
    </message>
    <message>
        <source>Start a team…</source>
        <translation>Utwórz zespół…</translation>
    </message>
    <message>
        <source>Invite a laptop…</source>
        <translation>Zaproś laptop…</translation>
    </message>
    <message>
        <source>Pending laptops…</source>
        <translation>Oczekujące laptopy…</translation>
    </message>
</context>
<context>
    <name>TeamHelp</name>
    <message>
        <source>Working as a team: every laptop keeps its own complete, encrypted vault and works offline. When it can reach the team&apos;s sync location, it sends its changes and takes everyone else&apos;s.</source>
        <translation>Praca w zespole: każdy laptop ma własny, kompletny, zaszyfrowany sejf i działa bez sieci. Gdy ma dostęp do lokalizacji synchronizacji zespołu, wysyła swoje zmiany i pobiera zmiany pozostałych.</translation>
    </message>
    <message>
        <source>1. On the administrator&apos;s laptop, choose Administration &gt; Start a team… and a sync location: a shared folder, SFTP, WebDAV or S3, as for backups. The location only ever stores encrypted files.</source>
        <translation>1. Na laptopie administratora wybierz Administracja &gt; Utwórz zespół… oraz lokalizację synchronizacji: folder współdzielony, SFTP, WebDAV lub S3, jak dla kopii zapasowych. Lokalizacja przechowuje wyłącznie zaszyfrowane pliki.</translation>
    </message>
    <message>
        <source>2. Choose Administration &gt; Invite a laptop…, pick the colleague and their profile, save the invitation file and give it to them with the one-time code, told separately (in person or by phone).</source>
        <translation>2. Wybierz Administracja &gt; Zaproś laptop…, wskaż współpracownika i jego profil, zapisz plik zaproszenia i przekaż mu go razem z kodem jednorazowym, podanym osobno (osobiście lub telefonicznie).</translation>
    </message>
    <message>
        <source>3. On the new laptop, choose Join a team… on the start screen, open the invitation, type the code, then set your own password and authenticator. Check that the fingerprint shown matches the one on the administrator&apos;s screen.</source>
        <translation>3. Na nowym laptopie wybierz Dołącz do zespołu… na ekranie startowym, otwórz zaproszenie, wpisz kod, a potem ustaw własne hasło i aplikację uwierzytelniającą. Sprawdź, czy pokazany odcisk palca zgadza się z tym na ekranie administratora.</translation>
    </message>
    <message>
        <source>4. The administrator approves the laptop in Administration &gt; Pending laptops…; the new laptop then downloads the book.</source>
        <translation>4. Administrator zatwierdza laptop w Administracja &gt; Oczekujące laptopy…; nowy laptop pobiera wtedy bazę.</translation>
    </message>
    <message>
        <source>Every laptop holds the whole book; a profile limits what the app shows and does on it. Revoking a laptop stops it from syncing, but the data already on it stays there.</source>
        <translation>Każdy laptop przechowuje całą bazę; profil ogranicza to, co aplikacja na nim pokazuje i robi. Odwołanie laptopa zatrzymuje jego synchronizację, ale dane, które już są na nim, tam pozostają.</translation>
    </message>
    <message>
        <source>Working as a team</source>
        <translation>Praca w zespole</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Pomoc</translation>
    </message>
    <message>
        <source>Help on working as a team</source>
        <translation>Pomoc dotycząca pracy w zespole</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Active</source>
        <translation>Aktywny</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Wyłączony</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nigdy</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Użytkownicy</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Dodaj użytkownika…</translation>
    </message>
    <message>
        <source>Change profile…</source>
        <translation>Zmień profil…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Resetuj hasło…</translation>
    </message>
    <message>
        <source>Reset authenticator…</source>
        <translation>Resetuj aplikację uwierzytelniającą…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Wyłącz</translation>
    </message>
    <message>
        <source>Enable…</source>
        <translation>Włącz…</translation>
    </message>
    <message>
        <source>New user {0}</source>
        <translation>Nowy użytkownik {0}</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Change profile</source>
        <translation>Zmień profil</translation>
    </message>
    <message>
        <source>Profile for {0}:</source>
        <translation>Profil użytkownika {0}:</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Resetuj hasło</translation>
    </message>
    <message>
        <source>Give {0} a new temporary password? Their current password stops working.</source>
        <translation>Nadać użytkownikowi {0} nowe hasło tymczasowe? Jego bieżące hasło przestanie działać.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Resetuj</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Zresetowano hasło</translation>
    </message>
    <message>
        <source>Reset authenticator</source>
        <translation>Resetuj aplikację uwierzytelniającą</translation>
    </message>
    <message>
        <source>Enrol a new authenticator for {0} (lost phone)? They also get a temporary password and new recovery codes.</source>
        <translation>Zarejestrować nową aplikację uwierzytelniającą dla użytkownika {0} (utracony telefon)? Otrzyma on również hasło tymczasowe i nowe kody odzyskiwania.</translation>
    </message>
    <message>
        <source>New authenticator</source>
        <translation>Nowa aplikacja uwierzytelniająca</translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation>Wyłącz użytkownika</translation>
    </message>
    <message>
        <source>Disable {0}? Their password will no longer open the vault.</source>
        <translation>Wyłączyć użytkownika {0}? Jego hasło nie będzie już otwierać sejfu.</translation>
    </message>
    <message>
        <source>User enabled</source>
        <translation>Użytkownik włączony</translation>
    </message>
</context>
<context>
    <name>VaultStatusBar</name>
    <message>
        <source>Signed-in user</source>
        <translation>Zalogowany użytkownik</translation>
    </message>
    <message>
        <source>Time to auto-lock</source>
        <translation>Czas do automatycznej blokady</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Ostatnia kopia zapasowa</translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <source>Locks in {0}</source>
        <translation>Blokada za {0}</translation>
    </message>
</context>
<context>
    <name>WaitingPage</name>
    <message>
        <source>Check now</source>
        <translation>Sprawdź teraz</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <source>choose a folder for the new vault</source>
        <translation>wybierz folder dla nowego sejfu</translation>
    </message>
    <message>
        <source>this is a file, not a folder</source>
        <translation>to jest plik, a nie folder</translation>
    </message>
    <message>
        <source>there is already a vault in this folder; open it instead</source>
        <translation>w tym folderze jest już sejf; zamiast tego otwórz go</translation>
    </message>
    <message>
        <source>the folder is not empty; choose an empty or new folder</source>
        <translation>folder nie jest pusty; wybierz pusty lub nowy folder</translation>
    </message>
    <message>
        <source>you cannot write in this place; choose another folder</source>
        <translation>nie masz uprawnień do zapisu w tym miejscu; wybierz inny folder</translation>
    </message>
    <message>
        <source>enter a user name for the administrator</source>
        <translation>wpisz nazwę użytkownika administratora</translation>
    </message>
    <message>
        <source>a user name is 1 to 64 characters without spaces</source>
        <translation>nazwa użytkownika ma od 1 do 64 znaków bez spacji</translation>
    </message>
    <message>
        <source>choose the country from the list</source>
        <translation>wybierz kraj z listy</translation>
    </message>
    <message>
        <source>This code does not match. Check the phone&apos;s clock and type the code shown now.</source>
        <translation>Ten kod się nie zgadza. Sprawdź zegar telefonu i wpisz kod, który jest teraz wyświetlany.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Customers</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <source>Your profile does not allow seeing customers.</source>
        <translation>Twój profil nie pozwala wyświetlać klientów.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Witamy</translation>
    </message>
    <message>
        <source>Users…</source>
        <translation>Użytkownicy…</translation>
    </message>
    <message>
        <source>Profiles…</source>
        <translation>Profile…</translation>
    </message>
    <message>
        <source>Audit log…</source>
        <translation>Dziennik audytu…</translation>
    </message>
    <message>
        <source>Security alerts…</source>
        <translation>Alerty bezpieczeństwa…</translation>
    </message>
</context>
<context>
    <name>_CalendarPopup</name>
    <message>
        <source>Calendar</source>
        <translation>Kalendarz</translation>
    </message>
</context>
</TS>
