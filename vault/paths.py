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
