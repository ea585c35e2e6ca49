"""Create or edit a customer: a dialog with inline validation (each field's message under it),
and a clear conflict message when someone else changed the record meanwhile."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.errors import ConflictError, ValidationError, user_message
from app.ops import records as ops
from app.records import MASK
from ui import dialogs

from ..common.dates import DateField
from ..common.labels import sensitive_label, status_label
from ..common.widgets import BusyBar, Note
from .customer_model import STATUS_LABELS
from .detail import SENSITIVE_LABELS

PLAIN = ("kind", "given_name", "family_name", "company_name", "job_title", "status", "notes")


def _lines(text: str) -> list[dict]:
    out = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        label, sep, value = line.partition(":")
        if sep and label.strip() and " " not in label.strip() and "@" not in label and not label.strip()[0].isdigit() \
                and not label.strip().startswith("+"):
            out.append({"label": label.strip(), "value": value.strip()})
        else:
            out.append({"label": "", "value": line})
    return out


def _unlines(items: list[dict]) -> str:
    return "\n".join(f"{i['label']}: {i['value']}" if i.get("label") else i["value"] for i in items)


class CustomerEditor(QDialog):
    saved = Signal(int)          # customer id
    open_existing = Signal(int)  # the user chose the existing record a new one duplicates

    def __init__(self, ctx, session, record: dict | None = None, parent: QWidget | None = None,
                 custom_fields: list[dict] | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.session = session
        self.record = record
        self.setWindowTitle(self.tr("Edit customer") if record else self.tr("New customer"))
        self.setAccessibleName(self.windowTitle())
        self.setModal(True)
        self.resize(560, 680)
        can_plain = record is None or session.can("customers.update")
        self.can_sensitive = session.can("sensitive.read")
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self._build_banner()
        self.duplicate_of: int | None = None
        self.force = False
        form_host = QWidget()
        self.form = QFormLayout(form_host)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._add_standard_fields()
        self._add_custom_fields(custom_fields)
        if self.can_sensitive:
            self._add_sensitive_fields()
        if not can_plain:
            self._lock_plain_fields()
        self.fields["kind"].currentIndexChanged.connect(self._kind_changed)
        self._build_layout(form_host)
        if record:
            self._fill(record)
        self._kind_changed()
        self._pristine = self.values()
        self.fields["given_name"].setFocus()

    # ---------------------------------------------------------------------------- building
    def _build_banner(self) -> None:
        """The error banner over the form, with its two answers to a conflict or a duplicate."""
        self.banner = Note(kind="error")
        self.banner.hide()
        self.reload_btn = QPushButton(self.tr("Reload the record"))
        self.reload_btn.hide()
        self.reload_btn.clicked.connect(self._reload)
        self.existing_btn = QPushButton(self.tr("Open the existing one"))
        self.existing_btn.hide()
        self.existing_btn.clicked.connect(self._open_existing)

    def _add_standard_fields(self) -> None:
        kind = QComboBox()
        kind.addItem(self.tr("Person"), "person")
        kind.addItem(self.tr("Company"), "company")
        self._add("kind", self.tr("Kind"), kind)
        self._add("given_name", self.tr("Given name"), QLineEdit())
        self._add("family_name", self.tr("Family name"), QLineEdit())
        self._add("company_name", self.tr("Company"), QLineEdit())
        self._add("job_title", self.tr("Job title"), QLineEdit())
        status = QComboBox()
        for key in STATUS_LABELS:
            status.addItem(status_label(key), key)
        self._add("status", self.tr("Status"), status)
        self._add("emails", self.tr("E-mails (one a line, \"work: a@b.com\")"), QPlainTextEdit(), tall=True)
        self._add("phones", self.tr("Phones (one a line)"), QPlainTextEdit(), tall=True)
        for key, label in (("street", self.tr("Street")), ("postcode", self.tr("Postcode")), ("city", self.tr("City")),
                           ("country", self.tr("Country"))):
            self._add(f"address.{key}", label, QLineEdit())
        self._add("tags", self.tr("Tags (comma-separated)"), QLineEdit())
        self._add("notes", self.tr("Notes"), QPlainTextEdit(), tall=True)

    def _add_custom_fields(self, custom_fields: list[dict] | None) -> None:
        self.custom_specs = {f["key"]: f for f in custom_fields or []}
        for key, spec in self.custom_specs.items():
            if spec.get("type") == "choice":
                w = QComboBox()
                w.addItem("", "")
                for c in spec.get("choices") or []:
                    w.addItem(c, c)
            elif spec.get("type") == "date":
                w = DateField()
            else:
                w = QLineEdit()
                w.setPlaceholderText("123.45" if spec.get("type") == "number" else "")
            if spec.get("sensitive") and not self.can_sensitive:
                w.setEnabled(False)
                w.setToolTip(self.tr("Sensitive: your profile cannot see or fill it in."))
            self._add(f"custom.{key}", spec.get("label") or key, w)

    def _add_sensitive_fields(self) -> None:
        for key in SENSITIVE_LABELS:
            w = QPlainTextEdit() if key == "confidential_notes" else DateField() if key == "date_of_birth" else QLineEdit()
            self._add(key, sensitive_label(key), w, tall=key == "confidential_notes")

    def _lock_plain_fields(self) -> None:
        """A profile that may not update customers keeps only the notes editable."""
        for key in (*PLAIN, "tags", *SENSITIVE_LABELS):
            if key in self.fields and key not in ("notes",):
                self.fields[key].setEnabled(False)

    def _build_layout(self, form_host: QWidget) -> None:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_host)
        self.busy = BusyBar()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.cancel)
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.banner, 1)
        top.addWidget(self.reload_btn)
        top.addWidget(self.existing_btn)
        lay.addLayout(top)
        lay.addWidget(scroll, 1)
        lay.addWidget(self.busy)
        lay.addWidget(self.buttons)

    def _add(self, key: str, label: str, widget: QWidget, tall: bool = False) -> None:
        widget.setAccessibleName(label)
        widget.setObjectName(f"field_{key}")
        if tall:
            widget.setFixedHeight(64)
        if isinstance(widget, QPlainTextEdit):
            widget.setTabChangesFocus(True)   # Tab moves on, as in every other box
        err = QLabel()
        err.setObjectName("fieldError")
        err.setWordWrap(True)
        err.hide()
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(2)
        v.addWidget(widget)
        v.addWidget(err)
        self.form.addRow(label, box)
        self.fields[key] = widget
        self.errors[key] = err

    def _kind_changed(self) -> None:
        company = self.fields["kind"].currentData() == "company"
        for key in ("given_name", "family_name", "job_title"):
            self.form.setRowVisible(self.fields[key].parentWidget(), not company)

    # ---------------------------------------------------------------------------- values
    def _fill(self, rec: dict) -> None:
        f = self.fields
        f["kind"].setCurrentIndex(max(0, f["kind"].findData(rec["kind"])))
        f["kind"].setEnabled(False)
        for key in ("given_name", "family_name", "company_name", "job_title"):
            f[key].setText(rec.get(key) or "")
        f["status"].setCurrentIndex(max(0, f["status"].findData(rec["status"])))
        f["emails"].setPlainText(_unlines(rec["emails"]))
        f["phones"].setPlainText(_unlines(rec["phones"]))
        a = rec["addresses"][0] if rec["addresses"] else {}
        for key in ("street", "postcode", "city", "country"):
            f[f"address.{key}"].setText(a.get(key) or "")
        f["tags"].setText(", ".join(rec["tags"]))
        f["notes"].setPlainText(rec.get("notes") or "")
        for key in self.custom_specs:
            w, value = f[f"custom.{key}"], (rec.get("custom") or {}).get(key) or ""
            if isinstance(w, QComboBox):
                idx = w.findData(value)
                if idx < 0 and value:
                    w.addItem(value, value)
                    idx = w.count() - 1
                w.setCurrentIndex(max(0, idx))
            elif isinstance(w, DateField):
                w.set_iso(value)
            else:
                w.setText(value)
        if self.can_sensitive:
            for key in SENSITIVE_LABELS:
                value = rec["sensitive"].get(key) or ""
                w = f[key]
                w.setPlainText(value) if isinstance(w, QPlainTextEdit) else \
                    w.set_iso(value) if isinstance(w, DateField) else w.setText(value)

    def _text(self, key: str) -> str:
        w = self.fields[key]
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText()
        if isinstance(w, QComboBox):
            return w.currentData()
        if isinstance(w, DateField):
            return w.iso()
        return w.text()

    def values(self) -> dict:
        data = {k: self._text(k) for k in PLAIN}
        data["emails"] = _lines(self._text("emails"))
        data["phones"] = _lines(self._text("phones"))
        address = {k: self._text(f"address.{k}").strip() for k in ("street", "postcode", "city", "country")}
        old = self.record["addresses"] if self.record else []
        if any(address.values()):
            first = {**(old[0] if old else {"label": "", "region": ""}), **address}
            data["addresses"] = [first, *old[1:]]
        else:
            data["addresses"] = list(old[1:])
        data["tags"] = [t.strip() for t in self._text("tags").split(",") if t.strip()]
        if self.can_sensitive:
            data["sensitive"] = {k: self._text(k).strip() for k in SENSITIVE_LABELS}
        custom = {k: (self._text(f"custom.{k}") or "").strip() for k, spec in self.custom_specs.items()
                  if self.fields[f"custom.{k}"].isEnabled()}
        custom = {k: v for k, v in custom.items() if v != MASK}
        if custom:
            data["custom"] = custom
        if data["kind"] == "company":
            for k in ("given_name", "family_name", "job_title"):
                data.pop(k)
        return data

    def changes(self) -> dict:
        """For an edit: only what differs from the record as loaded."""
        rec, new = self.record, self.values()
        out = {}
        for key, value in new.items():
            if key == "sensitive":
                diff = {k: v for k, v in value.items() if v != (rec["sensitive"].get(k) or "") and v != MASK}
                if diff:
                    out["sensitive"] = diff
            elif key in ("emails", "phones"):
                before = [{"label": i["label"] or "", "value": i["value"]} for i in rec[key]]
                if value != before:
                    out[key] = value
            elif key == "addresses":
                if value != rec["addresses"]:
                    out[key] = value
            elif key == "tags":
                if value != rec["tags"]:
                    out[key] = value
            elif key == "custom":
                diff = {k: v for k, v in value.items() if v != ((rec.get("custom") or {}).get(k) or "")}
                if diff:
                    out["custom"] = diff
            elif (value or "") != (rec.get(key) or ""):
                out[key] = value
        return out

    # ---------------------------------------------------------------------------- closing
    def is_dirty(self) -> bool:
        """Something was typed or chosen that is not saved."""
        return self.values() != self._pristine

    def cancel(self) -> None:
        """Escape or Cancel: close, asking first when there are unsaved changes (a lock closes without asking)."""
        if self.is_dirty() and not dialogs.confirm(
                self, self.tr("Discard changes?"),
                self.tr("What you typed for this customer has not been saved. Discard it?"),
                self.tr("Discard"), self.tr("Keep editing")):
            return
        self.reject()

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.cancel()
            return
        super().keyPressEvent(event)

    # ---------------------------------------------------------------------------- saving
    def save(self) -> None:
        self._clear_errors()
        if self.record is None:
            job, args = ops.create, (self.session, self.values(), self.force)
        else:
            changes = self.changes()
            if not changes:
                self.accept()
                return
            job, args = ops.update, (self.session, self.record["id"], changes, self.record["version"])
        self.busy.show()
        self.buttons.setEnabled(False)
        self.ctx.changes.run(job, *args, on_done=self._saved, on_error=self._failed)

    def _saved(self, result) -> None:
        self.busy.hide()
        self.buttons.setEnabled(True)
        if isinstance(result, tuple) and result[0] == "duplicate":
            _, self.duplicate_of, reason = result
            self.banner.show_text(self.tr("This looks like a customer you already have ({0}). Save anyway to "
                                          "create it, or open the existing one.").format(reason), "warning")
            self.existing_btn.show()
            self.force = True
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save anyway"))
            return
        cid = self.record["id"] if self.record else int(result)
        self.saved.emit(cid)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.busy.hide()
        self.buttons.setEnabled(True)
        if isinstance(exc, ValidationError) and exc.fields:
            for name, message in exc.fields.items():
                key = self._field_for(name)
                label = self.errors.get(key)
                if label is None:
                    continue
                label.setText((label.text() + "\n" if label.isVisible() and label.text() else "") + message)
                label.show()
                self.fields[key].setProperty("invalid", True)
                self.fields[key].style().unpolish(self.fields[key])
                self.fields[key].style().polish(self.fields[key])
            self.banner.show_text(self.tr("Please correct the fields marked below."), "error")
            first = next((self.fields[self._field_for(n)] for n in exc.fields if self._field_for(n) in self.fields),
                         None)
            if first is not None:
                first.setFocus()
        elif isinstance(exc, ConflictError):
            self.banner.show_text(user_message(exc), "warning")
            self.reload_btn.show()
        else:
            self.banner.show_text(user_message(exc), "error")

    def _open_existing(self) -> None:
        if self.duplicate_of is not None:
            self.open_existing.emit(self.duplicate_of)
            self.reject()

    def _field_for(self, name: str) -> str:
        if name.startswith("custom.") and name in self.fields:
            return name
        base = name.split("[")[0]
        if base == "addresses":
            sub = name.rsplit(".", 1)[-1]
            return f"address.{sub}" if f"address.{sub}" in self.fields else "address.street"
        if base == "display_name":
            return "company_name" if self.fields["kind"].currentData() == "company" else "given_name"
        return base if base in self.fields else "notes"

    def _clear_errors(self) -> None:
        self.banner.show_text("")
        for key, label in self.errors.items():
            label.clear()
            label.hide()
            w = self.fields[key]
            if w.property("invalid"):
                w.setProperty("invalid", False)
                w.style().unpolish(w)
                w.style().polish(w)

    def _reload(self) -> None:
        """Conflict: take the current version (the user's unsaved edits are dropped, as the message says)."""
        def got(data):
            self.record = data["record"]
            self._fill(self.record)
            self._pristine = self.values()
            self._clear_errors()
            self.reload_btn.hide()
            self.banner.show_text(self.tr("Reloaded the current version. Make your changes again."), "warning")

        self.ctx.tasks.run(ops.load_detail, self.session, self.record["id"], audited=False, on_done=got,
                           on_error=self._failed)
