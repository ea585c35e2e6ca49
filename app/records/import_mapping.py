"""Which field each column of an import file goes to (Google Contacts, Outlook and plain exports
are recognised; or explicitly), and one CSV row turned into a customer's input."""
from __future__ import annotations

import re

from vault.errors import UsageError
from vault.i18n import translate

from .fold import fold
from .import_text import unneutralise
from .validation import SENSITIVE_FIELDS

ADDRESS_PARTS = {"street": "street", "street 2": "street", "street 3": "street", "formatted": "street",
                 "address": "street", "po box": "street", "extended address": "street", "city": "city",
                 "town": "city", "region": "region", "state": "region", "postal code": "postcode",
                 "zip": "postcode", "zip code": "postcode", "postcode": "postcode", "country": "country",
                 "country region": "country"}

PLAIN = {
    "name": "display_name", "full name": "display_name", "display name": "display_name", "contact": "display_name",
    "contact name": "display_name", "file as": "skip",
    "first name": "given_name", "firstname": "given_name", "given name": "given_name", "forename": "given_name",
    "vorname": "given_name", "prenom": "given_name", "nombre": "given_name", "imie": "given_name",
    "jmeno": "given_name",
    "middle name": "middle_name", "additional name": "middle_name",
    "last name": "family_name", "lastname": "family_name", "surname": "family_name", "family name": "family_name",
    "nachname": "family_name", "nom": "family_name", "apellido": "family_name", "apellidos": "family_name",
    "nazwisko": "family_name", "prijmeni": "family_name",
    "company": "company_name", "company name": "company_name", "organization": "company_name",
    "organisation": "company_name", "organization name": "company_name", "organization 1 name": "company_name",
    "firma": "company_name", "societe": "company_name", "entreprise": "company_name", "account": "company_name",
    "account name": "company_name", "empresa": "company_name",
    "job title": "job_title", "title": "job_title", "position": "job_title", "role": "job_title",
    "organization title": "job_title", "organization 1 title": "job_title",
    "email": "email", "e mail": "email", "mail": "email", "email address": "email", "e mail address": "email",
    "emails": "emails", "e mail 2 address": "email", "e mail 3 address": "email", "work email": "email:work",
    "home email": "email:home",
    "phone": "phone", "telephone": "phone", "tel": "phone", "phone number": "phone", "phones": "phones",
    "mobile": "phone:mobile", "mobile phone": "phone:mobile", "cell": "phone:mobile", "cell phone": "phone:mobile",
    "handy": "phone:mobile", "telefon": "phone", "telefono": "phone", "work phone": "phone:work",
    "business phone": "phone:work", "business phone 2": "phone:work", "home phone": "phone:home",
    "home phone 2": "phone:home", "other phone": "phone:other", "primary phone": "phone:main",
    "company main phone": "phone:main", "car phone": "phone:car", "pager": "phone:pager",
    "business fax": "phone:fax", "home fax": "phone:fax", "fax": "phone:fax",
    "street": "address:.street", "address": "address:.street", "street address": "address:.street",
    "strasse": "address:.street", "city": "address:.city", "town": "address:.city", "ort": "address:.city",
    "ville": "address:.city", "ciudad": "address:.city", "miasto": "address:.city",
    "zip": "address:.postcode", "zip code": "address:.postcode", "postcode": "address:.postcode",
    "postal code": "address:.postcode", "plz": "address:.postcode", "code postal": "address:.postcode",
    "state": "address:.region", "region": "address:.region", "province": "address:.region",
    "country": "address:.country", "land": "address:.country", "pays": "address:.country",
    "notes": "notes", "note": "notes", "comments": "notes", "comment": "notes", "description": "notes",
    "tags": "tags", "tag": "tags", "categories": "tags", "labels": "tags", "groups": "tags",
    "group membership": "tags",
    "status": "status", "kind": "kind", "type": "kind",
    "tax id": "tax_id", "vat": "tax_id", "vat id": "tax_id", "vat number": "tax_id", "tax number": "tax_id",
    "ustid": "tax_id", "nip": "tax_id", "ico": "tax_id", "dic": "tax_id",
    "birthday": "date_of_birth", "date of birth": "date_of_birth", "dob": "date_of_birth",
    "birth date": "date_of_birth", "geburtsdatum": "date_of_birth",
    "iban": "bank_account", "bank account": "bank_account", "account number": "bank_account",
    "confidential notes": "confidential_notes",
    "id": "skip", "owner": "skip", "name prefix": "skip", "name suffix": "skip", "suffix": "skip",
    "nickname": "skip", "photo": "skip", "e mail display name": "skip", "e mail type": "skip",
    "department": "skip", "organization department": "skip", "web page": "skip", "website": "skip",
}
# Plain columns in the languages we support (English, Polish, Czech, Spanish, Russian, German,
# French), as people write them: matched accent- and case-insensitively (``norm_header``).
GUESSES = {
    "given_name": ("first", "first name", "given", "Imię", "Jméno", "Křestní jméno", "Nombre", "Имя", "Vorname",
                   "Prénom"),
    "family_name": ("last", "last name", "Nazwisko", "Příjmení", "Apellido", "Apellidos", "Фамилия", "Nachname",
                    "Nom", "Nom de famille"),
    "display_name": ("Imię i nazwisko", "Jméno a příjmení", "Celé jméno", "Nombre completo", "ФИО",
                     "Полное имя", "Name", "Vollständiger Name", "Nom complet", "Contact"),
    "company_name": ("company", "Firma", "Nazwa firmy", "Společnost", "Empresa", "Compañía", "Компания",
                     "Организация", "Unternehmen", "Société", "Entreprise"),
    "email": ("e-mail", "email", "Adres e-mail", "Poczta", "Correo", "Correo electrónico", "Эл. почта",
              "Электронная почта", "Почта", "Courriel", "Adresse e-mail", "E-Mail-Adresse"),
    "phone": ("phone", "Telefon", "Numer telefonu", "Tel.", "Teléfono", "Телефон", "Téléphone",
              "Telefonnummer", "Mobil", "Komórka", "Móvil", "Мобильный", "Portable"),
    "notes": ("Uwagi", "Notatki", "Poznámky", "Poznámka", "Notas", "Comentarios", "Заметки", "Примечание",
              "Комментарий", "Notizen", "Bemerkungen", "Anmerkungen", "Remarques", "Commentaires"),
    "address:.street": ("street", "address", "Ulica", "Adres", "Ulice", "Adresa", "Calle", "Dirección",
                        "Улица", "Адрес", "Straße", "Strasse", "Anschrift", "Adresse", "Rue"),
    "address:.postcode": ("zip", "zip code", "postcode", "postal code", "post code", "Kod pocztowy",
                          "PSČ", "Código postal", "CP", "Индекс", "Почтовый индекс", "PLZ", "Postleitzahl",
                          "Code postal"),
    "address:.city": ("city", "town", "Miasto", "Miejscowość", "Město", "Obec", "Ciudad", "Localidad",
                      "Población", "Город", "Населенный пункт", "Ort", "Stadt", "Wohnort", "Ville", "Localité"),
    "address:.region": ("Województwo", "Provincia", "Область", "Регион", "Bundesland",
                        "Région", "Département"),
    "address:.country": ("Kraj", "Państwo", "Země", "Stát", "País", "Страна", "Staat", "Pays"),
}
# What a column can be mapped to, in the order the import dialog offers them (``check_target``
# also accepts the other forms of ``TARGET_FORMS``: labels, Google's numbered columns, custom:KEY).
ADDRESS_PARTS_ORDER = ("street", "postcode", "city", "region", "country")
ADDRESS_LABELS = ("work", "home", "other")
DEFAULT_ADDRESS_LABEL = "work"  # the one address of a file's plain columns (street, city, zip...)
FIELD_CHOICES = ("skip", "display_name", "given_name", "middle_name", "family_name", "company_name", "job_title",
                 "email", "phone", "status", "tags", "notes", "kind",
                 *(f"address:{label}.{part}" for label in ADDRESS_LABELS for part in ADDRESS_PARTS_ORDER),
                 *SENSITIVE_FIELDS)
