"""Importing customers from CSV and vCard files.

CSV: the encoding is detected (UTF-8 with or without BOM, UTF-16 with BOM, else the Windows/ISO
code page whose reading gives words of one language; a guess it is not sure of is warned), the delimiter too (``,`` ``;`` tab ``|``,
csv.Sniffer checked against how consistently each candidate splits the first rows); headers are
mapped for Google Contacts, Outlook and plain exports (or explicitly); the stdlib ``csv`` module
does the parsing. vCard: see ``vcard``.

Every record is either imported or reported with where it is (line or card) and why. Good
records go in one transaction per batch (a crash or a cancel leaves whole batches only, never a
half-written record); ``dry_run`` checks everything and writes nothing.
"""
from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from vault import clock
from vault.errors import Cancelled, NotFoundError, UsageError, ValidationError
from vault.fsutil import read_input
from vault.i18n import translate
from vault.jobs import JobContext

from .. import audit
from ..session import Session
from . import customers as cust
from . import vcard
from .duplicates import BatchMatcher
from .import_mapping import FIELD_CHOICES, FIELD_TARGETS, auto_mapping, check_target, is_target, row_to_input
from .import_text import (
    SURE,
    ImportFileError,
    csv_records,
    decode,
    decode_guess,
    detect_format,
    read_csv,
    sniff_delimiter,
)
from .import_writer import ImportWriter, bulk_mode
from .rows import restricted_ids
from .validation import MAX_TEXT, clean_customer

# the import's public names, wherever they live (the CLI, the transfer screen and tests use them)
__all__ = ["BATCH", "FIELD_CHOICES", "FIELD_TARGETS", "MAX_FILE_BYTES", "ImportFileError", "ImportReport",
           "check_target", "decode", "decode_guess", "is_target", "detect_format", "import_bytes", "import_file", "read_csv", "read_file",
           "sniff_delimiter", "undo_import"]

BATCH = 5000  # rows per transaction (cancel and progress are checked between batches)


@dataclass
class ImportReport:
    format: str = "csv"
    dry_run: bool = False
    imported: int = 0
    skipped: int = 0
    errors: list[dict] = field(default_factory=list)      # {where, reason}: each record not imported
    warnings: list[dict] = field(default_factory=list)    # imported, but something was dropped or noted
    duplicates: list[dict] = field(default_factory=list)  # {where, customer_id, reason}
    imported_ids: list[int] = field(default_factory=list)
    encoding: str | None = None
    encoding_confidence: float | None = None  # 1: declared, a BOM or UTF-8; below SURE: a guess (warned)
    delimiter: str | None = None
    columns: dict[str, str] = field(default_factory=dict)  # header -> field it was mapped to
    headers: list[str] = field(default_factory=list)       # CSV: the file's columns, in order
    targets: list[str] = field(default_factory=list)       # CSV: where each goes ("skip": nowhere)
    ignored_columns: list[str] = field(default_factory=list)
    import_id: int | None = None
    cancelled: bool = False
    fatal: bool = False

    def error(self, where: str, reason: str) -> None:
        self.skipped += 1
        self.errors.append({"where": where, "reason": reason})

    def as_json(self) -> dict:
        return {"imported": self.imported, "skipped": self.skipped, "errors": self.errors,
                "dry_run": self.dry_run, "cancelled": self.cancelled, "format": self.format,
                "encoding": self.encoding,
                "encoding_confidence": self.encoding_confidence, "delimiter": self.delimiter, "columns": self.columns,
                "ignored_columns": self.ignored_columns, "duplicates": self.duplicates,
                "warnings": self.warnings, "import_id": self.import_id}



