"""Pipeline board use cases: load the board (deal ids per stage, totals per stage and currency,
the vault's currency, the owners to filter by), fetch cards lazily, and move a deal to another
stage. A move is a deal update (``records.deals.update_deal``): it needs ``deals.write``, a deal
whose customer the user may change (scope, restriction), the version the card was read at, and
it is audited as ``deal.update`` with the stage's before and after."""
from __future__ import annotations

from vault.errors import ValidationError
from vault.i18n import translate

from ..countries import currency_for
from ..records import deals
from ..reports import pipeline
from ..reports.pipeline import BoardFilter
from ..session import Session
from ..setting_keys import vault_country
from .changes import Changes

__all__ = ["BoardFilter", "load_board", "cards", "move_deal"]


def load_board(session: Session, f: BoardFilter | None = None) -> dict:
    """``ids`` {stage: array of deal ids}, ``totals`` {stage: {count, amounts {currency: minor}}},
    ``currency`` (the vault's: shown first, others apart), ``owners`` [{id, name}]."""
    f = f or BoardFilter()
    return {"ids": pipeline.stage_ids(session, f), "totals": pipeline.stage_totals(session, f),
            "currency": currency_for(vault_country(session.conn)), "owners": pipeline.deal_owners(session)}


def cards(session: Session, ids) -> list[dict]:
    return pipeline.card_rows(session, ids)


def move_deal(session: Session, deal_id: int, stage: str, expected_version: int) -> Changes:
    """Move a deal to ``stage``; the result is the deal's new version."""
    if stage not in deals.STAGES:
        raise ValidationError(translate("Errors", "one of {choices}").format(choices=", ".join(deals.STAGES)),
                              fields={"stage": translate("Errors", "one of {choices}").format(
                                  choices=", ".join(deals.STAGES))})
    deal = deals.get_deal(session, deal_id)
    if deal["stage"] == stage:
        return Changes(result=int(deal["version"]))
    version = deals.update_deal(session, deal_id, {"stage": stage}, expected_version)
    return Changes.of(deal["customer_id"], result=version)
