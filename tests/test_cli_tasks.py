"""CLI (issue 16; conventions of ../shared/CLI.md): ``task add | list | done``, ``deal list
[--stage S]`` and ``report pipeline``, with ``--json``, exit codes and sign-in, on real vaults."""
from __future__ import annotations

import datetime as dt

from app import users
from app.records import create_customer, deals
from app.records import tasks as task_records
from tests.conftest import PASSWORD, run_cli, signin

SAM_PW = "sam's long passphrase"


def _day(offset: int) -> str:
    return (task_records.today() + dt.timedelta(days=offset)).isoformat()


def cli(v, *args, user=None, secret=None, stdin=None):
    return run_cli([*args[:2], v.path, *args[2:], *signin(v, user, secret), "--json"],
                   (stdin or PASSWORD) + "\n")


def test_task_add_list_done(vault_info):
    s = vault_info.sign_in()
    cid = create_customer(s, {"display_name": "Ada Lovelace"})
    s.close()
    r = cli(vault_info, "task", "add", "--title", "Call Ada", "--due", _day(0), "--time", "09:30",
            "--customer", cid, "--priority", "high", "--repeat", "weekly")
    assert r.status == 0, r.err
    added = r.json
    assert {k: added[k] for k in ("title", "due_date", "due_time", "priority", "customer", "repeat", "done")} == {
        "title": "Call Ada", "due_date": _day(0), "due_time": "09:30", "priority": "high", "customer": "Ada Lovelace",
        "repeat": "weekly", "done": False}
    assert cli(vault_info, "task", "add", "--title", "Later", "--due", _day(3)).status == 0
    listed = cli(vault_info, "task", "list").json
    assert [t["title"] for t in listed] == ["Call Ada", "Later"]
    done = cli(vault_info, "task", "done", str(added["id"])).json
    assert done["done"] is True and done["next_id"]
    listed = cli(vault_info, "task", "list").json
    assert [(t["title"], t["due_date"]) for t in listed] == [("Later", _day(3)), ("Call Ada", _day(7))]
    assert [t["id"] for t in cli(vault_info, "task", "list", "--done").json] == [added["id"]]
    text = run_cli(["task", "list", vault_info.path, *signin(vault_info)], PASSWORD + "\n")
    assert text.status == 0 and "Later" in text.out and "(Ada Lovelace)" in text.out

    bad = cli(vault_info, "task", "add", "--title", "x", "--due", "tomorrowish")
    assert bad.status == 1 and "due_date" in bad.err and "Traceback" not in bad.err
    missing = cli(vault_info, "task", "done", "9999")
    assert missing.status == 1 and missing.err.startswith('{"error"')
    usage = run_cli(["task", "add", vault_info.path, *signin(vault_info)], PASSWORD + "\n")
    assert usage.status == 2  # --title and --due are required


def test_a_sales_user_cannot_touch_anothers_task(vault_info):
    s = vault_info.sign_in()
    enr = users.add_user(s, "sam", SAM_PW, "Sales")
    other = create_customer(s, {"display_name": "Not Sam's"})
    s.close()
    tid = cli(vault_info, "task", "add", "--title", "Admin's", "--due", _day(0), "--customer", str(other)).json["id"]
    r = cli(vault_info, "task", "done", str(tid), user="sam", secret=enr.totp_secret, stdin=SAM_PW)
    assert r.status == 5, r.err
    r = cli(vault_info, "task", "add", "--title", "x", "--due", _day(0), "--customer", str(other), user="sam",
            secret=enr.totp_secret, stdin=SAM_PW)
    assert r.status == 5
    assert cli(vault_info, "task", "list", "--all", user="sam", secret=enr.totp_secret, stdin=SAM_PW).json == []


def test_deal_list_and_pipeline_totals_keep_currencies_apart(vault_info):
    s = vault_info.sign_in()
    a = create_customer(s, {"display_name": "Alpha"})
    b = create_customer(s, {"display_name": "Beta"})
    deals.create_deal(s, a, {"title": "A1", "amount_minor": 100_000, "currency": "EUR", "stage": "proposal"})
    deals.create_deal(s, b, {"title": "B1", "amount_minor": 50_050, "currency": "EUR", "stage": "proposal"})
    deals.create_deal(s, b, {"title": "B2", "amount_minor": 70_000, "currency": "USD", "stage": "proposal"})
    deals.create_deal(s, a, {"title": "A2", "amount_minor": 9_900, "currency": "EUR", "stage": "won"})
    expected = [tuple(r) for r in s.conn.execute(
        "SELECT stage, currency, count(*), sum(amount_minor) FROM deals GROUP BY stage, currency")]
    s.close()
    listed = cli(vault_info, "deal", "list").json
    assert sorted(d["title"] for d in listed) == ["A1", "A2", "B1", "B2"]
    assert set(listed[0]) == {"id", "customer_id", "customer", "title", "amount_minor", "currency", "stage",
                              "expected_close", "owner_id", "owner"}
    assert sorted(d["title"] for d in cli(vault_info, "deal", "list", "--stage", "proposal").json) == ["A1", "B1", "B2"]
    assert cli(vault_info, "deal", "list", "--stage", "sold").status == 2

    report = cli(vault_info, "report", "pipeline").json
    assert report["currencies"] == ["EUR", "USD"]
    assert report["stages"] == [
        {"stage": "proposal", "currency": "EUR", "count": 2, "amount_minor": 150_050},
        {"stage": "proposal", "currency": "USD", "count": 1, "amount_minor": 70_000},
        {"stage": "won", "currency": "EUR", "count": 1, "amount_minor": 9_900}]
    assert sorted((r["stage"], r["currency"], r["count"], r["amount_minor"]) for r in report["stages"]) == \
        sorted(expected)
    text = run_cli(["report", "pipeline", vault_info.path, *signin(vault_info)], PASSWORD + "\n").out
    assert "1,500.50 EUR" in text and "700.00 USD" in text
