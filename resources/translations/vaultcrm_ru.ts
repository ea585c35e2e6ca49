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
    <name>Alerts</name>
    <message>
        <source>Many customer records viewed in a short time</source>
        <translation>Много записей клиентов просмотрено за короткое время</translation>
    </message>
    <message>
        <source>Many customer records deleted in a short time</source>
        <translation>Много записей клиентов удалено за короткое время</translation>
    </message>
    <message>
        <source>Failed sign-ins</source>
        <translation>Неудачные попытки входа</translation>
    </message>
    <message>
        <source>Large export</source>
        <translation>Крупный экспорт</translation>
    </message>
    <message>
        <source>Sign-in outside working hours</source>
        <translation>Вход вне рабочего времени</translation>
    </message>
    <message>
        <source>Audit log chain broken</source>
        <translation>Цепочка журнала аудита нарушена</translation>
    </message>
    <message>
        <source>No verified backup</source>
        <translation>Нет проверенной резервной копии</translation>
    </message>
    <message>
        <source>Older key slot refused</source>
        <translation>Отклонён устаревший слот ключа</translation>
    </message>
    <message>
        <source>Failed-sign-in record damaged</source>
        <translation>Повреждена запись о неудачных входах</translation>
    </message>
    <message>
        <source>Many refused actions</source>
        <translation>Много отклонённых действий</translation>
    </message>
    <message>
        <source>Sync refused changes from another device</source>
        <translation>Синхронизация отклонила изменения с другого устройства</translation>
    </message>
    <message>
        <source>A sign-in as {user} with an older key slot (version {version}, the vault knows {required}) was refused: keyslots.json was replaced with an older copy, or an old password was replayed.</source>
        <translation>Вход как {user} с устаревшим слотом ключа (версия {version}, хранилищу известна {required}) отклонён: файл keyslots.json заменён более старой копией или повторно использован старый пароль.</translation>
    </message>
    <message numerus="yes">
        <source>%n key slot(s) older than the vault&apos;s record found in keyslots.json and removed: an older copy of the file was put back.</source>
        <translation>
            <numerusform>В keyslots.json найден и удалён %n слот ключа старше записи хранилища: была возвращена более старая копия файла.</numerusform>
            <numerusform>В keyslots.json найдены и удалены %n слота ключей старше записи хранилища: была возвращена более старая копия файла.</numerusform>
            <numerusform>В keyslots.json найдено и удалено %n слотов ключей старше записи хранилища: была возвращена более старая копия файла.</numerusform>
        </translation>
    </message>
    <message>
        <source>{user} viewed {count} customer records within {minutes} minutes.</source>
        <translation>Пользователь {user} за {minutes} мин. просмотрел записей клиентов: {count}.</translation>
    </message>
    <message>
        <source>{user} was refused {count} actions within {minutes} minutes.</source>
        <translation>Пользователю {user} за {minutes} мин. отказано в действиях: {count}.</translation>
    </message>
    <message>
        <source>{user} deleted {count} customer records within {minutes} minutes.</source>
        <translation>Пользователь {user} за {minutes} мин. удалил записей клиентов: {count}.</translation>
    </message>
    <message numerus="yes">
        <source>{user} exported %n row(s) ({action}).</source>
        <translation>
            <numerusform>Пользователь {user} экспортировал %n строку ({action}).</numerusform>
            <numerusform>Пользователь {user} экспортировал %n строки ({action}).</numerusform>
            <numerusform>Пользователь {user} экспортировал %n строк ({action}).</numerusform>
        </translation>
    </message>
    <message>
        <source>{user} signed in at {time}, outside working hours ({start}–{end}).</source>
        <translation>Пользователь {user} вошёл в {time}, вне рабочего времени ({start}–{end}).</translation>
    </message>
    <message numerus="yes">
        <source>%n failed sign-in(s) for {user} since the last successful sign-in.</source>
        <translation>
            <numerusform>%n неудачная попытка входа пользователя {user} после последнего успешного входа.</numerusform>
            <numerusform>%n неудачные попытки входа пользователя {user} после последнего успешного входа.</numerusform>
            <numerusform>%n неудачных попыток входа пользователя {user} после последнего успешного входа.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed sign-in(s) with unknown user names since the last successful sign-in.</source>
        <translation>
            <numerusform>%n неудачная попытка входа с неизвестным именем пользователя после последнего успешного входа.</numerusform>
            <numerusform>%n неудачные попытки входа с неизвестными именами пользователей после последнего успешного входа.</numerusform>
            <numerusform>%n неудачных попыток входа с неизвестными именами пользователей после последнего успешного входа.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log was modified outside the app: entry {entry} is not what was written ({reason}).</source>
        <translation>Журнал аудита изменён вне приложения: запись {entry} не совпадает с записанной ({reason}).</translation>
    </message>
    <message numerus="yes">
        <source>No verified backup since {time} (limit: %n day(s)).</source>
        <translation>
            <numerusform>Нет проверенной резервной копии с {time} (предел: %n день).</numerusform>
            <numerusform>Нет проверенной резервной копии с {time} (предел: %n дня).</numerusform>
            <numerusform>Нет проверенной резервной копии с {time} (предел: %n дней).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No verified backup ever (limit: %n day(s)).</source>
        <translation>
            <numerusform>Проверенной резервной копии ещё не было (предел: %n день).</numerusform>
            <numerusform>Проверенной резервной копии ещё не было (предел: %n дня).</numerusform>
            <numerusform>Проверенной резервной копии ещё не было (предел: %n дней).</numerusform>
        </translation>
    </message>
    <message>
        <source>The failed-sign-in record was damaged (found at {time}); it was counted as one failed sign-in and rewritten. Failures before it may be missing.</source>
        <translation>Запись о неудачных входах была повреждена (обнаружено в {time}); это засчитано как одна неудачная попытка входа, запись перезаписана. Более ранние неудачные попытки могут отсутствовать.</translation>
    </message>
    <message numerus="yes">
        <source>Sync refused %n segment(s) or change(s) from other devices; the rest was applied.</source>
        <translation>
            <numerusform>Синхронизация отклонила %n сегмент или изменение с других устройств; остальное применено.</numerusform>
            <numerusform>Синхронизация отклонила %n сегмента или изменения с других устройств; остальное применено.</numerusform>
            <numerusform>Синхронизация отклонила %n сегментов или изменений с других устройств; остальное применено.</numerusform>
        </translation>
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
    <name>AttachmentViewer</name>
    <message>
        <source>View {0}</source>
        <translation>Просмотр: {0}</translation>
    </message>
    <message>
        <source>This image cannot be shown. Use Save a copy to open it in another program.</source>
        <translation>Это изображение нельзя показать. Используйте «Сохранить копию», чтобы открыть его в другой программе.</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>unnamed file</source>
        <translation>файл без имени</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Вложенные файлы</translation>
    </message>
    <message>
        <source>No files attached yet.</source>
        <translation>Файлов пока нет.</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>Добавить файл…</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Вложить файл</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Просмотр</translation>
    </message>
    <message>
        <source>View the selected file</source>
        <translation>Просмотреть выбранный файл</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Сохранить копию…</translation>
    </message>
    <message>
        <source>Save a copy of the selected file</source>
        <translation>Сохранить копию выбранного файла</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete the selected file</source>
        <translation>Удалить выбранный файл</translation>
    </message>
    <message>
        <source>Attached {0}.</source>
        <translation>Файл {0} вложен.</translation>
    </message>
    <message>
        <source>This kind of file cannot be shown inside the app; use Save a copy.</source>
        <translation>Файл такого типа нельзя показать в приложении; используйте «Сохранить копию».</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Сохранить копию</translation>
    </message>
    <message>
        <source>Saved a copy to {0}.</source>
        <translation>Копия сохранена в {0}.</translation>
    </message>
    <message>
        <source>Delete file</source>
        <translation>Удалить файл</translation>
    </message>
    <message>
        <source>Delete the attached file {0}? It is removed from the vault for good; this cannot be undone.</source>
        <translation>Удалить вложенный файл {0}? Он будет навсегда удалён из хранилища; это нельзя отменить.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>the head recorded beside the vault</source>
        <translation>вершина цепочки, записанная рядом с хранилищем</translation>
    </message>
    <message>
        <source>not compared: {file} was changed outside the app (damaged, or its MAC does not match)</source>
        <translation>не сравнивалось: файл {file} изменён вне приложения (повреждён или его MAC не совпадает)</translation>
    </message>
    <message>
        <source>the signed backup {name}</source>
        <translation>подписанная резервная копия {name}</translation>
    </message>
    <message>
        <source>the backups at {url}</source>
        <translation>резервные копии в {url}</translation>
    </message>
    <message>
        <source>not compared: {problem}</source>
        <translation>не сравнивалось: {problem}</translation>
    </message>
    <message>
        <source>the verified point</source>
        <translation>проверенная точка</translation>
    </message>
    <message>
        <source>not compared: the restore at entry {seq} ({time}) replaced the history it showed</source>
        <translation>не сравнивалось: восстановление из резервной копии (запись {seq}, {time}) заменило показанную здесь историю</translation>
    </message>
    <message>
        <source>the log still holds entry {seq}</source>
        <translation>журнал по-прежнему содержит запись {seq}</translation>
    </message>
    <message>
        <source>entries from {point} on were removed or replaced (log cut or rewritten): {anchor} ({time}) showed entry {seq}, and the log no longer has it</source>
        <translation>записи начиная с {point} удалены или заменены (журнал обрезан или переписан): {anchor} ({time}) — запись {seq}, а в журнале её больше нет</translation>
    </message>
    <message>
        <source>entries from {point} on were removed or replaced (log cut or rewritten): {anchor} ({time}) showed entry {seq}, and the log has another entry there</source>
        <translation>записи начиная с {point} удалены или заменены (журнал обрезан или переписан): {anchor} ({time}) — запись {seq}, а в журнале на этом месте другая запись</translation>
    </message>
    <message>
        <source>entry missing or out of order (sequence has a gap)</source>
        <translation>запись отсутствует или нарушен порядок (пропуск в нумерации)</translation>
    </message>
    <message>
        <source>entry changed, or an entry before it removed or reordered</source>
        <translation>запись изменена, либо предшествующая запись удалена или переставлена</translation>
    </message>
    <message>
        <source>the last verified entry was removed or changed (log truncated or rewritten)</source>
        <translation>последняя проверенная запись удалена или изменена (журнал обрезан или переписан)</translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <source>Vault created</source>
        <translation>Хранилище создано</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Вход выполнен</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Неудачный вход</translation>
    </message>
    <message>
        <source>Sign-in refused: an outdated key slot</source>
        <translation>Вход отклонён: устаревший слот ключа</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Блокировка</translation>
    </message>
    <message>
        <source>Unlocked again after a lock</source>
        <translation>Повторная разблокировка после блокировки</translation>
    </message>
    <message>
        <source>Opened with the recovery key</source>
        <translation>Открыто ключом восстановления</translation>
    </message>
    <message>
        <source>Key slots of inactive users removed</source>
        <translation>Удаление слотов ключей неактивных пользователей</translation>
    </message>
    <message>
        <source>Viewed a customer</source>
        <translation>Просмотр клиента</translation>
    </message>
    <message>
        <source>Revealed a sensitive field</source>
        <translation>Показ конфиденциального поля</translation>
    </message>
    <message>
        <source>Searched customers</source>
        <translation>Поиск клиентов</translation>
    </message>
    <message>
        <source>Created a customer</source>
        <translation>Создание клиента</translation>
    </message>
    <message>
        <source>Changed a customer</source>
        <translation>Изменение клиента</translation>
    </message>
    <message>
        <source>Deleted a customer</source>
        <translation>Удаление клиента</translation>
    </message>
    <message>
        <source>Restored a deleted customer</source>
        <translation>Восстановление удалённого клиента</translation>
    </message>
    <message>
        <source>Erased deleted customers for good</source>
        <translation>Окончательное удаление удалённых клиентов</translation>
    </message>
    <message>
        <source>Merged duplicate customers</source>
        <translation>Объединение дубликатов клиентов</translation>
    </message>
    <message>
        <source>Imported customers</source>
        <translation>Импорт клиентов</translation>
    </message>
    <message>
        <source>Undid an import</source>
        <translation>Отмена импорта</translation>
    </message>
    <message>
        <source>Exported customers</source>
        <translation>Экспорт клиентов</translation>
    </message>
    <message>
        <source>Started an export of customers</source>
        <translation>Начало экспорта клиентов</translation>
    </message>
    <message>
        <source>Cancelled an export of customers</source>
        <translation>Отмена экспорта клиентов</translation>
    </message>
    <message>
        <source>Defined a custom field</source>
        <translation>Определение настраиваемого поля</translation>
    </message>
    <message>
        <source>Created a deal</source>
        <translation>Создание сделки</translation>
    </message>
    <message>
        <source>Changed a deal</source>
        <translation>Изменение сделки</translation>
    </message>
    <message>
        <source>Deleted a deal</source>
        <translation>Удаление сделки</translation>
    </message>
    <message>
        <source>Logged an interaction</source>
        <translation>Запись взаимодействия</translation>
    </message>
    <message>
        <source>Deleted an interaction</source>
        <translation>Удаление взаимодействия</translation>
    </message>
    <message>
        <source>Added a contact preference</source>
        <translation>Добавление предпочтения</translation>
    </message>
    <message>
        <source>Removed a contact preference</source>
        <translation>Удаление предпочтения</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Резервное копирование</translation>
    </message>
    <message>
        <source>Verified a backup</source>
        <translation>Проверка резервной копии</translation>
    </message>
    <message>
        <source>Restored a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>Re-applied erasures and disabled users after a restore</source>
        <translation>Повторное применение удалений данных и отключений пользователей после восстановления</translation>
    </message>
    <message>
        <source>Removed old backups</source>
        <translation>Удаление старых резервных копий</translation>
    </message>
    <message>
        <source>Stored backup credentials</source>
        <translation>Сохранение учётных данных для резервного копирования</translation>
    </message>
    <message>
        <source>Added a user</source>
        <translation>Добавление пользователя</translation>
    </message>
    <message>
        <source>Disabled a user</source>
        <translation>Отключение пользователя</translation>
    </message>
    <message>
        <source>Disabled a user again after a restore</source>
        <translation>Повторное отключение пользователя после восстановления</translation>
    </message>
    <message>
        <source>Re-enabled a user</source>
        <translation>Повторное включение пользователя</translation>
    </message>
    <message>
        <source>Reset a password</source>
        <translation>Сброс пароля</translation>
    </message>
    <message>
        <source>Reset an authenticator</source>
        <translation>Сброс аутентификатора</translation>
    </message>
    <message>
        <source>Changed a user&apos;s profile</source>
        <translation>Изменение профиля пользователя</translation>
    </message>
    <message>
        <source>Changed own password</source>
        <translation>Изменение собственного пароля</translation>
    </message>
    <message>
        <source>Changed own authenticator</source>
        <translation>Изменение собственного аутентификатора</translation>
    </message>
    <message>
        <source>Reset with the recovery key</source>
        <translation>Сброс с помощью ключа восстановления</translation>
    </message>
    <message>
        <source>Replaced credentials kept after a restore</source>
        <translation>Замена учётных данных, сохранившихся после восстановления</translation>
    </message>
    <message>
        <source>Created a profile</source>
        <translation>Создание профиля</translation>
    </message>
    <message>
        <source>Changed a profile</source>
        <translation>Изменение профиля</translation>
    </message>
    <message>
        <source>Deleted a profile</source>
        <translation>Удаление профиля</translation>
    </message>
    <message>
        <source>Changed a setting</source>
        <translation>Изменение параметра</translation>
    </message>
    <message>
        <source>Verified the audit log</source>
        <translation>Проверка журнала аудита</translation>
    </message>
    <message>
        <source>Exported the audit log</source>
        <translation>Экспорт журнала аудита</translation>
    </message>
    <message>
        <source>Acknowledged an alert</source>
        <translation>Подтверждение оповещения</translation>
    </message>
    <message>
        <source>Refused: not allowed</source>
        <translation>Отказано: нет разрешения</translation>
    </message>
    <message>
        <source>Exported a person&apos;s data (subject access)</source>
        <translation>Экспорт данных лица (запрос субъекта данных)</translation>
    </message>
    <message>
        <source>Erased a person</source>
        <translation>Удаление данных лица</translation>
    </message>
    <message>
        <source>Erased a person again after a restore</source>
        <translation>Повторное удаление данных лица после восстановления</translation>
    </message>
    <message>
        <source>The erasure ledger was found damaged</source>
        <translation>Обнаружено повреждение журнала удалений</translation>
    </message>
    <message>
        <source>Recorded a consent</source>
        <translation>Регистрация согласия</translation>
    </message>
    <message>
        <source>Withdrew a consent</source>
        <translation>Отзыв согласия</translation>
    </message>
    <message>
        <source>Restricted processing</source>
        <translation>Ограничение обработки</translation>
    </message>
    <message>
        <source>Lifted a restriction</source>
        <translation>Снятие ограничения обработки</translation>
    </message>
    <message>
        <source>Changed a retention rule</source>
        <translation>Изменение правила срока хранения</translation>
    </message>
    <message>
        <source>Applied the retention rules</source>
        <translation>Применение правил сроков хранения</translation>
    </message>
    <message>
        <source>Generated the record of processing</source>
        <translation>Формирование реестра операций обработки</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation>Неудачный вход</translation>
    </message>
    <message>
        <source>Added a task</source>
        <translation>Добавлена задача</translation>
    </message>
    <message>
        <source>Changed a task</source>
        <translation>Изменена задача</translation>
    </message>
    <message>
        <source>Completed a task</source>
        <translation>Задача выполнена</translation>
    </message>
    <message>
        <source>Reopened a task</source>
        <translation>Задача открыта снова</translation>
    </message>
    <message>
        <source>Snoozed a task&apos;s reminder</source>
        <translation>Напоминание о задаче отложено</translation>
    </message>
    <message>
        <source>Deleted a task</source>
        <translation>Удалена задача</translation>
    </message>
    <message>
        <source>Exported tasks and meetings as a calendar</source>
        <translation>Задачи и встречи экспортированы как календарь</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <source>Backup verified</source>
        <translation>Резервная копия проверена</translation>
    </message>
    <message>
        <source>Pruned old backups</source>
        <translation>Удалены старые резервные копии</translation>
    </message>
    <message>
        <source>Reset an authenticator enrolment</source>
        <translation>Сброс регистрации аутентификатора</translation>
    </message>
    <message>
        <source>Changed own authenticator enrolment</source>
        <translation>Изменение регистрации собственного аутентификатора</translation>
    </message>
    <message>
        <source>Made new recovery codes for own account</source>
        <translation>Новые коды восстановления для собственной учётной записи</translation>
    </message>
    <message>
        <source>Saved the dashboard as a PDF</source>
        <translation>Панель показателей сохранена в PDF</translation>
    </message>
    <message>
        <source>Subject access export</source>
        <translation>Экспорт по запросу субъекта данных</translation>
    </message>
    <message>
        <source>Attached a file</source>
        <translation>Вложен файл</translation>
    </message>
    <message>
        <source>Viewed an attached file</source>
        <translation>Просмотрен вложенный файл</translation>
    </message>
    <message>
        <source>Saved a copy of an attached file</source>
        <translation>Сохранена копия вложенного файла</translation>
    </message>
    <message>
        <source>Deleted an attached file</source>
        <translation>Удалён вложенный файл</translation>
    </message>
    <message>
        <source>Erasure re-applied after a restore</source>
        <translation>Удаление данных применено повторно после восстановления</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Согласие зарегистрировано</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Согласие отозвано</translation>
    </message>
    <message>
        <source>Processing restricted</source>
        <translation>Обработка ограничена</translation>
    </message>
    <message>
        <source>Restriction lifted</source>
        <translation>Ограничение обработки снято</translation>
    </message>
    <message>
        <source>Retention rule changed</source>
        <translation>Правило срока хранения изменено</translation>
    </message>
    <message>
        <source>Retention rules applied</source>
        <translation>Правила сроков хранения применены</translation>
    </message>
    <message>
        <source>Record of processing generated</source>
        <translation>Реестр операций обработки сформирован</translation>
    </message>
    <message>
        <source>Invited a laptop to the team book</source>
        <translation>Приглашение ноутбука в книгу команды</translation>
    </message>
    <message>
        <source>Asked to join a team book</source>
        <translation>Запрос на присоединение к книге команды</translation>
    </message>
    <message>
        <source>Admitted a device to the team book</source>
        <translation>Принятие устройства в книгу команды</translation>
    </message>
    <message>
        <source>Refused a device&apos;s join request</source>
        <translation>Отклонение запроса устройства на присоединение</translation>
    </message>
    <message>
        <source>Revoked a device</source>
        <translation>Отзыв устройства</translation>
    </message>
    <message>
        <source>Started a team book</source>
        <translation>Создание книги команды</translation>
    </message>
    <message>
        <source>Synced with the team</source>
        <translation>Синхронизация с командой</translation>
    </message>
    <message>
        <source>Refused a change from another device</source>
        <translation>Отклонение изменения с другого устройства</translation>
    </message>
    <message>
        <source>Resolved a sync conflict</source>
        <translation>Разрешение конфликта синхронизации</translation>
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
        <translation>Все действия</translation>
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
        <translation>
            <numerusform>Страница {0} из {1} · %Ln запись</numerusform>
            <numerusform>Страница {0} из {1} · %Ln записи</numerusform>
            <numerusform>Страница {0} из {1} · %Ln записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Chain intact: %Ln entry(s), every link checked.</source>
        <translation>
            <numerusform>Цепочка не нарушена: %Ln запись, проверены все звенья.</numerusform>
            <numerusform>Цепочка не нарушена: %Ln записи, проверены все звенья.</numerusform>
            <numerusform>Цепочка не нарушена: %Ln записей, проверены все звенья.</numerusform>
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
    <name>AuthenticatorPage</name>
    <message>
        <source>Scan this code with your authenticator app, or type the key into it. Each sign-in asks for the 6-digit code it shows.</source>
        <translation>Отсканируйте этот код приложением-аутентификатором или введите в него ключ. При каждом входе запрашивается 6-значный код, который оно показывает.</translation>
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
        <source>Code shown now:</source>
        <translation>Код, показанный сейчас:</translation>
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
        <translation>Резервная копия создана.</translation>
    </message>
    <message>
        <source>Backed up and verified ({0}). The archive is:
{1}</source>
        <translation>Резервная копия создана и проверена ({0}). Архив:
{1}</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>No verified backup yet.</source>
        <translation>Проверенной резервной копии пока нет.</translation>
    </message>
    <message numerus="yes">
        <source>Last verified backup is %n day(s) old.</source>
        <translation>
            <numerusform>Возраст последней проверенной резервной копии: %n день.</numerusform>
            <numerusform>Возраст последней проверенной резервной копии: %n дня.</numerusform>
            <numerusform>Возраст последней проверенной резервной копии: %n дней.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last verified backup: {time} UTC.</source>
        <translation>Последняя проверенная резервная копия: {time} UTC.</translation>
    </message>
    <message numerus="yes">
        <source>%n erasure(s)</source>
        <translation>
            <numerusform>%n удаление данных</numerusform>
            <numerusform>%n удаления данных</numerusform>
            <numerusform>%n удалений данных</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disabled user(s)</source>
        <translation>
            <numerusform>%n отключённый пользователь</numerusform>
            <numerusform>%n отключённых пользователя</numerusform>
            <numerusform>%n отключённых пользователей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential change(s)</source>
        <translation>
            <numerusform>%n изменение учётных данных</numerusform>
            <numerusform>%n изменения учётных данных</numerusform>
            <numerusform>%n изменений учётных данных</numerusform>
        </translation>
    </message>
    <message>
        <source>re-applied {items}</source>
        <translation>повторно применено: {items}</translation>
    </message>
    <message>
        <source>Backups: not set up</source>
        <translation>Резервное копирование: не настроено</translation>
    </message>
    <message>
        <source>the vault&apos;s keyslots.json</source>
        <translation>keyslots.json хранилища</translation>
    </message>
    <message>
        <source>pinned on this machine ({fingerprint})</source>
        <translation>закреплён на этом компьютере ({fingerprint})</translation>
    </message>
    <message>
        <source>trusted on first use ({fingerprint}): compare it with the fingerprint on the recovery sheet</source>
        <translation>принят при первом использовании ({fingerprint}): сверьте его с отпечатком на листе восстановления</translation>
    </message>
    <message>
        <source>no pinned key</source>
        <translation>нет закреплённого ключа</translation>
    </message>
    <message>
        <source>the fingerprint given ({fingerprint})</source>
        <translation>указанный отпечаток ({fingerprint})</translation>
    </message>
    <message>
        <source>no signature carries the fingerprint given</source>
        <translation>ни одна подпись не содержит указанный отпечаток</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>повреждено</translation>
    </message>
    <message>
        <source>sequences 1..{last} are missing before {name}</source>
        <translation>перед {name} отсутствуют номера 1..{last}</translation>
    </message>
    <message>
        <source>two archives claim sequence {sequence}</source>
        <translation>два архива претендуют на номер {sequence}</translation>
    </message>
    <message>
        <source>sequence {missing} missing between {previous} and {name}: an archive was deleted</source>
        <translation>номер {missing} отсутствует между {previous} и {name}: архив был удалён</translation>
    </message>
    <message>
        <source>{name} does not follow {previous}: an archive was replaced</source>
        <translation>{name} не следует за {previous}: архив был заменён</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>{size} байт</translation>
    </message>
    <message>
        <source>{size} bytes, the signature says {signed}</source>
        <translation>{size} байт, в подписи указано {signed}</translation>
    </message>
    <message>
        <source>{digest}, the signature says {signed}</source>
        <translation>{digest}, в подписи указано {signed}</translation>
    </message>
    <message>
        <source>{name} is missing (its signature is there)</source>
        <translation>{name} отсутствует (его подпись есть)</translation>
    </message>
    <message>
        <source>{name} is not a VaultCRM archive name</source>
        <translation>{name} не является именем архива VaultCRM</translation>
    </message>
    <message>
        <source>{name}.sig is missing: an incomplete or foreign upload</source>
        <translation>{name}.sig отсутствует: неполная или посторонняя загрузка</translation>
    </message>
    <message>
        <source>no trusted key</source>
        <translation>нет доверенного ключа</translation>
    </message>
    <message>
        <source>Ed25519 by {fingerprint}, sequence {sequence}</source>
        <translation>Ed25519, ключ {fingerprint}, номер {sequence}</translation>
    </message>
    <message>
        <source>no gap up to sequence {sequence}</source>
        <translation>пропусков нет до номера {sequence}</translation>
    </message>
    <message>
        <source>age decrypted and authenticated every chunk</source>
        <translation>age расшифровал и проверил подлинность каждого блока</translation>
    </message>
    <message>
        <source>manifest.json is missing or damaged ({reason})</source>
        <translation>manifest.json отсутствует или повреждён ({reason})</translation>
    </message>
    <message>
        <source>SHA-256 of keyslots.json and vault.db match the manifest</source>
        <translation>SHA-256 файлов хранилища keyslots.json и vault.db совпадают с манифестом</translation>
    </message>
    <message>
        <source>differ from the manifest: {members}</source>
        <translation>отличаются от манифеста: {members}</translation>
    </message>
    <message>
        <source>agrees with the signature</source>
        <translation>совпадает с подписью</translation>
    </message>
    <message>
        <source>differs from the signature in {fields}</source>
        <translation>отличается от подписи в полях {fields}</translation>
    </message>
    <message>
        <source>the manifest holds no database key</source>
        <translation>манифест не содержит ключа базы данных</translation>
    </message>
    <message>
        <source>integrity_check and cipher_integrity_check: ok</source>
        <translation>integrity_check и cipher_integrity_check: ok</translation>
    </message>
    <message>
        <source>the database does not open with the manifest&apos;s key ({reason})</source>
        <translation>база данных не открывается ключом из манифеста ({reason})</translation>
    </message>
    <message>
        <source>{rows} rows in {tables} tables match the manifest</source>
        <translation>строк: {rows}, таблиц: {tables} — совпадает с манифестом</translation>
    </message>
    <message>
        <source>row counts differ in {tables}</source>
        <translation>число строк отличается в таблицах {tables}</translation>
    </message>
    <message>
        <source>schema version {version}</source>
        <translation>версия схемы {version}</translation>
    </message>
    <message>
        <source>same vault and signing key; recovery slot not checked (this key is an extra recipient, not the vault&apos;s recovery key: it cannot restore)</source>
        <translation>то же хранилище и ключ подписи; слот восстановления не проверен (этот ключ — дополнительный получатель, а не ключ восстановления хранилища: им нельзя восстановить данные)</translation>
    </message>
    <message>
        <source>same vault and signing key; recovery slot opens; MAC valid</source>
        <translation>то же хранилище и ключ подписи; слот восстановления открывается; MAC верен</translation>
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
        <translation>Выполняется</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>Meeting: {customer}</source>
        <translation>Встреча: {customer}</translation>
    </message>
    <message>
        <source>Customer: {customer}</source>
        <translation>Клиент: {customer}</translation>
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
        <translation>прервано</translation>
    </message>
    <message>
        <source>unexpected error ({kind}: {error})</source>
        <translation>непредвиденная ошибка ({kind}: {error})</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n audit entry(s) to {path}.</source>
        <translation>
            <numerusform>Экспортирована %n запись журнала аудита в {path}.</numerusform>
            <numerusform>Экспортировано %n записи журнала аудита в {path}.</numerusform>
            <numerusform>Экспортировано %n записей журнала аудита в {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>({shown} of {total}; use --offset/--limit for more)</source>
        <translation>({shown} из {total}; чтобы увидеть остальные, используйте --offset/--limit)</translation>
    </message>
    <message numerus="yes">
        <source>Audit log intact: %n entry(s).</source>
        <translation>
            <numerusform>Журнал аудита не нарушен: %n запись.</numerusform>
            <numerusform>Журнал аудита не нарушен: %n записи.</numerusform>
            <numerusform>Журнал аудита не нарушен: %n записей.</numerusform>
        </translation>
    </message>
    <message>
        <source>AUDIT LOG BROKEN at entry {seq} ({at} {action}): {reason}</source>
        <translation>ЖУРНАЛ АУДИТА НАРУШЕН на записи {seq} ({at} {action}): {reason}</translation>
    </message>
    <message>
        <source>Alert {id} acknowledged.</source>
        <translation>Оповещение {id} подтверждено.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>открыто</translation>
    </message>
    <message>
        <source>ack {user}</source>
        <translation>подтв. {user}</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>встроенный</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>пользовательский</translation>
    </message>
    <message>
        <source>Created profile {name}.</source>
        <translation>Создан профиль {name}.</translation>
    </message>
    <message>
        <source>Deleted profile {name}.</source>
        <translation>Удалён профиль {name}.</translation>
    </message>
    <message>
        <source>Backed up to {url}.</source>
        <translation>Резервная копия сохранена в {url}.</translation>
    </message>
    <message>
        <source>{size} bytes, SHA-256 {sha256}, sequence {sequence}, read back and verified: {verified}</source>
        <translation>{size} байт, SHA-256 {sha256}, номер {sequence}, считано обратно и проверено: {verified}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>НЕТ</translation>
    </message>
    <message>
        <source>Pruned by retention: {archives}</source>
        <translation>Удалено по правилам хранения: {archives}</translation>
    </message>
    <message>
        <source>Warning: the signed revocation ledger could not be written at the location (the archive&apos;s manifest carries it; the next backup tries again).</source>
        <translation>Предупреждение: подписанный журнал отзывов не удалось записать в место хранения (он содержится в манифесте архива; следующее резервное копирование повторит попытку).</translation>
    </message>
    <message>
        <source>No signed archives here.</source>
        <translation>Подписанных архивов здесь нет.</translation>
    </message>
    <message>
        <source>Verified (deep)</source>
        <translation>Проверено (полная проверка)</translation>
    </message>
    <message>
        <source>Verified (quick)</source>
        <translation>Проверено (быстрая проверка)</translation>
    </message>
    <message>
        <source>VERIFICATION FAILED (deep)</source>
        <translation>ПРОВЕРКА НЕ ПРОЙДЕНА (полная)</translation>
    </message>
    <message>
        <source>VERIFICATION FAILED (quick)</source>
        <translation>ПРОВЕРКА НЕ ПРОЙДЕНА (быстрая)</translation>
    </message>
    <message numerus="yes">
        <source>Restored {archive} into {vault} (%n row(s)).</source>
        <translation>
            <numerusform>{archive} восстановлен в хранилище {vault} (%n строка).</numerusform>
            <numerusform>{archive} восстановлен в хранилище {vault} (%n строки).</numerusform>
            <numerusform>{archive} восстановлен в хранилище {vault} (%n строк).</numerusform>
        </translation>
    </message>
    <message>
        <source>Signer: {signer}</source>
        <translation>Подписавший: {signer}</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>не найден</translation>
    </message>
    <message>
        <source>Revocation ledger: {summary} (from: {sources})</source>
        <translation>Журнал отзывов: {summary} (источники: {sources})</translation>
    </message>
    <message>
        <source>Their password changed after this backup; give them a new one (user reset-password): {users}</source>
        <translation>Пароли этих пользователей изменились после создания резервной копии; задайте им новые (user reset-password): {users}</translation>
    </message>
    <message>
        <source>Warning: {problem}</source>
        <translation>Предупреждение: {problem}</translation>
    </message>
    <message>
        <source>Secret for the location: </source>
        <translation>Секрет для места хранения: </translation>
    </message>
    <message>
        <source>Stored the secret for {key} in the {place}.</source>
        <translation>Секрет для {key} сохранён ({place}).</translation>
    </message>
    <message>
        <source>would prune {archive}</source>
        <translation>будет удалён: {archive}</translation>
    </message>
    <message>
        <source>keep {archive} ({reasons})</source>
        <translation>сохраняется: {archive} ({reasons})</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Пароль: </translation>
    </message>
    <message>
        <source>Code from your authenticator app: </source>
        <translation>Код из приложения-аутентификатора: </translation>
    </message>
    <message>
        <source>Customer {id} changed (version {version}).</source>
        <translation>Клиент {id} изменён (версия {version}).</translation>
    </message>
    <message>
        <source>Customer {id} moved to the bin.</source>
        <translation>Клиент {id} перемещён в корзину.</translation>
    </message>
    <message>
        <source>Wrote {path} and {html} ({sections}).</source>
        <translation>Записаны файлы {path} и {html} ({sections}).</translation>
    </message>
    <message>
        <source>Erased customer {id} (ledger entry {entry}).</source>
        <translation>Данные клиента {id} удалены (запись журнала {entry}).</translation>
    </message>
    <message>
        <source>Processing of customer {id} is restricted.</source>
        <translation>Обработка данных клиента {id} ограничена.</translation>
    </message>
    <message>
        <source>Restriction lifted for customer {id}.</source>
        <translation>Ограничение обработки для клиента {id} снято.</translation>
    </message>
    <message>
        <source>Recorded consent {id}.</source>
        <translation>Согласие {id} зарегистрировано.</translation>
    </message>
    <message>
        <source>Consent {id} withdrawn.</source>
        <translation>Согласие {id} отозвано.</translation>
    </message>
    <message>
        <source>Added retention rule {id}.</source>
        <translation>Добавлено правило срока хранения {id}.</translation>
    </message>
    <message>
        <source>{id}  {name}  ({rule}, last activity {at})</source>
        <translation>{id}  {name}  ({rule}, последняя активность {at})</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) would be erased (preview; add --apply to erase them).</source>
        <translation>
            <numerusform>Будут удалены данные %n лица (предварительный просмотр; чтобы удалить их, добавьте --apply).</numerusform>
            <numerusform>Будут удалены данные %n лиц (предварительный просмотр; чтобы удалить их, добавьте --apply).</numerusform>
            <numerusform>Будут удалены данные %n лиц (предварительный просмотр; чтобы удалить их, добавьте --apply).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erased %n person(s).</source>
        <translation>
            <numerusform>Удалены данные %n лица.</numerusform>
            <numerusform>Удалены данные %n лиц.</numerusform>
            <numerusform>Удалены данные %n лиц.</numerusform>
        </translation>
    </message>
    <message>
        <source>Invitation for {user} ({profile}) written to {path}; it expires on {time}.</source>
        <translation>Приглашение для {user} (профиль {profile}) записано в {path}; срок его действия истекает {time}.</translation>
    </message>
    <message>
        <source>ONE-TIME CODE (tell it to {user} separately from the file; shown once): {code}</source>
        <translation>ОДНОРАЗОВЫЙ КОД (сообщите его пользователю {user} отдельно от файла; показывается один раз): {code}</translation>
    </message>
    <message>
        <source>Roster fingerprint: {fingerprint}</source>
        <translation>Отпечаток списка участников: {fingerprint}</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>Новый пароль: </translation>
    </message>
    <message>
        <source>One-time code: </source>
        <translation>Одноразовый код: </translation>
    </message>
    <message>
        <source>Created vault {id} in {folder} for {user}.</source>
        <translation>Хранилище {id} создано в {folder} для {user}.</translation>
    </message>
    <message>
        <source>Device {device} asked to join; waiting for an administrator to approve it.</source>
        <translation>Устройство {device} запросило присоединение; ожидается одобрение администратора.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>(stale)</source>
        <translation>(устарело)</translation>
    </message>
    <message>
        <source>(this device)</source>
        <translation>(это устройство)</translation>
    </message>
    <message>
        <source>Device {device} of {user} is on the team&apos;s roster (version {version}).</source>
        <translation>Устройство {device} пользователя {user} есть в списке участников команды (версия {version}).</translation>
    </message>
    <message>
        <source>Device {device} is revoked; its segments after number {seq} are refused.</source>
        <translation>Устройство {device} отозвано; его сегменты после номера {seq} отклоняются.</translation>
    </message>
    <message>
        <source>Device {device} asked to join again; the administrator approving it should see the fingerprint {fingerprint}.</source>
        <translation>Устройство {device} повторно запросило присоединение; администратор, одобряющий запрос, должен увидеть отпечаток {fingerprint}.</translation>
    </message>
    <message>
        <source>Created vault {id} in {folder}.</source>
        <translation>Хранилище {id} создано в {folder}.</translation>
    </message>
    <message>
        <source>Administrator: {user}</source>
        <translation>Администратор: {user}</translation>
    </message>
    <message>
        <source>TOTP secret (add it to your authenticator app): {secret}</source>
        <translation>Секрет TOTP (добавьте его в приложение-аутентификатор): {secret}</translation>
    </message>
    <message>
        <source>TOTP URI: {uri}</source>
        <translation>URI TOTP: {uri}</translation>
    </message>
    <message>
        <source>RECOVERY KEY (print it and keep it safe; shown once): {key}</source>
        <translation>КЛЮЧ ВОССТАНОВЛЕНИЯ (распечатайте его и храните в надёжном месте; показывается один раз): {key}</translation>
    </message>
    <message>
        <source>Signing key fingerprint: {fingerprint}</source>
        <translation>Отпечаток ключа подписи: {fingerprint}</translation>
    </message>
    <message>
        <source>Recovery codes (each works once): {codes}</source>
        <translation>Коды восстановления (каждый действует один раз): {codes}</translation>
    </message>
    <message>
        <source>Losing both your password and the recovery key loses the data.</source>
        <translation>Если вы потеряете и пароль, и ключ восстановления, данные будут утрачены.</translation>
    </message>
    <message>
        <source>Current password: </source>
        <translation>Текущий пароль: </translation>
    </message>
    <message>
        <source>Password changed for {user}.</source>
        <translation>Пароль пользователя {user} изменён.</translation>
    </message>
    <message>
        <source>New password and TOTP enrolment for {user}.</source>
        <translation>Новый пароль и регистрация TOTP для {user}.</translation>
    </message>
    <message>
        <source>TOTP secret: {secret}</source>
        <translation>Секрет TOTP: {secret}</translation>
    </message>
    <message>
        <source>Recovery codes: {codes}</source>
        <translation>Коды восстановления: {codes}</translation>
    </message>
    <message>
        <source>Password for the new user: </source>
        <translation>Пароль нового пользователя: </translation>
    </message>
    <message>
        <source>Added {user} ({profile}).</source>
        <translation>Пользователь {user} добавлен (профиль {profile}).</translation>
    </message>
    <message>
        <source>last sign-in: {time}</source>
        <translation>последний вход: {time}</translation>
    </message>
    <message>
        <source>last sign-in: never</source>
        <translation>последний вход: никогда</translation>
    </message>
    <message>
        <source>Disabled {user}.</source>
        <translation>Пользователь {user} отключён.</translation>
    </message>
    <message>
        <source>Re-enabled {user}; they must choose a new password at sign-in.</source>
        <translation>Пользователь {user} снова включён; при входе ему нужно выбрать новый пароль.</translation>
    </message>
    <message>
        <source>Temporary password set for {user}; they must change it at sign-in.</source>
        <translation>Для пользователя {user} задан временный пароль; при входе его нужно сменить.</translation>
    </message>
    <message>
        <source>New authenticator enrolment for {user} (temporary password set).</source>
        <translation>Новая регистрация аутентификатора для пользователя {user} (задан временный пароль).</translation>
    </message>
    <message>
        <source>{user} now has the profile {profile}.</source>
        <translation>Пользователю {user} назначен профиль {profile}.</translation>
    </message>
    <message>
        <source>Temporary password: </source>
        <translation>Временный пароль: </translation>
    </message>
    <message>
        <source>Would import {imported}, skipped {skipped} (dry run: nothing written).</source>
        <translation>Было бы импортировано: {imported}, пропущено: {skipped} (пробный запуск: ничего не записано).</translation>
    </message>
    <message>
        <source>Imported {imported}, skipped {skipped}.</source>
        <translation>Импортировано: {imported}, пропущено: {skipped}.</translation>
    </message>
    <message>
        <source>encoding: {encoding}</source>
        <translation>кодировка: {encoding}</translation>
    </message>
    <message>
        <source>encoding: {encoding} (a guess)</source>
        <translation>кодировка: {encoding} (предположительно)</translation>
    </message>
    <message>
        <source>  warning: {where}: {reason}</source>
        <translation>  предупреждение: {where}: {reason}</translation>
    </message>
    <message>
        <source>  {where}: {reason}</source>
        <translation>  {where}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n customer(s) to {path}.</source>
        <translation>
            <numerusform>Экспортирован %n клиент в {path}.</numerusform>
            <numerusform>Экспортировано %n клиента в {path}.</numerusform>
            <numerusform>Экспортировано %n клиентов в {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No customers found.</source>
        <translation>Клиенты не найдены.</translation>
    </message>
    <message>
        <source>This vault is now the first device of team book {book}.</source>
        <translation>Это хранилище теперь первое устройство книги команды {book}.</translation>
    </message>
    <message>
        <source>Device: {device}</source>
        <translation>Устройство: {device}</translation>
    </message>
    <message>
        <source>Genesis fingerprint (compare it on every invitation): {fingerprint}</source>
        <translation>Исходный отпечаток (сверяйте его при каждом приглашении): {fingerprint}</translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>Последняя синхронизация: {when}</translation>
    </message>
    <message>
        <source>Changes waiting: {count}</source>
        <translation>Ожидающих изменений: {count}</translation>
    </message>
    <message>
        <source>Location: {url}</source>
        <translation>Место: {url}</translation>
    </message>
    <message>
        <source>Book: {book}  device: {device}</source>
        <translation>Книга: {book}  устройство: {device}</translation>
    </message>
    <message>
        <source>refused: {device} segment {segment}: {reason}</source>
        <translation>отклонено: {device}, сегмент {segment}: {reason}</translation>
    </message>
    <message>
        <source>Stale devices: unknown (the location cannot be reached).</source>
        <translation>Устаревшие устройства: неизвестно (место синхронизации недоступно).</translation>
    </message>
    <message>
        <source>Stale device: {device} ({user}), last seen {when}; it holds compaction back until it syncs or is revoked.</source>
        <translation>Устаревшее устройство: {device} ({user}), последний раз замечено {when}; оно задерживает уплотнение, пока не синхронизируется или не будет отозвано.</translation>
    </message>
    <message>
        <source>warning: the changes of device {device} are dated {minutes} min ahead of this computer&apos;s clock; check that device&apos;s clock.</source>
        <translation>предупреждение: изменения устройства {device} датированы на {minutes} мин позже часов этого компьютера; проверьте часы того устройства.</translation>
    </message>
    <message>
        <source>warning: this computer&apos;s clock differs from the sync location&apos;s by {minutes} min; check the clock.</source>
        <translation>предупреждение: часы этого компьютера расходятся со временем места синхронизации на {minutes} мин; проверьте часы.</translation>
    </message>
    <message>
        <source>Conflict {id} resolved: {value}</source>
        <translation>Конфликт {id} разрешён: {value}</translation>
    </message>
    <message>
        <source>{id}  {at}  {table}.{field} of {uid}: kept {kept} (from {kept_from}), other {other} (from {other_from})</source>
        <translation>{id}  {at}  {table}.{field} записи {uid}: сохранено (kept) {kept} (с устройства {kept_from}), другое (other) {other} (с устройства {other_from})</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Конфликтов нет.</translation>
    </message>
    <message>
        <source>No deals.</source>
        <translation>Сделок нет.</translation>
    </message>
    <message>
        <source>Added task {id}.</source>
        <translation>Добавлена задача {id}.</translation>
    </message>
    <message>
        <source>No tasks.</source>
        <translation>Задач нет.</translation>
    </message>
    <message>
        <source>Task {id} is open again.</source>
        <translation>Задача {id} снова открыта.</translation>
    </message>
    <message>
        <source>Task {id} is done.</source>
        <translation>Задача {id} выполнена.</translation>
    </message>
    <message>
        <source>Next occurrence: task {id}.</source>
        <translation>Следующее повторение: задача {id}.</translation>
    </message>
    <message>
        <source>Wrote {path} ({tasks} tasks, {meetings} meetings).</source>
        <translation>Записан {path} (задач: {tasks}, встреч: {meetings}).</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Важность</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Оповещение</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Подтверждено</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Последний вход</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>Требуется смена пароля</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>Erased for good on</source>
        <translation>Окончательное удаление</translation>
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
        <source>City</source>
        <translation>Город</translation>
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
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Столбец в файле</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Пример</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Поле назначения</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Why it was not imported</source>
        <translation>Почему не импортировано</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Последний раз замечено</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>Отставание</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Текущее значение</translation>
    </message>
    <message>
        <source>Current by</source>
        <translation>Источник текущего значения</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Другое значение</translation>
    </message>
    <message>
        <source>Other by</source>
        <translation>Источник другого значения</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>Keep the current value</source>
        <translation>Сохранить текущее значение</translation>
    </message>
    <message>
        <source>Take the other value</source>
        <translation>Принять другое значение</translation>
    </message>
    <message>
        <source>The current value is the one every device holds now. Select one or more rows and keep it, or take the other value instead; either choice is recorded in the audit log and synced to the team.</source>
        <translation>Текущее значение — то, которое сейчас хранится на всех устройствах. Выберите одну или несколько строк и сохраните его или вместо него примите другое значение; любой выбор записывается в журнал аудита и синхронизируется с командой.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) resolved.</source>
        <translation>
            <numerusform>Разрешён %n конфликт.</numerusform>
            <numerusform>Разрешено %n конфликта.</numerusform>
            <numerusform>Разрешено %n конфликтов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflict {0} was not: {1}</source>
        <translation>Конфликт {0} не разрешён: {1}</translation>
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
    <name>ContactLabel</name>
    <message>
        <source>work</source>
        <translation>рабочий</translation>
    </message>
    <message>
        <source>home</source>
        <translation>домашний</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>мобильный</translation>
    </message>
    <message>
        <source>other</source>
        <translation>другой</translation>
    </message>
    <message>
        <source>main</source>
        <translation>основной</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>факс</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>пейджер</translation>
    </message>
