"""Quick verify (no secret), deep verify (recovery key), and listings with sequence gaps.

Quick: the ``.sig`` parses, is signed by the pinned key (see ``signature``), the archive's size
and SHA-256 match it, and the chain of signatures on the target has no gap up to it.
Deep: all of that in one streaming pass that also decrypts with the recovery key into a private
temporary folder (removed on any failure), then member hashes, the manifest against the
signature, ``integrity_check`` and ``cipher_integrity_check`` on the database opened with the
manifest's key, row counts against the manifest, and the archived ``keyslots.json`` (same vault,
same signing key, recovery slot opens with this recovery key, MAC valid).
"""
from __future__ import annotations

import contextlib
import json
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pyrage

from .. import crypto
from ..errors import AuthenticationError, CrmError, IntegrityError
from ..i18n import translate
from ..keyslots import KeySlots
from . import signature
from .archive import SIG_SUFFIX, SUFFIX
from .archive_read import HashingReader, TarParser, decrypt
from .location import Target
from .snapshot import check_parallel

NAME_RE = re.compile(r"^(?P<vault>[0-9a-f-]{36})-(?P<stamp>\d{8}T\d{6}(?:\.\d+)?Z)\.crmbak$")
PRUNED_SUFFIX = ".crmbak.pruned"


@dataclass
class Checks:
    items: list[dict] = field(default_factory=list)

    def add(self, name: str, ok: bool, detail: str = "") -> bool:
        self.items.append({"name": name, "ok": bool(ok), "detail": detail})
        return ok

    @property
    def ok(self) -> bool:
        return bool(self.items) and all(c["ok"] for c in self.items)

    def failures(self) -> list[str]:
        return [f"{c['name']}: {c['detail']}" for c in self.items if not c["ok"]]


@dataclass
class SigInfo:
    name: str            # archive name
    doc: dict | None     # parsed signature (None: damaged)
    valid: bool          # signed by the pinned key
    error: str = ""

    @property
    def signed(self) -> dict:
        return self.doc["signed"] if self.doc else {}


def archive_name_time(name: str) -> str | None:
    m = NAME_RE.match(name)
    return m.group("stamp") if m else None


def _vault_of(name: str) -> str | None:
    m = NAME_RE.match(name)
    return m.group("vault") if m else None


