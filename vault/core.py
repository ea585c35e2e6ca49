"""Create, unlock and lock a vault folder.

A vault is a folder holding ``vault.db`` (SQLCipher 4, raw 32-byte key), ``keyslots.json``,
``vault.lock`` and the sign-in sidecar. See docs/SECURITY.md for the key hierarchy.
"""
from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import json
import os
import secrets
import unicodedata
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pyrage
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from . import clock, crypto, kdf, ledger, migrations, spool, totp
from .db import DB_FILENAME, check_pages_at_open, connect, dbapi2, transaction, translate
from .errors import AuthenticationError, IntegrityError, PasswordChangeRequired, PolicyError, StorageError
from .keyslots import KeySlots, SlotSecrets, dummy_derive, refuse, user_tag
from .lockfile import VaultLock
from .text import clean_text, has_invisible
from .throttle import Throttle

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


@dataclass
class Creation:
    vault_id: str
    recovery_key: str
    signing_key_fingerprint: str
    enrolment: Enrolment


@dataclass
class SignInReport:
    failed_attempts: int = 0          # failures for this user since their last sign-in
    failed_attempts_other: int = 0    # failures for unknown users since the last sign-in
    last_signin_at: str | None = None
    used_recovery_code: bool = False
    recovery_codes_left: int = 0
    migrated_from: int | None = None
    failures: list[dict] = field(default_factory=list)
    stale_slots_removed: list[str] = field(default_factory=list)  # user ids: older slots than the ledger's


class OpenVault:
    """An unlocked vault: a connection on this thread, and the vault key until ``close()``."""

    def __init__(self, folder: Path, conn: dbapi2.Connection, keyslots: KeySlots, vault_key: bytearray,
                 lock: VaultLock, user_id: str | None):
        self.folder = Path(folder)
        self.conn = conn
        self.keyslots = keyslots
        self._vault_key: bytearray | None = vault_key
        self._lock = lock
        self.user_id = user_id
        self.report = SignInReport()

    @property
    def vault_id(self) -> str:
        return self.keyslots.vault_id

    @property
    def is_open(self) -> bool:
        return self._vault_key is not None

    def vault_key(self) -> bytearray:
        if self._vault_key is None:
            raise AuthenticationError("the vault is locked")
        return self._vault_key

    def subkey(self, label: bytes) -> bytes:
        return crypto.hkdf(self.vault_key(), label)

    def transaction(self):
        return transaction(self.conn)

    def secret(self, name: str) -> bytes:
        row = self.conn.execute("SELECT value FROM vault_secrets WHERE name = ?", (name,)).fetchone()
        if row is None:
            raise IntegrityError(f"the vault has no {name}")
        return bytes(row[0])

    def signing_key(self) -> Ed25519PrivateKey:
        return Ed25519PrivateKey.from_private_bytes(self.secret("signing_private_key"))

    def recovery_identity(self) -> str:
        return self.secret("recovery_identity").decode("ascii")

    def save_keyslots(self) -> None:
        self.keyslots.save(self.folder, self.vault_key())

    def close(self) -> None:
        """Lock: close the connection, wipe the vault key, release the lock file."""
        conn, self.conn = self.conn, None
        if conn is not None:
            with contextlib.suppress(Exception):
                conn.close()
        crypto.wipe(self._vault_key)
        self._vault_key = None
        self._lock.release()

    def __enter__(self) -> OpenVault:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


