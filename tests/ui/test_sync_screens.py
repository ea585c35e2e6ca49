"""The devices screen, the conflicts view and screens following a round (issue 15), driven through
the real widgets of device A while device B, another laptop of the same book, edits and syncs."""
from __future__ import annotations

import json
import os
import re
import time

import pytest
from PySide6.QtCore import Qt

from app.records import create_customer
from tests.sync_team import Team
from tests.ui.conftest import wait_idle
from tests.ui.sync_team_ui import ADA, GRACE, cid_of, edit, sign_in_team, sync_round, uid_of
from ui import dialogs

pytest_plugins = ["tests.ui.sync_team_ui"]   # the team fixture


def open_screen(qtbot, window, name: str):
    act = window.workspace.actions_by_name[name]
    assert act.isVisible()
    act.trigger()
    page = window.workspace.tabs.currentWidget()
    wait_idle(qtbot, window.ctx)
    return page


def row_of(model, key, value) -> int:
    return next(i for i, r in enumerate(model.rows) if r[key] == value)


def test_devices_screen_highlights_a_stale_device_and_revokes_after_a_clear_confirmation(
        qtbot, qtmodeltester, window, ctx, vault_info, team, tmp_path):
    b_device = team["B"].conn.execute("SELECT device_id FROM sync_state").fetchone()[0]
    old = time.time() - 40 * 86400   # B has not synced for 40 days (its files on the location say so)
    for path in (tmp_path / "location").rglob("*"):
        if b_device in str(path) and path.is_file():
            os.utime(path, (old, old))
    sign_in_team(qtbot, window, ctx, vault_info)
    page = open_screen(qtbot, window, "adminDevices")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10000)
    qtmodeltester.check(page.model)
    b = row_of(page.model, "device", b_device)
    a = 1 - b
    assert page.model.rows[b]["stale"] and not page.model.rows[a]["stale"]
    assert page.model.data(page.model.index(b, 0), Qt.ItemDataRole.BackgroundRole) is not None
    assert page.model.data(page.model.index(a, 0), Qt.ItemDataRole.BackgroundRole) is None
    assert "not synced for a while" in page.model.data(page.model.index(b, 2))
    assert "this device" in page.model.data(page.model.index(a, 2))
    page.view.selectRow(a)
    assert not page.revoke_btn.isEnabled()   # not this device
    page.view.selectRow(b)
    assert page.revoke_btn.isEnabled()
    with dialogs.scripted([True]) as shown:
        qtbot.mouseClick(page.revoke_btn, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.model.rowCount() == 2 and
                        page.model.rows[row_of(page.model, "device", b_device)]["state"] == "revoked", timeout=15000)
    kind, title, text = shown[0]
    assert kind == "confirm" and title == "Revoke device"
    assert "can no longer sync" in text and "stay there" in text
    assert "Revoked" in page.model.data(page.model.index(row_of(page.model, "device", b_device), 2))
    audited = ctx.worker.call(lambda: window.session.conn.execute(
        "SELECT count(*) FROM audit_log WHERE action = 'device.revoke'").fetchone()[0])
    assert audited == 1


def test_devices_screen_approves_a_waiting_laptop_which_can_download_the_book_at_once(
        qtbot, window, ctx, vault_info, waiting_laptop, tmp_path):
    from app.ops import devices as ops_devices

    t, carol_device = waiting_laptop
    location = tmp_path / "location"
    sign_in_team(qtbot, window, ctx, vault_info)
    page = open_screen(qtbot, window, "adminDevices")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10000)
    c = row_of(page.model, "device", carol_device)
    assert page.model.rows[c]["state"] == "waiting"
    page.view.selectRow(1 - c)
    assert not page.approve_btn.isEnabled()   # this device is on the team already
    page.view.selectRow(c)
    assert page.approve_btn.isEnabled()
    snapshots = set(location.rglob("*.snap"))
    with dialogs.scripted([True]) as shown:
        qtbot.mouseClick(page.approve_btn, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.model.rowCount() == 2 and
                        page.model.rows[row_of(page.model, "device", carol_device)]["state"] == "active",
                        timeout=20000)
    assert shown[0][0] == "confirm" and "carol" in shown[0][2]
    assert not page.message.isVisible()   # approved and published: nothing to warn about
    assert len(set(location.rglob("*.snap")) - snapshots) == 1   # the round ran: the book for the new roster
    # Carol's laptop downloads the book at its first check, no other round of A needed
    out = ops_devices.download(t["C"]).result
    assert out["has_book"] and out["refused"] == []
    names = {r[0] for r in t["C"].conn.execute("SELECT display_name FROM customers")}
    assert names == {"Ada Lovelace", "Grace Hopper"}


@pytest.fixture
def conflicted(vault_info, tmp_path):
    """Devices A and B; both changed Ada's and Grace's job titles at the same time, then synced:
    two conflicts on each device. A's session closed (the window signs in to it)."""
    t = Team(vault_info, tmp_path, str(tmp_path / "location"))
    t.add("B")
    a, b = t["A"], t["B"]
    uids = [uid_of(a, create_customer(a, data)) for data in (ADA, GRACE)]
    t.sync("A", "B")
    for u in uids:
        edit(a, u, job_title="Analyst (A)")
        edit(b, u, job_title="Engineer (B)")
    t.sync("A", "B", "A")
    t.sessions.pop("A").close()
    vault_info.clock.advance()
    yield t, uids
    t.close()


