"""Settings: auto-lock minutes, clipboard timeout, alert working hours, phone region. Values
and ranges come from the app.settings registry; saving needs settings.manage (else read-only)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTime, Signal
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
from app.ops import settings as ops
from app.setting_keys import dialog_settings

from .common.country import CountryBox
from .common.language import LanguageBox
from .common.widgets import BusyBar, Note
from .i18n import chosen_language, remember_language


def editor_for(spec) -> QWidget:
    """The widget the declaration's ``editor`` asks for."""
    if spec.editor == "number":
        w = QSpinBox()
        w.setRange(int(spec.minimum), int(spec.maximum))
    elif spec.editor == "time":
        w = QTimeEdit()
        w.setDisplayFormat("HH:mm")
    elif spec.editor == "check":
        w = QCheckBox()
    elif spec.editor == "country":
        w = CountryBox()
    else:
        w = QLineEdit()
    return w


class SettingsDialog(QDialog):
    saved = Signal()

    def __init__(self, ctx, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.session = session
        self.values: dict = {}
        self.language_changed = ""  # the language chosen here (applies at the next start)
        self.setWindowTitle(self.tr("Settings"))
        self.editable = session.can("settings.manage")
        form = QFormLayout()
        self.widgets: dict[str, QWidget] = {}
        self.specs = {spec.key: spec for spec in dialog_settings()}
        for key, spec in self.specs.items():
            w = editor_for(spec)
            label = QCoreApplication.translate("Settings", spec.label)
            w.setAccessibleName(label)
            w.setToolTip(QCoreApplication.translate("Settings", spec.description) if spec.description else "")
            w.setEnabled(self.editable)
            form.addRow(label, w)
            self.widgets[key] = w
        # the user's own, on this machine: anyone may change it, applied at the next start
        self.language_box = LanguageBox(chosen_language(ctx.local, session.username))
        self.language_box.setToolTip(self.tr("The language of VaultCRM for you on this computer. It applies the "
                                             "next time you start VaultCRM."))
        form.addRow(self.tr("Language (from the next start):"), self.language_box)
        self.message = Note(kind="error")
        self.message.hide()
        self.busy = BusyBar()
        # Save even when read-only: the language is the user's own
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        if not self.editable:
            lay.addWidget(Note(self.tr("Your profile cannot change the vault's settings; they are shown read-only. "
                                       "Your language is yours to choose.")))
        lay.addLayout(form)
        lay.addWidget(self.message)
        lay.addWidget(self.busy)
        lay.addWidget(self.buttons)
        self.busy.show()
        ctx.tasks.run(ops.load_dialog, session, on_done=self._loaded, on_error=self._failed)

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
            elif isinstance(w, CountryBox):
                w.set_code(str(value))
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
            elif isinstance(w, CountryBox):
                out[key] = w.code()
            else:
                out[key] = w.text().strip()
        return out

    def save(self) -> None:
        self._save_language()
        changes = {k: v for k, v in self.current().items() if self.values.get(k) != v}
        if not changes:
            self.accept()
            return
        self.busy.show()
        self.ctx.changes.run(ops.save, self.session, changes, on_done=self._saved, on_error=self._failed)

    def _save_language(self) -> None:
        code = self.language_box.code()
        if code != chosen_language(self.ctx.local, self.session.username):
            remember_language(self.ctx.local, code, self.session.username)
            self.language_changed = code

    def _saved(self, _r) -> None:
        self.busy.hide()
        self.saved.emit()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.busy.hide()
        self.message.show_text(user_message(exc), "error")
