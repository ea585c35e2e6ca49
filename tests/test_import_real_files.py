"""Issue 12, import: real exports import through the CLI (the dialog's twin is
tests/ui/test_import_dialog_real_files.py): Google Contacts CSV in both of Google's header sets,
every file of ../shared/testdata, a plain CSV whose columns are only first/last/address/city/zip,
and one address kept as one through an import and an export."""
from __future__ import annotations

import csv
import io
import json

import pytest

from app.records import get_customer, search
from app.records.import_mapping import auto_mapping, check_target, is_target
from app.records.importing import import_bytes
from tests.conftest import PASSWORD, TESTDATA, run_cli, signin

CSVS = TESTDATA / "csv-spectrum" / "csvs"
VCARDS = TESTDATA / "vcard"

# Google Contacts "Export → Google CSV" before 2020 (the header set in full, in Google's order)
GOOGLE_OLD_HEADER = (
    "Name,Given Name,Additional Name,Family Name,Yomi Name,Given Name Yomi,Additional Name Yomi,Family Name Yomi,"
    "Name Prefix,Name Suffix,Initials,Nickname,Short Name,Maiden Name,Birthday,Gender,Location,Billing Information,"
    "Directory Server,Mileage,Occupation,Hobby,Sensitivity,Priority,Subject,Notes,Language,Photo,Group Membership,"
    "E-mail 1 - Type,E-mail 1 - Value,E-mail 2 - Type,E-mail 2 - Value,Phone 1 - Type,Phone 1 - Value,"
    "Phone 2 - Type,Phone 2 - Value,Address 1 - Type,Address 1 - Formatted,Address 1 - Street,Address 1 - City,"
    "Address 1 - PO Box,Address 1 - Region,Address 1 - Postal Code,Address 1 - Country,Address 1 - Extended Address,"
    "Organization 1 - Type,Organization 1 - Name,Organization 1 - Yomi Name,Organization 1 - Title,"
    "Organization 1 - Department,Organization 1 - Symbol,Organization 1 - Location,Organization 1 - Job Description,"
    "Website 1 - Type,Website 1 - Value")
# Google Contacts' CSV since 2020
GOOGLE_NEW_HEADER = (
    "First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,Phonetic Last Name,Name Prefix,"
    "Name Suffix,Nickname,File As,Organization Name,Organization Title,Organization Department,Birthday,Notes,Photo,"
    "Labels,E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,Phone 1 - Label,Phone 1 - Value,"
    "Phone 2 - Label,Phone 2 - Value,Address 1 - Label,Address 1 - Formatted,Address 1 - Street,Address 1 - City,"
    "Address 1 - PO Box,Address 1 - Region,Address 1 - Postal Code,Address 1 - Country,"
    "Address 1 - Extended Address,Website 1 - Label,Website 1 - Value")

# the same two people in each header set
PEOPLE = [
    {"given": "Łukasz", "family": "Wiśniewski", "birthday": "1978-03-15", "notes": "Pays on time",
     "groups": "* myContacts ::: Klienci", "email1": ("* Work", "lukasz@wisniewski.pl"),
     "email2": ("Home", "lukasz.w@example.com"), "phone1": ("Mobile", "+48 601 234 567"),
     "phone2": ("Work", "+48 22 123 45 67"), "address": ("Work", "Żytnia 5", "Warszawa", "Mazowieckie",
                                                          "01-014", "Poland"),
     "company": "Wiśniewski i Syn", "title": "Właściciel"},
    {"given": "Jana", "family": "Nováková", "birthday": "--07-21", "notes": "", "groups": "* myContacts",
     "email1": ("Other", "jana@novakova.cz"), "email2": ("", ""), "phone1": ("Work", "+420 377 123 456"),
     "phone2": ("", ""), "address": ("Home", "Náměstí 1", "Plzeň", "", "301 00", "Czechia"),
     "company": "", "title": ""},
]


