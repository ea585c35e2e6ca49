"""My day: the signed-in user's open tasks, overdue, due today and due in the next 7 days, in one
table. Keys: Insert adds a task, Enter edits the selected one, Space marks it done, Ctrl+Shift+Z
snoozes its reminder by 10 minutes; the buttons do the same with clicks. Every write is a use case
run through the ChangeBus; the page reloads in ``follow`` (the one refresh place)."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import user_message
from app.ops import tasks as ops
from app.records.tasks import today

from .. import dialogs
from .model import TaskModel, TaskRole


class TaskTable(QTableView):
    key_action = Signal(str)   # new, edit, done

    def keyPressEvent(self, event):  # noqa: N802
        keys = {Qt.Key.Key_Insert: "new", Qt.Key.Key_Return: "edit", Qt.Key.Key_Enter: "edit",
                Qt.Key.Key_Space: "done"}
        action = keys.get(Qt.Key(event.key()))
        if action and event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier):
            self.key_action.emit(action)
            return
        super().keyPressEvent(event)


class MyDayPage(QWidget):
    loaded = Signal()
    notify = Signal(str, str, object)   # text, kind, action

    def __init__(self, ctx, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.session = ctx, session
        self.setObjectName("myDay")
        self.setWindowTitle(self.tr("My day"))
        self.can_write = session.can("interactions.write")
        self.model = TaskModel(self)
        self.summary = QLabel()
        self.summary.setObjectName("myDaySummary")
        self.table = TaskTable()
        self.table.setObjectName("myDayTable")
        self.table.setAccessibleName(self.tr("My tasks"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for col in (0, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.edit_task())
        self.table.key_action.connect(self._key)
        self.dialog = None
        lay = QVBoxLayout(self)
        lay.addLayout(self._buttons())
        lay.addWidget(self.summary)
        lay.addWidget(self.table, 1)
        ctx.changes.changed.connect(self.follow)

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.new_btn = QPushButton(self.tr("&New task…"))
        self.new_btn.clicked.connect(self.new_task)
        self.edit_btn = QPushButton(self.tr("&Edit…"))
        self.edit_btn.clicked.connect(self.edit_task)
        self.done_btn = QPushButton(self.tr("Mark &done"))
        self.done_btn.clicked.connect(self.complete_task)
        self.snooze_btn = QToolButton()
        self.snooze_btn.setText(self.tr("&Snooze"))
        self.snooze_btn.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.snooze_btn)
        self.snooze_actions: dict[str, QAction] = {}
        for preset, label in (("10m", self.tr("10 minutes")), ("1h", self.tr("1 hour")),
                              ("tomorrow", self.tr("Tomorrow morning"))):
            act = menu.addAction(label)
            act.triggered.connect(lambda _c=False, p=preset: self.snooze_task(p))
            self.snooze_actions[preset] = act
        self.snooze_actions["10m"].setShortcut(QKeySequence("Ctrl+Shift+Z"))
        self.snooze_actions["10m"].setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.snooze_actions["10m"])
        self.snooze_btn.setMenu(menu)
        self.export_btn = QPushButton(self.tr("Export &calendar…"))
        self.export_btn.clicked.connect(self.export_calendar)
        for b in (self.new_btn, self.edit_btn, self.done_btn, self.snooze_btn):
            b.setEnabled(self.can_write)
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(self.export_btn)
        return row

    # ---------------------------------------------------------------------------- loading
    def reload(self) -> None:
        if self.session is not None:
            self.ctx.tasks.run(ops.my_day, self.session, on_done=self._loaded, on_error=self._failed)

    def _loaded(self, day) -> None:
        if self.session is None:
            return
        keep = self.current()
        self.model.set_rows(day.rows)
        self.summary.setText(self.tr("Overdue: {0} · Today: {1} · Next 7 days: {2}").format(
            len(day.overdue), len(day.due_today), len(day.upcoming)))
        row = self.model.row_of(keep["id"]) if keep else -1
        if row < 0 and self.model.rows:
            row = 0
        if row >= 0:
            self.table.selectRow(row)
        self.loaded.emit()

    def follow(self, changes) -> None:
        if changes.tasks or changes.lists or changes.deleted or changes.customers:
            self.reload()

    def current(self) -> dict | None:
        idx = self.table.currentIndex()
        return idx.data(TaskRole) if idx.isValid() else None

    def _key(self, action: str) -> None:
        {"new": self.new_task, "edit": self.edit_task, "done": self.complete_task}[action]()

    # ---------------------------------------------------------------------------- actions
    def new_task(self) -> None:
        if self.can_write:
            self._open_dialog(None)

    def edit_task(self) -> None:
        task = self.current()
        if task is not None and self.can_write:
            self._open_dialog(task)

    def _open_dialog(self, task: dict | None) -> None:
        from .editor import TaskDialog

        self.dialog = TaskDialog(task, self, today=today())
        self.dialog.accepted.connect(lambda: self._save(task, self.dialog.values()))
        self.dialog.open()

    def _save(self, task: dict | None, values: dict) -> None:
        if task is None:
            self.ctx.changes.run(ops.add, self.session, values, on_error=self._failed)
        else:
            self.ctx.changes.run(ops.update, self.session, task["id"], values, task["version"],
                                 on_error=self._failed)

    def complete_task(self) -> None:
        task = self.current()
        if task is not None and self.can_write:
            self.ctx.changes.run(ops.complete, self.session, task["id"], True, on_error=self._failed)

    def snooze_task(self, preset: str, task_id: int | None = None) -> None:
        task = self.current()
        tid = task_id if task_id is not None else (task["id"] if task else None)
        if tid is not None and self.can_write:
            self.ctx.changes.run(ops.snooze, self.session, tid, preset, on_error=self._failed)

    def export_calendar(self) -> None:
        path = dialogs.save_file(self, self.tr("Export tasks and meetings"), "vaultcrm.ics",
                                 self.tr("Calendar files (*.ics)"), vault_folders=[self.session.vault.folder])
        if not path:
            return

        def done(r: dict) -> None:
            self.notify.emit(self.tr("Wrote {path}: {tasks} tasks, {meetings} meetings.").format(**r), "info", None)

        self.ctx.tasks.run(ops.export_calendar, self.session, path, force=True, on_done=done, on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.notify.emit(user_message(exc), "error", None)
        self.reload()

    def clear(self) -> None:
        """Lock: no task (nor customer name) stays in memory of a widget."""
        self.session = None
        self.model.clear()
        self.summary.clear()
        if self.dialog is not None:
            self.dialog.close()
