"""A team of two real vaults on a folder location for the sync widget tests: device A (the
template vault, signed in through the real sign-in panel) and device B (a copy admitted to the
roster, ``tests/sync_team.py``), whose session the test keeps as "the other laptop"."""
from __future__ import annotations

import pytest

from app.records import create_customer, get_customer, update_customer
from tests.sync_team import Team
from tests.ui.conftest import sign_in, wait_idle

ADA = {"given_name": "Ada", "family_name": "Lovelace", "emails": ["ada@analytical.example"]}
GRACE = {"given_name": "Grace", "family_name": "Hopper", "emails": ["grace@navy.example"]}


@pytest.fixture
def team(vault_info, tmp_path):
    """Devices A and B of one book, both synced; A's session closed (the window signs in to it)."""
    t = Team(vault_info, tmp_path, str(tmp_path / "location"))
    t.add("B")
    for data in (ADA, GRACE):
        create_customer(t["A"], data)
    t.sync("A", "B")
    t.sessions.pop("A").close()
    vault_info.clock.advance()
    yield t
    t.close()


def sign_in_team(qtbot, window, ctx, vault_info):
    """Device A in the window; waits for the round sign-in starts to end."""
    ws = sign_in(qtbot, window, vault_info)
    qtbot.waitUntil(lambda: window.sync.overview is not None and not window.sync.running
                    and window.status.sync.state not in ("", "running"), timeout=20000)
    wait_idle(qtbot, ctx)
    return ws


def uid_of(s, cid: int) -> str:
    return s.conn.execute("SELECT uid FROM customers WHERE id = ?", (cid,)).fetchone()[0]


def cid_of(s, uid: str) -> int:
    return s.conn.execute("SELECT id FROM customers WHERE uid = ?", (uid,)).fetchone()[0]


def edit(s, uid: str, **changes) -> None:
    cid = cid_of(s, uid)
    update_customer(s, cid, changes, get_customer(s, cid, audited=False)["version"])


def sync_round(qtbot, window, button=None) -> None:
    """Sync now (or ``button``, Retry), as the user clicks it; waits for the round to end."""
    from PySide6.QtCore import Qt

    qtbot.waitUntil(lambda: not window.sync.running, timeout=20000)
    with qtbot.waitSignal(window.sync.round_finished, timeout=20000):
        qtbot.mouseClick(button or window.status.sync.sync_now, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.status.sync.state not in ("", "running"), timeout=10000)


CAROL_PASSWORD = "carol's own long passphrase 9"


@pytest.fixture
def waiting_laptop(vault_info, tmp_path):
    """Device A of a team book holding Ada and Grace, and Carol's new laptop, invited and joined
    (``device join``): its request waits for an administrator. A's session closed (the window signs
    in to it); the team keeps Carol's session as "C"."""
    from app.ops import devices as ops_devices
    from vault import kdf

    t = Team(vault_info, tmp_path, str(tmp_path / "location"))
    for data in (ADA, GRACE):
        create_customer(t["A"], data)
    invite = tmp_path / "carol.vaultcrm-invite"
    inv = ops_devices.invite(t["A"], "carol", invite, profile="Sales")
    joined = ops_devices.join(tmp_path / "carol-vault", invite, CAROL_PASSWORD, inv["code"], kdf_params=kdf.FLOOR)
    t.sessions["C"] = joined.session
    t.sessions.pop("A").close()
    vault_info.clock.advance()
    yield t, joined.device_id
    t.close()
