"""A team of real vaults sharing one book, for the sync round tests: device A starts the book with
``sync init``; B, C … are copies of A's vault made the honest way that needs no invitation: the copy
becomes a new device (``identity.become_new_device``, as a restore does) and A, an administrator,
adds it to the roster with a version it signs (``vault/sync/roster.py``)."""
from __future__ import annotations

import shutil

from app.ops import sync as ops
from app.permissions import BUILTIN_PROFILES
from app.sync import state
from vault.db import transaction
from vault.sync import dump, hlc, identity, layout, roster, segment, transport


class Team:
    def __init__(self, vault_info, tmp_path, url: str, *, init: bool = True, signed_in: bool = True, **location):
        self.info, self.tmp, self.url, self.location = vault_info, tmp_path, url, location
        self.sessions: dict[str, object] = {}
        self.init = None
        if signed_in:
            a = vault_info.sign_in()
            self.sessions["A"] = a
            self.init = ops.init(a, url, **location) if init else None

    @classmethod
    def resume(cls, vault_info, tmp_path, url: str, folders: dict, **location) -> Team:
        """The team of the vault folders ``folders`` ({name: folder}, copies of a team's devices
        made while their sessions were closed), each signed in again."""
        t = cls(vault_info, tmp_path, url, init=False, signed_in=False, **location)
        for name, folder in folders.items():
            t.sessions[name] = t._sign_in(folder)
        return t

    def folders(self) -> dict:
        """{name: vault folder} of every device."""
        return {n: s.vault.folder for n, s in self.sessions.items()}

    def __getitem__(self, name: str):
        return self.sessions[name]

    def add(self, name: str, profile: str = "Administrator"):
        """A copy of A's vault as device ``name``, on the roster with ``profile``'s rights."""
        ops.sync(self.sessions["A"], **self.location)  # nothing waiting: the copy must not publish A's changes again
        a = self.sessions.pop("A")
        a.close()
        folder = self.tmp / f"device-{name}"
        shutil.copytree(self.info.path, folder, ignore=shutil.ignore_patterns("vault.lock"))
        self.sessions["A"] = self.info.sign_in()
        s = self._sign_in(folder)
        with transaction(s.conn):
            dev = identity.become_new_device(s.conn)
        self.sessions[name] = s
        self.admit(dev, profile)
        return s

    def _sign_in(self, folder):
        from app import auth

        i = self.info
        return auth.sign_in(folder, i.user, i.password, totp_code=i.clock.code(i.totp_secret))

    def admit(self, dev: identity.Device, profile: str, signer: str = "A") -> None:
        s = self.sessions[signer]
        b = state.book(s.conn)
        target = self.target(s)
        try:
            latest = state.chain(target, b)[-1]
            stamp = hlc.Clock(b.device_id, s.conn.execute("SELECT last_hlc FROM sync_state").fetchone()[0]).now()
            perms = BUILTIN_PROFILES[profile]["permissions"]
            entry = roster.device_entry(device=dev.device_id, user_uid=s.user_id, user_name=s.username,
                                        profile=profile, permissions=perms, age_recipient=dev.recipient,
                                        public_key=dev.public_key(), added_at=stamp, added_by=b.device_id)
            doc = roster.successor(latest, [d.entry for d in latest.devices()] + [entry], stamp, b.device_id)
            raw, sig = roster.sign_version(doc, b.device.private_key())
            transport.publish_once(target, layout.roster_path(b.book_id, doc["version"]), raw)
            transport.publish_once(target, layout.roster_sig_path(b.book_id, doc["version"]), sig)
        finally:
            target.close()

    def target(self, s):
        return state.open_book_location(s, state.book(s.conn).location, **self.location)

    def sync(self, *names: str) -> dict[str, dict]:
        return {n: ops.sync(self.sessions[n], **self.location).result for n in names}

    def dumps(self) -> dict[str, bytes]:
        return {n: dump.dump(s.conn) for n, s in self.sessions.items()}

    def close(self) -> None:
        for s in self.sessions.values():
            if s.is_open:
                s.close()

    # ------------------------------------------------------------------------- delivery out of order
    def deliver(self, name: str, device: str, seqs: list[int]) -> list[int]:
        """Segments ``seqs`` of ``device`` handed to device ``name`` in the order given, through the
        engine's own path (``segment.decode``, the clock check, ``apply.apply_segment``), as a
        location that lists them in another order or serves one twice would; a segment that names
        rows not here yet (``Waiting``) is retried after the others. Returns the seqs applied."""
        from app.sync.apply import Applied, Waiting, apply_segment

        s = self.sessions[name]
        b = state.book(s.conn)
        target = self.target(s)
        applied: list[int] = []
        try:
            versions = state.chain(target, b)
            todo = list(seqs)
            while todo:
                before = len(todo)
                for seq in list(todo):
                    data = transport.fetch(target, layout.segment_path(b.book_id, device, seq))
                    seg = segment.decode(data, book=b.book_id, device=device, seq=seq, roster=versions[-1],
                                         identities=[b.device.age_identity], schema=b.schema)
                    hlc.Clock(b.device_id).receive(seg.header.hlc_max)
                    try:
                        if apply_segment(s, versions, device, seq, seg.changes, data, Applied(),
                                         hlc_max=seg.header.hlc_max):
                            applied.append(seq)
                    except Waiting:
                        continue
                    todo.remove(seq)
                if len(todo) == before:
                    break
        finally:
            target.close()
        return applied

    def visible_seqs(self, device: str) -> list[int]:
        """The seqs of ``device``'s segments on the location (a folder location)."""
        s = next(iter(self.sessions.values()))
        target = self.target(s)
        try:
            return transport.list_device_segments(target, state.book(s.conn).book_id, device)
        finally:
            target.close()
