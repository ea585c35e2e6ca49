"""Import (file picker, mapping preview, progress with Cancel, the rejected rows) and export
(format, scope, progress with Cancel) dialogs."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import user_message
from app.jobs import Cancelled, JobContext
from app.ops import transfer as ops
from app.records import CustomerFilter, importing
from ui import dialogs

from ..common.jobs import run_job
from ..common.list_model import RowsModel
from ..common.progress import ProgressPanel
from ..common.widgets import BusyBar, Heading, Note

TARGETS = list(importing.FIELD_CHOICES)  # the service's list, in its order





class MappingModel(RowsModel):
    """One row per file column: header, sample value, and the field it goes to (editable)."""

    columns = [("header", "Column in the file"), ("sample", "Example"), ("target", "Goes to")]

    def flags(self, index):
        f = super().flags(index)
        if index.isValid() and index.column() == 2:
            f |= Qt.ItemFlag.ItemIsEditable
        return f

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or index.column() != 2 or role != Qt.ItemDataRole.EditRole:
            return False
        self.rows[index.row()]["target"] = str(value)
        self.dataChanged.emit(index, index)
        return True

    def mapping(self) -> dict[str, str]:
        return {r["header"]: r["target"] for r in self.rows}


class ErrorsModel(RowsModel):
    columns = [("where", "Where"), ("reason", "Why it was not imported")]


class ImportDialog(QDialog):
    imported = Signal(int)

    def __init__(self, ctx, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.session = session
        self.path: str | None = None
        self.job: JobContext | None = None
        self.preview_job: JobContext | None = None
        self.report = None
        self.setWindowTitle(self.tr("Import customers"))
        self.resize(720, 520)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_choose_page())
        self.stack.addWidget(self._build_progress_page())
        self.stack.addWidget(self._build_report_page())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Import"))
        self.ok.setEnabled(False)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.stack, 1)
        lay.addWidget(self.buttons)

    def _build_choose_page(self) -> QWidget:
        """Page 0: choose a file and check the column mapping the preview found."""
        p0 = QWidget()
        l0 = QVBoxLayout(p0)
        row = QHBoxLayout()
        self.file_label = QLabel(self.tr("No file chosen."))
        choose = QPushButton(self.tr("Choose a file…"))
        choose.setAccessibleName(self.tr("Choose a file to import"))
        choose.clicked.connect(self.choose)
        row.addWidget(self.file_label, 1)
        row.addWidget(choose)
        l0.addLayout(row)
        l0.addWidget(Note(self.tr("CSV (Google, Outlook or your own columns) or vCard. Check where each column "
                                  "goes; nothing is written until you press Import.")))
        self.mapping = MappingModel(self)
        self.mapping_view = QTableView()
        self.mapping_view.setModel(self.mapping)
        self.mapping_view.setAccessibleName(self.tr("Column mapping"))
        self.mapping_view.verticalHeader().hide()
        self.mapping_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        l0.addWidget(self.mapping_view, 1)
        self.preview_note = Note()
        self.preview_note.hide()
        l0.addWidget(self.preview_note)
        self.preview_busy = BusyBar()
        l0.addWidget(self.preview_busy)
        return p0

    def _build_progress_page(self) -> QWidget:
        """Page 1: the import's progress (with Cancel)."""
        p1 = QWidget()
        l1 = QVBoxLayout(p1)
        l1.addWidget(Heading(self.tr("Importing…"), level=2))
        self.progress = ProgressPanel()
        l1.addWidget(self.progress)
        l1.addStretch(1)
        return p1

    def _build_report_page(self) -> QWidget:
        """Page 2: the summary and the rejected rows."""
        p2 = QWidget()
        l2 = QVBoxLayout(p2)
        self.summary = Note(kind="success")
        l2.addWidget(self.summary)
        self.errors = ErrorsModel(self)
        self.errors_view = QTableView()
        self.errors_view.setModel(self.errors)
        self.errors_view.setAccessibleName(self.tr("Rejected rows"))
        self.errors_view.verticalHeader().hide()
        self.errors_view.horizontalHeader().setStretchLastSection(True)
        l2.addWidget(self.errors_view, 1)
        return p2

    def choose(self) -> None:
        path = dialogs.open_file(self, self.tr("Import customers"), str(Path.home()),
                                 self.tr("Contacts (*.csv *.tsv *.txt *.vcf *.vcard);;All files (*)"))
        if path:
            self.load(path)

    def load(self, path: str) -> None:
        self.path = path
        self.file_label.setText(Path(path).name)
        self.preview_busy.show()
        self.preview_note.show_text(self.tr("Reading the file and checking every record…"), "info")
        if self.preview_job is not None:
            self.preview_job.cancel()  # a preview of another file still running stops
        box: list = []
        job = run_job(self.ctx.tasks, ops.preview, self.session, path, on_done=lambda d: self._previewed(d, box[0]),
                      on_error=self._failed, on_progress=self._preview_progress)
        box.append(job)
        self.preview_job = job

    def _preview_progress(self, _phase: str, n: int, _total: int | None) -> None:
        self.preview_note.show_text(self.tr("Reading the file and checking every record… {0} so far").format(n),
                                    "info")

    def reject(self) -> None:
        if self.preview_job is not None:
            self.preview_job.cancel()  # closing the dialog stops a long preview between batches
        super().reject()

    def _previewed(self, data: dict, job: JobContext | None = None) -> None:
        if job is not None and job is not self.preview_job:
            return  # the preview of a file chosen before this one
        self.preview_busy.hide()
        report = data["report"]
        if report.cancelled:
            return
        if report.fatal:
            self.preview_note.show_text(report.errors[0]["reason"], "error")
            return
        sample = data["sample"][0] if data["sample"] else {}
        rows = []
        for header, target in report.columns.items():
            rows.append({"header": header, "sample": sample.get(header, ""), "target": target})
        for header in report.ignored_columns:
            rows.append({"header": header, "sample": sample.get(header, ""), "target": "skip"})
        self.mapping.set_rows(rows)
        self._install_editors()
        n_ok, n_bad = report.imported, report.skipped
        self.preview_note.show_text(
            self.tr("{0} records can be imported; {1} would be refused (listed after the import).").format(n_ok, n_bad),
            "warning" if n_bad else "info")
        self.ok.setEnabled(n_ok > 0)

    def _install_editors(self) -> None:
        for r in range(self.mapping.rowCount()):
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Field for {0}").format(self.mapping.rows[r]["header"]))
            target = self.mapping.rows[r]["target"]
            items = TARGETS if target in TARGETS else [*TARGETS, target]
            combo.addItems(items)
            combo.setCurrentText(target)
            combo.currentTextChanged.connect(lambda t, row=r: self.mapping.setData(self.mapping.index(row, 2), t))
            self.mapping_view.setIndexWidget(self.mapping.index(r, 2), combo)

    def start(self) -> None:
        if self.stack.currentIndex() == 2:
            self.accept()
            return
        if not self.path:
            return
        mapping = self.mapping.mapping() if self.mapping.rowCount() else None
        self.stack.setCurrentIndex(1)
        self.ok.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(False)
        self.job = run_job(self.ctx.tasks, ops.run_import, self.session, self.path, mapping, panel=self.progress,
                           on_done=self._done, on_error=self._failed)

    def _done(self, changes) -> None:
        self.ctx.changes.publish(changes)  # the list follows, like after any other write
        report = self.report = changes.result
        self.stack.setCurrentIndex(2)
        text = self.tr("{0} imported, {1} not imported.").format(report.imported, report.skipped)
        if report.cancelled:
            text = self.tr("Cancelled. ") + text
        self.summary.show_text(text, "warning" if report.skipped or report.cancelled else "success")
        self.errors.set_rows(report.errors + [{"where": d.get("where", ""), "reason": d.get("reason", "")}
                                              for d in report.duplicates if d not in report.errors])
        self.errors_view.setVisible(bool(self.errors.rows))
        self.ok.setText(self.tr("Close"))
        self.ok.setEnabled(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).hide()
        self.imported.emit(report.imported)

    def _failed(self, exc: BaseException) -> None:
        self.preview_busy.hide()
        self.stack.setCurrentIndex(0)
        self.preview_note.show_text(user_message(exc), "error")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(True)