</context>
<context>
    <name>CountryBox</name>
    <message>
        <source>(not chosen)</source>
        <translation>(не выбрано)</translation>
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
        <translation>Улица</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Почтовый индекс</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
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
        <translation>Отменить изменения?</translation>
    </message>
    <message>
        <source>What you typed for this customer has not been saved. Discard it?</source>
        <translation>Введённые данные этого клиента не сохранены. Отменить их?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Не сохранять</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Продолжить правку</translation>
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
        <translation>Отменить изменения?</translation>
    </message>
    <message>
        <source>What you typed has not been saved. Discard it?</source>
        <translation>Введённые данные не сохранены. Отменить их?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Не сохранять</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Продолжить правку</translation>
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
    <message>
        <source>{0} (sync conflict)</source>
        <translation>{0} (конфликт синхронизации)</translation>
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
        <translation>Отменить удаление</translation>
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
    <name>Dashboard</name>
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
        <source>Pipeline value by stage ({0})</source>
        <translation>Сумма воронки по этапам ({0})</translation>
    </message>
    <message>
        <source>Also in other currencies: {0}</source>
        <translation>Также в других валютах: {0}</translation>
    </message>
    <message>
        <source>Won and lost deals per month</source>
        <translation>Выигранные и проигранные сделки по месяцам</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Выиграны</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Проиграны</translation>
    </message>
    <message>
        <source>(no user)</source>
        <translation>(без пользователя)</translation>
    </message>
    <message>
        <source>Activities per user per week</source>
        <translation>Взаимодействия по пользователям за неделю</translation>
    </message>
    <message>
        <source>New customers per month</source>
        <translation>Новые клиенты по месяцам</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Overdue tasks per user</source>
        <translation>Просроченные задачи по пользователям</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Просроченные задачи</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Панель показателей</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <source>Save the dashboard as a PDF</source>
        <translation>Сохранить панель показателей в PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>Сохранено: {0}</translation>
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
        <translation>например, {0}</translation>
    </message>
    <message>
        <source>e.g. {0} (optional)</source>
        <translation>например, {0} (необязательно)</translation>
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
        <translation>Удалить сделку</translation>
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
        <translation>Написать на {0}</translation>
    </message>
    <message>
        <source>Call {0}</source>
        <translation>Позвонить на {0}</translation>
    </message>
    <message>
        <source>No program on this computer opens {0} links.</source>
        <translation>На этом компьютере нет программы, открывающей ссылки {0}.</translation>
    </message>
    <message>
        <source>E-mail to {0}: </source>
        <translation>Письмо на {0}: </translation>
    </message>
    <message>
        <source>Call to {0}: </source>
        <translation>Звонок на {0}: </translation>
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
    <name>DeviceState</name>
    <message>
        <source>Active</source>
        <translation>Активно</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Отозвано</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Ожидает одобрения</translation>
    </message>
    <message>
        <source>{0}, not synced for a while</source>
        <translation>{0}, давно не синхронизировалось</translation>
    </message>
    <message>
        <source>{0}, this device</source>
        <translation>{0}, это устройство</translation>
    </message>
    <message numerus="yes">
        <source>%n change file(s)</source>
        <translation>
            <numerusform>%n файл изменений</numerusform>
            <numerusform>%n файла изменений</numerusform>
            <numerusform>%n файлов изменений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <source>Devices</source>
        <translation>Устройства</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Одобрить…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Отозвать…</translation>
    </message>
    <message>
        <source>A device highlighted as stale has not synced for longer than the team allows (Settings). Revoking stops a device from syncing; what is already on it stays there.</source>
        <translation>Устройство, выделенное как устаревшее, не синхронизировалось дольше, чем допускает команда («Настройки»). Отзыв прекращает синхронизацию устройства; то, что на нём уже есть, там и остаётся.</translation>
    </message>
    <message>
        <source>Approve device</source>
        <translation>Одобрить устройство</translation>
    </message>
    <message>
        <source>Admit this device of {user} to the team? It will download the team&apos;s customers and sync from now on.</source>
        <translation>Принять это устройство пользователя {user} в команду? Оно загрузит клиентов команды и с этого момента будет синхронизироваться.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Одобрить</translation>
    </message>
    <message>
        <source>The device is approved, but the book could not be published for it yet: {0}</source>
        <translation>Устройство одобрено, но книгу для него пока не удалось опубликовать: {0}</translation>
    </message>
    <message>
        <source>Revoke this device of {user}?

