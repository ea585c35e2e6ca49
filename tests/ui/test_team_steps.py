"""Issue 15: the steps of starting a team and joining one, one by one: the connection test writes
nothing and refuses a vault folder or a file; Start the team waits for a passing test of the
location shown; the Join a team state machine refuses a file that is no invitation, an expired
invitation and a mistyped code, and says whom it waits for until the approval lands."""
from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from app.errors import StorageError
from app.ops import devices as ops
from app.team_wizard import JoinFlow, Step
from tests.ui.conftest import sign_in


def test_the_connection_test_writes_nothing_and_refuses_a_vault_or_a_file(vault_info, tmp_path):
    new = tmp_path / "share" / "team"
    assert ops.check_location(str(new)) == {"url": str(new), "remote": False}
    assert not new.exists() and not new.parent.exists()   # nothing made by the test
    with pytest.raises(StorageError, match="holds a vault"):
        ops.check_location(str(vault_info.path))
    (tmp_path / "a-file").write_text("x")
    with pytest.raises(StorageError, match="is a file"):
        ops.check_location(str(tmp_path / "a-file"))


def test_start_the_team_waits_for_a_passing_test_of_the_location_shown(window, vault_info, tmp_path, qtbot):
    ws = sign_in(qtbot, window, vault_info)
    qtbot.waitUntil(lambda: ws.actions_by_name["teamStart"].isVisible())
    assert not ws.actions_by_name["teamInvite"].isEnabled()   # no team yet: nothing to invite to
    ws.actions_by_name["teamStart"].trigger()
    dlg = ws.team_dialog
    qtbot.keyClicks(dlg.picker.url, str(vault_info.path))   # a vault folder: refused
    qtbot.mouseClick(dlg.picker.test_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "holds a vault" in dlg.picker.state.text(), timeout=10000)
    assert not dlg.start_btn.isEnabled()
    dlg.picker.url.clear()
    qtbot.keyClicks(dlg.picker.url, str(tmp_path / "loc"))
    qtbot.mouseClick(dlg.picker.test_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dlg.start_btn.isEnabled, timeout=10000)
    qtbot.keyClicks(dlg.picker.url, "2")   # edited after the test: test again first
    assert not dlg.start_btn.isEnabled() and not dlg.picker.passed
    dlg.reject()


@pytest.fixture
def invitation(new_vault, tmp_path):
    """A book on a folder location with an invitation for bob; (admin session, file, code)."""
    info = new_vault("a")
    s = info.sign_in()
    ops.start_team(s, str(tmp_path / "loc"))
    inv = ops.invite(s, "bob", tmp_path / "bob.vaultcrm-invite", "Sales")
    yield s, tmp_path / "bob.vaultcrm-invite", inv["code"], info
    s.close()


def test_the_join_flow_refuses_what_is_no_invitation_and_a_mistyped_code(invitation, tmp_path):
    _s, path, code, _info = invitation
    flow = JoinFlow()
    (tmp_path / "notes.txt").write_text("hello")
    assert "not a VaultCRM invitation" in flow.read_invitation(tmp_path / "notes.txt")[0]
    assert flow.set_invitation(code) == ["Open the invitation file first."]
    assert flow.read_invitation(path) == [] and flow.username == "bob" and not flow.remote
    assert "8 letters and digits" in flow.set_invitation("ABCD-EFG")[0]
    assert flow.step == Step.INVITATION
    assert flow.set_invitation(" " + code.lower().replace("-", " ") + " ") == []   # any case, spaces
    assert flow.step == Step.FOLDER
    assert flow.set_folder(_info.path)   # there is a vault there already
    assert flow.set_folder(tmp_path / "bob-vault") == [] and flow.step == Step.PASSWORD


def test_an_expired_invitation_is_refused_before_anything_is_made(invitation, tmp_path):
    _s, path, code, info = invitation
    info.clock.advance(8 * 86400)
    flow = JoinFlow()
    assert "expired" in flow.read_invitation(path)[0]
    assert "expired" in flow.set_invitation(code)[0] and flow.step == Step.INVITATION
    assert json.loads(path.read_bytes())["user"]["name"] == "bob"


def test_the_joining_laptop_waits_for_the_administrator_then_downloads(invitation, tmp_path):
    admin, path, code, info = invitation
    from vault import kdf

    joined = ops.join(tmp_path / "bob-vault", path, "bob's own long passphrase 7", code, kdf_params=kdf.FLOOR)
    try:
        flow = JoinFlow(step=Step.WAITING, joined=joined)
        state = ops.join_state(joined.session)
        assert state == {"state": "waiting", "admins": [info.user]}
        flow.approval(state)
        assert flow.step == Step.WAITING and flow.waiting_text() == f"Waiting for {info.user} to approve this laptop."
        out = ops.approve(admin, joined.device_id).result
        assert out["round_error"] is None and out["round"]["refused"] == []
        flow.approval(ops.join_state(joined.session))
        assert flow.step == Step.DOWNLOAD
        result = ops.download(joined.session).result
        assert result["has_book"] and result["refused"] == []
        flow.download_started()
        flow.downloaded(result)
        assert flow.step == Step.DONE
    finally:
        joined.session.close()
