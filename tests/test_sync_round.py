"""Team sync rounds (issue 14, slice "sync-round"): real SQLCipher vaults as devices of one book
through a real folder location (and the real SFTP, WebDAV and S3 servers): publishing, applying
with the merge rule, conflicts recorded alike everywhere, delete versus edit, erasure for ever,
the author's permissions, tampered and replayed segments, clock skew, and the CLI end to end."""
from __future__ import annotations

import pytest

from app.records import create_customer, get_customer, update_customer
from tests.sync_team import Team
from vault.sync import dump

ADA = {"given_name": "Ada", "family_name": "Lovelace", "emails": ["ada@analytical.example"], "notes": "letters"}


@pytest.fixture
def team(vault_info, tmp_path):
    made = []

    def make(url=None, **location):
        t = Team(vault_info, tmp_path, url or str(tmp_path / "location"), **location)
        made.append(t)
        return t

    yield make
    for t in made:
        t.close()


def uid_of(s, cid: int) -> str:
    return s.conn.execute("SELECT uid FROM customers WHERE id = ?", (cid,)).fetchone()[0]


def cid_of(s, uid: str) -> int | None:
    row = s.conn.execute("SELECT id FROM customers WHERE uid = ?", (uid,)).fetchone()
    return row[0] if row else None


def converged(t: Team) -> bytes:
    dumps = t.dumps()
    first = next(iter(dumps.values()))
    assert all(d == first for d in dumps.values()), {n: dump.digest(s.conn) for n, s in t.sessions.items()}
    return first


def test_two_devices_converge_and_a_segment_applied_twice_is_a_no_op(team):
    t = team()
    b = t.add("B")
    a = t["A"]
    cid = create_customer(a, ADA)
    u = uid_of(a, cid)
    out = t.sync("A", "B")
    assert out["A"]["published"] > 0 and out["B"]["applied"] > 0 and out["B"]["refused"] == []
    assert get_customer(b, cid_of(b, u))["emails"][0]["value"] == "ada@analytical.example"
    rec = get_customer(b, cid_of(b, u))
    update_customer(b, cid_of(b, u), {"job_title": "Analyst"}, rec["version"])
    t.sync("B", "A", "B")
    assert get_customer(a, cid)["job_title"] == "Analyst"
    converged(t)
    # applying again: nothing new, same book
    b.conn.execute("DELETE FROM sync_peers")
    assert t.sync("B")["B"]["applied"] == 0
    converged(t)
