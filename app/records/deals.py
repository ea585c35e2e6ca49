"""Deals / orders with line items, a customer's purchase history and purchase preferences.

Amounts are integer minor units (cents) with an ISO currency code; floats are refused. A deal
with line items is worth the sum of quantity × unit price.
"""
from __future__ import annotations

from vault import clock
from vault.errors import ConflictError, NotFoundError, ValidationError
from vault.i18n import translate
from vault.text import clean_text

from .. import audit
from ..session import Session
from .interactions import parse_when
from .rows import customer_row, writable_row
from .validation import MAX_QUANTITY, bounded_amount, check_currency, parse_amount, parse_date

STAGES = ("open", "qualified", "proposal", "negotiation", "won", "lost")
CLOSED = ("won", "lost")


def _items(items) -> list[tuple[str, int, int]]:
    out, errors = [], {}
    for i, item in enumerate(items or []):
        product = clean_text(str(item.get("product") or "")).strip()
        try:
            qty = int(item.get("quantity", 1))
            if isinstance(item.get("quantity", 1), float) or not 1 <= qty <= MAX_QUANTITY:
                raise ValueError
        except (TypeError, ValueError):
            errors[f"items[{i}].quantity"] = translate("Errors", "a whole number from 1 to {maximum}").format(
                maximum=f"{MAX_QUANTITY:,}")
            qty = 1
        try:
            price = parse_amount(item.get("unit_price_minor", 0), f"items[{i}].unit_price_minor")
        except ValidationError as exc:
            errors.update(exc.fields)
            price = 0
        if not product:
            errors[f"items[{i}].product"] = translate("Errors", "a product is needed")
        out.append((product, qty, price))
    if errors:
        raise ValidationError("; ".join(f"{k}: {v}" for k, v in errors.items()), fields=errors)
    return out


def _clean(data: dict) -> dict:
    errors = {}
    title = clean_text(str(data.get("title") or "")).strip()
    if not title:
        errors["title"] = translate("Errors", "a title is needed")
    stage = data.get("stage") or "open"
    if stage not in STAGES:
        errors["stage"] = translate("Errors", "one of {choices}").format(choices=", ".join(STAGES))
    try:
        currency = check_currency(data.get("currency") or "EUR")
    except ValidationError as exc:
        errors.update(exc.fields)
        currency = "EUR"
    expected = data.get("expected_close") or None
    if expected and parse_date(str(expected)) is None:
        errors["expected_close"] = translate("Errors", "{value} is not a date (YYYY-MM-DD)").format(
            value=repr(expected))
    items = []
    try:
        items = _items(data.get("items"))
    except ValidationError as exc:
        errors.update(exc.fields)
    amount = data.get("amount_minor")
    if items:
        total = sum(q * p for _, q, p in items)
        try:
            bounded_amount(total, "amount_minor")
            if amount not in (None, "") and parse_amount(amount) != total:
                errors["amount_minor"] = translate("Errors", "the line items add up to {total}, not {amount}").format(
                    total=total, amount=amount)
        except ValidationError as exc:
            errors.update(exc.fields)
        amount = total
    else:
        try:
            amount = parse_amount(amount or 0, "amount_minor")
        except ValidationError as exc:
            errors.update(exc.fields)
            amount = 0
    closed = data.get("closed_at") or None
    if closed:
        try:
            closed = parse_when(closed, "closed_at")
        except ValidationError as exc:
            errors.update(exc.fields)
    if stage in CLOSED and not closed:
        closed = clock.iso()
    if stage not in CLOSED:
        closed = None
    if errors:
        raise ValidationError("; ".join(f"{k}: {v}" for k, v in errors.items()), fields=errors)
    return {"title": title, "stage": stage, "currency": currency, "expected_close": parse_date(str(expected))
            if expected else None, "amount_minor": amount, "closed_at": closed, "notes": clean_text(str(data.get("notes") or ""), multiline=True),
            "items": items}


