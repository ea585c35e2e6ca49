"""Safe writes: temp file in the same folder, fsync, rename, fsync the folder (``write_atomically``,
the one implementation: ``atomic_write`` for the app's own files, ``write_output`` for user-named
files, ``JsonFile`` for small JSON documents); safe reads of user-named input files."""
from __future__ import annotations

import contextlib
import errno
import json
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

from .errors import IntegrityError, StorageError, UsageError
from .i18n import translate


def fsync_dir(path: Path) -> None:
    if os.name == "nt":  # directories cannot be fsynced on Windows
        return
    fd = os.open(str(path), os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _replace(tmp: str, dest: Path) -> None:
    os.replace(tmp, dest)


def write_atomically(dest: str | os.PathLike, fill: Callable[[BinaryIO], object], *, mode: int = 0o600,
                     place: Callable[[str, Path], None] = _replace, suffix: str = ".tmp") -> Path:
    """The one temp-file-and-rename: ``fill(binary_file)`` writes a temp file in ``dest``'s folder,
    which is fsynced, given ``mode``, then its name (``place(tmp, dest)``: a plain rename over the
    old file unless the caller says otherwise), and the folder is fsynced. ``dest`` has the old
    content or the new, whole; nothing is left behind on failure. OSError → StorageError."""
    dest = Path(dest)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=suffix, dir=str(dest.parent))
    except OSError as exc:
        raise StorageError(describe_os_error(exc, dest.parent)) from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            fill(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        place(tmp, dest)
        fsync_dir(dest.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise StorageError(describe_os_error(exc, dest)) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return dest


def atomic_write(path: str | os.PathLike, data: bytes, mode: int = 0o600) -> None:
    """Replace the app's own file ``path`` with ``data`` (``write_atomically``)."""
    write_atomically(path, lambda fh: fh.write(data), mode=mode)


class JsonFile:
    """One small JSON document in a file of the app's own (settings, pinned keys, sidecars beside
    the vault): read whole, with a clear error when it is damaged; written whole, atomically,
    with ``mode``."""

    def __init__(self, path: str | os.PathLike, *, mode: int = 0o600, what: str = ""):
        self.path = Path(path)
        self.mode = mode
        self.what = f"{what} ({self.path})" if what else str(self.path)

    def read(self, default: Any = None) -> Any:
        """The document; ``default`` when there is no file; IntegrityError when it is not JSON
        (or not readable as text), StorageError when it cannot be read."""
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return default
        except UnicodeDecodeError:
            raise IntegrityError(translate("Errors", "{what} is damaged (not text).").format(what=self.what)) from None
        except OSError as exc:
            raise StorageError(describe_os_error(exc, self.path)) from exc
        try:
            return json.loads(text)
        except ValueError as exc:
            raise IntegrityError(translate("Errors", "{what} is damaged (not JSON: {reason}).").format(
                what=self.what, reason=exc)) from None

    def read_dict(self) -> dict:
        """The document as an object (``{}`` when there is no file); IntegrityError otherwise."""
        data = self.read({})
        if not isinstance(data, dict):
            raise IntegrityError(translate("Errors", "{what} is damaged (not a JSON object).").format(what=self.what))
        return data

    def write(self, data: Any, *, indent: int | None = 2, sort_keys: bool = False, make_folder: bool = False) -> None:
        if make_folder:
            with contextlib.suppress(OSError):
                self.path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(self.path, json.dumps(data, indent=indent, sort_keys=sort_keys).encode(), self.mode)


def describe_os_error(exc: OSError, path: os.PathLike | str | None = None) -> str:
    """One sentence for an OSError (the disk is full, permission denied, …), naming ``path``."""
    if exc.errno == errno.ENOSPC:
        if path:
            return translate("Errors", "The disk is full ({path}); nothing was changed.").format(path=path)
        return translate("Errors", "The disk is full; nothing was changed.")
    if exc.errno in (errno.EACCES, errno.EPERM):
        if path:
            return translate("Errors", "Permission denied ({path}).").format(path=path)
        return translate("Errors", "Permission denied.")
    if exc.errno == errno.EROFS:
        if path:
            return translate("Errors", "The location is read-only ({path}).").format(path=path)
        return translate("Errors", "The location is read-only.")
    reason = exc.strerror or str(exc)
    if path:
        return translate("Errors", "{reason} ({path}).").format(reason=reason, path=path)
    return reason


# ----------------------------------------------------------------------------- user-named files
# A vault folder is recognised by either of these; everything in it (and below it) belongs to
# the vault: the database, its WAL, the key slots, the lock, the sidecars, the spools.
VAULT_MARKERS = ("vault.db", "keyslots.json")


def vault_folder_holding(path: str | os.PathLike) -> Path | None:
    """The vault folder that ``path`` is (or lies under), walking up its parents; else None."""
    p = Path(os.path.abspath(path))
    for folder in (p, *p.parents):
        try:
            if any(os.path.lexists(folder / m) for m in VAULT_MARKERS):
                return folder
        except OSError:  # pragma: no cover - an unreadable parent: keep walking
            continue
    return None


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def check_output_path(path: str | os.PathLike, *, force: bool = False,
                      vault_folders: tuple | list = ()) -> Path:
    """Where a user-named output file (an export, a report, a recovery sheet) may be written.

    Returns the path with symlinks resolved; raises UsageError for a path inside any vault folder
    (one holding vault.db or keyslots.json, walking up the parents, or one of ``vault_folders``),
    whether named directly or through a symlink, even with ``force``; for a path that exists and
    is not a regular file (a folder, a device, a named pipe, a socket, a symlink to one of them),
    even with ``force``; for an existing regular file without ``force``; and for a missing folder.
    """
    if path is None or str(path).strip() == "":
        raise UsageError(translate("Errors", "No output file given."))
    named = Path(os.path.abspath(os.path.expanduser(str(path))))
    real = Path(os.path.realpath(named))
    guarded = [Path(os.path.realpath(f)) for f in vault_folders if f]
    for candidate in (named, real):
        # the file itself may be a marker (vault.db) of a folder; check the folder it goes in too
        holder = vault_folder_holding(candidate.parent) or next((f for f in guarded if _inside(candidate, f)), None)
        if holder is not None:
            raise UsageError(translate(
                "Errors", "{path} is inside the vault folder {folder}: an export or report must not be written"
                " there (it could replace the vault's own files); choose a place outside it.").format(
                path=path, folder=holder))
    try:
        st = os.stat(real)
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise UsageError(translate("Errors", "Cannot write {path}: {reason}").format(
            path=path, reason=describe_os_error(exc))) from exc
    if st is not None:
        if stat.S_ISDIR(st.st_mode):
            raise UsageError(translate("Errors", "{path} is a folder; name a file to write.").format(path=path))
        if not stat.S_ISREG(st.st_mode):
            raise UsageError(translate(
                "Errors", "{path} is not a regular file (a device, pipe or socket); name an ordinary file.").format(
                path=path))
        if not force:
            raise UsageError(translate(
                "Errors", "{path} already exists; choose another name, or add --force to replace it.").format(
                path=path))
    if not real.parent.is_dir():
        raise UsageError(translate("Errors", "The folder {folder} does not exist.").format(folder=real.parent))
    return real


def place_output(tmp: str, dest: Path, *, force: bool) -> None:
    """Give the finished temp file its name: without ``force`` never over anything that appeared
    meanwhile (a hard link fails if the name exists: atomic no-clobber); with ``force`` only over
    a regular file."""
    if not force:
        if os.name == "nt":
            try:
                os.rename(tmp, dest)  # refuses an existing destination on Windows
            except FileExistsError:
                raise UsageError(_exists(dest)) from None
            return
        try:
            os.link(tmp, dest)
        except FileExistsError:
            raise UsageError(_exists(dest)) from None
        except OSError:  # a file system without hard links: check, then rename
            if os.path.lexists(dest):
                raise UsageError(_exists(dest)) from None
            os.replace(tmp, dest)
            return
        os.unlink(tmp)
        return
    try:
        st = os.lstat(dest)
    except FileNotFoundError:
        st = None
    if st is not None and not stat.S_ISREG(st.st_mode):
        raise UsageError(translate("Errors", "{path} is not a regular file; it was not replaced.").format(path=dest))
    os.replace(tmp, dest)


def _exists(dest: Path) -> str:
    return translate("Errors", "{path} already exists; choose another name.").format(path=dest)


def write_output(path: str | os.PathLike, data: bytes | None = None, *, force: bool = False,
                 vault_folders: tuple | list = (), fill=None, mode: int = 0o600) -> Path:
    """Write a user-named output file after ``check_output_path``: a temp file in the target's
    folder, fsync, then the name (``place_output``), fsync the folder. ``data`` is the content, or
    ``fill(binary_file)`` writes it. Returns the path written. Nothing is left on failure."""
    dest = check_output_path(path, force=force, vault_folders=vault_folders)
    return write_atomically(dest, fill if fill is not None else (lambda fh: fh.write(data or b"")), mode=mode,
                            place=lambda tmp, d: place_output(tmp, d, force=force), suffix=".partial")


def read_input(path: str | os.PathLike, *, max_bytes: int, what: str = "file") -> bytes:
    """The bytes of a user-named input file: a regular file only (never a device, a named pipe or
    a folder: /dev/zero or a FIFO would never end), at most ``max_bytes``. The size is checked on
    the opened file (fstat), which is opened non-blocking so a FIFO cannot hang the open, and the
    read stops one byte past the limit whatever the size said (a file that grows meanwhile)."""
    p = Path(os.path.expanduser(str(path)))
    try:
        st = os.stat(p)
        if not stat.S_ISREG(st.st_mode):
            raise UsageError(_not_regular(p, st, what))
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
        fd = os.open(p, flags)
    except FileNotFoundError:
        raise UsageError(translate("Errors", "Cannot read the {what} {path}: there is no such file.").format(
            what=what, path=p)) from None
    except OSError as exc:
        raise UsageError(_unreadable(p, exc, what)) from exc
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):  # swapped between the stat and the open
            raise UsageError(_not_regular(p, st, what))
        if st.st_size > max_bytes:
            raise UsageError(_too_big(p, st.st_size, max_bytes, what))
        chunks, total = [], 0
        while True:
            chunk = os.read(fd, min(1 << 20, max_bytes + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > max_bytes:
                raise UsageError(_too_big(p, total, max_bytes, what))
        return b"".join(chunks)
    except OSError as exc:
        raise UsageError(_unreadable(p, exc, what)) from exc
    finally:
        os.close(fd)


def _unreadable(p: Path, exc: OSError, what: str) -> str:
    return translate("Errors", "Cannot read the {what} {path}: {reason}.").format(
        what=what, path=p, reason=exc.strerror or exc)


def _not_regular(p: Path, st: os.stat_result, what: str) -> str:
    if stat.S_ISDIR(st.st_mode):
        text = translate("Errors", "{path} is a folder, not a {what} that can be read; choose an ordinary file.")
    elif stat.S_ISFIFO(st.st_mode):
        text = translate("Errors", "{path} is a named pipe, not a {what} that can be read; choose an ordinary file.")
    elif stat.S_ISCHR(st.st_mode) or stat.S_ISBLK(st.st_mode):
        text = translate("Errors", "{path} is a device, not a {what} that can be read; choose an ordinary file.")
    else:
        text = translate("Errors", "{path} is not a regular file, not a {what} that can be read; "
                                   "choose an ordinary file.")
    return text.format(path=p, what=what)


def _too_big(p: Path, size: int, max_bytes: int, what: str) -> str:
    if max_bytes >= 2**20:
        return translate("Errors", "{name} is {size} MB; a {what} can be at most {limit} MB: split it into "
                                   "smaller files.").format(name=p.name, size=f"{size / 2**20:,.0f}", what=what,
                                                            limit=max_bytes // 2**20)
    return translate("Errors", "{name} is too large for a {what} ({size} bytes; at most {limit}).").format(
        name=p.name, what=what, size=f"{size:,}", limit=f"{max_bytes:,}")
