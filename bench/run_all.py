"""Run every bench script and write docs/BENCHMARKS.md's summary table (issue 18).

    python bench/run_all.py [--quick] [--only unlock,audit] [--no-write]

Each script runs in its own process; its figures are ``FIGURE {json}`` lines (bench/common.py)
or, for scripts that print prose, the lines matched in SCRIPTS below. Beside each figure: its
floor or peer measured here (plain SQLite, ``cp``, restic when installed) and its target, with
the ratio. The table goes between the summary markers at the top of docs/BENCHMARKS.md; the
detailed sections below stay as their owners wrote them. ``--quick``: small sizes (a smoke run,
not figures to publish)."""
from __future__ import annotations

import argparse
import datetime
import os
import platform
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import figures_in, number  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "BENCHMARKS.md"
START, END = "<!-- summary:start (bench/run_all.py) -->", "<!-- summary:end -->"

# script: (full args, quick args, [(name, regex, unit, target, peer key)])
SCRIPTS = {
    "unlock": ([], ["--customers", "2000", "--runs", "3"], [
        ("unlock without Argon2id", r"everything else: median ([\d.]+) ms", "ms", "< 100 ms", None)]),
    "audit": ([], ["--entries", "5000", "--commits", "50", "--verify-entries", "20000"], [
        ("audit append, one commit each", r"commit each: audit.record ([\d.]+) ms/entry", "ms", "", "sqlite_commit_ms"),
        ("verify the audit chain", r"verify \d+ entries: ([\d.]+) s", "s", "< 10 s for 1 M", None)]),
    "backup": ([], ["--sizes", "20", "--repeat", "1"], [
        ("backup to a folder (largest size)", r"(?s).*VaultCRM backup \(folder\) \| ([\d.]+)", "s", "≤ 1.5× restic",
         r"re:(?s).*`cp` \(floor\) \| ([\d.]+)"),
        ("deep verify (largest size)", r"(?s).*VaultCRM deep verify \| ([\d.]+)", "s", "≤ 1.5× restic",
         r"re:(?s).*`cp` \(floor\) \| ([\d.]+)")]),
    "records": ([], ["--n", "5000", "--repeat", "3"], [
        ("CSV import through the service", r"through the service[^:]*: ([\d,]+) rows/s", "rows/s", "≥ 20,000 rows/s", "sqlite_rows_s")]),
    "sync": ([], ["--join", "1000", "--sizes", "1000", "--idle-rounds", "3", "--fields", "100"], [
        ("sync idle round", r"idle round[^:]*: A (\d+) ms", "ms", "< 300 ms", None)]),
    "ui": ([], ["--runs", "2"], [
        ("start to sign-in window", r"sign-in window shown[^:]*: median ([\d.]+) s", "s", "< 1.5 s", None)]),
}


def peers(work: Path) -> dict[str, float | str]:
    """Floors measured on this machine now: plain SQLite (WAL, synchronous=FULL), cp, restic."""
    db = sqlite3.connect(work / "plain.db", isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b TEXT)")
    t = time.perf_counter()
    for k in range(200):
        db.execute("INSERT INTO t (a, b) VALUES (?, ?)", (f"a{k}", "x" * 200))
    commit_ms = (time.perf_counter() - t) / 200 * 1000
    t = time.perf_counter()
    db.execute("BEGIN")
    db.executemany("INSERT INTO t (a, b) VALUES (?, ?)", ((f"a{k}", "x" * 200) for k in range(50_000)))
    db.execute("COMMIT")
    rows_s = 50_000 / (time.perf_counter() - t)
    db.close()
    blob = work / "blob"
    with open(blob, "wb") as fh:
        for _ in range(64):
            fh.write(os.urandom(1 << 20))
    t = time.perf_counter()
    subprocess.run(["cp", str(blob), str(work / "blob2")], check=True)
    subprocess.run(["sync"], check=False)
    cp_mb_s = 64 / (time.perf_counter() - t)
    restic = shutil.which("restic")
    return {"sqlite_commit_ms": commit_ms, "sqlite_rows_s": rows_s, "cp_mb_s": cp_mb_s,
            "restic": restic or "not installed"}


