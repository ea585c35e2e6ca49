"""Tasks (issue 16) through the real use cases on real vaults: fields and validation, repetition,
snooze, the scope rule (a Sales user reaches their own tasks and tasks on their customers),
restriction, audit, subject export and erasure, and the calendar export read back with the
``icalendar`` library."""
from __future__ import annotations

import datetime as dt
import json

import icalendar
import pytest

from app import audit, privacy, users
from app.ops import tasks as ops
from app.records import create_customer, deals, interactions
from app.records import tasks as records
from vault.errors import PermissionDenied, UsageError, ValidationError

SAM_PW = "sam's long passphrase"


def day(offset: int = 0) -> str:
    return (records.today() + dt.timedelta(days=offset)).isoformat()


def sam(admin, vault_info):
    """A Sales user signed in (the administrator is closed first)."""
    enr = users.add_user(admin, "sam", SAM_PW, "Sales", display_name="Sam Seller")
    admin.close()
    return vault_info.sign_in("sam", SAM_PW, enr.totp_secret)


def test_add_validate_list_and_my_day_sections(admin):
    cid = create_customer(admin, {"display_name": "Ada Lovelace"})
    with pytest.raises(ValidationError) as bad:
        ops.add(admin, {"title": " ", "due_date": "2024-02-30", "due_time": "25:00", "priority": "urgent"})
    assert set(bad.value.fields) == {"title", "due_date", "due_time", "priority"}
    late = ops.add(admin, {"title": "Send the offer", "due_date": day(-2), "customer_id": cid}).result
    now = ops.add(admin, {"title": "Call Ada", "due_date": day(0), "due_time": "15:30", "priority": "high"}).result
    soon = ops.add(admin, {"title": "Visit", "due_date": day(7)}).result
    ops.add(admin, {"title": "Far away", "due_date": day(8)})
    changes = ops.complete(admin, ops.add(admin, {"title": "Done already", "due_date": day(0)}).result)
    assert changes.tasks and changes.result is None
    my = ops.my_day(admin)
    assert [t["id"] for t in my.overdue] == [late] and my.overdue[0]["customer_name"] == "Ada Lovelace"
    assert [t["id"] for t in my.due_today] == [now] and [t["id"] for t in my.upcoming] == [soon]
    assert [r["section"] for r in my.rows] == ["overdue", "today", "upcoming"]
    task = ops.get(admin, now)
    assert (task["priority"], task["due_time"], task["owner_id"]) == (1, "15:30", admin.user_id)
    local = dt.datetime.combine(records.today(), dt.time(15, 30)).astimezone()
    assert dt.datetime.fromisoformat(task["remind_at"]) == local


def test_repeating_tasks_make_their_next_occurrence(admin):
    tid = ops.add(admin, {"title": "Weekly report", "due_date": day(0), "repeat": "weekly"}).result
    nxt = ops.complete(admin, tid).result
    assert ops.get(admin, nxt)["due_date"] == day(7) and ops.get(admin, nxt)["repeat"] == "weekly"
    assert ops.get(admin, tid)["done_at"] is not None
    late = ops.add(admin, {"title": "Daily check", "due_date": day(-3), "repeat": "daily"}).result
    assert ops.get(admin, ops.complete(admin, late).result)["due_date"] == day(1)  # not three overdue copies
    assert records.next_due(dt.date(2024, 1, 31), "monthly", dt.date(2024, 1, 31)) == dt.date(2024, 2, 29)
    assert records.next_due(dt.date(2024, 1, 31), "monthly", dt.date(2024, 3, 1)) == dt.date(2024, 3, 31)
    assert ops.complete(admin, tid, False).result is None and ops.get(admin, tid)["done_at"] is None


def test_snooze_moves_the_reminder_and_is_audited(admin, fake_clock):
    tid = ops.add(admin, {"title": "Call back", "due_date": day(0), "due_time": "12:00"}).result
    start = fake_clock()
    assert ops.due_reminders(admin, records.clock.iso(start - 60), records.clock.iso(start + 60))[0]["id"] == tid
    ops.snooze(admin, tid, "10m")
    assert ops.get(admin, tid)["remind_at"] == records.clock.iso(fake_clock() + 600)
    assert ops.due_reminders(admin, records.clock.iso(start - 60), records.clock.iso(fake_clock() + 599)) == []
    ops.snooze(admin, tid, "tomorrow")
    tomorrow = dt.datetime.fromisoformat(ops.get(admin, tid)["remind_at"]).astimezone()
    assert (tomorrow.date().isoformat(), tomorrow.hour) == (day(1), 9)
    with pytest.raises(UsageError):
        ops.snooze(admin, tid, "forever")
    actions = [e["action"] for e in audit.query(admin, limit=20)["entries"]]
    assert actions.count("task.snooze") == 2 and "task.add" in actions