def import_bytes(session: Session, data: bytes, *, name: str = "", format: str | None = None,
                 dry_run: bool = False, mapping: dict[str, str] | None = None, encoding: str | None = None,
                 delimiter: str | None = None, duplicates: str = "skip", batch_size: int = BATCH,
                 job: JobContext | None = None) -> ImportReport:
    """Import customers from a file's bytes.

    ``mapping``: header → field (see ``check_target``) overriding the automatic mapping (CSV).
    ``duplicates``: "skip" (a record matching an existing customer or an earlier record by email,
    phone, or close name at the same company is reported and not imported) or "import".
    ``job.progress("import", records_read, estimated_total)`` is called after each batch (the
    total is estimated from the share of the file read so far); a cancelled ``job`` stops before
    the next batch (whole batches already written stay; the report says ``cancelled``). Returns
    an ImportReport; file-level problems set ``fatal``.
    """
    session.require("customers.import")
    if duplicates not in ("skip", "import"):
        raise UsageError(translate("Errors", "duplicates: skip or import"))
    fmt = format or detect_format(data, name)
    report = ImportReport(format=fmt, dry_run=dry_run)
    try:
        text, report.encoding, report.encoding_confidence = decode_guess(data, encoding)
        if report.encoding_confidence < SURE:
            report.warnings.append({"where": "file", "reason": translate(
                "Import", "the file's encoding was guessed as {encoding} (not sure): check that names with accents"
                " read right, or give the encoding").format(encoding=report.encoding)})
        if fmt == "vcard":
            records = _vcard_records(text)
        else:
            report.delimiter = delimiter or sniff_delimiter(text)
            records = _csv_records(text, report.delimiter, mapping, report)
        with contextlib.nullcontext() if dry_run else bulk_mode(session.conn):
            _run(session, records, report, dry_run=dry_run, duplicates=duplicates, batch_size=max(1, batch_size),
                 job=job or JobContext(), source=name)
    except ImportFileError as exc:
        report.fatal = True
        report.errors.append({"where": "file", "reason": exc.message})
    return report


MAX_FILE_BYTES = 512 * 1024 * 1024  # the file is read and decoded whole: about 4 million rows


def read_file(path: str | Path) -> bytes:
    """The bytes of a file to import; UsageError when it cannot be read, is not a regular file (a
    device such as /dev/zero or a named pipe would never end), or is too large to read whole (the
    import decodes the file in memory before it writes anything). See ``vault.fsutil.read_input``."""
    return read_input(path, max_bytes=MAX_FILE_BYTES, what=translate("Errors", "file to import"))


def import_file(session: Session, path: str | Path, **kwargs) -> ImportReport:
    return import_bytes(session, read_file(path), name=Path(path).name, **kwargs)


def _vcard_records(text: str) -> Iterator[tuple[str, dict | None, str | None, float]]:
    total = max(1, text.upper().count("BEGIN:VCARD"))
    for n, (where, data, err) in enumerate(vcard.parse(text), start=1):
        if where == "file":
            raise ImportFileError(err)
        yield where, data, err, min(1.0, n / total)


def _csv_records(text: str, delimiter: str, explicit: dict[str, str] | None,
                 report: ImportReport) -> Iterator[tuple[str, dict | None, str | None, float]]:
    read = [0.0]
    rows = csv_records(text, delimiter, read)
    header = None
    for start, row, err in rows:
        if err:
            raise ImportFileError(translate("Errors", "line {line}: {problem}").format(line=start, problem=err))
        header = [h.strip() for h in row]
        break
    if header is None:
        raise ImportFileError(translate("Errors", "the file is empty"))
    mapping = auto_mapping(header)
    if explicit:
        known = {h: i for i, h in enumerate(header)}
        for h, t in explicit.items():
            if h not in known:
                raise UsageError(translate("Errors", "--map: the file has no column {column} (columns: {columns})"
                                           ).format(column=repr(h), columns=", ".join(header)))
            mapping[known[h]] = check_target(t)
    report.columns = {header[i]: t for i, t in sorted(mapping.items()) if t != "skip"}
    report.ignored_columns = [h for i, h in enumerate(header) if mapping.get(i, "skip") == "skip" and h]
    report.headers = header
    report.targets = [mapping.get(i, "skip") for i in range(len(header))]
    useful = {t.split(":")[0].split("#")[0] for t in mapping.values()}
    if not useful & {"display_name", "given_name", "family_name", "company_name", "email", "emails", "phone",
                     "phones"}:
        raise ImportFileError(translate("Errors", "no column could be matched to a name, company, email or phone"
                                        " (columns: {columns}); map them explicitly: choose where each column goes in"
                                        " the import dialog, or give --map HEADER=FIELD"
                                        ).format(columns=", ".join(header)[:300]))
    width = len(header)
    for start, row, err in rows:
        where = translate("Import", "line {line}").format(line=start)
        if err:
            yield where, None, err, read[0]
            continue
        if len(row) != width:
            yield where, None, translate("Import", "the row has {cells} cells where the header has {width}").format(
                cells=len(row), width=width), read[0]
            continue
        long = next((i for i, cell in enumerate(row) if len(cell) > MAX_TEXT), None)
        if long is not None:
            yield where, None, translate("Import", "column {column} is too long ({length} characters; at most"
                                         " {limit})").format(column=repr(header[long]), length=f"{len(row[long]):,}",
                                                              limit=f"{MAX_TEXT:,}"), read[0]
            continue
        yield where, row_to_input(header, row, mapping), None, read[0]


