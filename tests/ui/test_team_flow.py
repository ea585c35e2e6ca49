"""Issue 15, done means: the real widgets drive a team from start to revocation — Start a team on a
folder location (connection test first), Invite a laptop (file, QR code, one-time code), Join a team
from a second window's start screen (its own vault, password, authenticator and recovery sheet;
waiting for approval; the book downloaded as a job), Pending laptops > Approve, edits on both,
Vault > Sync now, the conflict taken in the Conflicts view and Revoke on the Devices screen (both
ui/sync). Real vaults, a real folder location, two main windows in one process."""
from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from app.ops import records as records_ops
from app.records import get_customer
from app.team_wizard import Step
from tests.ui.conftest import sign_in, wait_idle
from ui import dialogs

BOB_PASSWORD = "bob's own long passphrase 7"


@pytest.fixture
def second_window(tmp_path, qapp, qtbot):
    """Another laptop in the same process: its own app context (worker, config) and main window."""
    from app.settings import LocalSettings
    from ui.application import make_context
    from ui.main_window import MainWindow
    from vault import kdf

    ctx = make_context(local=LocalSettings(tmp_path / "config-b" / "settings.json"), kdf_params=kdf.FLOOR)
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.resize(1200, 780)
    w.show()
    yield w
    w.close()
    ctx.tasks.forget()
    ctx.worker.shutdown()


def run_op(qtbot, ctx, fn, *args, **kwargs):
    """A use case on the window's DB worker through the one refresh path (ChangeBus)."""
    box = {}
    ctx.changes.run(lambda *a: fn(*a, **kwargs), *args, on_done=lambda r: box.setdefault("r", r),
                    on_error=lambda e: box.setdefault("e", e))
    qtbot.waitUntil(lambda: bool(box), timeout=20000)
    if "e" in box:
        raise box["e"]
    return box["r"]


