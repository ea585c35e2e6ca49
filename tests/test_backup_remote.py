"""Round trips against real servers on 127.0.0.1: OpenSSH sshd (SFTP), wsgidav (WebDAV) and
moto (S3): backup, list, quick and deep verify, restore, sign in, same rows. Plus SFTP host-key
pinning (never silently trusted; a changed key is refused)."""
from __future__ import annotations

import pytest

from tests.conftest import PASSWORD, add_rows, backup, key_file, listing, run_cli, signin, table_digest

pytest_plugins = ["tests.servers"]
pytestmark = [pytest.mark.servers, pytest.mark.usefixtures("isolated_config")]


def round_trip(v, url, tmp_path, *extra):
    digest = add_rows(v, n=25, size=2048)
    r = backup(v, url, *extra)
    assert r.status == 0, r.err
    out = r.json
    assert out["verified"]
    r2 = backup(v, url, *extra)  # a second one chains to the first
    assert r2.status == 0 and r2.json["sequence"] == out["sequence"] + 1, r2.err
    rows = listing(url, "--vault", v.path, *extra)
    assert sorted(x["state"] for x in rows) == ["ok", "ok"]
    archive_url = url.rstrip("/") + "/" + out["archive"]
    q = run_cli(["verify", archive_url, "--json", *extra])
    assert q.status == 0 and q.json["ok"], q.out + q.err
    keyf = key_file(v, tmp_path)
    d = run_cli(["verify", archive_url, "--deep", "--recovery-key-file", keyf, "--json", *extra])
    assert d.status == 0 and d.json["ok"], d.out + d.err
    dest = tmp_path / "restored"
    r = run_cli(["restore", archive_url, "--to", dest, "--recovery-key-file", keyf, "--json", *extra])
    assert r.status == 0, r.err
    v.path = dest
    s = v.sign_in()
    try:
        assert table_digest(s.conn) == digest
    finally:
        s.close()
    return out


def test_sftp_round_trip(vault_info, sshd_server, tmp_path):
    url = sshd_server.url(f"rt-{tmp_path.name}")
    r = backup(vault_info, url)  # first contact: the host key is shown, not trusted
    assert r.status == 1 and "--trust-host-key" in r.err and "SHA256:" in r.err, r.err
    out = round_trip(vault_info, url, tmp_path, "--trust-host-key")
    assert (sshd_server.root / f"rt-{tmp_path.name}" / out["archive"]).exists()
    # pinned now: later commands need no flag
    assert [x["state"] for x in listing(url)] == ["ok", "ok"]


def test_sftp_changed_host_key_is_refused(vault_info, sshd_server, isolated_config, tmp_path):
    import subprocess

    other = tmp_path / "other_host_key"
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(other)], check=True)
    isolated_config.mkdir(parents=True, exist_ok=True)
    pub = other.with_suffix(".pub").read_text().split()
    (isolated_config / "known_hosts").write_text(f"[127.0.0.1]:{sshd_server.port} {pub[0]} {pub[1]}\n")
    url = sshd_server.url(f"hk-{tmp_path.name}")
    r = run_cli(["backups", url, "--trust-host-key"])  # the flag never overrides a pinned key
    assert r.status == 1 and "differs" in r.err, r.err


def test_webdav_round_trip(vault_info, webdav_server, tmp_path):
    url = webdav_server.url(f"rt-{tmp_path.name}")
    out = round_trip(vault_info, url, tmp_path)
    assert (webdav_server.root / f"rt-{tmp_path.name}" / out["archive"]).exists()
    assert not [p for p in (webdav_server.root / f"rt-{tmp_path.name}").iterdir() if ".partial-" in p.name]


def test_s3_round_trip(vault_info, s3_server, tmp_path):
    url = s3_server.url(f"rt-{tmp_path.name}")
    out = round_trip(vault_info, url, tmp_path, "--s3-endpoint", s3_server.endpoint)
    import boto3

    keys = [o["Key"] for o in boto3.client("s3", endpoint_url=s3_server.endpoint).list_objects_v2(
        Bucket=s3_server.bucket, Prefix=f"rt-{tmp_path.name}/")["Contents"]]
    assert f"rt-{tmp_path.name}/{out['archive']}" in keys and not [k for k in keys if ".partial-" in k]


