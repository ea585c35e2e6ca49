"""Duplicates: the same normalised email or phone, or a close name at the same company; found
on import and on demand, and merged by the user keeping every interaction and deal."""
from __future__ import annotations

import difflib
from dataclasses import dataclass, field

from vault import clock
from vault.errors import ValidationError
from vault.i18n import translate

from .. import audit
from ..session import Session
from . import customers as cust
from .fold import fold
from .rows import writable_row

NAME_SIMILARITY = 0.88


def close_names(a: str, b: str) -> bool:
    """Folded names that are equal, hold the same words in another order ("Novák Jan" / "Jan
    Novak"), or differ by a typo or two (difflib ratio ≥ 0.88, sharing a word's first letters)."""
    return NameMatcher(a)(b)


@dataclass
class Match:
    customer_id: int
    reason: str


def match_existing(conn, session: Session, emails: list[str], phones: list[str], name: str = "",
                   company_sort: str = "", exclude: int | None = None) -> Match | None:
    """The first live customer (in the session's scope) this data duplicates, and why."""
    scope = "" if session.scope_all else " AND c.owner_id = ?"
    extra = [] if session.scope_all else [session.user_id]
    excl = " AND c.id != ?" if exclude is not None else ""
    extra_ex = [exclude] if exclude is not None else []
    for e in emails:
        row = conn.execute("SELECT c.id FROM customer_emails e JOIN customers c ON c.id = e.customer_id"
                           f" WHERE e.email_norm = ? AND c.deleted_at IS NULL{scope}{excl} LIMIT 1",
                           (e.lower(), *extra, *extra_ex)).fetchone()
        if row:
            return Match(row[0], translate("Duplicates", "same email ({email}) as customer {id}").format(
                email=e, id=row[0]))
    for p in phones:
        row = conn.execute("SELECT c.id FROM customer_phones p JOIN customers c ON c.id = p.customer_id"
                           f" WHERE p.phone_norm = ? AND c.deleted_at IS NULL{scope}{excl} LIMIT 1",
                           (p, *extra, *extra_ex)).fetchone()
        if row:
            return Match(row[0], translate("Duplicates", "same phone ({phone}) as customer {id}").format(
                phone=p, id=row[0]))
    if name and company_sort:
        same = NameMatcher(name)
        for row in conn.execute("SELECT c.id, c.display_name, c.sort_name FROM customers c WHERE c.company_sort = ?"
                                f" AND c.deleted_at IS NULL AND c.kind = 'person'{scope}{excl} LIMIT 500",
                                (company_sort, *extra, *extra_ex)):
            if same(row[1], row[2]):
                return Match(row[0], translate("Duplicates", "a close name ({name}) at the same company, customer {id}"
                                               ).format(name=row[1], id=row[0]))
    return None


PEOPLE_PER_COMPANY = 500  # name comparisons per company are capped (as in ``match_existing``)


class _People:
    """The live people of one company (at most ``PEOPLE_PER_COMPANY``), indexed by the first
    three letters of each word of their folded names: a close name must share one of them."""

    __slots__ = ("rows", "by_prefix")

    def __init__(self):
        self.rows: list[tuple[int, str]] = []
        self.by_prefix: dict[str, list[int]] = {}

    def add(self, cid: int, name: str) -> None:
        if len(self.rows) >= PEOPLE_PER_COMPANY:
            return
        i = len(self.rows)
        self.rows.append((cid, name))
        for p in _prefixes(fold(name).strip().split()):
            self.by_prefix.setdefault(p, []).append(i)

    def candidates(self, prefixes: set[str]) -> list[tuple[int, str]]:
        found: set[int] = set()
        for p in prefixes:
            found.update(self.by_prefix.get(p, ()))
        return [self.rows[i] for i in sorted(found)]


