"""vCard 2.1 / 3.0 / 4.0 in and out, through ``vobject``.

Reading: the text is cut into cards (``BEGIN:VCARD`` … ``END:VCARD``) so one broken card is
reported on its own while the others import; each card is parsed by vobject. Two repairs for
real-world files happen first: vCard 2.1 quoted-printable soft line breaks (a value ending in
``=`` continues on the next line, which vobject does not join), and values declared
``CHARSET=UTF-8`` whose quoted-printable bytes are really Windows-1252 (Thunderbird). Photos
and unknown properties are ignored.
"""
from __future__ import annotations

import contextlib
import logging
import quopri
import re
from collections.abc import Iterator

import vobject

from vault.i18n import translate

_BEGIN = re.compile(r"^BEGIN:VCARD\s*$", re.I)
_END = re.compile(r"^END:VCARD\s*$", re.I)
_EMPTY_MARKER = re.compile(r"^(BEGIN|END):\s*$", re.I)
_QP = re.compile(r"^[^:]*ENCODING=QUOTED-PRINTABLE[^:]*:", re.I)

LABELS = {"cell": "mobile", "iphone": "mobile", "mobile": "mobile", "home": "home", "work": "work",
          "fax": "fax", "pager": "pager", "main": "main", "other": "other", "voice": "", "pref": "",
          "internet": "", "x400": "", "text": "", "msg": "", "video": "", "bbs": "", "modem": "", "car": "car",
          "isdn": "", "pcs": "", "dom": "", "intl": "", "postal": "", "parcel": ""}


@contextlib.contextmanager
def quiet_vobject():
    """vobject logs skipped lines at ERROR level; we report per card instead."""
    logs = [logging.getLogger("vobject"), logging.getLogger("vobject.base")]
    old = [log.level for log in logs]
    for log in logs:
        log.setLevel(logging.CRITICAL + 1)
    try:
        yield
    finally:
        for log, level in zip(logs, old, strict=True):
            log.setLevel(level)


