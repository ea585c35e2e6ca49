"""What the import dialog shows for the service's ids: each import target as a person reads it
("Given name", "E-mail 2", "Work address — street"; the app layer keeps the ids), the encodings
a file may be read with, and the column mapping table (one combo box per column)."""
from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox

from app.records import importing

from ..common.list_model import RowsModel

CTX = "ImportFields"
TARGETS = list(importing.FIELD_CHOICES)  # the service's list, in its order

FIELDS = {
    "skip": QT_TRANSLATE_NOOP("ImportFields", "Do not import"),
    "display_name": QT_TRANSLATE_NOOP("ImportFields", "Full name"),
    "given_name": QT_TRANSLATE_NOOP("ImportFields", "Given name"),
    "middle_name": QT_TRANSLATE_NOOP("ImportFields", "Middle name"),
    "family_name": QT_TRANSLATE_NOOP("ImportFields", "Family name"),
    "company_name": QT_TRANSLATE_NOOP("ImportFields", "Company"),
    "job_title": QT_TRANSLATE_NOOP("ImportFields", "Job title"),
    "email": QT_TRANSLATE_NOOP("ImportFields", "E-mail"),
    "emails": QT_TRANSLATE_NOOP("ImportFields", "E-mails (several in one cell)"),
    "phone": QT_TRANSLATE_NOOP("ImportFields", "Phone"),
    "phones": QT_TRANSLATE_NOOP("ImportFields", "Phones (several in one cell)"),
    "status": QT_TRANSLATE_NOOP("ImportFields", "Status"),
    "tags": QT_TRANSLATE_NOOP("ImportFields", "Tags"),
    "notes": QT_TRANSLATE_NOOP("ImportFields", "Notes"),
    "kind": QT_TRANSLATE_NOOP("ImportFields", "Person or company"),
    "tax_id": QT_TRANSLATE_NOOP("ImportFields", "Tax ID"),
    "date_of_birth": QT_TRANSLATE_NOOP("ImportFields", "Date of birth"),
    "bank_account": QT_TRANSLATE_NOOP("ImportFields", "Bank account"),
    "confidential_notes": QT_TRANSLATE_NOOP("ImportFields", "Confidential notes"),
}
PARTS = {
    "street": QT_TRANSLATE_NOOP("ImportFields", "street"),
    "postcode": QT_TRANSLATE_NOOP("ImportFields", "postcode"),
    "city": QT_TRANSLATE_NOOP("ImportFields", "city"),
    "region": QT_TRANSLATE_NOOP("ImportFields", "region"),
    "country": QT_TRANSLATE_NOOP("ImportFields", "country"),
}
ADDRESSES = {
    "work": QT_TRANSLATE_NOOP("ImportFields", "Work address"),
    "home": QT_TRANSLATE_NOOP("ImportFields", "Home address"),
    "other": QT_TRANSLATE_NOOP("ImportFields", "Other address"),
}
LABELS = {
    "work": QT_TRANSLATE_NOOP("ImportFields", "work"), "home": QT_TRANSLATE_NOOP("ImportFields", "home"),
    "mobile": QT_TRANSLATE_NOOP("ImportFields", "mobile"), "other": QT_TRANSLATE_NOOP("ImportFields", "other"),
    "main": QT_TRANSLATE_NOOP("ImportFields", "main"), "fax": QT_TRANSLATE_NOOP("ImportFields", "fax"),
    "car": QT_TRANSLATE_NOOP("ImportFields", "car"), "pager": QT_TRANSLATE_NOOP("ImportFields", "pager"),
}
# (codec, what a person reads), the order the encoding box offers them
ENCODINGS = [
    ("utf-8", QT_TRANSLATE_NOOP("ImportFields", "Unicode (UTF-8)")),
    ("utf-8-sig", QT_TRANSLATE_NOOP("ImportFields", "Unicode (UTF-8 with BOM)")),
    ("utf-16", QT_TRANSLATE_NOOP("ImportFields", "Unicode (UTF-16)")),
    ("cp1250", QT_TRANSLATE_NOOP("ImportFields", "Central European (Windows-1250)")),
    ("iso8859_2", QT_TRANSLATE_NOOP("ImportFields", "Central European (ISO 8859-2)")),
    ("cp1252", QT_TRANSLATE_NOOP("ImportFields", "Western European (Windows-1252)")),
    ("iso8859_15", QT_TRANSLATE_NOOP("ImportFields", "Western European (ISO 8859-15)")),
    ("cp1251", QT_TRANSLATE_NOOP("ImportFields", "Cyrillic (Windows-1251)")),
    ("koi8_r", QT_TRANSLATE_NOOP("ImportFields", "Cyrillic (KOI8-R)")),
    ("cp1253", QT_TRANSLATE_NOOP("ImportFields", "Greek (Windows-1253)")),
]


def _t(text: str) -> str:
    return QCoreApplication.translate("ImportFields", text)


def _label(label: str) -> str:
    return _t(LABELS[label]) if label in LABELS else label