class BatchMatcher:
    """``match_existing`` for a batch of cleaned records with three queries instead of three per
    record (the import's duplicate check). The people of each company are read once per import
    and kept, with the rows the import itself adds (``added``): later batches only query
    companies they have not seen yet."""

    def __init__(self, conn, session: Session):
        self.conn = conn
        self.scope = "" if session.scope_all else " AND c.owner_id = ?"
        self.sargs = [] if session.scope_all else [session.user_id]
        self.people: dict[str, _People] = {}

    def _lookup(self, table: str, col: str, values: set) -> dict:
        found: dict = {}
        values = list(values)
        for i in range(0, len(values), 500):
            chunk = values[i:i + 500]
            for v, cid in self.conn.execute(
                    f"SELECT x.{col}, min(c.id) FROM {table} x JOIN customers c ON c.id = x.customer_id"
                    f" WHERE x.{col} IN ({', '.join('?' * len(chunk))}) AND c.deleted_at IS NULL{self.scope}"
                    f" GROUP BY x.{col}", (*chunk, *self.sargs)):
                found[v] = cid
        return found

    def prepare(self, cleans: list) -> None:
        self.emails = self._lookup("customer_emails", "email_norm", {e.lower() for c in cleans for _, e in c.emails})
        self.phones = self._lookup("customer_phones", "phone_norm", {p.norm for c in cleans for p in c.phones})
        companies = list({fold(c.company_name) for c in cleans if c.kind == "person" and c.company_name}
                         - self.people.keys())
        for co in companies:
            self.people[co] = _People()
        for i in range(0, len(companies), 500):
            chunk = companies[i:i + 500]
            for cid, name, co in self.conn.execute(
                    "SELECT c.id, c.display_name, c.company_sort FROM customers c WHERE c.company_sort IN"
                    f" ({', '.join('?' * len(chunk))}) AND c.deleted_at IS NULL AND c.kind = 'person'{self.scope}",
                    (*chunk, *self.sargs)):
                self.people[co].add(cid, name)

    def added(self, ids: list[int], cleans: list) -> None:
        """Rows the import has just written (in this session's scope: it owns them)."""
        for cid, c in zip(ids, cleans, strict=True):
            if c.kind == "person" and c.company_name:
                people = self.people.get(fold(c.company_name))
                if people is not None:
                    people.add(cid, c.display_name)

    def match(self, c) -> Match | None:
        for _, e in c.emails:
            cid = self.emails.get(e.lower())
            if cid is not None:
                return Match(cid, translate("Duplicates", "same email ({email}) as customer {id}").format(
                    email=e, id=cid))
        for p in c.phones:
            cid = self.phones.get(p.norm)
            if cid is not None:
                return Match(cid, translate("Duplicates", "same phone ({phone}) as customer {id}").format(
                    phone=p.norm, id=cid))
        if c.kind == "person" and c.company_name:
            people = self.people.get(fold(c.company_name))
            if people is not None and people.rows:
                same = NameMatcher(c.display_name)
                for cid, name in people.candidates(same.prefixes):
                    if same(name):
                        return Match(cid, translate("Duplicates", "a close name ({name}) at the same company,"
                                                                  " customer {id}").format(name=name, id=cid))
        return None


def _prefixes(words: list[str]) -> set[str]:
    return {w[:3] for w in words if w}


class NameMatcher:
    """``close_names(name, other)`` for one name against many (the name is folded once)."""

    def __init__(self, name: str):
        self.a = fold(name).strip()
        self.words = sorted(self.a.split())
        self.prefixes = _prefixes(self.words)
        self.m = difflib.SequenceMatcher(None, autojunk=False)
        self.m.set_seq2(self.a)

    def __call__(self, other: str, other_sort: str | None = None) -> bool:
        b = fold(other).strip()
        if not self.a or not b:
            return False
        words = b.split()
        if b == self.a or sorted(words) == self.words:
            return True
        if abs(len(self.a) - len(b)) > 0.25 * max(len(self.a), len(b)) or not (_prefixes(words) & self.prefixes):
            return False  # cannot reach the ratio / no word in common: skip the expensive comparison
        self.m.set_seq1(b)
        return self.m.real_quick_ratio() >= NAME_SIMILARITY and self.m.quick_ratio() >= NAME_SIMILARITY and \
            self.m.ratio() >= NAME_SIMILARITY


@dataclass
class DuplicateGroup:
    ids: list[int]
    # why they look alike: (code, value) pairs, for the face to put in words: ("same_email", address),
    # ("same_phone", number), ("close_names", "name / name")
    reasons: list[tuple[str, str]] = field(default_factory=list)


class _Groups:
    """Union-find over customer ids, remembering why each pair was linked."""

    def __init__(self):
        self.parent: dict[int, int] = {}
        self.reasons: dict[frozenset, tuple[str, str]] = {}

    def find(self, x):
        parent = self.parent
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a, b, why):
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)
        self.reasons.setdefault(frozenset((a, b)), why)


