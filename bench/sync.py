"""Benchmark: team sync on a folder location on loopback (issue 14, ``docs/SYNC.md``).

    .venv/bin/python bench/sync.py
    .venv/bin/python bench/sync.py --join 10000,100000 --sizes 1000,10000

Real vaults (Argon2id at the floor, so key derivation does not dominate), customers imported
through the import service (``bench/records.py``'s generator), the real path of a team:
``sync init`` on device A (``app.ops.sync.init``), an invitation, ``device join`` on B
(``app.sync.joining.join``), ``device approve`` on A, A's round (publishes the snapshot the new
roster can read), then B's first round (downloads the book). Everything in-process, one session per
device. Prints:
  1. a round with nothing new (median of ``--idle-rounds``), on A and on B;
  2. 1,000 changed fields published by A (A's round) and applied by B (B's round), seconds each;
  3. the upload of a one-field edit: bytes of the segment file, and of its age header;
  4. joining a book of N customers: A's round after the approval (the snapshot) and B's first round;
     the next N only if the previous join's B round took under ``--join-cap`` seconds;
  5. a round's cost with a fixed 100 changed fields against the book's size (A publishes, B applies).
Targets (``SYNC.md``): idle < 300 ms, 1,000 fields < 2 s, one field < 2 KB plus the age header,
join of 100k < 60 s, a round's cost that does not grow with the book.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import pyrage  # noqa: E402
from records import generate, to_csv  # noqa: E402

from app import auth  # noqa: E402
from app.ops import sync as ops  # noqa: E402
from app.records import get_customer, update_customer  # noqa: E402
from app.records.importing import import_bytes  # noqa: E402
from app.settings import VaultSettings  # noqa: E402
from app.sync import bootstrap, capture, invitations, joining  # noqa: E402
from app.sync.state import book, chain, open_book_location  # noqa: E402
from vault import kdf  # noqa: E402
from vault.sync import layout, snapshot_format, transport  # noqa: E402
from vault.sync.segment import SegmentRefused  # noqa: E402
from vault.sync.snapshot_format import MAX_PART_PLAIN  # noqa: E402

PASSWORD = "benchmark vault passphrase 42"
BOB_PASSWORD = "bob's own benchmark passphrase 7"


def timed(fn, *args, **kw):
    t = time.perf_counter()
    out = fn(*args, **kw)
    return time.perf_counter() - t, out


class Team:
    """Device A (the book's first device, ``n`` customers) and device B (joined by invitation)."""

    def __init__(self, work: Path, n: int):
        self.work, self.n = work, n
        self.url = str(work / "location")
        self.a, _ = auth.create_vault(work / "a", "admin", PASSWORD, kdf_params=kdf.FLOOR)
        VaultSettings(self.a).set("records.phone_region", "DE")
        if n:
            t, report = timed(import_bytes, self.a, to_csv(generate(n, 20260101)), name="bench.csv",
                              duplicates="import")
            assert report.imported == n, (report.imported, report.errors[:3])
            print(f"  [{n:,}] imported {n:,} customers on A in {t:.1f} s")
        self.t_init, _ = timed(ops.init, self.a, self.url)
        inv = invitations.invite(self.a, "bob", work / "bob.invite", profile="Administrator")
        self.t_join, joined = timed(joining.join, work / "b", work / "bob.invite", BOB_PASSWORD, inv.code,
                                    kdf_params=kdf.FLOOR)
        self.b = joined.session
        self.t_approve, _ = timed(invitations.approve, self.a, joined.device_id)
        self.t_a_snapshot, self.r_a = timed(lambda: ops.sync(self.a).result)
        cpu = time.process_time()
        self.t_b_first, self.r_b = timed(lambda: ops.sync(self.b).result)
        self.cpu_b_first = time.process_time() - cpu
        self.snap = snapshot_sizes(self)
        print(f"  [{n:,}] sync init {self.t_init:.2f} s, device join {self.t_join:.2f} s, approve "
              f"{self.t_approve:.2f} s, A's round (snapshot) {self.t_a_snapshot:.2f} s, B's first round "
              f"{self.t_b_first:.2f} s ({self.cpu_b_first:.1f} s CPU; applied {self.r_b['applied']:,}); snapshot {self.snap}")
        self.joined = self.r_b["refused"] == [] and self.r_b["applied"] > 0
        self.ids = [r[0] for r in self.a.conn.execute("SELECT id FROM customers ORDER BY id")]
        self.edits = 0

    def edit(self, k: int, field: str = "job_title") -> int:
        """``k`` customers of A get a new value in one field each; returns the changes waiting."""
        for cid in self.ids[self.edits:self.edits + k] if self.edits + k <= len(self.ids) else self.ids[:k]:
            rec = get_customer(self.a, cid)
            update_customer(self.a, cid, {field: f"Bench {self.edits} {cid}"}, rec["version"])
        self.edits += k
        return capture.waiting_count(self.a.conn)

    def out_and_in(self) -> tuple[float, dict, float, dict]:
        ta, ra = timed(lambda: ops.sync(self.a).result)
        tb, rb = timed(lambda: ops.sync(self.b).result)
        assert rb["refused"] == [], rb
        return ta, ra, tb, rb

    def close(self) -> None:
        for s in (self.a, self.b):
            if s.is_open:
                s.close()


def snapshot_sizes(team: Team) -> str:
    """The newest snapshot on the location: manifest and parts (count, bytes), the parts'
    plaintext (decrypted with B's identity, each under ``MAX_PART_PLAIN``) and B's verdict."""
    b = book(team.b.conn)
    target = open_book_location(team.b, b.location)
    try:
        names = bootstrap.snapshot_names(target, b.book_id)
        if not names:
            return "none"
        n = names[0]
        data = transport.fetch(target, layout.snapshot_path(b.book_id, n.hlc, n.device))
        versions = chain(target, b)
        try:
            m = snapshot_format.decode(data, book=b.book_id, hlc=n.hlc, device=n.device, roster=versions[-1],
                                       identities=[b.device.age_identity], schema=b.schema)
        except SegmentRefused as exc:
            return f"REFUSED by B: {exc.reason}"
        plain = 0
        folder = layout.snapshots_dir(b.book_id)
        for i in range(1, len(m.parts) + 1):
            part = transport.fetch(target, f"{folder}/{snapshot_format.part_name(n.hlc, n.device, i)}")
            compressed = pyrage.decrypt(part, [pyrage.x25519.Identity.from_str(b.device.age_identity)])
            plain += len(zlib.decompress(compressed))
        size = len(data) + sum(p["size"] for p in m.parts)
        return (f"{size / 1e6:.1f} MB in {len(m.parts)} part(s) of {m.rows:,} rows, plaintext {plain / 2**20:.0f} MiB"
                f" (each part under {MAX_PART_PLAIN >> 20} MiB), read by B")
    finally:
        target.close()


def idle(team: Team, rounds: int) -> tuple[float, float]:
    team.out_and_in()  # settle: acks, nothing waiting
    out = []
    for s in (team.a, team.b):
        ts = []
        for _ in range(rounds):
            t, r = timed(lambda s=s: ops.sync(s).result)
            assert r["published"] == 0 and r["applied"] == 0, r
            ts.append(t)
        out.append(statistics.median(ts))
    return out[0], out[1]


def age_header_len(data: bytes) -> tuple[int, int]:
    """(total, age header) bytes of a segment file: magic line, envelope line, age ciphertext."""
    first = data.index(b"\n") + 1
    age = data[data.index(b"\n", first) + 1:]
    end = age.index(b"\n--- ")
    return len(data), age.index(b"\n", end + 1) + 1


def one_field(team: Team) -> tuple[int, int, int, int]:
    waiting = team.edit(1, "notes")
    b = book(team.a.conn)
    folder = Path(team.url) / b.book_id / "changes" / b.device_id
    before = set(folder.glob("*.seg"))
    team.out_and_in()
    new = sorted(set(folder.glob("*.seg")) - before)
    assert len(new) == 1, new
    data = new[0].read_bytes()
    total, header = age_header_len(data)
    first = data.index(b"\n") + 1
    recipients = data[data.index(b"\n", first) + 1:][:header].count(b"\n-> X25519 ")
    return waiting, total, header, recipients


def print_joins(joins: list[tuple[int, Team]]) -> None:
    print("4. joining a book (B's first round downloads it):")
    for n, t in joins:
        print(f"   {n:>7,} customers: A's round after approving (snapshot) {t.t_a_snapshot:.2f} s; "
              f"B's first round {t.t_b_first:.2f} s ({t.cpu_b_first:.1f} s CPU; applied {t.r_b['applied']:,});"
              f" sync init {t.t_init:.2f} s; snapshot {t.snap}"
              "   (target: 100k < 60 s)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--join", default="10000,100000", help="book sizes to join, in order (stops when over the cap)")
    ap.add_argument("--join-cap", type=float, default=60.0, help="go on to the next join size only under this (s)")
    ap.add_argument("--sizes", default="1000,10000", help="book sizes for the fixed-100-changes round")
    ap.add_argument("--idle-rounds", type=int, default=10)
    ap.add_argument("--fields", type=int, default=1000)
    ap.add_argument("--fixed", type=int, default=100)
    ap.add_argument("--dir", help="work folder (default: a new temporary one)")
    args = ap.parse_args()
    work = Path(args.dir or tempfile.mkdtemp(prefix="vaultcrm-sync-bench-"))
    print(f"# sync bench in {work} ({os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f})")

    sizes = [int(x) for x in args.join.split(",") if x]
    teams: dict[int, Team] = {sizes[0]: Team(work / f"join-{sizes[0]}", sizes[0])}
    joins: list[tuple[int, Team]] = [(sizes[0], teams[sizes[0]])]
    main_n, team = sizes[0], teams[sizes[0]]
    print(f"\n## measurements on the {main_n:,}-customer book (A and B, folder location)")
    a_idle, b_idle = idle(team, args.idle_rounds)
    print(f"1. idle round (nothing new), median of {args.idle_rounds}: A {a_idle * 1000:.0f} ms, "
          f"B {b_idle * 1000:.0f} ms   (target < 300 ms)")

    waiting = team.edit(args.fields)
    ta, ra, tb, rb = team.out_and_in()
    print(f"2. {args.fields:,} changed fields ({waiting:,} changes waiting): A publishes in {ta:.2f} s "
          f"(published {ra['published']:,}), B applies in {tb:.2f} s (applied {rb['applied']:,}, "
          f"{rb['segments']} segment(s))   (target < 2 s each)")

    waiting, total, header, recipients = one_field(team)
    print(f"3. one-field edit ({waiting} change(s)): segment {total:,} bytes, of which the age header is "
          f"{header:,} bytes ({recipients} recipients); the rest {total - header:,} bytes   "
          f"(target < 2 KB plus the age header)")

    for n in sizes[1:]:
        if joins[-1][1].t_b_first >= args.join_cap or not joins[-1][1].joined:
            print(f"   (no {n:,} join: the previous B round took {joins[-1][1].t_b_first:.1f} s or did not join)")
            break
        joins.append((n, teams.get(n) or teams.setdefault(n, Team(work / f"join-{n}", n))))
    print(f"5. a round with a fixed {args.fixed} changed fields against the book's size:")
    for n in [int(x) for x in args.sizes.split(",") if x]:
        t = teams.get(n) or teams.setdefault(n, Team(work / f"size-{n}", n))
        t.out_and_in()
        runs = []
        for _ in range(3):
            t.edit(args.fixed)
            runs.append(t.out_and_in())
        pa = statistics.median(r[0] for r in runs)
        pb = statistics.median(r[2] for r in runs)
        print(f"   {n:>7,} customers: A publishes {pa * 1000:.0f} ms, B applies {pb * 1000:.0f} ms "
              f"(median of 3; applied {runs[-1][3]['applied']})")

    print_joins(joins)

    print(f"# load average at the end {os.getloadavg()[0]:.2f}")
    for t in {id(t): t for t in [*teams.values(), *(t for _, t in joins)]}.values():
        t.close()


if __name__ == "__main__":
    main()
