-- Migration 0002_records: customers (people and companies), contact details, tags, custom
-- fields, sensitive fields, interactions, deals with line items, purchase preferences, and the
-- full-text index. Amounts are integer minor units. Times are ISO-8601 UTC text.

-- One row per import run, so a bad import can be found and undone.
CREATE TABLE imports (
    id          INTEGER PRIMARY KEY,
    started_at  TEXT NOT NULL,
    finished_at TEXT,
    user_id     TEXT REFERENCES users(id),
    source      TEXT NOT NULL DEFAULT '',       -- file name only, never its content
    format      TEXT NOT NULL,
    imported    INTEGER NOT NULL DEFAULT 0,
    skipped     INTEGER NOT NULL DEFAULT 0,
    state       TEXT NOT NULL DEFAULT 'running' CHECK (state IN ('running', 'done', 'cancelled', 'failed'))
);

CREATE TABLE customers (
    id              INTEGER PRIMARY KEY,
    kind            TEXT NOT NULL DEFAULT 'person' CHECK (kind IN ('person', 'company')),
    display_name    TEXT NOT NULL,
    sort_name       TEXT NOT NULL,                  -- folded (accents and case removed): the sort key
    given_name      TEXT NOT NULL DEFAULT '',
    family_name     TEXT NOT NULL DEFAULT '',
    company_id      INTEGER REFERENCES customers(id) ON DELETE SET NULL,   -- a person's company
    company_name    TEXT NOT NULL DEFAULT '',       -- shown company (the linked one's name, or free text)
    company_sort    TEXT NOT NULL DEFAULT '',
    job_title       TEXT NOT NULL DEFAULT '',
    status          TEXT NOT NULL DEFAULT 'lead' CHECK (status IN ('lead', 'prospect', 'customer', 'inactive')),
    owner_id        TEXT REFERENCES users(id),
    notes           TEXT NOT NULL DEFAULT '',       -- ordinary notes (searchable); confidential ones are sensitive
    -- denormalised display columns of the first email/phone/address, for a fast list
    email           TEXT NOT NULL DEFAULT '',
    phone           TEXT NOT NULL DEFAULT '',
    city            TEXT NOT NULL DEFAULT '',
    city_sort       TEXT NOT NULL DEFAULT '',
    last_contact_at TEXT,
    import_id       INTEGER,                        -- imports.id (undo an import); no FK: no index to keep
    created_at      TEXT NOT NULL,
    created_by      TEXT,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT,
    version         INTEGER NOT NULL DEFAULT 1,     -- optimistic concurrency: bumped on every change
    deleted_at      TEXT,                           -- soft delete (undo window), then hard delete
    deleted_by      TEXT,
    merged_into     INTEGER                         -- set when deleted by a merge
);
-- keyset-friendly sort indexes over live rows (the list never shows deleted ones)
CREATE INDEX customers_by_name ON customers (sort_name, id) WHERE deleted_at IS NULL;
CREATE INDEX customers_by_company ON customers (company_sort, sort_name, id) WHERE deleted_at IS NULL;
CREATE INDEX customers_by_city ON customers (city_sort, sort_name, id) WHERE deleted_at IS NULL;
CREATE INDEX customers_by_status ON customers (status, sort_name, id) WHERE deleted_at IS NULL;
CREATE INDEX customers_by_owner ON customers (owner_id, sort_name, id) WHERE deleted_at IS NULL;
CREATE INDEX customers_by_updated ON customers (updated_at, id) WHERE deleted_at IS NULL;
CREATE INDEX customers_by_contact ON customers (last_contact_at, id) WHERE deleted_at IS NULL;
CREATE INDEX customers_company_link ON customers (company_id) WHERE company_id IS NOT NULL;
CREATE INDEX customers_deleted ON customers (deleted_at) WHERE deleted_at IS NOT NULL;

CREATE TABLE customer_emails (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL DEFAULT 0,
    label       TEXT NOT NULL DEFAULT '',
    email       TEXT NOT NULL,
    email_norm  TEXT NOT NULL                       -- lower case: duplicate detection
);
CREATE INDEX customer_emails_customer ON customer_emails (customer_id, position);
CREATE INDEX customer_emails_norm ON customer_emails (email_norm);

CREATE TABLE customer_phones (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL DEFAULT 0,
    label       TEXT NOT NULL DEFAULT '',
    original    TEXT NOT NULL,                      -- as typed or imported: shown
    e164        TEXT,                               -- normalised with phonenumbers, when it parses
    phone_norm  TEXT NOT NULL                       -- e164, or the digits: duplicate detection
);
CREATE INDEX customer_phones_customer ON customer_phones (customer_id, position);
CREATE INDEX customer_phones_norm ON customer_phones (phone_norm);

CREATE TABLE customer_addresses (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL DEFAULT 0,
    label       TEXT NOT NULL DEFAULT '',
    street      TEXT NOT NULL DEFAULT '',
    postcode    TEXT NOT NULL DEFAULT '',
    city        TEXT NOT NULL DEFAULT '',
    region      TEXT NOT NULL DEFAULT '',
    country     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX customer_addresses_customer ON customer_addresses (customer_id, position);

CREATE TABLE tags (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE
);
CREATE TABLE customer_tags (
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    tag_id      INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (customer_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX customer_tags_tag ON customer_tags (tag_id, customer_id);

-- Custom fields an administrator defines (text, number, date, choice).
CREATE TABLE custom_fields (
    id        INTEGER PRIMARY KEY,
    key       TEXT NOT NULL UNIQUE,
    label     TEXT NOT NULL,
    type      TEXT NOT NULL CHECK (type IN ('text', 'number', 'date', 'choice')),
    choices   TEXT NOT NULL DEFAULT '[]',           -- JSON list for 'choice'
    sensitive INTEGER NOT NULL DEFAULT 0,           -- masked without sensitive.read, never indexed
    position  INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE customer_custom_values (
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    field_id    INTEGER NOT NULL REFERENCES custom_fields(id) ON DELETE CASCADE,
    value       TEXT NOT NULL,
    PRIMARY KEY (customer_id, field_id)
) WITHOUT ROWID;

-- SENSITIVE: masked for sessions without sensitive.read (lists, detail, search, export, audit
-- views) and never copied into the full-text index.
CREATE TABLE customer_sensitive (
    customer_id        INTEGER PRIMARY KEY REFERENCES customers(id) ON DELETE CASCADE,
    tax_id             TEXT NOT NULL DEFAULT '',
    date_of_birth      TEXT NOT NULL DEFAULT '',
    bank_account       TEXT NOT NULL DEFAULT '',
    confidential_notes TEXT NOT NULL DEFAULT ''
);

-- Which fields are sensitive, in the schema itself (the permissions and privacy code read it).
CREATE TABLE field_catalog (
    entity    TEXT NOT NULL,
    field     TEXT NOT NULL,
    label     TEXT NOT NULL,
    sensitive INTEGER NOT NULL DEFAULT 0,
    personal  INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (entity, field)
);
INSERT INTO field_catalog (entity, field, label, sensitive, personal) VALUES
    ('customer', 'display_name', 'Name', 0, 1),
    ('customer', 'given_name', 'Given name', 0, 1),
    ('customer', 'family_name', 'Family name', 0, 1),
    ('customer', 'company_name', 'Company', 0, 0),
    ('customer', 'job_title', 'Job title', 0, 1),
    ('customer', 'status', 'Status', 0, 0),
    ('customer', 'notes', 'Notes', 0, 1),
    ('customer', 'emails', 'Emails', 0, 1),
    ('customer', 'phones', 'Phones', 0, 1),
    ('customer', 'addresses', 'Addresses', 0, 1),
    ('customer', 'tags', 'Tags', 0, 0),
    ('customer', 'tax_id', 'Tax id', 1, 1),
    ('customer', 'date_of_birth', 'Date of birth', 1, 1),
    ('customer', 'bank_account', 'Bank account', 1, 1),
    ('customer', 'confidential_notes', 'Confidential notes', 1, 1);

CREATE TABLE deals (
    id             INTEGER PRIMARY KEY,
    customer_id    INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    title          TEXT NOT NULL,
    amount_minor   INTEGER NOT NULL DEFAULT 0,      -- integer minor units (cents), never floats
    currency       TEXT NOT NULL DEFAULT 'EUR' CHECK (length(currency) = 3),
    stage          TEXT NOT NULL DEFAULT 'open'
                   CHECK (stage IN ('open', 'qualified', 'proposal', 'negotiation', 'won', 'lost')),
    expected_close TEXT,
    closed_at      TEXT,
    owner_id       TEXT REFERENCES users(id),
    notes          TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    created_by     TEXT,
    updated_at     TEXT NOT NULL,
    updated_by     TEXT,
    version        INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX deals_customer ON deals (customer_id, created_at);

CREATE TABLE deal_items (
    id               INTEGER PRIMARY KEY,
    deal_id          INTEGER NOT NULL REFERENCES deals(id) ON DELETE CASCADE,
    position         INTEGER NOT NULL DEFAULT 0,
    product          TEXT NOT NULL,
    quantity         INTEGER NOT NULL DEFAULT 1 CHECK (quantity > 0),
    unit_price_minor INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX deal_items_deal ON deal_items (deal_id, position);

CREATE TABLE interactions (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    deal_id     INTEGER REFERENCES deals(id) ON DELETE SET NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('call', 'meeting', 'email', 'visit', 'note')),
    occurred_at TEXT NOT NULL,
    user_id     TEXT REFERENCES users(id),          -- who had the interaction
    summary     TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    created_by  TEXT
);
CREATE INDEX interactions_customer ON interactions (customer_id, occurred_at);
CREATE INDEX interactions_deal ON interactions (deal_id) WHERE deal_id IS NOT NULL;

CREATE TABLE purchase_preferences (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    category    TEXT NOT NULL,
    preference  TEXT NOT NULL DEFAULT '',
    notes       TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL
);
CREATE INDEX purchase_preferences_customer ON purchase_preferences (customer_id);

-- Full-text index: rowid = customers.id. The app folds every value (accents, case, ß→ss, Ł→L)
-- before it goes in, and folds queries the same way. Only non-sensitive fields are indexed.
-- Lives inside the SQLCipher database, so it is encrypted like everything else.
CREATE VIRTUAL TABLE customers_fts USING fts5 (
    name, company, emails, phones, city, tags, notes,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

-- A change counter for customer lists: updates and deletes of customers (and removed tags)
-- bump it through triggers, whoever writes; inserts bump it once per statement batch from the
-- app (a per-row insert trigger would cost more than the insert itself under SQLCipher's
-- memory security), so a cached sorted list (app.records.listing) knows when it is stale.
CREATE TABLE records_state (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    generation INTEGER NOT NULL
);
INSERT INTO records_state (id, generation) VALUES (1, 0);
CREATE TRIGGER customers_gen_update AFTER UPDATE ON customers
    BEGIN UPDATE records_state SET generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER customers_gen_delete AFTER DELETE ON customers
    BEGIN UPDATE records_state SET generation = generation + 1 WHERE id = 1; END;
CREATE TRIGGER customer_tags_gen_delete AFTER DELETE ON customer_tags
    BEGIN UPDATE records_state SET generation = generation + 1 WHERE id = 1; END;