def _estimate(done: int, fraction: float) -> int | None:
    """How many records the whole file holds, from ``done`` records in ``fraction`` of it."""
    return max(done, round(done / fraction)) if fraction > 0 else None


def _run(session: Session, records, report: ImportReport, *, dry_run: bool, duplicates: str, batch_size: int,
         job: JobContext, source: str) -> None:
    run = _ImportRun(session, report, skip_duplicates=duplicates == "skip")
    import_id = None if dry_run else _start_import(session, report, source)
    run.start(import_id)
    done = 0
    state = "done"
    try:
        fraction = 0.0
        for where, data, err, fraction in records:
            done += 1
            run.take(where, data, err)
            if len(run.pending) >= batch_size:
                run.flush()
                job.progress("import", done, _estimate(done, fraction))
                job.check()
        run.flush()
        job.progress("import", done, done)
    except Cancelled:
        report.cancelled = True
        state = "cancelled"
    except BaseException:
        state = "failed"
        raise
    finally:
        _finish_import(session, report, import_id, state, dry_run=dry_run, source=source)


def _start_import(session: Session, report: ImportReport, source: str) -> int:
    """The import's row (what ``undo_import`` and the history go by); its id is in the report."""
    with session.vault.transaction():
        import_id = session.conn.execute(
            "INSERT INTO imports (started_at, user_id, source, format) VALUES (?, ?, ?, ?)",
            (clock.iso(), session.user_id, Path(source).name[:200], report.format)).lastrowid
    report.import_id = import_id
    return import_id


def _finish_import(session: Session, report: ImportReport, import_id: int | None, state: str, *, dry_run: bool,
                   source: str) -> None:
    """The import's row completed and the audit entry written, whatever the run's end."""
    if import_id is not None:
        with contextlib.suppress(Exception), session.vault.transaction():
            session.conn.execute("UPDATE imports SET finished_at = ?, skipped = ?, state = ? WHERE id = ?",
                                 (clock.iso(), report.skipped, state, import_id))
    # a failed import is recorded too: the batches before the failure stay committed
    with contextlib.suppress(Exception) if state == "failed" else contextlib.nullcontext():
        audit.record(session, "customer.import", entity="import", entity_id=import_id,
                     details={"source": Path(source).name[:200], "format": report.format, "dry_run": dry_run,
                              "imported": len(report.imported_ids) if state == "failed" else report.imported,
                              "skipped": report.skipped, "state": state})