def _google_row(header: str, p: dict) -> list[str]:
    label, street, city, region, postcode, country = p["address"]
    formatted = f"{street}\n{postcode} {city}\n{country}"
    values = {
        "Name": f"{p['given']} {p['family']}", "Given Name": p["given"], "First Name": p["given"],
        "Family Name": p["family"], "Last Name": p["family"], "Birthday": p["birthday"], "Notes": p["notes"],
        "Group Membership": p["groups"], "Labels": p["groups"], "File As": f"{p['family']}, {p['given']}",
        "E-mail 1 - Type": p["email1"][0], "E-mail 1 - Label": p["email1"][0], "E-mail 1 - Value": p["email1"][1],
        "E-mail 2 - Type": p["email2"][0], "E-mail 2 - Label": p["email2"][0], "E-mail 2 - Value": p["email2"][1],
        "Phone 1 - Type": p["phone1"][0], "Phone 1 - Label": p["phone1"][0], "Phone 1 - Value": p["phone1"][1],
        "Phone 2 - Type": p["phone2"][0], "Phone 2 - Label": p["phone2"][0], "Phone 2 - Value": p["phone2"][1],
        "Address 1 - Type": label, "Address 1 - Label": label, "Address 1 - Formatted": formatted,
        "Address 1 - Street": street, "Address 1 - City": city, "Address 1 - Region": region,
        "Address 1 - Postal Code": postcode, "Address 1 - Country": country,
        "Organization 1 - Type": "Work" if p["company"] else "", "Organization 1 - Name": p["company"],
        "Organization Name": p["company"], "Organization 1 - Title": p["title"], "Organization Title": p["title"],
        "Website 1 - Type": "Profile", "Website 1 - Label": "Profile", "Website 1 - Value": "https://example.com",
    }
    return [values.get(h, "") for h in header.split(",")]


def google_csv(header: str) -> bytes:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")  # Google writes CRLF and quotes cells with newlines
    w.writerow(header.split(","))
    for p in PEOPLE:
        w.writerow(_google_row(header, p))
    return out.getvalue().encode("utf-8")


GOOGLE = {"google-2019.csv": GOOGLE_OLD_HEADER, "google-2020.csv": GOOGLE_NEW_HEADER}


def cli_import(v, path, *extra):
    return run_cli(["import", v.path, path, *signin(v, json=True), *extra], stdin=PASSWORD + "\n")


def check_google_people(session, ids) -> None:
    lukasz, jana = (get_customer(session, i) for i in ids)
    assert lukasz["display_name"] == "Łukasz Wiśniewski" and lukasz["company_name"] == "Wiśniewski i Syn"
    assert lukasz["job_title"] == "Właściciel" and lukasz["tags"] == ["Klienci"]
    assert lukasz["emails"] == [{"label": "work", "value": "lukasz@wisniewski.pl"},
                                {"label": "home", "value": "lukasz.w@example.com"}]
    assert [(p["label"], p["e164"]) for p in lukasz["phones"]] == [("mobile", "+48601234567"),
                                                                    ("work", "+48221234567")]
    assert lukasz["addresses"] == [{"label": "work", "street": "Żytnia 5", "postcode": "01-014",
                                    "city": "Warszawa", "region": "Mazowieckie", "country": "Poland"}]
    assert lukasz["sensitive"]["date_of_birth"] == "1978-03-15"
    assert jana["emails"] == [{"label": "other", "value": "jana@novakova.cz"}]
    assert [(a["label"], a["street"], a["postcode"], a["city"]) for a in jana["addresses"]] == \
        [("home", "Náměstí 1", "301 00", "Plzeň")]


@pytest.mark.parametrize("header", [GOOGLE_OLD_HEADER, GOOGLE_NEW_HEADER], ids=["google-2019", "google-2020"])
def test_every_target_the_automatic_mapping_produces_is_one_check_target_accepts(header):
    mapping = auto_mapping(header.split(","))
    assert any("#" in t for t in mapping.values())  # Google's numbered columns are recognised
    for t in mapping.values():
        assert is_target(t) and check_target(t) == t