# ----------------------------------------------------------------------------- creation
def create_vault(
    folder: Path | str,
    username: str,
    password: str,
    *,
    display_name: str | None = None,
    kdf_params: kdf.KdfParams | None = None,
    seed: Callable[[dbapi2.Connection], int] | None = None,
    schema_version: int | None = None,
) -> tuple[OpenVault, Creation]:
    """Create a vault in an empty or missing folder. ``seed(conn)`` returns the first user's
    profile id (the app seeds profiles there). Returns the open vault and what to show once."""
    from .passwords import check_password

    folder = Path(folder)
    if folder.exists() and any(folder.iterdir()):
        raise PolicyError(f"{folder} is not empty; a new vault needs an empty or missing folder")
    check_password(password, username=username)  # before anything is made on disk
    made_folder = not folder.exists()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(OSError):
            os.chmod(folder, 0o700)
    except OSError as exc:
        raise StorageError(f"cannot create {folder}: {exc.strerror}") from exc
    params = (kdf_params or kdf.calibrate()).check_floor()
    lock = VaultLock(folder).acquire()
    vault_key = crypto.random_key()
    try:
        identity = pyrage.x25519.Identity.generate()
        recipient = str(identity.to_public())
        signing = Ed25519PrivateKey.generate()
        public_raw = signing.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        keyslots = KeySlots(
            vault_id=str(uuid.uuid4()),
            created=clock.iso(),
            signing_public_key=crypto.b64e(public_raw),
            signing_key_fingerprint=fingerprint(public_raw),
            recovery_recipient=recipient,
            recovery_slot=crypto.b64e(pyrage.encrypt(bytes(vault_key), [identity.to_public()])),
        )
        conn = connect(folder / DB_FILENAME, vault_key, create=True)
        migrations.migrate(conn, schema_version)  # schema_version: tests/old_vaults.py makes old vaults
        vault = OpenVault(folder, conn, keyslots, vault_key, lock, None)
        with transaction(conn):
            _put_meta(conn, "vault_id", keyslots.vault_id)
            _put_meta(conn, "created", keyslots.created)
            _put_meta(conn, "kdf_params", kdf_json(params))
            conn.execute("INSERT INTO vault_secrets VALUES ('recovery_identity', ?)", (str(identity).encode(),))
            conn.execute(
                "INSERT INTO vault_secrets VALUES ('signing_private_key', ?)",
                (signing.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                       serialization.NoEncryption()),),
            )
            profile_id = seed(conn) if seed else _default_profile(conn)
            enrolment = add_user(vault, username, password, profile_id=profile_id,
                                 display_name=display_name, params=params, save=False)
        vault.user_id = enrolment.user_id
        vault.save_keyslots()
    except BaseException:
        lock.release()
        crypto.wipe(vault_key)
        # leave nothing half-made behind: the folder was empty
        for name in (DB_FILENAME, DB_FILENAME + "-wal", DB_FILENAME + "-shm", "keyslots.json", "vault.lock"):
            with contextlib.suppress(OSError):
                (folder / name).unlink()
        if made_folder:
            with contextlib.suppress(OSError):
                folder.rmdir()
        raise
    return vault, Creation(keyslots.vault_id, str(identity), keyslots.signing_key_fingerprint, enrolment)


def _default_profile(conn: dbapi2.Connection) -> int:
    conn.execute("INSERT INTO profiles (name, scope, permissions, builtin) VALUES ('Administrator', 'all', '[\"*\"]', 1)")
    return int(conn.execute("SELECT id FROM profiles WHERE name = 'Administrator'").fetchone()[0])


def fingerprint(public_raw: bytes) -> str:
    return "SHA256:" + base64.b64encode(hashlib.sha256(public_raw).digest()).decode().rstrip("=")


def kdf_json(params: kdf.KdfParams) -> str:
    return json.dumps(params.to_json(), sort_keys=True)


def vault_kdf_params(vault: OpenVault) -> kdf.KdfParams:
    row = vault.conn.execute("SELECT value FROM meta WHERE key = 'kdf_params'").fetchone()
    return kdf.KdfParams.from_json(json.loads(row[0])) if row else kdf.FLOOR


def _put_meta(conn: dbapi2.Connection, key: str, value: str) -> None:
    conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                 (key, value))


# ----------------------------------------------------------------------------- users & slots
def new_recovery_codes() -> list[str]:
    codes = []
    for _ in range(RECOVERY_CODE_COUNT):
        raw = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(10))
        codes.append(f"{raw[:5]}-{raw[5:]}")
    return codes


def _code_hash(vault: OpenVault, user_id: str, code: str) -> str:
    norm = "".join(ch for ch in (code or "").lower() if ch.isalnum())
    return crypto.hmac_sha256(vault.subkey(crypto.LABEL_RECOVERY_CODES), f"{user_id}|{norm}".encode()).hex()


def _no_outer_transaction(vault: OpenVault) -> None:
    if vault.conn.in_transaction:
        raise RuntimeError("key slot changes commit their own transaction; call them outside one")


