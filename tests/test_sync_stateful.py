"""Team sync against random histories (issue 14, slice "sync-proof"): a ``hypothesis`` state
machine drives three real vaults of one book through a folder location: edits of several fields
(the same field on two devices between rounds), creates, deletes, merges, erasures, rounds of a
random device in random order, segments delivered twice and out of order through the engine's own
apply path, a device offline for many rounds, one device's clock a day ahead. At the end, after a
final round on every device (twice), every device's canonical dump is byte-identical, the open
conflicts are the same everywhere, ids included (but those of records deleted, merged or erased
somewhere: an honest limit in docs/SYNC.md), the values still concurrent at the end are exactly
one open conflict per losing value, no field that was never edited concurrently has a conflict, and every
last write survives (or, for concurrent writes, one of them; erased people leave no trace).

The default run is small and derandomized (the same dozen histories every run). New random
histories of the same size without shrinking: ``HYPOTHESIS_PROFILE=quick`` (add
``--hypothesis-seed=N`` to repeat one). The long variant:

    HYPOTHESIS_PROFILE=long .venv/bin/python -m pytest -q -p no:cacheprovider tests/test_sync_stateful.py

The three devices are made once per test (copies of template vaults, no Argon2id creation) and
copied for each history."""
from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass, field

import pytest
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    rule,
    run_state_machine_as_test,
)

from app.ops import records as ops
from app.records import get_customer
from tests.sync_team import Team

DEVICES = ("A", "B", "C")
FIELDS = ("job_title", "notes", "family_name")
DAY = 86400
settings.register_profile("sync-default", max_examples=12, stateful_step_count=25, deadline=None,
                          database=None, derandomize=True, suppress_health_check=list(HealthCheck))
settings.register_profile("long", max_examples=150, stateful_step_count=60, deadline=None,
                          database=None, suppress_health_check=list(HealthCheck))
settings.register_profile("quick", max_examples=12, stateful_step_count=25, deadline=None, database=None,
                          suppress_health_check=list(HealthCheck), phases=[Phase.generate])  # no shrinking
PROFILE = settings.get_profile(os.environ.get("HYPOTHESIS_PROFILE")
                               if os.environ.get("HYPOTHESIS_PROFILE") in ("long", "quick") else "sync-default")


@dataclass
class Write:
    """One value written to (customer uid, field) by ``device``, knowing ``known`` (earlier write ids)."""
    id: int
    device: str
    value: str
    key: tuple[str, str]
    known: frozenset = field(default_factory=frozenset)


class Model:
    """What the devices know: every write, which device has seen which, what was published."""

    def __init__(self):
        self.writes: dict[int, Write] = {}
        self.know: dict[str, set[int]] = {d: set() for d in DEVICES}
        self.published: set[int] = set()
        self.tainted: set[str] = set()      # deleted, merged or erased somewhere: values not modelled
        self.deleted: set[str] = set()
        self.erased: set[str] = set()
        self.created: set[str] = set()
        self.merged: set[str] = set()

    def write(self, device: str, uid: str, fld: str, value: str) -> None:
        key = (uid, fld)
        known = frozenset(w for w in self.know[device] if self.writes[w].key == key)
        w = Write(len(self.writes), device, value, key, known)
        self.writes[w.id] = w
        self.know[device].add(w.id)

    def synced(self, device: str) -> None:
        self.published |= {w for w in self.know[device] if self.writes[w].device == device}
        self.know[device] |= self.published

    def keys(self) -> dict[tuple[str, str], list[Write]]:
        out: dict[tuple[str, str], list[Write]] = {}
        for w in self.writes.values():
            out.setdefault(w.key, []).append(w)
        return out


def concurrent(a: Write, b: Write) -> bool:
    return a.id not in b.known and b.id not in a.known


def maximal(ws: list[Write]) -> list[Write]:
    return [w for w in ws if not any(w.id in o.known for o in ws)]


