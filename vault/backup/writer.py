"""Write one backup: snapshot → tar → age → target (upload protocol) → signature."""
from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from .. import clock, crypto
from .. import ledger as vledger
from ..db import DB_FILENAME
from ..errors import CrmError, IntegrityError
from . import faults, signature, snapshot
from .archive import FORMAT, SUFFIX, check_cancel
from .archive_write import encrypt, tar_chunks
from .location import Target
from .upload import cleanup_stale, publish, publish_signature
from .verify import Catalog

ProgressFn = Callable[[str, int, int], None]


@dataclass
class BackupInput:
    folder: Path
    vault_key: bytes
    keyslots_bytes: bytes
    vault_id: str
    signing_key: Ed25519PrivateKey
    signing_public_key: str
    recipients: list[str]
    user: str | None
    app_version: str
    chain_head: Callable | None = None
    last_sequence: int = 0          # from the vault's own history for this target
    last_sig_hash: str | None = None
    ledger: object = None           # vault.ledger.Facts: into the manifest and the location's ledger


@dataclass
class BackupResult:
    archive: str
    url: str
    size: int
    sha256: str
    sequence: int
    sig_hash: str
    created: str
    rows: dict
    schema_version: int
    verified: bool
    cleaned: list
    ledger_published: bool | None = None  # the signed ledger object at the location was written


def _after(now: dt.datetime, newest) -> dt.datetime:
    """``now``, or 1 ms after the newest archive at the target if the clock has not moved past it
    (two backups in one millisecond, a clock set back): names stay unique and in time order."""
    if newest is None:
        return now
    last = dt.datetime.fromisoformat(newest.signed["created"].replace("Z", "+00:00"))
    return now if now > last else last + dt.timedelta(milliseconds=1)


def stamp(now: dt.datetime) -> str:
    return now.strftime("%Y%m%dT%H%M%S.") + f"{now.microsecond // 1000:03d}Z"


def write_backup(inp: BackupInput, target: Target, *, progress: ProgressFn | None = None, cancel=None,
                 now: dt.datetime | None = None, work_root: Path | None = None,
                 stale_after: float = 3600.0) -> BackupResult:
    def phase(name: str, done: int = 0, total: int = 0) -> None:
        if progress:
            progress(name, done, total)

    target.ensure()
    _remove_stale_work(work_root)
    work = Path(tempfile.mkdtemp(prefix=".vaultcrm-backup-", dir=str(work_root) if work_root else None))
    try:
        phase("snapshot")
        snap = snapshot.take(Path(inp.folder) / DB_FILENAME, inp.vault_key, work, chain_head=inp.chain_head,
                             progress=progress)
        check_cancel(cancel)
        phase("sequence")
        seq, prev, newest = _sequence(inp, target)
        now = _after(now or clock.utcnow(), newest)
        created = now.isoformat(timespec="milliseconds").replace("+00:00", "Z")
        name = f"{inp.vault_id}-{stamp(now)}{SUFFIX}"
        manifest = _manifest(inp, snap, created)
        crypto.wipe(snap.key)
        total = len(inp.keyslots_bytes) + snap.size
        produce = _producer(inp, snap.path, manifest, cancel, lambda n: phase("encrypt", n, total))
        digest, size = publish(target, name, produce, progress=progress, cancel=cancel)
        signed = {
            "archive": name, "sha256": digest, "size": size, "created": created, "vault_id": inp.vault_id,
            "user": inp.user, "app_version": inp.app_version, "schema_version": snap.schema_version,
            "rows": snap.rows, "audit_chain_head": snap.audit_chain_head, "sequence": seq + 1, "previous": prev,
            "recipients": len(inp.recipients),
        }
        phase("sign")
        _sign(target, name, signed, inp.signing_key)
        published = _publish_ledger(inp, target)
        cleaned = []
        try:
            cleaned = cleanup_stale(target, prefix=inp.vault_id, older_than=stale_after, keep={name})
        except CrmError:
            pass
        return BackupResult(name, target.display(name), size, digest, seq + 1, signature.sig_hash(signed),
                            created, snap.rows, snap.schema_version, True, cleaned, published)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _sequence(inp: BackupInput, target: Target) -> tuple[int, str | None, object]:
    """(last sequence, its signature hash, the newest archive there): the newer of the vault's
    own history and what the target holds."""
    cat = Catalog(target, vault_public_key=inp.signing_public_key, vault_id=inp.vault_id, authoritative=True)
    newest = cat.newest(inp.vault_id)
    seq, prev = inp.last_sequence, inp.last_sig_hash
    if newest is not None and newest.signed["sequence"] >= seq:
        seq, prev = newest.signed["sequence"], signature.sig_hash(newest.signed)
    return seq, prev, newest


