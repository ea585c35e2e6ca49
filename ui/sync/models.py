"""The table models of the devices screen and the conflicts view (short lists that arrive whole
from the worker: ``RowsModel``). Stale devices and revoked ones are marked by colour and in words,
so the mark does not rest on colour alone."""
from __future__ import annotations

import json

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from ..common.dates import format_datetime
from ..common.labels import profile_label
from ..common.list_model import RowsModel

STATE = {"active": QT_TRANSLATE_NOOP("DeviceState", "Active"),
         "revoked": QT_TRANSLATE_NOOP("DeviceState", "Revoked"),
         "waiting": QT_TRANSLATE_NOOP("DeviceState", "Waiting for approval")}
STALE_BACKGROUND = QColor("#fbe3c4")
REVOKED_FOREGROUND = QColor("#6b6b6b")


def state_label(row: dict) -> str:
    text = QCoreApplication.translate("DeviceState", STATE[row["state"]]) if row["state"] in STATE else row["state"]
    if row.get("stale"):
        text = QCoreApplication.translate("DeviceState", "{0}, not synced for a while").format(text)
    if row.get("this"):
        text = QCoreApplication.translate("DeviceState", "{0}, this device").format(text)
    return text


def behind_label(row: dict) -> str:
    if row.get("behind") is None:
        return ""
    return QCoreApplication.translate("DeviceState", "%n change file(s)", "", int(row["behind"]))


class DevicesModel(RowsModel):
    columns = [(lambda r: r["user"] or "", QT_TRANSLATE_NOOP("Columns", "User")),
               (lambda r: profile_label(r["profile"]) if r.get("profile") else "",
                QT_TRANSLATE_NOOP("Columns", "Profile")),
               (state_label, QT_TRANSLATE_NOOP("Columns", "State")),
               (lambda r: format_datetime(r["last_seen"]) if r.get("last_seen") else "",
                QT_TRANSLATE_NOOP("Columns", "Last seen")),
               (behind_label, QT_TRANSLATE_NOOP("Columns", "Behind")),
               (lambda r: r["device"][:13], QT_TRANSLATE_NOOP("Columns", "Device"))]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        row = self.row(index.row()) if index.isValid() else None
        if row is not None and 0 <= index.column() < len(self.columns):
            if role == Qt.ItemDataRole.BackgroundRole and row.get("stale"):
                return QBrush(STALE_BACKGROUND)
            if role == Qt.ItemDataRole.ForegroundRole and row["state"] == "revoked":
                return QBrush(REVOKED_FOREGROUND)
        return super().data(index, role)


def value_text(value) -> str:
    """A field's value as the conflicts view shows it (lists and objects as compact JSON)."""
    if value is None:
        return QCoreApplication.translate("SyncConflicts", "(empty)")
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def field_label(row: dict) -> str:
    """The field in the words of the import dialog's field names; a field they do not name as stored."""
    from ..workspace.import_fields import FIELDS

    field = row["field"]
    if field == "deleted_at":
        return QCoreApplication.translate("SyncConflicts", "Deleted (in the bin)")
    if field in FIELDS:
        return QCoreApplication.translate("ImportFields", FIELDS[field])
    return field if row["table"] == "customers" else f"{row['table']}.{field}"


class ConflictsModel(RowsModel):
    columns = [(lambda r: r["customer"] or r["record_uid"][:13], QT_TRANSLATE_NOOP("Columns", "Record")),
               (field_label, QT_TRANSLATE_NOOP("Columns", "Field")),
               (lambda r: value_text(r["kept"]), QT_TRANSLATE_NOOP("Columns", "Current value")),
               (lambda r: r["kept_user"] or r["kept_from"][:13], QT_TRANSLATE_NOOP("Columns", "Current by")),
               (lambda r: value_text(r["other"]), QT_TRANSLATE_NOOP("Columns", "Other value")),
               (lambda r: r["other_user"] or r["other_from"][:13], QT_TRANSLATE_NOOP("Columns", "Other by")),
               (lambda r: format_datetime(r["at"]), QT_TRANSLATE_NOOP("Columns", "When"))]