From now on it can no longer sync: the other devices refuse anything it sends after what they have already received, and it receives nothing new.

Revoking does not delete anything: the customers already on that laptop stay there. If the laptop is lost, also disable the user or change their password.</source>
        <translation>Отозвать это устройство пользователя {user}?

С этого момента оно больше не сможет синхронизироваться: другие устройства отклоняют всё, что оно отправит сверх уже полученного, и оно не получает ничего нового.

Отзыв ничего не удаляет: клиенты, которые уже есть на этом ноутбуке, там и остаются. Если ноутбук утерян, также отключите пользователя или смените его пароль.</translation>
    </message>
    <message>
        <source>Revoke device</source>
        <translation>Отозвать устройство</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Отозвать</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cannot save there</source>
        <translation>Невозможно сохранить в этом месте</translation>
    </message>
</context>
<context>
    <name>DownloadPage</name>
    <message>
        <source>This laptop is approved. It downloads the team&apos;s customer book now; you can cancel and try again later.</source>
        <translation>Этот ноутбук одобрен. Сейчас он загружает книгу клиентов команды; можно отменить и повторить позже.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Повторить</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>same email ({email}) as customer {id}</source>
        <translation>тот же адрес эл. почты ({email}), что у клиента {id}</translation>
    </message>
    <message>
        <source>same phone ({phone}) as customer {id}</source>
        <translation>тот же телефон ({phone}), что у клиента {id}</translation>
    </message>
    <message>
        <source>a close name ({name}) at the same company, customer {id}</source>
        <translation>похожее имя ({name}) в той же компании, клиент {id}</translation>
    </message>
    <message>
        <source>same email ({email}) as {where} of this file</source>
        <translation>тот же адрес эл. почты ({email}), что и в этом файле: {where}</translation>
    </message>
    <message>
        <source>same phone ({phone}) as {where} of this file</source>
        <translation>тот же телефон ({phone}), что и в этом файле: {where}</translation>
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
        <source>same email ({0})</source>
        <translation>тот же адрес эл. почты ({0})</translation>
    </message>
    <message>
        <source>same phone ({0})</source>
        <translation>тот же телефон ({0})</translation>
    </message>
    <message>
        <source>close names at the same company ({0})</source>
        <translation>похожие имена в той же компании ({0})</translation>
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
        <translation>Отсканируйте код приложением-аутентификатором (или введите ключ), затем введите код, который оно покажет. Прежний аутентификатор и коды восстановления больше не действуют; запишите новые коды восстановления.</translation>
    </message>
    <message>
        <source>Code from your authenticator app</source>
        <translation>Код из приложения-аутентификатора</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Ключ:</translation>
    </message>
    <message>
        <source>Recovery codes:</source>
        <translation>Коды восстановления:</translation>
    </message>
    <message>
        <source>Code from the app:</source>
        <translation>Код из приложения:</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>There is no alert {id}.</source>
        <translation>Оповещения {id} не существует.</translation>
    </message>
    <message>
        <source>The audit log exports as json or csv.</source>
        <translation>Журнал аудита экспортируется в формате json или csv.</translation>
    </message>
    <message>
        <source>{name}: not an ISO time (e.g. 2026-11-24 or 2026-11-24T09:30:00Z): {text}</source>
        <translation>{name}: не время в формате ISO (например, 2026-11-24 или 2026-11-24T09:30:00Z): {text}</translation>
    </message>
    <message>
        <source>The vault is locked. Sign in again.</source>
        <translation>Хранилище заблокировано. Войдите снова.</translation>
    </message>
    <message>
        <source>The key of person {id} does not open (modified outside the app).</source>
        <translation>Ключ лица {id} не открывается (изменён вне приложения).</translation>
    </message>
    <message>
        <source>No user is signed in.</source>
        <translation>Ни один пользователь не вошёл в систему.</translation>
    </message>
    <message>
        <source>This machine has no secure keyring ({name}); sign in to keep the secret inside the vault instead (--in-vault).</source>
        <translation>На этом компьютере нет защищённой связки ключей ({name}); войдите, чтобы хранить секрет внутри хранилища (--in-vault).</translation>
    </message>
    <message>
        <source>No backup location: choose one in the settings or pass --to.</source>
        <translation>Место хранения резервных копий не задано: выберите его в настройках или укажите --to.</translation>
    </message>
    <message>
        <source>{url} is inside the vault folder {folder}: a backup kept beside the vault is lost with it; choose a folder outside it (another disk, a share, a remote location).</source>
        <translation>{url} находится внутри папки хранилища {folder}: резервная копия рядом с хранилищем будет утрачена вместе с ним; выберите папку вне его (другой диск, общую папку, удалённое место хранения).</translation>
    </message>
    <message>
        <source>Restore needs the recovery key (--recovery-key-file) or a signed-in administrator.</source>
        <translation>Для восстановления нужен ключ восстановления (--recovery-key-file) или вошедший администратор.</translation>
    </message>
    <message>
        <source>{folder} is neither a vault nor empty; choose a new folder.</source>
        <translation>{folder} не является ни хранилищем, ни пустой папкой; выберите новую папку.</translation>
    </message>
    <message>
        <source>Cancelled; the current vault was not touched.</source>
        <translation>Отменено; текущее хранилище не затронуто.</translation>
    </message>
    <message>
        <source>This archive is from vault {archive_vault}, not the vault in {folder} ({vault}); restore it into a new folder.</source>
        <translation>Этот архив относится к хранилищу {archive_vault}, а не к хранилищу в {folder} ({vault}); восстановите его в новую папку.</translation>
    </message>
    <message>
        <source>The new backup is not verified; nothing is pruned.</source>
        <translation>Новая резервная копия не проверена; ничего не удалено.</translation>
    </message>
    <message>
        <source>Deep verify needs the recovery key (--recovery-key-file) or a signed-in administrator.</source>
        <translation>Для полной проверки нужен ключ восстановления (--recovery-key-file) или вошедший администратор.</translation>
    </message>
    <message>
        <source>Choose a sub-command (see --help).</source>
        <translation>Выберите подкоманду (см. --help).</translation>
    </message>
    <message>
        <source>{folder} is not a folder: there is no backup location there.</source>
        <translation>{folder} не является папкой: места хранения резервных копий там нет.</translation>
    </message>
    <message>
        <source>--user needs --vault (the vault to sign in to).</source>
        <translation>Для --user нужен --vault (хранилище, в которое нужно войти).</translation>
    </message>
    <message>
        <source>Deep verify failed: {reason}</source>
        <translation>Полная проверка не пройдена: {reason}</translation>
    </message>
    <message>
        <source>Restore needs either --recovery-key-file F or a sign-in (--user …).</source>
        <translation>Для восстановления нужен --recovery-key-file F или вход (--user …).</translation>
    </message>
    <message>
        <source>--user needs --vault.</source>
        <translation>Для --user нужен --vault (хранилище).</translation>
    </message>
    <message>
        <source>stdin has no line {number} ({what}).</source>
        <translation>В stdin нет строки {number} ({what}).</translation>
    </message>
    <message>
        <source>{what} needed: use --password-stdin or run in a terminal.</source>
        <translation>Требуется {what}: используйте --password-stdin или запустите в терминале.</translation>
    </message>
    <message>
        <source>A code is needed: use --totp CODE or --recovery-code CODE.</source>
        <translation>Нужен код: используйте --totp CODE или --recovery-code CODE.</translation>
    </message>
    <message>
        <source>{id} is neither a customer id nor a uid.</source>
        <translation>{id} не является ни идентификатором клиента, ни uid.</translation>
    </message>
    <message>
        <source>{item}: give FIELD=VALUE with FIELD one of {fields}.</source>
        <translation>{item}: укажите FIELD=VALUE, где FIELD — одно из: {fields}.</translation>
    </message>
    <message>
        <source>{field} is given twice.</source>
        <translation>{field} указано дважды.</translation>
    </message>
    <message>
        <source>Erasure cannot be undone: add --yes to confirm.</source>
        <translation>Удаление данных нельзя отменить: для подтверждения добавьте --yes.</translation>
    </message>
    <message>
        <source>customer id: a whole number</source>
        <translation>ID клиента: целое число</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>целое число</translation>
    </message>
    <message>
        <source>There is no customer {id}.</source>
        <translation>Клиента {id} не существует.</translation>
    </message>
    <message>
        <source>1 to 200 characters</source>
        <translation>от 1 до 200 символов</translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation>одно из значений: {choices}</translation>
    </message>
    <message>
        <source>Please check: {fields}.</source>
        <translation>Проверьте: {fields}.</translation>
    </message>
    <message>
        <source>There is no consent {id}.</source>
        <translation>Согласия {id} не существует.</translation>
    </message>
    <message>
        <source>This consent was already withdrawn.</source>
        <translation>Это согласие уже отозвано.</translation>
    </message>
    <message>
        <source>Customer {id} was already erased on {at}.</source>
        <translation>Данные клиента {id} уже удалены {at}.</translation>
    </message>
    <message>
        <source>status: lead, prospect, customer or inactive</source>
        <translation>статус: lead, prospect, customer или inactive</translation>
    </message>
    <message>
        <source>not a status</source>
        <translation>не является статусом</translation>
    </message>
    <message>
        <source>The retention preview has changed since you saw it; preview again before applying.</source>
        <translation>Предварительный просмотр по срокам хранения изменился с момента просмотра; перед применением просмотрите его снова.</translation>
    </message>
    <message>
        <source>There is no profile named {name}.</source>
        <translation>Профиля с именем {name} не существует.</translation>
    </message>
    <message>
        <source>A profile name is 1 to 64 characters.</source>
        <translation>Имя профиля должно содержать от 1 до 64 символов.</translation>
    </message>
    <message>
        <source>1 to 64 characters</source>
        <translation>от 1 до 64 символов</translation>
    </message>
    <message>
        <source>A profile name cannot hold invisible or direction-changing characters.</source>
        <translation>Имя профиля не может содержать невидимые символы или символы смены направления текста.</translation>
    </message>
    <message>
        <source>no invisible characters</source>
        <translation>без невидимых символов</translation>
    </message>
    <message>
        <source>The scope is &apos;own&apos; or &apos;all&apos;.</source>
        <translation>Область действия: «own» или «all».</translation>
    </message>
    <message>
        <source>own or all</source>
        <translation>own или all</translation>
    </message>
    <message>
        <source>Unknown permission atoms: {atoms}.</source>
        <translation>Неизвестные атомы разрешений: {atoms}.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>{name} is a built-in profile and cannot be changed; create a copy instead.</source>
        <translation>{name} — встроенный профиль, его нельзя изменить; создайте копию.</translation>
    </message>
    <message>
        <source>{name} is a built-in profile and cannot be deleted.</source>
        <translation>{name} — встроенный профиль, его нельзя удалить.</translation>
    </message>
    <message numerus="yes">
        <source>The profile {name} is still given to %n user(s); give them another profile first.</source>
        <translation>
            <numerusform>Профиль {name} всё ещё назначен %n пользователю; сначала назначьте ему другой профиль.</numerusform>
            <numerusform>Профиль {name} всё ещё назначен %n пользователям; сначала назначьте им другой профиль.</numerusform>
            <numerusform>Профиль {name} всё ещё назначен %n пользователям; сначала назначьте им другой профиль.</numerusform>
        </translation>
    </message>
    <message>
        <source>A profile named {name} already exists.</source>
        <translation>Профиль с именем {name} уже существует.</translation>
    </message>
    <message>
        <source>Your profile cannot see sensitive fields, so it cannot fill them in either ({fields}).</source>
        <translation>Ваш профиль не позволяет просматривать конфиденциальные поля, поэтому их нельзя и заполнять ({fields}).</translation>
    </message>
    <message>
        <source>lower-case letters, digits and _ (start with a letter)</source>
        <translation>строчные латинские буквы, цифры и _ (начиная с буквы)</translation>
    </message>
    <message>
        <source>text, number, date or choice</source>
        <translation>text, number, date или choice</translation>
    </message>
    <message>
        <source>a choice field needs choices</source>
        <translation>для поля выбора нужны варианты</translation>
    </message>
    <message>
        <source>a label is needed</source>
        <translation>нужна подпись</translation>
    </message>
    <message>
        <source>A custom field {key} exists already.</source>
        <translation>Настраиваемое поле {key} уже существует.</translation>
    </message>
    <message>
        <source>exists already</source>
        <translation>уже существует</translation>
    </message>
    <message>
        <source>Your profile can only own its own records; you cannot give one to someone else.</source>
        <translation>Ваш профиль позволяет быть ответственным только за собственные записи; передать запись другому нельзя.</translation>
    </message>
    <message>
        <source>owner: no such user</source>
        <translation>ответственный: такого пользователя нет</translation>
    </message>
    <message>
        <source>no such user</source>
        <translation>такого пользователя нет</translation>
    </message>
    <message>
        <source>company: a company cannot belong to a company</source>
        <translation>компания: компания не может относиться к компании</translation>
    </message>
    <message>
        <source>only a person can belong to a company</source>
        <translation>к компании может относиться только физическое лицо</translation>
    </message>
    <message>
        <source>company: no such company</source>
        <translation>компания: такой компании нет</translation>
    </message>
    <message>
        <source>no such company</source>
        <translation>такой компании нет</translation>
    </message>
    <message>
        <source>Your profile cannot see sensitive fields, so it cannot fill them in either.</source>
        <translation>Ваш профиль не позволяет просматривать конфиденциальные поля, поэтому их нельзя и заполнять.</translation>
    </message>
    <message>
        <source>Unknown fields: {fields}.</source>
        <translation>Неизвестные поля: {fields}.</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>неизвестное поле</translation>
    </message>
    <message>
        <source>Your profile cannot see sensitive fields, so it cannot change them.</source>
        <translation>Ваш профиль не позволяет просматривать конфиденциальные поля, поэтому их нельзя и изменять.</translation>
    </message>
    <message>
        <source>a whole number from 1 to {maximum}</source>
        <translation>целое число от 1 до {maximum}</translation>
    </message>
    <message>
        <source>a product is needed</source>
        <translation>нужен товар</translation>
    </message>
    <message>
        <source>a title is needed</source>
        <translation>нужно название</translation>
    </message>
    <message>
        <source>{value} is not a date (YYYY-MM-DD)</source>
        <translation>{value} не является датой (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>the line items add up to {total}, not {amount}</source>
        <translation>сумма позиций равна {total}, а не {amount}</translation>
    </message>
    <message>
        <source>The file is {size} MB; attachments may be at most {limit} MB each (setting: largest attachment).</source>
        <extracomment>media types recognised from the content (the name&apos;s extension is never trusted)</extracomment>
        <translation>Размер файла {size} МБ; каждое вложение может быть не больше {limit} МБ (настройка: самое большое вложение).</translation>
    </message>
    <message>
        <source>The vault already holds {used} MB of attachments; adding {size} MB would pass its limit of {limit} MB (setting: attachments per vault).</source>
        <translation>В хранилище уже {used} МБ вложений; ещё {size} МБ превысят его предел в {limit} МБ (настройка: вложения в хранилище).</translation>
    </message>
    <message>
        <source>There is no deal {id}.</source>
        <translation>Сделки {id} не существует.</translation>
    </message>
    <message>
        <source>There is no attachment {id}.</source>
        <translation>Вложения {id} нет.</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>вложение</translation>
    </message>
    <message>
        <source>The attachment {name} is incomplete or damaged (its content does not match its checksum); it may still be arriving by sync.</source>
        <translation>Вложение {name} неполное или повреждено (содержимое не совпадает с контрольной суммой); возможно, оно ещё поступает через синхронизацию.</translation>
    </message>
    <message>
        <source>The deal {title} was changed by someone else since you opened it; reload it.</source>
        <translation>Сделку {title} изменил кто-то другой после того, как вы её открыли; перезагрузите её.</translation>
    </message>
    <message>
        <source>The deal was changed by someone else since you opened it; reload it.</source>
        <translation>Сделку изменил кто-то другой после того, как вы её открыли; перезагрузите её.</translation>
    </message>
    <message>
        <source>category: a category is needed</source>
        <translation>категория: нужно указать категорию</translation>
    </message>
    <message>
        <source>needed</source>
        <translation>обязательно</translation>
    </message>
    <message>
        <source>There is no preference {id}.</source>
        <translation>Предпочтения {id} не существует.</translation>
    </message>
    <message>
        <source>Choose at least one other record to merge.</source>
        <translation>Выберите хотя бы одну другую запись для объединения.</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>пусто</translation>
    </message>
    <message>
        <source>{name}: {value} is not a date or time (YYYY-MM-DD[THH:MM])</source>
        <translation>{name}: {value} не является датой или временем (ГГГГ-ММ-ДД[ЧЧ:ММ])</translation>
    </message>
    <message>
        <source>not a date or time</source>
        <translation>не дата и не время</translation>
    </message>
    <message>
        <source>too long (at most {maximum} characters)</source>
        <translation>слишком длинно (не более {maximum} символов)</translation>
    </message>
    <message>
        <source>deal: not a deal of this customer</source>
        <translation>сделка: это не сделка данного клиента</translation>
    </message>
    <message>
        <source>not this customer&apos;s deal</source>
        <translation>не сделка этого клиента</translation>
    </message>
    <message>
        <source>There is no interaction {id}.</source>
        <translation>Взаимодействия {id} не существует.</translation>
    </message>
    <message>
        <source>Cannot sort by {key}.</source>
        <translation>Сортировка по {key} невозможна.</translation>
    </message>
    <message>
        <source>There is no customer {id} in the bin.</source>
        <translation>Клиента {id} нет в корзине.</translation>
    </message>
    <message>
        <source>This customer is not one of your records.</source>
        <translation>Этот клиент не относится к вашим записям.</translation>
    </message>
    <message>
        <source>Processing of this person is restricted (GDPR art. 18): you cannot change it. Ask your privacy manager.</source>
        <translation>Обработка данных этого лица ограничена (ст. 18 GDPR): изменить их нельзя. Обратитесь к менеджеру по конфиденциальности.</translation>
    </message>
    <message>
        <source>Processing of this person is restricted (GDPR art. 18): you cannot delete it. Ask your privacy manager.</source>
        <translation>Обработка данных этого лица ограничена (ст. 18 GDPR): удалить их нельзя. Обратитесь к менеджеру по конфиденциальности.</translation>
    </message>
    <message>
        <source>Processing of this person is restricted (GDPR art. 18): you cannot restore it. Ask your privacy manager.</source>
        <translation>Обработка данных этого лица ограничена (ст. 18 GDPR): восстановить их нельзя. Обратитесь к менеджеру по конфиденциальности.</translation>
    </message>
    <message>
        <source>Processing of this person is restricted (GDPR art. 18): you cannot merge it. Ask your privacy manager.</source>
        <translation>Обработка данных этого лица ограничена (ст. 18 GDPR): объединить их нельзя. Обратитесь к менеджеру по конфиденциальности.</translation>
    </message>
    <message>
        <source>Processing of this person is restricted (GDPR art. 18): you cannot export it. Ask your privacy manager.</source>
        <translation>Обработка данных этого лица ограничена (ст. 18 GDPR): экспортировать их нельзя. Обратитесь к менеджеру по конфиденциальности.</translation>
    </message>
    <message>
        <source>too long ({length} characters; at most {limit})</source>
        <translation>слишком длинно (символов: {length}; не более {limit})</translation>
    </message>
    <message>
        <source>{name}: give whole minor units (cents) or a decimal text, not a float</source>
        <translation>{name}: укажите целое число минимальных единиц (центов) или десятичное число в виде текста, а не float</translation>
    </message>
    <message>
        <source>not a float; use cents</source>
        <translation>не float; используйте центы</translation>
    </message>
    <message>
        <source>{name}: {value} is not an amount</source>
        <translation>{name}: {value} не является суммой</translation>
    </message>
    <message>
        <source>not an amount (e.g. 1234.50)</source>
        <translation>не сумма (например, 1234.50)</translation>
    </message>
    <message>
        <source>{name}: too large (at most {limit} in whole units)</source>
        <translation>{name}: слишком большое значение (не более {limit} в целых единицах)</translation>
    </message>
    <message>
        <source>at most {limit}</source>
        <translation>не более {limit}</translation>
    </message>
    <message numerus="yes">
        <source>{field}: {problem} (and %n more)</source>
        <translation>
            <numerusform>{field}: {problem} (и ещё %n)</numerusform>
            <numerusform>{field}: {problem} (и ещё %n)</numerusform>
            <numerusform>{field}: {problem} (и ещё %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>must be person or company</source>
        <translation>должно быть person или company</translation>
    </message>
    <message>
        <source>a name is needed (a person&apos;s name or a company name)</source>
        <translation>нужно имя (имя лица или название компании)</translation>
    </message>
    <message>
        <source>must be one of {choices}</source>
        <translation>должно быть одним из значений: {choices}</translation>
    </message>
    <message>
        <source>not a customer id</source>
        <translation>не является ID клиента</translation>
    </message>
    <message>
        <source>{value} is not an email address (name@example.com)</source>
        <translation>{value} не является адресом эл. почты (name@example.com)</translation>
    </message>
    <message>
        <source>{value} is not a phone number</source>
        <translation>{value} не является номером телефона</translation>
    </message>
    <message>
        <source>a date of birth cannot be in the future</source>
        <translation>дата рождения не может быть в будущем</translation>
    </message>
    <message>
        <source>no such custom field</source>
        <translation>такого настраиваемого поля нет</translation>
    </message>
    <message>
        <source>{value} is not a number</source>
        <translation>{value} не является числом</translation>
    </message>
    <message>
        <source>choose one of {choices}</source>
        <translation>выберите одно из значений: {choices}</translation>
    </message>
    <message>
        <source>currency: {value} is not a 3-letter code (EUR, USD…)</source>
        <translation>валюта: {value} не является трёхбуквенным кодом (EUR, USD…)</translation>
    </message>
    <message>
        <source>a 3-letter code such as EUR</source>
        <translation>трёхбуквенный код, например EUR</translation>
    </message>
    <message>
        <source>recovery key file</source>
        <translation>файл ключа восстановления</translation>
    </message>
    <message>
        <source>No recovery key was found in the text of the PDF {path}. Give the recovery sheet&apos;s PDF, or a text file holding the line that starts with AGE-SECRET-KEY-1.</source>
        <translation>В тексте PDF-файла {path} не найден ключ восстановления. Укажите PDF-файл листа восстановления или текстовый файл со строкой, начинающейся с AGE-SECRET-KEY-1.</translation>
    </message>
    <message>
        <source>No recovery key was found in {path}. The recovery key is the line on the recovery sheet that starts with AGE-SECRET-KEY-1.</source>
        <translation>В {path} не найден ключ восстановления. Ключ восстановления — это строка на листе восстановления, начинающаяся с AGE-SECRET-KEY-1.</translation>
    </message>
    <message>
        <source>Choose a new password first.</source>
        <translation>Сначала задайте новый пароль.</translation>
    </message>
    <message>
        <source>Your profile ({profile}) does not allow this: {permission}.</source>
        <translation>Ваш профиль ({profile}) не позволяет это сделать: {permission}.</translation>
    </message>
    <message>
        <source>Your profile no longer exists.</source>
        <translation>Вашего профиля больше не существует.</translation>
    </message>
    <message>
        <source>{setting}: expected yes or no.</source>
        <translation>{setting}: ожидается «да» или «нет».</translation>
    </message>
    <message>
        <source>{setting}: expected a number.</source>
        <translation>{setting}: ожидается число.</translation>
    </message>
    <message>
        <source>{setting}: must be between {low} and {high}.</source>
        <translation>{setting}: значение должно быть от {low} до {high}.</translation>
    </message>
    <message>
        <source>{setting}: wrong type.</source>
        <translation>{setting}: неверный тип.</translation>
    </message>
    <message>
        <source>{setting}: choose one of {choices}.</source>
        <translation>{setting}: выберите одно из значений: {choices}.</translation>
    </message>
    <message>
        <source>The archive&apos;s tar stream is damaged ({reason}).</source>
        <translation>Поток tar архива повреждён ({reason}).</translation>
    </message>
    <message>
        <source>The archive holds an extended tar header (pax or GNU), which this app never writes: it was not made by VaultCRM or has been altered.</source>
        <translation>Архив содержит расширенный заголовок tar (pax или GNU), который это приложение никогда не записывает: архив создан не VaultCRM или был изменён.</translation>
    </message>
    <message>
        <source>Unexpected member in the archive: {name}.</source>
        <translation>Неожиданный элемент в архиве: {name}.</translation>
    </message>
    <message>
        <source>{name} appears twice in the archive.</source>
        <translation>{name} встречается в архиве дважды.</translation>
    </message>
    <message>
        <source>{name} in the archive is not a regular file.</source>
        <translation>{name} в архиве не является обычным файлом.</translation>
    </message>
    <message>
        <source>{name} in the archive is too large ({size} bytes; at most {limit}): not a backup this app made.</source>
        <translation>{name} в архиве слишком велик ({size} байт; не более {limit}): это не резервная копия, созданная этим приложением.</translation>
    </message>
    <message>
        <source>That is not a valid recovery key (AGE-SECRET-KEY-1…).</source>
        <translation>Это недействительный ключ восстановления (AGE-SECRET-KEY-1…).</translation>
    </message>
    <message>
        <source>The recovery key does not open this archive.</source>
        <translation>Ключ восстановления не открывает этот архив.</translation>
    </message>
    <message>
        <source>The archive is damaged or was modified: age refused to decrypt it ({reason}).</source>
        <translation>Архив повреждён или был изменён: age отказался его расшифровать ({reason}).</translation>
    </message>
    <message>
        <source>The archive&apos;s tar stream is incomplete.</source>
        <translation>Поток tar архива неполон.</translation>
    </message>
    <message>
        <source>{name} shrank while it was archived.</source>
        <translation>{name} уменьшился во время архивации.</translation>
    </message>
    <message>
        <source>The archive could not be processed ({reason}).</source>
        <translation>Не удалось обработать архив ({reason}).</translation>
    </message>
    <message>
        <source>Not an age X25519 recipient: {start}…</source>
        <translation>Не является получателем age X25519: {start}…</translation>
    </message>
    <message>
        <source>This machine has no secure keyring ({name}); keep the secret inside the vault instead (`backup-login URL --in-vault`).</source>
        <translation>На этом компьютере нет защищённой связки ключей ({name}); храните секрет внутри хранилища (`backup-login URL --in-vault`).</translation>
    </message>
    <message>
        <source>Cannot reach the SFTP server {host}:{port} ({reason}).</source>
        <translation>Не удаётся связаться с SFTP-сервером {host}:{port} ({reason}).</translation>
    </message>
    <message>
        <source>Not a file name: {name}.</source>
        <translation>Не является именем файла: {name}.</translation>
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
        <translation>Не удалось создать папку резервных копий</translation>
    </message>
    <message>
        <source>Cannot list the backup location</source>
        <translation>Не удалось получить список файлов в месте хранения резервных копий</translation>
    </message>
    <message>
        <source>Cannot read the size of {name}</source>
        <translation>Не удалось прочитать размер {name}</translation>
    </message>
    <message>
        <source>{name} is missing.</source>
        <translation>{name} отсутствует.</translation>
    </message>
    <message>
        <source>Cannot read {name}</source>
        <translation>Не удалось прочитать {name}</translation>
    </message>
    <message>
        <source>{name} is implausibly large.</source>
        <translation>{name} неправдоподобно велик.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder: {reason}</source>
        <translation>Не удалось создать папку резервных копий: {reason}</translation>
    </message>
    <message>
        <source>Cannot list the backup folder: {reason}</source>
        <translation>Не удалось получить список файлов в папке резервных копий: {reason}</translation>
    </message>
    <message>
        <source>Cannot write {name}</source>
        <translation>Не удалось записать {name}</translation>
    </message>
    <message>
        <source>{name} already exists at {url}.</source>
        <translation>{name} уже существует в {url}.</translation>
    </message>
    <message>
        <source>{path} already exists.</source>
        <translation>{path} уже существует.</translation>
    </message>
    <message>
        <source>The archive failed verification; nothing was restored: {problems}</source>
        <translation>Архив не прошёл проверку; ничего не восстановлено: {problems}</translation>
    </message>
    <message>
        <source>This key can read the archive but cannot restore it: use the vault&apos;s recovery key.</source>
        <translation>Этим ключом можно прочитать архив, но нельзя восстановить его: используйте ключ восстановления хранилища.</translation>
    </message>
    <message>
        <source>Re-keying the restored database failed ({reason}).</source>
        <translation>Не удалось сменить ключи восстановленной базы данных ({reason}).</translation>
    </message>
    <message>
        <source>This system cannot swap folders atomically.</source>
        <translation>Эта система не поддерживает атомарную замену папок.</translation>
    </message>
    <message>
        <source>Could not swap {first} and {second}: {reason}.</source>
        <translation>Не удалось поменять местами {first} и {second}: {reason}.</translation>
    </message>
    <message>
        <source>The signature file is damaged ({reason}).</source>
        <translation>Файл подписи повреждён ({reason}).</translation>
    </message>
    <message>
        <source>Signed by a key that is not this vault&apos;s signing key ({fingerprint}); refused.</source>
        <translation>Подписано ключом, который не является ключом подписи этого хранилища ({fingerprint}); отклонено.</translation>
    </message>
    <message>
        <source>The signature does not match the backup&apos;s description; refused.</source>
        <translation>Подпись не соответствует описанию резервной копии; отклонено.</translation>
    </message>
    <message>
        <source>Vault {vault_id} is already pinned to another signing key; refused.</source>
        <translation>Хранилище {vault_id} уже закреплено за другим ключом подписи; отклонено.</translation>
    </message>
    <message>
        <source>This machine pinned another signing key for this vault; refused.</source>
        <translation>На этом компьютере для этого хранилища закреплён другой ключ подписи; отклонено.</translation>
    </message>
    <message>
        <source>Unsupported cipher setting in the manifest: {name} = {value}.</source>
        <translation>Неподдерживаемый параметр шифрования в манифесте: {name} = {value}.</translation>
    </message>
    <message>
        <source>The snapshot failed its integrity check: {problems}</source>
        <translation>Снимок не прошёл проверку целостности: {problems}</translation>
    </message>
    <message>
        <source>{url} does not name an archive inside a location.</source>
        <translation>{url} не указывает на архив внутри места хранения.</translation>
    </message>
    <message>
        <source>Unsupported backup location {url}: use a folder, sftp://, webdav(s):// or s3://.</source>
        <translation>Неподдерживаемое место хранения резервных копий {url}: используйте папку, sftp://, webdav(s):// или s3://.</translation>
    </message>
    <message>
        <source>{url}: no host.</source>
        <translation>{url}: не указан хост.</translation>
    </message>
    <message>
        <source>Never put a password in the URL: it is stored in the keyring (backup-login).</source>
        <translation>Никогда не указывайте пароль в URL: он хранится в связке ключей (backup-login).</translation>
    </message>
    <message>
        <source>No password for {key}: store it once with `backup-login {key}`.</source>
        <translation>Нет пароля для {key}: сохраните его один раз командой `backup-login {key}`.</translation>
    </message>
    <message>
        <source>{url}: no bucket.</source>
        <translation>{url}: не указан бакет.</translation>
    </message>
    <message>
        <source>Never put a password in the URL: use an SSH key (agent or ~/.ssh) or the keyring.</source>
        <translation>Никогда не указывайте пароль в URL: используйте ключ SSH (агент или ~/.ssh) или связку ключей.</translation>
    </message>
    <message>
        <source>The SFTP server {host}:{port} is not trusted yet; its host key fingerprint is {fingerprint}. Check it with the server&apos;s administrator, then confirm it once (--trust-host-key).</source>
        <translation>SFTP-сервер {host}:{port} ещё не является доверенным; отпечаток его ключа хоста: {fingerprint}. Сверьте его с администратором сервера, затем подтвердите один раз (--trust-host-key).</translation>
    </message>
    <message>
        <source>The SFTP server {host}:{port} presented a host key that differs from the one pinned in {file}: refused (the server was reinstalled, or someone is intercepting).</source>
        <translation>SFTP-сервер {host}:{port} предъявил ключ хоста, отличающийся от закреплённого в {file}: отклонено (сервер был переустановлен, или кто-то перехватывает соединение).</translation>
    </message>
    <message>
        <source>The SFTP server {host}:{port} refused the login: load your key into the SSH agent or ~/.ssh, or store a password with backup-login.</source>
        <translation>SFTP-сервер {host}:{port} отклонил вход: загрузите свой ключ в агент SSH или ~/.ssh либо сохраните пароль с помощью backup-login.</translation>
    </message>
    <message>
        <source>Cannot connect to the SFTP server {host}:{port} ({reason}).</source>
        <translation>Не удаётся подключиться к SFTP-серверу {host}:{port} ({reason}).</translation>
    </message>
    <message>
        <source>The location stored {stored} bytes of {size}: upload incomplete.</source>
        <translation>Место хранения сохранило {stored} байт из {size}: загрузка не завершена.</translation>
    </message>
    <message>
        <source>The archive read back from the location differs from what was sent.</source>
        <translation>Архив, считанный обратно из места хранения, отличается от отправленного.</translation>
    </message>
    <message>
        <source>The archive changed size when it was renamed.</source>
        <translation>Размер архива изменился при переименовании.</translation>
    </message>
    <message>
        <source>Writing the backup failed: {reason}</source>
        <translation>Не удалось записать резервную копию: {reason}</translation>
    </message>
    <message>
        <source>Writing the backup to {url} failed: {reason}.</source>
        <translation>Не удалось записать резервную копию в {url}: {reason}.</translation>
    </message>
    <message>
        <source>The signature read back from the location differs from what was sent.</source>
        <translation>Подпись, считанная обратно из места хранения, отличается от отправленной.</translation>
    </message>
    <message>
        <source>Writing the signature failed: {reason}</source>
        <translation>Не удалось записать подпись: {reason}</translation>
    </message>
    <message>
        <source>The signature names another archive.</source>
        <translation>Подпись относится к другому архиву.</translation>
    </message>
    <message>
        <source>No trusted key for this vault.</source>
        <translation>Для этого хранилища нет доверенного ключа.</translation>
    </message>
    <message>
        <source>keyslots.json belongs to another vault.</source>
        <translation>keyslots.json принадлежит другому хранилищу.</translation>
    </message>
    <message>
        <source>keyslots.json names another signing key than the one that signed.</source>
        <translation>В keyslots.json указан не тот ключ подписи, которым выполнена подпись.</translation>
    </message>
    <message>
        <source>The recovery slot in the archive does not open with this recovery key.</source>
        <translation>Слот восстановления в архиве не открывается этим ключом восстановления.</translation>
    </message>
    <message>
        <source>{folder} is not empty; a new vault needs an empty or missing folder.</source>
        <translation>Папка {folder} не пуста; для нового хранилища нужна пустая или несуществующая папка.</translation>
    </message>
    <message>
        <source>Cannot create {folder}: {reason}.</source>
        <translation>Не удалось создать {folder}: {reason}.</translation>
    </message>
    <message>
        <source>The key slot did not open.</source>
        <translation>Слот ключа не открылся.</translation>
    </message>
    <message>
        <source>{path} is missing.</source>
        <translation>{path} отсутствует.</translation>
    </message>
    <message>
        <source>{path} is empty: the vault database was lost or truncated.</source>
        <translation>{path} пуст: база данных хранилища утрачена или усечена.</translation>
    </message>
    <message>
        <source>The disk is full; the change was not saved ({path}).</source>
        <translation>Диск заполнен; изменение не сохранено ({path}).</translation>
    </message>
    <message>
        <source>The disk is full; the change was not saved.</source>
        <translation>Диск заполнен; изменение не сохранено.</translation>
    </message>
    <message>
        <source>The vault database could not be read or written ({path}): {reason}.</source>
        <translation>Не удалось прочитать или записать базу данных хранилища ({path}): {reason}.</translation>
    </message>
    <message>
        <source>The vault database could not be read or written: {reason}.</source>
        <translation>Не удалось прочитать или записать базу данных хранилища: {reason}.</translation>
    </message>
    <message>
        <source>The vault database is damaged or was modified outside the app ({path}).</source>
        <translation>База данных хранилища повреждена или изменена вне приложения ({path}).</translation>
    </message>
    <message>
        <source>The vault database is damaged or was modified outside the app.</source>
        <translation>База данных хранилища повреждена или изменена вне приложения.</translation>
    </message>
    <message>
        <source>{what} is damaged (not text).</source>
        <translation>{what}: файл повреждён (не текст).</translation>
    </message>
    <message>
        <source>{what} is damaged (not JSON: {reason}).</source>
        <translation>{what}: файл повреждён (не JSON: {reason}).</translation>
    </message>
    <message>
        <source>{what} is damaged (not a JSON object).</source>
        <translation>{what}: файл повреждён (не объект JSON).</translation>
    </message>
    <message>
        <source>The disk is full ({path}); nothing was changed.</source>
        <translation>Диск заполнен ({path}); ничего не изменено.</translation>
    </message>
    <message>
        <source>The disk is full; nothing was changed.</source>
        <translation>Диск заполнен; ничего не изменено.</translation>
    </message>
    <message>
        <source>Permission denied ({path}).</source>
        <translation>Доступ запрещён ({path}).</translation>
    </message>
    <message>
        <source>Permission denied.</source>
        <translation>Доступ запрещён.</translation>
    </message>
    <message>
        <source>The location is read-only ({path}).</source>
        <translation>Место доступно только для чтения ({path}).</translation>
    </message>
    <message>
        <source>The location is read-only.</source>
        <translation>Место доступно только для чтения.</translation>
    </message>
    <message>
        <source>{reason} ({path}).</source>
        <translation>{reason} ({path}).</translation>
    </message>
    <message>
        <source>No output file given.</source>
        <translation>Не указан выходной файл.</translation>
    </message>
    <message>
        <source>{path} is inside the vault folder {folder}: an export or report must not be written there (it could replace the vault&apos;s own files); choose a place outside it.</source>
        <translation>{path} находится внутри папки хранилища {folder}: экспорт или отчёт нельзя записывать туда (он может заменить собственные файлы хранилища); выберите место вне её.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>Не удалось записать {path}: {reason}</translation>
    </message>
    <message>
        <source>{path} is a folder; name a file to write.</source>
        <translation>{path} — это папка; укажите файл для записи.</translation>
    </message>
    <message>
        <source>{path} is not a regular file (a device, pipe or socket); name an ordinary file.</source>
        <translation>{path} не является обычным файлом (устройство, канал или сокет); укажите обычный файл.</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name, or add --force to replace it.</source>
        <translation>{path} уже существует; выберите другое имя или добавьте --force, чтобы заменить его.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Папка {folder} не существует.</translation>
    </message>
    <message>
        <source>{path} is not a regular file; it was not replaced.</source>
        <translation>{path} не является обычным файлом; он не заменён.</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name.</source>
        <translation>{path} уже существует; выберите другое имя.</translation>
    </message>
    <message>
        <source>Cannot read the {what} {path}: there is no such file.</source>
        <translation>Не удалось прочитать {path} ({what}): такого файла нет.</translation>
    </message>
    <message>
        <source>Cannot read the {what} {path}: {reason}.</source>
        <translation>Не удалось прочитать {path} ({what}): {reason}.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a {what} that can be read; choose an ordinary file.</source>
        <translation>{path} — это папка, а не файл, который можно прочитать ({what}); выберите обычный файл.</translation>
    </message>
    <message>
        <source>{path} is a named pipe, not a {what} that can be read; choose an ordinary file.</source>
        <translation>{path} — это именованный канал, а не файл, который можно прочитать ({what}); выберите обычный файл.</translation>
    </message>
    <message>
        <source>{path} is a device, not a {what} that can be read; choose an ordinary file.</source>
        <translation>{path} — это устройство, а не файл, который можно прочитать ({what}); выберите обычный файл.</translation>
    </message>
    <message>
        <source>{path} is not a regular file, not a {what} that can be read; choose an ordinary file.</source>
        <translation>{path} не является обычным файлом, который можно прочитать ({what}); выберите обычный файл.</translation>
    </message>
    <message>
        <source>{name} is {size} MB; a {what} can be at most {limit} MB: split it into smaller files.</source>
        <translation>Размер {name} — {size} МБ; максимальный размер ({what}) — {limit} МБ: разделите его на файлы меньшего размера.</translation>
    </message>
    <message>
        <source>{name} is too large for a {what} ({size} bytes; at most {limit}).</source>
        <translation>{name} слишком велик ({what}): {size} байт; не более {limit}.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was kept.</source>
        <translation>Отменено; ничего не сохранено.</translation>
    </message>
    <message>
        <source>Unsupported key derivation {algorithm} v{version}.</source>
        <translation>Неподдерживаемый метод формирования ключа {algorithm} v{version}.</translation>
    </message>
    <message>
        <source>Key slot parameters are below the Argon2id floor (64 MiB, 3 passes); refusing.</source>
        <translation>Параметры слота ключа ниже минимума Argon2id (64 МиБ, 3 прохода); отклонено.</translation>
    </message>
    <message>
        <source>Key slot parameters are out of range; refusing.</source>
        <translation>Параметры слота ключа вне допустимого диапазона; отклонено.</translation>
    </message>
    <message>
        <source>Key slot parameters are malformed.</source>
        <translation>Параметры слота ключа имеют неверный формат.</translation>
    </message>
    <message>
        <source>keyslots.json is damaged and cannot be read.</source>
        <translation>keyslots.json повреждён, его нельзя прочитать.</translation>
    </message>
    <message>
        <source>{path} is missing: this folder is not a vault, or it is incomplete.</source>
        <translation>{path} отсутствует: эта папка не является хранилищем или оно неполное.</translation>
    </message>
    <message>
        <source>keyslots.json has been modified outside the app (its MAC does not match).</source>
        <translation>keyslots.json изменён вне приложения (его MAC не совпадает).</translation>
    </message>
    <message>
        <source>A key slot in keyslots.json is damaged.</source>
        <translation>Слот ключа в keyslots.json повреждён.</translation>
    </message>
    <message>
        <source>A key slot opened but its contents are malformed.</source>
        <translation>Слот ключа открылся, но его содержимое имеет неверный формат.</translation>
    </message>
    <message>
        <source>A key slot holds a vault key of the wrong length.</source>
        <translation>Слот ключа содержит ключ хранилища неверной длины.</translation>
    </message>
    <message>
        <source>Sign-in refused: wrong user name, password or code.</source>
        <translation>Вход отклонён: неверное имя пользователя, пароль или код.</translation>
    </message>
    <message>
        <source>{path} was modified outside the app (its MAC does not match).</source>
        <translation>{path} изменён вне приложения (его MAC не совпадает).</translation>
    </message>
    <message>
        <source>{path} is damaged.</source>
        <translation>{path} повреждён.</translation>
    </message>
    <message>
        <source>The ledger at the backup location is signed by another key; ignored.</source>
        <translation>Журнал в месте хранения резервных копий подписан другим ключом; пропущен.</translation>
    </message>
    <message>
        <source>The ledger at the backup location does not match its signature; ignored.</source>
        <translation>Журнал в месте хранения резервных копий не соответствует своей подписи; пропущен.</translation>
    </message>
    <message>
        <source>The ledger at the backup location is damaged ({reason}).</source>
        <translation>Журнал в месте хранения резервных копий повреждён ({reason}).</translation>
    </message>
    <message>
        <source>Cannot create the lock file {path}: {reason}.</source>
        <translation>Не удалось создать файл блокировки {path}: {reason}.</translation>
    </message>
    <message>
        <source>This vault is already open in another window or process. Close it there first.</source>
        <translation>Это хранилище уже открыто в другом окне или процессе. Сначала закройте его там.</translation>
    </message>
    <message>
        <source>This vault has schema version {version}, newer than this app knows ({known}); update the app to open it.</source>
        <translation>Версия схемы этого хранилища — {version}, она новее известной этому приложению ({known}); обновите приложение, чтобы открыть его.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Хранилище заблокировано.</translation>
    </message>
    <message>
        <source>The vault has no {name}.</source>
        <translation>В хранилище нет {name}.</translation>
    </message>
    <message>
        <source>use at least {minimum} characters (this one has {length})</source>
        <translation>используйте не менее {minimum} символов (сейчас {length})</translation>
    </message>
    <message>
        <source>use at most {maximum} characters</source>
        <translation>используйте не более {maximum} символов</translation>
    </message>
    <message>
        <source>this is one of the most common passwords; choose another</source>
        <translation>это один из самых распространённых паролей; выберите другой</translation>
    </message>
    <message>
        <source>the password must not be the user name</source>
        <translation>пароль не должен совпадать с именем пользователя</translation>
    </message>
    <message>
        <source>a single repeated character is too easy to guess</source>
        <translation>один повторяющийся символ слишком легко подобрать</translation>
    </message>
    <message>
        <source>too easy to guess ({warning}); add more words or characters that do not follow a pattern</source>
        <translation>слишком легко подобрать ({warning}); добавьте ещё слова или символы, не образующие закономерности</translation>
    </message>
    <message>
        <source>too easy to guess; add more words or characters that do not follow a pattern</source>
        <translation>слишком легко подобрать; добавьте ещё слова или символы, не образующие закономерности</translation>
    </message>
    <message>
        <source>Password refused: {reasons}.</source>
        <translation>Пароль отклонён: {reasons}.</translation>
    </message>
    <message>
        <source>{folder} is not a vault (no keyslots.json).</source>
        <translation>{folder} не является хранилищем (нет keyslots.json).</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins. Try again in %n s.</source>
        <translation>
            <numerusform>Слишком много неудачных попыток входа. Повторите попытку через %n с.</numerusform>
            <numerusform>Слишком много неудачных попыток входа. Повторите попытку через %n с.</numerusform>
            <numerusform>Слишком много неудачных попыток входа. Повторите попытку через %n с.</numerusform>
        </translation>
    </message>
    <message>
        <source>A key slot names a user who is not in the vault.</source>
        <translation>Слот ключа указывает на пользователя, которого нет в хранилище.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator.</source>
        <translation>Эта учётная запись отключена. Обратитесь к администратору.</translation>
    </message>
    <message>
        <source>You signed in with a temporary password: choose a new one first.</source>
        <translation>Вы вошли с временным паролем: сначала задайте новый.</translation>
    </message>
    <message>
        <source>Sign-in refused: this password opens an older key slot than the vault knows for this account (it was changed or reset, or keyslots.json was replaced with an older copy). Ask an administrator to reset your password.</source>
        <translation>Вход отклонён: этот пароль открывает более старый слот ключа, чем известен хранилищу для этой учётной записи (пароль был изменён или сброшен, либо keyslots.json заменён более старой копией). Попросите администратора сбросить ваш пароль.</translation>
    </message>
    <message>
        <source>The recovery key does not open this vault.</source>
        <translation>Ключ восстановления не открывает это хранилище.</translation>
    </message>
    <message>
        <source>{name}: a whole number from {low} to {high}</source>
        <translation>{name}: целое число от {low} до {high}</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>от {low} до {high}</translation>
    </message>
    <message>
        <source>invitation file</source>
        <translation>файл приглашения</translation>
    </message>
    <message>
        <source>{path} is not a VaultCRM invitation file.</source>
        <translation>{path} не является файлом приглашения VaultCRM.</translation>
    </message>
    <message>
        <source>{user} is disabled; enable them before inviting a laptop.</source>
        <translation>Пользователь {user} отключён; включите его, прежде чем приглашать ноутбук.</translation>
    </message>
    <message>
        <source>{user} already exists with another profile; change it with user set-profile first.</source>
        <translation>Пользователь {user} уже существует с другим профилем; сначала измените профиль командой user set-profile.</translation>
    </message>
    <message>
        <source>A user named {name} already exists.</source>
        <translation>Пользователь с именем {name} уже существует.</translation>
    </message>
    <message>
        <source>{device} is not a device id.</source>
        <translation>{device} не является идентификатором устройства.</translation>
    </message>
    <message>
        <source>No join request from device {device} at the sync location.</source>
        <translation>В месте синхронизации нет запроса на присоединение от устройства {device}.</translation>
    </message>
    <message>
        <source>The join request of device {device} names an invitation this vault did not make; refused.</source>
        <translation>Запрос устройства {device} на присоединение ссылается на приглашение, которое это хранилище не создавало; отклонено.</translation>
    </message>
    <message>
        <source>This invitation was used already (by device {device}); make a new one.</source>
        <translation>Это приглашение уже использовано (устройством {device}); создайте новое.</translation>
    </message>
    <message>
        <source>This invitation expired on {time}; make a new one.</source>
        <translation>Срок действия этого приглашения истёк {time}; создайте новое.</translation>
    </message>
    <message>
        <source>The join request of device {device} is for another user than its invitation; refused.</source>
        <translation>Запрос устройства {device} на присоединение относится к другому пользователю, чем его приглашение; отклонено.</translation>
    </message>
    <message>
        <source>The join request of device {device} has no invitation and names no earlier device of its user; refused.</source>
        <translation>Запрос устройства {device} на присоединение не содержит приглашения и не указывает более раннее устройство его пользователя; отклонено.</translation>
    </message>
    <message>
        <source>Device {device} asks to join without an invitation: compare the fingerprint its laptop shows with {fingerprint} and pass it with --fingerprint.</source>
        <translation>Устройство {device} запрашивает присоединение без приглашения: сравните отпечаток, показанный на его ноутбуке, с {fingerprint} и передайте его с параметром --fingerprint.</translation>
    </message>
    <message>
        <source>The user of device {device} does not exist or is disabled here.</source>
        <translation>Пользователь устройства {device} здесь не существует или отключён.</translation>
    </message>
    <message>
        <source>Device {device} is on the team&apos;s roster already.</source>
        <translation>Устройство {device} уже есть в списке участников команды.</translation>
    </message>
    <message>
        <source>A user name is 1 to 64 characters without spaces.</source>
        <translation>Имя пользователя должно содержать от 1 до 64 символов без пробелов.</translation>
    </message>
    <message>
        <source>A user name cannot hold invisible or direction-changing characters.</source>
        <translation>Имя пользователя не может содержать невидимые символы или символы смены направления текста.</translation>
    </message>
    <message>
        <source>No such user.</source>
        <translation>Такого пользователя нет.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Неверный текущий пароль.</translation>
    </message>
    <message>
        <source>--map wants HEADER=FIELD, not {item}.</source>
        <translation>--map ожидает ЗАГОЛОВОК=ПОЛЕ, а не {item}.</translation>
    </message>
    <message>
        <source>--limit must be at least 1.</source>
        <translation>Значение --limit должно быть не меньше 1.</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Вход отклонён</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Не разрешено</translation>
    </message>
    <message>
        <source>Integrity check failed</source>
        <translation>Проверка целостности не пройдена</translation>
    </message>
    <message>
        <source>Storage problem</source>
        <translation>Проблема с хранением данных</translation>
    </message>
    <message>
        <source>Vault in use</source>
        <translation>Хранилище используется</translation>
    </message>
    <message>
        <source>Please check the form</source>
        <translation>Проверьте форму</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>Не принято</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Изменено другим пользователем</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Не найдено</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Использование</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Что-то пошло не так</translation>
    </message>
    <message>
        <source>The computer ran out of memory; nothing was changed.</source>
        <translation>Компьютеру не хватило памяти; ничего не изменено.</translation>
    </message>
    <message>
        <source>Unexpected error ({kind}). Nothing was changed; please report this.</source>
        <translation>Непредвиденная ошибка ({kind}). Ничего не изменено; сообщите об этом.</translation>
    </message>
    <message>
        <source>Sign in as yourself to make new recovery codes.</source>
        <translation>Чтобы создать новые коды восстановления, войдите под своей учётной записью.</translation>
    </message>
    <message>
        <source>export format: one of {formats}</source>
        <translation>формат экспорта: один из {formats}</translation>
    </message>
    <message>
        <source>Cancelled; no file was left.</source>
        <translation>Отменено; файл не создан.</translation>
    </message>
    <message>
        <source>unknown import field {field}: use one of {fields}, email:LABEL, phone:LABEL, address:LABEL.street|city|postcode|region|country, custom:KEY</source>
        <translation>неизвестное поле импорта {field}: используйте одно из {fields}, email:МЕТКА, phone:МЕТКА, address:МЕТКА.street|city|postcode|region|country, custom:КЛЮЧ</translation>
    </message>
    <message>
        <source>unknown encoding {encoding}</source>
        <translation>неизвестная кодировка {encoding}</translation>
    </message>
    <message>
        <source>the file is not valid {encoding} (byte {byte})</source>
        <translation>файл не в корректной кодировке {encoding} (байт {byte})</translation>
    </message>
    <message>
        <source>the file starts like {encoding} but is not (byte {byte})</source>
        <translation>начало файла похоже на {encoding}, но это не так (байт {byte})</translation>
    </message>
    <message>
        <source>the file&apos;s encoding could not be recognised (is it a text file?)</source>
        <translation>не удалось распознать кодировку файла (это текстовый файл?)</translation>
    </message>
    <message>
        <source>this is not a text file (it holds binary data); choose a CSV or vCard file</source>
        <translation>это не текстовый файл (он содержит двоичные данные); выберите файл CSV или vCard</translation>
    </message>
    <message>
        <source>duplicates: skip or import</source>
        <translation>дубликаты: skip (пропустить) или import (импортировать)</translation>
    </message>
    <message>
        <source>file to import</source>
        <translation>файл для импорта</translation>
    </message>
    <message>
        <source>line {line}: {problem}</source>
        <translation>строка {line}: {problem}</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>файл пуст</translation>
    </message>
    <message>
        <source>--map: the file has no column {column} (columns: {columns})</source>
        <translation>--map: в файле нет столбца {column} (столбцы: {columns})</translation>
    </message>
    <message>
        <source>no column could be matched to a name, company, email or phone (columns: {columns}); map them explicitly: choose where each column goes in the import dialog, or give --map HEADER=FIELD</source>
        <translation>ни один столбец не удалось сопоставить с именем, компанией, эл. почтой или телефоном (столбцы: {columns}); сопоставьте их явно: укажите назначение каждого столбца в диалоге импорта или задайте --map ЗАГОЛОВОК=ПОЛЕ</translation>
    </message>
    <message>
        <source>There is no import {id}.</source>
        <translation>Импорта {id} не существует.</translation>
    </message>
    <message>
        <source>no vCard found (no BEGIN:VCARD … END:VCARD)</source>
        <translation>vCard не найдена (нет BEGIN:VCARD … END:VCARD)</translation>
    </message>
    <message>
        <source>There is no profile named {name} (profiles: {profiles}).</source>
        <translation>Профиля с именем {name} не существует (профили: {profiles}).</translation>
    </message>
    <message>
        <source>There is no user named {name}.</source>
        <translation>Пользователя с именем {name} не существует.</translation>
    </message>
    <message>
        <source>There must always be at least one active Administrator.</source>
        <translation>Всегда должен оставаться хотя бы один активный администратор.</translation>
    </message>
    <message>
        <source>That profile has rights yours lacks ({rights}); ask an Administrator.</source>
        <translation>У этого профиля есть права, которых нет у вашего ({rights}); обратитесь к администратору.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>Нельзя отключить собственную учётную запись.</translation>
    </message>
    <message>
        <source>{user} is not disabled.</source>
        <translation>Пользователь {user} не отключён.</translation>
    </message>
    <message>
        <source>You cannot reset the password of your own account here; use Change password, which asks for your current password.</source>
        <translation>Здесь нельзя сбросить пароль собственной учётной записи; используйте «Изменить пароль» — там запрашивается текущий пароль.</translation>
    </message>
    <message>
        <source>{user} is disabled; re-enable the account instead.</source>
        <translation>Пользователь {user} отключён; вместо этого снова включите учётную запись.</translation>
    </message>
    <message>
        <source>You cannot reset the authenticator of your own account here; use Change authenticator, which asks for your current password.</source>
        <translation>Здесь нельзя сбросить аутентификатор собственной учётной записи; используйте «Изменить аутентификатор» — там запрашивается текущий пароль.</translation>
    </message>
    <message>
        <source>{user} is disabled; re-enable the account first.</source>
        <translation>Пользователь {user} отключён; сначала снова включите учётную запись.</translation>
    </message>
    <message>
        <source>Not a sync clock stamp: {text}.</source>
        <extracomment>a difference above this between this device&apos;s clock and the location&apos;s file times is warned about</extracomment>
        <translation>Не является отметкой времени синхронизации: {text}.</translation>
    </message>
    <message>
        <source>A change is dated {hours} h ahead of this computer&apos;s clock; it was refused. Check the clock of the device that made it.</source>
        <translation>Изменение датировано на {hours} ч позже часов этого компьютера; оно отклонено. Проверьте часы устройства, на котором оно сделано.</translation>
    </message>
    <message>
        <source>This vault already belongs to a team book.</source>
        <translation>Это хранилище уже входит в книгу команды.</translation>
    </message>
    <message>
        <source>Roster version {version} on the sync location is malformed; refused.</source>
        <translation>Версия {version} списка участников в месте синхронизации имеет неверный формат; отклонено.</translation>
    </message>
    <message>
        <source>Roster version {version} belongs to another book; refused.</source>
        <translation>Версия {version} списка участников принадлежит другой книге; отклонено.</translation>
    </message>
    <message>
        <source>The roster chain skips from version {previous} to {version}; refused.</source>
        <translation>Цепочка списка участников перескакивает с версии {previous} на версию {version}; отклонено.</translation>
    </message>
    <message>
        <source>Roster version {version} is signed by a device that could not manage users at the time; refused.</source>
        <translation>Версия {version} списка участников подписана устройством, которое в тот момент не могло управлять пользователями; отклонено.</translation>
    </message>
    <message>
        <source>The signature of roster version {version} does not verify; refused.</source>
        <translation>Подпись версии {version} списка участников не проходит проверку; отклонено.</translation>
    </message>
    <message>
        <source>Roster version {version} does not follow version {previous}; refused.</source>
        <translation>Версия {version} списка участников не следует за версией {previous}; отклонено.</translation>
    </message>
    <message>
        <source>Roster version {version} drops a device, changes its keys or undoes a revocation; refused.</source>
        <translation>Версия {version} списка участников исключает устройство, меняет его ключи или отменяет отзыв; отклонено.</translation>
    </message>
    <message>
        <source>The sync location holds no roster; refused.</source>
        <translation>В месте синхронизации нет списка участников; отклонено.</translation>
    </message>
    <message>
        <source>The roster&apos;s first version is not the one this device joined (its fingerprint differs); refused.</source>
        <translation>Первая версия списка участников не та, к которой присоединилось это устройство (отпечаток отличается); отклонено.</translation>
    </message>
    <message>
        <source>Segment {segment} is not a segment file; refused.</source>
        <translation>Сегмент {segment} не является файлом сегмента; отклонено.</translation>
    </message>
    <message>
        <source>Segment {segment} belongs to another book; refused.</source>
        <translation>Сегмент {segment} принадлежит другой книге; отклонено.</translation>
    </message>
    <message>
        <source>Segment {segment} was signed as {signed}: it was renamed or replayed; refused.</source>
        <translation>Сегмент {segment} подписан как {signed}: он переименован или воспроизведён повторно; отклонено.</translation>
    </message>
    <message>
        <source>Segment {segment} comes from a device that is not on the book&apos;s roster; refused.</source>
        <translation>Сегмент {segment} получен от устройства, которого нет в списке участников книги; отклонено.</translation>
    </message>
    <message>
        <source>The signature of segment {segment} does not verify: it was altered or forged; refused.</source>
        <translation>Подпись сегмента {segment} не проходит проверку: он изменён или подделан; отклонено.</translation>
    </message>
    <message>
        <source>Segment {segment} was written after its device was revoked; refused.</source>
        <translation>Сегмент {segment} записан после отзыва его устройства; отклонено.</translation>
    </message>
    <message>
        <source>Segment {segment} is signed but its content is not a valid segment; refused.</source>
        <translation>Сегмент {segment} подписан, но его содержимое не является допустимым сегментом; отклонено.</translation>
    </message>
    <message>
        <source>Segment {segment} is not encrypted to this device; refused.</source>
        <translation>Сегмент {segment} не зашифрован для этого устройства; отклонено.</translation>
    </message>
    <message>
        <source>Segment {segment} was written by a newer version of the app (schema {theirs}, this app reads up to {ours}): update the app to keep syncing.</source>
        <translation>Сегмент {segment} записан более новой версией приложения (схема {theirs}, это приложение читает до {ours}): обновите приложение, чтобы продолжить синхронизацию.</translation>
    </message>
    <message>
        <source>Cannot list the sync location: {reason}</source>
        <translation>Не удаётся получить список файлов в месте синхронизации: {reason}</translation>
    </message>
    <message>
        <source>Cannot list the sync location {url}: {reason}.</source>
        <translation>Не удаётся получить список файлов в месте синхронизации {url}: {reason}.</translation>
    </message>
    <message>
        <source>{name} already exists at {url}; a published file is never replaced.</source>
        <translation>{name} уже существует в {url}; опубликованный файл никогда не заменяется.</translation>
    </message>
    <message>
        <source>Publishing {name} failed: {reason}</source>
        <translation>Не удалось опубликовать {name}: {reason}</translation>
    </message>
    <message>
        <source>Publishing {name} to {url} failed: {reason}.</source>
        <translation>Не удалось опубликовать {name} в {url}: {reason}.</translation>
    </message>
    <message>
        <source>{name} read back from the sync location differs from what was sent.</source>
        <translation>Файл {name}, прочитанный обратно из места синхронизации, отличается от отправленного.</translation>
    </message>
    <message>
        <source>Cannot read {name}: {reason}</source>
        <translation>Не удаётся прочитать {name}: {reason}</translation>
    </message>
    <message>
        <source>Cannot read {name} at {url}: {reason}.</source>
        <translation>Не удаётся прочитать {name} в {url}: {reason}.</translation>
    </message>
    <message>
        <source>Name the invited user: --user YOU --user THEM, or --new-user THEM.</source>
        <translation>Укажите приглашаемого пользователя: --user YOU --user THEM или --new-user THEM.</translation>
    </message>
    <message>
        <source>Use: sync init VAULT --at URL, sync VAULT or sync status VAULT.</source>
        <translation>Использование: sync init VAULT --at URL, sync VAULT или sync status VAULT (VAULT — хранилище).</translation>
    </message>
    <message>
        <source>sync init needs --at URL, the team&apos;s sync location.</source>
        <translation>Для sync init нужен --at URL — место синхронизации команды.</translation>
    </message>
    <message>
        <source>conflicts resolve needs --keep kept or --keep other.</source>
        <translation>Для conflicts resolve нужен --keep kept или --keep other.</translation>
    </message>
    <message>
        <source>{id} is not a conflict id.</source>
        <translation>{id} не является идентификатором конфликта.</translation>
    </message>
    <message>
        <source>Use: conflicts VAULT or conflicts resolve VAULT CONFLICT_ID --keep kept|other.</source>
        <translation>Использование: conflicts VAULT или conflicts resolve VAULT CONFLICT_ID --keep kept|other (VAULT — хранилище).</translation>
    </message>
    <message>
        <source>There is no conflict {id}.</source>
        <translation>Конфликта {id} нет.</translation>
    </message>
    <message>
        <source>Conflict {id} was already resolved.</source>
        <translation>Конфликт {id} уже разрешён.</translation>
    </message>
    <message>
        <source>The record of conflict {id} is no longer here.</source>
        <translation>Записи конфликта {id} здесь больше нет.</translation>
    </message>
    <message>
        <source>Keep either kept or other.</source>
        <translation>Укажите kept или other.</translation>
    </message>
    <message>
        <source>This vault is not a device of a team book (run sync init, or device join on a new laptop).</source>
        <translation>Это хранилище не является устройством книги команды (выполните sync init или device join на новом ноутбуке).</translation>
    </message>
    <message>
        <source>This device has no pinned roster fingerprint; it cannot check the team&apos;s roster.</source>
        <translation>У этого устройства нет закреплённого отпечатка списка участников; оно не может проверить список участников команды.</translation>
    </message>
    <message>
        <source>This device may not change the team&apos;s roster (it is not an active administrator&apos;s device on it).</source>
        <translation>Это устройство не может изменять список участников команды (оно не является в нём устройством активного администратора).</translation>
    </message>
    <message>
        <source>Roster version {version} is half published on the sync location; it stays pending here.</source>
        <translation>Версия {version} списка участников опубликована в месте синхронизации не полностью; здесь она остаётся в ожидании.</translation>
    </message>
    <message>
        <source>Another administrator changed the team&apos;s roster at the same time; your change (roster version {version}) was not published. Do it again.</source>
        <translation>Другой администратор одновременно изменил список участников команды; ваше изменение (версия {version} списка участников) не опубликовано. Повторите его.</translation>
    </message>
    <message>
        <source>Device {device} is not on the team&apos;s roster.</source>
        <translation>Устройства {device} нет в списке участников команды.</translation>
    </message>
    <message>
        <source>Device {device} is revoked already.</source>
        <translation>Устройство {device} уже отозвано.</translation>
    </message>
    <message>
        <source>A device cannot revoke itself; revoke it from another administrator&apos;s device.</source>
        <translation>Устройство не может отозвать само себя; отзовите его с устройства другого администратора.</translation>
    </message>
    <message>
        <source>This invitation expired on {time}; ask for a new one.</source>
        <translation>Срок действия этого приглашения истёк {time}; запросите новое.</translation>
    </message>
    <message>
        <source>This device is on the team&apos;s roster already ({state}).</source>
        <translation>Это устройство уже есть в списке участников команды ({state}).</translation>
    </message>
    <message>
        <source>This invitation is for another book or another user.</source>
        <translation>Это приглашение предназначено для другой книги или другого пользователя.</translation>
    </message>
    <message>
        <source>This device is not on the book&apos;s roster yet: an administrator has to approve it before it can publish.</source>
        <extracomment>changes per segment (a transaction&apos;s changes are never split: a segment may hold more) bytes of change values per segment (attachment chunks are large): a batch ends before the transaction that would pass it (one bigger transaction goes alone), so a segment stays within the format&apos;s limits (docs/SYNC.md, &quot;Attachments&quot;)</extracomment>
        <translation>Этого устройства ещё нет в списке участников книги: прежде чем оно сможет публиковать изменения, его должен одобрить администратор.</translation>
    </message>
    <message>
        <source>This device is not on the book&apos;s roster: an administrator has to approve it first.</source>
        <extracomment>``vault_secrets`` row holding the last round&apos;s clock warnings (``sync status`` shows them)</extracomment>
        <translation>Этого устройства нет в списке участников книги: сначала его должен одобрить администратор.</translation>
    </message>
    <message>
        <source>This device was revoked from the team book; it can no longer sync.</source>
        <translation>Это устройство отозвано из книги команды; оно больше не может синхронизироваться.</translation>
    </message>
    <message>
        <source>This vault does not belong to a team book: run sync init first.</source>
        <translation>Это хранилище не входит в книгу команды: сначала выполните sync init.</translation>
    </message>
    <message>
        <source>This book has no sync location.</source>
        <translation>У этой книги нет места синхронизации.</translation>
    </message>
    <message>
        <source>The invitation code is 8 letters and digits, like ABCD-EFGH.</source>
        <translation>Код приглашения состоит из 8 букв и цифр, например ABCD-EFGH.</translation>
    </message>
    <message>
        <source>The join request of device {device} is not signed by the key it names; refused.</source>
        <translation>Запрос устройства {device} на присоединение не подписан указанным в нём ключом; отклонено.</translation>
    </message>
    <message>
        <source>The join request of device {device} was not made with the invitation&apos;s one-time code (a wrong code, or a request edited on the location); refused.</source>
        <translation>Запрос устройства {device} на присоединение создан не с одноразовым кодом приглашения (неверный код или запрос изменён в месте синхронизации); отклонено.</translation>
    </message>
    <message>
        <source>The join request of device {device} is malformed; refused.</source>
        <translation>Запрос устройства {device} на присоединение имеет неверный формат; отклонено.</translation>
    </message>
    <message>
        <source>The join request of device {device} is for another book; refused.</source>
        <translation>Запрос устройства {device} на присоединение относится к другой книге; отклонено.</translation>
    </message>
    <message>
        <source>The join request found as {device} names another device; refused.</source>
        <translation>Запрос на присоединение, найденный как {device}, указывает другое устройство; отклонено.</translation>
    </message>
    <message>
        <source>This vault already trusts another team book&apos;s roster.</source>
        <translation>Это хранилище уже доверяет списку участников другой книги команды.</translation>
    </message>
    <message>
        <source>Snapshot {snapshot} is not a snapshot file; refused.</source>
        <extracomment>a manifest&apos;s plaintext (a few hundred bytes per part), and a part&apos;s (test seams) where the writer cuts a part (plaintext bytes)</extracomment>
        <translation>Снимок {snapshot} не является файлом снимка; отклонено.</translation>
    </message>
    <message>
        <source>Snapshot {snapshot} was signed for another place or book; refused.</source>
        <translation>Снимок {snapshot} подписан для другого места или другой книги; отклонено.</translation>
    </message>
    <message>
        <source>Snapshot {snapshot} comes from a device that is not on the book&apos;s roster; refused.</source>
        <translation>Снимок {snapshot} получен от устройства, которого нет в списке участников книги; отклонено.</translation>
    </message>
    <message>
        <source>The signature of snapshot {snapshot} does not verify; refused.</source>
        <translation>Подпись снимка {snapshot} не проходит проверку; отклонено.</translation>
    </message>
    <message>
        <source>Snapshot {snapshot} is not encrypted to this device; refused.</source>
        <translation>Снимок {snapshot} не зашифрован для этого устройства; отклонено.</translation>
    </message>
    <message>
        <source>Snapshot {snapshot} is signed but its content is not a valid snapshot; refused.</source>
        <translation>Снимок {snapshot} подписан, но его содержимое не является допустимым снимком; отклонено.</translation>
    </message>
    <message>
        <source>Snapshot {snapshot} was written by a newer version of the app: update the app to keep syncing.</source>
        <translation>Снимок {snapshot} записан более новой версией приложения: обновите приложение, чтобы продолжить синхронизацию.</translation>
    </message>
    <message>
        <source>stage: one of {choices}</source>
        <translation>этап: один из {choices}</translation>
    </message>
    <message>
        <source>The team&apos;s sync folder {path} is not there (is its drive or share connected?).</source>
        <extracomment>at lock and exit, a round gets this long before it is cancelled and the vault locks anyway</extracomment>
        <translation>Папка синхронизации команды {path} не найдена (подключены ли её диск или общая папка?).</translation>
    </message>
    <message>
        <source>{path} is not a folder.</source>
        <translation>{path} не является папкой.</translation>
    </message>
    <message>
        <source>Snooze for 10m, 1h or tomorrow.</source>
        <translation>Отложите на 10m, 1h или tomorrow.</translation>
    </message>
    <message>
        <source>not a date (YYYY-MM-DD)</source>
        <translation>не дата (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>not a time (HH:MM)</source>
        <translation>не время (ЧЧ:ММ)</translation>
    </message>
    <message>
        <source>You can give tasks only to yourself.</source>
        <translation>Вы можете назначать задачи только себе.</translation>
    </message>
    <message>
        <source>owner: no such active user</source>
        <translation>ответственный: нет такого активного пользователя</translation>
    </message>
    <message>
        <source>no such active user</source>
        <translation>нет такого активного пользователя</translation>
    </message>
    <message>
        <source>There is no task {id}.</source>
        <translation>Задачи {id} нет.</translation>
    </message>
    <message>
        <source>This task is not one of yours.</source>
        <translation>Это не ваша задача.</translation>
    </message>
    <message>
        <source>Someone else changed this task meanwhile. Reload it.</source>
        <translation>Кто-то другой тем временем изменил эту задачу. Загрузите её заново.</translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD)</source>
        <translation>дата (ГГГГ-ММ-ДД)</translation>
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
        <translation>CSV (электронные таблицы)</translation>
    </message>
    <message>
        <source>vCard (address books)</source>
        <translation>vCard (адресные книги)</translation>
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
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Готово.</translation>
    </message>
    <message>
        <source>Cancelled; no file was left.</source>
        <translation>Отменено; файл не оставлен.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n customer(s).</source>
        <translation>
            <numerusform>Экспортирован %n клиент.</numerusform>
            <numerusform>Экспортировано %n клиента.</numerusform>
            <numerusform>Экспортировано %n клиентов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>FolderPage</name>
    <message>
        <source>Choose an empty or new folder on this laptop for your vault (not a synced cloud folder).</source>
        <translation>Выберите на этом ноутбуке пустую или новую папку для своего хранилища (не папку, синхронизируемую с облаком).</translation>
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
</context>
<context>
    <name>FollowUpRow</name>
    <message>
        <source>Follow up on</source>
        <translation>Напомнить</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Дата напоминания</translation>
    </message>
    <message>
        <source>Follow up: {summary}</source>
        <translation>Продолжить: {summary}</translation>
    </message>
</context>
<context>
    <name>ForgotPasswordDialog</name>
    <message>
        <source>Forgot password</source>
        <translation>Забыли пароль</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Ваш ключ восстановления</translation>
    </message>
    <message>
        <source>The recovery key is on the recovery sheet printed when the vault was made. It lets you choose a new password and set up your authenticator again.</source>
        <translation>Ключ восстановления находится на листе восстановления, распечатанном при создании хранилища. С его помощью можно задать новый пароль и заново настроить аутентификатор.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Ключ восстановления</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>From a file…</source>
        <translation>Из файла…</translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation>Задайте новый пароль</translation>
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
        <source>Set up your authenticator again</source>
        <translation>Заново настройте аутентификатор</translation>
    </message>
    <message>
        <source>Choose the recovery sheet (PDF or text)</source>
        <translation>Выберите лист восстановления (PDF или текст)</translation>
    </message>
    <message>
        <source>Recovery sheet (*.pdf *.txt);;All files (*)</source>
        <translation>Лист восстановления (*.pdf *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation>Введите имя пользователя.</translation>
    </message>
    <message>
        <source>This is not a whole recovery key: it starts with AGE-SECRET-KEY-1 and has 74 characters. Compare it with your recovery sheet.</source>
        <translation>Это неполный ключ восстановления: он начинается с AGE-SECRET-KEY-1 и состоит из 74 символов. Сверьте его с листом восстановления.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Set the new password</source>
        <translation>Задать новый пароль</translation>
    </message>
    <message>
        <source>This password is not accepted yet: see the notes above.</source>
        <translation>Этот пароль пока не принят: см. примечания выше.</translation>
    </message>
    <message>
        <source>Check the code</source>
        <translation>Проверить код</translation>
    </message>
    <message>
        <source>That is not the code your authenticator app shows now. Check that you scanned the new code, then type the six digits it shows.</source>
        <translation>Это не тот код, который сейчас показывает приложение-аутентификатор. Убедитесь, что отсканировали новый код, затем введите шесть цифр, которые оно показывает.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>Просмотрено</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Восстановлено</translation>
    </message>
    <message>
        <source>Sensitive data shown</source>
        <translation>Показаны конфиденциальные данные</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Экспортировано</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Объединено</translation>
    </message>
    <message>
        <source>Interaction logged</source>
        <translation>Записано взаимодействие</translation>
    </message>
    <message>
        <source>Deal created</source>
        <translation>Создана сделка</translation>
    </message>
    <message>
        <source>Deal changed</source>
        <translation>Изменена сделка</translation>
    </message>
    <message>
        <source>Deal deleted</source>
        <translation>Удалена сделка</translation>
    </message>
    <message>
        <source>Processing restricted</source>
        <translation>Обработка ограничена</translation>
    </message>
    <message>
        <source>Restriction lifted</source>
        <translation>Ограничение обработки снято</translation>
    </message>
    <message>
        <source>Subject access export</source>
        <translation>Экспорт по запросу субъекта данных</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Данные удалены</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Согласие зарегистрировано</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Согласие отозвано</translation>
    </message>
    <message>
        <source>Purchase preference added</source>
        <translation>Добавлено предпочтение при покупке</translation>
    </message>
    <message>
        <source>Purchase preference removed</source>
        <translation>Удалено предпочтение при покупке</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>unreadable CSV: {problem}</source>
        <translation>нечитаемый CSV: {problem}</translation>
    </message>
    <message>
        <source>the file&apos;s encoding was guessed as {encoding} (not sure): check that names with accents read right, or give the encoding</source>
        <translation>кодировка файла определена как {encoding} (неточно): проверьте, правильно ли отображаются имена с диакритическими знаками, или укажите кодировку</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>строка {line}</translation>
    </message>
    <message>
        <source>the row has {cells} cells where the header has {width}</source>
        <translation>в строке ячеек: {cells}, а в заголовке: {width}</translation>
    </message>
    <message>
        <source>column {column} is too long ({length} characters; at most {limit})</source>
        <translation>столбец {column} слишком длинный (символов: {length}; не более {limit})</translation>
    </message>
    <message>
        <source>holds sensitive fields ({fields}) your profile cannot see</source>
        <translation>содержит конфиденциальные поля ({fields}), недоступные вашему профилю</translation>
    </message>
    <message>
        <source>duplicate: {reason}</source>
        <translation>дубликат: {reason}</translation>
    </message>
    <message>
        <source>card {card} (line {line})</source>
        <translation>карточка {card} (строка {line})</translation>
    </message>
    <message>
        <source>not a readable vCard: {problem}</source>
        <translation>нечитаемая vCard: {problem}</translation>
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
        <translation>Кодировка файла определена автоматически и может быть неверной: проверьте, правильно ли отображаются имена с диакритическими знаками в примерах, или выберите другую кодировку.</translation>
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
        <translation>Кодировка файла</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Кодировка:</translation>
    </message>
    <message>
        <source>Label of the address</source>
        <translation>Тип адреса</translation>
    </message>
    <message>
        <source>The address is a:</source>
        <translation>Это адрес:</translation>
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
        <translation>Ни один столбец не распознан как имя, компания, эл. почта или телефон. Укажите ниже, куда импортировать каждый столбец.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) can be imported; {0} would be refused (listed after the import).</source>
        <translation>
            <numerusform>Можно импортировать %n запись; будет отклонено: {0} (список — после импорта).</numerusform>
            <numerusform>Можно импортировать %n записи; будет отклонено: {0} (список — после импорта).</numerusform>
            <numerusform>Можно импортировать %n записей; будет отклонено: {0} (список — после импорта).</numerusform>
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
        <translation>Не импортировать</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Отчество / второе имя</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>E-mails (several in one cell)</source>
        <translation>Эл. адреса (несколько в одной ячейке)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Phones (several in one cell)</source>
        <translation>Телефоны (несколько в одной ячейке)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Person or company</source>
        <translation>Физическое лицо или компания</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Банковский счёт</translation>
    </message>
    <message>
        <source>Confidential notes</source>
        <translation>Конфиденциальные заметки</translation>
    </message>
    <message>
        <source>street</source>
        <translation>улица</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>почтовый индекс</translation>
    </message>
    <message>
        <source>city</source>
        <translation>город</translation>
    </message>
    <message>
        <source>region</source>
        <translation>регион</translation>
    </message>
    <message>
        <source>country</source>
        <translation>страна</translation>
    </message>
    <message>
        <source>Work address</source>
        <translation>Рабочий адрес</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>Домашний адрес</translation>
    </message>
    <message>
        <source>Other address</source>
        <translation>Другой адрес</translation>
    </message>
    <message>
        <source>work</source>
        <translation>рабочий</translation>
    </message>
    <message>
        <source>home</source>
        <translation>домашний</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>мобильный</translation>
    </message>
    <message>
        <source>other</source>
        <translation>другой</translation>
    </message>
    <message>
        <source>main</source>
        <translation>основной</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>факс</translation>
    </message>
    <message>
        <source>car</source>
        <translation>автомобильный</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>пейджер</translation>
    </message>
    <message>
        <source>Unicode (UTF-8)</source>
        <translation>Юникод (UTF-8)</translation>
    </message>
    <message>
        <source>Unicode (UTF-8 with BOM)</source>
        <translation>Юникод (UTF-8 с BOM)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16)</source>
        <translation>Юникод (UTF-16)</translation>
    </message>
    <message>
        <source>Central European (Windows-1250)</source>
        <translation>Центральноевропейская (Windows-1250)</translation>
    </message>
    <message>
        <source>Central European (ISO 8859-2)</source>
        <translation>Центральноевропейская (ISO 8859-2)</translation>
    </message>
    <message>
        <source>Western European (Windows-1252)</source>
        <translation>Западноевропейская (Windows-1252)</translation>
    </message>
    <message>
        <source>Western European (ISO 8859-15)</source>
        <translation>Западноевропейская (ISO 8859-15)</translation>
    </message>
    <message>
        <source>Cyrillic (Windows-1251)</source>
        <translation>Кириллица (Windows-1251)</translation>
    </message>
    <message>
        <source>Cyrillic (KOI8-R)</source>
        <translation>Кириллица (KOI8-R)</translation>
    </message>
    <message>
        <source>Greek (Windows-1253)</source>
        <translation>Греческая (Windows-1253)</translation>
    </message>
</context>
<context>
    <name>InteractionKind</name>
    <message>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. письмо</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Визит</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
</context>
<context>
    <name>InvitationPage</name>
    <message>
        <source>Your administrator gave you an invitation file and told you a one-time code. This laptop gets its own vault, with your own password and authenticator, and syncs with the team.</source>
        <translation>Администратор передал вам файл приглашения и сообщил одноразовый код. Этот ноутбук получит собственное хранилище с вашим паролем и аутентификатором и будет синхронизироваться с командой.</translation>
    </message>
    <message>
        <source>Invitation file</source>
        <translation>Файл приглашения</translation>
    </message>
    <message>
        <source>Open the invitation…</source>
        <translation>Открыть приглашение…</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Одноразовый код</translation>
    </message>
    <message>
        <source>ABCD-EFGH</source>
        <translation>ABCD-EFGH</translation>
    </message>
    <message>
        <source>Password or access key of the sync location</source>
        <translation>Пароль или ключ доступа к месту синхронизации</translation>
    </message>
    <message>
        <source>Location password or key:</source>
        <translation>Пароль или ключ места:</translation>
    </message>
    <message>
        <source>One-time code:</source>
        <translation>Одноразовый код:</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>Invite a laptop</source>
        <translation>Пригласить ноутбук</translation>
    </message>
    <message>
        <source>Choose the colleague who will use the new laptop, or type a new user name. The invitation file holds no secret; the one-time code does: tell it to them separately.</source>
        <translation>Выберите коллегу, который будет работать на новом ноутбуке, или введите новое имя пользователя. Файл приглашения не содержит секретов; одноразовый код содержит: сообщите его отдельно.</translation>
    </message>
    <message>
        <source>Team user</source>
        <translation>Пользователь команды</translation>
    </message>
    <message>
        <source>Profile of a new user</source>
        <translation>Профиль нового пользователя</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Пользователь:</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Профиль:</translation>
    </message>
    <message>
        <source>Save the invitation…</source>
        <translation>Сохранить приглашение…</translation>
    </message>
    <message>
        <source>QR code of the invitation</source>
        <translation>QR-код приглашения</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Одноразовый код</translation>
    </message>
    <message>
        <source>Choose or type the user who will use the new laptop.</source>
        <translation>Выберите или введите пользователя, который будет работать на новом ноутбуке.</translation>
    </message>
    <message>
        <source>Save the invitation</source>
        <translation>Сохранить приглашение</translation>
    </message>
    <message>
        <source>Invitation for {0}.vaultcrm-invite</source>
        <translation>Приглашение для {0}.vaultcrm-invite</translation>
    </message>
    <message>
        <source>VaultCRM invitations (*.vaultcrm-invite)</source>
        <translation>Приглашения VaultCRM (*.vaultcrm-invite)</translation>
    </message>
    <message>
        <source>Invitation for {user} ({profile}) saved to {path}.</source>
        <translation>Приглашение для {user} ({profile}) сохранено в {path}.</translation>
    </message>
    <message>
        <source>Shown only now: tell {user} this code separately from the file (in person or by phone). It works once, until {time}.</source>
        <translation>Показывается только сейчас: сообщите этот код пользователю {user} отдельно от файла (лично или по телефону). Он действует один раз, до {time}.</translation>
    </message>
    <message>
        <source>Genesis fingerprint: {0}
The new laptop shows it when it opens the invitation; it must be the same.</source>
        <translation>Исходный отпечаток: {0}
Новый ноутбук покажет его при открытии приглашения; он должен совпадать.</translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Остановлено.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Отменено. Ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>JoinTeamWizard</name>
    <message>
        <source>Open your invitation</source>
        <translation>Откройте приглашение</translation>
    </message>
    <message>
        <source>Where to keep your vault</source>
        <translation>Где хранить ваше хранилище</translation>
    </message>
    <message>
        <source>Choose your password</source>
        <translation>Выберите пароль</translation>
    </message>
    <message>
        <source>Set up your authenticator app</source>
        <translation>Настройте приложение-аутентификатор</translation>
    </message>
    <message>
        <source>Your recovery sheet</source>
        <translation>Ваш лист восстановления</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Ожидание одобрения</translation>
    </message>
    <message>
        <source>Downloading the customer book</source>
        <translation>Загрузка книги клиентов</translation>
    </message>
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
        <source>Open the invitation</source>
        <translation>Открыть приглашение</translation>
    </message>
    <message>
        <source>VaultCRM invitations (*.vaultcrm-invite);;All files (*)</source>
        <translation>Приглашения VaultCRM (*.vaultcrm-invite);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Invitation for {user} ({profile}), valid until {time}.
Sync location: {location}
Genesis fingerprint: {fingerprint}
Check with your administrator that their screen shows the same fingerprint.</source>
        <translation>Приглашение для {user} ({profile}), действует до {time}.
Место синхронизации: {location}
Исходный отпечаток: {fingerprint}
Убедитесь вместе с администратором, что на его экране тот же отпечаток.</translation>
    </message>
    <message>
        <source>Choose another folder: </source>
        <translation>Выберите другую папку: </translation>
    </message>
    <message>
        <source>Folder for your vault</source>
        <translation>Папка для вашего хранилища</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <source>This password is not accepted: </source>
        <translation>Этот пароль не принимается: </translation>
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
        <translation>Сохранено в {0}. Перенесите его в надёжное место без доступа к сети.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Print the recovery sheet?</source>
        <translation>Напечатать лист восстановления?</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Отправлено на принтер.</translation>
    </message>
    <message>
        <source>If your administrator asks, this laptop&apos;s request fingerprint is {0}.</source>
        <translation>Если администратор спросит, отпечаток запроса этого ноутбука: {0}.</translation>
    </message>
    <message numerus="yes">
        <source>Checked at {0}; checked again every %n second(s).</source>
        <translation>
            <numerusform>Проверено в {0}; повторная проверка каждую %n секунду.</numerusform>
            <numerusform>Проверено в {0}; повторная проверка каждые %n секунды.</numerusform>
            <numerusform>Проверено в {0}; повторная проверка каждые %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not check at {0}: {1}</source>
        <translation>Не удалось проверить в {0}: {1}</translation>
    </message>
    <message>
        <source>Downloading the book…</source>
        <translation>Загрузка книги…</translation>
    </message>
    <message numerus="yes">
        <source>The book is on this laptop: %n change(s) applied.</source>
        <translation>
            <numerusform>Книга на этом ноутбуке: применено %n изменение.</numerusform>
            <numerusform>Книга на этом ноутбуке: применено %n изменения.</numerusform>
            <numerusform>Книга на этом ноутбуке: применено %n изменений.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled. Try again when you are ready.</source>
        <translation>Отменено. Повторите, когда будете готовы.</translation>
    </message>
    <message>
        <source>Leave the wizard?</source>
        <translation>Выйти из мастера?</translation>
    </message>
    <message>
        <source>This laptop&apos;s vault is made and its request to join is sent. Open the vault later from Recent vaults: it syncs once an administrator approves it.</source>
        <translation>Хранилище этого ноутбука создано, запрос на присоединение отправлен. Откройте хранилище позже из списка «Последние хранилища»: синхронизация начнётся, когда администратор его одобрит.</translation>
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
        <source>Step {0} of {1}</source>
        <translation>Шаг {0} из {1}</translation>
    </message>
    <message>
        <source>{user}, choose your own password for this laptop: at least 12 characters; several unrelated words work well. Nobody else knows it, not even your administrator.</source>
        <translation>{user}, выберите собственный пароль для этого ноутбука: не менее 12 символов; хорошо подходят несколько не связанных слов. Никто другой его не знает, даже администратор.</translation>
    </message>
    <message>
        <source>Create my vault</source>
        <translation>Создать моё хранилище</translation>
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
        <source>Waiting…</source>
        <translation>Ожидание…</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Open the workspace</source>
        <translation>Открыть рабочую область</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
</context>
<context>
    <name>LocationPicker</name>
    <message>
        <source>Sync location</source>
        <translation>Место синхронизации</translation>
    </message>
    <message>
        <source>A shared folder, or sftp://, webdav://, s3:// …</source>
        <translation>Общая папка или sftp://, webdav://, s3:// …</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Папка…</translation>
    </message>
    <message>
        <source>Choose a folder for the sync location</source>
        <translation>Выбрать папку для места синхронизации</translation>
    </message>
    <message>
        <source>Sync location:</source>
        <translation>Место синхронизации:</translation>
    </message>
    <message>
        <source>Password or access key of the location</source>
        <translation>Пароль или ключ доступа к месту</translation>
    </message>
    <message>
        <source>Only if the location needs one (S3: KEY_ID:SECRET)</source>
        <translation>Только если месту он нужен (S3: KEY_ID:SECRET)</translation>
    </message>
    <message>
        <source>Password or key:</source>
        <translation>Пароль или ключ:</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Проверить подключение</translation>
    </message>
    <message>
        <source>Folder for the team&apos;s sync location</source>
        <translation>Папка для места синхронизации команды</translation>
    </message>
    <message>
        <source>Choose the team&apos;s sync location first.</source>
        <translation>Сначала выберите место синхронизации команды.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Проверка подключения…</translation>
    </message>
    <message>
        <source>Connected. Nothing has been written there yet.</source>
        <translation>Подключено. Туда ещё ничего не записано.</translation>
    </message>
    <message>
        <source>New SFTP server</source>
        <translation>Новый сервер SFTP</translation>
    </message>
    <message>
        <source>This is the first connection to {host}. Its host key fingerprint is:
{fingerprint}

Compare it with the one your server administrator gives you. Trust it?</source>
        <translation>Это первое подключение к {host}. Отпечаток его ключа хоста:
{fingerprint}

Сравните его с тем, что даст администратор сервера. Доверять ему?</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Доверять</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
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
        <translation>Перерегистрировать аутентификатор…</translation>
    </message>
    <message>
        <source>New recovery codes…</source>
        <translation>Новые коды восстановления…</translation>
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
        <source>Sync now</source>
        <translation>Синхронизировать сейчас</translation>
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
        <source>You joined the team. This laptop syncs with it.</source>
        <translation>Вы присоединились к команде. Этот ноутбук синхронизируется с ней.</translation>
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
        <translation>
            <numerusform>Настройки сохранены. Резервное копирование по расписанию выполняется каждый %n час; чтобы создать копию сейчас, выберите «Создать резервную копию…» в меню «Хранилище».</numerusform>
            <numerusform>Настройки сохранены. Резервное копирование по расписанию выполняется каждые %n часа; чтобы создать копию сейчас, выберите «Создать резервную копию…» в меню «Хранилище».</numerusform>
            <numerusform>Настройки сохранены. Резервное копирование по расписанию выполняется каждые %n часов; чтобы создать копию сейчас, выберите «Создать резервную копию…» в меню «Хранилище».</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Настройки сохранены.</translation>
    </message>
    <message>
        <source>Vault in {0} — VaultCRM</source>
        <translation>Хранилище в {0} — VaultCRM</translation>
    </message>
    <message>
        <source>{0} — VaultCRM</source>
        <translation>{0} — VaultCRM</translation>
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
        <translation>Новый язык ({0}) будет применён при следующем запуске VaultCRM.</translation>
    </message>
    <message>
        <source>Your new password is set.</source>
        <translation>Новый пароль задан.</translation>
    </message>
    <message>
        <source>VaultCRM: a local-first CRM whose customer data never leaves an encrypted vault.</source>
        <translation>VaultCRM: локальная CRM, данные клиентов которой никогда не покидают зашифрованное хранилище.</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Версия {version}</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <source>Field for {0}</source>
        <translation>Поле для {0}</translation>
    </message>
</context>
<context>
    <name>MyDay</name>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation>Следующие 7 дней</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Обычный</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
</context>
<context>
    <name>MyDayPage</name>
    <message>
        <source>My day</source>
        <translation>Мой день</translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation>Мои задачи</translation>
    </message>
    <message>
        <source>&amp;New task…</source>
        <translation>&amp;Новая задача…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Отметить как в&amp;ыполненную</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Отложить</translation>
    </message>
    <message>
        <source>10 minutes</source>
        <translation>10 минут</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 час</translation>
    </message>
    <message>
        <source>Tomorrow morning</source>
        <translation>Завтра утром</translation>
    </message>
    <message>
        <source>Export &amp;calendar…</source>
        <translation>Экспорт &amp;календаря…</translation>
    </message>
    <message>
        <source>Overdue: {0} · Today: {1} · Next 7 days: {2}</source>
        <translation>Просрочено: {0} · Сегодня: {1} · Следующие 7 дней: {2}</translation>
    </message>
    <message>
        <source>Export tasks and meetings</source>
        <translation>Экспорт задач и встреч</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Файлы календаря (*.ics)</translation>
    </message>
    <message>
        <source>Wrote {path}: {tasks} tasks, {meetings} meetings.</source>
        <translation>Записан {path}: задач: {tasks}, встреч: {meetings}.</translation>
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
        <translation>Расположение хранилища</translation>
    </message>
    <message>
        <source>The administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>Choose a password</source>
        <translation>Выберите пароль</translation>
    </message>
    <message>
        <source>Set up your authenticator app</source>
        <translation>Настройте приложение-аутентификатор</translation>
    </message>
    <message>
        <source>Your recovery sheet</source>
        <translation>Ваш лист восстановления</translation>
    </message>
    <message>
        <source>The language of VaultCRM on this computer; you can change it later in Settings.</source>
        <translation>Язык VaultCRM на этом компьютере; его можно изменить позже в настройках.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>Country of the business</source>
        <translation>Страна организации</translation>
    </message>
    <message>
        <source>New deals use its currency, and phone numbers typed without a country code are read as its numbers. You can change it in Settings.</source>
        <translation>Новые сделки используют её валюту, а номера телефонов, введённые без кода страны, считаются номерами этой страны. Это можно изменить в настройках.</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Страна:</translation>
    </message>
    <message>
        <source>Code shown now:</source>
        <translation>Текущий код:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Copy the authenticator key</source>
        <translation>Копировать ключ аутентификатора</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Скопировано</translation>
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
        <translation>Перерегистрировать аутентификатор</translation>
    </message>
    <message>
        <source>New recovery codes</source>
        <translation>Новые коды восстановления</translation>
    </message>
    <message>
        <source>Your old authenticator and recovery codes stop working once this is done.</source>
        <translation>После этого прежний аутентификатор и коды восстановления перестанут действовать.</translation>
    </message>
    <message>
        <source>Your old recovery codes stop working once this is done.</source>
        <translation>После этого прежние коды восстановления перестанут действовать.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Текущий пароль</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Type your current password.</source>
        <translation>Введите текущий пароль.</translation>
    </message>
    <message>
        <source>Check the code</source>
        <translation>Проверить код</translation>
    </message>
    <message>
        <source>Your new recovery codes (each works once; write them down now):</source>
        <translation>Ваши новые коды восстановления (каждый действует один раз; запишите их сейчас):</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>That is not the code your authenticator app shows now. Check that you scanned the new code, then type the six digits it shows.</source>
        <translation>Это не тот код, который сейчас показывает приложение-аутентификатор. Убедитесь, что отсканировали новый код, затем введите шесть цифр, которые оно показывает.</translation>
    </message>
</context>
<context>
    <name>PasswordHints</name>
    <message>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation>Добавьте ещё одно-два слова. Лучше необычные.</translation>
    </message>
    <message>
        <source>Capitalization doesn&apos;t help very much.</source>
        <translation>Заглавные буквы мало помогают.</translation>
    </message>
    <message>
        <source>Reversed words aren&apos;t much harder to guess.</source>
        <translation>Слова, записанные наоборот, ненамного сложнее подобрать.</translation>
    </message>
    <message>
        <source>Predictable substitutions like &apos;@&apos; instead of &apos;a&apos; don&apos;t help very much.</source>
        <translation>Предсказуемые замены, например «@» вместо «a», мало помогают.</translation>
    </message>
    <message>
        <source>Use a few words, avoid common phrases.</source>
        <translation>Используйте несколько слов, избегайте распространённых фраз.</translation>
    </message>
    <message>
        <source>No need for symbols, digits, or uppercase letters.</source>
        <translation>Символы, цифры и заглавные буквы не обязательны.</translation>
    </message>
    <message>
        <source>Straight rows of keys are easy to guess.</source>
        <translation>Ряды соседних клавиш легко подобрать.</translation>
    </message>
    <message>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation>Короткие клавиатурные последовательности легко подобрать.</translation>
    </message>
    <message>
        <source>This is a top-10 common password.</source>
        <translation>Это один из 10 самых распространённых паролей.</translation>
    </message>
    <message>
        <source>This is similar to a commonly used password.</source>
        <translation>Этот пароль похож на часто используемый.</translation>
    </message>
    <message>
        <source>A word by itself is easy to guess.</source>
        <translation>Одно слово легко подобрать.</translation>
    </message>
    <message>
        <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
        <translation>Пароль только из заглавных букв подобрать почти так же легко, как только из строчных.</translation>
    </message>
    <message>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation>Используйте более длинную клавиатурную последовательность с большим числом поворотов.</translation>
    </message>
    <message>
        <source>Repeats like &quot;aaa&quot; are easy to guess.</source>
        <translation>Повторы вроде «aaa» легко подобрать.</translation>
    </message>
    <message>
        <source>Repeats like &quot;abcabcabc&quot; are only slightly harder to guess than &quot;abc&quot;.</source>
        <translation>Повторы вроде «abcabcabc» лишь немного сложнее подобрать, чем «abc».</translation>
    </message>
    <message>
        <source>This is a top-100 common password.</source>
        <translation>Это один из 100 самых распространённых паролей.</translation>
    </message>
    <message>
        <source>This is a very common password.</source>
        <translation>Это очень распространённый пароль.</translation>
    </message>
    <message>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation>Имена и фамилии сами по себе легко подобрать.</translation>
    </message>
    <message>
        <source>Common names and surnames are easy to guess.</source>
        <translation>Распространённые имена и фамилии легко подобрать.</translation>
    </message>
    <message>
        <source>Avoid repeated words and characters.</source>
        <translation>Избегайте повторяющихся слов и символов.</translation>
    </message>
    <message>
        <source>Sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess.</source>
        <translation>Последовательности вроде «abc» или «6543» легко подобрать.</translation>
    </message>
    <message>
        <source>Avoid sequences.</source>
        <translation>Избегайте последовательностей.</translation>
    </message>
    <message>
        <source>Recent years are easy to guess.</source>
        <translation>Недавние годы легко подобрать.</translation>
    </message>
    <message>
        <source>Dates are often easy to guess.</source>
        <translation>Даты часто легко подобрать.</translation>
    </message>
    <message>
        <source>Avoid recent years.</source>
        <translation>Избегайте недавних лет.</translation>
    </message>
    <message>
        <source>Avoid years that are associated with you.</source>
        <translation>Избегайте лет, связанных с вами.</translation>
    </message>
    <message>
        <source>Avoid dates and years that are associated with you.</source>
        <translation>Избегайте дат и лет, связанных с вами.</translation>
    </message>
</context>
<context>
    <name>PasswordPage</name>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Повторите пароль</translation>
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
</context>
<context>
    <name>PasswordStrength</name>
    <message>
        <source>Very weak</source>
        <translation>Очень слабый</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Слабый</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Средний</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Хороший</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Надёжный</translation>
    </message>
</context>
<context>
    <name>PendingLaptopsDialog</name>
    <message>
        <source>Pending laptops</source>
        <translation>Ожидающие ноутбуки</translation>
    </message>
    <message>
        <source>Laptops that opened an invitation and ask to join the team. Approve only the ones you invited: ask the colleague to read you the code of their laptop if in doubt.</source>
        <translation>Ноутбуки, открывшие приглашение и запрашивающие присоединение к команде. Одобряйте только те, которые вы пригласили: если сомневаетесь, попросите коллегу прочитать код его ноутбука.</translation>
    </message>
    <message>
        <source>Laptops waiting for approval</source>
        <translation>Ноутбуки, ожидающие одобрения</translation>
    </message>
    <message>
        <source>No laptop is waiting.</source>
        <translation>Нет ожидающих ноутбуков.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Одобрить</translation>
    </message>
    <message>
        <source>{user} ({profile}): laptop {device}, asked {when}</source>
        <translation>{user} ({profile}): ноутбук {device}, запрос от {when}</translation>
    </message>
    <message>
        <source>cannot be approved: {0}</source>
        <translation>нельзя одобрить: {0}</translation>
    </message>
    <message>
        <source>Approve this laptop?</source>
        <translation>Одобрить этот ноутбук?</translation>
    </message>
    <message>
        <source>{user}&apos;s laptop will receive the whole customer book and sync with the team.</source>
        <translation>Ноутбук пользователя {user} получит всю книгу клиентов и будет синхронизироваться с командой.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>{user}&apos;s laptop is on the team. It downloads the book at its next check.</source>
        <translation>Ноутбук пользователя {user} в команде. Он загрузит книгу при следующей проверке.</translation>
    </message>
    <message>
        <source>The book could not be published yet: {0}</source>
        <translation>Книгу пока не удалось опубликовать: {0}</translation>
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
        <translation>Просмотр клиентов</translation>
    </message>
    <message>
        <source>Create customers</source>
        <translation>Создание клиентов</translation>
    </message>
    <message>
        <source>Edit customers</source>
        <translation>Изменение клиентов</translation>
    </message>
    <message>
        <source>Edit contact details</source>
        <translation>Изменение контактных данных</translation>
    </message>
    <message>
        <source>Delete customers</source>
        <translation>Удаление клиентов</translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>Экспорт клиентов</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>Импорт клиентов</translation>
    </message>
    <message>
        <source>Log interactions</source>
        <translation>Запись взаимодействий</translation>
    </message>
    <message>
        <source>See sensitive fields</source>
        <translation>Просмотр конфиденциальных полей</translation>
    </message>
    <message>
        <source>See deals</source>
        <translation>Просмотр сделок</translation>
    </message>
    <message>
        <source>Edit deals</source>
        <translation>Изменение сделок</translation>
    </message>
    <message>
        <source>Read the audit log</source>
        <translation>Чтение журнала аудита</translation>
    </message>
    <message>
        <source>Manage users</source>
        <translation>Управление пользователями</translation>
    </message>
    <message>
        <source>Manage profiles</source>
        <translation>Управление профилями</translation>
    </message>
    <message>
        <source>Run backups</source>
        <translation>Резервное копирование</translation>
    </message>
    <message>
        <source>Restore backups</source>
        <translation>Восстановление из резервных копий</translation>
    </message>
    <message>
        <source>Privacy tools (consent, subject export, erasure, retention)</source>
        <translation>Инструменты конфиденциальности (согласие, экспорт по запросу субъекта, удаление данных, сроки хранения)</translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation>Изменение настроек</translation>
    </message>
</context>
<context>
    <name>PipelineBoard</name>
    <message>
        <source>Pipeline</source>
        <translation>Воронка</translation>
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
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Все ответственные</translation>
    </message>
    <message>
        <source>Expected close from</source>
        <translation>Ожидаемое закрытие с</translation>
    </message>
    <message>
        <source>Expected close to</source>
        <translation>Ожидаемое закрытие по</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Ответственный:</translation>
    </message>
    <message>
        <source>Expected close from:</source>
        <translation>Ожидаемое закрытие с:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>по:</translation>
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
        <translation>Цели: {purposes}; субъекты данных: {subjects}; удаления данных: {erasures}.</translation>
    </message>
    <message>
        <source>database encrypted at rest (SQLCipher 4, AES-256, per-page HMAC)</source>
        <translation>база данных зашифрована при хранении (SQLCipher 4, AES-256, HMAC для каждой страницы)</translation>
    </message>
    <message>
        <source>sign-in with Argon2id-protected key slots and TOTP</source>
        <translation>вход со слотами ключей, защищёнными Argon2id, и TOTP</translation>
    </message>
    <message>
        <source>per-profile permissions; sensitive fields masked without sensitive.read</source>
        <translation>разрешения по профилям; конфиденциальные поля скрыты без sensitive.read</translation>
    </message>
    <message>
        <source>tamper-evident audit log (HMAC hash chain); personal values sealed per person</source>
        <translation>журнал аудита с защитой от подделки (цепочка хешей HMAC); персональные значения запечатаны отдельно для каждого лица</translation>
    </message>
    <message>
        <source>encrypted, signed backups (age X25519, Ed25519)</source>
        <translation>зашифрованные подписанные резервные копии (age X25519, Ed25519)</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>Everything, including users, settings, backups and restore.</source>
        <translation>Всё, включая пользователей, настройки, резервные копии и восстановление.</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>All records, deals, exports and imports; no users, settings or restore.</source>
        <translation>Все записи, сделки, экспорт и импорт; без пользователей, настроек и восстановления.</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <source>Own records only; no delete, no export.</source>
        <translation>Только собственные записи; без удаления и экспорта.</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Поддержка</translation>
    </message>
    <message>
        <source>Reads all records, edits contact details and interactions; no deals, no export.</source>
        <translation>Чтение всех записей, изменение контактных данных и взаимодействий; без сделок и экспорта.</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Аудитор</translation>
    </message>
    <message>
        <source>Read-only, with the audit log; no sensitive fields.</source>
        <translation>Только чтение, включая журнал аудита; без конфиденциальных полей.</translation>
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
        <translation>
            <numerusform>Импортирована %n запись</numerusform>
            <numerusform>Импортировано %n записи</numerusform>
            <numerusform>Импортировано %n записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) written</source>
        <translation>
            <numerusform>Записан %n клиент</numerusform>
            <numerusform>Записано %n клиента</numerusform>
            <numerusform>Записано %n клиентов</numerusform>
        </translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Готово.</translation>
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
        <translation>QR-код для приложения-аутентификатора</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Save or print this sheet now and keep it offline. It is the only way back into this laptop&apos;s vault if you forget your password.</source>
        <translation>Сохраните или напечатайте этот лист сейчас и храните его без доступа к сети. Это единственный способ вернуться в хранилище этого ноутбука, если вы забудете пароль.</translation>
    </message>
    <message>
        <source>Recovery sheet</source>
        <translation>Лист восстановления</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Сохранить как PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>I saved or printed the sheet and understand the warning above.</source>
        <translation>Я сохранил или напечатал лист и понимаю предупреждение выше.</translation>
    </message>
    <message>
        <source>I understand the warning</source>
        <translation>Я понимаю предупреждение</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>Keep this sheet somewhere safe and offline (a locked drawer, a safe). Anyone holding it can read your backups. If you lose both your password and this recovery key, nobody can recover the data: not you, not us.</source>
        <translation>Храните этот лист в надёжном месте без доступа к сети (в запертом ящике, в сейфе). Любой, у кого он есть, может прочитать ваши резервные копии. Если вы потеряете и пароль, и этот ключ восстановления, никто не сможет восстановить данные: ни вы, ни мы.</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Хранилище</translation>
    </message>
    <message>
        <source>Vault id: {id}</source>
        <translation>ID хранилища: {id}</translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation>Папка: {folder}</translation>
    </message>
    <message>
        <source>Created: {time}</source>
        <translation>Создано: {time}</translation>
    </message>
    <message>
        <source>Recovery key (opens the vault and every backup)</source>
        <translation>Ключ восстановления (открывает хранилище и все резервные копии)</translation>
    </message>
    <message>
        <source>Signing-key fingerprint (checks that a backup is genuine)</source>
        <translation>Отпечаток ключа подписи (подтверждает подлинность резервной копии)</translation>
    </message>
    <message>
        <source>Recovery codes for {user} (each works once, instead of the authenticator code)</source>
        <translation>Коды восстановления для {user} (каждый действует один раз вместо кода аутентификатора)</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>Print this page or keep the file offline. Do not e-mail it or store it in the vault.</source>
        <translation>Распечатайте эту страницу или храните файл без доступа к сети. Не отправляйте его по эл. почте и не помещайте в хранилище.</translation>
    </message>
    <message>
        <source>VaultCRM recovery sheet</source>
        <translation>Лист восстановления VaultCRM</translation>
    </message>
