"""Findings of the security review, each pinned: an export in progress is encrypted on disk and
audited before its first byte; restricted records cannot be merged away or written to through
interactions and deals; sensitive custom fields; backup CLI exit statuses."""
from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from app import audit, privacy, users
from app.records import customers
from app.records.deals import create_deal
from app.records.duplicates import merge_customers
from app.records.interactions import add_interaction
from tests.conftest import PASSWORD, ROOT
from vault.errors import PermissionDenied

MARKER = "Quillonmarker"


def test_killed_export_leaves_no_plaintext_and_is_audited(vault_info, tmp_path):
    s = vault_info.sign_in()
    from app.records.exporting import CHUNK

    for i in range(3 * CHUNK + 5):
        customers.create_customer(s, {"given_name": f"{MARKER}{i}", "family_name": "Zed",
                                      "emails": [f"q{i}@example.org"]})
    s.close()
    out = tmp_path / "out"
    out.mkdir()
    script = textwrap.dedent(f"""
        import os, signal, sys
        sys.path.insert(0, {str(ROOT)!r})
        from app import auth
        from app.records.exporting import export_file
        from vault.jobs import JobContext
        s = auth.sign_in({str(vault_info.path)!r}, "admin", {PASSWORD!r}, recovery_code={vault_info.recovery_codes[0]!r})
        job = JobContext(lambda phase, n, total: n >= 3 * 500 and os.kill(os.getpid(), signal.SIGKILL))
        export_file(s, {str(out / "all.csv")!r}, "csv", job=job)
    """)
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert proc.returncode == -9, proc.stderr
    leftovers = [p for p in list(out.iterdir()) + list(vault_info.path.iterdir()) if p.is_file()]
    for p in leftovers:
        assert MARKER.encode() not in p.read_bytes(), p
    assert not (out / "all.csv").exists()
    spools = list(vault_info.path.glob(".vaultcrm-spool-*"))
    assert spools and spools[0].stat().st_size > 0  # the rows written so far are there, encrypted
    s = vault_info.sign_in()
    try:
        actions = [e["action"] for e in audit.query(s, action="customer.export*")["entries"]]
        assert "customer.export.start" in actions and "customer.export" not in actions
        assert not list(vault_info.path.glob(".vaultcrm-spool-*"))  # swept at sign-in
    finally:
        s.close()


def test_completed_export_has_both_entries(vault_info, tmp_path):
    s = vault_info.sign_in()
    try:
        customers.create_customer(s, {"display_name": "Only One"})
        from app.records.exporting import export_file

        assert export_file(s, tmp_path / "x.json", "json") == 1
        actions = [e["action"] for e in audit.query(s, action="customer.export*")["entries"]]
        assert actions[:2] == ["customer.export", "customer.export.start"]
        assert not list(vault_info.path.glob(".vaultcrm-spool-*"))
    finally:
        s.close()


def test_restricted_records_cannot_be_merged_or_written_to(vault_info):
    admin = vault_info.sign_in()
    a = customers.create_customer(admin, {"display_name": "Rita Restricted", "emails": ["rita@example.org"]})
    b = customers.create_customer(admin, {"display_name": "Rita R.", "emails": ["rita.r@example.org"]})
    privacy.restrict(admin, a, "accuracy contested")
    m = users.add_user(admin, "max", "max's long passphrase", "Manager")
    admin.close()
    s = vault_info.sign_in("max", "max's long passphrase", m.totp_secret)
    try:
        for call in (lambda: merge_customers(s, b, [a]), lambda: merge_customers(s, a, [b]),
                     lambda: add_interaction(s, a, "call", summary="tried anyway"),
                     lambda: create_deal(s, a, {"title": "Upsell", "amount_minor": 100})):
            with pytest.raises(PermissionDenied):
                call()
        add_interaction(s, b, "call", summary="fine")  # unrestricted records still work
    finally:
        s.close()


def test_sensitive_custom_fields_need_sensitive_read_and_masks_do_not_overwrite(vault_info):
    from app.records import define_custom_field

    admin = vault_info.sign_in()
    define_custom_field(admin, "passport", "Passport no.", "text", sensitive=True)
    cid = customers.create_customer(admin, {"display_name": "Pat Passport", "custom": {"passport": "X1234567"}})
    u = users.add_user(admin, "sal", "sal's long passphrase", "Sales")
    admin.close()
    s = vault_info.sign_in("sal", "sal's long passphrase", u.totp_secret)
    try:
        with pytest.raises(PermissionDenied):
            customers.create_customer(s, {"display_name": "Sneaky", "custom": {"passport": "Y7654321"}})
        mine = customers.create_customer(s, {"display_name": "Sal's Own"})
        assert customers.get_customer(s, mine)["custom"] == {}
    finally:
        s.close()
    admin = vault_info.sign_in()
    try:
        rec = customers.get_customer(admin, cid)
        # a form that sends the mask back unchanged does not overwrite the real value
        customers.update_customer(admin, cid, {"custom": {"passport": "••••"}}, rec["version"])
        assert customers.get_customer(admin, cid)["custom"]["passport"] == "X1234567"
    finally:
        admin.close()


def test_cli_backups_on_a_missing_folder_and_verify_with_a_wrong_key(vault_info, tmp_path):
    from tests.conftest import run_cli

    r = run_cli(["backups", tmp_path / "no-such-folder", "--json"])
    assert r.status == 1 and "not a folder" in r.err
    target = tmp_path / "bk"
    r = run_cli(["backup", vault_info.path, "--user", "admin", "--password-stdin", "--totp", vault_info.code(),
                 "--to", target, "--json"], stdin=PASSWORD + "\n")
    assert r.status == 0, r.err
    wrong = tmp_path / "wrong.txt"
    import pyrage

    wrong.write_text(str(pyrage.x25519.Identity.generate()) + "\n")
    r = run_cli(["verify", str(target / r.json["archive"]), "--deep", "--recovery-key-file", wrong, "--json"])
    assert r.status == 4, (r.status, r.err, r.out)
    assert "recovery key" in (r.err + r.out).lower() or "decrypt" in (r.err + r.out).lower()
