"""Profiles: the permission matrix (atoms × profiles, with the record scope as its last row).
Built-in profiles are read-only; administrators with profiles.manage create and edit their own."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QWidget

from app import profiles
from app.ops import admin as ops
from ui import dialogs

from ..common.labels import profile_label
from .common import AdminPage

SCOPE_ROW = "__scope__"


class PermissionMatrixModel(QAbstractTableModel):
    """Rows: permission atoms (+ "All records" scope); columns: profiles. Custom profiles are
    editable (check boxes) when ``editable``; a change is reported through ``changed``."""

    changed = Signal(str, list, str)    # profile name, permissions, scope

    def __init__(self, atoms: dict[str, str] | None = None, parent=None, editable: bool = False):
        super().__init__(parent)
        self.atoms = list((atoms or profiles.atoms()).items())
        self.profiles: list[dict] = []
        self.editable = editable

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() or not self.profiles else len(self.atoms) + 1

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.profiles)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Vertical \
                    and 0 <= section < len(self.atoms):
                return self.atoms[section][0]
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.profiles):
            p = self.profiles[section]
            return (profile_label(p["name"]) if p["builtin"] else p["name"] + " ✎")
        if orientation == Qt.Orientation.Vertical and 0 <= section <= len(self.atoms):
            return self.tr("All records (else own only)") if section == len(self.atoms) else \
                QCoreApplication.translate("Permissions", self.atoms[section][1])
        return None

    def _checked(self, row: int, col: int) -> bool:
        p = self.profiles[col]
        if row == len(self.atoms):
            return p["scope"] == "all"
        return self.atoms[row][0] in p["permissions"]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.column() < len(self.profiles)) or \
                not (0 <= index.row() <= len(self.atoms)):
            return None
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if self._checked(index.row(), index.column()) else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tr("yes") if self._checked(index.row(), index.column()) else self.tr("no")
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable and not self.profiles[index.column()]["builtin"]:
            f |= Qt.ItemFlag.ItemIsUserCheckable
        return f

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.CheckStateRole or not (self.flags(index) & Qt.ItemFlag.ItemIsUserCheckable):
            return False
        on = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        p = dict(self.profiles[index.column()])
        perms = set(p["permissions"])
        if index.row() == len(self.atoms):
            p["scope"] = "all" if on else "own"
        else:
            atom = self.atoms[index.row()][0]
            perms.add(atom) if on else perms.discard(atom)
        p["permissions"] = sorted(perms)
        self.profiles[index.column()] = p
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.changed.emit(p["name"], p["permissions"], p["scope"])
        return True

    def set_profiles(self, rows: list[dict]) -> None:
        self.beginResetModel()
        self.profiles = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_profiles([])





class ProfilesPage(AdminPage):
    def __init__(self, ctx, session, parent: QWidget | None = None):
        super().__init__(ctx, session, self.tr("Profiles"), parent)
        editable = session.can("profiles.manage")
        self.model = PermissionMatrixModel(parent=self, editable=editable)
        self.model.changed.connect(self._changed)
        self.new_btn = self.button(self.tr("New profile…"), self.new_profile, allowed=editable, primary=True)
        self.delete_btn = self.button(self.tr("Delete profile"), self.delete_profile, allowed=editable)
        self.toolbar.addStretch(1)
        self.view = self.table(self.model)
        self.view.setSelectionBehavior(self.view.SelectionBehavior.SelectItems)
        self.view.verticalHeader().show()
        self.view.horizontalHeader().setStretchLastSection(False)
        self.view.horizontalHeader().setDefaultSectionSize(124)
        from ..common.widgets import Note

        self.lay.addWidget(Note(self.tr("Built-in profiles cannot be changed; make a copy with “New profile”. "
                                        "Changes to a custom profile are saved at once and audited.")
                                if editable else self.tr("Read-only: changing profiles needs “Manage profiles”.")))
        self.run(profiles.list_profiles, self.session, on_done=self.model.set_profiles)

    def _changed(self, name: str, permissions: list, scope: str) -> None:
        self.run(ops.save_profile, self.session, name, permissions, scope, on_done=self.model.set_profiles)

    def _current(self) -> dict | None:
        col = self.view.currentIndex().column()
        return self.model.profiles[col] if 0 <= col < len(self.model.profiles) else None

    def new_profile(self) -> None:
        base = self._current()
        name = dialogs.ask_text(self, self.tr("New profile"), self.tr("Name of the new profile (a copy of {0}):")
                                .format(base["name"]) if base else self.tr("Name of the new profile:"))
        if name:
            self.run(ops.create_profile, self.session, name.strip(), base, on_done=self.model.set_profiles)

    def delete_profile(self) -> None:
        p = self._current()
        if p is None or p["builtin"]:
            self.message.show_text(self.tr("Select a custom profile's column first."), "warning")
            return
        if dialogs.confirm(self, self.tr("Delete profile"), self.tr("Delete the profile {0}?").format(p["name"]),
                           self.tr("Delete"), self.tr("Keep")):
            self.run(ops.delete_profile, self.session, p["name"], on_done=self.model.set_profiles)

    def clear(self) -> None:
        self.model.clear()
