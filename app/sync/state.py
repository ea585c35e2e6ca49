"""What the sync use cases share: this vault's place in a book (``sync_state``), opening the
book's location as backups do (keyring or in-vault secrets), and the verified roster chain."""
from __future__ import annotations

from dataclasses import dataclass

from vault.backup.location import Target
from vault.errors import UsageError
from vault.i18n import translate
from vault.sync import identity, roster, transport
from vault.sync.roster import Roster

from ..backups.common import open_location


@dataclass(frozen=True)
class Book:
    """This vault as a device of a book: the ``sync_state`` row, read once."""
    book_id: str
    device: identity.Device
    location: str | None
    fingerprint: str | None
    schema: int
    last_sync: str | None

    @property
    def device_id(self) -> str:
        return self.device.device_id


def book(conn, *, required: bool = True) -> Book | None:
    """This vault's book, or None (UsageError when ``required``) if it belongs to none."""
    dev = identity.device(conn)
    row = conn.execute("SELECT book_id, location, fingerprint, last_sync FROM sync_state WHERE id = 1").fetchone()
    if dev is None or row is None or row[0] is None:
        if required:
            raise UsageError(translate("Errors", "This vault does not belong to a team book: run sync init first."))
        return None
    schema = int(conn.execute("PRAGMA user_version").fetchone()[0])
    return Book(row[0], dev, row[1], row[2], schema, row[3])


def open_book_location(session, url: str | None, **kw) -> Target:
    """The location at ``url`` with the vault's secrets (as backups open theirs). ``kw``:
    ``s3_endpoint``, ``trust_host_key`` (SFTP, first connection)."""
    if not url:
        raise UsageError(translate("Errors", "This book has no sync location."))
    return open_location(url, session, **kw)


def chain(target: Target, b: Book) -> list[Roster]:
    """The roster chain on the location, verified against the pinned genesis fingerprint."""
    return roster.verify_chain(transport.read_roster(target, b.book_id), b.fingerprint or "", b.book_id)


def in_force(versions: list[Roster], device: str, hlc: str) -> roster.Device | None:
    """The author's entry in the roster version in force at ``hlc``: the latest version made at
    or before it that lists the device (else the first that lists it: a clock a little behind)."""
    found = None
    for v in versions:
        entry = v.device(device)
        if entry is None:
            continue
        if found is None or v.doc["made_at"] <= hlc:
            found = entry
    return found
