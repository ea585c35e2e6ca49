"""Settings: auto-lock minutes, clipboard timeout, alert working hours, phone region. Values
and ranges come from the app.settings registry; saving needs settings.manage (else read-only)."""
from __future__ import annotations

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import user_message
from app.settings import REGISTRY, VaultSettings

from .common.widgets import BusyBar, Note

KEYS = ("lock.idle_minutes", "clipboard.clear_seconds", "alerts.working_hours_start", "alerts.working_hours_end",
        "records.phone_region", "backup.target_url", "backup.interval_hours", "backup.on_lock", "backup.on_exit")


def load(session) -> dict:
    s = VaultSettings(session)
    return {k: s.get(k) for k in KEYS}


def save(session, changes: dict) -> None:
    s = VaultSettings(session)
    for k, v in changes.items():
        s.set(k, v)


class SettingsDialog(QDialog):
    saved = Signal()

    def __init__(self, ctx, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.session = session
        self.values: dict = {}
        self.setWindowTitle(self.tr("Settings"))
        self.editable = session.can("settings.manage")
        form = QFormLayout()
        self.widgets: dict[str, QWidget] = {}
        for key in KEYS:
            spec = REGISTRY[key]
            if spec.type is int:
                w = QSpinBox()
                w.setRange(int(spec.minimum), int(spec.maximum))
            elif key.startswith("alerts.working_hours"):
                w = QTimeEdit()
                w.setDisplayFormat("HH:mm")
            elif spec.type is bool:
                w = QCheckBox()
            else:
                w = QLineEdit()
                if key == "records.phone_region":
                    w.setMaxLength(2)
            w.setAccessibleName(self.tr(spec.label))
            w.setEnabled(self.editable)
            form.addRow(self.tr(spec.label), w)
            self.widgets[key] = w
        self.message = Note(kind="error")
        self.message.hide()
        self.busy = BusyBar()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
                                        if self.editable else QDialogButtonBox.StandardButton.Close)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        if not self.editable:
            lay.addWidget(Note(self.tr("Your profile cannot change settings; they are shown read-only.")))
        lay.addLayout(form)
        lay.addWidget(self.message)
        lay.addWidget(self.busy)
        lay.addWidget(self.buttons)
        self.busy.show()
        ctx.tasks.run(load, session, on_done=self._loaded, on_error=self._failed)

    def _loaded(self, values: dict) -> None:
        self.busy.hide()
        self.values = values
        for key, value in values.items():
            w = self.widgets[key]
            if isinstance(w, QSpinBox):
                w.setValue(int(value))
            elif isinstance(w, QTimeEdit):
                w.setTime(QTime.fromString(str(value), "HH:mm"))
            elif isinstance(w, QCheckBox):
                w.setChecked(bool(value))
            else:
                w.setText(str(value))

    def current(self) -> dict:
        out = {}
        for key, w in self.widgets.items():
            if isinstance(w, QSpinBox):
                out[key] = w.value()
            elif isinstance(w, QTimeEdit):
                out[key] = w.time().toString("HH:mm")
            elif isinstance(w, QCheckBox):
                out[key] = w.isChecked()
            elif key == "records.phone_region":
                out[key] = w.text().strip().upper()
            else:
                out[key] = w.text().strip()
        return out

    def save(self) -> None:
        changes = {k: v for k, v in self.current().items() if self.values.get(k) != v}
        if not changes:
            self.accept()
            return
        self.busy.show()
        self.ctx.tasks.run(save, self.session, changes, on_done=self._saved, on_error=self._failed)

    def _saved(self, _r) -> None:
        self.busy.hide()
        self.saved.emit()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.busy.hide()
        self.message.show_text(user_message(exc), "error")
