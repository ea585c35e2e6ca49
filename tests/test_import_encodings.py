"""Issue 12, import: a file's code page is the one whose reading gives words of one language and
script, not symbols (a Polish Windows-1250 file used to be read as Windows-1252: "£ukasz",
"£ódŸ", "¯ytnia"); how sure the guess is, is reported, and a guess that is not sure is warned."""
from __future__ import annotations

import pytest

from app.records import get_customer, search
from app.records.import_text import SURE, decode_guess, guess_code_page
from app.records.importing import import_bytes
from tests.conftest import PASSWORD, run_cli, signin

POLISH = ("Imię;Nazwisko;Ulica;Kod pocztowy;Miasto\r\n"
          "Łukasz;Wiśniewski;Żytnia 5;91-001;Łódź\r\n"
          "Zofia;Kąkol;Świętokrzyska 3;00-001;Kraków\r\n"
          "Grzegorz;Brzęczyszczykiewicz;Źródlana 7;80-001;Gdańsk\r\n")
CZECH = ("Jméno;Příjmení;Ulice;PSČ;Město\r\n"
         "Antonín;Dvořák;Náměstí 1;301 00;Plzeň\r\n"
         "Štěpán;Šťastný;Žižkova 7;602 00;Brno\r\n"
         "Jiří;Růžička;Hlavní 12;702 00;Ostrava\r\n")
MIXED = POLISH + "".join(CZECH.splitlines(keepends=True)[1:])
RUSSIAN = ("Имя;Фамилия;Город\r\n"
           "Иван;Петров;Москва\r\n"
           "Ольга;Смирнова;Санкт-Петербург\r\n")
WESTERN = ("Name;City\r\n"
           "Françoise Müller;Zürich\r\n"
           "José Núñez;Málaga\r\n"
           "Jürgen Groß;Köln\r\n")

# (text, code page it is written in, the code pages that are the same bytes for it)
CASES = [
    (POLISH, "cp1250", {"cp1250"}), (CZECH, "cp1250", {"cp1250"}), (MIXED, "cp1250", {"cp1250"}),
    (POLISH, "iso8859_2", {"iso8859_2"}), (CZECH, "iso8859_2", {"iso8859_2"}), (MIXED, "iso8859_2", {"iso8859_2"}),
    (RUSSIAN, "cp1251", {"cp1251"}), (RUSSIAN, "koi8_r", {"koi8_r"}),
    (WESTERN, "cp1252", {"cp1252", "iso8859_15"}),
]


@pytest.mark.parametrize(("text", "enc", "same"), CASES,
                         ids=[f"{n}-{e}" for n, e in (("pl", "cp1250"), ("cs", "cp1250"), ("mixed", "cp1250"),
                                                       ("pl", "iso8859_2"), ("cs", "iso8859_2"),
                                                       ("mixed", "iso8859_2"), ("ru", "cp1251"), ("ru", "koi8_r"),
                                                       ("west", "cp1252"))])
def test_the_code_page_that_reads_as_words_is_chosen_and_sure(text, enc, same):
    data = text.encode(enc)
    decoded, used, confidence = decode_guess(data)
    assert used in same and decoded == text and confidence >= SURE
    ranked = guess_code_page(data)
    assert ranked[0][0] == used and all(c < SURE for _, c in ranked[1:])


def test_a_file_that_two_code_pages_read_as_words_is_reported_unsure(admin):
    # "Zoë Ørsted" (Windows-1252) is "Zoë Řrsted" in Windows-1250: both are words of some language
    data = "name,email\nZoë Ørsted,zoe@example.dk\n".encode("cp1252")
    text, enc, confidence = decode_guess(data)
    assert enc == "cp1252" and confidence < SURE
    report = import_bytes(admin, data, name="x.csv")
    assert report.imported == 1 and report.encoding == "cp1252" and report.encoding_confidence < SURE
    assert report.warnings == [{"where": "file", "reason": report.warnings[0]["reason"]}]
    assert "guessed as cp1252 (not sure)" in report.warnings[0]["reason"]
    sure = import_bytes(admin, POLISH.encode("cp1250"), name="y.csv", dry_run=True)
    assert sure.warnings == [] and sure.encoding == "cp1250" and sure.encoding_confidence == 1.0


def test_polish_outlook_export_in_windows_1250_through_the_cli(vault_info, tmp_path):
    """The issue's file: ';'-separated, from a Polish Windows, imported with the CLI."""
    src = tmp_path / "outlook.csv"
    src.write_bytes(('"First Name";"Last Name";"Company";"Business Street";"Business City";'
                     '"Business Postal Code";"E-mail Address";"Job Title"\r\n'
                     '"Łukasz";"Wiśniewski";"Źródło Sp. z o.o.";"Żytnia 5";"Łódź";"91-001";"lukasz@zrodlo.pl";'
                     '"Właściciel"\r\n').encode("cp1250"))
    r = run_cli(["import", vault_info.path, src, *signin(vault_info, json=True)], stdin=PASSWORD + "\n")
    assert r.status == 0 and r.json["imported"] == 1, r.out + r.err
    assert r.json["encoding"] == "cp1250" and r.json["encoding_confidence"] >= SURE and r.json["delimiter"] == ";"
    assert r.json["warnings"] == []
    s = vault_info.sign_in()
    try:
        [hit] = search(s, "lodz")
        assert search(s, "łukasz") == [hit] and search(s, "zrodlo") == [hit]
        rec = get_customer(s, hit["id"])
    finally:
        s.close()
    assert rec["display_name"] == "Łukasz Wiśniewski" and rec["company_name"] == "Źródło Sp. z o.o."
    assert rec["addresses"][0]["street"] == "Żytnia 5" and rec["addresses"][0]["city"] == "Łódź"
    # the text output says which encoding it used
    r = run_cli(["import", vault_info.path, src, "--dry-run", *signin(vault_info), "--duplicates", "import"],
                stdin=PASSWORD + "\n")
    assert r.status == 0 and "encoding: cp1250" in r.out and "(a guess)" not in r.out


def test_a_declared_encoding_is_used_as_given(admin):
    data = POLISH.encode("cp1250")
    report = import_bytes(admin, data, name="x.csv", encoding="cp1251", dry_run=True)
    assert report.encoding == "cp1251" and report.encoding_confidence == 1.0 and report.warnings == []
