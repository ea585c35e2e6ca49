"""Importing customers from CSV and vCard files.

CSV: the encoding is detected (UTF-8 with or without BOM, UTF-16 with BOM, else
charset-normalizer among the Windows/ISO code pages), the delimiter too (``,`` ``;`` tab ``|``,
csv.Sniffer checked against how consistently each candidate splits the first rows); headers are
mapped for Google Contacts, Outlook and plain exports (or explicitly); the stdlib ``csv`` module
does the parsing. vCard: see ``vcard``.

Every record is either imported or reported with where it is (line or card) and why. Good
records go in one transaction per batch (a crash or a cancel leaves whole batches only, never a
half-written record); ``dry_run`` checks everything and writes nothing.
"""
from __future__ import annotations

import contextlib
import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from vault import clock
from vault.errors import Cancelled, CrmError, NotFoundError, UsageError, ValidationError
from vault.fsutil import read_input
from vault.jobs import JobContext

from .. import audit
from ..session import Session
from . import customers as cust
from . import vcard
from .duplicates import BatchMatcher
from .fold import fold
from .listing import bump
from .rows import restricted_ids
from .validation import MAX_TEXT, SENSITIVE_FIELDS, clean_customer

BATCH = 5000  # rows per transaction (cancel and progress are checked between batches)
DELIMITERS = [",", ";", "\t", "|"]
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


class ImportFileError(CrmError):
    """The whole file cannot be read (binary, undecodable, empty, no usable columns)."""


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
    delimiter: str | None = None
    columns: dict[str, str] = field(default_factory=dict)  # header -> field it was mapped to
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
                "encoding": self.encoding, "delimiter": self.delimiter, "columns": self.columns,
                "ignored_columns": self.ignored_columns, "duplicates": self.duplicates,
                "warnings": self.warnings, "import_id": self.import_id}


