"""Tasks, My day, reminders and the calendar export (issue 16): the use cases the desktop app
and the command line share. Reads return data; writes return ``Changes`` with ``tasks`` set (and
the linked customer, whose detail may show it). Permission checks stay in ``app.records.tasks``.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from vault import clock
from vault.errors import UsageError
from vault.i18n import translate

from ..records import calendar, interactions
from ..records import tasks as records
from ..session import Session
from .changes import Changes

UPCOMING_DAYS = 7
SNOOZES = ("10m", "1h", "tomorrow")


@dataclass
class MyDay:
    today: str
    overdue: list[dict] = field(default_factory=list)
    due_today: list[dict] = field(default_factory=list)
    upcoming: list[dict] = field(default_factory=list)

    @property
    def rows(self) -> list[dict]:
        """Every task once, with its ``section`` (overdue, today, upcoming), in the view's order."""
        return ([{**t, "section": "overdue"} for t in self.overdue]
                + [{**t, "section": "today"} for t in self.due_today]
                + [{**t, "section": "upcoming"} for t in self.upcoming])


def my_day(session: Session, *, mine: bool = True) -> MyDay:
    """Open tasks: overdue, due today and due in the next 7 days (the user's own by default)."""
    today = records.today()
    end = (today + dt.timedelta(days=UPCOMING_DAYS)).isoformat()
    day = MyDay(today.isoformat())
    for t in records.list_tasks(session, end=end, done=False, mine=mine):
        if t["due_date"] < day.today:
            day.overdue.append(t)
        elif t["due_date"] == day.today:
            day.due_today.append(t)
        else:
            day.upcoming.append(t)
    return day


def get(session: Session, task_id: int) -> dict:
    return records.get_task(session, task_id)


def list_tasks(session: Session, **kw) -> list[dict]:
    return records.list_tasks(session, **kw)


def _changes(session: Session, task_id: int | None, result) -> Changes:
    cid = None
    if task_id is not None:
        row = session.conn.execute("SELECT customer_id FROM tasks WHERE id = ?", (task_id,)).fetchone()
        cid = row[0] if row else None
    return Changes.of(*([cid] if cid is not None else []), tasks=True, result=result)


def add(session: Session, data: dict) -> Changes:
    tid = records.add_task(session, data)
    return _changes(session, tid, tid)


def update(session: Session, task_id: int, data: dict, version: int | None = None) -> Changes:
    return _changes(session, task_id, records.update_task(session, task_id, data, version))


def complete(session: Session, task_id: int, done: bool = True) -> Changes:
    """Done (or open again); ``result``: the id of the next occurrence of a repeating task, or None."""
    return _changes(session, task_id, records.set_done(session, task_id, done))


def snooze_until(preset: str, now: float | None = None) -> str:
    """The UTC ISO moment a snooze preset ends: 10 minutes, an hour, or tomorrow 09:00 local."""
    at = clock.now() if now is None else now
    if preset == "10m":
        moment = at + 600
    elif preset == "1h":
        moment = at + 3600
    elif preset == "tomorrow":
        day = dt.datetime.fromtimestamp(at).date() + dt.timedelta(days=1)
        moment = dt.datetime.combine(day, records.ALL_DAY_REMINDER).timestamp()
    else:
        raise UsageError(translate("Errors", "Snooze for 10m, 1h or tomorrow."))
    return clock.iso(moment)


def snooze(session: Session, task_id: int, preset: str) -> Changes:
    return _changes(session, task_id, records.snooze(session, task_id, snooze_until(preset)))


def delete(session: Session, task_id: int) -> Changes:
    cid = session.conn.execute("SELECT customer_id FROM tasks WHERE id = ?", (int(task_id),)).fetchone()
    records.delete_task(session, task_id)
    return Changes.of(*([cid[0]] if cid and cid[0] is not None else []), tasks=True, result=task_id)


def due_reminders(session: Session, after: str, until: str) -> list[dict]:
    """The user's open tasks whose reminder falls in (after, until] (the reminder service's poll)."""
    return records.due_reminders(session, after, until)


def log_interaction_with_follow_up(session: Session, customer_id: int, kind: str, summary: str,
                                   follow_up: dict | None = None) -> Changes:
    """Log an interaction and, when ``follow_up`` (title, due_date…) is given, a task on the same
    customer, each in its own audited write (the task needs the interaction's permission too)."""
    iid = interactions.add_interaction(session, customer_id, kind, summary=summary)
    if follow_up:
        records.add_task(session, {**follow_up, "customer_id": customer_id})
    return Changes.of(customer_id, lists=True, tasks=bool(follow_up), result=iid)


def export_calendar(session: Session, out: str | Path, *, force: bool = False) -> dict:
    """The user's open tasks and recent and coming meetings as an ``.ics`` file (audited)."""
    return calendar.export_ics(session, out, force=force)