class Base:
    """The three devices, made once per test and copied for each history."""

    def __init__(self, vault_info, tmp_path, fake_clock):
        self.info, self.tmp, self.clock = vault_info, tmp_path, fake_clock
        self.url = str(tmp_path / "location")
        team = Team(vault_info, tmp_path / "base", self.url)
        (tmp_path / "base").mkdir(exist_ok=True)
        team.add("B")
        team.add("C")
        a = team["A"]
        self.uids = []
        for i in range(3):
            cid = ops.create(a, {"given_name": f"Person{i}", "family_name": f"Initial{i}"}, force=True).result
            self.uids.append(a.conn.execute("SELECT uid FROM customers WHERE id = ?", (cid,)).fetchone()[0])
        team.sync("A", "B", "C", "A")
        self.folders = team.folders()
        team.close()
        shutil.copytree(self.url, tmp_path / "location.base")
        self.n = 0

    def team(self) -> Team:
        self.n += 1
        shutil.rmtree(self.url)
        shutil.copytree(self.tmp / "location.base", self.url)
        run = self.tmp / f"history-{self.n}"
        folders = {}
        for name, folder in self.folders.items():
            folders[name] = run / name
            shutil.copytree(folder, folders[name], ignore=shutil.ignore_patterns("vault.lock"))
        return Team.resume(self.info, run, self.url, folders)


def live(s) -> list[tuple[int, str]]:
    return [tuple(r) for r in s.conn.execute(
        "SELECT id, uid FROM customers WHERE deleted_at IS NULL AND erased_at IS NULL ORDER BY uid")]


def differences(dumps: dict[str, bytes]) -> dict:
    """The dump lines each device holds that another does not (for the failure message)."""
    rows = {d: {(r["table"], r["uid"]): r["fields"] for r in map(json.loads, v.decode().splitlines())}
            for d, v in dumps.items()}
    out = {}
    for key in sorted(set().union(*rows.values())):
        held = {d: r.get(key) for d, r in rows.items()}
        if len({json.dumps(h, sort_keys=True) for h in held.values()}) > 1:
            names = set().union(*(h or {} for h in held.values()))
            out[key] = {f: {d: (h or {}).get(f, "<no row>") for d, h in held.items()} for f in sorted(names)
                        if len({json.dumps((h or {}).get(f, "<no row>")) for h in held.values()}) > 1}
    return out


def conflicts(s) -> list[tuple]:
    """The open conflicts (what the user is asked about); closed ones are each device's history."""
    return [tuple(r) for r in s.conn.execute(
        "SELECT id, tbl, uid, field, kept, other, kept_hlc, other_hlc, other_device, at, resolved_at"
        " FROM sync_conflicts WHERE resolved_at IS NULL ORDER BY id")]


