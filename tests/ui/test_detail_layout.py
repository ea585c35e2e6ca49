"""Issue 12: the customer detail pane is never cut off on the right (at 1366x768 and 1920x1080, with
long names and e-mails, every button lies inside the pane's viewport), and its e-mail addresses and
phone numbers open the system's mail and phone programs, then get the interaction form ready."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel

from app.privacy import record_consent
from app.records import create_customer
from app.records.deals import add_preference, create_deal
from tests.ui.conftest import sign_in
from ui.common import links

LONG_EMAIL = "bartlomiej.wisniewski-grzybowska.dzial-zaopatrzenia-i-logistyki@przedsiebiorstwo-handlowe-example.pl"


@pytest.fixture
def long_customer(vault_info):
    s = vault_info.sign_in()
    try:
        cid = create_customer(s, {
            "given_name": "Bartłomiej-Maksymilian", "family_name": "Wiśniewski-Grzybowska-Konstantynopolitańczykiewicz",
            "company_name": "Przedsiębiorstwo Handlowo-Usługowe Konstantynopolitańczykiewiczówna i Synowie Sp. z o.o.",
            "job_title": "Kierownik Działu Zaopatrzenia, Logistyki i Współpracy Międzynarodowej",
            "status": "customer", "emails": [LONG_EMAIL, "biuro@example.pl"], "phones": ["+48 600 100 200"],
            "tags": ["hurtownia-materiałów-biurowych-i-papierniczych", "vip", "stały-klient-od-2009"],
            "notes": "Dzwonić wyłącznie przed południem; faktury wysyłać na adres biura rachunkowego. " * 3,
            "addresses": [{"label": "work", "street": "ul. Żytnia 15/17 lok. 204", "postcode": "01-014",
                           "city": "Łódź", "country": "PL"}]})
        create_deal(s, cid, {"title": "Dostawa papieru kserograficznego na cały rok 2025 dla wszystkich oddziałów",
                             "amount_minor": "12500.50", "currency": "PLN"})
        add_preference(s, cid, "Dostawy", "tylko rano, wjazd od ulicy Ogrodowej, rozładunek ręczny")
        record_consent(s, cid, "newsletter o nowościach i promocjach w hurtowni", "consent", source="formularz")
    finally:
        s.close()
    vault_info.cid = cid
    return vault_info


def open_shown(qtbot, window, info, size):
    window.resize(*size)
    page = sign_in(qtbot, window, info).customers
    qtbot.waitUntil(lambda: page.model.total == 1 and page.model.is_loaded(0), timeout=10000)
    rect = page.table.visualRect(page.model.index(0, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: page.detail.record is not None and bool(page.detail.withdraw_buttons), timeout=10000)
    qtbot.wait(50)   # the layout settles
    return page


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_nothing_in_the_pane_is_cut_off(window, qtbot, long_customer, size):
    page = open_shown(qtbot, window, long_customer, size)
    detail = page.detail
    view = detail.viewport()
    assert view.rect().right() <= detail.rect().right()
    assert detail.mapTo(window, detail.rect().bottomRight()).x() <= window.width()
    body = detail.widget()
    assert body.width() <= view.width(), "the pane's content is wider than the pane"
    widgets = [w for w in body.findChildren(QAbstractButton) if w.isVisibleTo(detail)]
    widgets.append(detail.status)
    names = {w.accessibleName() or w.text() for w in widgets}
    for needed in ("Edit customer", "Delete customer", "Log the interaction", "Erase…", "Record consent"):
        assert needed in names
    assert sum(1 for w in widgets if w.text() == "Copy") == 4   # two e-mails, a phone, an address
    for w in widgets:
        r = QRect(w.mapTo(view, w.rect().topLeft()), w.size())
        assert r.left() >= 0 and r.right() <= view.width() - 1, f"{w.accessibleName() or w.text()!r} cut off: {r}"
        assert r.width() >= min(w.minimumSizeHint().width(), 40), f"{w.text()!r} squeezed"
    # long texts wrap or elide inside the pane and keep their whole text in a tooltip
    for label in body.findChildren(QLabel):
        if label.isVisibleTo(detail) and label.text():
            r = QRect(label.mapTo(view, label.rect().topLeft()), label.size())
            assert r.right() <= view.width() - 1, f"label {label.text()[:30]!r} cut off"
    link = next(w for w in detail.contact_links if w.value == LONG_EMAIL)
    assert link.toolTip() == LONG_EMAIL and "…" in link.text()


def test_email_and_phone_links_open_the_system_handler_and_prefill_the_form(window, qtbot, long_customer):
    page = open_shown(qtbot, window, long_customer, (1366, 768))
    detail = page.detail
    email = next(w for w in detail.contact_links if w.value == "biuro@example.pl")
    phone = next(w for w in detail.contact_links if w.value == "+48 600 100 200")
    with links.recorded() as opened:
        qtbot.mouseClick(email, Qt.MouseButton.LeftButton)
        assert opened == ["mailto:biuro@example.pl"]
        assert detail.kind_box.currentData() == "email"
        assert "biuro@example.pl" in detail.summary_edit.text()
        phone.setFocus()
        qtbot.keyClick(phone, Qt.Key.Key_Return)          # from the keyboard too
        assert opened[1] == "tel:+48600100200"
    assert detail.kind_box.currentData() == "call"
    assert "+48 600 100 200" in detail.summary_edit.text()
    qtbot.keyClicks(detail.summary_edit, "ordered paper")
    qtbot.keyClick(detail.summary_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(i["kind"] == "call" and "ordered paper" in (i.get("summary") or "")
                                for i in (page.detail_data or {}).get("interactions", [])), timeout=5000)