def target_label(t: str) -> str:
    """The import target ``t`` (a service id) as a person reads it."""
    if t in FIELDS:
        return _t(FIELDS[t])
    m = re.fullmatch(r"address:([\w ]*)\.(\w+)", t)
    if m:
        part = _t(PARTS[m[2]])
        if m[1] in ADDRESSES:
            return QCoreApplication.translate(CTX, "{0} — {1}").format(_t(ADDRESSES[m[1]]), part)
        if not m[1]:
            return QCoreApplication.translate(CTX, "Address — {0}").format(part)
        return QCoreApplication.translate(CTX, "Address “{0}” — {1}").format(m[1], part)
    m = re.fullmatch(r"(email|phone):([\w ]*)", t)
    if m:
        kind = _t(FIELDS[m[1]])
        return QCoreApplication.translate(CTX, "{0} ({1})").format(kind, _label(m[2])) if m[2] else kind
    m = re.fullmatch(r"(email|phone|address)(_label)?#(\d+)(?:\.(\w+))?", t)
    if m:
        return _numbered(m[1], bool(m[2]), m[3], m[4])
    if t.startswith("custom:"):
        return QCoreApplication.translate(CTX, "Custom field “{0}”").format(t[len("custom:"):].replace("_", " "))
    return t


def _numbered(kind: str, is_label: bool, n: str, part: str | None) -> str:
    """Google's numbered columns: "E-mail 2", "Phone 1 — label", "Address 1 — city"."""
    if kind == "email":
        name = QCoreApplication.translate(CTX, "E-mail {0}").format(n)
    elif kind == "phone":
        name = QCoreApplication.translate(CTX, "Phone {0}").format(n)
    else:
        name = QCoreApplication.translate(CTX, "Address {0}").format(n)
    if is_label:
        return QCoreApplication.translate(CTX, "{0} — label").format(name)
    if part:
        return QCoreApplication.translate(CTX, "{0} — {1}").format(name, _t(PARTS[part]))
    return name


def encoding_label(codec: str) -> str:
    return next((_t(label) for c, label in ENCODINGS if c == codec), codec)


def fill_encodings(combo: QComboBox) -> None:
    for codec, label in ENCODINGS:
        combo.addItem(_t(label), codec)


def single_address_label(targets: list[str]) -> str | None:
    """The label of the one labelled address the columns go to (None: none, or several)."""
    labels = {m[1] for t in targets if (m := re.fullmatch(r"address:(\w+)\.\w+", t))}
    return labels.pop() if len(labels) == 1 else None


class MappingModel(RowsModel):
    """One row per file column: header, an example value, and the field it goes to (a combo box
    over the column: ``install_editors``)."""

    columns = [("header", QT_TRANSLATE_NOOP("Columns", "Column in the file")),
               ("sample", QT_TRANSLATE_NOOP("Columns", "Example")),
               (lambda r: target_label(r["target"]), QT_TRANSLATE_NOOP("Columns", "Goes to"))]
    changed = Signal()  # the user chose another field for a column

    def __init__(self, parent=None):
        super().__init__(parent)
        self.combos: list[QComboBox] = []

    def flags(self, index):
        f = super().flags(index)
        if index.isValid() and index.column() == 2:
            f |= Qt.ItemFlag.ItemIsEditable
        return f

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """Column 2 takes a target id (what the combo boxes set)."""
        if not index.isValid() or index.column() != 2 or role != Qt.ItemDataRole.EditRole:
            return False
        self.rows[index.row()]["target"] = str(value)
        self.dataChanged.emit(index, index)
        return True

    def mapping(self) -> dict[str, str]:
        return {r["header"]: r["target"] for r in self.rows}

    def targets(self) -> list[str]:
        return [r["target"] for r in self.rows]

    def install_editors(self, view) -> None:
        """A combo box per row, listing the service's targets by their names (data: the id)."""
        self.combos = []
        for r, row in enumerate(self.rows):
            combo = QComboBox()
            combo.setAccessibleName(QCoreApplication.translate("MappingModel", "Field for {0}").format(row["header"]))
            for t in TARGETS if row["target"] in TARGETS else [*TARGETS, row["target"]]:
                combo.addItem(target_label(t), t)
            combo.setCurrentIndex(combo.findData(row["target"]))
            combo.currentIndexChanged.connect(lambda _i, r=r, c=combo: self._chosen(r, c.currentData()))
            view.setIndexWidget(self.index(r, 2), combo)
            self.combos.append(combo)

    def _chosen(self, r: int, target: str) -> None:
        if self.setData(self.index(r, 2), target):
            self.changed.emit()

    def relabel_address(self, old: str, new: str) -> None:
        """Every column going to the ``old`` address goes to the ``new`` one (same parts)."""
        for combo in self.combos:
            t = combo.currentData()
            if t.startswith(f"address:{old}."):
                i = combo.findData(f"address:{new}.{t.rsplit('.', 1)[1]}")
                if i >= 0:
                    combo.setCurrentIndex(i)
