"""Killing a child at random moments, and what every kill test checks afterwards.

Counts: a representative slice by default; the issue's full counts with
``VAULTCRM_RELIABILITY=full`` (200 workload kills, 50 each for backup, restore and key slots)."""
from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import ROOT

FULL = os.environ.get("VAULTCRM_RELIABILITY", "").lower() == "full"
COUNTS = {"workload": 200, "backup": 50, "restore": 50, "slots": 50} if FULL else \
    {"workload": 20, "backup": 5, "restore": 5, "slots": 6}
LAST: dict[str, float] = {}
SEED = int(os.environ.get("VAULTCRM_RELIABILITY_SEED", "18"))


def rng(name: str) -> random.Random:
    return random.Random(f"{SEED}-{name}")


def run_and_kill(args: dict, delay: float | None, timeout: float = 120) -> str:
    """Start the child; ``delay`` seconds after it says "ready" (signed in), SIGKILL it. Returns
    "killed" or "finished" (it ended first). ``delay=None``: let it finish (``LAST["work"]``: the
    seconds it worked after "ready")."""
    env = dict(os.environ)
    proc = subprocess.Popen([sys.executable, "-m", "tests.reliability.child", json.dumps(args)], cwd=ROOT,
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()
        if line.strip() != "ready":
            proc.wait(timeout=timeout)
            raise AssertionError(f"child did not start: {line!r} {proc.stderr.read()}")
        ready = time.monotonic()
        if delay is None:
            out, err = proc.communicate(timeout=timeout)
            LAST["work"] = time.monotonic() - ready
            assert proc.returncode == 0, err
            return "finished"
        deadline = ready + delay
        while time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.002)
        if proc.poll() is not None:
            err = proc.stderr.read()
            assert proc.returncode == 0, err
            return "finished"
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=timeout)
        return "killed"
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()
        proc.stderr.close()


def enough(outcomes: list[str], kind: str) -> bool:
    """Go on until COUNTS[kind] runs were killed (a run that finished before its moment came does
    not count), at most three times as many runs."""
    return outcomes.count("killed") >= COUNTS[kind] or len(outcomes) >= 3 * COUNTS[kind]


def assert_counts(outcomes: list[str], kind: str) -> None:
    assert outcomes.count("killed") >= COUNTS[kind], f"only {outcomes.count('killed')} of {len(outcomes)} runs killed"


def facts(side: Path) -> list[dict]:
    if not side.exists():
        return []
    return [json.loads(line) for line in side.read_text().splitlines() if line.strip()]


def child_time(clock) -> float:
    """A time for the child's clock: a fresh TOTP step well after the parent's, a second into it
    (the child's sign-in stays inside the step); the parent's clock moves past it."""
    t0 = (int(clock.t // 30) + 4) * 30 + 1
    clock.t = t0 + 120
    return float(t0)


def check_opens(session) -> None:
    """The database is whole and the audit chain verifies."""
    from app.ops import admin

    assert session.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    result = admin.verify_audit(session)
    assert result["ok"], result
