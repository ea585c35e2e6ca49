"""Calendar export (issue 16): the user's tasks and meetings as one ``.ics`` file (RFC 5545),
written by the ``icalendar`` library, never by hand.

Decisions (docs/ARCHITECTURE.md, "Tasks"):
- every item is a VEVENT (Google Calendar ignores VTODO; Outlook and Thunderbird import events
  alike): a task without a time is an all-day event on its due date, with a time a 30-minute event;
  a meeting (an interaction of kind ``meeting``) a one-hour event at its moment;
- UID is the row's sync uid (``…@vaultcrm``), so a later export updates the same events when
  imported again, on every device of a team; DTSTAMP is the export's moment;
- what goes out: the user's own open tasks and the meetings they had (or are to have) from 90 days
  back, on customers in their scope; records whose processing is restricted stay out (but for a
  privacy manager), customers in the bin stay out, erased people are gone from the tasks
  (erasure deletes them) and are only "Erased person #N" / "[erased]" in meetings;
- it needs ``customers.read`` and is audited (``calendar.export``: counts and file name only).
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import icalendar

from vault import clock
from vault.fsutil import write_output
from vault.i18n import translate

from .. import audit
from ..session import Session
from .rows import restricted_ids
from .tasks import list_tasks

MEETING_DAYS_BACK = 90
PRODID = "-//VaultCRM//Tasks and meetings//EN"


def _task_event(task: dict, stamp: dt.datetime) -> icalendar.Event:
    ev = icalendar.Event()
    ev.add("uid", f"task-{task['uid']}@vaultcrm")
    ev.add("dtstamp", stamp)
    day = dt.date.fromisoformat(task["due_date"])
    if task["due_time"]:
        start = dt.datetime.combine(day, dt.time.fromisoformat(task["due_time"])).astimezone().astimezone(dt.UTC)
        ev.add("dtstart", start)
        ev.add("dtend", start + dt.timedelta(minutes=30))
    else:
        ev.add("dtstart", day)
        ev.add("dtend", day + dt.timedelta(days=1))
    ev.add("summary", task["title"])
    ev.add("description", _description(task.get("customer_name"), task.get("notes")))
    ev.add("priority", {1: 1, 2: 5, 3: 9}[task["priority"]])
    ev.add("categories", ["VaultCRM"])
    return ev


def _meeting_event(m: dict, stamp: dt.datetime) -> icalendar.Event:
    ev = icalendar.Event()
    ev.add("uid", f"meeting-{m['uid']}@vaultcrm")
    ev.add("dtstamp", stamp)
    start = dt.datetime.fromisoformat(m["occurred_at"]).astimezone(dt.UTC)
    ev.add("dtstart", start)
    ev.add("dtend", start + dt.timedelta(hours=1))
    ev.add("summary", translate("Calendar", "Meeting: {customer}").format(customer=m["customer_name"]))
    ev.add("description", m["summary"] or "")
    ev.add("categories", ["VaultCRM"])
    return ev


def _description(customer: str | None, notes: str | None) -> str:
    lines = []
    if customer:
        lines.append(translate("Calendar", "Customer: {customer}").format(customer=customer))
    if notes:
        lines.append(notes)
    return "\n".join(lines)


def _meetings(session: Session, since: str) -> list[dict]:
    cond, args = "", ()
    if not session.scope_all:
        cond, args = " AND c.owner_id = ?", (session.user_id,)
    return [dict(r) for r in session.conn.execute(
        "SELECT i.uid, i.occurred_at, i.summary, i.customer_id, c.display_name AS customer_name FROM interactions i"
        " JOIN customers c ON c.id = i.customer_id WHERE i.kind = 'meeting' AND i.user_id = ?"
        f" AND i.occurred_at >= ? AND c.deleted_at IS NULL{cond} ORDER BY i.occurred_at, i.id",
        (session.user_id, since, *args))]


def build(session: Session) -> tuple[bytes, dict]:
    """The calendar's bytes and what it holds (counts)."""
    session.require("customers.read")
    hidden = set() if session.can("privacy.manage") else restricted_ids(session.conn)
    tasks = [t for t in list_tasks(session, done=False, mine=True, limit=100_000) if t["customer_id"] not in hidden]
    since = (clock.utcnow() - dt.timedelta(days=MEETING_DAYS_BACK)).isoformat(timespec="seconds")
    meetings = [m for m in _meetings(session, since) if m["customer_id"] not in hidden]
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", "VaultCRM")
    stamp = clock.utcnow().replace(microsecond=0)
    for t in tasks:
        cal.add_component(_task_event(t, stamp))
    for m in meetings:
        cal.add_component(_meeting_event(m, stamp))
    return cal.to_ical(), {"tasks": len(tasks), "meetings": len(meetings)}


def export_ics(session: Session, out: str | Path, *, force: bool = False) -> dict:
    """Write the calendar to ``out`` (a user-named file: never in a vault folder, no overwrite
    without ``force``); audited before the file is written."""
    data, counts = build(session)
    audit.record(session, "calendar.export", entity="calendar", details={**counts, "file": Path(out).name})
    path = write_output(out, data, force=force, vault_folders=[session.vault.folder])
    return {"path": str(path), **counts}
