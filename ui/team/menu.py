"""The team entries of the Administration menu (administrators: ``users.manage``). Start a team
is offered while this vault is in no team; Invite and Pending laptops once it is."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from app.ops import devices as ops


def add_team_actions(ws, admin_menu: QMenu) -> None:
    """Add the actions through the workspace's ``_act`` (so tests find them by name)."""
    allowed = ws.session.can("users.manage")
    if allowed:
        admin_menu.addSeparator()
    start = ws._act(admin_menu, "teamStart", QCoreApplication.translate("Team", "Start a team…"),
                    lambda: open_start_team(ws), allowed=allowed)
    invite = ws._act(admin_menu, "teamInvite", QCoreApplication.translate("Team", "Invite a laptop…"),
                     lambda: open_invite(ws), allowed=allowed)
    pending = ws._act(admin_menu, "teamPending", QCoreApplication.translate("Team", "Pending laptops…"),
                      lambda: open_pending(ws), allowed=allowed)
    if not allowed:
        return

    def state(s: dict) -> None:
        start.setVisible(not s["in_team"])
        invite.setEnabled(s["in_team"])
        pending.setEnabled(s["in_team"])

    state({"in_team": False})
    ws.ctx.tasks.run(ops.team_state, ws.session, on_done=state, on_error=lambda e: None)
    ws.team_menu_state = state


def open_start_team(ws):
    from .start_team import StartTeamDialog

    dlg = StartTeamDialog(ws.ctx, ws.session, ws)
    dlg.started.connect(lambda _out: _team_started(ws))
    dlg.open()
    ws.team_dialog = dlg
    return dlg


def _team_started(ws) -> None:
    """The vault is in a team now: the team entries, and the window's sync (status, Sync now)."""
    ws.team_menu_state({"in_team": True})
    controller = getattr(ws.window(), "sync", None)
    if controller is not None and hasattr(controller, "refresh"):
        controller.refresh()


def open_invite(ws):
    from .invite import InviteDialog

    dlg = InviteDialog(ws.ctx, ws.session, ws)
    dlg.open()
    ws.team_dialog = dlg
    return dlg


def open_pending(ws):
    from .approve import PendingLaptopsDialog

    dlg = PendingLaptopsDialog(ws.ctx, ws.session, ws)
    dlg.open()
    ws.team_dialog = dlg
    return dlg