def find_duplicates(session: Session, customer_id: int | None = None, limit: int = 1000) -> list[DuplicateGroup]:
    """Groups of live customers that look like the same one. With ``customer_id``: only the group
    around that customer."""
    session.require("customers.read")
    scope = "" if session.scope_all else " AND c.owner_id = ?"
    sargs = [] if session.scope_all else [session.user_id]
    links = _Groups()
    _link_same_contacts(session.conn, links, scope, sargs, customer_id)
    _link_close_names(session.conn, links, scope, sargs, customer_id)
    groups: dict[int, DuplicateGroup] = {}
    for x in list(links.parent):
        groups.setdefault(links.find(x), DuplicateGroup([])).ids.append(x)
    out = []
    for g in groups.values():
        g.ids.sort()
        if customer_id and customer_id not in g.ids:
            continue
        g.reasons = sorted({why for pair, why in links.reasons.items() if pair <= set(g.ids)})
        out.append(g)
    out.sort(key=lambda g: g.ids[0])
    return out[:limit]


def _link_same_contacts(conn, links: _Groups, scope: str, sargs: list, customer_id: int | None) -> None:
    """Live customers sharing an email or a phone number."""
    only = " AND x.{col} IN (SELECT {col} FROM {table} WHERE customer_id = ?)" if customer_id else ""
    for table, col, code in (("customer_emails", "email_norm", "same_email"),
                             ("customer_phones", "phone_norm", "same_phone")):
        cond = only.format(col=col, table=table)
        args = [*sargs, *([customer_id] if customer_id else [])]
        sql = (f"SELECT x.{col}, group_concat(DISTINCT c.id) FROM {table} x JOIN customers c ON c.id = x.customer_id"
               f" WHERE c.deleted_at IS NULL AND x.{col} != ''{scope}{cond} GROUP BY x.{col}"
               " HAVING count(DISTINCT c.id) > 1")
        for value, ids in conn.execute(sql, args):
            idl = sorted(int(i) for i in ids.split(","))
            for other in idl[1:]:
                links.union(idl[0], other, (code, value))


def _link_close_names(conn, links: _Groups, scope: str, sargs: list, customer_id: int | None) -> None:
    """People with close names at the same company (the first 300 of a company compared)."""
    sql = ("SELECT c.id, c.display_name, c.company_sort FROM customers c WHERE c.deleted_at IS NULL"
           f" AND c.kind = 'person' AND c.company_sort != ''{scope}")
    args = list(sargs)
    if customer_id:
        sql += " AND c.company_sort = (SELECT company_sort FROM customers WHERE id = ?)"
        args.append(customer_id)
    by_company: dict[str, list] = {}
    for cid, name, co in conn.execute(sql + " ORDER BY c.company_sort, c.sort_name", args):
        by_company.setdefault(co, []).append((cid, name))
    for members in by_company.values():
        if len(members) > 300:
            members = members[:300]
        for i, (a, na) in enumerate(members):
            for b, nb in members[i + 1:]:
                if close_names(na, nb):
                    links.union(a, b, ("close_names", f"{na} / {nb}"))


def merge_customers(session: Session, keep_id: int, merge_ids: list[int], expected_versions: dict | None = None) -> int:
    """Merge ``merge_ids`` into ``keep_id``: their emails, phones, addresses, tags, custom and
    sensitive values fill in what the kept record lacks; every interaction, deal and purchase
    preference moves over; the merged records go to the bin (restorable, ``merged_into`` set).
    Returns the kept record's new version."""
    session.require("customers.update")
    session.require("customers.delete")
    merge_ids = [int(m) for m in merge_ids if int(m) != int(keep_id)]
    if not merge_ids:
        raise ValidationError(translate("Errors", "Choose at least one other record to merge."),
                              fields={"merge_ids": translate("Errors", "empty")})
    conn = session.conn
    expected_versions = {int(k): int(v) for k, v in (expected_versions or {}).items()}
    rows = {cid: writable_row(session, cid, "merge") for cid in [keep_id, *merge_ids]}
    for cid, row in rows.items():
        if cid in expected_versions and int(row["version"]) != expected_versions[cid]:
            raise cust._conflict(session, row)
    merged = cust._input_of(cust.load(conn, keep_id))
    for mid in merge_ids:
        _fill_from(merged, cust.load(conn, mid))
    c = cust.clean_customer(merged, region=cust.default_region(session), custom_fields=cust.custom_field_specs(conn))
    if c.company_id in merge_ids:
        c.company_id = None
    specs = cust.custom_field_specs(conn)
    now = clock.iso()
    moved = {"interactions": 0, "deals": 0}
    with session.vault.transaction():
        for mid in merge_ids:
            _move_into(session, keep_id, mid, now, moved)
        _write_kept(session, keep_id, c, specs, now, rows[keep_id]["version"])
        audit.record(session, "customer.merge", entity="customer", entity_id=keep_id,
                     details={"merged": merge_ids, **moved})
    return int(rows[keep_id]["version"]) + 1


