"""Signing in: unlocking a vault with a user's password and code, or with the recovery key."""
from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

import pyrage

from . import clock, crypto, kdf, ledger, migrations, spool, totp
from .db import DB_FILENAME, check_pages_at_open, connect, database_error, dbapi2, transaction
from .errors import AuthenticationError, IntegrityError, PasswordChangeRequired, ThrottledError
from .i18n import translate
from .keyslots import KeySlots, dummy_derive, refuse, user_tag
from .lockfile import VaultLock
from .opened import OpenVault
from .slot_versions import reconcile_slots
from .throttle import Throttle
from .user_slots import normalise_password, recovery_code_hash


def unlock(folder: Path | str, username: str, password: str, *, totp_code: str | None = None,
           recovery_code: str | None = None, now: float | None = None,
           allow_password_change: bool = False,
           on_stale_slot: Callable[[OpenVault, dict], None] | None = None) -> OpenVault:
    """Sign in: throttle → slot → code → database → keyslots MAC → migrations → slot version →
    session.

    Raises AuthenticationError (ThrottledError, PasswordChangeRequired, StaleSlotError),
    IntegrityError, VaultBusyError. ``allow_password_change``: a temporary password opens the
    vault with ``report``/``must_change_password`` set instead of raising PasswordChangeRequired.
    ``on_stale_slot(vault, info)``: called with the vault still open when the slot is older than
    the ledger's version for its user (so the caller can audit and alert), before the refusal.
    """
    folder = Path(folder)
    if not (folder / "keyslots.json").exists():
        raise IntegrityError(translate("Errors", "{folder} is not a vault (no keyslots.json).").format(folder=folder))
    now = clock.now() if now is None else now
    lock = VaultLock(folder).acquire()
    throttle = Throttle(folder)
    try:
        wait = throttle.delay_remaining(now)
        if wait > 0:
            raise ThrottledError(translate("Errors", "Too many failed sign-ins. Try again in %n s.", None,
                                           int(wait + 0.999)), retry_after=wait)
        keyslots = KeySlots.load(folder)
        tag = user_tag(keyslots.vault_id, username)
        opened_slots = _open_slots(keyslots, username, password, tag, throttle, now)
        candidates = [(o, None) for o in opened_slots] if recovery_code is not None else \
            _totp_steps(opened_slots, totp_code, tag, throttle, now)
        opened = candidates[0][0]
        try:
            conn = connect(folder / DB_FILENAME, opened.vault_key)
        except BaseException:
            _wipe(candidates)
            raise
        vault = OpenVault(folder, conn, keyslots, opened.vault_key, lock, opened.user_id)
        for other, _ in candidates[1:]:
            other.wipe()  # the same vault key (checked by the MAC below); version and code step are kept
        try:
            keyslots.check_mac(opened.vault_key)
            check_pages_at_open(conn, folder / DB_FILENAME)
            _sign_in(vault, tag, throttle, recovery_code, now, allow_password_change, candidates=candidates,
                     on_stale_slot=on_stale_slot)
        except _FailInside:
            throttle.record(tag, now)
            vault.close()
            raise refuse() from None
        except BaseException:
            vault.close()
            raise
        return vault
    except dbapi2.Error as exc:
        lock.release()
        raise database_error(exc, folder) from exc
    except BaseException:
        lock.release()
        raise


def _open_slots(keyslots: KeySlots, username: str, password: str, tag: str, throttle: Throttle,
                now: float) -> list:
    """The user's slots that the password opens, newest first (two slots only while a slot change
    is under way or was killed: ``user_slots.rewrap_user_slot``); none: recorded and refused."""
    slots = keyslots.find_slots(username)
    pw = normalise_password(password)
    opened = []
    try:
        if not slots:
            dummy_derive(_typical_params(keyslots))  # as long as a real slot, so names cannot be told apart
            throttle.record(None, now)  # a name that matches no slot leaves no trace (maybe a password)
            raise refuse()
        for slot in slots:
            with contextlib.suppress(AuthenticationError):
                opened.append(keyslots.open_slot(slot, pw))
        if not opened:
            throttle.record(tag, now)
            raise refuse()
        if len({o.user_id for o in opened}) != 1:
            _wipe([(o, None) for o in opened])
            raise IntegrityError(translate("Errors", "A key slot names a user who is not in the vault."))
        return opened
    finally:
        crypto.wipe(pw)


