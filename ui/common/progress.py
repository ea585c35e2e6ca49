"""A progress dialog with Cancel for long jobs on the worker (backup, restore, import, export)."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QProgressBar, QVBoxLayout, QWidget

PHASES = {"snapshot": "Copying the database", "encrypt": "Encrypting", "upload": "Uploading",
          "verify": "Reading back and verifying", "download": "Downloading", "decrypt": "Decrypting",
          "check": "Checking", "open": "Opening the restored vault", "import": "Importing", "export": "Exporting"}


class ProgressPanel(QWidget):
    """Label + bar + Cancel; ``update(phase, done, total)`` from on_progress callbacks."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Progress"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self._cancel)
        lay.addWidget(self.label)
        lay.addWidget(self.bar)
        lay.addWidget(self.buttons)
        self.cancelled = False

    def update_progress(self, value) -> None:
        if isinstance(value, tuple) and len(value) == 3:
            phase, done, total = value
            self.label.setText(self.tr(PHASES.get(phase, str(phase).capitalize())) + "…")
        else:
            done, total = value if isinstance(value, tuple) else (value, 0)
        if total:
            self.bar.setRange(0, 1000)
            self.bar.setValue(int(1000 * min(1.0, done / total)))
        else:
            self.bar.setRange(0, 0)

    def _cancel(self) -> None:
        self.cancelled = True
        self.label.setText(self.tr("Cancelling…"))
        self.buttons.setEnabled(False)
        self.cancel_requested.emit()

    def finished(self) -> None:
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self.buttons.setEnabled(False)


class JobDialog(QDialog):
    """Runs ``job`` (a callable taking ``progress``) on the worker; ``cancel`` is called on Cancel."""

    done = Signal(object)

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.lay = QVBoxLayout(self)
        self.panel = ProgressPanel()
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.hide()
        self.close_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_box.rejected.connect(self.accept)
        self.close_box.hide()
        self.lay.addWidget(self.panel)
        self.lay.addWidget(self.result_label)
        self.lay.addWidget(self.close_box)

    def start(self, tasks, job, cancel) -> None:
        self.panel.cancel_requested.connect(cancel)
        self.panel.update_progress((None, 0, 0))
        tasks.run(job, on_done=self._done, on_error=self._failed, on_progress=self.panel.update_progress, cancel=cancel)

    def _done(self, result) -> None:
        self.panel.finished()
        self.panel.buttons.hide()
        self.close_box.show()
        self.done.emit(result)

    def _failed(self, exc: BaseException) -> None:
        from app.errors import user_message

        self.panel.buttons.hide()
        self.panel.bar.setRange(0, 1)
        self.panel.bar.setValue(0)
        self.show_result(self.tr("Cancelled. Nothing was changed.") if self.panel.cancelled
                         else user_message(exc), error=True)
        self.close_box.show()

    def show_result(self, text: str, error: bool = False) -> None:
        self.result_label.setText(text)
        self.result_label.setStyleSheet("color: #a82a1e;" if error else "color: #1d6b3a;")
        self.result_label.show()
