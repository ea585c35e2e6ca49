"""Screenshots of the Join a team wizard (issue 15) for docs/screenshots/: the invitation opened
with its code typed, waiting for the administrator's approval, and the book downloaded. Run by
python3 .ci/dev.py screenshots."""
from __future__ import annotations

import pytest

from app.team_wizard import Step
from tests.ui.conftest import sign_in
from tests.ui.test_screenshots import shot
from tests.ui.test_team_flow import (
    approve_pending,
    click,
    invite_bob,
    join_until_waiting,
    second_window,  # noqa: F401 (the fixture)
    start_team,
)

pytestmark = pytest.mark.screenshots


def test_join_wizard_screenshots(window, second_window, new_vault, tmp_path, qtbot):  # noqa: F811
    a_info = new_vault("a")
    sign_in(qtbot, window, a_info)
    start_team(qtbot, window, tmp_path / "team-location")
    invite_file = tmp_path / "bob.vaultcrm-invite"
    inv = invite_bob(qtbot, window, invite_file)
    second_window.resize(1280, 800)
    paths = []
    wiz, _secret = join_until_waiting(qtbot, second_window, invite_file, inv["code"], tmp_path / "bob-vault",
                                      a_info.clock, a_info.user,
                                      shot=lambda name: paths.append(shot(second_window, name)))
    approve_pending(qtbot, window)
    click(qtbot, wiz.p_wait.check_btn)
    qtbot.waitUntil(lambda: wiz.flow.step == Step.DONE, timeout=30000)
    paths.append(shot(second_window, "join-wizard-downloaded"))
    assert [p.name for p in paths] == ["join-wizard-invitation.png", "join-wizard-waiting.png",
                                       "join-wizard-downloaded.png"]
    for p in paths:
        assert p.stat().st_size > 5_000
