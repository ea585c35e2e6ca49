"""Issue 10, item 12: a forged archive is refused with a message that says what is wrong with it
(an oversized manifest is "too large", not an "unexpected member"; an extended tar header is named)."""
from __future__ import annotations

import hashlib
import io
import json
import tarfile

import pyrage
import pytest

from tests.conftest import key_file, run_cli
from vault.backup import signature

pytestmark = pytest.mark.usefixtures("isolated_config")


def members(v, archive) -> dict[str, bytes]:
    identity = pyrage.x25519.Identity.from_str(v.recovery_key)
    plain = pyrage.decrypt(archive.read_bytes(), [identity])
    with tarfile.open(fileobj=io.BytesIO(plain)) as tar:
        return {m.name: tar.extractfile(m).read() for m in tar.getmembers()}


def forge(v, path, files: dict[str, bytes], *, fmt=tarfile.USTAR_FORMAT, pax=None, twice=None) -> None:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=fmt) as tar:
        for name, data in [*([(twice, files[twice])] if twice else []), *files.items()]:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            if pax and name == "manifest.json":
                info.pax_headers = pax
            tar.addfile(info, io.BytesIO(data))
    recipient = pyrage.x25519.Identity.from_str(v.recovery_key).to_public()
    path.write_bytes(pyrage.encrypt(buf.getvalue(), [recipient]))


def resign(v, sig_path, archive) -> None:
    """A valid signature for the forged archive, made with the vault's own signing key."""
    doc = json.loads(sig_path.read_text())
    data = archive.read_bytes()
    signed = dict(doc["signed"], sha256=hashlib.sha256(data).hexdigest(), size=len(data))
    s = v.sign_in()
    try:
        key = s.vault.signing_key()
    finally:
        s.close()
    (archive.parent / sig_path.name).write_bytes(signature.sign(signed, key))


@pytest.mark.parametrize("case, expected", [
    ("big-manifest", "manifest.json in the archive is too large"),
    ("pax", "extended tar header"),
    ("twice", "keyslots.json appears twice"),
    ("stranger", "Unexpected member in the archive: 'notes.txt'"),
])
def test_forged_archive_says_what_is_wrong(backed_up, tmp_path, case, expected):
    v, target, out, _ = backed_up
    files = members(v, target / out["archive"])
    (tmp_path / "forged").mkdir()
    forged = tmp_path / "forged" / out["archive"]
    if case == "big-manifest":
        files["manifest.json"] = files["manifest.json"] + b" " * (5 * 1024 * 1024)
        forge(v, forged, files)
    elif case == "pax":
        forge(v, forged, files, fmt=tarfile.PAX_FORMAT, pax={"comment": "made elsewhere"})
    elif case == "twice":
        forge(v, forged, files, twice="keyslots.json")
    else:
        forge(v, forged, {"notes.txt": b"hello", **files})
    resign(v, target / (out["archive"] + ".sig"), forged)  # as someone holding the vault key would
    r = run_cli(["verify", forged, "--deep", "--recovery-key-file", key_file(v, tmp_path), "--json"])
    assert r.status == 4
    assert expected in r.out + r.err, r.out
