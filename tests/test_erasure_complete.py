"""Erasure leaves nothing of the person: not in the rows, not in the full-text index's segments,
not in freed pages or the freelist, not in the write-ahead log. The attacker here holds the vault
key (any user's password opens it), decrypts every page of ``vault.db`` and every frame of
``vault.db-wal`` themselves, and greps the plaintext, free space included."""
from __future__ import annotations

import json
import struct
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from app import privacy
from app.records import customers, deals, interactions
from app.records.duplicates import merge_customers

PAGE = 4096
RESERVE = 80  # SQLCipher 4: 16-byte IV + 64-byte HMAC-SHA512 at the end of every page
SALT = 16  # page 1 starts with the file's salt instead of "SQLite format 3\0"


def _decrypt_page(key: bytes, page: bytes, first: bool) -> bytes:
    start = SALT if first else 0
    iv = page[PAGE - RESERVE:PAGE - RESERVE + 16]
    d = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return d.update(page[start:PAGE - RESERVE]) + d.finalize()


def decrypted_pages(folder: Path, key: bytes) -> dict[str, bytes]:
    """Every page of the database file and every frame of its WAL, decrypted with the vault key:
    live pages, freelist pages, free space inside pages and superseded WAL frames alike. Plus
    every other file in the vault folder as it is on disk."""
    out: dict[str, bytes] = {}
    db = (folder / "vault.db").read_bytes()
    assert len(db) % PAGE == 0
    for i in range(0, len(db), PAGE):
        out[f"vault.db page {i // PAGE + 1}"] = _decrypt_page(key, db[i:i + PAGE], i == 0)
    first = out["vault.db page 1"]
    assert first[:2] == b"\x10\x00" and first[5:8] == b"\x40\x20\x20", "page 1 did not decrypt: wrong key/format"
    wal = folder / "vault.db-wal"
    if wal.exists():
        raw = wal.read_bytes()
        frame = 24 + PAGE
        for n, off in enumerate(range(32, len(raw) - frame + 1, frame)):
            pgno = struct.unpack(">I", raw[off:off + 4])[0]
            out[f"WAL frame {n} (page {pgno})"] = _decrypt_page(key, raw[off + 24:off + frame], pgno == 1)
    for f in folder.iterdir():
        if f.is_file() and f.name not in ("vault.db", "vault.db-wal"):
            out[f.name] = f.read_bytes()
    return out


def leftovers(folder: Path, key: bytes, markers: list[str]) -> dict[str, str]:
    """marker → where it was found (case-insensitive: the index stores folded words)."""
    found: dict[str, list[str]] = {}
    for where, data in decrypted_pages(folder, key).items():
        low = data.lower()
        for m in markers:
            if m.lower().encode() in low:
                found.setdefault(m, []).append(where)
    return {m: f"{len(w)} places: {', '.join(w[:3])}" for m, w in found.items()}


# Distinct, unlikely words. The index stores words prefix-compressed against the previous word
# in sort order, so each marker's tail is what must not be found.
M = {k: f"q{k}zx{n:03d}" for n, k in enumerate((
    "given", "family", "display", "company", "job", "notes", "email", "oldemail", "street", "postcode", "city",
    "region", "tag", "custom", "secretcustom", "taxid", "bank", "confidential", "summary", "dealtitle",
    "dealnotes", "prefcategory", "prefvalue", "prefnotes", "consentsource", "restriction", "twinnotes",
    "twinemail", "deletedcall", "removedpref"))}
PHONE, PHONE_TAIL = "+44 7700 900417", "7700900417"


def tails() -> list[str]:
    return [v[-6:] for v in M.values()] + [PHONE_TAIL[-7:]]


def _person(s) -> int:
    customers.define_custom_field(s, "loyalty", "Loyalty code")
    customers.define_custom_field(s, "passport", "Passport", sensitive=True)
    cid = customers.create_customer(s, {
        "given_name": M["given"].capitalize(), "family_name": M["family"].capitalize(),
        "display_name": f"{M['given'].capitalize()} {M['family'].capitalize()} {M['display']}",
        "company_name": f"{M['company'].capitalize()} Sole Trader", "job_title": M["job"],
        "notes": f"Likes {M['notes']}", "emails": [{"label": "work", "value": f"{M['oldemail']}@example.org"}],
        "phones": [{"label": "mobile", "value": PHONE}],
        "addresses": [{"label": "home", "street": f"{M['street']} Road 5", "postcode": M["postcode"],
                       "city": M["city"].capitalize(), "region": M["region"], "country": "GB"}],
        "tags": [M["tag"]], "custom": {"loyalty": M["custom"], "passport": M["secretcustom"]},
        "sensitive": {"tax_id": M["taxid"], "date_of_birth": "1970-01-01", "bank_account": M["bank"],
                      "confidential_notes": M["confidential"]}})
    # an edit: the old e-mail address must not survive in free space either
    rec = customers.get_customer(s, cid)
    customers.update_customer(s, cid, {"emails": [{"label": "work", "value": f"{M['email']}@example.org"}]},
                              rec["version"])
    interactions.add_interaction(s, cid, "call", summary=f"Talked about {M['summary']}")
    deals.create_deal(s, cid, {"title": f"Deal {M['dealtitle']}", "amount_minor": 1000, "notes": M["dealnotes"]})
    deals.add_preference(s, cid, M["prefcategory"], M["prefvalue"], M["prefnotes"])
    # things deleted by ordinary edits before the erasure must not survive in free space either
    gone = interactions.add_interaction(s, cid, "note", summary=f"Mistyped {M['deletedcall']}")
    interactions.add_interaction(s, cid, "email", summary="sent the brochure")
    interactions.delete_interaction(s, gone)
    deals.remove_preference(s, deals.add_preference(s, cid, "colour", M["removedpref"]))
    privacy.record_consent(s, cid, "newsletter", source=f"form {M['consentsource']}")
    privacy.restrict(s, cid, f"disputes {M['restriction']}")
    privacy.lift_restriction(s, cid)
    privacy.restrict(s, cid, f"disputes {M['restriction']} again")
    return cid


