"""Attachments (issue 16): files on a customer or a deal stored inside the encrypted vault; the
limits, who may, the audit trail, "Save a copy", erasure (nothing of the file left in any
decrypted page or WAL frame), the subject access export, a backup and restore."""
from __future__ import annotations

import base64
import json

import pytest

from app import privacy, settings, users
from app.audit import query
from app.errors import PermissionDenied, UsageError, ValidationError
from app.ops import attachments as ops
from app.records import attachments, customers, deals
from tests.conftest import PASSWORD, run_cli
from tests.test_erasure_complete import leftovers

MARK = b"zqattachmarkq"  # 13 bytes; three in a row are 39, a multiple of 3: base64 repeats too
PDF = b"%PDF-1.4\n" + MARK * 3 + b"\n%%EOF\n"


def payload(n: int = 3000) -> bytes:
    """Content whose base64 (as stored in the chunks) holds base64(MARK * 3) over and over."""
    return MARK * 3 * n


def b64_mark() -> str:
    return base64.b64encode(MARK * 3).decode()


def actions(s) -> list[str]:
    return [e["action"] for e in query(s, limit=200)["entries"]]


def test_add_list_view_save_a_copy_and_delete_are_audited(admin, tmp_path):
    s = admin
    cid = customers.create_customer(s, {"display_name": "Olga Offer"})
    did = deals.create_deal(s, cid, {"title": "Roof", "amount_minor": 100})
    src = tmp_path / "offer.pdf"
    src.write_bytes(PDF)
    aid = ops.add_file(s, cid, str(src)).result
    on_deal = ops.add_bytes(s, cid, payload(10), "scan.bin", deal_id=did).result
    listed = ops.listing(s, cid)["items"]
    assert [a["name"] for a in listed] == ["scan.bin", "offer.pdf"]
    assert listed[1]["media_type"] == "application/pdf" and listed[1]["viewable"] and listed[1]["size"] == len(PDF)
    assert listed[0]["deal_title"] == "Roof" and not listed[0]["viewable"]
    assert [a["id"] for a in ops.listing(s, None, did)["items"]] == [on_deal]
    meta, data = ops.view(s, aid)
    assert data == PDF and meta["name"] == "offer.pdf"
    out = ops.save_copy(s, on_deal, str(tmp_path / "copy.bin"))
    assert (tmp_path / "copy.bin").read_bytes() == payload(10) and out.endswith("copy.bin")
    with pytest.raises(UsageError):  # never into the vault folder
        ops.save_copy(s, aid, str(s.vault.folder / "offer.pdf"))
    changes = ops.remove(s, aid)
    assert changes.customers == {cid}
    assert [a["id"] for a in ops.listing(s, cid)["items"]] == [on_deal]
    assert s.conn.execute("SELECT count(*) FROM attachment_chunks WHERE attachment_id = ?", (aid,)).fetchone()[0] == 0
    done = actions(s)
    for action in ("attachment.add", "attachment.view", "attachment.export", "attachment.delete"):
        assert action in done
    # deleting the deal takes its files with it
    deals.delete_deal(s, did)
    assert s.conn.execute("SELECT count(*) FROM attachments").fetchone()[0] == 0
    assert s.conn.execute("SELECT count(*) FROM attachment_chunks").fetchone()[0] == 0


def test_a_large_file_is_chunked_and_read_back_exactly(admin):
    cid = customers.create_customer(admin, {"display_name": "Big File"})
    data = bytes(range(256)) * (5 * 1024 + 7)  # 1.25 MiB and a bit: 6 chunks
    aid = attachments.add(admin, cid, data, "big.dat")
    assert admin.conn.execute("SELECT chunks FROM attachments WHERE id = ?", (aid,)).fetchone()[0] == 6
    assert attachments.content(admin, aid)[1] == data
    # a damaged chunk is found, not shown
    admin.conn.execute("UPDATE attachment_chunks SET data = ? WHERE attachment_id = ? AND position = 2",
                       (base64.b64encode(b"x" * 10).decode(), aid))
    with pytest.raises(Exception, match="damaged"):
        attachments.content(admin, aid)


def test_size_limits_are_refused_with_a_clear_message(admin, tmp_path):
    s = admin
    cid = customers.create_customer(s, {"display_name": "Limit Tester"})
    settings.VaultSettings(s).set("attachments.max_file_mb", 1)
    big = tmp_path / "big.pdf"
    big.write_bytes(b"%PDF-" + b"0" * (1 << 20))
    with pytest.raises(ValidationError, match=r"at most 1\.0 MB each"):
        ops.add_file(s, cid, str(big))
    settings.VaultSettings(s).set("attachments.max_vault_mb", 2)
    ops.add_bytes(s, cid, b"a" * 900_000, "one")
    ops.add_bytes(s, cid, b"b" * 900_000, "two")
    with pytest.raises(ValidationError, match="would pass its limit of 2.0 MB"):
        ops.add_bytes(s, cid, b"c" * 900_000, "three")
    assert len(ops.listing(s, cid)["items"]) == 2
    with pytest.raises(ValidationError):
        settings.VaultSettings(s).set("attachments.max_file_mb", 41)  # a file must fit one sync segment


