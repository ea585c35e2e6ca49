"""``deal list [--stage S]`` and ``report pipeline`` (issue 16): the deals the user may see and
the pipeline's totals per stage and currency (``app.ops.reports``). Amounts are printed per
currency; two currencies are never added together.

``--json``: ``deal list`` a list of ``{id, customer_id, customer, title, amount_minor, currency,
stage, expected_close, owner_id, owner}``; ``report pipeline`` ``{stages: [{stage, currency,
count, amount_minor}], currencies: [...]}``.
"""
from __future__ import annotations

from vault.i18n import translate

from ..ops import reports
from ..records.deals import STAGES
from .base import IO, ArgumentParser, Parents, signed_in


def register(sub, parents: Parents) -> None:
    both = [parents.common, parents.signin]
    pd = sub.add_parser("deal", help="deals: list").add_subparsers(dest="deal_command", metavar="ACTION",
                                                                   parser_class=ArgumentParser)
    p = pd.add_parser("list", parents=both, help="the deals you may see, soonest close first")
    p.add_argument("vault")
    p.add_argument("--stage", choices=STAGES)
    p.set_defaults(func=cmd_deal_list)
    pr = sub.add_parser("report", help="reports: the pipeline").add_subparsers(
        dest="report_command", metavar="REPORT", parser_class=ArgumentParser)
    p = pr.add_parser("pipeline", parents=both, help="deals and their value per stage, per currency")
    p.add_argument("vault")
    p.set_defaults(func=cmd_pipeline)


def money(minor: int, currency: str) -> str:
    sign = "-" if minor < 0 else ""
    whole, cents = divmod(abs(int(minor)), 100)
    return f"{sign}{whole:,}.{cents:02d} {currency}"


def cmd_deal_list(args, io: IO) -> list[dict]:
    with signed_in(args, io) as s:
        rows = reports.deal_list(s, args.stage)
    out = [{"id": d["id"], "customer_id": d["customer_id"], "customer": d["customer_name"], "title": d["title"],
            "amount_minor": d["amount_minor"], "currency": d["currency"], "stage": d["stage"],
            "expected_close": d["expected_close"], "owner_id": d["owner_id"], "owner": d["owner_name"]} for d in rows]
    for d in out:
        row = (f"{d['id']:>6}  {d['stage']:<12} {money(d['amount_minor'], d['currency']):>18}  "
               f"{d['expected_close'] or '':<10}  {d['title']}  ({d['customer']})")  # data, not prose
        io.say(row)
    if not out:
        io.say(translate("Cli", "No deals."))
    return out


def cmd_pipeline(args, io: IO) -> dict:
    with signed_in(args, io) as s:
        rows = reports.pipeline_totals(s)
    for r in rows:
        row = f"{r['stage']:<12} {r['count']:>6}  {money(r['amount_minor'], r['currency']):>20}"  # data
        io.say(row)
    if not rows:
        io.say(translate("Cli", "No deals."))
    return {"stages": rows, "currencies": sorted({r["currency"] for r in rows})}
