"""The recovery sheet PDF shows every script we support (issue 12): a Polish, a Russian and a
Greek user name come out of the PDF as they went in, never as "?"."""
from __future__ import annotations

import pytest
from pypdf import PdfReader

from app.flows.recovery_sheet import RecoverySheet

KEY = "AGE-SECRET-KEY-1" + "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L" + "QPZRY9X8GF2TVDW0S3JN54KHCE6M"


def sheet(username: str, folder: str) -> RecoverySheet:
    return RecoverySheet("0f3c9a2e-vault", folder, username, KEY, "SHA256:abcdef0123456789",
                         ["abcde-fghjk", "mnpqr-stvwx", "23456-789ab", "cdefg-hjkmn"], "2025-03-15 10:00 UTC")


@pytest.mark.parametrize("name", ["Łukasz Żółć", "Иван Петров", "Γιώργος"])
def test_names_in_every_script_survive_the_pdf(tmp_path, name):
    folder = f"/home/{name.split()[0]}/Dane {name}"
    path = sheet(name, folder).save_pdf(tmp_path / "sheet.pdf")
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(str(path)).pages).split())
    assert f"Recovery codes for {name}" in text
    assert folder in text
    assert KEY in text
    assert "?" not in text
