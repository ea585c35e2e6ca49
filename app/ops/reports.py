"""Reports for scripts and the command line (issue 16): the pipeline's totals per stage and
currency, and the deals list. The deals come from ``app.reports.pipeline`` (the board's own
queries, in the viewer's scope), so the board and ``report pipeline`` agree.
Amounts are integer minor units and stay per currency: two currencies are never summed.
"""
from __future__ import annotations

from vault.errors import ValidationError
from vault.i18n import translate

from ..records.deals import STAGES
from ..reports import pipeline
from ..session import Session


def pipeline_totals(session: Session) -> list[dict]:
    """One row per stage and currency: ``stage``, ``currency``, ``count``, ``amount_minor``, in
    stage order then currency; a stage without deals has no row."""
    totals: dict[tuple[str, str], list[int]] = {}
    for d in deal_list(session):
        t = totals.setdefault((d["stage"], d["currency"]), [0, 0])
        t[0] += 1
        t[1] += d["amount_minor"]
    order = {s: i for i, s in enumerate(STAGES)}
    return [{"stage": s, "currency": c, "count": n, "amount_minor": a}
            for (s, c), (n, a) in sorted(totals.items(), key=lambda kv: (order[kv[0][0]], kv[0][1]))]


def deal_list(session: Session, stage: str | None = None) -> list[dict]:
    """The deals the session may see (``deals.read``, its record scope), soonest close first; only
    those at ``stage`` when given."""
    if stage is not None and stage not in STAGES:
        raise ValidationError(translate("Errors", "stage: one of {choices}").format(choices=", ".join(STAGES)),
                              fields={"stage": translate("Errors", "one of {choices}").format(
                                  choices=", ".join(STAGES))})
    ids = pipeline.stage_ids(session)
    wanted = [i for s in STAGES if stage in (None, s) for i in ids[s]]
    return pipeline.card_rows(session, wanted)
