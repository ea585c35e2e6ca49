"""Team sync rounds SIGKILLed at random moments (issue 14, slice "sync-proof"). Three real vaults
of one book through a folder location; again and again one device, in a process of its own,
makes a few committed changes (each written down in a side file once committed) and runs a round
(publish its outbox, apply the others' segments, acknowledge) and is killed with SIGKILL at a
random moment of that round. After every kill: every segment visible at the location is whole
and verifies (no partial file under a segment's name); the killed device opens and passes
``PRAGMA integrity_check``. At the end, after a final round on every device (twice): no change
was published in two segments (no double publish, so no double apply), every applied segment's
recorded digest is the file's, every device holds every committed change, and the canonical dumps
are byte-identical.

Counts: 24 kills by default; ``VAULTCRM_SYNC_KILLS=200`` for the long variant:

    VAULTCRM_SYNC_KILLS=200 .venv/bin/python -m pytest -q -p no:cacheprovider tests/test_sync_kill.py

The child is this module: ``python -m tests.test_sync_kill ARGS_JSON``."""
from __future__ import annotations

import hashlib
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import ROOT
from tests.sync_team import Team
from vault.sync import layout, segment

KILLS = int(os.environ.get("VAULTCRM_SYNC_KILLS", "24"))
SEED = int(os.environ.get("VAULTCRM_SYNC_KILL_SEED", "14"))
DEVICES = ("A", "B", "C")


# ----------------------------------------------------------------------------- the child
def child(a: dict) -> None:
    import pyotp

    from app import auth
    from app.ops import records as ops
    from app.ops import sync as ops_sync
    from vault import clock

    m0 = time.monotonic()
    clock.now = lambda: a["t0"] + (time.monotonic() - m0)
    s = auth.sign_in(a["vault"], a["user"], a["password"], totp_code=pyotp.TOTP(a["secret"]).at(a["t0"]))
    with open(a["side"], "a") as side:
        for k in range(a["changes"]):
            tag = f"K{a['moment']}x{k}{a['device']}"
            cid = ops.create(s, {"given_name": tag, "family_name": "Before"}, force=True).result
            ops.update(s, cid, {"family_name": "After" + tag, "job_title": tag}, 1)
            uid = s.conn.execute("SELECT uid FROM customers WHERE id = ?", (cid,)).fetchone()[0]
            side.write(json.dumps({"uid": uid, "family_name": "After" + tag, "job_title": tag}) + "\n")
            side.flush()
            os.fsync(side.fileno())
    print("ready", flush=True)
    ops_sync.sync(s)
    s.close()
    print("done", flush=True)


