"""Settings use cases: what the settings dialog shows and saves (the keys come from the
declarations in ``app.setting_keys``; each change is checked and audited by ``VaultSettings``)."""
from __future__ import annotations

from ..countries import currency_for
from ..session import Session
from ..setting_keys import dialog_settings, vault_country
from ..settings import VaultSettings
from .changes import Changes


def load_dialog(session: Session) -> dict:
    s = VaultSettings(session)
    values = {spec.key: s.get(spec.key) for spec in dialog_settings()}
    values["vault.country"] = vault_country(session.conn)   # an older vault's, from its phone region
    return values


def deal_defaults(session: Session) -> dict:
    """What a new deal starts with: the currency of the vault's country (EUR if it has none)."""
    return {"currency": currency_for(vault_country(session.conn))}


def save(session: Session, changes: dict) -> Changes:
    s = VaultSettings(session)
    for key, value in changes.items():
        s.set(key, value)
    return Changes.of(settings=changes)
