"""Restore, vault side: deep-verify an archive into a new folder, re-keyed to the vault key so
the user's key slots open it, and the atomic folder exchange used to swap it with a vault."""
from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import shutil
from pathlib import Path

import sqlcipher3

from ..errors import IntegrityError, StorageError
from ..fsutil import atomic_write, fsync_dir
from ..i18n import translate
from . import faults
from .location import Target
from .snapshot import export, open_copy
from .verify import Checks, deep_verify, manifest_cipher


def restore_to_new_folder(target: Target, name: str, identity: str, dest: Path, *,
                          vault_public_key: str | None = None, cancel=None, progress=None,
                          signer_fingerprint: str | None = None) -> tuple[Checks, dict]:
    """Deep-verify ``name`` and make a vault in ``dest`` (must not exist; its parent must).
    Returns (checks, manifest). On any failure ``dest`` does not exist afterwards."""
    dest = Path(dest)
    if dest.exists():
        raise StorageError(translate("Errors", "{path} already exists.").format(path=dest))
    dest.parent.mkdir(parents=True, exist_ok=True)
    checks, ex = deep_verify(target, name, identity, vault_public_key=vault_public_key, keep_in=dest.parent,
                             cancel=cancel, progress=progress, signer_fingerprint=signer_fingerprint)
    if ex is None or not checks.ok:
        raise IntegrityError(translate("Errors", "The archive failed verification; nothing was restored: {problems}"
                                       ).format(problems="; ".join(checks.failures()[:3])), checks=checks.items)
    if ex.vault_key is None:
        shutil.rmtree(ex.folder, ignore_errors=True)
        ex.wipe()
        from ..errors import AuthenticationError

        raise AuthenticationError(translate("Errors", "This key can read the archive but cannot restore it: use the"
                                                      " vault's recovery key."))
    try:
        faults.point("restore-extracted")
        if progress:
            progress("rekey", 0, 0)
        # export back to the vault's own cipher settings (SQLCipher 4 defaults) under the vault key
        snap, out = ex.folder / "snapshot.db", ex.folder / "vault.db"
        os.rename(out, snap)
        fd = os.open(str(out), os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.close(fd)
        conn = open_copy(snap, ex.db_key, manifest_cipher(ex.manifest))
        try:
            export(conn, out, ex.vault_key, None, compatibility=4)
        except sqlcipher3.dbapi2.Error as exc:
            raise StorageError(translate("Errors", "Re-keying the restored database failed ({reason}).").format(
                reason=exc)) from exc
        finally:
            conn.close()
        os.unlink(snap)
        atomic_write(ex.folder / "keyslots.json", ex.keyslots_bytes)
        with contextlib.suppress(OSError):
            os.chmod(ex.folder, 0o700)
        os.rename(ex.folder, dest)
        fsync_dir(dest.parent)
        return checks, ex.manifest
    except BaseException:
        shutil.rmtree(ex.folder, ignore_errors=True)
        raise
    finally:
        ex.wipe()


# ----------------------------------------------------------------------------- swap
_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def exchange(a: Path, b: Path) -> None:
    """Atomically swap two directories (Linux renameat2 RENAME_EXCHANGE, macOS renamex_np
    RENAME_SWAP). A crash leaves either the old or the new layout, never a missing vault."""
    libc = ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True)
    fa, fb = os.fsencode(str(a)), os.fsencode(str(b))
    if hasattr(libc, "renameat2"):
        rc = libc.renameat2(_AT_FDCWD, fa, _AT_FDCWD, fb, _RENAME_EXCHANGE)
    elif hasattr(libc, "renamex_np"):  # pragma: no cover - macOS
        rc = libc.renamex_np(fa, fb, 0x2)
    else:  # pragma: no cover - Windows: see docs/ARCHITECTURE.md (two renames + journal)
        raise StorageError(translate("Errors", "This system cannot swap folders atomically."))
    if rc != 0:
        err = ctypes.get_errno()
        raise StorageError(translate("Errors", "Could not swap {first} and {second}: {reason}.").format(
            first=a, second=b, reason=os.strerror(err)))
    fsync_dir(Path(a).parent)
