"""Issue 11: typed settings, declared once (type, default, description, who may change it, how the
dialog edits it); the settings dialog and the save path read the declarations, not repeated keys."""
from __future__ import annotations

import pytest

from app import users
from app.ops import settings as ops
from app.setting_keys import REGISTRY, dialog_settings
from vault.errors import PermissionDenied, ValidationError

OTHER = "another long passphrase 42"


def test_every_dialog_setting_is_fully_declared():
    shown = dialog_settings()
    assert [s.key for s in shown][:2] == ["lock.idle_minutes", "clipboard.clear_seconds"]
    for spec in shown:
        assert spec.scope == "vault" and spec.label and spec.description and spec.permission
        assert spec.editor in ("number", "time", "check", "text", "country")
        if spec.editor == "number":
            assert spec.type is int and spec.minimum is not None and spec.maximum is not None
    assert all(not s.editor for s in REGISTRY.values() if s.scope == "local")


def test_saving_goes_through_the_declared_permission_and_reports_changes(vault_info):
    admin = vault_info.sign_in()
    try:
        changes = ops.save(admin, {"lock.idle_minutes": 15, "backup.on_lock": True})
        assert changes.settings == {"lock.idle_minutes", "backup.on_lock"}
        assert ops.load_dialog(admin)["lock.idle_minutes"] == 15
        with pytest.raises(ValidationError):
            ops.save(admin, {"lock.idle_minutes": 0})
        e = users.add_user(admin, "sam", OTHER, "Sales")
    finally:
        admin.close()
    sam = vault_info.sign_in("sam", OTHER, e.totp_secret)
    try:
        assert ops.load_dialog(sam)["lock.idle_minutes"] == 15  # reading is allowed
        with pytest.raises(PermissionDenied):
            ops.save(sam, {"lock.idle_minutes": 20})
    finally:
        sam.close()