class ExportDialog(QDialog):
    def __init__(self, ctx, session, current_filter: CustomerFilter, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.session = session
        self.filter = current_filter
        self.job: JobContext | None = None
        self.result: int | None = None
        self.setWindowTitle(self.tr("Export customers"))
        form = QFormLayout()
        self.format = QComboBox()
        self.format.setAccessibleName(self.tr("Format"))
        for key, label in (("csv", "CSV (spreadsheets)"), ("json", "JSON"), ("vcard", "vCard (address books)")):
            self.format.addItem(self.tr(label), key)
        form.addRow(self.tr("Format:"), self.format)
        self.scope_all = QRadioButton(self.tr("All customers I can see"))
        self.scope_filtered = QRadioButton(self.tr("Only the current search and filters"))
        self.scope_filtered.setChecked(current_filter != CustomerFilter())
        self.scope_all.setChecked(current_filter == CustomerFilter())
        group = QButtonGroup(self)
        group.addButton(self.scope_all)
        group.addButton(self.scope_filtered)
        scope = QVBoxLayout()
        scope.addWidget(self.scope_all)
        scope.addWidget(self.scope_filtered)
        form.addRow(self.tr("Which:"), scope)
        self.progress = ProgressPanel()
        self.progress.hide()
        self.note = Note(self.tr("Sensitive fields are masked unless your profile may read them. The export is "
                                 "recorded in the audit log; keep the file safe."))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export…"))
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.note)
        lay.addWidget(self.progress)
        lay.addWidget(self.buttons)

    def start(self) -> None:
        if self.result is not None:
            self.accept()
            return
        fmt = self.format.currentData()
        ext = {"csv": "csv", "json": "json", "vcard": "vcf"}[fmt]
        path = dialogs.save_file(self, self.tr("Export to"), str(Path.home() / f"customers.{ext}"),
                                 f"*.{ext}", vault_folders=[self.session.vault.folder])
        if not path:
            return
        f = self.filter if self.scope_filtered.isChecked() else CustomerFilter()
        self.progress.show()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.progress.label.setText(self.tr("Exporting…"))
        self.job = run_job(self.ctx.tasks, ops.run_export, self.session, path, fmt, f, panel=self.progress,
                           on_done=self._done, on_error=self._failed)

    def _done(self, n: int) -> None:
        self.result = n
        self.progress.finished(self.tr("Cancelled.") if n < 0 else self.tr("Finished."))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).hide()
        self.note.show_text(self.tr("Cancelled; no file was left.") if n < 0 else
                            self.tr("Exported {0} customers.").format(n), "warning" if n < 0 else "success")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Close"))
        ok.setEnabled(True)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            self._done(-1)  # the service removed what it had written and audited the cancel
            return
        self.progress.hide()
        self.note.show_text(user_message(exc), "error")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)