def click(qtbot, button) -> None:
    assert button.isEnabled() and button.isVisible(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def start_team(qtbot, window, location) -> str:
    ws = window.workspace
    qtbot.waitUntil(lambda: ws.actions_by_name["teamStart"].isVisible())
    ws.actions_by_name["teamStart"].trigger()
    dlg = ws.team_dialog
    assert not dlg.start_btn.isEnabled()  # nothing starts before the connection test
    qtbot.keyClicks(dlg.picker.url, str(location))
    click(qtbot, dlg.picker.test_btn)
    qtbot.waitUntil(lambda: dlg.picker.passed, timeout=10000)
    assert "Nothing has been written" in dlg.picker.state.text() and not location.exists()
    click(qtbot, dlg.start_btn)
    qtbot.waitUntil(lambda: dlg.fingerprint.isVisible(), timeout=20000)
    fingerprint = dlg.fingerprint.text().split(": ", 1)[1]
    assert fingerprint.startswith("SHA256:")
    click(qtbot, dlg.start_btn)  # Close
    qtbot.waitUntil(lambda: not ws.actions_by_name["teamStart"].isVisible())
    return fingerprint


def invite_bob(qtbot, window, out) -> dict:
    ws = window.workspace
    qtbot.waitUntil(lambda: ws.actions_by_name["teamInvite"].isEnabled())
    ws.actions_by_name["teamInvite"].trigger()
    dlg = ws.team_dialog
    qtbot.waitUntil(lambda: dlg.profile_box.count() > 0)
    qtbot.keyClicks(dlg.user_box.lineEdit(), "bob")
    dlg.profile_box.setCurrentText("Manager")
    with dialogs.scripted([str(out)]) as shown:
        click(qtbot, dlg.go_btn)
        qtbot.waitUntil(lambda: dlg.result_box.isVisible(), timeout=20000)
    assert shown[0][0] == "save_file"
    code = dlg.code.text()
    assert len(code) == 9 and code[4] == "-"
    assert not dlg.qr.pixmap().isNull()  # the invitation as a QR code too
    assert json.loads(out.read_bytes())["user"]["name"] == "bob"
    assert "Shown only now" in dlg.code_note.text()
    info = {"code": code, "details": dlg.details.text()}
    dlg.reject()
    assert dlg.code.text() == ""  # the code is gone once the dialog closes
    return info


def join_until_waiting(qtbot, w2, invite_file, code, folder, clock, admin, shot=lambda name: None) -> object:
    click(qtbot, w2.start.join_btn)
    wiz = w2.wizard
    with dialogs.scripted([str(invite_file)]):
        click(qtbot, wiz.p_inv.open_btn)
    assert "Invitation for bob (Manager)" in wiz.p_inv.summary.text()
    qtbot.keyClicks(wiz.p_inv.code, code.lower())  # typed in any case
    shot("join-wizard-invitation")
    click(qtbot, wiz.next_btn)
    assert wiz.flow.step == Step.FOLDER, wiz.error.text()
    wiz.p_folder.folder.clear()
    qtbot.keyClicks(wiz.p_folder.folder, str(folder))
    click(qtbot, wiz.next_btn)
    assert wiz.flow.step == Step.PASSWORD
    qtbot.keyClicks(wiz.p_pw.pw, BOB_PASSWORD)
    qtbot.keyClicks(wiz.p_pw.pw2, BOB_PASSWORD)
    click(qtbot, wiz.next_btn)
    qtbot.waitUntil(lambda: wiz.flow.step == Step.TOTP, timeout=30000)
    secret = wiz.flow.creation.enrolment.totp_secret
    qtbot.keyClicks(wiz.p_totp.code, clock.code(secret))
    click(qtbot, wiz.next_btn)
    assert wiz.flow.step == Step.RECOVERY
    assert not wiz.next_btn.isEnabled()  # the sheet first
    with dialogs.scripted([True]):
        click(qtbot, wiz.p_sheet.print_btn)
    wiz.p_sheet.ack.click()
    click(qtbot, wiz.next_btn)
    assert wiz.flow.step == Step.WAITING
    qtbot.waitUntil(lambda: f"Waiting for {admin} to approve this laptop" in wiz.p_wait.state.text(),
                    timeout=20000)
    shot("join-wizard-waiting")
    return wiz, secret


def approve_pending(qtbot, window) -> None:
    ws = window.workspace
    ws.actions_by_name["teamPending"].trigger()
    dlg = ws.team_dialog
    qtbot.waitUntil(lambda: dlg.list.count() == 1, timeout=20000)
    assert dlg.list.item(0).text().startswith("bob (Manager)")
    with dialogs.scripted([True]) as shown:
        click(qtbot, dlg.approve_btn)
        qtbot.waitUntil(lambda: dlg.message.isVisible(), timeout=30000)
    assert shown[0][0] == "confirm"
    assert "bob's laptop is on the team" in dlg.message.text(), dlg.message.text()
    qtbot.waitUntil(lambda: dlg.list.count() == 0 and dlg.empty.isVisible(), timeout=20000)
    dlg.reject()


def test_start_invite_join_approve_edit_sync_resolve_revoke(window, second_window, new_vault, tmp_path, qtbot):
    a_info = new_vault("a")
    w1, w2 = window, second_window
    ws = sign_in(qtbot, w1, a_info)
    cid = run_op(qtbot, w1.ctx, records_ops.create, ws.session, {"given_name": "Ada", "family_name": "Lovelace"})
    cid = cid if isinstance(cid, int) else cid["id"]
    location = tmp_path / "team-location"
    fingerprint = start_team(qtbot, w1, location)

    invite_file = tmp_path / "bob.vaultcrm-invite"
    inv = invite_bob(qtbot, w1, invite_file)
    assert fingerprint in inv["details"]

    wiz, bob_secret = join_until_waiting(qtbot, w2, invite_file, inv["code"], tmp_path / "bob-vault", a_info.clock,
                                          a_info.user)
    assert fingerprint in wiz.p_inv.summary.text()  # the same genesis fingerprint on both screens
    click(qtbot, wiz.p_wait.check_btn)  # not approved yet: still waiting
    wait_idle(qtbot, w2.ctx)
    assert wiz.flow.step == Step.WAITING

    approve_pending(qtbot, w1)
    click(qtbot, wiz.p_wait.check_btn)
    qtbot.waitUntil(lambda: wiz.flow.step == Step.DONE, timeout=30000)
    assert "The book is on this laptop" in wiz.p_down.panel.label.text()
    click(qtbot, wiz.next_btn)
    qtbot.waitUntil(lambda: w2.workspace is not None, timeout=20000)
    b_session = w2.workspace.session
    b_page = w2.workspace.customers
    qtbot.waitUntil(lambda: b_page.model.total >= 1, timeout=20000)  # the book arrived: Ada is listed

    # edits on both laptops: the same field (a conflict) and different fields (both survive)
    a_session = ws.session
    ada_a = run_op(qtbot, w1.ctx, get_customer, a_session, cid)
    b_cid = run_op(qtbot, w2.ctx, lambda s: s.conn.execute(
        "SELECT id FROM customers WHERE given_name = 'Ada'").fetchone()[0], b_session)
    ada_b = run_op(qtbot, w2.ctx, get_customer, b_session, b_cid)
    run_op(qtbot, w1.ctx, records_ops.update, a_session, cid, {"job_title": "Countess", "notes": "from A"},
           ada_a["version"])
    run_op(qtbot, w2.ctx, records_ops.update, b_session, b_cid, {"job_title": "Analyst"}, ada_b["version"])

    sync_now(qtbot, w1)   # Sync now, as the user chooses it in the Vault menu
    sync_now(qtbot, w2)
    sync_now(qtbot, w1)
    page = w1.workspace.open_admin("conflicts")   # the conflicts view (ui-sync)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=20000)
    conflict = page.model.row(0)
    assert conflict["field"] == "job_title" and {conflict["kept"], conflict["other"]} == {"Countess", "Analyst"}
    page.view.selectRow(0)
    click(qtbot, page.other_btn)   # take the other laptop's value
    qtbot.waitUntil(lambda: page.result.text().startswith("1 conflict"), timeout=20000)
    assert "resolved" in page.result.text()
    sync_now(qtbot, w1)
    sync_now(qtbot, w2)
    a_now = run_op(qtbot, w1.ctx, get_customer, a_session, cid)
    b_now = run_op(qtbot, w2.ctx, get_customer, b_session, b_cid)
    assert a_now["job_title"] == b_now["job_title"] == conflict["other"]   # both laptops hold the resolution
    assert a_now["notes"] == b_now["notes"] == "from A"           # a different field: both edits survive

    # revoke bob's laptop on the devices screen: its next round is refused
    devices = w1.workspace.open_admin("devices")
    qtbot.waitUntil(lambda: any((devices.model.row(i) or {}).get("user") == "bob"
                                for i in range(devices.model.rowCount())), timeout=20000)
    bob_row = next(i for i in range(devices.model.rowCount()) if devices.model.row(i)["user"] == "bob")
    devices.view.selectRow(bob_row)
    with dialogs.scripted([True]) as shown:
        click(qtbot, devices.revoke_btn)
        qtbot.waitUntil(lambda: devices.model.row(bob_row) is not None
                        and devices.model.row(bob_row)["state"] == "revoked", timeout=20000)
    assert "stay there" in shown[0][2]   # the confirmation says what revoking does not do
    with qtbot.waitSignal(w2.sync.round_finished, timeout=30000) as blocker:
        w2.act_sync_now.trigger()
    assert "revoked" in str(blocker.args[0])


def sync_now(qtbot, window) -> None:
    """Vault > Sync now, once no automatic round is running; waits for the round to finish."""
    qtbot.waitUntil(lambda: not window.sync.running and window.act_sync_now.isVisible(), timeout=30000)
    with qtbot.waitSignal(window.sync.round_finished, timeout=30000) as blocker:
        window.act_sync_now.trigger()
    assert isinstance(blocker.args[0], dict) and blocker.args[0]["refused"] == [], blocker.args[0]