def _totp_steps(opened: list, totp_code: str | None, tag: str, throttle: Throttle, now: float) -> list:
    """(slot, TOTP time step) for each opened slot the code matches; none: recorded and refused
    (the slots wiped)."""
    matched = [(o, step) for o in opened
               if (step := totp.matching_step(o.totp_secret, totp_code or "", now)) is not None]
    if not matched:
        throttle.record(tag, now)  # written like a wrong password: nothing confirms a guess
        _wipe([(o, None) for o in opened])
        raise refuse()
    for o in opened:
        if all(o is not m for m, _ in matched):
            o.wipe()
    return matched


def _wipe(candidates: list) -> None:
    for opened, _ in candidates:
        opened.wipe()


def _pick(vault: OpenVault, candidates: list) -> tuple:
    """Of the opened slots (newest first), the one to sign in with: never one newer than the
    ledger's version for the user (the pending slot of a change whose database commit never
    happened); an older one is left to ``_refuse_stale_slot``."""
    known = ledger.required_versions(vault.conn, vault.folder, vault.vault_key(), vault.vault_id).get(vault.user_id)
    usable = [c for c in candidates if known is None or c[0].slot_version <= known.version]
    if not usable:
        raise _FailInside("pending-slot")
    return usable[0]


def _sign_in(vault: OpenVault, tag: str, throttle: Throttle, recovery_code: str | None,
             now: float, allow_password_change: bool, *, candidates: list,
             on_stale_slot: Callable[[OpenVault, dict], None] | None = None) -> None:
    conn = vault.conn
    before, after = migrations.migrate(conn)
    report = vault.report
    report.migrated_from = before if after != before else None
    user = conn.execute("SELECT * FROM users WHERE id = ?", (vault.user_id,)).fetchone()
    if user is None:
        raise IntegrityError(translate("Errors", "A key slot names a user who is not in the vault."))
    opened, step = _pick(vault, candidates)
    _refuse_stale_slot(vault, user, opened.slot_version, on_stale_slot)
    if user["status"] != "active":
        raise AuthenticationError(translate("Errors", "This account is disabled. Ask an administrator."))
    with transaction(conn):
        _use_code(vault, user, step, recovery_code)
        failures = _take_failures(vault, tag, throttle)
        mine = conn.execute("SELECT id, at, reason FROM signin_failures WHERE reported = 0 AND user_id = ?",
                            (vault.user_id,)).fetchall()
        report.failed_attempts = len(mine)
        report.failures = [dict(r) for r in mine]
        report.failed_attempts_other = sum(1 for f in failures if not f.tag)
        conn.execute("UPDATE signin_failures SET reported = 1 WHERE user_id = ?", (vault.user_id,))
        report.last_signin_at = user["last_signin_at"]
        conn.execute("UPDATE users SET last_signin_at = ? WHERE id = ?", (clock.iso(), vault.user_id))
        report.recovery_codes_left = conn.execute(
            "SELECT count(*) FROM recovery_codes WHERE user_id = ? AND used_at IS NULL", (vault.user_id,)
        ).fetchone()[0]
    throttle.clear()
    reconcile_slots(vault)
    spool.sweep(vault.folder)  # unreadable leftovers of an export that was killed
    if user["must_change_password"] and not allow_password_change:
        raise PasswordChangeRequired(translate("Errors",
                                               "You signed in with a temporary password: choose a new one first."))


def _refuse_stale_slot(vault: OpenVault, user, slot_version: int,
                       on_stale_slot: Callable[[OpenVault, dict], None] | None) -> None:
    """StaleSlotError if the slot that opened is older than the ledger's version for its user."""
    known = ledger.required_versions(vault.conn, vault.folder, vault.vault_key(), vault.vault_id).get(vault.user_id)
    if known is not None and slot_version < known.version:
        # an older slot than the vault knows: keyslots.json was replaced by an older copy (or a
        # crash came between a slot change's commit and its file write). Refused, never silent.
        info = {"user_id": vault.user_id, "username": user["username"], "slot_version": slot_version,
                "required_version": known.version, "status": known.status}
        if on_stale_slot is not None:
            with contextlib.suppress(Exception):  # the refusal must not depend on the audit write
                on_stale_slot(vault, info)
        raise StaleSlotError(translate(
            "Errors", "Sign-in refused: this password opens an older key slot than the vault knows for this account "
            "(it was changed or reset, or keyslots.json was replaced with an older copy). "
            "Ask an administrator to reset your password."))