</context>
<context>
    <name>ReminderService</name>
    <message>
        <source>Due now: {title}</source>
        <translation>Срок наступил: {title}</translation>
    </message>
    <message>
        <source>Snooze 10 min</source>
        <translation>Отложить на 10 мин</translation>
    </message>
    <message>
        <source>VaultCRM</source>
        <translation>VaultCRM</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) due now. Open VaultCRM to see them.</source>
        <translation>
            <numerusform>%n задача: срок наступил. Откройте VaultCRM.</numerusform>
            <numerusform>%n задачи: срок наступил. Откройте VaultCRM.</numerusform>
            <numerusform>%n задач: срок наступил. Откройте VaultCRM.</numerusform>
        </translation>
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
        <translation>Показать</translation>
    </message>
    <message>
        <source>Show the recovery key</source>
        <translation>Показать ключ восстановления</translation>
    </message>
    <message>
        <source>From a file…</source>
        <translation>Из файла…</translation>
    </message>
    <message>
        <source>Read the recovery key from the recovery sheet&apos;s file</source>
        <translation>Прочитать ключ восстановления из файла листа восстановления</translation>
    </message>
    <message>
        <source>Recovery key:</source>
        <translation>Ключ восстановления:</translation>
    </message>
    <message>
        <source>Choose the recovery sheet (PDF or text)</source>
        <translation>Выберите лист восстановления (PDF или текст)</translation>
    </message>
    <message>
        <source>Recovery sheet (*.pdf *.txt);;All files (*)</source>
        <translation>Лист восстановления (*.pdf *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Choose the backup archive to restore.</source>
        <translation>Выберите архив резервной копии для восстановления.</translation>
    </message>
    <message>
        <source>Choose the folder to restore into.</source>
        <translation>Выберите папку, в которую нужно восстановить данные.</translation>
    </message>
    <message>
        <source>Type the recovery key from your recovery sheet.</source>
        <translation>Введите ключ восстановления с листа восстановления.</translation>
    </message>
    <message>
        <source>This is not a whole recovery key: it starts with AGE-SECRET-KEY-1 and has 74 characters, this one has {0}. Compare it with your recovery sheet.</source>
        <translation>Это неполный ключ восстановления: он начинается с AGE-SECRET-KEY-1 и состоит из 74 символов, а этот — из {0}. Сверьте его с листом восстановления.</translation>
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
        <translation>Сверьте ключ с листом восстановления посимвольно и повторите попытку.</translation>
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
        <translation>ИНН</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Банковский счёт</translation>
    </message>
    <message>
        <source>Confidential notes</source>
        <translation>Конфиденциальные заметки</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Auto-lock after (minutes)</source>
        <translation>Автоблокировка через (минуты)</translation>
    </message>
    <message>
        <source>Minutes without input before the app locks itself.</source>
        <translation>Время без ввода, по истечении которого приложение блокируется, в минутах.</translation>
    </message>
    <message>
        <source>Clear copied text after (seconds)</source>
        <translation>Очищать скопированный текст через (секунды)</translation>
    </message>
    <message>
        <source>Copied customer data is cleared from the clipboard after this.</source>
        <translation>По истечении этого времени скопированные данные клиентов удаляются из буфера обмена.</translation>
    </message>
    <message>
        <source>Deleted records are erased for good after (days)</source>
        <translation>Удалённые записи окончательно удаляются через (дни)</translation>
    </message>
    <message>
        <source>Country (ISO, e.g. PL)</source>
        <translation>Страна (ISO, например RU)</translation>
    </message>
    <message>
        <source>The business&apos;s country: new deals use its currency, and phone numbers typed without a country code are read as its numbers.</source>
        <translation>Страна организации: новые сделки используют её валюту, а номера телефонов, введённые без кода страны, считаются номерами этой страны.</translation>
    </message>
    <message>
        <source>Country for phone numbers without +code, if not the one above</source>
        <translation>Страна для номеров телефонов без +кода, если она отличается от указанной выше</translation>
    </message>
    <message>
        <source>Numbers typed without a country code are read as this country&apos;s.</source>
        <translation>Номера, введённые без кода страны, считаются номерами этой страны.</translation>
    </message>
    <message>
        <source>Working hours start</source>
        <translation>Начало рабочего дня</translation>
    </message>
    <message>
        <source>A sign-in outside working hours raises an alert.</source>
        <translation>Вход вне рабочего времени вызывает оповещение.</translation>
    </message>
    <message>
        <source>Working hours end</source>
        <translation>Конец рабочего дня</translation>
    </message>
    <message>
        <source>Alert: records viewed</source>
        <translation>Оповещение: просмотрено записей</translation>
    </message>
    <message>
        <source>Alert: within (minutes)</source>
        <translation>Оповещение: в течение (минуты)</translation>
    </message>
    <message>
        <source>Alert: records deleted</source>
        <translation>Оповещение: удалено записей</translation>
    </message>
    <message>
        <source>Alert: deletions within (minutes)</source>
        <translation>Оповещение: удаления в течение (минуты)</translation>
    </message>
    <message>
        <source>Alert: refused actions</source>
        <translation>Оповещение: отклонённые действия</translation>
    </message>
    <message>
        <source>Alert: refusals within (minutes)</source>
        <translation>Оповещение: отказы в течение (минуты)</translation>
    </message>
    <message>
        <source>Alert: failed sign-ins</source>
        <translation>Оповещение: неудачные попытки входа</translation>
    </message>
    <message>
        <source>Alert: rows in one export</source>
        <translation>Оповещение: строк в одном экспорте</translation>
    </message>
    <message>
        <source>Alert: no verified backup for (days)</source>
        <translation>Оповещение: нет проверенной резервной копии (дни)</translation>
    </message>
    <message>
        <source>Backup location</source>
        <translation>Место хранения резервных копий</translation>
    </message>
    <message>
        <source>A folder, sftp://, webdav(s):// or s3:// location for scheduled backups.</source>
        <translation>Папка, sftp://, webdav(s):// или s3:// для резервного копирования по расписанию.</translation>
    </message>
    <message>
        <source>Back up every (hours)</source>
        <translation>Создавать резервную копию каждые (часы)</translation>
    </message>
    <message>
        <source>How often the app backs up while it is open.</source>
        <translation>Как часто приложение создаёт резервную копию, пока оно открыто.</translation>
    </message>
    <message>
        <source>Back up when locking</source>
        <translation>Резервная копия при блокировке</translation>
    </message>
    <message>
        <source>Take a backup each time the vault is locked.</source>
        <translation>Создавать резервную копию при каждой блокировке хранилища.</translation>
    </message>
    <message>
        <source>Back up when quitting</source>
        <translation>Резервная копия при выходе</translation>
    </message>
    <message>
        <source>Take a backup when the app quits.</source>
        <translation>Создавать резервную копию при выходе из приложения.</translation>
    </message>
    <message>
        <source>Extra backup recipients (age public keys)</source>
        <translation>Дополнительные получатели резервных копий (открытые ключи age)</translation>
    </message>
    <message>
        <source>Keep everything from the last (days)</source>
        <translation>Хранить все копии за последние (дни)</translation>
    </message>
    <message>
        <source>Keep daily</source>
        <translation>Хранить ежедневные</translation>
    </message>
    <message>
        <source>Keep weekly</source>
        <translation>Хранить еженедельные</translation>
    </message>
    <message>
        <source>Keep monthly</source>
        <translation>Хранить ежемесячные</translation>
    </message>
    <message>
        <source>Keep yearly</source>
        <translation>Хранить ежегодные</translation>
    </message>
    <message>
        <source>Recent vaults (folder paths only)</source>
        <translation>Последние хранилища (только пути к папкам)</translation>
    </message>
    <message>
        <source>Customer list columns</source>
        <translation>Столбцы списка клиентов</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Language of each user on this machine</source>
        <translation>Язык каждого пользователя на этом компьютере</translation>
    </message>
    <message>
        <source>Devices are stale after (days without syncing)</source>
        <translation>Устройство считается устаревшим через (дней без синхронизации)</translation>
    </message>
    <message>
        <source>A team device that has not synced for this long is flagged in the device list.</source>
        <translation>Устройство команды, которое не синхронизировалось так долго, помечается в списке устройств.</translation>
    </message>
    <message>
        <source>Automatic sync every (minutes)</source>
        <translation>Автоматическая синхронизация каждые (минуты)</translation>
    </message>
    <message>
        <source>While the app is open and the team&apos;s location can be reached, a sync round runs this often.</source>
        <translation>Пока приложение открыто и место синхронизации команды доступно, синхронизация выполняется с такой частотой.</translation>
    </message>
    <message>
        <source>Largest attachment (MB)</source>
        <translation>Самое большое вложение (МБ)</translation>
    </message>
    <message>
        <source>Files bigger than this cannot be attached to a customer or a deal.</source>
        <translation>Файлы большего размера нельзя вложить в карточку клиента или сделку.</translation>
    </message>
    <message>
        <source>Attachments per vault (MB)</source>
        <translation>Вложения в хранилище (МБ)</translation>
    </message>
    <message>
        <source>All attached files together may take at most this much space.</source>
        <translation>Все вложенные файлы вместе могут занимать не больше этого объёма.</translation>
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
        <translation>Ваш язык VaultCRM на этом компьютере. Он будет применён при следующем запуске VaultCRM.</translation>
    </message>
    <message>
        <source>Language (from the next start):</source>
        <translation>Язык (со следующего запуска):</translation>
    </message>
    <message>
        <source>Your profile cannot change the vault&apos;s settings; they are shown read-only. Your language is yours to choose.</source>
        <translation>Ваш профиль не позволяет изменять настройки хранилища; они показаны только для чтения. Язык вы можете выбрать сами.</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>Critical</source>
        <translation>Критично</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Информация</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>Too many failed sign-ins. You can try again in {seconds} s.</source>
        <translation>Слишком много неудачных попыток входа. Повторите попытку через {seconds} с.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed sign-in attempt(s) since your last sign-in (the last at {time}).</source>
        <translation>
            <numerusform>%n неудачная попытка входа после вашего последнего входа (последняя — в {time}).</numerusform>
            <numerusform>%n неудачные попытки входа после вашего последнего входа (последняя — в {time}).</numerusform>
            <numerusform>%n неудачных попыток входа после вашего последнего входа (последняя — в {time}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed sign-in attempt(s) since your last sign-in.</source>
        <translation>
            <numerusform>%n неудачная попытка входа после вашего последнего входа.</numerusform>
            <numerusform>%n неудачные попытки входа после вашего последнего входа.</numerusform>
            <numerusform>%n неудачных попыток входа после вашего последнего входа.</numerusform>
        </translation>
    </message>
    <message>
        <source>If it was not you, tell your administrator.</source>
        <translation>Если это были не вы, сообщите администратору.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed sign-in attempt(s) with unknown user names.</source>
        <translation>
            <numerusform>%n неудачная попытка входа с неизвестным именем пользователя.</numerusform>
            <numerusform>%n неудачные попытки входа с неизвестными именами пользователей.</numerusform>
            <numerusform>%n неудачных попыток входа с неизвестными именами пользователей.</numerusform>
        </translation>
    </message>
    <message>
        <source>You used a recovery code; {left} left. Re-enrol your authenticator soon.</source>
        <translation>Вы использовали код восстановления; осталось: {left}. Перерегистрируйте аутентификатор в ближайшее время.</translation>
    </message>
    <message>
        <source>The audit log failed its integrity check. Tell your administrator now.</source>
        <translation>Журнал аудита не прошёл проверку целостности. Немедленно сообщите администратору.</translation>
    </message>
    <message numerus="yes">
        <source>%n deleted record(s) erased for good: the undo window was over.</source>
        <translation>
            <numerusform>Окончательно удалена %n запись из корзины: срок отмены истёк.</numerusform>
            <numerusform>Окончательно удалены %n записи из корзины: срок отмены истёк.</numerusform>
            <numerusform>Окончательно удалено %n записей из корзины: срок отмены истёк.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted records past their undo window could not be erased ({error}); this is tried again at the next sign-in.</source>
        <translation>Не удалось окончательно удалить записи из корзины с истёкшим сроком отмены ({error}); повторная попытка будет сделана при следующем входе.</translation>
    </message>
    <message numerus="yes">
        <source>%n open security alert(s): see Administration → Alerts.</source>
        <translation>
            <numerusform>%n открытое оповещение безопасности: см. Администрирование → Оповещения безопасности.</numerusform>
            <numerusform>%n открытых оповещения безопасности: см. Администрирование → Оповещения безопасности.</numerusform>
            <numerusform>%n открытых оповещений безопасности: см. Администрирование → Оповещения безопасности.</numerusform>
        </translation>
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
        <translation>Забыли пароль?</translation>
    </message>
    <message>
        <source>Forgot password: use the recovery key</source>
        <translation>Забыли пароль: используйте ключ восстановления</translation>
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
        <translation>Новый пароль и аутентификатор заданы. Войдите с ними.</translation>
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
        <source>Join a team…</source>
        <translation>Присоединиться к команде…</translation>
    </message>
    <message>
        <source>Join a team with an invitation</source>
        <translation>Присоединиться к команде по приглашению</translation>
    </message>
    <message>
        <source>Your administrator gave you an invitation file and a one-time code.</source>
        <translation>Администратор передал вам файл приглашения и одноразовый код.</translation>
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
    <name>StartTeamDialog</name>
    <message>
        <source>Start a team</source>
        <translation>Создать команду</translation>
    </message>
    <message>
        <source>Share this vault&apos;s customer book with your team</source>
        <translation>Поделитесь книгой клиентов этого хранилища с командой</translation>
    </message>
    <message>
        <source>This laptop becomes the team&apos;s first device. Choose the sync location, as for backups: a shared folder, SFTP, WebDAV or S3. It only ever holds encrypted files; each colleague&apos;s laptop keeps its own vault and syncs through it.</source>
        <translation>Этот ноутбук станет первым устройством команды. Выберите место синхронизации, как для резервных копий: общую папку, SFTP, WebDAV или S3. Там хранятся только зашифрованные файлы; ноутбук каждого коллеги имеет своё хранилище и синхронизируется через это место.</translation>
    </message>
    <message>
        <source>Genesis fingerprint</source>
        <translation>Исходный отпечаток</translation>
    </message>
    <message>
        <source>Start the team</source>
        <translation>Создать команду</translation>
    </message>
    <message>
        <source>Test the connection first.</source>
        <translation>Сначала проверьте подключение.</translation>
    </message>
    <message>
        <source>Starting the team…</source>
        <translation>Создание команды…</translation>
    </message>
    <message>
        <source>This vault is the first device of the team book. Invite laptops from Administration &gt; Invite a laptop…. Every invitation shows this genesis fingerprint: the new laptop must show the same.</source>
        <translation>Это хранилище — первое устройство книги команды. Приглашайте ноутбуки через Администрирование &gt; Пригласить ноутбук…. Каждое приглашение показывает этот исходный отпечаток: новый ноутбук должен показать такой же.</translation>
    </message>
    <message>
        <source>Genesis fingerprint: {0}</source>
        <translation>Исходный отпечаток: {0}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Lead</source>
        <translation>Лид</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Потенциальный клиент</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Неактивный</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Password strength</source>
        <translation>Надёжность пароля</translation>
    </message>
    <message>
        <source>Not accepted: {0}.</source>
        <translation>Не принят: {0}.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>SubjectExport</name>
    <message>
        <source>Personal data</source>
        <translation>Персональные данные</translation>
    </message>
    <message>
        <source>Consents and lawful bases</source>
        <translation>Согласия и правовые основания</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Взаимодействия</translation>
    </message>
    <message>
        <source>Deals and orders</source>
        <translation>Сделки и заказы</translation>
    </message>
    <message>
        <source>Attached files (the files are in the folder beside this export)</source>
        <translation>Вложенные файлы (сами файлы в папке рядом с этим экспортом)</translation>
    </message>
    <message>
        <source>Purchase preferences</source>
        <translation>Предпочтения при покупке</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <source>Restriction of processing</source>
        <translation>Ограничение обработки</translation>
    </message>
    <message>
        <source>Access and change history (audit log)</source>
        <translation>История доступа и изменений (журнал аудита)</translation>
    </message>
    <message>
        <source>How we process personal data</source>
        <translation>Как мы обрабатываем персональные данные</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Subject access export</source>
        <translation>Экспорт по запросу субъекта данных</translation>
    </message>
    <message>
        <source>Customer {id} · generated {at} by {user}</source>
        <translation>Клиент {id} · сформировано {at} пользователем {user}</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Published: {published}, applied: {applied}, new conflicts: {conflicts}, refused: {refused}.</source>
        <translation>Опубликовано: {published}, применено: {applied}, новых конфликтов: {conflicts}, отклонено: {refused}.</translation>
    </message>
</context>
<context>
    <name>SyncConflicts</name>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>Deleted (in the bin)</source>
        <translation>Удалено (в корзине)</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Devices…</source>
        <translation>Устройства…</translation>
    </message>
    <message>
        <source>Conflicts…</source>
        <translation>Конфликты…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Синхронизация…</translation>
    </message>
    <message>
        <source>Sync cancelled</source>
        <translation>Синхронизация отменена</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Нет подключения</translation>
    </message>
    <message>
        <source>The team&apos;s sync location cannot be reached: {0}</source>
        <translation>Место синхронизации команды недоступно: {0}</translation>
    </message>
    <message>
        <source>Sync failed: {0}</source>
        <translation>Ошибка синхронизации: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n изменение ожидает</numerusform>
            <numerusform>%n изменения ожидают</numerusform>
            <numerusform>%n изменений ожидают</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced at {0}</source>
        <translation>Синхронизировано: {0}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Ещё не синхронизировано</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Team sync</source>
        <translation>Синхронизация команды</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Retry the sync</source>
        <translation>Повторить синхронизацию</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Синхронизировать сейчас</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Edit task</source>
        <translation>Изменить задачу</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Новая задача</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>At</source>
        <translation>В</translation>
    </message>
    <message>
        <source>Due time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Срок:</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Приоритет:</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Повтор</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Не повторяется</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Ежедневно</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Еженедельно</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Ежемесячно</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>П&amp;овтор:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <source>{path} is a file, not a folder.</source>
        <translation>{path} — это файл, а не папка.</translation>
    </message>
    <message>
        <source>{path} holds a vault; choose another folder for the team&apos;s sync location.</source>
        <translation>{path} содержит хранилище; выберите другую папку для места синхронизации команды.</translation>
    </message>
    <message>
        <source>You cannot write in {path}.</source>
        <translation>Вы не можете записывать в {path}.</translation>
    </message>
    <message>
        <source>Choose the team&apos;s sync location.</source>
        <translation>Выберите место синхронизации команды.</translation>
    </message>
    <message>
        <source>This invitation expired on {time}; ask for a new one.</source>
        <translation>Срок действия этого приглашения истёк {time}; попросите новое.</translation>
    </message>
    <message>
        <source>Open the invitation file first.</source>
        <translation>Сначала откройте файл приглашения.</translation>
    </message>
    <message>
        <source>This laptop was removed from the team; ask an administrator to invite it again.</source>
        <translation>Этот ноутбук удалён из команды; попросите администратора пригласить его снова.</translation>
    </message>
    <message>
        <source>Waiting for an administrator to approve this laptop.</source>
        <translation>Ожидание, пока администратор одобрит этот ноутбук.</translation>
    </message>
    <message>
        <source>Waiting for {names} to approve this laptop.</source>
        <translation>Ожидание, пока {names} одобрит этот ноутбук.</translation>
    </message>
    <message>
        <source>The team&apos;s book is not on the sync location yet: the administrator&apos;s laptop publishes it at its next sync. Try again in a moment.</source>
        <translation>Книги команды ещё нет в месте синхронизации: ноутбук администратора опубликует её при следующей синхронизации. Повторите чуть позже.</translation>
    </message>
    <message>
        <source>Start a team…</source>
        <translation>Создать команду…</translation>
    </message>
    <message>
        <source>Invite a laptop…</source>
        <translation>Пригласить ноутбук…</translation>
    </message>
    <message>
        <source>Pending laptops…</source>
        <translation>Ожидающие ноутбуки…</translation>
    </message>
</context>
<context>
    <name>TeamHelp</name>
    <message>
        <source>Working as a team: every laptop keeps its own complete, encrypted vault and works offline. When it can reach the team&apos;s sync location, it sends its changes and takes everyone else&apos;s.</source>
        <translation>Работа в команде: на каждом ноутбуке своё полное зашифрованное хранилище, и он работает без сети. Когда ноутбук может связаться с местом синхронизации команды, он отправляет свои изменения и получает изменения остальных.</translation>
    </message>
    <message>
        <source>1. On the administrator&apos;s laptop, choose Administration &gt; Start a team… and a sync location: a shared folder, SFTP, WebDAV or S3, as for backups. The location only ever stores encrypted files.</source>
        <translation>1. На ноутбуке администратора выберите Администрирование &gt; Создать команду… и место синхронизации: общую папку, SFTP, WebDAV или S3, как для резервных копий. Там хранятся только зашифрованные файлы.</translation>
    </message>
    <message>
        <source>2. Choose Administration &gt; Invite a laptop…, pick the colleague and their profile, save the invitation file and give it to them with the one-time code, told separately (in person or by phone).</source>
        <translation>2. Выберите Администрирование &gt; Пригласить ноутбук…, укажите коллегу и его профиль, сохраните файл приглашения и передайте его вместе с одноразовым кодом, сообщённым отдельно (лично или по телефону).</translation>
    </message>
    <message>
        <source>3. On the new laptop, choose Join a team… on the start screen, open the invitation, type the code, then set your own password and authenticator. Check that the fingerprint shown matches the one on the administrator&apos;s screen.</source>
        <translation>3. На новом ноутбуке выберите «Присоединиться к команде…» на начальном экране, откройте приглашение, введите код, затем задайте собственный пароль и аутентификатор. Убедитесь, что показанный отпечаток совпадает с отпечатком на экране администратора.</translation>
    </message>
    <message>
        <source>4. The administrator approves the laptop in Administration &gt; Pending laptops…; the new laptop then downloads the book.</source>
        <translation>4. Администратор одобряет ноутбук в Администрирование &gt; Ожидающие ноутбуки…; после этого новый ноутбук загружает книгу.</translation>
    </message>
    <message>
        <source>Every laptop holds the whole book; a profile limits what the app shows and does on it. Revoking a laptop stops it from syncing, but the data already on it stays there.</source>
        <translation>На каждом ноутбуке вся книга; профиль ограничивает то, что приложение на нём показывает и делает. Отзыв ноутбука прекращает его синхронизацию, но данные, которые уже на нём, там остаются.</translation>
    </message>
    <message>
        <source>Working as a team</source>
        <translation>Работа в команде</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
    <message>
        <source>Help on working as a team</source>
        <translation>Справка о работе в команде</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Отключён</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
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
    <name>WaitingPage</name>
    <message>
        <source>Check now</source>
        <translation>Проверить сейчас</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <source>choose a folder for the new vault</source>
        <translation>выберите папку для нового хранилища</translation>
    </message>
    <message>
        <source>this is a file, not a folder</source>
        <translation>это файл, а не папка</translation>
    </message>
    <message>
        <source>there is already a vault in this folder; open it instead</source>
        <translation>в этой папке уже есть хранилище; откройте его</translation>
    </message>
    <message>
        <source>the folder is not empty; choose an empty or new folder</source>
        <translation>папка не пуста; выберите пустую или новую папку</translation>
    </message>
    <message>
        <source>you cannot write in this place; choose another folder</source>
        <translation>в это место нельзя записывать; выберите другую папку</translation>
    </message>
    <message>
        <source>enter a user name for the administrator</source>
        <translation>введите имя пользователя для администратора</translation>
    </message>
    <message>
        <source>a user name is 1 to 64 characters without spaces</source>
        <translation>имя пользователя — от 1 до 64 символов без пробелов</translation>
    </message>
    <message>
        <source>choose the country from the list</source>
        <translation>выберите страну из списка</translation>
    </message>
    <message>
        <source>This code does not match. Check the phone&apos;s clock and type the code shown now.</source>
        <translation>Код не совпадает. Проверьте часы телефона и введите код, который показан сейчас.</translation>
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
