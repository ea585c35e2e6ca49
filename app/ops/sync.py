"""Use cases of team sync (``docs/SYNC.md``): start a book, run a round, its status, conflicts.
A round is one more producer of ``Changes``: the customers it touched refresh like any edit."""
from __future__ import annotations

import json

from vault.i18n import translate
from vault.jobs import JobContext

from .. import audit
from ..session import Session
from ..sync import capture, conflicts, devices, snapshot
from ..sync.round import WARNINGS_KEY, run_round
from ..sync.state import book, open_book_location
from .changes import Changes


def init(session: Session, url: str, **location) -> dict:
    """This vault becomes the first device of a new team book at ``url`` (``users.manage``):
    ``book_id``, ``device_id``, ``fingerprint`` (the genesis fingerprint joining devices pin)."""
    session.require("users.manage")
    target = open_book_location(session, url, create=True, **location)
    try:
        with session.vault.transaction():
            out = snapshot.start_book(session, target, url)
            audit.record(session, "sync.init", entity="sync_book", entity_id=out["book_id"],
                         details={"location": url, "device": out["device_id"], "fingerprint": out["fingerprint"]})
    finally:
        target.close()
    return out


def sync(session: Session, job: JobContext | None = None, **location) -> Changes:
    """One round; ``Changes.result``: ``published``, ``applied``, ``conflicts``, ``refused``."""
    result = run_round(session, job, **location)
    a = result.applied
    return Changes.of(*a.customers, deleted=a.deleted, lists=bool(a.changes), result=result.as_dict())


def status(session: Session) -> dict:
    """Offline: the last round, what waits, the book; ``warnings``: the last round's clock warnings."""
    b = book(session.conn)
    row = session.conn.execute("SELECT value FROM vault_secrets WHERE name = ?", (WARNINGS_KEY,)).fetchone()
    return {"last_sync": b.last_sync, "pending": capture.waiting_count(session.conn), "location": b.location,
            "book_id": b.book_id, "device_id": b.device_id, "warnings": json.loads(row[0]) if row else []}


def stale_devices(session: Session, **location) -> list[dict]:
    """Active devices not seen on the location for ``sync.stale_days`` (they hold compaction back
    until they sync or an administrator revokes them): ``device``, ``user``, ``last_seen``."""
    bk = devices.open_book(session, **location)
    try:
        rows = devices.device_rows(bk, devices.stale_days(session.conn))
    finally:
        bk.target.close()
    return [{"device": r["device"], "user": r["user"], "last_seen": r["last_seen"]} for r in rows if r["stale"]]


def list_conflicts(session: Session) -> list[dict]:
    return conflicts.list_conflicts(session)


def resolve_conflict(session: Session, conflict_id: int, keep: str) -> Changes:
    value, touched = conflicts.resolve(session, conflict_id, keep)
    return Changes.of(*touched, lists=bool(touched), result={"id": int(conflict_id), "value": value})


def describe(result: dict) -> str:
    """A round's result in words (the CLI's line, the status bar's tooltip)."""
    return translate("Sync", "Published: {published}, applied: {applied}, new conflicts: {conflicts}, "
                             "refused: {refused}.").format(published=result["published"], applied=result["applied"],
                                                 conflicts=result["conflicts"], refused=len(result["refused"]))
