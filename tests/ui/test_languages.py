"""The desktop app in each language (issue 13): our words and Qt's own switch together, plurals
follow each language's rule (in Qt and in the Qt-free layers alike), and the language choice is
remembered per user."""
from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from app.settings import LocalSettings
from tests.ui.conftest import sign_in, wait_idle
from ui import i18n as ui_i18n
from vault import i18n

TRANSLATED = [c for c in i18n.LANGUAGES if c != "en"]


@pytest.fixture
def speak(qapp, built_translations):
    """Switch the whole app to a language for one test, and back to English after it."""
    yield ui_i18n.install_language
    ui_i18n.install_language("en")


def numerus_sources(lang: str) -> list[tuple[str, str]]:
    root = ET.parse(i18n.ts_file(lang)).getroot()
    return [(c.findtext("name"), m.findtext("source")) for c in root.iter("context") for m in c.iter("message")
            if m.get("numerus") == "yes"]


@pytest.mark.parametrize("lang", ["pl", "cs", "ru", "en", "de"])
def test_plural_forms_are_the_same_in_qt_and_in_the_qt_free_layers(speak, lang):
    speak(lang)
    sources = numerus_sources(lang)
    assert sources, "no %n strings found"
    for context, source in sources:
        for n in (0, 1, 2, 3, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111, 122):
            assert QCoreApplication.translate(context, source, None, n) == i18n.translate(context, source, None, n), \
                (lang, context, source, n)


def test_polish_plurals_read_right(speak):
    speak("pl")
    context, source = numerus_sources("pl")[0]
    forms = [QCoreApplication.translate(context, source, None, n) for n in (1, 2, 5, 22)]
    assert len({forms[1].replace("2", "#"), forms[3].replace("22", "#")}) == 1  # 2 and 22 take one form
    assert forms[1].replace("2", "#") != forms[2].replace("5", "#")            # 5 takes another
    assert all(f.split()[0].isdigit() or any(ch.isdigit() for ch in f) for f in forms)


def test_english_plurals_are_english(speak):
    speak("en")
    for context, source in numerus_sources("en"):
        one, many = (QCoreApplication.translate(context, source, None, n) for n in (1, 5))
        assert "(s)" not in one and "(s)" not in many, source


@pytest.mark.parametrize("lang, cancel", [("pl", "Anuluj"), ("de", "Abbrechen"), ("ru", "Отмена"),
                                          ("cs", "Zrušit"), ("es", "Cancelar"), ("fr", "Annuler")])
def test_qts_own_buttons_speak_the_same_language(speak, qtbot, lang, cancel):
    speak(lang)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == cancel


def test_the_language_is_remembered_per_user(tmp_path):
    local = LocalSettings(tmp_path / "settings.json")
    ui_i18n.remember_language(local, "pl", "lukasz")
    ui_i18n.remember_language(local, "de", "anna")
    assert ui_i18n.chosen_language(local, "lukasz") == "pl"
    assert ui_i18n.chosen_language(local, "anna") == "de"
    assert ui_i18n.chosen_language(local) == "de"  # before sign-in: this machine's last choice


@pytest.mark.parametrize("lang", TRANSLATED)
def test_the_cli_speaks_the_environments_language(lang, monkeypatch):
    """Human lines follow LANG; --json keys stay English."""
    monkeypatch.setenv("VAULTCRM_LANG", lang)
    assert i18n.environment_language() == lang


def test_choosing_a_language_in_the_wizard_applies_at_once(window, qtbot, built_translations):
    window.show_wizard()
    box = window.wizard.language_box
    assert box.currentText() == "English"
    box.setFocus()
    while box.currentData() != "pl":
        qtbot.keyClick(box, Qt.Key.Key_Down)
    try:
        qtbot.waitUntil(lambda: window.wizard.language_box.code() == "pl")
        assert window.wizard.next_btn.text() == "Dalej"
        assert window.file_menu.title().replace("&", "") == "Sejf"
        assert window.ctx.local.get("ui.language") == "pl"
    finally:
        ui_i18n.install_language("en")


def test_a_users_own_language_applies_when_they_sign_in(window, qtbot, vault_info, ctx, built_translations):
    ui_i18n.remember_language(ctx.local, "de", vault_info.user)
    ctx.local.set("ui.language", "en")
    try:
        ws = sign_in(qtbot, window, vault_info)
        wait_idle(qtbot, ctx)
        assert ui_i18n.current_language() == "de"
        assert window.file_menu.title().replace("&", "") == QCoreApplication.translate("MainWindow", "&Vault").replace("&", "")
        assert window.file_menu.title().replace("&", "") != "Vault"
        assert ws.isVisible()
    finally:
        ui_i18n.install_language("en")


def test_the_language_chosen_in_settings_is_remembered_for_the_next_start(window, qtbot, vault_info, ctx,
                                                                          built_translations):
    sign_in(qtbot, window, vault_info)
    wait_idle(qtbot, ctx)
    window.open_settings()
    dlg = window.findChild(QDialog, None)
    from ui.settings_dialog import SettingsDialog

    dlg = next(w for w in window.findChildren(SettingsDialog))
    qtbot.waitUntil(lambda: dlg.values != {})
    dlg.language_box.setFocus()
    while dlg.language_box.currentData() != "ru":
        qtbot.keyClick(dlg.language_box, Qt.Key.Key_Down)
    qtbot.mouseClick(dlg.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dlg.isVisible())
    assert ui_i18n.chosen_language(ctx.local, vault_info.user) == "ru"
    assert ui_i18n.current_language() == "en"  # applies at the next start
    assert "Русский" in window.status.currentMessage()
