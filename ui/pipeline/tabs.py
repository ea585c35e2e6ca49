"""The workspace's Pipeline and Dashboard tabs, as the profile allows (deals.read for the board,
customers.read for the dashboard); they load when first shown."""
from __future__ import annotations

from PySide6.QtWidgets import QWidget


def add_board_tabs(workspace) -> list[QWidget]:
    s, pages = workspace.session, []
    if s.can("deals.read"):
        from .board import PipelineBoard

        workspace.pipeline = PipelineBoard(workspace.ctx, s, workspace)
        pages.append(workspace.pipeline)
    if s.can("customers.read"):
        from ..dashboard.page import DashboardPage

        workspace.dashboard = DashboardPage(workspace.ctx, s, workspace)
        pages.append(workspace.dashboard)
    bar = workspace.tabs.tabBar()
    for page in pages:
        i = workspace.tabs.addTab(page, page.windowTitle())
        bar.setTabButton(i, bar.ButtonPosition.RightSide, None)
    return pages
