#!/usr/bin/env python3
"""Backup benchmark: our backup and deep verify beside ``cp`` (the floor) and restic.

    python bench/backup.py [--sizes 100,1000] [--repeat 3] [--keep DIR]

For each size (MB) it builds a throwaway vault (Argon2id at the floor) with a bulk table of
incompressible rows up to that size, then times, each in its own process so peak memory
(max RSS) is that operation's alone:

- ``cp`` of vault.db (the floor),
- our backup to a folder (snapshot, tar, age, upload protocol with read-back, signature),
- our deep verify (hash + decrypt + member hashes + integrity_check + cipher_integrity_check),
- ``restic backup`` of the same vault.db into a fresh local repository (first backup), and
  ``restic check --read-data``.

Each operation runs ``--repeat`` times, interleaved with the others; the fastest run is
reported (the least disturbed by other work on the machine) beside the slowest. Prints a
Markdown table (paste it into docs/BENCHMARKS.md, "## Backups").
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def make_vault(folder: Path, size_mb: int) -> str:
    from app import auth
    from vault import kdf

    session, creation = auth.create_vault(folder, "bench", "correct horse battery staple bench",
                                          kdf_params=kdf.FLOOR)
    try:
        conn = session.conn
        conn.execute("CREATE TABLE bench_bulk (id INTEGER PRIMARY KEY, label TEXT, payload BLOB)")
        target = size_mb * 1024 * 1024
        batch = [None] * 1000
        while (folder / "vault.db").stat().st_size + (folder / "vault.db-wal").stat().st_size < target \
                if (folder / "vault.db-wal").exists() else (folder / "vault.db").stat().st_size < target:
            conn.execute("BEGIN")
            conn.executemany("INSERT INTO bench_bulk (label, payload) VALUES (?, ?)",
                             [(os.urandom(12).hex(), os.urandom(1000)) for _ in batch])
            conn.execute("COMMIT")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        session.close()
    return creation.recovery_key


def _hwm_kb(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def child(argv: list[str]) -> dict:
    """Run one measured operation in a fresh process; return its wall time and peak RSS
    (VmHWM of the process itself, sampled every 5 ms: ru_maxrss would include what a forked
    child inherits from this parent)."""
    t = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=dict(os.environ))
    peak = 0
    while proc.poll() is None:
        kb = _hwm_kb(proc.pid)
        if kb:
            peak = max(peak, kb)
        time.sleep(0.005)
    elapsed = time.perf_counter() - t
    out, err = proc.stdout.read(), proc.stderr.read()
    if proc.returncode != 0:
        raise RuntimeError(f"{argv[:3]} failed: {err.decode()[-400:]}")
    return {"seconds": elapsed, "max_rss_mb": peak / 1024, "out": out.decode()[-2000:]}


def op_backup(vault: str, target: str, key_file: str) -> None:
    from app import backups
    from app.session import recovery_session
    from vault import core

    ident = Path(key_file).read_text().strip()
    session = recovery_session(core.unlock_with_recovery_key(vault, ident))
    phases: dict[str, float] = {}
    last = [time.perf_counter(), None]

    def progress(phase, done, total):
        now = time.perf_counter()
        if phase != last[1]:
            if last[1]:
                phases[last[1]] = phases.get(last[1], 0.0) + now - last[0]
            last[0], last[1] = now, phase

    try:
        t = time.perf_counter()
        from vault.jobs import JobContext

        out = backups.run_backup(session, target, job=JobContext(progress))
        progress("end", 0, 0)
        print(json.dumps({"inner_seconds": time.perf_counter() - t, "phases": phases, **out}))
    finally:
        session.close()


def op_verify(archive: str, key_file: str) -> None:
    from app import backups

    t = time.perf_counter()
    out = backups.verify_archive(archive, deep=True, identity=Path(key_file).read_text().strip())
    if not out["ok"]:
        raise SystemExit(json.dumps(out))
    print(json.dumps({"inner_seconds": time.perf_counter() - t, "ok": out["ok"]}))


def phases_line(r: dict) -> str:
    info = json.loads(r["backup"]["out"].strip().splitlines()[-1])
    return ", ".join(f"{k} {v:.2f} s" for k, v in info["phases"].items())


def _best(runs: list[dict]) -> dict:
    """The fastest of the repeats (the least disturbed by other work on the machine), with the
    slowest kept for the record."""
    best = dict(min(runs, key=lambda m: m["seconds"]))
    best["slowest"] = max(m["seconds"] for m in runs)
    best["max_rss_mb"] = max(m["max_rss_mb"] for m in runs)
    return best


def bench(size_mb: int, work: Path, repeat: int = 1) -> dict:
    vault = work / f"vault-{size_mb}"
    t = time.perf_counter()
    key = make_vault(vault, size_mb)
    build = time.perf_counter() - t
    key_file = work / "recovery.txt"
    key_file.write_text(key + "\n")
    db = vault / "vault.db"
    res = {"size_mb": round(db.stat().st_size / 1e6, 1), "build_s": round(build, 1)}
    subprocess.run(["sync"])
    env_py = [sys.executable, __file__]
    runs: dict[str, list] = {k: [] for k in ("cp", "backup", "verify", "restic_backup", "restic_check")}
    for i in range(repeat):  # interleaved, so a busy spell hits every tool alike
        runs["cp"].append(child(["cp", str(db), str(work / "copy.db")]))
        os.unlink(work / "copy.db")
        target = work / f"backups-{i}"
        runs["backup"].append(child([*env_py, "_backup", str(vault), str(target), str(key_file)]))
        archive = json.loads(runs["backup"][-1]["out"].strip().splitlines()[-1])["archive"]
        res["archive_mb"] = round((target / archive).stat().st_size / 1e6, 1)
        runs["verify"].append(child([*env_py, "_verify", str(target / archive), str(key_file)]))
        shutil.rmtree(target, ignore_errors=True)
        if shutil.which("restic"):
            repo = work / f"restic-{i}"
            os.environ["RESTIC_PASSWORD"] = "bench-password"
            os.environ["RESTIC_REPOSITORY"] = str(repo)
            subprocess.run(["restic", "init", "-q"], check=True, capture_output=True)
            runs["restic_backup"].append(child(["restic", "backup", "-q", str(db)]))
            runs["restic_check"].append(child(["restic", "check", "-q", "--read-data"]))
            shutil.rmtree(repo, ignore_errors=True)
    for k, v in runs.items():
        if v:
            res[k] = _best(v)
    shutil.rmtree(vault, ignore_errors=True)
    return res


def table(results: list[dict]) -> str:
    lines = ["| vault.db | operation | best (s) | slowest (s) | peak RSS (MB) | best vs restic's best |",
             "| --- | --- | ---: | ---: | ---: | ---: |"]
    for r in results:
        for key, label, ref in (("cp", "`cp` (floor)", None), ("backup", "VaultCRM backup (folder)", "restic_backup"),
                                ("restic_backup", "`restic backup` (first)", None),
                                ("verify", "VaultCRM deep verify", "restic_check"),
                                ("restic_check", "`restic check --read-data`", None)):
            if key not in r:
                continue
            m = r[key]
            ratio = f"{m['seconds'] / r[ref]['seconds']:.2f}×" if ref and ref in r else ""
            lines.append(f"| {r['size_mb']} MB | {label} | {m['seconds']:.2f} | {m['slowest']:.2f} "
                         f"| {m['max_rss_mb']:.0f} | {ratio} |")
    return "\n".join(lines)


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "_backup":
        return op_backup(*sys.argv[2:5])
    if len(sys.argv) > 1 and sys.argv[1] == "_verify":
        return op_verify(*sys.argv[2:4])
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="100,1000", help="vault sizes in MB")
    ap.add_argument("--keep", help="work folder (default: a temporary one, removed)")
    ap.add_argument("--repeat", type=int, default=3, help="runs of each operation; the fastest is reported")
    args = ap.parse_args()
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="vaultcrm-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("VAULTCRM_CONFIG_DIR", str(work / "config"))
    try:
        results = []
        for size in [int(s) for s in args.sizes.split(",")]:
            r = bench(size, work, args.repeat)
            results.append(r)
            print(f"# {size} MB: built in {r['build_s']} s, archive {r['archive_mb']} MB; backup phases: "
                  f"{phases_line(r)}", flush=True)
        print(table(results))
        print(json.dumps([{k: ({kk: vv for kk, vv in v.items() if kk != "out"} if isinstance(v, dict) else v)
                           for k, v in r.items()} for r in results]))
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
