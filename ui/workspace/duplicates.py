"""Find duplicates…: groups of customers that look like the same one (same e-mail or phone, close
names at the same company); the user picks the record to keep and merges the others into it
(every interaction and deal moves over; the merged records go to the bin)."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.errors import ConflictError, user_message
from app.ops import records as ops
from ui import dialogs

from ..common.widgets import Note

MERGE_ATOMS = ("customers.update", "customers.delete")
GROUP_LIMIT = ops.DUPLICATE_GROUPS


def can_merge(session) -> bool:
    """The rule merge_customers enforces."""
    return all(session.can(a) for a in MERGE_ATOMS)


# ---------------------------------------------------------------------------- dialog
class DuplicatesDialog(QDialog):
    merged = Signal(int)          # the kept customer's id

    def __init__(self, ctx, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.session = session
        self.groups: list[dict] = []
        self.loaded = False
        self.setWindowTitle(self.tr("Find duplicates"))
        self.setObjectName("duplicatesDialog")
        self.resize(760, 460)
        self.note = Note(self.tr("Looking for customers that seem to be the same…"))
        self.group_list = QListWidget()
        self.group_list.setAccessibleName(self.tr("Groups of possible duplicates"))
        self.group_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.group_list.currentRowChanged.connect(self._show_group)
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.reason.setObjectName("muted")
        self.member_list = QListWidget()
        self.member_list.setAccessibleName(self.tr("Records in the group: choose the one to keep"))
        self.member_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.member_list.currentRowChanged.connect(lambda _r: self._update_buttons())
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(QLabel(self.tr("Why they look alike:")))
        rl.addWidget(self.reason)
        rl.addWidget(QLabel(self.tr("Keep this record (the others are merged into it):")))
        rl.addWidget(self.member_list, 1)
        split = QSplitter()
        split.addWidget(self.group_list)
        split.addWidget(right)
        split.setStretchFactor(1, 2)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.merge_btn = self.buttons.addButton(self.tr("Merge…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.merge_btn.setAccessibleName(self.tr("Merge the group into the chosen record"))
        self.merge_btn.clicked.connect(self.merge_selected)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.note)
        row = QHBoxLayout()
        row.addWidget(split)
        lay.addLayout(row, 1)
        lay.addWidget(self.buttons)
        self._update_buttons()
        self.refresh()

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        """Enter on a group moves on to its records; Enter on the record to keep is Merge…"""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.group_list.hasFocus():
            self.member_list.setFocus()
            return
        super().keyPressEvent(event)

    def refresh(self) -> None:
        self.loaded = False
        self.ctx.tasks.run(ops.duplicate_groups, self.session, on_done=self._groups, on_error=self._failed)

    def _groups(self, groups: list[dict]) -> None:
        self.groups = groups
        self.group_list.clear()
        self.member_list.clear()
        self.reason.clear()
        for g in groups:
            names = " / ".join(m["display_name"] for m in g["members"])
            item = QListWidgetItem(names)
            item.setToolTip(self._reasons_text(g))
            self.group_list.addItem(item)
        if len(groups) >= GROUP_LIMIT:
            self.note.show_text(self.tr("Showing the first {0} groups of possible duplicates; merge some and "
                                        "search again for more.").format(GROUP_LIMIT), "info")
            self.group_list.setCurrentRow(0)
        elif groups:
            self.note.show_text(self.tr("{0} groups of possible duplicates. Pick a group, then the record to keep.")
                                .format(len(groups)) if len(groups) != 1 else
                                self.tr("1 group of possible duplicates. Pick the record to keep."), "info")
            self.group_list.setCurrentRow(0)
        else:
            self.note.show_text(self.tr("No duplicates found."), "success")
        self.loaded = True
        self._update_buttons()

    def _reasons_text(self, group: dict) -> str:
        return "\n".join(self._reason_label(r) for r in group["reasons"])

    def _reason_label(self, reason: dict) -> str:
        # the service gives each reason as a code and a value (an address, a number, two names)
        texts = {"same_email": self.tr("same email ({0})"), "same_phone": self.tr("same phone ({0})"),
                 "close_names": self.tr("close names at the same company ({0})")}
        text = texts.get(reason.get("code"))
        return text.format(reason.get("value", "")) if text else str(reason.get("value", ""))

    def _show_group(self, row: int) -> None:
        self.member_list.clear()
        if not (0 <= row < len(self.groups)):
            self.reason.clear()
            self._update_buttons()
            return
        g = self.groups[row]
        self.reason.setText(self._reasons_text(g))
        for m in g["members"]:
            parts = [m["display_name"]]
            if m["company_name"] and m["company_name"] != m["display_name"]:
                parts.append(m["company_name"])
            parts.append(", ".join(m["emails"]) or self.tr("no e-mail"))
            item = QListWidgetItem(" · ".join(parts))
            item.setData(Qt.ItemDataRole.UserRole, m["id"])
            self.member_list.addItem(item)
        self.member_list.setCurrentRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.merge_btn.setEnabled(can_merge(self.session) and self.member_list.currentRow() >= 0)

    def select_keep(self, customer_id: int) -> None:
        for i in range(self.member_list.count()):
            if self.member_list.item(i).data(Qt.ItemDataRole.UserRole) == customer_id:
                self.member_list.setCurrentRow(i)
                return
        raise KeyError(customer_id)

    def merge_selected(self) -> None:
        row = self.group_list.currentRow()
        keep_row = self.member_list.currentRow()
        if not (0 <= row < len(self.groups)) or keep_row < 0 or not can_merge(self.session):
            return
        g = self.groups[row]
        keep = g["members"][keep_row]
        others = [m for m in g["members"] if m["id"] != keep["id"]]
        text = self.tr("Keep {0} and merge {1} into it? Their contact details fill in what is missing, and every "
                       "interaction and deal moves to the kept record. The merged records go to the bin.").format(
            keep["display_name"], ", ".join(m["display_name"] for m in others))
        if not dialogs.confirm(self, self.tr("Merge customers"), text, self.tr("Merge"), self.tr("Cancel")):
            return
        self.merge_btn.setEnabled(False)
        versions = {m["id"]: m["version"] for m in g["members"]}
        self.ctx.changes.run(ops.merge, self.session, keep["id"], [m["id"] for m in others], versions,
                           on_done=self._merged, on_error=self._failed)

    def _merged(self, keep_id: int) -> None:
        self.merged.emit(keep_id)
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        self.loaded = True
        if isinstance(exc, ConflictError):
            self.note.show_text(self.tr("One of these records was changed by someone else meanwhile; the list "
                                        "was reloaded, please check and merge again."), "warning")
            self.ctx.tasks.run(ops.duplicate_groups, self.session, on_done=self._groups_keep_note, on_error=self._failed)
            return
        self.note.show_text(user_message(exc), "error")
        self._update_buttons()

    def _groups_keep_note(self, groups: list[dict]) -> None:
        text, kind = self.note.text(), self.note.property("kind")
        self._groups(groups)
        self.note.show_text(text, kind)

    def clear(self) -> None:
        self.groups = []
        self.group_list.clear()
        self.member_list.clear()
        self.reason.clear()
