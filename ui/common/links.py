"""Opening a link in the system's handler (mail program for mailto:, phone app for tel:). Tests
record the links instead of opening anything:

    with links.recorded() as opened:
        ...   # clicking an e-mail address appends "mailto:a@b.com"
"""
from __future__ import annotations

import contextlib
from collections.abc import Iterator

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

_recorded: list[str] | None = None


@contextlib.contextmanager
def recorded() -> Iterator[list[str]]:
    global _recorded
    old, _recorded = _recorded, []
    try:
        yield _recorded
    finally:
        _recorded = old


def mail_url(address: str) -> QUrl:
    return QUrl("mailto:" + address.strip())


def phone_url(number: str) -> QUrl:
    """tel: with the number's digits and a leading + (spaces, dashes and brackets dropped)."""
    text = number.strip()
    digits = "".join(c for c in text if c.isdigit())
    return QUrl("tel:" + ("+" if text.startswith("+") else "") + digits)


def open_url(url: QUrl) -> bool:
    """Hand the link to the system; False when no program takes it."""
    if _recorded is not None:
        _recorded.append(url.toString())
        return True
    return QDesktopServices.openUrl(url)