def _manifest(inp: BackupInput, snap, created: str) -> dict:
    """manifest.json (``members`` gets vault.db's hash on the way, while it is archived)."""
    return {
        "format": FORMAT,
        "kind": "vaultcrm-backup-manifest",
        "vault_id": inp.vault_id,
        "created": created,
        "user": inp.user,
        "app_version": inp.app_version,
        "schema_version": snap.schema_version,
        "rows": snap.rows,
        "audit_chain_head": snap.audit_chain_head,
        # the revocation ledger (ids, counters, times; no personal data), so a restore on a new
        # machine re-applies erasures and credential changes made before this backup
        "ledger": inp.ledger.to_list() if inp.ledger is not None else [],
        "members": {"keyslots.json": {"sha256": _sha(inp.keyslots_bytes), "size": len(inp.keyslots_bytes)}},
        "db_key": bytes(snap.key).hex(),
        "cipher": dict(snapshot.SNAPSHOT_CIPHER),
        "how_to_open": "SQLCipher 4: PRAGMA key = \"x'<db_key>'\"; "
                       + "; ".join(snapshot.cipher_pragmas(snapshot.SNAPSHOT_CIPHER)),
    }


def _producer(inp: BackupInput, db_path: Path, manifest: dict, cancel, progress: Callable[[int], None]):
    """``produce(writer)`` for ``publish``: the tar of the members, encrypted to the recipients."""
    def produce(w):
        hashes: dict = {}

        def manifest_bytes() -> bytes:
            manifest["members"]["vault.db"] = hashes["vault.db"]
            return json.dumps(manifest, indent=2, sort_keys=True).encode("utf-8") + b"\n"

        members = [("keyslots.json", inp.keyslots_bytes), ("vault.db", db_path),
                   ("manifest.json", manifest_bytes)]
        encrypt(tar_chunks(members, clock.now(), cancel=cancel, hashes=hashes), w, inp.recipients,
                progress=progress)

    return produce


def _sign(target: Target, name: str, signed: dict, signing_key: Ed25519PrivateKey) -> None:
    """Publish the archive's signature; without it the archive is removed again."""
    try:
        publish_signature(target, name, signature.sign(signed, signing_key))
    except BaseException:
        target.delete(name)
        raise
    faults.point("signature-published")


def _publish_ledger(inp: BackupInput, target: Target) -> bool | None:
    """The signed ledger object at the location (a mirror: the archive is good either way)."""
    if inp.ledger is None:
        return None
    try:
        vledger.publish_object(target, inp.vault_id, inp.ledger, inp.signing_key, inp.signing_public_key)
        return True
    except Exception:
        return False


def _remove_stale_work(work_root: Path | None, older_than: float = 6 * 3600) -> None:
    """Snapshots left by a killed backup (encrypted under a key that died with that process)."""
    root = Path(work_root) if work_root else Path(tempfile.gettempdir())
    now = time.time()  # compared with file times: the file system's clock, not the vault's
    for p in root.glob(".vaultcrm-backup-*"):
        try:
            if p.is_dir() and p.stat().st_uid == os.getuid() and now - p.stat().st_mtime > older_than:
                shutil.rmtree(p, ignore_errors=True)
        except (OSError, AttributeError):
            continue


def prune(target: Target, name: str, signing_key: Ed25519PrivateKey, signed: dict) -> bool:
    """Remove one archive on purpose: a signed tombstone first (so the chain has no unexplained
    gap), then the archive. Its ``.sig`` stays. False if the target refused."""
    tomb = signature.sign({"archive": name, "sig_hash": signature.sig_hash(signed), "vault_id": signed["vault_id"],
                           "sequence": signed["sequence"],
                           "pruned_at": clock.iso()},
                          signing_key, kind=signature.KIND_PRUNED)
    try:
        target.put_bytes(name + ".pruned", tomb)
    except Exception:
        return False
    return target.delete(name)


def _sha(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()


__all__ = ["BackupInput", "BackupResult", "write_backup", "prune", "IntegrityError"]