def test_sales_only_on_their_own_customers_and_support_cannot_add(admin, vault_info):
    s = admin
    theirs = customers.create_customer(s, {"display_name": "Admin's Customer"})
    aid = attachments.add(s, theirs, PDF, "offer.pdf")
    sam = users.add_user(s, "sam", "sam's long passphrase", "Sales")
    sue = users.add_user(s, "sue", "sue's long passphrase", "Support")
    s.close()
    sales = vault_info.sign_in("sam", "sam's long passphrase", sam.totp_secret)
    try:
        own = customers.create_customer(sales, {"display_name": "Sam's Customer"})
        assert ops.add_bytes(sales, own, PDF, "mine.pdf").customers == {own}
        with pytest.raises(PermissionDenied):
            ops.add_bytes(sales, theirs, PDF, "sneaky.pdf")
        with pytest.raises(PermissionDenied):
            ops.view(sales, aid)
        with pytest.raises(PermissionDenied):
            ops.remove(sales, aid)
    finally:
        sales.close()
    support = vault_info.sign_in("sue", "sue's long passphrase", sue.totp_secret)
    try:
        assert ops.view(support, aid)[1] == PDF           # reads every record
        assert not ops.listing(support, theirs)["can_write"]
        with pytest.raises(PermissionDenied):
            ops.add_bytes(support, theirs, PDF, "x.pdf")   # no customers.update
    finally:
        support.close()


def test_erasure_leaves_nothing_of_the_files_in_any_page_or_wal_frame(admin, vault_info, tmp_path):
    s = admin
    cid = customers.create_customer(s, {"display_name": "Erin Erased"})
    did = deals.create_deal(s, cid, {"title": "Kitchen", "amount_minor": 100})
    attachments.add(s, cid, payload(), "zqnamemarkq.pdf")
    attachments.add(s, cid, payload(50), "scan.bin", deal_id=did)
    other = customers.create_customer(s, {"display_name": "Otto Other"})
    kept = attachments.add(s, other, b"ordinary content " * 100, "kept.txt")
    key = bytes(s.vault.vault_key())
    markers = [b64_mark(), "zqnamemarkq"]
    assert set(leftovers(vault_info.path, key, markers)) == set(markers)  # the scanner sees them first
    privacy.erase(s, cid)
    assert leftovers(vault_info.path, key, markers) == {}
    assert s.conn.execute("SELECT count(*) FROM attachments WHERE customer_id = ?", (cid,)).fetchone()[0] == 0
    assert attachments.content(s, kept)[1] == b"ordinary content " * 100


def test_the_subject_export_holds_the_files(admin, tmp_path):
    s = admin
    cid = customers.create_customer(s, {"display_name": "Suzi Subject"})
    did = deals.create_deal(s, cid, {"title": "Boat", "amount_minor": 100})
    attachments.add(s, cid, PDF, "offer.pdf")
    attachments.add(s, cid, payload(2), "../../scan.bin", deal_id=did)  # a name never leaves the folder
    out = privacy.subject_export(s, cid, tmp_path / "suzi.json")
    doc = json.loads((tmp_path / "suzi.json").read_text())
    listed = doc["sections"]["attachments"]
    assert [a["name"] for a in listed] == ["offer.pdf", "scan.bin"]
    folder = tmp_path / "suzi.files"
    assert out["files"] == str(folder)
    files = {p.name: p.read_bytes() for p in folder.iterdir()}
    assert files == {f"{listed[0]['id']}-offer.pdf": PDF, f"{listed[1]['id']}-scan.bin": payload(2)}
    assert "Attached files" in (tmp_path / "suzi.html").read_text()


def test_a_backup_and_restore_keep_the_files(vault_info, tmp_path):
    v = vault_info
    s = v.sign_in()
    try:
        cid = customers.create_customer(s, {"display_name": "Bea Backup"})
        aid = attachments.add(s, cid, payload(100), "contract.pdf")
    finally:
        s.close()
    r = run_cli(["backup", v.path, "--user", v.user, "--password-stdin", "--totp", v.code(),
                 "--to", tmp_path / "backups", "--json"], stdin=PASSWORD + "\n")
    assert r.status == 0, r.err
    keyf = tmp_path / "recovery.txt"
    keyf.write_text(v.recovery_key + "\n")
    r = run_cli(["restore", tmp_path / "backups" / r.json["archive"], "--to", tmp_path / "restored",
                 "--recovery-key-file", keyf])
    assert r.status == 0, r.err
    from app import auth

    s = auth.sign_in(tmp_path / "restored", v.user, v.password, totp_code=v.code())
    try:
        meta, data = attachments.content(s, aid)
        assert data == payload(100) and meta["name"] == "contract.pdf"
    finally:
        s.close()
