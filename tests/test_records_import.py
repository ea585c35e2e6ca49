"""Import and export (issue 3) on a real vault, with the shared real-world test data
(../shared/testdata: csv-spectrum and vCards from real clients) and malformed files."""
from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

import pytest
import vobject

from app import users
from app.records import create_customer, get_customer, search, update_customer
from app.records.exporting import export_file
from app.records.importing import decode, import_bytes, import_file, read_csv, sniff_delimiter, undo_import
from app.settings import VaultSettings
from tests.conftest import PASSWORD, TESTDATA, run_cli, signin
from vault.errors import Cancelled
from vault.jobs import JobContext

CSV_SPECTRUM = TESTDATA / "csv-spectrum"
VCARDS = TESTDATA / "vcard"
OTHER_PW = "purple monkey dishwasher 42"

# What a person reads in each file (FN, EMAIL and TEL lines), written down by hand.
VCARD_EXPECTED = {
    "android-full.vcf": [("Dr. Jhon middle 2, Suffix", ["mail@supercorp.com", "mail2@supercorp.com",
                                                         "mail3@supercorp.cpm", "mail4@supercorp.com"],
                          [f"060000{n:04d}" for n in range(1, 21)])],
    "android-quotedprintable.vcf": [("Testé de Cozy", ["cozytest@cozycloud.cc", "cozytest2@cozycloud.cc"],
                                     ["0600000000"])],
    "android.vcf": [("Cozy Test", ["cozytest@cozycloud.cc", "cozytest2@cozycloud.cc"], ["0600000000"])],
    "apple.vcf": [("Cozy Test", ["cozytest@cozycloud.cc", "cozytest2@cozycloud.cc"], ["0600000000"])],
    "cozy.vcf": [("Johny Flash", ["johny@flash.com"], ["33648604331"])],
    "ffos.vcf": [("Barbara Firefox", [], ["966238347324"])],
    "fixtures_contactA_android.vcf": [("Testé de Cozy", ["test.decozy@cozycloud.cc", "testcozy@cozycloud.cc"],
                                       ["33612345678", "0123456789"])],
    "fixtures_contactA_cozy.vcf": [("Testé de Cozy", ["test.decozy@cozycloud.cc", "testcozy@cozycloud.cc"],
                                    ["0123456789", "33612345678"])],
    "fixtures_contactA_davdroid.vcf": [("Testé de Cozy", ["test.decozy@cozycloud.cc", "testcozy@cozycloud.cc"],
                                        ["0123456789", "33612345678"])],
    "fixtures_contactA_extra-fields.vcf": [("Testé de Cozy", ["test.decozy@cozycloud.cc", "testcozy@cozycloud.cc"],
                                            ["33612345678", "0123456789"])],
    "fixtures_contactA_google.vcf": [("Testé de Cozy", ["test.decozy@cozycloud.cc", "testcozy@cozycloud.cc"],
                                      ["33612345678", "0123456789"])],
    "fixtures_contactA_ios.vcf": [("Testé de Cozy", ["testcozy@cozycloud.cc", "test.decozy@cozycloud.cc"],
                                   ["33612345678", "0123456789"])],
    "fixtures_contactA_ios_fromcozysync.vcf": [("Testé de Cozy", ["test.decozy@cozycloud.cc",
                                                                  "testcozy@cozycloud.cc"],
                                                ["0123456789", "33612345678"])],
    "fixtures_contactA_sogo.vcf": [("Testé de Cozy", ["test.decozy@cozycloud.cc", "testcozy@cozycloud.cc"],
                                    ["0123456789", "33612345678"])],
    "fixtures_contactA_sogo_fromcozysync.vcf": [("Testé de Cozy", ["test.decozy@cozycloud.cc",
                                                                   "testcozy@cozycloud.cc"],
                                                 ["0123456789", "33612345678"])],
    "fixtures_contactA_thundersync.vcf": [("Testé de Cozy", ["testcozy@cozycloud.cc"],
                                           ["0123456789", "33612345678"])],
    "google-full.vcf": [("Mr AAAgoogleFirst Middleone Middletwo von AAALast Jr",
                         ["homeEmail@example.com", "workEmail@example.com", "customEmail@example.com"],
                         ["18603553887", "18603500301", "12032071047", "12125551234", "12125552345", "12125553456",
                          "12125554567", "12125550000"])],
    "google.vcf": [("Cozy Test", ["cozytest@cozycloud.cc", "cozytest2@cozycloud.cc", "test3@example.com"],
                    ["0600000000", "0610000000"])],
    "ios-complex-types.vcf": [("Testé de Cozy", ["testcozy@cozycloud.cc", "test.decozy@cozycloud.cc"],
                               ["33612345678", "0123456789"])],
    "ios-full.vcf": [("Dr. Full Middle Contact Suffix", ["test@cozy.io", "test2@cozy.io", "test3@cozy.io",
                                                         "test4@cozy.io", "test5@cozy.io", "gelnior@free.fr"],
                      ["0102030400", "0102030401", "0102030402", "0102030403", "0102030404", "0102030405",
                       "0102030406", "0102030407", "0102030408", "0102030409", "086745346"])],
    "multiple-cards.vcf": [("Dana Zohar", [], ["0544333834"]), ("Daniel", ["daniel14bm@gmail.com"], ["0524657162"])],
    "social.vcf": [("Testé de Cozy", [], [])],
}