def make_machine(base: Base):
    class Histories(RuleBasedStateMachine):
        def __init__(self):
            super().__init__()
            self.t = base.team()
            self.m = Model()
            for d in DEVICES:  # the initial book: every device holds it
                self.m.know[d] = set()
            self.offline: str | None = None
            self.skewed = False
            self.n = 0

        # ------------------------------------------------------------------------- helpers
        def on(self, d: str, step: int):
            """Advance the wall clock ``step`` seconds; C runs a day ahead when skewed."""
            base.clock.t += step
            return _Skew(base.clock, DAY if (d == "C" and self.skewed) else 0)

        def pick(self, d: str, i: int):
            rows = live(self.t[d])
            return rows[i % len(rows)] if rows else (None, None)

        def teardown(self):
            self.t.close()

        # ------------------------------------------------------------------------- rules
        @rule(d=st.sampled_from(DEVICES), i=st.integers(0, 50), fields=st.sets(st.sampled_from(FIELDS), min_size=1),
              step=st.integers(0, 90))
        def edit(self, d, i, fields, step):
            cid, uid = self.pick(d, i)
            if cid is None:
                return
            s = self.t[d]
            self.n += 1
            values = {f: f"{f}-{self.n}-{d}" for f in sorted(fields)}
            with self.on(d, step):
                ops.update(s, cid, values, get_customer(s, cid, audited=False)["version"])
            for f, v in values.items():
                self.m.write(d, uid, f, v)

        @rule(i=st.integers(0, 50), fld=st.sampled_from(FIELDS), step=st.integers(0, 5))
        def same_field_on_two_devices(self, i, fld, step):
            """A and B (or whoever is online) change one field of one record between rounds."""
            pair = [d for d in DEVICES if d != self.offline][:2]
            cid, uid = self.pick(pair[0], i)
            if cid is None or uid not in {u for _, u in live(self.t[pair[1]])}:
                return
            for d in pair:
                self.edit_one(d, uid, fld, step)

        def edit_one(self, d, uid, fld, step):
            s = self.t[d]
            cid = s.conn.execute("SELECT id FROM customers WHERE uid = ?", (uid,)).fetchone()[0]
            self.n += 1
            value = f"{fld}-{self.n}-{d}"
            with self.on(d, step):
                ops.update(s, cid, {fld: value}, get_customer(s, cid, audited=False)["version"])
            self.m.write(d, uid, fld, value)

        @rule(d=st.sampled_from(DEVICES), step=st.integers(0, 90))
        def create(self, d, step):
            s = self.t[d]
            self.n += 1
            data = {"given_name": f"New{self.n}", "family_name": f"family_name-{self.n}-{d}",
                    "job_title": f"job_title-{self.n}-{d}", "notes": f"notes-{self.n}-{d}"}
            with self.on(d, step):
                cid = ops.create(s, data, force=True).result
            uid = s.conn.execute("SELECT uid FROM customers WHERE id = ?", (cid,)).fetchone()[0]
            self.m.created.add(uid)
            for f in FIELDS:
                self.m.write(d, uid, f, data[f])

        @rule(d=st.sampled_from(DEVICES), i=st.integers(0, 50), step=st.integers(0, 90))
        def delete(self, d, i, step):
            cid, uid = self.pick(d, i)
            if cid is None:
                return
            with self.on(d, step):
                ops.delete(self.t[d], cid, None)
            self.m.tainted.add(uid)
            self.m.deleted.add(uid)

        @rule(d=st.sampled_from(DEVICES), i=st.integers(0, 50), j=st.integers(0, 50), step=st.integers(0, 90))
        def merge(self, d, i, j, step):
            rows = live(self.t[d])
            if len(rows) < 2 or i % len(rows) == j % len(rows):
                return
            (keep, kuid), (gone, guid) = rows[i % len(rows)], rows[j % len(rows)]
            with self.on(d, step):
                ops.merge(self.t[d], keep, [gone], {})
            self.m.tainted |= {kuid, guid}
            self.m.merged |= {kuid, guid}
            self.m.deleted.add(guid)

        @rule(d=st.sampled_from(DEVICES), i=st.integers(0, 50), step=st.integers(0, 90))
        def erase(self, d, i, step):
            cid, uid = self.pick(d, i)
            if cid is None:
                return
            with self.on(d, step):
                ops.erase(self.t[d], cid)
            self.m.tainted.add(uid)
            self.m.erased.add(uid)

        @rule(d=st.sampled_from(DEVICES), step=st.integers(0, 600))
        def sync(self, d, step):
            if d == self.offline:
                return
            with self.on(d, step):
                out = self.t.sync(d)[d]
            assert out["refused"] == [], out["refused"]
            self.m.synced(d)

        @rule(d=st.sampled_from(DEVICES))
        def go_offline_or_back(self, d):
            self.offline = None if self.offline == d else d

        @rule()
        def skew_c(self):
            self.skewed = not self.skewed

        @rule(d=st.sampled_from(DEVICES), peer=st.sampled_from(DEVICES), back=st.integers(1, 4))
        def duplicated_delivery(self, d, peer, back):
            """The location serves ``peer``'s last ``back`` segments again (the device's record of
            what it applied from ``peer`` moves back): the next round must find them applied."""
            if d == peer:
                return
            self.t[d].conn.execute("UPDATE sync_peers SET seq = max(0, seq - ?) WHERE device = ?",
                                   (back, self.device_id(peer)))

        @rule(d=st.sampled_from(DEVICES), peer=st.sampled_from(DEVICES))
        def reordered_delivery(self, d, peer):
            """``peer``'s segments ``d`` has not applied yet, handed over newest first."""
            if d == peer or d == self.offline:
                return
            pid = self.device_id(peer)
            row = self.t[d].conn.execute("SELECT seq FROM sync_peers WHERE device = ?", (pid,)).fetchone()
            new = [q for q in self.t.visible_seqs(pid) if q > (row[0] if row else 0)]
            if len(new) < 2:
                return
            self.t.deliver(d, pid, list(reversed(new)))
            self.sync(d, 0)  # what it now knows is what a round would have brought: the model's unit

        def device_id(self, name: str) -> str:
            return self.t[name].conn.execute("SELECT device_id FROM sync_state").fetchone()[0]

        @invariant()
        def no_unpublished_partials(self):
            assert not list((base.tmp / "location").rglob("*.partial-*"))

        # ------------------------------------------------------------------------- the end
        def check_converged(self):
            for _ in range(2):
                for d in DEVICES:
                    with self.on(d, 60):
                        out = self.t.sync(d)[d]
                    assert out["refused"] == [], out["refused"]
                    self.m.synced(d)
            dumps = self.t.dumps()
            assert len(set(dumps.values())) == 1, differences(dumps)
            # conflicts of records deleted, merged or erased somewhere are not compared: honest
            # limit in docs/SYNC.md ("Proof by tests")
            skip = self.m.tainted
            records = {d: [r for r in conflicts(self.t[d]) if r[2] not in skip] for d in DEVICES}
            every = set.intersection(*(set(rs) for rs in records.values()))
            assert records["A"] == records["B"] == records["C"], "\n".join(
                f"{d}: {r}" for d, rs in records.items() for r in rs if r not in every)
            self.check_values(dumps["A"], records["A"])
            self.check_fates(dumps["A"])

        def check_values(self, the_dump: bytes, records: list[tuple]):
            a = self.t["A"]
            for (uid, fld), ws in self.m.keys().items():
                if uid in self.m.tainted:
                    continue
                row = a.conn.execute(f"SELECT {fld} FROM customers WHERE uid = ?", (uid,)).fetchone()
                assert row is not None, f"{uid} lost"
                top = maximal(ws)
                assert row[0] in {w.value for w in top}, (uid, fld, row[0], [w.value for w in top])
                mine = [r for r in records if (r[2], r[3]) == (uid, fld)]
                if not any(concurrent(x, y) for x in ws for y in ws if x.id < y.id):
                    assert mine == [], (uid, fld, mine)
                    continue
                if len(top) > 1:  # one open conflict per losing value
                    open_ = sorted(json.loads(r[5]) for r in mine if r[10] is None and json.loads(r[4]) == row[0])
                    assert open_ == sorted(w.value for w in top if w.value != row[0]), (uid, fld, mine, top)

        def check_fates(self, the_dump: bytes):
            a = self.t["A"]
            for uid in self.m.created:
                assert a.conn.execute("SELECT 1 FROM customers WHERE uid = ?", (uid,)).fetchone(), f"{uid} lost"
            for uid in self.m.deleted | self.m.erased:
                row = a.conn.execute("SELECT deleted_at, erased_at FROM customers WHERE uid = ?", (uid,)).fetchone()
                if row is not None:
                    assert row[0] is not None or row[1] is not None, uid
            for uid in self.m.erased:
                row = a.conn.execute("SELECT erased_at FROM customers WHERE uid = ?", (uid,)).fetchone()
                assert row is not None and row[0] is not None, uid
                if uid in self.m.merged:
                    continue  # its values may live on in the other record of a merge
                for w in self.m.writes.values():
                    if w.key[0] == uid:
                        assert w.value.encode() not in the_dump, (uid, w.value)

    class Final(Histories):
        def teardown(self):
            try:
                self.check_converged()
            finally:
                self.t.close()

    return Final


class _Skew:
    def __init__(self, clock, ahead: int):
        self.clock, self.ahead = clock, ahead

    def __enter__(self):
        self.clock.t += self.ahead

    def __exit__(self, *exc):
        self.clock.t -= self.ahead


def test_random_histories_converge_with_one_conflict_per_concurrent_edit(vault_info, tmp_path, fake_clock):
    base = Base(vault_info, tmp_path, fake_clock)
    run_state_machine_as_test(make_machine(base), settings=PROFILE)


if __name__ == "__main__":  # pragma: no cover
    pytest.main([__file__, "-q"])