class Catalog:
    """Everything signed on a target: signatures, tombstones, archive files; trust resolved."""

    def __init__(self, target: Target, *, vault_public_key: str | None = None, vault_id: str | None = None,
                 pins: signature.SignerPins | None = None, signer_fingerprint: str | None = None,
                 authoritative: bool = False):
        self.target = target
        self.entries = {e["name"]: e for e in target.ls()}
        self.pins = pins or signature.SignerPins()
        self.vault_public_key = vault_public_key
        self.only_vault = vault_id
        self.authoritative = authoritative
        self.signer_fingerprint = signer_fingerprint.strip() if signer_fingerprint else None
        self.sigs: dict[str, SigInfo] = {}
        self.pruned: dict[str, dict] = {}
        self.trust: dict[str, tuple[str | None, str]] = {}
        self._load()

    def _load(self) -> None:
        names = sorted(n for n in self.entries if n.endswith(SIG_SUFFIX) and NAME_RE.match(n[:-4]))
        docs: dict[str, dict | None] = {}
        errors: dict[str, str] = {}
        for sig_name in names:
            name = sig_name[:-4]
            if self.only_vault and _vault_of(name) != self.only_vault:
                continue
            try:
                doc = signature.parse(self.target.get_bytes(sig_name))
                if doc["signed"]["archive"] != name or doc["signed"]["vault_id"] != _vault_of(name):
                    raise IntegrityError(translate("Errors", "The signature names another archive."))
                docs[name] = doc
            except CrmError as exc:
                docs[name] = None
                errors[name] = str(exc)
        how = translate("Backups", "the vault's keyslots.json")
        if self.signer_fingerprint and not self.vault_public_key:
            import base64

            how = translate("Backups", "the fingerprint given ({fingerprint})").format(
                fingerprint=self.signer_fingerprint)
            self.vault_public_key = "(" + translate("Backups", "no signature carries the fingerprint given") + ")"
            for doc in docs.values():
                if doc and signature.fingerprint(base64.b64decode(doc["public_key"])) == self.signer_fingerprint:
                    self.vault_public_key = doc["public_key"]
                    break
        # trust: per vault id, newest signature first for trust on first use
        for name in sorted(docs, reverse=True):
            vid = _vault_of(name)
            if vid in self.trust or docs[name] is None:
                continue
            vpk = self.vault_public_key if (self.only_vault is None or self.only_vault == vid) else None
            if vpk and vpk.startswith("("):
                self.trust[vid] = (None, vpk[1:-1])
                continue
            self.trust[vid] = signature.resolve_pin(vid, vault_public_key=vpk, pins=self.pins,
                                                    first_use_key=docs[name]["public_key"], how=how,
                                                    authoritative=self.authoritative)
        for name, doc in docs.items():
            key, _how = self.trust.get(_vault_of(name), (None, ""))
            if doc is None:
                self.sigs[name] = SigInfo(name, None, False, errors.get(name) or translate("Backups", "damaged"))
                continue
            try:
                if key is None:
                    raise IntegrityError(translate("Errors", "No trusted key for this vault."))
                signature.check(doc, key)
                self.sigs[name] = SigInfo(name, doc, True)
            except IntegrityError as exc:
                self.sigs[name] = SigInfo(name, doc, False, str(exc))
        for n in self.entries:
            if n.endswith(PRUNED_SUFFIX):
                name = n[: -len(".pruned")]
                key, _ = self.trust.get(_vault_of(name), (None, ""))
                with contextlib.suppress(CrmError):
                    doc = signature.parse(self.target.get_bytes(n), signature.KIND_PRUNED)
                    if key and doc["signed"]["archive"] == name:
                        signature.check(doc, key)
                        self.pruned[name] = doc["signed"]

    def vault_ids(self) -> list[str]:
        return sorted({_vault_of(n) for n in self.sigs})

    def chain(self, vault_id: str) -> list[SigInfo]:
        """Valid signatures of one vault, by sequence."""
        good = [s for s in self.sigs.values() if s.valid and s.signed["vault_id"] == vault_id]
        return sorted(good, key=lambda s: (s.signed["sequence"], s.name))

    def gaps(self, vault_id: str) -> list[dict]:
        """Missing sequence numbers and broken links in one vault's chain."""
        out = []
        prev = None
        for s in self.chain(vault_id):
            seq = s.signed["sequence"]
            if prev is None:
                if seq != 1 and s.signed.get("previous") is not None:
                    out.append({"sequence": list(range(1, seq)), "before": s.name,
                                "detail": translate("Backups", "sequences 1..{last} are missing before {name}"
                                                    ).format(last=seq - 1, name=s.name)})
            else:
                pseq = prev.signed["sequence"]
                if seq == pseq:
                    out.append({"sequence": [seq], "before": s.name,
                                "detail": translate("Backups", "two archives claim sequence {sequence}").format(
                                    sequence=seq)})
                elif seq > pseq + 1:
                    missing = str(pseq + 1) if seq == pseq + 2 else f"{pseq + 1}..{seq - 1}"
                    out.append({"sequence": list(range(pseq + 1, seq)), "before": s.name,
                                "detail": translate("Backups", "sequence {missing} missing between {previous} and"
                                                               " {name}: an archive was deleted").format(
                                    missing=missing, previous=prev.name, name=s.name)})
                elif s.signed.get("previous") != signature.sig_hash(prev.signed):
                    out.append({"sequence": [seq], "before": s.name,
                                "detail": translate("Backups", "{name} does not follow {previous}: an archive was"
                                                               " replaced").format(name=s.name, previous=prev.name)})
            prev = s
        return out

    def newest(self, vault_id: str) -> SigInfo | None:
        chain = self.chain(vault_id)
        return chain[-1] if chain else None


