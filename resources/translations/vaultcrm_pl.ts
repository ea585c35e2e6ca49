<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
    <context>
        <name />
        <message>
            <source>Password strength</source>
            <translation>Siła hasła</translation>
        </message>
        <message>
            <source>Not accepted: </source>
            <translation>Niezaakceptowane: </translation>
        </message>
        <message>
            <source>The two passwords are not the same.</source>
            <translation>Hasła nie są identyczne.</translation>
        </message>
        <message>
            <source>QR code for the authenticator app</source>
            <translation>Kod QR dla aplikacji uwierzytelniającej</translation>
        </message>
        <message>
            <source>Working</source>
            <translation>Trwa praca</translation>
        </message>
    </context>
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
            <source>Action (e.g. customer.*)</source>
            <translation>Akcja (np. customer.*)</translation>
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
        <message>
            <source>Page {0} of {1} · {2} entries</source>
            <translation>Strona {0} z {1} · wpisy: {2}</translation>
        </message>
        <message>
            <source>Checking the chain…</source>
            <translation>Sprawdzanie łańcucha…</translation>
        </message>
        <message>
            <source>Chain intact: {0} entries, every link checked.</source>
            <translation>Łańcuch nienaruszony: wpisy: {0}, sprawdzono każde ogniwo.</translation>
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
            <source>The archive is encrypted to the vault's recovery key, signed, then read back and verified.</source>
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
            <source>Backed up and verified: {0} ({1:,} bytes).</source>
            <translation>Utworzono i zweryfikowano kopię zapasową: {0} ({1:,} B).</translation>
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
            <source>E-mails (one a line, "work: a@b.com")</source>
            <translation>Adresy e-mail (jeden w wierszu, „praca: a@b.com”)</translation>
        </message>
        <message>
            <source>Phones (one a line)</source>
            <translation>Telefony (jeden w wierszu)</translation>
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
            <source>e.g. 1 250,00 or 1250.00</source>
            <translation>np. 1 250,00 lub 1250.00</translation>
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
            <source>YYYY-MM-DD (optional)</source>
            <translation>RRRR-MM-DD (opcjonalnie)</translation>
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
            <source>Reason (e.g. the person's request of …):</source>
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
            <source>Remove the purchase preference "{0}" of {1}?</source>
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
            <source>same email</source>
            <translation>ten sam e-mail</translation>
        </message>
        <message>
            <source>same phone</source>
            <translation>ten sam telefon</translation>
        </message>
        <message>
            <source>close names at the same company</source>
            <translation>podobne nazwiska w tej samej firmie</translation>
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
            <source>Cancelled; no file was left.</source>
            <translation>Anulowano; nie pozostawiono żadnego pliku.</translation>
        </message>
        <message>
            <source>Exported {0} customers.</source>
            <translation>Wyeksportowani klienci: {0}.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Zamknij</translation>
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
            <source>{0} records can be imported; {1} would be refused (listed after the import).</source>
            <translation>Rekordy do zaimportowania: {0}; rekordy do odrzucenia: {1} (lista po imporcie).</translation>
        </message>
        <message>
            <source>Field for {0}</source>
            <translation>Pole dla {0}</translation>
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
        <name>JobDialog</name>
        <message>
            <source>Cancelled. Nothing was changed.</source>
            <translation>Anulowano. Nic nie zostało zmienione.</translation>
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
            <source>Back up now…</source>
            <translation>Utwórz kopię zapasową teraz…</translation>
        </message>
        <message>
            <source>Restore from a backup…</source>
            <translation>Przywróć z kopii zapasowej…</translation>
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
            <source>Your vault is ready. Add your first customer with Ctrl+N.</source>
            <translation>Twój sejf jest gotowy. Dodaj pierwszego klienta, naciskając Ctrl+N.</translation>
        </message>
        <message>
            <source>VaultCRM — {0}</source>
            <translation>VaultCRM — {0}</translation>
        </message>
        <message>
            <source>This is a throwaway demo vault with generated customers; it is deleted when you quit.</source>
            <translation>To tymczasowy sejf demonstracyjny z wygenerowanymi klientami; zostanie usunięty po zamknięciu aplikacji.</translation>
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
            <source>Your new password is set.</source>
            <translation>Nowe hasło zostało ustawione.</translation>
        </message>
        <message>
            <source>VaultCRM: a local-first CRM whose customer data never leaves an encrypted vault.</source>
            <translation>VaultCRM: lokalny CRM, w którym dane klientów nigdy nie opuszczają zaszyfrowanego sejfu.</translation>
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
            <source>You will be the vault's first administrator: you can add colleagues and give them profiles later.</source>
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
            <source>Code shown now:</source>
            <translation>Bieżący kod:</translation>
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
            <source>Select a custom profile's column first.</source>
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
        <message>
            <source>{0} records imported</source>
            <translation>Zaimportowane rekordy: {0}</translation>
        </message>
        <message>
            <source>{0} customers written</source>
            <translation>Zapisani klienci: {0}</translation>
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
            <source>Recovery key:</source>
            <translation>Klucz odzyskiwania:</translation>
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
            <source>Fill in the archive, the destination and the recovery key.</source>
            <translation>Podaj archiwum, miejsce docelowe i klucz odzyskiwania.</translation>
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
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Ustawienia</translation>
        </message>
        <message>
            <source>Your profile cannot change settings; they are shown read-only.</source>
            <translation>Twój profil nie pozwala zmieniać ustawień; są wyświetlane tylko do odczytu.</translation>
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
        <name>UsersPage</name>
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
