"""A consistent copy of the vault database under a fresh random key, taken while the app keeps
working: a second connection opens one read transaction (WAL: writers carry on) and
``sqlcipher_export()`` copies everything into an ATTACHed SQLCipher database keyed with a fresh
random key. The copy uses 16 KiB pages and HMAC-SHA256 (``SNAPSHOT_CIPHER``, recorded in the
manifest): every later pass over it (the checks here, deep verify, restore) costs about half of
what the vault's own 4 KiB / HMAC-SHA512 pages cost, and the file is smaller. The copy is
fsynced, then ``integrity_check`` and ``cipher_integrity_check`` run on it before it leaves the
machine. The file never exists unencrypted. A restore exports it back to the vault's settings."""
from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3

from ..db import cipher_integrity_check, connect, database_error, integrity_check, key_pragma
from ..errors import IntegrityError
from ..i18n import translate
from . import faults


@dataclass
class Snapshot:
    path: Path
    key: bytearray
    rows: dict[str, int]
    schema_version: int
    audit_chain_head: object
    sha256: str  # "" until the archive is streamed (hashed on the way)
    size: int


# cipher settings of the snapshot (the rest are SQLCipher 4 defaults); stored in the manifest
SNAPSHOT_CIPHER = {"cipher_page_size": 16384, "cipher_hmac_algorithm": "HMAC_SHA256"}
_ALLOWED = {"cipher_page_size": {1024 << i for i in range(7)},
            "cipher_hmac_algorithm": {"HMAC_SHA1", "HMAC_SHA256", "HMAC_SHA512"}}


def cipher_pragmas(settings: dict | None, schema: str = "") -> list[str]:
    """``PRAGMA [schema.]name = value`` for whitelisted settings (they come from a manifest)."""
    out = []
    for name, value in (settings or {}).items():
        if name not in _ALLOWED or value not in _ALLOWED[name]:
            raise IntegrityError(translate("Errors", "Unsupported cipher setting in the manifest: {name} = {value}."
                                           ).format(name=name, value=repr(value)))
        out.append(f"PRAGMA {schema + '.' if schema else ''}{name} = {value}")
    return out


def open_copy(path: Path, key: bytes | bytearray, cipher: dict | None = None) -> sqlcipher3.dbapi2.Connection:
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    with contextlib.suppress(sqlcipher3.dbapi2.Error):
        conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(key_pragma(key))
    for pragma in cipher_pragmas(cipher):
        conn.execute(pragma)
    conn.execute("PRAGMA cipher_memory_security = ON")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA cache_size = -8000")  # KiB, whatever the page size
    return conn


def export(conn, dest: Path, key: bytes | bytearray, cipher: dict | None, *, compatibility: int | None = None) -> None:
    """``sqlcipher_export`` everything ``conn`` sees (in one read transaction) into a new
    encrypted file ``dest`` with ``key`` and ``cipher`` settings (or the SQLCipher
    ``compatibility`` defaults); the schema version comes along. ``dest`` must be empty."""
    conn.execute("ATTACH DATABASE ? AS export_target KEY ?", (str(dest), f"x'{bytes(key).hex()}'"))
    try:
        if compatibility is not None:
            conn.execute(f"PRAGMA export_target.cipher_compatibility = {int(compatibility)}")
        for pragma in cipher_pragmas(cipher, "export_target"):
            conn.execute(pragma)
        conn.execute("PRAGMA export_target.cache_size = -8000")  # KiB: else 2000 pages (32 MiB at 16 KiB)
        conn.execute("PRAGMA export_target.journal_mode = OFF")  # a new file: we fsync it ourselves
        conn.execute("PRAGMA export_target.synchronous = OFF")
        conn.execute("BEGIN")
        try:
            version = int(conn.execute("PRAGMA main.user_version").fetchone()[0])  # starts the read snapshot
            conn.execute("SELECT sqlcipher_export('export_target')")
            conn.execute(f"PRAGMA export_target.user_version = {version}")
            conn.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(sqlcipher3.dbapi2.Error):
                conn.execute("ROLLBACK")
            raise
    finally:
        with contextlib.suppress(sqlcipher3.dbapi2.Error):
            conn.execute("DETACH DATABASE export_target")
    with open(dest, "rb+") as fh:
        os.fsync(fh.fileno())


def row_counts(conn) -> dict[str, int]:
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name").fetchall()]
    return {n: int(conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0]) for n in names}


def check_copy(conn) -> list[str]:
    """Both SQLite's structural check and SQLCipher's page HMAC check; [] when fine."""
    return integrity_check(conn) + cipher_integrity_check(conn)


def sha256_file(path: Path, progress: Callable[[int], None] | None = None, cancel=None) -> tuple[str, int]:
    from .archive import sha256_stream

    with open(path, "rb") as fh:
        return sha256_stream(fh, cancel, progress)


def take(db_path: Path, vault_key: bytes | bytearray, work_dir: Path, *,
         chain_head: Callable | None = None, progress: Callable[[str, int, int], None] | None = None) -> Snapshot:
    """Copy ``db_path`` into ``work_dir/vault.db`` under a fresh key and check the copy."""
    dest = Path(work_dir) / "vault.db"
    fresh = bytearray(secrets.token_bytes(32))
    fd = os.open(str(dest), os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    src = connect(db_path, vault_key)
    try:
        export(src, dest, fresh, SNAPSHOT_CIPHER)
    except sqlcipher3.dbapi2.Error as exc:
        raise database_error(exc, dest) from exc
    finally:
        src.close()
    faults.point("snapshot-done")
    if progress:
        progress("check", 0, 0)
    try:
        problems, rows, version, head = check_parallel(dest, fresh, chain_head, SNAPSHOT_CIPHER)
    except sqlcipher3.dbapi2.Error as exc:
        raise database_error(exc, dest) from exc
    if problems:
        raise IntegrityError(translate("Errors", "The snapshot failed its integrity check: {problems}").format(
            problems="; ".join(problems[:3])))
    return Snapshot(dest, fresh, rows, version, head, "", dest.stat().st_size)


def check_parallel(path: Path, key: bytes | bytearray, chain_head: Callable | None = None,
                   cipher: dict | None = None):
    """``integrity_check`` on one connection while another runs ``cipher_integrity_check`` and
    counts rows (SQLite releases the GIL, so the two use two cores). Returns
    (problems, rows, schema version, audit chain head)."""
    from concurrent.futures import ThreadPoolExecutor

    def structure() -> list[str]:
        conn = open_copy(path, key, cipher)
        try:
            return integrity_check(conn)
        finally:
            conn.close()

    def pages():
        conn = open_copy(path, key, cipher)
        try:
            problems = cipher_integrity_check(conn)
            rows = row_counts(conn)
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            head = None
            if chain_head is not None:
                with contextlib.suppress(Exception):
                    head = chain_head(conn)
            return problems, rows, version, head
        finally:
            conn.close()

    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="vaultcrm-check") as pool:
        a = pool.submit(structure)
        b = pool.submit(pages)
        problems_b, rows, version, head = b.result()
        problems = a.result() + problems_b
    return problems, rows, version, head
