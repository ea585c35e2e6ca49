<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
    <context>
        <name />
        <message>
            <source>Password strength</source>
            <translation>Надёжность пароля</translation>
        </message>
        <message>
            <source>Not accepted: </source>
            <translation>Не принято: </translation>
        </message>
        <message>
            <source>The two passwords are not the same.</source>
            <translation>Пароли не совпадают.</translation>
        </message>
        <message>
            <source>QR code for the authenticator app</source>
            <translation>QR-код для приложения-аутентификатора</translation>
        </message>
        <message>
            <source>Working</source>
            <translation>Выполняется</translation>
        </message>
    </context>
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
            <source>Action (e.g. customer.*)</source>
            <translation>Действие (например, customer.*)</translation>
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
        <message>
            <source>Page {0} of {1} · {2} entries</source>
            <translation>Страница {0} из {1} · записей: {2}</translation>
        </message>
        <message>
            <source>Checking the chain…</source>
            <translation>Проверка цепочки…</translation>
        </message>
        <message>
            <source>Chain intact: {0} entries, every link checked.</source>
            <translation>Цепочка цела: записей: {0}, проверено каждое звено.</translation>
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
            <source>The archive is encrypted to the vault's recovery key, signed, then read back and verified.</source>
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
            <source>Backed up and verified: {0} ({1:,} bytes).</source>
            <translation>Резервная копия создана и проверена: {0} ({1:,} Б).</translation>
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
            <source>E-mails (one a line, "work: a@b.com")</source>
            <translation>Эл. адреса (по одному в строке, «рабочий: a@b.com»)</translation>
        </message>
        <message>
            <source>Phones (one a line)</source>
            <translation>Телефоны (по одному в строке)</translation>
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
            <source>e.g. 1 250,00 or 1250.00</source>
            <translation>например, 1 250,00 или 1250.00</translation>
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
            <source>YYYY-MM-DD (optional)</source>
            <translation>ГГГГ-ММ-ДД (необязательно)</translation>
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
            <source>Reason (e.g. the person's request of …):</source>
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
            <source>Remove the purchase preference "{0}" of {1}?</source>
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
            <source>Cancelled; no file was left.</source>
            <translation>Отменено; файл не оставлен.</translation>
        </message>
        <message>
            <source>Exported {0} customers.</source>
            <translation>Экспортировано клиентов: {0}.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрыть</translation>
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
            <source>{0} records can be imported; {1} would be refused (listed after the import).</source>
            <translation>Можно импортировать записей: {0}; будет отклонено: {1} (список — после импорта).</translation>
        </message>
        <message>
            <source>Field for {0}</source>
            <translation>Поле для {0}</translation>
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
        <name>JobDialog</name>
        <message>
            <source>Cancelled. Nothing was changed.</source>
            <translation>Отменено. Ничего не изменено.</translation>
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
            <source>VaultCRM — {0}</source>
            <translation>VaultCRM — {0}</translation>
        </message>
        <message>
            <source>This is a throwaway demo vault with generated customers; it is deleted when you quit.</source>
            <translation>Это временное демонстрационное хранилище со сгенерированными клиентами; оно будет удалено при выходе.</translation>
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
            <source>Your new password is set.</source>
            <translation>Новый пароль задан.</translation>
        </message>
        <message>
            <source>VaultCRM: a local-first CRM whose customer data never leaves an encrypted vault.</source>
            <translation>VaultCRM: локальная CRM, данные клиентов которой никогда не покидают зашифрованное хранилище.</translation>
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
            <source>You will be the vault's first administrator: you can add colleagues and give them profiles later.</source>
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
            <source>Code shown now:</source>
            <translation>Текущий код:</translation>
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
            <source>Select a custom profile's column first.</source>
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
        <message>
            <source>{0} records imported</source>
            <translation>Импортировано записей: {0}</translation>
        </message>
        <message>
            <source>{0} customers written</source>
            <translation>Записано клиентов: {0}</translation>
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
            <source>Recovery key:</source>
            <translation>Ключ восстановления:</translation>
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
            <source>Fill in the archive, the destination and the recovery key.</source>
            <translation>Укажите архив, место назначения и ключ восстановления.</translation>
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
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Настройки</translation>
        </message>
        <message>
            <source>Your profile cannot change settings; they are shown read-only.</source>
            <translation>Ваш профиль не позволяет изменять настройки; они показаны только для чтения.</translation>
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
        <name>UsersPage</name>
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
