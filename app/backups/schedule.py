"""When a backup is due and what the status bar shows about the last verified one."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from vault import clock
from vault.i18n import translate

from ..settings import VaultSettings
from .common import parse_time

MAX_AGE_WARNING = dt.timedelta(days=7)


def due(last_good_time: dt.datetime | None, interval: dt.timedelta, now: dt.datetime) -> bool:
    """A backup is due when there is no good one or the last good one is ``interval`` old."""
    return last_good_time is None or now - last_good_time >= interval


@dataclass
class ScheduleState:
    due: bool
    next_due: dt.datetime | None
    last_good: dt.datetime | None
    last_verified: dt.datetime | None
    warning: bool
    message: str


def schedule_state_from(last_good: dt.datetime | None, last_verified: dt.datetime | None, *,
                        interval: dt.timedelta, now: dt.datetime,
                        max_age: dt.timedelta = MAX_AGE_WARNING) -> ScheduleState:
    """Pure: what the status bar shows."""
    is_due = due(last_good, interval, now)
    next_due = None if last_good is None else last_good + interval
    warning = last_verified is None or now - last_verified > max_age
    if last_verified is None:
        msg = translate("Backups", "No verified backup yet.")
    elif warning:
        msg = translate("Backups", "Last verified backup is %n day(s) old.", None, (now - last_verified).days)
    else:
        msg = translate("Backups", "Last verified backup: {time} UTC.").format(
            time=last_verified.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M"))
    return ScheduleState(is_due, next_due, last_good, last_verified, warning, msg)


def triggers(session) -> dict:
    """What the UI polls/hooks: ``{"url", "interval", "on_lock", "on_exit"}`` from the settings."""
    s = VaultSettings(session)
    return {"url": s.get("backup.target_url"), "interval": dt.timedelta(hours=s.get("backup.interval_hours")),
            "on_lock": s.get("backup.on_lock"), "on_exit": s.get("backup.on_exit")}


def schedule_state(session, now: dt.datetime | None = None) -> ScheduleState:
    now = now or clock.utcnow()
    settings = VaultSettings(session)
    interval = dt.timedelta(hours=settings.get("backup.interval_hours"))
    max_age = dt.timedelta(days=settings.get("alerts.backup_max_age_days"))
    row = session.conn.execute("SELECT max(created), max(verified_at) FROM backup_history"
                               " WHERE verified_at IS NOT NULL").fetchone()
    last_good = parse_time(row[0]) if row and row[0] else None
    last_verified = parse_time(row[1]) if row and row[1] else None
    return schedule_state_from(last_good, last_verified, interval=interval, now=now, max_age=max_age)