class _ImportRun:
    """The records of one import: each validated, then a batch at a time checked for duplicates
    (in file order) and written (nothing is written for a dry run: ``import_id`` None)."""

    def __init__(self, session: Session, report: ImportReport, *, skip_duplicates: bool):
        self.session = session
        self.report = report
        self.skip_duplicates = skip_duplicates
        self.region = cust.default_region(session)
        self.specs = cust.custom_field_specs(session.conn)
        self.may_sensitive = session.can("sensitive.read")
        self.writer: ImportWriter | None = None
        self.matcher: BatchMatcher | None = None
        self.seen_emails: dict[str, str] = {}
        self.seen_phones: dict[str, str] = {}
        self.pending: list = []   # (where, Clean) validated, not yet checked for duplicates

    def start(self, import_id: int | None) -> None:
        """Ready to write under the import's row (None: a dry run writes nothing)."""
        self.writer = None if import_id is None else ImportWriter(self.session, import_id)
        self.matcher = BatchMatcher(self.session.conn, self.session)

    def take(self, where: str, data: dict | None, err: str | None) -> None:
        """Validate one record: into ``pending``, or reported as not imported."""
        report = self.report
        if err:
            report.error(where, err)
            return
        try:
            c = clean_customer(data, region=self.region, custom_fields=self.specs)
        except ValidationError as exc:
            report.error(where, "; ".join(f"{k}: {v}" for k, v in exc.fields.items()) or exc.message)
            return
        if any(c.sensitive.values()) and not self.may_sensitive:
            report.error(where, translate("Import", "holds sensitive fields ({fields}) your profile cannot see"
                                          ).format(fields=", ".join(k for k, v in c.sensitive.items() if v)))
            return
        c.owner_id = self.session.user_id
        self.pending.append((where, c))

    def flush(self) -> None:
        """Duplicate check for the pending records (in file order), then write the batch."""
        if not self.pending:
            return
        report = self.report
        self.matcher.prepare([c for _, c in self.pending])
        batch = []
        for where, c in self.pending:
            dup = _duplicate(self.matcher, c, self.seen_emails, self.seen_phones)
            if dup is not None:
                report.duplicates.append({"where": where, "customer_id": dup[0], "reason": dup[1]})
                if self.skip_duplicates:
                    report.error(where, translate("Import", "duplicate: {reason}").format(reason=dup[1]))
                    continue
            for _, e in c.emails:
                self.seen_emails.setdefault(e.lower(), where)
            for p in c.phones:
                self.seen_phones.setdefault(p.norm, where)
            batch.append(c)
        self.pending = []
        if batch and self.writer is not None:
            ids = self.writer.write(batch)
            self.matcher.added(ids, batch)
            report.imported_ids += ids
        report.imported += len(batch)


def _duplicate(matcher, c, seen_emails, seen_phones) -> tuple[int | None, str] | None:
    for _, e in c.emails:
        if e.lower() in seen_emails:
            return None, translate("Duplicates", "same email ({email}) as {where} of this file").format(
                email=e, where=seen_emails[e.lower()])
    for p in c.phones:
        if p.norm in seen_phones:
            return None, translate("Duplicates", "same phone ({phone}) as {where} of this file").format(
                phone=p.original, where=seen_phones[p.norm])
    m = matcher.match(c)
    return (m.customer_id, m.reason) if m else None


def undo_import(session: Session, import_id: int) -> int:
    """Move every customer of one import to the bin (restorable). Returns how many."""
    session.require("customers.delete")
    conn = session.conn
    sql = "SELECT id FROM customers WHERE import_id = ? AND deleted_at IS NULL"
    args: list = [int(import_id)]
    if not session.scope_all:
        sql += " AND owner_id = ?"
        args.append(session.user_id)
    restricted = set() if session.can("privacy.manage") else restricted_ids(conn)
    ids = [r[0] for r in conn.execute(sql, args) if r[0] not in restricted]
    if not ids and conn.execute("SELECT 1 FROM imports WHERE id = ?", (import_id,)).fetchone() is None:
        raise NotFoundError(translate("Errors", "There is no import {id}.").format(id=import_id))
    with session.vault.transaction():
        now = clock.iso()
        for cid in ids:
            conn.execute("UPDATE customers SET deleted_at = ?, deleted_by = ?, version = version + 1 WHERE id = ?",
                         (now, session.user_id, cid))
            cust.reindex(conn, cid, None)
        audit.record(session, "customer.import_undo", entity="import", entity_id=import_id,
                     details={"deleted": len(ids)})
    return len(ids)
