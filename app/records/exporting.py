"""Exporting the customers a user may see: CSV, JSON, vCard.

Only live records in the session's scope; sensitive fields masked without ``sensitive.read``.
CSV cells that a spreadsheet would run as a formula (starting with = + - @ tab CR) get a
leading ``'``; our own import removes it again. The file is written under a temporary name in
the same folder and renamed when complete, so a cancelled or failed export leaves no partial file.
The path is checked before anything is read (``vault.fsutil.check_output_path``).
"""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

from vault import clock
from vault.errors import Cancelled, UsageError
from vault.fsutil import check_output_path
from vault.i18n import translate
from vault.jobs import JobContext
from vault.spool import EncryptedSpool

from .. import audit
from ..session import Session
from . import customers as cust
from . import vcard
from .listing import CustomerFilter, customer_ids
from .rows import restricted_ids
from .validation import SENSITIVE_FIELDS

FORMATS = ("csv", "json", "vcard")
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
CSV_COLUMNS = ["id", "kind", "display_name", "given_name", "family_name", "company", "job_title", "status", "owner",
               "emails", "phones", "street", "postcode", "city", "region", "country", "tags", "notes",
               *SENSITIVE_FIELDS]
CHUNK = 500


def neutralise(value) -> str:
    """A CSV cell that cannot start a formula in Excel/LibreOffice/Sheets."""
    s = "" if value is None else str(value)
    return "'" + s if s.startswith(FORMULA_PREFIXES) else s


def load_many(conn, ids: list[int]) -> list[dict]:
    """Full records (as ``customers.load``) for many ids, a few queries per chunk."""
    out = []
    for i in range(0, len(ids), CHUNK):
        chunk = ids[i:i + CHUNK]
        marks = ", ".join("?" * len(chunk))
        recs = {}
        for row in conn.execute(
                "SELECT c.*, u.display_name AS owner_name FROM customers c LEFT JOIN users u ON u.id = c.owner_id"
                f" WHERE c.id IN ({marks})", chunk):
            recs[row["id"]] = {k: row[k] for k in (
                "id", "kind", "display_name", "given_name", "family_name", "company_id", "company_name", "job_title",
                "status", "owner_id", "owner_name", "notes", "last_contact_at", "created_at", "updated_at", "version")}
            recs[row["id"]].update(emails=[], phones=[], addresses=[], tags=[], custom={},
                                   sensitive={k: "" for k in SENSITIVE_FIELDS})
        for r in conn.execute(f"SELECT customer_id, label, email FROM customer_emails WHERE customer_id IN ({marks})"
                              " ORDER BY customer_id, position, id", chunk):
            recs[r[0]]["emails"].append({"label": r[1], "value": r[2]})
        for r in conn.execute(f"SELECT customer_id, label, original, e164 FROM customer_phones WHERE customer_id IN"
                              f" ({marks}) ORDER BY customer_id, position, id", chunk):
            recs[r[0]]["phones"].append({"label": r[1], "value": r[2], "e164": r[3]})
        for r in conn.execute("SELECT customer_id, label, street, postcode, city, region, country FROM"
                              f" customer_addresses WHERE customer_id IN ({marks}) ORDER BY customer_id, position, id",
                              chunk):
            recs[r[0]]["addresses"].append({"label": r[1], "street": r[2], "postcode": r[3], "city": r[4],
                                            "region": r[5], "country": r[6]})
        for r in conn.execute(f"SELECT ct.customer_id, t.name FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id"
                              f" WHERE ct.customer_id IN ({marks}) ORDER BY t.name COLLATE NOCASE", chunk):
            recs[r[0]]["tags"].append(r[1])
        for r in conn.execute(f"SELECT v.customer_id, f.key, v.value FROM customer_custom_values v JOIN custom_fields f"
                              f" ON f.id = v.field_id WHERE v.customer_id IN ({marks})", chunk):
            recs[r[0]]["custom"][r[1]] = r[2]
        for r in conn.execute(f"SELECT * FROM customer_sensitive WHERE customer_id IN ({marks})", chunk):
            recs[r["customer_id"]]["sensitive"] = {k: r[k] for k in SENSITIVE_FIELDS}
        out += [recs[c] for c in chunk if c in recs]
    return out


def records(session: Session, f: CustomerFilter | None = None) -> Iterator[dict]:
    """What an export holds: the live records in scope, masked for this session, by name."""
    session.require("customers.export")
    specs = cust.custom_field_specs(session.conn)
    f = f or CustomerFilter()
    if getattr(f, "deleted", False):  # exports hold live records only, never the bin
        import dataclasses

        f = dataclasses.replace(f, deleted=False)
    restricted = restricted_ids(session.conn)  # GDPR art. 18: restricted records are never exported
    ids = [i for i in customer_ids(session, f or CustomerFilter(), "name") if i not in restricted]
    for i in range(0, len(ids), CHUNK):
        for rec in load_many(session.conn, ids[i:i + CHUNK]):
            yield cust.mask(session, rec, specs)


