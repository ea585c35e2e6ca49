"""The segment format (vault/sync/segment.py): what a receiving device accepts. Real age
(pyrage, and the stock ``age`` tool to prove the body is standard age) and Ed25519 signatures."""
from __future__ import annotations

import base64
import shutil
import subprocess
import zlib

import pyrage
import pytest

from tests.sync_fixtures import SCHEMA, T0, Book, Dev
from vault.crypto import canonical
from vault.errors import IntegrityError
from vault.sync import segment as sg


@pytest.fixture
def team():
    admin, sam, tom = Dev("admin", ["*"]), Dev("sam", ["customers.edit"]), Dev("tom", ["customers.view"])
    return Book(admin, sam, tom), admin, sam, tom


def make(book, dev, seq=1, changes=None, schema=SCHEMA, recipients=None):
    changes = changes or [dev.change(T0 + 10_000 + seq)]
    return sg.encode(book=book.id, device=dev.id, seq=seq, schema=schema, changes=changes,
                     recipients=recipients or book.latest.recipients(), key=dev.key)


def read(book, dev, data, seq=1, reader=None, roster=None):
    return sg.decode(data, book=book.id, device=dev.id, seq=seq, roster=roster or book.latest,
                     identities=[(reader or dev).secret()], schema=SCHEMA)


def refused(book, dev, data, seq=1, reader=None, roster=None) -> sg.SegmentRefused:
    with pytest.raises(sg.SegmentRefused) as e:
        read(book, dev, data, seq, reader, roster)
    assert isinstance(e.value, IntegrityError) and e.value.message.endswith((".", "sync."))
    return e.value


def test_round_trip_for_every_active_device(team):
    book, admin, sam, tom = team
    changes = [sam.change(T0 + 1, "Zoë Łukasz 😀"), sam.change(T0 + 2, None, field="phone"),
               sam.change(T0 + 2, 42, field="score", counter=1)]
    data = make(book, sam, 3, changes)
    for reader in (admin, sam, tom):
        seg = read(book, sam, data, 3, reader)
        assert seg.changes == changes
        assert (seg.header.book, seg.header.device, seg.header.seq, seg.header.count) == (book.id, sam.id, 3, 3)
        assert seg.header.hlc_min == changes[0]["hlc"] and seg.header.hlc_max == changes[2]["hlc"]
    for secret in ("Zoë Łukasz", "customers", '"field"', sam.user_uid, changes[0]["uid"]):
        assert secret.encode() not in data  # nothing readable on the location but ids of the place


def test_the_stock_age_tool_decrypts_the_body(team, tmp_path):
    if not shutil.which("age"):
        pytest.skip("age is not installed")
    book, admin, sam, _ = team
    change = sam.change(T0 + 1, "marker-7f3a")
    env = sg.split(make(book, sam, 1, [change]))
    (tmp_path / "body.age").write_bytes(env.ciphertext)
    (tmp_path / "admin.key").write_text(admin.secret() + "\n")
    out = subprocess.run(["age", "-d", "-i", str(tmp_path / "admin.key"), str(tmp_path / "body.age")],
                         capture_output=True, check=True).stdout
    lines = zlib.decompress(out).decode().splitlines()
    assert canonical(change).decode() == lines[1] and '"count":1' in lines[0]


def test_one_field_segment_is_small(team):
    book, admin, sam, tom = team
    data = make(book, sam, 1, [sam.change(T0 + 1, "Acme Ltd")])
    header_len = len(sg.split(data).ciphertext.split(b"\n---")[0])  # age header: 1 stanza per recipient
    assert len(data) - header_len < 2048, (len(data), header_len)
    print(f"one-field segment: {len(data)} bytes, of which age header {header_len} (3 recipients)")


def test_a_flipped_byte_anywhere_is_refused(team):
    book, admin, sam, _ = team
    data = make(book, sam)
    reasons = set()
    for i in range(len(data)):
        bad = bytearray(data)
        bad[i] ^= 0x01
        reasons.add(refused(book, sam, bytes(bad), reader=admin).reason)
    assert reasons <= {"malformed", "signature", "book", "moved", "unknown-device"} and "signature" in reasons
    assert refused(book, sam, data[:-1], reader=admin).reason == "signature"
    assert refused(book, sam, data + b"x", reader=admin).reason == "signature"


def test_a_segment_of_another_book_is_refused(team):
    book, admin, sam, _ = team
    other = Book(admin, sam)  # the same devices in a second book
    e = refused(book, sam, make(other, sam), reader=admin)
    assert e.reason == "book" and "another book" in e.message


