"""Tasks and reminders (issue 16): a title, a due date and optional time, an owner, a customer
and/or deal, a priority, notes, done/undone and an optional repetition.

Who may do what (docs/ARCHITECTURE.md, "Tasks"): reading needs ``customers.read``, writing
``interactions.write`` (following up is part of logging the work). A profile of scope ``all``
reaches every task; scope ``own`` reaches the tasks it owns and the tasks on customers it owns,
and gives new tasks only to itself. A task on a customer in the bin is hidden until it comes back;
a task on a restricted customer (GDPR art. 18) cannot be changed but by a privacy manager. A task
on a deal is always on that deal's customer, so scope, subject export and erasure follow the
customer. Times: ``due_date``/``due_time`` are the owner's local calendar; ``remind_at`` is UTC
ISO text (the due moment, 09:00 local for a task without a time, later after a snooze).
"""
from __future__ import annotations

import datetime as dt
import re

from vault import clock
from vault.errors import ConflictError, NotFoundError, ValidationError
from vault.i18n import translate
from vault.text import clean_text

from .. import audit
from ..session import Session
from .rows import check_processing_allowed, customer_row
from .validation import parse_date

REPEATS = ("daily", "weekly", "monthly")
PRIORITIES = {"high": 1, "normal": 2, "low": 3}
MAX_TITLE = 500
MAX_NOTES = 20_000
ALL_DAY_REMINDER = dt.time(9, 0)

_COLUMNS = ("t.id, t.uid, t.title, t.due_date, t.due_time, t.remind_at, t.owner_id, u.display_name AS owner_name,"
            " t.customer_id, c.display_name AS customer_name, t.deal_id, d.title AS deal_title, t.priority,"
            " t.notes, t.repeat, t.done_at, t.done_by, t.created_at, t.updated_at, t.version")
_FROM = (" FROM tasks t LEFT JOIN customers c ON c.id = t.customer_id LEFT JOIN deals d ON d.id = t.deal_id"
         " LEFT JOIN users u ON u.id = t.owner_id")


def today() -> dt.date:
    """The local calendar date by the one clock."""
    return dt.datetime.fromtimestamp(clock.now()).date()


def remind_moment(due_date: str, due_time: str | None) -> str:
    """The UTC ISO moment a task's reminder fires: its local due moment (09:00 without a time)."""
    t = dt.time.fromisoformat(due_time) if due_time else ALL_DAY_REMINDER
    local = dt.datetime.combine(dt.date.fromisoformat(due_date), t).astimezone()
    return local.astimezone(dt.UTC).isoformat(timespec="seconds")


def next_due(due: dt.date, repeat: str, after: dt.date) -> dt.date:
    """The next occurrence of a repeating task due on ``due``: the first one after ``after`` (a
    daily task completed three days late does not leave two overdue copies behind)."""
    nxt = due
    while nxt <= after or nxt == due:
        if repeat == "daily":
            nxt += dt.timedelta(days=1)
        elif repeat == "weekly":
            nxt += dt.timedelta(days=7)
        else:
            month = nxt.month % 12 + 1
            year = nxt.year + (nxt.month == 12)
            day = min(due.day, _days_in(year, month))
            nxt = dt.date(year, month, day)
    return nxt


def _days_in(year: int, month: int) -> int:
    return ((dt.date(year + (month == 12), month % 12 + 1, 1)) - dt.timedelta(days=1)).day


# ----------------------------------------------------------------------------- validation
def _priority(value, errors: dict) -> int:
    if value in (None, ""):
        return 2
    if isinstance(value, str) and value.lower() in PRIORITIES:
        return PRIORITIES[value.lower()]
    if isinstance(value, int) and not isinstance(value, bool) and value in (1, 2, 3):
        return value
    errors["priority"] = translate("Errors", "one of {choices}").format(choices="high, normal, low")
    return 2


def _clean(data: dict) -> dict:
    """The task's fields from ``data`` (title, due_date, due_time, priority, notes, repeat)."""
    errors: dict[str, str] = {}
    title = clean_text(str(data.get("title") or "")).strip()
    if not title:
        errors["title"] = translate("Errors", "a title is needed")
    elif len(title) > MAX_TITLE:
        errors["title"] = translate("Errors", "too long (at most {maximum} characters)").format(maximum=MAX_TITLE)
    due = parse_date(str(data.get("due_date") or ""))
    if due is None:
        errors["due_date"] = translate("Errors", "not a date (YYYY-MM-DD)")
    due_time = str(data.get("due_time") or "").strip() or None
    if due_time is not None:
        if not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", due_time):
            errors["due_time"] = translate("Errors", "not a time (HH:MM)")
    notes = clean_text(str(data.get("notes") or ""), multiline=True).strip()
    if len(notes) > MAX_NOTES:
        errors["notes"] = translate("Errors", "too long (at most {maximum} characters)").format(
            maximum=f"{MAX_NOTES:,}")
    repeat = data.get("repeat") or None
    if repeat is not None and repeat not in REPEATS:
        errors["repeat"] = translate("Errors", "one of {choices}").format(choices=", ".join(REPEATS))
    priority = _priority(data.get("priority"), errors)
    if errors:
        raise ValidationError("; ".join(f"{k}: {v}" for k, v in errors.items()), fields=errors)
    return {"title": title, "due_date": due, "due_time": due_time, "priority": priority, "notes": notes,
            "repeat": repeat}


