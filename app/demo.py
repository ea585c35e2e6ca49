"""A throwaway demo vault filled with generated customers (``python main.py --demo``).

Runs on the DB worker: the session it returns belongs to that thread.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

from vault import clock

DEMO_USER = "demo"
DEMO_PASSWORD = "demo vault passphrase 2024"

GIVEN = ["Anna", "Ben", "Chloé", "David", "Emma", "François", "Greta", "Hugo", "Inès", "Jonas", "Katarzyna",
         "Lars", "María", "Noah", "Olivia", "Pierre", "Quentin", "Rosa", "Sven", "Tomás", "Ulla", "Victor",
         "Wiebke", "Xavier", "Yasmin", "Zoë", "Mehmet", "Aoife", "Björn", "Élodie", "Giulia", "Henrik"]
FAMILY = ["Andersson", "Bauer", "Costa", "Dubois", "Eriksen", "Fischer", "García", "Hansen", "Ivanova",
          "Jansen", "Kowalski", "Lambert", "Müller", "Novak", "O'Brien", "Petit", "Rossi", "Schmidt", "Texier",
          "Urbano", "Vogel", "Weber", "Yilmaz", "Zimmermann", "Nieminen", "Horvat", "Lindqvist", "Moreau"]
COMPANIES = ["Alpine Bikes GmbH", "Boulangerie Martin", "Copper Kettle Ltd", "Delta Logistics BV",
             "Elm Street Dental", "Fjord Seafood AS", "Granite & Co", "Harbor Yoga", "Iberia Tiles SL",
             "Juniper Design", "Kiln Pottery", "Lumen Optics", "Meridian Travel", "Nordic Saunas Oy",
             "Olive Grove SRL", "Pixel Print", "Quarry Stoneworks", "Riverside Books", "Sable Coffee Roasters",
             "Tundra Outdoor", "Umbra Lighting", "Vela Sailing Club", "Willow Florists", "Zephyr Wind Energy"]
CITIES = [("Lyon", "69002", "FR"), ("Berlin", "10115", "DE"), ("Madrid", "28013", "ES"), ("Oslo", "0150", "NO"),
          ("Dublin", "D02", "IE"), ("Milano", "20121", "IT"), ("Utrecht", "3511", "NL"), ("Graz", "8010", "AT"),
          ("Göteborg", "411 03", "SE"), ("Kraków", "31-001", "PL"), ("Porto", "4000-322", "PT"),
          ("Tampere", "33100", "FI")]
STREETS = ["Main Street", "Rue de la Paix", "Hauptstraße", "Calle Mayor", "Via Roma", "Kungsgatan", "Long Lane"]
TAGS = ["vip", "newsletter", "wholesale", "trade-fair", "referral", "priority", "eu", "partner"]
STATUSES = ["lead", "prospect", "customer", "customer", "customer", "inactive"]
TITLES = ["Buyer", "CEO", "Office manager", "Purchasing lead", "Owner", "Head of operations", ""]


INTERACTIONS = (("call", "meeting", "email", "visit", "note"),
                ("Discussed the spring catalogue.", "Sent a quote.", "Follow-up on the last delivery.",
                 "Asked about volume discounts.", "Introduced the new service plan.", "Complaint about a late order; "
                 "resolved with a credit note."))
PRODUCTS = (("Espresso machine", 89_000), ("Service plan", 24_900), ("Coffee beans 5 kg", 7_450),
            ("Grinder", 31_500), ("Barista training", 45_000), ("Milk frother", 12_900))


DEMO_COLLEAGUES = (("marta", "Marta Lindqvist", "Manager"), ("sam", "Sam Okafor", "Sales"),
                   ("lea", "Léa Moreau", "Support"), ("otto", "Otto Brandt", "Auditor"))


@dataclass
class DemoInfo:
    folder: Path
    username: str
    password: str
    totp_secret: str
    customers: int


def generated_customers(n: int, seed: int = 7):
    rnd = random.Random(seed)
    for i in range(n):
        city, postcode, country = rnd.choice(CITIES)
        if i % 6 == 0:
            base = COMPANIES[(i // 6) % len(COMPANIES)]
            name = base if i < len(COMPANIES) * 6 else f"{base} {i // (len(COMPANIES) * 6) + 1}"
            data = {"kind": "company", "company_name": name}
            domain = "".join(ch for ch in name.lower() if ch.isalnum())[:14] + ".example"
            email = f"info@{domain}"
        else:
            g, f = rnd.choice(GIVEN), rnd.choice(FAMILY)
            data = {"kind": "person", "given_name": g, "family_name": f, "job_title": rnd.choice(TITLES)}
            email = f"{_ascii(g)}.{_ascii(f)}{i}@example.com"
        data.update({
            "status": rnd.choice(STATUSES),
            "emails": [{"label": "work", "value": email}],
            "phones": [{"label": "work", "value": f"+33 4 {rnd.randint(10, 99)} {rnd.randint(10, 99)} "
                                                  f"{rnd.randint(10, 99)} {rnd.randint(10, 99)}"}],
            "addresses": [{"label": "work", "street": f"{rnd.randint(1, 180)} {rnd.choice(STREETS)}",
                           "postcode": postcode, "city": city, "country": country}],
            "tags": rnd.sample(TAGS, rnd.randint(0, 3)),
            "notes": rnd.choice(["", "Prefers e-mail.", "Met at the spring trade fair.", "Call before noon.",
                                 "Asked for a quote in Q3."]),
        })
        if data["kind"] == "person" and i % 3 == 0:
            data["date_of_birth"] = f"{rnd.randint(1955, 2000)}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
            data["tax_id"] = f"{country}{rnd.randint(10**8, 10**9 - 1)}"
        yield data


def _ascii(text: str) -> str:
    import unicodedata

    return "".join(ch for ch in unicodedata.normalize("NFKD", text).lower() if ch.isascii() and ch.isalnum())


def fill(session, n: int, seed: int = 7, progress=None, owners: list[str] | None = None) -> int:
    """Create ``n`` generated customers through the records service (validated and audited)."""
    import datetime as dt

    from app.records import create_customer
    from app.records.deals import create_deal
    from app.records.interactions import add_interaction

    rnd = random.Random(seed + 1)
    now = clock.utcnow()
    made = 0
    for data in generated_customers(n, seed):
        if owners:
            data["owner_id"] = rnd.choice(owners)
        cid = create_customer(session, data)
        made += 1
        if made % 3 == 0:
            for _ in range(rnd.randint(1, 4)):
                when = now - dt.timedelta(days=rnd.randint(1, 400), hours=rnd.randint(0, 8))
                add_interaction(session, cid, rnd.choice(INTERACTIONS[0]), summary=rnd.choice(INTERACTIONS[1]),
                                occurred_at=when.isoformat(timespec="minutes"))
        if made % 4 == 0:
            for _ in range(rnd.randint(1, 2)):
                product, price = rnd.choice(PRODUCTS)
                stage = rnd.choice(["open", "proposal", "won", "won", "lost"])
                closed = (now - dt.timedelta(days=rnd.randint(5, 300))).isoformat(timespec="minutes")
                create_deal(session, cid, {"title": f"{product} order", "currency": "EUR", "stage": stage,
                                           "closed_at": closed if stage in ("won", "lost") else None,
                                           "items": [{"product": product, "quantity": rnd.randint(1, 12),
                                                      "unit_price_minor": price}]})
        if progress and made % 50 == 0:
            progress(made)
    return made


def make_demo_vault(folder: str | Path, customers: int = 240, kdf_params=None) -> DemoInfo:
    """Create the vault, fill it, lock it; returns what the demo sign-in needs."""
    from vault import kdf

    from . import auth

    folder = Path(folder)
    session, creation = auth.create_vault(folder, DEMO_USER, DEMO_PASSWORD, display_name="Demo Administrator",
                                          kdf_params=kdf_params or kdf.FLOOR)
    try:
        from . import users

        owners = [session.user_id]
        for name, display, profile in DEMO_COLLEAGUES:
            e = users.add_user(session, name, DEMO_PASSWORD, profile, display_name=display)
            if profile in ("Manager", "Sales"):
                owners.append(e.user_id)
        n = fill(session, customers, owners=owners)
    finally:
        auth.lock(session, "exit")
    return DemoInfo(folder, DEMO_USER, DEMO_PASSWORD, creation.enrolment.totp_secret, n)


def current_code(info: DemoInfo) -> str:
    """The demo's authenticator code right now (the demo has no phone)."""
    from vault import totp

    return totp.code_at(info.totp_secret)
