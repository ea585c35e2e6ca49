"""``task add | list | done`` and ``task export`` (issue 16): the same use cases as My day
(``app.ops.tasks``), for scripts and tests. ``--json`` prints task objects:
``id``, ``uid``, ``title``, ``due_date``, ``due_time``, ``priority`` (high, normal, low), ``owner_id``,
``owner``, ``customer_id``, ``customer``, ``deal_id``, ``repeat``, ``notes``, ``done``, ``done_at``.
"""
from __future__ import annotations

from vault.fsutil import check_output_path
from vault.i18n import translate

from ..ops import tasks as ops
from ..records.tasks import PRIORITIES, REPEATS
from .base import IO, ArgumentParser, Parents, signed_in

PRIORITY_NAMES = {v: k for k, v in PRIORITIES.items()}


def register(sub, parents: Parents) -> None:
    both = [parents.common, parents.signin]
    pt = sub.add_parser("task", help="tasks: add, list, mark done, export as a calendar").add_subparsers(
        dest="task_command", metavar="ACTION", parser_class=ArgumentParser)
    p = pt.add_parser("add", parents=both, help="add a task (yours, unless --owner)")
    p.add_argument("vault")
    p.add_argument("--title", required=True)
    p.add_argument("--due", required=True, metavar="YYYY-MM-DD", help="the due date (your local calendar)")
    p.add_argument("--time", metavar="HH:MM", help="the due time (local); without it, all day")
    p.add_argument("--customer", type=int, metavar="ID", help="the customer (the id search prints)")
    p.add_argument("--deal", type=int, metavar="ID", help="the deal (its customer comes with it)")
    p.add_argument("--priority", choices=list(PRIORITIES), default="normal")
    p.add_argument("--repeat", choices=REPEATS, help="completing it creates the next one")
    p.add_argument("--notes", default="")
    p.add_argument("--owner", metavar="USER", help="another user (a profile of scope all)")
    p.set_defaults(func=cmd_add)
    p = pt.add_parser("list", parents=both, help="open tasks (yours, unless --all)")
    p.add_argument("vault")
    p.add_argument("--all", action="store_true", help="every task you may see, not only yours")
    p.add_argument("--done", action="store_true", help="done tasks instead of open ones")
    p.add_argument("--customer", type=int, metavar="ID")
    p.add_argument("--from", dest="start", metavar="YYYY-MM-DD", help="due on or after")
    p.add_argument("--to", dest="end", metavar="YYYY-MM-DD", help="due on or before")
    p.set_defaults(func=cmd_list)
    p = pt.add_parser("done", parents=both, help="mark a task done (a repeating one gets its next occurrence)")
    p.add_argument("vault")
    p.add_argument("task_id", type=int)
    p.add_argument("--undo", action="store_true", help="open it again")
    p.set_defaults(func=cmd_done)
    p = pt.add_parser("export", parents=both, help="your open tasks and meetings as an .ics calendar file")
    p.add_argument("vault")
    p.add_argument("--out", required=True)
    p.add_argument("--force", action="store_true", help="replace the file if it exists")
    p.set_defaults(func=cmd_export)


def view(t: dict) -> dict:
    return {"id": t["id"], "uid": t["uid"], "title": t["title"], "due_date": t["due_date"], "due_time": t["due_time"],
            "priority": PRIORITY_NAMES[t["priority"]], "owner_id": t["owner_id"], "owner": t["owner_name"],
            "customer_id": t["customer_id"], "customer": t["customer_name"], "deal_id": t["deal_id"],
            "repeat": t["repeat"], "notes": t["notes"], "done": t["done_at"] is not None, "done_at": t["done_at"]}


def _line(t: dict) -> str:
    when = t["due_date"] + (f" {t['due_time']}" if t["due_time"] else "")
    mark = "x" if t["done"] else " "
    about = f"  ({t['customer']})" if t["customer"] else ""
    return f"[{mark}] {t['id']:>5}  {when:<16}  {t['title']}{about}"


def cmd_add(args, io: IO) -> dict:
    data = {"title": args.title, "due_date": args.due, "due_time": args.time, "customer_id": args.customer,
            "deal_id": args.deal, "priority": args.priority, "repeat": args.repeat, "notes": args.notes,
            "owner_id": args.owner}
    with signed_in(args, io) as s:
        tid = ops.add(s, data).result
        out = view(ops.get(s, tid))
    io.say(translate("Cli", "Added task {id}.").format(id=tid))
    return out


def cmd_list(args, io: IO) -> list[dict]:
    with signed_in(args, io) as s:
        rows = [view(t) for t in ops.list_tasks(s, start=args.start, end=args.end, done=args.done,
                                                mine=not args.all, customer_id=args.customer)]
    for t in rows:
        io.say(_line(t))
    if not rows:
        io.say(translate("Cli", "No tasks."))
    return rows


def cmd_done(args, io: IO) -> dict:
    with signed_in(args, io) as s:
        next_id = ops.complete(s, args.task_id, not args.undo).result
        out = {**view(ops.get(s, args.task_id)), "next_id": next_id}
    if args.undo:
        io.say(translate("Cli", "Task {id} is open again.").format(id=args.task_id))
    else:
        io.say(translate("Cli", "Task {id} is done.").format(id=args.task_id))
    if next_id:
        io.say(translate("Cli", "Next occurrence: task {id}.").format(id=next_id))
    return out


def cmd_export(args, io: IO) -> dict:
    check_output_path(args.out, force=args.force, vault_folders=[args.vault])  # before the slow sign-in
    with signed_in(args, io) as s:
        r = ops.export_calendar(s, args.out, force=args.force)
    io.say(translate("Cli", "Wrote {path} ({tasks} tasks, {meetings} meetings).").format(**r))
    return r
