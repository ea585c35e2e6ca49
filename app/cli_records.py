"""CLI sub-commands for customer records: ``import``, ``export``, ``search`` (../shared/CLI.md)."""
from __future__ import annotations

from pathlib import Path

from vault.errors import UsageError
from vault.fsutil import check_output_path

from . import auth
from .cli import sign_in


def register(sub, ctx) -> None:
    common, signin = ctx["common"], ctx["signin"]

    p = sub.add_parser("import", parents=[common, signin], help="import customers from CSV or vCard")
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

    p = sub.add_parser("export", parents=[common, signin], help="export the customers you may see")
    p.add_argument("vault")
    p.add_argument("--format", choices=["csv", "json", "vcard"], required=True)
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--force", action="store_true",
                   help="replace FILE if it exists (never a vault's own files, never a device or folder)")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("search", parents=[common, signin], help="full-text search over customers")
    p.add_argument("vault")
    p.add_argument("query")
    p.add_argument("--limit", type=int, default=20)
    p.set_defaults(func=cmd_search)


def _mapping(items: list[str]) -> dict[str, str]:
    mapping = {}
    for item in items:
        if "=" not in item:
            raise UsageError(f"--map wants HEADER=FIELD, not {item!r}")
        header, target = item.rsplit("=", 1)
        mapping[header.strip()] = target.strip()
    return mapping


def cmd_import(args, io) -> dict:
    from .records import importing

    path = Path(args.file)
    data = importing.read_file(path)
    mapping = _mapping(args.map)
    delimiter = "\t" if args.delimiter in ("tab", "\\t") else args.delimiter
    session = sign_in(args, io)
    try:
        report = importing.import_bytes(
            session, data, name=path.name, format=args.format, dry_run=args.dry_run, mapping=mapping or None,
            encoding=args.encoding, delimiter=delimiter, duplicates=args.duplicates)
    finally:
        auth.lock(session)
    verb = "would import" if args.dry_run else "imported"
    io.say(f"{verb} {report.imported}, skipped {report.skipped}" + (" (dry run: nothing written)" if args.dry_run
                                                                      else ""))
    for e in report.errors:
        io.say(f"  {e['where']}: {e['reason']}")
    if report.errors and not report.imported and report.fatal:
        io.exit_status = 1
    return report.as_json()


def cmd_export(args, io) -> dict:
    from .records import exporting

    # checked before signing in (no Argon2id for a refused path), and again by the service
    check_output_path(args.out, force=args.force, vault_folders=[args.vault])
    session = sign_in(args, io)
    try:
        n = exporting.export_file(session, args.out, args.format, force=args.force)
    finally:
        auth.lock(session)
    io.say(f"exported {n} customers to {args.out}")
    return {"exported": n, "path": str(Path(args.out).resolve())}


def cmd_search(args, io) -> list:
    from .records.search import search

    if args.limit < 1:
        raise UsageError("--limit must be at least 1")
    session = sign_in(args, io)
    try:
        rows = search(session, args.query, limit=args.limit)
    finally:
        auth.lock(session)
    for r in rows:
        io.say(f"{r['id']:>7}  {r['display_name']:<30} {r['company']:<24} {r['email']:<30} {r['phone']}")
    if not rows:
        io.say("no customers found")
    return rows
