#!/usr/bin/env python3
"""Audit log cost: appending entries and verifying the chain, beside a plain insert.

    python bench/audit.py [--entries 100000] [--commits 500] [--verify-entries 1000000]

In a throwaway vault (real SQLCipher, Argon2id at the floor for set-up speed):

1. per-entry append cost inside one transaction (services normally join their change's
   transaction): ``audit.record`` vs a plain INSERT of the same columns into a table without
   a hash, for ``--entries`` rows each;
2. the same with a commit per entry (``--commits`` rows each; synchronous=FULL, so an fsync each);
3. full verification of the ``--entries`` chain, and of ``--verify-entries`` (default 1,000,000;
   the rows past ``--entries`` are built with the same canonical form and HMAC as ``record``, in
   bulk, because a million separate service calls would only measure Python call overhead);
4. the incremental check made at sign-in (only entries after the checkpoint).
Target: verification of 1,000,000 entries under 10 s.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app import audit, auth  # noqa: E402
from vault import clock, kdf  # noqa: E402

PLAIN = """CREATE TABLE IF NOT EXISTS bench_plain (
    seq INTEGER PRIMARY KEY, at TEXT NOT NULL, user_id TEXT, username TEXT, action TEXT NOT NULL,
    entity TEXT, entity_id TEXT, person_id TEXT, details TEXT)"""


def plain_insert(conn, i: int) -> None:
    conn.execute("INSERT INTO bench_plain (at, user_id, username, action, entity, entity_id, person_id, details)"
                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                 (clock.iso(), "u-1", "bench", "customer.update", "customer", str(i), None,
                  json.dumps({"field": "city", "after": f"Town {i}"}, sort_keys=True, separators=(",", ":"))))


def bulk_chain(session, upto: int, batch: int = 50_000) -> None:
    """Extend the chain to ``upto`` entries quickly (same canonical form and HMAC as record)."""
    conn = session.conn
    key = audit.audit_key(session.vault)
    head = audit.chain_head(conn)
    seq, prev = head["seq"], bytes.fromhex(head["hash"])
    at = clock.iso()
    while seq < upto:
        rows = []
        for _ in range(min(batch, upto - seq)):
            seq += 1
            fields = (seq, at, session.user_id, session.username, "customer.view", "customer", str(seq % 5000),
                      None, None)
            prev = audit.chain._hash(key, prev, fields)
            rows.append((*fields, prev))
        with session.vault.transaction():
            conn.executemany("INSERT INTO audit_log (seq, at, user_id, username, action, entity, entity_id,"
                             " person_id, details, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)


def timed(fn) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--entries", type=int, default=100_000)
    ap.add_argument("--commits", type=int, default=500)
    ap.add_argument("--verify-entries", type=int, default=1_000_000)
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        session, _ = auth.create_vault(Path(tmp) / "vault", "bench", "benchmark passphrase", kdf_params=kdf.FLOOR)
        conn = session.conn
        conn.execute(PLAIN)
        n = args.entries
        results = {}

        def audited_batch():
            with session.vault.transaction():
                for i in range(n):
                    audit.record(session, "customer.update", entity="customer", entity_id=str(i),
                                 details={"field": "city", "after": f"Town {i}"})

        def plain_batch():
            with session.vault.transaction():
                for i in range(n):
                    plain_insert(conn, i)

        results["plain_in_tx"] = timed(plain_batch) / n
        results["audit_in_tx"] = timed(audited_batch) / n
        m = args.commits

        def audited_commits():
            for i in range(m):
                audit.record(session, "customer.update", entity="customer", entity_id=str(i),
                             details={"field": "city", "after": f"Town {i}"})

        def plain_commits():
            for i in range(m):
                with session.vault.transaction():
                    plain_insert(conn, i)

        results["plain_commit"] = timed(plain_commits) / m
        results["audit_commit"] = timed(audited_commits) / m

        def sealed():
            with session.vault.transaction():
                for i in range(m):
                    audit.record(session, "customer.update", entity="customer", entity_id=str(i % 50),
                                 person_id=str(i % 50), details={"field": "email", "after": f"p{i}@example.org"})

        results["audit_sealed_in_tx"] = timed(sealed) / m

        key = audit.audit_key(session.vault)
        count = audit.chain_head(conn)["entries"]
        t = time.perf_counter()
        r = audit.verify_chain(conn, key)
        results["verify_small_s"] = time.perf_counter() - t
        assert r["ok"] and r["entries"] == count, r
        results["verify_small_entries"] = count

        t = time.perf_counter()
        bulk_chain(session, args.verify_entries)
        build = time.perf_counter() - t
        t = time.perf_counter()
        r = audit.verify_chain(conn, key)
        results["verify_big_s"] = time.perf_counter() - t
        assert r["ok"] and r["entries"] == args.verify_entries, r
        audit.record(session, "signin")
        t = time.perf_counter()
        inc = audit.verify_since_checkpoint(session)
        results["incremental_s"] = time.perf_counter() - t
        audit.record(session, "signin")
        t = time.perf_counter()
        inc2 = audit.verify_since_checkpoint(session)
        results["incremental2_s"] = time.perf_counter() - t
        size = (Path(tmp) / "vault" / "vault.db").stat().st_size
        session.close()

    us = 1e6
    print(f"append, {n} entries in one transaction: audit.record {results['audit_in_tx'] * us:.1f} µs/entry, "
          f"plain insert {results['plain_in_tx'] * us:.1f} µs/entry "
          f"(x{results['audit_in_tx'] / results['plain_in_tx']:.1f})")
    print(f"append, {m} entries with a commit each: audit.record {results['audit_commit'] * 1000:.2f} ms/entry, "
          f"plain insert {results['plain_commit'] * 1000:.2f} ms/entry")
    print(f"append with personal values sealed (per-person key): {results['audit_sealed_in_tx'] * us:.1f} µs/entry")
    print(f"verify {results['verify_small_entries']} entries: {results['verify_small_s']:.2f} s")
    print(f"verify {args.verify_entries} entries: {results['verify_big_s']:.2f} s "
          f"({results['verify_big_s'] / args.verify_entries * us:.2f} µs/entry; target < 10 s) "
          f"[chain built in {build:.1f} s; database {size / 2**20:.0f} MiB]")
    print(f"sign-in check with no checkpoint yet: {inc['checked']} entries walked "
          f"in {results['incremental_s'] * 1000:.0f} ms; the next sign-in (checkpoint set): {inc2['checked']} "
          f"entries in {results['incremental2_s'] * 1000:.1f} ms")


if __name__ == "__main__":
    main()
