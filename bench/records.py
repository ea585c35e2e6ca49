"""Benchmark: customer records at scale (issue 3).

    .venv/bin/python bench/records.py --n 100000
    .venv/bin/python bench/records.py --n 1000000 --dir /tmp/bench-1m

Builds a vault of N generated customers (fixed seed: the same rows every run) by importing a
generated CSV through the real import service, then prints:
  * CSV import throughput (rows/s), beside a raw ``executemany`` of the same rows into a flat
    table in an encrypted database of the same settings (the floor for writes);
  * search latency p50/p95 for a fixed set of queries through the service (``search_ids``:
    the query; ``search``: plus its audit entry), and the same queries (same SQL) on a plain
    (unencrypted, stdlib sqlite3) FTS5 table holding the same folded rows (the floor);
  * time to fetch a page of 100 sorted rows at offsets across the list (first call per
    sort builds the id list; later pages are what scrolling costs).
"""
from __future__ import annotations

import argparse
import csv
import io
import json
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app import auth  # noqa: E402
from app.records import CustomerFilter, customer_page  # noqa: E402
from app.records.customers import fts_values  # noqa: E402
from app.records.fold import fts_query  # noqa: E402
from app.records.importing import import_bytes  # noqa: E402
from app.records.search import search as search_service  # noqa: E402
from app.records.search import search_ids, search_sql  # noqa: E402
from app.records.validation import clean_customer  # noqa: E402
from vault import kdf  # noqa: E402
from vault.db import connect  # noqa: E402

PASSWORD = "benchmark vault passphrase 42"
GIVEN = ["José", "María", "Jan", "Anna", "Jiří", "Łucja", "Zoë", "François", "Søren", "Ömer", "Ana", "Petr", "Eva",
         "Hans", "Greta", "Luca", "Giulia", "Mateusz", "Katarzyna", "Pablo", "Núria", "Björn", "Ingrid", "Dmitri",
         "Olga", "Tomáš", "Lenka", "Marek", "Ewa", "Sébastien", "Hélène", "Jürgen", "Agnieszka", "Niamh", "Seán",
         "Mikkel", "Åsa", "Kristýna", "Radek", "Zuzana", "Miguel", "Inés", "Pierre", "Chloé", "Lukas", "Sofia"]
FAMILY = ["Núñez", "García", "Dvořák", "Novák", "Łukasik", "Straße", "Müller", "Schmidt", "Kowalski", "Wiśniewska",
          "Ørsted", "Jensen", "Rossi", "Bianchi", "Dubois", "Lefèvre", "Svoboda", "Černý", "Horváth", "Nagy",
          "Kovač", "Fernández", "López", "O'Brien", "Murphy", "Andersson", "Nilsson", "Petrović", "Popescu",
          "Zieliński", "Szabó", "Fischer", "Weber", "Schäfer", "Kříž", "Procházka", "Moreau", "Girard", "Costa",
          "Silva", "Ferreira", "Janssen", "De Vries", "Van Dijk", "Virtanen", "Korhonen", "Papadopoulos"]
CITIES = [("Łódź", "PL"), ("Kraków", "PL"), ("Praha", "CZ"), ("Brno", "CZ"), ("Málaga", "ES"), ("Madrid", "ES"),
          ("München", "DE"), ("Köln", "DE"), ("Berlin", "DE"), ("Wien", "AT"), ("Zürich", "CH"), ("Paris", "FR"),
          ("Besançon", "FR"), ("København", "DK"), ("Göteborg", "SE"), ("Milano", "IT"), ("Lisboa", "PT"),
          ("Dublin", "IE"), ("Budapest", "HU"), ("Bratislava", "SK"), ("Ljubljana", "SI"), ("Tallinn", "EE")]
PREFIX = {"PL": "+48", "CZ": "+420", "ES": "+34", "DE": "+49", "AT": "+43", "CH": "+41", "FR": "+33", "DK": "+45",
          "SE": "+46", "IT": "+39", "PT": "+351", "IE": "+353", "HU": "+36", "SK": "+421", "SI": "+386", "EE": "+372"}