# ----------------------------------------------------------------------------- the parent
def run_and_kill(args: dict, delay: float | None, timeout: float = 120) -> tuple[str, float]:
    """Start the child; ``delay`` seconds after "ready" (its changes committed, the round
    starting), SIGKILL it. Returns ("killed" | "finished", seconds of the round that ran)."""
    proc = subprocess.Popen([sys.executable, "-m", "tests.test_sync_kill", json.dumps(args)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()
        if line.strip() != "ready":
            proc.wait(timeout=timeout)
            raise AssertionError(f"child did not start: {line!r} {proc.stderr.read()}")
        ready = time.monotonic()
        while (delay is None or time.monotonic() < ready + delay) and proc.poll() is None:
            time.sleep(0.002)
        if proc.poll() is not None:
            assert proc.returncode == 0, proc.stderr.read()
            return "finished", time.monotonic() - ready
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=timeout)
        return "killed", time.monotonic() - ready
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()
        proc.stderr.close()


def child_time(clock) -> float:
    """A TOTP step well after the parent's for the child's sign-in; the parent's clock moves past."""
    t0 = (int(clock.t // 30) + 4) * 30 + 1
    clock.t = t0 + 120
    return float(t0)


def facts(side: Path) -> list[dict]:
    return [json.loads(line) for line in side.read_text().splitlines() if line.strip()] if side.exists() else []


def visible_segments(location: Path) -> dict[tuple[str, int], Path]:
    """Every file at the location named like a segment: {(device, seq): path}."""
    out = {}
    for book in location.iterdir():
        changes = book / "changes"
        for folder in changes.iterdir() if changes.is_dir() else ():
            for f in folder.iterdir():
                seq = layout.parse_segment_name(f.name)
                if seq is not None:
                    out[(folder.name, seq)] = f
    return out


def check_location(team: Team, s, location: Path) -> None:
    """Every visible segment is whole: its signature (over the whole ciphertext) verifies;
    temporary uploads never carry a segment's name."""
    from app.sync import state

    b = state.book(s.conn)
    target = team.target(s)
    try:
        latest = state.chain(target, b)[-1]
    finally:
        target.close()
    for (device, seq), path in visible_segments(location).items():
        data = path.read_bytes()
        segment.verify(data, book=b.book_id, device=device, seq=seq, roster=latest)
    for p in location.rglob("*"):
        assert p.name.startswith(".") or ".partial-" not in p.name, p


def all_changes(team: Team, location: Path) -> list[tuple]:
    """(table, uid, field, hlc) of every change in every segment, decoded with A's identity
    (every segment is encrypted to every device of the roster; A's own too)."""
    from app.sync import state

    s = team["A"]
    b = state.book(s.conn)
    target = team.target(s)
    try:
        latest = state.chain(target, b)[-1]
    finally:
        target.close()
    out = []
    for (device, seq), path in sorted(visible_segments(location).items()):
        seg = segment.decode(path.read_bytes(), book=b.book_id, device=device, seq=seq, roster=latest,
                             identities=[b.device.age_identity], schema=b.schema)
        out += [(c["table"], c["uid"], c["field"], c["hlc"], c["op"]) for c in seg.changes]
    return out


def test_rounds_killed_at_random_moments_lose_nothing_and_apply_nothing_twice(vault_info, tmp_path):
    r = random.Random(SEED)
    location = tmp_path / "location"
    team = Team(vault_info, tmp_path, str(location))
    team.add("B")
    team.add("C")
    team.sync("A", "B", "C")
    folders = team.folders()
    team.close()
    v, side = vault_info, tmp_path / "side.jsonl"

    def args(device: str, moment: int) -> dict:
        return {"vault": str(folders[device]), "user": v.user, "password": v.password, "secret": v.totp_secret,
                "t0": child_time(v.clock), "side": str(side), "device": device, "moment": moment,
                "changes": r.randint(1, 4)}

    took = max(run_and_kill(args(d, -i - 1), None)[1] for i, d in enumerate(DEVICES))  # undisturbed rounds
    outcomes = []
    for moment in range(KILLS):
        device = r.choice(DEVICES)
        outcome, _ = run_and_kill(args(device, moment), r.uniform(0, took * 1.2))
        outcomes.append(outcome)
        for p in folders[device].iterdir():
            assert not p.name.endswith(".partial"), p
        t = Team.resume(v, tmp_path, str(location), {device: folders[device]})
        try:
            assert t[device].conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            check_location(t, t[device], location)
        finally:
            t.close()
    print(f"kills: {outcomes.count('killed')}, rounds that finished first: {outcomes.count('finished')}")
    assert outcomes.count("killed") >= KILLS // 2, outcomes

    t = Team.resume(v, tmp_path, str(location), folders)
    try:
        for _ in range(2):
            out = t.sync(*DEVICES)
            assert all(o["refused"] == [] for o in out.values()), out
        changes = all_changes(t, location)
        assert len(changes) == len(set(changes)), "a change was published in two segments"
        for name, s in t.sessions.items():
            for device, seq, digest in s.conn.execute("SELECT device, seq, digest FROM sync_seen"):
                path = visible_segments(location)[(device, seq)]
                assert hashlib.sha256(path.read_bytes()).hexdigest() == digest, (name, device, seq)
            for f in facts(side):
                row = s.conn.execute("SELECT family_name, job_title FROM customers WHERE uid = ?",
                                     (f["uid"],)).fetchone()
                assert row is not None and tuple(row) == (f["family_name"], f["job_title"]), (name, f)
        dumps = t.dumps()
        assert len(set(dumps.values())) == 1
        assert all(s.conn.execute("SELECT count(*) FROM sync_outbox WHERE published IS NULL").fetchone()[0] == 0
                   for s in t.sessions.values())
    finally:
        t.close()


if __name__ == "__main__":
    child(json.loads(sys.argv[1]))
