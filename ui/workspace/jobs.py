"""Functions the customer screens run on the DB worker (service calls only: no SQL here)."""
from __future__ import annotations

from app import audit, privacy, records
from app.records import deals, interactions


def page(session, f, sort, offset, limit):
    return records.customer_page(session, f, sort, offset, limit)


def load_detail(session, customer_id: int) -> dict:
    rec = records.get_customer(session, customer_id)
    out = {"record": rec, "history": None, "custom_fields": []}
    try:
        out["custom_fields"] = records.list_custom_fields(session)
    except Exception:  # noqa: BLE001 - labels are a nicety
        out["custom_fields"] = []
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


def reveal(session, customer_id: int, fields: list[str]) -> None:
    """Showing sensitive values is audited, field by field (the values are not in the log)."""
    for field in fields:
        audit.record_reveal(session, customer_id, field)


def log_interaction(session, customer_id: int, kind: str, summary: str) -> int:
    return interactions.add_interaction(session, customer_id, kind, summary=summary)


def create(session, data: dict, force: bool = False):
    """A new customer's id, or ("duplicate", id, reason) when it looks like an existing one."""
    if not force:
        from app.records.duplicates import possible_duplicate

        try:
            match = possible_duplicate(session, data)
        except Exception:  # noqa: BLE001 - invalid data: create_customer below names each field
            match = None
        if match is not None:
            return ("duplicate", match.customer_id, match.reason)
    return records.create_customer(session, data)


def subject_export(session, customer_id: int, path: str) -> dict:
    # force: the save dialog (dialogs.save_file) asked before replacing the file and refused vault
    # folders; the service checks both names again
    return privacy.subject_export(session, customer_id, path, force=True)


def set_restricted(session, customer_id: int, on: bool, reason: str = "") -> None:
    if on:
        privacy.restrict(session, customer_id, reason)
    else:
        privacy.lift_restriction(session, customer_id)


def erase(session, customer_id: int) -> dict:
    return privacy.erase(session, customer_id)


def custom_fields(session) -> list[dict]:
    return records.list_custom_fields(session)


def deleted(session) -> list[dict]:
    return records.deleted_customers(session)


def update(session, customer_id: int, changes: dict, version: int) -> int:
    return records.update_customer(session, customer_id, changes, version)


def delete(session, customer_id: int, version: int | None) -> int:
    records.delete_customer(session, customer_id, version)
    return customer_id


def restore(session, customer_id: int) -> int:
    records.restore_customer(session, customer_id)
    return customer_id


def owners(session) -> list[tuple[str, str]]:
    """(user id, name) pairs for the owner filter: everyone for user managers, else just me."""
    if session.can("users.manage"):
        from app import users

        return [(u["id"], u["display_name"]) for u in users.list_users(session) if u["status"] == "active"]
    return [(session.user_id, session.display_name)]
