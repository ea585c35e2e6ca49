"""Appending entries: ``record`` (and the refusals it flushes), and entries about someone else."""
from __future__ import annotations

from typing import Any

from vault import clock
from vault.db import sqlite_error, transaction
from vault.errors import CrmError

from .. import alert_rules
from .chain import GENESIS, _hash, canonical_json
from .keys import _seal_details, audit_key


def record(session, action: str, *, entity: str | None = None, entity_id: str | None = None,
           details: dict[str, Any] | None = None, person_id: str | None = None, conn=None) -> int:
    """Append one entry; returns its ``seq``. ``person_id``: ``details`` are sealed with that
    person's key. ``conn``: defaults to the session's connection (joins its transaction, so a
    rolled-back change leaves no entry). Security alert rules run on the new entry."""
    if getattr(session, "pending_refusals", None) and not session.conn.in_transaction:
        flush_refusals(session)  # refusals made inside a transaction that has ended: before this entry
    conn = conn or session.conn
    key = audit_key(session.vault)
    entity_id = None if entity_id is None else str(entity_id)
    person_id = None if person_id is None else str(person_id)
    user_id = session.user_id
    username = session.username
    at = clock.iso()
    with transaction(conn):
        if details is not None and person_id is not None:
            stored = canonical_json(_seal_details(session, conn, person_id, details))
        else:
            stored = None if details is None else canonical_json(details)
        head = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
        seq, prev = (int(head[0]) + 1, bytes(head[1])) if head else (1, GENESIS)
        if getattr(session, "audit_first_seq", None) is None:
            session.audit_first_seq = seq  # this session's first entry (anchors older than it that fail: cut)
        fields = (seq, at, user_id, username, action, entity, entity_id, person_id, stored)
        conn.execute("INSERT INTO audit_log (seq, at, user_id, username, action, entity, entity_id, person_id,"
                     " details, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", (*fields, _hash(key, prev, fields)))
        alert_rules.on_entry(session, conn, {"seq": seq, "at": at, "user_id": user_id, "username": username,
                                        "action": action, "entity": entity, "entity_id": entity_id,
                                        "details": details or {}})
    return seq


def flush_refusals(session) -> None:
    """Write the session's pending permission refusals (``Session.refuse``) as
    ``permission.denied`` entries, each in its own small transaction. Not inside an open
    transaction (the caller's, which may roll back: they wait for the next entry or the lock),
    not when the vault is locked, never recursively; a failure to write keeps them pending and
    never hides the refusal itself."""
    pending = getattr(session, "pending_refusals", None)
    if not pending or getattr(session, "_flushing_refusals", False) or not session.is_open \
            or session.vault.conn.in_transaction:
        return
    session._flushing_refusals = True
    try:
        while pending:
            r = pending[0]
            try:
                record(session, "permission.denied", entity=r["entity"], entity_id=r["entity_id"],
                       details=r["details"])
            except (CrmError, sqlite_error):
                return
            pending.pop(0)
    finally:
        session._flushing_refusals = False


def record_reveal(session, customer_id, field: str) -> int:
    """The UI shows a sensitive value that was hidden behind "Reveal": needs ``sensitive.read``;
    records which field of which customer (not the value)."""
    session.require("sensitive.read")
    return record(session, "customer.reveal", entity="customer", entity_id=str(customer_id),
                  details={"field": str(field)})


def _append_raw(session, conn, action, *, user_id, username, entity=None, entity_id=None, details=None) -> int:
    """An entry about someone other than the session's user (failed sign-ins)."""
    key = audit_key(session.vault)
    stored = None if details is None else canonical_json(details)
    head = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = (int(head[0]) + 1, bytes(head[1])) if head else (1, GENESIS)
    fields = (seq, clock.iso(), user_id, username, action, entity, entity_id, None, stored)
    conn.execute("INSERT INTO audit_log (seq, at, user_id, username, action, entity, entity_id, person_id,"
                 " details, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", (*fields, _hash(key, prev, fields)))
    return seq
