"""Settings: every key is declared once in ``app.setting_keys`` (type, default, range, scope).

Two stores: ``vault`` settings live inside the encrypted database (changing them needs
``settings.manage`` and is audited); ``local`` settings live in the per-user config folder and
hold no personal data (recent vault paths, window layout, column choices).
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from vault import clock
from vault.errors import CrmError, ValidationError
from vault.fsutil import JsonFile
from vault.paths import config_dir

from . import audit
from .setting_keys import REGISTRY, Setting, declare, lookup, read_vault

__all__ = ["REGISTRY", "LocalSettings", "Setting", "VaultSettings", "declare"]


class VaultSettings:
    """Settings inside the encrypted vault. Reading needs a session; writing needs settings.manage."""

    def __init__(self, session):
        self.session = session

    def get(self, key: str) -> Any:
        return read_vault(self.session.conn, key)

    def set(self, key: str, value: Any) -> None:
        setting = lookup(key, "vault")
        self.session.require(setting.permission)
        value = setting.validate(value)
        old = self.get(key)
        with self.session.vault.transaction():
            self.session.conn.execute(
                "INSERT INTO settings (key, value, updated_at, updated_by) VALUES (?, ?, ?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at,"
                " updated_by = excluded.updated_by",
                (key, json.dumps(value), clock.iso(), self.session.user_id),
            )
            audit.record(self.session, "settings.change", entity="setting", entity_id=key,
                         details={"before": old, "after": value})

    def all(self) -> dict[str, Any]:
        return {k: self.get(k) for k, s in REGISTRY.items() if s.scope == "vault"}


class LocalSettings:
    """Per-user, per-machine settings outside the vault; no personal data goes here."""

    def __init__(self, path: Path | None = None):
        self.path = Path(path) if path is not None else config_dir() / "settings.json"
        self.file = JsonFile(self.path, what="the local settings")

    def _load(self) -> dict:
        try:
            return self.file.read_dict()
        except CrmError:  # damaged or unreadable: the defaults (nothing here is precious)
            return {}

    def get(self, key: str) -> Any:
        setting = lookup(key, "local")
        data = self._load()
        if key not in data:
            return setting.default
        try:
            return setting.validate(data[key])
        except ValidationError:
            return setting.default

    def set(self, key: str, value: Any) -> None:
        setting = lookup(key, "local")
        data = self._load()
        data[key] = setting.validate(value)
        self.file.write(data, make_folder=True)
