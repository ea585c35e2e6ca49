"""My day driven through its real widgets (issue 16): add a task with the dialog, complete it with
Space, snooze with keys, a Sales user landing on it, a follow-up task from the interaction form,
and a reminder firing on a fake clock, snoozed from its banner, with nothing of it left after lock."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from app import users
from app.ops import tasks as ops
from app.records import create_customer
from app.records import tasks as records
from tests.ui.conftest import activate, open_first, sign_in, wait_idle

SAM_PW = "sam's long passphrase"


def _day(offset: int = 0) -> str:
    return (records.today() + dt.timedelta(days=offset)).isoformat()


def _db(ctx, window, sql, *args):
    return ctx.worker.submit(lambda: [tuple(r) for r in window.session.conn.execute(sql, args)]).result(timeout=10)


def _my_day(qtbot, ws, ctx):
    page = ws.my_day
    ws.tabs.setCurrentWidget(page)
    wait_idle(qtbot, ctx)
    return page


def _visible_text(window) -> str:
    return "\n".join(w.text() for w in window.findChildren(QLabel) if w.isVisible())


def test_add_complete_and_snooze_with_keys_and_clicks(window, qtbot, vault_info, ctx, qtmodeltester):
    s = vault_info.sign_in()
    cid = create_customer(s, {"display_name": "Ada Lovelace"})
    ops.add(s, {"title": "Send the offer", "due_date": _day(-1), "customer_id": cid})
    ops.add(s, {"title": "Plan the week", "due_date": _day(3)})
    s.close()
    ws = sign_in(qtbot, window, vault_info)
    assert ws.tabs.currentWidget() is ws.customers          # an administrator lands on the customers
    page = _my_day(qtbot, ws, ctx)
    qtmodeltester.check(page.model)
    assert [t["title"] for t in page.model.rows] == ["Send the offer", "Plan the week"]
    assert page.model.index(0, 2).data() == "Ada Lovelace" and "Overdue" in page.model.index(0, 0).data()

    qtbot.mouseClick(page.new_btn, Qt.MouseButton.LeftButton)
    dlg = page.dialog
    qtbot.waitUntil(dlg.isVisible, timeout=3000)
    qtbot.keyClicks(dlg.title_edit, "Call the bank")
    qtbot.mouseClick(dlg.timed, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    assert [t["title"] for t in page.model.rows] == ["Send the offer", "Call the bank", "Plan the week"]
    assert page.model.rows[1]["section"] == "today" and page.model.rows[1]["due_time"] == "09:00"
    qtmodeltester.check(page.model)

    page.table.setFocus()
    page.table.selectRow(1)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        qtbot.keyClick(page.table, Qt.Key.Key_Space)
    assert [t["title"] for t in page.model.rows] == ["Send the offer", "Plan the week"]
    assert _db(ctx, window, "SELECT done_at IS NOT NULL FROM tasks WHERE title = 'Call the bank'") == [(1,)]

    activate(qtbot, window)
    page.table.setFocus()
    page.table.selectRow(0)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    remind = _db(ctx, window, "SELECT remind_at FROM tasks WHERE title = 'Send the offer'")[0][0]
    assert remind == records.clock.iso(vault_info.clock() + 600)

    with qtbot.waitSignal(page.loaded, timeout=10000):   # Enter edits: the dialog keeps what it had
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
        qtbot.waitUntil(page.dialog.isVisible, timeout=3000)
        assert page.dialog.title_edit.text() == "Send the offer"
        page.dialog.title_edit.clear()
        qtbot.keyClicks(page.dialog.title_edit, "Send the revised offer")
        qtbot.keyClick(page.dialog.title_edit, Qt.Key.Key_Return)
    assert page.model.rows[0]["title"] == "Send the revised offer"


def test_a_sales_user_lands_on_my_day_and_sees_only_their_tasks(window, qtbot, vault_info, ctx):
    s = vault_info.sign_in()
    enr = users.add_user(s, "sam", SAM_PW, "Sales")
    other = create_customer(s, {"display_name": "Admin's customer"})
    ops.add(s, {"title": "Not for sam", "due_date": _day(0), "customer_id": other})
    s.close()
    ws = sign_in(qtbot, window, vault_info, user="sam", secret=enr.totp_secret, password=SAM_PW)
    assert ws.tabs.currentWidget() is ws.my_day and ws.tabs.indexOf(ws.my_day) == 0
    wait_idle(qtbot, ctx)
    assert ws.my_day.model.rows == [] and "Today: 0" in ws.my_day.summary.text()


def test_a_follow_up_task_from_the_interaction_form(window, qtbot, vault_info, ctx):
    s = vault_info.sign_in()
    cid = create_customer(s, {"display_name": "Grace Hopper"})
    s.close()
    ws = sign_in(qtbot, window, vault_info)
    page = ws.customers
    open_first(qtbot, page)
    qtbot.wait(300)   # the pane settles (it re-renders once the record's extras arrive)
    wait_idle(qtbot, ctx)
    detail = page.detail
    row, edit = detail.follow_up, detail.summary_edit
    detail.ensureWidgetVisible(row)
    qtbot.keyClicks(edit, "Asked for a quote")
    qtbot.mouseClick(row.check, Qt.MouseButton.LeftButton)
    assert row.date_edit.isEnabled()
    with qtbot.waitSignal(ws.my_day.loaded, timeout=10000):
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    rows = _db(ctx, window, "SELECT title, due_date, customer_id FROM tasks")
    assert rows == [("Follow up: Asked for a quote", _day(3), cid)]
    assert _db(ctx, window, "SELECT summary FROM interactions WHERE customer_id = ?", cid) == [("Asked for a quote",)]
    assert [t["title"] for t in ws.my_day.model.rows] == ["Follow up: Asked for a quote"]
    assert not detail.follow_up.check.isChecked()                     # ready for the next one


def test_a_reminder_fires_on_the_fake_clock_snoozes_and_leaves_nothing_at_lock(window, qtbot, vault_info, ctx):
    clock = vault_info.clock
    due = dt.datetime.fromtimestamp(clock() + 600)
    s = vault_info.sign_in()
    cid = create_customer(s, {"display_name": "Ada Lovelace"})
    ops.add(s, {"title": "Call Ada about the engine", "due_date": due.date().isoformat(),
                "due_time": due.strftime("%H:%M"), "customer_id": cid})
    s.close()
    ws = sign_in(qtbot, window, vault_info)
    page = _my_day(qtbot, ws, ctx)
    service = page.reminders
    service.timer.setInterval(50)
    fired = []
    service.fired.connect(fired.append)
    qtbot.wait(300)
    assert fired == []                                     # not due yet
    clock.advance(11 * 60)
    qtbot.waitUntil(lambda: len(fired) == 1, timeout=5000)
    banner_text = _visible_text(ws.notices)
    assert "Due now: Call Ada about the engine — Ada Lovelace" in banner_text
    text = service.tray_text(1)                            # the desktop's notification: a count only
    assert "Ada" not in text and "engine" not in text and "1 task" in text

    snooze = next(b for b in ws.notices.findChildren(QPushButton) if b.text() == "Snooze 10 min")
    qtbot.mouseClick(snooze, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    remind = _db(ctx, window, "SELECT remind_at FROM tasks")[0][0]
    assert remind == records.clock.iso(clock() + 600)
    assert "Due now" not in _visible_text(ws.notices)
    clock.advance(11 * 60)
    qtbot.waitUntil(lambda: len(fired) == 2, timeout=5000)  # fires again after the snooze

    ops_task = _db(ctx, window, "SELECT id FROM tasks")[0][0]
    ctx.worker.submit(lambda: ops.snooze(window.session, ops_task, "10m")).result(timeout=10)
    window.lock()
    assert window.workspace is None and service.session is None and not service.timer.isActive()
    clock.advance(20 * 60)
    qtbot.wait(300)
    assert len(fired) == 2
    shown = _visible_text(window)
    assert "Ada" not in shown and "engine" not in shown and "Due now" not in shown