def hash_check(target: Target, name: str, signed: dict, checks: Checks, cancel=None, progress=None) -> bool:
    from .upload import hash_remote

    try:
        digest, size = hash_remote(target, name, cancel, progress)
    except CrmError as exc:
        return checks.add("archive", False, str(exc))
    ok_size = checks.add("size", size == signed["size"], _size_detail(size, signed))
    ok_hash = checks.add("sha256", digest == signed["sha256"], _hash_detail(digest, signed))
    return ok_size and ok_hash


def _size_detail(size: int, signed: dict) -> str:
    if size == signed["size"]:
        return translate("Backups", "{size} bytes").format(size=size)
    return translate("Backups", "{size} bytes, the signature says {signed}").format(size=size, signed=signed["size"])


def _hash_detail(digest: str, signed: dict) -> str:
    if digest == signed["sha256"]:
        return digest
    return translate("Backups", "{digest}, the signature says {signed}").format(digest=digest,
                                                                                signed=signed["sha256"])


def _missing_archive(name: str) -> str:
    return translate("Backups", "{name} is missing (its signature is there)").format(name=name)


def signature_checks(cat: Catalog, name: str, checks: Checks) -> SigInfo | None:
    if not NAME_RE.match(name):
        checks.add("name", False, translate("Backups", "{name} is not a VaultCRM archive name").format(name=name))
        return None
    info = cat.sigs.get(name)
    if info is None:
        checks.add("signature", False, translate("Backups", "{name}.sig is missing: an incomplete or foreign upload"
                                                 ).format(name=name))
        return None
    vid = _vault_of(name)
    _key, how = cat.trust.get(vid, (None, translate("Backups", "no trusted key")))
    checks.add("signer", info.valid or info.doc is None, how if info.valid or info.doc is None else info.error)
    if not info.valid:
        checks.add("signature", False, info.error)
        return None
    checks.add("signature", True, translate("Backups", "Ed25519 by {fingerprint}, sequence {sequence}").format(
        fingerprint=info.doc["fingerprint"], sequence=info.signed["sequence"]))
    return info


def chain_check(cat: Catalog, info: SigInfo, checks: Checks) -> None:
    vid = info.signed["vault_id"]
    bad = [g for g in cat.gaps(vid) if min(g["sequence"]) <= info.signed["sequence"]]
    checks.add("sequence", not bad, "; ".join(g["detail"] for g in bad) if bad else
               translate("Backups", "no gap up to sequence {sequence}").format(sequence=info.signed["sequence"]))


def quick_verify(target: Target, name: str, *, vault_public_key: str | None = None, cancel=None,
                 progress=None, catalog: Catalog | None = None, signer_fingerprint: str | None = None) -> Checks:
    checks = Checks()
    cat = catalog or Catalog(target, vault_public_key=vault_public_key, vault_id=_vault_of(name),
                             signer_fingerprint=signer_fingerprint)
    info = signature_checks(cat, name, checks)
    if info is None:
        return checks
    if name not in cat.entries:
        checks.add("archive", False, _missing_archive(name))
    else:
        hash_check(target, name, info.signed, checks, cancel, progress)
    chain_check(cat, info, checks)
    return checks


@dataclass
class Extracted:
    folder: Path
    manifest: dict
    keyslots_bytes: bytes
    db_key: bytearray
    vault_key: bytearray | None
    signed: dict

    def wipe(self) -> None:
        crypto.wipe(self.db_key)
        crypto.wipe(self.vault_key)


