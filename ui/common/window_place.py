"""Where the main window opens and whom the sign-in panel expects: the size and place of the last
run (only onto a screen still there), a first size that fits the screen, and the last user name
per vault folder, all in the per-machine local settings (``app.settings.LocalSettings``)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

FIRST_SIZE = QSize(1200, 780)
FRAME = QSize(16, 40)  # room for the window manager's frame and title bar, unknown before the first show
LAST_USERS = "ui.last_users"
KEEP_USERS = 8


def place_window(window: QWidget, saved: str = "") -> None:
    """Restore ``saved`` (``QWidget.saveGeometry`` as base64) when its middle is on a screen,
    kept inside that screen's available area; else the first size, fitted and centred."""
    if saved and window.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii"))):
        screen = QGuiApplication.screenAt(window.frameGeometry().center())
        if screen is not None:
            _keep_inside(window, screen.availableGeometry())
            return
    screen = window.screen() or QGuiApplication.primaryScreen()
    avail = screen.availableGeometry()
    size = FIRST_SIZE.boundedTo(avail.size() - FRAME)
    window.resize(size)
    outer = size + FRAME
    window.move(avail.left() + (avail.width() - outer.width()) // 2, avail.top() + (avail.height() - outer.height()) // 2)


def _keep_inside(window: QWidget, avail: QRect) -> None:
    """The window (with its frame) shrunk to fit ``avail`` and moved inside it, if it is not."""
    frame = window.frameGeometry()
    extra = frame.size() - window.size()
    if extra.isEmpty():  # the frame is not known before the first show
        extra = FRAME
    if avail.contains(QRect(frame.topLeft(), window.size() + extra)):
        return
    size = window.size().boundedTo(avail.size() - extra)
    window.resize(size)
    x = min(max(frame.x(), avail.left()), avail.left() + avail.width() - size.width() - extra.width())
    y = min(max(frame.y(), avail.top()), avail.top() + avail.height() - size.height() - extra.height())
    window.move(QPoint(x, y))


def remembered_user(local, folder: Path | None) -> str:
    if folder is None:
        return ""
    return str(local.get(LAST_USERS).get(str(folder), ""))


def remember_user(local, folder: Path | None, username: str) -> None:
    """The user name only (never a password or anything typed with it), for the recent vaults."""
    if folder is None or not username:
        return
    users = {k: v for k, v in local.get(LAST_USERS).items() if k != str(folder)}
    users[str(folder)] = username
    local.set(LAST_USERS, dict(list(users.items())[-KEEP_USERS:]))
