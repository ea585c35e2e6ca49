"""Checking and normalising customer input: one clear message per field.

``clean_customer(data)`` takes what a form, an import row or a vCard gives (a dict) and returns
a ``Clean`` record, or raises ``ValidationError`` whose ``fields`` maps each bad field to a
message a person can act on.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

import phonenumbers

from vault import clock
from vault.errors import ValidationError
from vault.i18n import translate
from vault.text import bounded_int, clean_text  # noqa: F401 (bounded_int: used by records modules)

from .fold import fold

KINDS = ("person", "company")
STATUSES = ("lead", "prospect", "customer", "inactive")
SENSITIVE_FIELDS = ("tax_id", "date_of_birth", "bank_account", "confidential_notes")
MASK = "••••"
MAX_TEXT = 65_536        # one cell / field
MAX_NAME = 300
MAX_AMOUNT = 10**15      # minor units: ten trillion in a currency with cents; far below SQLite's 2^63
MAX_QUANTITY = 10**6     # one line item
_EMAIL = re.compile(r"^[^@\s\"(),:;<>\[\]\\]+@[A-Za-z0-9\u00a1-\uffff](?:[A-Za-z0-9\u00a1-\uffff-]*[A-Za-z0-9\u00a1-\uffff])?"
                    r"(?:\.[A-Za-z0-9\u00a1-\uffff](?:[A-Za-z0-9\u00a1-\uffff-]*[A-Za-z0-9\u00a1-\uffff])?)+$")
_CURRENCY = re.compile(r"^[A-Z]{3}$")


@dataclass
class Phone:
    label: str
    original: str
    e164: str | None
    norm: str
    national: str = ""      # national significant number (digits), for search


@dataclass
class Address:
    label: str = ""
    street: str = ""
    postcode: str = ""
    city: str = ""
    region: str = ""
    country: str = ""

    def is_empty(self) -> bool:
        return not any((self.street, self.postcode, self.city, self.region, self.country))


@dataclass
class Clean:
    kind: str = "person"
    display_name: str = ""
    given_name: str = ""
    family_name: str = ""
    company_name: str = ""
    company_id: int | None = None
    job_title: str = ""
    status: str = "lead"
    owner_id: str | None = None
    notes: str = ""
    emails: list[tuple[str, str]] = field(default_factory=list)      # (label, email)
    phones: list[Phone] = field(default_factory=list)
    addresses: list[Address] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    custom: dict[str, str] = field(default_factory=dict)
    sensitive: dict[str, str] = field(default_factory=dict)

    @property
    def sort_name(self) -> str:
        if self.kind == "person" and self.family_name:
            return fold(f"{self.family_name} {self.given_name}".strip())
        return fold(self.display_name)


def text(value, name: str, errors: dict, *, limit: int = MAX_TEXT, multiline: bool = False) -> str:
    """``value`` as clean text: no invisible or direction-changing characters (vault.text), trimmed."""
    if value is None:
        return ""
    if not isinstance(value, str):
        value = str(value)
    value = clean_text(value, multiline=multiline).strip()
    if len(value) > limit:
        errors[name] = translate("Errors", "too long ({length} characters; at most {limit})").format(
            length=f"{len(value):,}", limit=f"{limit:,}")
        return ""
    return value


def check_email(value: str) -> bool:
    return len(value) <= 254 and bool(_EMAIL.match(value))


def normalise_phone(value: str, region: str | None = None) -> Phone:
    original = value.strip()
    e164 = None
    national = ""
    try:
        num = phonenumbers.parse(original, (region or None) if not original.startswith("+") else None)
        # the cheap length check first: an international number that could exist is kept as typed
        if (original.startswith("+") and phonenumbers.is_possible_number(num)) or phonenumbers.is_valid_number(num):
            e164 = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
            national = str(num.national_number)
    except phonenumbers.NumberParseException:
        pass
    digits = "".join(ch for ch in original if ch.isdigit())
    return Phone("", original, e164, e164 or digits, national)


def parse_date(value: str, *, allow_no_year: bool = False) -> str | None:
    """ISO date (YYYY-MM-DD); also YYYYMMDD, and --MM-DD when the year is unknown."""
    value = value.strip()
    m = re.fullmatch(r"(\d{4})-?(\d{2})-?(\d{2})(?:T.*)?", value)
    if m:
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            return None
    if allow_no_year:
        m = re.fullmatch(r"--(\d{2})-?(\d{2})", value)
        if m:
            try:
                dt.date(2000, int(m[1]), int(m[2]))
            except ValueError:
                return None
            return f"--{m[1]}-{m[2]}"
    return None


def parse_amount(value, name: str = "amount") -> int:
    """An amount as integer minor units: ints pass, '12.34' / '12,34' become 1234. Floats are refused."""
    if isinstance(value, bool) or isinstance(value, float):
        raise ValidationError(translate("Errors", "{name}: give whole minor units (cents) or a decimal text, not a"
                                                  " float").format(name=name),
                              fields={name: translate("Errors", "not a float; use cents")})
    if isinstance(value, int):
        return bounded_amount(value, name)
    s = str(value or "").strip().replace(" ", "").replace("\u00a0", "")
    m = re.fullmatch(r"(-?)(\d{1,30})(?:[.,](\d{1,2}))?", s)
    if not m:
        raise ValidationError(translate("Errors", "{name}: {value} is not an amount").format(
                              name=name, value=repr(str(value)[:40])),
                              fields={name: translate("Errors", "not an amount (e.g. 1234.50)")})
    cents = int(m[2]) * 100 + int((m[3] or "0").ljust(2, "0"))
    return bounded_amount(-cents if m[1] else cents, name)


def bounded_amount(cents: int, name: str = "amount") -> int:
    """``cents`` if it is within ±``MAX_AMOUNT`` minor units, else a ValidationError (not an OverflowError)."""
    if abs(cents) > MAX_AMOUNT:
        limit = f"{MAX_AMOUNT // 100:,}"
        raise ValidationError(translate("Errors", "{name}: too large (at most {limit} in whole units)").format(
                              name=name, limit=limit),
                              fields={name: translate("Errors", "at most {limit}").format(limit=limit)})
    return cents


def _items(value) -> list:
    if value is None or value == "":
        return []
    if isinstance(value, str | dict):
        return [value]
    return list(value)


def clean_customer(data: dict, *, region: str | None = None, custom_fields: dict | None = None,
                   partial: bool = False) -> Clean:
    """Validate ``data``. ``custom_fields``: key → {type, choices} (undeclared keys are refused)."""
    errors: dict[str, str] = {}
    c = Clean()
    _clean_main(c, data, errors)
    _clean_contacts(c, data, errors, region)
    _clean_tags(c, data, errors)
    _clean_sensitive(c, data, errors)
    _clean_custom(c, data, errors, custom_fields or {})
    if errors:
        (field, problem), more = next(iter(errors.items())), len(errors) - 1
        if more:
            message = translate("Errors", "{field}: {problem} (and %n more)", None, more).format(
                field=field, problem=problem)
        else:
            message = translate("Errors", "{field}: {problem}").format(field=field, problem=problem)
        raise ValidationError(message, fields=errors)
    return c


def _clean_main(c: Clean, data: dict, errors: dict[str, str]) -> None:
    """Kind, names, job title, status, owner, company link and notes."""
    c.kind = text(data.get("kind") or "person", "kind", errors).lower()
    if c.kind not in KINDS:
        errors["kind"] = translate("Errors", "must be person or company")
    c.given_name = text(data.get("given_name"), "given_name", errors, limit=MAX_NAME)
    c.family_name = text(data.get("family_name"), "family_name", errors, limit=MAX_NAME)
    c.company_name = text(data.get("company_name"), "company_name", errors, limit=MAX_NAME)
    c.display_name = text(data.get("display_name"), "display_name", errors, limit=MAX_NAME)
    if not c.display_name:
        if c.kind == "company":
            c.display_name = c.company_name
        else:
            c.display_name = " ".join(p for p in (c.given_name, c.family_name) if p)
    if c.kind == "company":
        c.company_name = c.display_name or c.company_name  # a company's company is itself
    if not c.display_name and "display_name" not in errors:
        errors["display_name"] = translate("Errors", "a name is needed (a person's name or a company name)")
    c.job_title = text(data.get("job_title"), "job_title", errors, limit=MAX_NAME)
    c.status = text(data.get("status") or "lead", "status", errors).lower()
    if c.status not in STATUSES:
        errors["status"] = translate("Errors", "must be one of {choices}").format(choices=", ".join(STATUSES))
    c.owner_id = data.get("owner_id") or None
    company_id = data.get("company_id")
    if company_id not in (None, ""):
        try:
            c.company_id = int(company_id)
        except (TypeError, ValueError):
            errors["company_id"] = translate("Errors", "not a customer id")
    c.notes = text(data.get("notes"), "notes", errors, multiline=True)


def _clean_contacts(c: Clean, data: dict, errors: dict[str, str], region: str | None) -> None:
    """E-mail addresses, phone numbers (normalised for ``region``) and postal addresses."""
    for i, item in enumerate(_items(data.get("emails"))):
        label, value = (item.get("label", ""), item.get("value") or item.get("email")) if isinstance(item, dict) \
            else ("", item)
        value = text(value, f"emails[{i}]", errors, limit=254)
        if not value:
            continue
        if not check_email(value):
            errors[f"emails[{i}]"] = translate("Errors", "{value} is not an email address (name@example.com)").format(
                value=repr(value))
        elif value.lower() not in (e.lower() for _, e in c.emails):
            c.emails.append((text(label, "label", errors, limit=60), value))
    for i, item in enumerate(_items(data.get("phones"))):
        label, value = (item.get("label", ""), item.get("value") or item.get("original")) if isinstance(item, dict) \
            else ("", item)
        value = text(value, f"phones[{i}]", errors, limit=60)
        if not value:
            continue
        if sum(ch.isdigit() for ch in value) < 3:
            errors[f"phones[{i}]"] = translate("Errors", "{value} is not a phone number").format(value=repr(value))
            continue
        p = normalise_phone(value, region)
        p.label = text(label, "label", errors, limit=60)
        if p.norm not in (q.norm for q in c.phones):
            c.phones.append(p)
    for i, item in enumerate(_items(data.get("addresses"))):
        if isinstance(item, str):
            item = {"street": item}
        a = Address(**{k: text(item.get(k), f"addresses[{i}].{k}", errors, limit=1000, multiline=k == "street")
                       for k in ("label", "street", "postcode", "city", "region", "country")})
        if not a.is_empty():
            c.addresses.append(a)


def _clean_tags(c: Clean, data: dict, errors: dict[str, str]) -> None:
    """Tags (a list, or one text split at , and ;), without duplicates in any case."""
    tags = data.get("tags")
    if isinstance(tags, str):
        tags = re.split(r"[,;]", tags)
    for t in _items(tags):
        t = text(t, "tags", errors, limit=60)
        if t and t.lower() not in (x.lower() for x in c.tags):
            c.tags.append(t)


def _clean_sensitive(c: Clean, data: dict, errors: dict[str, str]) -> None:
    """Sensitive values, flat or under "sensitive"; a masked value sent back is not an edit."""
    sensitive = dict(data.get("sensitive") or {})
    for k in SENSITIVE_FIELDS:
        if k in data and k not in sensitive:
            sensitive[k] = data[k]
    for k in SENSITIVE_FIELDS:
        if k not in sensitive:
            continue
        v = text(sensitive[k], k, errors, limit=MAX_TEXT if k == "confidential_notes" else 200,
                 multiline=k == "confidential_notes")
        if v == MASK:
            continue  # a masked value came back unchanged: not an edit
        if k == "date_of_birth" and v:
            d = parse_date(v, allow_no_year=True)
            if d is None:
                errors[k] = _not_a_date(v)
            elif d[:1] != "-" and d > dt.date.fromtimestamp(clock.now()).isoformat():
                errors[k] = translate("Errors", "a date of birth cannot be in the future")
            v = d or v
        c.sensitive[k] = v


def _clean_custom(c: Clean, data: dict, errors: dict[str, str], custom_fields: dict) -> None:
    """Custom values, checked against their declared type (undeclared keys are refused)."""
    for key, value in (data.get("custom") or {}).items():
        spec = custom_fields.get(key)
        name = f"custom.{key}"
        if spec is None:
            errors[name] = translate("Errors", "no such custom field")
            continue
        v = text(value, name, errors, multiline=spec["type"] == "text")
        if v == MASK:
            continue
        if v:
            if spec["type"] == "number":
                if not re.fullmatch(r"-?\d+(?:[.,]\d+)?", v):
                    errors[name] = translate("Errors", "{value} is not a number").format(value=repr(v))
                v = v.replace(",", ".")
            elif spec["type"] == "date":
                d = parse_date(v)
                if d is None:
                    errors[name] = _not_a_date(v)
                v = d or v
            elif spec["type"] == "choice" and v not in spec["choices"]:
                errors[name] = translate("Errors", "choose one of {choices}").format(
                    choices=", ".join(spec["choices"]))
        c.custom[key] = v


def _not_a_date(value: str) -> str:
    return translate("Errors", "{value} is not a date (YYYY-MM-DD)").format(value=repr(value))


def check_currency(value: str) -> str:
    v = (value or "").strip().upper()
    if not _CURRENCY.match(v):
        raise ValidationError(translate("Errors", "currency: {value} is not a 3-letter code (EUR, USD…)").format(
                              value=repr(value)),
                              fields={"currency": translate("Errors", "a 3-letter code such as EUR")})
    return v
