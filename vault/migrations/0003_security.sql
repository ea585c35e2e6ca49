-- Migration 0003_security: tamper-evident audit log, its verified checkpoint, per-person keys
-- (so erasure can shred personal values in audit details) and security alerts.

-- Append-only. hash = HMAC-SHA256(audit_key, prev_hash || canonical(seq, at, user_id, username, action,
-- entity, entity_id, person_id, details)); audit_key = HKDF(VK, "vaultcrm/audit-chain/v1"); the first
-- entry's prev_hash is 32 zero bytes. See app/audit.py.
CREATE TABLE audit_log (
    seq       INTEGER PRIMARY KEY,          -- 1, 2, 3 … with no gaps
    at        TEXT NOT NULL,                -- UTC, ISO 8601 to the second
    user_id   TEXT,                         -- who acted (NULL: recovery key, or an unknown user name)
    username  TEXT,                         -- the name at the time (users can be renamed or removed)
    action    TEXT NOT NULL,
    entity    TEXT,
    entity_id TEXT,
    person_id TEXT,                         -- the customer whose key seals ``details`` (if any)
    details   TEXT,                         -- canonical JSON; sealed when person_id is set
    hash      BLOB NOT NULL
);
CREATE INDEX audit_log_user ON audit_log (user_id, action, at);
CREATE INDEX audit_log_action ON audit_log (action, at);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_person ON audit_log (person_id) WHERE person_id IS NOT NULL;
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);

-- The app never changes or removes an entry; a raw connection can (and the chain shows it).
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

-- The last entry whose chain was verified: sign-in verifies only what came after it.
CREATE TABLE audit_checkpoint (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    seq         INTEGER NOT NULL,
    hash        BLOB NOT NULL,
    verified_at TEXT NOT NULL
);

-- One random key per person (customer), wrapped with HKDF(VK, "vaultcrm/person-key-wrap/v1").
-- Erasure deletes the row: audit details sealed with it become unreadable, the chain stays intact.
CREATE TABLE person_keys (
    person_id  TEXT PRIMARY KEY,
    nonce      BLOB NOT NULL,
    wrapped    BLOB NOT NULL,
    created_at TEXT NOT NULL
);

-- failed sign-ins already copied into the audit log
ALTER TABLE signin_failures ADD COLUMN audited INTEGER NOT NULL DEFAULT 0;

CREATE TABLE alerts (
    id              INTEGER PRIMARY KEY,
    at              TEXT NOT NULL,
    rule            TEXT NOT NULL,
    severity        TEXT NOT NULL CHECK (severity IN ('info', 'warning', 'critical')),
    user_id         TEXT,                   -- the user the alert is about, if any
    username        TEXT,
    message         TEXT NOT NULL,
    details         TEXT NOT NULL DEFAULT '{}',
    audit_seq       INTEGER,                -- the entry that raised it, if any
    acknowledged_at TEXT,
    acknowledged_by TEXT
);
CREATE INDEX alerts_open ON alerts (rule, user_id) WHERE acknowledged_at IS NULL;
