"""The bundle's smoke test: the .deb unpacked into a scratch root (``dpkg -x``, no root needed), its
``vaultcrm`` run from there as a user would. Stdlib only; oathtool makes the TOTP codes."""
from __future__ import annotations

import json
import os
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

PASSWORD = "smoke test vault passphrase 42"


def log(msg: str) -> None:
    print(f"[smoke] {msg}", flush=True)


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file's size and modification time (a write inside the install folder changes one)."""
    return {str(p.relative_to(folder)): (p.lstat().st_size, p.lstat().st_mtime_ns) for p in folder.rglob("*")}


class Runner:
    def __init__(self, exe: Path, scratch: Path):
        self.exe = exe
        self.env = dict(os.environ, QT_QPA_PLATFORM="offscreen", VAULTCRM_LANG="en",
                        VAULTCRM_CONFIG_DIR=str(scratch / "config"), HOME=str(scratch / "home"),
                        XDG_CONFIG_HOME=str(scratch / "home" / ".config"),
                        XDG_DATA_HOME=str(scratch / "home" / ".local" / "share"),
                        XDG_CACHE_HOME=str(scratch / "home" / ".cache"))
        for var in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"):  # the bundle must stand alone
            self.env.pop(var, None)
        (scratch / "home").mkdir()
        self.cwd = scratch

    def run(self, *args: str, stdin: str = "", extra_env: dict | None = None, check: bool = True):
        proc = subprocess.run([str(self.exe), *args], input=stdin, capture_output=True, text=True, timeout=300,
                              env={**self.env, **(extra_env or {})}, cwd=self.cwd)
        if check and proc.returncode != 0:
            raise SystemExit(f"vaultcrm {' '.join(args[:1])} exited {proc.returncode}: {proc.stderr[-2000:]}")
        return proc

    def json(self, *args: str, stdin: str = "") -> object:
        return json.loads(self.run(*args, "--json", stdin=stdin).stdout)


def totp(secret: str, next_step: bool = False) -> str:
    if next_step:  # a code is accepted once: wait for the next 30-second step
        time.sleep(30 - time.time() % 30 + 0.5)
    return subprocess.run(["oathtool", "--totp", "-b", secret], capture_output=True, text=True,
                          check=True).stdout.strip()


def cli_round(r: Runner, scratch: Path, ver: str) -> Path:
    out = r.run("--version").stdout.strip()
    assert out == f"vaultcrm {ver}", out
    log(f"--version: {out}")
    vault = scratch / "vault"
    created = r.json("init", str(vault), "--user", "admin", "--password-stdin", "--kdf", "floor",
                     stdin=PASSWORD + "\n")
    secret = created["totp_secret"]
    users = r.json("user", "list", str(vault), "--user", "admin", "--password-stdin", "--totp", totp(secret),
                   stdin=PASSWORD + "\n")
    assert [u["user"] if "user" in u else u.get("username") for u in users] == ["admin"], users
    log("init + user list: ok")
    backups = scratch / "backups"
    backups.mkdir()
    made = r.json("backup", str(vault), "--user", "admin", "--password-stdin", "--totp", totp(secret, True),
                  "--to", str(backups), stdin=PASSWORD + "\n")
    assert made["verified"], made
    key_file = scratch / "recovery-key.txt"
    key_file.write_text(created["recovery_key"] + "\n", encoding="utf-8")
    archive = made["archive"] if os.path.isabs(made["archive"]) else str(backups / made["archive"])
    checked = r.json("verify", archive, "--deep", "--recovery-key-file", str(key_file))
    assert checked["ok"], checked
    log(f"backup + verify --deep: ok ({len(checked['checks'])} checks)")
    return vault


def gui_start(r: Runner, scratch: Path, vault: Path, runs: int = 3) -> list[float]:
    """Process start to the sign-in panel shown (the vault used last), offscreen; the first run is
    the cold one (nothing of the bundle in the page cache yet, unless the CLI runs put it there)."""
    (scratch / "config").mkdir(exist_ok=True)
    (scratch / "config" / "settings.json").write_text(json.dumps({"ui.recent_vaults": [str(vault)]}))
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        proc = r.run(extra_env={"VAULTCRM_EXIT_WHEN_SHOWN": "1"})
        times.append(time.perf_counter() - t0)
        shown = [line for line in proc.stdout.splitlines() if line.startswith("shown")]
        assert shown and "signin" in shown[0], (proc.stdout, proc.stderr[-2000:])
    log(f"GUI to the sign-in panel: {', '.join(f'{t:.2f} s' for t in times)}")
    return times


def smoke_test(deb: Path, ver: str, tarball: Path | None = None) -> int:
    with tempfile.TemporaryDirectory(prefix="vaultcrm-smoke-") as tmp:
        scratch = Path(tmp)
        root = scratch / "root"
        subprocess.run(["dpkg", "-x", str(deb), str(root)], check=True)
        exe = root / "usr" / "bin" / "vaultcrm"
        assert (root / "usr" / "share" / "applications" / "vaultcrm.desktop").is_file()
        assert (root / "usr" / "share" / "icons" / "hicolor" / "scalable" / "apps" / "vaultcrm.svg").is_file()
        install = root / "opt" / "vaultcrm"
        for p in [install, *install.rglob("*")]:  # as installed by root: the user cannot write there
            if p.is_dir() and not p.is_symlink():
                p.chmod(0o555)
        before = snapshot(install)
        work = scratch / "work"
        work.mkdir()
        r = Runner(exe, work)
        vault = cli_round(r, work, ver)
        times = gui_start(r, work, vault)
        after = snapshot(install)
        assert after == before, f"written inside the install folder: {sorted(set(after) ^ set(before))[:10]}"
        for p in [install, *install.rglob("*")]:
            if p.is_dir() and not p.is_symlink():
                p.chmod(0o755)
        log("nothing written inside /opt/vaultcrm")
    size = f"{tarball.stat().st_size / 1e6:.1f} MB .tar.gz, " if tarball else ""
    log(f"figures: {size}{deb.stat().st_size / 1e6:.1f} MB .deb, cold start {times[0]:.2f} s, "
        f"warm median {statistics.median(times[1:] or times):.2f} s")
    return 0