@pytest.mark.parametrize("name", sorted(GOOGLE))
def test_google_contacts_csv_with_the_mapping_sent_back_explicitly(admin, name):
    """What the dialog does: the preview's mapping, every column of it, is given back explicitly;
    the Import used to fail with "unknown import field 'email_label#1'"."""
    data = google_csv(GOOGLE[name])
    preview = import_bytes(admin, data, name=name, dry_run=True)
    assert preview.errors == [] and preview.imported == 2
    explicit = dict(zip(preview.headers, preview.targets, strict=True))
    report = import_bytes(admin, data, name=name, mapping=explicit)
    assert report.errors == [] and report.imported == 2, report.errors
    check_google_people(admin, report.imported_ids)
    # setting the label columns to "skip" works too (the values go in without labels)
    skipped = {h: ("skip" if "_label#" in t else t) for h, t in explicit.items()}
    again = import_bytes(admin, data, name=name, mapping=skipped, duplicates="import")
    assert again.imported == 2 and get_customer(admin, again.imported_ids[0])["emails"][0]["label"] == ""


@pytest.mark.parametrize("name", sorted(GOOGLE))
def test_google_contacts_csv_through_the_cli(vault_info, tmp_path, name):
    src = tmp_path / name
    src.write_bytes(google_csv(GOOGLE[name]))
    r = cli_import(vault_info, src)
    assert r.status == 0 and r.json["imported"] == 2 and r.json["errors"] == [], r.out + r.err
    assert r.json["encoding"] == "utf-8" and r.json["encoding_confidence"] == 1.0
    s = vault_info.sign_in()
    try:
        check_google_people(s, [x["id"] for x in sorted(search(s, "wisniewski") + search(s, "novakova"),
                                                         key=lambda x: x["display_name"] != "Łukasz Wiśniewski")])
    finally:
        s.close()


# Every real export in ../shared/testdata: how many customers each holds; None: not contacts
# (columns a, b, c / key, val), which must end in one clear sentence, never a traceback.
NOT_CONTACTS = {"empty.csv", "empty_crlf.csv", "escaped_quotes.csv", "json.csv", "newlines.csv",
                "newlines_crlf.csv", "quotes_and_newlines.csv", "simple.csv", "simple_crlf.csv", "utf8.csv"}
SHARED_FILES = sorted([*CSVS.glob("*.csv"), *VCARDS.glob("*.vcf")])


def expected_customers(path) -> int | None:
    """Customers a shared file holds (None: it holds no contacts)."""
    if path.name in NOT_CONTACTS:
        return None
    if path.suffix == ".vcf":
        return path.read_text(encoding="utf-8", errors="replace").upper().count("BEGIN:VCARD")
    # comma_in_quotes: John Doe; location_coordinates: a phone and a city but nobody's name
    return {"comma_in_quotes.csv": 1, "location_coordinates.csv": 0}[path.name]


@pytest.mark.parametrize("path", SHARED_FILES, ids=lambda p: p.name)
def test_every_shared_file_imports_through_the_cli(vault_info, path):
    r = cli_import(vault_info, path)
    assert "Traceback" not in r.err and "Traceback" not in r.out
    n = expected_customers(path)
    if n is None:
        assert r.status == 1 and r.json["imported"] == 0
        reason = r.json["errors"][0]["reason"]
        assert "no column could be matched" in reason and "--map HEADER=FIELD" in reason
        return
    assert r.status == 0, r.out + r.err
    assert r.json["imported"] == n
    if n == 0:  # a row that is not a person: said per row, with the line
        assert r.json["errors"] == [{"where": "line 2", "reason": r.json["errors"][0]["reason"]}]
        assert "name is needed" in r.json["errors"][0]["reason"]


def test_a_file_of_other_columns_can_be_mapped_explicitly(vault_info):
    """Not contacts, but not a dead end either: the columns can be given a meaning."""
    r = cli_import(vault_info, CSVS / "simple.csv", "--map", "a=given_name", "--map", "b=family_name")
    assert r.status == 0 and r.json["imported"] == 1 and r.json["columns"] == {"a": "given_name", "b": "family_name"}