def _fill_from(merged: dict, other: dict) -> None:
    """What ``other`` holds and the merged input lacks: contact details, tags, names, notes, the
    company, custom and sensitive values."""
    merged["emails"] = merged["emails"] + [e for e in other["emails"]
                                           if e["value"].lower() not in {x["value"].lower() for x in merged["emails"]}]
    merged["phones"] = merged["phones"] + [{"label": p["label"], "value": p["value"]} for p in other["phones"]]
    merged["addresses"] = merged["addresses"] + [a for a in other["addresses"] if a not in merged["addresses"]]
    merged["tags"] = merged["tags"] + [t for t in other["tags"] if t not in merged["tags"]]
    for k in ("given_name", "family_name", "company_name", "job_title"):
        if not merged.get(k) and other.get(k):
            merged[k] = other[k]
    if other["notes"] and other["notes"] not in merged["notes"]:
        merged["notes"] = "\n".join(x for x in (merged["notes"], other["notes"]) if x)
    if not merged.get("company_id") and other.get("company_id"):
        merged["company_id"] = other["company_id"]
    for k, v in other["custom"].items():
        merged["custom"].setdefault(k, v)
    for k, v in other["sensitive"].items():
        if v and not merged["sensitive"].get(k):
            merged["sensitive"][k] = v


def _move_into(session: Session, keep_id: int, mid: int, now: str, moved: dict) -> None:
    """Inside the merge's transaction: ``mid``'s interactions, deals, preferences and company
    members go to ``keep_id``; ``mid`` goes to the bin (``merged_into`` set)."""
    conn = session.conn
    moved["interactions"] += conn.execute("UPDATE interactions SET customer_id = ? WHERE customer_id = ?",
                                          (keep_id, mid)).rowcount
    moved["deals"] += conn.execute("UPDATE deals SET customer_id = ? WHERE customer_id = ?",
                                   (keep_id, mid)).rowcount
    conn.execute("UPDATE purchase_preferences SET customer_id = ? WHERE customer_id = ?", (keep_id, mid))
    conn.execute("UPDATE customers SET company_id = ? WHERE company_id = ?", (keep_id, mid))
    conn.execute("UPDATE customers SET deleted_at = ?, deleted_by = ?, merged_into = ?, version = version + 1"
                 " WHERE id = ?", (now, session.user_id, keep_id, mid))
    cust.reindex(conn, mid, None)


def _write_kept(session: Session, keep_id: int, c, specs: dict, now: str, version) -> None:
    """Inside the merge's transaction: the kept record's merged values (only if still at
    ``version``), its last contact, child rows and index."""
    conn = session.conn
    cols = cust.main_columns(c)
    last = conn.execute("SELECT max(occurred_at) FROM interactions WHERE customer_id = ?", (keep_id,)).fetchone()[0]
    cur = conn.execute(
        f"UPDATE customers SET {', '.join(f'{k} = ?' for k in cols)}, last_contact_at = ?, updated_at = ?,"
        " updated_by = ?, version = version + 1 WHERE id = ? AND version = ?",
        (*cols.values(), last, now, session.user_id, keep_id, version))
    if cur.rowcount != 1:
        raise cust._conflict(session, conn.execute("SELECT * FROM customers WHERE id = ?", (keep_id,)).fetchone())
    cust.write_children(conn, keep_id, c, cust.TagCache(conn), {k: s["id"] for k, s in specs.items()})
    cust.reindex(conn, keep_id, c)


def possible_duplicate(session: Session, data: dict, exclude: int | None = None) -> Match | None:
    """Before saving a new or edited record: the existing customer it seems to duplicate (same
    email or phone, or a close name at the same company), or None. The form can warn and offer
    to open that record instead."""
    session.require("customers.read")
    c = cust.clean_customer(data, region=cust.default_region(session),
                            custom_fields=cust.custom_field_specs(session.conn))
    return match_existing(session.conn, session, [e for _, e in c.emails], [p.norm for p in c.phones],
                          c.display_name if c.kind == "person" else "",
                          fold(c.company_name) if c.kind == "person" else "", exclude=exclude)