FIELD_TARGETS = {*(c for c in FIELD_CHOICES if ":" not in c), "emails", "phones"}
_PART = "(street|postcode|city|region|country)"
# The one definition of a valid target besides FIELD_TARGETS: what auto_mapping produces and what
# check_target accepts (an explicit --map, the dialog's mapping) are the same set.
TARGET_FORMS = tuple(re.compile(f) for f in (
    r"(email|phone):[\w ]*",                   # email:LABEL, phone:LABEL
    rf"address:[\w ]*\.{_PART}",               # address:LABEL.part
    r"(email|phone|address)_label#\d+",        # Google: the label (type) of numbered value N
    r"(email|phone)#\d+",                      # Google: numbered value N
    rf"address#\d+\.{_PART}",                  # Google: part of numbered address N
    r"custom:\w+",
))


def is_target(t: str) -> bool:
    return t in FIELD_TARGETS or any(f.fullmatch(t) for f in TARGET_FORMS)


def norm_header(h: str) -> str:
    """A header compared without accents, case or punctuation ("E-mail 1 - Value" → "e mail 1 value",
    "Příjmení" → "prijmeni", "Фамилия" → "фамилия")."""
    return " ".join(re.sub(r"[\W_]+", " ", fold(h.lstrip("\ufeff"))).split())


