"""Settings use cases: what the settings dialog shows and saves (the keys come from the
declarations in ``app.setting_keys``; each change is checked and audited by ``VaultSettings``)."""
from __future__ import annotations

from ..session import Session
from ..setting_keys import dialog_settings
from ..settings import VaultSettings
from .changes import Changes


def load_dialog(session: Session) -> dict:
    s = VaultSettings(session)
    return {spec.key: s.get(spec.key) for spec in dialog_settings()}


def save(session: Session, changes: dict) -> Changes:
    s = VaultSettings(session)
    for key, value in changes.items():
        s.set(key, value)
    return Changes.of(settings=changes)