def create_deal(session: Session, customer_id: int, data: dict) -> int:
    """``data``: title, amount_minor (int cents or "12.50"), currency, stage, expected_close,
    closed_at, notes, items [{product, quantity, unit_price_minor}]."""
    session.require("deals.write")
    row = writable_row(session, customer_id)
    d = _clean(data)
    now = clock.iso()
    conn = session.conn
    with session.vault.transaction():
        did = conn.execute(
            "INSERT INTO deals (customer_id, title, amount_minor, currency, stage, expected_close, closed_at, owner_id,"
            " notes, created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (row["id"], d["title"], d["amount_minor"], d["currency"], d["stage"], d["expected_close"], d["closed_at"],
             session.user_id, d["notes"], now, session.user_id, now, session.user_id)).lastrowid
        conn.executemany("INSERT INTO deal_items (deal_id, position, product, quantity, unit_price_minor)"
                         " VALUES (?, ?, ?, ?, ?)", [(did, i, *it) for i, it in enumerate(d["items"])])
        audit.record(session, "deal.create", entity="deal", entity_id=did, person_id=str(row["id"]),
                     details={"customer_id": row["id"], "title": d["title"], "amount_minor": d["amount_minor"],
                              "currency": d["currency"], "stage": d["stage"]})
    return did


def _deal_row(session: Session, deal_id: int, *, write: bool = False):
    r = session.conn.execute("SELECT * FROM deals WHERE id = ?", (deal_id,)).fetchone()
    if r is None:
        raise NotFoundError(translate("Errors", "There is no deal {id}.").format(id=deal_id))
    (writable_row if write else customer_row)(session, r["customer_id"])  # scope (and restriction for writers)
    return r


def get_deal(session: Session, deal_id: int) -> dict:
    session.require("deals.read")
    r = _deal_row(session, deal_id)
    deal = dict(r)
    deal["items"] = [dict(i) for i in session.conn.execute(
        "SELECT product, quantity, unit_price_minor FROM deal_items WHERE deal_id = ? ORDER BY position, id",
        (deal_id,))]
    return deal


def update_deal(session: Session, deal_id: int, changes: dict, expected_version: int) -> int:
    session.require("deals.write")
    r = _deal_row(session, deal_id, write=True)
    if int(r["version"]) != int(expected_version):
        raise ConflictError(translate("Errors", "The deal {title} was changed by someone else since you opened it;"
                                                " reload it.").format(title=repr(r["title"])),
                            current_version=r["version"])
    current = get_deal(session, deal_id)
    merged = {**current, **changes}
    if "items" not in changes and current["items"] and "amount_minor" in changes:
        merged["items"] = []  # an explicit amount replaces the line items' sum
    if "stage" in changes and changes["stage"] not in CLOSED:
        merged["closed_at"] = None
    if "stage" in changes and changes["stage"] in CLOSED and current["stage"] not in CLOSED \
            and "closed_at" not in changes:
        merged["closed_at"] = None  # closes now
    d = _clean(merged)
    conn = session.conn
    with session.vault.transaction():
        cur = conn.execute(
            "UPDATE deals SET title = ?, amount_minor = ?, currency = ?, stage = ?, expected_close = ?, closed_at = ?,"
            " notes = ?, updated_at = ?, updated_by = ?, version = version + 1 WHERE id = ? AND version = ?",
            (d["title"], d["amount_minor"], d["currency"], d["stage"], d["expected_close"], d["closed_at"], d["notes"],
             clock.iso(), session.user_id, deal_id, int(expected_version)))
        if cur.rowcount != 1:
            raise ConflictError(translate("Errors", "The deal was changed by someone else since you opened it;"
                                                    " reload it."))
        conn.execute("DELETE FROM deal_items WHERE deal_id = ?", (deal_id,))
        conn.executemany("INSERT INTO deal_items (deal_id, position, product, quantity, unit_price_minor)"
                         " VALUES (?, ?, ?, ?, ?)", [(deal_id, i, *it) for i, it in enumerate(d["items"])])
        diff = {k: {"before": current.get(k), "after": d[k]} for k in ("title", "amount_minor", "currency", "stage",
                                                                       "expected_close", "closed_at")
                if current.get(k) != d[k]}
        audit.record(session, "deal.update", entity="deal", entity_id=deal_id, details={"changes": diff},
                     person_id=str(r["customer_id"]))
    return int(expected_version) + 1