def _known_headers() -> dict[str, str]:
    known = {norm_header(h): t for t, headers in GUESSES.items() for h in headers}
    known.update(PLAIN)  # the exact names of known exports win over a guess
    return {h: (f"address:{DEFAULT_ADDRESS_LABEL}{t[len('address:'):]}" if t.startswith("address:.") else t)
            for h, t in known.items()}


KNOWN_HEADERS = _known_headers()


def _target_for(h: str, outlook: bool) -> str | None:
    n = norm_header(h)
    if not n:
        return None
    m = re.fullmatch(r"(e mail|phone|address) (\d+) (type|label|value|.+)", n)
    if m:
        return _numbered(m[1].replace("e mail", "email"), m[2], m[3])
    m = re.fullmatch(r"(business|home|other|work) (.+)", n)
    if m and m[2] in ADDRESS_PARTS:
        return f"address:{'work' if m[1] == 'business' else m[1]}.{ADDRESS_PARTS[m[2]]}"
    m = re.fullmatch(r"custom (.+)", n)
    if m:
        return f"custom:{m[1].replace(' ', '_')}"
    if outlook and n == "title":
        return "skip"  # Outlook's "Title" is Mr/Ms; "Job Title" is the job
    return KNOWN_HEADERS.get(n) or _by_word(n)


# a header not known whole but holding one of these words ("Contact Phone Number", "Cities")
_WORDS = {"phone": "phone", "telephone": "phone", "email": "email", "city": "address:.city",
          "cities": "address:.city", "zip": "address:.postcode", "postcode": "address:.postcode"}


def _by_word(n: str) -> str | None:
    words = n.replace("e mail", "email").split()
    if {"type", "label", "kind"} & set(words):
        return None
    t = next((_WORDS[w] for w in words if w in _WORDS), None)
    return f"address:{DEFAULT_ADDRESS_LABEL}.{t.split('.')[1]}" if t and t.startswith("address:") else t


def _numbered(kind: str, n: str, what: str) -> str:
    """Google's numbered columns: "E-mail 1 - Label", "Phone 2 - Value", "Address 1 - City"."""
    if what in ("type", "label"):
        return f"{kind}_label#{n}"
    if kind != "address":
        return f"{kind}#{n}" if what == "value" else "skip"
    part = ADDRESS_PARTS.get(what)
    return f"address#{n}.{part}" if part else "skip"


def auto_mapping(headers: list[str]) -> dict[int, str]:
    """Column index → target for every header recognised; each target is one ``check_target`` accepts."""
    normed = {norm_header(h) for h in headers}
    outlook = bool(normed & {"e mail address", "business phone", "mobile phone"}) and "job title" in normed
    mapping = {}
    for i, h in enumerate(headers):
        t = _target_for(h, outlook)
        if t:
            mapping[i] = check_target(t)
    return mapping


def check_target(t: str) -> str:
    if is_target(t):
        return t
    raise UsageError(translate("Errors", "unknown import field {field}: use one of {fields}, email:LABEL, phone:LABEL,"
                               " address:LABEL.street|city|postcode|region|country, custom:KEY"
                               ).format(field=repr(t), fields=", ".join(sorted(FIELD_TARGETS))))


