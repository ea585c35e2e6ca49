"""The SQLCipher connection: raw 32-byte key, cipher settings, pragmas, transactions, errors.

A connection belongs to the thread that opened it (SQLCipher connections are per thread);
app/ keeps all database work on one worker thread.
"""
from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from pathlib import Path

import sqlcipher3
from sqlcipher3 import dbapi2

from . import i18n
from .errors import IntegrityError, StorageError

DB_FILENAME = "vault.db"
PLAINTEXT_HEADER = b"SQLite format 3\x00"

sqlite_error = dbapi2.Error
MEMORY_SECURITY = "OFF"


class ConnectionState:
    """What the sync capture functions read on one connection (``vault.sync.hooks``): the
    signed-in user, and which ``transaction()`` is open (its changes share one clock stamp)."""

    __slots__ = ("cache", "in_tx", "installed", "tx", "user_id")

    def __init__(self):
        self.user_id: str | None = None
        self.tx = 0
        self.in_tx = False
        self.cache: tuple[int, str] | None = None
        self.installed = False


class Connection(dbapi2.Connection):
    """A vault connection: SQLCipher's, with the sync capture state in ``sync``."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.sync = ConnectionState()


def key_pragma(vault_key: bytes | bytearray) -> str:
    hexkey = bytes(vault_key).hex()
    if not re.fullmatch(r"[0-9a-f]{64}", hexkey):
        raise ValueError("vault key must be 32 bytes")
    return f"PRAGMA key = \"x'{hexkey}'\""


def connect(path: Path | str, vault_key: bytes | bytearray, *, create: bool = False) -> dbapi2.Connection:
    """Open (or create) an encrypted database with ``vault_key`` as a raw key."""
    path = Path(path)
    if not create and not path.exists():
        raise IntegrityError(i18n.translate("Errors", "{path} is missing.").format(path=path))
    if not create and path.stat().st_size == 0:
        raise IntegrityError(i18n.translate("Errors", "{path} is empty: the vault database was lost or truncated."
                                            ).format(path=path))
    if create and not path.exists():
        path.touch(mode=0o600)
    try:
        conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=True, factory=Connection)
    except dbapi2.Error as exc:
        raise database_error(exc, path) from exc
    try:
        with contextlib.suppress(dbapi2.Error):  # keep SQLCipher's own logging off stderr
            conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(key_pragma(vault_key))
        # OFF (SQLCipher's own default): ON wipes every freed allocation and costs 2-6x CPU on
        # imports and ranked searches (docs/BENCHMARKS.md) for little gain where Python cannot
        # wipe its own copies anyway; SQLCipher always wipes key material (docs/SECURITY.md)
        conn.execute(f"PRAGMA cipher_memory_security = {MEMORY_SECURITY}")
        conn.execute("PRAGMA temp_store = MEMORY")
        # reading the schema is the first page access: a wrong key or a damaged first page fails here
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 5000")
        # freed cells and pages are zeroed, so what a user deleted (an old e-mail address, a removed
        # interaction) cannot be read back from free space by anyone holding the key (docs/SECURITY.md)
        conn.execute("PRAGMA secure_delete = ON")
    except dbapi2.Error as exc:
        conn.close()
        raise database_error(exc, path) from exc
    conn.row_factory = dbapi2.Row
    return conn


def database_error(exc: Exception, path: Path | str | None = None) -> Exception:
    """Map a SQLite/SQLCipher error to our hierarchy."""
    text = str(exc).lower()
    if "not a database" in text or "malformed" in text or "hmac" in text or "corrupt" in text:
        return IntegrityError(_damaged(path))
    if "disk is full" in text or "database or disk is full" in text:
        if path:
            return StorageError(i18n.translate("Errors", "The disk is full; the change was not saved ({path})."
                                               ).format(path=path))
        return StorageError(i18n.translate("Errors", "The disk is full; the change was not saved."))
    if "disk i/o" in text or "unable to open" in text or "readonly" in text:
        if path:
            return StorageError(i18n.translate("Errors", "The vault database could not be read or written ({path}):"
                                                         " {reason}.").format(path=path, reason=exc))
        return StorageError(i18n.translate("Errors", "The vault database could not be read or written: {reason}."
                                           ).format(reason=exc))
    return exc


def _damaged(path: Path | str | None) -> str:
    if path:
        return i18n.translate("Errors", "The vault database is damaged or was modified outside the app ({path})."
                              ).format(path=path)
    return i18n.translate("Errors", "The vault database is damaged or was modified outside the app.")


@contextlib.contextmanager
def transaction(conn: dbapi2.Connection, mode: str = "IMMEDIATE") -> Iterator[dbapi2.Connection]:
    """BEGIN … COMMIT, or ROLLBACK on any exception. Nested use joins the outer transaction."""
    if conn.in_transaction:
        yield conn
        return
    conn.execute(f"BEGIN {mode}")
    state = getattr(conn, "sync", None)  # one clock stamp per transaction (vault.sync.hooks)
    if state is not None:
        state.tx, state.in_tx = state.tx + 1, True
    try:
        try:
            yield conn
        except BaseException as exc:
            with contextlib.suppress(dbapi2.Error):
                conn.execute("ROLLBACK")
            mapped = database_error(exc) if isinstance(exc, dbapi2.Error) else exc
            if mapped is not exc:  # a full disk or a damaged page inside the change: one clear error
                raise mapped from exc
            raise
        try:
            conn.execute("COMMIT")
        except dbapi2.Error as exc:
            with contextlib.suppress(dbapi2.Error):
                conn.execute("ROLLBACK")
            raise database_error(exc) from exc
    finally:
        if state is not None:
            state.in_tx, state.cache = False, None


FULL_CHECK_MAX_BYTES = 16 * 1024 * 1024


def check_pages_at_open(conn: dbapi2.Connection, path: Path) -> None:
    """Check every page's HMAC when opening a vault of up to 16 MiB (about 2 ms per MiB);
    larger vaults are checked page by page as they are read, and in full by ``verify``."""
    try:
        size = path.stat().st_size
    except OSError:
        return
    if size <= FULL_CHECK_MAX_BYTES:
        try:
            problems = cipher_integrity_check(conn)
        except dbapi2.Error as exc:
            raise database_error(exc, path) from exc
        if problems:
            raise IntegrityError(_damaged(path))


def cipher_integrity_check(conn: dbapi2.Connection) -> list[str]:
    """SQLCipher's page-HMAC check over the whole file; returns problems (empty = fine)."""
    return [row[0] for row in conn.execute("PRAGMA cipher_integrity_check").fetchall()]


def integrity_check(conn: dbapi2.Connection) -> list[str]:
    rows = [row[0] for row in conn.execute("PRAGMA integrity_check").fetchall()]
    return [] if rows == ["ok"] else rows
