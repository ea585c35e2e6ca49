"""Users and their key slots: adding a user, replacing a slot (password change or reset, TOTP
re-enrolment), removing one, recovery codes, and re-checking a signed-in user's password."""
from __future__ import annotations

import contextlib
import hmac
import secrets
import unicodedata
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from . import clock, crypto, kdf, ledger, totp
from .db import dbapi2, transaction
from .errors import AuthenticationError, PolicyError
from .i18n import translate
from .keyslots import SlotSecrets, refuse
from .opened import OpenVault, vault_kdf_params
from .passwords import check_password
from .slot_versions import has_ledger, sync_ledger_file
from .text import clean_text, has_invisible

RECOVERY_CODE_COUNT = 10
_CODE_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # no 0/o, 1/l/i


def normalise_password(password: str) -> bytearray:
    return bytearray(unicodedata.normalize("NFKC", password).encode("utf-8"))


@dataclass
class Enrolment:
    """What a new user must see once: TOTP secret and URI, recovery codes."""

    user_id: str
    username: str
    totp_secret: str
    totp_uri: str
    recovery_codes: list[str]


def new_recovery_codes() -> list[str]:
    codes = []
    for _ in range(RECOVERY_CODE_COUNT):
        raw = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(10))
        codes.append(f"{raw[:5]}-{raw[5:]}")
    return codes


def recovery_code_hash(vault: OpenVault, user_id: str, code: str) -> str:
    norm = "".join(ch for ch in (code or "").lower() if ch.isalnum())
    return crypto.hmac_sha256(vault.subkey(crypto.LABEL_RECOVERY_CODES), f"{user_id}|{norm}".encode()).hex()


def _no_outer_transaction(vault: OpenVault) -> None:
    if vault.conn.in_transaction:
        raise RuntimeError("key slot changes commit their own transaction; call them outside one")


def add_user(vault: OpenVault, username: str, password: str, *, profile_id: int, display_name: str | None = None,
             params: kdf.KdfParams | None = None, must_change_password: bool = False,
             save: bool = True, also: Callable[[str], None] | None = None,
             user_id: str | None = None) -> Enrolment:
    """Insert a user row, recovery codes and a key slot. Caller checks permissions and policy.
    ``user_id``: the id the user already has in a team book (``device join``); else a new one.

    Order (``save``): the database commits first (with ``also(user_id)``, e.g. the audit entry),
    then ``keyslots.json`` is written; if that write fails the rows are removed again. A crash in
    between leaves a user without a slot (who cannot sign in), never a slot without a user.
    ``save=False`` (vault creation): the slot goes into ``vault.keyslots``; the caller saves."""
    username = _checked_username(username)
    display_name = clean_text(display_name).strip() if display_name else display_name
    check_password(password, username=username)
    conn = vault.conn
    if save:
        _no_outer_transaction(vault)
    if conn.execute("SELECT 1 FROM users WHERE username = ?", (username,)).fetchone() or \
            vault.keyslots.find_slot(username) is not None:
        raise PolicyError(translate("Errors", "A user named {name} already exists.").format(name=repr(username)))
    params = params or vault_kdf_params(vault)
    user_id = user_id or str(uuid.uuid4())
    secret = totp.new_secret()
    codes = new_recovery_codes()
    version = 1 if has_ledger(conn) else 0  # 0: an old schema (tests/old_vaults.py)
    # Argon2id outside the transaction
    slot = _make_slot(vault, username, password, SlotSecrets(vault.vault_key(), secret, user_id), params, version)
    slots = vault.keyslots.copy() if save else vault.keyslots
    slots.put_slot(slot)
    with transaction(conn):
        conn.execute(
            "INSERT INTO users (id, username, display_name, profile_id, must_change_password, totp_secret, created_at,"
            " password_changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (user_id, username, display_name or username, profile_id, int(must_change_password), secret,
             clock.iso(), clock.iso()),
        )
        conn.executemany("INSERT INTO recovery_codes (user_id, code_hash) VALUES (?, ?)",
                         [(user_id, recovery_code_hash(vault, user_id, c)) for c in codes])
        if version:
            ledger.put_user(conn, user_id, version, "active", clock.iso())
        if also:
            also(user_id)
    if save:
        try:
            slots.save(vault.folder, vault.vault_key())
        except BaseException:
            _remove_new_user(conn, user_id)
            raise
        vault.keyslots = slots
        sync_ledger_file(vault)
    return Enrolment(user_id, username, secret, totp.provisioning_uri(secret, username), codes)


