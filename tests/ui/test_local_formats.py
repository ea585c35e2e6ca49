"""Local formats (issue 12): dates typed and shown as the locale writes them, with a calendar;
amounts and currencies shown and typed per locale. Driven through the real widgets with keys and
clicks under a Polish locale (QLocale.setDefault, restored afterwards)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QLocale, Qt

from app.records import create_customer
from app.records.deals import list_deals
from tests.ui.conftest import activate, detail_text, open_first, sign_in, wait_idle
from ui.common.dates import format_date, parse_date
from ui.common.money import format_money, normalise_amount

NBSP = "\u00a0"


@pytest.fixture
def locale_as():
    before = QLocale()

    def use(language, territory):
        QLocale.setDefault(QLocale(language, territory))

    yield use
    QLocale.setDefault(before)


@pytest.fixture
def polish(locale_as):
    locale_as(QLocale.Language.Polish, QLocale.Country.Poland)


@pytest.fixture
def one_customer(vault_info):
    s = vault_info.sign_in()
    try:
        vault_info.cid = create_customer(s, {"given_name": "Łukasz", "family_name": "Żółć"})
    finally:
        s.close()
    return vault_info


@pytest.mark.parametrize("language,territory,minor,currency,shown", [
    (QLocale.Language.Polish, QLocale.Country.Poland, 1250050, "PLN", f"12{NBSP}500,50{NBSP}zł"),
    (QLocale.Language.Czech, QLocale.Country.CzechRepublic, 125000, "CZK", f"1{NBSP}250,00{NBSP}Kč"),
    (QLocale.Language.German, QLocale.Country.Germany, 125000, "EUR", f"1.250,00{NBSP}€"),
    (QLocale.Language.German, QLocale.Country.Austria, 125000, "EUR", f"€{NBSP}1{NBSP}250,00"),
    (QLocale.Language.English, QLocale.Country.UnitedStates, -125000, "USD", "-$1,250.00"),
])
def test_money_is_written_as_the_locale_writes_it(locale_as, language, territory, minor, currency, shown):
    locale_as(language, territory)
    assert format_money(minor, currency) == shown
    assert normalise_amount(shown) == f"{minor / 100:.2f}"


@pytest.mark.parametrize("typed", ["12 500,50", "12500,50", "12500.50", "12 500,50 zł", f"12{NBSP}500,50"])
def test_polish_amounts_are_read(polish, typed):
    assert normalise_amount(typed) == "12500.50"


@pytest.mark.parametrize("language,territory,shown", [
    (QLocale.Language.Polish, QLocale.Country.Poland, "15.03.1978"),
    (QLocale.Language.English, QLocale.Country.UnitedKingdom, "15/03/1978"),
    (QLocale.Language.English, QLocale.Country.UnitedStates, "3/15/1978"),
    (QLocale.Language.Czech, QLocale.Country.CzechRepublic, "15.03.1978"),
])
def test_dates_are_written_and_read_as_the_locale_does(locale_as, language, territory, shown):
    locale_as(language, territory)
    assert format_date("1978-03-15") == shown
    for typed in (shown, "15.03.1978", "15/03/1978", "1978-03-15"):
        assert parse_date(typed) == QDate(1978, 3, 15), typed
    assert parse_date("31.02.1978") is None and parse_date("soon") is None


def test_deal_amount_and_close_date_typed_the_polish_way(window, qtbot, one_customer, ctx, polish):
    ws = sign_in(qtbot, window, one_customer)
    page = ws.customers
    open_first(qtbot, page)
    d = page.detail
    qtbot.waitUntil(lambda: d.new_deal_btn is not None and d.new_deal_btn.isVisibleTo(d), timeout=5000)
    qtbot.mouseClick(d.new_deal_btn, Qt.MouseButton.LeftButton)
    dlg = page.deal_dialog
    qtbot.waitUntil(lambda: dlg.currency_edit.text() == "EUR", timeout=5000)   # this vault has no country
    qtbot.keyClicks(dlg.title_edit, "Licencja")
    qtbot.keyClicks(dlg.amount_edit, "12 500,50")
    assert "15.03.1978" in dlg.close_edit.placeholderText()
    qtbot.keyClicks(dlg.close_edit, "15.03.2031")
    qtbot.mouseClick(dlg.save_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=10000)
    wait_idle(qtbot, ctx)
    deals = ctx.worker.submit(list_deals, window.session, one_customer.cid).result(timeout=10)
    assert [(x["amount_minor"], x["currency"], x["expected_close"]) for x in deals] == \
        [(1250050, "EUR", "2031-03-15")]
    qtbot.waitUntil(lambda: f"12{NBSP}500,50{NBSP}€" in detail_text(page.detail), timeout=10000)
    # opened again: shown the Polish way; the calendar (Alt+Down) picks the next day with the keys
    deal_id = deals[0]["id"]
    qtbot.mouseClick(page.detail.deal_buttons[deal_id], Qt.MouseButton.LeftButton)
    dlg = page.deal_dialog
    qtbot.waitUntil(lambda: dlg.loaded, timeout=10000)
    assert dlg.amount_edit.text() == f"12{NBSP}500,50" and dlg.close_edit.text() == "15.03.2031"
    activate(qtbot, dlg)
    dlg.close_edit.setFocus()
    qtbot.keyClick(dlg.close_edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = dlg.close_edit.popup
    qtbot.waitUntil(lambda: popup is not None and popup.isVisible(), timeout=3000)
    assert popup.calendar.selectedDate() == QDate(2031, 3, 15)
    qtbot.keyClick(popup.calendar.focusWidget() or popup.calendar, Qt.Key.Key_Right)
    qtbot.keyClick(popup.calendar.focusWidget() or popup.calendar, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not popup.isVisible(), timeout=3000)
    assert dlg.close_edit.text() == "16.03.2031"
    dlg.close_edit.selectAll()
    qtbot.keyClick(dlg.close_edit, Qt.Key.Key_Delete)                 # the date is optional
    qtbot.mouseClick(dlg.save_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=10000)
    wait_idle(qtbot, ctx)
    deals = ctx.worker.submit(list_deals, window.session, one_customer.cid).result(timeout=10)
    assert deals[0]["expected_close"] is None and deals[0]["amount_minor"] == 1250050


def test_date_of_birth_typed_and_shown_the_polish_way(window, qtbot, one_customer, ctx, polish):
    ws = sign_in(qtbot, window, one_customer)
    page = ws.customers
    open_first(qtbot, page)
    qtbot.mouseClick(page.detail.edit_btn, Qt.MouseButton.LeftButton)
    ed = page.editor
    qtbot.waitUntil(ed.isVisible, timeout=3000)
    dob = ed.fields["date_of_birth"]
    qtbot.keyClicks(dob, "15.03.1978")
    qtbot.mouseClick(ed.buttons.button(ed.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not ed.isVisible(), timeout=10000)
    wait_idle(qtbot, ctx)
    qtbot.waitUntil(lambda: (page.detail.sensitive_values().get("date_of_birth") == "1978-03-15"), timeout=10000)
    qtbot.mouseClick(page.detail.reveal_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.detail.sensitive_labels["date_of_birth"].text() == "15.03.1978", timeout=10000)
    # the editor shows it the same way, and an unchanged date is not a change
    qtbot.mouseClick(page.detail.edit_btn, Qt.MouseButton.LeftButton)
    ed = page.editor
    qtbot.waitUntil(ed.isVisible, timeout=3000)
    assert ed.fields["date_of_birth"].text() == "15.03.1978"
    assert "sensitive" not in ed.changes()
    ed.reject()
    wait_idle(qtbot, ctx)
