<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Добавить пользователя</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>A temporary password is generated; the user chooses their own at first sign-in.</source>
        <translation>Будет создан временный пароль; пользователь задаст собственный при первом входе.</translation>
    </message>
</context>
<context>
    <name>AlertsPage</name>
    <message>
        <source>Security alerts</source>
        <translation>Оповещения безопасности</translation>
    </message>
    <message>
        <source>Open only</source>
        <translation>Только открытые</translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <translation>Подтвердить…</translation>
    </message>
    <message>
        <source>Acknowledge alert</source>
        <translation>Подтвердить оповещение</translation>
    </message>
    <message>
        <source>What was done (optional):</source>
        <translation>Что сделано (необязательно):</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Preparing a demo vault with generated customers…</source>
        <translation>Подготовка демонстрационного хранилища со сгенерированными клиентами…</translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <source>Vault created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in refused: an outdated key slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked again after a lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened with the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key slots of inactive users removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewed a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revealed a sensitive field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searched customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored a deleted customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased deleted customers for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged duplicate customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undid an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started an export of customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled an export of customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defined a custom field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created a deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed a deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted a deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged an interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted an interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added a contact preference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed a contact preference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-applied erasures and disabled users after a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed old backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored backup credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled a user again after a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-enabled a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset an authenticator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed a user&apos;s profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed own password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed own authenticator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset with the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced credentials kept after a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created a profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed a profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted a profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed a setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged an alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported a person&apos;s data (subject access)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased a person again after a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The erasure ledger was found damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded a consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrew a consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifted a restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed a retention rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied the retention rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated the record of processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pruned old backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset an authenticator enrolment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed own authenticator enrolment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made new recovery codes for own account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject access export</source>
        <translation type="unfinished">Экспорт по запросу субъекта данных</translation>
    </message>
    <message>
        <source>Erasure re-applied after a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restriction lifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention rule changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention rules applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record of processing generated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit log</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Filter by user</source>
        <translation>Фильтр по пользователю</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by action</source>
        <translation>Фильтр по действию</translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation>ID клиента</translation>
    </message>
    <message>
        <source>Filter by customer</source>
        <translation>Фильтр по клиенту</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Проверить цепочку</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Chain not checked yet in this view.</source>
        <translation>Цепочка в этом представлении ещё не проверена.</translation>
    </message>
    <message>
        <source>‹ Newer</source>
        <translation>‹ Новее</translation>
    </message>
    <message>
        <source>Newer entries</source>
        <translation>Более новые записи</translation>
    </message>
    <message>
        <source>Older ›</source>
        <translation>Старее ›</translation>
    </message>
    <message>
        <source>Older entries</source>
        <translation>Более старые записи</translation>
    </message>
    <message numerus="yes">
        <source>Page {0} of {1} · %Ln entry(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Chain intact: %Ln entry(s), every link checked.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the chain…</source>
        <translation>Проверка цепочки…</translation>
    </message>
    <message>
        <source>Chain BROKEN at entry {0}: {1}. Keep this vault as evidence and tell your administrator.</source>
        <translation>Цепочка НАРУШЕНА на записи {0}: {1}. Сохраните это хранилище как доказательство и сообщите администратору.</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Экспорт журнала аудита</translation>
    </message>
    <message>
        <source>JSON (*.json);;CSV (*.csv)</source>
        <translation>JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported to {0}.</source>
        <translation>Экспортировано в {0}.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up now</source>
        <translation>Создать резервную копию</translation>
    </message>
    <message>
        <source>Backup location</source>
        <translation>Место хранения резервных копий</translation>
    </message>
    <message>
        <source>A folder, or sftp://, webdav://, s3:// …</source>
        <translation>Папка или sftp://, webdav://, s3:// …</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Папка…</translation>
    </message>
    <message>
        <source>Back up to:</source>
        <translation>Сохранить копию в:</translation>
    </message>
    <message>
        <source>The archive is encrypted to the vault&apos;s recovery key, signed, then read back and verified.</source>
        <translation>Архив шифруется для ключа восстановления хранилища, подписывается, затем считывается обратно и проверяется.</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Создать копию</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Папка резервных копий</translation>
    </message>
    <message>
        <source>Choose where to back up.</source>
        <translation>Выберите, куда сохранить резервную копию.</translation>
    </message>
    <message>
        <source>Backed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up and verified ({0}). The archive is:
{1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>No verified backup yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Last verified backup is %n day(s) old.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Last verified backup: {time} UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n erasure(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disabled user(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>re-applied {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups: not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vault&apos;s keyslots.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pinned on this machine ({fingerprint})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trusted on first use ({fingerprint}): compare it with the fingerprint on the recovery sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no pinned key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fingerprint given ({fingerprint})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no signature carries the fingerprint given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sequences 1..{last} are missing before {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two archives claim sequence {sequence}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sequence {missing} missing between {previous} and {name}: an archive was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} does not follow {previous}: an archive was replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} bytes, the signature says {signed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{digest}, the signature says {signed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is missing (its signature is there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a VaultCRM archive name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}.sig is missing: an incomplete or foreign upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no trusted key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed25519 by {fingerprint}, sequence {sequence}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no gap up to sequence {sequence}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age decrypted and authenticated every chunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json is missing or damaged ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of keyslots.json and vault.db match the manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differ from the manifest: {members}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agrees with the signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differs from the signature in {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifest holds no database key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrity_check and cipher_integrity_check: ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database does not open with the manifest&apos;s key ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rows} rows in {tables} tables match the manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row counts differ in {tables}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same vault and signing key; recovery slot not checked (this key is an extra recipient, not the vault&apos;s recovery key: it cannot restore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same vault and signing key; recovery slot opens; MAC valid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BinDialog</name>
    <message>
        <source>Deleted customers</source>
        <translation>Удалённые клиенты</translation>
    </message>
    <message>
        <source>Deleted customers can be restored until the date shown; then they are erased for good, with their contact details, interactions and deals (see Settings).</source>
        <translation>Удалённых клиентов можно восстановить до указанной даты; после этого они будут окончательно удалены вместе с контактными данными, взаимодействиями и сделками (см. «Настройки»).</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
</context>
<context>
    <name>BusyBar</name>
    <message>
        <source>Working</source>
        <translation type="unfinished">Выполняется</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Изменить пароль</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Текущий пароль</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Новый пароль</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>Повторите новый пароль</translation>
    </message>
    <message>
        <source>Fill in the current password and an accepted new one.</source>
        <translation>Введите текущий пароль и новый пароль, отвечающий требованиям.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected error ({kind}: {error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n audit entry(s) to {path}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>({shown} of {total}; use --offset/--limit for more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Audit log intact: %n entry(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>AUDIT LOG BROKEN at entry {seq} ({at} {action}): {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert {id} acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ack {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created profile {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted profile {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to {url}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} bytes, SHA-256 {sha256}, sequence {sequence}, read back and verified: {verified}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">да</translation>
    </message>
    <message>
        <source>NO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pruned by retention: {archives}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the signed revocation ledger could not be written at the location (the archive&apos;s manifest carries it; the next backup tries again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signed archives here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified (deep)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified (quick)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VERIFICATION FAILED (deep)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VERIFICATION FAILED (quick)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Restored {archive} into {vault} (%n row(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Signer: {signer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revocation ledger: {summary} (from: {sources})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their password changed after this backup; give them a new one (user reset-password): {users}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret for the location: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored the secret for {key} in the {place}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would prune {archive}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep {archive} ({reasons})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code from your authenticator app: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer {id} changed (version {version}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer {id} moved to the bin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {path} and {html} ({sections}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased customer {id} (ledger entry {entry}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing of customer {id} is restricted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restriction lifted for customer {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded consent {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent {id} withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added retention rule {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{id}  {name}  ({rule}, last activity {at})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) would be erased (preview; add --apply to erase them).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erased %n person(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created vault {id} in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator: {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOTP secret (add it to your authenticator app): {secret}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOTP URI: {uri}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RECOVERY KEY (print it and keep it safe; shown once): {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key fingerprint: {fingerprint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery codes (each works once): {codes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Losing both your password and the recovery key loses the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed for {user}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password and TOTP enrolment for {user}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOTP secret: {secret}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery codes: {codes}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished">Пользователь</translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished">Профиль</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Статус</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished">Компания</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased for good on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Телефон</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished">Ответственный</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished">Последний контакт</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished">Обновлено</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it was not imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Договор</translation>
    </message>
    <message>
        <source>Legal obligation</source>
        <translation>Юридическая обязанность</translation>
    </message>
    <message>
        <source>Vital interests</source>
        <translation>Жизненно важные интересы</translation>
    </message>
    <message>
        <source>Public task</source>
        <translation>Задача в общественных интересах</translation>
    </message>
    <message>
        <source>Legitimate interests</source>
        <translation>Законные интересы</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record consent</source>
        <translation>Зарегистрировать согласие</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>e.g. newsletter, phone marketing</source>
        <translation>например, рассылка, телефонный маркетинг</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Правовое основание</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Where it was given, e.g. web form, signed paper</source>
        <translation>Где оно дано, например, веб-форма, подписанный документ</translation>
    </message>
    <message>
        <source>A purpose of 1 to 200 characters is needed.</source>
        <translation>Укажите цель длиной от 1 до 200 символов.</translation>
    </message>
</context>
<context>
    <name>CountryBox</name>
    <message>
        <source>(not chosen)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerEditor</name>
    <message>
        <source>Edit customer</source>
        <translation>Изменить клиента</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <source>Reload the record</source>
        <translation>Перезагрузить запись</translation>
    </message>
    <message>
        <source>Open the existing one</source>
        <translation>Открыть существующего</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Физическое лицо</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>E-mails (one a line, &quot;work: a@b.com&quot;)</source>
        <translation>Эл. адреса (по одному в строке, «рабочий: a@b.com»)</translation>
    </message>
    <message>
        <source>Phones (one a line)</source>
        <translation>Телефоны (по одному в строке)</translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags (comma-separated)</source>
        <translation>Теги (через запятую)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Sensitive: your profile cannot see or fill it in.</source>
        <translation>Конфиденциальное: ваш профиль не позволяет просматривать или заполнять это поле.</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you typed for this customer has not been saved. Discard it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like a customer you already have ({0}). Save anyway to create it, or open the existing one.</source>
        <translation>Похоже, такой клиент уже есть ({0}). Нажмите «Всё равно сохранить», чтобы создать его, или откройте существующего.</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Всё равно сохранить</translation>
    </message>
    <message>
        <source>Please correct the fields marked below.</source>
        <translation>Исправьте поля, отмеченные ниже.</translation>
    </message>
    <message>
        <source>Reloaded the current version. Make your changes again.</source>
        <translation>Загружена текущая версия. Внесите изменения заново.</translation>
    </message>
</context>
<context>
    <name>CustomerFormDialog</name>
    <message>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you typed has not been saved. Discard it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please correct the fields marked below.</source>
        <translation>Исправьте поля, отмеченные ниже.</translation>
    </message>
</context>
<context>
    <name>CustomerTable</name>
    <message>
        <source>Customer list</source>
        <translation>Список клиентов</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <source>This column cannot be sorted</source>
        <translation>Этот столбец нельзя сортировать</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>Search name, company, e-mail, phone, city…  (Ctrl+F)</source>
        <translation>Поиск по имени, компании, эл. почте, телефону, городу…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Поиск клиентов</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Фильтр по статусу</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Тег</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>Фильтр по тегу</translation>
    </message>
    <message>
        <source>Owner filter</source>
        <translation>Фильтр по ответственному</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Любой ответственный</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <source>Choose columns</source>
        <translation>Выбрать столбцы</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>New customer…</source>
        <translation>Новый клиент…</translation>
    </message>
    <message>
        <source>Edit customer…</source>
        <translation>Изменить клиента…</translation>
    </message>
    <message>
        <source>Delete customer</source>
        <translation>Удалить клиента</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Deleted customers…</source>
        <translation>Удалённые клиенты…</translation>
    </message>
    <message>
        <source>Find duplicates…</source>
        <translation>Найти дубликаты…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>{0} customers</source>
        <translation>Клиентов: {0}</translation>
    </message>
    <message>
        <source>1 customer</source>
        <translation>1 клиент</translation>
    </message>
    <message>
        <source>Delete {0}? You can undo this right after, or restore it from the bin later.</source>
        <translation>Удалить {0}? Это можно сразу отменить или позже восстановить из корзины.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <source>{0} was deleted.</source>
        <translation>Клиент {0} удалён.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Choose a date</source>
        <translation>Выбрать дату</translation>
    </message>
    <message>
        <source>Choose a date (Alt+Down)</source>
        <translation>Выбрать дату (Alt+Стрелка вниз)</translation>
    </message>
</context>
<context>
    <name>DealDialog</name>
    <message>
        <source>New deal</source>
        <translation>Новая сделка</translation>
    </message>
    <message>
        <source>Edit deal</source>
        <translation>Изменить сделку</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Ожидаемое закрытие</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Line items (optional)</source>
        <translation>Позиции (необязательно)</translation>
    </message>
    <message>
        <source>With line items, the amount is their total (leave Amount empty).</source>
        <translation>Если есть позиции, сумма равна их итогу (оставьте поле «Сумма» пустым).</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыта</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Квалифицирована</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Переговоры</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Выиграна</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Проиграна</translation>
    </message>
    <message>
        <source>e.g. {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. {0} (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Цена за единицу</translation>
    </message>
    <message>
        <source>Add line item</source>
        <translation>Добавить позицию</translation>
    </message>
    <message>
        <source>Remove line item</source>
        <translation>Удалить позицию</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Перезагрузить</translation>
    </message>
    <message>
        <source>Delete deal</source>
        <translation>Удалить сделку</translation>
    </message>
    <message>
        <source>{0}: error</source>
        <translation>{0}: ошибка</translation>
    </message>
    <message>
        <source>Delete the deal {0}? This cannot be undone.</source>
        <translation>Удалить сделку {0}? Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <source>product</source>
        <translation>товар</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>количество</translation>
    </message>
    <message>
        <source>unit price</source>
        <translation>цена за единицу</translation>
    </message>
    <message>
        <source>Line {0}, {1}: {2}</source>
        <translation>Строка {0}, {1}: {2}</translation>
    </message>
    <message>
        <source>Please correct the fields marked below.</source>
        <translation>Исправьте поля, отмеченные ниже.</translation>
    </message>
    <message>
        <source>Someone else changed this deal since you opened it. Reload to see their version (your changes here are then lost), or Cancel.</source>
        <translation>Кто-то другой изменил эту сделку после того, как вы её открыли. Перезагрузите, чтобы увидеть его версию (ваши изменения здесь будут потеряны), или нажмите «Отмена».</translation>
    </message>
</context>
<context>
    <name>DetailActions</name>
    <message>
        <source>Subject access export</source>
        <translation>Экспорт по запросу субъекта данных</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Exported everything held about {0} to {1} (and a readable {2}).</source>
        <translation>Все данные о субъекте {0} экспортированы в {1} (удобочитаемая версия: {2}).</translation>
    </message>
    <message>
        <source>Restrict processing</source>
        <translation>Ограничить обработку</translation>
    </message>
    <message>
        <source>Reason (e.g. the person&apos;s request of …):</source>
        <translation>Причина (например, запрос лица от …):</translation>
    </message>
    <message>
        <source>Erase {0}</source>
        <translation>Удалить данные: {0}</translation>
    </message>
    <message>
        <source>Erase this person for good? Their personal data is anonymised and their key shredded, so the audit log keeps its entries but can no longer show their values. This cannot be undone, and it is re-applied after a restore.</source>
        <translation>Окончательно удалить данные этого лица? Его персональные данные будут обезличены, а ключ уничтожен, поэтому журнал аудита сохранит записи, но больше не сможет показать их значения. Это действие нельзя отменить; оно будет применено повторно после восстановления из резервной копии.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Удалить данные</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>The person was erased.</source>
        <translation>Данные лица удалены.</translation>
    </message>
    <message>
        <source>Delete deal</source>
        <translation type="unfinished">Удалить сделку</translation>
    </message>
    <message>
        <source>Delete the deal {0}? This cannot be undone.</source>
        <translation type="unfinished">Удалить сделку {0}? Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">Удалить</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished">Оставить</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Отозвать согласие</translation>
    </message>
    <message>
        <source>Record that {0} withdrew their consent for {1}? The consent stays in the record, marked as withdrawn.</source>
        <translation>Зарегистрировать отзыв согласия субъекта {0} на цель «{1}»? Согласие останется в записи с отметкой об отзыве.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Отозвать</translation>
    </message>
    <message>
        <source>Remove preference</source>
        <translation>Удалить предпочтение</translation>
    </message>
    <message>
        <source>Remove the purchase preference &quot;{0}&quot; of {1}?</source>
        <translation>Удалить предпочтение при покупке «{0}» клиента {1}?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <source>Customer details</source>
        <translation>Сведения о клиенте</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation>Изменить клиента</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete customer</source>
        <translation>Удалить клиента</translation>
    </message>
    <message>
        <source>Select a customer to see the details.</source>
        <translation>Выберите клиента, чтобы просмотреть сведения.</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Настраиваемые поля</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>No e-mail or phone yet.</source>
        <translation>Эл. почты и телефона пока нет.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Последний контакт</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>{0} by {1}</source>
        <translation>{0} пользователем {1}</translation>
    </message>
    <message>
        <source>No history.</source>
        <translation>Истории нет.</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Взаимодействия</translation>
    </message>
    <message>
        <source>Kind of interaction</source>
        <translation>Тип взаимодействия</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>Что произошло?</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Записать</translation>
    </message>
    <message>
        <source>Log the interaction</source>
        <translation>Записать взаимодействие</translation>
    </message>
    <message>
        <source>No interactions yet.</source>
        <translation>Взаимодействий пока нет.</translation>
    </message>
    <message>
        <source>Deals and purchases</source>
        <translation>Сделки и покупки</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыта</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Квалифицирована</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Переговоры</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Выиграна</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Проиграна</translation>
    </message>
    <message>
        <source>New deal…</source>
        <translation>Новая сделка…</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>Новая сделка</translation>
    </message>
    <message>
        <source>Edit deal {0}</source>
        <translation>Изменить сделку {0}</translation>
    </message>
    <message>
        <source>Bought in total</source>
        <translation>Всего куплено</translation>
    </message>
    <message>
        <source>No deals yet.</source>
        <translation>Сделок пока нет.</translation>
    </message>
    <message>
        <source>Purchase preferences</source>
        <translation>Предпочтения при покупке</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove preference {0}</source>
        <translation>Удалить предпочтение {0}</translation>
    </message>
    <message>
        <source>No purchase preferences recorded.</source>
        <translation>Предпочтения при покупке не записаны.</translation>
    </message>
    <message>
        <source>Add preference…</source>
        <translation>Добавить предпочтение…</translation>
    </message>
    <message>
        <source>Add purchase preference</source>
        <translation>Добавить предпочтение при покупке</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Конфиденциальность</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Обработка</translation>
    </message>
    <message>
        <source>RESTRICTED: no export, no edits but by privacy managers</source>
        <translation>ОГРАНИЧЕНО: без экспорта, изменять могут только менеджеры по конфиденциальности</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>обычная</translation>
    </message>
    <message>
        <source>withdrawn {0}</source>
        <translation>отозвано {0}</translation>
    </message>
    <message>
        <source>given {0}</source>
        <translation>дано {0}</translation>
    </message>
    <message>
        <source>source: {0}</source>
        <translation>источник: {0}</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Отозвать</translation>
    </message>
    <message>
        <source>Withdraw consent for {0}</source>
        <translation>Отозвать согласие на {0}</translation>
    </message>
    <message>
        <source>No consent recorded.</source>
        <translation>Согласия не зарегистрированы.</translation>
    </message>
    <message>
        <source>Export everything held…</source>
        <translation>Экспортировать все хранимые данные…</translation>
    </message>
    <message>
        <source>Lift restriction</source>
        <translation>Снять ограничение</translation>
    </message>
    <message>
        <source>Restrict processing</source>
        <translation>Ограничить обработку</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Удалить данные…</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Зарегистрировать согласие…</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Зарегистрировать согласие</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Copy {0}</source>
        <translation>Копировать {0}</translation>
    </message>
    <message>
        <source>Write to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program on this computer opens {0} links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail to {0}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call to {0}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Конфиденциальное</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Reveal sensitive fields</source>
        <translation>Показать конфиденциальные поля</translation>
    </message>
    <message>
        <source>Showing sensitive fields is recorded in the audit log.</source>
        <translation>Просмотр конфиденциальных полей записывается в журнал аудита.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Отмена</translation>
    </message>
    <message>
        <source>Cannot save there</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Find duplicates</source>
        <translation>Поиск дубликатов</translation>
    </message>
    <message>
        <source>Looking for customers that seem to be the same…</source>
        <translation>Поиск клиентов, которые выглядят одинаково…</translation>
    </message>
    <message>
        <source>Groups of possible duplicates</source>
        <translation>Группы возможных дубликатов</translation>
    </message>
    <message>
        <source>Records in the group: choose the one to keep</source>
        <translation>Записи в группе: выберите ту, которую нужно оставить</translation>
    </message>
    <message>
        <source>Why they look alike:</source>
        <translation>Почему они похожи:</translation>
    </message>
    <message>
        <source>Keep this record (the others are merged into it):</source>
        <translation>Оставить эту запись (остальные будут объединены с ней):</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Объединить…</translation>
    </message>
    <message>
        <source>Merge the group into the chosen record</source>
        <translation>Объединить группу в выбранную запись</translation>
    </message>
    <message>
        <source>Showing the first {0} groups of possible duplicates; merge some and search again for more.</source>
        <translation>Показаны первые группы возможных дубликатов ({0}); объедините некоторые и повторите поиск, чтобы увидеть остальные.</translation>
    </message>
    <message>
        <source>{0} groups of possible duplicates. Pick a group, then the record to keep.</source>
        <translation>Групп возможных дубликатов: {0}. Выберите группу, а затем запись, которую нужно оставить.</translation>
    </message>
    <message>
        <source>1 group of possible duplicates. Pick the record to keep.</source>
        <translation>1 группа возможных дубликатов. Выберите запись, которую нужно оставить.</translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>Дубликаты не найдены.</translation>
    </message>
    <message>
        <source>same email</source>
        <translation>тот же адрес эл. почты</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>тот же телефон</translation>
    </message>
    <message>
        <source>close names at the same company</source>
        <translation>похожие имена в одной компании</translation>
    </message>
    <message>
        <source>no e-mail</source>
        <translation>нет эл. почты</translation>
    </message>
    <message>
        <source>Keep {0} and merge {1} into it? Their contact details fill in what is missing, and every interaction and deal moves to the kept record. The merged records go to the bin.</source>
        <translation>Оставить {0} и объединить с этой записью {1}? Их контактные данные дополнят недостающие сведения, а все взаимодействия и сделки перейдут в оставленную запись. Объединённые записи будут перемещены в корзину.</translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation>Объединить клиентов</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>One of these records was changed by someone else meanwhile; the list was reloaded, please check and merge again.</source>
        <translation>Одна из этих записей тем временем была изменена другим пользователем; список перезагружен. Проверьте его и повторите объединение.</translation>
    </message>
</context>
<context>
    <name>EnrolmentDialog</name>
    <message>
        <source>Give this to {0} in person. It is shown only once.</source>
        <translation>Передайте это пользователю {0} лично. Эти данные показываются только один раз.</translation>
    </message>
    <message>
        <source>Temporary password:</source>
        <translation>Временный пароль:</translation>
    </message>
    <message>
        <source>Authenticator:</source>
        <translation>Аутентификатор:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Ключ:</translation>
    </message>
    <message>
        <source>Recovery codes:</source>
        <translation>Коды восстановления:</translation>
    </message>
</context>
<context>
    <name>EnrolmentView</name>
    <message>
        <source>Scan the code with your authenticator app (or type the key), then enter the code it shows. Your old authenticator and recovery codes no longer work; write down the new recovery codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code from your authenticator app</source>
        <translation type="unfinished">Код из приложения-аутентификатора</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation type="unfinished">Ключ:</translation>
    </message>
    <message>
        <source>Recovery codes:</source>
        <translation type="unfinished">Коды восстановления:</translation>
    </message>
    <message>
        <source>Code from the app:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>There is no alert {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log exports as json or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: not an ISO time (e.g. 2026-11-24 or 2026-11-24T09:30:00Z): {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is locked. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of person {id} does not open (modified outside the app).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user is signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This machine has no secure keyring ({name}); sign in to keep the secret inside the vault instead (--in-vault).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup location: choose one in the settings or pass --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url} is inside the vault folder {folder}: a backup kept beside the vault is lost with it; choose a folder outside it (another disk, a share, a remote location).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore needs the recovery key (--recovery-key-file) or a signed-in administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} is neither a vault nor empty; choose a new folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; the current vault was not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This archive is from vault {archive_vault}, not the vault in {folder} ({vault}); restore it into a new folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new backup is not verified; nothing is pruned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deep verify needs the recovery key (--recovery-key-file) or a signed-in administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a sub-command (see --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} is not a folder: there is no backup location there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--user needs --vault (the vault to sign in to).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deep verify failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore needs either --recovery-key-file F or a sign-in (--user …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--user needs --vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stdin has no line {number} ({what}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} needed: use --password-stdin or run in a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A code is needed: use --totp CODE or --recovery-code CODE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item}: give FIELD=VALUE with FIELD one of {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure cannot be undone: add --yes to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer id: a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no customer {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 to 200 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no consent {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This consent was already withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer {id} was already erased on {at}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status: lead, prospect, customer or inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention preview has changed since you saw it; preview again before applying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile named {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile name is 1 to 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 to 64 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile name cannot hold invisible or direction-changing characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no invisible characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scope is &apos;own&apos; or &apos;all&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>own or all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown permission atoms: {atoms}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a built-in profile and cannot be changed; create a copy instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a built-in profile and cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The profile {name} is still given to %n user(s); give them another profile first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A profile named {name} already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your profile cannot see sensitive fields, so it cannot fill them in either ({fields}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower-case letters, digits and _ (start with a letter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text, number, date or choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a choice field needs choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a label is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom field {key} exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your profile can only own its own records; you cannot give one to someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner: no such user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>company: a company cannot belong to a company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a person can belong to a company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>company: no such company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your profile cannot see sensitive fields, so it cannot fill them in either.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown fields: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your profile cannot see sensitive fields, so it cannot change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number from 1 to {maximum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a product is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a title is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line items add up to {total}, not {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no deal {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deal {title} was changed by someone else since you opened it; reload it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deal was changed by someone else since you opened it; reload it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category: a category is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no preference {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one other record to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {value} is not a date or time (YYYY-MM-DD[THH:MM])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a date or time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too long (at most {maximum} characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deal: not a deal of this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not this customer&apos;s deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no interaction {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot sort by {key}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no customer {id} in the bin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer is not one of your records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing of this person is restricted (GDPR art. 18): you cannot change it. Ask your privacy manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing of this person is restricted (GDPR art. 18): you cannot delete it. Ask your privacy manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing of this person is restricted (GDPR art. 18): you cannot restore it. Ask your privacy manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing of this person is restricted (GDPR art. 18): you cannot merge it. Ask your privacy manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing of this person is restricted (GDPR art. 18): you cannot export it. Ask your privacy manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too long ({length} characters; at most {limit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: give whole minor units (cents) or a decimal text, not a float</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a float; use cents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {value} is not an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an amount (e.g. 1234.50)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: too large (at most {limit} in whole units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{field}: {problem} (and %n more)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be person or company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name is needed (a person&apos;s name or a company name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a customer id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not an email address (name@example.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date of birth cannot be in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such custom field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose one of {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>currency: {value} is not a 3-letter code (EUR, USD…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a 3-letter code such as EUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recovery key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recovery key was found in the text of the PDF {path}. Give the recovery sheet&apos;s PDF, or a text file holding the line that starts with AGE-SECRET-KEY-1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recovery key was found in {path}. The recovery key is the line on the recovery sheet that starts with AGE-SECRET-KEY-1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new password first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your profile ({profile}) does not allow this: {permission}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your profile no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{setting}: expected yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{setting}: expected a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{setting}: must be between {low} and {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{setting}: wrong type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{setting}: choose one of {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive&apos;s tar stream is damaged ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive holds an extended tar header (pax or GNU), which this app never writes: it was not made by VaultCRM or has been altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected member in the archive: {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} appears twice in the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} in the archive is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} in the archive is too large ({size} bytes; at most {limit}): not a backup this app made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a valid recovery key (AGE-SECRET-KEY-1…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key does not open this archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is damaged or was modified: age refused to decrypt it ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive&apos;s tar stream is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} shrank while it was archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive could not be processed ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an age X25519 recipient: {start}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This machine has no secure keyring ({name}); keep the secret inside the vault instead (`backup-login URL --in-vault`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the SFTP server {host}:{port} ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a file name: {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} at {url}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list the backup location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the size of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is implausibly large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the backup folder: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list the backup folder: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} already exists at {url}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive failed verification; nothing was restored: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key can read the archive but cannot restore it: use the vault&apos;s recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-keying the restored database failed ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This system cannot swap folders atomically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not swap {first} and {second}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature file is damaged ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by a key that is not this vault&apos;s signing key ({fingerprint}); refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature does not match the backup&apos;s description; refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault {vault_id} is already pinned to another signing key; refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This machine pinned another signing key for this vault; refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported cipher setting in the manifest: {name} = {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot failed its integrity check: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url} does not name an archive inside a location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported backup location {url}: use a folder, sftp://, webdav(s):// or s3://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url}: no host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never put a password in the URL: it is stored in the keyring (backup-login).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password for {key}: store it once with `backup-login {key}`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url}: no bucket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never put a password in the URL: use an SSH key (agent or ~/.ssh) or the keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SFTP server {host}:{port} is not trusted yet; its host key fingerprint is {fingerprint}. Check it with the server&apos;s administrator, then confirm it once (--trust-host-key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SFTP server {host}:{port} presented a host key that differs from the one pinned in {file}: refused (the server was reinstalled, or someone is intercepting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SFTP server {host}:{port} refused the login: load your key into the SSH agent or ~/.ssh, or store a password with backup-login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the SFTP server {host}:{port} ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The location stored {stored} bytes of {size}: upload incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive read back from the location differs from what was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive changed size when it was renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the backup failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the backup to {url} failed: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature read back from the location differs from what was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the signature failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature names another archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trusted key for this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyslots.json belongs to another vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyslots.json names another signing key than the one that signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery slot in the archive does not open with this recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} is not empty; a new vault needs an empty or missing folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create {folder}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key slot did not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is empty: the vault database was lost or truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full; the change was not saved ({path}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full; the change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault database could not be read or written ({path}): {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault database could not be read or written: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault database is damaged or was modified outside the app ({path}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault database is damaged or was modified outside the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} is damaged (not text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} is damaged (not JSON: {reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} is damaged (not a JSON object).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full ({path}); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied ({path}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The location is read-only ({path}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The location is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} ({path}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No output file given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is inside the vault folder {folder}: an export or report must not be written there (it could replace the vault&apos;s own files); choose a place outside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder; name a file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a regular file (a device, pipe or socket); name an ordinary file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} already exists; choose another name, or add --force to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a regular file; it was not replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the {what} {path}: there is no such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the {what} {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder, not a {what} that can be read; choose an ordinary file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a named pipe, not a {what} that can be read; choose an ordinary file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a device, not a {what} that can be read; choose an ordinary file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a regular file, not a {what} that can be read; choose an ordinary file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is {size} MB; a {what} can be at most {limit} MB: split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is too large for a {what} ({size} bytes; at most {limit}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported key derivation {algorithm} v{version}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key slot parameters are below the Argon2id floor (64 MiB, 3 passes); refusing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key slot parameters are out of range; refusing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key slot parameters are malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyslots.json is damaged and cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is missing: this folder is not a vault, or it is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyslots.json has been modified outside the app (its MAC does not match).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key slot in keyslots.json is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key slot opened but its contents are malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key slot holds a vault key of the wrong length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in refused: wrong user name, password or code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} was modified outside the app (its MAC does not match).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger at the backup location is signed by another key; ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger at the backup location does not match its signature; ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger at the backup location is damaged ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the lock file {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault is already open in another window or process. Close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault has schema version {version}, newer than this app knows ({known}); update the app to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault has no {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use at least {minimum} characters (this one has {length})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use at most {maximum} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is one of the most common passwords; choose another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password must not be the user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a single repeated character is too easy to guess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too easy to guess ({warning}); add more words or characters that do not follow a pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too easy to guess; add more words or characters that do not follow a pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password refused: {reasons}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} is not a vault (no keyslots.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins. Try again in %n s.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A key slot names a user who is not in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You signed in with a temporary password: choose a new one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in refused: this password opens an older key slot than the vault knows for this account (it was changed or reset, or keyslots.json was replaced with an older copy). Ask an administrator to reset your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key does not open this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: a whole number from {low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user named {name} already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name is 1 to 64 characters without spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name cannot hold invisible or direction-changing characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export customers</source>
        <translation>Экспорт клиентов</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>CSV (spreadsheets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard (address books)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <source>All customers I can see</source>
        <translation>Все клиенты, которых я вижу</translation>
    </message>
    <message>
        <source>Only the current search and filters</source>
        <translation>Только текущий поиск и фильтры</translation>
    </message>
    <message>
        <source>Which:</source>
        <translation>Какие:</translation>
    </message>
    <message>
        <source>Sensitive fields are masked unless your profile may read them. The export is recorded in the audit log; keep the file safe.</source>
        <translation>Конфиденциальные поля маскируются, если ваш профиль не разрешает их чтение. Экспорт записывается в журнал аудита; храните файл в надёжном месте.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Экспортировать в</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; no file was left.</source>
        <translation>Отменено; файл не оставлен.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n customer(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>ForgotPasswordDialog</name>
    <message>
        <source>Forgot password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Отмена</translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished">Далее</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key is on the recovery sheet printed when the vault was made. It lets you choose a new password and set up your authenticator again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished">Имя пользователя</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished">Ключ восстановления</translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation type="unfinished">Задайте новый пароль</translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished">Новый пароль</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation type="unfinished">Повторите новый пароль</translation>
    </message>
    <message>
        <source>Set up your authenticator again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the recovery sheet (PDF or text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery sheet (*.pdf *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a whole recovery key: it starts with AGE-SECRET-KEY-1 and has 74 characters. Compare it with your recovery sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">Назад</translation>
    </message>
    <message>
        <source>Set the new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This password is not accepted yet: see the notes above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not the code your authenticator app shows now. Check that you scanned the new code, then type the six digits it shows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Created</source>
        <translation type="unfinished">Создано</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive data shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interaction logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restriction lifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject access export</source>
        <translation type="unfinished">Экспорт по запросу субъекта данных</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase preference added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase preference removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import customers</source>
        <translation>Импорт клиентов</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Файл не выбран.</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>Выберите файл для импорта</translation>
    </message>
    <message>
        <source>CSV (Google, Outlook or your own columns) or vCard. Check where each column goes; nothing is written until you press Import.</source>
        <translation>CSV (Google, Outlook или собственные столбцы) или vCard. Проверьте, куда попадает каждый столбец; ничего не будет записано, пока вы не нажмёте «Импортировать».</translation>
    </message>
    <message>
        <source>The file&apos;s encoding was guessed and may be wrong: check that names with accents read right in the examples, or choose another encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Сопоставление столбцов</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Отклонённые строки</translation>
    </message>
    <message>
        <source>Encoding of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label of the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is a:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts (*.csv *.tsv *.txt *.vcf *.vcard);;All files (*)</source>
        <translation>Контакты (*.csv *.tsv *.txt *.vcf *.vcard);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Reading the file and checking every record…</source>
        <translation>Чтение файла и проверка каждой записи…</translation>
    </message>
    <message>
        <source>Reading the file and checking every record… {0} so far</source>
        <translation>Чтение файла и проверка каждой записи… пока {0}</translation>
    </message>
    <message>
        <source>No column was recognised as a name, company, e-mail or phone. Choose below where each column goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) can be imported; {0} would be refused (listed after the import).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{0} imported, {1} not imported.</source>
        <translation>Импортировано: {0}, не импортировано: {1}.</translation>
    </message>
    <message>
        <source>Cancelled. </source>
        <translation>Отменено. </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>Do not import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished">Полное имя</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished">Имя</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished">Фамилия</translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished">Компания</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished">Должность</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mails (several in one cell)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Телефон</translation>
    </message>
    <message>
        <source>Phones (several in one cell)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Статус</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished">Теги</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Заметки</translation>
    </message>
    <message>
        <source>Person or company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unicode (UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unicode (UTF-8 with BOM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unicode (UTF-16)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central European (Windows-1250)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central European (ISO 8859-2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Western European (Windows-1252)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Western European (ISO 8859-15)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cyrillic (Windows-1251)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cyrillic (KOI8-R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greek (Windows-1253)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InteractionKind</name>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished">Эл. почта</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Отменено. Ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
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
        <translation>&amp;Хранилище</translation>
    </message>
    <message>
        <source>New vault…</source>
        <translation>Новое хранилище…</translation>
    </message>
    <message>
        <source>Open vault…</source>
        <translation>Открыть хранилище…</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Настройки…</translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation>Изменить пароль…</translation>
    </message>
    <message>
        <source>Re-enrol my authenticator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recovery codes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>Создать резервную копию…</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Восстановить из резервной копии…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Клиенты</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>&amp;Администрирование</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>About VaultCRM</source>
        <translation>О программе VaultCRM</translation>
    </message>
    <message>
        <source>Your vault is ready. Add your first customer with Ctrl+N.</source>
        <translation>Хранилище готово. Добавьте первого клиента с помощью Ctrl+N.</translation>
    </message>
    <message>
        <source>This is a throwaway demo vault with generated customers; it is deleted when you quit.</source>
        <translation>Это временное демонстрационное хранилище со сгенерированными клиентами; оно будет удалено при выходе.</translation>
    </message>
    <message numerus="yes">
        <source>Settings saved. Scheduled backups run every %n hour(s); to take one now, choose Back up now… in the Vault menu.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault in {0} — VaultCRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — VaultCRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Резервное копирование…</translation>
    </message>
    <message numerus="yes">
        <source>%n deleted record(s) erased for good (undo window over)</source>
        <translation>
            <numerusform>Окончательно удалена %n запись из корзины (срок отмены истёк)</numerusform>
            <numerusform>Окончательно удалены %n записи из корзины (срок отмены истёк)</numerusform>
            <numerusform>Окончательно удалено %n записей из корзины (срок отмены истёк)</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted records past their undo window could not be erased: {0}</source>
        <translation>Не удалось окончательно удалить записи из корзины с истёкшим сроком отмены: {0}</translation>
    </message>
    <message>
        <source>The new language, {0}, applies the next time you start VaultCRM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new password is set.</source>
        <translation>Новый пароль задан.</translation>
    </message>
    <message>
        <source>VaultCRM: a local-first CRM whose customer data never leaves an encrypted vault.</source>
        <translation>VaultCRM: локальная CRM, данные клиентов которой никогда не покидают зашифрованное хранилище.</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <source>Field for {0}</source>
        <translation type="unfinished">Поле для {0}</translation>
    </message>
</context>
<context>
    <name>NewVaultWizard</name>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>A vault is a folder holding your encrypted customer data. Choose an empty or new folder on this computer (not a synced cloud folder: back up to one instead).</source>
        <translation>Хранилище — это папка с зашифрованными данными клиентов. Выберите пустую или новую папку на этом компьютере (не папку, синхронизируемую с облаком: туда лучше сохранять резервные копии).</translation>
    </message>
    <message>
        <source>Vault folder</source>
        <translation>Папка хранилища</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Browse for a folder</source>
        <translation>Выбрать папку</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <source>You will be the vault&apos;s first administrator: you can add colleagues and give them profiles later.</source>
        <translation>Вы станете первым администратором хранилища: позже вы сможете добавить коллег и назначить им профили.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>e.g. alice</source>
        <translation>например, anna</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <source>e.g. Alice Martin</source>
        <translation>например, Анна Иванова</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Имя пользователя:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Полное имя:</translation>
    </message>
    <message>
        <source>Your password protects every record. Use a long passphrase you can remember: at least 12 characters; several unrelated words work well.</source>
        <translation>Пароль защищает каждую запись. Используйте длинную парольную фразу, которую сможете запомнить: не менее 12 символов; хорошо подходят несколько не связанных между собой слов.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Повторите пароль</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Показать пароль</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Повтор:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Надёжность:</translation>
    </message>
    <message>
        <source>Scan this code with an authenticator app (Google Authenticator, Aegis, FreeOTP…). Each sign-in asks for the 6-digit code it shows.</source>
        <translation>Отсканируйте этот код приложением-аутентификатором (Google Authenticator, Aegis, FreeOTP…). При каждом входе нужно вводить 6-значный код, который оно показывает.</translation>
    </message>
    <message>
        <source>Or type this key into the app:</source>
        <translation>Или введите этот ключ в приложении:</translation>
    </message>
    <message>
        <source>Authenticator key</source>
        <translation>Ключ аутентификатора</translation>
    </message>
    <message>
        <source>Code from the app</source>
        <translation>Код из приложения</translation>
    </message>
    <message>
        <source>Where to keep the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up your authenticator app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recovery sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of VaultCRM on this computer; you can change it later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country of the business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New deals use its currency, and phone numbers typed without a country code are read as its numbers. You can change it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code shown now:</source>
        <translation>Текущий код:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished">Копировать</translation>
    </message>
    <message>
        <source>Copy the authenticator key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save or print this sheet now and keep it offline. It is the only way back in if you forget your password, and it opens your backups. If you lose both your password and this recovery key, the data is gone for good: nobody can recover it.</source>
        <translation>Сохраните или распечатайте этот лист сейчас и храните его офлайн. Это единственный способ вернуть доступ, если вы забудете пароль, и он открывает ваши резервные копии. Если вы потеряете и пароль, и этот ключ восстановления, данные будут утрачены навсегда: их никто не сможет восстановить.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Ключ восстановления</translation>
    </message>
    <message>
        <source>Vault id</source>
        <translation>ID хранилища</translation>
    </message>
    <message>
        <source>Signing-key fingerprint</source>
        <translation>Отпечаток ключа подписи</translation>
    </message>
    <message>
        <source>Recovery codes</source>
        <translation>Коды восстановления</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Сохранить как PDF…</translation>
    </message>
    <message>
        <source>Save the recovery sheet as PDF</source>
        <translation>Сохранить лист восстановления в PDF</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Print the recovery sheet</source>
        <translation>Распечатать лист восстановления</translation>
    </message>
    <message>
        <source>I saved or printed the sheet and understand the warning above.</source>
        <translation>Лист сохранён или распечатан, предупреждение выше мне понятно.</translation>
    </message>
    <message>
        <source>I understand the warning</source>
        <translation>Я понимаю предупреждение</translation>
    </message>
    <message>
        <source>Folder for the new vault</source>
        <translation>Папка для нового хранилища</translation>
    </message>
    <message>
        <source>Choose another folder: </source>
        <translation>Выберите другую папку: </translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <source>This password is not accepted: </source>
        <translation>Этот пароль не принят: </translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>Сохранить лист восстановления</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to {0}. Move it somewhere safe and offline.</source>
        <translation>Сохранено в {0}. Переместите файл в надёжное место офлайн.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Print the recovery sheet?</source>
        <translation>Распечатать лист восстановления?</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Отправлено на принтер.</translation>
    </message>
    <message>
        <source>Leave the wizard?</source>
        <translation>Выйти из мастера?</translation>
    </message>
    <message>
        <source>The vault has been created. If you leave now without the recovery sheet, keep your password and authenticator safe: they are the only way in.</source>
        <translation>Хранилище создано. Если вы выйдете сейчас без листа восстановления, берегите пароль и аутентификатор: только с ними можно войти.</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Остаться</translation>
    </message>
    <message>
        <source>Step {0} of 5</source>
        <translation>Шаг {0} из 5</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Создать хранилище</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Создание…</translation>
    </message>
    <message>
        <source>Confirm code</source>
        <translation>Подтвердить код</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Готово</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>OwnAccountDialog</name>
    <message>
        <source>Re-enrol my authenticator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recovery codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your old authenticator and recovery codes stop working once this is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your old recovery codes stop working once this is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password</source>
        <translation type="unfinished">Текущий пароль</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your current password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new recovery codes (each works once; write them down now):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not the code your authenticator app shows now. Check that you scanned the new code, then type the six digits it shows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordHints</name>
    <message>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capitalization doesn&apos;t help very much.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversed words aren&apos;t much harder to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predictable substitutions like &apos;@&apos; instead of &apos;a&apos; don&apos;t help very much.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a few words, avoid common phrases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No need for symbols, digits, or uppercase letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straight rows of keys are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a top-10 common password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is similar to a commonly used password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A word by itself is easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats like &quot;aaa&quot; are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats like &quot;abcabcabc&quot; are only slightly harder to guess than &quot;abc&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a top-100 common password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a very common password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common names and surnames are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid repeated words and characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid sequences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent years are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates are often easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid recent years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid years that are associated with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid dates and years that are associated with you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordStrength</name>
    <message>
        <source>Very weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PermissionMatrixModel</name>
    <message>
        <source>All records (else own only)</source>
        <translation>Все записи (иначе только свои)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>See customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation type="unfinished">Экспорт клиентов</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation type="unfinished">Импорт клиентов</translation>
    </message>
    <message>
        <source>Log interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See sensitive fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy tools (consent, subject export, erasure, retention)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferenceDialog</name>
    <message>
        <source>Add purchase preference</source>
        <translation>Добавить предпочтение при покупке</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>e.g. paper, delivery, payment</source>
        <translation>например, бумага, доставка, оплата</translation>
    </message>
    <message>
        <source>Preference</source>
        <translation>Предпочтение</translation>
    </message>
    <message>
        <source>e.g. recycled A4, mornings only, invoice by e-mail</source>
        <translation>например, переработанная бумага A4, только утром, счёт по эл. почте</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>A category is needed (what the preference is about).</source>
        <translation>Укажите категорию (к чему относится предпочтение).</translation>
    </message>
</context>
<context>
    <name>ProcessingRecord</name>
    <message>
        <source>Purposes: {purposes}; data subjects: {subjects}; erasures: {erasures}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database encrypted at rest (SQLCipher 4, AES-256, per-page HMAC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-in with Argon2id-protected key slots and TOTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per-profile permissions; sensitive fields masked without sensitive.read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tamper-evident audit log (HMAC hash chain); personal values sealed per person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted, signed backups (age X25519, Ed25519)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilesPage</name>
    <message>
        <source>Profiles</source>
        <translation>Профили</translation>
    </message>
    <message>
        <source>New profile…</source>
        <translation>Новый профиль…</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Удалить профиль</translation>
    </message>
    <message>
        <source>Built-in profiles cannot be changed; make a copy with “New profile”. Changes to a custom profile are saved at once and audited.</source>
        <translation>Встроенные профили нельзя изменить; создайте копию с помощью «Новый профиль». Изменения пользовательского профиля сохраняются сразу и записываются в журнал аудита.</translation>
    </message>
    <message>
        <source>Read-only: changing profiles needs “Manage profiles”.</source>
        <translation>Только чтение: для изменения профилей нужно разрешение «Управление профилями».</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Новый профиль</translation>
    </message>
    <message>
        <source>Name of the new profile (a copy of {0}):</source>
        <translation>Имя нового профиля (копии профиля {0}):</translation>
    </message>
    <message>
        <source>Name of the new profile:</source>
        <translation>Имя нового профиля:</translation>
    </message>
    <message>
        <source>Select a custom profile&apos;s column first.</source>
        <translation>Сначала выберите столбец пользовательского профиля.</translation>
    </message>
    <message>
        <source>Delete the profile {0}?</source>
        <translation>Удалить профиль {0}?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Copying the database</source>
        <translation>Копирование базы данных</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Reading the backup location</source>
        <translation>Чтение места хранения резервных копий</translation>
    </message>
    <message>
        <source>Encrypting</source>
        <translation>Шифрование</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Отправка</translation>
    </message>
    <message>
        <source>Reading back</source>
        <translation>Обратное чтение</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Подписание</translation>
    </message>
    <message>
        <source>Reading back and verifying</source>
        <translation>Обратное чтение и проверка</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Загрузка</translation>
    </message>
    <message>
        <source>Decrypting</source>
        <translation>Расшифровка</translation>
    </message>
    <message>
        <source>Re-keying the restored database</source>
        <translation>Смена ключей восстановленной базы данных</translation>
    </message>
    <message>
        <source>Opening the restored vault</source>
        <translation>Открытие восстановленного хранилища</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) imported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) written</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>QR code for the authenticator app</source>
        <translation type="unfinished">QR-код для приложения-аутентификатора</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>Backup archive</source>
        <translation>Архив резервной копии</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Archive (.crmbak):</source>
        <translation>Архив (.crmbak):</translation>
    </message>
    <message>
        <source>Restore into</source>
        <translation>Восстановить в</translation>
    </message>
    <message>
        <source>Restore into:</source>
        <translation>Восстановить в:</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Ключ восстановления</translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the recovery key from the recovery sheet&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key:</source>
        <translation>Ключ восстановления:</translation>
    </message>
    <message>
        <source>Choose the recovery sheet (PDF or text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery sheet (*.pdf *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup archive to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder to restore into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the recovery key from your recovery sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a whole recovery key: it starts with AGE-SECRET-KEY-1 and has 74 characters, this one has {0}. Compare it with your recovery sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is checked in full before anything is replaced. Restoring over the open vault keeps the current one until the restored copy has opened; any failure puts it back. You will sign in again afterwards.</source>
        <translation>Перед заменой архив полностью проверяется. При восстановлении поверх открытого хранилища текущее сохраняется, пока восстановленная копия не откроется; при любой ошибке оно возвращается на место. После этого нужно будет снова войти.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Choose a backup archive</source>
        <translation>Выберите архив резервной копии</translation>
    </message>
    <message>
        <source>VaultCRM backups (*.crmbak)</source>
        <translation>Резервные копии VaultCRM (*.crmbak)</translation>
    </message>
    <message>
        <source>Restore {0} into {1}?</source>
        <translation>Восстановить {0} в {1}?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Compare the key with your recovery sheet, character by character, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored into {0}. Sign in to continue.</source>
        <translation>Восстановлено в {0}. Войдите, чтобы продолжить.</translation>
    </message>
    <message>
        <source>Re-applied from the revocation ledger: {0} erasure(s), {1} disabled user(s), {2} credential change(s).</source>
        <translation>Повторно применено из журнала отзывов: удалений данных: {0}, отключённых пользователей: {1}, изменений учётных данных: {2}.</translation>
    </message>
    <message>
        <source>Their password changed after this backup; give them a new one: {0}</source>
        <translation>Пароли этих пользователей изменились после создания резервной копии; задайте им новые: {0}</translation>
    </message>
</context>
<context>
    <name>SensitiveField</name>
    <message>
        <source>Tax id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Auto-lock after (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes without input before the app locks itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear copied text after (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied customer data is cleared from the clipboard after this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted records are erased for good after (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country (ISO, e.g. PL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The business&apos;s country: new deals use its currency, and phone numbers typed without a country code are read as its numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country for phone numbers without +code, if not the one above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers typed without a country code are read as this country&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working hours start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sign-in outside working hours raises an alert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working hours end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert: records viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert: within (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert: records deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert: deletions within (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert: refused actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert: refusals within (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert: failed sign-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert: rows in one export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert: no verified backup for (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup location</source>
        <translation type="unfinished">Место хранения резервных копий</translation>
    </message>
    <message>
        <source>A folder, sftp://, webdav(s):// or s3:// location for scheduled backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up every (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often the app backs up while it is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up when locking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a backup each time the vault is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up when quitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a backup when the app quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra backup recipients (age public keys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep everything from the last (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent vaults (folder paths only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer list columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of each user on this machine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>The language of VaultCRM for you on this computer. It applies the next time you start VaultCRM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language (from the next start):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your profile cannot change the vault&apos;s settings; they are shown read-only. Your language is yours to choose.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <source>Use a recovery code instead (lost phone)</source>
        <translation>Использовать код восстановления (телефон утерян)</translation>
    </message>
    <message>
        <source>Use a recovery code</source>
        <translation>Использовать код восстановления</translation>
    </message>
    <message>
        <source>Vault locked</source>
        <translation>Хранилище заблокировано</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Locked after a while without activity.</source>
        <translation>Заблокировано после периода бездействия.</translation>
    </message>
    <message>
        <source>Locked because the screen was locked.</source>
        <translation>Заблокировано, так как был заблокирован экран.</translation>
    </message>
    <message>
        <source>You locked the vault.</source>
        <translation>Вы заблокировали хранилище.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Authenticator code</source>
        <translation>Код аутентификатора</translation>
    </message>
    <message>
        <source>Code from your authenticator app</source>
        <translation>Код из приложения-аутентификатора</translation>
    </message>
    <message>
        <source>Other vault…</source>
        <translation>Другое хранилище…</translation>
    </message>
    <message>
        <source>Choose another vault</source>
        <translation>Выбрать другое хранилище</translation>
    </message>
    <message>
        <source>Forgot password?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot password: use the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation>Задайте новый пароль</translation>
    </message>
    <message>
        <source>You signed in with a temporary password. Choose your own before you go on; nobody else, not even an administrator, will know it.</source>
        <translation>Вы вошли с временным паролем. Прежде чем продолжить, задайте собственный; никто другой, даже администратор, не будет его знать.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Новый пароль</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>Повторите новый пароль</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Повтор</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Изменить пароль</translation>
    </message>
    <message>
        <source>Recovery code (from your recovery sheet)</source>
        <translation>Код восстановления (из листа восстановления)</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Код восстановления</translation>
    </message>
    <message>
        <source>Your new password and authenticator are set. Sign in with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not accepted yet: see the notes above.</source>
        <translation>Пока не принято: см. примечания выше.</translation>
    </message>
    <message>
        <source>Your new password is set.</source>
        <translation>Новый пароль задан.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Вход…</translation>
    </message>
    <message>
        <source>Too many failed sign-ins. You can try again in {0} s.</source>
        <translation>Слишком много неудачных попыток входа. Повторите попытку через {0} с.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Welcome to VaultCRM</source>
        <translation>Добро пожаловать в VaultCRM</translation>
    </message>
    <message>
        <source>Your customer data stays on this computer, in an encrypted vault that only you and your colleagues can open.</source>
        <translation>Данные клиентов остаются на этом компьютере, в зашифрованном хранилище, которое можете открыть только вы и ваши коллеги.</translation>
    </message>
    <message>
        <source>Create a new vault…</source>
        <translation>Создать хранилище…</translation>
    </message>
    <message>
        <source>Create a new vault</source>
        <translation>Создать хранилище</translation>
    </message>
    <message>
        <source>Open a vault…</source>
        <translation>Открыть хранилище…</translation>
    </message>
    <message>
        <source>Open an existing vault</source>
        <translation>Открыть существующее хранилище</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Восстановить из резервной копии…</translation>
    </message>
    <message>
        <source>Restore a vault from a backup</source>
        <translation>Восстановить хранилище из резервной копии</translation>
    </message>
    <message>
        <source>Restoring from the app is not available yet; use the command line.</source>
        <translation>Восстановление из приложения пока недоступно; используйте командную строку.</translation>
    </message>
    <message>
        <source>Recent vaults</source>
        <translation>Последние хранилища</translation>
    </message>
    <message>
        <source>No vault opened on this computer yet.</source>
        <translation>На этом компьютере ещё не открывалось ни одного хранилища.</translation>
    </message>
    <message>
        <source>{0} (not found)</source>
        <translation>{0} (не найдено)</translation>
    </message>
    <message>
        <source>Open a vault folder</source>
        <translation>Открыть папку хранилища</translation>
    </message>
    <message>
        <source>Not a vault</source>
        <translation>Это не хранилище</translation>
    </message>
    <message>
        <source>This folder does not hold a VaultCRM vault.</source>
        <translation>Эта папка не содержит хранилище VaultCRM.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Password strength</source>
        <translation type="unfinished">Надёжность пароля</translation>
    </message>
    <message>
        <source>Not accepted: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished">Пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>SubjectExport</name>
    <message>
        <source>Personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents and lawful bases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation type="unfinished">Взаимодействия</translation>
    </message>
    <message>
        <source>Deals and orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase preferences</source>
        <translation type="unfinished">Предпочтения при покупке</translation>
    </message>
    <message>
        <source>Restriction of processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access and change history (audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How we process personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject access export</source>
        <translation type="unfinished">Экспорт по запросу субъекта данных</translation>
    </message>
    <message>
        <source>Customer {id} · generated {at} by {user}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished">никогда</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">да</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Добавить пользователя…</translation>
    </message>
    <message>
        <source>Change profile…</source>
        <translation>Изменить профиль…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Сбросить пароль…</translation>
    </message>
    <message>
        <source>Reset authenticator…</source>
        <translation>Сбросить аутентификатор…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Отключить</translation>
    </message>
    <message>
        <source>Enable…</source>
        <translation>Включить…</translation>
    </message>
    <message>
        <source>New user {0}</source>
        <translation>Новый пользователь {0}</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Change profile</source>
        <translation>Изменить профиль</translation>
    </message>
    <message>
        <source>Profile for {0}:</source>
        <translation>Профиль для {0}:</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Сброс пароля</translation>
    </message>
    <message>
        <source>Give {0} a new temporary password? Their current password stops working.</source>
        <translation>Выдать пользователю {0} новый временный пароль? Его текущий пароль перестанет действовать.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Пароль сброшен</translation>
    </message>
    <message>
        <source>Reset authenticator</source>
        <translation>Сброс аутентификатора</translation>
    </message>
    <message>
        <source>Enrol a new authenticator for {0} (lost phone)? They also get a temporary password and new recovery codes.</source>
        <translation>Зарегистрировать новый аутентификатор для {0} (телефон утерян)? Пользователь также получит временный пароль и новые коды восстановления.</translation>
    </message>
    <message>
        <source>New authenticator</source>
        <translation>Новый аутентификатор</translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation>Отключить пользователя</translation>
    </message>
    <message>
        <source>Disable {0}? Their password will no longer open the vault.</source>
        <translation>Отключить {0}? Его пароль больше не будет открывать хранилище.</translation>
    </message>
    <message>
        <source>User enabled</source>
        <translation>Пользователь включён</translation>
    </message>
</context>
<context>
    <name>VaultStatusBar</name>
    <message>
        <source>Signed-in user</source>
        <translation>Вошедший пользователь</translation>
    </message>
    <message>
        <source>Time to auto-lock</source>
        <translation>Время до автоблокировки</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Последняя резервная копия</translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <source>Locks in {0}</source>
        <translation>Блокировка через {0}</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Your profile does not allow seeing customers.</source>
        <translation>Ваш профиль не позволяет просматривать клиентов.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Добро пожаловать</translation>
    </message>
    <message>
        <source>Users…</source>
        <translation>Пользователи…</translation>
    </message>
    <message>
        <source>Profiles…</source>
        <translation>Профили…</translation>
    </message>
    <message>
        <source>Audit log…</source>
        <translation>Журнал аудита…</translation>
    </message>
    <message>
        <source>Security alerts…</source>
        <translation>Оповещения безопасности…</translation>
    </message>
</context>
<context>
    <name>_CalendarPopup</name>
    <message>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
</context>
</TS>
