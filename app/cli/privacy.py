"""``privacy`` sub-commands (subject export, erasure, restriction, consent, retention, record)."""
from __future__ import annotations

from vault.errors import UsageError
from vault.fsutil import check_output_path
from vault.i18n import translate

from .. import privacy
from .base import IO, ArgumentParser, Parents, signed_in


def register(sub, parents: Parents) -> None:
    pp = sub.add_parser("privacy", help="GDPR tools").add_subparsers(dest="privacy_command", metavar="ACTION",
                                                                    parser_class=ArgumentParser)

    def add(name, func, help_, customer=True):
        p = pp.add_parser(name, parents=[parents.common, parents.signin], help=help_)
        p.add_argument("vault")
        if customer:
            p.add_argument("customer_id", type=int)
        p.set_defaults(func=func)
        return p

    p = add("export", cmd_export, "subject access export (JSON, with a readable HTML twin)")
    p.add_argument("--out", required=True)
    p.add_argument("--force", action="store_true",
                   help="replace the files if they exist (never a vault's own files, never a device or folder)")
    p = add("erase", cmd_erase, "erase a person (anonymise, shred their key, ledger)")
    p.add_argument("--yes", action="store_true", help="confirm: erasure cannot be undone")
    p.add_argument("--reason", default="data subject request")
    p = add("restrict", cmd_restrict, "restrict processing of a person")
    p.add_argument("--reason", default="")
    add("unrestrict", cmd_unrestrict, "lift a restriction")
    p = add("consent", cmd_consent, "record a consent or other lawful basis")
    p.add_argument("--purpose", required=True)
    p.add_argument("--basis", default="consent", choices=privacy.LAWFUL_BASES)
    p.add_argument("--source", default="")
    p = add("withdraw", cmd_withdraw, "withdraw a consent", customer=False)
    p.add_argument("consent_id", type=int)
    p = add("retention-rule", cmd_rule, "add a retention rule", customer=False)
    p.add_argument("--name", required=True)
    p.add_argument("--inactive-days", type=int, required=True)
    p.add_argument("--status", choices=["lead", "prospect", "customer", "inactive"])
    p = add("retention", cmd_retention, "preview (default) or apply the retention rules", customer=False)
    p.add_argument("--apply", action="store_true", help="erase the people the preview lists")
    add("record", cmd_record, "record of processing activities", customer=False)


def cmd_export(args, io: IO) -> dict:
    # checked before signing in (no Argon2id for a refused path), and again with both names by the service
    check_output_path(args.out, force=args.force, vault_folders=[args.vault])
    with signed_in(args, io) as s:
        r = privacy.subject_export(s, args.customer_id, args.out, force=args.force)
    io.say(translate("Cli", "Wrote {path} and {html} ({sections}).").format(path=r["path"], html=r["html"],
                                                                           sections=", ".join(r["sections"])))
    return r


def cmd_erase(args, io: IO) -> dict:
    if not args.yes:
        raise UsageError(translate("Errors", "Erasure cannot be undone: add --yes to confirm."))
    with signed_in(args, io) as s:
        r = privacy.erase(s, args.customer_id, reason=args.reason)
    io.say(translate("Cli", "Erased customer {id} (ledger entry {entry}).").format(id=r["erased"],
                                                                                  entry=r["ledger_entry"]))
    return r


def cmd_restrict(args, io: IO) -> dict:
    with signed_in(args, io) as s:
        privacy.restrict(s, args.customer_id, args.reason)
    io.say(translate("Cli", "Processing of customer {id} is restricted.").format(id=args.customer_id))
    return {"restricted": args.customer_id}


def cmd_unrestrict(args, io: IO) -> dict:
    with signed_in(args, io) as s:
        privacy.lift_restriction(s, args.customer_id)
    io.say(translate("Cli", "Restriction lifted for customer {id}.").format(id=args.customer_id))
    return {"unrestricted": args.customer_id}


def cmd_consent(args, io: IO) -> dict:
    with signed_in(args, io) as s:
        cid = privacy.record_consent(s, args.customer_id, args.purpose, args.basis, source=args.source)
    io.say(translate("Cli", "Recorded consent {id}.").format(id=cid))
    return {"consent_id": cid}


def cmd_withdraw(args, io: IO) -> dict:
    with signed_in(args, io) as s:
        privacy.withdraw_consent(s, args.consent_id)
    io.say(translate("Cli", "Consent {id} withdrawn.").format(id=args.consent_id))
    return {"withdrawn": args.consent_id}


def cmd_rule(args, io: IO) -> dict:
    with signed_in(args, io) as s:
        rid = privacy.add_retention_rule(s, args.name, args.inactive_days, args.status)
    io.say(translate("Cli", "Added retention rule {id}.").format(id=rid))
    return {"rule_id": rid}


def cmd_retention(args, io: IO) -> dict:
    with signed_in(args, io) as s:
        preview = privacy.retention_preview(s)
        for h in preview:
            io.say(translate("Cli", "{id}  {name}  ({rule}, last activity {at})").format(
                id=f"{h['id']:>8}", name=h["display_name"], rule=h["rule"], at=h["last_activity"]))
        if not args.apply:
            io.say(translate("Cli", "%n person(s) would be erased (preview; add --apply to erase them).", None,
                             len(preview)))
            return {"preview": preview, "applied": False}
        r = privacy.apply_retention(s, [h["id"] for h in preview])
    io.say(translate("Cli", "Erased %n person(s).", None, len(r["erased"])))
    return {"preview": preview, "applied": True, "erased": r["erased"]}


def cmd_record(args, io: IO) -> dict:
    with signed_in(args, io) as s:
        r = privacy.processing_record(s)
    io.say(translate("ProcessingRecord", "Purposes: {purposes}; data subjects: {subjects}; erasures: {erasures}."
                     ).format(purposes=len(r["purposes"]), subjects=r["data_subjects"], erasures=r["erasures"]))
    return r
