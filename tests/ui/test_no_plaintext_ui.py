"""No plaintext on disk from the desktop app (issue 18): signed in through the window, a search
typed in the search box, a customer opened and its sensitive values revealed, then locked and
closed. Every file written under the test's vault, TMPDIR, HOME and XDG folders (the local
settings, Qt's own caches) is scanned for the customers' marker strings: none may appear."""
from __future__ import annotations

import tempfile

from PySide6.QtCore import Qt

from app.records import create_customer
from tests.test_no_plaintext import _scan
from tests.ui.conftest import sign_in, wait_idle

MARKERS = ["zquiwimarkfam", "zquiwimarkmail", "zquiwimarktax", "zquiwimarknote"]


def test_the_desktop_app_writes_no_customer_text_to_disk(vault_info, tmp_path, monkeypatch, qtbot, ctx, window):
    for name in ("tmp", "home"):
        (tmp_path / name).mkdir()
    monkeypatch.setenv("TMPDIR", str(tmp_path / "tmp"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    s = vault_info.sign_in()
    try:
        create_customer(s, {"given_name": "Marta", "family_name": MARKERS[0], "emails": [f"{MARKERS[1]}@example.org"],
                            "tax_id": MARKERS[2], "notes": MARKERS[3]})
    finally:
        s.close()
    sign_in(qtbot, window, vault_info)
    page = window.workspace.customers
    qtbot.keyClicks(page.search, MARKERS[0][:9])
    qtbot.waitUntil(lambda: page.model.total == 1 and page.model.is_loaded(0), timeout=10000)
    page.table.setCurrentIndex(page.model.index(0, 0))
    qtbot.waitUntil(lambda: page.detail.record is not None, timeout=10000)
    qtbot.mouseClick(page.detail.reveal_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.detail.revealed, timeout=5000)
    assert page.detail.sensitive_labels["tax_id"].text() == MARKERS[2]
    wait_idle(qtbot, ctx)
    window.lock()
    qtbot.wait(100)
    window.close()
    assert _scan(tmp_path, MARKERS, skip=[]) == {}
    assert (vault_info.path / "vault.db").stat().st_size > 0  # the scan read the written vault too
