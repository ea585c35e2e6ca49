"""The one progress display of long jobs (backup, restore, import, export): ``ProgressPanel`` (label,
bar, Cancel) bound to a running job by ``ui.common.jobs.run_job``, and ``JobDialog``, the dialog
around it that backup and restore use."""
from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QProgressBar, QVBoxLayout, QWidget

from app.jobs import Cancelled, JobContext

PHASES = {
    "snapshot": QT_TRANSLATE_NOOP("ProgressPanel", "Copying the database"),
    "check": QT_TRANSLATE_NOOP("ProgressPanel", "Checking"),
    "sequence": QT_TRANSLATE_NOOP("ProgressPanel", "Reading the backup location"),
    "encrypt": QT_TRANSLATE_NOOP("ProgressPanel", "Encrypting"),
    "upload": QT_TRANSLATE_NOOP("ProgressPanel", "Uploading"),
    "read-back": QT_TRANSLATE_NOOP("ProgressPanel", "Reading back"),
    "sign": QT_TRANSLATE_NOOP("ProgressPanel", "Signing"),
    "verify": QT_TRANSLATE_NOOP("ProgressPanel", "Reading back and verifying"),
    "download": QT_TRANSLATE_NOOP("ProgressPanel", "Downloading"),
    "decrypt": QT_TRANSLATE_NOOP("ProgressPanel", "Decrypting"),
    "rekey": QT_TRANSLATE_NOOP("ProgressPanel", "Re-keying the restored database"),
    "open": QT_TRANSLATE_NOOP("ProgressPanel", "Opening the restored vault"),
}


def counted(phase: str, done: int) -> str | None:
    """The phases that count records: plural forms need literal %n strings."""
    if phase == "import":
        return QCoreApplication.translate("ProgressPanel", "%n record(s) imported", "", done)
    if phase == "export":
        return QCoreApplication.translate("ProgressPanel", "%n customer(s) written", "", done)
    return None


LONG_WORD = re.compile(r"\S{28,}")


def breakable(text: str) -> str:
    """``text`` with a zero-width space after each separator of a long unbroken word (a path, a
    URL), so a wrapped label can break it instead of cutting it off."""
    return LONG_WORD.sub(lambda m: re.sub(r"([/\\_.\-])", "\\1\u200b", m.group()), text)


class ProgressPanel(QWidget):
    """Label + bar + Cancel for one running job: ``bind(job)``, then ``update_progress(phase,
    done, total)``; Cancel calls ``job.cancel()`` (the job stops at its next ``check()``)."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Progress"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self._cancel)
        lay.addWidget(self.label)
        lay.addWidget(self.bar)
        lay.addWidget(self.buttons)
        self.job: JobContext | None = None
        self.cancelled = False

    def bind(self, job: JobContext) -> None:
        self.job = job
        self.cancelled = False
        self.buttons.setEnabled(True)
        self.buttons.show()
        self.bar.setRange(0, 0)

    def update_progress(self, phase: str, done: int, total: int | None) -> None:
        text = counted(phase, done) or (QCoreApplication.translate("ProgressPanel", PHASES[phase])
                                         if phase in PHASES else None)
        if text is not None:
            self.label.setText(text + "…")
        if total:
            self.bar.setRange(0, 1000)
            self.bar.setValue(int(1000 * min(1.0, done / total)))
        else:
            self.bar.setRange(0, 0)

    def _cancel(self) -> None:
        self.cancelled = True
        self.label.setText(self.tr("Cancelling…"))
        self.buttons.setEnabled(False)
        if self.job is not None:
            self.job.cancel()
        self.cancel_requested.emit()

    def finished(self, text: str = "") -> None:
        """The job is over: a full bar, no Cancel, and a final sentence instead of the last phase."""
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self.buttons.setEnabled(False)
        self.buttons.hide()
        self.label.setText(text or self.tr("Done."))

    def failed(self, text: str) -> None:
        """The job stopped (cancelled or an error): an empty bar, no Cancel, what happened."""
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        self.buttons.hide()
        self.label.setText(text)


class JobDialog(QDialog):
    """A dialog around a ``ProgressPanel``: ``start(tasks, fn, *args, thread=...)`` runs the job
    (``ui.common.jobs.run_job``); the result or the error's message shows below, with Close."""

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
        self.job: JobContext | None = None

    def start(self, tasks, fn, *args, thread: bool = False) -> None:
        from .jobs import run_job

        self.job = run_job(tasks, fn, *args, panel=self.panel, on_done=self._done, on_error=self._failed,
                           thread=thread)

    def _done(self, result) -> None:
        self.panel.finished()
        self.close_box.show()
        self.done.emit(result)

    def _failed(self, exc: BaseException) -> None:
        from app.errors import user_message

        cancelled = isinstance(exc, Cancelled)
        self.panel.failed(self.tr("Cancelled.") if cancelled else self.tr("Stopped."))
        self.show_result(self.tr("Cancelled. Nothing was changed.") if cancelled else user_message(exc), error=True)
        self.close_box.show()

    def show_result(self, text: str, error: bool = False) -> None:
        """The final sentence, whole: wrapped (long paths too), and the dialog grown to show every
        line of it; the exact text is in the tooltip."""
        self.result_label.setText(breakable(text))
        self.result_label.setToolTip(text)
        self.result_label.setObjectName("note")
        self.result_label.setProperty("kind", "error" if error else "success")
        self.result_label.style().unpolish(self.result_label)
        self.result_label.style().polish(self.result_label)
        self.result_label.show()
        self.layout().activate()
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))