@pytest.fixture
def admin(vault_info):
    s = vault_info.sign_in()
    VaultSettings(s).set("records.phone_region", "FR")
    yield s
    s.close()


def count(session, table="customers", where="deleted_at IS NULL"):
    return session.conn.execute(f"SELECT count(*) FROM {table} WHERE {where}").fetchone()[0]


def digits(s):
    return "".join(ch for ch in s if ch.isdigit())


# ----------------------------------------------------------------------------- shared test data
@pytest.mark.parametrize("name", sorted(p.name for p in (CSV_SPECTRUM / "csvs").glob("*.csv")))
def test_csv_spectrum_parses_to_its_json_twin(name):
    data = (CSV_SPECTRUM / "csvs" / name).read_bytes()
    expected = json.loads((CSV_SPECTRUM / "json" / name.replace(".csv", ".json")).read_text(encoding="utf-8"))
    rows = read_csv(data)
    if name == "location_coordinates.csv":
        # upstream quirk: this twin is one object, not a list, and its phone number differs from
        # the CSV's (2095257564); every other cell must match
        expected = [expected]
        assert rows[0].pop("Contact Phone Number") == "2095257564"
        expected[0].pop("Contact Phone Number")
    if name == "newlines_crlf.csv" and b"\r\n" not in data:
        # the shared copy was checked out with LF line endings; the twin keeps the CRLF inside the cell
        expected = [{k: v.replace("\r\n", "\n") for k, v in row.items()} for row in expected]
    assert rows == expected


@pytest.mark.parametrize("name", sorted(VCARD_EXPECTED))
def test_every_shared_vcard_imports_with_names_emails_phones(admin, name):
    report = import_file(admin, VCARDS / name)
    expected = VCARD_EXPECTED[name]
    assert report.errors == [] and report.imported == len(expected), report.errors
    for cid, (display, emails, phones) in zip(report.imported_ids, expected, strict=True):
        rec = get_customer(admin, cid)
        assert rec["display_name"] == display
        assert [e["value"] for e in rec["emails"]] == emails
        assert [digits(p["value"]) for p in rec["phones"]] == list(dict.fromkeys(phones))


def test_all_shared_vcards_are_covered():
    assert sorted(p.name for p in VCARDS.glob("*.vcf")) == sorted(VCARD_EXPECTED)


