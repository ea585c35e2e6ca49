"""Loopback test servers for the backup targets, started once per test session on 127.0.0.1:
OpenSSH ``sshd`` (host key and client key made here; the client key is served by an
``ssh-agent`` the session starts), a WebDAV server (wsgidav on cheroot) and an S3-compatible
server (moto's ThreadedMotoServer). Use with ``pytest_plugins = ["tests.servers"]``."""
from __future__ import annotations

import contextlib
import getpass
import os
import shutil
import socket
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

SSHD = shutil.which("sshd") or shutil.which("sshd", path="/usr/sbin:/sbin:/usr/local/sbin")
WEBDAV_USER, WEBDAV_PASSWORD = "tester", "webdav-secret-for-tests"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_port(port: int, timeout: float = 15.0) -> None:
    end = time.time() + timeout
    while time.time() < end:
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return
        time.sleep(0.05)
    raise RuntimeError(f"nothing listens on 127.0.0.1:{port}")


@dataclass
class SshServer:
    host: str
    port: int
    user: str
    root: Path
    host_key_pub: str

    def url(self, sub: str) -> str:
        return f"sftp://{self.user}@{self.host}:{self.port}{self.root / sub}"


@pytest.fixture(scope="session")
def sshd_server(tmp_path_factory):
    if not SSHD or not shutil.which("ssh-agent") or not shutil.which("ssh-keygen"):
        pytest.skip("OpenSSH server/agent not installed (python3 .ci/dev.py test installs openssh-server)")
    base = tmp_path_factory.mktemp("sshd")
    os.chmod(base, 0o700)
    for name in ("host_ed25519", "client_ed25519"):
        subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(base / name)], check=True)
    (base / "authorized_keys").write_text((base / "client_ed25519.pub").read_text())
    os.chmod(base / "authorized_keys", 0o600)
    root = base / "files"
    root.mkdir()
    port = free_port()
    user = getpass.getuser()
    (base / "sshd_config").write_text(f"""
Port {port}
ListenAddress 127.0.0.1
HostKey {base / 'host_ed25519'}
PidFile {base / 'sshd.pid'}
AuthorizedKeysFile {base / 'authorized_keys'}
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
PermitRootLogin prohibit-password
StrictModes no
UsePAM no
AllowUsers {user}
Subsystem sftp internal-sftp
""")
    if os.geteuid() == 0:
        os.makedirs("/run/sshd", exist_ok=True)
    sshd = subprocess.Popen([SSHD, "-D", "-e", "-f", str(base / "sshd_config")], stdout=subprocess.DEVNULL,
                            stderr=open(base / "sshd.log", "wb"))
    sock = base / "agent.sock"
    agent = subprocess.Popen(["ssh-agent", "-D", "-a", str(sock)], stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
    mp = pytest.MonkeyPatch()
    try:
        for _ in range(100):
            if sock.exists():
                break
            time.sleep(0.05)
        mp.setenv("SSH_AUTH_SOCK", str(sock))
        subprocess.run(["ssh-add", "-q", str(base / "client_ed25519")], check=True, env=dict(os.environ),
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            wait_port(port)
        except RuntimeError:
            pytest.skip("sshd did not start: " + (base / "sshd.log").read_text()[-500:])
        yield SshServer("127.0.0.1", port, user, root, (base / "host_ed25519.pub").read_text().strip())
    finally:
        mp.undo()
        for proc in (sshd, agent):
            proc.terminate()
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(5)


@dataclass
class DavServer:
    port: int
    root: Path

    def url(self, sub: str, secure: bool = False) -> str:
        return f"webdav://{WEBDAV_USER}@127.0.0.1:{self.port}/{sub}"


@pytest.fixture(scope="session")
def webdav_server(tmp_path_factory):
    from cheroot import wsgi
    from wsgidav.wsgidav_app import WsgiDAVApp

    root = tmp_path_factory.mktemp("webdav")
    port = free_port()
    app = WsgiDAVApp({
        "host": "127.0.0.1", "port": port,
        "provider_mapping": {"/": str(root)},
        "simple_dc": {"user_mapping": {"*": {WEBDAV_USER: {"password": WEBDAV_PASSWORD}}}},
        "http_authenticator": {"accept_basic": True, "accept_digest": False, "default_to_digest": False},
        "verbose": 0, "logging": {"enable": False}, "lock_storage": True,
    })
    server = wsgi.Server(("127.0.0.1", port), app, numthreads=8)
    thread = threading.Thread(target=server.start, daemon=True)
    thread.start()
    wait_port(port)
    mp = pytest.MonkeyPatch()
    mp.setenv("VAULTCRM_WEBDAV_PASSWORD", WEBDAV_PASSWORD)
    try:
        yield DavServer(port, root)
    finally:
        mp.undo()
        server.stop()


@dataclass
class S3Server:
    endpoint: str
    bucket: str

    def url(self, sub: str) -> str:
        return f"s3://{self.bucket}/{sub}"


@pytest.fixture(scope="session")
def s3_server():
    from moto.server import ThreadedMotoServer

    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    wait_port(port)
    endpoint = f"http://127.0.0.1:{port}"
    mp = pytest.MonkeyPatch()
    for k, v in {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing",
                 "AWS_DEFAULT_REGION": "us-east-1", "AWS_ENDPOINT_URL": endpoint}.items():
        mp.setenv(k, v)
    try:
        import boto3

        boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1").create_bucket(Bucket="vaultcrm-tests")
        yield S3Server(endpoint, "vaultcrm-tests")
    finally:
        mp.undo()
        server.stop()
