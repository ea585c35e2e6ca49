"""Erasing a person from the records (GDPR art. 17): ``anonymise`` keeps only the anonymised
shell and the bookkeeping. Used by ``app.privacy`` (erasure, retention) and by ``app.ledger``
(erasures re-applied after a restore).
"""
from __future__ import annotations

from vault import clock

from .. import audit
from ..session import Session
from .attachments import erase_of as erase_attachments
from .customers import _rename_company_members, drop_tag_links, reindex

ERASED = "[erased]"


def merged_into(conn, cid: int) -> list[int]:
    """Records merged into ``cid`` (and into those, and so on): deleted copies of the same person."""
    found: list[int] = []
    todo = [cid]
    while todo:
        rows = [r[0] for r in conn.execute("SELECT id FROM customers WHERE merged_into = ? AND erased_at IS NULL",
                                           (todo.pop(),)) if r[0] != cid and r[0] not in found]
        found += rows
        todo += rows
    return sorted(found)


def anonymise(session: Session, cid: int) -> str:
    """Erase everything held about the person but the anonymised shell (id, kind, status, owner,
    dates) and the bookkeeping (deal amounts and line items). Runs with ``secure_delete`` on; the
    caller holds the transaction (``secure_deletion``: the WAL is truncated after the commit).

    The company: the name kept on the person's own record and the link go; a company record
    itself is another customer and stays (others may belong to it, it has its own deals). A sole
    trader's firm named after the person is erased by erasing that record too. Erasing a company
    record also replaces the copy of its name kept on its members' records."""
    conn = session.conn
    at = clock.iso()
    conn.execute("PRAGMA secure_delete = ON")
    erase_attachments(conn, cid)  # their files, and the copies of the chunks in the sync outbox
    name = f"Erased person #{cid}"
    kind = conn.execute("SELECT kind FROM customers WHERE id = ?", (cid,)).fetchone()[0]
    conn.execute(
        "UPDATE customers SET display_name = ?, sort_name = ?, given_name = '', family_name = '', job_title = '',"
        " company_id = NULL, company_name = '', company_sort = '',"
        " notes = '', email = '', phone = '', city = '', city_sort = '', erased_at = ?, updated_at = ?,"
        " updated_by = ?, version = version + 1 WHERE id = ?",
        (name, name.casefold(), at, at, session.user_id, cid))
    if kind == "company":
        _rename_company_members(conn, cid, name)
    for table in ("customer_emails", "customer_phones", "customer_addresses", "customer_custom_values",
                  "customer_sensitive", "purchase_preferences"):
        conn.execute(f"DELETE FROM {table} WHERE customer_id = ?", (cid,))
    drop_tag_links(conn, cid)
    conn.execute("DELETE FROM tasks WHERE customer_id = ? OR deal_id IN (SELECT id FROM deals WHERE customer_id = ?)",
                 (cid, cid))
    conn.execute("UPDATE interactions SET summary = ? WHERE customer_id = ?", (ERASED, cid))
    conn.execute("UPDATE deals SET notes = '', title = ? WHERE customer_id = ?", (ERASED, cid))
    conn.execute("UPDATE consents SET source = '' WHERE customer_id = ?", (cid,))
    conn.execute("UPDATE restrictions SET reason = '' WHERE customer_id = ?", (cid,))
    reindex(conn, cid, None)
    audit.shred_person_key(session, str(cid), conn=conn)
    return at