def test_vcard_details_quoted_printable_charsets_labels(admin):
    [cid] = import_file(admin, VCARDS / "android-quotedprintable.vcf").imported_ids
    rec = get_customer(admin, cid)
    assert rec["company_name"] == "Société Cozycloud" and rec["job_title"] == "Tésteur Fou"
    assert rec["addresses"][0]["street"] == "1, rue Accentuée 75010 Paris"  # QP soft line break joined
    assert rec["phones"][0]["label"] == "mobile" and rec["phones"][0]["e164"] == "+33600000000"
    # the same person again: a close name at the same company is a duplicate unless asked otherwise
    dup = import_file(admin, VCARDS / "fixtures_contactA_thundersync.vcf")
    assert dup.imported == 0 and "close name (Testé de Cozy) at the same company" in dup.errors[0]["reason"]
    [cid] = import_file(admin, VCARDS / "fixtures_contactA_thundersync.vcf", duplicates="import").imported_ids
    rec = get_customer(admin, cid)
    assert rec["notes"] == "46b12,\n3ème étage droite."  # declared UTF-8, really Windows-1252
    assert rec["sensitive"]["date_of_birth"] == "1989-02-02"
    [cid] = import_file(admin, VCARDS / "ios-full.vcf", duplicates="import").imported_ids
    rec = get_customer(admin, cid)
    labels = {e["value"]: e["label"] for e in rec["emails"]}
    assert labels["test3@cozy.io"] == "icloud" and labels["test4@cozy.io"] == "other"  # iOS X-ABLabel
    assert [r["id"] for r in search(admin, "bonsergent")] == []  # streets are not indexed, cities are
    assert cid in [r["id"] for r in search(admin, "paris")]


def test_vcard_photo_is_ignored_and_a_broken_card_is_reported_alone(admin):
    photo = "PHOTO;ENCODING=b;TYPE=JPEG:" + "QUJD" * 500
    text = ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Nowak\r\nN:Nowak;Anna;;;\r\n" + photo +
            "\r\nEMAIL:anna@example.pl\r\nEND:VCARD\r\n"
            "BEGIN:VCARD\r\nVERSION:3.0\r\nN:;;;;\r\nEND:VCARD\r\n"
            "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Łódź Textil\r\nKIND:org\r\nORG:Łódź Textil\r\n"
            "TEL;VALUE=uri:tel:+48-42-111-22-33\r\nEND:VCARD\r\n")
    report = import_bytes(admin, text.encode(), name="contacts.vcf")
    assert report.imported == 2 and report.skipped == 1
    assert report.errors[0]["where"] == "card 2 (line 8)" and "name is needed" in report.errors[0]["reason"]
    org = get_customer(admin, report.imported_ids[1])
    assert org["kind"] == "company" and org["phones"][0]["e164"] == "+48421112233"


# ----------------------------------------------------------------------------- CSV import
def test_google_contacts_csv(admin):
    text = ("Name,Given Name,Additional Name,Family Name,Birthday,Notes,Group Membership,E-mail 1 - Type,"
            "E-mail 1 - Value,E-mail 2 - Type,E-mail 2 - Value,Phone 1 - Type,Phone 1 - Value,Address 1 - Type,"
            "Address 1 - City,Address 1 - Postal Code,Organization 1 - Name,Organization 1 - Title\n"
            "José Núñez,José,,Núñez,1975-04-01,likes tea,* myContacts ::: Madrid,* Work,jose@example.es,Home,"
            "pepe@example.com,Mobile,+34 600 111 222 ::: +34 600 111 333,Work,Madrid,28013,Olé SL,CEO\n")
    report = import_bytes(admin, text.encode(), name="google.csv")
    assert report.errors == [] and report.imported == 1
    rec = get_customer(admin, report.imported_ids[0])
    assert rec["display_name"] == "José Núñez" and rec["company_name"] == "Olé SL" and rec["job_title"] == "CEO"
    assert rec["emails"] == [{"label": "work", "value": "jose@example.es"}, {"label": "home", "value": "pepe@example.com"}]
    assert [p["e164"] for p in rec["phones"]] == ["+34600111222", "+34600111333"]
    assert rec["addresses"][0]["city"] == "Madrid" and rec["tags"] == ["Madrid"]
    assert rec["sensitive"]["date_of_birth"] == "1975-04-01"


