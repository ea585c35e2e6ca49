"""The SQL functions the capture triggers call, registered on a vault connection by
``install(conn)`` (``vault.migrations.migrate`` does it on every open, before any migration):

- ``sync_uid(kind, natural)``: a new row's uid: a UUIDv7, or the name-based uid of ``natural``;
- ``sync_hlc(last, device)``: the clock stamp of the current change. Every change made inside one
  ``vault.db.transaction()`` gets the same stamp, so a write's fields (a name and its sort key)
  win or lose together; outside a transaction each call gets a new stamp. ``last`` is the
  persisted ``sync_state.last_hlc``: stamps never go back, even across restarts;
- ``sync_user()``: the signed-in user (``OpenVault.user_id``), the author of the change.

The state lives in the connection's ``sync`` slot (``vault.db.ConnectionState``), so nothing
here holds the connection.
"""
from __future__ import annotations

from . import hlc, uid


class _Functions:
    def __init__(self, state):
        self.state = state
        self.clock: hlc.Clock | None = None

    def uid(self, kind, natural):
        return uid.uuid7() if natural is None else uid.named(str(kind), str(natural))

    def stamp(self, last, device):
        if device is None:
            return None
        state = self.state
        cached = state.cache
        if state.in_tx and cached is not None and cached[0] == state.tx and cached[1].endswith(device):
            return cached[1]
        if self.clock is None or self.clock.device != device:
            self.clock = hlc.Clock(device, last)
        elif last:
            self.clock.observe(last)
        stamp = self.clock.now()
        state.cache = (state.tx, stamp) if state.in_tx else None
        return stamp

    def user(self):
        return self.state.user_id


def install(conn) -> None:
    """Register the capture functions on ``conn`` (a ``vault.db.Connection``); idempotent."""
    state = conn.sync
    if state.installed:
        return
    functions = _Functions(state)
    conn.create_function("sync_uid", 2, functions.uid)
    conn.create_function("sync_hlc", 2, functions.stamp)
    conn.create_function("sync_user", 0, functions.user)
    state.installed = True
