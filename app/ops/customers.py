"""Use cases on customers that are more than one service call."""
from __future__ import annotations

from ..records import get_customer, update_customer
from ..records.customers import load
from ..session import Session

# the fields a script may set (../shared/CLI.md, ``customer set``)
FIELDS = ("display_name", "given_name", "family_name", "company", "job_title", "status", "notes", "email",
          "phone", "city", "tags")


def set_fields(session: Session, customer_id: int, values: dict[str, str]) -> int:
    """Change some of ``FIELDS`` as one audited change at the version read, validated like the
    editor: ``email`` and ``phone`` replace the first address or number (others stay), ``city``
    the first postal address's city, ``tags`` the whole list (comma-separated); an empty value
    clears the field. Returns the new version."""
    get_customer(session, customer_id)  # permission, scope and existence, as the editor opens it
    rec = load(session.conn, customer_id)  # unmasked: kept values go back as they are
    return update_customer(session, customer_id, changes_for(rec, values), rec["version"])


def changes_for(rec: dict, values: dict[str, str]) -> dict:
    """The update's ``changes`` from the contract's fields, keeping what the user did not name."""
    changes: dict = {}
    for field in ("display_name", "given_name", "family_name", "job_title", "status", "notes"):
        if field in values:
            changes[field] = values[field]
    if "company" in values:
        changes["company_name"] = values["company"]
        changes["company_id"] = None
    if "email" in values:
        rest = rec["emails"][1:]
        changes["emails"] = ([{"label": "", "value": values["email"]}] if values["email"] else []) + rest
    if "phone" in values:
        rest = [{"label": p["label"], "value": p["value"]} for p in rec["phones"][1:]]
        changes["phones"] = ([{"label": "", "value": values["phone"]}] if values["phone"] else []) + rest
    if "city" in values:
        addresses = [dict(a) for a in rec["addresses"]] or [{}]
        addresses[0]["city"] = values["city"]
        changes["addresses"] = addresses
    if "tags" in values:
        changes["tags"] = [t.strip() for t in values["tags"].split(",") if t.strip()]
    return changes