def test_outlook_csv_in_windows_1250_with_semicolons(admin):
    text = ('"Title";"First Name";"Middle Name";"Last Name";"Company";"Job Title";"Business Street";'
            '"Business City";"Business Postal Code";"Business Phone";"Mobile Phone";"E-mail Address";"Categories"\r\n'
            '"Ing.";"Antonín";"";"Dvořák";"Šťastný s.r.o.";"Ředitel";"Náměstí 1";"Plzeň";"301 00";"+420 377 123 456";'
            '"";"antonin@stastny.cz";"Partneři;VIP"\r\n')
    data = text.encode("cp1250")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    report = import_bytes(admin, data, name="outlook.csv")
    assert report.encoding in ("cp1250", "windows-1250", "iso8859_2") and report.delimiter == ";"
    assert report.errors == [] and report.imported == 1
    rec = get_customer(admin, report.imported_ids[0])
    assert rec["display_name"] == "Antonín Dvořák" and rec["job_title"] == "Ředitel"
    assert rec["company_name"] == "Šťastný s.r.o." and rec["addresses"][0]["city"] == "Plzeň"
    assert rec["phones"][0]["label"] == "work" and sorted(rec["tags"]) == ["Partneři", "VIP"]
    assert [r["id"] for r in search(admin, "stastny")] == report.imported_ids


def test_plain_csv_windows_1252_tab_and_bom(admin):
    latin = "Name\tEmail\tCity\nFrançoise Müller\tfm@example.fr\tZürich\nGeorg Straße\tgs@example.de\tKöln\n"
    report = import_bytes(admin, latin.encode("cp1252"), name="x.csv")
    assert report.delimiter == "\t" and report.imported == 2
    assert [r["display_name"] for r in search(admin, "muller")] == ["Françoise Müller"]
    bom = "\ufeffFirst name,Last name,E-mail\nŁucja,Wąs,lucja@example.pl\n".encode()
    report = import_bytes(admin, bom, name="y.csv")
    assert report.encoding == "utf-8-sig" and report.imported == 1
    assert [r["display_name"] for r in search(admin, "lucja was")] == ["Łucja Wąs"]
    assert decode("a;b\n1;2\n".encode("utf-16"))[1] == "utf-16"
    assert sniff_delimiter('a,b;c\n"1,5";x\n') in (",", ";")


def test_explicit_mapping_and_unknown_columns(admin):
    text = "Kunde,Mail,Stadt,Egal\nHans Huber,hans@example.at,Wien,x\n"
    report = import_bytes(admin, text.encode(), mapping={"Kunde": "display_name", "Stadt": "address:work.city"})
    assert report.errors == [] and report.imported == 1
    assert report.columns == {"Kunde": "display_name", "Mail": "email", "Stadt": "address:work.city"}
    assert report.ignored_columns == ["Egal"]
    rec = get_customer(admin, report.imported_ids[0])
    assert rec["addresses"] == [{"label": "work", "street": "", "postcode": "", "city": "Wien", "region": "",
                                 "country": ""}]
    nothing = import_bytes(admin, b"foo,bar\n1,2\n")
    assert nothing.fatal and nothing.imported == 0 and "map them explicitly" in nothing.errors[0]["reason"]


def test_every_row_is_imported_or_reported_with_line_and_reason(admin):
    create_customer(admin, {"display_name": "Existing", "emails": ["taken@example.com"]})
    text = ("name,email,phone,birthday\n"
            "Good One,good1@example.com,+33 6 12 34 56 78,1980-01-02\n"
            "Bad Mail,not-an-email,,\n"
            '"Multi\nLine",multi@example.com,,\n'          # a quoted newline: the next row is on line 5
            "Ragged,ragged@example.com\n"
            ",nobody@example.com,,\n"
            "Dup,TAKEN@example.com,,\n"
            "Twice,good1@example.com,,\n"
            "Bad Date,bd@example.com,,31/02/1980\n"
            "Good Two,good2@example.com,,\n")
    report = import_bytes(admin, text.encode(), name="people.csv")
    assert report.imported == 3 and report.skipped == 6
    reasons = {e["where"]: e["reason"] for e in report.errors}
    assert "not an email address" in reasons["line 3"]
    assert reasons["line 6"] == "the row has 2 cells where the header has 4"
    assert "name is needed" in reasons["line 7"]
    assert "same email (TAKEN@example.com)" in reasons["line 8"]
    assert "same email (good1@example.com) as line 2 of this file" in reasons["line 9"]
    assert "not a date" in reasons["line 10"]
    assert sorted(get_customer(admin, i)["display_name"] for i in report.imported_ids) == \
        ["Good One", "Good Two", "Multi Line"]  # a line break in a one-line name becomes a space (vault.text)
    # --duplicates import: the duplicate goes in, and is still listed
    again = import_bytes(admin, b"name,email\nDup,taken@example.com\n", duplicates="import")
    assert again.imported == 1 and again.duplicates[0]["customer_id"] is not None