def test_sales_reaches_own_tasks_and_tasks_on_their_customers(admin, vault_info):
    other = create_customer(admin, {"display_name": "Admin's customer"})
    ops.add(admin, {"title": "Admin's own", "due_date": day(0)})
    on_other = ops.add(admin, {"title": "About admin's customer", "due_date": day(0), "customer_id": other}).result
    s = sam(admin, vault_info)
    try:
        mine = create_customer(s, {"display_name": "Sam's customer"})
        own = ops.add(s, {"title": "Sam's task", "due_date": day(1), "customer_id": mine}).result
        assert [t["id"] for t in ops.list_tasks(s, mine=False)] == [own]
        with pytest.raises(PermissionDenied):
            ops.get(s, on_other)
        with pytest.raises(PermissionDenied):
            ops.complete(s, on_other)
        with pytest.raises(PermissionDenied):
            ops.add(s, {"title": "On another's customer", "due_date": day(0), "customer_id": other})
        with pytest.raises(PermissionDenied):
            ops.add(s, {"title": "For the boss", "due_date": day(0), "owner_id": "admin"})
        ops.complete(s, own)
    finally:
        s.close()
    admin = vault_info.sign_in()
    try:
        # a task the administrator gives sam on sam's customer: sam sees it; sam's task is the admin's to see too
        assert {t["title"] for t in ops.list_tasks(admin, done=None)} >= {"Sam's task", "Admin's own"}
        refused = audit.query(admin, action="permission.denied")["entries"]
        assert sum(e["details"]["atom"] == "scope" for e in refused) >= 4
    finally:
        admin.close()


def test_a_restricted_persons_tasks_cannot_change_and_a_deal_brings_its_customer(admin):
    cid = create_customer(admin, {"display_name": "Restricted Rita"})
    did = deals.create_deal(admin, cid, {"title": "Engine"})
    tid = ops.add(admin, {"title": "Follow the engine", "due_date": day(2), "deal_id": did}).result
    assert ops.get(admin, tid)["customer_id"] == cid
    other = create_customer(admin, {"display_name": "Someone else"})
    with pytest.raises(ValidationError):
        ops.add(admin, {"title": "Mismatch", "due_date": day(2), "deal_id": did, "customer_id": other})
    privacy.restrict(admin, cid, "disputes the data")
    admin.profile = type(admin.profile)(admin.profile.id, "Manager-like", "all",
                                        admin.profile.permissions - {"privacy.manage"})
    with pytest.raises(PermissionDenied):
        ops.update(admin, tid, {"title": "Changed"})


def test_subject_export_holds_and_erasure_removes_the_persons_tasks(admin, tmp_path):
    cid = create_customer(admin, {"display_name": "Zebedee Quixotic"})
    did = deals.create_deal(admin, cid, {"title": "Zebedee's order"})
    ops.add(admin, {"title": "Ring Zebedee Quixotic", "due_date": day(0), "customer_id": cid, "notes": "quixnote"})
    ops.add(admin, {"title": "Chase the order", "due_date": day(1), "deal_id": did})
    ops.add(admin, {"title": "Unrelated", "due_date": day(1)})
    out = privacy.subject_export(admin, cid, tmp_path / "z.json")
    doc = json.loads((tmp_path / "z.json").read_text())
    assert "tasks" in out["sections"]
    assert {t["title"] for t in doc["sections"]["tasks"]} == {"Ring Zebedee Quixotic", "Chase the order"}
    privacy.erase(admin, cid)
    assert [t["title"] for t in ops.list_tasks(admin, done=None)] == ["Unrelated"]
    assert admin.conn.execute("SELECT count(*) FROM tasks WHERE notes LIKE '%quixnote%'").fetchone()[0] == 0


def _events(path) -> list:
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    return list(cal.walk("VEVENT"))


def test_calendar_export_reads_back_and_forgets_an_erased_person(admin, tmp_path):
    cid = create_customer(admin, {"display_name": "Quentin Zarathustra"})
    timed = ops.add(admin, {"title": "Call Quentin Zarathustra", "due_date": day(1), "due_time": "10:15",
                            "customer_id": cid, "notes": "about the engine"}).result
    ops.add(admin, {"title": "Plan the week", "due_date": day(2), "priority": "low"})
    interactions.add_interaction(admin, cid, "meeting", summary="Met Quentin at the fair")
    interactions.add_interaction(admin, cid, "call", summary="not a meeting")
    r = ops.export_calendar(admin, tmp_path / "crm.ics")
    assert (r["tasks"], r["meetings"]) == (2, 1)
    events = _events(tmp_path / "crm.ics")
    assert len(events) == 3 and all(e.get("uid") and e.get("dtstamp") and e.get("dtstart") for e in events)
    by_summary = {str(e["summary"]): e for e in events}
    call = by_summary["Call Quentin Zarathustra"]
    start = call.decoded("dtstart")
    assert start == dt.datetime.combine(dt.date.fromisoformat(day(1)), dt.time(10, 15)).astimezone()
    assert "Quentin Zarathustra" in str(call["description"])
    assert by_summary["Plan the week"].decoded("dtstart") == dt.date.fromisoformat(day(2))  # all day
    assert str(call["uid"]) == f"task-{ops.get(admin, timed)['uid']}@vaultcrm"
    assert "Meeting: Quentin Zarathustra" in by_summary
    assert audit.query(admin, action="calendar.export")["entries"][0]["details"]["tasks"] == 2
    with pytest.raises(UsageError):  # never over an existing file without force
        ops.export_calendar(admin, tmp_path / "crm.ics")
    privacy.erase(admin, cid)
    ops.export_calendar(admin, tmp_path / "after.ics")
    text = (tmp_path / "after.ics").read_bytes().decode()
    assert "Quentin" not in text and "Zarathustra" not in text and "fair" not in text
    assert [str(e["summary"]) for e in _events(tmp_path / "after.ics")][0] == "Plan the week"
