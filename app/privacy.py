"""Privacy (GDPR) tools: consent, subject access export, erasure, restriction, retention, and
the record of processing activities. Every call needs ``privacy.manage`` and is audited.

Erasure anonymises the person's personal fields, removes their contact details, sensitive
values and index entries, blanks the free text of their interactions and deals (amounts stay:
bookkeeping is a legal obligation), and shreds their person key, so the personal values sealed
in audit entries become unreadable while the hash chain stays intact. Each erasure goes into an
erasure ledger, inside the vault and in ``erasure-ledger.json`` beside it (customer ids and
times only, MAC'd with a key from the vault key), so that restoring an older backup re-applies
every erasure done since (``reapply_erasures``, run at sign-in).
"""
from __future__ import annotations

import datetime as dt
import html
import json
from pathlib import Path
from typing import Any

from vault import clock, i18n
from vault import ledger as vledger
from vault.errors import NotFoundError, PolicyError, ValidationError
from vault.fsutil import check_output_path, write_output
from vault.i18n import QT_TRANSLATE_NOOP, translate
from vault.text import bounded_int, clean_text

from . import audit
from . import ledger as aledger
from .records import attachments as attachment_records
from .records import customers as records
from .records.customers import secure_deletion
from .records.erasure import ERASED, anonymise, merged_into  # noqa: F401 (ERASED re-exported)
from .records.rows import check_processing_allowed, customer_row, is_restricted, restricted_ids  # noqa: F401 (re-exported)
from .session import Session
from .settings import VaultSettings

LAWFUL_BASES = ("consent", "contract", "legal_obligation", "vital_interests", "public_task", "legitimate_interests")
LEDGER_FILE = "erasure-ledger.json"
LABEL_LEDGER = b"vaultcrm/erasure-ledger/v1"
MAX_RETENTION_DAYS = 36_500  # a hundred years


# ----------------------------------------------------------------------------- helpers
def _customer(session: Session, customer_id: int):
    try:
        cid = int(customer_id)
    except (TypeError, ValueError):
        raise ValidationError(translate("Errors", "customer id: a whole number"),
                              fields={"customer_id": translate("Errors", "a whole number")}) from None
    row = session.conn.execute("SELECT * FROM customers WHERE id = ?", (cid,)).fetchone()
    if row is None:
        raise NotFoundError(translate("Errors", "There is no customer {id}.").format(id=cid))
    return row