def test_dry_run_writes_nothing(admin):
    before = admin.conn.execute("SELECT count(*) FROM customers").fetchone()[0]
    report = import_bytes(admin, b"name,email\nA B,ab@example.com\nC D,bad\n", dry_run=True)
    assert report.dry_run and report.imported == 1 and report.skipped == 1 and report.import_id is None
    assert admin.conn.execute("SELECT count(*) FROM customers").fetchone()[0] == before
    assert admin.conn.execute("SELECT count(*) FROM imports").fetchone()[0] == 0
    assert search(admin, "ab") == []


def test_batches_are_whole_cancel_keeps_only_complete_batches_and_undo(admin):
    rows = "".join(f"Person {i},p{i}@example.com,+33 6 00 00 {i // 100:02d} {i % 100:02d}\n" for i in range(250))
    seen = []

    def progress(phase, done, total):
        seen.append((done, done / total))  # total: the records of the whole file, estimated
        if len(seen) >= 2:
            job.cancel()

    job = JobContext(progress)
    report = import_bytes(admin, ("name,email,phone\n" + rows).encode(), batch_size=100, job=job)
    assert report.cancelled and report.imported == 200 and [d for d, _ in seen] == [100, 200]
    assert 0.3 < seen[0][1] < 0.5 and 0.7 < seen[1][1] < 0.9  # fraction of the file read
    assert count(admin) == 200 and count(admin, "customer_emails", "1") == 200
    assert count(admin, "customers_fts", "1") == 200
    state = admin.conn.execute("SELECT state, imported FROM imports WHERE id = ?", (report.import_id,)).fetchone()
    assert tuple(state) == ("cancelled", 200)
    assert undo_import(admin, report.import_id) == 200
    assert count(admin) == 0 and search(admin, "person") == []


def test_a_failure_inside_a_batch_leaves_nothing_of_it(admin):
    from vault.db import sqlite_error

    # a real failure half-way through the second batch's writes (customers and emails written,
    # phones partly): the batch's transaction rolls back whole
    admin.conn.execute("CREATE TEMP TRIGGER fail_mid_batch BEFORE INSERT ON main.customer_phones"
                       " WHEN NEW.customer_id = 15 BEGIN SELECT RAISE(ABORT, 'disk trouble'); END")
    rows = "".join(f"Person {i},p{i}@example.com,+33 6 00 00 00 {i:02d}\n" for i in range(30))
    with pytest.raises(sqlite_error):
        import_bytes(admin, ("name,email,phone\n" + rows).encode(), batch_size=10)
    assert count(admin) == 10 and count(admin, "customer_emails", "1") == 10
    assert count(admin, "customer_phones", "1") == 10 and count(admin, "customers_fts", "1") == 10
    assert admin.conn.execute("SELECT state FROM imports").fetchone()[0] == "failed"


# ----------------------------------------------------------------------------- malformed files
def test_binary_junk_is_refused_clearly(admin):
    junk = bytes(range(256)) * 40 + os.urandom(4096)
    report = import_bytes(admin, junk, name="photo.csv")
    assert report.fatal and report.imported == 0
    assert report.errors == [{"where": "file", "reason": report.errors[0]["reason"]}]
    assert "not a text file" in report.errors[0]["reason"] or "encoding" in report.errors[0]["reason"]
    png = b"\x89PNG\r\n\x1a\n" + os.urandom(2000)
    assert import_bytes(admin, png, name="x.vcf").fatal
    assert count(admin) == 0