def _links(session: Session, customer_id, deal_id) -> tuple[int | None, int | None]:
    """The customer and deal a task may be linked to (in scope, not restricted); a deal brings
    its customer."""
    conn = session.conn
    if deal_id not in (None, ""):
        d = conn.execute("SELECT customer_id FROM deals WHERE id = ?", (int(deal_id),)).fetchone()
        if d is None or (customer_id not in (None, "") and int(customer_id) != d[0]):
            raise ValidationError(translate("Errors", "deal: not a deal of this customer"),
                                  fields={"deal_id": translate("Errors", "not this customer's deal")})
        customer_id = d[0]
    if customer_id in (None, ""):
        return None, None
    row = customer_row(session, int(customer_id))
    check_processing_allowed(session, row["id"])
    return row["id"], None if deal_id in (None, "") else int(deal_id)


def _owner(session: Session, owner_id: str | None) -> str | None:
    if owner_id in (None, "") or owner_id == session.user_id:
        return session.user_id
    if not session.scope_all:
        raise session.refuse(translate("Errors", "You can give tasks only to yourself."), atom="scope",
                             entity="task")
    row = session.conn.execute("SELECT id FROM users WHERE (id = ? OR username = ?) AND status = 'active'",
                               (owner_id, owner_id)).fetchone()
    if row is None:
        raise ValidationError(translate("Errors", "owner: no such active user"),
                              fields={"owner_id": translate("Errors", "no such active user")})
    return row[0]


# ----------------------------------------------------------------------------- scope
def visible_sql(session: Session) -> tuple[str, tuple]:
    """The WHERE condition (over ``t`` and ``c``) of the tasks the session reaches."""
    base = "(t.customer_id IS NULL OR c.deleted_at IS NULL)"
    if session.scope_all:
        return base, ()
    return f"{base} AND (t.owner_id = ? OR c.owner_id = ?)", (session.user_id, session.user_id)


def _task(session: Session, task_id: int, *, write: bool = False):
    where, args = visible_sql(session)
    row = session.conn.execute(f"SELECT {_COLUMNS}{_FROM} WHERE t.id = ?", (int(task_id),)).fetchone()
    if row is None:
        raise NotFoundError(translate("Errors", "There is no task {id}.").format(id=task_id))
    if session.conn.execute(f"SELECT 1{_FROM} WHERE t.id = ? AND {where}", (int(task_id), *args)).fetchone() is None:
        raise session.refuse(translate("Errors", "This task is not one of yours."), atom="scope", entity="task",
                             entity_id=task_id)
    if write and row["customer_id"] is not None:
        check_processing_allowed(session, row["customer_id"])
    return row


def _audit(session: Session, action: str, task_id: int, customer_id, details: dict) -> None:
    audit.record(session, action, entity="task", entity_id=task_id, details=details,
                 person_id=None if customer_id is None else str(customer_id))


# ----------------------------------------------------------------------------- reads
def get_task(session: Session, task_id: int) -> dict:
    session.require("customers.read")
    return dict(_task(session, task_id))


def list_tasks(session: Session, *, start: str | None = None, end: str | None = None, done: bool | None = False,
               mine: bool = False, customer_id: int | None = None, limit: int = 5000) -> list[dict]:
    """Tasks the session reaches, by due date then time and priority; ``start``/``end``: due dates
    (inclusive); ``done``: False open ones, True done ones, None both; ``mine``: owned by the user."""
    session.require("customers.read")
    where, args = visible_sql(session)
    conds, params = [where], list(args)
    for cond, value in (("t.due_date >= ?", start), ("t.due_date <= ?", end), ("t.customer_id = ?", customer_id)):
        if value is not None:
            conds.append(cond)
            params.append(value)
    if done is not None:
        conds.append("t.done_at IS NOT NULL" if done else "t.done_at IS NULL")
    if mine:
        conds.append("t.owner_id = ?")
        params.append(session.user_id)
    sql = (f"SELECT {_COLUMNS}{_FROM} WHERE {' AND '.join(conds)}"
           " ORDER BY t.due_date, coalesce(t.due_time, '99:99'), t.priority, t.id LIMIT ?")
    return [dict(r) for r in session.conn.execute(sql, (*params, int(limit)))]


def due_reminders(session: Session, after: str, until: str) -> list[dict]:
    """The user's own open tasks whose reminder moment falls in (after, until]."""
    session.require("customers.read")
    where, args = visible_sql(session)
    return [dict(r) for r in session.conn.execute(
        f"SELECT {_COLUMNS}{_FROM} WHERE {where} AND t.owner_id = ? AND t.done_at IS NULL"
        " AND t.remind_at > ? AND t.remind_at <= ? ORDER BY t.remind_at, t.id",
        (*args, session.user_id, after, until))]


