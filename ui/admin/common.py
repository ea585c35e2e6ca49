"""Shared bits of the admin pages: a page frame with a title, toolbar and table."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..common.widgets import Heading, Note


def when(text: str | None) -> str:
    return (text or "")[:16].replace("T", " ")


class AdminPage(QWidget):
    def __init__(self, ctx, session, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.session = session
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.lay = QVBoxLayout(self)
        self.lay.setContentsMargins(8, 10, 8, 4)
        self.lay.addWidget(Heading(title, level=2))
        self.toolbar = QHBoxLayout()
        self.lay.addLayout(self.toolbar)
        self.message = Note(kind="error")
        self.message.hide()
        self.lay.addWidget(self.message)

    def button(self, text: str, slot, allowed: bool = True, primary: bool = False) -> QPushButton:
        b = QPushButton(text)
        b.setAccessibleName(text)
        if primary:
            b.setObjectName("primary")
        b.clicked.connect(slot)
        self.toolbar.addWidget(b)  # parent first: showing a parentless widget makes it a window
        b.setVisible(allowed)
        return b

    def table(self, model) -> QTableView:
        t = QTableView()
        t.setModel(model)
        t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        t.setAlternatingRowColors(True)
        t.setShowGrid(False)
        t.verticalHeader().hide()
        t.horizontalHeader().setStretchLastSection(True)
        t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        t.setAccessibleName(self.windowTitle())
        self.lay.addWidget(t, 1)
        return t

    def failed(self, exc: BaseException) -> None:
        from app.errors import user_message

        self.message.show_text(user_message(exc), "error")

    def run(self, fn, *args, on_done=None):
        self.message.show_text("")
        return self.ctx.tasks.run(fn, *args, on_done=on_done, on_error=self.failed)