def test_wrong_declared_encoding_is_reported(admin):
    data = "name,email\nZoë Ørsted,zoe@example.dk\n".encode("cp1252")
    report = import_bytes(admin, data, encoding="utf-8")
    assert report.fatal and "not valid utf-8" in report.errors[0]["reason"] and count(admin) == 0
    report = import_bytes(admin, data)  # detected instead
    assert report.imported == 1 and search(admin, "zoe orsted")[0]["display_name"] == "Zoë Ørsted"


def test_a_10_mb_cell_is_reported_not_imported(admin):
    big = "x" * (10 * 1024 * 1024)
    text = f'name,email,notes\nSmall,s@example.com,ok\nHuge,h@example.com,"{big}"\nAfter,a@example.com,ok\n'
    report = import_bytes(admin, text.encode())
    assert report.imported == 2 and report.skipped == 1
    assert report.errors[0]["where"] == "line 3" and "'notes' is too long (10,485,760 characters" in \
        report.errors[0]["reason"]


def test_empty_and_header_only_files(admin):
    assert import_bytes(admin, b"").errors[0]["reason"] == "the file is empty"
    r = import_bytes(admin, b"name,email\n")
    assert r.imported == 0 and r.skipped == 0 and not r.fatal
    r = import_bytes(admin, b"BEGIN:VCARD\nVERSION:3.0\nFN:Cut Off\n", name="cut.vcf")
    assert r.imported == 1  # an unterminated last card is still read
    assert import_bytes(admin, b"hello", name="x.vcf").errors[0]["reason"].startswith("no vCard found")


# ----------------------------------------------------------------------------- export
def test_export_csv_neutralises_formulas_and_round_trips(admin, tmp_path):
    cid = create_customer(admin, {"given_name": "=HYPERLINK(\"http://evil\")", "family_name": "Attack",
                                  "notes": "@SUM(A1)", "phones": ["+33 6 12 34 56 78"], "tags": ["-x"],
                                  "company_name": "+Plus Co", "emails": ["eve@example.com"], "tax_id": "FR123"})
    out = tmp_path / "out.csv"
    assert export_file(admin, out, "csv") == 1
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    row = rows[0]
    for key in ("display_name", "given_name", "notes", "phones", "tags", "company"):
        assert row[key][0] == "'" and row[key][1] in "=+-@\t", key
    assert row["tax_id"] == "FR123" and row["id"] == str(cid)
    # our own import takes the guard off again
    admin.conn.execute("UPDATE customers SET deleted_at = '2000-01-01' WHERE id = ?", (cid,))
    admin.conn.execute("DELETE FROM customers_fts")
    report = import_file(admin, out)
    assert report.errors == [] and report.imported == 1
    rec = get_customer(admin, report.imported_ids[0])
    assert rec["given_name"] == '=HYPERLINK("http://evil")' and rec["notes"] == "@SUM(A1)"
    assert rec["phones"][0]["e164"] == "+33612345678" and rec["sensitive"]["tax_id"] == "FR123"


def test_export_masks_sensitive_and_keeps_to_scope(vault_info, tmp_path):
    s = vault_info.sign_in()
    e = users.add_user(s, "mia", OTHER_PW, "Manager")
    s.conn.execute("UPDATE profiles SET permissions = ? WHERE name = 'Manager'",
                   (json.dumps(["customers.read", "customers.export"]),))
    cid = create_customer(s, {"display_name": "Secret Person", "emails": ["sp@example.com"],
                              "tax_id": "DE999", "bank_account": "DE44500105175407324931",
                              "date_of_birth": "1970-05-05"})
    update_customer(s, cid, {"confidential_notes": "owes money"}, 1)
    s.close()
    mia = vault_info.sign_in("mia", OTHER_PW, e.totp_secret)
    try:
        for fmt in ("csv", "json", "vcard"):
            out = tmp_path / f"x.{fmt}"
            assert export_file(mia, out, fmt) == 1
            body = out.read_text(encoding="utf-8-sig")
            for secret in ("DE999", "DE44500105175407324931", "1970-05-05", "owes money"):
                assert secret not in body, (fmt, secret)
            assert "Secret Person" in body
        data = json.loads((tmp_path / "x.json").read_text(encoding="utf-8"))
        assert data["customers"][0]["sensitive"]["tax_id"] == "••••"
        card = vobject.readOne((tmp_path / "x.vcard").read_text(encoding="utf-8"))
        assert card.fn.value == "Secret Person" and card.email.value == "sp@example.com"
        assert not hasattr(card, "bday")
    finally:
        mia.close()


