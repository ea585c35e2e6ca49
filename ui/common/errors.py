"""One sys.excepthook: any error that reaches the event loop becomes a message through
app.errors.user_message (never a traceback in a user's face; the traceback goes to stderr)."""
from __future__ import annotations

import sys
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from app.errors import title_for, user_message
from ui import dialogs


def show_error(exc: BaseException, parent=None) -> None:
    parent = parent or QApplication.activeWindow()
    title = QCoreApplication.translate("Errors", title_for(exc))
    dialogs.error(parent, title, user_message(exc))


def install_excepthook() -> None:
    previous = sys.excepthook

    def hook(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            return previous(exc_type, exc, tb)
        if not isinstance(exc, _expected()):
            traceback.print_exception(exc_type, exc, tb, file=sys.stderr)
        try:
            show_error(exc)
        except Exception:  # noqa: BLE001 - never recurse from the hook
            traceback.print_exc()

    sys.excepthook = hook


def _expected():
    from app.errors import CrmError

    return (CrmError, OSError)