def test_a_renamed_or_replayed_segment_is_refused(team):
    book, admin, sam, tom = team
    data = make(book, sam, seq=2)
    e = refused(book, sam, data, seq=5, reader=admin)  # copied to a later seq
    assert e.reason == "moved" and "renamed or replayed" in e.message
    assert refused(book, tom, data, seq=2, reader=admin).reason == "moved"  # into another device's folder
    assert read(book, sam, data, 2, admin).header.seq == 2


def test_a_segment_of_an_unknown_device_is_refused(team):
    book, admin, *_ = team
    stranger = Dev("eve", ["*"])
    data = make(book, stranger, recipients=[str(admin.identity.to_public())])
    e = refused(book, stranger, data, reader=admin)
    assert e.reason == "unknown-device" and "not on the book's roster" in e.message


def test_a_forged_signature_is_refused(team):
    book, admin, sam, tom = team
    forged = sg.encode(book=book.id, device=sam.id, seq=1, schema=SCHEMA, changes=[sam.change(T0 + 1)],
                       recipients=book.latest.recipients(), key=tom.key)  # tom signs as sam
    assert refused(book, sam, forged, reader=admin).reason == "signature"


def test_segments_after_a_revocation_are_refused_and_unreadable_to_the_revoked(team):
    book, admin, sam, tom = team
    before = make(book, sam, 1, [sam.change(T0 + 2000)])
    book.revoke(admin, sam, T0 + 5000)
    roster = book.latest
    assert read(book, sam, before, 1, admin, roster).changes  # written before: still accepted
    after = make(book, sam, 2, [sam.change(T0 + 6000)])
    e = refused(book, sam, after, 2, admin, roster)
    assert e.reason == "revoked" and "after its device was revoked" in e.message
    # the admin's next segment is encrypted to the roster's active devices: sam cannot read it
    admins = make(book, admin, 1, [admin.change(T0 + 7000)], recipients=roster.recipients())
    assert refused(book, admin, admins, 1, sam, roster).reason == "not-recipient"
    assert read(book, admin, admins, 1, tom, roster).changes


def test_a_revocation_by_seq_refuses_backdated_segments(team):
    book, admin, sam, _ = team
    book.revoke(admin, sam, T0 + 5000, after_seq=3)
    backdated = make(book, sam, 4, [sam.change(T0 + 100)])  # a stolen laptop's clock set back
    assert refused(book, sam, backdated, 4, admin).reason == "revoked"
    assert read(book, sam, make(book, sam, 3, [sam.change(T0 + 100)]), 3, admin).changes


def test_a_newer_schema_says_update_the_app(team):
    book, admin, sam, _ = team
    e = refused(book, sam, make(book, sam, schema=SCHEMA + 1), reader=admin)
    assert isinstance(e, sg.SchemaTooNew) and e.reason == "schema" and "update the app" in e.message
    assert read(book, sam, make(book, sam, schema=SCHEMA - 1), reader=admin).header.schema == SCHEMA - 1


def test_signed_but_inconsistent_content_is_refused(team):
    """A modified client signs whatever it likes: the body must still agree with the envelope."""
    book, admin, sam, tom = team
    bad = [{**sam.change(T0 + 1), "device": tom.id}]  # a change claiming another author
    with pytest.raises(ValueError):
        make(book, sam, 1, bad)
    header = {"format": 1, "book": book.id, "device": sam.id, "seq": 9, "schema": SCHEMA,
              "hlc_min": bad[0]["hlc"], "hlc_max": bad[0]["hlc"], "count": 1}
    plain = b"".join(canonical(x) + b"\n" for x in [header, *bad])
    ct = pyrage.encrypt(zlib.compress(plain), [admin.identity.to_public()])
    sig = sam.key.sign(sg.signed_bytes(book.id, sam.id, 1, ct))
    env = {"book": book.id, "device": sam.id, "seq": 1, "sig": base64.b64encode(sig).decode()}
    data = sg.MAGIC + canonical(env) + b"\n" + ct
    assert refused(book, sam, data, reader=admin).reason == "damaged"  # header says seq 9


def test_junk_is_not_a_segment(team):
    book, admin, sam, _ = team
    for junk in (b"", b"hello", sg.MAGIC + b"{}\n", sg.MAGIC + b"x" * 5000):
        assert refused(book, sam, junk, reader=admin).reason == "malformed"
    with pytest.raises(ValueError):
        sg.encode(book=book.id, device=sam.id, seq=0, schema=SCHEMA, changes=[sam.change(T0)],
                  recipients=[str(admin.identity.to_public())], key=sam.key)
