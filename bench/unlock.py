#!/usr/bin/env python3
"""Unlock timing: Argon2id (calibrated and floor) apart from the rest of unlock.

    python bench/unlock.py [--customers N] [--runs 5]

Builds a throwaway vault (Argon2id at the floor for speed of set-up), optionally filled with N
generated customers (bench/records.py's fixed-seed generator, imported as CSV), then signs in
``runs`` times and prints: the Argon2id time for the slot's parameters, the calibrated
parameters and their time on this machine, and the rest of unlock (slot AEAD, SQLCipher open,
keyslots MAC, page check, migrations check, sign-in bookkeeping).
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pyotp  # noqa: E402

from app import auth  # noqa: E402
from vault import clock, core, kdf  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--customers", type=int, default=0)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()

    t = time.perf_counter()
    calibrated = kdf.calibrate()
    print(f"calibration took {time.perf_counter() - t:.2f} s -> {calibrated}")
    for name, params in (("floor", kdf.FLOOR), ("calibrated", calibrated)):
        times = []
        for _ in range(3):
            t = time.perf_counter()
            kdf.derive(b"benchmark password", b"s" * 16, params)
            times.append(time.perf_counter() - t)
        print(f"argon2id {name:<10} {params.memory_kib // 1024} MiB, t={params.time_cost}, "
              f"p={params.parallelism}: {statistics.median(times) * 1000:.0f} ms")

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "vault"
        session, creation = auth.create_vault(folder, "bench", "benchmark passphrase", kdf_params=kdf.FLOOR)
        if args.customers:
            from app.records.importing import import_bytes
            from bench.records import generate, to_csv  # the records benchmark's fixed-seed generator

            t = time.perf_counter()
            report = import_bytes(session, to_csv(generate(args.customers, 42)), name="bench.csv",
                                  duplicates="import")
            print(f"imported {report.imported} customers in {time.perf_counter() - t:.1f} s")
        session.close()
        size = (folder / "vault.db").stat().st_size
        print(f"vault.db: {size / 1e6:.1f} MB")

        fake = [time.time()]
        clock.now = lambda: fake[0]
        secret = creation.enrolment.totp_secret
        argon, rest = [], []
        real_derive = kdf.derive

        def timed_derive(*a, **kw):
            t0 = time.perf_counter()
            try:
                return real_derive(*a, **kw)
            finally:
                argon.append(time.perf_counter() - t0)

        kdf.derive = timed_derive
        for _ in range(args.runs):
            fake[0] += 30
            code = pyotp.TOTP(secret).at(fake[0])
            t = time.perf_counter()
            vault = core.unlock(folder, "bench", "benchmark passphrase", totp_code=code)
            total = time.perf_counter() - t
            vault.close()
            rest.append(total - argon[-1])
        print(f"unlock, Argon2id part (floor params): median {statistics.median(argon) * 1000:.0f} ms")
        print(f"unlock, everything else: median {statistics.median(rest) * 1000:.1f} ms, "
              f"max {max(rest) * 1000:.1f} ms over {args.runs} runs")


if __name__ == "__main__":
    main()
