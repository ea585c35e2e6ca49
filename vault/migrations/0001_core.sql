-- Core: vault metadata, secrets kept inside the vault, profiles, users, sign-in state, settings.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- recovery identity (age), signing private key (Ed25519), and other secrets
CREATE TABLE vault_secrets (
    name  TEXT PRIMARY KEY,
    value BLOB NOT NULL
);

CREATE TABLE profiles (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE COLLATE NOCASE,
    scope       TEXT NOT NULL CHECK (scope IN ('own', 'all')),
    permissions TEXT NOT NULL,          -- JSON list of permission atoms
    builtin     INTEGER NOT NULL DEFAULT 0,
    description TEXT NOT NULL DEFAULT ''
);

CREATE TABLE users (
    id                   TEXT PRIMARY KEY,
    username             TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name         TEXT NOT NULL,
    profile_id           INTEGER NOT NULL REFERENCES profiles(id),
    status               TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled')),
    must_change_password INTEGER NOT NULL DEFAULT 0,
    totp_secret          TEXT NOT NULL,
    totp_last_step       INTEGER NOT NULL DEFAULT 0,
    created_at           TEXT NOT NULL,
    last_signin_at       TEXT,
    password_changed_at  TEXT
);

CREATE TABLE recovery_codes (
    user_id   TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    code_hash TEXT NOT NULL,
    used_at   TEXT,
    PRIMARY KEY (user_id, code_hash)
);

-- failed sign-ins moved in from the plaintext sidecar after the next successful sign-in
CREATE TABLE signin_failures (
    id       INTEGER PRIMARY KEY,
    at       TEXT NOT NULL,
    user_id  TEXT,
    reason   TEXT NOT NULL,
    reported INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE settings (
    key        TEXT PRIMARY KEY,
    value      TEXT NOT NULL,          -- JSON
    updated_at TEXT NOT NULL,
    updated_by TEXT
);
