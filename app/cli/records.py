"""Customer records in bulk: ``import``, ``export``, ``search`` (../shared/CLI.md)."""
from __future__ import annotations

from pathlib import Path

from vault.errors import UsageError
from vault.fsutil import check_output_path
from vault.i18n import translate

from ..records import exporting, importing
from ..records.search import search
from .base import IO, Parents, signed_in


def register(sub, parents: Parents) -> None:
    both = [parents.common, parents.signin]
    p = sub.add_parser("import", parents=both, help="import customers from CSV or vCard")
    p.add_argument("vault")
    p.add_argument("file")
    p.add_argument("--format", choices=["csv", "vcard"], help="default: from the file name and content")
    p.add_argument("--dry-run", action="store_true", help="check everything, write nothing")
    p.add_argument("--map", action="append", default=[], metavar="HEADER=FIELD",
                   help="CSV: map a column explicitly (repeatable); FIELD 'skip' ignores it")
    p.add_argument("--encoding", help="CSV: the file's encoding (default: detected)")
    p.add_argument("--delimiter", help="CSV: the delimiter (default: detected; 'tab' for a tab)")
    p.add_argument("--duplicates", choices=["skip", "import"], default="skip",
                   help="a row matching an existing customer (same email or phone): skip it (default) or import it")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("export", parents=both, help="export the customers you may see")
    p.add_argument("vault")
    p.add_argument("--format", choices=["csv", "json", "vcard"], required=True)
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--force", action="store_true",
                   help="replace FILE if it exists (never a vault's own files, never a device or folder)")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("search", parents=both, help="full-text search over customers")
    p.add_argument("vault")
    p.add_argument("query")
    p.add_argument("--limit", type=int, default=20)
    p.set_defaults(func=cmd_search)


def _mapping(items: list[str]) -> dict[str, str]:
    mapping = {}
    for item in items:
        if "=" not in item:
            raise UsageError(translate("Errors", "--map wants HEADER=FIELD, not {item}.").format(item=repr(item)))
        header, target = item.rsplit("=", 1)
        mapping[header.strip()] = target.strip()
    return mapping


def cmd_import(args, io: IO) -> dict:
    path = Path(args.file)
    data = importing.read_file(path)
    mapping = _mapping(args.map)
    delimiter = "\t" if args.delimiter in ("tab", "\\t") else args.delimiter
    with signed_in(args, io) as session:
        report = importing.import_bytes(
            session, data, name=path.name, format=args.format, dry_run=args.dry_run, mapping=mapping or None,
            encoding=args.encoding, delimiter=delimiter, duplicates=args.duplicates)
    if args.dry_run:
        io.say(translate("Cli", "Would import {imported}, skipped {skipped} (dry run: nothing written).").format(
            imported=report.imported, skipped=report.skipped))
    else:
        io.say(translate("Cli", "Imported {imported}, skipped {skipped}.").format(
            imported=report.imported, skipped=report.skipped))
    if report.encoding:
        if report.encoding_confidence is None or report.encoding_confidence >= importing.SURE:
            io.say(translate("Cli", "encoding: {encoding}").format(encoding=report.encoding))
        else:
            io.say(translate("Cli", "encoding: {encoding} (a guess)").format(encoding=report.encoding))
    for w in report.warnings:
        io.say(translate("Cli", "  warning: {where}: {reason}").format(where=w["where"], reason=w["reason"]))
    for e in report.errors:
        io.say(translate("Cli", "  {where}: {reason}").format(where=e["where"], reason=e["reason"]))
    if report.errors and not report.imported and report.fatal:
        io.exit_status = 1
    return report.as_json()


def cmd_export(args, io: IO) -> dict:
    # checked before signing in (no Argon2id for a refused path), and again by the service
    check_output_path(args.out, force=args.force, vault_folders=[args.vault])
    with signed_in(args, io) as session:
        n = exporting.export_file(session, args.out, args.format, force=args.force)
    io.say(translate("Cli", "Exported %n customer(s) to {path}.", None, n).format(path=args.out))
    return {"exported": n, "path": str(Path(args.out).resolve())}


def cmd_search(args, io: IO) -> list:
    if args.limit < 1:
        raise UsageError(translate("Errors", "--limit must be at least 1."))
    with signed_in(args, io) as session:
        rows = search(session, args.query, limit=args.limit)
    for r in rows:
        line = f"{r['id']:>7}  {r['display_name']:<30} {r['company']:<24} {r['email']:<30} {r['phone']}"
        io.say(line)
    if not rows:
        io.say(translate("Cli", "No customers found."))
    return rows
