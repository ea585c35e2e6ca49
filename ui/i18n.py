"""The language the desktop app speaks: our ``vaultcrm_<lang>.qm`` (built from the ``.ts`` files
by the set-up command), Qt's own ``qtbase_<lang>.qm`` from the PySide6 wheel (standard buttons,
file dialogs, context menus), and the same language for the Qt-free layers (``vault.i18n``).

Which language: the user's choice (local setting ``ui.language``, per user name in
``ui.user_languages``), else the system's. A change in the wizard applies at once (the wizard is
rebuilt); a change in Settings applies at the next start.
"""
from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

import resources
from vault import i18n

TRANSLATIONS = resources.path("translations")
LANGUAGES = i18n.LANGUAGES
_installed: list[QTranslator] = []


def system_language() -> str:
    """The system's language if we speak it, else English (``VAULTCRM_LANG`` overrides it)."""
    if os.environ.get("VAULTCRM_LANG"):
        return i18n.normalise(os.environ["VAULTCRM_LANG"])
    for name in QLocale.system().uiLanguages():
        code = i18n.normalise(name)
        if code != i18n.SOURCE_LANGUAGE or name.lower().startswith("en"):
            return code
    return i18n.SOURCE_LANGUAGE


def chosen_language(local, username: str | None = None) -> str:
    """The language to speak: the user's own choice on this machine, the machine's last choice,
    else the system's."""
    if username:
        per_user = local.get("ui.user_languages") or {}
        if per_user.get(username) in LANGUAGES:
            return per_user[username]
    code = local.get("ui.language")
    return code if code in LANGUAGES else system_language()


def remember_language(local, code: str, username: str | None = None) -> None:
    local.set("ui.language", code)
    if username:
        per_user = dict(local.get("ui.user_languages") or {})
        per_user[username] = code
        local.set("ui.user_languages", per_user)


def current_language() -> str:
    return i18n.language()


def install_language(code: str) -> str:
    """Speak ``code`` from now on (widgets built after this call are in that language)."""
    code = i18n.normalise(code)
    app = QCoreApplication.instance()
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    candidates = [(TRANSLATIONS, f"vaultcrm_{code}")]
    if code != i18n.SOURCE_LANGUAGE:
        candidates.append((Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)), f"qtbase_{code}"))
    for folder, name in candidates:
        translator = QTranslator(app)
        if translator.load(name, str(folder)):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
    i18n.set_language(code)
    return code
