<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cs">
    <context>
        <name />
        <message>
            <source>Password strength</source>
            <translation>Síla hesla</translation>
        </message>
        <message>
            <source>Not accepted: </source>
            <translation>Nepřijato: </translation>
        </message>
        <message>
            <source>The two passwords are not the same.</source>
            <translation>Hesla se neshodují.</translation>
        </message>
        <message>
            <source>QR code for the authenticator app</source>
            <translation>QR kód pro ověřovací aplikaci</translation>
        </message>
        <message>
            <source>Working</source>
            <translation>Probíhá zpracování</translation>
        </message>
    </context>
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
            <source>Action (e.g. customer.*)</source>
            <translation>Akce (např. customer.*)</translation>
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
        <message>
            <source>Page {0} of {1} · {2} entries</source>
            <translation>Stránka {0} z {1} · záznamů: {2}</translation>
        </message>
        <message>
            <source>Checking the chain…</source>
            <translation>Ověřuje se řetězec…</translation>
        </message>
        <message>
            <source>Chain intact: {0} entries, every link checked.</source>
            <translation>Řetězec je neporušený: záznamů: {0}, ověřen každý článek.</translation>
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
            <source>The archive is encrypted to the vault's recovery key, signed, then read back and verified.</source>
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
            <source>Backed up and verified: {0} ({1:,} bytes).</source>
            <translation>Zálohováno a ověřeno: {0} ({1:,} B).</translation>
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
            <source>E-mails (one a line, "work: a@b.com")</source>
            <translation>E-maily (jeden na řádek, „práce: a@b.com“)</translation>
        </message>
        <message>
            <source>Phones (one a line)</source>
            <translation>Telefony (jeden na řádek)</translation>
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
            <source>e.g. 1 250,00 or 1250.00</source>
            <translation>např. 1 250,00 nebo 1250.00</translation>
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
            <source>YYYY-MM-DD (optional)</source>
            <translation>RRRR-MM-DD (volitelné)</translation>
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
            <source>Reason (e.g. the person's request of …):</source>
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
            <source>Remove the purchase preference "{0}" of {1}?</source>
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
            <source>same email</source>
            <translation>stejný e-mail</translation>
        </message>
        <message>
            <source>same phone</source>
            <translation>stejný telefon</translation>
        </message>
        <message>
            <source>close names at the same company</source>
            <translation>podobná jména ve stejné firmě</translation>
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
            <source>Cancelled; no file was left.</source>
            <translation>Zrušeno; nezůstal žádný soubor.</translation>
        </message>
        <message>
            <source>Exported {0} customers.</source>
            <translation>Exportovaní zákazníci: {0}.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Zavřít</translation>
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
            <source>{0} records can be imported; {1} would be refused (listed after the import).</source>
            <translation>Záznamy k importu: {0}; odmítnuto by bylo: {1} (seznam se zobrazí po importu).</translation>
        </message>
        <message>
            <source>Field for {0}</source>
            <translation>Pole pro {0}</translation>
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
        <name>JobDialog</name>
        <message>
            <source>Cancelled. Nothing was changed.</source>
            <translation>Zrušeno. Nic se nezměnilo.</translation>
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
            <source>Back up now…</source>
            <translation>Zálohovat nyní…</translation>
        </message>
        <message>
            <source>Restore from a backup…</source>
            <translation>Obnovit ze zálohy…</translation>
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
            <source>Your vault is ready. Add your first customer with Ctrl+N.</source>
            <translation>Trezor je připraven. Prvního zákazníka přidáte klávesami Ctrl+N.</translation>
        </message>
        <message>
            <source>VaultCRM — {0}</source>
            <translation>VaultCRM — {0}</translation>
        </message>
        <message>
            <source>This is a throwaway demo vault with generated customers; it is deleted when you quit.</source>
            <translation>Toto je dočasný ukázkový trezor s vygenerovanými zákazníky; po ukončení aplikace se odstraní.</translation>
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
            <source>Your new password is set.</source>
            <translation>Nové heslo je nastaveno.</translation>
        </message>
        <message>
            <source>VaultCRM: a local-first CRM whose customer data never leaves an encrypted vault.</source>
            <translation>VaultCRM: lokální CRM, jehož zákaznická data nikdy neopustí šifrovaný trezor.</translation>
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
            <source>You will be the vault's first administrator: you can add colleagues and give them profiles later.</source>
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
            <source>Code shown now:</source>
            <translation>Aktuální kód:</translation>
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
            <source>Select a custom profile's column first.</source>
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
        <message>
            <source>{0} records imported</source>
            <translation>Importované záznamy: {0}</translation>
        </message>
        <message>
            <source>{0} customers written</source>
            <translation>Zapsaní zákazníci: {0}</translation>
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
            <source>Recovery key:</source>
            <translation>Klíč pro obnovení:</translation>
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
            <source>Fill in the archive, the destination and the recovery key.</source>
            <translation>Zadejte archiv, cíl a klíč pro obnovení.</translation>
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
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Nastavení</translation>
        </message>
        <message>
            <source>Your profile cannot change settings; they are shown read-only.</source>
            <translation>Váš profil nemůže měnit nastavení; zobrazují se jen pro čtení.</translation>
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
        <name>UsersPage</name>
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