def delete_deal(session: Session, deal_id: int) -> None:
    session.require("deals.write")
    r = _deal_row(session, deal_id, write=True)
    with session.vault.transaction():
        session.conn.execute("DELETE FROM deals WHERE id = ?", (deal_id,))
        audit.record(session, "deal.delete", entity="deal", entity_id=deal_id, details={"customer_id": r["customer_id"]},
                     person_id=str(r["customer_id"]))


def list_deals(session: Session, customer_id: int) -> list[dict]:
    session.require("deals.read")
    row = customer_row(session, customer_id)
    return [dict(r) for r in session.conn.execute(
        "SELECT id, title, amount_minor, currency, stage, expected_close, closed_at, version FROM deals"
        " WHERE customer_id = ? ORDER BY created_at DESC, id DESC", (row["id"],))]


def purchase_history(session: Session, customer_id: int) -> dict:
    """Won deals with their line items, newest first, and totals per currency (minor units)."""
    session.require("deals.read")
    row = customer_row(session, customer_id)
    conn = session.conn
    deals = [dict(r) for r in conn.execute(
        "SELECT id, title, amount_minor, currency, closed_at FROM deals WHERE customer_id = ? AND stage = 'won'"
        " ORDER BY closed_at DESC, id DESC", (row["id"],))]
    totals: dict[str, int] = {}
    for d in deals:
        d["items"] = [dict(i) for i in conn.execute(
            "SELECT product, quantity, unit_price_minor FROM deal_items WHERE deal_id = ? ORDER BY position, id",
            (d["id"],))]
        totals[d["currency"]] = totals.get(d["currency"], 0) + d["amount_minor"]
    return {"deals": deals, "totals": totals}


# ----------------------------------------------------------------------------- preferences
def add_preference(session: Session, customer_id: int, category: str, preference: str = "", notes: str = "") -> int:
    session.require("customers.update")
    row = writable_row(session, customer_id)
    category = clean_text(category or "").strip()
    preference, notes = clean_text(preference or ""), clean_text(notes or "", multiline=True)
    if not category:
        raise ValidationError(translate("Errors", "category: a category is needed"),
                              fields={"category": translate("Errors", "needed")})
    with session.vault.transaction():
        pid = session.conn.execute(
            "INSERT INTO purchase_preferences (customer_id, category, preference, notes, created_at)"
            " VALUES (?, ?, ?, ?, ?)", (row["id"], category[:200], (preference or "").strip()[:2000],
                                        (notes or "").strip()[:20000], clock.iso())).lastrowid
        audit.record(session, "preference.add", entity="customer", entity_id=row["id"],
                     details={"category": category, "preference": preference}, person_id=str(row["id"]))
    return pid


def list_preferences(session: Session, customer_id: int) -> list[dict]:
    session.require("customers.read")
    row = customer_row(session, customer_id)
    return [dict(r) for r in session.conn.execute(
        "SELECT id, category, preference, notes, created_at FROM purchase_preferences WHERE customer_id = ?"
        " ORDER BY category, id", (row["id"],))]


def remove_preference(session: Session, preference_id: int) -> None:
    session.require("customers.update")
    r = session.conn.execute("SELECT customer_id FROM purchase_preferences WHERE id = ?", (preference_id,)).fetchone()
    if r is None:
        raise NotFoundError(translate("Errors", "There is no preference {id}.").format(id=preference_id))
    writable_row(session, r[0])
    with session.vault.transaction():
        session.conn.execute("DELETE FROM purchase_preferences WHERE id = ?", (preference_id,))
        audit.record(session, "preference.remove", entity="customer", entity_id=r[0])