# ----------------------------------------------------------------------------- writes
def add_task(session: Session, data: dict) -> int:
    session.require("interactions.write")
    fields = _clean(data)
    customer_id, deal_id = _links(session, data.get("customer_id"), data.get("deal_id"))
    owner = _owner(session, data.get("owner_id"))
    return _insert(session, fields, owner, customer_id, deal_id)


def _insert(session: Session, f: dict, owner, customer_id, deal_id) -> int:
    at = clock.iso()
    with session.vault.transaction():
        tid = session.conn.execute(
            "INSERT INTO tasks (title, due_date, due_time, remind_at, owner_id, customer_id, deal_id, priority, notes,"
            " repeat, created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (f["title"], f["due_date"], f["due_time"], remind_moment(f["due_date"], f["due_time"]), owner,
             customer_id, deal_id, f["priority"], f["notes"], f["repeat"], at, session.user_id, at,
             session.user_id)).lastrowid
        _audit(session, "task.add", tid, customer_id, {"title": f["title"], "due_date": f["due_date"],
                                                       "customer_id": customer_id, "owner_id": owner})
    return tid


def update_task(session: Session, task_id: int, data: dict, version: int | None = None) -> int:
    """Change a task's fields (those in ``data``; the others stay); returns the new version."""
    session.require("interactions.write")
    row = _task(session, task_id, write=True)
    if version is not None and int(version) != row["version"]:
        raise ConflictError(translate("Errors", "Someone else changed this task meanwhile. Reload it."))
    merged = {k: row[k] for k in ("title", "due_date", "due_time", "priority", "notes", "repeat")} | data
    f = _clean(merged)
    customer_id, deal_id = row["customer_id"], row["deal_id"]
    if "customer_id" in data or "deal_id" in data:
        customer_id, deal_id = _links(session, data.get("customer_id", row["customer_id"]),
                                      data.get("deal_id", row["deal_id"]))
    owner = _owner(session, data["owner_id"]) if data.get("owner_id") else row["owner_id"]
    remind = row["remind_at"]
    if (f["due_date"], f["due_time"]) != (row["due_date"], row["due_time"]):
        remind = remind_moment(f["due_date"], f["due_time"])
    with session.vault.transaction():
        session.conn.execute(
            "UPDATE tasks SET title = ?, due_date = ?, due_time = ?, remind_at = ?, owner_id = ?, customer_id = ?,"
            " deal_id = ?, priority = ?, notes = ?, repeat = ?, updated_at = ?, updated_by = ?, version = version + 1"
            " WHERE id = ?", (f["title"], f["due_date"], f["due_time"], remind, owner, customer_id, deal_id,
                              f["priority"], f["notes"], f["repeat"], clock.iso(), session.user_id, row["id"]))
        changed = sorted(k for k in f if f[k] != row[k])
        _audit(session, "task.update", row["id"], customer_id, {"fields": changed, "title": f["title"]})
    return row["version"] + 1


def set_done(session: Session, task_id: int, done: bool = True) -> int | None:
    """Mark a task done (or open again). Completing a repeating task creates its next occurrence
    (returned: its id), due on the first repetition after today."""
    session.require("interactions.write")
    row = _task(session, task_id, write=True)
    if bool(row["done_at"]) == bool(done):
        return None
    at, next_id = clock.iso(), None
    with session.vault.transaction():
        session.conn.execute("UPDATE tasks SET done_at = ?, done_by = ?, updated_at = ?, updated_by = ?,"
                             " version = version + 1 WHERE id = ?",
                             (at if done else None, session.user_id if done else None, at, session.user_id,
                              row["id"]))
        _audit(session, "task.done" if done else "task.reopen", row["id"], row["customer_id"],
               {"title": row["title"]})
        if done and row["repeat"]:
            nxt = next_due(dt.date.fromisoformat(row["due_date"]), row["repeat"], today()).isoformat()
            f = {k: row[k] for k in ("title", "due_time", "priority", "notes", "repeat")} | {"due_date": nxt}
            next_id = _insert(session, f, row["owner_id"], row["customer_id"], row["deal_id"])
    return next_id


def snooze(session: Session, task_id: int, until: str) -> str:
    """Move a task's reminder to ``until`` (UTC ISO text); returns it."""
    session.require("interactions.write")
    row = _task(session, task_id, write=True)
    with session.vault.transaction():
        session.conn.execute("UPDATE tasks SET remind_at = ?, updated_at = ?, updated_by = ?, version = version + 1"
                             " WHERE id = ?", (until, clock.iso(), session.user_id, row["id"]))
        _audit(session, "task.snooze", row["id"], row["customer_id"], {"until": until})
    return until


def delete_task(session: Session, task_id: int) -> None:
    session.require("interactions.write")
    row = _task(session, task_id, write=True)
    with session.vault.transaction():
        session.conn.execute("DELETE FROM tasks WHERE id = ?", (row["id"],))
        _audit(session, "task.delete", row["id"], row["customer_id"], {"title": row["title"]})