_MULTI = re.compile(r"\s*(?: ::: |;)\s*")
_EMAIL_MULTI = re.compile(r"\s*(?: ::: |;|,)\s*")


def _label(text: str) -> str:
    return text.replace("*", "").strip().lower()[:60]


def row_to_input(headers: list[str], row: list[str], mapping: dict[int, str]) -> dict:
    data: dict = {"emails": [], "phones": [], "addresses": [], "tags": [], "custom": {}}
    numbered: dict[str, dict] = {}
    addresses: dict[str, dict] = {}
    middle = ""
    for i, t in mapping.items():
        if i >= len(row):
            continue
        cell = unneutralise(row[i]).strip()
        if not cell or t == "skip":
            continue
        if "#" in t:
            kind, rest = t.split("#", 1)
            n, _, part = rest.partition(".")
            numbered.setdefault(f"{kind.split('_')[0]}#{n}", {})[part or kind] = cell
        elif t == "middle_name":
            middle = cell
        else:
            _put_cell(data, addresses, t, cell)
    _put_numbered(data, addresses, numbered)
    data["addresses"] = list(addresses.values())
    if middle:
        data["given_name"] = " ".join(x for x in (data.get("given_name", ""), middle) if x)
    if not data.get("display_name") and not data.get("given_name") and not data.get("family_name") \
            and data.get("company_name") and "kind" not in data:
        data["kind"] = "company"
    return data


def _put_cell(data: dict, addresses: dict[str, dict], t: str, cell: str) -> None:
    """One cell mapped to field ``t`` (not a numbered column, not the middle name) into ``data``."""
    if t in ("email", "emails") or t.startswith("email:"):
        label = t.partition(":")[2]
        data["emails"] += [{"label": label, "value": v} for v in _EMAIL_MULTI.split(cell) if v]
    elif t in ("phone", "phones") or t.startswith("phone:"):
        label = t.partition(":")[2]
        data["phones"] += [{"label": label, "value": v} for v in _MULTI.split(cell) if v]
    elif t.startswith("address:"):
        label, part = t[len("address:"):].rsplit(".", 1)
        a = addresses.setdefault(label, {"label": label})
        a[part] = "\n".join(x for x in (a.get(part), cell) if x) if part == "street" else cell
    elif t.startswith("custom:"):
        data["custom"][t[len("custom:"):]] = cell
    elif t == "tags":
        data["tags"] += [x.lstrip("* ").strip() for x in re.split(r"\s*(?: ::: |[,;])\s*", cell)
                         if x.strip() and x.strip().lower() not in ("* mycontacts", "* starred", "mycontacts")]
    elif t == "kind":
        v = cell.lower()
        data["kind"] = "company" if v in ("company", "organisation", "organization", "business", "org") else \
            "person" if v in ("person", "individual", "contact") else v
    else:
        data[t] = cell


def _put_numbered(data: dict, addresses: dict[str, dict], numbered: dict[str, dict]) -> None:
    """Google's numbered columns (E-mail 1 - Value, Phone 2 - Type, Address 1 - City...), in order."""
    for key, parts in sorted(numbered.items()):
        kind = key.split("#")[0]
        if kind == "email" and parts.get("email"):
            labels = [_label(x) for x in _MULTI.split(parts.get("email_label", ""))]
            for j, v in enumerate(_EMAIL_MULTI.split(parts["email"])):
                if v:
                    data["emails"].append({"label": labels[j] if j < len(labels) else "", "value": v})
        elif kind == "phone" and parts.get("phone"):
            labels = [_label(x) for x in _MULTI.split(parts.get("phone_label", ""))]
            for j, v in enumerate(_MULTI.split(parts["phone"])):
                if v:
                    data["phones"].append({"label": labels[j] if j < len(labels) else "", "value": v})
        elif kind == "address":
            a = {k: v for k, v in parts.items() if k in ("street", "city", "postcode", "region", "country")}
            if a:
                a["label"] = _label(parts.get("address_label", ""))
                addresses[key] = a

