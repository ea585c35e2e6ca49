"""Retention: which archives to keep (grandfather-father-son, pure) and pruning the others."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from vault import clock
from vault.backup.location import Target
from vault.backup.verify import Catalog
from vault.backup.writer import prune
from vault.errors import IntegrityError
from vault.i18n import translate

from .. import audit
from ..settings import VaultSettings
from .common import parse_time
from .listing import list_archives


@dataclass(frozen=True)
class RetentionPolicy:
    keep_within_days: int = 7
    keep_daily: int = 7
    keep_weekly: int = 4
    keep_monthly: int = 12
    keep_yearly: int = 3

    @classmethod
    def from_settings(cls, session) -> RetentionPolicy:
        s = VaultSettings(session)
        return cls(s.get("retention.keep_within_days"), s.get("retention.keep_daily"), s.get("retention.keep_weekly"),
                   s.get("retention.keep_monthly"), s.get("retention.keep_yearly"))


@dataclass
class RetentionPlan:
    keep: dict[str, list[str]] = field(default_factory=dict)
    prune: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"keep": self.keep, "prune": self.prune}


def plan_retention(archives: list[tuple[str, dt.datetime]], now: dt.datetime,
                   policy: RetentionPolicy = RetentionPolicy()) -> RetentionPlan:
    """Grandfather-father-son over verified archives ``(name, created UTC)``. Pure: no I/O.
    Keeps everything newer than ``keep_within_days``; the newest archive of each of the last
    N days/ISO weeks/months/years that have archives; and always the newest archive."""
    items = sorted(archives, key=lambda a: a[1], reverse=True)
    plan = RetentionPlan()
    if not items:
        return plan

    def keep(name: str, why: str) -> None:
        plan.keep.setdefault(name, []).append(why)

    keep(items[0][0], "newest")
    cutoff = now - dt.timedelta(days=policy.keep_within_days)
    for name, t in items:
        if t >= cutoff and policy.keep_within_days > 0:
            keep(name, "within")
    buckets = (("daily", policy.keep_daily, lambda t: t.date()),
               ("weekly", policy.keep_weekly, lambda t: tuple(t.isocalendar())[:2]),
               ("monthly", policy.keep_monthly, lambda t: (t.year, t.month)),
               ("yearly", policy.keep_yearly, lambda t: t.year))
    for label, count, key in buckets:
        seen: set = set()
        for name, t in items:
            if len(seen) >= count:
                break
            k = key(t)
            if k not in seen:
                seen.add(k)
                keep(name, label)
    plan.prune = [name for name, _ in items if name not in plan.keep]
    return plan


def retention_preview(url: str, *, session=None, vault_folder=None, policy: RetentionPolicy | None = None,
                      now: dt.datetime | None = None, s3_endpoint=None, trust_host_key=False) -> dict:
    """Dry run: what retention would keep and prune at ``url`` (only verified ``ok`` archives count)."""
    rows = list_archives(url, session=session, vault_folder=vault_folder, check_hash=False,
                         s3_endpoint=s3_endpoint, trust_host_key=trust_host_key)
    good = [(r["archive"], parse_time(r["created"])) for r in rows if r["state"] == "ok"]
    policy = policy or (RetentionPolicy.from_settings(session) if session is not None else RetentionPolicy())
    return plan_retention(good, now or clock.utcnow(), policy).to_json()


def apply_retention(session, target: Target, *, policy: RetentionPolicy, newest_verified: str,
                    now: dt.datetime | None = None) -> dict:
    """Prune per ``policy`` right after ``newest_verified`` was written and verified. Never prunes
    it; archives that fail quick verify are never counted as keepers (nor deleted)."""
    session.require("backup.run")
    v = session.vault
    cat = Catalog(target, vault_public_key=v.keyslots.signing_public_key, vault_id=v.vault_id, authoritative=True)
    if newest_verified not in cat.sigs or not cat.sigs[newest_verified].valid:
        raise IntegrityError(translate("Errors", "The new backup is not verified; nothing is pruned."))
    good = [(n, parse_time(s.signed["created"])) for n, s in cat.sigs.items()
            if s.valid and n in cat.entries and n not in cat.pruned]
    plan = plan_retention(good, now or clock.utcnow(), policy)
    plan.keep.setdefault(newest_verified, []).append("just verified")
    pruned, refused = [], []
    key = v.signing_key()
    for name in plan.prune:
        if name == newest_verified:
            continue
        if prune(target, name, key, cat.sigs[name].signed):
            pruned.append(name)
        else:
            refused.append(name)
    if pruned:
        with v.transaction():
            session.conn.executemany("UPDATE backup_history SET pruned_at = ? WHERE archive = ?",
                                     [(clock.iso(), n) for n in pruned])
            audit.record(session, "backup.prune", entity="backup_target", entity_id=target.url,
                         details={"pruned": pruned, "refused": refused})
    return {"pruned": pruned, "refused": refused, "kept": sorted(plan.keep)}