def _use_code(vault: OpenVault, user, step: int | None, recovery_code: str | None) -> None:
    """Inside the sign-in transaction: spend the recovery code, or the TOTP step (never twice)."""
    conn = vault.conn
    if recovery_code is not None:
        code_hash = recovery_code_hash(vault, vault.user_id, recovery_code)
        cur = conn.execute("UPDATE recovery_codes SET used_at = ? WHERE user_id = ? AND code_hash = ?"
                           " AND used_at IS NULL", (clock.iso(), vault.user_id, code_hash))
        if cur.rowcount != 1:
            raise _FailInside("code")
        vault.report.used_recovery_code = True
    else:
        if step is None or step <= int(user["totp_last_step"]):
            raise _FailInside("code-reused")
        conn.execute("UPDATE users SET totp_last_step = ? WHERE id = ?", (step, vault.user_id))


def _take_failures(vault: OpenVault, tag: str, throttle: Throttle) -> list:
    """Inside the sign-in transaction: move the sidecar's failures into the database; returns them."""
    conn = vault.conn
    failures = throttle.failures()
    # attribute each failure to the account it was against (by slot tag), so that user is told
    # at their own next sign-in and the audit log names them; unknown names stay unattributed
    tags = {user_tag(vault.vault_id, r["username"]): r["id"]
            for r in conn.execute("SELECT id, username FROM users")} if failures else {}
    for f in failures:
        who = vault.user_id if f.tag == tag else tags.get(f.tag)
        conn.execute("INSERT INTO signin_failures (at, user_id, reason) VALUES (?, ?, ?)",
                     (clock.iso(f.at), who, f.reason))
    return failures


def _typical_params(keyslots: KeySlots) -> kdf.KdfParams:
    for slot in keyslots.slots:
        with contextlib.suppress(IntegrityError, KeyError, TypeError):
            return kdf.KdfParams.from_json(slot["kdf"])
    return kdf.FLOOR


class StaleSlotError(AuthenticationError):
    """The slot that opened is older than the ledger's version for its user."""


class _FailInside(AuthenticationError):
    def __init__(self, reason: str):
        super().__init__(translate("Errors", "Sign-in refused: wrong user name, password or code."))
        self.reason = reason


def unlock_with_recovery_key(folder: Path | str, identity: str, *, lock: VaultLock | None = None) -> OpenVault:
    """Open the vault with the recovery key (no user session): for recovery and restore.
    ``lock``: the folder's lock, already held by the caller (a restore locks the restored folder
    before it takes the vault's name); the open vault then owns it and releases it on close."""
    folder = Path(folder)
    keyslots = KeySlots.load(folder)
    try:
        ident = pyrage.x25519.Identity.from_str(identity.strip())
    except Exception:
        raise AuthenticationError(translate("Errors", "That is not a valid recovery key (AGE-SECRET-KEY-1…).")
                                  ) from None
    try:
        vault_key = bytearray(pyrage.decrypt(crypto.b64d(keyslots.recovery_slot), [ident]))
    except Exception:
        raise AuthenticationError(translate("Errors", "The recovery key does not open this vault.")) from None
    lock = lock if lock is not None and lock.held else VaultLock(folder).acquire()
    try:
        conn = connect(folder / DB_FILENAME, vault_key)
        vault = OpenVault(folder, conn, keyslots, vault_key, lock, None)
        try:
            keyslots.check_mac(vault_key)
            check_pages_at_open(conn, folder / DB_FILENAME)
            migrations.migrate(conn)
        except BaseException:
            vault.close()
            raise
        return vault
    except BaseException:
        lock.release()
        crypto.wipe(vault_key)
        raise