def split_cards(text: str) -> Iterator[tuple[int, str]]:
    """(first line number, card text) for each card; QP soft breaks joined, stray markers dropped."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    card: list[str] | None = None
    start = 0
    i = 0
    while i < len(lines):
        line = lines[i]
        lineno = i + 1
        i += 1
        if _BEGIN.match(line.strip()):
            card, start = [line.strip()], lineno
            continue
        if card is None:
            continue
        if _END.match(line.strip()):
            card.append("END:VCARD")
            yield start, "\r\n".join(card) + "\r\n"
            card = None
            continue
        if _EMPTY_MARKER.match(line):
            continue  # e.g. a bare "END:" line (DAVdroid)
        if _QP.match(line):
            while line.endswith("=") and i < len(lines):
                line = line[:-1] + lines[i]
                i += 1
            line = _decode_qp(line)
        else:
            line = _escape_commas(line)
        card.append(line)
    if card is not None:
        yield start, "\r\n".join(card) + "\r\nEND:VCARD\r\n"   # unterminated last card


_PARAM_QP = re.compile(r";(ENCODING=)?QUOTED-PRINTABLE", re.I)
_PARAM_CHARSET = re.compile(r";CHARSET=([^;:]*)", re.I)


def _decode_qp(line: str) -> str:
    """Decode a quoted-printable value with stdlib ``quopri`` and hand vobject the plain text
    (vobject cuts such values at an encoded newline). A declared UTF-8 that does not decode
    is read as Windows-1252 (Thunderbird writes that)."""
    head, _, value = line.partition(":")
    m = _PARAM_CHARSET.search(head)
    charset = (m.group(1) if m else "utf-8").strip('"') or "utf-8"
    raw = quopri.decodestring(value.encode("ascii", "replace"))
    try:
        text = raw.decode(charset)
    except (UnicodeDecodeError, LookupError):
        text = raw.decode("cp1252", "replace")
    head = _PARAM_CHARSET.sub("", _PARAM_QP.sub("", head))
    text = text.replace("\\", "\\\\").replace("\r\n", "\n").replace("\n", "\\n")
    return _escape_commas(f"{head}:{text}")


_TEXT_PROPS = re.compile(r"^(?:[\w-]+\.)?(NOTE|FN|TITLE|ROLE|NICKNAME)[;:]", re.I)
_BARE_COMMA = re.compile(r"(?<!\\),")


def _escape_commas(line: str) -> str:
    """A single-text property (NOTE, FN, TITLE) with bare commas: vobject would keep only the
    part before the first comma (vCard 2.1 never escapes them), so escape them."""
    if not _TEXT_PROPS.match(line):
        return line
    head, _, value = line.partition(":")
    return f"{head}:{_BARE_COMMA.sub(chr(92) + ',', value)}"


def _params(line) -> list[str]:
    values = [v for vals in line.params.values() for v in vals]
    values += list(getattr(line, "singletonparams", []) or [])
    out = []
    for v in values:
        out += [x.strip().lower() for x in str(v).split(",")]
    return out


def _label(line, group_labels: dict) -> str:
    custom = group_labels.get((line.group or "").lower())
    if custom:
        m = re.fullmatch(r"_\$!<(.*)>!\$_", custom)
        return (m.group(1) if m else custom).lower()[:60]
    found = {LABELS[p] for p in _params(line) if LABELS.get(p)}
    for label in ("mobile", "fax", "pager", "car", "main", "work", "home", "other"):
        if label in found:
            return label
    return ""


def _text(value, sep: str = ", ") -> str:
    if isinstance(value, list):
        value = sep.join(str(v) for v in value if v)
    return str(value or "").strip()


def card_to_input(card) -> dict:
    """A parsed vobject card as input for ``validation.clean_customer``."""
    group_labels = {}
    for line in card.lines():
        if line.name.upper() == "X-ABLABEL" and line.group:
            group_labels[line.group.lower()] = _text(line.value)
    data: dict = {"emails": [], "phones": [], "addresses": [], "tags": []}
    fn = n = org = None
    kind = None
    for line in card.lines():
        name = line.name.upper()
        if name == "FN":
            fn = _text(line.value)
        elif name == "N":
            n = line.value
        elif name == "ORG":
            org = line.value if isinstance(line.value, list) else [line.value]
        elif name == "TITLE":
            data["job_title"] = _text(line.value)
        elif name == "EMAIL":
            data["emails"].append({"label": _label(line, group_labels), "value": _text(line.value)})
        elif name == "TEL":
            value = _text(line.value)
            if value.lower().startswith("tel:"):
                value = value[4:]
            data["phones"].append({"label": _label(line, group_labels), "value": value})
        elif name == "ADR":
            a = line.value
            if isinstance(a, vobject.vcard.Address):
                street = "\n".join(_text(x, ",") for x in (a.box, a.extended, a.street) if _text(x))
                data["addresses"].append({"label": _label(line, group_labels), "street": street,
                                          "city": _text(a.city, ","), "region": _text(a.region, ","),
                                          "postcode": _text(a.code, ","), "country": _text(a.country, ",")})
        elif name == "NOTE":
            data["notes"] = "\n".join(x for x in (data.get("notes"), _text(line.value)) if x)
        elif name == "CATEGORIES":
            v = line.value if isinstance(line.value, list) else str(line.value).split(",")
            data["tags"] += [_text(x) for x in v if _text(x)]
        elif name == "BDAY":
            data["date_of_birth"] = _text(line.value)
        elif name == "KIND":
            kind = _text(line.value).lower()
        elif name == "X-ABSHOWAS" and _text(line.value).upper() == "COMPANY":
            kind = "org"
    if isinstance(n, vobject.vcard.Name):
        data["given_name"] = " ".join(x for x in (_text(n.given), _text(n.additional)) if x)
        data["family_name"] = _text(n.family)
    company = _text(org[0]) if org else ""
    data["company_name"] = company
    if kind == "org" or (company and not fn and not data.get("given_name") and not data.get("family_name")):
        data["kind"] = "company"
        data["display_name"] = company or fn or ""
    else:
        data["display_name"] = fn or ""
    return data


def parse(text: str) -> Iterator[tuple[str, dict | None, str | None]]:
    """(where, input dict or None, error reason or None) for each card."""
    found = False
    with quiet_vobject():
        for index, (lineno, chunk) in enumerate(split_cards(text), start=1):
            found = True
            where = translate("Import", "card {card} (line {line})").format(card=index, line=lineno)
            try:
                card = vobject.readOne(chunk, ignoreUnreadable=True)
                yield where, card_to_input(card), None
            except Exception as exc:  # vobject raises many kinds on broken input
                reason = str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__
                yield where, None, translate("Import", "not a readable vCard: {problem}").format(problem=reason)
    if not found:
        yield "file", None, translate("Errors", "no vCard found (no BEGIN:VCARD … END:VCARD)")


# ----------------------------------------------------------------------------- writing
def to_vcard(rec: dict) -> str:
    """A customer record (as exported: masked already) as one vCard 3.0."""
    card = vobject.vCard()
    card.add("fn").value = rec["display_name"]
    card.add("n").value = vobject.vcard.Name(family=rec.get("family_name") or "", given=rec.get("given_name") or "")
    if rec.get("kind") == "company":
        card.add("x-abshowas").value = "COMPANY"
    if rec.get("company_name"):
        card.add("org").value = [rec["company_name"]]
    if rec.get("job_title"):
        card.add("title").value = rec["job_title"]
    for e in rec.get("emails", []):
        line = card.add("email")
        line.value = e["value"]
        line.type_param = ["INTERNET"] + ([e["label"].upper()] if e.get("label") else [])
    for p in rec.get("phones", []):
        line = card.add("tel")
        line.value = p["value"]
        if p.get("label"):
            line.type_param = ["CELL" if p["label"] == "mobile" else p["label"].upper()]
    for a in rec.get("addresses", []):
        line = card.add("adr")
        line.value = vobject.vcard.Address(street=a.get("street", ""), city=a.get("city", ""),
                                           region=a.get("region", ""), code=a.get("postcode", ""),
                                           country=a.get("country", ""))
        if a.get("label"):
            line.type_param = [a["label"].upper()]
    if rec.get("notes"):
        card.add("note").value = rec["notes"]
    if rec.get("tags"):
        card.add("categories").value = list(rec["tags"])
    dob = (rec.get("sensitive") or {}).get("date_of_birth")
    if dob and dob != "••••":
        card.add("bday").value = dob
    return card.serialize()
