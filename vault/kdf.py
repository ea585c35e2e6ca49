"""Argon2id key derivation with per-slot parameters and a hard floor.

Parameters are calibrated at slot creation to about ``TARGET_SECONDS`` on this machine and
never fall below RFC 9106's second recommended option (64 MiB, 3 passes). Parameters read
from disk below the floor are refused, whoever wrote them.
"""
from __future__ import annotations

import os
import time
from dataclasses import asdict, dataclass

from argon2.low_level import Type, hash_secret_raw

from .errors import IntegrityError
from .i18n import translate

FLOOR_MEMORY_KIB = 64 * 1024
FLOOR_TIME_COST = 3
DEFAULT_PARALLELISM = 4
MAX_MEMORY_KIB = 1024 * 1024  # 1 GiB: a laptop must still be able to unlock
TARGET_SECONDS = 0.5
SALT_LEN = 16


@dataclass(frozen=True)
class KdfParams:
    time_cost: int = FLOOR_TIME_COST
    memory_kib: int = FLOOR_MEMORY_KIB
    parallelism: int = DEFAULT_PARALLELISM
    alg: str = "argon2id"
    version: int = 19

    def check_floor(self) -> KdfParams:
        if self.alg != "argon2id" or self.version != 19:
            raise IntegrityError(translate("Errors", "Unsupported key derivation {algorithm} v{version}.").format(
                algorithm=repr(self.alg), version=self.version))
        if self.memory_kib < FLOOR_MEMORY_KIB or self.time_cost < FLOOR_TIME_COST or self.parallelism < 1:
            raise IntegrityError(translate(
                "Errors", "Key slot parameters are below the Argon2id floor (64 MiB, 3 passes); refusing."))
        if self.memory_kib > 4 * MAX_MEMORY_KIB or self.time_cost > 64 or self.parallelism > 64:
            raise IntegrityError(translate("Errors", "Key slot parameters are out of range; refusing."))
        return self

    def to_json(self) -> dict:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict) -> KdfParams:
        try:
            params = cls(
                time_cost=int(data["time_cost"]),
                memory_kib=int(data["memory_kib"]),
                parallelism=int(data["parallelism"]),
                alg=str(data["alg"]),
                version=int(data["version"]),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise IntegrityError(translate("Errors", "Key slot parameters are malformed.")) from exc
        return params.check_floor()


FLOOR = KdfParams()


def new_salt() -> bytes:
    return os.urandom(SALT_LEN)


def derive(password: bytes | bytearray, salt: bytes, params: KdfParams) -> bytearray:
    """Argon2id(password, salt) -> 32-byte key encryption key."""
    params.check_floor()
    return bytearray(
        hash_secret_raw(
            bytes(password), salt, params.time_cost, params.memory_kib, params.parallelism, 32, Type.ID
        )
    )


def calibrate(target_seconds: float = TARGET_SECONDS) -> KdfParams:
    """Pick parameters taking about ``target_seconds`` here, never below the floor.

    Memory grows first (the stronger defence against GPUs), up to 1 GiB; then passes.
    """
    params = FLOOR
    salt = new_salt()
    elapsed = _time(params, salt)
    while elapsed < target_seconds * 0.85:
        factor = target_seconds / max(elapsed, 1e-3)
        if params.memory_kib < MAX_MEMORY_KIB:
            memory = min(MAX_MEMORY_KIB, int(params.memory_kib * min(factor, 4)))
            memory -= memory % 1024
            params = KdfParams(params.time_cost, max(memory, params.memory_kib + 1024), params.parallelism)
        else:
            params = KdfParams(params.time_cost + max(1, int(params.time_cost * (factor - 1))),
                               params.memory_kib, params.parallelism)
        elapsed = _time(params, salt)
    return params


def _time(params: KdfParams, salt: bytes) -> float:
    start = time.perf_counter()
    derive(b"calibration", salt, params)
    return time.perf_counter() - start