def run(script: str, args: list[str]) -> tuple[str, float]:
    t = time.perf_counter()
    proc = subprocess.run([sys.executable, str(ROOT / "bench" / f"{script}.py"), *args], cwd=ROOT,
                          capture_output=True, text=True, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    out = proc.stdout + ("" if proc.returncode == 0 else f"\n(exit {proc.returncode}) {proc.stderr[-500:]}")
    return out, time.perf_counter() - t


def fmt(value: float) -> str:
    return f"{value:,.0f}" if abs(value) >= 1000 else f"{value:.3g}"


def rows_for(script: str, out: str, floor: dict) -> list[str]:
    rows = []
    for f in figures_in(out):
        ratio = f"{f['value'] / f['peer_value']:.1f}×" if f.get("peer_value") else "—"
        rows.append(f"| {f['name']} | {fmt(f['value'])} {f['unit']} | {f.get('peer') or '—'} | {ratio} | "
                    f"{f.get('target') or '—'} |")
    for name, pattern, unit, target, peer in SCRIPTS[script][2]:
        value = number(pattern, out)
        if value is None:
            rows.append(f"| {name} | not measured ({script}.py printed no figure) | — | — | {target or '—'} |")
            continue
        peer_name = "plain SQLite"
        if peer and peer.startswith("re:"):  # the script's own floor (e.g. `cp` of the same file)
            pv, peer_name = number(peer[3:], out), "`cp` of the same file"
        else:
            pv = floor.get(peer) if peer else None
        ratio = "—"
        if isinstance(pv, float) and pv > 0 and value > 0:
            ratio = f"{(pv / value if unit.endswith('/s') else value / pv):.1f}×"
        peer_text = f"{peer_name} {fmt(pv)} {unit}" if isinstance(pv, float) else "—"
        rows.append(f"| {name} | {fmt(value)} {unit} | {peer_text} | {ratio} | {target or '—'} |")
    return rows


def table(results: dict, floor: dict, quick: bool) -> str:
    when = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = [START, "## Summary", "",
             f"`python bench/run_all.py{' --quick' if quick else ''}` on {platform.node()} ({platform.machine()}, "
             f"{os.cpu_count()} CPUs, Python {platform.python_version()}, load average {os.getloadavg()[0]:.1f}), "
             f"{when}{' — quick sizes: a smoke run, not figures to compare' if quick else ''}. Floors measured "
             f"in the same run: plain SQLite {floor['sqlite_commit_ms']:.2f} ms per committed row, "
             f"{floor['sqlite_rows_s']:,.0f} rows/s in one transaction; `cp` {floor['cp_mb_s']:.0f} MB/s; "
             f"restic: {floor['restic']}.", "",
             "| figure | measured | floor or peer | ratio (× the floor's time) | target |",
             "| --- | --- | --- | --- | --- |"]
    for script, (out, secs) in results.items():
        lines += rows_for(script, out, floor) or [f"| {script}.py ({secs:.0f} s) | see its section | — | — | — |"]
    return "\n".join(lines + ["", END, ""])


def write(doc: Path, summary: str) -> None:
    text = doc.read_text()
    if START in text:
        head, rest = text.split(START, 1)
        text = head + summary + rest.split(END, 1)[1].lstrip("\n")
    else:
        first, _, rest = text.partition("\n\n")
        text = first + "\n\n" + summary + "\n" + rest
    doc.write_text(text)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="small sizes: a smoke run")
    ap.add_argument("--only", default="", help="comma-separated scripts (default: all)")
    ap.add_argument("--no-write", action="store_true", help="print the table, leave docs/BENCHMARKS.md alone")
    args = ap.parse_args()
    chosen = [s for s in SCRIPTS if not args.only or s in args.only.split(",")]
    with tempfile.TemporaryDirectory(prefix="bench-peers-") as work:
        floor = peers(Path(work))
    results = {}
    for script in chosen:
        full, quick, _ = SCRIPTS[script]
        results[script] = run(script, quick if args.quick else full)
        print(f"# {script}: {results[script][1]:.0f} s", flush=True)
    summary = table(results, floor, args.quick)
    print(summary)
    if not args.no_write:
        write(DOC, summary)
    return 0


if __name__ == "__main__":
    sys.exit(main())