def add_user(vault: OpenVault, username: str, password: str, *, profile_id: int, display_name: str | None = None,
             params: kdf.KdfParams | None = None, must_change_password: bool = False,
             save: bool = True, also: Callable[[str], None] | None = None) -> Enrolment:
    """Insert a user row, recovery codes and a key slot. Caller checks permissions and policy.

    Order (``save``): the database commits first (with ``also(user_id)``, e.g. the audit entry),
    then ``keyslots.json`` is written; if that write fails the rows are removed again. A crash in
    between leaves a user without a slot (who cannot sign in), never a slot without a user.
    ``save=False`` (vault creation): the slot goes into ``vault.keyslots``; the caller saves."""
    from .passwords import check_password

    username = unicodedata.normalize("NFKC", username or "").strip()
    if not username or len(username) > 64 or any(ch.isspace() for ch in username):
        raise PolicyError("a user name is 1 to 64 characters without spaces")
    if has_invisible(username):
        raise PolicyError("a user name cannot hold invisible or direction-changing characters")
    display_name = clean_text(display_name).strip() if display_name else display_name
    check_password(password, username=username)
    conn = vault.conn
    if save:
        _no_outer_transaction(vault)
    if conn.execute("SELECT 1 FROM users WHERE username = ?", (username,)).fetchone() or \
            vault.keyslots.find_slot(username) is not None:
        raise PolicyError(f"a user named {username!r} already exists")
    params = params or vault_kdf_params(vault)
    user_id = str(uuid.uuid4())
    secret = totp.new_secret()
    codes = new_recovery_codes()
    version = 1 if _versioned(conn) else 0  # 0: an old schema (tests/old_vaults.py)
    pw = normalise_password(password)
    try:  # Argon2id outside the transaction
        slot = vault.keyslots.make_slot(username, pw, SlotSecrets(vault.vault_key(), secret, user_id), params,
                                        version=version)
    finally:
        crypto.wipe(pw)
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
                         [(user_id, _code_hash(vault, user_id, c)) for c in codes])
        if version:
            ledger.put_user(conn, user_id, version, "active", clock.iso())
        if also:
            also(user_id)
    if save:
        try:
            slots.save(vault.folder, vault.vault_key())
        except BaseException:
            with transaction(conn):
                conn.execute("DELETE FROM recovery_codes WHERE user_id = ?", (user_id,))
                conn.execute("UPDATE users SET status = 'disabled' WHERE id = ?", (user_id,))
                with contextlib.suppress(dbapi2.Error):  # rows other tables point at (audit) may keep it
                    conn.execute("DELETE FROM users WHERE id = ?", (user_id,))
            raise
        vault.keyslots = slots
        sync_ledger_file(vault)
    return Enrolment(user_id, username, secret, totp.provisioning_uri(secret, username), codes)


def rewrap_user_slot(vault: OpenVault, user_id: str, new_password: str, *, must_change: bool = False,
                     new_totp_secret: str | None = None, new_recovery_codes: bool = False,
                     status: str | None = None, also: Callable[[], None] | None = None) -> list[str] | None:
    """Replace one user's slot (password change/reset, TOTP re-enrolment, re-enabling); other
    slots are untouched. Returns the new recovery codes when ``new_recovery_codes``.

    Order: the database commits first (user row, codes, ``also()`` — the audit entry), then
    ``keyslots.json`` is written; if that write fails, the user row and codes are put back. A
    crash in between leaves the old slot with the new row state: the old password still opens
    it and at worst the user is asked to change their password."""
    from .passwords import check_password

    _no_outer_transaction(vault)
    conn = vault.conn
    row = conn.execute("SELECT * FROM users WHERE id = ?", (user_id,)).fetchone()
    if row is None:
        raise PolicyError("no such user")
    check_password(new_password, username=row["username"])
    secret = new_totp_secret or row["totp_secret"]
    versioned = _versioned(conn)
    before = conn.execute("SELECT * FROM credential_ledger WHERE user_id = ?", (user_id,)).fetchone() \
        if versioned else None
    # the new slot outranks every earlier one: older copies of it are refused at unlock
    version = ledger.user_fact(conn, user_id).version + 1 if versioned else 0
    pw = normalise_password(new_password)
    try:
        slot = vault.keyslots.make_slot(row["username"], pw, SlotSecrets(vault.vault_key(), secret, user_id),
                                        vault_kdf_params(vault), version=version)
    finally:
        crypto.wipe(pw)
    slots = vault.keyslots.copy()
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
        with transaction(conn):
            conn.execute(
                "UPDATE users SET must_change_password = ?, password_changed_at = ?, totp_secret = ?, status = ?,"
                " totp_last_step = ? WHERE id = ?",
                (row["must_change_password"], row["password_changed_at"], row["totp_secret"], row["status"],
                 row["totp_last_step"], user_id))
            if new_recovery_codes:
                conn.execute("DELETE FROM recovery_codes WHERE user_id = ?", (user_id,))
                conn.executemany("INSERT INTO recovery_codes (user_id, code_hash, used_at) VALUES (?, ?, ?)",
                                 [(user_id, h, u) for h, u in old_codes])
            if versioned:
                conn.execute("DELETE FROM credential_ledger WHERE user_id = ?", (user_id,))
                if before is not None:
                    ledger.put_user(conn, user_id, before["slot_version"], before["status"], before["at"])
        raise
    vault.keyslots = slots
    sync_ledger_file(vault)
    return codes


