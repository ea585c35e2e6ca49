"""Every message box and file picker goes through here, so tests can answer them in advance.

    with dialogs.scripted(["/tmp/sheet.pdf", True]) as shown:
        ...   # the next save_file returns the path, the next confirm returns True
        assert shown[0][0] == "save_file"

Without a script the real (native) dialogs are shown. Under a script, messages (``error``,
``info``) are recorded and never block; a question with no scripted answer fails the test.
"""
from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

_script: list | None = None
_shown: list | None = None
_last_folder: str = ""  # the folder of the last file or folder picked in this run


@contextlib.contextmanager
def scripted(answers: list | None = None) -> Iterator[list]:
    """Pre-answer the next dialogs (in order); yields the list of (kind, title, text) shown."""
    global _script, _shown, _last_folder
    old = (_script, _shown, _last_folder)
    _script, _shown = list(answers or []), []
    try:
        yield _shown
    finally:
        _script, _shown, _last_folder = old


def is_scripted() -> bool:
    return _script is not None


def _answer(kind: str, title: str, text: str, default=None):
    _shown.append((kind, title, text))
    if kind in ("error", "info", "warning"):
        return None
    if not _script:
        raise AssertionError(f"unexpected {kind} dialog: {title}: {text}")
    return _script.pop(0)


def error(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    if _script is not None:
        return _answer("error", title, text)
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    if details:
        box.setDetailedText(details)
    box.exec()


def info(parent: QWidget | None, title: str, text: str) -> None:
    if _script is not None:
        return _answer("info", title, text)
    QMessageBox.information(parent, title, text)


def confirm(parent: QWidget | None, title: str, text: str, yes: str = "", no: str = "") -> bool:
    if _script is not None:
        return bool(_answer("confirm", title, text))
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    y = box.addButton(yes or QCoreApplication.translate("Dialogs", "OK"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(no or QCoreApplication.translate("Dialogs", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is y


def ask_text(parent: QWidget | None, title: str, label: str, secret: bool = False) -> str | None:
    if _script is not None:
        return _answer("ask_text", title, label)
    mode = QLineEdit.EchoMode.Password if secret else QLineEdit.EchoMode.Normal
    text, ok = QInputDialog.getText(parent, title, label, mode)
    return text if ok else None


def documents_folder() -> str:
    return (QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            or str(Path.home()))


def start_path(start: str = "") -> str:
    """Where a file picker opens: ``start`` when it names a place of its own (an existing folder,
    or a file in one), else its file name in the last folder used or the documents folder; never
    the program's folder (a bare file name would be relative to it) nor the bare home folder."""
    path = Path(start).expanduser() if start and "://" not in start else None
    if path is not None and path.is_absolute():
        folder = path if path.is_dir() else path.parent
        if folder.is_dir() and folder not in (Path.home(), Path.cwd()):
            return str(path)
    base = _last_folder if _last_folder and Path(_last_folder).is_dir() else documents_folder()
    name = path.name if path is not None and not path.is_dir() else ""
    return str(Path(base) / name) if name else base


def _picked(path: str | None, is_folder: bool = False) -> str | None:
    global _last_folder
    if path:
        _last_folder = str(Path(path) if is_folder else Path(path).parent)
    return path or None


def save_file(parent: QWidget | None, caption: str, suggested: str = "", filters: str = "",
              vault_folders: tuple | list = ()) -> str | None:
    """A file to write, or None. The choice is checked before it is returned
    (``vault.fsutil.check_output_path``): a place inside a vault folder (any folder holding a vault,
    or one of ``vault_folders``), a folder, a device or a pipe is refused with a message and None
    is returned. Replacing an existing ordinary file is allowed: the file dialog has asked first,
    so callers pass ``force=True`` to the service that writes (which checks again)."""
    suggested = start_path(suggested)
    if _script is not None:
        path = _answer("save_file", caption, suggested)
    else:
        path, _ = QFileDialog.getSaveFileName(parent, caption, suggested, filters)
    if not path:
        return None
    from app.errors import CrmError, user_message
    from vault.fsutil import check_output_path

    try:
        check_output_path(path, force=True, vault_folders=vault_folders)
    except CrmError as exc:
        error(parent, QCoreApplication.translate("Dialogs", "Cannot save there"), user_message(exc))
        return None
    return _picked(str(path))


def open_file(parent: QWidget | None, caption: str, start: str = "", filters: str = "") -> str | None:
    start = start_path(start)
    if _script is not None:
        return _picked(_answer("open_file", caption, start))
    path, _ = QFileDialog.getOpenFileName(parent, caption, start, filters)
    return _picked(path)


def choose_folder(parent: QWidget | None, caption: str, start: str = "") -> str | None:
    start = start_path(start)
    if _script is not None:
        return _picked(_answer("choose_folder", caption, start), is_folder=True)
    path = QFileDialog.getExistingDirectory(parent, caption, start)
    return _picked(path, is_folder=True)


def scripted_answer(kind: str, title: str, text: str = ""):
    """For custom dialogs: under a script, the next answer (else an AssertionError)."""
    return _answer(kind, title, text)
