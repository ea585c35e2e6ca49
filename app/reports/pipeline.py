"""The pipeline board's data: deal ids per stage (in board order), the cards' display rows, and
the totals per stage and currency. Amounts stay per currency: nothing here converts or sums two
currencies together. Scope: a deal is in reach when its customer is (not in the bin, and owned by
the viewer for a profile with scope ``own``), as for every other deal read."""
from __future__ import annotations

from array import array
from dataclasses import dataclass

from vault.errors import ValidationError
from vault.i18n import translate

from ..records.deals import STAGES
from ..records.validation import parse_date
from ..session import Session


@dataclass(frozen=True)
class BoardFilter:
    """``owner_id``: deals owned by this user. ``close_from``/``close_to``: expected close on or
    after / on or before (YYYY-MM-DD; a deal without an expected close is left out then)."""
    owner_id: str | None = None
    close_from: str | None = None
    close_to: str | None = None


def _where(session: Session, f: BoardFilter) -> tuple[str, list]:
    where = ["c.deleted_at IS NULL"]
    args: list = []
    if not session.scope_all:
        where.append("c.owner_id = ?")
        args.append(session.user_id)
    if f.owner_id:
        where.append("d.owner_id = ?")
        args.append(f.owner_id)
    for value, op, name in ((f.close_from, ">=", "close_from"), (f.close_to, "<=", "close_to")):
        if value:
            day = parse_date(str(value))
            if day is None:
                raise ValidationError(translate("Errors", "{value} is not a date (YYYY-MM-DD)").format(
                    value=repr(value)), fields={name: translate("Errors", "a date (YYYY-MM-DD)")})
            where.append(f"d.expected_close {op} ?")
            args.append(day)
    return " AND ".join(where), args


_FROM = "deals d JOIN customers c ON c.id = d.customer_id"
_ORDER = "d.expected_close IS NULL, d.expected_close, d.id"   # soonest close first, undated last


def stage_ids(session: Session, f: BoardFilter | None = None) -> dict[str, array]:
    """Every stage's deal ids in board order (all stages present, maybe empty)."""
    session.require("deals.read")
    where, args = _where(session, f or BoardFilter())
    out = {s: array("q") for s in STAGES}
    for stage, did in session.conn.execute(f"SELECT d.stage, d.id FROM {_FROM} WHERE {where} ORDER BY {_ORDER}",
                                           args):
        out[stage].append(did)
    return out


def stage_totals(session: Session, f: BoardFilter | None = None) -> dict[str, dict]:
    """Per stage: ``count`` and ``amounts`` {currency: minor units}, each currency apart."""
    session.require("deals.read")
    where, args = _where(session, f or BoardFilter())
    out = {s: {"count": 0, "amounts": {}} for s in STAGES}
    for stage, currency, n, total in session.conn.execute(
            f"SELECT d.stage, d.currency, count(*), sum(d.amount_minor) FROM {_FROM} WHERE {where}"
            " GROUP BY d.stage, d.currency ORDER BY d.stage, d.currency", args):
        out[stage]["count"] += n
        out[stage]["amounts"][currency] = int(total)
    return out


CARD_COLUMNS = ("id", "customer_id", "title", "amount_minor", "currency", "stage", "expected_close", "version",
                "customer_name", "owner_id", "owner_name")


def card_rows(session: Session, ids) -> list[dict]:
    """The cards of these deals, in the order given (deals gone or out of reach are left out)."""
    session.require("deals.read")
    ids = [int(i) for i in ids]
    if not ids:
        return []
    where, args = _where(session, BoardFilter())
    found = {}
    for r in session.conn.execute(
            "SELECT d.id, d.customer_id, d.title, d.amount_minor, d.currency, d.stage, d.expected_close, d.version,"
            " c.display_name, d.owner_id, u.display_name FROM deals d JOIN customers c ON c.id = d.customer_id"
            f" LEFT JOIN users u ON u.id = d.owner_id WHERE d.id IN ({', '.join('?' * len(ids))}) AND {where}",
            ids + args):
        found[r[0]] = dict(zip(CARD_COLUMNS, r, strict=True))
    return [found[i] for i in ids if i in found]


def deal_owners(session: Session) -> list[dict]:
    """The users owning deals the viewer can see (for the owner filter): id and name."""
    session.require("deals.read")
    where, args = _where(session, BoardFilter())
    return [{"id": r[0], "name": r[1] or r[2] or r[0]} for r in session.conn.execute(
        f"SELECT DISTINCT d.owner_id, u.display_name, u.username FROM {_FROM} LEFT JOIN users u ON u.id = d.owner_id"
        f" WHERE {where} AND d.owner_id IS NOT NULL ORDER BY u.display_name COLLATE NOCASE", args)]