def test_s3_damaged_archive_fails(vault_info, s3_server, tmp_path):
    url = s3_server.url(f"dmg-{tmp_path.name}")
    r = backup(vault_info, url)
    assert r.status == 0, r.err
    import boto3

    s3 = boto3.client("s3", endpoint_url=s3_server.endpoint)
    key = f"dmg-{tmp_path.name}/{r.json['archive']}"
    data = bytearray(s3.get_object(Bucket=s3_server.bucket, Key=key)["Body"].read())
    data[len(data) // 2] ^= 0x80
    s3.put_object(Bucket=s3_server.bucket, Key=key, Body=bytes(data))
    assert run_cli(["verify", f"{url}/{r.json['archive']}"]).status == 4
    d = run_cli(["verify", f"{url}/{r.json['archive']}", "--deep", "--recovery-key-file", key_file(vault_info, tmp_path)])
    assert d.status == 4


def test_webdav_credentials_in_vault_when_no_keyring(vault_info, webdav_server, tmp_path, monkeypatch):
    monkeypatch.delenv("VAULTCRM_WEBDAV_PASSWORD")
    url = webdav_server.url(f"cred-{tmp_path.name}")
    r = backup(vault_info, url)
    assert r.status == 1 and "backup-login" in r.err
    from tests.servers import WEBDAV_PASSWORD

    # this machine's keyring is a plaintext file (keyrings.alt) or none: refused, the vault offered
    r = run_cli(["backup-login", url, "--password-stdin"], stdin=WEBDAV_PASSWORD + "\n")
    from vault.backup import credentials

    if not credentials.keyring_status()[0]:
        assert r.status == 1 and "inside the vault" in r.err
    r = run_cli(["backup-login", url, "--in-vault", "--vault", vault_info.path, *signin(vault_info), "--json"],
                stdin=PASSWORD + "\n" + WEBDAV_PASSWORD + "\n")
    assert r.status == 0 and r.json["stored_in"] == "vault", r.err
    r = backup(vault_info, url)
    assert r.status == 0, r.err


@pytest.mark.parametrize("kind", ["webdav", "s3"])
def test_remote_upload_killed_is_never_listed(vault_info, webdav_server, s3_server, tmp_path, monkeypatch, kind):
    from tests.conftest import run_cli_process

    add_rows(vault_info, n=30, size=4096)
    url = (webdav_server.url(f"kill-{tmp_path.name}") if kind == "webdav" else s3_server.url(f"kill-{tmp_path.name}"))
    codes = list(vault_info.recovery_codes)

    def run(kill: str | None):
        if kill:
            monkeypatch.setenv("VAULTCRM_TEST_KILL", kill)
        else:
            monkeypatch.delenv("VAULTCRM_TEST_KILL", raising=False)
        return run_cli_process(["backup", vault_info.path, "--user", vault_info.user, "--password-stdin",
                                "--recovery-code", codes.pop(), "--to", url, "--json"], stdin=PASSWORD + "\n")

    for point in ("upload-mid", "archive-published", "sig-written" if kind == "webdav" else "read-back-done"):
        r = run(point)
        assert r.status in (-9, 137), (point, r.status, r.err)
        monkeypatch.delenv("VAULTCRM_TEST_KILL")
        assert listing(url) == [], point
    r = run(None)
    assert r.status == 0, r.err
    assert [x["state"] for x in listing(url)] == ["ok"]


def test_s3_unfinished_uploads_are_aborted(vault_info, s3_server, tmp_path):
    import boto3

    from vault.backup.targets import open_target
    from vault.backup.upload import cleanup_stale

    s3 = boto3.client("s3", endpoint_url=s3_server.endpoint)
    prefix = f"mpu-{tmp_path.name}"
    key = f"{prefix}/{vault_info.vault_id}-20260101T000000.000Z.crmbak"
    s3.create_multipart_upload(Bucket=s3_server.bucket, Key=key)  # as a killed backup leaves it
    target = open_target(s3_server.url(prefix))
    removed = cleanup_stale(target, prefix=vault_info.vault_id, older_than=0)
    assert any("unfinished upload" in r for r in removed)
    assert not s3.list_multipart_uploads(Bucket=s3_server.bucket, Prefix=prefix).get("Uploads")
