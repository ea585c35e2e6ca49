"""The deal dialog (customer detail › Deals): title, amount typed as the locale writes it ("1 250,00",
also "1250.00"), currency (a new deal starts with the vault's country's), stage, expected close
(a date as the locale writes it, or picked), notes and optional line items. Field errors from the service's
ValidationError are shown under each field; a deal changed by someone else meanwhile is a
conflict message with Reload."""
from __future__ import annotations

import re

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import ConflictError, ValidationError, user_message
from app.ops import records as ops
from app.ops import settings as settings_ops
from ui import dialogs

from ..common.dates import DateField
from ..common.money import format_money, normalise_amount, plain_amount
from ..common.widgets import Note

STAGES = ("open", "qualified", "proposal", "negotiation", "won", "lost")


# ---------------------------------------------------------------------------- dialog
class DealDialog(QDialog):
    saved = Signal(int)        # the deal's id (also after a delete)

    def __init__(self, ctx, session, customer_id: int, deal_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.session = session
        self.customer_id = customer_id
        self.deal_id = deal_id
        self.version: int | None = None
        self.loaded = deal_id is None
        self.busy = False
        self.default_currency = ""
        self.setObjectName("dealDialog")
        self.setWindowTitle(self.tr("New deal") if deal_id is None else self.tr("Edit deal"))
        self.resize(560, 560)
        self.banner = Note()
        self.banner.hide()
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, Note] = {}
        form = QFormLayout()
        self.form = form
        self._build_fields()
        items_box = self._build_items()
        for key, label, widget in (("title", self.tr("Title"), self.title_edit),
                                   ("amount", self.tr("Amount"), self.amount_edit),
                                   ("currency", self.tr("Currency"), self.currency_edit),
                                   ("stage", self.tr("Stage"), self.stage_box),
                                   ("expected_close", self.tr("Expected close"), self.close_edit),
                                   ("notes", self.tr("Notes"), self.notes_edit),
                                   ("items", self.tr("Line items (optional)"), items_box)):
            self._add(key, label, widget)
        self.items_note = Note(self.tr("With line items, the amount is their total (leave Amount empty)."))
        self._build_buttons()
        lay = QVBoxLayout(self)
        lay.addWidget(self.banner)
        lay.addLayout(form)
        lay.addWidget(self.items_note)
        if deal_id is not None:  # files on this deal (issue 16)
            from ..attachments.panel import AttachmentsPanel

            self.attachments = AttachmentsPanel(ctx, session, customer_id, deal_id, self)
            lay.addWidget(self.attachments)
        lay.addWidget(self.buttons)
        if deal_id is not None:
            self.save_btn.setEnabled(False)
            self.reload()
        else:
            self.ctx.tasks.run(settings_ops.deal_defaults, session, on_done=self._defaults)
        self.title_edit.setFocus()

    # ---------------------------------------------------------------------------- building
    def _build_fields(self) -> None:
        """The deal's own fields: title, amount, currency, stage, expected close, notes."""
        self.title_edit = QLineEdit()
        self.amount_edit = QLineEdit()
        self.amount_edit.setPlaceholderText(self.tr("e.g. {0}").format(plain_amount(125000)))
        self.currency_edit = QLineEdit()         # a new deal's: the vault's country's, once read
        self.currency_edit.setMaxLength(3)
        self.currency_edit.setMaximumWidth(70)
        self.currency_edit.textEdited.connect(lambda t: self.currency_edit.setText(t.upper()))
        self.stage_box = QComboBox()
        labels = {"open": self.tr("Open"), "qualified": self.tr("Qualified"), "proposal": self.tr("Proposal"),
                  "negotiation": self.tr("Negotiation"), "won": self.tr("Won"), "lost": self.tr("Lost")}
        for s in STAGES:
            self.stage_box.addItem(labels[s], s)
        self.close_edit = DateField()
        self.close_edit.setPlaceholderText(self.tr("e.g. {0} (optional)").format(DateField.example()))
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setMaximumHeight(70)

    def _build_items(self) -> QWidget:
        """The line items table with its add/remove buttons, in one box for the form."""
        self.items = QTableWidget(0, 3)
        self.items.setHorizontalHeaderLabels([self.tr("Product"), self.tr("Quantity"), self.tr("Unit price")])
        self.items.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.items.verticalHeader().hide()
        self.items.setMaximumHeight(130)
        item_buttons = QHBoxLayout()
        self.add_item_btn = QPushButton(self.tr("Add line item"))
        self.add_item_btn.clicked.connect(lambda: self.add_item())
        self.remove_item_btn = QPushButton(self.tr("Remove line item"))
        self.remove_item_btn.clicked.connect(self.remove_item)
        item_buttons.addWidget(self.add_item_btn)
        item_buttons.addWidget(self.remove_item_btn)
        item_buttons.addStretch(1)
        items_box = QWidget()
        il = QVBoxLayout(items_box)
        il.setContentsMargins(0, 0, 0, 0)
        il.addWidget(self.items)
        il.addLayout(item_buttons)
        return items_box

    def _build_buttons(self) -> None:
        """Save / Cancel, Reload (shown on a conflict) and Delete (an existing deal only)."""
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_btn = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_btn.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.reload_btn = self.buttons.addButton(self.tr("Reload"), QDialogButtonBox.ButtonRole.ResetRole)
        self.reload_btn.clicked.connect(self.reload)
        self.reload_btn.hide()
        self.delete_btn = self.buttons.addButton(self.tr("Delete deal"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.delete_btn.setObjectName("danger")
        self.delete_btn.clicked.connect(self.delete)
        self.delete_btn.setVisible(self.deal_id is not None)

    def _add(self, key: str, label: str, widget: QWidget) -> None:
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(2)
        v.addWidget(widget)
        err = Note(kind="error")
        err.hide()
        err.setAccessibleName(self.tr("{0}: error").format(label))
        v.addWidget(err)
        widget.setAccessibleName(label)
        self.form.addRow(label, box)
        self.fields[key] = widget
        self.errors[key] = err

    # ---------------------------------------------------------------------------- items
    def add_item(self, product: str = "", quantity: int = 1, unit_price: str = "") -> None:
        r = self.items.rowCount()
        self.items.insertRow(r)
        for c, v in enumerate((product, str(quantity), unit_price)):
            self.items.setItem(r, c, QTableWidgetItem(v))

    def remove_item(self) -> None:
        r = self.items.currentRow()
        if r < 0:
            r = self.items.rowCount() - 1
        if r >= 0:
            self.items.removeRow(r)

    def _cell(self, r: int, c: int) -> str:
        it = self.items.item(r, c)
        return it.text().strip() if it is not None else ""

    def item_rows(self) -> list[dict]:
        out = []
        for r in range(self.items.rowCount()):
            product, qty, price = (self._cell(r, c) for c in range(3))
            if not (product or price) and qty in ("", "1"):
                continue  # an empty row is ignored
            try:
                quantity: int | str = int(qty or "1")
            except ValueError:
                quantity = qty     # the service names the bad quantity
            out.append({"product": product, "quantity": quantity, "unit_price_minor": normalise_amount(price)})
        return out

    # ---------------------------------------------------------------------------- load / save
    def reload(self) -> None:
        if self.deal_id is None:
            return
        self.ctx.tasks.run(ops.load_deal, self.session, self.deal_id, on_done=self._fill, on_error=self._failed)

    def _fill(self, deal: dict) -> None:
        self.version = deal["version"]
        self.title_edit.setText(deal["title"])
        self.currency_edit.setText(deal["currency"])
        self.stage_box.setCurrentIndex(max(0, self.stage_box.findData(deal["stage"])))
        self.close_edit.set_iso(deal.get("expected_close"))
        self.notes_edit.setPlainText(deal.get("notes") or "")
        self.items.setRowCount(0)
        for it in deal.get("items") or []:
            self.add_item(it["product"], it["quantity"], plain_amount(it["unit_price_minor"]))
        self.amount_edit.setText("" if deal.get("items") else plain_amount(deal["amount_minor"]))
        self.amount_edit.setToolTip(format_money(deal["amount_minor"], deal["currency"]))
        self._clear_errors()
        self.banner.hide()
        self.reload_btn.hide()
        self.loaded = True
        self.save_btn.setEnabled(True)

    def _defaults(self, defaults: dict) -> None:
        """A new deal's currency: the vault's country's, unless the user already gave one."""
        self.default_currency = defaults["currency"]
        if not self.currency_edit.text().strip():
            self.currency_edit.setText(self.default_currency)

    def values(self) -> dict:
        items = self.item_rows()
        currency = self.currency_edit.text().strip().upper() or self.default_currency
        data = {"title": self.title_edit.text().strip(), "currency": currency,
                "stage": self.stage_box.currentData(), "expected_close": self.close_edit.iso() or None,
                "notes": self.notes_edit.toPlainText().strip(), "items": items}
        amount = self.amount_edit.text().strip()
        if amount or not items:
            data["amount_minor"] = normalise_amount(amount) if amount else 0
        return data

    def save(self) -> None:
        if self.busy or not self.loaded or not self.session.can("deals.write"):
            return
        self._clear_errors()
        data = self.values()
        if self.deal_id is not None and "amount_minor" not in data:
            data["amount_minor"] = None    # the items' total (update_deal keeps a stale amount otherwise)
        self.busy = True
        self.save_btn.setEnabled(False)
        self.ctx.changes.run(ops.save_deal, self.session, self.customer_id, self.deal_id, data, self.version,
                             on_done=self._saved, on_error=self._failed)

    def _saved(self, deal_id: int) -> None:
        self.busy = False
        self.saved.emit(deal_id)
        self.accept()

    def delete(self) -> None:
        if self.deal_id is None or self.busy:
            return
        if not dialogs.confirm(self, self.tr("Delete deal"), self.tr("Delete the deal {0}? This cannot be undone.")
                               .format(self.title_edit.text()), self.tr("Delete"), self.tr("Keep")):
            return
        self.busy = True
        self.ctx.changes.run(ops.remove_deal, self.session, self.customer_id, self.deal_id, on_done=self._saved,
                             on_error=self._failed)

    # ---------------------------------------------------------------------------- errors
    def _field_for(self, name: str) -> str:
        if name.startswith("items"):
            return "items"
        if name in ("amount_minor", "amount"):
            return "amount"
        if name == "closed_at":
            return "stage"
        return name if name in self.fields else ""

    def _message(self, name: str, text: str) -> str:
        m = re.fullmatch(r"items\[(\d+)\]\.(\w+)", name)
        if m:
            what = {"product": self.tr("product"), "quantity": self.tr("quantity"),
                    "unit_price_minor": self.tr("unit price")}.get(m[2], m[2])
            return self.tr("Line {0}, {1}: {2}").format(int(m[1]) + 1, what, text)
        return text

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.save_btn.setEnabled(self.loaded)
        if isinstance(exc, ValidationError) and exc.fields:
            shown: dict[str, list[str]] = {}
            for name, text in exc.fields.items():
                key = self._field_for(name)
                if key:
                    shown.setdefault(key, []).append(self._message(name, text))
            for key, texts in shown.items():
                self.errors[key].show_text("; ".join(texts), "error")
                w = self.fields[key]
                w.setProperty("invalid", True)
                w.style().unpolish(w)
                w.style().polish(w)
            self.banner.show_text(self.tr("Please correct the fields marked below."), "error")
            first = next((self.fields[k] for k in ("title", "amount", "currency", "stage", "expected_close", "items")
                          if k in shown), None)
            if first is not None:
                first.setFocus()
            return
        if isinstance(exc, ConflictError):
            self.banner.show_text(self.tr("Someone else changed this deal since you opened it. Reload to see "
                                          "their version (your changes here are then lost), or Cancel."), "warning")
            self.reload_btn.show()
            self.save_btn.setEnabled(False)
            return
        self.banner.show_text(user_message(exc), "error")

    def _clear_errors(self) -> None:
        for key, note in self.errors.items():
            note.show_text("")
            w = self.fields[key]
            if w.property("invalid"):
                w.setProperty("invalid", False)
                w.style().unpolish(w)
                w.style().polish(w)
