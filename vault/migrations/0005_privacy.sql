-- Migration 0005_privacy: consent, restriction of processing, erasure ledger, retention rules.

-- Consent (or another lawful basis) per person and purpose, with source, time and withdrawal.
CREATE TABLE consents (
    id           INTEGER PRIMARY KEY,
    customer_id  INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    purpose      TEXT NOT NULL,
    lawful_basis TEXT NOT NULL CHECK (lawful_basis IN ('consent', 'contract', 'legal_obligation',
                                                       'vital_interests', 'public_task', 'legitimate_interests')),
    source       TEXT NOT NULL DEFAULT '',
    given_at     TEXT NOT NULL,
    recorded_by  TEXT,
    withdrawn_at TEXT,
    withdrawn_by TEXT
);
CREATE INDEX consents_customer ON consents (customer_id, purpose);

-- Restriction of processing (GDPR art. 18): no export, no edits but by privacy managers.
CREATE TABLE restrictions (
    customer_id INTEGER PRIMARY KEY REFERENCES customers(id) ON DELETE CASCADE,
    reason      TEXT NOT NULL DEFAULT '',
    since       TEXT NOT NULL,
    by_user     TEXT
);

-- Every erasure, kept so a restore of an older backup can re-apply it (ids and times only).
CREATE TABLE erasure_ledger (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL,
    erased_at   TEXT NOT NULL,
    erased_by   TEXT,
    reason      TEXT NOT NULL DEFAULT '',
    reapplied   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX erasure_ledger_customer ON erasure_ledger (customer_id);

ALTER TABLE customers ADD COLUMN erased_at TEXT;

-- Retention: customers matching a rule (status, no contact for N days) are erased after a preview.
CREATE TABLE retention_rules (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE COLLATE NOCASE,
    status        TEXT CHECK (status IS NULL OR status IN ('lead', 'prospect', 'customer', 'inactive')),
    inactive_days INTEGER NOT NULL CHECK (inactive_days > 0),
    enabled       INTEGER NOT NULL DEFAULT 1,
    created_at    TEXT NOT NULL,
    created_by    TEXT
);
