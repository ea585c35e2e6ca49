"""Where per-user files live: one folder, the same for the app, the CLI and the backup code."""
from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "VaultCRM"


def config_dir() -> Path:
    """The per-user config folder: ``VAULTCRM_CONFIG_DIR`` when set, else the platform's
    (``~/.config/VaultCRM`` on Linux). Local settings, pinned backup signers and SFTP known hosts
    live here; never personal data."""
    override = os.environ.get("VAULTCRM_CONFIG_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def default_vault_folder() -> str:
    """Where a new or restored vault goes unless the user picks another place: ``VaultCRM`` in
    the user's documents folder (platformdirs), or ``VaultCRM 2``… when that one is taken."""
    try:
        base = Path(platformdirs.user_documents_dir())
    except Exception:  # noqa: BLE001 (an odd platform: the home folder will do)
        base = Path.home()
    candidate, n = base / APP_NAME, 2
    while candidate.exists() and (not candidate.is_dir() or any(candidate.iterdir())):
        candidate, n = base / f"{APP_NAME} {n}", n + 1
    return str(candidate)
