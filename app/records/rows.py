"""Reaching one customer record as the session may: its record scope (a profile with scope
``own`` reaches only the customers it owns) and, for writers, restriction of processing (GDPR
art. 18). Used by the records services and by ``app.privacy``; imports neither.
"""
from __future__ import annotations

from vault.errors import NotFoundError
from vault.i18n import QT_TRANSLATE_NOOP, translate

from ..session import Session


def scope_ok(session: Session, owner_id: str | None) -> bool:
    return session.scope_all or (owner_id is not None and owner_id == session.user_id)


def customer_row(session: Session, customer_id: int, *, deleted: bool | None = False):
    """The customer's row; NotFoundError if there is none (in the bin when ``deleted``, outside it
    when False, either when None); a refusal (audited) if it is out of the session's scope."""
    row = session.conn.execute("SELECT * FROM customers WHERE id = ?", (int(customer_id),)).fetchone()
    if row is None or (deleted is False and row["deleted_at"] is not None) or \
            (deleted is True and row["deleted_at"] is None):
        if deleted:
            raise NotFoundError(translate("Errors", "There is no customer {id} in the bin.").format(id=customer_id))
        raise NotFoundError(translate("Errors", "There is no customer {id}.").format(id=customer_id))
    if not scope_ok(session, row["owner_id"]):
        raise session.refuse(translate("Errors", "This customer is not one of your records."), atom="scope",
                             entity="customer", entity_id=row["id"])
    return row


def writable_row(session: Session, customer_id: int, what: str = "change"):
    """``customer_row`` for writers: also refuses a record whose processing is restricted."""
    row = customer_row(session, customer_id)
    check_processing_allowed(session, row["id"], what)
    return row


def is_restricted(conn, customer_id: int) -> bool:
    return conn.execute("SELECT 1 FROM restrictions WHERE customer_id = ?", (int(customer_id),)).fetchone() is not None


def check_processing_allowed(session: Session, customer_id: int, what: str = "change") -> None:
    """Restricted records: no edits or exports but by privacy managers (records services call this)."""
    if is_restricted(session.conn, customer_id) and not session.can("privacy.manage"):
        raise session.refuse(translate("Errors", _RESTRICTED.get(what, _RESTRICTED["change"])),
                             atom="privacy.manage", entity="customer", entity_id=customer_id)


# what a restricted record refuses, by the action tried (``what``)
_RESTRICTED = {
    "change": QT_TRANSLATE_NOOP("Errors", "Processing of this person is restricted (GDPR art. 18): you cannot"
                                          " change it. Ask your privacy manager."),
    "delete": QT_TRANSLATE_NOOP("Errors", "Processing of this person is restricted (GDPR art. 18): you cannot"
                                          " delete it. Ask your privacy manager."),
    "restore": QT_TRANSLATE_NOOP("Errors", "Processing of this person is restricted (GDPR art. 18): you cannot"
                                           " restore it. Ask your privacy manager."),
    "merge": QT_TRANSLATE_NOOP("Errors", "Processing of this person is restricted (GDPR art. 18): you cannot"
                                         " merge it. Ask your privacy manager."),
    "export": QT_TRANSLATE_NOOP("Errors", "Processing of this person is restricted (GDPR art. 18): you cannot"
                                          " export it. Ask your privacy manager."),
}


def restricted_ids(conn) -> set[int]:
    return {r[0] for r in conn.execute("SELECT customer_id FROM restrictions")}
