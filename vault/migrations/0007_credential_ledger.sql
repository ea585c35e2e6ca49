-- Migration 0007_credential_ledger: a version per user key slot, and the revocation ledger's
-- user facts (no secrets): the newest slot version of each user and whether the account is
-- disabled. Unlock refuses a slot older than this (a replayed keyslots.json); a restore of an
-- older backup re-applies these facts (disabled users stay disabled, old passwords stop working).
-- Users without a row are at version 0 (slots made before this migration carry no version).
CREATE TABLE credential_ledger (
    user_id      TEXT PRIMARY KEY,
    slot_version INTEGER NOT NULL CHECK (slot_version >= 0),
    status       TEXT NOT NULL CHECK (status IN ('active', 'disabled')),
    at           TEXT NOT NULL
);

-- users disabled before this migration: version 1, so a restored copy where they are still
-- active (version 0) is older
INSERT INTO credential_ledger (user_id, slot_version, status, at)
    SELECT id, 1, 'disabled', COALESCE(password_changed_at, created_at) FROM users WHERE status = 'disabled';
