"""The customer workspace's actions (the desktop app runs them on the database worker).

Reads return data; writes return ``Changes`` whose ``result`` is what the caller needs (a new id,
a version). Permission checks stay in the services each action calls.
"""
from __future__ import annotations

from .. import audit, privacy, records
from ..records import deals, duplicates, interactions
from ..session import Session
from .changes import Changes

# each duplicate group member is read with get_customer (an audited view), so one search shows at
# most this many groups
DUPLICATE_GROUPS = 200


# ----------------------------------------------------------------------------- reads
def page(session: Session, f, sort, offset: int, limit: int):
    return records.customer_page(session, f, sort, offset, limit)


def load_detail(session: Session, customer_id: int, *, audited: bool = True) -> dict:
    """Everything the detail pane shows, as far as the profile may see it. ``audited=False``: the
    pane follows a change to the record it already shows (that view was audited when opened)."""
    rec = records.get_customer(session, customer_id, audited=audited)
    out = {"record": rec, "history": None, "custom_fields": records.list_custom_fields(session)}
    if session.can("audit.read"):
        out["history"] = audit.query(session, customer=str(customer_id), limit=50)["entries"]
    out["interactions"] = interactions.list_interactions(session, customer_id)
    if session.can("privacy.manage"):
        out["privacy"] = {"restricted": privacy.is_restricted(session.conn, customer_id),
                          "consents": privacy.consents(session, customer_id)}
    if session.can("deals.read"):
        out["deals"] = deals.list_deals(session, customer_id)
        out["purchases"] = deals.purchase_history(session, customer_id)
    out["preferences"] = deals.list_preferences(session, customer_id)
    return out


def custom_fields(session: Session) -> list[dict]:
    return records.list_custom_fields(session)


def deleted(session: Session) -> list[dict]:
    return records.deleted_customers(session)


def owners(session: Session) -> list[tuple[str, str]]:
    """(user id, name) pairs for the owner filter: everyone for user managers, else just me."""
    if session.can("users.manage"):
        from .. import users

        return [(u["id"], u["display_name"]) for u in users.list_users(session) if u["status"] == "active"]
    return [(session.user_id, session.display_name)]


def load_deal(session: Session, deal_id: int) -> dict:
    return deals.get_deal(session, deal_id)


def duplicate_groups(session: Session, limit: int = DUPLICATE_GROUPS) -> list[dict]:
    """Each group with its members' names, e-mails and versions (for the merge's conflict check)."""
    out = []
    for g in duplicates.find_duplicates(session, limit=limit):
        members = []
        for cid in g.ids:
            rec = records.get_customer(session, cid)
            members.append({"id": cid, "display_name": rec["display_name"], "version": rec["version"],
                            "company_name": rec.get("company_name") or "",
                            "emails": [e["value"] for e in rec["emails"]],
                            "updated_at": rec.get("updated_at") or ""})
        # why they look alike: a code the face puts in words, and the value (an address, two names)
        out.append({"ids": list(g.ids), "reasons": [{"code": code, "value": value} for code, value in g.reasons],
                    "members": members})
    return out


def reveal(session: Session, customer_id: int, fields: list[str]) -> None:
    """Showing sensitive values is audited, field by field (the values are not in the log)."""
    for field in fields:
        audit.record_reveal(session, customer_id, field)


def subject_export(session: Session, customer_id: int, path: str) -> dict:
    # force: the save dialog (dialogs.save_file) asked before replacing the file and refused vault
    # folders; the service checks both names again
    return privacy.subject_export(session, customer_id, path, force=True)


# ----------------------------------------------------------------------------- writes
def create(session: Session, data: dict, force: bool = False):
    """``Changes`` with the new customer's id, or ("duplicate", id, reason) when the record looks like
    an existing one (the duplicate check is the rule; ``force`` is the user's "save anyway")."""
    if not force:
        try:
            match = duplicates.possible_duplicate(session, data)
        except Exception:  # noqa: BLE001 - invalid data: create_customer below names each field
            match = None
        if match is not None:
            return ("duplicate", match.customer_id, match.reason)
    cid = records.create_customer(session, data)
    return Changes.of(cid, lists=True, result=cid)


def update(session: Session, customer_id: int, changes: dict, version: int) -> Changes:
    new_version = records.update_customer(session, customer_id, changes, version)
    return Changes.of(customer_id, lists=True, result=new_version)


def delete(session: Session, customer_id: int, version: int | None) -> Changes:
    records.delete_customer(session, customer_id, version)
    return Changes.of(deleted=[customer_id], lists=True, result=customer_id)


def restore(session: Session, customer_id: int) -> Changes:
    records.restore_customer(session, customer_id)
    return Changes.of(customer_id, lists=True, result=customer_id)


def merge(session: Session, keep_id: int, merge_ids: list[int], versions: dict) -> Changes:
    duplicates.merge_customers(session, keep_id, merge_ids, expected_versions=versions)
    return Changes.of(keep_id, deleted=merge_ids, lists=True, result=keep_id)


def log_interaction(session: Session, customer_id: int, kind: str, summary: str) -> Changes:
    iid = interactions.add_interaction(session, customer_id, kind, summary=summary)
    return Changes.of(customer_id, lists=True, result=iid)  # last contact is a list column


def set_restricted(session: Session, customer_id: int, on: bool, reason: str = "") -> Changes:
    if on:
        privacy.restrict(session, customer_id, reason)
    else:
        privacy.lift_restriction(session, customer_id)
    return Changes.of(customer_id)


def erase(session: Session, customer_id: int) -> Changes:
    return Changes.of(customer_id, lists=True, result=privacy.erase(session, customer_id))


def record_consent(session: Session, customer_id: int, purpose: str, lawful_basis: str, source: str) -> Changes:
    cid = privacy.record_consent(session, customer_id, purpose, lawful_basis, source=source)
    return Changes.of(customer_id, result=cid)


def withdraw_consent(session: Session, customer_id: int, consent_id: int) -> Changes:
    privacy.withdraw_consent(session, consent_id)
    return Changes.of(customer_id, result=consent_id)


def add_preference(session: Session, customer_id: int, category: str, preference: str, notes: str) -> Changes:
    pid = deals.add_preference(session, customer_id, category, preference, notes)
    return Changes.of(customer_id, result=pid)


def remove_preference(session: Session, customer_id: int, preference_id: int) -> Changes:
    deals.remove_preference(session, preference_id)
    return Changes.of(customer_id, result=preference_id)


def save_deal(session: Session, customer_id: int, deal_id: int | None, data: dict, version: int | None) -> Changes:
    if deal_id is None:
        deal_id = deals.create_deal(session, customer_id, data)
    else:
        deals.update_deal(session, deal_id, data, version)
    return Changes.of(customer_id, lists=True, result=deal_id)


def remove_deal(session: Session, customer_id: int, deal_id: int) -> Changes:
    deals.delete_deal(session, deal_id)
    return Changes.of(customer_id, lists=True, result=deal_id)
