"""The signed roster chain (vault/sync/roster.py): what a joining device accepts from a location
it does not trust. Real Ed25519 keys and age identities; the chain is verified from the bytes."""
from __future__ import annotations

import json

import pytest

from tests.sync_fixtures import T0, Book, Dev, new_id, stamp
from vault.crypto import canonical
from vault.errors import IntegrityError
from vault.sync import roster as rs


def admin_and_sales():
    return Dev("admin", ["*"]), Dev("sam", ["customers.edit", "customers.view"])


def test_a_chain_verifies_and_lists_active_recipients():
    admin, sam = admin_and_sales()
    book = Book(admin, sam)
    chain = rs.verify_chain(book.versions, book.fingerprint, book.id)
    assert [r.version for r in chain] == [1, 2]
    assert sorted(chain[-1].recipients()) == sorted([str(admin.identity.to_public()), str(sam.identity.to_public())])
    book.revoke(admin, sam, T0 + 5000)
    latest = book.latest
    assert latest.recipients() == [str(admin.identity.to_public())]
    assert latest.device(sam.id).revoked["at"] == stamp(T0 + 5000, admin.id)


def test_fingerprint_looks_like_the_recovery_sheets():
    book = Book(Dev("admin", ["*"]))
    assert book.fingerprint.startswith("SHA256:") and len(book.fingerprint) == 7 + 43


def test_a_version_signed_by_a_non_admin_device_is_refused():
    admin, sam = admin_and_sales()
    book = Book(admin, sam)
    mallory = Dev("mallory", ["*"])
    book.add(sam, mallory, ms=T0 + 2000)  # sam cannot manage users in version 2
    with pytest.raises(rs.RosterRefused) as e:
        rs.verify_chain(book.versions, book.fingerprint, book.id)
    assert e.value.reason == "signer" and e.value.details["version"] == 3
    assert isinstance(e.value, IntegrityError) and "could not manage users" in e.value.message


def test_admin_rights_count_in_the_previous_version_not_the_new_one():
    admin, sam = admin_and_sales()
    book = Book(admin, sam)
    promoted = [e if e["device"] != sam.id else {**e, "profile": {"name": "Administrator", "permissions": ["*"]}}
                for e in (d.entry for d in book.latest.devices())]
    book.publish(sam, promoted, T0 + 3000)  # sam signs the version that makes sam an admin
    with pytest.raises(rs.RosterRefused) as e:
        rs.verify_chain(book.versions, book.fingerprint, book.id)
    assert e.value.reason == "signer"


def test_a_revoked_admin_cannot_sign_the_next_version():
    admin, boss = Dev("admin", ["*"]), Dev("boss", ["*"])
    book = Book(admin, boss)
    book.revoke(boss, admin, T0 + 4000)
    book.add(admin, Dev("eve", ["*"]), ms=T0 + 5000)
    with pytest.raises(rs.RosterRefused) as e:
        rs.verify_chain(book.versions, book.fingerprint, book.id)
    assert e.value.reason == "signer" and e.value.details["version"] == 4


def test_a_gap_in_the_chain_is_refused():
    admin, sam = admin_and_sales()
    book = Book(admin, sam)
    book.add(admin, Dev("tom", ["customers.view"]), ms=T0 + 3000)
    with pytest.raises(rs.RosterRefused) as e:
        rs.verify_chain([book.versions[0], book.versions[2]], book.fingerprint, book.id)
    assert e.value.reason == "gap"


def test_a_different_genesis_is_refused():
    admin, sam = admin_and_sales()
    book = Book(admin, sam)
    other = Book(Dev("admin", ["*"]))
    with pytest.raises(rs.RosterRefused) as e:
        rs.verify_chain(book.versions, other.fingerprint, book.id)
    assert e.value.reason == "genesis"
    # a genesis re-made by an attacker with the same book id but their own key
    forged = rs.sign_version(rs.genesis(book.id, Dev("eve", ["*"]).entry(), stamp(T0, admin.id)),
                             Dev("eve", ["*"]).key)
    with pytest.raises(rs.RosterRefused) as e:
        rs.verify_chain([forged, *book.versions[1:]], book.fingerprint, book.id)
    assert e.value.reason == "genesis"


def test_a_flipped_byte_or_a_forged_signature_is_refused():
    admin, sam = admin_and_sales()
    book = Book(admin, sam)
    raw, sig = book.versions[1]
    flipped = raw.replace(b'"sam"', b'"sab"')
    with pytest.raises(rs.RosterRefused) as e:
        rs.verify_chain([book.versions[0], (flipped, sig)], book.fingerprint, book.id)
    assert e.value.reason == "signature"
    sig_doc = json.loads(sig)
    sig_doc["sig"] = sig_doc["sig"][:-4] + ("AAA=" if not sig_doc["sig"].endswith("AAA=") else "BBB=")
    with pytest.raises(rs.RosterRefused) as e:
        rs.verify_chain([book.versions[0], (raw, canonical(sig_doc))], book.fingerprint, book.id)
    assert e.value.reason == "signature"
    with pytest.raises(rs.RosterRefused) as e:  # not canonical: re-indented
        rs.verify_chain([book.versions[0], (json.dumps(json.loads(raw), indent=1).encode(), sig)],
                        book.fingerprint, book.id)
    assert e.value.reason == "malformed"


def test_a_version_of_another_book_or_a_fork_is_refused():
    admin, sam = admin_and_sales()
    book = Book(admin, sam)
    with pytest.raises(rs.RosterRefused) as e:
        rs.verify_chain(book.versions, book.fingerprint, new_id())
    assert e.value.reason == "book"
    doc = json.loads(book.versions[1][0])
    doc["previous"] = "0" * 64
    with pytest.raises(rs.RosterRefused) as e:
        rs.verify_chain([book.versions[0], rs.sign_version(doc, admin.key)], book.fingerprint, book.id)
    assert e.value.reason == "fork"


def test_keys_cannot_change_and_revocations_cannot_be_undone():
    admin, sam = admin_and_sales()
    book = Book(admin, sam)
    book.revoke(admin, sam, T0 + 5000)
    good = list(book.versions)
    entries = [{**d.entry, "revoked": None} for d in book.latest.devices()]
    book.publish(admin, entries, T0 + 6000)
    with pytest.raises(rs.RosterRefused) as e:
        rs.verify_chain(book.versions, book.fingerprint, book.id)
    assert e.value.reason == "rewrite"
    book.versions = good
    swapped = [{**d.entry, "age": str(Dev("x", []).identity.to_public())} if d.id == sam.id else d.entry
               for d in book.latest.devices()]
    book.publish(admin, swapped, T0 + 6000)
    with pytest.raises(rs.RosterRefused) as e:
        rs.verify_chain(book.versions, book.fingerprint, book.id)
    assert e.value.reason == "rewrite"


def test_no_roster_is_refused():
    with pytest.raises(rs.RosterRefused) as e:
        rs.verify_chain([], "SHA256:x", new_id())
    assert e.value.reason == "missing"
