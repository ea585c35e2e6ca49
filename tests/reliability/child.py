"""The process the crash tests kill: ``python -m tests.reliability.child ARGS_JSON``.

It signs in on a clock the parent chose (so the parent's own TOTP steps stay newer), runs one
kind of work, and after each change that committed appends a JSON line to the side file and
fsyncs it: the parent checks that every line it finds is in the vault after the SIGKILL."""
from __future__ import annotations

import json
import os
import sys
import time

import pyotp


def _clock(t0: float) -> None:
    from vault import clock

    m0 = time.monotonic()
    clock.now = lambda: t0 + (time.monotonic() - m0)


def _committed(side, **fact) -> None:
    side.write(json.dumps(fact) + "\n")
    side.flush()
    os.fsync(side.fileno())


def _sign_in(a: dict, user: str | None = None, password: str | None = None, secret: str | None = None):
    from app import auth

    code = pyotp.TOTP(secret or a["secret"]).at(a["t0"])
    return auth.sign_in(a["vault"], user or a["user"], password or a["password"], totp_code=code,
                        allow_password_change=True)


def workload(a: dict, side) -> None:
    """Creates, edits, deletes, merges, imports, erasures and user changes, each on records of its
    own, so a later step never changes what an earlier fact says."""
    from app import users
    from app.ops import records as ops
    from app.records import importing

    s = _sign_in(a)
    print("ready", flush=True)
    i = a["first"]
    while True:
        tag = f"R{i}x"
        kind = ("create", "edit", "delete", "merge", "import", "erase", "user")[i % 7]
        if kind == "create":
            cid = ops.create(s, {"given_name": tag, "family_name": "Crash"}, force=True).result
            _committed(side, kind=kind, cid=cid, name=tag)
        elif kind == "edit":
            cid = ops.create(s, {"given_name": tag, "family_name": "Before"}, force=True).result
            ops.update(s, cid, {"family_name": "After" + tag}, 1)
            _committed(side, kind=kind, cid=cid, family="After" + tag)
        elif kind == "delete":
            cid = ops.create(s, {"given_name": tag, "family_name": "Gone"}, force=True).result
            ops.delete(s, cid, None)
            _committed(side, kind=kind, cid=cid)
        elif kind == "merge":
            keep = ops.create(s, {"given_name": tag, "family_name": "Keep"}, force=True).result
            other = ops.create(s, {"given_name": tag, "family_name": "Keep", "emails": [f"{tag}@example.org"]},
                               force=True).result
            ops.merge(s, keep, [other], {keep: 1, other: 1})
            _committed(side, kind=kind, cid=keep, merged=other, email=f"{tag.lower()}@example.org")
        elif kind == "import":
            rows = "given_name,family_name\n" + "".join(f"{tag}{k},Imported\n" for k in range(5))
            report = importing.import_bytes(s, rows.encode(), name="crash.csv", format="csv")
            _committed(side, kind=kind, cids=report.imported_ids)
        elif kind == "erase":
            cid = ops.create(s, {"given_name": tag, "family_name": "Erased"}, force=True).result
            ops.erase(s, cid)
            _committed(side, kind=kind, cid=cid, name=tag)
        else:
            users.add_user(s, f"u{i}", "a long enough passphrase here", "Sales")
            _committed(side, kind=kind, user=f"u{i}")
        i += 1


def backup(a: dict, side) -> None:
    from app.backups.job import run_backup

    s = _sign_in(a)
    print("ready", flush=True)
    result = run_backup(s, a["to"])
    _committed(side, kind="backup", archive=result.get("archive"))


def restore(a: dict, side) -> None:
    from app.backups.restoring import restore as run_restore

    print("ready", flush=True)
    result = run_restore(a["archive"], a["vault"], identity=a["identity"])
    _committed(side, kind="restore", vault=result.get("vault"))


def slots(a: dict, side) -> None:
    """One key-slot change: the signed-in user's new password, a new user, or a TOTP reset."""
    from app import auth, users
    from vault import totp

    what, made = a["what"], totp.new_secret

    def announced() -> str:  # the new secret reaches the side file before anything uses it
        secret = made()
        _committed(side, kind="secret", secret=secret)
        return secret

    totp.new_secret = announced
    if what == "passwd":
        s = _sign_in(a, a["who"], a["old"], a["who_secret"])
        print("ready", flush=True)
        auth.change_own_password(s, a["old"], a["new"])
        _committed(side, kind=what)
        return
    s = _sign_in(a)
    print("ready", flush=True)
    if what == "add":
        e = users.add_user(s, a["who"], a["new"], "Sales")
        _committed(side, kind=what, secret=e.totp_secret)
    else:  # the administrator resets another user's TOTP with a temporary password
        e = users.reset_totp(s, a["who"], a["new"])
        _committed(side, kind=what, secret=e.totp_secret)


def _die_before_slots_are_saved() -> None:
    """The worst moment for a key-slot change: its database transaction has committed, the
    keyslots.json that completes it is not written yet (a password change or reset writes the
    file once before its commit too, with the old and the new slot: that write goes through)."""
    import contextlib
    import signal

    from vault import user_slots
    from vault.keyslots import KeySlots

    committed, real_transaction, real_save = [], user_slots.transaction, KeySlots.save

    @contextlib.contextmanager
    def transaction(conn, *a, **k):
        with real_transaction(conn, *a, **k):
            yield conn
        committed.append(True)

    def save(self, *a, **k):
        if committed:
            os.kill(os.getpid(), signal.SIGKILL)
        real_save(self, *a, **k)

    user_slots.transaction, KeySlots.save = transaction, save


def main() -> None:
    a = json.loads(sys.argv[1])
    _clock(a["t0"])
    if a.get("die_before_slots_saved"):
        _die_before_slots_are_saved()
    with open(a["side"], "a", encoding="utf-8") as side:
        {"workload": workload, "backup": backup, "restore": restore, "slots": slots}[a["mode"]](a, side)
    print("done", flush=True)


if __name__ == "__main__":
    main()
