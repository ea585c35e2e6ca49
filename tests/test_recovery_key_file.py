"""``--recovery-key-file`` takes the recovery sheet however it was saved (issue 12): the text
with a BOM, as UTF-16, with CRLF and spaces, with the sheet's other text around the key, and the
sheet's PDF itself; a file without a key is a clear error (exit 2), never a UnicodeDecodeError."""
from __future__ import annotations

import codecs

import pytest

from app.errors import AuthenticationError
from app.flows.recovery_sheet import RecoverySheet
from tests.conftest import PASSWORD, run_cli

NEW_PW = "a new passphrase for Łukasz 42"


def sheet(v) -> RecoverySheet:
    return RecoverySheet(v.vault_id, str(v.path), "Łukasz Żółć", v.recovery_key, "SHA256:abcdef",
                         ["abcde-fghjk", "mnpqr-stvwx"], "2025-03-15 10:00 UTC")


FORMS = {
    "utf-8 with a BOM": lambda v: codecs.BOM_UTF8 + f"{v.recovery_key}\n".encode(),
    "utf-16 (Notepad's Unicode)": lambda v: sheet(v).text().encode("utf-16"),
    "utf-16-le without a BOM": lambda v: sheet(v).text().encode("utf-16-le"),
    "CRLF, spaces and blank lines": lambda v: f"\r\n\r\n   {v.recovery_key}   \r\n\r\n".encode(),
    "the whole sheet's text, cp1250": lambda v: sheet(v).text().replace("\n", "\r\n").encode("cp1250"),
    "the key in lower case inside a sentence": lambda v: f"My key: {v.recovery_key.lower()}.".encode(),
}


@pytest.mark.parametrize("form", list(FORMS))
def test_the_key_is_read_from_the_text_however_it_was_saved(vault_info, tmp_path, form):
    from app.cli.base import read_key_file

    path = tmp_path / "key.txt"
    path.write_bytes(FORMS[form](vault_info))
    assert read_key_file(str(path)) == vault_info.recovery_key


def test_recover_takes_the_pdf_sheet(vault_info, tmp_path):
    pdf = sheet(vault_info).save_pdf(tmp_path / "sheet.pdf")
    r = run_cli(["recover", vault_info.path, "--user", "admin", "--recovery-key-file", pdf,
                 "--password-stdin", "--json"], stdin=NEW_PW + "\n")
    assert r.status == 0, r.err
    assert r.json["user"] == "admin" and len(r.json["recovery_codes"]) >= 8
    # the new password and the new authenticator open the vault; the old password no longer does
    vault_info.clock.advance()
    vault_info.sign_in(password=NEW_PW, secret=r.json["totp_secret"]).close()
    vault_info.clock.advance()
    with pytest.raises(AuthenticationError):
        vault_info.sign_in(password=PASSWORD, secret=r.json["totp_secret"])


def test_recover_takes_the_utf16_text_with_crlf(vault_info, tmp_path):
    path = tmp_path / "key.txt"
    path.write_bytes(sheet(vault_info).text().replace("\n", "\r\n").encode("utf-16"))
    r = run_cli(["recover", vault_info.path, "--user", "admin", "--recovery-key-file", path,
                 "--password-stdin", "--json"], stdin=NEW_PW + "\n")
    assert r.status == 0, r.err


@pytest.mark.parametrize("content, says", [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe\x80\x81", "No recovery key was found"),
    ("Lista zakupów: mleko, chleb".encode("cp1250"), "No recovery key was found"),
    (b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF", "No recovery key was found in the text of the PDF"),
])
def test_a_file_without_a_key_is_a_clear_error(vault_info, tmp_path, content, says):
    path = tmp_path / "wrong.bin"
    path.write_bytes(content)
    r = run_cli(["recover", vault_info.path, "--user", "admin", "--recovery-key-file", path,
                 "--password-stdin"], stdin=NEW_PW + "\n")
    assert r.status == 2, (r.status, r.err)
    assert says in r.err and "Traceback" not in r.err and "UnicodeDecodeError" not in r.err
