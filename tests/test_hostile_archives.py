"""Crafted archives (issue 18's catalogue), each signed with the vault's own key as someone
holding it could: members named ``../`` or with an absolute path, links, devices and FIFOs, a
huge name header, a member declaring 2 GB, a downgraded format. Deep verify refuses each with
exit 4 and one line, and a restore refuses it and writes nothing, neither at the destination nor
beside it. (An archive of another vault: tests/test_backup_folder.py; weakened Argon2 parameters
in keyslots.json: tests/test_vault_unlock.py.)"""
from __future__ import annotations

import io
import json
import tarfile

import pyrage
import pytest

from tests.conftest import key_file, run_cli
from tests.test_archive_member_messages import forge, members, resign


def _tar(entries: list[tuple[tarfile.TarInfo, bytes]]) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.GNU_FORMAT) as tar:
        for info, data in entries:
            tar.addfile(info, io.BytesIO(data) if info.isreg() else None)
    return buf.getvalue()


def _member(name: str, data: bytes = b"", kind: bytes = tarfile.REGTYPE, **extra) -> tuple[tarfile.TarInfo, bytes]:
    info = tarfile.TarInfo(name)
    info.type, info.size = kind, len(data) if kind == tarfile.REGTYPE else 0
    for k, val in extra.items():
        setattr(info, k, val)
    return info, data


def _declares_2gb(files: dict[str, bytes]) -> bytes:
    """A tar whose first member's header declares 2 GiB, followed by a few bytes only."""
    info = tarfile.TarInfo("vault.db")
    info.size = 2 * 1024 ** 3
    head = info.tobuf(format=tarfile.GNU_FORMAT)
    return head + files["vault.db"][:4096] + b"\0" * 1024


CASES = ["dotdot", "absolute", "symlink", "hardlink", "device", "fifo", "huge-name", "2gb", "old-format"]


def _forged(v, files: dict[str, bytes], case: str, path) -> None:
    recipient = pyrage.x25519.Identity.from_str(v.recovery_key).to_public()
    regular = [_member(n, d) for n, d in files.items()]
    extra = {
        "dotdot": [_member("../escaped.txt", b"out")],
        "absolute": [_member(f"{path.parent}/absolute.txt", b"out")],
        "symlink": [_member("link", kind=tarfile.SYMTYPE, linkname="/etc/passwd")],
        "hardlink": [_member("hard", kind=tarfile.LNKTYPE, linkname="/etc/passwd")],
        "device": [_member("zero", kind=tarfile.CHRTYPE, devmajor=1, devminor=5)],
        "fifo": [_member("pipe", kind=tarfile.FIFOTYPE)],
        "huge-name": [_member("n" * (4 * 1024 * 1024), b"x")],
    }
    if case == "2gb":
        plain = _declares_2gb(files)
    elif case == "old-format":
        manifest = json.loads(files["manifest.json"])
        forge(v, path, {**files, "manifest.json": json.dumps(dict(manifest, format=0)).encode()})
        return
    else:
        plain = _tar(extra[case] + regular)
    path.write_bytes(pyrage.encrypt(plain, [recipient]))


@pytest.mark.parametrize("case", CASES)
def test_crafted_archives_are_refused_and_write_nothing(backed_up, tmp_path, case):
    v, target, out, _ = backed_up
    files = members(v, target / out["archive"])
    forged_dir = tmp_path / "forged"
    forged_dir.mkdir()
    forged = forged_dir / out["archive"]
    _forged(v, files, case, forged)
    resign(v, target / (out["archive"] + ".sig"), forged)
    key = key_file(v, tmp_path)
    r = run_cli(["verify", forged, "--deep", "--recovery-key-file", key, "--json"])
    assert r.status == 4, (r.out, r.err)
    assert "Traceback" not in r.err
    before = sorted(p.name for p in tmp_path.iterdir())
    dest = tmp_path / "restored"
    r = run_cli(["restore", forged, "--to", dest, "--recovery-key-file", key])
    assert r.status == 4 and r.err.startswith("error: ") and len(r.err.strip().splitlines()) == 1, (r.status, r.err)
    assert not dest.exists() or not any(dest.iterdir())
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "restored") == before
    assert not list(tmp_path.rglob("escaped.txt")) and not list(tmp_path.rglob("absolute.txt"))
