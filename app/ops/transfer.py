"""Import and export use cases (long jobs: they take the ``JobContext``)."""
from __future__ import annotations

from pathlib import Path

from ..jobs import JobContext
from ..records import exporting, importing
from ..session import Session
from .changes import Changes


def preview(session: Session, path: str, mapping: dict | None = None, encoding: str | None = None, *,
            job: JobContext | None = None) -> dict:
    """Read the file and dry-run it (with the ``mapping`` and ``encoding`` the user chose, if any):
    the columns and where each goes, sample rows, and what would be refused. A cancelled ``job``
    stops it between batches (the dialog was closed); its progress counts records checked."""
    data = importing.read_file(path)
    report = importing.import_bytes(session, data, name=Path(path).name, dry_run=True, mapping=mapping,
                                    encoding=encoding, job=job)
    sample = []
    if report.format == "csv" and report.headers:
        sample = importing.read_csv(data, encoding=report.encoding, delimiter=report.delimiter, limit=5)
    return {"path": path, "report": report, "sample": sample}


def run_import(session: Session, path: str, mapping: dict | None, encoding: str | None = None, *,
               job: JobContext) -> Changes:
    data = importing.read_file(path)
    report = importing.import_bytes(session, data, name=Path(path).name, mapping=mapping, encoding=encoding,
                                    job=job)
    return Changes.of(lists=bool(report.imported), result=report)


def run_export(session: Session, path: str, fmt: str, f, *, job: JobContext) -> int:
    # force: the save dialog asked before replacing a file; the service still refuses vault folders,
    # devices and folders
    return exporting.export_file(session, path, fmt, f, job=job, force=True)
