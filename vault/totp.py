"""TOTP (RFC 6238: SHA-1, 6 digits, 30 s, one step of drift each way) over ``pyotp``.

We only add what pyotp does not give: which time step a code matched, so the caller can
refuse a code whose step is not newer than the last accepted one (replay protection).
"""
from __future__ import annotations

import hmac

import pyotp

from . import clock

STEP_SECONDS = 30
DIGITS = 6
DRIFT_STEPS = 1
ISSUER = "VaultCRM"


def new_secret() -> str:
    """A 160-bit secret, base32 (32 characters)."""
    return pyotp.random_base32(length=32)


def provisioning_uri(secret: str, account: str, vault_label: str = "") -> str:
    name = f"{vault_label}:{account}" if vault_label else account
    return pyotp.TOTP(secret, digits=DIGITS, interval=STEP_SECONDS).provisioning_uri(
        name=name, issuer_name=ISSUER
    )


def code_at(secret: str, when: float | None = None) -> str:
    return pyotp.TOTP(secret, digits=DIGITS, interval=STEP_SECONDS).at(clock.now() if when is None else when)


def matching_step(secret: str, code: str, now: float | None = None) -> int | None:
    """The time step (now-1 .. now+1) whose code equals ``code``, or None."""
    code = (code or "").strip().replace(" ", "")
    if len(code) != DIGITS or not code.isdigit():
        return None
    now = clock.now() if now is None else now
    current = int(now // STEP_SECONDS)
    totp = pyotp.TOTP(secret, digits=DIGITS, interval=STEP_SECONDS)
    found = None
    for step in range(current - DRIFT_STEPS, current + DRIFT_STEPS + 1):
        # compare all candidates (no early exit) so timing does not tell which step matched
        if hmac.compare_digest(totp.at(step * STEP_SECONDS), code):
            found = step
    return found
