"""Files on a customer or a deal (offers, invoices, scans), stored inside the encrypted vault
(migration 0011): the metadata in ``attachments``, the content in ``attachment_chunks`` as base64
text chunks (both synced; ``docs/SYNC.md``, "Attachments"). Never written to a file but by an
explicit, audited "Save a copy" (``save_copy``) or the subject access export.

Who may: a file on a customer needs ``customers.update`` to add or delete and ``customers.read`` to
see; a file on a deal ``deals.write`` / ``deals.read``; both within the record scope (a Sales user
only on their own customers), and writers are refused on a restricted record. Limits per file and
per vault are the settings ``attachments.max_file_mb`` and ``attachments.max_vault_mb``.
"""
from __future__ import annotations

import base64
import hashlib
import os
from pathlib import Path

from vault import clock
from vault.errors import IntegrityError, NotFoundError, ValidationError
from vault.fsutil import read_input, write_output
from vault.i18n import translate
from vault.text import clean_text

from .. import audit
from ..session import Session
from ..setting_keys import read_vault
from .rows import check_processing_allowed, customer_row, writable_row

CHUNK = 256 << 10       # bytes of the file per chunk row
MAX_NAME = 200          # characters of a file name kept
MB = 1 << 20

#: media types recognised from the content (the name's extension is never trusted)
_MAGIC = ((b"%PDF-", "application/pdf"), (b"\x89PNG\r\n\x1a\n", "image/png"), (b"\xff\xd8\xff", "image/jpeg"),
          (b"GIF87a", "image/gif"), (b"GIF89a", "image/gif"), (b"BM", "image/bmp"))
VIEWABLE = {"application/pdf", "image/png", "image/jpeg", "image/gif", "image/bmp", "image/webp"}


