"""The workspace's My day tab and its reminders. My day is the landing screen of a profile of
scope ``own`` (the built-in Sales: a salesperson's day starts with whom to call); other profiles
land on the customer list and find My day beside it."""
from __future__ import annotations

from .page import MyDayPage
from .reminders import ReminderService


def add_my_day(workspace) -> MyDayPage | None:
    s = workspace.session
    if not s.can("customers.read"):
        return None
    page = MyDayPage(workspace.ctx, s, workspace)
    page.notify.connect(workspace.notify)
    tabs, bar = workspace.tabs, workspace.tabs.tabBar()
    landing = not s.scope_all
    i = tabs.insertTab(0 if landing else 1, page, page.windowTitle())
    bar.setTabButton(i, bar.ButtonPosition.RightSide, None)
    if landing:
        tabs.setCurrentIndex(i)
    page.reminders = ReminderService(workspace.ctx, s, workspace.notify, page.snooze_task, page)
    page.reload()
    return page


def clear_my_day(page: MyDayPage | None) -> None:
    if page is not None:
        page.reminders.stop()
        page.clear()
