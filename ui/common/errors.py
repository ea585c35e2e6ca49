"""One sys.excepthook: any error that reaches the event loop becomes a message through
app.errors.user_message (never a traceback in a user's face; the frames, without the message, go to stderr)."""
from __future__ import annotations

import os
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
            # stderr may end up in the desktop session's log: the frames and the type, never the
            # message (it can quote customer data) unless VAULTCRM_DEBUG asks for everything
            if os.environ.get("VAULTCRM_DEBUG"):
                traceback.print_exception(exc_type, exc, tb, file=sys.stderr)
            else:
                sys.stderr.write(f"VaultCRM: unexpected {exc_type.__name__} (message withheld; set VAULTCRM_DEBUG=1)\n")
                traceback.print_tb(tb, file=sys.stderr)
        try:
            show_error(exc)
        except Exception:  # noqa: BLE001 - never recurse from the hook
            traceback.print_exc()

    sys.excepthook = hook


def _expected():
    from app.errors import CrmError

    return (CrmError, OSError)
