"""Attachments on a customer or a deal (``app.records.attachments``): reads return data, writes
return ``Changes`` naming the customer, so the detail pane and an open deal editor follow."""
from __future__ import annotations

from ..records import attachments
from ..session import Session
from .changes import Changes


def listing(session: Session, customer_id: int | None = None, deal_id: int | None = None) -> dict:
    """The files and what this profile may do with them."""
    items = attachments.list_for(session, customer_id, deal_id)
    per_file, per_vault = attachments.limits(session.conn)
    write = "deals.write" if deal_id is not None else "customers.update"
    return {"items": items, "can_write": session.can(write), "max_file": per_file, "max_vault": per_vault}


def add_file(session: Session, customer_id: int, path: str, deal_id: int | None = None) -> Changes:
    aid = attachments.add_file(session, customer_id, path, deal_id=deal_id)
    return Changes.of(customer_id, result=aid)


def add_bytes(session: Session, customer_id: int, data: bytes, name: str, deal_id: int | None = None) -> Changes:
    aid = attachments.add(session, customer_id, data, name, deal_id=deal_id)
    return Changes.of(customer_id, result=aid)


def remove(session: Session, attachment_id: int) -> Changes:
    cid = attachments.delete(session, attachment_id)
    return Changes.of(cid, result=attachment_id)


def view(session: Session, attachment_id: int) -> tuple[dict, bytes]:
    """The file's metadata and bytes, for the in-app viewer (audited as a view; held in memory only)."""
    return attachments.content(session, attachment_id)


def save_copy(session: Session, attachment_id: int, path: str, force: bool = False) -> str:
    return attachments.save_copy(session, attachment_id, path, force=force)