def media_type(data: bytes) -> str:
    """The media type the content shows (its first bytes), else ``application/octet-stream``."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return "application/octet-stream"


def limits(conn) -> tuple[int, int]:
    """(bytes per file, bytes per vault) allowed now."""
    return (int(read_vault(conn, "attachments.max_file_mb")) * MB, int(read_vault(conn, "attachments.max_vault_mb")) * MB)


def used(conn) -> int:
    return int(conn.execute("SELECT coalesce(sum(size), 0) FROM attachments").fetchone()[0])


def _mb(n: int) -> str:
    return f"{n / MB:.1f}"


def check_size(conn, size: int) -> None:
    """ValidationError (a sentence a user can act on) if a file of ``size`` bytes may not be added."""
    per_file, per_vault = limits(conn)
    if size > per_file:
        raise ValidationError(translate("Errors", "The file is {size} MB; attachments may be at most {limit} MB each"
                                                  " (setting: largest attachment).").format(
            size=_mb(size), limit=_mb(per_file)), fields={"file": "too big"})
    total = used(conn)
    if total + size > per_vault:
        raise ValidationError(translate("Errors", "The vault already holds {used} MB of attachments; adding {size} MB"
                                                  " would pass its limit of {limit} MB (setting: attachments per"
                                                  " vault).").format(used=_mb(total), size=_mb(size),
                                                                     limit=_mb(per_vault)),
                              fields={"file": "vault full"})


# ----------------------------------------------------------------------------- access
def _target(session: Session, customer_id: int, deal_id: int | None, *, write: bool):
    """The customer row (and the deal row) a file is on, after the permission and scope checks."""
    if deal_id is not None:
        session.require("deals.write" if write else "deals.read")
        deal = session.conn.execute("SELECT id, customer_id, title FROM deals WHERE id = ?", (int(deal_id),)).fetchone()
        if deal is None or (customer_id is not None and int(deal["customer_id"]) != int(customer_id)):
            raise NotFoundError(translate("Errors", "There is no deal {id}.").format(id=deal_id))
        customer_id = deal["customer_id"]
    else:
        session.require("customers.update" if write else "customers.read")
    row = (writable_row if write else customer_row)(session, customer_id)
    return row


def _meta(session: Session, attachment_id: int, *, write: bool):
    r = session.conn.execute("SELECT * FROM attachments WHERE id = ?", (int(attachment_id),)).fetchone()
    if r is None:
        raise NotFoundError(translate("Errors", "There is no attachment {id}.").format(id=attachment_id))
    _target(session, r["customer_id"], r["deal_id"], write=write)
    return r


def _public(r) -> dict:
    return {"id": r["id"], "uid": r["uid"], "customer_id": r["customer_id"], "deal_id": r["deal_id"],
            "name": r["name"], "media_type": r["media_type"], "size": r["size"], "created_at": r["created_at"],
            "created_by": r["created_by"], "viewable": r["media_type"] in VIEWABLE}


def clean_name(name: str) -> str:
    base = clean_text(os.path.basename(str(name).replace("\\", "/"))).strip()
    return base[:MAX_NAME] or translate("Attachments", "unnamed file")


# ----------------------------------------------------------------------------- writes
def add(session: Session, customer_id: int, data: bytes, name: str, *, deal_id: int | None = None) -> int:
    """Store ``data`` as a file named ``name`` on the customer (or on their deal); its id."""
    row = _target(session, customer_id, deal_id, write=True)
    conn = session.conn
    check_size(conn, len(data))
    name = clean_name(name)
    kind = media_type(data)
    digest = hashlib.sha256(data).hexdigest()
    chunks = [data[i:i + CHUNK] for i in range(0, len(data), CHUNK)]
    with session.vault.transaction():
        aid = conn.execute(
            "INSERT INTO attachments (customer_id, deal_id, name, media_type, size, sha256, chunks, created_at,"
            " created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (row["id"], deal_id, name, kind, len(data), digest, len(chunks), clock.iso(), session.user_id)).lastrowid
        conn.executemany("INSERT INTO attachment_chunks (attachment_id, position, data) VALUES (?, ?, ?)",
                         [(aid, i, base64.b64encode(c).decode("ascii")) for i, c in enumerate(chunks)])
        audit.record(session, "attachment.add", entity="attachment", entity_id=aid, person_id=str(row["id"]),
                     details={"customer_id": row["id"], "deal_id": deal_id, "name": name, "size": len(data),
                              "media_type": kind})
    return int(aid)


def add_file(session: Session, customer_id: int, path: str | os.PathLike, *, deal_id: int | None = None) -> int:
    """``add`` the file at ``path`` (a regular file; one too big is refused before it is read)."""
    _target(session, customer_id, deal_id, write=True)
    per_file, _ = limits(session.conn)
    try:
        size = os.stat(path).st_size
    except OSError:
        size = 0
    check_size(session.conn, size)
    data = read_input(path, max_bytes=per_file, what=translate("Errors", "attachment"))
    return add(session, customer_id, data, Path(path).name, deal_id=deal_id)


def _forget_published(conn, ids: list[int]) -> None:
    """Outbox rows that carried these attachments' content (already sent) go with them, so the
    bytes live nowhere in the vault once deleted; the delete's own tombstones come after."""
    for aid in ids:
        conn.execute("DELETE FROM sync_outbox WHERE op = 'set' AND ((tbl = 'attachments' AND uid ="
                     " (SELECT uid FROM attachments WHERE id = ?)) OR (tbl = 'attachment_chunks' AND uid IN"
                     " (SELECT uid FROM attachment_chunks WHERE attachment_id = ?)))", (aid, aid))


def delete(session: Session, attachment_id: int) -> int:
    """Delete the file for good (freed pages zeroed, the WAL truncated); the customer's id."""
    from .purging import secure_deletion

    r = _meta(session, attachment_id, write=True)
    with secure_deletion(session):
        _forget_published(session.conn, [r["id"]])
        session.conn.execute("DELETE FROM attachments WHERE id = ?", (r["id"],))
        audit.record(session, "attachment.delete", entity="attachment", entity_id=r["id"],
                     person_id=str(r["customer_id"]), details={"customer_id": r["customer_id"], "name": r["name"]})
    return int(r["customer_id"])


