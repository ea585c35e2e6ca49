"""Writes docs/screenshots/my-day.png: My day on the demo vault, with overdue, today's and coming
tasks (run with --screenshots: python3 .ci/dev.py screenshots)."""
from __future__ import annotations

import datetime as dt

import pytest

from app import auth
from app.ops import tasks as ops
from app.records import tasks as records
from tests.ui.conftest import wait_idle
from tests.ui.test_screenshots import shot

pytestmark = pytest.mark.screenshots

TASKS = (("Send the revised offer", -2, None, "high"), ("Call back about the invoice", -1, "16:00", "normal"),
         ("Prepare the quarterly review", 0, "10:30", "high"), ("Confirm the delivery date", 0, None, "normal"),
         ("Visit the Brno showroom", 2, "09:00", "normal"), ("Send the catalogue", 4, None, "low"),
         ("Weekly pipeline check", 6, "08:30", "normal"))


def test_my_day_screenshot(window, qtbot, ctx, tmp_path, fake_clock):
    from app import demo

    info = demo.make_demo_vault(tmp_path / "demo", customers=60)
    s = auth.sign_in(info.folder, info.username, info.password, totp_code=fake_clock.code(info.totp_secret))
    people = [r[0] for r in s.conn.execute("SELECT id FROM customers WHERE kind = 'person' ORDER BY id LIMIT 7")]
    for (title, offset, at, priority), cid in zip(TASKS, people, strict=True):
        day = (records.today() + dt.timedelta(days=offset)).isoformat()
        ops.add(s, {"title": title, "due_date": day, "due_time": at, "priority": priority,
                    "customer_id": cid if offset != 6 else None, "repeat": "weekly" if offset == 6 else None})
    s.close()
    window.resize(1280, 800)
    window.username = info.username
    window.show_signin(info.folder)
    window.signin.pw_edit.setText(info.password)
    window.signin.code_edit.setText(fake_clock.code(info.totp_secret))
    window.signin.submit()
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=10000)
    ws = window.workspace
    ws.tabs.setCurrentWidget(ws.my_day)
    wait_idle(qtbot, ctx)
    qtbot.waitUntil(lambda: len(ws.my_day.model.rows) == len(TASKS), timeout=10000)
    ws.notices.clear()
    qtbot.wait(150)
    assert shot(window, "my-day").stat().st_size > 10_000