def _csv_row(rec: dict, custom_keys: list[str]) -> list[str]:
    a = rec["addresses"][0] if rec["addresses"] else {}
    row = [rec["id"], rec["kind"], rec["display_name"], rec["given_name"], rec["family_name"], rec["company_name"],
           rec["job_title"], rec["status"], rec.get("owner_name") or "",
           "; ".join(e["value"] for e in rec["emails"]), "; ".join(p["value"] for p in rec["phones"]),
           a.get("street", ""), a.get("postcode", ""), a.get("city", ""), a.get("region", ""), a.get("country", ""),
           ", ".join(rec["tags"]), rec["notes"], *(rec["sensitive"][k] for k in SENSITIVE_FIELDS),
           *(rec["custom"].get(k, "") for k in custom_keys)]
    return [neutralise(v) for v in row]


def write(session: Session, stream, fmt: str, f: CustomerFilter | None = None, job: JobContext | None = None) -> int:
    """Write the export to a text stream; returns the number of customers. ``job`` gets
    ``progress("export", written, None)`` and is checked (``Cancelled``) every ``CHUNK`` records."""
    if fmt not in FORMATS:
        raise UsageError(translate("Errors", "export format: one of {formats}").format(formats=", ".join(FORMATS)))
    n = 0
    if fmt == "csv":
        custom_keys = list(cust.custom_field_specs(session.conn))
        w = csv.writer(stream, lineterminator="\r\n")
        w.writerow(CSV_COLUMNS + [f"custom.{k}" for k in custom_keys])
    elif fmt == "json":
        stream.write('{"format": "vaultcrm-customers/1", "exported_at": '
                     + json.dumps(clock.iso()) + ', "customers": [\n')
    for rec in records(session, f):
        if job is not None and n % CHUNK == 0:
            job.check()
        if fmt == "csv":
            w.writerow(_csv_row(rec, custom_keys))
        elif fmt == "json":
            out = {k: v for k, v in rec.items() if k not in ("owner_id",)}
            stream.write(("," if n else "") + json.dumps(out, ensure_ascii=False) + "\n")
        else:
            stream.write(vcard.to_vcard(rec))
        n += 1
        if job is not None and n % CHUNK == 0:
            job.progress("export", n, None)
    if fmt == "json":
        stream.write("]}\n")
    return n


def _filter_details(f: CustomerFilter | None) -> dict:
    if f is None:
        return {}
    from dataclasses import asdict, is_dataclass

    data = asdict(f) if is_dataclass(f) else dict(vars(f))
    return {k: v for k, v in data.items() if v not in (None, "", [], (), False)}


def export_file(session: Session, path: str | Path, fmt: str, f: CustomerFilter | None = None,
                job: JobContext | None = None, *, force: bool = False) -> int:
    """Export to ``path`` (written whole or not at all). Returns the number of customers; raises
    ``Cancelled`` when ``job`` was cancelled (no file is left then, and the cancel is audited).

    ``path`` is checked first (``vault.fsutil.check_output_path``): never inside a vault folder,
    never a device, pipe or folder, and an existing file only with ``force``."""
    session.require("customers.export")
    if fmt not in FORMATS:
        raise UsageError(translate("Errors", "export format: one of {formats}").format(formats=", ".join(FORMATS)))
    path = check_output_path(path, force=force, vault_folders=[session.vault.folder])
    # recorded (and committed) before the first byte: even a killed export leaves its trace
    audit.record(session, "customer.export.start", entity="export",
                 details={"format": fmt, "file": path.name, "filter": _filter_details(f)})
    spool = EncryptedSpool(session.vault.folder)  # an export in progress is encrypted on disk
    try:
        with io.TextIOWrapper(io.BufferedWriter(spool), encoding="utf-8-sig" if fmt == "csv" else "utf-8",
                              newline="") as stream:
            n = write(session, stream, fmt, f, job)
            stream.flush()
            spool.publish(path, force=force)
    except Cancelled:
        spool.discard()
        audit.record(session, "customer.export.cancel", entity="export", details={"file": path.name})
        raise Cancelled(translate("Errors", "Cancelled; no file was left.")) from None
    except BaseException:
        spool.discard()
        raise
    audit.record(session, "customer.export", entity="export",
                 details={"format": fmt, "rows": n, "file": path.name, "masked": not session.can("sensitive.read"),
                          "filter": _filter_details(f)})
    return n