def _replace_codes(vault: OpenVault, user_id: str) -> list[str]:
    codes = new_recovery_codes()
    vault.conn.execute("DELETE FROM recovery_codes WHERE user_id = ?", (user_id,))
    vault.conn.executemany("INSERT INTO recovery_codes (user_id, code_hash) VALUES (?, ?)",
                           [(user_id, _code_hash(vault, user_id, c)) for c in codes])
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


def bump_slot_version(conn: dbapi2.Connection, user_id: str, status: str) -> int:
    """Inside the caller's transaction (e.g. disabling a user): every slot the user had is now
    older than the ledger's version for them, so no copy of one opens the vault again."""
    return ledger.bump(conn, user_id, status, clock.iso())


def _versioned(conn: dbapi2.Connection) -> bool:
    """The schema has the credential ledger (migration 7); older schemas exist only in tests."""
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'credential_ledger'"
                        ).fetchone() is not None


def sync_ledger_file(vault: OpenVault) -> None:
    """Mirror the database's revocation ledger into the file beside the vault (best effort: the
    database stays the record, and the next change writes the file again)."""
    if not _versioned(vault.conn):
        return
    with contextlib.suppress(StorageError, OSError, IntegrityError):
        ledger.sync_file(vault.conn, vault.folder, vault.vault_key(), vault.vault_id)


def stale_slot_users(vault: OpenVault) -> list[str]:
    """Users whose slot in ``keyslots.json`` is older than the ledger (database and the file
    beside it) knows: a replayed older copy of the file, or a crash between the database commit
    and the file write of a slot change."""
    from .keyslots import slot_version

    if not _versioned(vault.conn):
        return []
    facts = ledger.required_versions(vault.conn, vault.folder, vault.vault_key(), vault.vault_id)
    stale = []
    for uid, fact in facts.items():
        slot = vault.keyslots.slot_of(uid)
        if slot is None:
            continue
        try:
            if slot_version(slot) < fact.version:
                stale.append(uid)
        except ValueError:
            stale.append(uid)
    return stale


def reconcile_slots(vault: OpenVault) -> int:
    """Remove slots of users who are not active in the database (a crash between a database
    commit and the slots file write), and slots older than the ledger's version for their user
    (listed in ``vault.report.stale_slots_removed``). Returns how many were removed."""
    from .keyslots import _user_id_hint

    stale = set(stale_slot_users(vault))
    active = {_user_id_hint(vault.vault_id, r[0])
              for r in vault.conn.execute("SELECT id FROM users WHERE status = 'active'") if r[0] not in stale}
    slots = vault.keyslots.copy()
    before = len(slots.slots)
    slots.slots = [s for s in slots.slots if s.get("user_id_hint") in active]
    removed = before - len(slots.slots)
    vault.report.stale_slots_removed = sorted(stale)
    if removed:
        with contextlib.suppress(StorageError):  # a read-only folder: try again next time
            slots.save(vault.folder, vault.vault_key())
            vault.keyslots = slots
    return removed


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
        raise AuthenticationError("the current password is wrong") from None
    finally:
        crypto.wipe(pw)
    same = opened.user_id == user_id and hmac.compare_digest(bytes(opened.vault_key), bytes(vault.vault_key()))
    opened.wipe()
    if not same:
        raise AuthenticationError("the current password is wrong")


# ----------------------------------------------------------------------------- unlock
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
        raise IntegrityError(f"{folder} is not a vault (no keyslots.json)")
    now = clock.now() if now is None else now
    lock = VaultLock(folder).acquire()
    throttle = Throttle(folder)
    try:
        wait = throttle.delay_remaining(now)
        if wait > 0:
            from .errors import ThrottledError

            raise ThrottledError(f"Too many failed sign-ins. Try again in {int(wait + 0.999)} s.", retry_after=wait)
        keyslots = KeySlots.load(folder)
        tag = user_tag(keyslots.vault_id, username)
        slot = keyslots.find_slot(username)
        pw = normalise_password(password)
        try:
            if slot is None:
                dummy_derive(_typical_params(keyslots))  # as long as a real slot, so names cannot be told apart
                throttle.record(None, now)  # a name that matches no slot leaves no trace (maybe a password)
                raise refuse()
            try:
                opened = keyslots.open_slot(slot, pw)
            except AuthenticationError:
                throttle.record(tag, now)
                raise refuse() from None
        finally:
            crypto.wipe(pw)
        step = None
        if recovery_code is None:
            step = totp.matching_step(opened.totp_secret, totp_code or "", now)
            if step is None:
                throttle.record(tag, now)  # written like a wrong password: nothing confirms a guess
                opened.wipe()
                raise refuse()
        try:
            conn = connect(folder / DB_FILENAME, opened.vault_key)
        except BaseException:
            opened.wipe()
            raise
        vault = OpenVault(folder, conn, keyslots, opened.vault_key, lock, opened.user_id)
        try:
            keyslots.check_mac(opened.vault_key)
            check_pages_at_open(conn, folder / DB_FILENAME)
            _sign_in(vault, tag, throttle, step, recovery_code, now, allow_password_change,
                     slot_version=opened.slot_version, on_stale_slot=on_stale_slot)
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
        raise translate(exc, folder) from exc
    except BaseException:
        lock.release()
        raise