def deep_verify(target: Target, name: str, identity: str, *, vault_public_key: str | None = None,
                keep_in: Path | None = None, cancel=None, progress=None,
                signer_fingerprint: str | None = None) -> tuple[Checks, Extracted | None]:
    """Quick checks + decrypt + everything inside. With ``keep_in`` (a folder on the same
    filesystem as a restore destination) the extracted files are kept there and returned only
    when every check passed; otherwise the private temporary folder is always removed."""
    checks = Checks()
    cat = Catalog(target, vault_public_key=vault_public_key, vault_id=_vault_of(name),
                  signer_fingerprint=signer_fingerprint)
    info = signature_checks(cat, name, checks)
    if info is None:
        return checks, None
    signed = info.signed
    chain_check(cat, info, checks)
    if name not in cat.entries:
        checks.add("archive", False, _missing_archive(name))
        return checks, None
    work = Path(tempfile.mkdtemp(prefix=".vaultcrm-verify-", dir=str(keep_in) if keep_in else None))
    extracted = None
    try:
        extracted = _deep(target, name, identity, signed, info, work, checks, cancel, progress,
                          keep=keep_in is not None)
        if extracted is not None and checks.ok and keep_in is not None:
            return checks, extracted
        if extracted is not None:
            extracted.wipe()
        return checks, None
    finally:
        if not (checks.ok and keep_in is not None and extracted is not None):
            shutil.rmtree(work, ignore_errors=True)


def _deep(target, name, identity, signed, info, work: Path, checks: Checks, cancel, progress, *,
          keep: bool) -> Extracted | None:
    parser = TarParser(work, fsync=keep)
    decrypted, detail = _decrypt_checked(target, name, identity, signed, parser, checks, cancel, progress)
    if not checks.add("decrypt", decrypted, detail):
        return None
    manifest = _read_manifest(parser, checks)
    if manifest is None or not _members_match(manifest, parser, signed, checks):
        return None
    db_key = _check_database(work, manifest, checks)
    if db_key is None:
        return None
    return _check_keyslots(parser, manifest, info, identity, checks, work, db_key, signed)


def _decrypt_checked(target, name, identity, signed, parser: TarParser, checks: Checks, cancel,
                     progress) -> tuple[bool, str]:
    """Decrypt the archive into ``parser``, reading every byte: the size and SHA-256 checks
    against the signature, and (decrypted, detail) for the decrypt check."""
    with target.open_read(name) as fh:
        reader = HashingReader(fh, progress=(lambda n: progress("verify", n, signed["size"])) if progress else None,
                               cancel=cancel)
        try:
            try:
                decrypt(reader, parser, identity)
                reader.drain()
                decrypted = True
                detail = translate("Backups", "age decrypted and authenticated every chunk")
            except AuthenticationError:
                raise
            except IntegrityError as exc:
                decrypted, detail = False, str(exc)
            # the ciphertext hash covers all bytes read so far; finish reading for the hash check
            with contextlib.suppress(Exception):
                reader.drain()
        finally:
            reader.close()
    checks.add("size", reader.size == signed["size"], _size_detail(reader.size, signed))
    digest = reader.hexdigest()
    checks.add("sha256", digest == signed["sha256"], _hash_detail(digest, signed))
    return decrypted, detail


def _read_manifest(parser: TarParser, checks: Checks) -> dict | None:
    try:
        manifest = json.loads(parser.small["manifest.json"].decode("utf-8"))
        if manifest.get("format") != 1 or not isinstance(manifest.get("members"), dict):
            raise ValueError("unknown manifest format")
    except (KeyError, ValueError, UnicodeDecodeError) as exc:
        checks.add("manifest", False, translate("Backups", "manifest.json is missing or damaged ({reason})").format(
            reason=exc))
        return None
    return manifest


def _members_match(manifest: dict, parser: TarParser, signed: dict, checks: Checks) -> bool:
    """The members' hashes against the manifest, the manifest against the signature; False when a
    member differs (the manifest differing from the signature is a failed check, not a stop)."""
    bad = []
    for member in ("keyslots.json", "vault.db"):
        want = manifest["members"].get(member, {})
        got = parser.members.get(member, {})
        if not got or got.get("sha256") != want.get("sha256") or got.get("size") != want.get("size"):
            bad.append(member)
    checks.add("members", not bad, translate("Backups", "SHA-256 of keyslots.json and vault.db match the manifest")
               if not bad else translate("Backups", "differ from the manifest: {members}").format(
                   members=", ".join(bad)))
    agree = [k for k in ("vault_id", "created", "rows", "schema_version", "audit_chain_head", "app_version")
             if manifest.get(k) != signed.get(k)]
    checks.add("manifest", not agree, translate("Backups", "agrees with the signature") if not agree
               else translate("Backups", "differs from the signature in {fields}").format(fields=", ".join(agree)))
    return not bad


