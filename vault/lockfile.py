"""One process at a time: an OS advisory lock on ``vault.lock`` (released by the OS if we die)."""
from __future__ import annotations

import contextlib
import os
from pathlib import Path

from .errors import StorageError, VaultBusyError
from .i18n import translate

FILENAME = "vault.lock"


class VaultLock:
    def __init__(self, folder: Path):
        self.path = Path(folder) / FILENAME
        self._fd: int | None = None

    def acquire(self) -> VaultLock:
        try:
            fd = os.open(str(self.path), os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise StorageError(translate("Errors", "Cannot create the lock file {path}: {reason}.").format(
                path=self.path, reason=exc.strerror)) from exc
        try:
            _lock(fd)
        except OSError:
            os.close(fd)
            raise VaultBusyError(translate(
                "Errors", "This vault is already open in another window or process. Close it there first.")) from None
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        self._fd = fd
        return self

    def release(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                _unlock(self._fd)
            with contextlib.suppress(OSError):
                os.close(self._fd)
            self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def __enter__(self) -> VaultLock:
        return self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()


if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