def _checked_username(username: str) -> str:
    username = unicodedata.normalize("NFKC", username or "").strip()
    if not username or len(username) > 64 or any(ch.isspace() for ch in username):
        raise PolicyError(translate("Errors", "A user name is 1 to 64 characters without spaces."))
    if has_invisible(username):
        raise PolicyError(translate("Errors", "A user name cannot hold invisible or direction-changing characters."))
    return username


def _make_slot(vault: OpenVault, username: str, password: str, secrets_: SlotSecrets, params: kdf.KdfParams,
               version: int) -> dict:
    """A new key slot for ``username`` (Argon2id: call it outside any transaction)."""
    pw = normalise_password(password)
    try:
        return vault.keyslots.make_slot(username, pw, secrets_, params, version=version)
    finally:
        crypto.wipe(pw)


def _remove_new_user(conn: dbapi2.Connection, user_id: str) -> None:
    """Undo ``add_user``'s commit when the slots file could not be written."""
    with transaction(conn):
        conn.execute("DELETE FROM recovery_codes WHERE user_id = ?", (user_id,))
        conn.execute("UPDATE users SET status = 'disabled' WHERE id = ?", (user_id,))
        with contextlib.suppress(dbapi2.Error):  # rows other tables point at (audit) may keep it
            conn.execute("DELETE FROM users WHERE id = ?", (user_id,))


def rewrap_user_slot(vault: OpenVault, user_id: str, new_password: str, *, must_change: bool = False,
                     new_totp_secret: str | None = None, new_recovery_codes: bool = False,
                     status: str | None = None, also: Callable[[], None] | None = None) -> list[str] | None:
    """Replace one user's slot (password change/reset, TOTP re-enrolment, re-enabling); other
    slots are untouched. Returns the new recovery codes when ``new_recovery_codes``.

    Order (two phases): ``keyslots.json`` is written holding the user's current slot (version v)
    *and* the new one (v+1); then the database commits (user row, codes, ledger version v+1,
    ``also()`` — the audit entry); then ``keyslots.json`` is written again with only the new slot.
    Sign-in uses the slot whose version the database holds, so a crash at any point leaves the
    old secret (before the commit) or the new one (after it) working, never neither, and a slot
    older than the database's version is still refused. If the first write fails nothing has
    changed; if the last one fails the database change is undone (the pending slot is then newer
    than the database: ignored, and removed at the next sign-in)."""
    _no_outer_transaction(vault)
    conn = vault.conn
    row = conn.execute("SELECT * FROM users WHERE id = ?", (user_id,)).fetchone()
    if row is None:
        raise PolicyError(translate("Errors", "No such user."))
    check_password(new_password, username=row["username"])
    secret = new_totp_secret or row["totp_secret"]
    versioned = has_ledger(conn)
    before = conn.execute("SELECT * FROM credential_ledger WHERE user_id = ?", (user_id,)).fetchone() \
        if versioned else None
    # the new slot outranks every earlier one: older copies of it are refused at unlock
    version = ledger.user_fact(conn, user_id).version + 1 if versioned else 0
    slot = _make_slot(vault, row["username"], new_password, SlotSecrets(vault.vault_key(), secret, user_id),
                      vault_kdf_params(vault), version)
    slots = vault.keyslots.copy()
    if versioned:  # phase 1: the old slot and the pending new one, side by side
        slots.put_pending(slot)
        slots.save(vault.folder, vault.vault_key())
    slots.remove_user(user_id)
    slots.put_slot(slot)
    old_codes = [tuple(r) for r in conn.execute("SELECT code_hash, used_at FROM recovery_codes WHERE user_id = ?",
                                                (user_id,))]
    codes = None
    with transaction(conn):
        conn.execute(
            "UPDATE users SET must_change_password = ?, password_changed_at = ?, totp_secret = ?, status = ?,"
            " totp_last_step = CASE WHEN ? THEN 0 ELSE totp_last_step END WHERE id = ?",
            (int(must_change), clock.iso(), secret, status or row["status"], int(new_totp_secret is not None), user_id),
        )
        if new_recovery_codes:
            codes = _replace_codes(vault, user_id)
        if versioned:
            ledger.put_user(conn, user_id, version, status or row["status"], clock.iso())
        if also:
            also()
    try:
        slots.save(vault.folder, vault.vault_key())
    except BaseException:
        _put_back(conn, row, old_codes if new_recovery_codes else None, before, versioned=versioned)
        raise
    vault.keyslots = slots
    sync_ledger_file(vault)
    return codes