def test_conflicts_view_keep_either_one_at_a_time_and_in_bulk(qtbot, qtmodeltester, window, ctx, vault_info,
                                                              conflicted):
    t, uids = conflicted
    sign_in_team(qtbot, window, ctx, vault_info)
    customers = window.workspace.customers
    qtbot.waitUntil(lambda: len(customers.model.flagged) == 2, timeout=10000)
    qtbot.waitUntil(lambda: customers.model.total >= 2 and customers.model.is_loaded(0), timeout=10000)
    badge = [customers.model.data(customers.model.index(i, 0), Qt.ItemDataRole.DecorationRole)
             for i in range(customers.model.total)]
    assert sum(x is not None for x in badge) == 2
    page = open_screen(qtbot, window, "adminConflicts")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10000)
    qtmodeltester.check(page.model)
    texts = [[page.model.data(page.model.index(r, c)) for c in range(page.model.columnCount())] for r in range(2)]
    assert {row[0] for row in texts} == {"Ada Lovelace", "Grace Hopper"}
    assert all(row[1] == "Job title" for row in texts)
    assert all({row[2], row[4]} == {"Analyst (A)", "Engineer (B)"} for row in texts)
    # who: the users whose edits met, by name (not the devices' ids)
    assert all(row[3] and row[5] and not re.match(r"[0-9a-f]{8}-", row[3] + row[5]) for row in texts), texts
    assert not page.keep_btn.isEnabled()
    # one at a time: keep the current value of the first
    page.view.selectRow(0)
    first = page.model.rows[0]
    with qtbot.waitSignal(ctx.changes.changed, timeout=10000):
        qtbot.mouseClick(page.keep_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10000)
    assert page.result.text() in ("1 conflict resolved.", "1 conflict(s) resolved.")   # (s): until merged
    qtbot.waitUntil(lambda: len(customers.model.flagged) == 1, timeout=10000)
    # in bulk (here the one left, selected with Ctrl+A as a user selects many): take the other value
    second = page.model.rows[0]
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(ctx.changes.changed, timeout=10000):
        qtbot.mouseClick(page.other_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=10000)
    qtbot.waitUntil(lambda: not customers.model.flagged, timeout=10000)   # the badge is gone
    assert customers.model.data(customers.model.index(0, 0), Qt.ItemDataRole.DecorationRole) is None

    def state(s):
        audit = s.conn.execute("SELECT details FROM audit_log WHERE action = 'sync.conflict_resolve' ORDER BY seq")
        held = s.conn.execute("SELECT job_title FROM customers WHERE uid = ?", (second["record_uid"],)).fetchone()[0]
        return [json.loads(r[0])["keep"] for r in audit], held
    audit, held = ctx.worker.call(state, window.session)
    assert audit == ["kept", "other"]
    assert held == second["other"]
    assert first["id"] != second["id"]
    # the other value taken is an edit that syncs: B holds it after the next rounds
    sync_round(qtbot, window)
    t.sync("B")
    assert t["B"].conn.execute("SELECT job_title FROM customers WHERE uid = ?",
                               (second["record_uid"],)).fetchone()[0] == second["other"]


def test_a_round_refreshes_the_list_keeping_the_selection_and_an_open_edit_gets_the_conflict_message(
        qtbot, window, ctx, vault_info, team):
    sign_in_team(qtbot, window, ctx, vault_info)
    page = window.workspace.customers
    qtbot.waitUntil(lambda: page.model.total == 2 and page.model.is_loaded(0), timeout=10000)
    names = [page.model.row_data(i)["display_name"] for i in range(2)]
    grace_row = names.index("Grace Hopper")
    page.table.setFocus()
    page.table.selectRow(grace_row)
    qtbot.waitUntil(lambda: page.detail.record is not None and page.detail.record["display_name"] == "Grace Hopper",
                    timeout=10000)
    page.detail.edit_btn.click()
    ed = page.editor
    ed.fields["job_title"].setText("Rear admiral")   # an unsaved edit
    b = team["B"]
    grace = uid_of(b, cid_of(b, page.detail.record["uid"])) if "uid" in page.detail.record else None
    uid = grace or b.conn.execute("SELECT uid FROM customers WHERE family_name = 'Hopper'").fetchone()[0]
    edit(b, uid, job_title="Commodore")   # the same record changes on the other laptop
    create_customer(b, {"given_name": "Alan", "family_name": "Turing"})
    team.sync("B")
    sync_round(qtbot, window)
    qtbot.waitUntil(lambda: page.model.total == 3, timeout=10000)
    wait_idle(qtbot, ctx)
    current = page.model.row_data(page.table.currentIndex().row())
    assert current["display_name"] == "Grace Hopper"          # the selection stayed
    qtbot.waitUntil(lambda: page.detail.record.get("job_title") == "Commodore", timeout=10000)
    assert ed.isVisible() and ed.fields["job_title"].text() == "Rear admiral"   # the unsaved edit stayed
    ed.save()
    qtbot.waitUntil(lambda: ed.reload_btn.isVisible(), timeout=5000)
    assert "since you opened it" in ed.banner.text()       # never a silent overwrite
    ed.reload_btn.click()
    qtbot.waitUntil(lambda: ed.fields["job_title"].text() == "Commodore", timeout=5000)
    ed.reject()