COMPANY_WORDS = ["Textil", "Bau", "Logistik", "Software", "Foods", "Pharma", "Motors", "Design", "Energie", "Holz",
                 "Glas", "Druck", "Consulting", "Agro", "Metal", "Optik", "Transport", "Media", "Bio", "Tech"]
TAGS = ["vip", "newsletter", "trade-fair", "partner", "north", "south", "wholesale", "retail"]
STATUSES = ["lead", "prospect", "customer", "inactive"]
QUERIES = ["jose", "nunez", "dvorak", "lodz", "strasse", "mar", "anna schmidt", "jiri novak", "kowalski krakow",
           "textil", "vip", "example", "+49 30", "madrid", "zoe orsted", "sebastien", "zz-no-such-name",
           "petr", "logistik berlin", "wisniewska"]


def generate(n: int, seed: int) -> list[list[str]]:
    rnd = random.Random(seed)
    companies = [f"{rnd.choice(FAMILY)} {rnd.choice(COMPANY_WORDS)} {rnd.choice(['GmbH', 's.r.o.', 'S.A.', 'Sp. z o.o.', 'SARL', 'AB', 'Ltd'])}"
                 for _ in range(max(10, n // 20))]
    rows = []
    for i in range(n):
        g, f = rnd.choice(GIVEN), rnd.choice(FAMILY)
        city, cc = rnd.choice(CITIES)
        local = f"{g}.{f}".lower().replace(" ", "").replace("'", "")
        email = f"{local}.{i}@example.{cc.lower()}"
        phone = f"{PREFIX[cc]} {rnd.randint(200, 799)} {rnd.randint(100, 999)} {i % 1000:03d}"
        rows.append([g, f, rnd.choice(companies), email, phone, city, f"{rnd.randint(10000, 99999)}",
                     ", ".join(rnd.sample(TAGS, rnd.randint(0, 2))), rnd.choice(STATUSES),
                     rnd.choice(["", "", "", "Prefers email", "Call after 14:00", "Met at the fair"])])
    return rows


HEADER = ["First Name", "Last Name", "Company", "E-mail Address", "Mobile Phone", "City", "Postcode", "Tags",
          "Status", "Notes"]


def to_csv(rows) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(HEADER)
    w.writerows(rows)
    return buf.getvalue().encode("utf-8")


def pct(values, p):
    values = sorted(values)
    k = (len(values) - 1) * p
    lo = int(k)
    hi = min(lo + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (k - lo)


def ms(x):
    return f"{x * 1000:.2f} ms"


def timed(fn, *args, **kw):
    t = time.perf_counter()
    out = fn(*args, **kw)
    return time.perf_counter() - t, out


def _memory_security(value: str) -> None:
    """What-if for the figures: vault.db.connect sets SQLCipher's cipher_memory_security from
    ``vault.db.MEMORY_SECURITY`` (OFF as shipped; ON wipes every allocation on free)."""
    import vault.db as vdb

    vdb.MEMORY_SECURITY = value.upper()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--memory-security", choices=["on", "off"], default="off",
                    help="on: a what-if run with SQLCipher's cipher_memory_security on (the app ships it off)")
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=20260101)
    ap.add_argument("--dir", help="work folder (default: a new temporary one)")
    ap.add_argument("--repeat", type=int, default=15, help="runs per query")
    ap.add_argument("--json", help="also write the figures to this file")
    args = ap.parse_args()
    _memory_security(args.memory_security)
    work = Path(args.dir or tempfile.mkdtemp(prefix="vaultcrm-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    figures: dict = {"n": args.n, "seed": args.seed, "cpus": os.cpu_count(),
                     "cipher_memory_security": args.memory_security}
    print(f"# records bench: N={args.n:,} seed={args.seed} in {work} ({os.cpu_count()} CPUs,"
          f" cipher_memory_security {args.memory_security})")

    t, rows = timed(generate, args.n, args.seed)
    data = to_csv(rows)
    print(f"generated {len(rows):,} rows, CSV {len(data) / 1e6:.1f} MB in {t:.1f} s")

    # --- raw executemany floor: same rows into a flat table of an encrypted database
    raw_path = work / "raw.db"
    for suffix in ("", "-wal", "-shm"):
        Path(str(raw_path) + suffix).unlink(missing_ok=True)
    conn = connect(raw_path, os.urandom(32), create=True)
    conn.execute(f"CREATE TABLE flat ({', '.join(f'c{i} TEXT' for i in range(len(HEADER)))})")
    t0, c0 = time.perf_counter(), time.process_time()
    parsed = list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))[1:]
    for i in range(0, len(parsed), 2000):
        conn.execute("BEGIN")
        conn.executemany(f"INSERT INTO flat VALUES ({', '.join('?' * len(HEADER))})", parsed[i:i + 2000])
        conn.execute("COMMIT")
    raw_s, raw_cpu = time.perf_counter() - t0, time.process_time() - c0
    conn.close()
    figures["raw_executemany_rows_per_s"] = round(args.n / raw_s)
    figures["raw_executemany_rows_per_cpu_s"] = round(args.n / raw_cpu)
    print(f"raw executemany (csv.reader + INSERT, encrypted, 2000/transaction): {args.n / raw_s:,.0f} rows/s"
          f" ({args.n / raw_cpu:,.0f} per CPU-second)")

    # --- the vault, filled through the import service
    vault_path = work / "vault"
    if vault_path.exists():
        import shutil

        shutil.rmtree(vault_path)
    session, creation = auth.create_vault(vault_path, "bench", PASSWORD, kdf_params=kdf.FLOOR)
    from app.settings import VaultSettings

    VaultSettings(session).set("records.phone_region", "DE")
    t0, c0 = time.perf_counter(), time.process_time()
    report = import_bytes(session, data, name="bench.csv", duplicates="import")
    imp_s, imp_cpu = time.perf_counter() - t0, time.process_time() - c0
    assert report.imported == args.n, (report.imported, report.errors[:5])
    figures["import_rows_per_s"] = round(args.n / imp_s)
    figures["import_rows_per_cpu_s"] = round(args.n / imp_cpu)
    print(f"CSV import through the service (detect, map, validate, E.164, duplicate check, index): "
          f"{args.n / imp_s:,.0f} rows/s ({imp_s:.1f} s wall; {args.n / imp_cpu:,.0f} rows per CPU-second)")
    size = sum(p.stat().st_size for p in vault_path.iterdir())
    print(f"vault size on disk: {size / 1e6:.0f} MB")
    # a checkpoint so the timings below are not reading the WAL
    session.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    # --- search through the service
    cpu_times: dict[str, list] = {}

    def run_queries(fn, label=""):
        per, all_ = {}, []
        cpu = cpu_times.setdefault(label, [])
        for q in QUERIES:
            fn(q)  # warm
            ts = []
            for _ in range(args.repeat):
                t, c = time.perf_counter(), time.thread_time()
                fn(q)
                ts.append(time.perf_counter() - t)
                cpu.append(time.thread_time() - c)
            per[q] = (statistics.median(ts), pct(ts, 0.95))
            all_ += ts
        return per, all_

    per_ids, all_ids = run_queries(lambda q: search_ids(session, q, limit=50), "service")
    per_full, all_full = run_queries(lambda q: search_service(session, q, limit=50))

    # --- the floor: plain SQLite FTS5 with the same folded rows, same MATCH and ORDER BY rank
    plain = sqlite3.connect(":memory:") if args.n <= 0 else sqlite3.connect(work / "plain-fts.db")
    plain.execute("DROP TABLE IF EXISTS f")
    plain.execute("CREATE VIRTUAL TABLE f USING fts5 (name, company, emails, phones, city, tags, notes,"
                  " tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')")
    plain.execute("BEGIN")
    for i, r in enumerate(rows, start=1):
        c = clean_customer({"given_name": r[0], "family_name": r[1], "company_name": r[2], "emails": [r[3]],
                            "phones": [r[4]], "addresses": [{"city": r[5], "postcode": r[6]}], "tags": r[7],
                            "notes": r[9]}, region="DE")
        plain.execute("INSERT INTO f (rowid, name, company, emails, phones, city, tags, notes) VALUES"
                      " (?, ?, ?, ?, ?, ?, ?, ?)", (i, *fts_values(c)))
    plain.execute("COMMIT")
    # the same SQL as the service (ranked, or newest first for a very broad match)
    per_plain, all_plain = run_queries(
        lambda q: plain.execute(*search_sql(fts_query(q) or '""', 50, 0, None, table="f", conn=plain)).fetchall(),
        "plain")

    print(f"\nsearch (limit 50, best match first), {args.repeat} runs per query:")
    print(f"{'query':<20} {'hits':>7} {'ids p50':>10} {'ids p95':>10} {'+audit p50':>11} {'floor p50':>10}")
    for q in QUERIES:
        hits = session.conn.execute("SELECT count(*) FROM customers_fts WHERE customers_fts MATCH ?",
                                    (fts_query(q) or '""',)).fetchone()[0]
        print(f"{q:<20} {hits:>7} {ms(per_ids[q][0]):>10} {ms(per_ids[q][1]):>10} {ms(per_full[q][0]):>11}"
              f" {ms(per_plain[q][0]):>10}")
    figures["search"] = {
        "service_ids_p50_ms": round(statistics.median(all_ids) * 1000, 2),
        "service_ids_p95_ms": round(pct(all_ids, 0.95) * 1000, 2),
        "service_with_audit_p50_ms": round(statistics.median(all_full) * 1000, 2),
        "service_with_audit_p95_ms": round(pct(all_full, 0.95) * 1000, 2),
        "plain_fts5_p50_ms": round(statistics.median(all_plain) * 1000, 2),
        "plain_fts5_p95_ms": round(pct(all_plain, 0.95) * 1000, 2),
        "service_ids_cpu_p95_ms": round(pct(cpu_times["service"], 0.95) * 1000, 2),
        "plain_fts5_cpu_p95_ms": round(pct(cpu_times["plain"], 0.95) * 1000, 2),
    }
    print("all queries: service p50 {service_ids_p50_ms} ms / p95 {service_ids_p95_ms} ms; with audit entry p50"
          " {service_with_audit_p50_ms} ms / p95 {service_with_audit_p95_ms} ms; plain SQLite FTS5 floor p50"
          " {plain_fts5_p50_ms} ms / p95 {plain_fts5_p95_ms} ms (CPU time p95: service {service_ids_cpu_p95_ms} ms,"
          " floor {plain_fts5_cpu_p95_ms} ms)".format(**figures["search"]))
    print(f"load average while measuring: {os.getloadavg()[0]:.1f}")
    figures["loadavg"] = round(os.getloadavg()[0], 1)

    # --- pages of 100 sorted rows anywhere in the list
    print("\npages of 100 rows (first call per sort builds the sorted id list; then any offset):")
    rnd = random.Random(args.seed)
    figures["pages"] = {}
    for sort, f in [("name", CustomerFilter()), ("-name", CustomerFilter()), ("company", CustomerFilter()),
                    ("city", CustomerFilter()), ("-updated", CustomerFilter()),
                    ("name", CustomerFilter(statuses=("customer",))), ("name", CustomerFilter(tag="vip")),
                    ("name", CustomerFilter(query="mar"))]:
        first, page = timed(customer_page, session, f, sort, 0, 100)
        total = page.total
        ts = []
        for off in [0, total // 2, max(0, total - 100)] + [rnd.randrange(max(1, total)) for _ in range(40)]:
            t, p = timed(customer_page, session, f, sort, off, 100)
            assert len(p.rows) == min(100, total - off)
            ts.append(t)
        label = sort + (f" {f.statuses or ''}{f.tag}{f.query}" if (f.statuses or f.tag or f.query) else "")
        figures["pages"][label] = {"rows": total, "first_ms": round(first * 1000, 1),
                                   "page_p50_ms": round(statistics.median(ts) * 1000, 2),
                                   "page_max_ms": round(max(ts) * 1000, 2)}
        print(f"  {label:<28} rows {total:>9,}  first {ms(first):>11}  then p50 {ms(statistics.median(ts)):>9}"
              f"  max {ms(max(ts)):>9}")
    session.close()
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2))
    print("\n" + json.dumps(figures))


if __name__ == "__main__":
    main()