def erase_of(conn, customer_id: int) -> int:
    """Erasure: every attachment of the person goes (the caller holds a secure-deletion transaction)."""
    ids = [r[0] for r in conn.execute("SELECT id FROM attachments WHERE customer_id = ?", (int(customer_id),))]
    _forget_published(conn, ids)
    conn.execute("DELETE FROM attachments WHERE customer_id = ?", (int(customer_id),))
    return len(ids)


# ----------------------------------------------------------------------------- reads
def list_for(session: Session, customer_id: int | None = None, deal_id: int | None = None) -> list[dict]:
    """A customer's files (with the title of the deal a file is on), or one deal's; newest first.
    A customer's list leaves out files on deals the profile may not see."""
    row = _target(session, customer_id, deal_id, write=False)
    sql = ("SELECT a.*, d.title AS deal_title FROM attachments a LEFT JOIN deals d ON d.id = a.deal_id"
           " WHERE a.customer_id = ?")
    params: list = [row["id"]]
    if deal_id is not None:
        sql += " AND a.deal_id = ?"
        params.append(int(deal_id))
    elif not session.can("deals.read"):
        sql += " AND a.deal_id IS NULL"
    rows = session.conn.execute(sql + " ORDER BY a.created_at DESC, a.id DESC", params).fetchall()
    return [{**_public(r), "deal_title": r["deal_title"]} for r in rows]


def read_bytes(conn, r) -> bytes:
    """The content of the attachment row ``r``, checked against its SHA-256 (IntegrityError)."""
    parts = conn.execute("SELECT data FROM attachment_chunks WHERE attachment_id = ? ORDER BY position",
                         (r["id"],)).fetchall()
    data = b"".join(base64.b64decode(p[0]) for p in parts)
    if len(parts) != r["chunks"] or len(data) != r["size"] or hashlib.sha256(data).hexdigest() != r["sha256"]:
        raise IntegrityError(translate("Errors", "The attachment {name} is incomplete or damaged (its content does"
                                                 " not match its checksum); it may still be arriving by"
                                                 " sync.").format(name=r["name"]))
    return data


def content(session: Session, attachment_id: int) -> tuple[dict, bytes]:
    """The file's metadata and bytes, to show inside the app (audited as a view)."""
    r = _meta(session, attachment_id, write=False)
    data = read_bytes(session.conn, r)
    audit.record(session, "attachment.view", entity="attachment", entity_id=r["id"],
                 person_id=str(r["customer_id"]), details={"customer_id": r["customer_id"], "name": r["name"]})
    return _public(r), data


def save_copy(session: Session, attachment_id: int, path: str | os.PathLike, *, force: bool = False) -> str:
    """Write a copy of the file to ``path`` (never inside a vault folder): an export, audited first."""
    r = _meta(session, attachment_id, write=False)
    check_processing_allowed(session, r["customer_id"], "export")
    data = read_bytes(session.conn, r)
    audit.record(session, "attachment.export", entity="attachment", entity_id=r["id"],
                 person_id=str(r["customer_id"]), details={"customer_id": r["customer_id"], "name": r["name"],
                                                          "size": r["size"]})
    return str(write_output(path, data, force=force, vault_folders=[session.vault.folder]))


# ----------------------------------------------------------------------------- subject access
def subject_list(conn, customer_id: int) -> list[dict]:
    """The person's files for the subject access export's JSON (metadata; the files go beside it)."""
    rows = conn.execute("SELECT * FROM attachments WHERE customer_id = ? ORDER BY created_at, id",
                        (int(customer_id),)).fetchall()
    return [{k: r[k] for k in ("id", "deal_id", "name", "media_type", "size", "sha256", "created_at")} for r in rows]


def write_subject_files(conn, customer_id: int, folder: Path, vault_folders: list, *, force: bool = False) -> list[str]:
    """Each of the person's files into ``folder`` (made if missing) as ``<id>-<name>``; the names."""
    rows = conn.execute("SELECT * FROM attachments WHERE customer_id = ? ORDER BY id", (int(customer_id),)).fetchall()
    if not rows:
        return []
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    names = []
    for r in rows:
        name = f"{r['id']}-{clean_name(r['name'])}"
        write_output(folder / name, read_bytes(conn, r), force=force, vault_folders=vault_folders)
        names.append(name)
    return names
