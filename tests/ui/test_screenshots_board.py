"""Writes docs/screenshots/pipeline-board.png and dashboard.png (issue 16): the pipeline board and the
dashboard on deals of two owners over every stage, months and two currencies (tests/board_data.py).
Run with --screenshots: python3 .ci/dev.py screenshots."""
from __future__ import annotations

import datetime as dt

import pytest

from app.ops import tasks as tasks_ops
from app.records import tasks as task_records
from app.records.deals import STAGES
from tests.board_data import populate
from tests.ui.conftest import sign_in, wait_idle
from tests.ui.test_screenshots import shot

pytestmark = pytest.mark.screenshots


def test_board_and_dashboard_screenshots(window, qtbot, vault_info, ctx):
    s = vault_info.sign_in()
    data = populate(s, customers=18)
    for i, title in enumerate(("Send the revised offer", "Call back about the invoice", "Confirm the delivery date",
                               "Chase the signed contract", "Book the demo")):
        due = (task_records.today() - dt.timedelta(days=i + 1)).isoformat()
        tasks_ops.add(s, {"title": title, "due_date": due, "customer_id": data["customers"][i],
                          "owner_id": data["sam"] if i % 2 else None})
    s.close()
    window.resize(1280, 800)
    ws = sign_in(qtbot, window, vault_info)
    board = ws.pipeline
    with qtbot.waitSignal(board.loaded, timeout=15000):
        ws.tabs.setCurrentWidget(board)
    wait_idle(qtbot, ctx)
    qtbot.waitUntil(lambda: all(len(c.model.rows) == len(c.model.ids) for c in board.columns.values()),
                    timeout=10000)
    assert sum(len(board.columns[st].model.ids) for st in STAGES) == 36
    assert all(board.columns[st].totals.text() for st in STAGES)
    ws.notices.clear()
    qtbot.wait(150)
    paths = [shot(window, "pipeline-board")]
    page = ws.dashboard
    with qtbot.waitSignal(page.loaded, timeout=15000):
        ws.tabs.setCurrentWidget(page)
    wait_idle(qtbot, ctx)
    assert all(view.chart().series() for view in page.views.values())
    qtbot.wait(300)   # the charts' animations end
    paths.append(shot(page.sheet, "dashboard"))   # the whole sheet: every chart, as Save as PDF prints it
    for p in paths:
        assert p.stat().st_size > 10_000