# ----------------------------------------------------------------------------- decoding
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """The file's text and the encoding it was read with; ImportFileError for binary or
    undecodable data."""
    if encoding:
        try:
            text = data.decode(encoding)
        except LookupError:
            raise UsageError(f"unknown encoding {encoding!r}") from None
        except UnicodeDecodeError as exc:
            raise ImportFileError(f"the file is not valid {encoding} (byte {exc.start})") from None
        return _check_text(text), encoding
    if data.startswith(b"\xef\xbb\xbf"):
        enc = "utf-8-sig"
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        enc = "utf-16"
    else:
        enc = None
    if enc:
        try:
            return _check_text(data.decode(enc)), enc
        except UnicodeDecodeError as exc:
            raise ImportFileError(f"the file starts like {enc} but is not (byte {exc.start})") from None
    if b"\x00" in data[:65536]:
        raise ImportFileError("this is not a text file (it holds binary data); choose a CSV or vCard file")
    try:
        return _check_text(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    results = from_bytes(data[:262_144], cp_isolation=["cp1252", "cp1250", "iso8859_2", "iso8859_15", "cp1257",
                                                       "mac_roman", "cp850"])
    best = results.best()
    if best is None:
        raise ImportFileError("the file's encoding could not be recognised (is it a text file?)")
    enc = best.encoding
    # a short text may fit several code pages equally well: prefer the most common one then
    ties = {m.encoding for m in results if m.chaos == best.chaos and m.coherence == best.coherence}
    enc = next((e for e in ("cp1252", "cp1250") if e in ties), enc)
    try:
        text = data.decode(enc)
    except UnicodeDecodeError as exc:
        raise ImportFileError(f"the file is not consistently encoded (looks like {enc}, but byte {exc.start} is not)"
                              ) from None
    return _check_text(text), enc


def _check_text(text: str) -> str:
    sample = text[:65536]
    if sample and len(_CONTROL.findall(sample)) > max(2, len(sample) // 200):
        raise ImportFileError("this is not a text file (it holds binary data); choose a CSV or vCard file")
    return text


# ----------------------------------------------------------------------------- CSV reading
def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first rows most consistently into more than one column."""
    sample = text[:65536]
    if len(text) > 65536 and "\n" in sample:
        sample = sample[:sample.rindex("\n")]
    sniffed = None
    with contextlib.suppress(csv.Error):
        sniffed = csv.Sniffer().sniff(sample, delimiters="".join(DELIMITERS)).delimiter
    best, best_score = ",", (0.0, 0, 0)
    for d in DELIMITERS:
        rows = []
        with contextlib.suppress(csv.Error):
            for row in csv.reader(io.StringIO(sample, newline=""), delimiter=d):
                if row:
                    rows.append(len(row))
                if len(rows) >= 50:
                    break
        if not rows or rows[0] < 2:
            continue
        consistent = sum(1 for n in rows if n == rows[0]) / len(rows)
        score = (consistent, int(d == sniffed), rows[0])
        if score > best_score:
            best, best_score = d, score
    return best


@contextlib.contextmanager
def _big_fields():
    old = csv.field_size_limit()
    csv.field_size_limit(max(old, 1 << 30))  # long cells are refused per row, not by csv
    try:
        yield
    finally:
        csv.field_size_limit(old)


# a line as io.StringIO(newline="") splits them: ended by \r\n, \r or \n, kept untranslated
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+")


def _lines(text: str, pos: list) -> Iterator[str]:
    """The lines of ``text`` one at a time, without a copy of the whole text (io.StringIO keeps
    one, 4 bytes a character: four times the file); ``pos[0]`` is where the last one ended."""
    for m in _LINE.finditer(text):
        pos[0] = m.end()
        yield m.group()


def csv_records(text: str, delimiter: str, where: list | None = None
                ) -> Iterator[tuple[int, list[str] | None, str | None]]:
    """(first line of the record, cells, error) for each non-blank record of ``text``.
    ``where``: if given, ``where[0]`` is kept at the fraction of the text read so far."""
    pos = [0]
    total = max(1, len(text))
    reader = csv.reader(_lines(text, pos), delimiter=delimiter, strict=False)
    last = 0
    with _big_fields():
        while True:
            start = last + 1
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                last = reader.line_num
                yield start, None, f"unreadable CSV: {exc}"
                continue
            last = reader.line_num
            if where is not None:
                where[0] = pos[0] / total
            if not row or (len(row) == 1 and row[0] == ""):
                continue
            yield start, row, None


def read_csv(data: bytes, *, encoding: str | None = None, delimiter: str | None = None,
             limit: int | None = None) -> list[dict]:
    """A CSV file as a list of {header: cell} (what the import reads before mapping); with
    ``limit``, only that many records (a preview)."""
    text, _ = decode(data, encoding)
    delimiter = delimiter or sniff_delimiter(text)
    out, header = [], None
    for _, row, err in csv_records(text, delimiter):
        if err:
            raise ImportFileError(err)
        if header is None:
            header = row
            continue
        if limit is not None and len(out) >= limit:
            break
        out.append(dict(zip(header, row, strict=False)))
    return out


def unneutralise(cell: str) -> str:
    """Undo our export's formula guard: a ``'`` before = + - @ tab CR is dropped."""
    if len(cell) > 1 and cell[0] == "'" and cell[1] in FORMULA_PREFIXES:
        return cell[1:]
    return cell


# ----------------------------------------------------------------------------- header mapping
ADDRESS_PARTS = {"street": "street", "street 2": "street", "street 3": "street", "formatted": "street",
                 "address": "street", "po box": "street", "extended address": "street", "city": "city",
                 "town": "city", "region": "region", "state": "region", "postal code": "postcode",
                 "zip": "postcode", "zip code": "postcode", "postcode": "postcode", "country": "country",
                 "country region": "country"}

PLAIN = {
    "name": "display_name", "full name": "display_name", "display name": "display_name", "contact": "display_name",
    "contact name": "display_name", "file as": "skip",
    "first name": "given_name", "firstname": "given_name", "given name": "given_name", "forename": "given_name",
    "vorname": "given_name", "prenom": "given_name", "nombre": "given_name", "imie": "given_name",
    "jmeno": "given_name",
    "middle name": "middle_name", "additional name": "middle_name",
    "last name": "family_name", "lastname": "family_name", "surname": "family_name", "family name": "family_name",
    "nachname": "family_name", "nom": "family_name", "apellido": "family_name", "apellidos": "family_name",
    "nazwisko": "family_name", "prijmeni": "family_name",
    "company": "company_name", "company name": "company_name", "organization": "company_name",
    "organisation": "company_name", "organization name": "company_name", "organization 1 name": "company_name",
    "firma": "company_name", "societe": "company_name", "entreprise": "company_name", "account": "company_name",
    "account name": "company_name", "empresa": "company_name",
    "job title": "job_title", "title": "job_title", "position": "job_title", "role": "job_title",
    "organization title": "job_title", "organization 1 title": "job_title",
    "email": "email", "e mail": "email", "mail": "email", "email address": "email", "e mail address": "email",
    "emails": "emails", "e mail 2 address": "email", "e mail 3 address": "email", "work email": "email:work",
    "home email": "email:home",
    "phone": "phone", "telephone": "phone", "tel": "phone", "phone number": "phone", "phones": "phones",
    "mobile": "phone:mobile", "mobile phone": "phone:mobile", "cell": "phone:mobile", "cell phone": "phone:mobile",
    "handy": "phone:mobile", "telefon": "phone", "telefono": "phone", "work phone": "phone:work",
    "business phone": "phone:work", "business phone 2": "phone:work", "home phone": "phone:home",
    "home phone 2": "phone:home", "other phone": "phone:other", "primary phone": "phone:main",
    "company main phone": "phone:main", "car phone": "phone:car", "pager": "phone:pager",
    "business fax": "phone:fax", "home fax": "phone:fax", "fax": "phone:fax",
    "street": "address:.street", "address": "address:.street", "street address": "address:.street",
    "strasse": "address:.street", "city": "address:.city", "town": "address:.city", "ort": "address:.city",
    "ville": "address:.city", "ciudad": "address:.city", "miasto": "address:.city",
    "zip": "address:.postcode", "zip code": "address:.postcode", "postcode": "address:.postcode",
    "postal code": "address:.postcode", "plz": "address:.postcode", "code postal": "address:.postcode",
    "state": "address:.region", "region": "address:.region", "province": "address:.region",
    "country": "address:.country", "land": "address:.country", "pays": "address:.country",
    "notes": "notes", "note": "notes", "comments": "notes", "comment": "notes", "description": "notes",
    "tags": "tags", "tag": "tags", "categories": "tags", "labels": "tags", "groups": "tags",
    "group membership": "tags",
    "status": "status", "kind": "kind", "type": "kind",
    "tax id": "tax_id", "vat": "tax_id", "vat id": "tax_id", "vat number": "tax_id", "tax number": "tax_id",
    "ustid": "tax_id", "nip": "tax_id", "ico": "tax_id", "dic": "tax_id",
    "birthday": "date_of_birth", "date of birth": "date_of_birth", "dob": "date_of_birth",
    "birth date": "date_of_birth", "geburtsdatum": "date_of_birth",
    "iban": "bank_account", "bank account": "bank_account", "account number": "bank_account",
    "confidential notes": "confidential_notes",
    "id": "skip", "owner": "skip", "name prefix": "skip", "name suffix": "skip", "suffix": "skip",
    "nickname": "skip", "photo": "skip", "e mail display name": "skip", "e mail type": "skip",
    "department": "skip", "organization department": "skip", "web page": "skip", "website": "skip",
}
# What a column can be mapped to, in the order the import dialog offers them (``check_target``
# also accepts any email:LABEL, phone:LABEL, address:LABEL.part and custom:KEY).
FIELD_CHOICES = ("skip", "display_name", "given_name", "middle_name", "family_name", "company_name", "job_title",
                 "email", "phone", "status", "tags", "notes", "kind", "address:work.street", "address:work.postcode",
                 "address:work.city", "address:work.country", *SENSITIVE_FIELDS)
FIELD_TARGETS = {*(c for c in FIELD_CHOICES if ":" not in c), "emails", "phones"}


def norm_header(h: str) -> str:
    return " ".join(re.sub(r"[^0-9a-z]+", " ", fold(h.lstrip("\ufeff"))).split())


def _target_for(h: str, outlook: bool) -> str | None:
    n = norm_header(h)
    if not n:
        return None
    m = re.fullmatch(r"e mail (\d+) (type|label)", n)
    if m:
        return f"email_label#{m[1]}"
    m = re.fullmatch(r"e mail (\d+) value", n)
    if m:
        return f"email#{m[1]}"
    m = re.fullmatch(r"phone (\d+) (type|label)", n)
    if m:
        return f"phone_label#{m[1]}"
    m = re.fullmatch(r"phone (\d+) value", n)
    if m:
        return f"phone#{m[1]}"
    m = re.fullmatch(r"address (\d+) (type|label)", n)
    if m:
        return f"address_label#{m[1]}"
    m = re.fullmatch(r"address (\d+) (.+)", n)
    if m:
        part = ADDRESS_PARTS.get(m[2])
        return f"address#{m[1]}.{part}" if part else "skip"
    m = re.fullmatch(r"(business|home|other|work) (.+)", n)
    if m and m[2] in ADDRESS_PARTS:
        return f"address:{'work' if m[1] == 'business' else m[1]}.{ADDRESS_PARTS[m[2]]}"
    m = re.fullmatch(r"custom (.+)", n)
    if m:
        return f"custom:{m[1].replace(' ', '_')}"
    if outlook and n == "title":
        return "skip"  # Outlook's "Title" is Mr/Ms; "Job Title" is the job
    return PLAIN.get(n)


def auto_mapping(headers: list[str]) -> dict[int, str]:
    normed = {norm_header(h) for h in headers}
    outlook = bool(normed & {"e mail address", "business phone", "mobile phone"}) and "job title" in normed
    mapping = {}
    for i, h in enumerate(headers):
        t = _target_for(h, outlook)
        if t:
            mapping[i] = t
    return mapping


def check_target(t: str) -> str:
    if t in FIELD_TARGETS or re.fullmatch(r"(email|phone):[\w ]*", t) or \
            re.fullmatch(r"address:[\w ]*\.(street|city|postcode|region|country)", t) or re.fullmatch(r"custom:\w+", t):
        return t
    raise UsageError(f"unknown import field {t!r}: use one of {', '.join(sorted(FIELD_TARGETS))}, email:LABEL, "
                     "phone:LABEL, address:LABEL.street|city|postcode|region|country, custom:KEY")


_MULTI = re.compile(r"\s*(?: ::: |;)\s*")
_EMAIL_MULTI = re.compile(r"\s*(?: ::: |;|,)\s*")


def _label(text: str) -> str:
    return text.replace("*", "").strip().lower()[:60]


def row_to_input(headers: list[str], row: list[str], mapping: dict[int, str]) -> dict:
    data: dict = {"emails": [], "phones": [], "addresses": [], "tags": [], "custom": {}}
    numbered: dict[str, dict] = {}
    addresses: dict[str, dict] = {}
    middle = ""
    for i, t in mapping.items():
        if i >= len(row):
            continue
        cell = unneutralise(row[i]).strip()
        if not cell or t == "skip":
            continue
        if "#" in t:
            kind, rest = t.split("#", 1)
            n, _, part = rest.partition(".")
            numbered.setdefault(f"{kind.split('_')[0]}#{n}", {})[part or kind] = cell
            continue
        if t in ("email", "emails") or t.startswith("email:"):
            label = t.partition(":")[2]
            data["emails"] += [{"label": label, "value": v} for v in _EMAIL_MULTI.split(cell) if v]
        elif t in ("phone", "phones") or t.startswith("phone:"):
            label = t.partition(":")[2]
            data["phones"] += [{"label": label, "value": v} for v in _MULTI.split(cell) if v]
        elif t.startswith("address:"):
            label, part = t[len("address:"):].rsplit(".", 1)
            a = addresses.setdefault(label, {"label": label})
            a[part] = "\n".join(x for x in (a.get(part), cell) if x) if part == "street" else cell
        elif t.startswith("custom:"):
            data["custom"][t[len("custom:"):]] = cell
        elif t == "tags":
            data["tags"] += [x.lstrip("* ").strip() for x in re.split(r"\s*(?: ::: |[,;])\s*", cell)
                             if x.strip() and x.strip().lower() not in ("* mycontacts", "* starred", "mycontacts")]
        elif t == "middle_name":
            middle = cell
        elif t == "kind":
            v = cell.lower()
            data["kind"] = "company" if v in ("company", "organisation", "organization", "business", "org") else \
                "person" if v in ("person", "individual", "contact") else v
        else:
            data[t] = cell
    for key, parts in sorted(numbered.items()):
        kind = key.split("#")[0]
        if kind == "email" and parts.get("email"):
            labels = [_label(x) for x in _MULTI.split(parts.get("email_label", ""))]
            for j, v in enumerate(_EMAIL_MULTI.split(parts["email"])):
                if v:
                    data["emails"].append({"label": labels[j] if j < len(labels) else "", "value": v})
        elif kind == "phone" and parts.get("phone"):
            labels = [_label(x) for x in _MULTI.split(parts.get("phone_label", ""))]
            for j, v in enumerate(_MULTI.split(parts["phone"])):
                if v:
                    data["phones"].append({"label": labels[j] if j < len(labels) else "", "value": v})
        elif kind == "address":
            a = {k: v for k, v in parts.items() if k in ("street", "city", "postcode", "region", "country")}
            if a:
                a["label"] = _label(parts.get("address_label", ""))
                addresses[key] = a
    data["addresses"] = list(addresses.values())
    if middle:
        data["given_name"] = " ".join(x for x in (data.get("given_name", ""), middle) if x)
    if not data.get("display_name") and not data.get("given_name") and not data.get("family_name") \
            and data.get("company_name") and "kind" not in data:
        data["kind"] = "company"
    return data


# ----------------------------------------------------------------------------- writing
class _Writer:
    """Inserts cleaned records a batch at a time, one transaction per batch."""

    def __init__(self, session: Session, import_id: int | None):
        self.session = session
        self.conn = session.conn
        self.import_id = import_id
        self.tags = cust.TagCache(self.conn)
        self.custom_ids = {k: s["id"] for k, s in cust.custom_field_specs(self.conn).items()}

    def write(self, batch: list) -> list[int]:
        conn = self.conn
        now = clock.iso()
        uid = self.session.user_id
        with self.session.vault.transaction():
            next_id = conn.execute("SELECT coalesce(max(id), 0) FROM customers").fetchone()[0] + 1
            ids = list(range(next_id, next_id + len(batch)))
            main, emails, phones, addrs, tags, fts, custom, sens = [], [], [], [], [], [], [], []
            for cid, c in zip(ids, batch, strict=True):
                cols = cust.main_columns(c)
                main.append((cid, *cols.values(), self.import_id, now, uid, now, uid))
                emails += [(cid, i, lab, e, e.lower()) for i, (lab, e) in enumerate(c.emails)]
                phones += [(cid, i, p.label, p.original, p.e164, p.norm) for i, p in enumerate(c.phones)]
                addrs += [(cid, i, a.label, a.street, a.postcode, a.city, a.region, a.country)
                          for i, a in enumerate(c.addresses)]
                tags += [(cid, self.tags.id(t)) for t in c.tags]
                custom += [(cid, self.custom_ids[k], v) for k, v in c.custom.items() if v]
                if any(c.sensitive.values()):
                    sens.append((cid, *(c.sensitive.get(k, "") for k in SENSITIVE_FIELDS)))
                fts.append((cid, *cust.fts_values(c)))
            names = list(cust.main_columns(batch[0]))
            conn.executemany(f"INSERT INTO customers (id, {', '.join(names)}, import_id, created_at, created_by,"
                             f" updated_at, updated_by) VALUES (?, {', '.join('?' * len(names))}, ?, ?, ?, ?, ?)", main)
            conn.executemany("INSERT INTO customer_emails (customer_id, position, label, email, email_norm)"
                             " VALUES (?, ?, ?, ?, ?)", emails)
            conn.executemany("INSERT INTO customer_phones (customer_id, position, label, original, e164, phone_norm)"
                             " VALUES (?, ?, ?, ?, ?, ?)", phones)
            conn.executemany("INSERT INTO customer_addresses (customer_id, position, label, street, postcode, city,"
                             " region, country) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", addrs)
            conn.executemany("INSERT OR IGNORE INTO customer_tags (customer_id, tag_id) VALUES (?, ?)", tags)
            conn.executemany("INSERT INTO customer_custom_values (customer_id, field_id, value) VALUES (?, ?, ?)",
                             custom)
            conn.executemany(f"INSERT INTO customer_sensitive (customer_id, {', '.join(SENSITIVE_FIELDS)})"
                             " VALUES (?, ?, ?, ?, ?)", sens)
            conn.executemany("INSERT INTO customers_fts (rowid, name, company, emails, phones, city, tags, notes)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", fts)
            conn.execute("UPDATE imports SET imported = imported + ? WHERE id = ?", (len(batch), self.import_id))
            bump(conn)
        return ids


# ----------------------------------------------------------------------------- the import
IMPORT_CACHE_KIB = 65536


@contextlib.contextmanager
def _bulk_mode(conn):
    """A bigger page cache for the length of an import (64 MiB instead of SQLite's 2 MB), so the
    sort indexes the inserts go into stay in memory: at 100,000 customers this alone took the
    write side from 180 to 95 µs per row. Restored afterwards, whatever happens."""
    (cache,) = conn.execute("PRAGMA cache_size").fetchone()
    conn.execute(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {int(cache)}")


def detect_format(data: bytes, name: str = "") -> str:
    suffix = Path(name).suffix.lower()
    if suffix in (".vcf", ".vcard"):
        return "vcard"
    if suffix in (".csv", ".tsv", ".txt"):
        return "csv"
    head = data[:4096].lstrip(b"\xef\xbb\xbf\r\n\t ").upper()
    if head.startswith(b"BEGIN:VCARD") or head.replace(b"\x00", b"").startswith(b"BEGIN:VCARD"):
        return "vcard"
    return "csv"


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
        raise UsageError("duplicates: skip or import")
    fmt = format or detect_format(data, name)
    report = ImportReport(format=fmt, dry_run=dry_run)
    try:
        text, report.encoding = decode(data, encoding)
        if fmt == "vcard":
            records = _vcard_records(text)
        else:
            report.delimiter = delimiter or sniff_delimiter(text)
            records = _csv_records(text, report.delimiter, mapping, report)
        with contextlib.nullcontext() if dry_run else _bulk_mode(session.conn):
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
    return read_input(path, max_bytes=MAX_FILE_BYTES, what="file to import")


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
            raise ImportFileError(f"line {start}: {err}")
        header = [h.strip() for h in row]
        break
    if header is None:
        raise ImportFileError("the file is empty")
    mapping = auto_mapping(header)
    if explicit:
        known = {h: i for i, h in enumerate(header)}
        for h, t in explicit.items():
            if h not in known:
                raise UsageError(f"--map: the file has no column {h!r} (columns: {', '.join(header)})")
            mapping[known[h]] = check_target(t)
    report.columns = {header[i]: t for i, t in sorted(mapping.items()) if t != "skip"}
    report.ignored_columns = [h for i, h in enumerate(header) if mapping.get(i, "skip") == "skip" and h]
    useful = {t.split(":")[0].split("#")[0] for t in mapping.values()}
    if not useful & {"display_name", "given_name", "family_name", "company_name", "email", "emails", "phone",
                     "phones"}:
        raise ImportFileError("no column could be matched to a name, company, email or phone (columns: "
                              f"{', '.join(header)[:300]}); map them explicitly")
    width = len(header)
    for start, row, err in rows:
        where = f"line {start}"
        if err:
            yield where, None, err, read[0]
            continue
        if len(row) != width:
            yield where, None, f"the row has {len(row)} cells where the header has {width}", read[0]
            continue
        long = next((i for i, cell in enumerate(row) if len(cell) > MAX_TEXT), None)
        if long is not None:
            yield where, None, (f"column {header[long]!r} is too long ({len(row[long]):,} characters;"
                                f" at most {MAX_TEXT:,})"), read[0]
            continue
        yield where, row_to_input(header, row, mapping), None, read[0]


def _estimate(done: int, fraction: float) -> int | None:
    """How many records the whole file holds, from ``done`` records in ``fraction`` of it."""
    return max(done, round(done / fraction)) if fraction > 0 else None


def _run(session: Session, records, report: ImportReport, *, dry_run: bool, duplicates: str, batch_size: int,
         job: JobContext, source: str) -> None:
    conn = session.conn
    region = cust.default_region(session)
    specs = cust.custom_field_specs(conn)
    may_sensitive = session.can("sensitive.read")
    import_id = None
    if not dry_run:
        with session.vault.transaction():
            import_id = conn.execute("INSERT INTO imports (started_at, user_id, source, format) VALUES (?, ?, ?, ?)",
                                     (clock.iso(), session.user_id, Path(source).name[:200], report.format)).lastrowid
        report.import_id = import_id
    writer = None if dry_run else _Writer(session, import_id)
    matcher = BatchMatcher(conn, session)
    seen_emails: dict[str, str] = {}
    seen_phones: dict[str, str] = {}
    pending: list = []   # (where, Clean) validated, not yet checked for duplicates
    done = 0
    state = "done"

    def flush():
        """Duplicate check for the pending records (in file order), then write the batch."""
        nonlocal pending
        if not pending:
            return
        matcher.prepare([c for _, c in pending])
        batch = []
        for where, c in pending:
            dup = _duplicate(matcher, c, seen_emails, seen_phones)
            if dup is not None:
                report.duplicates.append({"where": where, "customer_id": dup[0], "reason": dup[1]})
                if duplicates == "skip":
                    report.error(where, f"duplicate: {dup[1]}")
                    continue
            for _, e in c.emails:
                seen_emails.setdefault(e.lower(), where)
            for p in c.phones:
                seen_phones.setdefault(p.norm, where)
            batch.append(c)
        pending = []
        if batch and writer is not None:
            ids = writer.write(batch)
            matcher.added(ids, batch)
            report.imported_ids += ids
        report.imported += len(batch)

    try:
        fraction = 0.0
        for where, data, err, fraction in records:
            done += 1
            if err:
                report.error(where, err)
                continue
            try:
                c = clean_customer(data, region=region, custom_fields=specs)
            except ValidationError as exc:
                report.error(where, "; ".join(f"{k}: {v}" for k, v in exc.fields.items()) or exc.message)
                continue
            if any(c.sensitive.values()) and not may_sensitive:
                report.error(where, "holds sensitive fields (" + ", ".join(k for k, v in c.sensitive.items() if v)
                             + ") your profile cannot see")
                continue
            c.owner_id = session.user_id
            pending.append((where, c))
            if len(pending) >= batch_size:
                flush()
                job.progress("import", done, _estimate(done, fraction))
                job.check()
        flush()
        job.progress("import", done, done)
    except Cancelled:
        report.cancelled = True
        state = "cancelled"
    except BaseException:
        state = "failed"
        raise
    finally:
        if import_id is not None:
            with contextlib.suppress(Exception), session.vault.transaction():
                conn.execute("UPDATE imports SET finished_at = ?, skipped = ?, state = ? WHERE id = ?",
                             (clock.iso(), report.skipped, state, import_id))
        # a failed import is recorded too: the batches before the failure stay committed
        with contextlib.suppress(Exception) if state == "failed" else contextlib.nullcontext():
            audit.record(session, "customer.import", entity="import", entity_id=import_id,
                         details={"source": Path(source).name[:200], "format": report.format, "dry_run": dry_run,
                                  "imported": len(report.imported_ids) if state == "failed" else report.imported,
                                  "skipped": report.skipped, "state": state})


def _duplicate(matcher, c, seen_emails, seen_phones) -> tuple[int | None, str] | None:
    for _, e in c.emails:
        if e.lower() in seen_emails:
            return None, f"same email ({e}) as {seen_emails[e.lower()]} of this file"
    for p in c.phones:
        if p.norm in seen_phones:
            return None, f"same phone ({p.original}) as {seen_phones[p.norm]} of this file"
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
        raise NotFoundError(f"There is no import {import_id}.")
    with session.vault.transaction():
        now = clock.iso()
        for cid in ids:
            conn.execute("UPDATE customers SET deleted_at = ?, deleted_by = ?, version = version + 1 WHERE id = ?",
                         (now, session.user_id, cid))
            cust.reindex(conn, cid, None)
        audit.record(session, "customer.import_undo", entity="import", entity_id=import_id,
                     details={"deleted": len(ids)})
    return len(ids)
