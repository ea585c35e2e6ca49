"""The genesis fingerprint this device pinned: of the roster version 1 it made (``sync init``) or
the one its invitation named (``device join``). Every roster chain read from the location is
verified against it (``roster.verify_chain``), so a location cannot swap in another chain.

Kept in ``sync_state.fingerprint`` where a later migration adds that column, else in the local
``meta`` table (key ``sync.genesis_fingerprint``): inside the encrypted database either way, never
synced (a synced setting could be changed by another device), travelling in backups. Read and
write it only through this module. The caller holds the transaction.
"""
from __future__ import annotations

from ..errors import ConflictError
from ..i18n import translate

KEY = "sync.genesis_fingerprint"


def _has_column(conn) -> bool:
    return any(r[1] == "fingerprint" for r in conn.execute("PRAGMA table_info(sync_state)").fetchall())


def pinned(conn) -> str | None:
    """The pinned genesis fingerprint (``SHA256:…``), or None if this vault never pinned one."""
    if _has_column(conn):
        row = conn.execute("SELECT fingerprint FROM sync_state WHERE id = 1").fetchone()
        if row and row[0]:
            return row[0]
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (KEY,)).fetchone()
    return row[0] if row else None


def pin(conn, fingerprint: str) -> None:
    """Pin ``fingerprint``; pinning the same one again is a no-op, another one is refused (a
    device never moves to another chain)."""
    if not isinstance(fingerprint, str) or not fingerprint.startswith("SHA256:"):
        raise ValueError(f"not a fingerprint: {fingerprint!r}")
    current = pinned(conn)
    if current == fingerprint:
        return
    if current is not None:
        raise ConflictError(translate("Errors", "This vault already trusts another team book's roster."))
    if _has_column(conn):
        conn.execute("UPDATE sync_state SET fingerprint = ? WHERE id = 1", (fingerprint,))
    else:
        conn.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (KEY, fingerprint))