def _sign_in(vault: OpenVault, tag: str, throttle: Throttle, step: int | None, recovery_code: str | None,
             now: float, allow_password_change: bool, *, slot_version: int = 0,
             on_stale_slot: Callable[[OpenVault, dict], None] | None = None) -> None:
    conn = vault.conn
    before, after = migrations.migrate(conn)
    report = vault.report
    report.migrated_from = before if after != before else None
    user = conn.execute("SELECT * FROM users WHERE id = ?", (vault.user_id,)).fetchone()
    if user is None:
        raise IntegrityError("a key slot names a user who is not in the vault")
    known = ledger.required_versions(conn, vault.folder, vault.vault_key(), vault.vault_id).get(vault.user_id)
    if known is not None and slot_version < known.version:
        # an older slot than the vault knows: keyslots.json was replaced by an older copy (or a
        # crash came between a slot change's commit and its file write). Refused, never silent.
        info = {"user_id": vault.user_id, "username": user["username"], "slot_version": slot_version,
                "required_version": known.version, "status": known.status}
        if on_stale_slot is not None:
            with contextlib.suppress(Exception):  # the refusal must not depend on the audit write
                on_stale_slot(vault, info)
        raise StaleSlotError(
            "Sign-in refused: this password opens an older key slot than the vault knows for this account "
            "(it was changed or reset, or keyslots.json was replaced with an older copy). "
            "Ask an administrator to reset your password.")
    if user["status"] != "active":
        raise AuthenticationError("This account is disabled. Ask an administrator.")
    with transaction(conn):
        if recovery_code is not None:
            code_hash = _code_hash(vault, vault.user_id, recovery_code)
            cur = conn.execute("UPDATE recovery_codes SET used_at = ? WHERE user_id = ? AND code_hash = ?"
                               " AND used_at IS NULL", (clock.iso(), vault.user_id, code_hash))
            if cur.rowcount != 1:
                raise _FailInside("code")
            report.used_recovery_code = True
        else:
            if step is None or step <= int(user["totp_last_step"]):
                raise _FailInside("code-reused")
            conn.execute("UPDATE users SET totp_last_step = ? WHERE id = ?", (step, vault.user_id))
        # move the sidecar's failures in, attributing them by slot tag
        failures = throttle.failures()
        # attribute each failure to the account it was against (by slot tag), so that user is told
        # at their own next sign-in and the audit log names them; unknown names stay unattributed
        tags = {user_tag(vault.vault_id, r["username"]): r["id"]
                for r in conn.execute("SELECT id, username FROM users")} if failures else {}
        for f in failures:
            who = vault.user_id if f.tag == tag else tags.get(f.tag)
            conn.execute("INSERT INTO signin_failures (at, user_id, reason) VALUES (?, ?, ?)",
                         (clock.iso(f.at), who, f.reason))
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
        raise PasswordChangeRequired("You signed in with a temporary password: choose a new one first.")


def _typical_params(keyslots: KeySlots) -> kdf.KdfParams:
    for slot in keyslots.slots:
        with contextlib.suppress(IntegrityError, KeyError, TypeError):
            return kdf.KdfParams.from_json(slot["kdf"])
    return kdf.FLOOR


class StaleSlotError(AuthenticationError):
    """The slot that opened is older than the ledger's version for its user."""


class _FailInside(AuthenticationError):
    def __init__(self, reason: str):
        super().__init__("Sign-in refused: wrong user name, password or code.")
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
        raise AuthenticationError("that is not a valid recovery key (AGE-SECRET-KEY-1…)") from None
    try:
        vault_key = bytearray(pyrage.decrypt(crypto.b64d(keyslots.recovery_slot), [ident]))
    except Exception:
        raise AuthenticationError("the recovery key does not open this vault") from None
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
