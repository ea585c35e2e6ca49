"""User-named files (issue 10, items 1 and 11): what a command or dialog writes never lands in a
vault folder, never replaces an existing file without --force (a vault's own files never), never
writes into a device, pipe or folder; what it reads is a regular file of bounded size.

Each attack is tried the way a user or an attacker would: through the CLI (in-process), the
services, and a real process with a memory limit where the old behaviour was to eat all memory.
"""
from __future__ import annotations

import hashlib
import json
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from app import audit, privacy
from app.records import create_customer
from app.records.exporting import export_file
from tests.conftest import PASSWORD, ROOT
from vault.errors import UsageError

ANNA = {"display_name": "Anna Novak", "emails": [{"value": "anna@example.com"}], "city": "Brno"}


def signin(info):
    return ["--user", info.user, "--password-stdin", "--totp", info.code(), "--json"]


def digest(folder: Path) -> dict[str, str]:
    """What the vault's own files hold (name -> sha256), to show they were not touched."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())
            if p.name in ("vault.db", "keyslots.json")}


@pytest.fixture
def vault_with_anna(vault_info):
    s = vault_info.sign_in()
    cid = create_customer(s, ANNA)
    s.close()
    vault_info.cid = cid
    return vault_info


def still_opens(info, customers: int = 1) -> None:
    s = info.sign_in()
    try:
        assert s.conn.execute("SELECT count(*) FROM customers").fetchone()[0] == customers
    finally:
        s.close()


# ----------------------------------------------------------------------------- the vault's own files
@pytest.mark.parametrize("target", ["vault.db", "keyslots.json", "vault.lock", "new-export.csv", "sub/x.csv"])
@pytest.mark.parametrize("force", [False, True])
def test_cli_export_into_the_vault_folder_is_refused(vault_with_anna, cli, target, force):
    info = vault_with_anna
    (info.path / "sub").mkdir()
    before = digest(info.path)
    out = info.path / target
    r = cli(["export", info.path, "--format", "csv", "--out", out, *signin(info), *(["--force"] if force else [])],
            stdin=PASSWORD + "\n")
    assert r.status == 2, (r.status, r.out, r.err)
    assert "inside the vault folder" in json.loads(r.err)["error"]
    assert digest(info.path) == before
    if target in ("new-export.csv", "sub/x.csv"):
        assert not out.exists()
    assert not list(info.path.glob("*.partial")) and not list(info.path.glob(".vaultcrm-spool-*"))
    still_opens(info)


def test_cli_export_through_a_symlink_into_the_vault_is_refused(vault_with_anna, cli, tmp_path):
    info = vault_with_anna
    before = digest(info.path)
    link = tmp_path / "innocent.csv"
    link.symlink_to(info.path / "vault.db")
    r = cli(["export", info.path, "--format", "csv", "--out", link, "--force", *signin(info)], stdin=PASSWORD + "\n")
    assert r.status == 2 and "inside the vault folder" in r.err
    assert digest(info.path) == before and link.is_symlink()
    still_opens(info)


def test_another_vaults_folder_is_refused_too(vault_with_anna, new_vault, cli):
    other = new_vault("other")
    before = digest(other.path)
    r = cli(["export", vault_with_anna.path, "--format", "json", "--out", other.path / "keyslots.json", "--force",
             *signin(vault_with_anna)], stdin=PASSWORD + "\n")
    assert r.status == 2 and str(other.path) in r.err
    assert digest(other.path) == before
    still_opens(other, customers=0)


@pytest.mark.parametrize("target", ["vault.db", "keyslots.json", "report.json"])
def test_cli_privacy_export_into_the_vault_folder_is_refused(vault_with_anna, cli, target):
    info = vault_with_anna
    before = digest(info.path)
    r = cli(["privacy", "export", info.path, str(info.cid), "--out", info.path / target, "--force", *signin(info)],
            stdin=PASSWORD + "\n")
    assert r.status == 2, (r.status, r.err)
    assert "inside the vault folder" in r.err
    assert digest(info.path) == before and not (info.path / "report.json").exists()
    assert not (info.path / "report.html").exists() and not (info.path / "vault.html").exists()
    still_opens(info)


def test_privacy_exports_html_twin_is_checked_like_the_json(vault_with_anna, tmp_path):
    """The subject export writes two names; the one the user did not type is checked too."""
    info = vault_with_anna
    (tmp_path / "a.html").write_text("mine")
    s = info.sign_in()
    try:
        with pytest.raises(UsageError, match="a.html already exists"):
            privacy.subject_export(s, info.cid, tmp_path / "a.json")
        assert not (tmp_path / "a.json").exists() and (tmp_path / "a.html").read_text() == "mine"
        (tmp_path / "a.html").unlink()
        (tmp_path / "a.html").symlink_to(info.path / "keyslots.json")
        before = digest(info.path)
        with pytest.raises(UsageError, match="inside the vault folder"):
            privacy.subject_export(s, info.cid, tmp_path / "a.json", force=True)
        assert digest(info.path) == before and not (tmp_path / "a.json").exists()
    finally:
        s.close()


@pytest.mark.parametrize("target", ["vault.db", "keyslots.json"])
def test_cli_audit_out_into_the_vault_folder_is_refused(vault_info, cli, target):
    before = digest(vault_info.path)
    r = cli(["audit", vault_info.path, "--out", vault_info.path / target, "--force", *signin(vault_info)],
            stdin=PASSWORD + "\n")
    assert r.status == 2 and "inside the vault folder" in r.err
    assert digest(vault_info.path) == before
    still_opens(vault_info, customers=0)


def test_services_refuse_the_vault_folder_even_with_force(vault_with_anna):
    """The UI and scripts call the services directly: the check is there, not only in the CLI."""
    info = vault_with_anna
    s = info.sign_in()
    before = digest(info.path)["keyslots.json"]  # vault.db itself changes: the session writes to it
    try:
        for call in (lambda: export_file(s, info.path / "vault.db", "csv", force=True),
                     lambda: audit.export(s, info.path / "keyslots.json", force=True),
                     lambda: privacy.subject_export(s, info.cid, info.path / "vault.db", force=True)):
            with pytest.raises(UsageError, match="inside the vault folder"):
                call()
        # a refused export leaves no "export started" entry: nothing was exported
        assert audit.query(s, action="customer.export.start")["total"] == 0
    finally:
        s.close()
    assert digest(info.path)["keyslots.json"] == before
    still_opens(info)


# ----------------------------------------------------------------------------- existing files
def test_cli_export_does_not_replace_an_existing_file_without_force(vault_with_anna, cli, tmp_path):
    info = vault_with_anna
    out = tmp_path / "customers.csv"
    out.write_text("someone's spreadsheet")
    r = cli(["export", info.path, "--format", "csv", "--out", out, *signin(info)], stdin=PASSWORD + "\n")
    assert r.status == 2 and "already exists" in r.err and "--force" in r.err
    assert out.read_text() == "someone's spreadsheet"
    r = cli(["export", info.path, "--format", "csv", "--out", out, "--force", *signin(info)], stdin=PASSWORD + "\n")
    assert r.status == 0, r.err
    assert "Anna Novak" in out.read_text(encoding="utf-8-sig")
    assert oct(out.stat().st_mode & 0o777) == oct(0o600)  # customer data: readable by the owner only


def test_cli_privacy_export_and_audit_out_need_force_to_replace(vault_with_anna, cli, tmp_path):
    info = vault_with_anna
    for args in (["privacy", "export", info.path, str(info.cid)], ["audit", info.path]):
        out = tmp_path / f"{args[0]}.json"
        out.write_text("keep me")
        r = cli([*args, "--out", out, *signin(info)], stdin=PASSWORD + "\n")
        assert r.status == 2 and "already exists" in r.err, (args, r.status, r.err)
        assert out.read_text() == "keep me"
        r = cli([*args, "--out", out, "--force", *signin(info)], stdin=PASSWORD + "\n")
        assert r.status == 0, r.err
        assert json.loads(out.read_text())


# ----------------------------------------------------------------------------- not a regular file
def test_cli_export_to_a_pipe_a_folder_or_a_link_to_a_device_is_refused(vault_with_anna, cli, tmp_path):
    info = vault_with_anna
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    folder = tmp_path / "folder"
    folder.mkdir()
    dev = tmp_path / "to-null"
    dev.symlink_to("/dev/null")
    for out, words in ((fifo, "not a regular file"), (folder, "is a folder"), (dev, "not a regular file")):
        r = cli(["export", info.path, "--format", "csv", "--out", out, "--force", *signin(info)],
                stdin=PASSWORD + "\n")
        assert r.status == 2 and words in r.err, (out, r.status, r.err)
    assert fifo.is_fifo() and folder.is_dir() and dev.is_symlink()
    assert list(folder.iterdir()) == []


def test_export_into_a_missing_folder_is_a_usage_error(vault_with_anna, cli, tmp_path):
    r = cli(["export", vault_with_anna.path, "--format", "csv", "--out", tmp_path / "nope" / "x.csv",
             *signin(vault_with_anna)], stdin=PASSWORD + "\n")
    assert r.status == 2 and "does not exist" in r.err


# ----------------------------------------------------------------------------- recovery sheet
def test_recovery_sheet_is_never_saved_into_the_vault_nor_over_a_file(vault_info, tmp_path):
    from app.flows.recovery_sheet import RecoverySheet

    sheet = RecoverySheet("id", str(vault_info.path), "admin", vault_info.recovery_key, "fp",
                          list(vault_info.recovery_codes))
    before = digest(vault_info.path)
    for name in ("keyslots.json", "sheet.pdf"):
        with pytest.raises(UsageError, match="inside the vault folder"):
            sheet.save_pdf(vault_info.path / name, force=True)
    assert digest(vault_info.path) == before and not (vault_info.path / "sheet.pdf").exists()
    mine = tmp_path / "sheet.pdf"
    mine.write_text("another file")
    with pytest.raises(UsageError, match="already exists"):
        sheet.save_pdf(mine)
    assert mine.read_text() == "another file"
    assert sheet.save_pdf(mine, force=True) == mine and mine.read_bytes().startswith(b"%PDF")


# ----------------------------------------------------------------------------- reading user-named files
def run_limited(args: list, stdin: str = "", mem: int = 1536 * 2**20, timeout: float = 60):
    """The CLI as a real process under a memory limit: what eats memory fails instead of swapping."""
    def limit():
        resource.setrlimit(resource.RLIMIT_AS, (mem, mem))

    return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)], input=stdin,
                          capture_output=True, text=True, timeout=timeout, cwd=ROOT, preexec_fn=limit)


def test_import_from_a_device_or_a_pipe_is_refused_at_once(vault_info, tmp_path):
    fifo = tmp_path / "contacts.csv"
    os.mkfifo(fifo)  # no writer: opening it for reading would wait for ever
    for src, words in (("/dev/zero", "is a device"), (fifo, "is a named pipe"), (tmp_path, "is a folder")):
        r = run_limited(["import", vault_info.path, src, "--user", "admin", "--password-stdin", "--totp", "000000"],
                        stdin=PASSWORD + "\n", timeout=30)
        assert r.returncode == 2, (src, r.returncode, r.stderr[-500:])
        assert r.stderr.startswith("error: ") and words in r.stderr and "Traceback" not in r.stderr


@pytest.fixture
def memory_cap():
    """At most 1 GiB more address space for this test: a read that never ends fails with
    MemoryError here instead of taking the machine's memory."""
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    with open("/proc/self/statm") as fh:
        vm = int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    resource.setrlimit(resource.RLIMIT_AS, (vm + 2**30, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def test_import_service_refuses_a_device(vault_info, memory_cap):
    from app.records.importing import import_file, read_file

    with pytest.raises(UsageError, match="is a device"):
        read_file("/dev/zero")
    s = vault_info.sign_in()
    try:
        with pytest.raises(UsageError, match="is a device"):
            import_file(s, "/dev/zero", format="vcard")
    finally:
        s.close()


@pytest.mark.parametrize("command", ["recover", "verify", "restore"])
def test_a_recovery_key_file_that_is_a_device_is_refused(vault_info, tmp_path, command):
    args = {"recover": ["recover", vault_info.path, "--user", "admin"],
            "verify": ["verify", tmp_path / "x.crmbak", "--deep"],
            "restore": ["restore", tmp_path / "x.crmbak", "--to", tmp_path / "new"]}[command]
    r = run_limited([*args, "--recovery-key-file", "/dev/zero"], timeout=30)
    assert r.returncode == 2, (r.returncode, r.stderr[-500:])
    assert "is a device" in r.stderr and "Traceback" not in r.stderr


def test_a_recovery_key_file_too_large_for_a_key_is_refused(tmp_path, memory_cap):
    from app.cli.base import read_key_file

    big = tmp_path / "key.txt"
    with open(big, "wb") as fh:
        fh.truncate(2**30)  # sparse: 1 GiB of nothing, it must not be read
    with pytest.raises(UsageError, match="too large"):
        read_key_file(str(big))
    good = tmp_path / "good.txt"
    good.write_text("# created: now\nAGE-SECRET-KEY-1ABC\n")
    assert read_key_file(str(good)) == "AGE-SECRET-KEY-1ABC"


# ----------------------------------------------------------------------------- backups beside the vault
@pytest.mark.parametrize("where", ["", "backups"])
def test_a_backup_into_the_vault_folder_is_refused(vault_info, cli, where):
    """A backup kept in the vault's own folder is lost (or encrypted by ransomware) with it."""
    target = vault_info.path / where if where else vault_info.path
    if where:
        target.mkdir()
    before = sorted(p.name for p in vault_info.path.iterdir())
    r = cli(["backup", vault_info.path, *signin(vault_info), "--to", target], stdin=PASSWORD + "\n")
    assert r.status == 2, (r.status, r.out, r.err)
    assert "inside the vault folder" in r.err
    assert not list(vault_info.path.rglob("*.crmbak*"))
    assert sorted(p.name for p in vault_info.path.iterdir() if p.name != "audit-head.json") == \
        [n for n in before if n != "audit-head.json"]