def _put_back(conn: dbapi2.Connection, row, old_codes: list[tuple] | None, before, *, versioned: bool) -> None:
    """Undo ``rewrap_user_slot``'s commit when the slots file could not be written: the user row
    as it was, the old recovery codes (``old_codes``, if they were replaced) and ledger entry."""
    user_id = row["id"]
    with transaction(conn):
        conn.execute(
            "UPDATE users SET must_change_password = ?, password_changed_at = ?, totp_secret = ?, status = ?,"
            " totp_last_step = ? WHERE id = ?",
            (row["must_change_password"], row["password_changed_at"], row["totp_secret"], row["status"],
             row["totp_last_step"], user_id))
        if old_codes is not None:
            conn.execute("DELETE FROM recovery_codes WHERE user_id = ?", (user_id,))
            conn.executemany("INSERT INTO recovery_codes (user_id, code_hash, used_at) VALUES (?, ?, ?)",
                             [(user_id, h, u) for h, u in old_codes])
        if versioned:
            conn.execute("DELETE FROM credential_ledger WHERE user_id = ?", (user_id,))
            if before is not None:
                ledger.put_user(conn, user_id, before["slot_version"], before["status"], before["at"])


def _replace_codes(vault: OpenVault, user_id: str) -> list[str]:
    codes = new_recovery_codes()
    vault.conn.execute("DELETE FROM recovery_codes WHERE user_id = ?", (user_id,))
    vault.conn.executemany("INSERT INTO recovery_codes (user_id, code_hash) VALUES (?, ?)",
                           [(user_id, recovery_code_hash(vault, user_id, c)) for c in codes])
    return codes


def new_recovery_codes_for(vault: OpenVault, user_id: str) -> list[str]:
    with transaction(vault.conn):
        return _replace_codes(vault, user_id)


def remove_user_slot(vault: OpenVault, user_id: str) -> None:
    """A disabled user's password no longer opens the vault. Call after the database says
    'disabled' has committed; a slot left behind by a failure is removed at the next unlock."""
    slots = vault.keyslots.copy()
    if slots.remove_user(user_id):
        slots.save(vault.folder, vault.vault_key())
        vault.keyslots = slots
    sync_ledger_file(vault)



def verify_password(vault: OpenVault, user_id: str, password: str) -> None:
    """Re-check a signed-in user's current password (before changing their own secrets)."""
    row = vault.conn.execute("SELECT username FROM users WHERE id = ?", (user_id,)).fetchone()
    slot = vault.keyslots.find_slot(row["username"]) if row else None
    if slot is None:
        raise refuse()
    pw = normalise_password(password)
    try:
        opened = vault.keyslots.open_slot(slot, pw)
    except AuthenticationError:
        raise AuthenticationError(_wrong_password()) from None
    finally:
        crypto.wipe(pw)
    same = opened.user_id == user_id and hmac.compare_digest(bytes(opened.vault_key), bytes(vault.vault_key()))
    opened.wipe()
    if not same:
        raise AuthenticationError(_wrong_password())


def _wrong_password() -> str:
    return translate("Errors", "The current password is wrong.")