def test_export_vcard_round_trip(admin, tmp_path):
    create_customer(admin, {"given_name": "Jiří", "family_name": "Dvořák", "emails": ["jiri@example.cz"],
                            "phones": [{"label": "mobile", "value": "+420 601 234 567"}],
                            "addresses": [{"label": "work", "street": "Náměstí 1", "city": "Brno"}],
                            "notes": "Likes commas, semicolons; and newlines\nyes"})
    out = tmp_path / "all.vcf"
    export_file(admin, out, "vcard")
    admin.conn.execute("UPDATE customers SET deleted_at = '2000-01-01'")
    report = import_file(admin, out)
    assert report.errors == [] and report.imported == 1
    rec = get_customer(admin, report.imported_ids[0])
    assert rec["display_name"] == "Jiří Dvořák" and rec["family_name"] == "Dvořák"
    assert rec["phones"][0]["label"] == "mobile" and rec["phones"][0]["e164"] == "+420601234567"
    assert rec["addresses"][0]["city"] == "Brno" and rec["notes"] == "Likes commas, semicolons; and newlines\nyes"


def test_failed_export_leaves_no_file(admin, tmp_path):
    create_customer(admin, {"display_name": "A"})
    (tmp_path / "exports").mkdir()
    out = tmp_path / "exports" / "x.csv"
    job = JobContext()
    job.cancel()
    with pytest.raises(Cancelled):
        export_file(admin, out, "csv", job=job)
    assert list((tmp_path / "exports").iterdir()) == []


# ----------------------------------------------------------------------------- CLI
def test_cli_import_export_contract(vault_info, tmp_path):
    src = tmp_path / "in.csv"
    src.write_text("name,email\nAda Lovelace,ada@example.com\nBad,nope\n", encoding="utf-8")
    r = run_cli(["import", vault_info.path, src, "--dry-run", *signin(vault_info, json=True)], stdin=PASSWORD + "\n")
    assert r.status == 0, r.err
    assert r.json["imported"] == 1 and r.json["skipped"] == 1 and r.json["dry_run"] is True
    r = run_cli(["import", vault_info.path, src, *signin(vault_info, json=True)], stdin=PASSWORD + "\n")
    assert r.status == 0
    assert {k: r.json[k] for k in ("imported", "skipped")} == {"imported": 1, "skipped": 1}
    assert r.json["errors"] == [{"where": "line 3", "reason": r.json["errors"][0]["reason"]}]
    out = tmp_path / "out.json"
    r = run_cli(["export", vault_info.path, "--format", "json", "--out", out, *signin(vault_info, json=True)],
                stdin=PASSWORD + "\n")
    assert r.status == 0 and r.json == {"exported": 1, "path": str(out.resolve())}
    assert json.loads(out.read_text())["customers"][0]["display_name"] == "Ada Lovelace"
    r = run_cli(["import", vault_info.path, src, "--format", "vcard", *signin(vault_info)],
                stdin=PASSWORD + "\n")
    assert r.status == 1 and "no vCard found" in r.out
    junk = tmp_path / "junk.csv"
    junk.write_bytes(os.urandom(5000) + b"\x00" * 100)
    r = run_cli(["import", vault_info.path, junk, *signin(vault_info, json=True)], stdin=PASSWORD + "\n")
    assert r.status == 1 and r.json["errors"][0]["where"] == "file" and r.err == ""
    r = run_cli(["import", vault_info.path, tmp_path / "missing.csv", *signin(vault_info, json=True)], stdin=PASSWORD + "\n")
    assert r.status == 2 and "cannot read" in json.loads(r.err)["error"].lower()
    r = run_cli(["export", vault_info.path, "--format", "xml", "--out", out, *signin(vault_info, json=True)],
                stdin=PASSWORD + "\n")
    assert r.status == 2


