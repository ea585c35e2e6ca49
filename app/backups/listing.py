"""Listing the archives at a location with their quick-verify state."""
from __future__ import annotations

from pathlib import Path

from vault.backup.verify import Catalog
from vault.jobs import JobContext
from vault.keyslots import KeySlots

from .common import open_location, vault_public_key


def list_archives(url: str, *, vault_folder: str | None = None, session=None, check_hash: bool = True,
                  s3_endpoint: str | None = None, trust_host_key=False, job: JobContext | None = None,
                  signer_fingerprint: str | None = None) -> list[dict]:
    """Every signed archive at ``url`` with its quick-verify state: ``ok``, ``damaged``,
    ``bad-signature``, ``missing`` (signature there, archive gone), ``gap`` (sequence numbers
    missing: archives deleted), ``pruned`` is not listed. Newest first."""
    target = open_location(url, session, s3_endpoint=s3_endpoint, trust_host_key=trust_host_key)
    pub = vault_public_key(vault_folder, session)
    vid = session.vault.vault_id if session is not None else (
        KeySlots.load(Path(vault_folder)).vault_id if vault_folder else None)
    cat = Catalog(target, vault_public_key=pub, vault_id=vid, signer_fingerprint=signer_fingerprint,
                  authoritative=session is not None)
    rows = []
    for name, info in cat.sigs.items():
        signed = info.signed
        row = {"archive": name, "created": signed.get("created"), "size": signed.get("size"),
               "state": "ok", "sequence": signed.get("sequence"), "vault_id": name[:36], "detail": ""}
        if not info.valid:
            row.update(state="bad-signature", detail=info.error)
        elif name in cat.pruned and name not in cat.entries:
            continue
        elif name not in cat.entries:
            row.update(state="missing", detail="the archive was deleted (its signature is still there)")
        elif check_hash:
            from vault.backup.verify import Checks, hash_check

            checks = Checks()
            if not hash_check(target, name, signed, checks, job):
                row.update(state="damaged", detail="; ".join(checks.failures()))
        elif cat.entries[name]["size"] != signed["size"]:
            row.update(state="damaged", detail="size differs from the signature")
        rows.append(row)
    for v in cat.vault_ids():
        for gap in cat.gaps(v):
            rows.append({"archive": None, "created": None, "size": None, "state": "gap", "sequence": gap["sequence"],
                         "vault_id": v, "detail": gap["detail"]})
    if session is not None:
        last = session.conn.execute("SELECT max(sequence), archive FROM backup_history WHERE target = ?"
                                    " AND pruned_at IS NULL", (url,)).fetchone()
        newest = cat.newest(session.vault.vault_id)
        if last and last[0] and (newest is None or newest.signed["sequence"] < last[0]):
            rows.append({"archive": last[1], "created": None, "size": None, "state": "gap", "sequence": [last[0]],
                         "vault_id": session.vault.vault_id,
                         "detail": f"the newest backup this vault made here ({last[1]}) is gone"})
    rows.sort(key=lambda r: (r["created"] or "9999", str(r["sequence"])), reverse=True)
    return rows

