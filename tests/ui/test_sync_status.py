"""Team sync in the status bar (issue 15): a vault in no team shows nothing; a team's vault shows
"Synced at …" after the round sign-in starts, "N changes waiting" after an edit, Sync now in the
status bar and the Vault menu, "Offline" when the location cannot be reached, and an error with
its reason and a Retry that works once the cause is gone."""
from __future__ import annotations

import re

from app.ops import records as ops
from tests.ui.conftest import sign_in, wait_idle
from tests.ui.sync_team_ui import sign_in_team, sync_round

pytest_plugins = ["tests.ui.sync_team_ui"]   # the team fixture


def test_a_vault_in_no_team_shows_no_sync(qtbot, window, ctx, vault_info):
    sign_in(qtbot, window, vault_info)
    wait_idle(qtbot, ctx)
    qtbot.wait(300)
    wait_idle(qtbot, ctx)
    assert window.sync.overview is None
    assert not window.status.sync.isVisible()
    assert not window.act_sync_now.isVisible()
    names = {a.objectName() for a in window.admin_menu.actions() if a.isVisible()}
    assert "adminDevices" not in names and "adminConflicts" not in names


def test_synced_at_then_changes_waiting_then_sync_now(qtbot, window, ctx, vault_info, team):
    sign_in_team(qtbot, window, ctx, vault_info)
    bar = window.status.sync
    assert bar.isVisible() and bar.state == "synced"
    assert re.fullmatch(r"Synced at \d{1,2}:\d{2}( [AP]M)?", bar.label.text()), bar.label.text()
    assert window.act_sync_now.isVisible() and bar.sync_now.isVisible() and not bar.retry.isVisible()
    # an edit made here waits for the next round
    done = []
    ctx.changes.run(ops.create, window.session, {"given_name": "Alan", "family_name": "Turing"},
                    on_done=done.append)
    qtbot.waitUntil(lambda: bar.state == "waiting", timeout=10000)
    # one record per change: the new customer and its e-mail row ("change(s)" until the English plural
    # forms of this strings are merged)
    assert re.fullmatch(r"\d+ (changes?|change\(s\)) waiting", bar.label.text()), bar.label.text()
    sync_round(qtbot, window)
    assert bar.state == "synced", bar.label.text()
    assert "Published:" in bar.label.toolTip()
    # the other laptop receives it
    b = team["B"]
    team.sync("B")
    assert b.conn.execute("SELECT count(*) FROM customers WHERE family_name = 'Turing'").fetchone()[0] == 1
    # Sync now from the Vault menu runs a round too
    before = ctx.worker.call(lambda: window.session.conn.execute(
        "SELECT count(*) FROM audit_log WHERE action = 'sync.round'").fetchone()[0])
    with qtbot.waitSignal(window.sync.round_finished, timeout=20000):
        window.act_sync_now.trigger()
    after = ctx.worker.call(lambda: window.session.conn.execute(
        "SELECT count(*) FROM audit_log WHERE action = 'sync.round'").fetchone()[0])
    assert after == before + 1


def test_offline_when_the_location_is_gone_and_retry_when_it_is_back(qtbot, window, ctx, vault_info, team, tmp_path):
    sign_in_team(qtbot, window, ctx, vault_info)
    bar = window.status.sync
    location = tmp_path / "location"
    location.rename(tmp_path / "unplugged")
    sync_round(qtbot, window)
    assert bar.state == "offline", bar.label.text()
    assert bar.label.text() == "Offline"
    assert "cannot be reached" in bar.label.toolTip()
    assert bar.retry.isVisible()
    (tmp_path / "unplugged").rename(location)
    sync_round(qtbot, window, bar.retry)
    assert bar.state == "synced", bar.label.text()
    assert not bar.retry.isVisible()


def test_an_error_shows_its_reason_and_retry(qtbot, window, ctx, vault_info, team):
    from app.sync import devices

    sign_in_team(qtbot, window, ctx, vault_info)
    bar = window.status.sync
    a_device = ctx.worker.call(lambda: window.session.conn.execute("SELECT device_id FROM sync_state").fetchone()[0])
    devices.revoke(team["B"], a_device)   # another administrator revokes this laptop
    sync_round(qtbot, window)
    assert bar.state == "error"
    assert bar.label.text().startswith("Sync failed: ")
    assert "revoked" in bar.label.text()
    assert bar.retry.isVisible()
    sync_round(qtbot, window, bar.retry)
    assert bar.state == "error"   # still revoked: still the error


def test_lock_is_not_held_up_and_the_last_round_publishes(qtbot, window, ctx, vault_info, team):
    sign_in_team(qtbot, window, ctx, vault_info)
    bar = window.status.sync
    ctx.changes.run(ops.create, window.session, {"given_name": "Edsger", "family_name": "Dijkstra"})
    qtbot.waitUntil(lambda: bar.state == "waiting", timeout=10000)
    window.lock("manual")
    assert window.signin is not None and window.session is None   # at once, the round runs behind
    assert not bar.isVisible()
    ctx.worker.call(lambda: None)   # the queued last round and the lock are done
    team.sync("B")
    assert team["B"].conn.execute("SELECT count(*) FROM customers WHERE family_name = 'Dijkstra'").fetchone()[0] == 1