def test_cli_permission_denied_is_exit_5(vault_info, tmp_path):
    s = vault_info.sign_in()
    e = users.add_user(s, "sam", OTHER_PW, "Sales")
    s.close()
    src = tmp_path / "in.csv"
    src.write_text("name\nX\n", encoding="utf-8")
    code = vault_info.clock.code(e.totp_secret)
    r = run_cli(["export", vault_info.path, "--format", "csv", "--out", tmp_path / "o.csv", "--user", "sam",
                 "--password-stdin", "--totp", code, "--json"], stdin=OTHER_PW + "\n")
    assert r.status == 5 and "does not allow" in json.loads(r.err)["error"]
    assert not (tmp_path / "o.csv").exists()
    code = vault_info.clock.code(e.totp_secret)
    r = run_cli(["import", vault_info.path, src, "--user", "sam", "--password-stdin", "--totp", code],
                stdin=OTHER_PW + "\n")
    assert r.status == 5 and r.err.startswith("error: ")


def test_import_file_name_only_in_the_vault(admin, tmp_path):
    p = tmp_path / "secret-folder" / "list.csv"
    p.parent.mkdir()
    p.write_text("name\nA\n", encoding="utf-8")
    r = import_file(admin, p)
    assert admin.conn.execute("SELECT source FROM imports WHERE id = ?", (r.import_id,)).fetchone()[0] == "list.csv"
    assert Path(p).exists()


def test_close_name_at_same_company_found_across_batches_of_one_file(admin):
    """The import keeps each company's people between batches (and adds the ones it writes):
    a person written in an earlier batch is still found by a later one, in any word order."""
    rows = ["First Name,Last Name,Company,E-mail Address",
            "Jan,Novák,Dvořák Textil s.r.o.,jan@example.cz",
            "Eva,Malá,Dvořák Textil s.r.o.,eva@example.cz",
            "Petr,Svoboda,Other GmbH,petr@example.de",
            "Novak,Jan,dvorak textil s.r.o.,jan.novak@example.org",   # words swapped, accents and case differ
            "Eva,Mala,Other GmbH,eva@example.de",                      # same name, another company: not a duplicate
            "Evaa,Malá,Dvořák Textil s.r.o.,evaa@example.cz"]          # a typo
    report = import_bytes(admin, "\n".join(rows).encode(), batch_size=2)
    assert report.imported == 4
    reasons = {e["where"]: e["reason"] for e in report.errors}
    assert set(reasons) == {"line 5", "line 7"}
    assert "close name (Jan Novák) at the same company" in reasons["line 5"]
    assert "close name (Eva Malá) at the same company" in reasons["line 7"]


def test_a_file_too_large_to_read_whole_is_refused_before_reading(vault_info, tmp_path):
    from app.records.importing import MAX_FILE_BYTES

    big = tmp_path / "huge.csv"
    with open(big, "wb") as fh:
        fh.truncate(MAX_FILE_BYTES + 1)  # sparse: takes no room, and the import must not read it
    r = run_cli(["import", vault_info.path, big, *signin(vault_info, json=True)], stdin=PASSWORD + "\n")
    assert r.status == 2, (r.status, r.err)
    assert "huge.csv is 512 MB" in r.err and "split it into smaller files" in r.err


def test_preview_sample_reads_only_the_first_rows(tmp_path):
    from app.records.importing import read_csv

    data = ("name,email\n" + "".join(f"P{i},p{i}@example.com\n" for i in range(1000))).encode()
    assert [r["name"] for r in read_csv(data, limit=3)] == ["P0", "P1", "P2"]
    assert len(read_csv(data)) == 1000