def test_plain_first_last_address_city_zip_is_one_customer_with_one_address(vault_info, tmp_path):
    r = cli_import(vault_info, CSVS / "comma_in_quotes.csv")
    assert r.status == 0 and r.json["imported"] == 1, r.out + r.err
    assert r.json["columns"] == {"first": "given_name", "last": "family_name", "address": "address:work.street",
                                 "city": "address:work.city", "zip": "address:work.postcode"}
    s = vault_info.sign_in()
    try:
        [hit] = search(s, "doe")
        rec = get_customer(s, hit["id"])
    finally:
        s.close()
    assert rec["display_name"] == "John Doe"
    assert rec["addresses"] == [{"label": "work", "street": "120 any st.", "postcode": "08123",
                                 "city": "Anytown, WW", "region": "", "country": ""}]
    # round trip: the export keeps street, postcode and city of that one address together
    out = tmp_path / "out.csv"
    e = run_cli(["export", vault_info.path, *signin(vault_info, json=True), "--format", "csv", "--out", out],
                stdin=PASSWORD + "\n")
    assert e.status == 0, e.err
    [row] = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert (row["street"], row["postcode"], row["city"]) == ("120 any st.", "08123", "Anytown, WW")
    vcf = tmp_path / "out.vcf"
    e = run_cli(["export", vault_info.path, *signin(vault_info, json=True), "--format", "vcard", "--out", vcf],
                stdin=PASSWORD + "\n")
    assert e.status == 0 and "ADR;TYPE=WORK:;;120 any st.;Anytown\\, WW;;08123;" in vcf.read_text(encoding="utf-8")


@pytest.mark.parametrize(("header", "expected"), [
    ("Imię;Nazwisko;Ulica;Kod pocztowy;Miasto;Telefon;E-mail;Firma",
     ["given_name", "family_name", "address:work.street", "address:work.postcode", "address:work.city", "phone",
      "email", "company_name"]),
    ("Jméno;Příjmení;Ulice;PSČ;Město;Telefon;E-mail;Společnost",
     ["given_name", "family_name", "address:work.street", "address:work.postcode", "address:work.city", "phone",
      "email", "company_name"]),
    ("Nombre;Apellidos;Dirección;Código postal;Ciudad;Teléfono;Correo electrónico;Empresa",
     ["given_name", "family_name", "address:work.street", "address:work.postcode", "address:work.city", "phone",
      "email", "company_name"]),
    ("Имя;Фамилия;Адрес;Индекс;Город;Телефон;Эл. почта;Компания",
     ["given_name", "family_name", "address:work.street", "address:work.postcode", "address:work.city", "phone",
      "email", "company_name"]),
    ("Vorname;Nachname;Straße;PLZ;Ort;Telefon;E-Mail;Firma",
     ["given_name", "family_name", "address:work.street", "address:work.postcode", "address:work.city", "phone",
      "email", "company_name"]),
    ("PRÉNOM;NOM;ADRESSE;CODE POSTAL;VILLE;TÉLÉPHONE;COURRIEL;SOCIÉTÉ",
     ["given_name", "family_name", "address:work.street", "address:work.postcode", "address:work.city", "phone",
      "email", "company_name"]),
], ids=["pl", "cs", "es", "ru", "de", "fr"])
def test_plain_headers_are_guessed_in_every_language_we_support(header, expected):
    headers = header.split(";")
    mapping = auto_mapping(headers)
    assert [mapping.get(i, "skip") for i in range(len(headers))] == expected


def test_the_json_result_of_a_guessed_encoding_says_so(vault_info, tmp_path):
    src = tmp_path / "nordic.csv"
    src.write_bytes("name,email\nZoë Ørsted,zoe@example.dk\n".encode("cp1252"))
    r = cli_import(vault_info, src)
    assert r.status == 0 and r.json["encoding"] == "cp1252" and r.json["encoding_confidence"] < 0.8
    assert "guessed as cp1252" in json.dumps(r.json["warnings"])