# ----------------------------------------------------------------------------- consent
def record_consent(session: Session, customer_id: int, purpose: str, lawful_basis: str = "consent", *,
                   source: str = "", given_at: str | None = None) -> int:
    session.require("privacy.manage")
    row = _customer(session, customer_id)
    purpose = (purpose or "").strip()
    errors = {}
    if not purpose or len(purpose) > 200:
        errors["purpose"] = translate("Errors", "1 to 200 characters")
    if lawful_basis not in LAWFUL_BASES:
        errors["lawful_basis"] = translate("Errors", "one of {choices}").format(choices=", ".join(LAWFUL_BASES))
    if errors:
        raise ValidationError(translate("Errors", "Please check: {fields}.").format(fields=", ".join(errors)),
                              fields=errors)
    with session.vault.transaction():
        cid = session.conn.execute(
            "INSERT INTO consents (customer_id, purpose, lawful_basis, source, given_at, recorded_by)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (row["id"], purpose, lawful_basis, source[:500], given_at or clock.iso(), session.user_id)).lastrowid
        audit.record(session, "privacy.consent.record", entity="customer", entity_id=row["id"],
                     details={"purpose": purpose, "lawful_basis": lawful_basis, "consent_id": cid})
    return cid


def withdraw_consent(session: Session, consent_id: int) -> None:
    session.require("privacy.manage")
    row = session.conn.execute("SELECT * FROM consents WHERE id = ?", (int(consent_id),)).fetchone()
    if row is None:
        raise NotFoundError(translate("Errors", "There is no consent {id}.").format(id=consent_id))
    if row["withdrawn_at"]:
        raise PolicyError(translate("Errors", "This consent was already withdrawn."))
    with session.vault.transaction():
        session.conn.execute("UPDATE consents SET withdrawn_at = ?, withdrawn_by = ? WHERE id = ?",
                             (clock.iso(), session.user_id, row["id"]))
        audit.record(session, "privacy.consent.withdraw", entity="customer", entity_id=row["customer_id"],
                     details={"purpose": row["purpose"], "consent_id": row["id"]})


def consents(session: Session, customer_id: int) -> list[dict]:
    session.require("customers.read")
    row = customer_row(session, customer_id)  # record scope: Sales see their own customers' consents only
    return [dict(r) for r in session.conn.execute(
        "SELECT * FROM consents WHERE customer_id = ? ORDER BY given_at, id", (row["id"],))]


def has_consent(conn, customer_id: int, purpose: str) -> bool:
    return conn.execute("SELECT 1 FROM consents WHERE customer_id = ? AND purpose = ? AND withdrawn_at IS NULL",
                        (int(customer_id), purpose)).fetchone() is not None


# ----------------------------------------------------------------------------- restriction
def restrict(session: Session, customer_id: int, reason: str = "") -> None:
    session.require("privacy.manage")
    row = _customer(session, customer_id)
    with session.vault.transaction():
        session.conn.execute(
            "INSERT INTO restrictions (customer_id, reason, since, by_user) VALUES (?, ?, ?, ?)"
            " ON CONFLICT(customer_id) DO UPDATE SET reason = excluded.reason",
            (row["id"], reason[:500], clock.iso(), session.user_id))
        audit.record(session, "privacy.restrict", entity="customer", entity_id=row["id"], details={"reason": reason},
                     person_id=row["id"])


def lift_restriction(session: Session, customer_id: int) -> None:
    session.require("privacy.manage")
    row = _customer(session, customer_id)
    with session.vault.transaction():
        session.conn.execute("DELETE FROM restrictions WHERE customer_id = ?", (row["id"],))
        audit.record(session, "privacy.unrestrict", entity="customer", entity_id=row["id"])


# ----------------------------------------------------------------------------- subject access
def subject_data(session: Session, customer_id: int) -> dict[str, Any]:
    """Everything the vault holds about the person (GDPR art. 15). Sensitive fields (and their
    before/after values in audit entries) are masked like in every other output for a profile
    without ``sensitive.read`` (``person["masked"]`` says so): a complete export needs a profile
    with both ``privacy.manage`` and ``sensitive.read``."""
    session.require("privacy.manage")
    row = _customer(session, customer_id)
    conn = session.conn
    cid = row["id"]
    person = records.mask(session, records.load(conn, cid))
    deals = [dict(d) for d in conn.execute("SELECT * FROM deals WHERE customer_id = ? ORDER BY created_at", (cid,))]
    for d in deals:
        d["items"] = [dict(i) for i in conn.execute("SELECT product, quantity, unit_price_minor FROM deal_items"
                                                    " WHERE deal_id = ? ORDER BY position, id", (d["id"],))]
    entries, offset = [], 0
    while True:
        page = audit.entries_about(session, str(cid), limit=1000, offset=offset)
        entries += page
        offset += len(page)
        if len(page) < 1000:
            break
    restriction = conn.execute("SELECT reason, since FROM restrictions WHERE customer_id = ?", (cid,)).fetchone()
    return {
        "person": person,
        "consents": [dict(r) for r in conn.execute("SELECT purpose, lawful_basis, source, given_at, withdrawn_at"
                                                   " FROM consents WHERE customer_id = ? ORDER BY given_at", (cid,))],
        "interactions": [dict(r) for r in conn.execute(
            "SELECT kind, occurred_at, summary, deal_id FROM interactions WHERE customer_id = ? ORDER BY occurred_at",
            (cid,))],
        "deals": deals,
        "attachments": attachment_records.subject_list(conn, cid),
        "purchase_preferences": [dict(r) for r in conn.execute(
            "SELECT category, preference, notes, created_at FROM purchase_preferences WHERE customer_id = ?", (cid,))],
        "tasks": [dict(r) for r in conn.execute(
            "SELECT title, due_date, due_time, priority, notes, repeat, done_at, deal_id, created_at FROM tasks"
            " WHERE customer_id = ? ORDER BY due_date, id", (cid,))],
        "restriction": dict(restriction) if restriction else None,
        "audit": [{k: e[k] for k in ("seq", "at", "user", "action", "details")} for e in entries],
        "processing": processing_record(session, _audited=False),
    }


def subject_export(session: Session, customer_id: int, out: str | Path, *, force: bool = False) -> dict:
    """Write the subject access export: ``out`` as JSON and a readable HTML twin beside it. Both
    names are checked before anything is written (``vault.fsutil.check_output_path``: never in a
    vault folder, never a device or folder, an existing file only with ``force``)."""
    out = Path(out)
    html_path = out.with_suffix(".html") if out.suffix.lower() != ".html" else out.with_name(out.stem + ".view.html")
    guard = [session.vault.folder]
    out = check_output_path(out, force=force, vault_folders=guard)
    check_output_path(html_path, force=force, vault_folders=guard)
    data = subject_data(session, customer_id)
    doc = {"format": "vaultcrm-subject-access/1", "vault_id": session.vault.vault_id,
           "generated_at": clock.iso(), "generated_by": session.username, "customer_id": int(customer_id),
           "sections": data}
    write_output(out, json.dumps(doc, indent=2, ensure_ascii=False, default=str).encode("utf-8"), force=force,
                 vault_folders=guard)
    html_path = write_output(html_path, _html(doc).encode("utf-8"), force=force, vault_folders=guard)
    files_dir = out.with_name(out.stem + ".files")  # the attached files themselves, beside the JSON
    files = attachment_records.write_subject_files(session.conn, int(customer_id), files_dir, guard, force=force)
    sections = list(data)
    audit.record(session, "privacy.subject_export", entity="customer", entity_id=int(customer_id),
                 details={"sections": sections, "audit_entries": len(data["audit"]), "files": len(files)})
    result = {"path": str(out), "html": str(html_path), "sections": sections}
    if files:
        result["files"] = str(files_dir)
    return result


# the readable export's section titles (the JSON keeps the keys)
_SECTION_TITLES = {
    "person": QT_TRANSLATE_NOOP("SubjectExport", "Personal data"),
    "consents": QT_TRANSLATE_NOOP("SubjectExport", "Consents and lawful bases"),
    "interactions": QT_TRANSLATE_NOOP("SubjectExport", "Interactions"),
    "deals": QT_TRANSLATE_NOOP("SubjectExport", "Deals and orders"),
    "attachments": QT_TRANSLATE_NOOP("SubjectExport", "Attached files (the files are in the folder beside this"
                                                      " export)"),
    "purchase_preferences": QT_TRANSLATE_NOOP("SubjectExport", "Purchase preferences"),
    "tasks": QT_TRANSLATE_NOOP("SubjectExport", "Tasks"),
    "restriction": QT_TRANSLATE_NOOP("SubjectExport", "Restriction of processing"),
    "audit": QT_TRANSLATE_NOOP("SubjectExport", "Access and change history (audit log)"),
    "processing": QT_TRANSLATE_NOOP("SubjectExport", "How we process personal data"),
}


def _html(doc: dict) -> str:
    none = "<em>" + html.escape(translate("SubjectExport", "none")) + "</em>"

    def render(value: Any) -> str:
        if isinstance(value, dict):
            if not value:
                return none
            return "<table>" + "".join(f"<tr><th>{html.escape(str(k))}</th><td>{render(v)}</td></tr>"
                                       for k, v in value.items()) + "</table>"
        if isinstance(value, list):
            if not value:
                return none
            return "<ol>" + "".join(f"<li>{render(v)}</li>" for v in value) + "</ol>"
        return html.escape("" if value is None else str(value))

    def title(key: str) -> str:
        return translate("SubjectExport", _SECTION_TITLES[key]) if key in _SECTION_TITLES else key

    body = "".join(f"<h2>{html.escape(title(k))}</h2>{render(v)}" for k, v in doc["sections"].items())
    heading = html.escape(translate("SubjectExport", "Subject access export"))
    byline = html.escape(translate("SubjectExport", "Customer {id} · generated {at} by {user}").format(
        id=doc["customer_id"], at=doc["generated_at"], user=doc["generated_by"]))
    return (f"<!doctype html><html lang='{i18n.language()}'><head><meta charset='utf-8'><title>{heading}</title>"
            "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
            "th,td{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}</style></head><body>"
            f"<h1>{heading}</h1><p>{byline}</p>{body}</body></html>")


# ----------------------------------------------------------------------------- erasure
def erase(session: Session, customer_id: int, *, reason: str = "data subject request") -> dict:
    """Anonymise the person, shred their key, record the erasure in the ledger."""
    session.require("privacy.manage")
    row = _customer(session, customer_id)
    if row["erased_at"]:
        raise PolicyError(translate("Errors", "Customer {id} was already erased on {at}.").format(
            id=row["id"], at=row["erased_at"]))
    with secure_deletion(session):
        # copies of the same person merged into this record wait in the bin: they go too
        twins = merged_into(session.conn, row["id"])
        at = anonymise(session, row["id"])
        entry_id = session.conn.execute(
            "INSERT INTO erasure_ledger (customer_id, erased_at, erased_by, reason) VALUES (?, ?, ?, ?)",
            (row["id"], at, session.user_id, reason[:200])).lastrowid
        for twin in twins:
            anonymise(session, twin)
            session.conn.execute(
                "INSERT INTO erasure_ledger (customer_id, erased_at, erased_by, reason) VALUES (?, ?, ?, ?)",
                (twin, at, session.user_id, f"merged into {row['id']}, erased with it"))
        details = {"ledger_entry": entry_id, "reason": reason[:200]}
        if twins:
            details["merged_records"] = twins
        audit.record(session, "privacy.erase", entity="customer", entity_id=row["id"], details=details)
    _write_ledger_file(session)
    out = {"erased": row["id"], "ledger_entry": entry_id, "erased_at": at}
    if twins:
        out["merged_records_erased"] = twins
    return out


def ledger(session: Session) -> list[dict]:
    session.require("privacy.manage")
    return [dict(r) for r in session.conn.execute("SELECT * FROM erasure_ledger ORDER BY id")]


def _write_ledger_file(session: Session) -> None:
    """Mirror the database's revocation ledger (erasures and user facts, ``vault/ledger.py``)
    into ``erasure-ledger.json``, keeping facts the file has that the database lacks."""
    v = session.vault
    vledger.sync_file(session.conn, v.folder, v.vault_key(), v.vault_id)


def read_ledger_file(session: Session) -> list[dict]:
    """The erasures in the file beside the vault; IntegrityError when it was modified."""
    v = session.vault
    facts = vledger.read_file(v.folder, v.vault_key(), v.vault_id)
    return [{"customer_id": cid, "erased_at": at} for cid, at in sorted(facts.erasures.items())]


def reapply_erasures(session: Session) -> list[int]:
    """After a restore or an older vault.db copied in by hand: re-apply what the ledger file
    beside the vault knows and this database lacks (erasures, and disabled users and credential
    changes: ``app.ledger``). Runs at sign-in; needs no permission of the user (it only ever
    removes personal data or access). Returns the customer ids erased again."""
    out = aledger.reapply_local(session)
    return out["erased_ids"] if out else []


# ----------------------------------------------------------------------------- retention
def add_retention_rule(session: Session, name: str, inactive_days: int, status: str | None = None) -> int:
    session.require("privacy.manage")
    if status not in (None, "lead", "prospect", "customer", "inactive"):
        raise ValidationError(translate("Errors", "status: lead, prospect, customer or inactive"),
                              fields={"status": translate("Errors", "not a status")})
    inactive_days = bounded_int(inactive_days, "inactive_days", 1, MAX_RETENTION_DAYS)
    name = clean_text(name or "").strip()
    with session.vault.transaction():
        rid = session.conn.execute(
            "INSERT INTO retention_rules (name, status, inactive_days, created_at, created_by) VALUES (?, ?, ?, ?, ?)",
            (name.strip(), status, int(inactive_days), clock.iso(), session.user_id)).lastrowid
        audit.record(session, "privacy.retention.rule", entity="retention_rule", entity_id=rid,
                     details={"name": name, "status": status, "inactive_days": int(inactive_days)})
    return rid


def retention_rules(session: Session) -> list[dict]:
    session.require("privacy.manage")
    return [dict(r) for r in session.conn.execute("SELECT * FROM retention_rules ORDER BY id")]


def retention_preview(session: Session, *, now: dt.datetime | None = None) -> list[dict]:
    """Who the enabled rules would erase now: nothing is changed."""
    session.require("privacy.manage")
    now = now or clock.utcnow()
    hits: dict[int, dict] = {}
    for rule in session.conn.execute("SELECT * FROM retention_rules WHERE enabled = 1 ORDER BY id").fetchall():
        cutoff = (now - dt.timedelta(days=rule["inactive_days"])).isoformat(timespec="seconds")
        sql = ("SELECT id, display_name, status, coalesce(last_contact_at, created_at) AS last_activity"
               " FROM customers WHERE erased_at IS NULL AND deleted_at IS NULL"
               " AND coalesce(last_contact_at, updated_at, created_at) < ?")
        args: list = [cutoff]
        if rule["status"]:
            sql += " AND status = ?"
            args.append(rule["status"])
        for r in session.conn.execute(sql, args):
            hits.setdefault(r["id"], {**dict(r), "rule": rule["name"]})
    return sorted(hits.values(), key=lambda h: h["id"])


def apply_retention(session: Session, expected_ids: list[int], *, now: dt.datetime | None = None) -> dict:
    """Erase what the preview showed, and only that: ``expected_ids`` must equal a fresh preview,
    so nobody is erased who was not on the list the user confirmed."""
    preview = [h["id"] for h in retention_preview(session, now=now)]
    if sorted(int(i) for i in expected_ids) != preview:
        raise PolicyError(translate("Errors", "The retention preview has changed since you saw it; preview again"
                                              " before applying."))
    erased = [erase(session, cid, reason="retention rule")["erased"] for cid in preview]
    audit.record(session, "privacy.retention.apply", details={"erased": len(erased)})
    return {"erased": erased}


# ----------------------------------------------------------------------------- record of processing
def processing_record(session: Session, *, _audited: bool = True) -> dict:
    """Record of processing activities (GDPR art. 30), generated from what the vault holds."""
    session.require("privacy.manage")
    conn = session.conn
    settings = VaultSettings(session)
    purposes = [dict(r) for r in conn.execute(
        "SELECT purpose, lawful_basis, count(*) AS people, sum(withdrawn_at IS NULL) AS active FROM consents"
        " GROUP BY purpose, lawful_basis ORDER BY purpose")]
    categories = [dict(r) for r in conn.execute(
        "SELECT field, label, sensitive FROM field_catalog WHERE personal = 1 ORDER BY entity, sensitive, field")]
    target = settings.get("backup.target_url")
    record = {
        "controller_vault": session.vault.vault_id,
        "purposes": purposes,
        "data_categories": categories,
        "data_subjects": conn.execute("SELECT count(*) FROM customers WHERE erased_at IS NULL AND deleted_at IS NULL"
                                      ).fetchone()[0],
        "recipients": {"backup_location": _redact_url(target) if target else None,
                       "extra_backup_recipients": len(settings.get("backup.extra_recipients"))},
        "retention": {"deleted_records_erased_after_days": settings.get("records.purge_after_days"),
                      "rules": [dict(r) for r in conn.execute(
                          "SELECT name, status, inactive_days, enabled FROM retention_rules ORDER BY id")]},
        "security_measures": [
            translate("ProcessingRecord", "database encrypted at rest (SQLCipher 4, AES-256, per-page HMAC)"),
            translate("ProcessingRecord", "sign-in with Argon2id-protected key slots and TOTP"),
            translate("ProcessingRecord", "per-profile permissions; sensitive fields masked without sensitive.read"),
            translate("ProcessingRecord", "tamper-evident audit log (HMAC hash chain); personal values sealed per"
                                          " person"),
            translate("ProcessingRecord", "encrypted, signed backups (age X25519, Ed25519)"),
        ],
        "erasures": conn.execute("SELECT count(*) FROM erasure_ledger").fetchone()[0],
        "restricted": conn.execute("SELECT count(*) FROM restrictions").fetchone()[0],
    }
    if _audited:
        audit.record(session, "privacy.processing_record")
    return record


def _redact_url(url: str) -> str:
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    if not parts.scheme or len(parts.scheme) == 1:
        return "folder"
    return f"{parts.scheme}://{parts.hostname or ''}"
