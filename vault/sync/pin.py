"""The genesis fingerprint this device pinned: of the roster version 1 it made (``sync init``) or
the one its invitation named (``device join``). Every roster chain read from the location is
verified against it (``roster.verify_chain``), so a location cannot swap in another chain.

Kept in ``sync_state.fingerprint`` (migration 0009) inside the encrypted database: never synced
(a synced setting could be changed by another device), travelling in backups. Set once: a device
never moves to another chain. The caller holds the transaction.
"""
from __future__ import annotations

from ..errors import ConflictError
from ..i18n import translate


def pinned(conn) -> str | None:
    """The pinned genesis fingerprint (``SHA256:…``), or None if this vault never pinned one."""
    row = conn.execute("SELECT fingerprint FROM sync_state WHERE id = 1").fetchone()
    return row[0] if row and row[0] else None


def pin(conn, fingerprint: str) -> None:
    """Pin ``fingerprint``; pinning the same one again is a no-op, another one is refused."""
    if not isinstance(fingerprint, str) or not fingerprint.startswith("SHA256:"):
        raise ValueError(f"not a fingerprint: {fingerprint!r}")
    current = pinned(conn)
    if current == fingerprint:
        return
    if current is not None:
        raise ConflictError(translate("Errors", "This vault already trusts another team book's roster."))
    conn.execute("UPDATE sync_state SET fingerprint = ? WHERE id = 1", (fingerprint,))
