"""Import (file picker, mapping preview, progress with Cancel, the rejected rows) and export
(format, scope, progress with Cancel) dialogs."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer, Signal
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
from .import_fields import ADDRESSES, MappingModel, encoding_label, fill_encodings, single_address_label

TARGETS = list(importing.FIELD_CHOICES)  # the service's list, in its order (the combo boxes offer it)


class ErrorsModel(RowsModel):
    columns = [("where", QT_TRANSLATE_NOOP("Columns", "Where")),
               ("reason", QT_TRANSLATE_NOOP("Columns", "Why it was not imported"))]


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
        self._fresh = True
        self._generation = 0
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
        self.choose_button = QPushButton(self.tr("Choose a file…"))
        self.choose_button.setAccessibleName(self.tr("Choose a file to import"))
        self.choose_button.clicked.connect(self.choose)
        row.addWidget(self.file_label, 1)
        row.addWidget(self.choose_button)
        l0.addLayout(row)
        l0.addWidget(Note(self.tr("CSV (Google, Outlook or your own columns) or vCard. Check where each column "
                                  "goes; nothing is written until you press Import.")))
        l0.addLayout(self._build_reading_row())
        self.encoding_warning = Note(self.tr("The file's encoding was guessed and may be wrong: check that names "
                                             "with accents read right in the examples, or choose another "
                                             "encoding."), kind="warning")
        self.encoding_warning.hide()
        l0.addWidget(self.encoding_warning)
        self.mapping = MappingModel(self)
        self.mapping.changed.connect(self._mapping_changed)
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

    def _build_reading_row(self) -> QHBoxLayout:
        """How the file is read: its encoding (detected, changeable: the preview follows) and the
        label of the one address its plain columns describe."""
        row = QHBoxLayout()
        self.encoding = QComboBox()
        self.encoding.setAccessibleName(self.tr("Encoding of the file"))
        fill_encodings(self.encoding)
        self.encoding.setEnabled(False)
        self.encoding.activated.connect(self._encoding_chosen)
        enc_label = QLabel(self.tr("Encoding:"))
        enc_label.setBuddy(self.encoding)
        row.addWidget(enc_label)
        row.addWidget(self.encoding, 1)
        self.address_label = QComboBox()
        self.address_label.setAccessibleName(self.tr("Label of the address"))
        for key, text in ADDRESSES.items():
            self.address_label.addItem(QCoreApplication.translate("ImportFields", text), key)
        self.address_label.activated.connect(self._address_label_chosen)
        self.address_label_caption = QLabel(self.tr("The address is a:"))
        self.address_label_caption.setBuddy(self.address_label)
        row.addWidget(self.address_label_caption)
        row.addWidget(self.address_label, 1)
        self._show_address_label(None)
        self._repreview_timer = QTimer(self)
        self._repreview_timer.setSingleShot(True)
        self._repreview_timer.setInterval(150)
        self._repreview_timer.timeout.connect(lambda: self._preview(self.mapping.mapping(), self._encoding()))
        return row

    def _encoding(self) -> str | None:
        return self.encoding.currentData() if self.encoding.isEnabled() else None

    def _show_address_label(self, label: str | None) -> None:
        shown = label is not None and self.address_label.findData(label) >= 0
        self.address_label.setVisible(shown)
        self.address_label_caption.setVisible(shown)
        if shown:
            self.address_label.setCurrentIndex(self.address_label.findData(label))

    def _encoding_chosen(self, _index: int) -> None:
        """Another encoding: the columns are read again and mapped afresh, the examples follow."""
        self._preview(None, self.encoding.currentData())

    def _address_label_chosen(self, _index: int) -> None:
        old = single_address_label(self.mapping.targets())
        if old is not None:
            self.mapping.relabel_address(old, self.address_label.currentData())

    def _mapping_changed(self) -> None:
        """A column goes elsewhere: check the file again with this mapping (once for a burst)."""
        self.ok.setEnabled(False)
        self._show_address_label(single_address_label(self.mapping.targets()))
        self._repreview_timer.start()

    def choose(self) -> None:
        path = dialogs.open_file(self, self.tr("Import customers"), str(Path.home()),
                                 self.tr("Contacts (*.csv *.tsv *.txt *.vcf *.vcard);;All files (*)"))
        if path:
            self.load(path)

    def load(self, path: str) -> None:
        self.path = path
        self.file_label.setText(Path(path).name)
        self.encoding.setEnabled(False)
        self._preview(None, None)

    def _preview(self, mapping: dict | None, encoding: str | None) -> None:
        """Dry-run the file (with this mapping and encoding; None: detected) on the worker."""
        self.ok.setEnabled(False)
        self._fresh = mapping is None  # the columns are mapped afresh: the table is rebuilt
        self.preview_busy.show()
        self.preview_note.show_text(self.tr("Reading the file and checking every record…"), "info")
        if self.preview_job is not None:
            self.preview_job.cancel()  # a preview of another file or mapping still running stops
        self._generation += 1  # only the newest preview's answer counts (it may come back at once)
        self.preview_job = run_job(self.ctx.tasks, ops.preview, self.session, self.path, mapping, encoding,
                                   on_done=lambda d, g=self._generation: self._previewed(d, g),
                                   on_error=self._failed, on_progress=self._preview_progress)

    def _preview_progress(self, _phase: str, n: int, _total: int | None) -> None:
        self.preview_note.show_text(self.tr("Reading the file and checking every record… {0} so far").format(n),
                                    "info")

    def reject(self) -> None:
        if self.preview_job is not None:
            self.preview_job.cancel()  # closing the dialog stops a long preview between batches
        super().reject()

    def _previewed(self, data: dict, generation: int | None = None) -> None:
        if generation is not None and generation != self._generation:
            return  # the preview of a file (or mapping) chosen before this one
        self.preview_busy.hide()
        report = data["report"]
        if report.cancelled:
            return
        self._show_reading(report)
        if report.headers and (self._fresh or [r["header"] for r in self.mapping.rows] != report.headers):
            self._show_columns(report, data["sample"])
        elif not report.headers:
            self.mapping.clear()
        if report.fatal:
            self.preview_note.show_text(
                self.tr("No column was recognised as a name, company, e-mail or phone. Choose below where each "
                        "column goes.") if report.headers and "no column could be matched" in
                report.errors[0]["reason"] else _sentence(report.errors[0]["reason"]), "error")
            return
        n_ok, n_bad = report.imported, report.skipped
        self.preview_note.show_text(
            self.tr("%n record(s) can be imported; {0} would be refused (listed after the import).", "", n_ok).format(n_bad),
            "warning" if n_bad else "info")
        self.ok.setEnabled(n_ok > 0)

    def _show_reading(self, report) -> None:
        """The encoding the file was read with, and a warning when it was a guess."""
        if report.format != "csv" or not report.encoding:
            self.encoding.setEnabled(False)
            self.encoding_warning.hide()
            return
        i = self.encoding.findData(report.encoding)
        if i < 0:
            self.encoding.addItem(encoding_label(report.encoding), report.encoding)
            i = self.encoding.count() - 1
        self.encoding.setCurrentIndex(i)
        self.encoding.setEnabled(True)
        self.encoding_warning.setVisible((report.encoding_confidence or 0) < importing.SURE)

    def _show_columns(self, report, sample: list[dict]) -> None:
        """Every column of the file, with an example value and where it goes (skip: nowhere)."""
        rows = []
        for header, target in zip(report.headers, report.targets, strict=True):
            example = next((r.get(header) for r in sample if r.get(header)), "")
            rows.append({"header": header, "sample": example, "target": target})
        self.mapping.set_rows(rows)
        self.mapping.install_editors(self.mapping_view)
        self._show_address_label(single_address_label(report.targets))

    def start(self) -> None:
        if self.stack.currentIndex() == 2:
            self.accept()
            return
        if not self.path:
            return
        mapping = self.mapping.mapping() if self.mapping.rowCount() else None
        self.stack.setCurrentIndex(1)
        self.ok.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).hide()  # the progress has the one Cancel
        self.job = run_job(self.ctx.tasks, ops.run_import, self.session, self.path, mapping, self._encoding(),
                           panel=self.progress, on_done=self._done, on_error=self._failed)

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
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).show()





def _sentence(text: str) -> str:
    """A message of the service (plain English for now) as a sentence: a capital, a full stop."""
    text = text.strip()
    return (text[:1].upper() + text[1:]).rstrip(".") + "." if text else text


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
        self.format.addItem(self.tr("CSV (spreadsheets)"), "csv")
        self.format.addItem("JSON", "json")
        self.format.addItem(self.tr("vCard (address books)"), "vcard")
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
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).hide()  # the progress has the one Cancel
        self.progress.label.setText(self.tr("Exporting…"))
        self.job = run_job(self.ctx.tasks, ops.run_export, self.session, path, fmt, f, panel=self.progress,
                           on_done=self._done, on_error=self._failed)

    def _done(self, n: int) -> None:
        self.result = n
        self.progress.finished(self.tr("Cancelled.") if n < 0 else self.tr("Finished."))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).hide()
        self.note.show_text(self.tr("Cancelled; no file was left.") if n < 0 else
                            self.tr("Exported %n customer(s).", "", n), "warning" if n < 0 else "success")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Close"))
        ok.setEnabled(True)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            self._done(-1)  # the service removed what it had written and audited the cancel
            return
        self.progress.hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).show()
        self.note.show_text(user_message(exc), "error")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)


