"""Hostile input (issue 18): fuzzed CSV and vCard files, command lines, keyslots.json files,
sync segments and archives give a result or one clear CrmError — never a traceback, a hang
(each example has a deadline) or a half-written import — and a catalogue of crafted files
(/dev/zero, a FIFO, a folder given as the file to import) is refused clearly."""
from __future__ import annotations

import json
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.records import importing
from tests.conftest import run_cli, signin
from vault.errors import CrmError
from vault.keyslots import KeySlots
from vault.sync import segment

FUZZ = settings(max_examples=int(os.environ.get("VAULTCRM_FUZZ_EXAMPLES", "60")), deadline=5000,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

CSV_PIECES = st.sampled_from(["given_name", "family_name", "email", "notes", ",", ";", "\t", "\n", "\r\n", '"',
                              '""', "\x00", "\ufeff", "é", "\u202e", "=cmd|' /C calc'!A0", "x" * 300, "@", "+48 1"])
VCARD_PIECES = st.sampled_from(["BEGIN:VCARD\r\n", "VERSION:3.0\r\n", "VERSION:4.0\r\n", "FN:", "N:", ";", "A",
                                "EMAIL:", "TEL:", "ENCODING=QUOTED-PRINTABLE:", "=0D=0A", "=", "\r\n ", "\r\n",
                                "END:VCARD\r\n", "PHOTO;ENCODING=b:", "AAAA", "\x00", "é", "BEGIN:VCARD\r\n" * 3])


def _count(s) -> int:
    return s.conn.execute("SELECT count(*) FROM customers").fetchone()[0]


def _import(s, data: bytes, fmt: str) -> None:
    before = _count(s)
    try:
        report = importing.import_bytes(s, data, name=f"fuzz.{fmt}", format=fmt)
    except CrmError:
        assert _count(s) == before  # refused as a whole: nothing written
        return
    assert _count(s) == before + report.imported  # exactly what it says went in


@FUZZ
@given(data=st.one_of(st.binary(max_size=2000), st.lists(CSV_PIECES, max_size=60).map(lambda p: "".join(p).encode())))
def test_fuzzed_csv_gives_a_report_or_a_clear_error(admin, data):
    _import(admin, data, "csv")


@FUZZ
@given(data=st.one_of(st.binary(max_size=2000),
                      st.lists(VCARD_PIECES, max_size=60).map(lambda p: "".join(p).encode("utf-8", "surrogatepass"))))
def test_fuzzed_vcard_gives_a_report_or_a_clear_error(admin, data):
    _import(admin, data, "vcard")


WORDS = st.sampled_from(["init", "user", "add", "list", "passwd", "import", "export", "search", "customer", "show",
                         "set", "delete", "backup", "backups", "verify", "restore", "audit", "privacy", "erase",
                         "sync", "device", "conflicts", "--json", "--user", "--totp", "--password-stdin", "--to",
                         "--format", "--out", "--limit", "-1", "99999999999999999999", "", "\x00", "--", "=",
                         "s3://", "sftp://x@[::1", "file:///dev/zero", "a=b", "--deep", "--yes"])


@settings(max_examples=int(os.environ.get("VAULTCRM_FUZZ_EXAMPLES", "60")) * 2, deadline=5000,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(argv=st.lists(st.one_of(WORDS, st.text(max_size=12)), max_size=8))
def test_fuzzed_command_lines_end_with_a_status_not_a_traceback(argv, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # whatever a random line names is made here, nowhere else
    r = run_cli(argv)
    assert isinstance(r.status, int) and 0 <= r.status <= 5, r
    assert "Traceback" not in r.err and "Unexpected error" not in r.err, (argv, r.err)


@pytest.fixture
def keyslots_body(vault_info):
    return json.loads((vault_info.path / "keyslots.json").read_text())


def _mutate(value, path: list, new):
    if not path:
        return new
    key = path[0] % len(value) if isinstance(value, list) and value else path[0]
    if isinstance(value, dict) and value:
        key = sorted(value)[path[0] % len(value)]
    elif not isinstance(value, list) or not value:
        return new
    value = value.copy()
    value[key] = _mutate(value[key], path[1:], new)
    return value


JSONISH = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=20),
                       lambda kids: st.lists(kids, max_size=4) | st.dictionaries(st.text(max_size=8), kids, max_size=4),
                       max_leaves=10)


@FUZZ
@given(where=st.lists(st.integers(0, 50), max_size=4), new=JSONISH, raw=st.binary(max_size=300))
def test_fuzzed_keyslots_are_refused_clearly(keyslots_body, where, new, raw):
    for data in (json.dumps(_mutate(keyslots_body, where, new)).encode(), raw):
        try:
            KeySlots.from_bytes(data)
        except CrmError:
            pass


@FUZZ
@given(data=st.binary(max_size=3000))
def test_fuzzed_sync_segments_are_refused_clearly(data):
    with pytest.raises(CrmError):
        segment.split(data, "fuzz")


@FUZZ
@given(data=st.binary(max_size=4000), tarry=st.booleans())
def test_fuzzed_archives_fail_verification_cleanly(tmp_path_factory, data, tarry):
    folder = tmp_path_factory.mktemp("archive")
    name = "11111111-2222-3333-4444-555555555555-20260101T000000.000Z.crmbak"
    (folder / name).write_bytes((b"age-encryption.org/v1\n" if tarry else b"") + data)
    r = run_cli(["verify", folder / name, "--json"])
    assert r.status in (1, 2, 4), r
    assert "Traceback" not in r.err and "Unexpected error" not in r.err, r.err


@pytest.mark.parametrize("kind", ["dev-zero", "fifo", "folder"])
def test_crafted_input_files_are_refused_clearly(vault_info, tmp_path, kind):
    if kind == "dev-zero":
        path = "/dev/zero"
    elif kind == "fifo":
        path = tmp_path / "pipe.csv"
        os.mkfifo(path)  # nobody writes: reading it would hang
    else:
        path = tmp_path / "folder.csv"
        path.mkdir()
    r = run_cli(["import", vault_info.path, path, *signin(vault_info), "--format", "csv"],
                stdin=vault_info.password + "\n")
    assert r.status in (1, 2) and r.err.startswith("error: ") and "Traceback" not in r.err, r


@pytest.mark.slow
@pytest.mark.skipif(os.environ.get("VAULTCRM_RELIABILITY", "").lower() != "full",
                    reason="writes a 1 GiB file: VAULTCRM_RELIABILITY=full")
def test_a_1_gib_csv_is_refused_with_bounded_memory_and_time(vault_info, tmp_path):
    import resource
    import time

    path = tmp_path / "huge.csv"
    chunk = "".join(f"Given{k},Family{k},g{k}@example.org,a note of some length\n" for k in range(20_000)).encode()
    with open(path, "wb") as fh:  # streamed: never held in memory
        fh.write(b"given_name,family_name,email,notes\n")
        while fh.tell() < 2**30:
            fh.write(chunk)
    s = vault_info.sign_in()
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    with open("/proc/self/statm") as fh:
        vm = int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    resource.setrlimit(resource.RLIMIT_AS, (vm + 256 * 2**20, hard))  # reading it whole would fail
    try:
        start = time.monotonic()
        with pytest.raises(CrmError, match="at most 512 MB"):
            importing.import_file(s, path, format="csv")
        assert time.monotonic() - start < 5
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))
        s.close()
    path.unlink()