def _check_database(work: Path, manifest: dict, checks: Checks) -> bytearray | None:
    """Open the extracted vault.db with the manifest's key: integrity, row counts, schema. The key,
    or None when it does not open."""
    try:
        db_key = bytearray(bytes.fromhex(manifest["db_key"]))
    except (KeyError, ValueError):
        checks.add("database", False, translate("Backups", "the manifest holds no database key"))
        return None
    try:
        cipher = manifest.get("cipher") if isinstance(manifest.get("cipher"), dict) else None
        problems, rows, version, _head = check_parallel(work / "vault.db", db_key, cipher=cipher)
        checks.add("integrity_check", not problems, translate("Backups", "integrity_check and cipher_integrity_check:"
                                                                         " ok") if not problems
                   else "; ".join(problems[:3]))
    except Exception as exc:
        checks.add("integrity_check", False, translate("Backups", "the database does not open with the manifest's"
                                                                  " key ({reason})").format(reason=exc))
        return None
    diff = sorted(k for k in set(rows) | set(manifest.get("rows", {})) if rows.get(k) != manifest["rows"].get(k))
    checks.add("rows", not diff, translate("Backups", "{rows} rows in {tables} tables match the manifest").format(
        rows=sum(rows.values()), tables=len(rows)) if not diff
        else translate("Backups", "row counts differ in {tables}").format(tables=", ".join(diff[:5])))
    checks.add("schema", version == manifest.get("schema_version"),
               translate("Backups", "schema version {version}").format(version=version))
    return db_key


def _check_keyslots(parser: TarParser, manifest: dict, info, identity: str, checks: Checks, work: Path,
                    db_key: bytearray, signed: dict) -> Extracted | None:
    """keyslots.json: same vault, same signing key, and (with the vault's recovery key) the
    recovery slot opens and the MAC is valid."""
    vault_key = None
    try:
        ks_bytes = parser.small["keyslots.json"]
        ks = KeySlots.from_bytes(ks_bytes)
        if ks.vault_id != manifest.get("vault_id"):
            raise IntegrityError(translate("Errors", "keyslots.json belongs to another vault."))
        if ks.signing_public_key != info.doc["public_key"]:
            raise IntegrityError(translate("Errors", "keyslots.json names another signing key than the one that"
                                                     " signed."))
        ident = pyrage.x25519.Identity.from_str(identity.strip())
        if str(ident.to_public()) != ks.recovery_recipient:
            # an extra recipient (e.g. an off-site admin's key) reads the archive but holds no vault key
            checks.add("keyslots", True, translate("Backups", "same vault and signing key; recovery slot not checked"
                                                              " (this key is an extra recipient, not the vault's"
                                                              " recovery key: it cannot restore)"))
            return Extracted(work, manifest, ks_bytes, db_key, None, signed)
        try:
            vault_key = bytearray(pyrage.decrypt(crypto.b64d(ks.recovery_slot), [ident]))
        except Exception:
            raise IntegrityError(translate("Errors", "The recovery slot in the archive does not open with this"
                                                     " recovery key.")) from None
        ks.check_mac(vault_key)
        checks.add("keyslots", True, translate("Backups", "same vault and signing key; recovery slot opens; MAC valid"))
    except (CrmError, KeyError) as exc:
        checks.add("keyslots", False, str(exc))
        crypto.wipe(vault_key)
        return None
    return Extracted(work, manifest, ks_bytes, db_key, vault_key, signed)


def manifest_cipher(manifest: dict) -> dict | None:
    c = manifest.get("cipher")
    return c if isinstance(c, dict) else None


def is_archive_name(name: str) -> bool:
    return bool(NAME_RE.match(name)) and name.endswith(SUFFIX)