def test_erasure_leaves_no_marker_in_any_decrypted_page_or_wal_frame(admin, vault_info):
    s = admin
    cid = _person(s)
    # the same person entered twice and merged: the merged copy waits in the bin
    twin = customers.create_customer(s, {"display_name": f"Twin {M['family'].capitalize()}",
                                         "notes": M["twinnotes"],
                                         "emails": [{"label": "", "value": f"{M['twinemail']}@example.org"}]})
    merge_customers(s, cid, [twin])
    for n in range(30):  # other people, so the person's pages are shared with others'
        customers.create_customer(s, {"display_name": f"Other Person {n}", "notes": "ordinary words"})
    key = bytes(s.vault.vault_key())
    before = leftovers(vault_info.path, key, tails())
    missing = set(tails()) - set(before)
    assert not missing, f"the scanner must see every marker before erasure; it missed {missing}"

    privacy.erase(s, cid)
    found = leftovers(vault_info.path, key, tails())  # the app still open: database, WAL and all
    assert found == {}, f"after erasure, still in the files: {found}"
    s.close()
    found = leftovers(vault_info.path, key, tails())
    assert found == {}, f"after erasure and closing, still in the files: {found}"


def test_erased_persons_export_is_the_anonymised_shell(admin, tmp_path):
    s = admin
    firm = customers.create_customer(s, {"kind": "company", "display_name": "Shared Firm Ltd"})
    colleague = customers.create_customer(s, {"display_name": "Colleague Stays", "company_id": firm})
    cid = customers.create_customer(s, {"display_name": "Pat Linked", "company_id": firm, "tags": ["vip-pat"]})
    solo = customers.create_customer(s, {"display_name": "Sam Solo", "company_name": "Sam Solo Plumbing",
                                         "tags": ["vip-sam"]})
    for who in (cid, solo):
        privacy.erase(s, who)
    from app.records import exporting

    out = tmp_path / "all.json"
    exporting.export_file(s, out, "json")
    rows = {r["id"]: r for r in json.loads(out.read_text(encoding="utf-8"))["customers"]}
    for who in (cid, solo):
        r = rows[who]
        assert r["display_name"] == f"Erased person #{who}"
        assert not r.get("company_name") and not r.get("company_id") and r.get("tags") in ([], "", None)
    # the shared company and its other member stay as they were
    assert rows[firm]["display_name"] == "Shared Firm Ltd"
    assert rows[colleague]["company_id"] == firm
    # a tag nobody else carries is gone from the vault; the person's link to a shared one too
    assert s.conn.execute("SELECT count(*) FROM tags WHERE name IN ('vip-pat', 'vip-sam')").fetchone()[0] == 0
    assert customers.load(s.conn, cid)["tags"] == [] and customers.load(s.conn, cid)["company_id"] is None


def test_purged_record_leaves_nothing_in_the_index_or_free_pages(admin, vault_info):
    s = admin
    cid = _person(s)
    for n in range(30):
        customers.create_customer(s, {"display_name": f"Other Person {n}", "notes": "ordinary words"})
    privacy.lift_restriction(s, cid)
    customers.delete_customer(s, cid)
    customers.purge_customer(s, cid)
    key = bytes(s.vault.vault_key())
    found = leftovers(vault_info.path, key, tails())
    assert found == {}, f"after the bin's purge, still in the files: {found}"


def test_index_forgets_deleted_rows_in_new_and_upgraded_vaults(admin, tmp_path, fake_clock):
    """FTS5's secure-delete is stored in the index's own configuration: on in a new vault, and
    switched on by migration 0006 in a vault made by an older version."""
    from app import auth
    from tests.old_vaults import open_old_vault_copies

    def option(conn) -> int | None:
        row = conn.execute("SELECT v FROM customers_fts_config WHERE k = 'secure-delete'").fetchone()
        return None if row is None else int(row[0])

    assert option(admin.conn) == 1
    for path, info in open_old_vault_copies(tmp_path):
        if info["schema_version"] < 2:
            continue
        s = auth.sign_in(path, info["user"], info["password"], totp_code=fake_clock.code(info["totp_secret"]))
        try:
            assert option(s.conn) == 1, f"vault made at schema version {info['schema_version']}"
        finally:
            s.close()
