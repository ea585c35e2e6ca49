"""Screenshot of the import mapping (issue 12) for docs/screenshots/: a Polish Windows-1250 file
with plain columns, its encoding detected, every column listed with the field it goes to and the
one address's label. Run by python3 .ci/dev.py screenshots."""
from __future__ import annotations

import pytest

from tests.ui.conftest import sign_in, wait_idle
from tests.ui.test_import_export import open_import
from tests.ui.test_screenshots import shot

pytestmark = pytest.mark.screenshots

POLISH = ("Imię;Nazwisko;Firma;Ulica;Kod pocztowy;Miasto;E-mail;Telefon;Uwagi\r\n"
          "Łukasz;Wiśniewski;Wiśniewski i Syn;Żytnia 5;91-001;Łódź;lukasz@example.pl;+48 601 234 567;Stały klient\r\n"
          "Zofia;Kąkol;Kąkol Sp. z o.o.;Świętokrzyska 3;00-001;Kraków;zofia@example.pl;+48 22 123 45 67;\r\n")


def test_import_mapping_screenshot(window, qtbot, ctx, vault_info, tmp_path):
    ws = sign_in(qtbot, window, vault_info)
    src = tmp_path / "klienci.csv"
    src.write_bytes(POLISH.encode("cp1250"))
    dlg = open_import(qtbot, ws, src)
    dlg.resize(760, 560)
    assert dlg.encoding.currentData() == "cp1250" and dlg.ok.isEnabled()
    path = shot(dlg, "import-mapping")
    assert path.stat().st_size > 5_000
    dlg.reject()
    wait_idle(qtbot, ctx)
