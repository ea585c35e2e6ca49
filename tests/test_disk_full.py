"""A full disk (issue 18) during a write, an import, an export and a backup: a clear error,
nothing lost, and the next try works once there is room again.

How the disk fills: for the database, ``PRAGMA max_page_count`` (SQLite's own SQLITE_FULL, the
error a full disk gives); for files, ``os.fsync`` of a file under the chosen folder fails with
ENOSPC, as it does on a real full disk when the data reaches it at flush time."""
from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path

import pytest

from app import errors
from app.ops import records as ops
from app.records import customers, exporting, importing
from tests.conftest import backup, listing, run_cli
from tests.reliability.harness import check_opens
from vault.errors import CrmError


@contextlib.contextmanager
def database_full(s):
    pages = s.conn.execute("PRAGMA page_count").fetchone()[0]
    s.conn.execute(f"PRAGMA max_page_count = {pages + 2}")
    try:
        yield
    finally:
        s.conn.execute("PRAGMA max_page_count = 1073741823")


@contextlib.contextmanager
def folder_full(monkeypatch, folder: Path):
    real = os.fsync

    def fsync(fd):
        try:
            where = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            where = ""
        if where.startswith(str(folder)):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    try:
        yield
    finally:
        monkeypatch.setattr(os, "fsync", real)


def _clear(exc_info) -> str:
    exc = exc_info.value
    assert isinstance(exc, CrmError), repr(exc)
    text = errors.user_message(exc)
    assert "disk is full" in text.lower() or "no space" in text.lower(), text
    return text


def _names(s) -> list[str]:
    return sorted(r[0] for r in s.conn.execute("SELECT given_name FROM customers WHERE deleted_at IS NULL"))


def test_a_write_on_a_full_disk_is_refused_clearly_and_the_next_one_works(admin):
    s = admin
    ops.create(s, {"given_name": "Kept", "family_name": "Before"}, force=True)
    with database_full(s), pytest.raises(Exception) as got:
        for k in range(200):
            ops.create(s, {"given_name": f"Filler{k}", "family_name": "X", "notes": "n" * 3000}, force=True)
    _clear(got)
    before = _names(s)
    assert "Kept" in before
    cid = ops.create(s, {"given_name": "After", "family_name": "Room"}, force=True).result
    assert customers.get_customer(s, cid, audited=False)["given_name"] == "After"
    check_opens(s)


def test_an_import_on_a_full_disk_is_refused_clearly_and_can_be_run_again(admin, tmp_path):
    s = admin
    rows = "given_name,family_name,notes\n" + "".join(f"Imp{k},Row,{'n' * 2000}\n" for k in range(300))
    with database_full(s), pytest.raises(Exception) as got:
        importing.import_bytes(s, rows.encode(), name="big.csv", format="csv")
    _clear(got)
    kept = [n for n in _names(s) if n.startswith("Imp")]
    report = importing.import_bytes(s, rows.encode(), name="big.csv", format="csv", duplicates="skip")
    assert len(kept) + report.imported == 300  # whole batches that went in stay; the rest comes now
    check_opens(s)


def test_an_export_on_a_full_disk_leaves_no_file_and_works_again(admin, tmp_path, monkeypatch):
    s = admin
    for k in range(20):
        ops.create(s, {"given_name": f"Exp{k}", "family_name": "Row"}, force=True)
    out = tmp_path / "out"
    out.mkdir()
    with folder_full(monkeypatch, out), pytest.raises(Exception) as got:
        exporting.export_file(s, out / "all.csv", "csv")
    _clear(got)
    assert list(out.iterdir()) == []
    assert exporting.export_file(s, out / "all.csv", "csv") == 20
    check_opens(s)


def test_a_backup_on_a_full_disk_publishes_nothing_and_the_next_works(vault_info, tmp_path, monkeypatch):
    v, target = vault_info, tmp_path / "backups"
    target.mkdir()
    with folder_full(monkeypatch, target):
        r = backup(v, target)
    assert r.status != 0 and "traceback" not in r.err.lower(), r.err
    assert "disk is full" in r.err.lower() or "no space" in r.err.lower(), r.err
    assert [p for p in target.iterdir() if not p.name.startswith(".")] == []
    again = backup(v, target)
    assert again.status == 0 and again.json["verified"], again.err
    assert [row["state"] for row in listing(target)] == ["ok"]
    assert run_cli(["backups", target]).status == 0
