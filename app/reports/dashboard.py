"""The dashboard's figures, each from one SQL query, always in the viewer's record scope (a
profile with scope ``own`` sees only its own customers, their deals, interactions and tasks).

Months and weeks are UTC calendar months and ISO weeks (Monday first) of the stored UTC times;
the windows end at the current month / week (``vault.clock``). Nothing is cached: every call
reads the vault, so an erased person's data is gone from the next figures (docs/ARCHITECTURE.md,
"Dashboard")."""
from __future__ import annotations

import datetime as dt

from vault import clock

from ..session import Session
from .pipeline import stage_totals

OPEN_STAGES = ("open", "qualified", "proposal", "negotiation")


def _scope(session: Session, alias: str = "c") -> tuple[str, list]:
    if session.scope_all:
        return f"{alias}.deleted_at IS NULL", []
    return f"{alias}.deleted_at IS NULL AND {alias}.owner_id = ?", [session.user_id]


def last_months(n: int, today: dt.date | None = None) -> list[str]:
    """The ``n`` calendar months up to this one, oldest first ("2024-05")."""
    today = today or clock.utcnow().date()
    y, m = today.year, today.month
    out = []
    for _ in range(n):
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y, m - 1) if m > 1 else (y - 1, 12)
    return out[::-1]


def last_weeks(n: int, today: dt.date | None = None) -> list[str]:
    """The Mondays of the ``n`` weeks up to this one, oldest first ("2024-05-06")."""
    today = today or clock.utcnow().date()
    monday = today - dt.timedelta(days=today.weekday())
    return [(monday - dt.timedelta(weeks=k)).isoformat() for k in range(n - 1, -1, -1)]


def pipeline_value(session: Session) -> dict[str, dict[str, int]]:
    """Open deals' value per stage, per currency: {stage: {currency: minor units}}."""
    totals = stage_totals(session)
    return {s: dict(totals[s]["amounts"]) for s in OPEN_STAGES}


def won_lost(session: Session, months: int = 12) -> list[dict]:
    """Deals closed won / lost per month (by ``closed_at``): [{month, won, lost}]."""
    session.require("deals.read")
    keys = last_months(months)
    where, args = _scope(session)
    rows = {k: {"month": k, "won": 0, "lost": 0} for k in keys}
    for month, stage, n in session.conn.execute(
            "SELECT substr(d.closed_at, 1, 7), d.stage, count(*) FROM deals d JOIN customers c ON c.id = d.customer_id"
            f" WHERE {where} AND d.stage IN ('won', 'lost') AND d.closed_at >= ? GROUP BY 1, 2", args + [keys[0]]):
        if month in rows:
            rows[month][stage] = n
    return [rows[k] for k in keys]


def _names(session: Session, ids) -> dict[str, str]:
    ids = [i for i in ids if i]
    if not ids:
        return {}
    return {r[0]: r[1] or r[2] for r in session.conn.execute(
        f"SELECT id, display_name, username FROM users WHERE id IN ({', '.join('?' * len(ids))})", ids)}


def activities(session: Session, weeks: int = 8) -> dict:
    """Interactions per user (who had them) per week: {weeks: [Monday…], users: [{id, name, counts}]}."""
    session.require("customers.read")
    keys = last_weeks(weeks)
    where, args = _scope(session)
    per: dict[str, dict[str, int]] = {}
    for user, week, n in session.conn.execute(
            "SELECT i.user_id, date(substr(i.occurred_at, 1, 10), 'weekday 0', '-6 days') AS week, count(*)"
            f" FROM interactions i JOIN customers c ON c.id = i.customer_id WHERE {where}"
            " AND i.occurred_at >= ? GROUP BY 1, 2", args + [keys[0]]):
        if week in keys:
            per.setdefault(user or "", {})[week] = n
    names = _names(session, per)
    users = [{"id": u, "name": names.get(u, "") if u else "", "counts": [per[u].get(k, 0) for k in keys]}
             for u in per]
    users.sort(key=lambda x: (x["name"].casefold(), x["id"]))
    return {"weeks": keys, "users": users}


def new_customers(session: Session, months: int = 12) -> list[dict]:
    """Customers created per month (not in the bin): [{month, count}]."""
    session.require("customers.read")
    keys = last_months(months)
    where, args = _scope(session)
    counts = dict(session.conn.execute(
        f"SELECT substr(c.created_at, 1, 7), count(*) FROM customers c WHERE {where} AND c.created_at >= ?"
        " GROUP BY 1", args + [keys[0]]).fetchall())
    return [{"month": k, "count": counts.get(k, 0)} for k in keys]


def overdue_tasks(session: Session, today: str | None = None) -> list[dict] | None:
    """Open tasks due before today per owner: [{id, name, count}]; None on a vault without tasks.
    A task on a customer follows that customer's scope; one without, its owner's."""
    session.require("customers.read")
    conn = session.conn
    if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'tasks'").fetchone() is None:
        return None
    today = today or dt.datetime.fromtimestamp(clock.now()).date().isoformat()   # the local calendar day
    if session.scope_all:
        scope, args = "(t.customer_id IS NULL OR c.deleted_at IS NULL)", []
    else:
        scope = "((t.customer_id IS NULL AND t.owner_id = ?) OR (c.deleted_at IS NULL AND c.owner_id = ?))"
        args = [session.user_id, session.user_id]
    rows = conn.execute(
        "SELECT t.owner_id, count(*) FROM tasks t LEFT JOIN customers c ON c.id = t.customer_id"
        f" WHERE t.done_at IS NULL AND t.due_date < ? AND {scope} GROUP BY 1", [today] + args).fetchall()
    names = _names(session, [r[0] for r in rows])
    out = [{"id": r[0] or "", "name": names.get(r[0], "") if r[0] else "", "count": r[1]} for r in rows]
    out.sort(key=lambda x: (x["name"].casefold(), x["id"]))
    return out


def figures(session: Session) -> dict:
    """Every chart the viewer's profile allows (a chart it does not allow is None)."""
    deals_ok, customers_ok = session.can("deals.read"), session.can("customers.read")
    return {"pipeline": pipeline_value(session) if deals_ok else None,
            "won_lost": won_lost(session) if deals_ok else None,
            "activities": activities(session) if customers_ok else None,
            "new_customers": new_customers(session) if customers_ok else None,
            "overdue_tasks": overdue_tasks(session) if customers_ok else None}
