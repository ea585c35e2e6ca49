"""Interactions (call, meeting, email, visit, note): when, who, summary, linked customer and deal.

Logging one moves the customer's ``last_contact_at`` (the list's "last contact" filter and sort)
without bumping the record's version: nobody's open edit of the customer is invalidated by it.
"""
from __future__ import annotations

import datetime as dt

from vault import clock
from vault.errors import NotFoundError, ValidationError
from vault.i18n import translate
from vault.text import clean_text

from .. import audit
from ..session import Session
from .rows import customer_row, writable_row

KINDS = ("call", "meeting", "email", "visit", "note")
MAX_SUMMARY = 20_000


def parse_when(value: str | None, name: str = "occurred_at") -> str:
    """An ISO date or date-time (UTC if no zone) → normalised ISO text."""
    if value in (None, ""):
        return clock.iso()
    if isinstance(value, dt.datetime):
        d = value
    else:
        try:
            d = dt.datetime.fromisoformat(str(value).strip().replace("Z", "+00:00"))
        except ValueError:
            raise ValidationError(translate("Errors", "{name}: {value} is not a date or time (YYYY-MM-DD[THH:MM])"
                                            ).format(name=name, value=repr(value)),
                                  fields={name: translate("Errors", "not a date or time")}) from None
    if d.tzinfo is None:
        d = d.replace(tzinfo=dt.UTC)
    return d.astimezone(dt.UTC).isoformat(timespec="seconds")


def _touch_last_contact(conn, customer_id: int) -> None:
    conn.execute("UPDATE customers SET last_contact_at = (SELECT max(occurred_at) FROM interactions"
                 " WHERE customer_id = ?) WHERE id = ?", (customer_id, customer_id))


def add_interaction(session: Session, customer_id: int, kind: str, *, summary: str = "",
                    occurred_at: str | None = None, deal_id: int | None = None, user_id: str | None = None) -> int:
    session.require("interactions.write")
    row = writable_row(session, customer_id)
    errors = {}
    if kind not in KINDS:
        errors["kind"] = translate("Errors", "one of {choices}").format(choices=", ".join(KINDS))
    summary = clean_text(summary or "", multiline=True).strip()
    if len(summary) > MAX_SUMMARY:
        errors["summary"] = translate("Errors", "too long (at most {maximum} characters)").format(
            maximum=f"{MAX_SUMMARY:,}")
    if errors:
        raise ValidationError("; ".join(f"{k}: {v}" for k, v in errors.items()), fields=errors)
    when = parse_when(occurred_at)
    conn = session.conn
    if deal_id is not None:
        d = conn.execute("SELECT customer_id FROM deals WHERE id = ?", (deal_id,)).fetchone()
        if d is None or d[0] != row["id"]:
            raise ValidationError(translate("Errors", "deal: not a deal of this customer"),
                                  fields={"deal_id": translate("Errors", "not this customer's deal")})
    who = user_id or session.user_id
    with session.vault.transaction():
        iid = conn.execute("INSERT INTO interactions (customer_id, deal_id, kind, occurred_at, user_id, summary,"
                           " created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                           (row["id"], deal_id, kind, when, who, summary, clock.iso(), session.user_id)).lastrowid
        _touch_last_contact(conn, row["id"])
        audit.record(session, "interaction.add", entity="interaction", entity_id=iid,
                     details={"customer_id": row["id"], "kind": kind, "occurred_at": when, "summary": summary},
                     person_id=str(row["id"]))
    return iid


def list_interactions(session: Session, customer_id: int) -> list[dict]:
    """Newest first, with the name of who had it."""
    session.require("customers.read")
    row = customer_row(session, customer_id)
    return [dict(r) for r in session.conn.execute(
        "SELECT i.id, i.kind, i.occurred_at, i.user_id, u.display_name AS user_name, i.summary, i.deal_id"
        " FROM interactions i LEFT JOIN users u ON u.id = i.user_id WHERE i.customer_id = ?"
        " ORDER BY i.occurred_at DESC, i.id DESC", (row["id"],))]


def delete_interaction(session: Session, interaction_id: int) -> None:
    session.require("interactions.write")
    conn = session.conn
    r = conn.execute("SELECT customer_id FROM interactions WHERE id = ?", (interaction_id,)).fetchone()
    if r is None:
        raise NotFoundError(translate("Errors", "There is no interaction {id}.").format(id=interaction_id))
    writable_row(session, r[0])
    with session.vault.transaction():
        conn.execute("DELETE FROM interactions WHERE id = ?", (interaction_id,))
        _touch_last_contact(conn, r[0])
        audit.record(session, "interaction.delete", entity="interaction", entity_id=interaction_id,
                     details={"customer_id": r[0]})
