-- Migration 0004_backups: backup history (sequence per location, last good/verified times for
-- the schedule) and location secrets kept inside the vault when the machine has no keyring.
CREATE TABLE backup_history (
    id               INTEGER PRIMARY KEY,
    target           TEXT NOT NULL,          -- location URL (never holds a secret)
    archive          TEXT NOT NULL,
    sequence         INTEGER NOT NULL,
    sig_hash         TEXT NOT NULL,          -- SHA-256 of the signed part of the .sig
    sha256           TEXT NOT NULL,
    size             INTEGER NOT NULL,
    created          TEXT NOT NULL,          -- ISO UTC
    verified_at      TEXT,                   -- read back and checked against what was sent
    deep_verified_at TEXT,
    pruned_at        TEXT,
    user_id          TEXT
);
CREATE INDEX backup_history_target ON backup_history (target, sequence);

CREATE TABLE backup_credentials (
    key        TEXT PRIMARY KEY,             -- scheme://user@host:port
    secret     TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
